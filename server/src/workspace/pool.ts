import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { runScanJob, type ScanJob, type ScanOutcome } from './scanJob';

interface Slot {
  worker: Worker;
  busy: ScanJob | null;
  resolve?: (outcome: ScanOutcome) => void;
}

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
    return new Promise((resolve) => {
      this.queue.push({ job, resolve });
      this.pump();
    });
  }

  private pump(): void {
    while (this.queue.length) {
      let slot = this.slots.find((s) => !s.busy);
      if (!slot && this.slots.length < this.size) slot = this.spawn();
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

  private spawn(): Slot {
    // A small young generation per worker: the process's RSS counts every isolate's heap.
    const worker = new Worker(this.script!, { resourceLimits: { maxYoungGenerationSizeMb: 8 } });
    const slot: Slot = { worker, busy: null };
    worker.on('message', (outcome: ScanOutcome) => {
      const resolve = slot.resolve;
      slot.busy = null;
      slot.resolve = undefined;
      resolve?.(outcome);
      this.pump();
    });
    const fail = (error: unknown) => {
      const index = this.slots.indexOf(slot);
      if (index >= 0) this.slots.splice(index, 1);
      if (slot.busy) slot.resolve?.({ id: slot.busy.id, error: `the scan worker stopped: ${String(error)}` });
      slot.busy = null;
      this.pump();
    };
    worker.on('error', fail);
    worker.on('exit', (code) => {
      if (slot.busy) fail(`exit code ${code}`);
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
