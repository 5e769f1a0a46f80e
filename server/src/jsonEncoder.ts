import type { ContentTypeEncoder, ContentTypeEncoderOptions, Message } from 'vscode-languageserver/node';
import { isStableAnswer } from './stableAnswers';

/**
 * The stream transport's JSON encoder. A response whose result is a stable answer (see
 * stableAnswers) reuses that result's bytes from the first time it was sent, so asking again for
 * the outline of a long document costs a copy instead of a fresh JSON.stringify and UTF-8
 * encoding of half a megabyte. Those bytes are pure ASCII: every character past U+007F is
 * written as a JSON \u escape, which any JSON reader turns back into the same string, and which
 * lets the client decode and parse a one-byte string instead of a two-byte one (about a quarter
 * faster for an outline with curly quotes and accented names). Everything else is encoded as the
 * default encoder does.
 */
export function cachingJsonEncoder(): ContentTypeEncoder {
  const encoded = new WeakMap<object, Buffer>();
  return {
    name: 'application/json',
    encode(message: Message, options: ContentTypeEncoderOptions): Promise<Uint8Array> {
      try {
        const result = (message as { result?: unknown }).result;
        if (!isStableAnswer(result) || !('id' in message)) return Promise.resolve(Buffer.from(JSON.stringify(message), options.charset));
        let body = encoded.get(result);
        if (!body) encoded.set(result, (body = Buffer.from(asciiJson(JSON.stringify(result)), 'latin1')));
        const head = Buffer.from(`{"jsonrpc":${JSON.stringify(message.jsonrpc)},"id":${JSON.stringify(message.id)},"result":`, 'utf-8');
        return Promise.resolve(Buffer.concat([head, body, CLOSE]));
      } catch (error) {
        return Promise.reject(error);
      }
    },
  };
}

const CLOSE = Buffer.from('}', 'utf-8');

/** JSON text with every UTF-16 unit past U+007F escaped (surrogate pairs as two escapes), so it is ASCII. */
export function asciiJson(json: string): string {
  return json.replace(/[\u0080-\uffff]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
