import * as path from 'node:path';
import * as vscode from 'vscode';
import {
  LanguageClient, TransportKind, type DocumentSelector, type LanguageClientOptions, type ServerOptions,
} from 'vscode-languageclient/node';
import { SERVER_ENV, SERVER_NODE_OPTIONS } from '../../server/src/nodeOptions';
import { registerIgnoreCommands } from './ignores';
import { registerMentionCommands } from './mentions';
import { registerScanCommands } from './scan';
import { registerTimeline } from './timeline';

let client: LanguageClient | undefined;
let output: vscode.LogOutputChannel | undefined;

/** The documents the server analyses: our language always; plain text and Markdown only where settings say. */
export function documentSelector(config: vscode.WorkspaceConfiguration): DocumentSelector {
  const selector: DocumentSelector = [{ language: 'sourcelens', scheme: 'file' }, { language: 'sourcelens', scheme: 'untitled' }];
  const extra = config.get<string[]>('extraLanguages', []);
  const include = config.get<string>('include', '**/{sources,articles,clippings}/**');
  for (const language of extra) {
    if (language === 'sourcelens') continue;
    selector.push({ language, scheme: 'file', pattern: include }, { language, scheme: 'untitled' });
  }
  return selector;
}

async function startClient(context: vscode.ExtensionContext): Promise<void> {
  const serverModule = context.asAbsolutePath(path.join('dist', 'server.js'));
  // Over stdio the server sends a long document's outline, lenses and semantic tokens as bytes
  // encoded once per version (see server/src/stableAnswerWriter.ts), and that path is the one measured.
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.stdio, options: { execArgv: [...SERVER_NODE_OPTIONS], env: { ...SERVER_ENV } } },
    debug: { module: serverModule, transport: TransportKind.stdio, options: { execArgv: [...SERVER_NODE_OPTIONS, '--nolazy', '--inspect=6019'], env: { ...SERVER_ENV } } },
  };
  output ??= vscode.window.createOutputChannel('Sourcelens', { log: true });
  const clientOptions: LanguageClientOptions = {
    documentSelector: documentSelector(vscode.workspace.getConfiguration('sourcelens')),
    outputChannel: output,
    synchronize: { configurationSection: 'sourcelens' },
  };
  client = new LanguageClient('sourcelens', 'Sourcelens', serverOptions, clientOptions);
  await client.start();
}

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  context.subscriptions.push(
    vscode.commands.registerCommand('sourcelens.restartServer', async () => {
      await client?.stop();
      await startClient(context);
    }),
    vscode.commands.registerCommand('sourcelens.showOutput', () => output?.show(true)),
    vscode.workspace.onDidChangeConfiguration(async (e) => {
      if (e.affectsConfiguration('sourcelens.extraLanguages') || e.affectsConfiguration('sourcelens.include')) {
        await client?.stop();
        await startClient(context);
      }
    }),
  );
  registerMentionCommands(context);
  registerTimeline(context, () => client);
  registerScanCommands(context, () => client);
  registerIgnoreCommands(context, () => client);
  await startClient(context);
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
