// The client's mention commands (client/src/mentions.ts) against a small stand-in for the
// `vscode` module: what they ask the editor for and where they move the cursor.
import assert from 'node:assert/strict';
import Module from 'node:module';
import { describe, it } from 'node:test';

class Position {
  constructor(readonly line: number, readonly character: number) {}
  compareTo(o: Position): number {
    return this.line - o.line || this.character - o.character;
  }
}
class Range {
  constructor(readonly start: Position, readonly end: Position) {}
}
class Selection extends Range {
  constructor(readonly anchor: Position, readonly active: Position) {
    super(anchor, active);
  }
}
class Location {
  constructor(readonly uri: { path: string }, readonly range: Range) {}
}

const handlers = new Map<string, (...args: unknown[]) => unknown>();
const executed: Array<{ command: string; args: unknown[] }> = [];
let highlights: Array<{ range: Range }> = [];
let references: Location[] = [];
const lines = ['Dana Whitlock said.', 'Whitlock added.', 'Later, Whitlock left.'];
const editor = {
  document: {
    uri: { path: '/doc.news' },
    offsetAt: (p: Position) => lines.slice(0, p.line).reduce((n, l) => n + l.length + 1, 0) + p.character,
  },
  selection: new Selection(new Position(0, 0), new Position(0, 0)),
  revealed: [] as Range[],
  revealRange(r: Range) {
    this.revealed.push(r);
  },
};
const messages: string[] = [];

const vscodeStub = {
  Position, Range, Selection, Location,
  Uri: { parse: (s: string) => ({ path: s }) },
  TextEditorRevealType: { InCenterIfOutsideViewport: 2 },
  window: {
    activeTextEditor: editor,
    showInformationMessage: async (m: string) => void messages.push(m),
    setStatusBarMessage: (m: string) => void messages.push(m),
  },
  commands: {
    registerCommand: (id: string, f: (...args: unknown[]) => unknown) => {
      handlers.set(id, f);
      return { dispose() {} };
    },
    executeCommand: async (command: string, ...args: unknown[]) => {
      executed.push({ command, args });
      if (command === 'vscode.executeDocumentHighlights') return highlights;
      if (command === 'vscode.executeReferenceProvider') return references;
      return undefined;
    },
  },
};

const loader = Module as unknown as { _load(request: string, ...rest: unknown[]): unknown };
const load = loader._load;
loader._load = function (request: string, ...rest: unknown[]) {
  return request === 'vscode' ? vscodeStub : load.call(this, request, ...rest);
};
const mentions = require('../../../client/src/mentions') as typeof import('../../../client/src/mentions');
loader._load = load;

const context = { subscriptions: [] as unknown[] };
mentions.registerMentionCommands(context as never);

const at = (line: number, character: number) => new Position(line, character);
const span = (line: number, character: number, length: number) => ({ range: new Range(at(line, character), at(line, character + length)) });
const cursor = () => [editor.selection.active.line, editor.selection.active.character];

describe('mention commands (client)', () => {
  it('registers its three commands', () => {
    assert.deepEqual([...handlers.keys()].sort(), ['sourcelens.nextMention', 'sourcelens.previousMention', 'sourcelens.showMentions']);
    assert.equal(context.subscriptions.length, 3);
  });

  it('steps to the next and previous mention, wrapping around, from the highlights at the cursor', async () => {
    // Out of order on purpose: the command sorts them.
    highlights = [span(2, 7, 8), span(0, 0, 13), span(1, 0, 8)];
    editor.selection = new Selection(at(0, 3), at(0, 3));
    await handlers.get('sourcelens.nextMention')!();
    assert.deepEqual(cursor(), [1, 0]);
    assert.equal(executed.at(-1)!.command, 'vscode.executeDocumentHighlights');
    await handlers.get('sourcelens.nextMention')!();
    assert.deepEqual(cursor(), [2, 7]);
    await handlers.get('sourcelens.nextMention')!();
    assert.deepEqual(cursor(), [0, 0], 'wraps to the first');
    await handlers.get('sourcelens.previousMention')!();
    assert.deepEqual(cursor(), [2, 7], 'wraps to the last');
    editor.selection = new Selection(at(1, 4), at(1, 4));
    await handlers.get('sourcelens.previousMention')!();
    assert.deepEqual(cursor(), [0, 0], 'from inside a mention, the one before it');
    assert.ok(editor.revealed.length >= 5);
  });

  it('says so when no entity is under the cursor', async () => {
    highlights = [];
    await handlers.get('sourcelens.nextMention')!();
    assert.match(messages.at(-1)!, /no person, organization or place/);
  });

  it('peeks at the locations a lens passes, converted to editor types', async () => {
    const range = { start: { line: 1, character: 0 }, end: { line: 1, character: 8 } };
    await handlers.get('sourcelens.showMentions')!('file:///doc.news', { line: 0, character: 0 }, [{ uri: 'file:///doc.news', range }]);
    const call = executed.at(-1)!;
    assert.equal(call.command, 'editor.action.showReferences');
    const [uri, position, locations] = call.args as [{ path: string }, Position, Location[]];
    assert.equal(uri.path, 'file:///doc.news');
    assert.ok(position instanceof Position);
    assert.ok(locations[0] instanceof Location);
    assert.deepEqual(locations[0].range.end, at(1, 8));
  });

  it('from the palette, peeks at the references at the cursor', async () => {
    references = [new Location({ path: '/doc.news' }, new Range(at(0, 0), at(0, 13)))];
    await handlers.get('sourcelens.showMentions')!();
    assert.deepEqual(executed.slice(-2).map((e) => e.command), ['vscode.executeReferenceProvider', 'editor.action.showReferences']);
    references = [];
    await handlers.get('sourcelens.showMentions')!();
    assert.equal(executed.at(-1)!.command, 'vscode.executeReferenceProvider');
    assert.match(messages.at(-1)!, /no person/);
  });

  it('computes the step target from sorted offsets', () => {
    const starts = [0, 20, 43];
    assert.equal(mentions.stepIndex(starts, 3, 1), 1);
    assert.equal(mentions.stepIndex(starts, 43, 1), 0);
    assert.equal(mentions.stepIndex(starts, 20, -1), 0);
    assert.equal(mentions.stepIndex(starts, 0, -1), 2);
  });
});
