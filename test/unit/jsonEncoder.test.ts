import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { cachingJsonEncoder } from '../../server/src/jsonEncoder';
import { isStableAnswer, stableAnswer } from '../../server/src/stableAnswers';

const options = { charset: 'utf-8' as const };
const decode = (bytes: Uint8Array) => Buffer.from(bytes).toString('utf-8');

describe('stable answers and the caching JSON encoder', () => {
  it('freezes a stable answer all the way down', () => {
    const answer = stableAnswer([{ name: 'Léa Ortiz “LO”', range: { start: { line: 0, character: 3 } } }]);
    assert.ok(isStableAnswer(answer));
    assert.ok(!isStableAnswer([]) && !isStableAnswer(null) && !isStableAnswer('text'));
    assert.throws(() => {
      (answer[0].range.start as { line: number }).line = 9;
    }, TypeError);
  });

  it('sends the same bytes JSON.stringify would, for stable and other answers, under each request id', async () => {
    const encoder = cachingJsonEncoder();
    const outline = stableAnswer([{ name: 'Léa Ortiz 🛰', detail: 'line\nbreak "quoted"', children: [{ kind: 13 }] }]);
    const messages = [
      { jsonrpc: '2.0', id: 1, result: outline },
      { jsonrpc: '2.0', id: 'req-2', result: outline },
      { jsonrpc: '2.0', id: 3, result: [{ name: 'fresh' }] },
      { jsonrpc: '2.0', id: 4, result: null },
      { jsonrpc: '2.0', method: 'textDocument/publishDiagnostics', params: { uri: 'file:///a', diagnostics: [] } },
      { jsonrpc: '2.0', id: 5, error: { code: -32600, message: 'bad' } },
    ];
    for (const message of messages) {
      assert.equal(decode(await encoder.encode(message as never, options)), JSON.stringify(message));
    }
  });

  it('encodes a stable answer once: a later request reuses its bytes', async () => {
    const encoder = cachingJsonEncoder();
    let reads = 0;
    const answer = stableAnswer({
      get data() {
        reads += 1;
        return [1, 2, 3];
      },
    });
    await encoder.encode({ jsonrpc: '2.0', id: 1, result: answer } as never, options);
    await encoder.encode({ jsonrpc: '2.0', id: 2, result: answer } as never, options);
    assert.equal(reads, 2, 'one read by the freeze, one by the first encoding');
  });
});
