import type { ContentTypeEncoder, ContentTypeEncoderOptions, Message } from 'vscode-languageserver/node';
import { isStableAnswer } from './stableAnswers';

/**
 * The stream transport's JSON encoder. A response whose result is a stable answer (see
 * stableAnswers) reuses that result's UTF-8 bytes from the first time it was sent, so asking
 * again for the outline of a long document costs a copy instead of a fresh JSON.stringify and
 * UTF-8 encoding of half a megabyte. Everything else is encoded as the default encoder does.
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
        if (!body) encoded.set(result, (body = Buffer.from(JSON.stringify(result), 'utf-8')));
        const head = Buffer.from(`{"jsonrpc":${JSON.stringify(message.jsonrpc)},"id":${JSON.stringify(message.id)},"result":`, 'utf-8');
        return Promise.resolve(Buffer.concat([head, body, CLOSE]));
      } catch (error) {
        return Promise.reject(error);
      }
    },
  };
}

const CLOSE = Buffer.from('}', 'utf-8');
