/**
 * Export commands: events as CSV or TimelineJS JSON, entities as CSV, for the active document
 * or the workspace; from the palette or from the timeline (with its filters). The active
 * document's findings as SARIF, or everything found in it as W3C Web Annotations, as the CLI's
 * `--format sarif|annotations` print them. Files are written as UTF-8 where the user picks in a
 * save dialog.
 */
import * as vscode from 'vscode';
import { ExportDocumentRequest, type FindingsFormat, type Scope } from '../../server/src/protocol';
import type { ExportFormat, TimelineFilter } from '../webview/protocol';
import { filterEvents, NO_FILTER } from '../webview/model';
import { entitiesToCsv, eventsToCsv, eventsToTimelineJs } from './exportFormats';
import { activeSourceDocument, requestEntities, requestEvents, runningClient, type ClientProvider } from './timelineRequests';

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

/** Writes an export as UTF-8 and says so, with a button that opens the file. */
async function writeAndConfirm(target: vscode.Uri, text: string, what: string): Promise<void> {
  await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(text));
  void vscode.window.showInformationMessage(`Sourcelens: exported ${what} to ${vscode.workspace.asRelativePath(target)}.`, 'Open')
    .then((choice) => {
      if (choice === 'Open') void vscode.window.showTextDocument(target);
    });
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
    await writeAndConfirm(target, built.text, `${built.count} ${format === 'entities-csv' ? 'entities' : 'events'}`);
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

const DOCUMENT_FORMATS: Record<FindingsFormat, { label: string; noun: string; suffix: string; filters: Record<string, string[]> }> = {
  sarif: { label: 'findings as SARIF', noun: 'findings', suffix: '.sarif', filters: { 'SARIF 2.1.0': ['sarif', 'json'] } },
  annotations: { label: 'W3C Web Annotations', noun: 'annotations', suffix: '-annotations.jsonld', filters: { 'JSON-LD': ['jsonld', 'json'] } },
};

/** Exports one open document's findings (SARIF) or annotations: request, save dialog, write, confirmation. */
export async function runDocumentExport(getClient: ClientProvider, format: FindingsFormat, uri: string, to?: vscode.Uri): Promise<vscode.Uri | undefined> {
  const spec = DOCUMENT_FORMATS[format];
  try {
    const result = await (await runningClient(getClient)).sendRequest(ExportDocumentRequest, { uri, format });
    if (result.text === undefined) {
      void vscode.window.showInformationMessage(`Sourcelens: nothing to export. ${result.note ?? ''}`.trim());
      return undefined;
    }
    const name = `${slug(vscode.Uri.parse(uri).path.split('/').pop()?.replace(/\.[^.]*$/, '') ?? 'document')}${spec.suffix}`;
    const target = to ?? await vscode.window.showSaveDialog({
      title: `Export ${spec.label}`,
      saveLabel: 'Export',
      filters: spec.filters,
      ...(defaultUri(name) ? { defaultUri: defaultUri(name) } : {}),
    });
    if (!target) return undefined;
    await writeAndConfirm(target, result.text, `${result.count} ${spec.noun}`);
    return target;
  } catch (error) {
    void vscode.window.showErrorMessage(`Sourcelens could not export ${spec.label}: ${(error as Error).message ?? String(error)}`);
    return undefined;
  }
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
  // The findings of one document: the active source, or the `uri` of the arguments (with `target`, no dialog).
  const documentCommand = (id: string, format: FindingsFormat) => vscode.commands.registerCommand(id, async (raw?: unknown) => {
    const args = parseExportArgs(raw);
    const uri = args?.uri ?? activeSourceDocument()?.uri.toString();
    if (!uri) {
      void vscode.window.showInformationMessage('Sourcelens: open a source document to export its findings.');
      return undefined;
    }
    return runDocumentExport(getClient, format, uri, args?.target);
  });
  return [
    documentCommand('sourcelens.exportSarif', 'sarif'),
    documentCommand('sourcelens.exportAnnotations', 'annotations'),
    command('sourcelens.exportEventsCsv', 'events-csv'),
    command('sourcelens.exportTimelineJs', 'timelinejs'),
    command('sourcelens.exportEntitiesCsv', 'entities-csv'),
  ];
}
