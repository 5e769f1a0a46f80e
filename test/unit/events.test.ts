import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { compareTimex, summarize } from '../../server/src/core/events';
import { analyze } from '../../server/src/core/analyze';

describe('event summaries', () => {
  const cases: Array<[string, string, string]> = [
    ['On 2 July 2025, a former finance officer, Blessing Eze, filed a lawsuit in the Federal High Court in Abuja.', '2 July 2025', 'A former finance officer filed a lawsuit in the Federal High Court in Abuja'],
    ['On 2 July 2025, the officer filed a lawsuit in the Federal High Court in Abuja, alleging that she had been dismissed unfairly.', '2 July 2025', 'The officer filed a lawsuit in the Federal High Court in Abuja'],
    ["Tesla's Shanghai plant began construction on January 7, 2019, and opened later.", 'January 7, 2019', "Tesla's Shanghai plant began construction"],
    ['Veltra announced on February 5, 2025, plans to build a terminal in Rotterdam.', 'February 5, 2025', 'Veltra announced plans to build a terminal in Rotterdam'],
    ['In 2027, the plant will open.', '2027', 'The plant will open'],
    ['On Monday, Gov. Mike DeWine said the roads in St. Louis would reopen.', 'Monday', 'Gov. Mike DeWine said the roads in St. Louis would reopen'],
    ['Police were called to the inn at about 11.40pm on Saturday following reports of a stabbing.', '11.40pm on Saturday', 'Police were called to the inn following reports of a stabbing'],
    ['Nordvik reported a bigger-than-expected rise in second-quarter operating profit.', 'second-quarter', 'Nordvik reported a bigger-than-expected rise in operating profit'],
    ['The complaint, dating back to 2008, was dropped.', '2008', 'The complaint was dropped'],
    ['Serbs celebrated Orthodox Christmas with family.', 'Orthodox Christmas', 'Serbs celebrated Orthodox Christmas with family'],
    ['The army halted operations to mark Easter.', 'Easter', 'The army halted operations to mark Easter'],
    ['The army halted operations on Easter.', 'Easter', 'The army halted operations'],
    ['Thorvaldsen celebrated Wednesday with about 60 relatives.', 'Wednesday', 'Thorvaldsen celebrated with about 60 relatives'],
    ['The Irishman had signed a new three-year contract only last summer.', 'last summer', 'The Irishman had signed a new three-year contract'],
    ['The bridge reopened only in March.', 'March', 'The bridge reopened'],
    ['(The briefing was concluded at 2:02 p.m.)', '2:02 p.m.', 'The briefing was concluded'],
    ['First, the Deputy Secretary will travel to Nairobi on Monday.', 'Monday', 'The Deputy Secretary will travel to Nairobi'],
    ['So today I am signing an executive order.', 'today', 'I am signing an executive order'],
    ['The finance minister said in February that the worst is over.', 'February', 'The finance minister said that the worst is over'],
    ["The court quashed the council's decision of 3 May 2023 to refuse the permit.", '3 May 2023', "The court quashed the council's decision to refuse the permit"],
    ['That changes in September.', 'September', 'That changes'],
    ['Meanwhile, the board met on Tuesday.', 'Tuesday', 'The board met'],
    ['It was a scheme against people who trusted him," the prosecutor said on Monday.', 'Monday', '"It was a scheme against people who trusted him," the prosecutor said'],
    ['The last walkout at the terminals, in the summer of 2019, lasted eleven days.', 'the summer of 2019', 'The last walkout at the terminals lasted eleven days'],
    ['In a filing with the regulator on March 3, 2025, Northwind said it expected to spend more.', 'March 3, 2025', 'In a filing with the regulator, Northwind said it expected to spend more'],
    ['The minister said on Monday that Ghana had "lost one of its sharpest minds.', 'Monday', 'The minister said that Ghana had "lost one of its sharpest minds"'],
    ['Its spokesman said on Friday that the plan would “undermine every agreement the two countries have signed since the war ended in 1995.”', 'Friday', 'Its spokesman said that the plan would “undermine every agreement the two countries have…”'],
    ['Born on 3 February 1938 in Kumasi, then part of the British colony of the Gold Coast, she was the fourth of seven children of a cocoa trader in the town.', '3 February 1938', 'Born in Kumasi, she was the fourth of seven children of a cocoa trader…'],
    ['She won a scholarship, a year before independence, and went on to the London School of Economics, where she completed a doctorate in 1964.', '1964', 'She went on to the London School of Economics, where she completed a doctorate'],
    // A date after "of" that is part of its noun phrase stays; a unit of time before "of" makes it a time phrase.
    ['We lost the whole of last August to it.', 'last August', 'We lost the whole of last August to it'],
    ["He graduated with the class of '85.", "'85", "He graduated with the class of '85"],
    ['The fairgrounds will host the festival on the first weekend of August.', 'August', 'The fairgrounds will host the festival'],
    ['The fairgrounds will host a gun show over Labor Day weekend.', 'Labor Day', 'The fairgrounds will host a gun show'],
    // A participle the date completes goes with it.
    ['Data from the Marine Survey Office published in January showed the channel had silted.', 'January', 'Data from the Marine Survey Office showed the channel had silted'],
    ['A report released on Tuesday found that nurses were overworked.', 'Tuesday', 'A report found that nurses were overworked'],
    ['The council announced on Tuesday plans to close the library.', 'Tuesday', 'The council announced plans to close the library'],
    // A date inside a relative clause with no comma: the noun it follows did it.
    ['The board approved the plan on Thursday, ending a dispute that began in March 2017.', 'March 2017', 'A dispute began'],
    ['Police arrested a man who escaped from prison in May.', 'May', 'A man escaped from prison'],
    ['It replaces a law which will expire in June.', 'June', 'A law will expire'],
    ['The library will reopen after repairs that followed flooding in summer 2025.', 'summer 2025', 'Repairs followed flooding'],
    ['The claim was brought by Joanne Okonkwo-Reid, a nurse from Swindon who bought a used car in March 2017.', 'March 2017', 'Joanne Okonkwo-Reid bought a used car'],
    ['Dr Pieter van Rooyen, a marine biologist at the University of Galway who has studied dolphins since 2009, agreed.', '2009', 'Dr Pieter van Rooyen has studied dolphins'],
    ['Advocates who sued on behalf of six homeless residents last month called the ruling a first step.', 'last month', 'Advocates sued on behalf of six homeless residents'],
    ['A former planning officer who took bribes from developers was jailed on 13 March 2019.', '13 March 2019', 'A former planning officer who took bribes from developers was jailed'],
    ['It was a scheme against people who trusted him," the prosecutor said on Monday.', 'Monday', '"It was a scheme against people who trusted him," the prosecutor said'],
    // The noun a relative clause's verb agrees with; a relative after a preposition puts the noun back.
    ['She argued for a national standard for bridge inspections that was eventually adopted in 1992.', '1992', 'A national standard for bridge inspections was eventually adopted'],
    ['Shares in Halvorsen, which have gained 18 per cent since January, rose 4.2 per cent.', 'January', 'Shares in Halvorsen have gained 18 per cent'],
    ['Born in Abeokuta, she was the only girl in her class at Yaba Higher College, from which she graduated in 1949.', '1949', 'She graduated from Yaba Higher College'],
    ['Born in Abeokuta on 2 May 1926, she was the only girl in her class at Yaba Higher College, from which she graduated.', '2 May 1926', 'Born in Abeokuta, she was the only girl in her class at Yaba Higher…'],
    ['He joined the Public Works Department, in which he served until 1961.', '1961', 'He served in the Public Works Department'],
    // A date that names which sitting goes alone; both ends of a range of parts of days go.
    ['The last time the two clubs met in a final, in April 1998, Lincoln won 3-0.', 'April 1998', 'The last time the two clubs met in a final, Lincoln won 3-0'],
    ['Archaeologists said the tree stumps, exposed on Monday as the water fell, were well preserved.', 'Monday', 'The tree stumps were exposed as the water fell'],
    ['The second quarter of this year was weak.', 'The second quarter of this year', 'The second quarter of this year was weak'],
    ["The '90s were calm.", "The '90s", "The '90s were calm"],
    ['The vote is in Sept.', 'Sept.', 'The vote is in Sept'],
    ['That was the first week of February 2007.', 'the first week of February 2007', 'That was the first week of February 2007'],
    ['The government would introduce legislation in the spring sitting of parliament.', 'the spring', 'The government would introduce legislation in the sitting of parliament'],
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
  it("leaves out a possessive year ('next year's budget') beside another date of its clause, not alone or across a comma", () => {
    assert.deepEqual(eventsOf("Trustees would begin work on next year's budget in the winter."), ['2023-WI']);
    assert.deepEqual(eventsOf("Small island states would push again at next year's talks."), ['2024']);
    assert.deepEqual(eventsOf("Brazil, which hosted last year's Cop30, said it would convene a meeting in March."), ['2022', '2024-03']);
  });
  it('leaves out the date a correction or a contrast sets aside', () => {
    const text = 'It was issued on Friday, not Thursday. The vote was moved to 2019 rather than 2018.';
    const events = analyze(text, { published: '2025-09-14' }).events;
    assert.deepEqual(events.map((e) => [e.date, e.summary]), [['2019', 'The vote was moved'], ['2025-09-12', 'It was issued']]);
  });
  it('leaves out a baseline or a record set off from the main clause, even as the only date', () => {
    assert.deepEqual(eventsOf('Revenue for the quarter was $412.7 million, compared with $349.8 million in the same quarter of 2022.'), []);
    assert.deepEqual(eventsOf('The river peaked at 14.2 metres on Tuesday, above the previous record set in 1954.'), ['2023-05-16']);
    assert.deepEqual(eventsOf('The party\'s vote share fell to 19.3 per cent, from 28.6 per cent in 2009.'), []);
  });
  it('leaves out a baseline level, a contract month and a record set before, not the ends of a range', () => {
    assert.deepEqual(eventsOf('The plan requires states to cut emissions by 32 percent from 2005 levels by 2030.'), ['2030']);
    assert.deepEqual(eventsOf('Kessler, 58, served two terms as governor of Ohio, from 2007 to 2015.'), ['2007', '2015']);
    assert.deepEqual(eventsOf('Emissions climbed to 41.2 million tons in 2021, from 38.9 million tons a year earlier.'), ['2021']);
    assert.deepEqual(eventsOf('Corn futures for December delivery rose as high as $8.49 a bushel on Friday.'), ['2023-05-12']);
    assert.deepEqual(eventsOf('Demand will reach 87,500 megawatts on Wednesday, above the high of 80,525 megawatts set in January 2022.'), ['2023-05-17']);
  });
  it('leaves out the date a record or a gap is measured back to', () => {
    assert.deepEqual(eventsOf('Turnout statewide was 70 percent, the highest since 1992.'), []);
    assert.deepEqual(eventsOf('Sterling jumped more than 2%, its biggest one-day rise since early 2017.'), []);
    assert.deepEqual(eventsOf('Democrats have not won a Senate race in Texas since 1988.'), []);
    assert.deepEqual(eventsOf('It was the first time since 2015 that the club won the cup.'), []);
    assert.deepEqual(eventsOf('He has lived in Paris since 1992. The bank has grown steadily since 2010. Its interest since 2015 has grown.'), ['1992', '2010', '2015']);
  });
  it('makes no event of a heading, and writes summaries without Markdown or a speaker label', () => {
    const text = 'Third Quarter Fiscal 2026 Highlights\n\nPRESENTER (SIMON ACHTERBERG): The housing bill goes before the Senate on Thursday.\n\nThe council on **Friday** approved a contract with [Aquentis Water](https://example.com/a), the city said.';
    const events = analyze(text, { published: '2023-05-17' }).events;
    assert.deepEqual(events.map((e) => e.summary), ['The council approved a contract with Aquentis Water', 'The housing bill goes before the Senate']);
  });
  it('gives a quotation the strength of the cue that closes it in a later sentence', () => {
    const events = analyze('"Dredging was supposed to be done by 2018. We are still waiting," Lorna Baptiste said.', { published: '2019-10-03' }).events;
    assert.equal(events[0]?.date, '2018');
    assert.equal(events[0]?.strength, 4);
  });
  it('gives a later sentence of a quotation a cue introduces with a colon the strength of that cue', () => {
    const text = 'Chief executive Fiona Carrick said: "We deeply regret these failings. The inquiry will report by Christmas."';
    const events = analyze(text, { published: '2019-07-18' }).events;
    assert.equal(events[0]?.date, '2019-12-25');
    assert.equal(events[0]?.strength, 4);
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
  it('lowers the first word of what was said when it moves after the cue, not a name', () => {
    assert.deepEqual(eventsOf('Fewer than half of the clinics had a laboratory, a ministry report found on Monday.'),
      [['2025-05-26', 5, 'A ministry report found fewer than half of the clinics had a laboratory']]);
    assert.deepEqual(eventsOf('NAIROBI: The clinics will reopen, the ministry said on Monday.'),
      [['2025-05-26', 3, 'The ministry said the clinics will reopen']]);
    assert.deepEqual(eventsOf('Grace Wanjiru would lead the program, the ministry said on Monday.'),
      [['2025-05-26', 3, 'The ministry said Grace Wanjiru would lead the program']]);
  });
  it('keeps a quotation in quotation marks', () => {
    assert.deepEqual(eventsOf('"We will expand the program to every county," Grace Wanjiru said Tuesday.'),
      [['2025-05-27', 4, 'Grace Wanjiru said: “We will expand the program to every county”']]);
  });
  it('is the statement when the time follows a listener, which the summary keeps', () => {
    const told = analyze('Earl Watkins died Saturday at a hospice, his nephew, Curtis Watkins, told The Associated Press on Monday.', { published: '2025-06-03' }).events;
    assert.deepEqual(told.map((e) => [e.date, e.strength, e.summary]),
      [['2025-05-31', 4, 'Earl Watkins died at a hospice'], ['2025-06-02', 4, 'His nephew, Curtis Watkins, told The Associated Press Earl Watkins died Saturday…']]);
    assert.deepEqual(eventsOf('Keane told reporters on Tuesday that she would testify.'), [['2025-05-27', 3, 'Keane told reporters she would testify']]);
  });
  it('leaves out the date of a document a trailing cue names beside the day of what happened', () => {
    assert.deepEqual(eventsOf('On the night of July 23, a resident fell in a hallway, according to a state inspection report released in October.').map((e) => e[0]), ['2024-07-23']);
    assert.deepEqual(eventsOf('More than 700 officers have been killed since April 2023, according to figures released by the ministry last month.').map((e) => e[0]), ['2025-05']);
  });
  it('leaves a date in the source\'s own description to the sentence', () => {
    assert.deepEqual(eventsOf('Grace Mwangi, who joined the ministry in 2019, said the plan had failed.'),
      [['2019', 0, 'Grace Mwangi joined the ministry']]);
  });
  it('tells the event of a date in a relative clause or a participle aside, whatever follows it', () => {
    const events = analyze('Lord Strathdee jailed McIlwraith, who had pleaded guilty last month, for eight years. Romero\'s tenure, which began in December 2024, has been rocky. The cyber division, set up in June, issued an advisory.', { published: '2025-06-04' }).events;
    assert.deepEqual(events.map((e) => [e.date, e.summary]), [['2024-12', "Romero's tenure began"], ['2025-05', 'McIlwraith had pleaded guilty'], ['2025-06', 'The cyber division was set up']]);
  });
});

describe('event summaries cut every time phrase whole', () => {
  const summaries = (text: string, published = '2025-02-12') => analyze(text, { published }).events.map((e) => [e.date, e.summary]);
  it('cuts a range with its "between" and a date with its preposition', () => {
    assert.deepEqual(summaries('Between 1971 and 1978 he recorded nine albums for Crestline Records.'),
      [['1971', 'He recorded nine albums for Crestline Records'], ['1978', 'He recorded nine albums for Crestline Records']]);
    assert.deepEqual(summaries('Over the weekend, fans gathered outside the former Crestline studio.').map((e) => e[1]),
      ['Fans gathered outside the former Crestline studio']);
    assert.deepEqual(summaries('A medical could take place as early as Friday.').map((e) => e[1]), ['A medical could take place']);
  });
  it('cuts the other dates of the sentence too', () => {
    assert.deepEqual(summaries('Net profit for the July-September quarter fell 31% from a year earlier to 38.6 billion yen, the company said.', '2024-11-08')
      .find((e) => e[0] === '2024-Q3'), ['2024-Q3', 'Net profit fell 31% to 38.6 billion yen']);
    assert.deepEqual(summaries('The company now expects adjusted earnings per share for fiscal 2025 of $5.10 to $5.30.', '2025-08-06').map((e) => e[1]),
      ['The company expects adjusted earnings per share of $5.10 to $5.30']);
  });
  it('says what a phrase set off by commas tells of its noun: "dated …", "published in …"', () => {
    assert.equal(summarize('The memo, dated September 30 and signed by Natalie Brandt, says the plan will be completed by March.', { start: 0, end: 100 }, { start: 16, end: 28 }),
      'The memo was signed by Natalie Brandt');
    assert.deepEqual(summaries('A previous analysis by the same group, published in the autumn of 2022, found a similar pattern.').map((e) => e[1]),
      ['A previous analysis by the same group was published']);
    assert.deepEqual(summaries('The contracts went to Hidrotecnia del Pacífico, a firm founded in 2019 by Jorge Ochoa.').map((e) => e[1]),
      ['Hidrotecnia del Pacífico was founded by Jorge Ochoa']);
  });
});

describe('event summaries are a clause: who did what', () => {
  const summaries = (text: string, published = '2025-06-27') => analyze(text, { published }).events.map((e) => e.summary);
  it('stops at a second verb after "and" that has its own date, whatever commas its phrase holds', () => {
    assert.deepEqual(summaries('The company revived its battery effort in mid-2022 and opened a pilot cell line in Toledo, Ohio, in June 2024.')[0],
      'The company revived its battery effort');
  });
  it('drops a dateline and joins the subject to the predicate after the date', () => {
    assert.deepEqual(summaries('WASHINGTON — The Supreme Court on Thursday upheld a Montana law on drones.'), ['The Supreme Court upheld a Montana law on drones']);
  });
  it('keeps the subject and leaves out an apposition that makes the summary too long', () => {
    assert.deepEqual(summaries('Lionel Carraway, the soul singer whose tenor carried a string of hits in the 1970s, died on Sunday at his home in Ann Arbor, Michigan.', '2025-02-12'),
      ['Lionel Carraway, the soul singer whose tenor carried a string of hits', 'Lionel Carraway died at his home in Ann Arbor, Michigan']);
    assert.deepEqual(summaries('The research, led by Dr. Priya Ramanathan of the University of Edinburgh, followed 4,212 participants aged 65 to 84 between 2014 and 2023.'),
      ['The research followed 4,212 participants aged 65 to 84', 'The research followed 4,212 participants aged 65 to 84']);
  });
  it('puts the name for the relative pronoun of a content without a verb', () => {
    assert.deepEqual(summaries('Halden has been under pressure from activist investor Corbin Partners, which disclosed a 4 percent stake in the spring.', '2025-08-06'),
      ['Corbin Partners disclosed a 4 percent stake']);
  });
  // s25-at
  it('puts the ruling, not the court that issued it, for a relative pronoun of what only a ruling undergoes', () => {
    assert.deepEqual(summaries('The Supreme Court allowed the builder to resume work, setting aside a stay order from the Bombay High Court, which was vacated on Friday after a deposit.', '2017-09-12'),
      ['A stay order was vacated after a deposit']);
    // (What a body undergoes is said of the body: "a report by the Halden Institute, which was founded in 1990".)
    assert.ok(summaries('The figures come from a report by the Halden Institute, which was founded in 1990.', '2017-09-12').some((t) => /^The Halden Institute was founded/.test(t)));
  });
  it('puts the name for a relative pronoun after the town and region that locate it', () => {
    assert.deepEqual(summaries('The drug was developed by Ionis Pharmaceuticals in Carlsbad, California, which licensed it to Novartis in 2017.', '2026-03-11'),
      ['Ionis Pharmaceuticals licensed it to Novartis']);
    // (Only a name before "in": a common noun there, "a farm", is not what the relative is about.)
    assert.ok(!summaries('He grew up on a farm in Carlsbad, California, which was founded in 1952.', '2026-03-11').some((t) => /farm was founded/.test(t)));
  });
  it('keeps the words around a cut date grammatical', () => {
    assert.deepEqual(summaries("Tuesday's vote was close."), ['The vote was close']);
    assert.deepEqual(summaries('The Elmridge Water Authority knew about the lead in 2022, but did not notify residents until November 2024.'),
      ['The Elmridge Water Authority knew about the lead', 'The Elmridge Water Authority did not notify residents']);
  });
    it('summarizes the noun a date modifies after "before"', () => {
    assert.deepEqual(summaries('The scandal comes weeks before the June 2 general election, in which Mexicans will choose a new president.', '2024-03-14'),
      ['The general election']);
  });
  it('stops at a second verb after "but" that has its own date', () => {
    assert.deepEqual(summaries('She retired in 1996 but continued to teach at the university until 2005.', '2011-04-17')[0], 'She retired');
  });
  it("dates a relative clause in a source by its own time, and keeps the article of a relative pronoun's antecedent", () => {
    assert.deepEqual(summaries('Advocates who sued on behalf of six homeless residents last month called the ruling "a first step".', '2023-10-19'),
      ['Advocates sued on behalf of six homeless residents']);
    assert.deepEqual(summaries('The case is now before the Supreme Court, which agreed in January to hear it.', '2023-10-19'),
      ['The Supreme Court agreed to hear it']);
  });
  it("starts at a clause joined by 'and' with a subject and verb of its own, not at two nouns joined", () => {
    assert.deepEqual(summaries('The company cut 200 jobs and the union called a strike on Monday.', '2022-11-09'), ['The union called a strike']);
    assert.deepEqual(summaries('Smith and the mayor met on Monday.', '2022-11-09'), ['Smith and the mayor met']);
    assert.deepEqual(summaries('The railway said services between Guwahati and the coast had been suspended on Sunday.', '2022-11-09'),
      ['The railway said services between Guwahati and the coast had been suspended']);
  });
  it("tells what a noun's own thing did in a 'whose' clause", () => {
    assert.deepEqual(summaries('The 2.1-km flyover, whose foundation stone was laid in 2018, was originally scheduled to open later.', '2022-11-09'),
      ["The 2.1-km flyover's foundation stone was laid"]);
  });
  it('drops an insert that is only a participle and another date', () => {
    assert.deepEqual(summaries('A hosepipe ban in north-west England, announced last month, is due to come into force on Friday.', '2018-08-02'),
      ['A hosepipe ban in north-west England was announced', 'A hosepipe ban in north-west England is due to come into force']);
  });
  it('keeps the source when what it says opens with its own possessive', () => {
    assert.deepEqual(summaries('The Country Fire Authority said its own review would report by the end of June.', '2020-02-26'),
      ['The Country Fire Authority said its own review would report']);
  });
  it('cuts both ends of a range of parts of days', () => {
    assert.deepEqual(summaries('The review examined the hours from the morning of December 30 to the evening of January 1.', '2020-02-26'),
      ['The review examined the hours', 'The review examined the hours']);
  });
  it("leaves out the date of a figure set 'against' another", () => {
    assert.deepEqual(analyze('Net profit stood at Rs 12,548 crore in the third quarter, against Rs 11,200 crore in the preceding quarter.', { published: '2022-01-20' }).events.map((e) => e.date),
      ['2021-Q3']);
  });
  it('leaves out the year-earlier figure a change started from', () => {
    assert.deepEqual(analyze('Operating profit for the April-June period rose to 1.41 billion crowns from 1.15 billion a year earlier.', { published: '2024-08-15' }).events.map((e) => e.date),
      ['2024-Q2']);
  });
  it('keeps the sentence of a quotation whose clause is only a copula once its date is cut', () => {
    assert.deepEqual(summaries('"We were told in 2001 it would be built by 2004. Then it was 2006," she said.', '2009-05-01').slice(-1), ['Then it was 2006']);
  });
  it("gives a second verb after 'and' or 'but' its own date with the subject of the first", () => {
    assert.deepEqual(summaries('The company revived its battery effort in mid-2022 and opened a pilot cell line in Toledo, Ohio, in June 2024.'),
      ['The company revived its battery effort', 'The company opened a pilot cell line in Toledo, Ohio']);
    assert.deepEqual(summaries('She joined the bank in 1990 and retired in 2015.'), ['She joined the bank', 'She retired']);
  });
  it("gives a verb of a run or a schedule after 'and' its own date, with its subject", () => {
    assert.deepEqual(summaries("The Abbey Theatre's new Hamlet, which opened on Wednesday night and runs until 19 November, is the best in years.", '2022-11-04'),
      ['Hamlet opened', 'Hamlet runs']);
    assert.deepEqual(summaries('The exhibition opened on 3 May and runs until 12 September at the Hunterian.', '2025-05-10'),
      ['The exhibition opened', 'The exhibition runs at the Hunterian']);
    assert.deepEqual(summaries('Work begins in Sept. and ends by Mar. 2024.', '2022-05-06'), ['Work begins', 'Work ends']);
    // (A verb in the past with no "-ed" is no such verb: the second date keeps both.)
    assert.deepEqual(summaries('The unit broke down in October last year and returned to service on August 2.', '2023-08-20'),
      ['The unit broke down', 'The unit broke down and returned to service']);
  });
  it("keeps the verb of a relative clause set off in commas for the clause's own date, and ends it at its comma", () => {
    assert.deepEqual(summaries('The consultation, which began on Monday and closes on 30 January, asks residents about bins.', '2025-01-08'),
      ['The consultation began', 'The consultation closes']);
    assert.deepEqual(summaries('The strike, which started on Monday at three schools, has shut 40 schools.', '2025-03-12'), ['The strike started at three schools']);
    assert.deepEqual(summaries('The fiscal year, which ended June 30, was the best on record.', '2025-08-12'), ['The fiscal year ended']);
    assert.deepEqual(summaries('He joined the union, which began in 1901.', '2025-08-12'), ['The union began']);
  });
  it('closes an apposition in the speaker with its comma', () => {
    assert.deepEqual(summaries('Its chief executive, Lars-Erik Halvorsen, said on Monday that the firm had followed industry practice.', '2025-06-24'),
      ['Its chief executive, Lars-Erik Halvorsen, said the firm had followed industry practice']);
  });
  it('keeps who plans it when what is planned is an infinitive alone', () => {
    assert.deepEqual(summaries('The company plans to cut debt by $1 billion by March 31, 2022.', '2021-08-01'), ['The company plans to cut debt by $1 billion']);
  });
  it('ends a dated noun before a pronoun that opens the clause', () => {
    assert.deepEqual(summaries("After the '93 flood we spent three years rebuilding.", '2008-06-12'), ['The flood']);
  });
  it('keeps who expects it when what is expected is an object pronoun and an infinitive', () => {
    assert.deepEqual(summaries('They expect it to close in the first half of 2024.', '2023-09-01'), ['They expect it to close']);
  });
  it('keeps who expects or urges when what is said is an object and an infinitive', () => {
    assert.deepEqual(summaries('He expects final yields to be known by mid-November.', '2021-09-03'), ['He expects final yields to be known']);
    assert.deepEqual(summaries('Governors of six states urged the federal government to release emergency funds in September.', '2021-09-03'),
      ['Governors of six states urged the federal government to release emergency funds']);
    // (A content that opens with its own subject is a clause: "Eskom expects …" said by another.)
    assert.deepEqual(summaries('Eskom expects to suspend load-shedding for most of the summer, its chief operating officer said.', '2023-06-14'),
      ['Eskom expects to suspend load-shedding']);
  });
  it('keeps where or whose the happening was with the noun', () => {
    assert.deepEqual(summaries('Relations have been tense since the 2020 election in Belarus, which the EU called fraudulent.', '2024-03-14'),
      ['The election in Belarus']);
  });
});

describe('events of a denial', () => {
  const eventsOf = (text: string) => analyze(text, { published: '2025-06-27' }).events.map((e) => [e.date, e.strength, e.summary]);
  it('says who denied, never the denied claim as a fact', () => {
    assert.deepEqual(eventsOf('County Attorney Frank Dolan said the county would comply. He denied that deputies had acted improperly in 2021.'),
      [['2021', 4, 'Frank Dolan denied that deputies had acted improperly']]);
    assert.deepEqual(eventsOf('Frank Dolan denied on Monday that deputies had acted improperly.'),
      [['2025-06-23', 4, 'Frank Dolan denied that deputies had acted improperly']]);
  });
});

describe('dates that are no event of their own', () => {
  const eventsOf = (text: string, published: string) => analyze(text, { published }).events.map((e) => [e.date, e.summary]);
  it('leaves out a decade used as an adjective', () => {
    assert.deepEqual(eventsOf('A drought in the 1990s-era reservoir system led to protests.', '2025-06-18'), []);
  });
  it('leaves out "this year" beside a date inside it, and keeps a baseline a "when" clause tells of', () => {
    assert.deepEqual(eventsOf('The yen has gained about 9% since early July, when the Bank of Japan raised interest rates for the second time this year.', '2024-11-08'),
      [['2024-07', 'The Bank of Japan raised interest rates']]);
  });
  it('tells what a "when" clause says happened at a date that a clause is', () => {
    const rows: [string, string, string][] = [
      ['The last time Columbus voters considered a transit tax was in March 2016, when a smaller levy passed.', '2026-11-20', 'A smaller levy passed'],
      ['The levy passed in March 2016, when turnout was low.', '2026-11-20', 'The levy passed'],
    ];
    for (const [text, published, summary] of rows) assert.equal(eventsOf(text, published)[0]?.[1], summary, text);
  });
});

describe('the strength of an event told as hearsay', () => {
  it('is the hearsay\'s, whoever the sentence names', () => {
    const events = analyze('Republican challenger Owen Marsh trailed. Marsh reportedly told supporters he would not concede before Wednesday morning.', { published: '2025-06-01' }).events;
    assert.deepEqual(events.map((e) => [e.date, e.strength]), [['2025-06-04', 0]]);
  });
});

describe('one event per dated statement', () => {
  const eventsOf = (text: string, published: string) => analyze(text, { published }).events.map((e) => [e.date, e.strength, e.summary]);
  it('makes one event of a day and the clock times on it', () => {
    const events = eventsOf('Visitation will be held Friday from 4 p.m. to 7 p.m. at the Moravec Funeral Home on Main Street.', '2025-04-17');
    assert.deepEqual(events, [['2025-04-18', 0, 'Visitation will be held at the Moravec Funeral Home on Main Street']]);
  });
  it('keeps the best-sourced reading when a dateline and the text name the same day', () => {
    const events = eventsOf('MANILA, Nov 5 (Reuters) - Typhoon Kalmaegi has killed at least 114 people, disaster officials said on Wednesday.', '2025-11-05');
    assert.equal(events.length, 1);
    assert.equal(events[0][1], 1);
  });
  it('gives a dateline day no event beside the day the sentence tells of, and leaves the agency out of the summary', () => {
    assert.deepEqual(eventsOf('Aug 7 (Reuters) - A federal appeals court on Thursday revived a lawsuit.', '2026-08-07'),
      [['2026-08-06', 0, 'A federal appeals court revived a lawsuit']]);
    assert.deepEqual(eventsOf('LONDON, Aug 7 (Reuters) - Shares fell on Thursday.', '2026-08-07'), [['2026-08-06', 0, 'Shares fell']]);
    assert.deepEqual(eventsOf('Aug 7 (Reuters) - Shares fell sharply.', '2026-08-07'), [['2026-08-07', 0, 'Shares fell sharply']]);
    assert.equal(eventsOf('Shares fell on Aug 7 - and again on Thursday.', '2026-08-07').length, 2);
  });
  it('makes one event of a month with "of that year"', () => {
    assert.deepEqual(eventsOf('The foundation was registered in 2016. Its first project opened in September of that year, funded by a grant.', '2026-05-04'),
      [['2016', 0, 'The foundation was registered'], ['2016-09', 0, 'Its first project opened, funded by a grant']]);
  });
  it('cuts "in the early hours of" with its day, and keeps the verb before it', () => {
    assert.deepEqual(eventsOf('Climate talks in Antalya ended in the early hours of Saturday with a pledge.', '2026-11-21'),
      [['2026-11-21', 0, 'Climate talks in Antalya ended with a pledge']]);
    assert.deepEqual(eventsOf('Talks ran for 12 hours on Friday.', '2026-11-21'), [['2026-11-20', 0, 'Talks ran for 12 hours']]);
  });
  it('drops the quotation marks around a quotation whose opening word was a time', () => {
    assert.deepEqual(eventsOf('"Now they\'re saying 2028 at the earliest," he said.', '2026-06-18').map((e) => e[2]), ['They\'re saying, he said']);
  });
  it('leaves a time in another zone out of the summary', () => {
    const events = eventsOf('The truce, brokered by Saudi Arabia, began at 6am local time (04:00 GMT) on Tuesday.', '2025-06-10');
    assert.deepEqual(events, [['2025-06-10', 0, 'The truce, brokered by Saudi Arabia, began']]);
  });
});

describe('events of a table', () => {
  const text = '---\npublished: 2026-03-14\n---\n\n| When | What | Who |\n|---|---|---|\n| March 3 | Talks collapsed at Acme Corp | Dana Okafor |\n'
    + '| Early 2025 | A complaint was filed |  |\n| The union said on March 12 that it would appeal | | |\n';
  const events = analyze(text).events;
  it('tells a date that is a cell of its own by the other cells of its row, and spans the row', () => {
    const march = events.find((e) => e.date === '2026-03-03')!;
    assert.equal(march.summary, 'Talks collapsed at Acme Corp · Dana Okafor');
    assert.equal(text.slice(march.start, march.end), '| March 3 | Talks collapsed at Acme Corp | Dana Okafor |');
    assert.deepEqual(march.entities.length, 2);
    assert.equal(events.find((e) => e.date === '2025')!.summary, 'A complaint was filed');
  });
  it('summarizes a cell that is a sentence as any sentence', () => {
    assert.equal(events.find((e) => e.date === '2026-03-12')!.summary, 'The union said it would appeal');
  });
});

