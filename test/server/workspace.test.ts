// The workspace scan through the protocol: closed files pushed to a client that does not pull,
// the "Scan workspace" command with server-created progress ("N/M files"), changes on disk.
import assert from 'node:assert/strict';
import { rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { ARTICLE, makeWorkspace, RecordingClient, uriOf } from './workspaceHelpers';

interface ScanSummary {
  files: number;
  analysed: number;
  unchanged: number;
  open: number;
  cancelled: boolean;
  diagnostics: number;
}

const source = (n: number) => ARTICLE.replace('Harbor authority weighs new terminal', `Source number ${n}`);

describe('workspace scan', () => {
  const files: Record<string, string> = {};
  for (let i = 0; i < 6; i++) files[`sources/s${i}.news`] = source(i);
  files['sources/readme.txt'] = 'A plain text file: not a source unless the settings say so.';
  const root = makeWorkspace(files);
  const client = new RecordingClient();

  before(async () => {
    client.settings = {};
    await client.start(root, false);
  });
  after(async () => {
    assert.equal(await client.shutdown(), 0);
    rmSync(root, { recursive: true, force: true });
  });

  it('pushes the diagnostics of closed sources to a client that does not pull', async () => {
    await client.until(() => client.pushes.filter((p) => p.uri.endsWith('.news')).length >= 6, 'pushes of 6 closed files');
    const pushed = new Set(client.pushes.map((p) => p.uri));
    for (let i = 0; i < 6; i++) assert.ok(pushed.has(uriOf(root, `sources/s${i}.news`)));
    assert.ok(!pushed.has(uriOf(root, 'sources/readme.txt')));
    for (const p of client.pushes) {
      assert.equal(p.version, undefined, 'a closed file has no version');
      assert.ok(p.diagnostics.some((d) => d.code === 'front-matter'));
    }
  });

  it('scans on command with progress created by the server, reporting N/M files', async () => {
    const opened = uriOf(root, 'sources/s0.news');
    await client.open(opened, source(0));
    writeFileSync(path.join(root, 'sources', 's1.news'), source(1).replace('Okafor told', 'Okafor then told'));
    const summary = await client.command<ScanSummary>('_sourcelens.scanWorkspace', {});
    assert.equal(summary.files, 6);
    assert.equal(summary.open, 1, 'the open document is analysed from the editor, not from disk');
    assert.equal(summary.analysed, 1, 'only the file changed on disk is analysed again');
    assert.equal(summary.unchanged, 4);
    assert.equal(summary.cancelled, false);
    assert.equal(client.createdTokens.length, 1, 'the server created one progress token');
    const events = client.progress.filter((p) => p.token === client.createdTokens[0]).map((p) => p.value);
    assert.equal(events[0].kind, 'begin');
    assert.match(events[0].title!, /scanning/i);
    assert.equal(events[0].message, '0/6 files');
    assert.equal(events[0].cancellable, true);
    const reports = events.filter((e) => e.kind === 'report');
    assert.ok(reports.length >= 1);
    for (const r of reports) assert.match(r.message!, /^\d\/6 files$/);
    assert.equal(reports[reports.length - 1].message, '6/6 files');
    assert.equal(events[events.length - 1].kind, 'end');
  });

  it('scans a workspace folder added later, and forgets a removed one', async () => {
    const second = makeWorkspace({ 'extra.news': source(42) });
    try {
      const extra = uriOf(second, 'extra.news');
      await client.connection.sendNotification('workspace/didChangeWorkspaceFolders', {
        event: { added: [{ uri: uriOf(second, ''), name: 'second' }], removed: [] },
      });
      const push = await client.diagnostics(extra);
      assert.ok(push.diagnostics.some((d) => d.code === 'front-matter'));
      const before = client.pushes.length;
      await client.connection.sendNotification('workspace/didChangeWorkspaceFolders', {
        event: { added: [], removed: [{ uri: uriOf(second, ''), name: 'second' }] },
      });
      const cleared = await client.until(() => client.pushes.slice(before).find((p) => p.uri === extra), 'the removed folder cleared');
      assert.deepEqual(cleared.diagnostics, []);
    } finally {
      rmSync(second, { recursive: true, force: true });
    }
  });

  it('follows changes on disk (created and deleted files)', async () => {
    const added = uriOf(root, 'sources/new.news');
    writeFileSync(path.join(root, 'sources', 'new.news'), source(9));
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: added, type: 1 }] });
    const push = await client.diagnostics(added);
    assert.ok(push.diagnostics.some((d) => d.code === 'front-matter'));
    rmSync(path.join(root, 'sources', 'new.news'));
    const before = client.pushes.length;
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: added, type: 3 }] });
    const cleared = await client.until(() => client.pushes.slice(before).find((p) => p.uri === added), 'the deleted file cleared');
    assert.deepEqual(cleared.diagnostics, []);
  });
});
