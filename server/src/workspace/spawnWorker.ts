import { Worker, type WorkerOptions } from 'node:worker_threads';

/**
 * Starts a worker thread whose standard output goes to the process's standard error. Over stdio
 * the process's standard output carries the protocol, and a worker's output is otherwise piped
 * into it: one stray line from a library would corrupt the stream the editor reads.
 */
export function spawnWorker(script: string, options: WorkerOptions): Worker {
  const worker = new Worker(script, { ...options, stdout: true });
  worker.stdout.pipe(process.stderr, { end: false });
  return worker;
}
