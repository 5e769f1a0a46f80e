import { parentPort } from 'node:worker_threads';
import { analyze } from '../core/analyze';
import type { AnalysisOptions } from '../core/types';
import { countNlpParses, nlpParseCount } from './incremental';

/** A request to the open-documents worker: the full analysis of one document version. */
export interface AnalysisJob {
  id: number;
  text: string;
  options: AnalysisOptions;
}

export interface AnalysisOutcome {
  id: number;
  analysis?: import('../core/types').Analysis;
  error?: string;
  /** compromise parses in this worker so far (its paragraph cache is kept between versions). */
  parses: number;
}

/**
 * Entry point of the open-documents worker (bundled as dist/analysisWorker.js): full analyses
 * run here, so the thread that answers the editor never blocks on one. Its compromise cache
 * persists across versions, so an edit re-parses only the paragraphs it changed.
 */
countNlpParses();
parentPort?.on('message', (job: AnalysisJob) => {
  let outcome: AnalysisOutcome;
  try {
    outcome = { id: job.id, analysis: analyze(job.text, job.options), parses: nlpParseCount() };
  } catch (error) {
    outcome = { id: job.id, error: error instanceof Error ? error.stack ?? error.message : String(error), parses: nlpParseCount() };
  }
  parentPort?.postMessage(outcome);
});
