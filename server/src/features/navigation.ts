import { DocumentHighlightKind, type DocumentHighlight, type Location } from 'vscode-languageserver';
import type { DocumentInfo } from '../analysisService';
import type { Entity, EntityType } from '../core/types';
import type { Feature, FeatureContext, IndexedEntity } from '../featureContext';
import { toOffset, toRange } from '../positions';
import { entityAtOffset, memoized } from './documentViews';

/** The entity one of whose mentions (under any alias) touches `offset`, if any. */
export function entityAt(info: DocumentInfo, offset: number): Entity | undefined {
  return entityAtOffset(info, offset);
}

/** Another source's entities, as the workspace index keeps them (ranges, not offsets). */
export interface OtherSource {
  uri: string;
  title: string;
  entities: IndexedEntity[];
}

/** What two entities of different documents must share to count as the same actor. */
export interface EntityKey {
  id: string;
  name: string;
  type: EntityType;
  aliases: string[];
}

/**
 * True when two entities from different analyses are the same actor: same type, and the
 * same id or canonical name, or one's canonical name is a surface form of the other
 * ("Farley" alone in one source, "Jim Farley" with the alias "Farley" in another).
 * Two full names never match through a shared surname.
 */
export function sameEntity(a: EntityKey, b: EntityKey): boolean {
  if (a.type !== b.type) return false;
  if (a.id === b.id) return true;
  const an = fold(a.name);
  const bn = fold(b.name);
  return an === bn || a.aliases.some((x) => fold(x) === bn) || b.aliases.some((x) => fold(x) === an);
}

function fold(s: string): string {
  return s.toLowerCase().replace(/\s+/g, ' ').trim();
}

/**
 * The other sources, indexed by entity id, canonical name and alias so that finding an
 * entity's mentions elsewhere does not compare it with every entity of every source.
 */
export class SourceSet {
  private readonly byId = new Map<string, Array<[number, number]>>();
  private readonly byName = new Map<string, Array<[number, number]>>();
  private readonly byAlias = new Map<string, Array<[number, number]>>();
  private readonly found = new Map<string, Array<{ uri: string; entity: IndexedEntity }>>();
  private readonly counts = new Map<string, number>();

  constructor(readonly sources: OtherSource[]) {
    const add = (map: Map<string, Array<[number, number]>>, key: string, at: [number, number]) => {
      const list = map.get(key);
      if (list) list.push(at);
      else map.set(key, [at]);
    };
    sources.forEach((source, s) => source.entities.forEach((e, i) => {
      add(this.byId, e.id, [s, i]);
      add(this.byName, fold(e.name), [s, i]);
      for (const alias of new Set(e.aliases.map(fold))) add(this.byAlias, alias, [s, i]);
    }));
  }

  /** The same entity (see sameEntity) in every source but `exceptUri`, in source order. */
  matches(entity: EntityKey, exceptUri: string): Array<{ uri: string; entity: IndexedEntity }> {
    const key = matchKey(entity, exceptUri);
    let found = this.found.get(key);
    if (!found) this.found.set(key, (found = this.find(entity, exceptUri)));
    return found;
  }

  /** How many mentions the same entity has in every source but `exceptUri` (counted once per set). */
  mentionCount(entity: EntityKey, exceptUri: string): number {
    const key = matchKey(entity, exceptUri);
    let n = this.counts.get(key);
    if (n === undefined) this.counts.set(key, (n = this.matches(entity, exceptUri).reduce((sum, m) => sum + m.entity.mentions.length, 0)));
    return n;
  }

  private find(entity: EntityKey, exceptUri: string): Array<{ uri: string; entity: IndexedEntity }> {
    const name = fold(entity.name);
    const candidates = [
      ...(this.byId.get(entity.id) ?? []), ...(this.byName.get(name) ?? []), ...(this.byAlias.get(name) ?? []),
      ...entity.aliases.flatMap((a) => this.byName.get(fold(a)) ?? []),
    ];
    const seen = new Set<string>();
    return candidates
      .filter(([s, i]) => {
        const key = `${s}:${i}`;
        if (seen.has(key) || this.sources[s].uri === exceptUri) return false;
        seen.add(key);
        return sameEntity(entity, this.sources[s].entities[i]);
      })
      .sort((a, b) => a[0] - b[0] || a[1] - b[1])
      .map(([s, i]) => ({ uri: this.sources[s].uri, entity: this.sources[s].entities[i] }));
  }
}

function matchKey(entity: EntityKey, exceptUri: string): string {
  return [exceptUri, entity.type, entity.id, entity.name, ...entity.aliases].join('\u0000');
}

/** Every mention of `entity` in the document, as LSP locations; without the first one unless `includeDeclaration`. */
export function provideReferences(info: DocumentInfo, offset: number, includeDeclaration: boolean, others?: SourceSet): Location[] {
  const entity = entityAt(info, offset);
  if (!entity) return [];
  const here = (includeDeclaration ? entity.mentions : entity.mentions.slice(1)).map((m) => ({
    uri: info.uri, range: toRange(info.document, m),
  }));
  const elsewhere = (others?.matches(entity, info.uri) ?? []).flatMap((m) => m.entity.mentions.map((range) => ({ uri: m.uri, range })));
  return [...here, ...elsewhere];
}

/** Highlights every mention of the entity at `offset`; the first mention counts as its definition (Write). */
export function provideDocumentHighlights(info: DocumentInfo, offset: number): DocumentHighlight[] {
  const entity = entityAt(info, offset);
  if (!entity) return [];
  return entity.mentions.map((m, i) => ({
    range: toRange(info.document, m),
    kind: i === 0 ? DocumentHighlightKind.Write : DocumentHighlightKind.Read,
  }));
}

/** The first mention of the entity at `offset`: where the document introduces it. */
export function provideDefinition(info: DocumentInfo, offset: number): Location | null {
  const first = entityAt(info, offset)?.mentions[0];
  return first ? { uri: info.uri, range: toRange(info.document, first) } : null;
}

/**
 * The sources a workspace-wide feature looks at: every document of the workspace index when
 * one is running, plus the open documents it does not cover (untitled, outside the folders);
 * without an index, the open documents alone (single-file use).
 */
export async function otherSources(context: FeatureContext): Promise<OtherSource[]> {
  const sources: OtherSource[] = context.workspace ? [...(await context.workspace.documents())] : [];
  const known = new Set(sources.map((s) => s.uri));
  for (const document of context.documents.all()) {
    if (known.has(document.uri)) continue;
    const info = await context.infoFor(document.uri);
    if (info) sources.push(indexedFrom(info));
  }
  return sources;
}

interface SourceSetCache {
  pending?: Promise<SourceSet>;
  /** The newest set that finished (by the order they started), kept while a newer one is computed. */
  latest?: SourceSet;
  latestSeq: number;
  seq: number;
  watching: boolean;
}

const caches = new WeakMap<FeatureContext, SourceSetCache>();

/**
 * otherSources as a SourceSet, computed once and reused by every request until a document
 * opens, changes or closes or the workspace index reports a change: summarising the open
 * documents is what a lens or reference request would otherwise spend its time on.
 */
export function sourceSet(context: FeatureContext): Promise<SourceSet> {
  let cache = caches.get(context);
  if (!cache) {
    const fresh: SourceSetCache = { watching: false, seq: 0, latestSeq: 0 };
    const drop = () => (fresh.pending = undefined);
    context.documents.onDidChangeContent(drop);
    context.documents.onDidClose(drop);
    caches.set(context, (cache = fresh));
  }
  const c = cache;
  if (!c.watching && context.workspace) {
    c.watching = true;
    context.workspace.onDidChange(() => (c.pending = undefined));
  }
  if (!c.pending) {
    const seq = ++c.seq;
    const pending = otherSources(context).then((sources) => new SourceSet(sources));
    pending.then((set) => {
      if (seq > c.latestSeq) {
        c.latest = set;
        c.latestSeq = seq;
      }
    }, () => {
      if (c.pending === pending) c.pending = undefined;
    });
    c.pending = pending;
  }
  return c.pending;
}

/**
 * A SourceSet for counts shown while the user reads (hovers, lenses), without waiting for the
 * other sources again after every edit: the newest set that finished, or, before the first one,
 * the first within `waitMs` (Infinity: the first, however long it takes). Undefined when none is ready in time. A newer set is computed meanwhile.
 */
export async function recentSourceSet(context: FeatureContext, waitMs: number): Promise<SourceSet | undefined> {
  const pending = sourceSet(context);
  const latest = caches.get(context)?.latest;
  if (latest) return latest;
  if (waitMs === Infinity) return pending;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<undefined>((resolve) => (timer = setTimeout(() => resolve(undefined), waitMs)));
  try {
    return await Promise.race([pending.catch(() => undefined), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** One open document's analysis in the shape the workspace index keeps. */
export function indexedFrom(info: DocumentInfo): OtherSource {
  const analysis = info.analysis;
  return memoized(info, 'indexed', () => ({
    uri: info.uri,
    title: analysis?.document.frontMatter.title ?? fileName(info.uri),
    entities: (analysis?.entities ?? []).map((e) => ({
      id: e.id, name: e.name, type: e.type, aliases: e.aliases, mentions: e.mentions.map((m) => toRange(info.document, m)),
    })),
  }));
}

function fileName(uri: string): string {
  const last = uri.slice(uri.lastIndexOf('/') + 1);
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}

/** References (this document and the other sources), document highlights and go to definition. */
export const navigationFeature: Feature = {
  capabilities: { referencesProvider: true, documentHighlightProvider: true, definitionProvider: true },
  register(context) {
    const { connection, infoFor } = context;
    connection.onReferences(async (params) => {
      const info = await infoFor(params.textDocument.uri);
      if (!info) return [];
      const offset = toOffset(info.document, params.position);
      if (!entityAt(info, offset)) return [];
      return provideReferences(info, offset, params.context.includeDeclaration, await sourceSet(context));
    });
    connection.onDocumentHighlight(async (params) => {
      const info = await infoFor(params.textDocument.uri);
      return info ? provideDocumentHighlights(info, toOffset(info.document, params.position)) : [];
    });
    connection.onDefinition(async (params) => {
      const info = await infoFor(params.textDocument.uri);
      return info ? provideDefinition(info, toOffset(info.document, params.position)) : null;
    });
  },
};
