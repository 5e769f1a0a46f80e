/**
 * Custom requests between the Sourcelens client and server, defined once for both sides
 * (as vscode-eslint does). Data types only use JSON values and LSP ranges so the timeline
 * webview can import them as types too.
 */
import { RequestType } from 'vscode-languageserver-protocol';
import type { Range } from 'vscode-languageserver-protocol';
import type { DatePrecision, EntityType, TimexMod } from './core/types';

export type { DatePrecision, EntityType, TimexMod };

/** Which documents a workspace-wide request covers. */
export type Scope = 'document' | 'workspace';

export interface EventsParams {
  /** The document of a `document` request (ignored for `workspace`). */
  uri?: string;
  scope: Scope;
}

/** One dated event as the timeline shows it. */
export interface TimelineEventItem {
  /** Stable within one answer: `uri#sentenceStart#dateStart`. */
  id: string;
  uri: string;
  /** The source document's title (front matter, else the file name). */
  title: string;
  /** TIMEX3 value ("2026-02-07", "2026-01", "2026-Q2", "2019"). */
  date: string;
  mod: TimexMod;
  precision: DatePrecision;
  /** The sentence that states the event. */
  range: Range;
  /** The date expression, when known (open documents). */
  dateRange?: Range;
  summary: string;
  /** Canonical names of the entities the sentence mentions. */
  entities: string[];
  /** 0 (no source) to 5 (a document), as in docs/rules.md. */
  strength: number;
}

export interface SourceDocumentItem {
  uri: string;
  title: string;
}

export interface EventsResult {
  scope: Scope;
  /** The document a `document` answer is about. */
  uri?: string;
  /** Every document the answer covers, with or without events. */
  documents: SourceDocumentItem[];
  /** In chronological order. */
  events: TimelineEventItem[];
  /** Why a document answer is empty (not analysed, too large, not open), if it is. */
  note?: string;
}

export interface SummaryParams {
  uri: string;
}

/** Sourcing counts of one document, for the status bar. */
export interface SourcingSummary {
  uri: string;
  /** False when the document is not analysed (not a source, or refused); counts are then 0. */
  analysed: boolean;
  /** Attributions to a named person, organization, outlet or document (the counts of the document's code lens). */
  named: number;
  /** Attributions to anonymous or vague sources. */
  anonymous: number;
  /** Cues with no source ("reportedly") and unattributed claims or denials. */
  unattributed: number;
  /** Weak-sourcing findings (diagnostics) in the document. */
  findings: number;
  /** Dated events. */
  events: number;
  /** Why the document was not analysed, when it was not. */
  note?: string;
}

export interface EntitiesParams {
  uri?: string;
  scope: Scope;
}

export interface EntityItem {
  uri: string;
  title: string;
  id: string;
  name: string;
  type: EntityType;
  aliases: string[];
  role?: string;
  mentions: number;
  /** The first mention. */
  first?: Range;
}

export interface EntitiesResult {
  scope: Scope;
  entities: EntityItem[];
}

/** Formats of a document's export for other tools (the CLI's `--format` values). */
export type FindingsFormat = 'sarif' | 'annotations';

export interface ExportDocumentParams {
  uri: string;
  format: FindingsFormat;
}

export interface ExportDocumentResult {
  /** The file's text (JSON), absent when the document could not be exported. */
  text?: string;
  /** Findings (SARIF results) or annotations in the text. */
  count: number;
  /** Why there is no text (not open, not analysed), when there is none. */
  note?: string;
}

/** `sourcelens/events`: the dated events of one document or of the whole workspace. */
export const EventsRequest = new RequestType<EventsParams, EventsResult, void>('sourcelens/events');

/** `sourcelens/summary`: sourcing counts of one document. */
export const SummaryRequest = new RequestType<SummaryParams, SourcingSummary, void>('sourcelens/summary');

/** `sourcelens/entities`: the entities of one document or of the workspace, for export. */
export const EntitiesRequest = new RequestType<EntitiesParams, EntitiesResult, void>('sourcelens/entities');

/** What a scan did, as the scan command returns it. */
export interface ScanSummary {
  /** Source files found in the workspace folders. */
  files: number;
  /** Files analysed in this scan (the others were unchanged, or open in the editor). */
  analysed: number;
  unchanged: number;
  open: number;
  refused: number;
  failed: number;
  /** Diagnostics of every closed file in the index after the scan. */
  diagnostics: number;
  /** Ignores whose anchor was not found (reported as information diagnostics). */
  orphanedIgnores: number;
  cancelled: boolean;
  ms: number;
  /** True when the files were analysed on worker threads. */
  threads: boolean;
}

/**
 * `sourcelens/exportDocument`: one open document's findings as a SARIF log, or everything found
 * in it as W3C Web Annotations, as the editor shows them (the user's severities and ignores).
 */
export const ExportDocumentRequest = new RequestType<ExportDocumentParams, ExportDocumentResult, void>('sourcelens/exportDocument');
