import * as path from 'node:path';
import {
  DidChangeWatchedFilesNotification, FileChangeType, TextDocuments, TextDocumentSyncKind, type ClientCapabilities,
  type Connection, type InitializeResult, type ServerCapabilities,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { AnalysisService, isStaleError, type ServiceHost } from './analysisService';
import type { FeatureContext } from './featureContext';
import { features, prepareFeatures } from './features';
import { codeActionCapabilities, provideCodeActions } from './features/codeActions';
import { registerCommands } from './features/codeActionsCommands';
import { setRuleDocsBase } from './features/diagnostics';
import { clientPulls, diagnosticCapabilities, DiagnosticsProvider } from './features/diagnosticsProvider';
import { ProjectStore, uriToPath } from './ignores/project';
import { PROJECT_DIR } from './ignores/sidecar';
import { AnalysisThread } from './workspace/analysisThread';
import { countNlpParses, nlpParseCount } from './workspace/incremental';
import { ScanPool } from './workspace/pool';
import { WorkspaceIndexImpl } from './workspace/workspaceIndex';

export interface ServerOptions extends ServiceHost {
  /** A URI of the rule documentation (docs/rules.md), for `codeDescription` links. */
  ruleDocsUri?: string;
  /** Delay between the last edit and a pushed re-analysis, in ms (pull clients decide themselves). */
  debounceMs?: number;
  /** The scan worker script (dist/scanWorker.js); without it closed files are analysed on this thread. */
  scanWorker?: string;
  /** The open-documents analysis worker (dist/analysisWorker.js); without it full analyses run on this thread. */
  analysisWorker?: string;
}

/** Answer of the `sourcelens/stats` request: what the tests and the benchmark look at. */
export interface ServerStats {
  /** compromise parses on the server's main thread since it started (quick diagnostics of edits). */
  nlpParses: number;
  /** The main thread's parser is set up for quick diagnostics (after the first analysis, or the first edit). */
  quickReady: boolean;
  /** compromise parses of full analyses on the analysis worker. */
  workerParses: number;
  analyses: AnalysisService['stats'];
  rss: number;
  heapUsed: number;
  indexed: number;
}

/** Wires capabilities and handlers; everything else lives in the core, features/, workspace/ and ignores/. */
export function startServer(connection: Connection, options: ServerOptions): void {
  countNlpParses();
  const documents = new TextDocuments(TextDocument);
  const project = new ProjectStore((message) => void connection.window.showWarningMessage(message));
  const thread = new AnalysisThread(options.analysisWorker ?? path.join(__dirname, 'analysisWorker.js'));
  const service = new AnalysisService(connection, options, project, thread);
  const pool = new ScanPool(options.scanWorker ?? path.join(__dirname, 'scanWorker.js'));
  const index = new WorkspaceIndexImpl(connection, documents, service, project, pool);
  let diagnostics: DiagnosticsProvider | undefined;
  let clientCapabilities: ClientCapabilities = {};
  let roots: string[] = [];
  setRuleDocsBase(options.ruleDocsUri);

  const context: FeatureContext = {
    connection,
    documents,
    service,
    workspace: index,
    async infoFor(uri) {
      const document = documents.get(uri);
      return document ? service.get(document) : undefined;
    },
  };

  connection.onInitialize((params): InitializeResult => {
    clientCapabilities = params.capabilities;
    roots = (params.workspaceFolders ?? (params.rootUri ? [{ uri: params.rootUri, name: '' }] : []))
      .map((f) => uriToPath(f.uri)).filter((p): p is string => !!p);
    index.setRoots(roots);
    void project.setFolders(roots);
    const pull = clientPulls(params.capabilities);
    diagnostics = new DiagnosticsProvider(
      { connection, documents, service, index, debounceMs: options.debounceMs ?? 150 },
      pull,
      !!params.capabilities.workspace?.diagnostics?.refreshSupport,
    );
    const capabilities: ServerCapabilities = {
      textDocumentSync: TextDocumentSyncKind.Incremental,
      ...diagnosticCapabilities(pull),
      ...codeActionCapabilities,
    };
    for (const f of features) Object.assign(capabilities, f.capabilities);
    capabilities.workspace = { ...capabilities.workspace, workspaceFolders: { supported: true, changeNotifications: true } };
    return { capabilities, serverInfo: { name: 'sourcelens' } };
  });

  connection.onInitialized(() => {
    if (clientCapabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration) {
      void connection.client.register(DidChangeWatchedFilesNotification.type, {
        watchers: [{ globPattern: '**/*.{news,source,txt,md,markdown}' }, { globPattern: `**/${PROJECT_DIR}/*.json` }],
      });
    }
    // Without pulls, closed files reach Problems only through pushes after a scan.
    if (!diagnostics?.pull) void index.ensureScanned();
    if (clientCapabilities.workspace?.workspaceFolders) {
      connection.workspace.onDidChangeWorkspaceFolders(({ added, removed }) => {
        const gone = new Set(removed.map((f) => uriToPath(f.uri)));
        roots = [...roots.filter((r) => !gone.has(r)), ...added.map((f) => uriToPath(f.uri)).filter((p): p is string => !!p)];
        index.setRoots(roots);
        void project.setFolders(roots).then(() => index.refreshAll());
      });
    }
  });

  documents.onDidOpen((e) => diagnostics?.changed(e.document, 0));
  documents.onDidChangeContent((e) => {
    service.supersede(e.document.uri, e.document.version);
    diagnostics?.changed(e.document);
  });
  documents.onDidClose((e) => {
    service.forget(e.document.uri);
    diagnostics?.closed(e.document.uri);
    // Its unsaved text is gone: the file on disk is the source again.
    void index.refresh(e.document.uri);
  });

  const projectChanged = () => {
    diagnostics?.refreshAll();
    void index.refreshAll();
  };
  project.onDidChange(projectChanged);

  connection.onDidChangeConfiguration(() => {
    service.resetSettings();
    diagnostics?.refreshAll();
    void index.refreshAll();
  });

  connection.onDidChangeWatchedFiles(({ changes }) => {
    const roots = new Set<string>();
    for (const change of changes) {
      const file = uriToPath(change.uri);
      if (file && path.basename(path.dirname(file)) === PROJECT_DIR) {
        roots.add(path.dirname(path.dirname(file)));
        continue;
      }
      if (documents.get(change.uri)) continue;
      if (change.type === FileChangeType.Deleted) index.remove(change.uri);
      else void index.refresh(change.uri);
    }
    for (const root of roots) void project.reload(root);
  });

  connection.onCodeAction(async (params) => {
    const document = documents.get(params.textDocument.uri);
    if (!document) return [];
    let info = service.peek(document);
    if (!info) info = await service.get(document).catch((error) => (isStaleError(error) ? undefined : Promise.reject(error)));
    return provideCodeActions(params, document, info, project);
  });
  registerCommands({ connection, documents, project, index });

  connection.onRequest('sourcelens/stats', (): ServerStats => {
    const memory = process.memoryUsage();
    return { nlpParses: nlpParseCount(), quickReady: service.quickReady, workerParses: service.threadParses, analyses: { ...service.stats }, rss: memory.rss, heapUsed: memory.heapUsed, indexed: index.closedEntries().length };
  });

  for (const f of features) f.register(context);
  service.onDidAnalyse((info) => {
    setImmediate(() => {
      if (service.current(info.document) === info) prepareFeatures(info);
    });
  });
  documents.listen(connection);
  connection.listen();
}
