/** The attributed content of a cue: the clause or quotation it introduces or closes. */
import { datelineLength } from '../dateline';
import type { Quote, Span } from '../types';
import type { FoundCue } from './cues';
import { quoteAt, type SentenceView, type Tok } from './tokens';

const TRAILING = /[\s,;:.!?"'“”‘’—–-]+$/;
const LEADING = /^[\s"'“”‘’—–-]+/;

function trimSpan(text: string, start: number, end: number): Span | null {
  const slice = text.slice(start, end);
  const lead = slice.length - slice.replace(LEADING, '').length;
  const trail = slice.length - slice.replace(TRAILING, '').length;
  const s = start + lead;
  const e = end - trail;
  return e > s ? { start: s, end: e } : null;
}

function quoteOf(quotes: Quote[], t: Tok): Span | null {
  const q = quoteAt(quotes, t.start);
  return q ? { start: q.inner.start, end: q.inner.end } : null;
}

export function contentOf(text: string, quotes: Quote[], view: SentenceView, f: FoundCue): Span | null {
  const toks = view.toks;
  if (f.shape === 'citing' && f.parent) {
    // ("reported that Meridian had hired advisers, citing unnamed sources": what the outlet reports, up to "citing".)
    const c = contentOf(text, quotes, view, f.parent);
    const at = toks[f.pred.s].start;
    return c && c.start < at && at < c.end ? trimSpan(text, c.start, at) : c;
  }
  if (f.contentSide === 'after') {
    const from = f.contentFrom ?? f.pred.e + 1;
    const t = toks[from];
    if (!t) return null;
    if (t.inQuote) {
      const q = quoteOf(quotes, t);
      if (q) return q;
    }
    const to = f.contentTo !== undefined ? toks[f.contentTo] : undefined;
    return trimSpan(text, t.start, to ? to.end : view.end);
  }
  if (f.contentSide === 'before') {
    const first = Math.min(f.cueStart ?? f.pred.s, f.pred.s, f.source ? f.source.whole.s : f.pred.s);
    const last = toks[first - 1];
    if (!last) return view.prevQuote ?? null;
    if (last.inQuote) {
      const q = quoteOf(quotes, last);
      if (q) return q;
    }
    // From the start of the sentence (or after an earlier cue that ended its own content), after a dateline.
    if (f.contentFrom !== undefined && toks[f.contentFrom] && f.contentFrom < first) return trimSpan(text, toks[f.contentFrom].start, last.end);
    return trimSpan(text, view.start + datelineLength(text.slice(view.start, last.end)), last.end);
  }
  return trimSpan(text, view.start + datelineLength(text.slice(view.start, view.end)), view.end);
}
