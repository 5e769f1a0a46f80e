import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { asciiJson, cachingJsonEncoder } from '../../server/src/jsonEncoder';
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

  it('sends what JSON.stringify would, for stable and other answers, under each request id', async () => {
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
      const bytes = await encoder.encode(message as never, options);
      if (isStableAnswer((message as { result?: unknown }).result)) {
        assert.deepEqual(JSON.parse(decode(bytes)), message);
        assert.ok(bytes.every((b) => b < 0x80), 'a stable answer is sent as ASCII');
      } else {
        assert.equal(decode(bytes), JSON.stringify(message));
      }
    }
  });

  it('escapes every unit past U+007F, lone surrogates too, and the result parses back to the same string', () => {
    const samples = ['plain', 'Léa “LO” Ortiz', 'Zoë 🛰 Núñez', '\ud800 lone \udfff', 'ÿ\u0080\u07ff\uffff', '"\\u00e9" stays', ''];
    for (const text of samples) {
      const json = asciiJson(JSON.stringify({ text }));
      assert.match(json, /^[\x00-\x7f]*$/);
      assert.equal(JSON.parse(json).text, text);
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
