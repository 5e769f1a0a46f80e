/**
 * Registers the timeline's parts: the panel and its serializer, the open and export commands,
 * and the sourcing status bar item. Called once from activate(), before the client starts, so
 * a panel restored after a reload finds its serializer.
 */
import * as vscode from 'vscode';
import type { Scope } from '../../server/src/protocol';
import { registerExportCommands, runExport } from './export';
import { registerStatusBar } from './statusBar';
import { TIMELINE_VIEW_TYPE, TimelinePanel, type TimelineDeps } from './timelinePanel';
import type { ClientProvider } from './timelineRequests';

export function registerTimeline(context: vscode.ExtensionContext, getClient: ClientProvider): void {
  const log = (message: string) => {
    const output = getClient()?.outputChannel as vscode.LogOutputChannel | undefined;
    if (output && 'debug' in output) output.debug(message);
  };
  const deps: TimelineDeps = {
    extensionUri: context.extensionUri,
    getClient,
    log,
    exportFrom: async (format, scope, uri, filter) => {
      await runExport(getClient, format, scope, uri, filter);
    },
  };
  const open = (scope?: Scope) => {
    TimelinePanel.show(deps, scope);
  };
  context.subscriptions.push(
    vscode.commands.registerCommand('sourcelens.openTimeline', () => open()),
    vscode.commands.registerCommand('sourcelens.openWorkspaceTimeline', () => open('workspace')),
    vscode.window.registerWebviewPanelSerializer(TIMELINE_VIEW_TYPE, {
      async deserializeWebviewPanel(panel, state) {
        TimelinePanel.revive(panel, deps, state);
      },
    }),
    ...registerExportCommands(getClient),
    ...registerStatusBar(getClient),
    { dispose: () => TimelinePanel.instance?.dispose() },
  );
}
