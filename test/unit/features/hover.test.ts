import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { analyze } from '../../../server/src/core/analyze';
import { provideCodeLenses } from '../../../server/src/features/codeLens';
import { SpanIndex, viewsOf } from '../../../server/src/features/documentViews';
import { describeValue } from '../../../server/src/features/describe';
import { provideHover } from '../../../server/src/features/hover';
import { indexedFrom, SourceSet } from '../../../server/src/features/navigation';
import { outlineOf } from '../../../server/src/features/symbols';
import { touches } from '../../../server/src/positions';
import { ARTICLE, handBuilt, harbor, offsetOf } from './handBuilt';

describe('span index', () => {
  it('finds the owners of every span touching an offset, as a scan would', () => {
    const span = fc.tuple(fc.nat(200), fc.nat(60)).map(([start, length]) => ({ start, end: start + length }));
    fc.assert(fc.property(fc.array(span, { maxLength: 60 }), fc.nat(270), (spans, offset) => {
      const index = new SpanIndex(spans.map((s, i) => [s, i % 7 === 0 ? 0 : i]));
      const expected = [...new Set(spans.map((s, i) => (touches(s, offset) ? (i % 7 === 0 ? 0 : i) : -1)).filter((o) => o >= 0))].sort((a, b) => a - b);
      assert.deepEqual(index.at(offset), expected);
      assert.equal(index.first(offset), expected.length ? expected[0] : -1);
    }));
  });

  it('handles a span that covers all the others', () => {
    const index = new SpanIndex([[{ start: 0, end: 1000 }, 3], [{ start: 10, end: 20 }, 1], [{ start: 500, end: 510 }, 2]]);
    assert.deepEqual(index.at(15), [1, 3]);
    assert.deepEqual(index.at(505), [2, 3]);
    assert.deepEqual(index.at(1000), [3]);
    assert.deepEqual(index.at(1001), []);
  });
});

describe('hover cards', () => {
  const info = harbor();

  it("says a relative date was resolved from the date the text states in its dateline", () => {
    const text = 'GALWAY, April 2, 2018 /PRNewswire/ -- Corrib Tiles Ltd. said yesterday it would hire 40 workers.';
    const stated = { ...handBuilt(text, {}), analysis: analyze(text) };
    const hover = provideHover(stated, offsetOf(text, 'yesterday') + 2);
    assert.match((hover!.contents as { value: string }).value, /Resolved from the publication date 2018-04-02 \(the date the text states in its dateline or header\)/);
  });

  it('describes the entity under the cursor, with its first mention in context', () => {
    const hover = provideHover(info, offsetOf(ARTICLE, 'Veltra last month') + 2);
    assert.ok(hover);
    const value = (hover.contents as { value: string }).value;
    assert.match(value, /\*\*Veltra Shipping\*\* — organization/);
    assert.match(value, /3 mentions in this document  \n/);
    assert.match(value, /First mention: “Veltra Shipping” in “Veltra Shipping built its first terminal in 2019\.”/);
    assert.equal(info.document.getText(hover.range!), 'Veltra');
  });

  it('adds the mentions of the same entity in the other sources when given a count', () => {
    const other = handBuilt('Veltra denied it. Veltra Shipping later confirmed.\n', {
      entities: [{ type: 'organization', name: 'Veltra Shipping', aliases: ['Veltra'] }],
    }, 'file:///tmp/other.news');
    const others = new SourceSet([indexedFrom(info), indexedFrom(other)]);
    const veltra = info.analysis!.entities.find((e) => e.name === 'Veltra Shipping')!;
    assert.equal(others.mentionCount(veltra, info.uri), 2, 'this document itself is not counted');
    assert.equal(others.mentionCount(veltra, info.uri), 2, 'the same count the second time');
    const hover = provideHover(info, offsetOf(ARTICLE, 'Veltra last month'), (e) => others.mentionCount(e, info.uri));
    assert.match((hover!.contents as { value: string }).value, /3 mentions in this document, 2 in the workspace/);
  });

  it('stacks a date, an attribution and a finding at the same offset, each found once', () => {
    const hover = provideHover(info, offsetOf(ARTICLE, 'reportedly') + 3);
    assert.ok(hover);
    const value = (hover.contents as { value: string }).value;
    assert.match(value, /\*\*Attribution\*\* — no source via “reportedly”/);
    const date = provideHover(info, offsetOf(ARTICLE, '2027') + 1);
    assert.match((date!.contents as { value: string }).value, /\*\*2027\*\*/);
  });

  it('answers nothing away from every span, and nothing without an analysis', () => {
    assert.equal(provideHover(info, offsetOf(ARTICLE, 'container')), null);
    assert.equal(provideHover({ ...info, analysis: null }, 0), null);
  });
});

describe('per-version feature data', () => {
  it('builds the lookups, the outline and the lenses once per analysed version', () => {
    const info = harbor();
    assert.equal(viewsOf(info), viewsOf(info));
    assert.equal(outlineOf(info), outlineOf(info));
    assert.equal(provideCodeLenses(info), provideCodeLenses(info));
    const next = harbor();
    assert.notEqual(viewsOf(next), viewsOf(info), 'another version gets its own');
    assert.notEqual(outlineOf(next), outlineOf(info));
  });

  it('keeps the workspace lenses per set of other sources', () => {
    const info = harbor();
    const other = handBuilt('Veltra denied it.\n', { entities: [{ type: 'organization', name: 'Veltra Shipping', aliases: ['Veltra'] }] }, 'file:///tmp/other.news');
    const withVeltra = new SourceSet([indexedFrom(other)]);
    const empty = new SourceSet([]);
    assert.equal(provideCodeLenses(info, withVeltra), provideCodeLenses(info, withVeltra));
    assert.equal(provideCodeLenses(info, withVeltra).length, provideCodeLenses(info).length + 1);
    assert.equal(provideCodeLenses(info, empty).length, provideCodeLenses(info).length);
  });
});

describe('dates in words', () => {
  const rows: Array<[string | null, string]> = [
    ['2026-01-13', 'Tuesday, 13 January 2026'],
    ['2026-01', 'January 2026'],
    ['2024-SU', 'summer 2024'],
    ['2024-Q3', 'quarter 3 of 2024'],
    ['199', 'the 1990s'],
    ['18', 'the 19th century'],
    ['20', 'the 21st century'],
    ['21', 'the 22nd century'],
    ['22', 'the 23rd century'],
    ['10', 'the 11th century'],
    ['11', 'the 12th century'],
    ['12', 'the 13th century'],
    [null, 'no calendar date (vague)'],
  ];
  for (const [value, words] of rows) it(`${value} is "${words}"`, () => assert.equal(describeValue(value), words));
});
