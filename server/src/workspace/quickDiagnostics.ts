import { analyze } from '../core/analyze';
import { splitSentences } from '../core/sentences';
import type { Analysis, AnalysisOptions, Diagnostic, RuleId, Span } from '../core/types';

/** Rules that judge the whole document: a window cannot judge them, so they keep the previous verdict. */
const DOCUMENT_LEVEL: ReadonlySet<RuleId> = new Set<RuleId>(['single-source', 'anonymity-unexplained', 'missing-publication-date']);

/** Edits larger than this (UTF-16 units of paragraphs touched) wait for the full analysis. */
const MAX_WINDOW = 24_000;

/** Longest run compared at once; shorter runs are found by halving it. */
const BLOCK = 4096;

/**
 * Where two texts differ: the length of their common prefix and of their common suffix (not
 * overlapping). Runs are compared as substrings, which the engine compares natively, in steps of
 * BLOCK and then by halving the step: about 2 × 12 comparisons beyond the blocks, where comparing
 * character by character took milliseconds on a 200 KB text assembled by edits.
 */
export function changedRegion(before: string, after: string): { prefix: number; suffix: number } {
  const max = Math.min(before.length, after.length);
  let prefix = 0;
  for (let step = BLOCK; step >= 1; step >>= 1) {
    while (prefix + step <= max && before.substring(prefix, prefix + step) === after.substring(prefix, prefix + step)) prefix += step;
  }
  const room = max - prefix;
  let suffix = 0;
  for (let step = BLOCK; step >= 1; step >>= 1) {
    while (suffix + step <= room
      && before.substring(before.length - suffix - step, before.length - suffix) === after.substring(after.length - suffix - step, after.length - suffix)) suffix += step;
  }
  return { prefix, suffix };
}

const shift = <T extends Span>(s: T, by: number): T => ({ ...s, start: s.start + by, end: s.end + by });

function shiftDiagnostic(d: Diagnostic, by: number): Diagnostic {
  const out = shift(d, by);
  if (d.related) out.related = d.related.map((r) => shift(r, by));
  return out;
}

/**
 * The findings of a new version computed from the previous version's full analysis and a
 * re-analysis of only the paragraphs the edit touched (with a sentence of context on each
 * side): the answer to a keystroke in a long document within milliseconds. Findings outside
 * the edited paragraphs are the previous ones, moved by the edit; document-level rules keep
 * their previous verdict until the full analysis, wherever the edit left its span. Returns an
 * Analysis whose `diagnostics`, `document.text` and `document.paragraphs` describe the new
 * version (so the next edit can start from it while the full analysis runs; its other fields
 * are the previous version's: use it for diagnostics only), or null when the edit is not
 * local (front matter, a large change): then only the full analysis answers.
 */
export function quickAnalysis(previous: Analysis, text: string, options: AnalysisOptions): Analysis | null {
  const old = previous.document.text;
  if (old === text) return previous;
  const { prefix, suffix } = changedRegion(old, text);
  const fm = previous.document.frontMatter.span;
  if (fm && prefix <= fm.end) return null;
  const paragraphs = previous.document.paragraphs;
  if (!paragraphs.length) return null;
  const changeEndOld = old.length - suffix;
  const delta = text.length - old.length;
  let i0 = 0;
  while (i0 + 1 < paragraphs.length && paragraphs[i0 + 1].start <= prefix) i0++;
  let i1 = i0;
  while (i1 + 1 < paragraphs.length && paragraphs[i1].end < changeEndOld) i1++;
  const coreStart = Math.min(prefix, paragraphs[i0].start);
  const coreEndOld = Math.max(changeEndOld, paragraphs[i1].end);
  const coreEnd = coreEndOld + delta;
  // Context: the sentence before the edited paragraphs and the one after them, where what crosses a
  // paragraph break is found (a quotation that goes on, the antecedent of "he said", a denial).
  // Whole paragraphs of context gave the same findings on 246 edits of PolNeAR and generated
  // articles, and cost their parse: the analysis thread, not this one, parsed them before.
  // (Found by splitting those paragraphs again: a quick result keeps its paragraphs up to date, not its sentences.)
  const above = i0 > 0 ? paragraphs[i0 - 1] : undefined;
  const below = i1 + 1 < paragraphs.length ? shift(paragraphs[i1 + 1], delta) : undefined;
  const before = above ? splitSentences(text, above.start, above.end).pop() : undefined;
  const after = below ? splitSentences(text, below.start, below.end)[0] : undefined;
  const windowStart = Math.min(coreStart, before?.start ?? above?.start ?? coreStart);
  const windowEnd = Math.max(coreEnd, after?.end ?? below?.end ?? coreEnd);
  if (coreEnd < coreStart || windowEnd - windowStart > MAX_WINDOW) return null;

  const window = analyze(text.slice(windowStart, windowEnd), {
    ...options, published: previous.published ?? options.published ?? null,
  });
  /** An old span in the new text, or null when it lies in the edited paragraphs. */
  const moveOld = <T extends Span>(s: T): T | null => (s.end <= coreStart && s.start < coreStart || s.end === 0 ? s
    : s.start >= coreEndOld ? shift(s, delta) : null);
  /** An old span in the new text, or null when the edit changed it (for the verdicts of document-level rules). */
  const moveUntouched = <T extends Span>(s: T): T | null => (s.end <= prefix ? s : s.start >= changeEndOld ? shift(s, delta) : null);
  const diagnostics: Diagnostic[] = [];
  for (const d of previous.diagnostics) {
    // (moveUntouched keeps every span moveOld keeps, and those in the edited paragraphs the edit left alone.)
    const move = DOCUMENT_LEVEL.has(d.code) ? moveUntouched : moveOld;
    const at = move(d);
    if (!at) continue;
    const moved = { ...at };
    if (d.related) moved.related = d.related.map(move).filter((r): r is NonNullable<typeof r> => !!r);
    diagnostics.push(moved);
  }
  for (const d of window.diagnostics) {
    if (DOCUMENT_LEVEL.has(d.code)) continue;
    const moved = shiftDiagnostic(d, windowStart);
    if (moved.start >= coreStart && moved.end <= coreEnd) diagnostics.push(moved);
  }
  diagnostics.sort((a, b) => a.start - b.start || a.end - b.end);
  // Paragraphs of the new text, so that the next edit can start from this result.
  const moved = [
    ...paragraphs.slice(0, i0).filter((p) => p.end <= coreStart),
    ...window.document.paragraphs.map((p) => shift(p, windowStart)).filter((p) => p.start >= coreStart && p.end <= coreEnd),
    ...paragraphs.slice(i1 + 1).filter((p) => p.start >= coreEndOld).map((p) => shift(p, delta)),
  ].map((p, index) => ({ start: p.start, end: p.end, index }));
  return { ...previous, document: { ...previous.document, text, paragraphs: moved }, diagnostics };
}
