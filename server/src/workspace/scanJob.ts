import { readFileSync, statSync } from 'node:fs';
import { analysisOptions } from '../analysisService';
import type { KnownName } from '../core/types';
import type { FileIgnores } from '../ignores/apply';
import type { Settings } from '../settings';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyzeFile, packReport, reportOf, type PackedReport } from './summary';

/** One closed file to analyse, as sent to a scan worker (plain data: it crosses a thread boundary). */
export interface ScanJob {
  id: number;
  uri: string;
  path: string;
  languageId: string;
  settings: Settings;
  knownNames: KnownName[];
  ignores: FileIgnores | null;
}

export interface ScanOutcome {
  id: number;
  report?: PackedReport;
  error?: string;
  /** Modification time of the file that was read (to skip unchanged files on the next scan). */
  mtimeMs?: number;
}

/**
 * Reads and analyses one file. A file far over the size limit is refused from its size alone,
 * without reading it; UTF-8 takes at most 3 bytes per UTF-16 code unit. The file is read
 * synchronously: a scan worker has nothing else to do meanwhile, and each asynchronous call
 * would be a trip through libuv's thread pool, whose threads compete with the workers for the
 * cores. (Without the worker bundle, running from sources, the pool runs jobs on the server's
 * own thread, one per event-loop turn; the analysis there is synchronous anyway.)
 */
export async function runScanJob(job: ScanJob): Promise<ScanOutcome> {
  try {
    const stat = statSync(job.path);
    const limit = job.settings.maxFileSizeKb * 1024;
    if (stat.size > limit * 3) {
      const refusal = {
        reason: 'too-large' as const,
        message: `Sourcelens did not analyse this file: it is ${formatSize(stat.size)}, over the limit of ${formatSize(limit)} (setting "sourcelens.maxFileSizeKb").`,
      };
      const document = TextDocument.create(job.uri, job.languageId, 0, '');
      const report = reportOf({ uri: job.uri, document, analysis: null, refusal, settings: job.settings, ignores: null });
      return { id: job.id, report: packReport({ ...report, size: stat.size }), mtimeMs: stat.mtimeMs };
    }
    const text = readFileSync(job.path, 'utf8');
    const fileDate = () => stat.mtime.toISOString().slice(0, 10);
    const options = analysisOptions(job.uri, job.languageId, job.settings, { fileDate }, job.knownNames);
    const report = analyzeFile(job.uri, job.languageId, text, job.settings, options, job.ignores);
    return { id: job.id, report: packReport(report), mtimeMs: stat.mtimeMs };
  } catch (error) {
    return { id: job.id, error: error instanceof Error ? error.message : String(error) };
  }
}

function formatSize(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.round(bytes / 1024)} KB`;
}
