import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { DocumentInfo } from '../../../server/src/analysisService';
import { analyze } from '../../../server/src/core/analyze';
import { provideCodeLenses, resolveCodeLens, sourcingTitle, summarizeSourcing } from '../../../server/src/features/codeLens';
import { indexedFrom, SourceSet } from '../../../server/src/features/navigation';
import { summaryOf } from '../../../server/src/features/timeline';
import { ARTICLE, handBuilt, harbor, offsetOf } from './handBuilt';

/** Lenses as an editor sees them once it has resolved the visible ones. */
function lensesOf(info: DocumentInfo, others?: SourceSet) {
  return provideCodeLenses(info, others).map((l) => (l.command ? l : resolveCodeLens(l, info, others)));
}

describe('code lenses', () => {
  const info = harbor();

  it('summarises the sourcing by kind: vague among the anonymous, hearsay among the unattributed', () => {
    const s = summarizeSourcing(info.analysis!);
    assert.deepEqual(s, { named: 3, anonymous: 3, vague: 1, unattributed: 2, hearsay: 1 });
    assert.equal(sourcingTitle(s), 'Sources: 3 named, 3 anonymous (1 vague), 2 unattributed (1 hearsay)');
    assert.equal(sourcingTitle({ named: 3, anonymous: 2, vague: 0, hearsay: 0, unattributed: 1 }), 'Sources: 3 named, 2 anonymous, 1 unattributed');
  });

  it('does not count a question put by nobody named as unattributed', () => {
    const analysis = analyze('Asked about the delay, Mayor Lena Brandt said the trains were old.', { published: '2026-03-10' });
    assert.ok(!analysis.attributions.some((a) => a.predicate.text === 'Asked'), 'the question put to the mayor is no attribution');
    assert.deepEqual(summarizeSourcing(analysis), { named: 1, anonymous: 0, vague: 0, unattributed: 0, hearsay: 0 });
  });

  it('gives the status bar the numbers of the lens', () => {
    const s = summarizeSourcing(info.analysis!);
    const bar = summaryOf(info, info.uri);
    assert.deepEqual([bar.named, bar.anonymous, bar.unattributed], [s.named, s.anonymous, s.unattributed]);
    assert.equal(sourcingTitle(s), `Sources: ${bar.named} named, ${bar.anonymous} anonymous (1 vague), ${bar.unattributed} unattributed (1 hearsay)`);
  });

  it('puts the summary and "Open timeline" on the first paragraph', () => {
    const lenses = provideCodeLenses(info);
    const line = info.document.positionAt(offsetOf(ARTICLE, 'Harbor Authority chief')).line;
    const [summary, timeline] = lenses;
    assert.equal(summary.range.start.line, line);
    assert.match(summary.command!.title, /^Sources: 3 named/);
    assert.equal(timeline.command!.title, 'Open timeline');
    assert.equal(timeline.command!.command, 'sourcelens.openTimeline');
    assert.deepEqual(timeline.command!.arguments, [info.uri]);
  });

  it('counts each entity on its first mention and carries the locations to peek at', () => {
    const lenses = lensesOf(info).filter((l) => l.command?.command === 'sourcelens.showMentions');
    assert.deepEqual(lenses.map((l) => l.command!.title), ['2 mentions', '2 mentions', '1 mention', '3 mentions']);
    const veltra = lenses[3];
    assert.equal(info.document.getText(veltra.range), 'Veltra Shipping');
    const [uri, position, locations] = veltra.command!.arguments!;
    assert.equal(uri, info.uri);
    assert.deepEqual(position, veltra.range.start);
    assert.deepEqual(locations.map((l: { range: never }) => info.document.getText(l.range)), ['Veltra Shipping', 'Veltra', 'Veltra']);
  });

  it('adds a lens for mentions in other sources of the workspace', () => {
    const other = handBuilt('Veltra denied it. Veltra Shipping later confirmed.\n', {
      entities: [{ type: 'organization', name: 'Veltra Shipping', aliases: ['Veltra'] }],
    }, 'file:///tmp/other.news');
    const others = new SourceSet([indexedFrom(info), indexedFrom(other)]);
    const unresolved = provideCodeLenses(info, others);
    assert.ok(unresolved.slice(2).every((l) => !l.command && l.data), 'entity lenses are resolved lazily');
    const lenses = lensesOf(info, others);
    const far = lenses.filter((l) => / other source/.test(l.command?.title ?? ''));
    assert.deepEqual(far.map((l) => l.command!.title), ['2 in 1 other source']);
    assert.equal(far[0].command!.arguments![2].length, 5, 'peek shows this document and the other');
  });

  it('resolves a lens whose entity is gone to an empty command', () => {
    const lens = provideCodeLenses(info)[2];
    assert.deepEqual(resolveCodeLens(lens, { ...info, analysis: { ...info.analysis!, entities: [] } }).command, { title: '', command: '' });
  });

  it('has no lenses without an analysis', () => {
    assert.deepEqual(provideCodeLenses({ ...info, analysis: null }), []);
  });
});
