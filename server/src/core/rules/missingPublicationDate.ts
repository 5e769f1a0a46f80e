import type { Diagnostic, Span } from '../types';
import type { Rule } from './rule';
import { diagnostic, q, textOf } from './util';

/**
 * Document level: relative dates ("last month", "Saturday") with no publication date to anchor
 * them, or anchored to something other than the document's own `published` field.
 */
export const missingPublicationDate: Rule = {
  id: 'missing-publication-date',
  summary: 'Relative dates are not anchored to a publication date of the document.',
  defaultSeverity: 'information',
  check(context) {
    if (context.anchor === 'front-matter' || context.anchor === 'dateline') return [];
    const relative = context.dates.filter((d) => d.relative).sort((a, b) => a.start - b.start);
    if (relative.length === 0) return [];
    const fm = context.document.frontMatter;
    // On the opening fence of the front matter, where `published:` belongs; else on the first relative date.
    const invalid = fm.publishedKey ? fm.valueSpans[fm.publishedKey] : undefined;
    const span: Span = invalid && invalid.end > invalid.start ? invalid
      : fm.span ? { start: fm.span.start, end: fm.span.start + 3 } : relative[0];
    const examples = relative.slice(0, 3).map((d) => q(d.text)).join(', ');
    const more = relative.length > 3 ? ` and ${relative.length - 3} more` : '';
    let message: string;
    if (context.anchor === 'file-time' || context.anchor === 'option') {
      const from = context.anchor === 'file-time' ? "the file's modification date" : 'a setting';
      message = `No publication date in the document: relative dates (${examples}${more}) were anchored to ${from} (${context.published}); add 'published: YYYY-MM-DD' to the front matter`;
    } else if (invalid && invalid.end > invalid.start) {
      const value = textOf(context, invalid);
      const why = /^\d{1,2}[./-]\d{1,2}[./-]\d{2,4}$/.test(value.trim()) ? ': its day and month cannot be told apart' : '';
      message = `The publication date ${q(value)} cannot be read as a date${why} (write YYYY-MM-DD, or "May 20, 2026"), so relative dates (${examples}${more}) cannot be anchored`;
    } else {
      message = `No publication date: relative dates (${examples}${more}) cannot be anchored; add 'published: YYYY-MM-DD' to the front matter`;
    }
    const related = relative.slice(0, 5).map((d) => ({ start: d.start, end: d.end, message: `Relative date ${q(textOf(context, d))}` }));
    const out: Diagnostic[] = [diagnostic('missing-publication-date', span, 'information', message, related)];
    return out;
  },
};
