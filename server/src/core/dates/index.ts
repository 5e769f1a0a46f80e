/**
 * Time expressions of a document, normalised to TIMEX3 values against the publication date.
 *
 * chrono-node finds calendar dates, once per paragraph chunk of at most MAX_CHUNK characters
 * (never the whole document: chrono is super-linear on large inputs); the rules in `rules.ts`
 * find everything else, one sentence at a time. Only text inside sentences is read, with
 * excluded spans (front matter, code, URLs) blanked.
 * Overlaps are resolved in favour of the longer span, modifiers on the left are attached
 * ("late 2025", "the end of 2019", "around 2010", "before 2020"), and dates without a year are
 * placed by the tense of their clause (`tense.ts`).
 */
import type { DateMention, SourceDocument, Span, TimexMod } from '../types';
import type { Candidate } from './candidate';
import { chronoCandidates } from './chronoPass';
import { addDays, fmtDay, fmtWeek, parseAnchor, weekday } from './calendar';
import { isRelative, resolveAnaphor, resolveSem, type Reference, type Resolved, type Tense } from './resolve';
import { ruleCandidates } from './rules';
import { tenseAt, tenseSignals } from './tense';

/** Longest piece of text handed to the passes at once; longer sentences are cut at a space. */
const MAX_CHUNK = 4000;

const URL_IN_TEXT = /\b(?:https?:\/\/|www\.)\S+/g;

/** Keeps the longest candidates, and of equal ones the higher priority; returns them in text order. */
function selectCandidates(cands: Candidate[]): Candidate[] {
  const sorted = [...cands].sort(
    (a, b) => b.end - b.start - (a.end - a.start) || b.priority - a.priority || a.start - b.start,
  );
  const chosen: Candidate[] = [];
  for (const c of sorted) {
    if (c.end <= c.start) continue;
    if (chosen.some((o) => c.start < o.end && o.start < c.end)) continue;
    chosen.push(c);
  }
  return chosen.sort((a, b) => a.start - b.start);
}

const EDGE_PREFIX =
  /\b(the\s+)?(?:very\s+)?(end|close|beginning|start|middle|first\s+half|second\s+half|latter\s+half|latter\s+part|early\s+part|first\s+part|last\s+part)\s+of\s+$/i;
/** "early 2024", "mid-December", "early in 2027", "late in March". */
const INNER_PREFIX = /\b(early|late|mid|middle)(?:\s+|-)$|\b(early|late)\s+in\s+$|\bmid-$/i;
/**
 * An approximator before a date is part of it ("around 2019" = 2019, APPROX). Prepositions such as
 * "before", "by", "until" and "since" are not: TIMEX3 treats them as signals outside the expression,
 * so "since 2021" is the date 2021 with no mod (BEFORE and AFTER are for "more than a decade ago").
 */
const OUTER_PREFIX =
  /\b(around|circa|approximately|roughly|about|sometime\s+in|some\s+time\s+in|sometime\s+around)\s+$/i;
const OUTER_MODS: Record<string, TimexMod> = {
  around: 'APPROX', circa: 'APPROX', approximately: 'APPROX', roughly: 'APPROX', about: 'APPROX',
  'sometime in': 'APPROX', 'some time in': 'APPROX', 'sometime around': 'APPROX',
};
/** Words before "about" that make it "approximately" rather than "on the subject of". */
const ABOUT_OK = /(?:^|[,;(—–]\s*|\b(?:in|from|since|until|till|by|to|of|at|born|built|founded|dated|dating|and|or|was|were|is|began|begun|started|ended|until)\s+)$/i;

/** "the night after Thanksgiving", "the day before the vote on March 3": a day next to a dated day. */
const DAY_NEXT_TO = /\bthe\s+(?:day|night|morning|afternoon|evening)\s+(after|before)\s+$/i;
/** A date given as the time something is set for ("set a hearing for December 15"): it lies ahead. */
const SCHEDULED_FOR = /\b(?:set|scheduled|slated|planned|postponed|delayed|moved|pushed|adjourned|rescheduled|booked|called)\b(?:\s+[\w'’-]+){0,4}?\s+(?:for|until|to)\s+(?:the\s+)?$/i;

/** A deadline: "gave them until 4pm on 8 July to appeal", "has until Friday to respond". */
const DEADLINE_BEFORE = /\b(?:until|till)\s+(?:[\w.:]+\s+on\s+)?$/i;
const DEADLINE_AFTER = /^\s+to\s+[a-z]/;

/** "the week of 13 October": the ISO week of the day. */
const WEEK_OF = /\bthe\s+week\s+of\s+$/i;

/** Between a quarter and the day it ended: ", which ended", " ending". */
const QUARTER_ENDED = /^\s*,?\s*(?:(?:which|that)\s+)?(?:ended|ends|ending|closed)\s+(?:on\s+)?$/i;

/** Does the candidate name one day (so a day before or after it can be counted)? */
function namesADay(c: Candidate): boolean {
  const k = c.sem.k;
  return k === 'md' || k === 'wd' || k === 'holiday' || (k === 'abs' && c.sem.precision === 'day');
}

/**
 * "the Friday before Labor Day", "the Monday after Christmas": the weekday and the day it is
 * counted from become one expression (`weekdayNextTo`), the weekday's own candidate is dropped.
 */
function mergeWeekdayNextTo(s: string, chosen: Candidate[]): Candidate[] {
  for (let k = 0; k + 1 < chosen.length; k++) {
    const wd = chosen[k];
    const day = chosen[k + 1];
    if (wd.sem.k !== 'wd' || wd.sem.rel !== null || !namesADay(day)) continue;
    const the = /\bthe\s+$/i.exec(s.slice(0, wd.start));
    const link = /^\s+(before|after)\s+$/i.exec(s.slice(wd.end, day.start));
    if (!the || !link) continue;
    day.start = wd.start - the[0].length;
    day.weekdayNextTo = { weekday: wd.sem.weekday, dir: link[1].toLowerCase() === 'after' ? 1 : -1 };
    day.modifiable = false;
    chosen.splice(k, 1);
  }
  return chosen;
}

/** Attaches modifiers written to the left of each expression, widening its span. */
function attachModifiers(s: string, chosen: Candidate[]): void {
  let prevEnd = 0;
  for (const c of chosen) {
    const kind = c.sem.k;
    const dayNext = namesADay(c) ? DAY_NEXT_TO.exec(s.slice(prevEnd, c.start)) : null;
    if (dayNext) {
      c.start -= dayNext[0].length;
      c.dayOffset = dayNext[1].toLowerCase() === 'after' ? 1 : -1;
      prevEnd = c.end;
      continue;
    }
    if (c.modifiable && kind !== 'ref' && kind !== 'vague') {
      const left = s.slice(prevEnd, c.start);
      const edge = EDGE_PREFIX.exec(left);
      const innerMatch = edge ? null : INNER_PREFIX.exec(left);
      if (edge) {
        const w = edge[2].toLowerCase().replace(/\s+/g, ' ');
        c.start -= edge[0].length;
        if (w === 'end' || w === 'close') c.edge = 'end';
        else if (w === 'beginning' || w === 'start') c.edge = 'start';
        else if (w === 'middle') c.mod = 'MID';
        else if (w === 'first half' || w === 'early part' || w === 'first part') c.mod = 'START';
        else c.mod = 'END';
      } else if (innerMatch) {
        const w = (innerMatch[1] ?? innerMatch[2] ?? 'mid').toLowerCase();
        c.start -= innerMatch[0].length;
        c.mod = w === 'early' ? 'START' : w === 'late' ? 'END' : 'MID';
      }
      const possessive = /^(?:\s+(?:night|morning|afternoon|evening))?['’]s\b/.test(s.slice(c.end));
      if (c.mod === null && !c.edge && !possessive) {
        const outer = OUTER_PREFIX.exec(s.slice(prevEnd, c.start));
        if (outer) {
          const w = outer[1].toLowerCase().replace(/\s+/g, ' ');
          const ok = w !== 'about' || ABOUT_OK.test(s.slice(Math.max(prevEnd, c.start - outer[0].length - 20), c.start - outer[0].length));
          if (ok) {
            c.start -= outer[0].length;
            c.mod = OUTER_MODS[w] ?? null;
          }
        }
      }
    }
    prevEnd = c.end;
  }
}

/** Blanks excluded spans (from index `first` of the sorted list) and URLs inside `[from, to)`, keeping every offset. */
function maskedSlice(source: string, from: number, to: number, excluded: Span[], first: number): string {
  let s = source.slice(from, to);
  let arr: string[] | null = null;
  for (let k = first; k < excluded.length && excluded[k].start < to; k++) {
    const e = excluded[k];
    if (e.end <= from) continue;
    arr ??= s.split('');
    for (let i = Math.max(e.start, from); i < Math.min(e.end, to); i++) arr[i - from] = ' ';
  }
  if (arr) s = arr.join('');
  if (s.includes('://') || s.includes('www.')) s = s.replace(URL_IN_TEXT, (u) => ' '.repeat(u.length));
  return s;
}

/** A piece of one sentence (the whole sentence unless it is longer than MAX_CHUNK). */
interface Unit extends Span {
  sentence: number;
  paragraph: number;
}

/** Sentences cut into pieces of at most MAX_CHUNK characters, after whitespace. */
function units(doc: SourceDocument, source: string): Unit[] {
  const out: Unit[] = [];
  for (const sentence of doc.sentences) {
    let pos = sentence.start;
    while (sentence.end - pos > MAX_CHUNK) {
      let cut = pos + MAX_CHUNK;
      const space = source.lastIndexOf(' ', cut);
      if (space > pos + MAX_CHUNK / 2) cut = space + 1;
      out.push({ start: pos, end: cut, sentence: sentence.index, paragraph: sentence.paragraph });
      pos = cut;
    }
    out.push({ start: pos, end: sentence.end, sentence: sentence.index, paragraph: sentence.paragraph });
  }
  return out;
}

/** Does the value of this meaning depend on the tense of its clause? */
function needsTense(c: Candidate): boolean {
  const sem = c.sem;
  return sem.k === 'md' || sem.k === 'q' || sem.k === 'weekend' || (sem.k === 'holiday' && sem.year === undefined) || (sem.k === 'm' && !sem.rel) || ((sem.k === 'season' || sem.k === 'wd') && !sem.rel);
}

/**
 * chrono's reference. Only the components a text states are read from chrono, never the ones it
 * infers, so the reference is a fixed date in a leap year (chrono drops "February 29" when the
 * reference year has none).
 */
const CHRONO_REF = new Date(Date.UTC(2024, 6, 1, 12));

/**
 * Every time expression in the sentences of `doc`, with its TIMEX3 value resolved against
 * `published` (`YYYY-MM-DD`). Without a publication date, expressions that need one get value null.
 */
export function findDates(doc: SourceDocument, published: string | null): DateMention[] {
  const anchor = parseAnchor(published);
  const source = typeof doc.prose === 'string' && doc.prose.length === doc.text.length ? doc.prose : doc.text;
  const excluded = [...(doc.excluded ?? [])].sort((a, b) => a.start - b.start);
  const out: DateMention[] = [];
  // The last time the text stated (not an anaphoric one), and the last quarter, for "two years later", "in the quarter".
  let lastRef: Reference | null = null;
  let lastQuarter: Reference | null = null;
  const all = units(doc, source);
  let firstExcluded = 0;
  let i = 0;
  while (i < all.length) {
    // A chunk: consecutive units of one paragraph, at most MAX_CHUNK characters; chrono runs once per chunk.
    let j = i + 1;
    while (j < all.length && all[j].paragraph === all[i].paragraph && all[j].end - all[i].start <= MAX_CHUNK) j++;
    const chunkStart = all[i].start;
    const chunkEnd = all[j - 1].end;
    while (firstExcluded < excluded.length && excluded[firstExcluded].end <= chunkStart) firstExcluded++;
    const chunk = maskedSlice(source, chunkStart, chunkEnd, excluded, firstExcluded);
    const fromChrono = chronoCandidates(chunk, CHRONO_REF);
    for (let k = i; k < j; k++) {
      const u = all[k];
      const s = chunk.slice(u.start - chunkStart, u.end - chunkStart);
      if (!/[A-Za-z0-9]/.test(s)) continue;
      const cands = ruleCandidates(s, anchor ? anchor.y : null);
      const shift = u.start - chunkStart;
      for (const c of fromChrono) {
        if (c.start >= shift && c.end <= shift + s.length) cands.push({ ...c, start: c.start - shift, end: c.end - shift });
      }
      if (cands.length === 0) continue;
      const chosen = mergeWeekdayNextTo(s, selectCandidates(cands));
      attachModifiers(s, chosen);
      let signals: ReturnType<typeof tenseSignals> | null = null;
      for (const c of chosen) {
        let tense: Tense = null;
        if (anchor && needsTense(c)) {
          signals ??= tenseSignals(s);
          const lead = /^(?:until|till)\s+/i.exec(s.slice(c.start, c.end))?.[0] ?? '';
          const before = s.slice(Math.max(0, c.start - 60), c.start);
          const deadline = DEADLINE_BEFORE.test(before + lead) && DEADLINE_AFTER.test(s.slice(c.end, c.end + 20));
          tense = deadline || SCHEDULED_FOR.test(before + lead) ? 'future' : tenseAt(signals, c.start, c.end, s);
        }
        const sem = c.sem;
        const r: Resolved = sem.k === 'anaphor' ? resolveAnaphor(sem, sem.same === 'quarter' && sem.n === 0 ? lastQuarter : lastRef) : resolveSem(sem, anchor, tense);
        let { value, precision } = r;
        if ((c.dayOffset || c.weekdayNextTo) && value && precision === 'day') {
          const [y, m, d] = value.split('-').map(Number);
          let offset = c.dayOffset ?? 0;
          if (c.weekdayNextTo) {
            const { weekday: target, dir } = c.weekdayNextTo;
            const from = weekday({ y, m, d });
            offset = dir > 0 ? ((target - from + 6) % 7) + 1 : -(((from - target + 6) % 7) + 1);
          }
          value = fmtDay(addDays({ y, m, d }, offset));
        }
        if (sem.k !== 'anaphor' && value && /^(?:year|quarter|month|day|season)$/.test(precision)) {
          lastRef = { value, precision };
          if (precision === 'quarter') lastQuarter = lastRef;
        }
        let mod = c.mod;
        if (c.edge) {
          if (precision === 'year') {
            // "the end of 2019" is its last month (seed gold), "the beginning of 2020" its first.
            value = value === null ? null : `${value}-${c.edge === 'end' ? '12' : '01'}`;
            precision = 'month';
          } else mod = c.edge === 'end' ? 'END' : 'START';
        }
        // "its fiscal first quarter, which ended Sept. 30": the calendar quarter of the day it ended.
        if (precision === 'quarter' && sem.k !== 'anaphor') {
          const next = chosen[chosen.indexOf(c) + 1];
          if (next && namesADay(next) && QUARTER_ENDED.test(s.slice(c.end, next.start))) {
            const day = resolveSem(next.sem, anchor, tense).value;
            if (day) {
              value = `${day.slice(0, 4)}-Q${Math.floor((Number(day.slice(5, 7)) - 1) / 3) + 1}`;
              lastRef = { value, precision };
              lastQuarter = lastRef;
            }
          }
        }
        let start = u.start + c.start;
        const end = u.start + c.end;
        const weekOf = precision === 'day' && value ? WEEK_OF.exec(s.slice(Math.max(0, c.start - 16), c.start)) : null;
        if (weekOf && value) {
          const [y, m, d] = value.split('-').map(Number);
          value = fmtWeek({ y, m, d });
          precision = 'week';
          start -= weekOf[0].length;
        }
        out.push({
          start,
          end,
          text: doc.text.slice(start, end),
          value,
          mod,
          precision,
          relative: isRelative(c.sem),
          sentence: u.sentence,
        });
      }
    }
    i = j;
  }
  return out;
}
