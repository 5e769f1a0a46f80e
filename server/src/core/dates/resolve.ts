/**
 * What a time expression means (`Sem`) and how it resolves to a TIMEX3 value against the
 * publication date and the tense of its sentence.
 */
import type { DatePrecision } from '../types';
import {
  addDays,
  addMonths,
  dayNumber,
  fmtCentury,
  fmtDay,
  fmtDecade,
  fromDayNumber,
  fmtMonth,
  fmtQuarter,
  fmtWeek,
  fmtYear,
  isValidDate,
  weekday,
  type Ymd,
} from './calendar';

/**
 * 'planned': a plan told in the past perfect ("had been due to be presented on 12 November"): the
 * occurrence just ahead when it is near (`PLANNED_GRACE`), else the latest one before the anchor.
 */
export type Tense = 'past' | 'future' | 'planned' | null;
export type Season = 'SP' | 'SU' | 'FA' | 'WI';
/** "week" and "fortnight" are a weekday's only: "Thursday week" (a week after the coming Thursday), "Tuesday fortnight". */
export type Rel = 'last' | 'this' | 'next' | 'week' | 'fortnight' | null;
export type ShiftUnit = 'day' | 'week' | 'month' | 'quarter' | 'year' | 'decade' | 'century';

/** The meaning of an expression before it is anchored. */
export type Sem =
  /** Fully specified by the text ("January 7, 2019", "2027", "the 1990s"). */
  | { k: 'abs'; value: string; precision: DatePrecision }
  /** A month and day without a year ("January 13"). */
  | { k: 'md'; month: number; day: number }
  /** A day of the month named alone ("on the 14th", "its decision of the 15th"): a day of the publication's month or one next to it; with `months`, of the month that many from the publication's ("the 5th of this month": 0). */
  | { k: 'dom'; day: number; months?: number }
  /** A month without a year ("April", "last December"). */
  | { k: 'm'; month: number; rel?: Rel }
  /** A quarter without a year ("the third quarter"). */
  | { k: 'q'; q: number }
  /** A quarter of a year given relative to the anchor ("the second quarter of last year"). */
  | { k: 'qyear'; q: number; n: number }
  /** A season, with "last/this/next" or nothing ("in the spring"). */
  | { k: 'season'; season: Season; rel: Rel; south?: boolean }
  /** A weekday, with "last/this/next" or nothing ("Saturday"). */
  | { k: 'wd'; weekday: number; rel: Rel }
  /** The anchor moved by n units, at that unit's granularity ("last month", "two weeks ago" = -14 days). */
  | { k: 'shift'; unit: ShiftUnit; n: number }
  /** "the weekend": the weekend the tense points to, as an ISO week. */
  | { k: 'weekend' }
  /** "the new year": the year that has just begun early in a year, else the coming one. */
  | { k: 'newyear' }
  /**
   * A holiday ("Christmas", "Thanksgiving", "Election Day"), with the year when written, or the years from the
   * publication's ("Easter last year": -1, "Anzac Day two years ago": -2). `period`: a time named after it, not the
   * day ("the Christmas recess", "the Easter holidays": the holiday's month; "the Easter weekend", "Labor Day
   * weekend": the week of its weekend; "Christmas week": the week it falls in).
   */
  /** `step`: "the previous Christmas" (-1), "the following Easter" (1): the one before or after the time the story last named. */
  | { k: 'holiday'; id: string; year?: number; yearShift?: number; period?: 'month' | 'weekend' | 'week'; step?: -1 | 1 }
  /** PRESENT_REF, PAST_REF, FUTURE_REF. */
  | { k: 'ref'; value: 'PRESENT_REF' | 'PAST_REF' | 'FUTURE_REF' }
  /**
   * Anchored to the time the text last mentioned, not to the publication date: "two years later"
   * (n units from it), "the same quarter a year earlier" (`same`: the quarter of the last mention,
   * moved n years), "in the quarter" (n = 0). Resolved in document order by `index.ts`.
   */
  | {
    k: 'anaphor';
    unit: 'decade' | 'year' | 'month' | 'week' | 'day';
    n: number;
    same?: 'quarter' | 'period';
    season?: Season;
    /** A season of a story set south of the equator (summer from December). */
    south?: boolean;
    /** "the previous week", "the next day": read against the publication date when the text named no time before. */
    pub?: boolean;
    /** "the same period last year": the year before publication, whatever year the text named last. */
    lastYear?: boolean;
  }
  /** A time expression that cannot be anchored ("decades ago", "recent years"). */
  | { k: 'vague' };

export interface Resolved {
  value: string | null;
  precision: DatePrecision;
}

/** True when the value depends on the publication date. */
export function isRelative(sem: Sem): boolean {
  if (sem.k === 'holiday') return sem.year === undefined;
  return sem.k !== 'abs' && sem.k !== 'ref' && sem.k !== 'vague' && sem.k !== 'anaphor';
}

/** Easter Sunday of year y in the Gregorian calendar (the anonymous Gregorian computus). */
function easterSunday(y: number): { m: number; d: number } {
  const a = y % 19;
  const b = Math.floor(y / 100);
  const c = y % 100;
  const h = (19 * a + b - Math.floor(b / 4) - Math.floor((8 * b + 13) / 25) + 15) % 30;
  const l = (32 + 2 * (b % 4) + 2 * Math.floor(c / 4) - h - (c % 4)) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  return { m: month, d: ((h + l - 7 * m + 114) % 31) + 1 };
}

/** Days the Julian calendar runs behind the Gregorian in year y (13 from 1900 to 2099). */
function julianLag(y: number): number {
  return Math.floor(y / 100) - Math.floor(y / 400) - 2;
}

/** Orthodox Easter Sunday of year y: the Julian computus (Meeus), carried over to the Gregorian calendar. */
function orthodoxEasterSunday(y: number): { m: number; d: number } {
  const d = (19 * (y % 19) + 15) % 30;
  const e = (2 * (y % 4) + 4 * (y % 7) - d + 34) % 7;
  const month = Math.floor((d + e + 114) / 31);
  const day = addDays({ y, m: month, d: ((d + e + 114) % 31) + 1 }, julianLag(y));
  return { m: day.m, d: day.d };
}

/** n-th (1-based; -1 = last) given weekday of a month. */
export function nthWeekdayOf(y: number, m: number, wd: number, n: number): number {
  if (n > 0) {
    const first = weekday({ y, m, d: 1 });
    return 1 + ((wd - first + 7) % 7) + 7 * (n - 1);
  }
  const lastDay = new Date(Date.UTC(y, m, 0)).getUTCDate();
  const last = weekday({ y, m, d: lastDay });
  return lastDay - ((last - wd + 7) % 7);
}

/** Month and day of a holiday in year y, or null when unknown. */
export function holidayDate(id: string, y: number): { m: number; d: number } | null {
  switch (id) {
    case 'christmas':
      return { m: 12, d: 25 };
    case 'christmas-eve':
      return { m: 12, d: 24 };
    case 'new-year':
      return { m: 1, d: 1 };
    case 'new-years-eve':
      return { m: 12, d: 31 };
    case 'independence-day':
      return { m: 7, d: 4 };
    case 'valentines-day':
      return { m: 2, d: 14 };
    case 'halloween':
      return { m: 10, d: 31 };
    case 'veterans-day':
      return { m: 11, d: 11 };
    case 'thanksgiving':
      return { m: 11, d: nthWeekdayOf(y, 11, 4, 4) };
    // The shopping days after US Thanksgiving (kept under these names in Britain and elsewhere too); Cyber Monday may
    // fall in December.
    case 'black-friday':
      return { m: 11, d: nthWeekdayOf(y, 11, 4, 4) + 1 };
    case 'cyber-monday': {
      const day = addDays({ y, m: 11, d: nthWeekdayOf(y, 11, 4, 4) }, 4);
      return { m: day.m, d: day.d };
    }
    case 'labor-day':
      return { m: 9, d: nthWeekdayOf(y, 9, 1, 1) };
    case 'memorial-day':
      return { m: 5, d: nthWeekdayOf(y, 5, 1, -1) };
    case 'election-day':
      // US federal elections: the Tuesday after the first Monday of November.
      return { m: 11, d: nthWeekdayOf(y, 11, 1, 1) + 1 };
    case 'inauguration-day':
      return { m: 1, d: 20 };
    case 'boxing-day':
      return { m: 12, d: 26 };
    case 'st-patricks-day':
      return { m: 3, d: 17 };
    case 'remembrance-day':
      return { m: 11, d: 11 };
    case 'canada-day':
      return { m: 7, d: 1 };
    case 'australia-day':
      return { m: 1, d: 26 };
    case 'anzac-day':
      return { m: 4, d: 25 };
    case 'bastille-day':
      return { m: 7, d: 14 };
    case 'juneteenth':
      return { m: 6, d: 19 };
    case 'easter':
      return easterSunday(y);
    case 'orthodox-easter':
      return orthodoxEasterSunday(y);
    case 'orthodox-christmas':
    case 'orthodox-christmas-eve': {
      // 25 December of the Julian calendar falls in the next Gregorian year (7 January from 1901 to 2100).
      const day = addDays({ y: y - 1, m: 12, d: id === 'orthodox-christmas' ? 25 : 24 }, julianLag(y - 1));
      return { m: day.m, d: day.d };
    }
    case 'good-friday':
    case 'easter-monday':
    case 'ash-wednesday': {
      const e = easterSunday(y);
      const day = addDays({ y, m: e.m, d: e.d }, id === 'good-friday' ? -2 : id === 'easter-monday' ? 1 : -46);
      return { m: day.m, d: day.d };
    }
    case 'lunar-new-year': {
      // The first day of the Chinese lunar year (the moon's calendar gives no rule to compute here): the known days only.
      const day = LUNAR_NEW_YEAR[y - 2000];
      return day ? { m: day[0], d: day[1] } : null;
    }
    // Diwali, Eid, Hanukkah, Passover and the other feasts of a lunar or lunisolar calendar are kept on days that differ
    // between regions and sightings: no day is given (`default`).
    default:
      return null;
  }
}

/** Month and day of the Lunar (Chinese) New Year, 2000 to 2030. */
const LUNAR_NEW_YEAR: readonly (readonly [number, number])[] = [
  [2, 5], [1, 24], [2, 12], [2, 1], [1, 22], [2, 9], [1, 29], [2, 18], [2, 7], [1, 26],
  [2, 14], [2, 3], [1, 23], [2, 10], [1, 31], [2, 19], [2, 8], [1, 28], [2, 16], [2, 5],
  [1, 25], [2, 12], [2, 1], [1, 22], [2, 10], [1, 29], [2, 17], [2, 6], [1, 26], [2, 13],
  [2, 3],
];

/** The precision an expression has, whether or not it can be anchored. */
export function precisionOf(sem: Sem): DatePrecision {
  switch (sem.k) {
    case 'abs':
      return sem.precision;
    case 'md':
    case 'dom':
    case 'wd':
      return 'day';
    case 'holiday':
      return sem.period === 'month' ? 'month' : sem.period ? 'week' : 'day';
    case 'weekend':
      return 'week';
    case 'm':
      return 'month';
    case 'q':
    case 'qyear':
      return 'quarter';
    case 'season':
      return 'season';
    case 'shift':
      return sem.unit;
    case 'newyear':
      return 'year';
    case 'ref':
      return 'reference';
    case 'anaphor':
      return sem.season ? 'season' : sem.same === 'quarter' ? 'quarter' : sem.same === 'period' ? 'unknown' : sem.unit;
    case 'vague':
      return 'unknown';
  }
}

/** Last mentioned time a following anaphoric expression is read against: its value and precision. */
export interface Reference {
  value: string;
  precision: DatePrecision;
}

/** The value of an anaphoric expression against the time mentioned last, or null when that does not say enough. */
export function resolveAnaphor(sem: Extract<Sem, { k: 'anaphor' }>, ref: Reference | null): Resolved {
  const unknown: Resolved = { value: null, precision: precisionOf(sem) };
  // "that decade": the decade of the time mentioned last ("the early 1980s", "1985").
  if (sem.unit === 'decade') return ref && /^\d{3}/.test(ref.value) && ref.precision !== 'century' ? { value: fmtDecade(Number(ref.value.slice(0, 3)) + sem.n), precision: 'decade' } : unknown;
  if (!ref || !/^\d{4}/.test(ref.value)) return unknown;
  const y = Number(ref.value.slice(0, 4));
  const month = /^\d{4}-(\d\d)/.exec(ref.value);
  const quarter = /^\d{4}-Q([1-4])$/.exec(ref.value);
  const years = sem.unit === 'year' ? sem.n : 0;
  if (sem.season) return seasonAround(sem.season, sem.n, ref, sem.south);
  if (sem.same === 'quarter') {
    const q = quarter ? Number(quarter[1]) : month ? Math.floor((Number(month[1]) - 1) / 3) + 1 : 0;
    if (!q) return unknown;
    // (Counted in months, whole quarters: "the previous quarter" is -3.)
    const n = (y + years) * 4 + q - 1 + (sem.unit === 'month' ? Math.trunc(sem.n / 3) : 0);
    return { value: fmtQuarter(Math.floor(n / 4), (n % 4) + 1), precision: 'quarter' };
  }
  if (sem.same === 'period') {
    if (sem.unit !== 'year' || ref.precision === 'week') return unknown;
    return { value: fmtYear(y + years) + ref.value.slice(4), precision: ref.precision };
  }
  if (sem.unit === 'year') return { value: fmtYear(y + sem.n), precision: 'year' };
  const week = /^(\d{4})-W(\d\d)$/.exec(ref.value);
  // (The Monday of a week named last.)
  const monday = week ? addDays({ y: Number(week[1]), m: 1, d: 4 }, 7 * (Number(week[2]) - 1) - ((weekday({ y: Number(week[1]), m: 1, d: 4 }) + 6) % 7)) : null;
  if (sem.unit === 'week') {
    // "the previous week": the ISO week n weeks from the week or the day mentioned last.
    const dayRef = /^\d{4}-(\d\d)-(\d\d)$/.exec(ref.value);
    const base: Ymd | null = monday ?? (dayRef ? { y, m: Number(dayRef[1]), d: Number(dayRef[2]) } : null);
    return base ? { value: fmtWeek(addDays(base, 7 * sem.n)), precision: 'week' } : unknown;
  }
  // ("in the first week of February 2007 … by the end of that month": a week lies in the month of its Thursday.)
  if (sem.unit === 'month' && monday) {
    const thursday = addDays(monday, 3);
    const r = addMonths(thursday.y, thursday.m, sem.n);
    return { value: fmtMonth(r.y, r.m), precision: 'month' };
  }
  if (!month) return unknown;
  if (sem.unit === 'month') {
    const r = addMonths(y, Number(month[1]), sem.n);
    return { value: fmtMonth(r.y, r.m), precision: 'month' };
  }
  const day = /^\d{4}-\d\d-(\d\d)$/.exec(ref.value);
  if (!day) return unknown;
  return { value: fmtDay(addDays({ y, m: Number(month[1]), d: Number(day[1]) }, sem.n)), precision: 'day' };
}

/**
 * "the following winter" (n = 1), "the previous summer" (n = -1): the first such season to start
 * after the time mentioned last, or the last one to start before it (months counted from year 0).
 */
function seasonAround(season: Season, n: number, ref: Reference, south = false): Resolved {
  const starts = seasonStarts(south);
  const y = Number(ref.value.slice(0, 4));
  const rest = ref.value.slice(4);
  let first = 1;
  let last = 12;
  const month = /^-(\d\d)/.exec(rest);
  const quarter = /^-Q([1-4])$/.exec(rest);
  const named = /^-(SP|SU|FA|WI)$/.exec(rest);
  if (month) first = last = Number(month[1]);
  else if (quarter) last = (first = Number(quarter[1]) * 3 - 2) + 2;
  else if (named) last = (first = starts[named[1] as Season]) + 2;
  else if (rest !== '') return { value: null, precision: 'season' };
  const start = starts[season];
  let year = n > 0 ? y - 1 : y + 1;
  if (n > 0) while (year * 12 + start <= y * 12 + last) year++;
  else while (year * 12 + start >= y * 12 + first) year--;
  return { value: `${fmtYear(year)}-${season}`, precision: 'season' };
}

/**
 * Picks the year for something that recurs every year. `pos(y)` places the occurrence of year y
 * on a scale comparable with `anchorPos` (days, months or quarters), or returns null when that
 * year has no such occurrence (February 29). Past tense: the latest occurrence on or before the
 * anchor; future: the earliest on or after; no tense: the nearest (a tie goes to the anchor's
 * year, then to the past). Planned: the earliest on or after the anchor when within `grace` of it
 * (on the same scale), else as past.
 */
function pickYear(anchorYear: number, anchorPos: number, tense: Tense, pos: (y: number) => number | null, grace = 0): number | null {
  if (tense === 'planned') {
    // The next occurrence if it lies within `grace` of the anchor, else the last one.
    const ahead = pickYear(anchorYear, anchorPos, 'future', pos);
    const p = ahead === null ? null : pos(ahead);
    if (ahead !== null && p !== null && p - anchorPos <= grace) return ahead;
    return pickYear(anchorYear, anchorPos, 'past', pos);
  }
  if (tense === 'past') {
    for (let y = anchorYear; y >= anchorYear - 8; y--) {
      const p = pos(y);
      if (p !== null && p <= anchorPos) return y;
    }
    return null;
  }
  if (tense === 'future') {
    for (let y = anchorYear; y <= anchorYear + 8; y++) {
      const p = pos(y);
      if (p !== null && p >= anchorPos) return y;
    }
    return null;
  }
  let best: number | null = null;
  let bestDist = Infinity;
  for (const y of [anchorYear, anchorYear - 1, anchorYear + 1, anchorYear - 2, anchorYear + 2, anchorYear - 3, anchorYear + 3, anchorYear - 4, anchorYear + 4]) {
    const p = pos(y);
    if (p === null) continue;
    const dist = Math.abs(p - anchorPos);
    if (dist < bestDist || (dist === bestDist && best !== null && best !== anchorYear && y < best)) {
      best = y;
      bestDist = dist;
    }
  }
  return best;
}

/** How far ahead of the anchor a planned occurrence may lie ("within a few weeks"): in days, in months. */
const PLANNED_GRACE = { days: 42, months: 1 };

const SEASON_START: Record<Season, number> = { SP: 3, SU: 6, FA: 9, WI: 12 };
/** South of the equator: spring from September, summer YYYY from December YYYY, autumn from March. */
const SOUTH_SEASON_START: Record<Season, number> = { SP: 9, SU: 12, FA: 3, WI: 6 };

/** The first month (1-12) of each season, north or south of the equator. */
function seasonStarts(south: boolean): Record<Season, number> {
  return south ? SOUTH_SEASON_START : SEASON_START;
}

/** Month index (y*12 + m-1) of the first month of a season instance; winter YYYY starts in December YYYY. */
function seasonStartOf(y: number, s: Season, south = false): number {
  return y * 12 + seasonStarts(south)[s] - 1;
}

function resolveSeason(season: Season, rel: Rel, anchor: Ymd, tense: Tense, south = false): number | null {
  const a = anchor.y * 12 + anchor.m - 1;
  const seasonStart = (y: number, s: Season) => seasonStartOf(y, s, south);
  if (rel === 'this') {
    // The instance in progress or just over, else the one in the anchor's year ("used five snow days this winter",
    // written in March, is the winter that began in December).
    const previous = anchor.y - 1;
    if (seasonStart(previous, season) <= a && a <= seasonStart(previous, season) + 3) return previous;
    return anchor.y;
  }
  if (rel === 'last') {
    for (let y = anchor.y; y >= anchor.y - 3; y--) if (seasonStart(y, season) + 2 < a) return y;
    return null;
  }
  if (rel === 'next') {
    for (let y = anchor.y - 1; y <= anchor.y + 3; y++) if (seasonStart(y, season) > a) return y;
    return null;
  }
  // "to be adopted before the end of the fall session", said in October: a season still running is the one ahead.
  if (tense === 'future') {
    for (const y of [anchor.y, anchor.y - 1]) if (seasonStart(y, season) <= a && a <= seasonStart(y, season) + 2) return y;
  }
  // "the review due in the autumn", said in July: a season planned for is the coming one when it begins within a season.
  return pickYear(anchor.y, a, tense, (y) => seasonStart(y, season), 3);
}

function resolveWeekday(target: number, rel: Rel, anchor: Ymd, tense: Tense): Ymd {
  const today = weekday(anchor);
  const back = (today - target + 7) % 7; // 0..6 days back to the most recent such day
  let offset: number;
  // "Thursday week": the coming Thursday (today, when today is one), then a week or two on, whatever the tense.
  if (rel === 'week' || rel === 'fortnight') offset = (back === 0 ? 0 : 7 - back) + (rel === 'week' ? 7 : 14);
  else if (rel === 'last') offset = back === 0 ? -7 : -back;
  else if (rel === 'next') offset = back === 0 ? 7 : 7 - back;
  else if (rel === 'this') {
    const isoToday = ((today + 6) % 7) + 1;
    const isoTarget = ((target + 6) % 7) + 1;
    offset = isoTarget - isoToday;
  } else if (tense === 'past') offset = -back;
  else if (tense === 'future') offset = back === 0 ? 0 : 7 - back;
  // No tense, or a plan (whose weekday is near either way): news mostly looks back, so up to 4 days back, 2 ahead.
  else offset = back <= 4 ? -back : 7 - back;
  return addDays(anchor, offset);
}

/** Resolves a meaning to a TIMEX3 value. `anchor` null: only absolute expressions resolve. */
export function resolveSem(sem: Sem, anchor: Ymd | null, tense: Tense): Resolved {
  const precision = precisionOf(sem);
  if (sem.k === 'abs') return { value: sem.value, precision };
  if (sem.k === 'ref') return { value: sem.value, precision };
  if (sem.k === 'holiday' && sem.year !== undefined) return { value: fmtHoliday(sem, sem.year), precision };
  if (sem.k === 'vague' || sem.k === 'anaphor' || anchor === null) return { value: null, precision };
  switch (sem.k) {
    case 'md': {
      const { month, day } = sem;
      const y = pickYear(
        anchor.y,
        dayNumber(anchor.y, anchor.m, anchor.d),
        tense,
        (yy) => (isValidDate(yy, month, day) ? dayNumber(yy, month, day) : null),
        PLANNED_GRACE.days,
      );
      return { value: y === null ? null : fmtDay({ y, m: month, d: day }), precision };
    }
    case 'dom': {
      // "the 5th of this month", "the 20th of last month": a day of the month that many months from the anchor's.
      if (sem.months !== undefined) {
        const { y: my, m: mm } = addMonths(anchor.y, anchor.m, sem.months);
        return { value: isValidDate(my, mm, sem.day) ? fmtDay({ y: my, m: mm, d: sem.day }) : null, precision };
      }
      // The month before publication, its own, or the next: the one the tense points to with the day in it, else the nearest.
      const today = dayNumber(anchor.y, anchor.m, anchor.d);
      const days: number[] = [];
      for (const dm of [-1, 0, 1]) {
        const { y: yy, m: mm } = addMonths(anchor.y, anchor.m, dm);
        if (isValidDate(yy, mm, sem.day)) days.push(dayNumber(yy, mm, sem.day));
      }
      const fit = tense === 'past' ? days.filter((n) => n <= today).pop() : tense === 'future' ? days.find((n) => n >= today)
        : days.slice().sort((x, y) => Math.abs(x - today) - Math.abs(y - today))[0];
      return { value: fit === undefined ? null : fmtDay(fromDayNumber(fit)), precision };
    }
    case 'm': {
      const a = anchor.y * 12 + anchor.m - 1;
      let y: number | null;
      if (sem.rel === 'this') y = anchor.y;
      else if (sem.rel === 'last') y = sem.month < anchor.m ? anchor.y : anchor.y - 1;
      else if (sem.rel === 'next') y = sem.month > anchor.m ? anchor.y : anchor.y + 1;
      else y = pickYear(anchor.y, a, tense, (yy) => yy * 12 + sem.month - 1, PLANNED_GRACE.months);
      return { value: y === null ? null : fmtMonth(y, sem.month), precision };
    }
    case 'q': {
      const aq = Math.floor((anchor.m - 1) / 3) + 1;
      // (For a plan, the next quarter is near enough to be the one meant.)
      const y = pickYear(anchor.y, anchor.y * 4 + aq - 1, tense, (yy) => yy * 4 + sem.q - 1, 1);
      return { value: y === null ? null : fmtQuarter(y, sem.q), precision };
    }
    case 'qyear':
      return { value: fmtQuarter(anchor.y + sem.n, sem.q), precision };
    case 'season': {
      const y = resolveSeason(sem.season, sem.rel, anchor, tense, sem.south);
      return { value: y === null ? null : `${fmtYear(y)}-${sem.season}`, precision };
    }
    case 'wd':
      return { value: fmtDay(resolveWeekday(sem.weekday, sem.rel, anchor, tense)), precision };
    case 'weekend': {
      // The Saturday of that weekend.
      // Written on a Saturday or a Sunday, it is the weekend under way, whatever the tense ("crews are working through
      // the weekend", "rallies will be held over the weekend").
      const day = weekday(anchor);
      // (With no tense, as a weekday is: the one just past up to four days back, else the coming one: "People are urged to
      // check on neighbours over the weekend", on a Friday.)
      const saturday = day === 6 ? anchor : day === 0 ? addDays(anchor, -1) : resolveWeekday(6, null, anchor, tense);
      return { value: fmtWeek(saturday), precision };
    }
    case 'holiday': {
      const id = sem.id;
      const y = sem.yearShift !== undefined ? anchor.y + sem.yearShift : pickYear(anchor.y, dayNumber(anchor.y, anchor.m, anchor.d), tense, (yy) => {
        const h = holidayDate(id, yy);
        return h ? dayNumber(yy, h.m, h.d) : null;
      }, PLANNED_GRACE.days);
      return { value: y === null ? null : fmtHoliday(sem, y), precision };
    }
    case 'shift':
      return { value: shiftValue(sem.unit, sem.n, anchor), precision };
    case 'newyear':
      // Written in January or February, or of the past, it is the year under way; otherwise the next. (Written in November
      // or December, even a clause told in the past speaks of the one ahead: "put off the vote until the new year".)
      return { value: fmtYear(tense === 'past' && anchor.m <= 10 || anchor.m <= 2 ? anchor.y : anchor.y + 1), precision };
  }
}

/**
 * A holiday of year y at its precision: its day; its month for a time named after it; its week; for its weekend, the week of
 * the Saturday next to it (the one before a holiday on a Sunday, Monday or Tuesday, else the one after).
 */
function fmtHoliday(sem: { id: string; period?: 'month' | 'weekend' | 'week' }, y: number): string | null {
  const h = holidayDate(sem.id, y);
  if (!h) return null;
  const day = { y, m: h.m, d: h.d };
  if (sem.period === 'month') return fmtMonth(y, h.m);
  if (sem.period === 'week') return fmtWeek(day);
  if (sem.period === 'weekend') {
    const wd = weekday(day);
    return fmtWeek(addDays(day, wd === 0 ? -1 : wd <= 2 ? -1 - wd : 6 - wd));
  }
  return fmtDay(day);
}

function shiftValue(unit: ShiftUnit, n: number, anchor: Ymd): string {
  switch (unit) {
    case 'day':
      return fmtDay(addDays(anchor, n));
    case 'week':
      return fmtWeek(addDays(anchor, 7 * n));
    case 'month': {
      const r = addMonths(anchor.y, anchor.m, n);
      return fmtMonth(r.y, r.m);
    }
    case 'quarter': {
      const idx = anchor.y * 4 + Math.floor((anchor.m - 1) / 3) + n;
      return fmtQuarter(Math.floor(idx / 4), (idx % 4) + 1);
    }
    case 'year':
      return fmtYear(anchor.y + n);
    case 'decade':
      return fmtDecade(Math.floor(anchor.y / 10) + n);
    case 'century':
      return fmtCentury(Math.floor(anchor.y / 100) + n);
  }
}
