import { toSarif } from '../export/sarif';
import { toWebAnnotations } from '../export/webAnnotation';
import type { DocumentInfo } from '../analysisService';
import type { Analysis } from '../core/types';
import type { Feature } from '../featureContext';
import { applyIgnores } from '../ignores/apply';
import { ExportDocumentRequest, type ExportDocumentParams, type ExportDocumentResult } from '../protocol';
import { VERSION } from '../version';
import { effectiveSeverity } from './diagnostics';

/**
 * The analysis with the findings the Problems panel shows: each at the severity the user's
 * settings give it, minus rules turned off, findings below the minimum level and ignored ones.
 */
export function shownAnalysis(info: DocumentInfo, analysis: Analysis): Analysis {
  const { hidden } = applyIgnores(analysis.document.text, analysis.diagnostics, info.ignores);
  const diagnostics = analysis.diagnostics.flatMap((d, i) => {
    const severity = hidden.has(i) ? null : effectiveSeverity(d, info.settings);
    return severity ? [{ ...d, severity }] : [];
  });
  return { ...analysis, diagnostics };
}

/** Answers `sourcelens/exportDocument` for an open document's current version. */
export function exportDocument(info: DocumentInfo | undefined, format: ExportDocumentParams['format']): ExportDocumentResult {
  if (!info) return { count: 0, note: 'The document is not open in the editor.' };
  if (info.refusal) return { count: 0, note: info.refusal.message };
  if (!info.analysis) return { count: 0, note: 'The document is not a source Sourcelens analyses.' };
  const file = { uri: info.uri, text: info.analysis.document.text, analysis: shownAnalysis(info, info.analysis) };
  if (format === 'sarif') {
    const log = toSarif([file], VERSION);
    return { text: `${JSON.stringify(log, null, 2)}\n`, count: log.runs[0].results.length };
  }
  const collection = toWebAnnotations([file]);
  return { text: `${JSON.stringify(collection, null, 2)}\n`, count: collection.total };
}

export const exportDocumentFeature: Feature = {
  register(context) {
    context.connection.onRequest(ExportDocumentRequest, async (params) => {
      const uri = typeof params?.uri === 'string' ? params.uri : '';
      const format = params?.format === 'annotations' ? 'annotations' : 'sarif';
      return exportDocument(uri ? await context.infoFor(uri) : undefined, format);
    });
  },
};
