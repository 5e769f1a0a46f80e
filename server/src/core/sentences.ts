import type { Span } from './types';

/** Abbreviations after which a period does not end a sentence (lower-cased, without the period). */
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'mx', 'dr', 'prof', 'gen', 'sen', 'rep', 'gov', 'lt', 'col', 'sgt', 'capt', 'cmdr', 'adm',
  'maj', 'gov', 'pres', 'supt', 'det', 'insp', 'rev', 'hon', 'engr', 'smt', 'cllr', 'cr', 'st', 'ste', 'mt', 'ft', 'jr', 'sr', 'inc', 'corp',
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

/** What may follow a clock time's "a.m."/"p.m." in the same sentence: a time zone, a weekday, a month, a date. */
const CLOCK_GOES_ON =
  /^(?:(?:Eastern|Central|Mountain|Pacific|Atlantic|Alaska|Hawaii|Local|Daylight|Standard|Greenwich|British|Central European|Coordinated)\b|(?:\p{Lu}\p{Ll}+\s+){1,2}(?:Standard|Daylight)\s+Time\b|\p{Lu}\p{Ll}+\s+time\b|[ECMP]\.(?:[SD]\.)?T\.|(?:[ECMP][SD]?T|AK[SD]?T|H[SD]?T|GMT|BST|UTC|WET|CES?T|EES?T|MSK|IST|PKT|JST|KST|HKT|SGT|AES?T|AEDT|NZS?T|NZDT)\b|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\.|(?:January|February|March|April|May|June|July|August|September|October|November|December)\b|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.)/u;

/** A line that is only a time, with its zone and day: a live blog's entry heading. */
const TIME_LINE = /^\s*(?:(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|Today|Yesterday),?\s+)?(?:\d{1,2}[:.]\d\d|\d{1,2}\s*[ap]\.?m\.?)(?:\s*[ap]\.?m\.?)?(?:\s+(?:[A-Z]{2,5}|local(?:\s+time)?|[A-Z][a-z]+\s+time))?\s*[:—–-]?\s*$/;
/** A short line in capitals: a heading or a wire tag ("UPDATE 4", "BREAKING", "HURRICANE UPDATES:"). */
const CAPS_LINE = /^\s*[\p{Lu}\d][\p{Lu}\d\s'’&/-]{2,40}:?\s*$/u;

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
    // "22:31 BST", "11:40 a.m. PT", "Wednesday, 1:30 a.m. CT", "UPDATE 4": a live blog's time line, or a line in
    // capitals, ends where the line does, though no period closes it.
    if (ch === '\n') {
      const line = text.slice(Math.max(start, text.lastIndexOf('\n', i - 1) + 1), i);
      if (TIME_LINE.test(line) || CAPS_LINE.test(line)) {
        push(i);
        start = i + 1;
      }
      continue;
    }
    if (ch !== '.' && ch !== '!' && ch !== '?' && ch !== '…') continue;
    let j = i + 1;
    while (j < to && (text[j] === '.' || text[j] === '!' || text[j] === '?')) j++;
    while (j < to && CLOSERS.test(text[j])) j++;
    // "… 5 parts per billion.[^1] Most …", "… rose 4%.[12] The …": a footnote's or a citation's mark after the stop.
    const note = /^\[\^?[\w-]{1,12}\]/.exec(text.slice(j, Math.min(to, j + 16)));
    if (note) j += note[0].length;
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
      // An initial: "J. Smith". (Not a one-letter name after a lower-case word that ends the sentence before a quotation
      // or a sentence's first word: "in a post on X. “Some people …”", "vitamin D. The study …"; "by J. K. Rowling" goes on.)
      if (/^\p{Lu}$/u.test(text.slice(wordStart, i))) {
        const before = /(\p{L}+)\s+$/u.exec(text.slice(Math.max(from, wordStart - 30), wordStart))?.[1] ?? '';
        const nextWord = /^[\p{L}']+/u.exec(text.slice(first, first + 20))?.[0].toLowerCase() ?? '';
        if (!/^\p{Ll}/u.test(before) || !(/["“]/.test(text[k]) && first > k || SENTENCE_STARTERS.has(nextWord))) continue;
      }
      // ("said Del. Stacey Plaskett": the title of a delegate to Congress before a name; "Wilmington, Del. The …" is Delaware
      // ending the sentence.)
      if (word === 'del' && !/,\s*$/.test(text.slice(Math.max(from, wordStart - 3), wordStart))
        && !SENTENCE_STARTERS.has(/^[\p{L}']+/u.exec(text.slice(first, first + 20))?.[0].toLowerCase() ?? '')) continue;
      // ("said no. Mr Hale …": "No." is an abbreviation only before its number.)
      if ((ABBREVIATIONS.has(word) || ABBREVIATIONS.has(word.replace(/\.$/, ''))) && !(/^nos?$/.test(word) && !/\d/.test(next))) {
        const nextWord = /^[\p{L}']+/u.exec(text.slice(first, first + 20))?.[0].toLowerCase() ?? '';
        // "ran past 11 p.m. Several parents said": after a clock time, a capitalised word opens a new
        // sentence unless it goes on with the time ("9 p.m. Eastern time", "3 p.m. Tuesday", "p.m. ET").
        const clock = /^[ap]\.m$/.test(word) && /\d\s*$/.test(text.slice(Math.max(from, wordStart - 3), wordStart));
        // ("at 7 a.m. (1200 GMT) on Sunday": the same time in another zone, in brackets, goes on too.)
        if (clock && !CLOCK_GOES_ON.test(text.slice(first, first + 24)) && !/^\(\s*\d/.test(text.slice(k, k + 4))) {
          push(j);
          start = k;
          i = k - 1;
          continue;
        }
        // "… chief economist at Barrow Whitmore & Co. “But tariffs …”": a company or name suffix that
        // closes the sentence, before a quotation that opens the next one.
        const suffixEnds = /^(?:inc|corp|co|ltd|llc|plc|bros|jr|sr)$/.test(word) && /["“]/.test(text[k]) && first > k;
        // ("… on Main St. The council …": a street's abbreviation after its name ends the sentence before a sentence's first word.)
        const streetEnds = /^(?:st|ave|rd|blvd)$/.test(word) && /\p{Lu}[\p{L}'’-]*\s+$/u.test(text.slice(Math.max(from, wordStart - 20), wordStart)) && SENTENCE_STARTERS.has(nextWord);
        // ("The vote is in Sept. The plan was agreed": a month's abbreviation with no day after it ends the sentence before a
        // sentence's first word.)
        const monthEnds = /^(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)$/.test(word) && SENTENCE_STARTERS.has(nextWord);
        if (!suffixEnds && !streetEnds && !monthEnds && !(word.includes('.') && SENTENCE_STARTERS.has(nextWord))) continue;
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
