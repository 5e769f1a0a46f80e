import * as vscode from 'vscode';
import { ExecuteCommandRequest, type LanguageClient } from 'vscode-languageclient/node';

type EntityType = 'person' | 'organization' | 'place';

/** What `_sourcelens.listIgnores` returns (server/src/features/codeActionsCommands.ts). */
interface IgnoreListing {
  ignores: Array<{ id: string; root: string; file: string; rule: string; text?: string; status: 'found' | 'orphaned' | 'file-missing' | 'file-rule' }>;
  names: Array<{ name: string; type: EntityType; aliases?: string[]; root: string }>;
  problems: string[];
}

const RULES = [
  'anonymous-source', 'anonymity-unexplained', 'speculative-anonymous', 'vague-attribution', 'passive-attribution',
  'hearsay', 'relayed-report', 'single-source', 'unattributed-claim', 'unattributed-denial', 'contested-claim',
  'hedged-claim', 'loaded-verb', 'doubt-marker', 'missing-publication-date',
];
const TYPES: EntityType[] = ['person', 'organization', 'place'];

/**
 * Palette versions of every quick fix (each acts on the active editor's cursor or selection),
 * the client side of "disable a rule" (settings belong to the client), and the ignores listing.
 * None edits a source document.
 */
export function registerIgnoreCommands(context: vscode.ExtensionContext, getClient: () => LanguageClient | undefined): void {
  const server = async <T>(command: string, args: unknown): Promise<T | undefined> => {
    const client = getClient();
    if (!client) return undefined;
    return client.sendRequest(ExecuteCommandRequest.type, { command, arguments: [args] }) as Promise<T>;
  };

  /** Our diagnostics under the cursor of the active editor (a pick when several). */
  const diagnosticAtCursor = async (): Promise<{ editor: vscode.TextEditor; diagnostic: vscode.Diagnostic } | undefined> => {
    const editor = vscode.window.activeTextEditor;
    if (!editor) return undefined;
    const here = vscode.languages.getDiagnostics(editor.document.uri)
      .filter((d) => d.source === 'sourcelens' && typeof d.code !== 'undefined' && d.range.contains(editor.selection.active));
    if (!here.length) {
      void vscode.window.showInformationMessage('Sourcelens: no finding under the cursor.');
      return undefined;
    }
    if (here.length === 1) return { editor, diagnostic: here[0] };
    const pick = await vscode.window.showQuickPick(here.map((d) => ({ label: String(codeOf(d)), description: d.message, d })), { placeHolder: 'Which finding?' });
    return pick && { editor, diagnostic: pick.d };
  };

  const codeOf = (d: vscode.Diagnostic) => (typeof d.code === 'object' ? d.code.value : d.code);
  const selectedText = (editor: vscode.TextEditor) => {
    const range = editor.selection.isEmpty ? editor.document.getWordRangeAtPosition(editor.selection.active) : editor.selection;
    return range ? editor.document.getText(range).trim() : '';
  };

  context.subscriptions.push(
    vscode.commands.registerCommand('sourcelens.ignoreOccurrence', async () => {
      const found = await diagnosticAtCursor();
      if (!found) return;
      const { editor, diagnostic } = found;
      await server('_sourcelens.ignoreOccurrence', {
        uri: editor.document.uri.toString(), rule: String(codeOf(diagnostic)),
        range: { start: { line: diagnostic.range.start.line, character: diagnostic.range.start.character }, end: { line: diagnostic.range.end.line, character: diagnostic.range.end.character } },
      });
    }),
    vscode.commands.registerCommand('sourcelens.ignoreRuleInFile', async () => {
      const editor = vscode.window.activeTextEditor;
      if (!editor) return;
      const present = [...new Set(vscode.languages.getDiagnostics(editor.document.uri).filter((d) => d.source === 'sourcelens').map((d) => String(codeOf(d))))]
        .filter((c) => RULES.includes(c) || c === 'front-matter');
      const rule = await vscode.window.showQuickPick(present.length ? present : RULES, { placeHolder: 'Ignore which rule in this file?' });
      if (rule) await server('_sourcelens.ignoreRuleInFile', { uri: editor.document.uri.toString(), rule });
    }),
    vscode.commands.registerCommand('sourcelens.disableRule', async (args?: { rule?: string; uri?: string }) => {
      let rule = args?.rule;
      if (!rule) {
        const found = vscode.window.activeTextEditor && vscode.languages.getDiagnostics(vscode.window.activeTextEditor.document.uri)
          .find((d) => d.source === 'sourcelens' && d.range.contains(vscode.window.activeTextEditor!.selection.active));
        rule = await vscode.window.showQuickPick(RULES, { placeHolder: found ? `Disable which rule? (under the cursor: ${String(codeOf(found))})` : 'Disable which rule?' });
      }
      if (!rule) return;
      const resource = args?.uri ? vscode.Uri.parse(args.uri) : vscode.window.activeTextEditor?.document.uri;
      const config = vscode.workspace.getConfiguration('sourcelens', resource);
      const folder = resource && vscode.workspace.getWorkspaceFolder(resource);
      const target = folder && (vscode.workspace.workspaceFolders?.length ?? 0) > 1 ? vscode.ConfigurationTarget.WorkspaceFolder
        : vscode.workspace.workspaceFolders?.length ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global;
      const rules = { ...(config.get<Record<string, string>>('rules') ?? {}), [rule]: 'off' };
      await config.update('rules', rules, target);
      void vscode.window.showInformationMessage(`Sourcelens: the ${rule} rule is off ("sourcelens.rules" in the ${target === vscode.ConfigurationTarget.Global ? 'user' : 'workspace'} settings).`);
    }),
    vscode.commands.registerCommand('sourcelens.markKnownName', async () => {
      const editor = vscode.window.activeTextEditor;
      if (!editor) return;
      const name = await vscode.window.showInputBox({ prompt: 'Name to mark as known', value: selectedText(editor) });
      if (!name?.trim()) return;
      const type = await vscode.window.showQuickPick(TYPES, { placeHolder: `"${name}" is a…` }) as EntityType | undefined;
      if (type) await server('_sourcelens.addKnownName', { uri: editor.document.uri.toString(), name: name.trim(), type });
    }),
    vscode.commands.registerCommand('sourcelens.addAlias', async () => {
      const editor = vscode.window.activeTextEditor;
      if (!editor) return;
      const alias = await vscode.window.showInputBox({ prompt: 'Another name (alias)', value: selectedText(editor) });
      if (!alias?.trim()) return;
      const name = await vscode.window.showInputBox({ prompt: `"${alias}" is another name of…`, placeHolder: 'the full name, e.g. Jim Farley' });
      if (!name?.trim()) return;
      const type = await vscode.window.showQuickPick(TYPES, { placeHolder: `"${name}" is a…` }) as EntityType | undefined;
      if (type) await server('_sourcelens.addKnownName', { uri: editor.document.uri.toString(), name: name.trim(), type, aliases: [alias.trim()] });
    }),
    vscode.commands.registerCommand('sourcelens.showIgnores', async () => {
      const listing = await server<IgnoreListing>('_sourcelens.listIgnores', {});
      if (!listing) return;
      const lines = ['# Sourcelens ignores and known names', ''];
      for (const p of listing.problems) lines.push(`Problem: ${p}`, '');
      const orphans = listing.ignores.filter((i) => i.status === 'orphaned' || i.status === 'file-missing');
      lines.push(`${listing.ignores.length} ignore(s), ${orphans.length} orphaned (their text or file is gone):`, '');
      for (const i of listing.ignores) {
        lines.push(`- [${i.status}] ${i.file}: ${i.rule}${i.text !== undefined ? ` "${i.text}"` : ' (whole file)'}`);
      }
      lines.push('', `${listing.names.length} known name(s):`, '');
      for (const n of listing.names) lines.push(`- ${n.name} (${n.type})${n.aliases?.length ? `, also ${n.aliases.join(', ')}` : ''}`);
      const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: `${lines.join('\n')}\n` });
      await vscode.window.showTextDocument(doc, { preview: true });
      if (orphans.length) {
        const remove = await vscode.window.showInformationMessage(`Sourcelens: ${orphans.length} orphaned ignore(s).`, 'Remove them');
        if (remove) await server('_sourcelens.removeIgnores', { ids: orphans.map((o) => o.id) });
      }
    }),
  );
}
