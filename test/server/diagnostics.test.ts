// Pull diagnostics (document and workspace) through the protocol, from a client that pulls:
// the server must not push, closed files appear through workspace pulls, a closed editor's
// file comes back from disk, and results carry the document version.
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { ARTICLE, makeWorkspace, RecordingClient, uriOf, type WorkspaceReport } from './workspaceHelpers';

const CLOSED = ARTICLE.replace('Harbor authority weighs new terminal', 'A closed source').replace('Veltra Shipping', 'Orland Freight');

describe('pull diagnostics', () => {
  const root = makeWorkspace({
    'open.news': ARTICLE,
    'articles/closed.news': CLOSED,
    'articles/huge.news': `---\ntitle: Huge\n---\n${'The council met on Monday and said the budget would grow. '.repeat(200)}\n`,
    'notes.md': '# Not a source\nPeople familiar with the matter said nothing.\n',
    'node_modules/dep/readme.news': CLOSED,
  });
  const client = new RecordingClient();
  const openUri = uriOf(root, 'open.news');
  const closedUri = uriOf(root, 'articles/closed.news');
  const hugeUri = uriOf(root, 'articles/huge.news');
  let capabilities: Record<string, unknown>;

  before(async () => {
    client.settings = { maxFileSizeKb: 8 };
    capabilities = (await client.start(root, true)).capabilities;
  });
  after(async () => {
    assert.equal(await client.shutdown(), 0);
    rmSync(root, { recursive: true, force: true });
  });

  it('declares pull diagnostics with workspace diagnostics', () => {
    assert.deepEqual(capabilities.diagnosticProvider, { identifier: 'sourcelens', interFileDependencies: false, workspaceDiagnostics: true });
  });

  it('answers a document pull with the version in the result id, then "unchanged"', async () => {
    await client.open(openUri, ARTICLE, 'sourcelens', 3);
    const report = await client.pullDocument(openUri);
    assert.equal(report.kind, 'full');
    assert.match(report.resultId!, /^3@/);
    const frontMatter = report.items!.find((d) => d.code === 'front-matter');
    assert.ok(frontMatter, 'the invalid published date is flagged');
    assert.equal(frontMatter.range.start.line, 3);
    for (const d of report.items!) assert.equal(d.source, 'sourcelens');
    const again = await client.pullDocument(openUri, report.resultId);
    assert.deepEqual(again, { kind: 'unchanged', resultId: report.resultId });
  });

  it('answers a pull after a local edit from the edited paragraph, then asks for a new pull', async () => {
    const edited = ARTICLE.replace('Okafor told reporters', 'The automaker is allegedly exploring a tie-up. Okafor told reporters');
    const refreshes = client.refreshes;
    await client.change(openUri, 4, edited);
    const quick = await client.pullDocument(openUri);
    assert.equal(quick.kind, 'full');
    assert.match(quick.resultId!, /^4~quick@/);
    await client.until(() => client.refreshes > refreshes, 'a diagnostic refresh request');
    const full = await client.pullDocument(openUri, quick.resultId);
    assert.match(full.resultId!, /^4@/);
    assert.deepEqual(full.items!.map((d) => [d.code, d.range]), quick.items!.map((d) => [d.code, d.range]));
  });

  it('reports closed sources through a workspace pull, not excluded folders or non-sources', async () => {
    const { items } = await client.pullWorkspace();
    const uris = items.map((i) => i.uri).sort();
    assert.deepEqual(uris, [closedUri, hugeUri].sort());
    const closed = items.find((i) => i.uri === closedUri)!;
    assert.equal(closed.kind, 'full');
    assert.equal(closed.version, null);
    assert.ok(closed.items!.some((d) => d.code === 'front-matter'));
    const huge = items.find((i) => i.uri === hugeUri)!;
    assert.equal(huge.items!.length, 1);
    assert.equal(huge.items![0].code, 'not-analysed-size');
    assert.match(huge.items![0].message, /over the limit of 8 KB \(setting "sourcelens.maxFileSizeKb"\)/);
  });

  it('never pushes to a client that pulls', () => {
    assert.deepEqual(client.pushes, []);
  });

  it('waits on a workspace pull with nothing new, and answers when a closed editor brings its file back', async () => {
    const first = await client.pullWorkspace();
    const previous = first.items.map((i) => ({ uri: i.uri, value: i.resultId! }));
    await client.open(closedUri, CLOSED.replace('A closed source', 'Edited, not saved'), 'sourcelens', 1);
    const waiting = client.pullWorkspace(previous);
    let answered: { items: WorkspaceReport[] } | undefined;
    void waiting.then((r) => (answered = r));
    await client.pullDocument(closedUri);
    assert.equal(answered, undefined, 'nothing changed among closed files yet');
    await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri: closedUri } });
    const { items } = await waiting;
    const back = items.find((i) => i.uri === closedUri);
    assert.ok(back, 'the closed file is reported again, from disk');
    assert.notEqual(back.resultId, previous.find((p) => p.uri === closedUri)!.value);
    assert.ok(back.items!.some((d) => d.code === 'front-matter'));
  });
});
