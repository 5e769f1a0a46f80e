import { parentPort } from 'node:worker_threads';
import { clearNlpCache } from '../core/nlp';
import { runScanJob, type ScanJob } from './scanJob';

/**
 * Entry point of a scan worker thread (bundled as dist/scanWorker.js). It analyses one closed
 * file per message and answers with its report. Parses are not cached here: a closed file is
 * analysed again only when it changes on disk, and the cache would only hold memory.
 */
parentPort?.on('message', (job: ScanJob) => {
  void runScanJob(job).then((outcome) => {
    clearNlpCache();
    parentPort?.postMessage(outcome);
  });
});
