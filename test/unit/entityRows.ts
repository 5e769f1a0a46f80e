// Table rows for findEntities, shared by the entity and place tests.
import assert from 'node:assert/strict';
import { parseDocument } from '../../server/src/core/document';
import { findEntities } from '../../server/src/core/entities';
import { tagDocument } from '../../server/src/core/nlp';
import type { Entity, EntityType } from '../../server/src/core/types';

export function run(text: string): Entity[] {
  const doc = parseDocument(text);
  return findEntities(doc, tagDocument(doc));
}

/** A mention that must be found: its text and type (the first occurrence found is checked). */
export interface Expect {
  text: string;
  type: EntityType;
  /** Entity id the mention must belong to. */
  id?: string;
  /** The role found; null when none may be found. */
  role?: string | null;
}

export interface Row {
  name: string;
  text: string;
  expect?: Expect[];
  /** Surface forms that must not be a mention (of any type, or of `type` when given as "text:type"). */
  absent?: string[];
  check?: (entities: Entity[], text: string) => void;
}

function occurrences(text: string, needle: string): number[] {
  const out: number[] = [];
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) out.push(i);
  return out;
}

export function mentionsOf(entities: Entity[]) {
  return entities.flatMap((e) => e.mentions.map((m) => ({ e, m })));
}

/** Runs one row: every expected mention found with its type (id and role when given), no absent one, then `check`. */
export function checkRow(row: Row): void {
  const entities = run(row.text);
  const all = mentionsOf(entities);
  for (const m of all) assert.equal(row.text.slice(m.m.start, m.m.end), m.m.text, 'mention text is the slice of the document');
  for (const exp of row.expect ?? []) {
    const hits = all.filter((x) => x.m.text === exp.text && x.e.type === exp.type);
    assert.ok(hits.length > 0, `expected ${exp.type} "${exp.text}" in ${JSON.stringify(all.map((x) => `${x.e.type}:${x.m.text}`))}`);
    assert.ok(occurrences(row.text, exp.text).includes(hits[0].m.start));
    if (exp.id) assert.ok(hits.some((h) => h.e.id === exp.id), `expected id ${exp.id}, got ${hits.map((h) => h.e.id)}`);
    if (exp.role !== undefined) assert.equal(hits[0].e.role ?? null, exp.role);
  }
  for (const a of row.absent ?? []) {
    const [text, type] = a.split(':');
    const bad = all.filter((x) => x.m.text === text && (!type || x.e.type === type));
    assert.equal(bad.length, 0, `unexpected ${a}`);
  }
  row.check?.(entities, row.text);
}
