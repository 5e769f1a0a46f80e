/**
 * Serializers of the timeline's exports: events as CSV, events as TimelineJS3 JSON, entities as
 * CSV. Pure (no `vscode`), so unit tests run them directly. CSV follows RFC 4180: comma
 * separated, CRLF line ends, fields quoted when they hold a comma, quote, CR or LF, quotes
 * doubled; the caller writes the text as UTF-8.
 */
import type { EntityItem, TimelineEventItem } from '../../server/src/protocol';
import { formatTimex, isApproximate, parseTimex, strengthLabel } from '../webview/model';

/** One CSV field, quoted when needed. Text a spreadsheet would run as a formula gets a leading `'`. */
export function csvField(value: string | number | boolean | null | undefined): string {
  let s = value === null || value === undefined ? '' : String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(s) && !/^[+-]?\d+(?:\.\d+)?$/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** A whole CSV text: header, then one record per row, each ended by CRLF. */
export function toCsv(header: readonly string[], rows: ReadonlyArray<ReadonlyArray<string | number | boolean | null | undefined>>): string {
  return [header, ...rows].map((r) => `${r.map(csvField).join(',')}\r\n`).join('');
}

export const EVENT_CSV_HEADER = [
  'date', 'date_label', 'precision', 'modifier', 'approximate', 'summary', 'entities', 'strength', 'strength_label',
  'source_title', 'source_uri', 'start_line', 'start_column', 'end_line', 'end_column',
] as const;

/** Events as CSV. Lines and columns are 1-based, as editors show them; entities are joined with "; ". */
export function eventsToCsv(events: readonly TimelineEventItem[]): string {
  return toCsv(EVENT_CSV_HEADER, events.map((e) => [
    e.date,
    formatTimex(e.date, e.mod),
    parseTimex(e.date).kind,
    e.mod ?? '',
    isApproximate(e),
    e.summary,
    e.entities.join('; '),
    e.strength,
    strengthLabel(e.strength),
    e.title,
    e.uri,
    e.range.start.line + 1,
    e.range.start.character + 1,
    e.range.end.line + 1,
    e.range.end.character + 1,
  ]));
}

export const ENTITY_CSV_HEADER = ['name', 'type', 'aliases', 'role', 'mentions', 'source_title', 'source_uri', 'first_line', 'first_column'] as const;

/** Entities as CSV, one record per entity and document. */
export function entitiesToCsv(entities: readonly EntityItem[]): string {
  return toCsv(ENTITY_CSV_HEADER, entities.map((e) => [
    e.name,
    e.type,
    e.aliases.join('; '),
    e.role ?? '',
    e.mentions,
    e.title,
    e.uri,
    e.first ? e.first.start.line + 1 : '',
    e.first ? e.first.start.character + 1 : '',
  ]));
}

/** A TimelineJS3 date object. */
export interface TimelineJsDate {
  year: number;
  month?: number;
  day?: number;
  display_date?: string;
}

export interface TimelineJsEvent {
  start_date: TimelineJsDate;
  end_date?: TimelineJsDate;
  text: { headline: string; text: string };
  group?: string;
  display_date?: string;
  unique_id: string;
}

export interface TimelineJsDocument {
  title?: { text: { headline: string; text: string } };
  events: TimelineJsEvent[];
}

/** Escapes text for TimelineJS, which renders `headline` and `text` as HTML. */
export function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

function lastDay(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * Start and end of a TIMEX3 value as TimelineJS dates: a day is a point; a week, quarter,
 * season or half is a span of months; a decade or century a span of years. Undefined for
 * values with no year.
 */
export function timelineJsDates(value: string): { start: TimelineJsDate; end?: TimelineJsDate } | undefined {
  const p = parseTimex(value);
  if (p.year === undefined) return undefined;
  const y = p.year;
  switch (p.kind) {
    case 'day': return { start: { year: y, month: p.month!, day: p.day! } };
    case 'week': {
      const start = new Date(Date.UTC(p.year, p.month! - 1, p.day!));
      const end = new Date(start.getTime() + 6 * 86_400_000);
      return {
        start: { year: start.getUTCFullYear(), month: start.getUTCMonth() + 1, day: start.getUTCDate() },
        end: { year: end.getUTCFullYear(), month: end.getUTCMonth() + 1, day: end.getUTCDate() },
      };
    }
    case 'month': return { start: { year: y, month: p.month! } };
    case 'quarter': return { start: { year: y, month: p.month! }, end: { year: y, month: p.month! + 2, day: lastDay(y, p.month! + 2) } };
    case 'season': {
      const endMonth = p.month! + 2;
      return { start: { year: y, month: p.month! }, end: { year: y, month: endMonth, day: lastDay(y, endMonth) } };
    }
    case 'half': return { start: { year: y, month: p.month! }, end: { year: y, month: p.month! + 5, day: lastDay(y, p.month! + 5) } };
    case 'year': return { start: { year: y } };
    case 'decade': return { start: { year: y }, end: { year: y + 9 } };
    case 'century': return { start: { year: y }, end: { year: y + 99 } };
    default: return undefined;
  }
}

/**
 * Events in the TimelineJS3 JSON format (`{title, events: [{start_date, end_date, text, group,
 * display_date, unique_id}]}`). Approximate dates and periods keep their wording in
 * `display_date` ("about 2030", "late 2019", "Q2 2026"); the group is the source document. Events whose date has no
 * year cannot be placed and are left out.
 */
export function eventsToTimelineJs(events: readonly TimelineEventItem[], title?: string): TimelineJsDocument {
  const out: TimelineJsEvent[] = [];
  const used = new Set<string>();
  for (const e of events) {
    const dates = timelineJsDates(e.date);
    if (!dates) continue;
    const label = formatTimex(e.date, e.mod);
    // TimelineJS would print a quarter as its first month and an approximate date as exact.
    const kind = parseTimex(e.date).kind;
    const worded = isApproximate(e) || !['day', 'month', 'year'].includes(kind);
    const start: TimelineJsDate = { ...dates.start, ...(worded ? { display_date: label } : {}) };
    const details = [
      e.entities.length ? `<p><b>Entities:</b> ${e.entities.map(escapeHtml).join(', ')}</p>` : '',
      `<p><b>Source:</b> ${escapeHtml(e.title)}</p>`,
      `<p><b>Sourcing:</b> ${escapeHtml(strengthLabel(e.strength))} (${e.strength}/5)</p>`,
    ].join('');
    let id = `event-${e.id.replace(/[^A-Za-z0-9_-]+/g, '-').replace(/^-+|-+$/g, '').slice(-80)}`;
    for (let n = 2; used.has(id); n++) id = `${id}-${n}`;
    used.add(id);
    out.push({
      start_date: start,
      ...(dates.end ? { end_date: dates.end } : {}),
      text: { headline: escapeHtml(e.summary), text: details },
      group: e.title,
      ...(worded ? { display_date: label } : {}),
      unique_id: id,
    });
  }
  return {
    ...(title ? { title: { text: { headline: escapeHtml(title), text: `<p>${out.length} dated events, exported from Sourcelens.</p>` } } } : {}),
    events: out,
  };
}
