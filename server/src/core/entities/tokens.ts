import type { Term } from '../nlp';
import { inLexicon, verbFormWord } from './compromiseLexicon';
import { nameParticles } from './lexicon';
import { isCommonGivenName } from '../model/people';
import { US_STATE_ABBREVIATIONS } from '../model/places';
import type { SourceDocument } from '../types';

/** One word of the document, prepared for the entity rules. */
export interface Token {
  /** Index in the flat token list. */
  i: number;
  paragraph: number;
  /** Span of the word without a possessive ending. */
  start: number;
  end: number;
  /** End including a period that belongs to the word ("Corp.", "J."). */
  dotEnd: number;
  /** `doc.text.slice(start, end)`. */
  text: string;
  /** Normalized form: lower-case, periods removed ("U.S." → "us"). */
  key: string;
  /** Lower-case text without the possessive, periods kept ("sen.", "u.s."). */
  lower: string;
  /** Starts with an upper-case letter (or is an all-caps abbreviation). */
  cap: boolean;
  /** All capitals, two letters or more ("FBI", "U.S."). */
  acronym: boolean;
  /** First word of a sentence or quotation, or in a heading: its capital says little. */
  initial: boolean;
  /** The paragraph looks like a heading (Title Case, no sentence). */
  heading: boolean;
  /** Ended with "'s" / "’s" / "s'" (the possessive is outside `end`). */
  possessive: boolean;
  /** How the word is joined to the next one: a plain space, a hyphen, or anything else (punctuation). */
  join: 'space' | 'hyphen' | 'none';
  /** The text between this word's end and the next word's start (empty for the last token). */
  gap: string;
  tags: ReadonlySet<string>;
  /** A nickname in quotation marks inside a person's name (`Ramon "Bong" Dela Cruz`). */
  nickname?: boolean;
}

const ELIDED_PARTICLE = /^(?:d|dell|l)['’]\p{Lu}\p{Ll}/u;
const POSSESSIVE = /(?:['’][sS]|[sS]['’])$/;
const UPPER_START = /^\p{Lu}/u;
const ACRONYM = /^(?:\p{Lu}\.){2,}$|^\p{Lu}[\p{Lu}&0-9]+s?$/u;
const ABBREVIATION_WORDS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'st', 'sen', 'rep', 'gov', 'gen', 'col', 'lt', 'sgt', 'capt', 'maj', 'adm', 'prof',
  'rev', 'jr', 'sr', 'esq', 'inc', 'corp', 'co', 'ltd', 'bros', 'mt', 'ft', 'ave', 'blvd', 'no', 'vs', 'messrs', 'atty', 'supt',
  'cmdr', 'engr', 'hon', 'smt', 'cllr', 'insp', 'det', 'gov', 'pres', 'sec', 'dept', 'univ', 'assn', 'plc', 'llc', 'sens', 'reps', 'gens',
  // Police ranks of Canada and Australia ("Const. John MacLeod", "Cpl. Jo Hart", "Snr. Const. Ana Lee").
  'const', 'cpl', 'snr',
  // Canadian councillors ("Coun. Shawn Cleary").
  'coun',
  ...US_STATE_ABBREVIATIONS.map(([a]) => a.toLowerCase().replace(/[^a-z]/g, '')),
]);

/** Sub-spans of `[start, end)` between slashes, angle brackets and quotes. */
function splitPieces(text: string, start: number, end: number, at: RegExp = /[/<>"“”]/): [number, number][] {
  const out: [number, number][] = [];
  let s = start;
  for (let k = start; k <= end; k++) {
    if (k === end || at.test(text[k])) {
      if (k > s) out.push([s, k]);
      s = k + 1;
    }
  }
  return out;
}

const TRAILING_KEEP = new Set(['.', "'", '’', '&']);
const LETTER_OR_DIGIT = /[\p{L}\p{N}\p{M}]/u;

/** Letter or digit; ASCII without a regular expression (this runs once per character of every word edge). */
function isWordChar(code: number, ch: string): boolean {
  if (code < 128) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  if (code >= 0xd800 && code <= 0xdfff) return false; // emoji and other astral symbols: never part of a name
  return LETTER_OR_DIGIT.test(ch);
}

function isHeading(text: string): boolean {
  const trimmed = text.trim();
  if (/^#{1,6}\s/.test(trimmed)) return true;
  const all = trimmed.split(/\s+/);
  if (all.length > 25) return false;
  // A line in capitals ("‘THEY DON’T WANT FELLOW DOCTORS’") is a subheading.
  if (all.length >= 2 && /\p{Lu}{2}/u.test(trimmed) && !/\p{Ll}/u.test(trimmed)) return true;
  // "Witnesses: Ruth Calloway, Northern Freight Alliance; Samir Haddad, Rail Freight Ireland": names with their
  // affiliations, listed between semicolons, are a list, whose capitals are names.
  // Nor is a list of participants, one a line with a dash before the title ("Ingrid Solheim -- Chief Executive Officer").
  if (trimmed.split('\n').filter((line) => /\S[ \t]+(?:--|—|–)[ \t]+\S/.test(line)).length >= 2) return false;
  const items = trimmed.split(';');
  if (items.length >= 2 && items.every((item) => item.includes(','))) return false;
  const words = all.filter((w) => /\p{L}{4,}/u.test(w));
  const capitalized = words.filter((w) => /^["“'‘(]?\p{Lu}/u.test(w)).length;
  if (words.length - capitalized > 1 || capitalized < 3) return false;
  // A sentence that happens to be mostly names ends with a period; a headline usually does not.
  if (!/[.!?]["”’)]*$/.test(trimmed)) return true;
  // With a final period only when every longer word is capitalized (a sentence has lower-case verbs).
  return capitalized >= 4 && capitalized === words.length;
}

/** A paragraph opening with the label of a question: "Q. …", "Q: …". */
const QA_LABEL = /(?:^|\n)[\s*_]*Q[.:]\s/;

const SHOUTED = /^[\p{Lu}\d'’.&-]*\p{Lu}[\p{Lu}\d'’.&-]*$/u;
const FUNCTION_WORD = /^(?:a|an|the|of|to|in|on|for|with|and|or|but|is|are|was|were|be|not|no|his|her|him|he|she|they|it|we|you|i)$/;

/**
 * "EVEN OZ'S BOSS THINKS HE'S FULL OF IT — The head of …": a run-in heading written in capitals
 * at the head of a paragraph of prose. Four words or more in capitals, one of them a function
 * word or a verb, are a heading (a dateline's "SALT LAKE CITY" has neither): its capitals are no
 * evidence of names.
 */
function shoutedHeadings(tokens: Token[], first: number): void {
  let from = first;
  while (from < tokens.length) {
    let to = from;
    while (to < tokens.length && SHOUTED.test(tokens[to].text) && (to === from || tokens[to - 1].join !== 'none' || /^['’-]/.test(tokens[to - 1].gap))) to++;
    if (to - from >= 4 && tokens.slice(from, to).some((t) => FUNCTION_WORD.test(t.key) || verbFormWord(t.key))) {
      for (let k = from; k < to; k++) tokens[k].heading = true;
    }
    from = Math.max(to, from + 1);
  }
}

/** Month abbreviations that are also common first names. */
const FIRST_NAME_MONTHS = new Set(['jan', 'jun']);

/** "Jan Hatzius", "Jun Takahashi": such a month abbreviation written without its period, a space after it. */
export function monthAbbreviationName(t: Token): boolean {
  return FIRST_NAME_MONTHS.has(t.key) && t.dotEnd === t.end && t.join === 'space';
}

/** A given name: compromise tags it as one, or it is a common given name of the name lists. */
/** "V. Lakshmi Narayanan", "A. Raja": a capital letter with a period before a capitalized name is an initial, not "v." (versus) or "a". */
export function letterInitial(tokens: Token[], t: Token): boolean {
  const next = tokens[t.i + 1];
  return /^\p{Lu}$/u.test(t.text) && t.dotEnd > t.end && t.join === 'space' && !!next && next.cap && next.paragraph === t.paragraph && !next.initial;
}

/** "Seán Ó hArgáin", "Máire Ní hÉigeartaigh", "Ó nÉill": an Irish surname whose capital follows the letter its particle adds. */
export function irishPrefixedName(tokens: Token[], t: Token): boolean {
  const particle = tokens[t.i - 1];
  return /^[hnt]\p{Lu}\p{Ll}/u.test(t.text) && !!particle && /^(?:ó|o|ní|ni|uí|ui|ua|nic|mac)$/.test(particle.key) && particle.cap && particle.join === 'space' && particle.paragraph === t.paragraph;
}

export function isGivenName(t: Token): boolean {
  return t.tags.has('FirstName') || isCommonGivenName(t.key);
}

/**
 * Flattens the per-paragraph terms into tokens with document offsets, possessives split off,
 * sentence-initial and heading positions marked. One pass over the terms.
 */
export function buildTokens(doc: SourceDocument, terms: Term[][]): Token[] {
  const text = doc.text;
  const out: Token[] = [];
  // "Q. Agent Turner, you testified …" / "A. That's correct.": in a text of questions and answers, the label that
  // opens a paragraph is no initial of a name.
  const labelled = QA_LABEL.test(doc.prose) ? /^[QA]$/ : null;
  for (let p = 0; p < terms.length; p++) {
    const list = terms[p];
    const para = doc.paragraphs[p];
    const heading = para ? isHeading(doc.prose.slice(para.start, para.end)) : false;
    const first = out.length;
    for (let k = 0; k < list.length; k++) {
      const t = list[k];
      if (t.end <= t.start || t.end > text.length) continue;
      // compromise keeps "Dornsife/Los" or 'True.">Sanders' as one term: split at slashes and markup.
      const termText = text.slice(t.start, t.end);
      const pieces = /[/<>"“”]/.test(termText) ? splitPieces(text, t.start, t.end)
        // "U.S.-China", and "U.N.-drawn", "U.S.-led" (initials, then a participle that makes them a modifier).
        : /^\p{Lu}[\p{L}.]*-\p{Lu}/u.test(termText) && termText.includes('.') || /^(?:\p{Lu}\.){2,}-\p{Ll}+$/u.test(termText) ? splitPieces(text, t.start, t.end, /-/)
          : [[t.start, t.end]];
      for (const [pieceStart, pieceEnd] of pieces) {
      let start = pieceStart;
      let end = pieceEnd;
      // compromise sometimes includes leading or trailing punctuation in a term's span.
      while (start < end && !isWordChar(text.charCodeAt(start), text[start])) start++;
      while (end > start && !isWordChar(text.charCodeAt(end - 1), text[end - 1]) && !TRAILING_KEEP.has(text[end - 1])) end--;
      if (end <= start) continue;
      // "(D-Va.)": the party letter is not part of the state.
      if (end - start > 3 && /^[DRI]-\p{Lu}/u.test(text.slice(start, start + 3))) start += 2;
      let raw = text.slice(start, end);
      if (labelled && out.length === first && labelled.test(raw) && /^[.:]\s/.test(text.slice(end, end + 2))) continue;
      // "Procter &amp; Gamble": an HTML entity left in plain text is the ampersand, no word.
      if (raw === 'amp' && text[start - 1] === '&' && text[end] === ';') continue;
      let possessive = false;
      if (raw.length > 2 && POSSESSIVE.test(raw) && (t.tags.has('Possessive') || /['’][sS]$/.test(raw))) {
        // "China's" → "China"; "Democrats'" → "Democrats"; "OZ’S" → "OZ"
        const cut = /['’][sS]$/.test(raw) ? 2 : 1;
        possessive = true;
        end -= cut;
        raw = raw.slice(0, raw.length - cut);
      } else if ((text[end] === "'" || text[end] === '’') && raw.length > 2 && t.tags.has('Possessive') && /s$/i.test(raw)) {
        // "Supporters' Trust": the plural possessive's apostrophe can fall outside the term.
        possessive = true;
      }
      // A trailing period inside the term span ("U.S." keeps it; "Corp." is split by compromise).
      const lower = raw.includes('’') ? raw.toLowerCase().replace(/’/g, "'") : raw.toLowerCase();
      const key = lower.includes('.') ? lower.replace(/\./g, '') : lower;
      let dotEnd = end;
      if (text[end] === '.' && (t.tags.has('Abbreviation') || ABBREVIATION_WORDS.has(key.replace(/[^a-z]/g, '')) || /^\p{Lu}$/u.test(raw))) {
        dotEnd = end + 1;
      }
      // "Claire d'Aubigné-Rousseau", "Valéry Giscard d'Estaing": an elided particle joined to a capitalized name.
      const cap = UPPER_START.test(raw) || ELIDED_PARTICLE.test(raw);
      out.push({
        i: out.length,
        paragraph: p,
        start,
        end,
        dotEnd,
        text: raw,
        key,
        lower,
        cap,
        acronym: cap && ACRONYM.test(raw),
        initial: false,
        heading,
        possessive,
        join: 'none',
        gap: '',
        tags: t.tags,
      });
      }
    }
    // A headline capitalizes its verbs: a lower-case verb means the paragraph is a sentence.
    if (heading) {
      let verb = false;
      for (let j = first; j < out.length; j++) if (!out[j].cap && out[j].tags.has('Verb')) verb = true;
      if (verb) for (let j = first; j < out.length; j++) out[j].heading = false;
    }
    // Joins and sentence starts, from the real text between words.
    for (let j = first; j < out.length; j++) {
      const tok = out[j];
      const prev = j > first ? out[j - 1] : undefined;
      if (!prev) {
        tok.initial = true;
      } else {
        const gap = prev.gap;
        if (/[.!?:]["”’')\]]*\s*$/.test(gap) && !isAbbrevBreakless(prev)) {
          tok.initial = true;
        } else if (/["“‘«]\s*$/.test(gap) || /(?:^|\s)[-–—•*]\s+$/.test(gap) || /\n/.test(gap) && /[.!?:"”]\s*\n/.test(gap)) {
          tok.initial = true;
        }
      }
      const next = j + 1 < out.length ? out[j + 1] : undefined;
      if (next) {
        const gap = text.slice(tok.end, next.start);
        tok.gap = gap;
        const gapAfterDot = tok.dotEnd > tok.end ? gap.slice(1) : gap;
        if (tok.possessive) tok.join = 'none';
        else if (/^[ \t\u00a0]*(?:\r?\n)?[ \t\u00a0]*$/.test(gapAfterDot) && gapAfterDot.length > 0) tok.join = 'space';
        else if (gap === '-' || gap === '‑') tok.join = 'hyphen';
        else if (/^\s*&(?:amp;)?\s*$/.test(gap) && tok.cap && next.cap) tok.join = 'space'; // "Bailey & Glasser", "Bailey &amp; Glasser"

        else tok.join = 'none';
      }
    }
    markNicknames(out, first);
    monthsAsFirstNames(out, first);
    shoutedHeadings(out, first);
  }
  return out;
}

/**
 * "Jun Takahashi", "Jun Oh said": "Jan" or "Jun" without its period before a capitalized word of the same
 * paragraph, not a figure, is a first name, not a month: it takes the tags of one (a copy; the terms stay as they are).
 */
function monthsAsFirstNames(out: Token[], first: number): void {
  for (let j = first; j + 1 < out.length; j++) {
    const t = out[j];
    const next = out[j + 1];
    if (!t.cap || !monthAbbreviationName(t) || !next.cap || next.paragraph !== t.paragraph || /^\d/.test(next.text)) continue;
    const tags = new Set(t.tags);
    tags.delete('Date');
    tags.delete('Month');
    tags.add('FirstName');
    tags.add('Person');
    t.tags = tags;
  }
}

/**
 * `Ramon "Bong" Dela Cruz Jr.`, `Maria Cristina "Tina" Villanueva-Bautista`: one or two capitalized
 * words in quotation marks between a given name and a surname are a nickname inside the name. The
 * words around it are joined to it as by spaces, so the name stays one run.
 */
function markNicknames(out: Token[], first: number): void {
  for (let j = first + 1; j + 2 < out.length; j++) {
    const given = out[j - 1];
    if (!given.cap || given.heading || given.acronym || given.possessive || given.paragraph !== out[j].paragraph || !/^\s+["“]$/.test(given.gap)) continue;
    let end = j;
    while (end < out.length && end - j < 2 && out[end].cap && !out[end].acronym && out[end].join === 'space') end++;
    const last = out[end];
    if (!last || end - j > 1 || !last.cap || last.acronym || last.possessive || !/^["”]\s+$/.test(last.gap)) continue;
    const surname = out[end + 1];
    // (`Ramon "Monching" dela Cruz`: a lower-case particle may open the surname.)
    const particle = !!surname && !surname.cap && nameParticles.has(surname.key) && surname.join === 'space' && !!out[end + 2]?.cap && out[end + 2].paragraph === surname.paragraph;
    if (!surname || surname.paragraph !== given.paragraph || (!surname.cap && !particle)) continue;
    // A given name before it, and a nickname that is a name or no common word ("Bong", "Tina"; not "Fake").
    if (!given.tags.has('FirstName') && !given.tags.has('Person') && !given.tags.has('ProperNoun')) continue;
    const nick = out[j];
    if (inLexicon(nick.key) && !nick.tags.has('FirstName') && !nick.tags.has('Person')) continue;
    given.join = 'space';
    for (let k = j; k <= end; k++) {
      out[k].nickname = true;
      out[k].initial = false;
    }
    last.join = 'space';
    surname.initial = false;
    j = end + 1;
  }
}

/** "Mr." / "Sen." / "J." do not end a sentence before a capitalized word. */
function isAbbrevBreakless(prev: Token): boolean {
  const bare = prev.key.replace(/[^a-z]/g, '');
  return prev.dotEnd > prev.end && (ABBREVIATION_WORDS.has(bare) || prev.text.length === 1);
}
