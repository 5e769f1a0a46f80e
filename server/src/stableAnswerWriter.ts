import type { Writable } from 'node:stream';
import { AbstractMessageWriter, type Message, type MessageWriter } from 'vscode-languageserver/node';
import { hasStableParts, isStableAnswer } from './stableAnswers';

/**
 * The stdio transport's writer. It writes what the library's stream writer writes (a
 * Content-Length header, then the message as UTF-8 JSON), with one difference for a response
 * whose result is a stable answer (see stableAnswers): that result is encoded once, the first
 * time it is sent, and every later response reuses the same bytes. The response is written as
 * three pieces (header with the envelope, the cached result, the closing brace) in one corked
 * write, so asking again for the outline of a long document allocates and copies nothing of
 * its half a megabyte: no fresh JSON.stringify, no UTF-8 encoding, no concatenated buffer. (A
 * fresh buffer per answer also drove the server's garbage collector: V8 counts the memory
 * behind buffers and collects after every few dozen megabytes of it.)
 *
 * The cached bytes are pure ASCII: every character past U+007F is written as a JSON \u escape,
 * which any JSON reader turns back into the same string, and which lets the client decode and
 * parse a one-byte string instead of a two-byte one.
 *
 * Each message's pieces are handed to the stream in one synchronous step, so two messages never
 * interleave; the stream keeps them in order.
 */
export class StableAnswerWriter extends AbstractMessageWriter implements MessageWriter {
  private readonly encoded = new WeakMap<object, Buffer>();
  private errorCount = 0;

  constructor(private readonly writable: Writable) {
    super();
    writable.on('error', (error: Error) => this.fireError(error));
    writable.on('close', () => this.fireClose());
  }

  write(message: Message): Promise<void> {
    let pieces: Buffer[];
    try {
      pieces = this.pieces(message);
    } catch (error) {
      this.fireError(error as Error, message);
      return Promise.reject(error);
    }
    const length = pieces.reduce((sum, piece) => sum + piece.byteLength, 0);
    return new Promise<void>((resolve, reject) => {
      const done = (error?: Error | null) => {
        if (!error) return resolve();
        this.errorCount += 1;
        this.fireError(error, message, this.errorCount);
        reject(error);
      };
      this.writable.cork();
      this.writable.write(`Content-Length: ${length}\r\n\r\n`, 'ascii');
      pieces.forEach((piece, i) => this.writable.write(piece, i === pieces.length - 1 ? done : undefined));
      this.writable.uncork();
    });
  }

  /** The message as UTF-8 JSON, in pieces whose concatenation is the whole message. */
  pieces(message: Message): Buffer[] {
    const { result, params } = message as { result?: unknown; params?: unknown };
    if (hasStableParts(result) || hasStableParts(params)) {
      const parts = this.withParts(message);
      if (parts) return parts;
    }
    if (!isStableAnswer(result) || !('id' in message)) return [Buffer.from(JSON.stringify(message), 'utf-8')];
    const head = `{"jsonrpc":${JSON.stringify(message.jsonrpc)},"id":${JSON.stringify(message.id)},"result":`;
    return [Buffer.from(head, 'utf-8'), this.body(result), CLOSE];
  }

  /** The cached encoding of a stable answer: ASCII JSON, made the first time it is sent. */
  private body(value: object): Buffer {
    let body = this.encoded.get(value);
    if (!body) this.encoded.set(value, (body = Buffer.from(asciiJson(JSON.stringify(value)), 'latin1')));
    return body;
  }

  /**
   * A message with stable parts: the rest is serialized with a placeholder where each stable
   * part goes, and the parts' cached bytes are put in its place. One buffer, since a report can
   * hold thousands of parts. Null when the placeholder shows up anywhere else (a string that
   * happens to equal it): then the message is serialized whole.
   */
  private withParts(message: Message): Buffer[] | null {
    const parts: object[] = [];
    const json = JSON.stringify(message, (_key, value: unknown) => {
      if (!isStableAnswer(value)) return value;
      parts.push(value);
      return PLACEHOLDER;
    });
    const between = json.split(PLACEHOLDER_JSON);
    if (between.length !== parts.length + 1) return null;
    const pieces: Buffer[] = [ascii(between[0])];
    parts.forEach((part, i) => pieces.push(this.body(part), ascii(between[i + 1])));
    return [Buffer.concat(pieces)];
  }

  end(): void {
    this.writable.end();
  }
}

const CLOSE = Buffer.from('}', 'utf-8');
const PLACEHOLDER = '\u0000sourcelens:stable-part\u0000';
const PLACEHOLDER_JSON = JSON.stringify(PLACEHOLDER);
const COMMA = Buffer.from(',', 'latin1');
const ascii = (json: string) => (json === ',' ? COMMA : Buffer.from(asciiJson(json), 'latin1'));

/** JSON text with every UTF-16 unit past U+007F escaped (surrogate pairs as two escapes), so it is ASCII. */
export function asciiJson(json: string): string {
  return json.replace(/[\u0080-\uffff]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
