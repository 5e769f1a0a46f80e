import type { Diagnostic as LspDiagnostic, Range } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { DocumentInfo } from '../analysisService';
import { analyze } from '../core/analyze';
import { checkInput } from '../core/inputCheck';
import type { AnalysisOptions } from '../core/types';
import type { IndexedDocument, IndexedEntity } from '../featureContext';
import { toLspDiagnostics } from '../features/diagnostics';
import type { FileIgnores } from '../ignores/apply';
import { toRange } from '../positions';
import type { Settings } from '../settings';

/** What the workspace keeps of one analysed file: an index entry and its diagnostics (no parse trees). */
export interface FileReport extends IndexedDocument {
  diagnostics: LspDiagnostic[];
  /** Size of the text in UTF-16 code units. */
  size: number;
  /** True when the file was not analysed (binary, too large). */
  refused: boolean;
}

function titleOf(uri: string, title: string | undefined): string {
  return title ?? decodeURIComponent(uri.slice(uri.lastIndexOf('/') + 1));
}

/** The report of an analysed version (an open document's DocumentInfo, or a file analysed by the scanner). */
export function reportOf(info: Pick<DocumentInfo, 'uri' | 'document' | 'analysis' | 'refusal' | 'settings' | 'ignores'> & { version?: number }): FileReport {
  const { document, analysis } = info;
  const diagnostics = toLspDiagnostics(info);
  const base = { uri: info.uri, version: info.version, size: document.getText().length, diagnostics };
  if (!analysis) return { ...base, title: titleOf(info.uri, undefined), entities: [], events: [], refused: true };
  return {
    ...base,
    title: titleOf(info.uri, analysis.document.frontMatter.title),
    entities: analysis.entities.map((e) => ({
      id: e.id, name: e.name, type: e.type, aliases: e.aliases, mentions: e.mentions.map((m) => toRange(document, m)),
    })),
    events: analysis.events.map((e) => ({ ...e, range: toRange(document, e) })),
    refused: false,
  };
}

/** Analyses one closed file's text and keeps only its report (the scanner's unit of work). */
export function analyzeFile(uri: string, languageId: string, text: string, settings: Settings, options: AnalysisOptions, ignores: FileIgnores | null): FileReport {
  const document = TextDocument.create(uri, languageId, 0, text);
  const refusal = checkInput(text, settings.maxFileSizeKb * 1024);
  const analysis = refusal ? null : analyze(text, options);
  return reportOf({ uri, document, analysis, refusal, settings, ignores });
}

/**
 * A report as a scan worker sends it and the workspace index keeps it: mention ranges as one
 * array of numbers, diagnostics and events as UTF-8 JSON, so that a thousand reports cost little
 * to copy between threads and little heap to keep (objects are made when a request reads them).
 */
export interface PackedReport {
  uri: string;
  title: string;
  size: number;
  refused: boolean;
  entities: PackedEntity[];
  /** Start line, start character, end line, end character of every mention, entity after entity. */
  ranges: Int32Array;
  /** UTF-8 JSON of `[events, diagnostics]`. */
  json: Uint8Array;
  diagnosticCount: number;
  orphanedIgnores: number;
}

export interface PackedEntity extends Omit<IndexedEntity, 'mentions'> {
  /** Where the entity's mentions start in `ranges` (in mentions, not numbers) and how many it has. */
  first: number;
  count: number;
}

const utf8 = new TextEncoder();
const fromUtf8 = new TextDecoder();

export function packReport(report: FileReport): PackedReport {
  const ranges = new Int32Array(report.entities.reduce((n, e) => n + e.mentions.length, 0) * 4);
  let at = 0;
  const entities = report.entities.map((e) => {
    const first = at;
    for (const m of e.mentions) ranges.set([m.start.line, m.start.character, m.end.line, m.end.character], 4 * at++);
    return { id: e.id, name: e.name, type: e.type, aliases: e.aliases, first, count: e.mentions.length };
  });
  return {
    uri: report.uri,
    title: report.title,
    size: report.size,
    refused: report.refused,
    entities,
    ranges,
    json: utf8.encode(JSON.stringify([report.events, report.diagnostics])),
    diagnosticCount: report.diagnostics.length,
    orphanedIgnores: report.diagnostics.filter((d) => d.code === 'orphaned-ignore').length,
  };
}

class StoredEntity implements IndexedEntity {
  readonly id: string;
  readonly name: string;
  readonly type: IndexedEntity['type'];
  readonly aliases: string[];

  constructor(packed: PackedEntity, private readonly ranges: Int32Array, private readonly first: number, private readonly count: number) {
    this.id = packed.id;
    this.name = packed.name;
    this.type = packed.type;
    this.aliases = packed.aliases;
  }

  get mentions(): Range[] {
    const r = this.ranges;
    const out: Range[] = [];
    for (let i = 4 * this.first; i < 4 * (this.first + this.count); i += 4) {
      out.push({ start: { line: r[i], character: r[i + 1] }, end: { line: r[i + 2], character: r[i + 3] } });
    }
    return out;
  }
}

/** A closed file's report in the workspace index, read from its packed form. */
export class StoredReport implements FileReport {
  readonly uri: string;
  readonly version = undefined;
  readonly title: string;
  readonly size: number;
  readonly refused: boolean;
  readonly entities: IndexedEntity[];
  readonly diagnosticCount: number;
  readonly orphanedIgnores: number;
  private readonly json: Uint8Array;

  constructor(packed: PackedReport) {
    this.uri = packed.uri;
    this.title = packed.title;
    this.size = packed.size;
    this.refused = packed.refused;
    this.entities = packed.entities.map((e) => new StoredEntity(e, packed.ranges, e.first, e.count));
    this.diagnosticCount = packed.diagnosticCount;
    this.orphanedIgnores = packed.orphanedIgnores;
    this.json = packed.json;
  }

  private read(): [FileReport['events'], LspDiagnostic[]] {
    return JSON.parse(fromUtf8.decode(this.json)) as [FileReport['events'], LspDiagnostic[]];
  }

  get events(): FileReport['events'] {
    return this.read()[0];
  }

  get diagnostics(): LspDiagnostic[] {
    return this.read()[1];
  }
}
