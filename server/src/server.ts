import {
  TextDocuments, TextDocumentSyncKind, type Connection, type InitializeResult, type ServerCapabilities,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { AnalysisService, type ServiceHost } from './analysisService';
import type { FeatureContext } from './featureContext';
import { features } from './features';
import { setRuleDocsBase, toLspDiagnostics } from './features/diagnostics';

export interface ServerOptions extends ServiceHost {
  /** A URI of the rule documentation (docs/rules.md), for `codeDescription` links. */
  ruleDocsUri?: string;
  /** Delay between the last edit and re-analysis, in ms. */
  debounceMs?: number;
}

/** Wires capabilities and handlers; everything else lives in the core and features/. */
export function startServer(connection: Connection, options: ServerOptions): void {
  const documents = new TextDocuments(TextDocument);
  const service = new AnalysisService(connection, options);
  const timers = new Map<string, ReturnType<typeof setTimeout>>();
  setRuleDocsBase(options.ruleDocsUri);

  const context: FeatureContext = {
    connection,
    documents,
    service,
    async infoFor(uri) {
      const document = documents.get(uri);
      return document ? service.get(document) : undefined;
    },
  };

  connection.onInitialize((): InitializeResult => {
    const capabilities: ServerCapabilities = { textDocumentSync: TextDocumentSyncKind.Incremental };
    for (const f of features) Object.assign(capabilities, f.capabilities);
    return { capabilities, serverInfo: { name: 'sourcelens' } };
  });

  const publish = async (document: TextDocument) => {
    try {
      const info = await service.get(document);
      if (documents.get(document.uri)?.version !== info.version) return;
      await connection.sendDiagnostics({ uri: document.uri, version: info.version, diagnostics: toLspDiagnostics(info) });
    } catch (error) {
      connection.console.error(`Sourcelens could not analyse ${document.uri}: ${String(error)}`);
    }
  };

  const schedule = (document: TextDocument, delay: number) => {
    clearTimeout(timers.get(document.uri));
    timers.set(document.uri, setTimeout(() => {
      timers.delete(document.uri);
      const current = documents.get(document.uri);
      if (current) void publish(current);
    }, delay));
  };

  documents.onDidOpen((e) => schedule(e.document, 0));
  documents.onDidChangeContent((e) => schedule(e.document, options.debounceMs ?? 150));
  documents.onDidClose((e) => {
    clearTimeout(timers.get(e.document.uri));
    service.forget(e.document.uri);
    void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
  });

  connection.onDidChangeConfiguration(() => {
    service.resetSettings();
    for (const d of documents.all()) schedule(d, 0);
  });

  for (const f of features) f.register(context);
  documents.listen(connection);
  connection.listen();
}
