/**
 * Export commands: events as CSV or TimelineJS JSON, entities as CSV, for the active document
 * or the workspace; from the palette or from the timeline (with its filters). Files are written
 * as UTF-8 where the user picks in a save dialog.
 */
import * as vscode from 'vscode';
import type { Scope } from '../../server/src/protocol';
import type { ExportFormat, TimelineFilter } from '../webview/protocol';
import { filterEvents, NO_FILTER } from '../webview/model';
import { entitiesToCsv, eventsToCsv, eventsToTimelineJs } from './exportFormats';
import { activeSourceDocument, requestEntities, requestEvents, type ClientProvider } from './timelineRequests';

const FORMATS: Record<ExportFormat, { label: string; suffix: string; filters: Record<string, string[]> }> = {
  'events-csv': { label: 'events as CSV', suffix: '-events.csv', filters: { 'CSV (UTF-8)': ['csv'] } },
  timelinejs: { label: 'events as TimelineJS JSON', suffix: '-timeline.json', filters: { 'TimelineJS JSON': ['json'] } },
  'entities-csv': { label: 'entities as CSV', suffix: '-entities.csv', filters: { 'CSV (UTF-8)': ['csv'] } },
};

/** A file name from a title: letters, digits and dashes. */
export function slug(title: string): string {
  return title.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60) || 'sourcelens';
}

/** Asks which documents to export when a source is active; the workspace otherwise. */
async function pickScope(what: string): Promise<{ scope: Scope; uri?: string } | undefined> {
  const document = activeSourceDocument();
  if (!document) return { scope: 'workspace' };
  const picked = await vscode.window.showQuickPick(
    [
      { label: 'Active document', description: vscode.workspace.asRelativePath(document.uri), scope: 'document' as const },
      { label: 'Whole workspace', description: 'every source document', scope: 'workspace' as const },
    ],
    { title: `Export ${what}`, placeHolder: 'Export from which documents?' },
  );
  if (!picked) return undefined;
  return picked.scope === 'document' ? { scope: 'document', uri: document.uri.toString() } : { scope: 'workspace' };
}

function defaultUri(name: string): vscode.Uri | undefined {
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  return folder ? vscode.Uri.joinPath(folder, name) : undefined;
}

/** Builds the file's text; undefined when there is nothing to export. */
async function content(
  getClient: ClientProvider, format: ExportFormat, scope: Scope, uri: string | undefined, filter: TimelineFilter,
): Promise<{ text: string; count: number; title: string } | undefined> {
  const params = { scope, ...(uri && scope === 'document' ? { uri } : {}) };
  if (format === 'entities-csv') {
    const result = await requestEntities(getClient, params);
    const entities = filter.source ? result.entities.filter((e) => e.uri === filter.source) : result.entities;
    const title = scope === 'workspace' ? vscode.workspace.name ?? 'workspace' : entities[0]?.title ?? 'document';
    return entities.length ? { text: entitiesToCsv(entities), count: entities.length, title } : undefined;
  }
  const result = await requestEvents(getClient, params);
  const events = filterEvents(result.events, filter);
  const title = scope === 'workspace' ? vscode.workspace.name ?? 'workspace' : result.documents[0]?.title ?? 'document';
  if (events.length === 0) return undefined;
  const text = format === 'events-csv'
    ? eventsToCsv(events)
    : `${JSON.stringify(eventsToTimelineJs(events, `Timeline: ${title}`), null, 2)}\n`;
  return { text, count: events.length, title };
}

/** Runs one export end to end: data, save dialog, write, confirmation. */
export async function runExport(
  getClient: ClientProvider, format: ExportFormat, scope: Scope, uri: string | undefined, filter: TimelineFilter = NO_FILTER,
  to?: vscode.Uri,
): Promise<vscode.Uri | undefined> {
  const spec = FORMATS[format];
  try {
    const built = await content(getClient, format, scope, uri, filter);
    if (!built) {
      void vscode.window.showInformationMessage(`Sourcelens: there are no ${format === 'entities-csv' ? 'entities' : 'dated events'} to export.`);
      return undefined;
    }
    const target = to ?? await vscode.window.showSaveDialog({
      title: `Export ${spec.label}`,
      saveLabel: 'Export',
      filters: spec.filters,
      ...(defaultUri(`${slug(built.title)}${spec.suffix}`) ? { defaultUri: defaultUri(`${slug(built.title)}${spec.suffix}`) } : {}),
    });
    if (!target) return undefined;
    await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(built.text));
    const noun = format === 'entities-csv' ? 'entities' : 'events';
    void vscode.window.showInformationMessage(`Sourcelens: exported ${built.count} ${noun} to ${vscode.workspace.asRelativePath(target)}.`, 'Open')
      .then((choice) => {
        if (choice === 'Open') void vscode.window.showTextDocument(target);
      });
    return target;
  } catch (error) {
    void vscode.window.showErrorMessage(`Sourcelens could not export ${spec.label}: ${(error as Error).message ?? String(error)}`);
    return undefined;
  }
}

/**
 * Arguments a task, keybinding or script may pass to skip the prompts:
 * `{ scope?: 'document' | 'workspace', uri?: string, target?: string }` (`target` a file path or URI).
 */
export interface ExportArgs {
  scope?: Scope;
  uri?: string;
  target?: vscode.Uri;
}

export function parseExportArgs(raw: unknown): ExportArgs | undefined {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return undefined;
  const { scope, uri, target } = raw as Record<string, unknown>;
  const out: ExportArgs = {};
  if (scope === 'document' || scope === 'workspace') out.scope = scope;
  if (typeof uri === 'string' && uri) out.uri = uri;
  if (typeof target === 'string' && target) out.target = /^[a-z][\w+.-]+:/i.test(target) && !/^[a-z]:[\\/]/i.test(target) ? vscode.Uri.parse(target) : vscode.Uri.file(target);
  return out;
}

/** The palette commands. */
export function registerExportCommands(getClient: ClientProvider): vscode.Disposable[] {
  const command = (id: string, format: ExportFormat) => vscode.commands.registerCommand(id, async (raw?: unknown) => {
    const args = parseExportArgs(raw);
    if (args?.target || args?.scope) {
      const uri = args.uri ?? activeSourceDocument()?.uri.toString();
      const scope = args.scope ?? (uri ? 'document' : 'workspace');
      return runExport(getClient, format, scope, uri, NO_FILTER, args.target);
    }
    const where = await pickScope(FORMATS[format].label);
    if (!where) return undefined;
    return runExport(getClient, format, where.scope, where.uri);
  });
  return [
    command('sourcelens.exportEventsCsv', 'events-csv'),
    command('sourcelens.exportTimelineJs', 'timelinejs'),
    command('sourcelens.exportEntitiesCsv', 'entities-csv'),
  ];
}
