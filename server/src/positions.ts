import type { Range } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Span } from './core/types';

/** The one place where core offsets (UTF-16 code units) become LSP positions and back. */
export function toRange(document: TextDocument, span: Span): Range {
  return { start: document.positionAt(span.start), end: document.positionAt(span.end) };
}

export function toOffset(document: TextDocument, position: { line: number; character: number }): number {
  return document.offsetAt(position);
}

/** True when `offset` lies in `[start, end]` (the end counts, so a cursor right after a word still hits it). */
export function touches(span: Span, offset: number): boolean {
  return offset >= span.start && offset <= span.end;
}
