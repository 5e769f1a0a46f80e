/**
 * Node options the server process is started with, by the extension and by the tests and the
 * benchmark that stand in for it (one list, so what is measured is what users run). The server
 * runs on the runtime of whoever starts it (VS Code forks it with its own), so the V8 version
 * read here is the server's.
 *
 * - The server's own thread answers requests and keeps the workspace index; documents are analysed
 *   on worker threads, which set their own heap limits. A young generation of at most 3 × 2 MB is
 *   enough for that thread, where V8's default lets it grow to 3 × 16 MB while a workspace scan
 *   streams reports in: on a scan of 1,000 files the process's peak RSS went from 248 to 226 MB.
 * - Before V8 12 (Node 20), each isolate's garbage collector also marks and scavenges on helper
 *   threads shared by the whole process: with two scan workers on two cores, those helpers take
 *   the cores from the workers. Collecting on each isolate's own thread made the same scan 7-12%
 *   faster (11.2-11.4 s to 10.0-10.4 s; CPU time 20.3-20.6 s to 18.6-19.2 s) for 14 MB more peak RSS,
 *   with hover, outline, lens and keystroke latencies unchanged. It must be set at start-up: set
 *   later, V8 aborts in the middle of a collection that began with helpers.
 */
export const SERVER_NODE_OPTIONS: readonly string[] = [
  '--max-semi-space-size=2',
  ...(Number(process.versions.v8.split('.')[0]) < 12 ? ['--single-threaded-gc'] : []),
];

/**
 * Environment of the server process, set by whoever starts it (the extension, the tests, the
 * benchmark). glibc gives each thread that allocates its own malloc arena, and the arenas of the
 * two scan workers, the analysis thread and libuv's pool each keep freed memory: with at most two
 * arenas, the peak RSS of a 1,000-file scan fell by 10-16 MB (242 to 226 MB with the workers'
 * heaps at 64 MB, 255 to 245 MB at 96 MB), which pays for the larger worker heaps of
 * workspace/pool.ts. Other allocators ignore the variable.
 */
export const SERVER_ENV: Readonly<Record<string, string>> = { MALLOC_ARENA_MAX: '2' };
