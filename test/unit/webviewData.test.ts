/**
 * The timeline's data as the server answers it (server/src/features/timeline.ts): events of one
 * document and of the workspace, sourcing summaries and entities, through the real analysis
 * service over the fixture article. The answers must pass the webview's own validation.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { parseToWebview } from '../../client/webview/protocol';
import { AnalysisService } from '../../server/src/analysisService';
import { compareTimex } from '../../server/src/core/events';
import type { FeatureContext, IndexedDocument, WorkspaceIndex } from '../../server/src/featureContext';
import { fileNameOf, provideEntities, provideEvents, summaryOf } from '../../server/src/features/timeline';

const FIXTURES = path.resolve(__dirname, '..', 'fixtures', 'workspace');

function open(name: string): TextDocument {
  const uri = `file://${path.join(FIXTURES, name)}`;
  return TextDocument.create(uri, 'sourcelens', 1, readFileSync(path.join(FIXTURES, name), 'utf8'));
}

function context(docs: TextDocument[], workspace?: WorkspaceIndex): FeatureContext {
  const service = new AnalysisService(null, { fileDate: () => undefined });
  const byUri = new Map(docs.map((d) => [d.uri, d]));
  return {
    connection: undefined as never,
    documents: { all: () => docs, get: (uri: string) => byUri.get(uri) } as never,
    service,
    async infoFor(uri) {
      const d = byUri.get(uri);
      return d ? service.get(d) : undefined;
    },
    ...(workspace ? { workspace } : {}),
  };
}

describe('timeline data from the server', () => {
  const northwind = open('northwind-venture.news');
  const harbor = open('harbor-strike.news');

  it('answers a document request with its events in order, with ranges, titles and entity names', async () => {
    const result = await provideEvents(context([northwind]), { scope: 'document', uri: northwind.uri });
    assert.equal(result.scope, 'document');
    assert.deepEqual(result.documents, [{ uri: northwind.uri, title: 'Northwind Motors held talks with Hanseong Energy on US battery venture' }]);
    assert.ok(result.events.length >= 5, `${result.events.length} events`);
    for (let i = 1; i < result.events.length; i++) assert.ok(compareTimex(result.events[i - 1]!.date, result.events[i]!.date) <= 0);
    for (const e of result.events) {
      assert.equal(e.uri, northwind.uri);
      assert.equal(e.title, result.documents[0]!.title);
      const sentence = northwind.getText(e.range);
      assert.ok(sentence.length > 10 && !sentence.startsWith(' '), `a sentence: '${sentence}'`);
      assert.ok(e.dateRange, 'open documents carry the date range');
      const dateText = northwind.getText(e.dateRange);
      assert.ok(sentence.includes(dateText), `'${dateText}' is inside '${sentence}'`);
      for (const name of e.entities) assert.ok(!/^(?:person|organization|place):/.test(name), `a name, not an id: ${name}`);
    }
    const ids = result.events.map((e) => e.id);
    assert.equal(new Set(ids).size, ids.length, 'ids are unique');
    const msg = parseToWebview({ type: 'events', scope: result.scope, title: 't', documents: result.documents, events: result.events });
    assert.equal(msg?.type === 'events' ? msg.events.length : -1, result.events.length, 'every event passes the webview validation');
  });

  it('explains an empty answer', async () => {
    const none = await provideEvents(context([]), { scope: 'document', uri: 'file:///nowhere.news' });
    assert.equal(none.events.length, 0);
    assert.match(none.note ?? '', /not a source/);
    const noUri = await provideEvents(context([]), { scope: 'document' });
    assert.match(noUri.note ?? '', /No document/);
  });

  it('answers a workspace request from the open documents when there is no index', async () => {
    const result = await provideEvents(context([northwind, harbor]), { scope: 'workspace' });
    assert.equal(result.documents.length, 2);
    assert.deepEqual(new Set(result.events.map((e) => e.uri)), new Set([northwind.uri, harbor.uri]));
    for (let i = 1; i < result.events.length; i++) assert.ok(compareTimex(result.events[i - 1]!.date, result.events[i]!.date) <= 0);
  });

  it('answers a workspace request from the index when there is one', async () => {
    const indexed: IndexedDocument = {
      uri: 'file:///closed.news',
      title: 'Closed source',
      entities: [{ id: 'organization:acme', name: 'Acme Corp', type: 'organization', aliases: ['Acme Corp'], mentions: [] }],
      events: [{
        date: '2024-05', mod: null, precision: 'month', start: 10, end: 50, dateSpan: { start: 20, end: 28 },
        summary: 'Acme opened a plant', entities: ['organization:acme'], strength: 3,
        range: { start: { line: 3, character: 0 }, end: { line: 3, character: 40 } },
      }],
    };
    const index: WorkspaceIndex = { documents: async () => [indexed], onDidChange: () => ({ dispose() {} }) };
    const result = await provideEvents(context([northwind], index), { scope: 'workspace' });
    assert.deepEqual(result.documents, [{ uri: 'file:///closed.news', title: 'Closed source' }]);
    assert.deepEqual(result.events.map((e) => [e.id, e.title, e.entities, e.dateRange]), [['file:///closed.news#10#20', 'Closed source', ['Acme Corp'], undefined]]);
    const entities = await provideEntities(context([], index), { scope: 'workspace' });
    assert.deepEqual(entities.entities.map((e) => [e.name, e.mentions, e.title]), [['Acme Corp', 0, 'Closed source']]);
  });

  it('counts named, anonymous and unattributed sourcing', async () => {
    const ctx = context([northwind]);
    const summary = summaryOf(await ctx.infoFor(northwind.uri), northwind.uri);
    assert.equal(summary.analysed, true);
    assert.ok(summary.named > 0, 'named sources (Dana Whitlock, Reuters, the SEC filing…)');
    assert.ok(summary.anonymous > 0, 'anonymous sources (people familiar with the matter…)');
    assert.ok(summary.unattributed > 0, 'unattributed cues (reportedly, "This was later denied")');
    assert.ok(summary.findings > 0);
    assert.ok(summary.events > 0);
    assert.deepEqual(summaryOf(undefined, 'file:///x.txt'), {
      uri: 'file:///x.txt', analysed: false, named: 0, anonymous: 0, unattributed: 0, findings: 0, events: 0,
      note: 'This document is not a source Sourcelens analyses.',
    });
  });

  it('lists a document’s entities with their first mention', async () => {
    const result = await provideEntities(context([northwind]), { scope: 'document', uri: northwind.uri });
    const whitlock = result.entities.find((e) => e.name === 'Dana Whitlock');
    assert.ok(whitlock, result.entities.map((e) => e.name).join(', '));
    assert.equal(whitlock.type, 'person');
    assert.ok(whitlock.mentions >= 2);
    assert.equal(northwind.getText(whitlock.first), 'Dana Whitlock');
  });

  it('names untitled documents after their file', () => {
    assert.equal(fileNameOf('file:///w/My%20Notes.source.txt'), 'My Notes.source.txt');
    assert.equal(fileNameOf('untitled:Untitled-1'), 'untitled:Untitled-1');
  });
});
