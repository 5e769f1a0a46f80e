import { promises as fs } from 'node:fs';
import { ErrorCodes, ResponseError, type Connection, type Range, type TextDocuments } from 'vscode-languageserver';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { EntityType, KnownName } from '../core/types';
import { createAnchor, locate } from '../ignores/anchor';
import { uriToPath, type ProjectStore } from '../ignores/project';
import type { ScanSummary } from '../protocol';
import type { WorkspaceIndexImpl } from '../workspace/workspaceIndex';
import { ServerCommands } from './codeActions';

export interface CommandDeps {
  connection: Connection;
  documents: TextDocuments<TextDocument>;
  project: ProjectStore;
  index: WorkspaceIndexImpl;
}

/** One ignore as the "show ignores" command lists it. */
export interface ListedIgnore {
  id: string;
  root: string;
  file: string;
  rule: string;
  /** The quoted text of an occurrence ignore; absent for a rule ignored in a whole file. */
  text?: string;
  status: 'found' | 'orphaned' | 'file-missing' | 'file-rule';
}

export interface IgnoreListing {
  ignores: ListedIgnore[];
  names: Array<KnownName & { root: string }>;
  /** Sidecars that could not be read. */
  problems: string[];
}

type Args = Record<string, unknown>;
const TYPES: EntityType[] = ['person', 'organization', 'place'];

function str(args: Args, key: string): string {
  const v = args[key];
  if (typeof v !== 'string' || !v) throw new ResponseError(ErrorCodes.InvalidParams, `missing "${key}"`);
  return v;
}

/**
 * The server side of every quick fix and palette command: each writes a project sidecar
 * (atomically) or scans, and never edits a source document.
 */
export function registerCommands({ connection, documents, project, index }: CommandDeps): void {
  const textOf = async (uri: string): Promise<TextDocument | undefined> => {
    const open = documents.get(uri);
    if (open) return open;
    const file = uriToPath(uri);
    if (!file) return undefined;
    try {
      return TextDocument.create(uri, 'sourcelens', 0, await fs.readFile(file, 'utf8'));
    } catch {
      return undefined;
    }
  };

  const handlers: Record<string, (args: Args) => Promise<unknown>> = {
    async [ServerCommands.scanWorkspace](): Promise<ScanSummary> {
      await index.ensureScanned().catch(() => undefined);
      return index.scan(true);
    },
    async [ServerCommands.ignoreOccurrence](args) {
      const uri = str(args, 'uri');
      const rule = str(args, 'rule');
      const range = args.range as Range;
      const document = await textOf(uri);
      if (!document || !range?.start || !range?.end) throw new ResponseError(ErrorCodes.InvalidParams, 'the document or the range is missing');
      const anchor = createAnchor(document.getText(), { start: document.offsetAt(range.start), end: document.offsetAt(range.end) });
      const entry = await project.addOccurrence(uri, rule, anchor);
      return { id: entry.id };
    },
    async [ServerCommands.ignoreRuleInFile](args) {
      await project.addFileRule(str(args, 'uri'), str(args, 'rule'));
      return null;
    },
    async [ServerCommands.removeIgnores](args) {
      const ids = Array.isArray(args.ids) ? args.ids.filter((i): i is string => typeof i === 'string') : [];
      return { removed: await project.removeIgnores(ids) };
    },
    async [ServerCommands.addKnownName](args) {
      const type = str(args, 'type') as EntityType;
      if (!TYPES.includes(type)) throw new ResponseError(ErrorCodes.InvalidParams, `"type" must be one of ${TYPES.join(', ')}`);
      const aliases = Array.isArray(args.aliases) ? args.aliases.filter((a): a is string => typeof a === 'string') : [];
      return project.addName(str(args, 'uri'), str(args, 'name').trim(), type, aliases);
    },
    async [ServerCommands.listIgnores](): Promise<IgnoreListing> {
      const ignores: ListedIgnore[] = [];
      for (const { root, ignores: file } of project.allIgnores()) {
        for (const o of file.occurrences) {
          const uri = pathToFileURL(path.join(root, ...o.file.split('/'))).toString();
          const document = await textOf(uri);
          const status = !document ? 'file-missing' : o.text === '' || locate(document.getText(), o) ? 'found' : 'orphaned';
          ignores.push({ id: o.id, root, file: o.file, rule: o.rule, text: o.text, status });
        }
        for (const r of file.fileRules) ignores.push({ id: r.id, root, file: r.file, rule: r.rule, status: 'file-rule' });
      }
      const names = project.roots().flatMap((root) => project.namesOf(root).map((n) => ({ ...n, root })));
      return { ignores, names, problems: project.problems() };
    },
  };

  connection.onExecuteCommand(async (params) => {
    const handler = handlers[params.command];
    if (!handler) throw new ResponseError(ErrorCodes.MethodNotFound, `unknown command ${params.command}`);
    const args = (params.arguments?.[0] ?? {}) as Args;
    try {
      return await handler(args);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      void connection.window.showErrorMessage(`Sourcelens: ${message}`);
      throw error instanceof ResponseError ? error : new ResponseError(ErrorCodes.InternalError, message);
    }
  });
}
