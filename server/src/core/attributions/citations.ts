import type { Attribution, SourceDocument } from '../types';
import type { Draft } from './resolve';
import type { SentenceView } from './tokens';

/** A capitalized author or body, several joined by commas or "and", "et al." after them. */
const AUTHOR = String.raw`(?!(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Spring|Summer|Autumn|Fall|Winter|Since|From|In|Until|Before|After|By|About|Around|Up|Est|Pop)\b)`
  + String.raw`\p{Lu}[\p{L}’'&.-]*(?:\s+(?:\p{Lu}[\p{L}’'&.-]*|of|for|and|the|de|van|von))*`;
const AUTHORS = String.raw`${AUTHOR}(?:(?:,\s+|\s+(?:and|&)\s+)${AUTHOR})*(?:\s+et\s+al\.?)?`;
const YEAR = String.raw`(?:1[89]|20)\d\d[a-z]?`;
/** "(Patel and Wu 2022)", "(World Bank, 2023; IPCC 2021)", "(see Okafor et al., 2019, p. 14)". */
const AUTHOR_YEAR = new RegExp(
  String.raw`\((?:see\s+|cf\.\s+)?(${AUTHORS},?\s+${YEAR}(?:,\s*pp?\.\s*[\d–-]+)?(?:;\s*${AUTHORS},?\s+${YEAR}(?:,\s*pp?\.\s*[\d–-]+)?)*)\)`,
  'gu',
);
/** "([ACEA data](https://…))": a link in parentheses after the claim, its target blanked in the prose (with "](" in Markdown). */
// (Its opening bracket is blanked too in a plain source.)
const LINK = /\(\s*\[?([^\]\s][^\]\n]{1,79}?)(?:\]\(\s*\)|\s{2,})\s*\)/gu;
/** "[3]", "[2, 5]", "[4–6]" after a word or a punctuation mark (a reference list's own numbers open their line). */
const FOOTNOTE = /(?<=[\p{L}\p{N}.,;:)”"’'%])\s?\[(\d{1,3}(?:\s*[,–-]\s*\d{1,3})*)\]/gu;

/** "(Figure 3)", "(see Table 2.1)": the data a report shows for the sentence. */
const EXHIBIT = /\((?:see\s+)?((?:Figure|Fig\.|Table|Chart|Exhibit|Annex|Appendix)\s+\d{1,3}[a-z]?(?:\.\d{1,2})?)\)/gu;
/** A Markdown footnote reference ("…by December 2023.[^1]"); the footnote itself says what is cited. */
const NOTE_REF = /\[\^[^\]\s]+\](?!:)/g;

/**
 * Citations of a report or a paper: an author and year in parentheses, a footnote number in
 * brackets or a linked source in parentheses. The sentence before it rests on that document (strength 5, sourcing-rules.md), so it
 * is an attribution like "according to the report", with the citation as its cue and source.
 * Only sentences with no other cue get one: "Patel said … (Patel 2022)" is Patel's.
 */
export function citationDrafts(doc: SourceDocument, views: SentenceView[], cited: Set<number>): Draft[] {
  const out: Draft[] = [];
  for (const v of views) {
    if (cited.has(v.index)) continue;
    const text = doc.prose.slice(v.start, v.end);
    const note = noteDraft(doc, v);
    if (note) {
      out.push(note);
      continue;
    }
    if (!text.includes('(') && !text.includes('[')) continue;
    for (const re of [AUTHOR_YEAR, FOOTNOTE, LINK, EXHIBIT]) {
      re.lastIndex = 0;
      const m = re.exec(text);
      if (!m) continue;
      const at = v.start + m.index + m[0].indexOf(re === FOOTNOTE ? '[' : '(');
      const end = v.start + m.index + m[0].length;
      // A citation in a quotation is the quoted speaker's, and one opening its sentence cites nothing before it.
      if (doc.quotes.some((q) => q.inner.start <= at && at < q.inner.end)) continue;
      const before = doc.prose.slice(v.start, at).replace(/[\s,;:]+$/, '');
      if (!/[\p{L}\p{N}]/u.test(before)) continue;
      const inner = re === FOOTNOTE ? `[${m[1]}]` : m[1];
      const sourceStart = re === FOOTNOTE ? at : v.start + m.index + m[0].indexOf(m[1]);
      const cue = { start: at, end, text: doc.text.slice(at, end) };
      // (The text as written: the prose has blanks where code or a link target was.)
      const source = { start: sourceStart, end: sourceStart + inner.length, text: doc.text.slice(sourceStart, sourceStart + inner.length) };
      const a: Attribution = {
        cue, predicate: cue, cueClass: 'according-to', source, sourcePhrase: source, sourceKind: 'document', strength: 5,
        content: { start: v.start, end: v.start + before.length }, sentence: v.index,
      };
      out.push({ a });
      break;
    }
  }
  return out;
}

/**
 * A Markdown footnote reference after the sentence's words: its label is blanked in the prose, so it is read
 * from the text. The reference is cue and source; the footnote it points to names the document.
 */
function noteDraft(doc: SourceDocument, v: SentenceView): Draft | undefined {
  const raw = doc.text.slice(v.start, v.end);
  if (!raw.includes('[^')) return undefined;
  NOTE_REF.lastIndex = 0;
  const m = NOTE_REF.exec(raw);
  if (!m) return undefined;
  const at = v.start + m.index;
  const before = doc.prose.slice(v.start, at).replace(/[\s,;:]+$/, '');
  if (!/[\p{L}\p{N}]/u.test(before) || doc.quotes.some((q) => q.inner.start <= at && at < q.inner.end)) return undefined;
  const ref = { start: at, end: at + m[0].length, text: m[0] };
  const a: Attribution = {
    cue: ref, predicate: ref, cueClass: 'according-to', source: ref, sourcePhrase: ref, sourceKind: 'document', strength: 5,
    content: { start: v.start, end: v.start + before.length }, sentence: v.index,
  };
  // The footnote's own words name the document ("[^1]: Ministry of Trade, Annual Report 2020.").
  const defined = doc.text.indexOf(`\n${m[0]}:`);
  if (defined >= 0) {
    const lineEnd = doc.text.indexOf('\n', defined + 1);
    const line = doc.text.slice(defined + m[0].length + 2, lineEnd < 0 ? undefined : lineEnd).replace(/[*_]/g, '').trim();
    if (line) a.sourceName = line.length > 80 ? `${line.slice(0, 79).trimEnd()}…` : line;
  }
  return { a };
}
