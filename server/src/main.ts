import { statSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { format } from 'node:util';
import { setFlagsFromString } from 'node:v8';
import { createConnection, ProposedFeatures, StreamMessageReader, type Connection } from 'vscode-languageserver/node';
import { StableAnswerWriter } from './stableAnswerWriter';
import { startServer } from './server';

// V8 optimises a function once it has run through this much bytecode (132 KB by default). The
// engine is large code spread over many rules, and with the default every rule a few documents
// warm up is compiled again and again by the optimising compiler: on a workspace scan that
// compilation took about a third of a worker's own time, on a background thread that competes
// with the other worker on a 2-core machine. A higher threshold optimises only what stays hot.
// Set before any worker thread starts, so the scan workers and the analysis thread have it too.
// V8 12 (Node 22) replaced the budget with invocation counts and reports the old flag as an
// error on standard error, which the editor shows in the server's log, so it is set only where
// it exists.
if (Number(process.versions.v8.split('.')[0]) < 12) setFlagsFromString('--interrupt-budget=1048576');

/** The process entry point: the only file that touches the process and the transport. */
const connection = process.argv.includes('--stdio') ? stdioConnection() : createConnection(ProposedFeatures.all);

/**
 * Over stdio the streams are set up here rather than by createConnection, so the writer can send
 * a stable answer's bytes again instead of serialising it per request.
 * What createConnection would otherwise do for stdio is done here too: console output goes to
 * the client's log (stdout carries the protocol) and the server ends when its input closes.
 */
function stdioConnection(): Connection {
  const created = createConnection(
    ProposedFeatures.all,
    new StreamMessageReader(process.stdin),
    new StableAnswerWriter(process.stdout),
  );
  const log = (...args: unknown[]) => created.console.log(format(...args));
  console.log = console.info = console.debug = log;
  console.warn = (...args: unknown[]) => created.console.warn(format(...args));
  console.error = (...args: unknown[]) => created.console.error(format(...args));
  let shutdown = false;
  created.onShutdown(() => {
    shutdown = true;
  });
  const end = () => process.exit(shutdown ? 0 : 1);
  process.stdin.on('end', end);
  process.stdin.on('close', end);
  return created;
}

process.on('uncaughtException', (error) => {
  connection.console.error(`Sourcelens server error: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
});

startServer(connection, {
  ruleDocsUri: pathToFileURL(path.join(__dirname, '..', 'docs', 'rules.md')).toString(),
  fileDate(uri: string): string | undefined {
    try {
      if (!uri.startsWith('file:')) return undefined;
      return statSync(fileURLToPath(uri)).mtime.toISOString().slice(0, 10);
    } catch {
      return undefined;
    }
  },
});
