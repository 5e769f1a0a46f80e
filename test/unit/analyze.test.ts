import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze } from '../../server/src/core/analyze';
import { analysisToJson } from '../../server/src/core/json';
import type { AnalysisOptions } from '../../server/src/core/types';

describe('analyze', () => {
  it('honours names the user declared (knownNames) over the built-in lists', () => {
    const text = 'Zorblat Quennic said on Monday the deal was done. Quennic added nothing.';
    const declared = analyze(text, { knownNames: [{ name: 'Zorblat Quennic', type: 'organization' }] });
    const entity = declared.entities.find((e) => e.name === 'Zorblat Quennic');
    assert.equal(entity?.type, 'organization');
  });
  it('takes the anchor from front matter before the option, and says which', () => {
    const withFront = analyze('---\npublished: 2026-02-07\n---\nIt rained last month.', { published: '2020-01-01' });
    assert.equal(withFront.published, '2026-02-07');
    assert.equal(withFront.anchor, 'front-matter');
    const fromOption = analyze('It rained last month.', { published: '2020-05-01' });
    assert.equal(fromOption.anchor, 'option');
    assert.equal(fromOption.dates[0]?.value, '2020-04');
    const fromFile = analyze('It rained last month.', { published: '2020-05-01', publishedSource: 'file-time' });
    assert.equal(fromFile.anchor, 'file-time');
    const none = analyze('It rained last month.');
    assert.equal(none.anchor, 'none');
    assert.equal(none.dates[0]?.value, null);
  });

  // [text, options, anchor, date relative dates are anchored to]
  const stated: Array<[string, AnalysisOptions, string, string | null]> = [
    ['OTTAWA, Feb. 9, 2011 /CNW/ -- Maplecrest Foods said on Tuesday it would close two plants.', {}, 'dateline', '2011-02-09'],
    ['NAIROBI, 3 June 1998 (Kenya News Agency) - The council met on Monday to approve the budget.', {}, 'dateline', '1998-06-03'],
    ['LIMERICK, Ireland, Sept. 12, 2016 -- Shannonside Dairies said yesterday that prices would rise.', {}, 'dateline', '2016-09-12'],
    ['Posted: 14 March 2019\n\nThe ferry service resumed last week after repairs.', {}, 'dateline', '2019-03-14'],
    ['Published on March 14, 2019 at 9:00 am\n\nThe ferry service resumed last week.', {}, 'dateline', '2019-03-14'],
    ['From: Ana Ruiz\nSent: Tuesday, March 4, 2025 10:14 AM\nSubject: Budget\n\nThe board met yesterday.', {}, 'dateline', '2025-03-04'],
    ['Friday, 21 March 2003\n\nTroops crossed the border on Thursday.', {}, 'dateline', '2003-03-21'],
    ['# Rents in Cork\n\n*Published on February 18, 2016 at 7:30 am*\n\nThe council voted on Wednesday.', {}, 'dateline', '2016-02-18'],
    ['**21 March 2003**\n\nTroops crossed the border on Thursday.', {}, 'dateline', '2003-03-21'],
    // A recording or a speech states when it was made: what it calls "last month" is counted from then.
    ['THE BRIEFING, Episode 212\nRecorded 14 March 2024\n\nHOST: Inflation hit 31 percent last month.', {}, 'dateline', '2024-03-14'],
    ['Remarks by the Governor\nDelivered: Tuesday, June 4, 2019\n\nLast week the board met.', {}, 'dateline', '2019-06-04'],
    ['KING\'S BENCH DIVISION\n\nJudgment handed down on 17 January 2024\n\nThe decision of last May is quashed.', {}, 'dateline', '2024-01-17'],
    ['Tribunal ruling\nDate of decision: 2 March 2022\n\nThe appeal heard last month is allowed.', {}, 'dateline', '2022-03-02'],
    // A file's modification time comes after the date the text states.
    ['Harbour dues to rise\nMarch 2019\n\nThe board agreed the rise earlier this month.', { published: '2024-01-01', publishedSource: 'file-time' }, 'none', null],
    ['OTTAWA, Feb. 9, 2011 /CNW/ -- Maplecrest Foods said on Tuesday it would close two plants.', { published: '2024-01-01', publishedSource: 'file-time' }, 'dateline', '2011-02-09'],
    // Front matter and an explicit option come first.
    ['---\npublished: 2011-02-10\n---\nOTTAWA, Feb. 9, 2011 /CNW/ -- Maplecrest Foods said on Tuesday it would close.', {}, 'front-matter', '2011-02-10'],
    ['OTTAWA, Feb. 9, 2011 /CNW/ -- Maplecrest Foods said on Tuesday it would close two plants.', { published: '2011-02-11' }, 'option', '2011-02-11'],
    // A dateline without a year, or a date in the story's prose, states no date of the document.
    ['WASHINGTON, March 3 (Reuters) - The Senate voted on Tuesday to delay the bill.', {}, 'none', null],
    ['The plant opened on Feb. 9, 2011, and closed last month.', {}, 'none', null],
    ['OTTAWA, Feb. 30, 2011 /CNW/ -- Maplecrest Foods said on Tuesday it would close two plants.', {}, 'none', null],
  ];
  for (const [text, options, anchor, date] of stated) {
    it(`anchors to ${date ?? 'nothing'} (${anchor}) in ${JSON.stringify(text.slice(0, 48))}`, () => {
      const a = analyze(text, options);
      assert.equal(a.anchor, anchor);
      assert.equal(a.published, date);
      if (anchor === 'dateline') assert.ok(!a.diagnostics.some((d) => d.code === 'missing-publication-date'));
    });
  }
  it('dates by the month a head line states, not by when the file was saved', () => {
    const a = analyze('Harbour dues to rise\nMarch 2019\n\nThe board agreed the rise earlier this month.', { published: '2024-01-01', publishedSource: 'file-time' });
    assert.equal(a.dates.find((d) => d.text === 'earlier this month')?.value, '2019-03');
  });
  it("reports a stated date as the JSON's anchorDate, keeping published for front matter and the option", () => {
    const json = analysisToJson('x.txt', analyze('OTTAWA, Feb. 9, 2011 /CNW/ -- Maplecrest Foods said on Tuesday it would close.'));
    assert.equal(json.published, null);
    assert.equal(json.anchor, 'dateline');
    assert.equal(json.anchorDate, '2011-02-09');
    const fromOption = analysisToJson('x.txt', analyze('It rained last month.', { published: '2020-05-01' }));
    assert.equal(fromOption.published, '2020-05-01');
    assert.equal(fromOption.anchorDate, '2020-05-01');
  });
});
