import * as vscode from 'vscode';
import { ExecuteCommandRequest, type LanguageClient } from 'vscode-languageclient/node';
import type { ScanSummary } from '../../server/src/protocol';


/**
 * "Sourcelens: Scan Workspace": asks the server to analyse every closed source of the workspace
 * folders. The server shows the progress (N/M files, cancellable) through a work-done progress.
 */
export function registerScanCommands(context: vscode.ExtensionContext, getClient: () => LanguageClient | undefined): void {
  context.subscriptions.push(vscode.commands.registerCommand('sourcelens.scanWorkspace', async () => {
    const client = getClient();
    if (!client) return;
    const summary = await client.sendRequest(ExecuteCommandRequest.type, { command: '_sourcelens.scanWorkspace', arguments: [{}] }) as ScanSummary;
    const parts = [`${summary.files} sources`, `${summary.analysed} analysed`];
    if (summary.unchanged) parts.push(`${summary.unchanged} unchanged`);
    if (summary.refused) parts.push(`${summary.refused} not analysed (binary or too large)`);
    if (summary.failed) parts.push(`${summary.failed} failed (see the output)`);
    const findings = `${summary.diagnostics} finding${summary.diagnostics === 1 ? '' : 's'} in closed files`;
    const orphans = summary.orphanedIgnores ? `; ${summary.orphanedIgnores} ignore(s) no longer match their text` : '';
    const verb = summary.cancelled ? 'Scan cancelled' : 'Scanned';
    void vscode.window.showInformationMessage(`Sourcelens: ${verb} in ${(summary.ms / 1000).toFixed(1)} s: ${parts.join(', ')}; ${findings}${orphans}.`);
  }));
}
