// Editing through the protocol: unsaved text is analysed, results carry the document version,
// an edit re-parses only the paragraph it touched (counted compromise parses), and a newer
// edit cancels the analysis of an older version.
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { ARTICLE, makeWorkspace, RecordingClient } from './workspaceHelpers';

/** test/fixtures/generate.mjs (plain JS without types, so imported by a computed path). */
async function generated(bytes: number, seed: number): Promise<string> {
  const modulePath = '../fixtures/generate.mjs';
  const { bigArticle } = (await import(modulePath)) as { bigArticle(bytes: number, options?: { seed?: number }): string };
  return bigArticle(bytes, { seed });
}

const paragraphs = Array.from({ length: 12 }, (_, i) =>
  `Paragraph ${i + 1}: Mayor Elena Quintero said on Monday that the council would review ${i + 2} contracts, according to a statement.`);
const LONG = `---\ntitle: Council review\npublished: 2026-03-14\n---\n${paragraphs.join('\n\n')}\n`;

/** A server over stdio for the tests of one describe block, started before them and shut down after. */
function serverForTests(pull: boolean, prepare?: () => Promise<void>): RecordingClient {
  const root = makeWorkspace({});
  const client = new RecordingClient();
  before(async () => {
    await prepare?.();
    client.settings = { workspaceDiagnostics: false };
    await client.start(root, pull);
  });
  after(async () => {
    assert.equal(await client.shutdown(), 0);
    rmSync(root, { recursive: true, force: true });
  });
  return client;
}

describe('editing: versions and the paragraph cache (push)', () => {
  const client = serverForTests(false);
  const uri = 'untitled:edited-source';

  it('analyses unsaved text and tags every push with the version it describes', async () => {
    await client.open(uri, ARTICLE, 'sourcelens', 1);
    await client.diagnostics(uri, 1);
    for (let v = 2; v <= 6; v++) await client.change(uri, v, ARTICLE.replace('sometime in March', `draft ${v}`));
    const last = await client.diagnostics(uri, 6);
    assert.equal(last.version, 6);
    const frontMatter = last.diagnostics.find((d) => d.code === 'front-matter');
    assert.ok(frontMatter && frontMatter.message.includes('draft 6'), 'the findings are those of version 6');
    const versions = client.pushes.filter((p) => p.uri === uri).map((p) => p.version!);
    assert.deepEqual(versions, [...versions].sort((a, b) => a - b), 'versions never go back');
  });

  it('answers an edit first from the edited paragraph, then from the full analysis, with the same findings', async () => {
    const doc = 'untitled:quick';
    const base = LONG.replace('Paragraph 12: Mayor', 'Some analysts say the venture could face opposition. Paragraph 12: Mayor');
    await client.open(doc, base, 'sourcelens', 1);
    await client.diagnostics(doc, 1);
    const from = client.pushes.length;
    const edited = base.replace('Paragraph 6: Mayor', 'The automaker is allegedly exploring a tie-up. Paragraph 6: Mayor');
    await client.change(doc, 2, edited);
    const pushes = await client.until(() => {
      const mine = client.pushes.slice(from).filter((p) => p.uri === doc && p.version === 2);
      return mine.length >= 2 && mine;
    }, 'a quick and a full push of version 2');
    const [quick, full] = pushes;
    const show = (p: typeof quick) => p.diagnostics.map((d) => `${d.code}@${d.range.start.line}:${d.range.start.character}`);
    const line = edited.split('\n').findIndex((l) => l.includes('allegedly'));
    assert.ok(show(quick).includes(`hearsay@${line}:${'The automaker is '.length}`), show(quick).join(' '));
    assert.deepEqual(show(quick), show(full));
  });

  it('re-parses only the edited paragraph', async () => {
    const other = 'untitled:paragraphs';
    await client.open(other, LONG, 'sourcelens', 1);
    await client.diagnostics(other, 1);
    // (Not while the server thread sets up its own parser after the first analysis.)
    await client.untilStats((s) => s.quickReady, 'the quick analysis set up');
    const before = await client.stats();
    await client.change(other, 2, LONG.replace('review 7 contracts', 'review seven contracts'));
    await client.diagnostics(other, 2);
    await client.until(() => client.pushes.filter((p) => p.uri === other && p.version === 2).length >= 2, 'the full analysis of version 2');
    const after = await client.stats();
    assert.equal(after.workerParses - before.workerParses, 1, 'the full analysis: one paragraph changed, one compromise parse');
    assert.ok(after.nlpParses - before.nlpParses <= 3, 'the quick answer: the edited paragraph and at most its two neighbours');
    await client.change(other, 3, LONG.replace('review 7 contracts', 'review seven contracts').replace('Council review', 'Council, reviewed'));
    await client.diagnostics(other, 3);
    const last = await client.stats();
    assert.equal(last.workerParses + last.nlpParses, after.workerParses + after.nlpParses, 'a front-matter edit parses no prose');
  });
});

describe('editing: the first keystroke of a session', () => {
  const client = serverForTests(false);

  it('finds the server thread ready for quick diagnostics: it set up its parser after the first analysis, before any edit', async () => {
    const uri = 'untitled:first-keystroke';
    await client.open(uri, LONG, 'sourcelens', 1);
    await client.diagnostics(uri, 1);
    assert.ok((await client.stats()).workerParses >= 1, 'the full analysis ran on the analysis thread');
    await client.untilStats((s) => s.quickReady, 'the server thread set up');
    const ready = await client.stats();
    assert.ok(ready.nlpParses >= 1, 'the opening paragraphs were parsed on the server thread');
    await client.change(uri, 2, LONG.replace('review 7 contracts', 'review seven contracts'));
    const quick = await client.diagnostics(uri, 2);
    assert.equal(quick.version, 2);
  });
});

describe('editing: cancellation of a stale analysis (pull)', () => {
  const uri = 'untitled:long-source';
  // A seed no other test uses: nothing of it is cached, so its first analysis takes a while.
  let text = '';
  const client = serverForTests(true, async () => {
    text = await generated(120_000, 4242);
  });

  it('drops the analysis of version 1 when version 2 arrives, and answers for version 2', async () => {
    await client.open(uri, text, 'sourcelens', 1);
    const stale = client.pullDocument(uri);
    await client.change(uri, 2, `${text}\nOne more paragraph, added while the first version was being analysed.\n`);
    await assert.rejects(stale, (error: { code?: number; data?: { retriggerRequest?: boolean } }) => {
      assert.equal(error.code, -32802, 'ServerCancelled');
      assert.equal(error.data?.retriggerRequest, true);
      return true;
    });
    const fresh = await client.pullDocument(uri);
    assert.equal(fresh.kind, 'full');
    assert.match(fresh.resultId!, /^2@/);
    const { analyses } = await client.stats();
    assert.ok(analyses.cancelled >= 1, 'the stale analysis was cancelled, not finished');
  });
});
