// Helpers of the diagnostics, workspace, code action and editing tests: a TestClient initialized
// with chosen capabilities (pull diagnostics or not), recording progress, pushes and messages.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { TestClient, type PublishedDiagnostics } from './lspClient';

export interface ProgressEvent {
  token: string | number;
  value: { kind: 'begin' | 'report' | 'end'; title?: string; message?: string; percentage?: number; cancellable?: boolean };
}

export interface LspDiagnostic {
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  code?: string;
  message: string;
  severity?: number;
  source?: string;
  data?: unknown;
}

export interface FullReport {
  kind: 'full' | 'unchanged';
  resultId?: string;
  items?: LspDiagnostic[];
}

export interface WorkspaceReport extends FullReport {
  uri: string;
  version: number | null;
}

/** A TestClient whose capabilities the test chooses, with everything the server sends recorded. */
export class RecordingClient extends TestClient {
  readonly progress: ProgressEvent[] = [];
  readonly pushes: PublishedDiagnostics[] = [];
  readonly messages: Array<{ type: number; message: string }> = [];
  readonly createdTokens: Array<string | number> = [];
  refreshes = 0;

  constructor() {
    super();
    this.connection.onNotification('$/progress', (p: ProgressEvent) => void this.progress.push(p));
    this.connection.onNotification('window/showMessage', (m: { type: number; message: string }) => void this.messages.push(m));
    this.connection.onRequest('window/showMessageRequest', (m: { type: number; message: string }) => {
      this.messages.push(m);
      return null;
    });
    this.connection.onRequest('window/workDoneProgress/create', (p: { token: string | number }) => {
      this.createdTokens.push(p.token);
      return null;
    });
    this.connection.onRequest('workspace/diagnostic/refresh', () => {
      this.refreshes++;
      return null;
    });
    const original = (this as unknown as { published: Map<string, PublishedDiagnostics> }).published;
    this.connection.onNotification('textDocument/publishDiagnostics', (p: PublishedDiagnostics) => {
      this.pushes.push(p);
      original.set(p.uri, p);
      (this as unknown as { notify(): void }).notify();
    });
  }

  /** Initializes as an editor that pulls diagnostics (`pull`) or takes pushes. */
  async start(root: string, pull: boolean): Promise<{ capabilities: Record<string, unknown> }> {
    const result = await this.connection.sendRequest<{ capabilities: Record<string, unknown> }>('initialize', {
      processId: process.pid,
      rootUri: pathToFileURL(root).toString(),
      workspaceFolders: [{ uri: pathToFileURL(root).toString(), name: 'root' }],
      capabilities: {
        workspace: {
          configuration: true, workspaceFolders: true, diagnostics: { refreshSupport: true },
          didChangeWatchedFiles: { dynamicRegistration: true }, executeCommand: {},
        },
        textDocument: {
          publishDiagnostics: { relatedInformation: true, codeDescriptionSupport: true, versionSupport: true, dataSupport: true },
          codeAction: { dataSupport: true, codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix'] } } },
          ...(pull ? { diagnostic: { dynamicRegistration: false, relatedDocumentSupport: false } } : {}),
        },
        window: { workDoneProgress: true, showMessage: {} },
      },
    });
    await this.connection.sendNotification('initialized', {});
    return result;
  }

  /** A request that fails (instead of waiting forever) when the server process has exited. */
  override request<T>(method: string, params: unknown): Promise<T> {
    let timer: ReturnType<typeof setInterval> | undefined;
    const exited = new Promise<never>((_, reject) => {
      timer = setInterval(() => {
        if (this.exitCode !== null) reject(new Error(`the server exited (${this.exitCode}) during ${method}: ${this.stderr.slice(-1000)}`));
      }, 100);
    });
    return Promise.race([super.request<T>(method, params), exited]).finally(() => clearInterval(timer));
  }

  pullDocument(uri: string, previousResultId?: string): Promise<FullReport> {
    return this.request<FullReport>('textDocument/diagnostic', { textDocument: { uri }, previousResultId });
  }

  pullWorkspace(previousResultIds: Array<{ uri: string; value: string }> = []): Promise<{ items: WorkspaceReport[] }> {
    return this.request('workspace/diagnostic', { previousResultIds });
  }

  stats(): Promise<{ nlpParses: number; quickReady: boolean; workerParses: number; analyses: { started: number; completed: number; cancelled: number }; rss: number; indexed: number }> {
    return this.request('sourcelens/stats', {});
  }

  command<T>(command: string, args: unknown): Promise<T> {
    return this.request<T>('workspace/executeCommand', { command, arguments: [args] });
  }

  /** Waits until the server's stats satisfy `check`, asking again every 20 ms. */
  async untilStats(check: (stats: Awaited<ReturnType<RecordingClient['stats']>>) => boolean, what: string, timeoutMs = 20000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!check(await this.stats())) {
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
      await new Promise((r) => setTimeout(r, 20));
    }
  }

  /** Waits until `check` holds, re-checking after every message the server sends. */
  async until<T>(check: () => T | undefined | false, what: string, timeoutMs = 20000): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const value = check();
      if (value) return value;
      if (this.exitCode !== null) throw new Error(`the server exited (${this.exitCode}) waiting for ${what}: ${this.stderr.slice(-1000)}`);
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
      await new Promise((r) => setTimeout(r, 20));
    }
  }
}

/** A temporary workspace folder holding the given files (relative path → content). */
export function makeWorkspace(files: Record<string, string>): string {
  const root = mkdtempSync(path.join(tmpdir(), 'sourcelens-ws-'));
  for (const [relative, content] of Object.entries(files)) {
    const full = path.join(root, relative);
    mkdirSync(path.dirname(full), { recursive: true });
    writeFileSync(full, content);
  }
  return root;
}

export const uriOf = (root: string, relative: string) => pathToFileURL(path.join(root, relative)).toString();

/** The line/character of the first `needle` in `text`. */
export function positionIn(text: string, needle: string, nth = 0): { line: number; character: number } {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`${needle} not in text`);
  }
  const before = text.slice(0, at).split('\n');
  return { line: before.length - 1, character: before[before.length - 1].length };
}

export function rangeIn(text: string, needle: string, nth = 0) {
  const start = positionIn(text, needle, nth);
  return { start, end: { line: start.line, character: start.character + needle.length } };
}

/** A source with a front-matter problem (a deterministic finding whatever the rules find) and sourcing to flag. */
export const ARTICLE = `---
title: Harbor authority weighs new terminal
outlet: Coastal Ledger
published: sometime in March
---
Harbor Authority chief Maria Okafor said on Tuesday that the port would add a container terminal.

Okafor told reporters the work would start next year, according to a statement.

The plan was reportedly discussed with Veltra Shipping last month, people familiar with the matter said.
`;
