import {
  DocumentDiagnosticReportKind, LSPErrorCodes, ResponseError, type ClientCapabilities, type Connection,
  type DocumentDiagnosticReport, type ServerCapabilities, type TextDocuments, type WorkspaceDocumentDiagnosticReport,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { isStaleError, type AnalysisService } from '../analysisService';
import type { WorkspaceIndexImpl } from '../workspace/workspaceIndex';
import { withStableParts } from '../stableAnswers';
import { toLspDiagnostics } from './diagnostics';

/** How long a workspace pull with nothing new waits for a change before answering "unchanged". */
const WORKSPACE_POLL_MS = 60_000;

export interface DiagnosticsDeps {
  connection: Connection;
  documents: TextDocuments<TextDocument>;
  service: AnalysisService;
  index: WorkspaceIndexImpl;
  /** Delay between the last edit and a pushed re-analysis, in ms. */
  debounceMs: number;
}

/** True when the client pulls diagnostics (LSP 3.17): then the server never pushes, to avoid duplicates. */
export function clientPulls(capabilities: ClientCapabilities): boolean {
  return !!capabilities.textDocument?.diagnostic;
}

export function diagnosticCapabilities(pull: boolean): ServerCapabilities {
  return pull ? { diagnosticProvider: { identifier: 'sourcelens', interFileDependencies: false, workspaceDiagnostics: true } } : {};
}

/**
 * Diagnostics for open documents and for the closed files of the workspace. A client that
 * pulls gets document and workspace pulls only; other clients get pushes: open documents after
 * each (debounced) edit, closed files after a scan or a change on disk.
 */
export class DiagnosticsProvider {
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();

  constructor(private readonly deps: DiagnosticsDeps, readonly pull: boolean, private readonly refreshSupported: boolean) {
    const { connection, index } = deps;
    if (pull) {
      connection.languages.diagnostics.on((params, token) => this.documentPull(params.textDocument.uri, params.previousResultId, token));
      connection.languages.diagnostics.onWorkspace((params, token) => this.workspacePull(params.previousResultIds, token));
    } else {
      index.onDidUpdate((uris) => {
        for (const uri of uris) {
          if (deps.documents.get(uri)) continue;
          const entry = index.entry(uri);
          void connection.sendDiagnostics({ uri, diagnostics: entry ? entry.report.diagnostics : [] });
        }
      });
    }
  }

  /**
   * An open document changed (or opened): push a quick result right away when the edit is
   * local, and the full analysis after the debounce.
   */
  changed(document: TextDocument, delay = this.deps.debounceMs): void {
    if (this.pull) return;
    if (delay > 0) {
      const { uri, version } = document;
      setImmediate(() => {
        const current = this.deps.documents.get(uri);
        if (!current || current.version !== version) return;
        const quick = this.deps.service.quick(current);
        if (quick?.partial) void this.deps.connection.sendDiagnostics(withStableParts({ uri, version, diagnostics: toLspDiagnostics(quick) }));
      });
    }
    this.scheduleFull(document, delay, () => {
      const current = this.deps.documents.get(document.uri);
      if (current) void this.publish(current);
    });
  }

  private scheduleFull(document: TextDocument, delay: number, then: () => void): void {
    clearTimeout(this.timers.get(document.uri));
    this.timers.set(document.uri, setTimeout(() => {
      this.timers.delete(document.uri);
      then();
    }, delay));
  }

  /** Settings or project files changed: every result is stale. */
  refreshAll(): void {
    if (this.pull) {
      if (this.refreshSupported) void this.deps.connection.languages.diagnostics.refresh();
    } else {
      for (const d of this.deps.documents.all()) this.changed(d, 0);
    }
  }

  closed(uri: string): void {
    clearTimeout(this.timers.get(uri));
    this.timers.delete(uri);
    // A closed source stays in Problems through the index (re-read from disk); others are cleared.
    if (!this.pull) void this.deps.connection.sendDiagnostics({ uri, diagnostics: [] });
  }

  private async publish(document: TextDocument): Promise<void> {
    const { service, documents, connection, index } = this.deps;
    try {
      const info = await service.get(document);
      if (documents.get(document.uri)?.version !== info.version) return;
      await connection.sendDiagnostics(withStableParts({ uri: document.uri, version: info.version, diagnostics: toLspDiagnostics(info) }));
      index.touch(document.uri);
    } catch (error) {
      if (!isStaleError(error)) connection.console.error(`Sourcelens could not analyse ${document.uri}: ${String(error)}`);
    }
  }

  private async documentPull(uri: string, previousResultId: string | undefined, token: import('vscode-languageserver').CancellationToken): Promise<DocumentDiagnosticReport> {
    const document = this.deps.documents.get(uri);
    if (!document) {
      const entry = this.deps.index.entry(uri);
      if (entry && entry.resultId === previousResultId) return { kind: DocumentDiagnosticReportKind.Unchanged, resultId: entry.resultId };
      return { kind: DocumentDiagnosticReportKind.Full, resultId: entry?.resultId, items: entry?.report.diagnostics ?? [] };
    }
    const { service } = this.deps;
    if (this.refreshSupported && !service.current(document)) {
      // A local edit: answer from the edited paragraphs now, and ask for a new pull once the full analysis is done.
      const quick = service.quick(document);
      if (quick?.partial) {
        this.scheduleFull(document, this.deps.debounceMs, () => {
          const current = this.deps.documents.get(document.uri);
          if (!current) return;
          service.get(current).then(() => this.deps.connection.languages.diagnostics.refresh(), () => undefined);
        });
        if (quick.resultId === previousResultId) return { kind: DocumentDiagnosticReportKind.Unchanged, resultId: quick.resultId! };
        return withStableParts({ kind: DocumentDiagnosticReportKind.Full, resultId: quick.resultId, items: toLspDiagnostics(quick) });
      }
    }
    try {
      const info = await service.get(document, token);
      if (info.resultId && info.resultId === previousResultId) return { kind: DocumentDiagnosticReportKind.Unchanged, resultId: info.resultId };
      return withStableParts({ kind: DocumentDiagnosticReportKind.Full, resultId: info.resultId, items: toLspDiagnostics(info) });
    } catch (error) {
      if (isStaleError(error)) {
        throw new ResponseError(LSPErrorCodes.ServerCancelled, 'The document changed during the analysis.', { retriggerRequest: true });
      }
      throw error;
    }
  }

  /**
   * Reports of closed files whose result changed since `previous`. When none did, waits for
   * a change (a long poll) so the client does not spin; the first pull starts the first scan.
   */
  private async workspacePull(previousResultIds: Array<{ uri: string; value: string }>, token: import('vscode-languageserver').CancellationToken) {
    const { index } = this.deps;
    await index.ensureScanned();
    const previous = new Map(previousResultIds.map((p) => [p.uri, p.value]));
    const collect = (): WorkspaceDocumentDiagnosticReport[] => {
      const items: WorkspaceDocumentDiagnosticReport[] = [];
      for (const [uri, entry] of index.closedEntries()) {
        if (previous.get(uri) === entry.resultId) continue;
        items.push({ kind: DocumentDiagnosticReportKind.Full, uri, version: null, resultId: entry.resultId, items: entry.report.diagnostics });
      }
      for (const [uri, resultId] of index.removedEntries()) {
        if (previous.has(uri) && previous.get(uri) !== resultId) {
          items.push({ kind: DocumentDiagnosticReportKind.Full, uri, version: null, resultId, items: [] });
        }
      }
      return items;
    };
    let items = collect();
    const deadline = Date.now() + WORKSPACE_POLL_MS;
    while (previousResultIds.length && !items.length && !token.isCancellationRequested && Date.now() < deadline) {
      await index.nextUpdate(token, deadline - Date.now());
      items = collect();
    }
    return { items };
  }
}
