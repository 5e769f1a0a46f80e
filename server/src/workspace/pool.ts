import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import type { Worker } from 'node:worker_threads';
import { spawnWorker } from './spawnWorker';
import { runScanJob, type ScanJob, type ScanOutcome } from './scanJob';

interface Slot {
  worker: Worker;
  /** False for the worker that retries a file too large for the memory limit of the others. */
  limited: boolean;
  busy: ScanJob | null;
  resolve?: (outcome: ScanOutcome) => void;
}

/**
 * Heap limit of a scan worker: V8 grows a heap lazily and rarely gives it back, so without a
 * limit the workers of a long scan hold far more than one 3 KB document needs. A file that
 * does not fit is analysed again on a worker without the limit. A worker holds about 41 MB
 * between files: compromise's lexicon, the engine's name lists, the bundle's source, and 13 MB
 * of machine code V8 compiles for the engine's regular expressions, which grows with the rules.
 * With that, 64 MB left so little room that a worker ran a full collection every three to
 * four files. Measured on a 1,000-file scan (2 cores, quiet machine, two runs each): at 64 MB
 * 13.6-14.0 s and a peak RSS of 222-224 MB; at 72 MB 13.0 s and 236-239 MB; at 80 MB
 * 11.9-12.8 s and 245-252 MB, at the 250 MB budget. (Each isolate collects on its own thread,
 * see nodeOptions.ts; a larger young generation would need --max-semi-space-size, which is the
 * whole process's: at 4 MB the scan's RSS reached 261 MB.)
 */
const WORKER_HEAP_MB = 72;

/** Idle workers exit after this long, giving their memory back. */
const IDLE_MS = 60_000;

/**
 * Analyses closed files on worker threads (one per core, at most `size`), so a workspace scan
 * uses every core and never blocks the thread that answers the editor. Without the worker
 * bundle (running from sources) the jobs run on this thread, one per event-loop turn.
 */
export class ScanPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Array<{ job: ScanJob; resolve: (o: ScanOutcome) => void }> = [];
  private idleTimer: ReturnType<typeof setTimeout> | undefined;
  readonly size: number;

  constructor(private readonly script: string | undefined, size = availableParallelism()) {
    this.size = Math.max(1, Math.min(size, 4));
  }

  get usesThreads(): boolean {
    return !!this.script && existsSync(this.script);
  }

  run(job: ScanJob): Promise<ScanOutcome> {
    if (!this.usesThreads) {
      return new Promise((resolve) => setImmediate(() => void runScanJob(job).then(resolve)));
    }
    clearTimeout(this.idleTimer);
    return new Promise<ScanOutcome>((resolve) => {
      this.queue.push({ job, resolve });
      this.pump();
    }).then((outcome) => (outcome.error?.includes('ERR_WORKER_OUT_OF_MEMORY') || outcome.error?.includes('out of memory') ? this.runUnlimited(job) : outcome));
  }

  /** One job on a worker without the heap limit (a file too large for the limited ones). */
  private runUnlimited(job: ScanJob): Promise<ScanOutcome> {
    return new Promise((resolve) => {
      const slot = this.spawn(false);
      slot.busy = job;
      slot.resolve = (outcome) => {
        // (fail() may have taken the slot out already.)
        const index = this.slots.indexOf(slot);
        if (index >= 0) this.slots.splice(index, 1);
        void slot.worker.terminate();
        resolve(outcome);
      };
      slot.worker.postMessage(job);
    });
  }

  private pump(): void {
    while (this.queue.length) {
      let slot = this.slots.find((s) => !s.busy && s.limited);
      if (!slot && this.slots.filter((s) => s.limited).length < this.size) slot = this.spawn(true);
      if (!slot) return;
      const { job, resolve } = this.queue.shift()!;
      slot.busy = job;
      slot.resolve = resolve;
      slot.worker.postMessage(job);
    }
    if (this.slots.every((s) => !s.busy)) {
      clearTimeout(this.idleTimer);
      this.idleTimer = setTimeout(() => this.dispose(), IDLE_MS);
      this.idleTimer.unref?.();
    }
  }

  private spawn(limited: boolean): Slot {
    // A small young generation per worker: the process's RSS counts every isolate's heap.
    const worker = spawnWorker(this.script!, {
      // (A young generation of 4 MB holds a 3 KB document's analysis; 8 MB cost about 10 MB of RSS over a 1,000-file scan, no time.)
      resourceLimits: limited ? { maxYoungGenerationSizeMb: 4, maxOldGenerationSizeMb: WORKER_HEAP_MB } : { maxYoungGenerationSizeMb: 8 },
    });
    const slot: Slot = { worker, busy: null, limited };
    worker.on('message', (outcome: ScanOutcome) => {
      const resolve = slot.resolve;
      slot.busy = null;
      slot.resolve = undefined;
      resolve?.(outcome);
      if (slot.limited) this.pump();
    });
    const fail = (error: unknown) => {
      const index = this.slots.indexOf(slot);
      if (index >= 0) this.slots.splice(index, 1);
      const busy = slot.busy;
      const resolve = slot.resolve;
      slot.busy = null;
      slot.resolve = undefined;
      if (busy) resolve?.({ id: busy.id, error: `the scan worker stopped: ${error instanceof Error ? `${(error as NodeJS.ErrnoException).code ?? ''} ${error.message}` : String(error)}` });
      if (slot.limited) this.pump();
    };
    worker.on('error', fail);
    worker.on('exit', (code) => {
      if (slot.busy) fail(`exit code ${code}: out of memory?`);
      else {
        const index = this.slots.indexOf(slot);
        if (index >= 0) this.slots.splice(index, 1);
      }
    });
    worker.unref();
    this.slots.push(slot);
    return slot;
  }

  /** Stops every idle worker (busy ones finish their file first: the pool spawns again on demand). */
  dispose(): void {
    for (const slot of [...this.slots]) {
      if (!slot.busy) {
        this.slots.splice(this.slots.indexOf(slot), 1);
        void slot.worker.terminate();
      }
    }
  }
}
