// Outline, code lenses, navigation, workspace symbols and semantic tokens through the protocol:
// the bundled server over stdio, driven by TestClient, on the Northwind fixture.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import type {
  CodeLens, DocumentHighlight, DocumentSymbol, Location, Position, Range, SemanticTokens, SemanticTokensLegend, SymbolInformation,
} from 'vscode-languageserver-protocol';
import { compareTimex } from '../../server/src/core/events';
import { decodeTokens, tokenTexts } from '../unit/features/decodeTokens';
import { repoRoot, TestClient } from './lspClient';

const folder = path.join(repoRoot, 'test', 'fixtures', 'workspace');
const file = path.join(folder, 'northwind-venture.news');
const uri = pathToFileURL(file).toString();
const text = readFileSync(file, 'utf8');
const lines = text.split(/\r\n|\r|\n/);

/** A second source, not saved anywhere, that mentions the same CEO. */
const OTHER_URI = 'untitled:other-source';
const OTHER = `---
title: Carmaker chief talks batteries
published: 2026-02-09
---
Northwind Motors CEO Dana Whitlock said on Monday that the company would decide on a partner by June.
`;

function positionOf(needle: string, nth = 0, delta = 0): Position {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(needle, at + 1);
    assert.ok(at >= 0, `${needle} #${nth} is in the fixture`);
  }
  const before = text.slice(0, at + delta).split(/\r\n|\r|\n/);
  return { line: before.length - 1, character: before[before.length - 1].length };
}

function textOf(range: Range): string {
  assert.equal(range.start.line, range.end.line, 'single-line range');
  return lines[range.start.line].slice(range.start.character, range.end.character);
}

describe('outline, lenses, navigation and tokens over stdio', () => {
  const client = new TestClient();
  let capabilities: Record<string, unknown>;

  before(async () => {
    capabilities = (await client.initialize(folder)).capabilities;
    await client.open(uri, text);
    await client.open(OTHER_URI, OTHER);
    await client.diagnostics(uri);
  });
  after(async () => {
    assert.equal(await client.shutdown(), 0);
  });

  it('declares every capability, with the token legend package.json contributes', () => {
    for (const c of ['documentSymbolProvider', 'codeLensProvider', 'referencesProvider', 'documentHighlightProvider', 'definitionProvider', 'workspaceSymbolProvider']) {
      assert.ok(capabilities[c], c);
    }
    const { legend } = capabilities.semanticTokensProvider as { legend: SemanticTokensLegend; full: boolean; range: boolean };
    const pkg = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8'));
    const contributed = (pkg.contributes.semanticTokenTypes as Array<{ id: string; superType: string }>);
    assert.deepEqual(legend.tokenTypes, contributed.map((t) => t.id), 'the legend and the contributed types agree');
    assert.ok(contributed.every((t) => t.superType), 'every custom type has a super type for themes');
    for (const t of contributed) {
      assert.ok(pkg.contributes.semanticTokenScopes[0].scopes[t.id], `a TextMate scope for ${t.id}`);
    }
  });

  it('outlines people, organizations, places, sources and dated events', async () => {
    const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
    const order = ['People', 'Organizations', 'Places', 'Sources', 'Events'];
    const names = symbols.map((s) => s.name);
    assert.deepEqual(names, order.filter((n) => names.includes(n)), 'groups in the fixed order');
    for (const n of ['People', 'Organizations', 'Places', 'Sources', 'Events']) assert.ok(names.includes(n), n);
    const group = (n: string) => symbols.find((s) => s.name === n)!.children!;

    const whitlock = group('People').find((p) => p.name === 'Dana Whitlock');
    assert.ok(whitlock, 'Dana Whitlock is a person');
    assert.equal(textOf(whitlock.selectionRange), 'Dana Whitlock');
    assert.ok(group('Places').some((p) => p.name === 'Seoul'));
    assert.ok(group('Organizations').some((p) => p.name === 'Reuters'));

    for (const n of ['People', 'Organizations', 'Places', 'Sources']) {
      const starts = group(n).map((c) => c.range.start);
      const sorted = [...starts].sort((a, b) => a.line - b.line || a.character - b.character);
      assert.deepEqual(starts, sorted, `${n} by first mention`);
    }
    assert.ok(group('Sources').some((s) => s.name === 'Reuters' && /outlet/.test(s.detail ?? '')), 'Reuters as an outlet source');

    const events = group('Events');
    const values = events.map((e) => e.name.split(' ')[0]);
    assert.deepEqual(values, [...values].sort(compareTimex), 'events in chronological order');
    assert.ok(values.includes('2025-03-03'), 'the SEC filing date');
    for (const e of events) assert.ok(/^\S+ \S/.test(e.name), `"${e.name}" is a date value and a summary`);
  });

  it('puts the sourcing summary and "Open timeline" on the first paragraph, and mention counts on first mentions', async () => {
    // The lens for other sources appears once they are known (the server does not hold lenses
    // back for a workspace scan; it asks for a refresh), so poll, bounded, until it is there.
    const deadline = Date.now() + 20_000;
    let lenses: CodeLens[] = [];
    for (;;) {
      const unresolved = await client.request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri } });
      assert.ok(unresolved.some((l) => !l.command), 'entity lenses come unresolved');
      lenses = await Promise.all(unresolved.map((l) => (l.command ? l : client.request<CodeLens>('codeLens/resolve', l))));
      if (lenses.some((l) => / other sources?$/.test(l.command?.title ?? '')) || Date.now() > deadline) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const firstParagraph = positionOf('Northwind Motors has held talks').line;
    const summary = lenses.find((l) => l.command?.title.startsWith('Sources: '));
    assert.ok(summary);
    assert.equal(summary.range.start.line, firstParagraph);
    assert.match(summary.command!.title, /^Sources: \d+ named, \d+ anonymous( \(\d+ vague\))?, \d+ unattributed( \(\d+ hearsay\))?$/);
    const timeline = lenses.find((l) => l.command?.command === 'sourcelens.openTimeline');
    assert.ok(timeline);
    assert.equal(timeline.range.start.line, firstParagraph);
    assert.deepEqual(timeline.command!.arguments, [uri]);

    const whitlock = lenses.find((l) => l.command?.command === 'sourcelens.showMentions' && textOf(l.range) === 'Dana Whitlock');
    assert.ok(whitlock, 'a lens on the first mention of Dana Whitlock');
    const [lensUri, at, locations] = whitlock.command!.arguments as [string, Position, Location[]];
    assert.equal(lensUri, uri);
    assert.deepEqual(at, whitlock.range.start);
    assert.equal(whitlock.command!.title, `${locations.length} mention${locations.length === 1 ? '' : 's'}`);
    assert.ok(locations.some((l) => textOf(l.range) === 'Whitlock'), 'the bare surname counts');
    const far = lenses.find((l) => /^\d+ in \d+ other sources?$/.test(l.command?.title ?? '') && textOf(l.range) === 'Dana Whitlock');
    assert.ok(far, 'the other open source mentions her too');
    const farLocations = far.command!.arguments![2] as Location[];
    assert.ok(farLocations.some((l) => l.uri === OTHER_URI));
    assert.equal(farLocations.filter((l) => l.uri === uri).length, locations.length, 'with the mentions here');
  });

  it('counts an entity’s mentions in the other sources in its hover, once they are known', async () => {
    // The lens test above waited for the other sources; hovers read the same index without waiting.
    const hover = await client.request<{ contents: { value: string } } | null>('textDocument/hover', {
      textDocument: { uri }, position: positionOf('Whitlock admitted', 0, 3),
    });
    assert.ok(hover);
    assert.match(hover.contents.value, /\*\*Dana Whitlock\*\*/);
    assert.match(hover.contents.value, /\d+ mentions? in this document, [1-9]\d* in the workspace/);
  });

  it('finds references over aliases, in this document and the other source', async () => {
    const bare = positionOf('Whitlock admitted', 0, 3);
    const refs = await client.request<Location[]>('textDocument/references', {
      textDocument: { uri }, position: bare, context: { includeDeclaration: true },
    });
    const here = refs.filter((r) => r.uri === uri);
    assert.deepEqual(here.map((r) => textOf(r.range)), ['Dana Whitlock', 'Whitlock']);
    assert.deepEqual(refs.filter((r) => r.uri === OTHER_URI).length, 1);
    const without = await client.request<Location[]>('textDocument/references', {
      textDocument: { uri }, position: bare, context: { includeDeclaration: false },
    });
    assert.equal(without.length, refs.length - 1);
  });

  it('highlights the mentions and goes to the first one', async () => {
    const bare = positionOf('Whitlock admitted', 0, 8);
    const highlights = await client.request<DocumentHighlight[]>('textDocument/documentHighlight', { textDocument: { uri }, position: bare });
    assert.deepEqual(highlights.map((h) => textOf(h.range)), ['Dana Whitlock', 'Whitlock']);
    const definition = await client.request<Location>('textDocument/definition', { textDocument: { uri }, position: bare });
    assert.equal(definition.uri, uri);
    assert.equal(textOf(definition.range), 'Dana Whitlock');
    assert.deepEqual(definition.range.start, positionOf('Dana Whitlock'));
    const none = await client.request<DocumentHighlight[]>('textDocument/documentHighlight', { textDocument: { uri }, position: positionOf('battery cells') });
    assert.deepEqual(none, []);
  });

  it('finds entities of every source by a subsequence query', async () => {
    const found = await client.request<SymbolInformation[]>('workspace/symbol', { query: 'dwhitl' });
    assert.deepEqual([...new Set(found.map((s) => s.name))], ['Dana Whitlock']);
    const uris = new Set(found.map((s) => s.location.uri));
    assert.ok(uris.has(uri) && uris.has(OTHER_URI), 'this document and the other open source (and closed files of the folder, when indexed)');
    const mine = found.find((s) => s.location.uri === uri)!;
    assert.equal(textOf(mine.location.range), 'Dana Whitlock');
    assert.ok(mine.containerName?.startsWith('Northwind Motors held talks'), 'the title from front matter');
    assert.deepEqual(await client.request('workspace/symbol', { query: 'qqqzzz' }), []);
  });

  it('exports the document as the editor shows it: SARIF of its findings, Web Annotations of everything found', async () => {
    const shown = (await client.diagnostics(uri)).diagnostics.filter((d) => d.code !== 'front-matter' && d.code !== 'orphaned-ignore');
    assert.ok(shown.length > 0, 'the fixture has findings');
    const sarif = await client.request<{ text?: string; count: number }>('sourcelens/exportDocument', { uri, format: 'sarif' });
    const log = JSON.parse(sarif.text!) as {
      version: string;
      runs: Array<{ tool: { driver: { version: string } }; results: Array<{ ruleId: string; message: { text: string }; locations: Array<{ physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number; startColumn: number } } }> }> }>;
    };
    assert.equal(log.version, '2.1.0');
    assert.match(log.runs[0].tool.driver.version, /^\d+\.\d+\.\d+/);
    assert.equal(sarif.count, shown.length);
    // The same findings at the same places as the published diagnostics (SARIF counts lines and columns from 1).
    const key = (code: unknown, line: number, character: number, message: string) => `${String(code)}@${line}:${character} ${message}`;
    assert.deepEqual(
      log.runs[0].results.map((r) => key(r.ruleId, r.locations[0].physicalLocation.region.startLine - 1, r.locations[0].physicalLocation.region.startColumn - 1, r.message.text)).sort(),
      shown.map((d) => key(d.code, d.range.start.line, d.range.start.character, d.message)).sort(),
    );
    assert.ok(log.runs[0].results.every((r) => r.locations[0].physicalLocation.artifactLocation.uri === uri));
    const annotations = await client.request<{ text?: string; count: number }>('sourcelens/exportDocument', { uri, format: 'annotations' });
    const collection = JSON.parse(annotations.text!) as { type: string; total: number; first: { items: Array<{ body: unknown; target: { source: string; selector: Array<{ type: string; exact?: string }> } }> } };
    assert.equal(collection.type, 'AnnotationCollection');
    assert.equal(collection.total, annotations.count);
    assert.ok(collection.first.items.some((a) => a.target.selector.some((s) => s.exact === 'Northwind Motors')), 'an entity mention is annotated');
    const closed = await client.request<{ text?: string; count: number; note?: string }>('sourcelens/exportDocument', { uri: 'file:///nowhere/closed.news', format: 'sarif' });
    assert.equal(closed.text, undefined);
    assert.match(closed.note ?? '', /not open/);
  });

  it('colours entities, dates and cues with tokens that decode to the right text', async () => {
    const legend = (capabilities.semanticTokensProvider as { legend: SemanticTokensLegend }).legend;
    const full = await client.request<SemanticTokens>('textDocument/semanticTokens/full', { textDocument: { uri } });
    const tokens = decodeTokens(full.data, legend.tokenTypes, legend.tokenModifiers);
    const texts = tokenTexts(text, tokens);
    const typed = tokens.map((t, i) => `${t.type}:${texts[i]}`);
    for (const expected of ['person:Dana Whitlock', 'organization:Reuters', 'place:Seoul', 'date:December 11', 'cue:reported']) {
      assert.ok(typed.includes(expected), expected);
    }
    for (let i = 1; i < tokens.length; i++) {
      const [a, b] = [tokens[i - 1], tokens[i]];
      assert.ok(b.line > a.line || b.character >= a.character + a.length, `no overlap at ${typed[i]}`);
    }
    const line = positionOf('Dana Whitlock').line;
    const ranged = await client.request<SemanticTokens>('textDocument/semanticTokens/range', {
      textDocument: { uri }, range: { start: { line, character: 0 }, end: { line: line + 1, character: 0 } },
    });
    assert.deepEqual(decodeTokens(ranged.data, legend.tokenTypes, legend.tokenModifiers), tokens.filter((t) => t.line === line));
  });
});
