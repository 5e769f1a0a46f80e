/**
 * Pure rendering logic of the timeline: TIMEX3 values as labels, filtering, grouping by year
 * and month into rows, row layout and windowing, keyboard moves and the overview axis. No DOM:
 * the webview draws what these functions compute, and the unit tests run them in Node.
 */
import type { SourceDocumentItem, TimelineEventItem, TimelineFilter } from './protocol';

export type TimexKind = 'day' | 'week' | 'month' | 'quarter' | 'season' | 'half' | 'year' | 'decade' | 'century' | 'unknown';

/** A TIMEX3 value taken apart. `year` is the first year it can stand for. */
export interface TimexParts {
  kind: TimexKind;
  year?: number;
  month?: number;
  day?: number;
  /** Quarter 1-4, half 1-2, ISO week (then year, month and day are its Monday's), or season code. */
  part?: number | 'SP' | 'SU' | 'FA' | 'WI';
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const SEASONS: Record<string, string> = { SP: 'Spring', SU: 'Summer', FA: 'Autumn', WI: 'Winter' };
const SEASON_MONTH: Record<string, number> = { WI: 1, SP: 3, SU: 6, FA: 9 };

export function monthName(month: number): string {
  return MONTHS[month - 1] ?? '';
}

/** Takes a TIMEX3 date value apart ("2026-02-07", "2026-Q2", "199"); `unknown` when it is none of them. */
export function parseTimex(value: string): TimexParts {
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})-(\d{2})-(\d{2})(?:T.*)?$/.exec(value))) return { kind: 'day', year: +m[1]!, month: +m[2]!, day: +m[3]! };
  if ((m = /^(\d{4})-(\d{2})$/.exec(value))) return { kind: 'month', year: +m[1]!, month: +m[2]! };
  if ((m = /^(\d{4})-W(\d{2})$/.exec(value))) {
    const monday = isoWeekMonday(+m[1]!, +m[2]!);
    return { kind: 'week', year: monday.getUTCFullYear(), month: monday.getUTCMonth() + 1, day: monday.getUTCDate(), part: +m[2]! };
  }
  if ((m = /^(\d{4})-Q([1-4])$/.exec(value))) return { kind: 'quarter', year: +m[1]!, month: (+m[2]! - 1) * 3 + 1, part: +m[2]! };
  if ((m = /^(\d{4})-(SP|SU|FA|WI)$/.exec(value))) {
    const code = m[2] as 'SP' | 'SU' | 'FA' | 'WI';
    return { kind: 'season', year: +m[1]!, month: SEASON_MONTH[code], part: code };
  }
  if ((m = /^(\d{4})-H([12])$/.exec(value))) return { kind: 'half', year: +m[1]!, month: m[2] === '1' ? 1 : 7, part: +m[2]! };
  if ((m = /^(\d{4})$/.exec(value))) return { kind: 'year', year: +m[1]! };
  if ((m = /^(\d{3})X?$/.exec(value))) return { kind: 'decade', year: +m[1]! * 10 };
  if ((m = /^(\d{2})(?:XX)?$/.exec(value))) return { kind: 'century', year: +m[1]! * 100 };
  return { kind: 'unknown' };
}

function isoWeekMonday(year: number, week: number): Date {
  const jan4 = new Date(Date.UTC(year, 0, 4));
  const weekday = (jan4.getUTCDay() + 6) % 7;
  return new Date(Date.UTC(year, 0, 4 - weekday + (week - 1) * 7));
}

/** The date as a reader says it, without the modifier ("7 February 2026", "Q2 2026", "1990s"). */
export function formatTimexValue(value: string): string {
  const p = parseTimex(value);
  switch (p.kind) {
    case 'day': return `${p.day} ${monthName(p.month!)} ${p.year}`;
    case 'month': return `${monthName(p.month!)} ${p.year}`;
    case 'week': return `Week ${p.part} of ${value.slice(0, 4)}`;
    case 'quarter': return `Q${p.part} ${p.year}`;
    case 'season': return `${SEASONS[p.part as string]} ${p.year}`;
    case 'half': return `${p.part === 1 ? 'First' : 'Second'} half of ${p.year}`;
    case 'year': return String(p.year);
    case 'decade': return `${p.year}s`;
    case 'century': return `${p.year}s`;
    default: return value;
  }
}

const MOD_PREFIX: Record<string, string> = {
  APPROX: 'about ', START: 'early ', MID: 'mid-', END: 'late ', BEFORE: 'before ', AFTER: 'after ',
};

/** The date with its modifier ("about 2030", "late 2019", "mid-2022"). */
export function formatTimex(value: string, mod: string | null): string {
  const base = formatTimexValue(value);
  const prefix = mod ? MOD_PREFIX[mod] : undefined;
  if (!prefix) return base;
  const label = `${prefix}${base}`;
  return label.charAt(0).toUpperCase() + label.slice(1);
}

/** True when the date carries a TIMEX3 modifier ("about", "early", "late", "before"...). */
export function isApproximate(event: Pick<TimelineEventItem, 'mod'>): boolean {
  return event.mod !== null;
}

/** Human label of a TIMEX3 precision, for the event's badge. */
export function precisionLabel(value: string): string {
  const kind = parseTimex(value).kind;
  return kind === 'unknown' ? 'undated' : kind;
}

export const STRENGTH_LABELS = [
  'No source',
  'Vague anonymous source',
  'Described anonymous source',
  'Named organization or statement',
  'Named person',
  'Document or verified',
] as const;

export function strengthLabel(strength: number): string {
  return STRENGTH_LABELS[Math.max(0, Math.min(5, Math.round(strength)))]!;
}

// ---------------------------------------------------------------------------------------------
// Filtering and choices

export const NO_FILTER: TimelineFilter = { entity: '', source: '' };

export function filterEvents(events: readonly TimelineEventItem[], filter: TimelineFilter): TimelineEventItem[] {
  if (!filter.entity && !filter.source) return events.slice();
  return events.filter((e) => (!filter.entity || e.entities.includes(filter.entity)) && (!filter.source || e.uri === filter.source));
}

export interface Choice {
  value: string;
  label: string;
  count: number;
}

/** Entities of the events, most frequent first. */
export function entityChoices(events: readonly TimelineEventItem[]): Choice[] {
  const counts = new Map<string, number>();
  for (const e of events) for (const name of new Set(e.entities)) counts.set(name, (counts.get(name) ?? 0) + 1);
  return [...counts].map(([name, count]) => ({ value: name, label: name, count }))
    .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
}

/** Source documents, by title; documents without events are listed with a count of 0. */
export function sourceChoices(documents: readonly SourceDocumentItem[], events: readonly TimelineEventItem[]): Choice[] {
  const counts = new Map<string, number>();
  for (const e of events) counts.set(e.uri, (counts.get(e.uri) ?? 0) + 1);
  const titles = new Map(documents.map((d) => [d.uri, d.title]));
  for (const e of events) if (!titles.has(e.uri)) titles.set(e.uri, e.title);
  return [...titles].map(([uri, title]) => ({ value: uri, label: title, count: counts.get(uri) ?? 0 }))
    .sort((a, b) => a.label.localeCompare(b.label));
}

// ---------------------------------------------------------------------------------------------
// Rows: year headers, period headers and events

export type Row =
  | { kind: 'year'; key: string; label: string; count: number }
  | { kind: 'period'; key: string; label: string; count: number }
  | { kind: 'event'; key: string; event: TimelineEventItem; /** Position among the shown events. */ ordinal: number };

/** Year group of a date: its year, decade or century, or "Undated". */
export function yearGroup(value: string): { key: string; label: string } {
  const p = parseTimex(value);
  if (p.kind === 'unknown' || p.year === undefined) return { key: 'undated', label: 'Undated' };
  if (p.kind === 'decade' || p.kind === 'century') return { key: `y${p.year}s`, label: `${p.year}s` };
  return { key: `y${p.year}`, label: String(p.year) };
}

/** Period within the year: the month, else the quarter, season or half, else "Year only". */
export function periodGroup(value: string): { key: string; label: string } {
  const p = parseTimex(value);
  switch (p.kind) {
    case 'day': case 'week': case 'month': return { key: `m${p.month}`, label: monthName(p.month!) };
    case 'quarter': return { key: `q${p.part}`, label: `Q${p.part}` };
    case 'season': return { key: `s${p.part}`, label: SEASONS[p.part as string]! };
    case 'half': return { key: `h${p.part}`, label: p.part === 1 ? 'First half' : 'Second half' };
    case 'decade': case 'century': return { key: 'span', label: 'Whole period' };
    case 'year': return { key: 'year', label: 'Year only' };
    default: return { key: 'undated', label: 'Undated' };
  }
}

/**
 * The rows of the timeline for events already in chronological order: a header for each year,
 * one for each month (or quarter, season, "Year only") inside it, then the events.
 */
export function buildRows(events: readonly TimelineEventItem[]): Row[] {
  const rows: Row[] = [];
  let year: Extract<Row, { kind: 'year' }> | undefined;
  let period: Extract<Row, { kind: 'period' }> | undefined;
  events.forEach((event, ordinal) => {
    const y = yearGroup(event.date);
    if (!year || year.key !== y.key) {
      year = { kind: 'year', key: y.key, label: y.label, count: 0 };
      rows.push(year);
      period = undefined;
    }
    const p = periodGroup(event.date);
    const periodKey = `${y.key}/${p.key}`;
    if (!period || period.key !== periodKey) {
      period = { kind: 'period', key: periodKey, label: p.label, count: 0 };
      rows.push(period);
    }
    year.count++;
    period.count++;
    rows.push({ kind: 'event', key: event.id, event, ordinal });
  });
  return rows;
}

/** For every row, the index of its year header and of its period header (-1 before the first). */
export function headerIndexes(rows: readonly Row[]): { year: Int32Array; period: Int32Array } {
  const year = new Int32Array(rows.length);
  const period = new Int32Array(rows.length);
  let y = -1;
  let p = -1;
  rows.forEach((row, i) => {
    if (row.kind === 'year') {
      y = i;
      p = -1;
    } else if (row.kind === 'period') p = i;
    year[i] = y;
    period[i] = p;
  });
  return { year, period };
}

export interface RowHeights {
  year: number;
  period: number;
  event: number;
}

export const DEFAULT_HEIGHTS: RowHeights = { year: 34, period: 26, event: 68 };

/** Top offset of every row, plus the total height as a last entry. */
export interface Layout {
  offsets: Float64Array;
  total: number;
}

export function layoutRows(rows: readonly Row[], heights: RowHeights = DEFAULT_HEIGHTS): Layout {
  const offsets = new Float64Array(rows.length + 1);
  let y = 0;
  for (let i = 0; i < rows.length; i++) {
    offsets[i] = y;
    y += heights[rows[i]!.kind];
  }
  offsets[rows.length] = y;
  return { offsets, total: y };
}

/** Index of the row at vertical position `y` (clamped). */
export function rowAt(layout: Layout, y: number): number {
  const n = layout.offsets.length - 1;
  if (n <= 0) return 0;
  let lo = 0;
  let hi = n - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (layout.offsets[mid]! <= y) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Rows `[start, end)` to put in the DOM for a viewport, with `overscan` extra rows each side. */
export function visibleRange(layout: Layout, scrollTop: number, viewportHeight: number, overscan = 6): { start: number; end: number } {
  const n = layout.offsets.length - 1;
  if (n <= 0) return { start: 0, end: 0 };
  const first = rowAt(layout, Math.max(0, scrollTop));
  const last = rowAt(layout, Math.max(0, scrollTop + Math.max(0, viewportHeight) - 1));
  return { start: Math.max(0, first - overscan), end: Math.min(n, last + 1 + overscan) };
}

/** Scroll position that brings row `index` fully into view (unchanged when it already is). */
export function scrollToReveal(layout: Layout, index: number, scrollTop: number, viewportHeight: number, stickyTop = 0): number {
  const top = layout.offsets[index] ?? 0;
  const bottom = layout.offsets[index + 1] ?? top;
  if (top - stickyTop < scrollTop) return Math.max(0, top - stickyTop);
  if (bottom > scrollTop + viewportHeight) return Math.max(0, bottom - viewportHeight);
  return scrollTop;
}

// ---------------------------------------------------------------------------------------------
// Keyboard

export type NavKey = 'ArrowDown' | 'ArrowUp' | 'Home' | 'End' | 'PageDown' | 'PageUp';

/**
 * The event row focus moves to from row `current` (an event row, or -1 for none) on `key`.
 * Headers are skipped. `pageSize` is how many event rows a page moves. Returns -1 when there is no event.
 */
export function moveFocus(rows: readonly Row[], current: number, key: NavKey, pageSize = 10): number {
  const eventRows: number[] = [];
  for (let i = 0; i < rows.length; i++) if (rows[i]!.kind === 'event') eventRows.push(i);
  if (eventRows.length === 0) return -1;
  const down = key === 'ArrowDown' || key === 'PageDown';
  let at = -1;
  if (current >= 0) {
    const i = lowerBound(eventRows, current);
    // On a header (or past the end), stand between the events around it.
    at = eventRows[i] === current ? i : down ? i - 1 : i;
  }
  const last = eventRows.length - 1;
  let next: number;
  switch (key) {
    case 'ArrowDown': next = Math.min(last, at + 1); break;
    case 'ArrowUp': next = current < 0 ? 0 : Math.max(0, at - 1); break;
    case 'Home': next = 0; break;
    case 'End': next = last; break;
    case 'PageDown': next = Math.min(last, Math.max(0, at + pageSize)); break;
    case 'PageUp': next = current < 0 ? 0 : Math.max(0, at - pageSize); break;
  }
  return eventRows[Math.min(last, next)]!;
}

function lowerBound(sorted: readonly number[], value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

// ---------------------------------------------------------------------------------------------
// Overview axis

export interface AxisBin {
  /** The year header row this bin jumps to. */
  row: number;
  label: string;
  count: number;
  /** 0..1 of the fullest bin, for the bar height. */
  weight: number;
}

/** One bin per year group, in order, for the axis above the list. */
export function axisBins(rows: readonly Row[]): AxisBin[] {
  const bins: AxisBin[] = [];
  rows.forEach((row, index) => {
    if (row.kind === 'year') bins.push({ row: index, label: row.label, count: row.count, weight: 0 });
  });
  const max = Math.max(1, ...bins.map((b) => b.count));
  for (const b of bins) b.weight = b.count / max;
  return bins;
}

/** Which labels of the axis to print when only `room` fit: first, last and evenly spaced ones. */
export function axisLabelStride(bins: number, room: number): number {
  if (bins <= room || room <= 1) return 1;
  return Math.ceil(bins / room);
}

/** A one-line accessible description of an event row. */
export function describeEvent(event: TimelineEventItem): string {
  const date = formatTimex(event.date, event.mod);
  const approx = isApproximate(event) ? ' (approximate)' : '';
  const who = event.entities.length ? ` Entities: ${event.entities.join(', ')}.` : '';
  return `${date}${approx}: ${event.summary}. Source: ${event.title}. ${strengthLabel(event.strength)}.${who}`;
}
