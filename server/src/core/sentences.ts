import type { Span } from './types';

/** Abbreviations after which a period does not end a sentence (lower-cased, without the period). */
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'mx', 'dr', 'prof', 'gen', 'sen', 'rep', 'gov', 'lt', 'col', 'sgt', 'capt', 'cmdr', 'adm',
  'maj', 'gov', 'pres', 'supt', 'det', 'insp', 'rev', 'hon', 'st', 'ste', 'mt', 'ft', 'jr', 'sr', 'inc', 'corp',
  'co', 'ltd', 'llc', 'plc', 'bros', 'no', 'nos', 'vs', 'v', 'etc', 'al', 'approx', 'est', 'dept', 'univ', 'assn',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'mon', 'tue', 'tues',
  'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun', 'ave', 'blvd', 'rd', 'fig', 'p', 'pp', 'vol', 'ed', 'eds',
  'e.g', 'i.e', 'a.m', 'p.m', 'u.s', 'u.k', 'u.n', 'e.u', 'd.c', 'n.y', 'l.a', 'ph.d',
]);

/** Words that, capitalised after an ambiguous period ("U.S."), start a new sentence. */
const SENTENCE_STARTERS = new Set([
  'the', 'a', 'an', 'he', 'she', 'it', 'they', 'we', 'i', 'but', 'and', 'in', 'on', 'at', 'this', 'that', 'these',
  'those', 'his', 'her', 'their', 'its', 'our', 'however', 'meanwhile', 'still', 'there', 'as', 'after', 'while',
  'when', 'if', 'for', 'last', 'earlier', 'some', 'many', 'both', 'neither', 'no', 'yet', 'so', 'since',
]);

const OPENERS = /["'“‘(\[«]/;
const CLOSERS = /["'”’)\]»]/;

/** Splits `[from, to)` of `text` into sentences. Sentence spans are trimmed of surrounding space. */
export function splitSentences(text: string, from: number, to: number): Span[] {
  const out: Span[] = [];
  let start = from;
  const push = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text[s])) s++;
    while (e > s && /\s/.test(text[e - 1])) e--;
    if (e > s) out.push({ start: s, end: e });
  };
  for (let i = from; i < to; i++) {
    const ch = text[i];
    if (ch !== '.' && ch !== '!' && ch !== '?' && ch !== '…') continue;
    let j = i + 1;
    while (j < to && (text[j] === '.' || text[j] === '!' || text[j] === '?')) j++;
    while (j < to && CLOSERS.test(text[j])) j++;
    if (j >= to) break;
    if (!/\s/.test(text[j])) continue;
    let k = j;
    while (k < to && /\s/.test(text[k])) k++;
    if (k >= to) break;
    let first = k;
    while (first < to && OPENERS.test(text[first])) first++;
    const next = text[first] ?? '';
    if (!/[\p{Lu}\p{N}]/u.test(next) && !OPENERS.test(text[k])) continue;
    if (ch === '.') {
      const wordStart = lastWordStart(text, from, i);
      const word = text.slice(wordStart, i).toLowerCase();
      if (/^\p{Lu}$/u.test(text.slice(wordStart, i))) continue; // an initial: "J. Smith"
      if (ABBREVIATIONS.has(word) || ABBREVIATIONS.has(word.replace(/\.$/, ''))) {
        const nextWord = /^[\p{L}']+/u.exec(text.slice(first, first + 20))?.[0].toLowerCase() ?? '';
        if (!(word.includes('.') && SENTENCE_STARTERS.has(nextWord))) continue;
      } else if (/^(?:\p{L}\.)+\p{L}$/u.test(word)) {
        const nextWord = /^[\p{L}']+/u.exec(text.slice(first, first + 20))?.[0].toLowerCase() ?? '';
        if (!SENTENCE_STARTERS.has(nextWord)) continue;
      }
    }
    push(j);
    start = k;
    i = k - 1;
  }
  push(to);
  return out;
}

function lastWordStart(text: string, from: number, end: number): number {
  let s = end;
  while (s > from && /[\p{L}.]/u.test(text[s - 1])) s--;
  return s;
}
