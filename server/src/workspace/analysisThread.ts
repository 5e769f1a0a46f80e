import { existsSync } from 'node:fs';
import type { Worker } from 'node:worker_threads';
import { spawnWorker } from './spawnWorker';
import type { Analysis, AnalysisOptions } from '../core/types';
import type { AnalysisJob, AnalysisOutcome } from './analysisWorker';
import { StaleAnalysisError } from './incremental';

interface Pending {
  uri: string;
  job: AnalysisJob;
  resolve: (analysis: Analysis) => void;
  reject: (error: unknown) => void;
  isStale: () => boolean;
}

/**
 * The full analysis of open documents on one worker thread. One job runs at a time; a newer
 * version of a document replaces its queued job, and a job whose version was superseded is
 * rejected at once (its result, when it comes, is dropped). The worker's compromise cache
 * keeps every paragraph, so the next version costs only its edited paragraphs.
 */
export class AnalysisThread {
  private worker: Worker | undefined;
  private running: Pending | undefined;
  private readonly queue: Pending[] = [];
  private seq = 0;
  /** compromise parses in the worker so far. */
  parses = 0;

  constructor(private readonly script: string) {}

  get available(): boolean {
    return existsSync(this.script);
  }

  analyze(uri: string, text: string, options: AnalysisOptions, isStale: () => boolean): Promise<Analysis> {
    return new Promise<Analysis>((resolve, reject) => {
      for (let i = this.queue.length - 1; i >= 0; i--) {
        if (this.queue[i].uri === uri) this.queue.splice(i, 1)[0].reject(new StaleAnalysisError());
      }
      this.queue.push({ uri, job: { id: ++this.seq, text, options }, resolve, reject, isStale });
      this.pump();
    });
  }

  /** A newer version of `uri` exists: its running or queued analysis is dropped now. */
  supersede(uri: string): void {
    for (let i = this.queue.length - 1; i >= 0; i--) {
      if (this.queue[i].uri === uri && this.queue[i].isStale()) this.queue.splice(i, 1)[0].reject(new StaleAnalysisError());
    }
    const running = this.running;
    if (running && running.uri === uri && running.isStale()) {
      running.reject(new StaleAnalysisError());
      running.resolve = () => undefined;
      running.reject = () => undefined;
    }
  }

  private pump(): void {
    if (this.running) return;
    let next = this.queue.shift();
    while (next && next.isStale()) {
      next.reject(new StaleAnalysisError());
      next = this.queue.shift();
    }
    if (!next) return;
    this.running = next;
    this.spawn().postMessage(next.job);
  }

  private spawn(): Worker {
    if (this.worker) return this.worker;
    const worker = spawnWorker(this.script, { resourceLimits: { maxYoungGenerationSizeMb: 16 } });
    worker.unref();
    worker.on('message', (outcome: AnalysisOutcome) => {
      this.parses = outcome.parses;
      const done = this.running;
      this.running = undefined;
      if (done && done.job.id === outcome.id) {
        if (done.isStale()) done.reject(new StaleAnalysisError());
        else if (outcome.analysis) done.resolve(outcome.analysis);
        else done.reject(new Error(outcome.error));
      }
      this.pump();
    });
    const fail = (error: unknown) => {
      if (this.worker === worker) this.worker = undefined;
      const done = this.running;
      this.running = undefined;
      done?.reject(new Error(`the analysis worker stopped: ${String(error)}`));
      this.pump();
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(`exit code ${code}`));
    this.worker = worker;
    return worker;
  }

  dispose(): void {
    void this.worker?.terminate();
    this.worker = undefined;
  }
}
