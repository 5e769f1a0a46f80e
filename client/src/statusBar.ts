/**
 * The status bar item with the active source's sourcing summary
 * ("$(quote) 3 named · 2 anon · 1 unattributed"). A click opens the timeline; the tooltip
 * links to the Problems panel.
 */
import * as vscode from 'vscode';
import type { SourcingSummary } from '../../server/src/protocol';
import { activeOrVisibleSourceDocument, activeSourceDocument, debounce, requestSummary, type ClientProvider } from './timelineRequests';

/** The item's text for a summary. */
export function summaryText(s: SourcingSummary): string {
  if (!s.analysed) return '$(quote) not analysed';
  return `$(quote) ${s.named} named · ${s.anonymous} anon · ${s.unattributed} unattributed`;
}

/** The tooltip, in Markdown, with command links. */
export function summaryTooltip(s: SourcingSummary): string {
  if (!s.analysed) return `Sourcelens did not analyse this document.${s.note ? `\n\n${s.note}` : ''}`;
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  return [
    '**Sourcing of this document**',
    '',
    `- ${plural(s.named, 'attribution')} to named sources (people, organizations, outlets, documents)`,
    `- ${plural(s.anonymous, 'attribution')} to anonymous or vague sources`,
    `- ${plural(s.unattributed, 'claim')} or cues without a source`,
    `- ${plural(s.events, 'dated event')}`,
    '',
    `[Open the timeline](command:sourcelens.openTimeline) · [Show ${plural(s.findings, 'finding')} in Problems](command:workbench.actions.view.problems)`,
  ].join('\n');
}

export function registerStatusBar(getClient: ClientProvider): vscode.Disposable[] {
  const item = vscode.window.createStatusBarItem('sourcelens.sourcing', vscode.StatusBarAlignment.Right, 100);
  item.name = 'Sourcelens Sourcing';
  item.command = { command: 'sourcelens.openTimeline', title: 'Open Timeline' };
  let sequence = 0;

  const update = async () => {
    const seq = ++sequence;
    // While a panel (the timeline) has focus, the summary is that of a visible source.
    const document = vscode.window.activeTextEditor ? activeSourceDocument() : activeOrVisibleSourceDocument();
    if (!document) {
      item.hide();
      return;
    }
    try {
      const summary = await requestSummary(getClient, document.uri.toString());
      if (seq !== sequence) return;
      item.text = summaryText(summary);
      const tooltip = new vscode.MarkdownString(summaryTooltip(summary));
      tooltip.isTrusted = { enabledCommands: ['sourcelens.openTimeline', 'workbench.actions.view.problems'] };
      item.tooltip = tooltip;
      item.accessibilityInformation = {
        label: summary.analysed
          ? `Sourcing: ${summary.named} named, ${summary.anonymous} anonymous, ${summary.unattributed} unattributed. Open the timeline.`
          : 'Sourcelens did not analyse this document',
      };
      item.show();
    } catch {
      if (seq === sequence) item.hide();
    }
  };
  const updateSoon = debounce(() => void update(), 300);

  void update();
  return [
    item,
    { dispose: () => updateSoon.dispose() },
    vscode.window.onDidChangeActiveTextEditor(() => void update()),
    vscode.window.onDidChangeVisibleTextEditors(() => void update()),
    vscode.languages.onDidChangeDiagnostics((e) => {
      const active = vscode.window.activeTextEditor?.document.uri.toString();
      if (active && e.uris.some((u) => u.toString() === active)) updateSoon();
    }),
  ];
}
