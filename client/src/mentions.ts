import * as vscode from 'vscode';

/** A position or location as the server sends it in a code lens's arguments (plain JSON). */
interface JsonPosition {
  line: number;
  character: number;
}
interface JsonLocation {
  uri: string;
  range: { start: JsonPosition; end: JsonPosition };
}

const toPosition = (p: JsonPosition) => new vscode.Position(p.line, p.character);
const toLocation = (l: JsonLocation) =>
  new vscode.Location(vscode.Uri.parse(l.uri), new vscode.Range(toPosition(l.range.start), toPosition(l.range.end)));

/**
 * The mention commands behind the code lenses and keybindings:
 * - `sourcelens.showMentions`: peeks at mentions; from a lens with the server's locations,
 *   from the palette at the cursor through the reference provider (every alias, every source).
 * - `sourcelens.nextMention` / `sourcelens.previousMention`: move the cursor to the next or
 *   previous mention of the entity under it in this document (wrapping around), using the
 *   server's document highlights, which list exactly that entity's mentions.
 */
export function registerMentionCommands(context: vscode.ExtensionContext): void {
  context.subscriptions.push(
    vscode.commands.registerCommand('sourcelens.showMentions', showMentions),
    vscode.commands.registerCommand('sourcelens.nextMention', () => stepMention(1)),
    vscode.commands.registerCommand('sourcelens.previousMention', () => stepMention(-1)),
  );
}

async function showMentions(uri?: string, position?: JsonPosition, locations?: JsonLocation[]): Promise<void> {
  if (uri && position && locations) {
    await vscode.commands.executeCommand('editor.action.showReferences', vscode.Uri.parse(uri), toPosition(position), locations.map(toLocation));
    return;
  }
  const editor = vscode.window.activeTextEditor;
  if (!editor) return;
  const at = editor.selection.active;
  const found = await vscode.commands.executeCommand<vscode.Location[] | undefined>(
    'vscode.executeReferenceProvider', editor.document.uri, at,
  );
  if (!found?.length) {
    void vscode.window.showInformationMessage('Sourcelens: no person, organization or place under the cursor.');
    return;
  }
  await vscode.commands.executeCommand('editor.action.showReferences', editor.document.uri, at, found);
}

/** The index in `starts` (sorted) of the mention after (`direction` 1) or before (-1) `at`, wrapping around. */
export function stepIndex(starts: number[], at: number, direction: 1 | -1): number {
  if (direction === 1) {
    const next = starts.findIndex((s) => s > at);
    return next < 0 ? 0 : next;
  }
  // The mention the cursor is in (or right after) counts as the current one, not the previous.
  let current = -1;
  for (let i = 0; i < starts.length; i++) if (starts[i] <= at) current = i;
  const previous = current - 1;
  return previous < 0 ? starts.length - 1 : previous;
}

async function stepMention(direction: 1 | -1): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) return;
  const document = editor.document;
  const at = editor.selection.active;
  const highlights = await vscode.commands.executeCommand<vscode.DocumentHighlight[] | undefined>(
    'vscode.executeDocumentHighlights', document.uri, at,
  );
  if (!highlights?.length) {
    void vscode.window.setStatusBarMessage('Sourcelens: no person, organization or place under the cursor', 3000);
    return;
  }
  const ranges = highlights.map((h) => h.range).sort((a, b) => a.start.compareTo(b.start));
  const starts = ranges.map((r) => document.offsetAt(r.start));
  const target = ranges[stepIndex(starts, document.offsetAt(at), direction)];
  editor.selection = new vscode.Selection(target.start, target.start);
  editor.revealRange(target, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}
