import { statSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './server';

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
