/**
 * The timeline webview panel: one at a time (reopened, not duplicated), restored after a window
 * reload by its serializer. The webview asks for data with `ready`; the panel answers with the
 * events of the active source document or of the workspace, and sends them again, debounced,
 * when documents or their diagnostics change. Every message from the webview is validated.
 */
import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import type { EventsResult, Scope, TimelineEventItem } from '../../server/src/protocol';
import {
  parseFromWebview, parsePersistedState, type ExportFormat, type FromWebview, type TimelineFilter, type ToWebview,
} from '../webview/protocol';
import {
  activeOrVisibleSourceDocument, activeSourceDocument, debounce, isSourceDocument, requestEvents, type ClientProvider,
} from './timelineRequests';

export const TIMELINE_VIEW_TYPE = 'sourcelens.timeline';

export interface TimelineDeps {
  extensionUri: vscode.Uri;
  getClient: ClientProvider;
  log: (message: string) => void;
  /** Runs an export for the timeline's current scope, document and filter. */
  exportFrom: (format: ExportFormat, scope: Scope, uri: string | undefined, filter: TimelineFilter) => Promise<void>;
}

/** A nonce for the webview's CSP: 128 random bits from the OS, never Math.random. */
export function makeNonce(): string {
  return randomBytes(16).toString('base64');
}

/** The webview's HTML: no inline script or style, everything from dist/ under a nonce. */
export function timelineHtml(webview: vscode.Webview, extensionUri: vscode.Uri, nonce = makeNonce()): string {
  const script = webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, 'dist', 'webview.js'));
  const style = webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, 'dist', 'webview.css'));
  const csp = `default-src 'none'; script-src 'nonce-${nonce}'; style-src ${webview.cspSource} 'nonce-${nonce}';`;
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" nonce="${nonce}" href="${style}">
<title>Sourcelens Timeline</title>
</head>
<body>
<script nonce="${nonce}" src="${script}"></script>
</body>
</html>`;
}

export class TimelinePanel implements vscode.Disposable {
  private static current: TimelinePanel | undefined;

  /** The open timeline, if any. */
  static get instance(): TimelinePanel | undefined {
    return TimelinePanel.current;
  }

  /** Shows the timeline, creating it only when none is open. */
  static show(deps: TimelineDeps, scope?: Scope): TimelinePanel {
    const existing = TimelinePanel.current;
    if (existing) {
      existing.panel.reveal(undefined, false);
      if (scope && scope !== existing.scope) existing.setScope(scope);
      else existing.followActiveEditor();
      return existing;
    }
    const panel = vscode.window.createWebviewPanel(
      TIMELINE_VIEW_TYPE,
      'Sourcelens Timeline',
      { viewColumn: vscode.ViewColumn.Beside, preserveFocus: false },
      TimelinePanel.options(deps.extensionUri),
    );
    return new TimelinePanel(panel, deps, scope ?? 'document');
  }

  /** Adopts a panel VS Code restored after a reload (WebviewPanelSerializer). */
  static revive(panel: vscode.WebviewPanel, deps: TimelineDeps, state: unknown): TimelinePanel {
    TimelinePanel.current?.dispose();
    panel.webview.options = TimelinePanel.options(deps.extensionUri);
    const persisted = parsePersistedState(state);
    return new TimelinePanel(panel, deps, persisted.scope, persisted.uri);
  }

  private static options(extensionUri: vscode.Uri): vscode.WebviewOptions & vscode.WebviewPanelOptions {
    return {
      enableScripts: true,
      localResourceRoots: [vscode.Uri.joinPath(extensionUri, 'dist')],
      enableFindWidget: true,
    };
  }

  private readonly disposables: vscode.Disposable[] = [];
  private ready = false;
  private documentUri: string | undefined;
  private result: EventsResult | undefined;
  private byId = new Map<string, TimelineEventItem>();
  private sequence = 0;
  private readonly refreshSoon = debounce(() => void this.refresh(), 350);

  private constructor(private readonly panel: vscode.WebviewPanel, private readonly deps: TimelineDeps, private scope: Scope, uri?: string) {
    TimelinePanel.current = this;
    // After a reload no editor may be active yet: the persisted document, else a visible one.
    this.documentUri = activeSourceDocument()?.uri.toString() ?? uri ?? activeOrVisibleSourceDocument()?.uri.toString();
    panel.webview.html = timelineHtml(panel.webview, deps.extensionUri);
    this.disposables.push(
      panel.onDidDispose(() => this.dispose()),
      panel.webview.onDidReceiveMessage((raw: unknown) => this.onMessage(raw)),
      vscode.window.onDidChangeActiveTextEditor(() => this.followActiveEditor()),
      vscode.window.onDidChangeVisibleTextEditors(() => {
        if (!this.documentUri) this.followActiveEditor(activeOrVisibleSourceDocument());
      }),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (this.concerns(e.document.uri)) this.refreshSoon();
      }),
      vscode.languages.onDidChangeDiagnostics((e) => {
        if (e.uris.some((u) => this.concerns(u))) this.refreshSoon();
      }),
      vscode.workspace.onDidCloseTextDocument((d) => {
        if (this.scope === 'workspace' && isSourceDocument(d)) this.refreshSoon();
      }),
      vscode.window.onDidChangeTextEditorSelection((e) => this.onSelection(e)),
      { dispose: () => this.refreshSoon.dispose() },
    );
  }

  get currentScope(): Scope {
    return this.scope;
  }

  get currentDocument(): string | undefined {
    return this.documentUri;
  }

  /** The last events sent to the webview. */
  get events(): readonly TimelineEventItem[] {
    return this.result?.events ?? [];
  }

  private concerns(uri: vscode.Uri): boolean {
    if (this.scope === 'workspace') return true;
    return uri.toString() === this.documentUri;
  }

  /** Switches to the active editor's document (document scope); editors that are not sources are ignored. */
  followActiveEditor(document = activeSourceDocument()): void {
    if (!document) return;
    const uri = document.uri.toString();
    if (uri === this.documentUri) return;
    this.documentUri = uri;
    if (this.scope === 'document') void this.refresh();
  }

  setScope(scope: Scope): void {
    this.scope = scope;
    void this.refresh();
  }

  private post(message: ToWebview): void {
    if (this.ready) void this.panel.webview.postMessage(message);
  }

  private onMessage(raw: unknown): void {
    const message: FromWebview | undefined = parseFromWebview(raw);
    if (!message) {
      this.deps.log(`timeline: ignored a malformed message from the webview`);
      return;
    }
    switch (message.type) {
      case 'ready':
        this.ready = true;
        void this.refresh();
        break;
      case 'setScope':
        this.setScope(message.scope);
        break;
      case 'reveal':
        void this.reveal(message.id, message.preserveFocus ?? false);
        break;
      case 'export':
        void this.deps.exportFrom(message.format, this.scope, this.documentUri, message.filter);
        break;
      case 'rendered':
        this.deps.log(`timeline: rendered ${message.shown} of ${message.events} events in ${message.ms.toFixed(1)} ms`);
        break;
    }
  }

  /** Asks the server for the events of the current scope and sends them to the webview. */
  async refresh(): Promise<void> {
    if (!this.ready) return;
    const seq = ++this.sequence;
    const scope = this.scope;
    const uri = this.documentUri;
    if (!this.result || this.result.scope !== scope) this.post({ type: 'loading', scope });
    try {
      const result = scope === 'document' && !uri
        ? { scope, documents: [], events: [], note: 'Open a source document (.news, .source, .source.txt, .source.md) to see its timeline, or switch to Workspace.' }
        : await requestEvents(this.deps.getClient, { scope, ...(uri ? { uri } : {}) });
      if (seq !== this.sequence) return;
      this.result = result;
      this.byId = new Map(result.events.map((e) => [e.id, e]));
      const title = scope === 'workspace'
        ? vscode.workspace.name ?? 'Workspace'
        : result.documents[0]?.title ?? (uri ? vscode.Uri.parse(uri).path.split('/').pop() ?? '' : '');
      this.panel.title = scope === 'workspace' ? 'Timeline: Workspace' : `Timeline: ${title || 'Document'}`;
      this.post({
        type: 'events',
        scope,
        title,
        documents: result.documents,
        events: result.events,
        ...(uri && scope === 'document' ? { uri } : {}),
        ...(result.note ? { note: result.note } : {}),
      });
      this.postCurrent();
    } catch (error) {
      if (seq !== this.sequence) return;
      this.post({ type: 'error', message: `Sourcelens could not load the timeline: ${(error as Error).message ?? String(error)}` });
    }
  }

  /** Opens the event's document and selects its sentence. */
  async reveal(id: string, preserveFocus: boolean): Promise<void> {
    const event = this.byId.get(id);
    if (!event) return;
    const uri = vscode.Uri.parse(event.uri);
    const range = new vscode.Range(event.range.start.line, event.range.start.character, event.range.end.line, event.range.end.character);
    const visible = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === event.uri);
    const column = visible?.viewColumn
      ?? (this.panel.viewColumn === vscode.ViewColumn.One ? vscode.ViewColumn.Two : vscode.ViewColumn.One);
    const editor = await vscode.window.showTextDocument(uri, { viewColumn: column, preserveFocus, preview: false, selection: range });
    editor.selection = new vscode.Selection(range.start, range.end);
    editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }

  /** Tells the webview which event's sentence holds the editor's cursor. */
  private onSelection(e: vscode.TextEditorSelectionChangeEvent): void {
    if (e.textEditor.document.uri.toString() !== this.documentUri && this.scope === 'document') return;
    this.postCurrent(e.textEditor);
  }

  private postCurrent(editor = vscode.window.activeTextEditor): void {
    if (!editor || !this.result) return;
    const uri = editor.document.uri.toString();
    const at = editor.selection.active;
    const hit = this.result.events.find((ev) => ev.uri === uri
      && (ev.range.start.line < at.line || (ev.range.start.line === at.line && ev.range.start.character <= at.character))
      && (ev.range.end.line > at.line || (ev.range.end.line === at.line && ev.range.end.character >= at.character)));
    this.post({ type: 'current', id: hit?.id ?? null });
  }

  dispose(): void {
    if (TimelinePanel.current === this) TimelinePanel.current = undefined;
    for (const d of this.disposables.splice(0)) d.dispose();
    this.panel.dispose();
  }
}
