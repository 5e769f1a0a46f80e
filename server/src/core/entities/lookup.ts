import type { Entity, Span, TextSpan } from '../types';

/** Every mention of a list of entities, sorted by start, built once per list. */
interface Indexed {
  starts: number[];
  ends: number[];
  entities: Entity[];
  mentions: TextSpan[];
  /** Index in the list of each mention's entity. */
  owners: number[];
  /** Length of the longest mention: no mention starting before `start - longest` reaches `start`. */
  longest: number;
}

const cache = new WeakMap<readonly Entity[], Indexed>();

function indexOf(entities: readonly Entity[]): Indexed {
  let hit = cache.get(entities);
  if (hit) return hit;
  const rows: { m: TextSpan; e: Entity; owner: number }[] = [];
  entities.forEach((e, owner) => {
    for (const m of e.mentions) rows.push({ m, e, owner });
  });
  rows.sort((a, b) => a.m.start - b.m.start);
  hit = {
    starts: rows.map((r) => r.m.start),
    ends: rows.map((r) => r.m.end),
    entities: rows.map((r) => r.e),
    mentions: rows.map((r) => r.m),
    owners: rows.map((r) => r.owner),
    longest: rows.reduce((n, r) => Math.max(n, r.m.end - r.m.start), 0),
  };
  cache.set(entities, hit);
  return hit;
}

/** The mention covering `offset` (`start <= offset < end`) and its entity. Binary search. */
export function mentionAt(entities: readonly Entity[], offset: number): { entity: Entity; mention: TextSpan } | undefined {
  const ix = indexOf(entities);
  let lo = 0;
  let hi = ix.starts.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (ix.starts[mid] <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  // Mentions do not overlap, so the last one starting at or before `offset` is the only candidate.
  if (found >= 0 && offset < ix.ends[found]) return { entity: ix.entities[found], mention: ix.mentions[found] };
  return undefined;
}

/** The entity with a mention covering `offset`, or undefined. */
export function entityAt(entities: readonly Entity[], offset: number): Entity | undefined {
  return mentionAt(entities, offset)?.entity;
}

/** Every mention inside `[start, end)`, in document order. */
export function mentionsIn(entities: readonly Entity[], start: number, end: number): { entity: Entity; mention: TextSpan }[] {
  const ix = indexOf(entities);
  let lo = 0;
  let hi = ix.starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ix.starts[mid] < start) lo = mid + 1;
    else hi = mid;
  }
  const out: { entity: Entity; mention: TextSpan }[] = [];
  for (let k = lo; k < ix.starts.length && ix.starts[k] < end; k++) {
    if (ix.ends[k] <= end) out.push({ entity: ix.entities[k], mention: ix.mentions[k] });
  }
  return out;
}

/** Index of the first mention that can overlap a span starting at `start`. */
function firstCandidate(ix: Indexed, start: number): number {
  const from = start - ix.longest;
  let lo = 0;
  let hi = ix.starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ix.starts[mid] <= from) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The entity of every mention overlapping `span`, in document order (an entity once per mention). */
export function entitiesOverlapping(entities: readonly Entity[], span: Span): Entity[] {
  const ix = indexOf(entities);
  const out: Entity[] = [];
  for (let k = firstCandidate(ix, span.start); k < ix.starts.length && ix.starts[k] < span.end; k++) {
    if (span.start < ix.ends[k]) out.push(ix.entities[k]);
  }
  return out;
}

/** The first entity in list order with a mention overlapping `span` that `accept` takes. */
export function firstEntityOverlapping(
  entities: readonly Entity[], span: Span, accept: (entity: Entity, mention: TextSpan) => boolean = () => true,
): Entity | undefined {
  const ix = indexOf(entities);
  let best = -1;
  for (let k = firstCandidate(ix, span.start); k < ix.starts.length && ix.starts[k] < span.end; k++) {
    const owner = ix.owners[k];
    if (span.start < ix.ends[k] && (best < 0 || owner < best) && accept(ix.entities[k], ix.mentions[k])) best = owner;
  }
  return best < 0 ? undefined : entities[best];
}
