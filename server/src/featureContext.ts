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
  /** Every source of the workspace folders; set by the workspace feature, absent in single-file use. */
  workspace?: WorkspaceIndex;
}

/** A feature adapter: declares its capabilities and registers its handlers. One file per feature. */
export interface Feature {
  capabilities?: ServerCapabilities;
  register(context: FeatureContext): void;
}

/** An entity of a document as the workspace index keeps it (positions, not parse trees). */
export interface IndexedEntity {
  id: string;
  name: string;
  type: 'person' | 'organization' | 'place';
  aliases: string[];
  mentions: import('vscode-languageserver').Range[];
}

/** What the workspace index keeps of one source document, open or closed. */
export interface IndexedDocument {
  uri: string;
  /** Version of an open document, or undefined for a file read from disk. */
  version?: number;
  /** Title from front matter, else the file name. */
  title: string;
  entities: IndexedEntity[];
  /** Dated events (core TimelineEvent) with the sentence's range, for the workspace timeline. */
  events: Array<import('./core/types').TimelineEvent & { range: import('vscode-languageserver').Range }>;
}

/**
 * Every source document of the workspace folders, analysed once and kept up to date
 * (open documents from the editor, closed ones from disk).
 */
export interface WorkspaceIndex {
  /** Summaries of every indexed document; scans the folders first if that has not happened yet. */
  documents(): Promise<IndexedDocument[]>;
  /** Fires after the index changed (a scan finished, a file changed). */
  onDidChange(listener: () => void): { dispose(): void };
}
