import type { Entity, TextSpan } from '../types';

interface Indexed {
  starts: number[];
  ends: number[];
  entities: Entity[];
  mentions: TextSpan[];
}

const cache = new WeakMap<readonly Entity[], Indexed>();

function indexOf(entities: readonly Entity[]): Indexed {
  let hit = cache.get(entities);
  if (hit) return hit;
  const rows: { m: TextSpan; e: Entity }[] = [];
  for (const e of entities) for (const m of e.mentions) rows.push({ m, e });
  rows.sort((a, b) => a.m.start - b.m.start);
  hit = {
    starts: rows.map((r) => r.m.start),
    ends: rows.map((r) => r.m.end),
    entities: rows.map((r) => r.e),
    mentions: rows.map((r) => r.m),
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
