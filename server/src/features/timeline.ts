/**
 * The timeline's custom requests (server/src/protocol.ts): dated events, sourcing summaries and
 * entities, for one open document or for the whole workspace. The workspace answer comes from
 * the workspace index when there is one, else from the open documents.
 */
import type { DocumentInfo } from '../analysisService';
import { compareTimex } from '../core/events';
import type { Feature, FeatureContext, IndexedDocument } from '../featureContext';
import { toRange } from '../positions';
import {
  EntitiesRequest, EventsRequest, SummaryRequest,
  type EntitiesParams, type EntitiesResult, type EntityItem, type EventsParams, type EventsResult,
  type SourceDocumentItem, type SourcingSummary, type TimelineEventItem,
} from '../protocol';
import { toLspDiagnostics } from './diagnostics';
import { summarizeSourcing } from './codeLens';

/** File name of a URI, for documents without a title. */
export function fileNameOf(uri: string): string {
  const path = uri.replace(/[?#].*$/, '');
  const name = path.slice(path.lastIndexOf('/') + 1);
  try {
    return decodeURIComponent(name) || uri;
  } catch {
    return name || uri;
  }
}

function titleOf(info: DocumentInfo): string {
  return info.analysis?.document.frontMatter.title || fileNameOf(info.uri);
}

/** Chronological order; ties keep document order, then go by URI. */
export function compareEvents(a: TimelineEventItem, b: TimelineEventItem): number {
  return compareTimex(a.date, b.date)
    || (a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : 0)
    || a.range.start.line - b.range.start.line
    || a.range.start.character - b.range.start.character;
}

/** The events of one analysed open document. */
export function eventsOfInfo(info: DocumentInfo): TimelineEventItem[] {
  const analysis = info.analysis;
  if (!analysis) return [];
  const names = new Map(analysis.entities.map((e) => [e.id, e.name]));
  const title = titleOf(info);
  return analysis.events.map((e) => ({
    id: `${info.uri}#${e.start}#${e.dateSpan.start}`,
    uri: info.uri,
    title,
    date: e.date,
    mod: e.mod,
    precision: e.precision,
    range: toRange(info.document, { start: e.start, end: e.end }),
    dateRange: toRange(info.document, e.dateSpan),
    summary: e.summary,
    entities: e.entities.map((id) => names.get(id) ?? id),
    strength: e.strength,
  }));
}

/** The events the workspace index keeps of one document (open or closed). */
export function eventsOfIndexed(doc: IndexedDocument): TimelineEventItem[] {
  const names = new Map(doc.entities.map((e) => [e.id, e.name]));
  return doc.events.map((e) => ({
    id: `${doc.uri}#${e.start}#${e.dateSpan.start}`,
    uri: doc.uri,
    title: doc.title,
    date: e.date,
    mod: e.mod,
    precision: e.precision,
    range: e.range,
    summary: e.summary,
    entities: e.entities.map((id) => names.get(id) ?? id),
    strength: e.strength,
  }));
}

/** Sourcing counts of one analysed document. */
export function summaryOf(info: DocumentInfo | undefined, uri: string): SourcingSummary {
  const empty: SourcingSummary = { uri, analysed: false, named: 0, anonymous: 0, unattributed: 0, findings: 0, events: 0 };
  if (!info) return { ...empty, note: 'This document is not a source Sourcelens analyses.' };
  if (!info.analysis) return { ...empty, note: info.refusal?.message };
  const { named, anonymous, unattributed } = summarizeSourcing(info.analysis);
  const diagnostics = toLspDiagnostics(info);
  return { uri, analysed: true, named, anonymous, unattributed, findings: diagnostics.length, events: info.analysis.events.length };
}

function entitiesOfInfo(info: DocumentInfo): EntityItem[] {
  const analysis = info.analysis;
  if (!analysis) return [];
  const title = titleOf(info);
  return analysis.entities.map((e) => ({
    uri: info.uri,
    title,
    id: e.id,
    name: e.name,
    type: e.type,
    aliases: e.aliases,
    ...(e.role ? { role: e.role } : {}),
    mentions: e.mentions.length,
    ...(e.mentions[0] ? { first: toRange(info.document, e.mentions[0]) } : {}),
  }));
}

function entitiesOfIndexed(doc: IndexedDocument): EntityItem[] {
  return doc.entities.map((e) => ({
    uri: doc.uri,
    title: doc.title,
    id: e.id,
    name: e.name,
    type: e.type,
    aliases: e.aliases,
    mentions: e.mentions.length,
    ...(e.mentions[0] ? { first: e.mentions[0] } : {}),
  }));
}

async function openInfos(context: FeatureContext): Promise<DocumentInfo[]> {
  const infos = await Promise.all(context.documents.all().map((d) => context.infoFor(d.uri)));
  return infos.filter((i): i is DocumentInfo => i !== undefined);
}

/** Answers `sourcelens/events`. */
export async function provideEvents(context: FeatureContext, params: EventsParams): Promise<EventsResult> {
  if (params.scope === 'workspace') {
    const documents: SourceDocumentItem[] = [];
    const events: TimelineEventItem[] = [];
    if (context.workspace) {
      for (const doc of await context.workspace.documents()) {
        documents.push({ uri: doc.uri, title: doc.title });
        events.push(...eventsOfIndexed(doc));
      }
    } else {
      for (const info of await openInfos(context)) {
        documents.push({ uri: info.uri, title: titleOf(info) });
        events.push(...eventsOfInfo(info));
      }
    }
    documents.sort((a, b) => a.title.localeCompare(b.title));
    return { scope: 'workspace', documents, events: events.sort(compareEvents) };
  }
  const uri = params.uri ?? '';
  const info = uri ? await context.infoFor(uri) : undefined;
  if (!info) {
    return { scope: 'document', uri, documents: [], events: [], note: uri ? 'This document is not a source Sourcelens analyses.' : 'No document is open.' };
  }
  return {
    scope: 'document',
    uri,
    documents: [{ uri, title: titleOf(info) }],
    events: eventsOfInfo(info).sort(compareEvents),
    ...(info.refusal ? { note: info.refusal.message } : {}),
  };
}

/** Answers `sourcelens/entities`. */
export async function provideEntities(context: FeatureContext, params: EntitiesParams): Promise<EntitiesResult> {
  if (params.scope === 'workspace') {
    const entities = context.workspace
      ? (await context.workspace.documents()).flatMap(entitiesOfIndexed)
      : (await openInfos(context)).flatMap(entitiesOfInfo);
    return { scope: 'workspace', entities };
  }
  const info = params.uri ? await context.infoFor(params.uri) : undefined;
  return { scope: 'document', entities: info ? entitiesOfInfo(info) : [] };
}

function isScope(value: unknown): value is 'document' | 'workspace' {
  return value === 'document' || value === 'workspace';
}

export const timelineFeature: Feature = {
  register(context) {
    const { connection } = context;
    connection.onRequest(EventsRequest, (params) => {
      const scope = isScope(params?.scope) ? params.scope : 'document';
      const uri = typeof params?.uri === 'string' ? params.uri : undefined;
      return provideEvents(context, { scope, ...(uri ? { uri } : {}) });
    });
    connection.onRequest(SummaryRequest, async (params) => {
      const uri = typeof params?.uri === 'string' ? params.uri : '';
      return summaryOf(uri ? await context.infoFor(uri) : undefined, uri);
    });
    connection.onRequest(EntitiesRequest, (params) => {
      const scope = isScope(params?.scope) ? params.scope : 'document';
      const uri = typeof params?.uri === 'string' ? params.uri : undefined;
      return provideEntities(context, { scope, ...(uri ? { uri } : {}) });
    });
  },
};
