import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import type { EntityType, KnownName } from '../core/types';
import type { Anchor } from './anchor';

/** The project folder beside the sources, holding what the user decided (never the sources themselves). */
export const PROJECT_DIR = '.sourcelens';
export const IGNORES_FILE = 'ignores.json';
export const NAMES_FILE = 'names.json';

/** One ignored finding: a rule at an anchored place in one file (path relative to the workspace folder, `/`-separated). */
export interface OccurrenceIgnore extends Anchor {
  id: string;
  file: string;
  rule: string;
  /** ISO time it was added, for the user reading the file. */
  added?: string;
}

/** A rule ignored in a whole file. */
export interface FileRuleIgnore {
  id: string;
  file: string;
  rule: string;
  added?: string;
}

/** Contents of `.sourcelens/ignores.json`. */
export interface IgnoresFile {
  version: 1;
  occurrences: OccurrenceIgnore[];
  fileRules: FileRuleIgnore[];
}

/** Contents of `.sourcelens/names.json`. */
export interface NamesFile {
  version: 1;
  names: KnownName[];
}

/** A sidecar that could be read, or why not. A missing file is an empty one, not a problem. */
export type ReadResult<T> = { ok: true; value: T; exists: boolean } | { ok: false; message: string };

export const emptyIgnores = (): IgnoresFile => ({ version: 1, occurrences: [], fileRules: [] });
export const emptyNames = (): NamesFile => ({ version: 1, names: [] });

export function newId(): string {
  return randomBytes(4).toString('hex');
}

const isString = (v: unknown): v is string => typeof v === 'string';
const isObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);
const ENTITY_TYPES: EntityType[] = ['person', 'organization', 'place'];

/** Checks the shape of a parsed ignores file; the message names the first problem. */
export function validateIgnores(raw: unknown): ReadResult<IgnoresFile> {
  if (!isObject(raw)) return { ok: false, message: 'the top level is not an object' };
  const occurrences = raw.occurrences ?? [];
  const fileRules = raw.fileRules ?? [];
  if (!Array.isArray(occurrences)) return { ok: false, message: '"occurrences" is not a list' };
  if (!Array.isArray(fileRules)) return { ok: false, message: '"fileRules" is not a list' };
  const out = emptyIgnores();
  for (const [i, o] of occurrences.entries()) {
    if (!isObject(o) || !isString(o.file) || !isString(o.rule) || !isString(o.text)) {
      return { ok: false, message: `occurrences[${i}] needs "file", "rule" and "text" strings` };
    }
    out.occurrences.push({
      id: isString(o.id) ? o.id : newId(), file: o.file, rule: o.rule, text: o.text,
      before: isString(o.before) ? o.before : '', after: isString(o.after) ? o.after : '',
      ...(isString(o.added) ? { added: o.added } : {}),
    });
  }
  for (const [i, r] of fileRules.entries()) {
    if (!isObject(r) || !isString(r.file) || !isString(r.rule)) return { ok: false, message: `fileRules[${i}] needs "file" and "rule" strings` };
    out.fileRules.push({ id: isString(r.id) ? r.id : newId(), file: r.file, rule: r.rule, ...(isString(r.added) ? { added: r.added } : {}) });
  }
  return { ok: true, value: out, exists: true };
}

/** Checks the shape of a parsed names file. */
export function validateNames(raw: unknown): ReadResult<NamesFile> {
  const list = Array.isArray(raw) ? raw : isObject(raw) ? raw.names ?? [] : undefined;
  if (!Array.isArray(list)) return { ok: false, message: 'expected an object with a "names" list' };
  const out = emptyNames();
  for (const [i, n] of list.entries()) {
    if (!isObject(n) || !isString(n.name) || !n.name.trim() || !ENTITY_TYPES.includes(n.type as EntityType)) {
      return { ok: false, message: `names[${i}] needs a "name" and a "type" of person, organization or place` };
    }
    const aliases = Array.isArray(n.aliases) ? n.aliases.filter(isString) : [];
    out.names.push({ name: n.name, type: n.type as EntityType, ...(aliases.length ? { aliases } : {}) });
  }
  return { ok: true, value: out, exists: true };
}

/**
 * Reads a JSON sidecar defensively: a missing file gives `empty()`, unreadable or malformed JSON
 * gives a message (the caller shows it); nothing throws.
 */
export async function readSidecar<T>(file: string, validate: (raw: unknown) => ReadResult<T>, empty: () => T): Promise<ReadResult<T>> {
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { ok: true, value: empty(), exists: false };
    return { ok: false, message: `${file} could not be read: ${(error as Error).message}` };
  }
  if (!text.trim()) return { ok: true, value: empty(), exists: true };
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return { ok: false, message: `${file} is not valid JSON (${(error as Error).message}); its entries are not applied until it is fixed.` };
  }
  const checked = validate(raw);
  return checked.ok ? checked : { ok: false, message: `${file} is malformed: ${checked.message}; its entries are not applied until it is fixed.` };
}

/**
 * Writes a file atomically: the content goes to a temporary file in the same folder, is flushed,
 * then renamed over the target. A crash mid-write leaves the old file or the new one, never half.
 */
export async function writeAtomic(file: string, content: string): Promise<void> {
  const dir = path.dirname(file);
  await fs.mkdir(dir, { recursive: true });
  const temp = path.join(dir, `.${path.basename(file)}.${process.pid}.${newId()}.tmp`);
  const handle = await fs.open(temp, 'w');
  try {
    await handle.writeFile(content, 'utf8');
    await handle.sync();
  } finally {
    await handle.close();
  }
  try {
    await fs.rename(temp, file);
  } catch (error) {
    await fs.rm(temp, { force: true });
    throw error;
  }
}

/** Serializes a sidecar the way users read it: two-space JSON and a final newline. */
export function formatSidecar(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
