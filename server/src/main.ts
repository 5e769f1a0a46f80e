import { statSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './server';

// V8 optimises a function once it has run through this much bytecode (132 KB by default). The
// engine is large code spread over many rules, and with the default every rule a few documents
// warm up is compiled again and again by the optimising compiler: on a workspace scan that
// compilation took about a third of a worker's own time, on a background thread that competes
// with the other worker on a 2-core machine. A higher threshold optimises only what stays hot.
// Set before any worker thread starts, so the scan workers and the analysis thread have it too.
setFlagsFromString('--interrupt-budget=1048576');

/** The process entry point: the only file that touches the process and the transport. */
const connection = createConnection(ProposedFeatures.all);

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
