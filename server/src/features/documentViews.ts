import type { DocumentInfo } from '../analysisService';
import { firstEndingAfter } from '../core/rules/util';
import type { Entity, Span } from '../core/types';

interface Node {
  center: number;
  /** Entries that contain `center`, by start ascending. */
  byStart: Entry[];
  /** The same entries by end descending. */
  byEnd: Entry[];
  left: Node | null;
  right: Node | null;
}

interface Entry {
  start: number;
  end: number;
  owner: number;
}

/**
 * Spans (each with the index of the item it belongs to) in a static interval tree: the items
 * whose spans touch an offset (see positions.ts `touches`) in O(log n + k), whatever their nesting.
 */
export class SpanIndex {
  private readonly root: Node | null;
  readonly size: number;

  constructor(spans: Array<[Span, number]>) {
    this.size = spans.length;
    this.root = build(spans.map(([s, owner]) => ({ start: s.start, end: s.end, owner })));
  }

  /** Owners of the spans touching `offset`, ascending and distinct. */
  at(offset: number): number[] {
    const out: number[] = [];
    let node = this.root;
    while (node) {
      if (offset < node.center) {
        for (const e of node.byStart) {
          if (e.start > offset) break;
          out.push(e.owner);
        }
        node = node.left;
      } else if (offset > node.center) {
        for (const e of node.byEnd) {
          if (e.end < offset) break;
          out.push(e.owner);
        }
        node = node.right;
      } else {
        for (const e of node.byStart) out.push(e.owner);
        break;
      }
    }
    if (out.length < 2) return out;
    out.sort((a, b) => a - b);
    return out.filter((o, i) => i === 0 || out[i - 1] !== o);
  }

  /** The lowest owner of a span touching `offset`, or -1. */
  first(offset: number): number {
    const all = this.at(offset);
    return all.length ? all[0] : -1;
  }
}

function build(entries: Entry[]): Node | null {
  if (entries.length === 0) return null;
  const starts = entries.map((e) => e.start).sort((a, b) => a - b);
  const center = starts[starts.length >> 1];
  const left: Entry[] = [];
  const right: Entry[] = [];
  const here: Entry[] = [];
  for (const e of entries) {
    if (e.end < center) left.push(e);
    else if (e.start > center) right.push(e);
    else here.push(e);
  }
  return {
    center,
    byStart: [...here].sort((a, b) => a.start - b.start),
    byEnd: here.sort((a, b) => b.end - a.end),
    left: build(left),
    right: build(right),
  };
}

/** The span of a sorted, non-overlapping list that contains `offset` (start inclusive, end exclusive). */
export function containing<T extends Span>(sorted: T[], offset: number): T | undefined {
  const found = sorted[firstEndingAfter(sorted, offset)];
  return found && found.start <= offset ? found : undefined;
}

/**
 * What the features look up in one analysed version, built once per DocumentInfo (which
 * stands for exactly one version): which entity, date, attribution or finding is at an offset,
 * and entities by id. Features keep their own per-version results (outline, lenses) beside it.
 */
export interface DocumentViews {
  /** Entity mentions; owners are indexes into `analysis.entities`. */
  mentions: SpanIndex;
  dates: SpanIndex;
  /** Cues and sources; owners are indexes into `analysis.attributions`. */
  attributions: SpanIndex;
  diagnostics: SpanIndex;
  entityById: Map<string, Entity>;
  /** Anything else a feature computes once per version, by the feature's own key. */
  memo: Map<string, unknown>;
}

const views = new WeakMap<DocumentInfo, DocumentViews>();

/** The lookups of one analysed version (an empty set without an analysis). */
export function viewsOf(info: DocumentInfo): DocumentViews {
  let v = views.get(info);
  if (v) return v;
  const a = info.analysis;
  const mentions: Array<[Span, number]> = [];
  const attributions: Array<[Span, number]> = [];
  const entityById = new Map<string, Entity>();
  if (a) {
    a.entities.forEach((e, i) => {
      for (const m of e.mentions) mentions.push([m, i]);
      if (e.mentions.length > 0 && !entityById.has(e.id)) entityById.set(e.id, e);
    });
    a.attributions.forEach((x, i) => {
      attributions.push([x.cue, i]);
      if (x.source) attributions.push([x.source, i]);
    });
  }
  v = {
    mentions: new SpanIndex(mentions),
    dates: new SpanIndex((a?.dates ?? []).map((d, i) => [d, i])),
    attributions: new SpanIndex(attributions),
    diagnostics: new SpanIndex((a?.diagnostics ?? []).map((d, i) => [d, i])),
    entityById,
    memo: new Map(),
  };
  views.set(info, v);
  return v;
}

/** A value computed at most once per analysed version under `key`. */
export function memoized<T>(info: DocumentInfo, key: string, compute: () => T): T {
  const { memo } = viewsOf(info);
  if (memo.has(key)) return memo.get(key) as T;
  const value = compute();
  memo.set(key, value);
  return value;
}

/** The entity one of whose mentions touches `offset` (the first in the analysis' order), if any. */
export function entityAtOffset(info: DocumentInfo, offset: number): Entity | undefined {
  const i = viewsOf(info).mentions.first(offset);
  return i >= 0 ? info.analysis?.entities[i] : undefined;
}
