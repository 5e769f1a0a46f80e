import type { Range, SemanticTokens, SemanticTokensLegend } from 'vscode-languageserver';
import type { DocumentInfo } from '../analysisService';
import type { Span } from '../core/types';
import type { Feature } from '../featureContext';
import { toOffset, toRange } from '../positions';
import { stableAnswer } from '../stableAnswers';

/**
 * Custom token types, each declared in package.json `semanticTokenTypes` with a standard
 * super type (person → variable, organization → class, place → namespace, date → number,
 * cue → keyword) so themes that know nothing of them still colour them.
 */
export const TOKEN_TYPES = ['person', 'organization', 'place', 'date', 'cue'] as const;
export type TokenType = (typeof TOKEN_TYPES)[number];
/** `declaration` marks an entity's first mention. */
export const TOKEN_MODIFIERS = ['declaration'] as const;

export const legend: SemanticTokensLegend = { tokenTypes: [...TOKEN_TYPES], tokenModifiers: [...TOKEN_MODIFIERS] };

const TYPE_INDEX = new Map(TOKEN_TYPES.map((t, i) => [t, i]));
/** When spans overlap, the earlier wins; at the same start, entities beat dates beat cues. */
const PRIORITY: Record<TokenType, number> = { person: 0, organization: 0, place: 0, date: 1, cue: 2 };

interface TokenSpan extends Span {
  type: TokenType;
  modifiers: number;
}

/** Every highlighted span of the analysis, sorted, with overlaps removed. */
export function tokenSpans(info: DocumentInfo): TokenSpan[] {
  const analysis = info.analysis;
  if (!analysis) return [];
  const spans: TokenSpan[] = [];
  for (const e of analysis.entities) {
    e.mentions.forEach((m, i) => spans.push({ start: m.start, end: m.end, type: e.type, modifiers: i === 0 ? 1 : 0 }));
  }
  for (const d of analysis.dates) spans.push({ start: d.start, end: d.end, type: 'date', modifiers: 0 });
  // The predicate alone: the source of a cue ("Bloomberg" in "Bloomberg reported") is usually an entity.
  for (const a of analysis.attributions) if (!a.inherited) spans.push({ start: a.predicate.start, end: a.predicate.end, type: 'cue', modifiers: 0 });
  spans.sort((a, b) => a.start - b.start || PRIORITY[a.type] - PRIORITY[b.type] || b.end - a.end);
  const kept: TokenSpan[] = [];
  let end = -1;
  for (const s of spans) {
    if (s.end <= s.start || s.start < end) continue;
    kept.push(s);
    end = s.end;
  }
  return kept;
}

/**
 * Semantic tokens, delta-encoded over UTF-16 columns. A span that crosses line breaks becomes
 * one token per line (LSP tokens cannot span lines). With `range`, only tokens that touch it.
 */
export function provideSemanticTokens(info: DocumentInfo, range?: Range): SemanticTokens {
  const text = info.document.getText();
  let from = 0;
  let to = Infinity;
  if (range) {
    from = toOffset(info.document, range.start);
    to = toOffset(info.document, range.end);
  }
  const data: number[] = [];
  let line = 0;
  let char = 0;
  for (const span of tokenSpans(info)) {
    if (span.end <= from || span.start >= to) continue;
    for (const piece of splitLines(text, span)) {
      if (piece.end <= from || piece.start >= to) continue;
      const r = toRange(info.document, piece);
      const length = r.end.character - r.start.character;
      if (length <= 0 || r.end.line !== r.start.line) continue;
      const deltaLine = r.start.line - line;
      data.push(deltaLine, deltaLine === 0 ? r.start.character - char : r.start.character, length, TYPE_INDEX.get(span.type)!, span.modifiers);
      line = r.start.line;
      char = r.start.character;
    }
  }
  return { data };
}

/** Pieces of `span` between line breaks (`\n`, `\r\n`, `\r`), without the breaks. */
export function splitLines(text: string, span: Span): Span[] {
  const pieces: Span[] = [];
  let start = span.start;
  for (let i = span.start; i < span.end; i++) {
    const c = text.charCodeAt(i);
    if (c !== 10 && c !== 13) continue;
    if (i > start) pieces.push({ start, end: i });
    if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
    start = i + 1;
  }
  if (span.end > start) pieces.push({ start, end: span.end });
  return pieces;
}

/** The full tokens of each analysed version (one DocumentInfo per version). */
const fullTokens = new WeakMap<DocumentInfo, SemanticTokens>();

export const semanticTokensFeature: Feature = {
  capabilities: { semanticTokensProvider: { legend, full: true, range: true } },
  register({ connection, infoFor }) {
    connection.languages.semanticTokens.on(async (params) => {
      const info = await infoFor(params.textDocument.uri);
      if (!info) return { data: [] };
      let tokens = fullTokens.get(info);
      if (!tokens) fullTokens.set(info, (tokens = stableAnswer(provideSemanticTokens(info))));
      return tokens;
    });
    connection.languages.semanticTokens.onRange(async (params) => {
      const info = await infoFor(params.textDocument.uri);
      return info ? provideSemanticTokens(info, params.range) : { data: [] };
    });
  },
};
