import type { Span } from '../core/types';

/**
 * Where an ignored finding sits, described by its text rather than its offsets, so that the
 * anchor survives edits elsewhere in the document: the quoted text plus some context.
 */
export interface Anchor {
  /** The text of the finding's span. */
  text: string;
  /** Up to CONTEXT characters right before it. */
  before: string;
  /** Up to CONTEXT characters right after it. */
  after: string;
}

/** Characters of context kept on each side: enough to tell repeated phrases apart. */
export const CONTEXT = 40;

/** The anchor of `span` in `text`. */
export function createAnchor(text: string, span: Span): Anchor {
  return {
    text: text.slice(span.start, span.end),
    before: text.slice(Math.max(0, span.start - CONTEXT), span.start),
    after: text.slice(span.end, span.end + CONTEXT),
  };
}

const squash = (s: string) => s.replace(/\s+/g, ' ');

/** Length of the common suffix of `a` and `b`, whitespace runs compared as one space. */
function commonSuffix(a: string, b: string): number {
  const x = squash(a);
  const y = squash(b);
  let n = 0;
  while (n < x.length && n < y.length && x[x.length - 1 - n] === y[y.length - 1 - n]) n++;
  return n;
}

function commonPrefix(a: string, b: string): number {
  const x = squash(a);
  const y = squash(b);
  let n = 0;
  while (n < x.length && n < y.length && x[n] === y[n]) n++;
  return n;
}

/** How well the context around `span` agrees with the anchor's context, 0..1. */
function contextScore(text: string, span: Span, anchor: Anchor): number {
  const total = squash(anchor.before).length + squash(anchor.after).length;
  if (total === 0) return 1;
  const before = commonSuffix(text.slice(Math.max(0, span.start - CONTEXT * 2), span.start), anchor.before);
  const after = commonPrefix(text.slice(span.end, span.end + CONTEXT * 2), anchor.after);
  return (before + after) / total;
}

/** Levenshtein similarity of two short strings, 0..1. */
export function similarity(a: string, b: string): number {
  if (a === b) return 1;
  if (!a.length || !b.length) return 0;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = row;
  }
  return 1 - prev[b.length] / Math.max(a.length, b.length);
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Every place `anchor.text` occurs, whitespace runs matching any whitespace (a rewrapped line still matches). */
function exactCandidates(text: string, anchor: Anchor): Span[] {
  const out: Span[] = [];
  if (!anchor.text.trim()) return out;
  const pattern = anchor.text.trim().split(/\s+/).map(escapeRegExp).join('\\s+');
  const lead = anchor.text.length - anchor.text.trimStart().length;
  const re = new RegExp(pattern, 'g');
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push({ start: Math.max(0, m.index - lead), end: m.index + m[0].length + (anchor.text.length - anchor.text.trimEnd().length) });
    if (m[0].length === 0) re.lastIndex++;
  }
  return out;
}

/**
 * Candidates for a quoted text that was itself edited (a typo fixed, a word changed): the text
 * between the last words of the old context before and the first words of the old context after.
 */
function editedCandidates(text: string, anchor: Anchor): Span[] {
  const tail = squash(anchor.before).trimStart().slice(-20);
  const head = squash(anchor.after).trimEnd().slice(0, 20);
  if (tail.trim().length < 6 || head.trim().length < 6) return [];
  const out: Span[] = [];
  const maxGap = anchor.text.length * 2 + 20;
  const tailRe = new RegExp(tail.split(' ').map(escapeRegExp).join('\\s+'), 'g');
  const headRe = new RegExp(head.split(' ').map(escapeRegExp).join('\\s+'), 'g');
  for (let m = tailRe.exec(text); m; m = tailRe.exec(text)) {
    const start = m.index + m[0].length;
    headRe.lastIndex = start;
    const h = headRe.exec(text);
    if (h && h.index - start <= maxGap) out.push({ start, end: h.index });
  }
  return out;
}

/** A located anchor: where it is now and how sure we are (0..1). */
export interface Located extends Span {
  score: number;
}

/** Below this, a candidate is not the ignored finding. */
const MIN_SCORE = 0.5;
/** Share of the old context (before and after, 40 characters each) a candidate must keep. */
const MIN_CONTEXT = 0.25;

/**
 * Finds the anchor in the current text, or null when it is gone (an orphan). Exact occurrences of
 * the quoted text are ranked by how well their context agrees (one that kept less than a
 * quarter of it is another occurrence, not this one); a quoted text that was edited is found
 * between its old context, if it still looks like the old text.
 */
export function locate(text: string, anchor: Anchor, taken: ReadonlyArray<Span> = []): Located | null {
  const free = (s: Span) => !taken.some((t) => t.start === s.start && t.end === s.end);
  let best: Located | null = null;
  const exact = exactCandidates(text, anchor).filter(free);
  const hasContext = !!(anchor.before.trim() || anchor.after.trim());
  for (const c of exact) {
    // The same words elsewhere are not the ignored finding: some of its context must still be there.
    const context = contextScore(text, c, anchor);
    if (hasContext && context < MIN_CONTEXT) continue;
    const score = 0.5 + 0.5 * context;
    if (!best || score > best.score) best = { ...c, score };
  }
  if (best && best.score >= 0.75) return best;
  for (const c of editedCandidates(text, anchor).filter(free)) {
    const sim = similarity(squash(text.slice(c.start, c.end)).trim(), squash(anchor.text).trim());
    const score = 0.5 * sim + 0.5 * contextScore(text, c, anchor);
    if (sim >= 0.6 && (!best || score > best.score)) best = { ...c, score };
  }
  return best && best.score >= MIN_SCORE ? best : null;
}
