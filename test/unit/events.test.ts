import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { compareTimex, summarize } from '../../server/src/core/events';

describe('event summaries', () => {
  const cases: Array<[string, string, string]> = [
    ["Tesla's Shanghai plant began construction on January 7, 2019, and opened later.", 'January 7, 2019', "Tesla's Shanghai plant began construction"],
    ['Veltra announced on February 5, 2025, plans to build a terminal in Rotterdam.', 'February 5, 2025', 'Veltra announced plans to build a terminal in Rotterdam'],
    ['In 2027, the plant will open.', '2027', 'The plant will open'],
  ];
  for (const [sentence, date, expected] of cases) {
    it(expected, () => {
      const start = sentence.indexOf(date);
      assert.equal(summarize(sentence, { start: 0, end: sentence.length }, { start, end: start + date.length }), expected);
    });
  }
});

describe('chronological order of TIMEX3 values', () => {
  it('sorts by the first day each value can stand for', () => {
    const values = ['2027', '2019-12', '2019-01-07', '2026-Q3', '2026-W05', '2026-SP', '199', '2019'];
    assert.deepEqual([...values].sort(compareTimex), ['199', '2019', '2019-01-07', '2019-12', '2026-W05', '2026-SP', '2026-Q3', '2027']);
  });
});
