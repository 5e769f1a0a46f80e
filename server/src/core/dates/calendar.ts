/**
 * Calendar arithmetic for TIMEX3 values. Everything is computed in UTC on whole days, so the
 * result never depends on the machine's time zone.
 */

export interface Ymd {
  y: number;
  m: number; // 1..12
  d: number; // 1..31
}

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 (UTC). */
export function dayNumber(y: number, m: number, d: number): number {
  return Math.floor(Date.UTC(y, m - 1, d) / DAY_MS);
}

export function fromDayNumber(n: number): Ymd {
  const t = new Date(n * DAY_MS);
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

export function addDays(a: Ymd, n: number): Ymd {
  return fromDayNumber(dayNumber(a.y, a.m, a.d) + n);
}

export function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

export function daysInMonth(y: number, m: number): number {
  return [31, isLeapYear(y) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1];
}

export function isValidDate(y: number, m: number, d: number): boolean {
  return Number.isInteger(y) && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

/** 0 = Sunday .. 6 = Saturday. */
export function weekday(a: Ymd): number {
  return ((dayNumber(a.y, a.m, a.d) % 7) + 7 + 4) % 7; // 1970-01-01 was a Thursday
}

/** ISO 8601 week-numbering year and week. */
export function isoWeek(a: Ymd): { year: number; week: number } {
  const n = dayNumber(a.y, a.m, a.d);
  const isoDay = ((weekday(a) + 6) % 7) + 1; // Monday = 1 .. Sunday = 7
  const thursday = fromDayNumber(n - isoDay + 4);
  const jan1 = dayNumber(thursday.y, 1, 1);
  return { year: thursday.y, week: Math.floor((dayNumber(thursday.y, thursday.m, thursday.d) - jan1) / 7) + 1 };
}

function pad(n: number, width: number): string {
  const s = String(Math.abs(n));
  return (n < 0 ? '-' : '') + (s.length >= width ? s : '0'.repeat(width - s.length) + s);
}

export function fmtDay(a: Ymd): string {
  return `${pad(a.y, 4)}-${pad(a.m, 2)}-${pad(a.d, 2)}`;
}

export function fmtMonth(y: number, m: number): string {
  return `${pad(y, 4)}-${pad(m, 2)}`;
}

export function fmtYear(y: number): string {
  return pad(y, 4);
}

export function fmtWeek(a: Ymd): string {
  const w = isoWeek(a);
  return `${pad(w.year, 4)}-W${pad(w.week, 2)}`;
}

export function fmtQuarter(y: number, q: number): string {
  return `${pad(y, 4)}-Q${q}`;
}

/** Decade value: 1990..1999 -> "199". */
export function fmtDecade(decadeIndex: number): string {
  return pad(decadeIndex, 3);
}

/** Century value: 1900..1999 (the 20th century) -> "19". */
export function fmtCentury(centuryIndex: number): string {
  return pad(centuryIndex, 2);
}

/** Month arithmetic: (y, m) plus n months. */
export function addMonths(y: number, m: number, n: number): { y: number; m: number } {
  const idx = y * 12 + (m - 1) + n;
  return { y: Math.floor(idx / 12), m: (((idx % 12) + 12) % 12) + 1 };
}

/** Parses `YYYY-MM-DD` (optionally followed by a time part) into a valid date, else null. */
export function parseAnchor(published: string | null | undefined): Ymd | null {
  if (!published) return null;
  const m = /^\s*(\d{4})-(\d{2})-(\d{2})/.exec(published);
  if (!m) return null;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  return isValidDate(y, mo, d) ? { y, m: mo, d } : null;
}
