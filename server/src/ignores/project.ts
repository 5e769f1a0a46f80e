import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { EntityType, KnownName } from '../core/types';
import type { Anchor } from './anchor';
import type { FileIgnores } from './apply';
import {
  emptyIgnores, emptyNames, formatSidecar, IGNORES_FILE, NAMES_FILE, newId, PROJECT_DIR, readSidecar, validateIgnores,
  validateNames, writeAtomic, type IgnoresFile, type NamesFile, type OccurrenceIgnore, type ReadResult,
} from './sidecar';

interface FolderState {
  root: string;
  ignores: IgnoresFile;
  names: NamesFile;
  /** Problems reading the sidecars, by file name; shown once per distinct message. */
  problems: Map<string, string>;
}

/** Where a file sits: its workspace folder and its `/`-separated path inside it. */
export interface ProjectPath {
  root: string;
  relative: string;
}

export function uriToPath(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

/**
 * The project files of each workspace folder (`.sourcelens/ignores.json`, `.sourcelens/names.json`):
 * read defensively, cached, and changed only through atomic, serialized read-modify-write.
 */
export class ProjectStore {
  private folders = new Map<string, FolderState>();
  private readonly listeners = new Set<() => void>();
  private queue: Promise<unknown> = Promise.resolve();
  /** Increases on every change, so results computed under older project data can be told apart. */
  epoch = 0;

  /** @param warn shows a problem with a sidecar to the user (malformed JSON, unreadable file). */
  constructor(private readonly warn: (message: string) => void = () => undefined) {}

  /** Sets the workspace folders (file-system paths) and reads their sidecars. */
  async setFolders(roots: string[]): Promise<void> {
    const next = new Map<string, FolderState>();
    for (const root of roots) {
      next.set(root, this.folders.get(root) ?? { root, ignores: emptyIgnores(), names: emptyNames(), problems: new Map() });
    }
    this.folders = next;
    await Promise.all(roots.map((r) => this.reload(r)));
  }

  roots(): string[] {
    return [...this.folders.keys()];
  }

  /** Re-reads the sidecars of one folder (after a change on disk); a malformed one keeps nothing and warns. */
  async reload(root: string): Promise<void> {
    const state = this.folders.get(root);
    if (!state) return;
    const dir = path.join(root, PROJECT_DIR);
    const [ignores, names] = await Promise.all([
      readSidecar(path.join(dir, IGNORES_FILE), validateIgnores, emptyIgnores),
      readSidecar(path.join(dir, NAMES_FILE), validateNames, emptyNames),
    ]);
    const before = JSON.stringify([state.ignores, state.names]);
    state.ignores = this.accept(state, IGNORES_FILE, ignores, emptyIgnores);
    state.names = this.accept(state, NAMES_FILE, names, emptyNames);
    if (JSON.stringify([state.ignores, state.names]) !== before) this.changed();
  }

  private accept<T>(state: FolderState, name: string, result: ReadResult<T>, empty: () => T): T {
    if (result.ok) {
      state.problems.delete(name);
      return result.value;
    }
    if (state.problems.get(name) !== result.message) this.warn(`Sourcelens: ${result.message}`);
    state.problems.set(name, result.message);
    return empty();
  }

  /** Problems with the sidecars right now (for the "show ignores" output). */
  problems(): string[] {
    return [...this.folders.values()].flatMap((s) => [...s.problems.values()]);
  }

  /** The workspace folder of a file and its path inside it, or undefined for files outside every folder. */
  locate(uri: string): ProjectPath | undefined {
    const file = uriToPath(uri);
    if (!file) return undefined;
    let best: string | undefined;
    for (const root of this.folders.keys()) {
      const rel = path.relative(root, file);
      if (rel && !rel.startsWith('..') && !path.isAbsolute(rel) && (!best || root.length > best.length)) best = root;
    }
    return best ? { root: best, relative: path.relative(best, file).split(path.sep).join('/') } : undefined;
  }

  /** The ignores that apply to one file, or null when it has none. */
  ignoresFor(uri: string): FileIgnores | null {
    const at = this.locate(uri);
    if (!at) return null;
    const { ignores } = this.folders.get(at.root)!;
    const occurrences = ignores.occurrences.filter((o) => o.file === at.relative);
    const fileRules = ignores.fileRules.filter((r) => r.file === at.relative);
    return occurrences.length || fileRules.length ? { occurrences, fileRules } : null;
  }

  /** The known names of the file's workspace folder. */
  knownNamesFor(uri: string): KnownName[] {
    const at = this.locate(uri);
    return at ? this.folders.get(at.root)!.names.names : [];
  }

  /** The known names of one workspace folder. */
  namesOf(root: string): KnownName[] {
    return this.folders.get(root)?.names.names ?? [];
  }

  /** Every ignore of every folder, with its folder. */
  allIgnores(): Array<{ root: string; ignores: IgnoresFile }> {
    return [...this.folders.values()].map((s) => ({ root: s.root, ignores: s.ignores }));
  }

  onDidChange(listener: () => void): { dispose(): void } {
    this.listeners.add(listener);
    return { dispose: () => this.listeners.delete(listener) };
  }

  private changed(): void {
    this.epoch++;
    for (const l of this.listeners) l();
  }

  /** Ignores one finding, anchored by its text and context. */
  async addOccurrence(uri: string, rule: string, anchor: Anchor): Promise<OccurrenceIgnore> {
    const at = this.require(uri);
    return this.mutateIgnores(at.root, (file) => {
      const existing = file.occurrences.find((o) => o.file === at.relative && o.rule === rule && o.text === anchor.text
        && o.before === anchor.before && o.after === anchor.after);
      if (existing) return existing;
      const entry: OccurrenceIgnore = { id: newId(), file: at.relative, rule, ...anchor, added: new Date().toISOString() };
      file.occurrences.push(entry);
      return entry;
    });
  }

  /** Ignores a rule in one whole file. */
  async addFileRule(uri: string, rule: string): Promise<void> {
    const at = this.require(uri);
    await this.mutateIgnores(at.root, (file) => {
      if (!file.fileRules.some((r) => r.file === at.relative && r.rule === rule)) {
        file.fileRules.push({ id: newId(), file: at.relative, rule, added: new Date().toISOString() });
      }
    });
  }

  /** Removes ignores by id (an orphan the user dropped); returns how many went. */
  async removeIgnores(ids: string[]): Promise<number> {
    let removed = 0;
    for (const root of this.folders.keys()) {
      const here = this.folders.get(root)!.ignores;
      if (![...here.occurrences, ...here.fileRules].some((e) => ids.includes(e.id))) continue;
      removed += await this.mutateIgnores(root, (file) => {
        const before = file.occurrences.length + file.fileRules.length;
        file.occurrences = file.occurrences.filter((o) => !ids.includes(o.id));
        file.fileRules = file.fileRules.filter((r) => !ids.includes(r.id));
        return before - file.occurrences.length - file.fileRules.length;
      });
    }
    return removed;
  }

  /** Marks a name as a known entity of a type (the file's workspace folder), or adds aliases to it. */
  async addName(uri: string, name: string, type: EntityType, aliases: string[] = []): Promise<KnownName> {
    const at = this.require(uri);
    return this.mutate(at.root, NAMES_FILE, validateNames, emptyNames, (file) => {
      let entry = file.names.find((n) => n.name.toLowerCase() === name.toLowerCase() && n.type === type);
      if (!entry) {
        entry = { name, type };
        file.names.push(entry);
      }
      const known = new Set([entry.name.toLowerCase(), ...(entry.aliases ?? []).map((a) => a.toLowerCase())]);
      const fresh = aliases.filter((a) => a.trim() && !known.has(a.toLowerCase()));
      if (fresh.length) entry.aliases = [...(entry.aliases ?? []), ...fresh];
      return entry;
    }, (state, value) => (state.names = value));
  }

  private require(uri: string): ProjectPath {
    const at = this.locate(uri);
    if (!at) throw new Error('This file is not inside a workspace folder, so there is no .sourcelens folder to keep the decision in.');
    return at;
  }

  private mutateIgnores<R>(root: string, change: (file: IgnoresFile) => R): Promise<R> {
    return this.mutate(root, IGNORES_FILE, validateIgnores, emptyIgnores, change, (state, value) => (state.ignores = value));
  }

  /**
   * Read-modify-write of one sidecar, serialized with every other write. It reads the file
   * fresh (another tool may have edited it) and refuses to overwrite a malformed one.
   */
  private mutate<T, R>(root: string, name: string, validate: (raw: unknown) => ReadResult<T>, empty: () => T,
    change: (value: T) => R, store: (state: FolderState, value: T) => void): Promise<R> {
    const run = async (): Promise<R> => {
      const file = path.join(root, PROJECT_DIR, name);
      const read = await readSidecar(file, validate, empty);
      if (!read.ok) throw new Error(`${read.message} Fix or delete it, then try again.`);
      const value = read.value;
      const result = change(value);
      await writeAtomic(file, formatSidecar(value));
      const state = this.folders.get(root);
      if (state) {
        state.problems.delete(name);
        store(state, value);
      }
      this.changed();
      return result;
    };
    const next = this.queue.then(run, run);
    this.queue = next.catch(() => undefined);
    return next;
  }
}
