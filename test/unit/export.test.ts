/** The export serializers (client/src/exportFormats.ts): RFC 4180 CSV and TimelineJS3 JSON. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  EVENT_CSV_HEADER, csvField, entitiesToCsv, escapeHtml, eventsToCsv, eventsToTimelineJs, timelineJsDates, toCsv,
} from '../../client/src/exportFormats';
import type { EntityItem, TimelineEventItem } from '../../server/src/protocol';

function ev(date: string, extra: Partial<TimelineEventItem> = {}): TimelineEventItem {
  return {
    id: 'file:///w/northwind.news#120#131',
    uri: 'file:///w/northwind.news',
    title: 'Northwind, Hanseong talk "battery" venture',
    date,
    mod: null,
    precision: 'day',
    range: { start: { line: 8, character: 0 }, end: { line: 8, character: 42 } },
    summary: 'Executives met in Seoul',
    entities: ['Northwind Motors', 'Hanseong Energy'],
    strength: 2,
    ...extra,
  };
}

/** A small RFC 4180 reader, to check that what we write reads back. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(field); field = ''; } else if (c === '\r' && text[i + 1] === '\n') { row.push(field); rows.push(row); row = []; field = ''; i++; } else field += c;
  }
  assert.equal(field, '', 'the text ends with CRLF');
  return rows;
}

describe('CSV fields (RFC 4180)', () => {
  const cases: Array<[string | number | boolean | null | undefined, string]> = [
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "no"', '"say ""no"""'],
    ['two\nlines', '"two\nlines"'],
    ['cr\rlf', '"cr\rlf"'],
    ['', ''],
    [null, ''],
    [undefined, ''],
    [42, '42'],
    [true, 'true'],
    ['Zürich — “quoted” 東京', 'Zürich — “quoted” 東京'],
    ['=HYPERLINK("x")', '"\'=HYPERLINK(""x"")"'],
    ['+1 555', "'+1 555"],
    ['@cmd', "'@cmd"],
    ['-12.5', '-12.5'],
  ];
  for (const [input, expected] of cases) {
    it(`${JSON.stringify(input)} → ${JSON.stringify(expected)}`, () => assert.equal(csvField(input), expected));
  }

  it('ends every record with CRLF', () => {
    assert.equal(toCsv(['a', 'b'], [[1, 'x,y']]), 'a,b\r\n1,"x,y"\r\n');
  });
});

describe('events as CSV', () => {
  it('writes a header and one record per event that read back', () => {
    const text = eventsToCsv([ev('2025-12-11'), ev('2030', { mod: 'APPROX', precision: 'year', strength: 0, entities: [] })]);
    const rows = parseCsv(text);
    assert.deepEqual(rows[0], [...EVENT_CSV_HEADER]);
    assert.equal(rows.length, 3);
    const first = Object.fromEntries(rows[0]!.map((h, i) => [h, rows[1]![i]]));
    assert.deepEqual(first, {
      date: '2025-12-11', date_label: '11 December 2025', precision: 'day', modifier: '', approximate: 'false',
      summary: 'Executives met in Seoul', entities: 'Northwind Motors; Hanseong Energy', strength: '2',
      strength_label: 'Described anonymous source', source_title: 'Northwind, Hanseong talk "battery" venture',
      source_uri: 'file:///w/northwind.news', start_line: '9', start_column: '1', end_line: '9', end_column: '43',
    });
    const second = Object.fromEntries(rows[0]!.map((h, i) => [h, rows[2]![i]]));
    assert.equal(second.date_label, 'About 2030');
    assert.equal(second.approximate, 'true');
    assert.equal(second.modifier, 'APPROX');
    assert.equal(second.entities, '');
  });

  it('quotes the title with its comma and quotes', () => {
    assert.ok(eventsToCsv([ev('2026')]).includes(',"Northwind, Hanseong talk ""battery"" venture",'));
  });

  it('writes only the header for no events', () => {
    assert.equal(eventsToCsv([]), `${EVENT_CSV_HEADER.join(',')}\r\n`);
  });
});

describe('entities as CSV', () => {
  it('writes name, type, aliases, role, mentions, source and first mention', () => {
    const entities: EntityItem[] = [{
      uri: 'file:///w/a.news', title: 'A', id: 'person:dana-whitlock', name: 'Dana Whitlock', type: 'person',
      aliases: ['Dana Whitlock', 'Whitlock'], role: 'Northwind Motors CEO', mentions: 3,
      first: { start: { line: 11, character: 120 }, end: { line: 11, character: 133 } },
    }, {
      uri: 'file:///w/a.news', title: 'A', id: 'place:seoul', name: 'Seoul', type: 'place', aliases: ['Seoul'], mentions: 1,
    }];
    assert.deepEqual(parseCsv(entitiesToCsv(entities)), [
      ['name', 'type', 'aliases', 'role', 'mentions', 'source_title', 'source_uri', 'first_line', 'first_column'],
      ['Dana Whitlock', 'person', 'Dana Whitlock; Whitlock', 'Northwind Motors CEO', '3', 'A', 'file:///w/a.news', '12', '121'],
      ['Seoul', 'place', 'Seoul', '', '1', 'A', 'file:///w/a.news', '', ''],
    ]);
  });
});

describe('TimelineJS3 JSON', () => {
  it('maps TIMEX3 values to start and end dates', () => {
    assert.deepEqual(timelineJsDates('2025-12-11'), { start: { year: 2025, month: 12, day: 11 } });
    assert.deepEqual(timelineJsDates('2024-06'), { start: { year: 2024, month: 6 } });
    assert.deepEqual(timelineJsDates('2026'), { start: { year: 2026 } });
    assert.deepEqual(timelineJsDates('2026-Q2'), { start: { year: 2026, month: 4 }, end: { year: 2026, month: 6, day: 30 } });
    assert.deepEqual(timelineJsDates('2026-SP'), { start: { year: 2026, month: 3 }, end: { year: 2026, month: 5, day: 31 } });
    assert.deepEqual(timelineJsDates('2026-H1'), { start: { year: 2026, month: 1 }, end: { year: 2026, month: 6, day: 30 } });
    assert.deepEqual(timelineJsDates('2026-W01'), { start: { year: 2025, month: 12, day: 29 }, end: { year: 2026, month: 1, day: 4 } });
    assert.deepEqual(timelineJsDates('199'), { start: { year: 1990 }, end: { year: 1999 } });
    assert.equal(timelineJsDates('FUTURE_REF'), undefined);
  });

  it('writes events with headline, text, group and display_date for approximate dates', () => {
    const doc = eventsToTimelineJs([
      ev('2025-12-11'),
      ev('2019', { id: 'file:///w/northwind.news#900#950', mod: 'END', precision: 'year', summary: 'Closed its <first> battery program' }),
      ev('2026-Q2', { id: 'file:///w/northwind.news#1000#1010', precision: 'quarter' }),
      ev('PRESENT_REF', { id: 'x' }),
    ], 'Timeline: Northwind');
    assert.deepEqual(doc.title, { text: { headline: 'Timeline: Northwind', text: '<p>3 dated events, exported from Sourcelens.</p>' } });
    assert.equal(doc.events.length, 3);
    const [exact, late, quarter] = doc.events;
    assert.deepEqual(exact!.start_date, { year: 2025, month: 12, day: 11 });
    assert.equal(exact!.display_date, undefined);
    assert.equal(exact!.text.headline, 'Executives met in Seoul');
    assert.equal(exact!.group, 'Northwind, Hanseong talk "battery" venture');
    assert.match(exact!.text.text, /Northwind Motors, Hanseong Energy/);
    assert.match(exact!.text.text, /Described anonymous source \(2\/5\)/);
    assert.match(exact!.text.text, /&quot;battery&quot;/, 'HTML in text is escaped');
    assert.deepEqual(late!.start_date, { year: 2019, display_date: 'Late 2019' });
    assert.equal(late!.display_date, 'Late 2019');
    assert.equal(late!.text.headline, 'Closed its &lt;first&gt; battery program');
    assert.deepEqual(quarter!.end_date, { year: 2026, month: 6, day: 30 });
    assert.equal(quarter!.display_date, 'Q2 2026');
    const ids = doc.events.map((e) => e.unique_id);
    assert.equal(new Set(ids).size, ids.length);
    for (const id of ids) assert.match(id, /^[A-Za-z0-9_-]+$/);
  });

  it('makes duplicate ids unique', () => {
    const doc = eventsToTimelineJs([ev('2026'), ev('2026')]);
    assert.notEqual(doc.events[0]!.unique_id, doc.events[1]!.unique_id);
    assert.equal(doc.title, undefined);
  });

  it('is plain JSON', () => {
    const doc = eventsToTimelineJs([ev('2026-02-07')]);
    assert.deepEqual(JSON.parse(JSON.stringify(doc)), doc);
  });

  it('escapes HTML', () => {
    assert.equal(escapeHtml(`<a href="x">'&'</a>`), '&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });
});
