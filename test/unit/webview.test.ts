/**
 * The timeline webview's pure logic (client/webview/model.ts) and message validation
 * (client/webview/protocol.ts): no DOM needed.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { compareTimex } from '../../server/src/core/events';
import type { TimelineEventItem } from '../../server/src/protocol';
import {
  axisBins, buildRows, describeEvent, entityChoices, headerIndexes, filterEvents, formatTimex, isApproximate, layoutRows, moveFocus,
  parseTimex, periodGroup, rowAt, scrollToReveal, sourceChoices, strengthLabel, visibleRange, yearGroup, DEFAULT_HEIGHTS,
} from '../../client/webview/model';
import { parseFromWebview, parsePersistedState, parseToWebview } from '../../client/webview/protocol';

let n = 0;
function ev(date: string, extra: Partial<TimelineEventItem> = {}): TimelineEventItem {
  n++;
  return {
    id: `file:///a.news#${n}#${n}`,
    uri: 'file:///a.news',
    title: 'A',
    date,
    mod: null,
    precision: 'day',
    range: { start: { line: n, character: 0 }, end: { line: n, character: 10 } },
    summary: `Event ${n}`,
    entities: [],
    strength: 3,
    ...extra,
  };
}

describe('TIMEX3 values', () => {
  const cases: Array<[string, string, string | null, string]> = [
    ['2026-02-07', 'day', null, '7 February 2026'],
    ['2026-02', 'month', null, 'February 2026'],
    ['2026', 'year', null, '2026'],
    ['2026-Q2', 'quarter', null, 'Q2 2026'],
    ['2026-SP', 'season', null, 'Spring 2026'],
    ['2026-H2', 'half', null, 'Second half of 2026'],
    ['2026-W05', 'week', null, 'Week 5 of 2026'],
    ['199', 'decade', null, '1990s'],
    ['2030', 'year', 'APPROX', 'About 2030'],
    ['2019', 'year', 'END', 'Late 2019'],
    ['2022', 'year', 'MID', 'Mid-2022'],
    ['2026', 'year', 'START', 'Early 2026'],
    ['2027', 'year', 'BEFORE', 'Before 2027'],
    ['nonsense', 'unknown', null, 'nonsense'],
  ];
  for (const [value, kind, mod, label] of cases) {
    it(`${value}${mod ? ` (${mod})` : ''} → ${label}`, () => {
      assert.equal(parseTimex(value).kind, kind);
      assert.equal(formatTimex(value, mod), label);
    });
  }

  it('an ISO week starts on its Monday', () => {
    assert.deepEqual(parseTimex('2026-W05'), { kind: 'week', year: 2026, month: 1, day: 26, part: 5 });
  });

  it('approximate means a modifier, not a coarse precision', () => {
    assert.equal(isApproximate({ mod: 'APPROX' }), true);
    assert.equal(isApproximate({ mod: null }), false);
  });

  it('labels every strength', () => {
    assert.deepEqual([0, 1, 2, 3, 4, 5].map(strengthLabel), [
      'No source', 'Vague anonymous source', 'Described anonymous source', 'Named organization or statement', 'Named person', 'Document or verified',
    ]);
    assert.equal(strengthLabel(9), 'Document or verified');
  });
});

describe('grouping by year and month', () => {
  it('groups days by month and coarser dates by their period', () => {
    assert.deepEqual(yearGroup('2026-02-07'), { key: 'y2026', label: '2026' });
    assert.deepEqual(yearGroup('199'), { key: 'y1990s', label: '1990s' });
    assert.deepEqual(periodGroup('2026-02-07'), { key: 'm2', label: 'February' });
    assert.deepEqual(periodGroup('2026-Q2'), { key: 'q2', label: 'Q2' });
    assert.deepEqual(periodGroup('2026'), { key: 'year', label: 'Year only' });
  });

  it('builds year, period and event rows in order', () => {
    const values = ['2019', '2019-12', '2025-03-03', '2026', '2026-01', '2026-02-06', '2026-02-07', '2026-Q2', '2027'];
    const events = values.map((v) => ev(v));
    const rows = buildRows(events);
    assert.deepEqual(rows.map((r) => (r.kind === 'event' ? r.event.date : `${r.kind}:${r.label}:${r.count}`)), [
      'year:2019:2', 'period:Year only:1', '2019', 'period:December:1', '2019-12',
      'year:2025:1', 'period:March:1', '2025-03-03',
      'year:2026:5', 'period:Year only:1', '2026', 'period:January:1', '2026-01', 'period:February:2', '2026-02-06', '2026-02-07', 'period:Q2:1', '2026-Q2',
      'year:2027:1', 'period:Year only:1', '2027',
    ]);
    const ordinals = rows.flatMap((r) => (r.kind === 'event' ? [r.ordinal] : []));
    assert.deepEqual(ordinals, [...values.keys()]);
  });

  it('knows the year and period header of every row, for the sticky header', () => {
    const rows = buildRows(['2019', '2026-01-05', '2026-01-09'].map((v) => ev(v)));
    // year 2019, period, event, year 2026, period January, event, event
    const { year, period } = headerIndexes(rows);
    assert.deepEqual([...year], [0, 0, 0, 3, 3, 3, 3]);
    assert.deepEqual([...period], [-1, 1, 1, -1, 4, 4, 4]);
  });

  it('the overview axis has one bin per year, weighted by count', () => {
    const rows = buildRows(['2019', '2026-01', '2026-02', '2026-03', '2027'].map((v) => ev(v)));
    assert.deepEqual(axisBins(rows).map((b) => [b.label, b.count, b.weight]), [['2019', 1, 1 / 3], ['2026', 3, 1], ['2027', 1, 1 / 3]]);
  });
});

describe('filters', () => {
  const events = [
    ev('2026-01', { entities: ['Northwind Motors', 'Hanseong Energy'], uri: 'file:///a.news', title: 'A' }),
    ev('2026-02', { entities: ['Northwind Motors'], uri: 'file:///b.news', title: 'B' }),
    ev('2026-03', { entities: ['Treasury'], uri: 'file:///b.news', title: 'B' }),
  ];

  it('filters by entity, by source, and by both', () => {
    assert.equal(filterEvents(events, { entity: '', source: '' }).length, 3);
    assert.equal(filterEvents(events, { entity: 'Northwind Motors', source: '' }).length, 2);
    assert.equal(filterEvents(events, { entity: '', source: 'file:///b.news' }).length, 2);
    assert.deepEqual(filterEvents(events, { entity: 'Northwind Motors', source: 'file:///b.news' }).map((e) => e.date), ['2026-02']);
  });

  it('offers entities by frequency and sources by title, with counts', () => {
    assert.deepEqual(entityChoices(events).map((c) => [c.label, c.count]), [['Northwind Motors', 2], ['Hanseong Energy', 1], ['Treasury', 1]]);
    assert.deepEqual(
      sourceChoices([{ uri: 'file:///c.news', title: 'C' }, { uri: 'file:///a.news', title: 'A' }], events).map((c) => [c.label, c.count]),
      [['A', 1], ['B', 2], ['C', 0]],
    );
  });
});

describe('layout and windowing', () => {
  const rows = buildRows(['2026-01-01', '2026-01-02', '2026-02-01'].map((v) => ev(v)));
  const layout = layoutRows(rows);
  // year, period, event, event, period, event
  const h = DEFAULT_HEIGHTS;

  it('stacks rows by kind', () => {
    assert.deepEqual([...layout.offsets], [0, h.year, h.year + h.period, h.year + h.period + h.event, h.year + h.period + 2 * h.event, h.year + 2 * h.period + 2 * h.event, layout.total]);
    assert.equal(layout.total, h.year + 2 * h.period + 3 * h.event);
  });

  it('finds the row at a position', () => {
    assert.equal(rowAt(layout, 0), 0);
    assert.equal(rowAt(layout, h.year), 1);
    assert.equal(rowAt(layout, h.year - 1), 0);
    assert.equal(rowAt(layout, 1e9), rows.length - 1);
  });

  it('windows the rows in view plus overscan', () => {
    assert.deepEqual(visibleRange(layout, 0, h.year + 1, 0), { start: 0, end: 2 });
    assert.deepEqual(visibleRange(layout, h.year + h.period, h.event, 1), { start: 1, end: 4 });
    assert.deepEqual(visibleRange(layoutRows([]), 0, 500), { start: 0, end: 0 });
  });

  it('scrolls just enough to reveal a row', () => {
    assert.equal(scrollToReveal(layout, 5, 0, 100), layout.offsets[6]! - 100);
    assert.equal(scrollToReveal(layout, 0, 50, 100), 0);
    assert.equal(scrollToReveal(layout, 2, layout.offsets[2]!, 200), layout.offsets[2]);
  });
});

describe('keyboard moves', () => {
  const rows = buildRows(['2026-01-01', '2026-01-02', '2026-02-01', '2027'].map((v) => ev(v)));
  const eventRows = rows.flatMap((r, i) => (r.kind === 'event' ? [i] : []));

  it('moves between events and skips headers', () => {
    assert.equal(moveFocus(rows, -1, 'ArrowDown'), eventRows[0]);
    assert.equal(moveFocus(rows, eventRows[0]!, 'ArrowDown'), eventRows[1]);
    assert.equal(moveFocus(rows, eventRows[1]!, 'ArrowDown'), eventRows[2]);
    assert.equal(moveFocus(rows, eventRows[2]!, 'ArrowUp'), eventRows[1]);
    assert.equal(moveFocus(rows, eventRows[0]!, 'ArrowUp'), eventRows[0]);
    assert.equal(moveFocus(rows, eventRows[3]!, 'ArrowDown'), eventRows[3]);
  });

  it('Home, End and pages', () => {
    assert.equal(moveFocus(rows, eventRows[2]!, 'Home'), eventRows[0]);
    assert.equal(moveFocus(rows, eventRows[0]!, 'End'), eventRows[3]);
    assert.equal(moveFocus(rows, eventRows[0]!, 'PageDown', 2), eventRows[2]);
    assert.equal(moveFocus(rows, eventRows[3]!, 'PageUp', 10), eventRows[0]);
  });

  it('from a header, goes to the event after it (down) or before it (up)', () => {
    const header = rows.findIndex((r) => r.kind === 'period' && r.label === 'February');
    assert.equal(moveFocus(rows, header, 'ArrowDown'), eventRows[2]);
    assert.equal(moveFocus(rows, header, 'ArrowUp'), eventRows[1]);
    assert.equal(moveFocus([], -1, 'ArrowDown'), -1);
  });
});

describe('5,000 events', () => {
  it('lays out, windows and scrolls them (timing reported, not asserted)', (t) => {
    const events: TimelineEventItem[] = [];
    for (let i = 0; i < 5000; i++) {
      const year = 1990 + (i % 40);
      const kind = i % 7;
      const date = kind === 0 ? `${year}` : kind === 1 ? `${year}-Q${(i % 4) + 1}` : kind === 2 ? `${year}-${String((i % 12) + 1).padStart(2, '0')}`
        : `${year}-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`;
      events.push(ev(date, {
        mod: i % 11 === 0 ? 'APPROX' : null,
        entities: [`Entity ${i % 50}`, `Entity ${(i * 7) % 50}`],
        uri: `file:///doc${i % 25}.news`,
        title: `Document ${i % 25}`,
        strength: i % 6,
      }));
    }
    events.sort((a, b) => compareTimex(a.date, b.date));

    const t0 = performance.now();
    const shown = filterEvents(events, { entity: '', source: '' });
    const rows = buildRows(shown);
    const layout = layoutRows(rows);
    const first = visibleRange(layout, 0, 900);
    const firstWindow = rows.slice(first.start, first.end).map((r) => (r.kind === 'event' ? describeEvent(r.event) : r.label));
    const initial = performance.now() - t0;

    const t1 = performance.now();
    let maxWindow = 0;
    for (let top = 0; top < layout.total; top += 120) {
      const r = visibleRange(layout, top, 900);
      maxWindow = Math.max(maxWindow, r.end - r.start);
    }
    const scrollSteps = Math.ceil(layout.total / 120);
    const scroll = performance.now() - t1;

    const t2 = performance.now();
    const filtered = buildRows(filterEvents(events, { entity: 'Entity 7', source: '' }));
    layoutRows(filtered);
    const filter = performance.now() - t2;

    assert.equal(rows.filter((r) => r.kind === 'event').length, 5000);
    assert.ok(firstWindow.length > 0 && firstWindow.length < 40, `window of ${firstWindow.length} rows`);
    assert.ok(maxWindow < 40, `at most ${maxWindow} rows in the DOM at once`);
    for (let i = 1; i < rows.length; i++) assert.ok(layout.offsets[i]! > layout.offsets[i - 1]!);
    const ordered = rows.flatMap((r) => (r.kind === 'event' ? [r.event.date] : []));
    for (let i = 1; i < ordered.length; i++) assert.ok(compareTimex(ordered[i - 1]!, ordered[i]!) <= 0);
    const report = `5,000 events → ${rows.length} rows, ${layout.total}px: filter+group+layout+first window ${initial.toFixed(1)} ms; `
      + `${scrollSteps} scroll steps ${scroll.toFixed(1)} ms (${(scroll / scrollSteps * 1000).toFixed(1)} µs each, ≤ ${maxWindow} rows each); `
      + `entity filter rebuild ${filter.toFixed(1)} ms`;
    t.diagnostic(report);
    console.log(`# ${report}`);
  });
});

describe('message validation', () => {
  const good = ev('2026-02-07', { dateRange: { start: { line: 1, character: 2 }, end: { line: 1, character: 8 } } });

  it('accepts well-formed messages to the webview', () => {
    const msg = parseToWebview({ type: 'events', scope: 'document', title: 'T', documents: [{ uri: 'file:///a.news', title: 'A' }], events: [good] });
    assert.equal(msg?.type, 'events');
    assert.deepEqual(msg?.type === 'events' ? msg.events[0] : undefined, good);
    assert.deepEqual(parseToWebview({ type: 'loading', scope: 'workspace' }), { type: 'loading', scope: 'workspace' });
    assert.deepEqual(parseToWebview({ type: 'current', id: null }), { type: 'current', id: null });
    assert.deepEqual(parseToWebview({ type: 'error', message: 'x' }), { type: 'error', message: 'x' });
  });

  it('drops unknown fields of events', () => {
    const msg = parseToWebview({ type: 'events', scope: 'document', title: 'T', documents: [], events: [{ ...good, evil: '<script>' }] });
    assert.ok(msg?.type === 'events' && !('evil' in msg.events[0]!));
  });

  const bad: Array<[string, unknown]> = [
    ['not an object', 'events'],
    ['null', null],
    ['unknown type', { type: 'eval', code: 'x' }],
    ['bad scope', { type: 'events', scope: 'all', title: '', documents: [], events: [] }],
    ['events not an array', { type: 'events', scope: 'document', title: '', documents: [], events: {} }],
    ['strength out of range', { type: 'events', scope: 'document', title: '', documents: [], events: [{ ...good, strength: 6 }] }],
    ['negative line', { type: 'events', scope: 'document', title: '', documents: [], events: [{ ...good, range: { start: { line: -1, character: 0 }, end: good.range.end } }] }],
    ['unknown mod', { type: 'events', scope: 'document', title: '', documents: [], events: [{ ...good, mod: 'MAYBE' }] }],
    ['entities not strings', { type: 'events', scope: 'document', title: '', documents: [], events: [{ ...good, entities: [1] }] }],
    ['document without uri', { type: 'events', scope: 'document', title: '', documents: [{ title: 'x' }], events: [] }],
  ];
  for (const [name, value] of bad) {
    it(`rejects a message to the webview: ${name}`, () => assert.equal(parseToWebview(value), undefined));
  }

  it('validates messages from the webview', () => {
    assert.deepEqual(parseFromWebview({ type: 'ready' }), { type: 'ready' });
    assert.deepEqual(parseFromWebview({ type: 'reveal', id: 'x' }), { type: 'reveal', id: 'x' });
    assert.deepEqual(parseFromWebview({ type: 'reveal', id: 'x', preserveFocus: true }), { type: 'reveal', id: 'x', preserveFocus: true });
    assert.deepEqual(parseFromWebview({ type: 'setScope', scope: 'workspace' }), { type: 'setScope', scope: 'workspace' });
    assert.deepEqual(parseFromWebview({ type: 'export', format: 'timelinejs', filter: { entity: 'A' } }), { type: 'export', format: 'timelinejs', filter: { entity: 'A', source: '' } });
    assert.deepEqual(parseFromWebview({ type: 'rendered', events: 3, shown: 2, ms: 1.5 }), { type: 'rendered', events: 3, shown: 2, ms: 1.5 });
    for (const v of [
      undefined, [], { type: 'reveal' }, { type: 'reveal', id: 3 }, { type: 'setScope', scope: 'x' }, { type: 'export', format: 'pdf', filter: {} },
      { type: 'export', format: 'events-csv' }, { type: 'rendered', events: -1, shown: 0, ms: 0 }, { type: 'reveal', id: 'x', preserveFocus: 'yes' },
    ]) {
      assert.equal(parseFromWebview(v), undefined, JSON.stringify(v));
    }
  });

  it('restores persisted state, falling back on defaults', () => {
    assert.deepEqual(parsePersistedState({ scope: 'workspace', filter: { entity: 'A', source: '' }, activeId: 'x' }), { scope: 'workspace', filter: { entity: 'A', source: '' }, activeId: 'x' });
    assert.deepEqual(parsePersistedState({ scope: 'document', filter: {}, uri: 'file:///a.news' }), { scope: 'document', filter: { entity: '', source: '' }, uri: 'file:///a.news' });
    assert.deepEqual(parsePersistedState('junk'), { scope: 'document', filter: { entity: '', source: '' } });
    assert.deepEqual(parsePersistedState({ scope: 7, filter: 'x' }), { scope: 'document', filter: { entity: '', source: '' } });
  });
});
