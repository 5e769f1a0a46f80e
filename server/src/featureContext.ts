import type { Connection, ServerCapabilities, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { AnalysisService, DocumentInfo } from './analysisService';

/** What every feature adapter gets: the connection, the open documents and the shared analyses. */
export interface FeatureContext {
  connection: Connection;
  documents: TextDocuments<TextDocument>;
  service: AnalysisService;
  /** The analysis of an open document's current version, or undefined when it is not open. */
  infoFor(uri: string): Promise<DocumentInfo | undefined>;
}

/** A feature adapter: declares its capabilities and registers its handlers. One file per feature. */
export interface Feature {
  capabilities?: ServerCapabilities;
  register(context: FeatureContext): void;
}
