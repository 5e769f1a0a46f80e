import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Writable } from 'node:stream';
import { asciiJson, StableAnswerWriter } from '../../server/src/stableAnswerWriter';
import { isStableAnswer, stableAnswer, withStableParts } from '../../server/src/stableAnswers';

const decode = (bytes: Uint8Array) => Buffer.from(bytes).toString('utf-8');

/** A stream that keeps what it is given; `fail` makes every later write fail. */
function sink() {
  const chunks: Buffer[] = [];
  const state = { fail: false };
  const stream = new Writable({
    writev(items, callback) {
      if (state.fail) return callback(new Error('EPIPE'));
      for (const { chunk } of items) chunks.push(Buffer.from(chunk as Buffer));
      callback();
    },
  });
  return { stream, chunks, state, text: () => Buffer.concat(chunks).toString('utf-8') };
}

/** Splits what a writer wrote into its messages, checking each Content-Length against the bytes. */
function framed(bytes: Buffer): unknown[] {
  const messages: unknown[] = [];
  let at = 0;
  while (at < bytes.length) {
    const end = bytes.indexOf('\r\n\r\n', at);
    const length = Number(/^Content-Length: (\d+)$/.exec(bytes.subarray(at, end).toString('ascii'))![1]);
    messages.push(JSON.parse(bytes.subarray(end + 4, end + 4 + length).toString('utf-8')));
    at = end + 4 + length;
  }
  return messages;
}

describe('stable answers and the stdio writer', () => {
  it('freezes a stable answer all the way down', () => {
    const answer = stableAnswer([{ name: 'Léa Ortiz “LO”', range: { start: { line: 0, character: 3 } } }]);
    assert.ok(isStableAnswer(answer));
    assert.ok(!isStableAnswer([]) && !isStableAnswer(null) && !isStableAnswer('text'));
    assert.throws(() => {
      (answer[0].range.start as { line: number }).line = 9;
    }, TypeError);
  });

  it('sends what JSON.stringify would, for stable and other answers, under each request id', async () => {
    const out = sink();
    const writer = new StableAnswerWriter(out.stream);
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
      const bytes = Buffer.concat(writer.pieces(message as never));
      if (isStableAnswer((message as { result?: unknown }).result)) {
        assert.deepEqual(JSON.parse(decode(bytes)), message);
        assert.ok(bytes.every((b) => b < 0x80), 'a stable answer is sent as ASCII');
      } else {
        assert.equal(decode(bytes), JSON.stringify(message));
      }
    }
    // Written all at once, the messages arrive whole, in order, each under a correct Content-Length.
    await Promise.all(messages.map((m) => writer.write(m as never)));
    assert.deepEqual(framed(Buffer.concat(out.chunks)), JSON.parse(JSON.stringify(messages)));
  });

  it('reports a failed write to the connection and rejects it', async () => {
    const out = sink();
    const writer = new StableAnswerWriter(out.stream);
    const errors: unknown[] = [];
    writer.onError(([error, , count]) => errors.push([error.message, count]));
    await writer.write({ jsonrpc: '2.0', id: 1, result: 1 } as never);
    out.state.fail = true;
    await assert.rejects(writer.write({ jsonrpc: '2.0', id: 2, result: 2 } as never), /EPIPE/);
    assert.deepEqual(errors.slice(0, 1), [['EPIPE', 1]]);
    assert.deepEqual(framed(Buffer.concat(out.chunks)), [{ jsonrpc: '2.0', id: 1, result: 1 }]);
  });

  it('escapes every unit past U+007F, lone surrogates too, and the result parses back to the same string', () => {
    const samples = ['plain', 'Léa “LO” Ortiz', 'Zoë 🛰 Núñez', '\ud800 lone \udfff', 'ÿ\u0080\u07ff\uffff', '"\\u00e9" stays', ''];
    for (const text of samples) {
      const json = asciiJson(JSON.stringify({ text }));
      assert.match(json, /^[\x00-\x7f]*$/);
      assert.equal(JSON.parse(json).text, text);
    }
  });

  it('encodes a stable answer once: a later request reuses its bytes', () => {
    const writer = new StableAnswerWriter(sink().stream);
    let reads = 0;
    const answer = stableAnswer({
      get data() {
        reads += 1;
        return [1, 2, 3];
      },
    });
    const first = writer.pieces({ jsonrpc: '2.0', id: 1, result: answer } as never);
    const second = writer.pieces({ jsonrpc: '2.0', id: 2, result: answer } as never);
    assert.equal(reads, 2, 'one read by the freeze, one by the first encoding');
    assert.equal(first[1], second[1], 'the same buffer, not a copy');
    assert.equal(Buffer.concat(second).toString(), '{"jsonrpc":"2.0","id":2,"result":{"data":[1,2,3]}}');
  });

  it('encodes the stable parts of a changing answer once, and the rest afresh', () => {
    const writer = new StableAnswerWriter(sink().stream);
    let reads = 0;
    const finding = (message: string) => stableAnswer({ range: { start: { line: 1, character: 2 } }, message,
      get severity() {
        reads += 1;
        return 2;
      } });
    const kept = finding('Anonymous source: “a person close to Núñez”');
    const first = withStableParts({ kind: 'full', resultId: '2~quick', items: [kept, finding('Hearsay 🛰')] });
    const second = withStableParts({ kind: 'full', resultId: '3~quick', items: [kept, finding('changed'), kept] });
    reads = 0;
    const bytes = [first, second].map((result, id) => Buffer.concat(writer.pieces({ jsonrpc: '2.0', id, result } as never)));
    assert.equal(reads, 3, 'the kept finding is read once for both answers; each new one once');
    assert.deepEqual(JSON.parse(decode(bytes[0])), { jsonrpc: '2.0', id: 0, result: JSON.parse(JSON.stringify(first)) });
    assert.deepEqual(JSON.parse(decode(bytes[1])), { jsonrpc: '2.0', id: 1, result: JSON.parse(JSON.stringify(second)) });
    assert.ok(bytes.every((b) => b.every((x) => x < 0x80)), 'sent as ASCII');
    // A notification's params may have stable parts too.
    const note = { jsonrpc: '2.0', method: 'textDocument/publishDiagnostics', params: withStableParts({ uri: 'file:///a', diagnostics: [kept] }) };
    assert.deepEqual(JSON.parse(decode(Buffer.concat(writer.pieces(note as never)))), JSON.parse(JSON.stringify(note)));
  });

  it('falls back to plain JSON when a string of the answer looks like its placeholder', () => {
    const writer = new StableAnswerWriter(sink().stream);
    for (const odd of ['\u0000sourcelens:stable-part\u0000', '\u0000', '"', '']) {
      const result = withStableParts({ items: [stableAnswer({ message: odd }), odd, { [odd]: odd }] });
      const bytes = Buffer.concat(writer.pieces({ jsonrpc: '2.0', id: 7, result } as never));
      assert.deepEqual(JSON.parse(decode(bytes)), { jsonrpc: '2.0', id: 7, result: JSON.parse(JSON.stringify(result)) });
    }
  });
});

