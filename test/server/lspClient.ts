import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection,
} from 'vscode-jsonrpc/node';
import { SERVER_ENV, SERVER_NODE_OPTIONS } from '../../server/src/nodeOptions';

export const repoRoot = path.resolve(__dirname, '..', '..');
export const serverBundle = path.join(repoRoot, 'dist', 'server.js');

export interface PublishedDiagnostics {
  uri: string;
  version?: number;
  diagnostics: Array<{ range: { start: { line: number; character: number } }; code?: string; message: string; severity?: number; source?: string }>;
}

/**
 * A minimal LSP client over stdio that starts the bundled server as a child process:
 * the same bytes an editor sends.
 */
export class TestClient {
  readonly connection: MessageConnection;
  private readonly child: ChildProcessWithoutNullStreams;
  private readonly published = new Map<string, PublishedDiagnostics>();
  private readonly waiters: Array<() => void> = [];
  settings: Record<string, unknown> = {};
  stderr = '';
  exitCode: number | null = null;

  constructor() {
    // For benchmarks: SOURCELENS_SERVER_NODE_ARGS (Node options such as --cpu-prof) and
    // SOURCELENS_SERVER_BUNDLE (another build of the server, to compare two in one run).
    const nodeArgs = process.env.SOURCELENS_SERVER_NODE_ARGS?.split(' ').filter(Boolean) ?? [];
    const bundle = process.env.SOURCELENS_SERVER_BUNDLE || serverBundle;
    this.child = spawn(process.execPath, [...SERVER_NODE_OPTIONS, ...nodeArgs, bundle, '--stdio'], { stdio: 'pipe', env: { ...process.env, ...SERVER_ENV } });
    this.child.stderr.on('data', (d: Buffer) => (this.stderr += d.toString()));
    this.child.on('exit', (code) => {
      this.exitCode = code ?? -1;
      this.notify();
    });
    this.connection = createMessageConnection(new StreamMessageReader(this.child.stdout), new StreamMessageWriter(this.child.stdin));
    this.connection.onNotification('textDocument/publishDiagnostics', (p: PublishedDiagnostics) => {
      this.published.set(p.uri, p);
      this.notify();
    });
    this.connection.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => this.settings));
    this.connection.onRequest('client/registerCapability', () => null);
    this.connection.onRequest('window/workDoneProgress/create', () => null);
    this.connection.onNotification('window/logMessage', () => undefined);
    this.connection.listen();
  }

  private notify(): void {
    for (const w of this.waiters.splice(0)) w();
  }

  async initialize(rootPath = repoRoot): Promise<{ capabilities: Record<string, unknown> }> {
    const result = await this.connection.sendRequest<{ capabilities: Record<string, unknown> }>('initialize', {
      processId: process.pid,
      rootUri: pathToFileURL(rootPath).toString(),
      workspaceFolders: [{ uri: pathToFileURL(rootPath).toString(), name: 'root' }],
      capabilities: {
        workspace: { configuration: true, workspaceFolders: true },
        textDocument: {
          hover: { contentFormat: ['markdown', 'plaintext'] },
          publishDiagnostics: { relatedInformation: true, codeDescriptionSupport: true, versionSupport: true },
        },
        window: { workDoneProgress: true },
      },
    });
    await this.connection.sendNotification('initialized', {});
    return result;
  }

  async open(uri: string, text: string, languageId = 'sourcelens', version = 1): Promise<void> {
    await this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version, text } });
  }

  async change(uri: string, version: number, text: string): Promise<void> {
    await this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
  }

  /** Resolves with the diagnostics published for `uri` once `accept` holds (default: any version ≥ `minVersion`). */
  async diagnostics(uri: string, minVersion = 1, timeoutMs = 20000): Promise<PublishedDiagnostics> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const p = this.published.get(uri);
      if (p && (p.version === undefined || p.version >= minVersion)) return p;
      if (this.exitCode !== null) throw new Error(`server exited with ${this.exitCode}: ${this.stderr}`);
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`no diagnostics for ${uri} within ${timeoutMs} ms`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  request<T>(method: string, params: unknown): Promise<T> {
    return this.connection.sendRequest<T>(method, params);
  }

  async shutdown(): Promise<number> {
    if (this.exitCode === null) {
      await this.connection.sendRequest('shutdown');
      await this.connection.sendNotification('exit');
      await new Promise<void>((resolve) => (this.exitCode !== null ? resolve() : this.child.once('exit', () => resolve())));
    }
    this.connection.dispose();
    return this.exitCode ?? -1;
  }
}
