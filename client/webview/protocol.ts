/**
 * Messages between the timeline panel (extension host) and its webview, both ways, as
 * discriminated unions (the vscode-hexeditor model). Shared by client/src/timelinePanel.ts and
 * the webview bundle; no DOM and no `vscode` here. Every incoming message goes through
 * `parseToWebview` / `parseFromWebview`, which return undefined for anything malformed.
 */
import type { Scope, SourceDocumentItem, TimelineEventItem } from '../../server/src/protocol';

export type { Scope, SourceDocumentItem, TimelineEventItem };

/** What the user narrowed the timeline to. Empty strings mean "all". */
export interface TimelineFilter {
  /** An entity name. */
  entity: string;
  /** A source document URI. */
  source: string;
}

export type ExportFormat = 'events-csv' | 'timelinejs' | 'entities-csv';

/** The webview's persisted state (vscode.setState), handed back to the serializer after a reload. */
export interface PersistedState {
  scope: Scope;
  filter: TimelineFilter;
  /** Id of the focused event. */
  activeId?: string;
  /** The document of a document-scope timeline, so a restored panel shows the same one. */
  uri?: string;
}

/** Extension → webview. */
export type ToWebview =
  | {
      type: 'events';
      scope: Scope;
      /** The document of a document-scope timeline. */
      uri?: string;
      /** Heading: the document's title, or the workspace name. */
      title: string;
      documents: SourceDocumentItem[];
      events: TimelineEventItem[];
      /** Why there is nothing to show, when there is nothing. */
      note?: string;
    }
  | { type: 'loading'; scope: Scope }
  | { type: 'error'; message: string }
  /** The editor's cursor is in this event's sentence: show it as current. */
  | { type: 'current'; id: string | null };

/** Webview → extension. */
export type FromWebview =
  | { type: 'ready' }
  | { type: 'setScope'; scope: Scope }
  /** Reveal and select the event's sentence in the editor (and focus it, unless `preserveFocus`). */
  | { type: 'reveal'; id: string; preserveFocus?: boolean }
  | { type: 'export'; format: ExportFormat; filter: TimelineFilter }
  /** Sent after each full render: for the log and the end-to-end tests. */
  | { type: 'rendered'; events: number; shown: number; ms: number };

type Json = Record<string, unknown>;

function isObject(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function isString(v: unknown, max = 100_000): v is string {
  return typeof v === 'string' && v.length <= max;
}

function isScope(v: unknown): v is Scope {
  return v === 'document' || v === 'workspace';
}

function isPosition(v: unknown): boolean {
  return isObject(v) && Number.isInteger(v.line) && (v.line as number) >= 0
    && Number.isInteger(v.character) && (v.character as number) >= 0;
}

function isRange(v: unknown): boolean {
  return isObject(v) && isPosition(v.start) && isPosition(v.end);
}

function copyRange(v: unknown): TimelineEventItem['range'] {
  const r = v as TimelineEventItem['range'];
  return { start: { line: r.start.line, character: r.start.character }, end: { line: r.end.line, character: r.end.character } };
}

const MODS = new Set(['START', 'MID', 'END', 'APPROX', 'BEFORE', 'AFTER']);
const PRECISIONS = new Set(['day', 'week', 'month', 'quarter', 'season', 'year', 'decade', 'century', 'reference', 'unknown']);
const FORMATS = new Set<ExportFormat>(['events-csv', 'timelinejs', 'entities-csv']);

/** A well-formed event, or undefined. */
export function parseEvent(v: unknown): TimelineEventItem | undefined {
  if (!isObject(v)) return undefined;
  const { id, uri, title, date, mod, precision, range, dateRange, summary, entities, strength } = v;
  if (!isString(id, 4096) || !isString(uri, 4096) || !isString(title, 1000) || !isString(date, 64)) return undefined;
  if (!(mod === null || (typeof mod === 'string' && MODS.has(mod)))) return undefined;
  if (!(typeof precision === 'string' && PRECISIONS.has(precision))) return undefined;
  if (!isRange(range) || (dateRange !== undefined && !isRange(dateRange))) return undefined;
  if (!isString(summary, 10_000)) return undefined;
  if (!Array.isArray(entities) || entities.length > 1000 || !entities.every((e) => isString(e, 1000))) return undefined;
  if (typeof strength !== 'number' || !Number.isInteger(strength) || strength < 0 || strength > 5) return undefined;
  return {
    id, uri, title, date, mod: mod as TimelineEventItem['mod'], precision: precision as TimelineEventItem['precision'],
    range: copyRange(range), ...(dateRange !== undefined ? { dateRange: copyRange(dateRange) } : {}),
    summary, entities: [...entities] as string[], strength,
  };
}

function parseFilter(v: unknown): TimelineFilter | undefined {
  if (!isObject(v)) return undefined;
  const entity = v.entity ?? '';
  const source = v.source ?? '';
  if (!isString(entity, 1000) || !isString(source, 4096)) return undefined;
  return { entity, source };
}

/** Validates a message for the webview; undefined when it is not one. */
export function parseToWebview(v: unknown): ToWebview | undefined {
  if (!isObject(v)) return undefined;
  switch (v.type) {
    case 'events': {
      if (!isScope(v.scope) || !isString(v.title, 1000)) return undefined;
      if (v.uri !== undefined && !isString(v.uri, 4096)) return undefined;
      if (v.note !== undefined && !isString(v.note, 10_000)) return undefined;
      if (!Array.isArray(v.documents) || !Array.isArray(v.events)) return undefined;
      const documents: SourceDocumentItem[] = [];
      for (const d of v.documents) {
        if (!isObject(d) || !isString(d.uri, 4096) || !isString(d.title, 1000)) return undefined;
        documents.push({ uri: d.uri, title: d.title });
      }
      const events: TimelineEventItem[] = [];
      for (const e of v.events) {
        const event = parseEvent(e);
        if (!event) return undefined;
        events.push(event);
      }
      return {
        type: 'events', scope: v.scope, title: v.title, documents, events,
        ...(v.uri !== undefined ? { uri: v.uri as string } : {}),
        ...(v.note !== undefined ? { note: v.note as string } : {}),
      };
    }
    case 'loading':
      return isScope(v.scope) ? { type: 'loading', scope: v.scope } : undefined;
    case 'error':
      return isString(v.message, 10_000) ? { type: 'error', message: v.message } : undefined;
    case 'current':
      return v.id === null || isString(v.id, 4096) ? { type: 'current', id: v.id as string | null } : undefined;
    default:
      return undefined;
  }
}

/** Validates a message from the webview; undefined when it is not one. */
export function parseFromWebview(v: unknown): FromWebview | undefined {
  if (!isObject(v)) return undefined;
  switch (v.type) {
    case 'ready':
      return { type: 'ready' };
    case 'setScope':
      return isScope(v.scope) ? { type: 'setScope', scope: v.scope } : undefined;
    case 'reveal':
      if (!isString(v.id, 4096) || (v.preserveFocus !== undefined && typeof v.preserveFocus !== 'boolean')) return undefined;
      return { type: 'reveal', id: v.id, ...(v.preserveFocus ? { preserveFocus: true } : {}) };
    case 'export': {
      const filter = parseFilter(v.filter);
      return typeof v.format === 'string' && FORMATS.has(v.format as ExportFormat) && filter
        ? { type: 'export', format: v.format as ExportFormat, filter }
        : undefined;
    }
    case 'rendered': {
      const { events, shown, ms } = v;
      return [events, shown, ms].every((n) => typeof n === 'number' && Number.isFinite(n) && n >= 0)
        ? { type: 'rendered', events: events as number, shown: shown as number, ms: ms as number }
        : undefined;
    }
    default:
      return undefined;
  }
}

/** The persisted state, or a default when it is missing or malformed. */
export function parsePersistedState(v: unknown): PersistedState {
  const fallback: PersistedState = { scope: 'document', filter: { entity: '', source: '' } };
  if (!isObject(v)) return fallback;
  const scope = isScope(v.scope) ? v.scope : 'document';
  const filter = parseFilter(v.filter) ?? fallback.filter;
  return {
    scope, filter,
    ...(isString(v.activeId, 4096) ? { activeId: v.activeId } : {}),
    ...(isString(v.uri, 4096) && v.uri ? { uri: v.uri } : {}),
  };
}
