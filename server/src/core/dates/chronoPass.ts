/**
 * chrono-node pass: calendar dates written with a month name or in numeric form ("January 7,
 * 2019", "Jan. 13", "13 January", "June 2025", "in April", "2026-02-07", "1/7/2019").
 *
 * chrono's result spans include prepositions and times of day ("on Tuesday at 3 p.m."), and it
 * resolves everything relative to the reference; here only the components the text states are
 * read (year, month, day), the span is trimmed to the date words, and the year of a date without
 * one is chosen later from the tense of the sentence.
 */
import type * as chrono from 'chrono-node';
import type { Candidate } from './candidate';
import { AS_EARLY_AS, FULL_MONTH, MONTH_TOKEN } from './lexicon';
import type { Sem } from './resolve';
import { isValidDate } from './calendar';

let engine: chrono.Chrono | null = null;

/** Phrases a calendar-date parser finds something in, and phrases it must find nothing in. */
export const PROBE_KEEP = ['January 13', '13 January 2019', 'the 13th of January', 'June 2025', 'December of 2015', 'in April', '2026-02-07', '1/7/2019', 'Tuesday'];
export const PROBE_NOISE = ['at 3', 'two weeks ago', 'within two weeks', 'last month', 'this morning', 'now', 'tonight'];
/** Joins probe phrases so that no parser reads across two of them (a test checks it against one parse per phrase). */
export const PROBE_SEPARATOR = ' ; ';

/**
 * chrono's casual English configuration restricted to the parsers that find calendar dates. The
 * parsers are selected by what they find on sample phrases, not by class name (names do not
 * survive minification): each parser reads all the phrases of a kind in one parse, which on a
 * fresh thread costs about a quarter of one parse per phrase (75 against 310 ms here).
 */
function getEngine(): chrono.Chrono {
  if (engine) return engine;
  // Loaded on first use, as compromise is (see nlp.ts), and only its English locale: the package's
  // main entry loads the parsers of every language chrono knows.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const library = require('chrono-node/en') as typeof import('chrono-node/en');
  const base = library.casual.clone();
  const ref = new Date(Date.UTC(2026, 1, 7, 12));
  const keep = PROBE_KEEP.join(PROBE_SEPARATOR);
  const noise = PROBE_NOISE.join(PROBE_SEPARATOR);
  const selected = base.parsers.filter((p) => {
    const probe = new library.Chrono({ parsers: [p], refiners: [] });
    return probe.parse(keep, ref).length > 0 && probe.parse(noise, ref).length === 0;
  });
  // Should a chrono upgrade change how parsers behave, fall back to all of them: the filter below still applies.
  if (selected.length >= 3) base.parsers = selected;
  engine = base;
  return engine;
}

/** The parsers the chrono pass runs (for tests). */
export function calendarParsers(): readonly unknown[] {
  return getEngine().parsers;
}

const FULL_MONTH_ONLY = new RegExp(`^${FULL_MONTH}$`);
const FULL_MONTH_WORD = new RegExp(`${FULL_MONTH}\\b`);

/**
 * A day, month and year joined by dashes or dots ("13-03-2024", "13.03.2024"), as Indian, African and European
 * papers write them; the year has four digits, and no digit or dash goes on either side (not a phone number).
 */
const DASHED_DAY = String.raw`(?<![\d.-])(?:\d{1,2}-\d{1,2}-|\d{1,2}\.\d{1,2}\.)(?:19|20)\d\d(?![\d-]|\.\d)`;
/** Sentences worth giving to chrono: a capitalised month name or a numeric date. */
const TRIGGER = new RegExp(`(?<![A-Za-z])${MONTH_TOKEN}(?![a-z])|\\d{4}-\\d\\d-\\d\\d|\\d{1,2}/\\d{1,2}/\\d{4}|${DASHED_DAY}`);

const TOKEN = new RegExp(
  `(?<![A-Za-z])(${MONTH_TOKEN})(?![a-z])(\\.)?|` +
    `(?<![A-Za-z])(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?![a-z])|` +
    `(\\d{4}-\\d\\d-\\d\\d|\\d{1,2}/\\d{1,2}/\\d{4}|${DASHED_DAY})|` +
    `\\b(\\d{4})\\b|` +
    `\\b(\\d{1,2})(?:st|nd|rd|th)?\\b(?!\\s*(?:a\\.?m\\b|p\\.?m\\b|:\\d|o['’]clock\\b|h\\b|%|percent\\b))`,
  'g',
);

interface Tok {
  start: number;
  end: number;
  kind: 'month' | 'abbr' | 'weekday' | 'numeric' | 'year' | 'day';
}

/**
 * A number after a comma that goes on as a decimal, a percentage or a longer figure ("1 January,
 * 81.2% of patients", "on 3 May, 12,000 people") is the next clause's, never a day or a year.
 */
const FIGURE_AFTER = /^(?:[.,]\d|\s*(?:%|per\s?cent\b|percent\b))/i;

/** Tokens of the chrono result `text` found at `offset` of the sentence `s`. */
function tokens(text: string, offset: number, s: string): Tok[] {
  const out: Tok[] = [];
  TOKEN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN.exec(text)) !== null) {
    const start = offset + m.index;
    if ((m[5] || m[6]) && /,\s*$/.test(text.slice(0, m.index)) && FIGURE_AFTER.test(s.slice(start + (m[5] ?? m[6]).length, start + 20))) break;
    if (m[1]) {
      if (/^-a-/.test(text.slice(m.index + m[1].length))) continue; // "Mar-a-Lago"
      const full = FULL_MONTH_ONLY.test(m[1]);
      // Keep the period of an abbreviation ("Jan."), not a sentence's full stop after a full name.
      const end = start + m[1].length + (m[2] && !full ? 1 : 0);
      out.push({ start, end, kind: full ? 'month' : 'abbr' });
    } else if (m[3]) out.push({ start, end: start + m[3].length, kind: 'weekday' });
    else if (m[4]) out.push({ start, end: start + m[4].length, kind: 'numeric' });
    else if (m[5]) out.push({ start, end: start + m[5].length, kind: 'year' });
    else if (m[6]) out.push({ start, end: start + m[0].length, kind: 'day' });
  }
  return out;
}

/** Words before a month name standing alone that make it a date ("in April", not "April Ryan"). */
const MONTH_ALONE_CUE = new RegExp(String.raw`\b(?:in|since|by|until|till|through|throughout|before|after|during|early|late|mid|last|next|this|of|from|between|around|about|end|beginning|start|middle|each|every|late|that|past|coming)[\s-]+$|\bmid-$|\b(?:scheduled|slated|planned|set|due|postponed|delayed|moved|pushed)\s+(?:back\s+)?(?:for|to|until)\s+$|${AS_EARLY_AS}`, 'i');

/**
 * chrono keeps "May" standing alone only after "in" (it is also a modal verb and a name); after the
 * other cues of a month alone it is the month as well ("since May", "in early May", "by mid-May"),
 * unless a verb or a name follows ("since May took office"). "that May" and "of May" (outside
 * "the end of May", "the first week of May") are left alone.
 */
const MAY = /(?<![A-Za-z])May(?![A-Za-z'’])/g;
const MAY_AFTER =
  /^(?:\s*(?:[.,;:!?)"”’]|[-–—]\s|$)|\s+(?:and|or|to|through|until|till|when|as|at|in|on|for|with|but|this|next|last|of|the|a|an|because|after|before|while|if|amid|despite|than|so|from)\b)/;
/** "between March and May", "in April or May": another month joined to it. */
const MONTH_AND = new RegExp(String.raw`\b${FULL_MONTH}\s+(?:and|or|to|through|until|till)\s+$`);
const MAY_OF = /\b(?:end|close|beginning|start|middle|half|part|week|weeks|month|days)\s+of\s+$/i;

function mayAlone(s: string, out: Candidate[], taken: { start: number; end: number }[]): void {
  MAY.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = MAY.exec(s)) !== null) {
    const start = m.index;
    const end = start + 3;
    if (taken.some((t) => t.start < end && start < t.end)) continue;
    const before = s.slice(Math.max(0, start - 24), start);
    // (A month joined to it only when that month was found as a date: "He praised March and May for their work" names two people.)
    const joined = MONTH_AND.exec(before);
    const joinedAt = joined ? start - before.length + joined.index : -1;
    const joinedDate = joined !== null && taken.some((t) => t.start <= joinedAt && joinedAt < t.end);
    if (!(MONTH_ALONE_CUE.test(before) || joinedDate) || /\bthat\s+$/i.test(before)) continue;
    if (/\bof\s+$/i.test(before) && !MAY_OF.test(before)) continue;
    if (!MAY_AFTER.test(s.slice(end, end + 16))) continue;
    const sem: Sem = { k: 'm', month: 5 };
    out.push({ start: withRel(s, start, sem), end, sem, mod: null, modifiable: true, priority: 2 });
  }
}

/** "last April", "next March": sets the month's `rel` and returns the start widened over the word. */
function withRel(s: string, start: number, sem: Extract<Sem, { k: 'm' }>): number {
  const rel = /\b(this\s+past|this\s+coming|last|next|this|past|coming)\s+$/i.exec(s.slice(Math.max(0, start - 20), start));
  if (!rel) return start;
  const w = rel[1].toLowerCase().replace(/\s+/g, ' ');
  sem.rel = w === 'this' ? 'this' : w === 'next' || w === 'coming' || w === 'this coming' ? 'next' : 'last';
  return start - rel[0].length;
}

/**
 * Day numbers coordinated with a written day ("August 1 and 2", "Aug. 3, 5 and 7, 2021", "on 1 and
 * 2 August"): each becomes a date of the same month, marked `coordinated`. A number followed by
 * anything but punctuation, a year or a function word ("August 1 and 2 others") is left alone.
 */
const ORD = '(?:st|nd|rd|th)?';
const DAYS_AFTER = new RegExp(`^((?:\\s*,\\s*\\d{1,2}${ORD})*)\\s*,?\\s+(?:and|&)\\s+(\\d{1,2})${ORD}(?!\\w|[.,:]\\d|\\s*%)(?=\\s*(?:[.;:!?)"”]|,|$|\\s(?:at|in|on|and|or|to|from|with|when|where|as|but|before|after|respectively|this|next|last)\\b))`);
const DAYS_BEFORE = new RegExp(`(?:^|[,(]\\s*|\\b(?:on|from|between|of|the|and)\\s+)(\\d{1,2})${ORD}((?:\\s*,\\s*\\d{1,2}${ORD})*)\\s*,?\\s+(?:and|&)\\s+$`, 'i');
const YEAR_AFTER = /^,?\s*(\d{4})\b(?![.,:]\d)/;

function coordinatedDays(s: string, head: Candidate, lastIsDay: boolean, firstIsDay: boolean, out: Candidate[]): void {
  const sem = head.sem;
  const md = sem.k === 'md' ? sem : sem.k === 'abs' && sem.precision === 'day' ? { month: Number(sem.value.slice(5, 7)), day: Number(sem.value.slice(8, 10)) } : null;
  if (!md) return;
  const year = sem.k === 'abs' ? sem.value.slice(0, 4) : null;
  const make = (start: number, end: number, day: number, y: string | null): Candidate => ({
    start,
    end,
    sem: y ? { k: 'abs', value: `${y}-${String(md.month).padStart(2, '0')}-${String(day).padStart(2, '0')}`, precision: 'day' } : { k: 'md', month: md.month, day },
    mod: null,
    modifiable: false,
    priority: 2,
    coordinated: true,
  });
  const numbers = (text: string, offset: number) => [...text.matchAll(/\d{1,2}/g)].map((x) => ({ start: offset + (x.index ?? 0), day: Number(x[0]) }));
  if (lastIsDay && sem.k === 'md') {
    const after = DAYS_AFTER.exec(s.slice(head.end));
    if (after) {
      const list = numbers(after[0], head.end);
      let prev = md.day;
      if (!list.every((n) => n.day > prev && isValidDate(2024, md.month, (prev = n.day)))) return;
      const tail = YEAR_AFTER.exec(s.slice(head.end + after[0].length));
      list.forEach((n, k) => {
        const last = k === list.length - 1;
        const end = n.start + (/^\d{1,2}(?:st|nd|rd|th)?/.exec(s.slice(n.start))?.[0].length ?? 1);
        out.push(make(n.start, last && tail ? head.end + after[0].length + tail[0].length : end, n.day, last && tail ? tail[1] : null));
      });
    }
  }
  if (firstIsDay) {
    const before = DAYS_BEFORE.exec(s.slice(Math.max(0, head.start - 40), head.start));
    if (before) {
      const offset = Math.max(0, head.start - 40) + before.index + before[0].indexOf(before[1]);
      const list = numbers(s.slice(offset, head.start), offset);
      let prev = 0;
      if (!list.every((n) => n.day > prev && isValidDate(2024, md.month, (prev = n.day))) || prev >= md.day) return;
      for (const n of list) {
        const end = n.start + (/^\d{1,2}(?:st|nd|rd|th)?/.exec(s.slice(n.start))?.[0].length ?? 1);
        out.push(make(n.start, end, n.day, year));
      }
    }
  }
}

/** "03-04-2024", "5.6.2019", "04/03/2024": a numeric date whose first two numbers could each be the day or the month. */
function ambiguousNumeric(text: string): boolean {
  const m = /^(\d{1,2})[-./](\d{1,2})[-./]/.exec(text);
  return m !== null && Number(m[1]) <= 12 && Number(m[2]) <= 12 && Number(m[1]) !== Number(m[2]);
}

const NUMERIC_DATE = /(?<![\d./-])(\d{1,2})([-./])(\d{1,2})\2(?:19|20)\d\d(?![\d-]|\.\d)/g;
const DAY_MONTH_NAMED = new RegExp(String.raw`\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?${FULL_MONTH}\b`, 'g');
const MONTH_DAY_NAMED = new RegExp(String.raw`\b${MONTH_TOKEN}\.?\s+\d{1,2}(?:st|nd|rd|th)?\b(?!\d)`, 'g');

/**
 * Whether a document writes its numeric dates day first (true: "15/03/2023", as Britain, Ireland, India, Australia and
 * Africa do), month first (false: "03/15/2023", American), or gives no sign (null). One sense per document: a numeric date
 * that can only be read one way decides; else the order of the dates it writes with a month name ("16 March" against
 * "March 16"), when one clearly prevails. Only read when the document has a numeric date that could be either.
 */
export function numericDayFirst(text: string): boolean | null {
  const numeric = [...text.matchAll(NUMERIC_DATE)];
  if (!numeric.some((m) => ambiguousNumeric(m[0]))) return null;
  for (const m of numeric) {
    if (Number(m[1]) > 12 && Number(m[3]) <= 12) return true;
    if (Number(m[3]) > 12 && Number(m[1]) <= 12) return false;
  }
  const dayFirst = [...text.matchAll(DAY_MONTH_NAMED)].length;
  const monthFirst = [...text.matchAll(MONTH_DAY_NAMED)].length;
  return dayFirst > 2 * monthFirst ? true : monthFirst > 2 * dayFirst ? false : null;
}

/** The date the tokens state: a component counts only when a token of the span writes it. */
function semFrom(comps: chrono.ParsedComponents, toks: Tok[]): Sem | null {
  const numeric = toks.some((t) => t.kind === 'numeric');
  const hasDay = numeric || toks.some((t) => t.kind === 'day');
  const hasYear = numeric || toks.some((t) => t.kind === 'year');
  const month = comps.isCertain('month') ? comps.get('month') : null;
  const day = hasDay && comps.isCertain('day') ? comps.get('day') : null;
  const year = hasYear && comps.isCertain('year') ? comps.get('year') : null;
  if (month === null || month === undefined) return null;
  if (day !== null && day !== undefined) {
    if (year !== null && year !== undefined) {
      if (!isValidDate(year, month, day)) return null;
      return {
        k: 'abs',
        value: `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
        precision: 'day',
      };
    }
    if (!isValidDate(2024, month, day)) return null;
    return { k: 'md', month, day };
  }
  if (year !== null && year !== undefined) return { k: 'abs', value: `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`, precision: 'month' };
  return { k: 'm', month };
}

/**
 * Calendar-date candidates of `s`. `dayFirst` is the document's order of numeric dates (`numericDayFirst`): one that could
 * be read either way is read in it; with no sign, a slashed one month first (chrono's, American) and a dashed or dotted
 * one not at all.
 */
export function chronoCandidates(s: string, ref: Date, dayFirst: boolean | null = null): Candidate[] {
  if (!TRIGGER.test(s)) return [];
  const out: Candidate[] = [];
  let results: chrono.ParsedResult[];
  try {
    results = getEngine().parse(s, { instant: ref, timezone: 0 });
  } catch {
    return [];
  }
  for (const r of results) {
    const toks = tokens(r.text, r.index, s);
    const dated = toks.some((t) => t.kind === 'month' || t.kind === 'abbr' || t.kind === 'numeric');
    if (!dated) continue;
    // A range with a second month name ("Jan. 3 to Feb. 5", "March to May") gives two expressions.
    const months = toks.filter((t) => t.kind === 'month' || t.kind === 'abbr');
    const groups: { toks: Tok[]; comps: chrono.ParsedComponents }[] = [];
    if (r.end && months.length >= 2) {
      // The second date starts after the range word ("3 March to 9 April 2020"), else at its month.
      let cut = toks.indexOf(months[1]);
      for (let k = toks.indexOf(months[0]) + 1; k < cut; k++) {
        if (/^[\s,]*(?:to|through|until|till|and|[-–—])[\s,]*$/i.test(s.slice(toks[k - 1].end, toks[k].start))) {
          cut = k;
          break;
        }
      }
      groups.push({ toks: toks.slice(0, cut), comps: r.start });
      groups.push({ toks: toks.slice(cut), comps: r.end });
    } else {
      // "first until 12 February" is read by chrono as a range from the 1st: the date written is the one whose day a token
      // of the span writes.
      const writes = (c: chrono.ParsedComponents) => toks.some((t) => t.kind === 'day' && parseInt(s.slice(t.start, t.end), 10) === c.get('day'));
      groups.push({ toks, comps: r.end && !writes(r.start) && writes(r.end) ? r.end : r.start });
    }
    for (const g of groups) {
      const core = g.toks.filter((t) => t.kind !== 'weekday');
      if (core.length === 0) continue;
      const first = core[0];
      if (first.kind === 'year' && core.length > 1 && core[1].kind !== 'day') continue; // "2020 March for Life"
      let sem = semFrom(g.comps, core);
      if (!sem) continue;
      // "03-04-2024" is 3 April where dashes are written and March 4 in America: a day and month that could be
      // either are read in the document's order, else a dashed or dotted one is left undated.
      const ambiguous = core.find((t) => t.kind === 'numeric' && ambiguousNumeric(s.slice(t.start, t.end)));
      if (ambiguous) {
        const [a, b, y] = s.slice(ambiguous.start, ambiguous.end).split(/[-./]/).map(Number);
        if (dayFirst === null && !s.slice(ambiguous.start, ambiguous.end).includes('/')) continue;
        const [month, day] = dayFirst ? [b, a] : [a, b];
        sem = { k: 'abs', value: `${y}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`, precision: 'day' };
      }
      let start = g.toks[0].start;
      const end = g.toks[g.toks.length - 1].end;
      if (sem.k === 'm') {
        // A month name alone must look like a date: a full name after a cue word.
        if (first.kind !== 'month' || core.length > 1) continue;
        const before = s.slice(Math.max(0, start - 24), start);
        const rangeCue = /\b(?:and|or|to|through)\s+$/i.test(before) && FULL_MONTH_WORD.test(s.slice(Math.max(0, start - 30), start));
        // "arrears for January", "the figures for March"; not "a defeat for May", "a vote for June Carter".
        const forCue = /\bfor\s+$/i.test(before) && s.slice(start, end) !== 'May' && !/^\s+[A-Z]/.test(s.slice(end, end + 3));
        // "the three months to September", "the year ended March": the month a period runs to.
        const periodCue = /\b(?:months|weeks|year|quarter|half|period)\s+(?:to|ended|ending)\s+(?:the\s+end\s+of\s+)?$/i.test(before);
        // "the driest July since records began", "a wet June": a month of weather or of a record.
        const weatherCue = (/\bthe\s+(?:[a-z]+est|most\s+[a-z]+|least\s+[a-z]+)\s+$/.test(before) || /\b(?:a|an)\s+(?:wet|dry|hot|cold|mild|warm|cool|sunny|rainy|snowy|stormy|record|scorching|freezing|soggy|grey|gray)\s+$/i.test(before))
          && s.slice(start, end) !== 'May' && !/^\s+[A-Z]/.test(s.slice(end, end + 3));
        if (!MONTH_ALONE_CUE.test(before) && !rangeCue && !forCue && !periodCue && !weatherCue) continue;
      }
      if (sem.k === 'm') start = withRel(s, start, sem);
      const firstIsDay = first.kind === 'day';
      if (firstIsDay && /\bthe\s+$/i.test(s.slice(Math.max(0, start - 4), start))) start -= 4;
      const head: Candidate = { start, end, sem, mod: null, modifiable: true, priority: 2 };
      out.push(head);
      const monthSecond = core.length >= 2 && (core[1].kind === 'month' || core[1].kind === 'abbr');
      coordinatedDays(s, head, core.length === 2 && core[1].kind === 'day', firstIsDay && monthSecond, out);
    }
  }
  mayAlone(s, out, results.map((r) => ({ start: r.index, end: r.index + r.text.length })));
  return out;
}
