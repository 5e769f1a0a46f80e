import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { TestClient } from './lspClient';

const ARTICLE = `---
title: Harbor authority weighs new terminal
outlet: Coastal Ledger
published: 2026-03-14
---
Harbor Authority chief Maria Okafor said on Tuesday that the port would add a container terminal.
Okafor told reporters the work would start next year, according to a statement.
The plan was reportedly discussed with Veltra Shipping last month, people familiar with the matter said.
`;

describe('language server over stdio', () => {
  const client = new TestClient();
  before(async () => {
    const init = await client.initialize();
    assert.ok(init.capabilities.hoverProvider, 'hover capability');
  });
  after(async () => {
    assert.equal(await client.shutdown(), 0, 'server exits cleanly after shutdown/exit');
  });

  it('publishes diagnostics for an opened source document', async () => {
    await client.open('file:///tmp/harbor.news', ARTICLE);
    const published = await client.diagnostics('file:///tmp/harbor.news');
    assert.ok(Array.isArray(published.diagnostics));
    for (const d of published.diagnostics) assert.equal(d.source, 'sourcelens');
  });

  it('answers a hover request on a date with its resolved value', async () => {
    const text = ARTICLE;
    const offset = text.indexOf('last month');
    const before = text.slice(0, offset).split('\n');
    const hover = await client.request<{ contents: { value: string } } | null>('textDocument/hover', {
      textDocument: { uri: 'file:///tmp/harbor.news' },
      position: { line: before.length - 1, character: before[before.length - 1].length + 2 },
    });
    assert.ok(hover, 'a hover arrives');
    assert.match(hover.contents.value, /2026-02/);
  });

  it('survives bad input: empty, binary and 5 MB documents', async () => {
    await client.open('file:///tmp/empty.news', '');
    assert.deepEqual((await client.diagnostics('file:///tmp/empty.news')).diagnostics, []);

    const binary = String.fromCharCode(...Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256));
    await client.open('file:///tmp/binary.news', binary);
    const bin = await client.diagnostics('file:///tmp/binary.news');
    assert.equal(bin.diagnostics.length, 1);
    assert.match(bin.diagnostics[0].message, /binary/);

    const big = 'The council met on Monday and said the budget would grow. '.repeat(90_000);
    assert.ok(big.length > 5_000_000);
    await client.open('file:///tmp/big.news', big);
    const large = await client.diagnostics('file:///tmp/big.news');
    assert.equal(large.diagnostics.length, 1);
    assert.match(large.diagnostics[0].message, /over the limit/);

    const hover = await client.request('textDocument/hover', {
      textDocument: { uri: 'file:///tmp/big.news' }, position: { line: 0, character: 5 },
    });
    assert.equal(hover, null, 'no hover on a file that was not analysed');
    assert.equal(client.exitCode, null, 'the server is still running');
  });
});
