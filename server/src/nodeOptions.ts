/**
 * Node options the server process is started with, by the extension and by the tests and the
 * benchmark that stand in for it (one list, so what is measured is what users run).
 *
 * The server's own thread answers requests and keeps the workspace index; documents are analysed
 * on worker threads, which set their own heap limits. A young generation of at most 3 × 2 MB is
 * enough for that thread, where V8's default lets it grow to 3 × 16 MB while a workspace scan
 * streams reports in: on a scan of 1,000 files the process's peak RSS went from 248 to 226 MB.
 */
export const SERVER_NODE_OPTIONS: readonly string[] = ['--max-semi-space-size=2'];
