import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { compareTimex, summarize } from '../../server/src/core/events';
import { analyze } from '../../server/src/core/analyze';

describe('event summaries', () => {
  const cases: Array<[string, string, string]> = [
    ["Tesla's Shanghai plant began construction on January 7, 2019, and opened later.", 'January 7, 2019', "Tesla's Shanghai plant began construction"],
    ['Veltra announced on February 5, 2025, plans to build a terminal in Rotterdam.', 'February 5, 2025', 'Veltra announced plans to build a terminal in Rotterdam'],
    ['In 2027, the plant will open.', '2027', 'The plant will open'],
    ['On Monday, Gov. Mike DeWine said the roads in St. Louis would reopen.', 'Monday', 'Gov. Mike DeWine said the roads in St. Louis would reopen'],
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

describe('events of a sentence with a comparison', () => {
  const eventsOf = (text: string) => analyze(text, { published: '2023-05-17' }).events.map((e) => e.date);
  it('leaves out the baseline of a comparison beside another date', () => {
    assert.deepEqual(eventsOf('Shares climbed 7.3% on Wednesday, their best day since January.'), ['2023-05-17']);
    assert.deepEqual(eventsOf('The economy grew 6.3% in the second quarter from a year earlier.'), ['2023-Q2']);
    assert.deepEqual(eventsOf('Profit rose in 2023 compared with 2022.'), ['2023']);
  });
  it('keeps a lone date after "since" and both ends of a range', () => {
    assert.deepEqual(eventsOf('Sales have risen since January.'), ['2023-01']);
    assert.deepEqual(eventsOf('The plant ran from March to June 2024.'), ['2024-03', '2024-06']);
  });
});

describe('events dated by when a source spoke', () => {
  const eventsOf = (text: string) => analyze(text, { published: '2025-06-01' }).events.map((e) => [e.date, e.strength, e.summary]);
  it('is the statement, as strong as its attribution', () => {
    assert.deepEqual(eventsOf('In Nairobi, Health Minister Aden Duale said on Monday that the program would expand.'),
      [['2025-05-26', 4, 'Health Minister Aden Duale said the program would expand']]);
    assert.deepEqual(eventsOf('The ministry said in a statement on Wednesday that 40 clinics had opened.'),
      [['2025-05-28', 3, 'The ministry said 40 clinics had opened']]);
    assert.deepEqual(eventsOf('Officials on Thursday said the clinics would stay open.'),
      [['2025-05-29', 1, 'Officials said the clinics would stay open']]);
  });
  it('keeps a quotation in quotation marks', () => {
    assert.deepEqual(eventsOf('"We will expand the program to every county," Grace Wanjiru said Tuesday.'),
      [['2025-05-27', 4, 'Grace Wanjiru said: “We will expand the program to every county”']]);
  });
  it('leaves a date in the source\'s own description to the sentence', () => {
    assert.deepEqual(eventsOf('Grace Mwangi, who joined the ministry in 2019, said the plan had failed.'),
      [['2019', 0, 'Grace Mwangi, who joined the ministry']]);
  });
});
