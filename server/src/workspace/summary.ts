import type { Diagnostic as LspDiagnostic } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { DocumentInfo } from '../analysisService';
import { analyze } from '../core/analyze';
import { checkInput } from '../core/inputCheck';
import type { AnalysisOptions } from '../core/types';
import type { IndexedDocument } from '../featureContext';
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
