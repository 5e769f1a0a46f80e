// Quick fixes through the protocol: ignore an occurrence (sidecar contents, survival of an edit
// that shifts offsets, orphan reporting and removal), ignore a rule in a file, disable a rule
// (a client command), known names, and a malformed sidecar that must not crash or be overwritten.
import assert from 'node:assert/strict';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { ARTICLE, makeWorkspace, rangeIn, RecordingClient, uriOf, type LspDiagnostic } from './workspaceHelpers';

interface CodeAction {
  title: string;
  kind?: string;
  diagnostics?: LspDiagnostic[];
  command?: { command: string; arguments?: unknown[] };
  edit?: unknown;
}

describe('code actions and the ignores sidecar', () => {
  const root = makeWorkspace({ 'sources/harbor.news': ARTICLE, 'sources/other.news': ARTICLE });
  const client = new RecordingClient();
  const uri = uriOf(root, 'sources/harbor.news');
  const sidecar = path.join(root, '.sourcelens', 'ignores.json');
  const names = path.join(root, '.sourcelens', 'names.json');
  let version = 1;
  let text = ARTICLE;

  const pull = async () => (await client.pullDocument(uri)).items!;
  const edit = async (next: string) => {
    text = next;
    await client.change(uri, ++version, next);
  };
  const actionsFor = (diagnostic: LspDiagnostic) => client.request<CodeAction[]>('textDocument/codeAction', {
    textDocument: { uri }, range: diagnostic.range, context: { diagnostics: [diagnostic] },
  });
  const run = (action: CodeAction) => client.request('workspace/executeCommand', { command: action.command!.command, arguments: action.command!.arguments });

  before(async () => {
    client.settings = { workspaceDiagnostics: false };
    await client.start(root, true);
    await client.open(uri, text, 'sourcelens', version);
  });
  after(async () => {
    assert.equal(await client.shutdown(), 0);
    rmSync(root, { recursive: true, force: true });
  });

  it('offers quick fixes that never edit the source', async () => {
    const finding = (await pull()).find((d) => d.code === 'front-matter')!;
    const actions = await actionsFor(finding);
    const titles = actions.map((a) => a.title);
    assert.ok(titles.includes('Ignore this front-matter finding (kept in .sourcelens/ignores.json)'), titles.join('\n'));
    assert.ok(titles.includes('Ignore front-matter in this file'));
    for (const a of actions) {
      assert.equal(a.edit, undefined, 'no quick fix edits the document');
      assert.equal(a.kind, 'quickfix');
      assert.ok(a.command);
    }
    const rule = (await pull()).find((d) => d.code !== 'front-matter');
    if (rule) {
      const disable = (await actionsFor(rule)).find((a) => a.command?.command === 'sourcelens.disableRule');
      assert.ok(disable, 'a sourcing rule can be disabled through the client command');
      assert.deepEqual(disable.command!.arguments, [{ rule: rule.code, uri }]);
    }
  });

  it('ignores one occurrence in the sidecar, atomically, and hides it', async () => {
    const finding = (await pull()).find((d) => d.code === 'front-matter')!;
    const ignore = (await actionsFor(finding)).find((a) => a.command?.command === '_sourcelens.ignoreOccurrence')!;
    await run(ignore);
    const saved = JSON.parse(readFileSync(sidecar, 'utf8'));
    assert.equal(saved.version, 1);
    assert.equal(saved.occurrences.length, 1);
    const entry = saved.occurrences[0];
    assert.equal(entry.file, 'sources/harbor.news');
    assert.equal(entry.rule, 'front-matter');
    assert.equal(entry.text, 'sometime in March');
    assert.ok(entry.before.endsWith('outlet: Coastal Ledger\npublished: '));
    assert.ok(entry.after.startsWith('\n---\nHarbor'));
    assert.ok(!(await pull()).some((d) => d.code === 'front-matter'), 'the ignored finding is gone');
    assert.equal(readFileSync(path.join(root, 'sources', 'harbor.news'), 'utf8'), ARTICLE, 'the source file is untouched');
    await client.open(uriOf(root, 'sources/other.news'), ARTICLE);
    const other = await client.pullDocument(uriOf(root, 'sources/other.news'));
    assert.ok(other.items!.some((d) => d.code === 'front-matter'), 'the ignore is for one file only');
  });

  it('keeps the ignore after an edit that shifts every offset', async () => {
    await edit(text.replace('outlet: Coastal Ledger\n', 'outlet: Coastal Ledger\nauthor: A. Writer\nsection: Business\n'));
    const items = await pull();
    assert.ok(!items.some((d) => d.code === 'front-matter'), 'still ignored at its new place');
    assert.ok(!items.some((d) => d.code === 'orphaned-ignore'));
  });

  it('reports an ignore whose text is gone as an orphan, and removes it on request', async () => {
    await edit(text.replace('published: sometime in March', 'published: 2026-03-14'));
    const orphan = (await pull()).find((d) => d.code === 'orphaned-ignore');
    assert.ok(orphan, 'an information diagnostic names the orphaned ignore');
    assert.equal(orphan.severity, 3);
    assert.match(orphan.message, /sometime in March/);
    const remove = (await actionsFor(orphan)).find((a) => a.command?.command === '_sourcelens.removeIgnores')!;
    assert.ok(remove);
    await run(remove);
    assert.deepEqual(JSON.parse(readFileSync(sidecar, 'utf8')).occurrences, []);
    assert.ok(!(await pull()).some((d) => d.code === 'orphaned-ignore'));
  });

  it('ignores a rule in a whole file', async () => {
    await edit(text.replace('published: 2026-03-14', 'published: soon'));
    const finding = (await pull()).find((d) => d.code === 'front-matter')!;
    const ignore = (await actionsFor(finding)).find((a) => a.command?.command === '_sourcelens.ignoreRuleInFile')!;
    await run(ignore);
    const saved = JSON.parse(readFileSync(sidecar, 'utf8'));
    assert.deepEqual(saved.fileRules.map((r: { file: string; rule: string }) => [r.file, r.rule]), [['sources/harbor.news', 'front-matter']]);
    assert.ok(!(await pull()).some((d) => d.code === 'front-matter'));
  });

  it('marks a selected name as a known organization in names.json', async () => {
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri }, range: rangeIn(text, 'Veltra Shipping'), context: { diagnostics: [] },
    });
    const mark = actions.find((a) => a.title.startsWith('Mark "Veltra Shipping" as an organization'));
    assert.ok(mark, actions.map((a) => a.title).join('\n'));
    await run(mark);
    assert.deepEqual(JSON.parse(readFileSync(names, 'utf8')), { version: 1, names: [{ name: 'Veltra Shipping', type: 'organization' }] });
    await client.command('_sourcelens.addKnownName', { uri, name: 'Veltra Shipping', type: 'organization', aliases: ['Veltra'] });
    assert.deepEqual(JSON.parse(readFileSync(names, 'utf8')).names, [{ name: 'Veltra Shipping', type: 'organization', aliases: ['Veltra'] }]);
  });

  it('reads a malformed sidecar defensively and refuses to overwrite it', async () => {
    writeFileSync(sidecar, '{ "occurrences": [ oops');
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(root, '.sourcelens/ignores.json'), type: 2 }] });
    const warning = await client.until(() => client.messages.find((m) => /ignores\.json is not valid JSON/.test(m.message)), 'a warning');
    assert.equal(warning.type, 2);
    assert.ok((await pull()).some((d) => d.code === 'front-matter'), 'its ignores are not applied');
    const finding = (await pull()).find((d) => d.code === 'front-matter')!;
    await assert.rejects(client.command('_sourcelens.ignoreOccurrence', { uri, rule: 'front-matter', range: finding.range }), /not valid JSON/);
    assert.equal(readFileSync(sidecar, 'utf8'), '{ "occurrences": [ oops', 'the malformed file is left for the user to fix');
    assert.equal(client.exitCode, null);
  });
});
