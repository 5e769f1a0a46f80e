import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { parseDocument } from '../../server/src/core/document';
import { findDates } from '../../server/src/core/dates';
import { calendarParsers, PROBE_KEEP, PROBE_NOISE, PROBE_SEPARATOR } from '../../server/src/core/dates/chronoPass';
import type { DateMention, TimexMod } from '../../server/src/core/types';

const PUB = '2026-02-07'; // a Saturday, like the seed article

function dates(text: string, published: string | null = PUB): DateMention[] {
  return findDates(parseDocument(text), published);
}

/** [sentence, published, expected text, value, mod] */
type Row = [string, string | null, string, string | null, TimexMod];

const ROWS: Row[] = [
  // A retailer's period of whole weeks to a day near a quarter's end: its half, quarter or year.
  ['Like-for-like sales rose 16.9% in the 26 weeks to 2 July, the chain said.', '2022-07-27', 'the 26 weeks to 2 July', '2022', 'START'],
  ['Sales rose 3% in the 13 weeks to 1 April, the chain said.', '2023-04-27', 'the 13 weeks to 1 April', '2023-Q1', null],
  // A day written again without its year is the same day, unless the weekday written with it is not that day's.
  ['He was born on 29 Nov. 1950.\n\nIt happened on Sunday, 29th November.', '2026-11-30', 'Sunday, 29th November', '2026-11-29', null],
  ['Troops landed on June 6, 1944. On the morning of Tuesday, June 6, the weather cleared.', '2024-06-10', 'Tuesday, June 6', '1944-06-06', null],
  // A time something is due, set off before a verb of the present or the future, lies ahead.
  ['Diwali releases, due in mid-November, are expected to slow its run.', '2023-09-17', 'mid-November', '2023-11', 'MID'],
  ['The report, due in March, was delayed.', '2023-09-17', 'March', '2023-03', null],
  // A when-clause of a year ends at ", and": what follows is not of that year.
  ['It lost about $40 million in 2020, when the pandemic wiped out most of the calendar, and expects to break even this financial year, which ends on December 31.', '2021-10-05', 'December 31', '2021-12-31', null],
  ['The last big cut was in 2017, when Walker signed a plan in late September.', '2021-10-05', 'late September', '2017-09', 'END'],
  ['In 2022, the start of the year was delayed for a week because of a shortage of bus drivers.', '2025-08-11', 'the start of the year', '2022-01', null],
  ['The start of the year was slow, the firm said.', '2025-08-11', 'The start of the year', '2025-01', null],
  // A result that opens the way to what lies ahead: its day is the nearest, whatever the tense of what it opens.
  ["Sydney will face Geelong in Saturday's grand final after edging Collingwood by a single point on Friday night.", '2022-09-18', 'Friday', '2022-09-16', null],
  ['Rovers will meet City in the final on May 20 after beating Town on May 9.', '2019-05-12', 'May 9', '2019-05-09', null],
  ['The team will fly home after playing on Friday.', '2022-09-13', 'Friday', '2022-09-16', null],
  ['Schools will be closed Monday through Friday.', '2025-08-09', 'Friday', '2025-08-15', null],
  ['The strike ran Monday through Friday.', '2025-08-09', 'Monday', '2025-08-04', null],
  // A fiscal year ending inside a calendar quarter: its quarters are the calendar quarters they end in.
  ['Halcyon said its profit doubled in its fiscal third quarter.\n\nNet income for the quarter ended Oct. 27 rose to $1.9 billion.', '2024-11-21', 'third quarter', '2024-Q4', null],
  ['Halcyon said its profit doubled in its fiscal third quarter.\n\nNet income for the quarter ended Oct. 27 rose to $1.9 billion.\n\nFor the fourth quarter, the company forecast revenue of $7 billion.', '2024-11-21', 'the fourth quarter', '2025-Q1', null],
  ['We found out at 6 p.m. on a Sunday, she said.', '2025-08-11', 'a Sunday', null, null],
  // A warning's window is read over a long reach; a weekend with no tense is the nearest, as a weekday is.
  ['The Met Office has issued amber wind warnings for much of Wales and south-west England from 3am until 9pm on Saturday, as the storm approaches.', '2024-12-06', '9pm on Saturday', '2024-12-07', null],
  ['People are urged to check on elderly neighbours over the weekend.', '2024-12-06', 'the weekend', '2024-W49', null],
  ['People are urged to check on elderly neighbours over the weekend.', '2024-12-03', 'the weekend', '2024-W48', null],
  // What ran on until the small hours after a day the sentence named ended on the next day; not a range that began in them.
  ['On 30 November, TDs sat until 1.15am to pass the Finance Bill.', '2017-12-15', '1.15am', '2017-12-01', null],
  ['On 30 November, the road was closed from 1am to 5am.', '2017-12-15', '5am', '2017-11-30', null],
  ['On 30 November, the meeting began at 10am and ran until 1pm.', '2017-12-15', '1pm', '2017-11-30', null],
  // A bare day placed in the year of the month its paragraph wrote keeps the story in that year.
  ['The pandemic reached the port in late October 1918, aboard a liner which docked on October 12. By the second week of November, schools had closed.', '2018-11-10', 'the second week of November', '1918-W46', null],
  ['The pandemic reached the port in late October 1918, aboard a liner which docked on October 12. In November, schools closed.', '2018-12-10', 'November', '1918-11', null],
  ['One hundred years ago this week, Auckland was a city in lockdown.', '2018-11-10', 'One hundred years ago', '1918', null],
  // A bare month after a dated one in its sentence goes on from it, but not across a new reported clause.
  ['She said homelessness had risen every month since July 2014 and that the figure for October, published last week, was the highest on record.', '2017-12-15', 'October', '2017-10', null],
  ['She complained in January 2018 and again in March.', '2019-12-15', 'March', '2018-03', null],
  // Counted back from a run of months with no value, a year before has none either (not from the time named last).
  ['The doors were unlocked on Christmas Eve 2022.\n\nThe council said it had prosecuted 14 landlords in the past 12 months, up from nine the year before.', '2024-03-15', 'the year before', null, null],
  ['The doors were unlocked on Christmas Eve 2022.\n\nThe council said it had prosecuted 14 landlords that year, up from nine the year before.', '2024-03-15', 'the year before', '2021', null],
  // Feasts of a lunar calendar: the Lunar New Year from a table of known days; the others found, with no day.
  ['Factories will close for two weeks over Lunar New Year.', '2026-01-10', 'Lunar New Year', '2026-02-17', null],
  ['Travel peaked before Chinese New Year in 2019, the airline said.', '2026-01-10', 'Chinese New Year in 2019', '2019-02-05', null],
  ['Passengers celebrated the Lunar New Year on board.', PUB, 'Lunar New Year', '2025-01-29', null],
  ['Sales rose ahead of Diwali, the company said.', '2023-10-30', 'Diwali', null, null],
  ['Families gathered for Eid al-Fitr last week.', '2024-04-15', 'Eid al-Fitr', null, null],
  ['The shops will be shut for Hanukkah.', '2024-12-01', 'Hanukkah', null, null],
  // A state that holds now "until" a name of what falls on the date lies ahead, past the name.
  ['Demand should stay strong through the festive season, which began with Navratri last month and runs until Diwali on November 12.', '2023-11-03', 'November 12', '2023-11-12', null],
  ['The festival ran until Diwali on November 12.', '2023-12-03', 'November 12', '2023-11-12', null],
  // A bare season told in the past where the story stands years back is of an undated time of the story; "the winter months" no one season.
  ['She was born on 3 May 1924 in Carna. Her father fished for lobster in the summer and cut turf in the spring.', '2009-02-27', 'the spring', null, null],
  ['Demand for heating oil peaks in the winter months.', '2009-02-27', 'the winter', null, null],
  ['The plant opened in 1998. It closed in the spring, the company said last week.', '2009-06-27', 'the spring', '2009-SP', null],
  ['The council met in March. It had cut the budget in the spring.', '2009-06-27', 'the spring', '2009-SP', null],
  // A quarter of a fiscal year written "2023-24": the calendar quarter when the story says when the year ends, else none.
  ['Revenue for the second quarter of 2023-24 rose 32% to Rs 1.05 lakh crore.', '2023-11-03', 'the second quarter of 2023-24', '2023-Q3', null],
  ['Sales in the second quarter of 2023-24 rose 5%. The group’s financial year ends in June.', '2024-02-20', 'the second quarter of 2023-24', '2023-Q4', null],
  ['Sales in the second quarter of 2023-24 rose 5%.', '2024-02-20', 'the second quarter of 2023-24', null, null],
  // A half of a fiscal year: with the year ending in June, a calendar half; ending in March or September, no value.
  ['Net income for the six months ended 30 September was up 24.6% on H1 FY21, the company said. Guidance for the full financial year to March 2022 is unchanged.', '2021-11-11', 'H1 FY21', null, null],
  ['Revenue for the first half of the financial year rose 37%, the company said in a filing. It made Rs 3,764 crore.', '2023-11-03', 'the first half of the financial year', null, null],
  ["Profit for H1 FY22 rose 8%, the bank said. Its financial year ends in June.", '2022-02-15', 'H1 FY22', '2021', 'END'],
  // a month that bounds a year across two years: it ends in the second, begins in the first
  ['The council said the fiscal year 2025-26 ends in March.', '2024-11-20', 'March', '2026-03', null],
  ['The club said the 2023/24 season, which began in August, had been its best.', '2024-09-15', 'August', '2023-08', null],
  ['The school year 2019-20 ended in June, the board said.', '2021-09-01', 'June', '2020-06', null],
  ['The academic year 2027-28 begins in September.', '2026-02-01', 'September', '2027-09', null],
  ['Output rose 9% between 1990-95 and fell in March.', '1996-06-01', 'March', '1996-03', null],
  ["Profit for H2 FY22 rose 8%, the bank said. Its financial year ends in June.", '2022-08-15', 'H2 FY22', '2022', 'START'],
  ['Profit for H1 2024 rose 8%, the bank said.', '2024-08-15', 'H1 2024', '2024', 'START'],
  // A day of the month alone right after a month the story named is of that month.
  ['Critics say the budget was blown by the middle of December.\n\nWe had three big storms in ten days, starting on the 8th.', '2012-01-20', 'the 8th', '2011-12-08', null],
  ['The mill closed in May 1998. Its owner was arrested on the 14th.', '2012-01-20', 'the 14th', '1998-05-14', null],
  ['The rally was held in March. It will resume on the 28th.', '2024-04-03', 'the 28th', '2024-04-28', null],
  // (Beside a time of the publication's year, the night just past stays.)
  ['Russia fired 40 drones overnight, the most since March.', '2025-06-04', 'overnight', '2025-06-04', null],
  ['The fire broke out at 3am on Sunday.', '2025-06-04', '3am on Sunday', '2025-06-01', null],
  // "the previous Christmas", "the following Easter": the one before or after the time the story last named.
  ['She gave her last performance in July 2007. Friends said she had been unwell since the previous Christmas.', '2009-02-27', 'the previous Christmas', '2006-12-25', null],
  ['The family moved to Cork in March 1950. The following Easter, the children made their communion.', '2009-02-27', 'The following Easter', '1950-04-09', null],
  ['He has been unwell since the previous Christmas.', '2009-02-27', 'the previous Christmas', '2008-12-25', null],
  // (Quarters of a game in one place do not make a business story's quarters a game's.)
  ['The club scored 30 points in the final quarter.\n\nThe club reported revenue growth in the third quarter.', '2022-09-18', 'the third quarter', '2022-Q3', null],
  // chrono reads "first until 12 February" as a range from the 1st: the day written is the 12th.
  ['The hearing was adjourned twice, first until 12 February and then until this week.', '2024-03-15', '12 February', '2024-02-12', null],
  ['The talks were extended, first until 30 June and later until the end of the year.', '2024-08-15', '30 June', '2024-06-30', null],
  // A day set in the past for something lies within months ahead of the telling, else it is the one just past.
  ['The case was adjourned until 12 February.', '2024-03-15', '12 February', '2024-02-12', null],
  ['The case was adjourned until 20 November for sentencing.', '2024-03-15', '20 November', '2024-11-20', null],
  ['The trial was postponed until March 2.', '2026-02-07', 'March 2', '2026-03-02', null],
  // A bare day that a weekday of the text already placed is that day, not one in the year of a season named before it.
  ['Lakes have shrunk, a study published Wednesday found.\n\nThe team began fieldwork in the spring of 2017 and spent two summers near Inuvik. The study appeared in the journal on June 19.', '2019-06-21', 'June 19', '2019-06-19', null],
  ['In the spring of 1944, commanders gathered in Portsmouth. On June 5 the order was given.', '2024-06-07', 'June 5', '1944-06-05', null],
  // the next paragraph of a history goes on in the year of its full date; a day set off after a date it falls on is that date
  ['The cable arrived late on November 11, 1918, and crowds filled the square.\n\nOn November 12 the Premier declared a public holiday.', '2018-11-10', 'November 12', '1918-11-12', null],
  ['The cable arrived late on November 11, 1918, and crowds filled the square.\n\nArmistice Day brought thousands to the park.', '2018-11-20', 'Armistice Day', '1918-11-11', null],
  ['The cable arrived late on November 11, 1918.\n\nOn November 12 schools closed.\n\nOn November 14 the trams ran again.', '2018-11-10', 'November 14', '1918-11-14', null],
  ['Armistice Day, November 11, brought crowds into the streets.', '2018-11-20', 'November 11', '2018-11-11', null],
  ['The cable arrived late on November 11, 1918.\n\nArmistice Day, November 11, brought crowds into the streets.', '2018-11-10', 'November 11', '1918-11-11', null],
  ['The ceasefire was signed on Christmas Eve, December 23, after talks ran late.', '2019-01-10', 'December 23', '2018-12-23', null],
  ['The bridge opened on 3 May 1961, and the minister cut the ribbon.\n\nLast week the council said it closed on May 9 for repairs.', '2024-06-01', 'May 9', '2024-05-09', null],
  // a year opening a sentence is the time of its paragraph: a later sentence's first bare month or day told in the past
  ['In 1961 he was sent to build a bridge over the river. Work began in March, and the bridge opened the following year.', '2009-07-03', 'March', '1961-03', null],
  ['In 1961 he was sent to build a bridge over the river. Work began in March, and the bridge opened the following year.', '2009-07-03', 'the following year', '1962', null],
  ['In 1987, the miners walked out. On October 3 the pits closed.', '2024-05-02', 'October 3', '1987-10-03', null],
  // (not one told ahead, nor after the text has named another time, nor in the next paragraph, nor after a year not fronted)
  ['In 1987, the miners walked out. Their union will mark the anniversary in March.', '2024-05-02', 'March', '2025-03', null],
  ['In 1987, the miners walked out. Last week, the museum reopened. It closed in March.', '2024-05-02', 'March', '2024-03', null],
  ['In 1987, the miners walked out.\n\nThe museum closed in March.', '2024-05-02', 'March', '2024-03', null],
  ['The plant opened in 1998. On March 3 it announced job cuts.', '2024-05-02', 'March 3', '2024-03-03', null],
  // "no earlier than" compares times: no past tense.
  ['It will now take place no earlier than January 12, the president said.', '2026-11-29', 'January 12', '2027-01-12', null],
  ['The plant opened earlier than planned, in March.', '2026-11-29', 'March', '2026-03', null],
  // "put off … until the new year", and any "new year" written in November or December: the one ahead.
  ['Commissioners put off a vote until after the new year.', '2026-11-29', 'the new year', '2027', null],
  ['Commissioners put the vote back until 4 January.', '2026-11-29', '4 January', '2027-01-04', null],
  ['Sales slowed in the new year, the retailer said.', '2026-06-10', 'the new year', '2026', null],
  // A year opening a sentence, or set off after its subject, dates the bare months told in the past in its clause.
  ["The county's last drought, in 2023, lasted from late June until mid-September.", '2026-11-29', 'late June', '2023-06', 'END'],
  ["The county's last drought, in 2023, lasted from late June until mid-September.", '2026-11-29', 'mid-September', '2023-09', 'MID'],
  ['In 2019 the river flooded twice, in March and in October.', '2026-11-29', 'October', '2019-10', null],
  ['In 2019 the river flooded, and in March the council built a wall.', '2026-11-29', 'March', '2026-03', null],
  ['The company, founded in 1998, reported a loss in March.', '2026-11-29', 'March', '2026-03', null],
  ['The restrictions last until March, officials said.', '2026-11-29', 'March', '2027-03', null],
  // A bare "due" in a sentence told in the future lies ahead; a range's "and" opens no clause.
  ['The dredging contract will be tendered in July, with bids due by 9 August.', '2024-08-15', '9 August', '2025-08-09', null],
  ['The contract was tendered in July, with bids due by 9 August.', '2024-08-15', '9 August', '2024-08-09', null],
  // A month of weather or of a record after a superlative or a weather word; not a name.
  ['The remains emerged after the driest July since records began in 1910.', '2018-08-02', 'July', '2018-07', null],
  ['It was a wet June.', '2018-08-02', 'June', '2018-06', null],
  // A proposal of an action is a plan: near the telling, on either side.
  ['The council had proposed shutting the branch at the end of April to save money.', '2016-03-04', 'the end of April', '2016-04', 'END'],
  ['The board had recommended closing the depot in January.', '2016-03-04', 'January', '2016-01', null],
  // A count in thousands of years ago names no date ("500 years ago" was read out of "4,500 years ago").
  ['The remains of a forest that grew some 4,500 years ago have emerged.', '2018-08-02', 'some 4,500 years ago', null, null],
  // A modal's "have" with a participle: a plan that did not come about, near the telling on either side.
  ['The ban would have allowed police to issue fines of up to $100 from Oct. 26.', '2023-10-19', 'Oct. 26', '2023-10-26', null],
  ['The plant would have opened in March had the loan gone through.', '2023-10-19', 'March', '2023-03', null],
  ['Solberg said the group would take delivery of four vessels between October and March, and that it expected more.', '2024-08-15', 'March', '2025-03', null],
  ['Solberg said the group would take delivery of four vessels between October and March, and that it expected more.', '2024-08-15', 'October', '2024-10', null],
  // The seed article's forms (news style, published Saturday 2026-02-07)
  ['"Let China come in," Trump said during a January 13 speech at the Detroit Economic Club.', PUB, 'January 13', '2026-01-13', null],
  ['The joint ventures would be majority-owned by US companies, Bloomberg reported Saturday, citing people familiar with the matter.', PUB, 'Saturday', '2026-02-07', null],
  ['The framework Farley discussed last month would let Chinese automakers build cars in the US.', PUB, 'last month', '2026-01', null],
  ['The Financial Times reported earlier this month that Ford was exploring a venture.', PUB, 'earlier this month', '2026-02', null],
  ["Tesla's Shanghai factory began construction on January 7, 2019, and opened quickly.", PUB, 'January 7, 2019', '2019-01-07', null],
  ['The plant commenced operations by the end of 2019, the company said.', PUB, 'the end of 2019', '2019-12', null],
  ['Toyota announced on February 5, 2025, plans to build a plant.', PUB, 'February 5, 2025', '2025-02-05', null],
  ['Construction of the facility commenced in June 2025.', PUB, 'June 2025', '2025-06', null],
  ['Completion is expected in August 2026 and production starting in 2027.', PUB, '2027', '2027', null],
  ['Officials believe that with Trump planning to visit China in April, a deal could materialize.', PUB, 'April', '2026-04', null],
  ['The strategy mirrors what China employed decades ago.', PUB, 'decades ago', null, null],
  ['China has progressively opened its auto sector over recent years.', PUB, 'recent years', null, null],
  ['The discussions came days after the president spoke.', PUB, 'days', null, null],
  ['Turnout fell sharply on the eve of the referendum, the pollster said.', PUB, 'the eve', null, null],

  // Tense decides the year of a month or day written without one
  ['The company said it will open a plant in April.', PUB, 'April', '2026-04', null],
  ['The plant opened in April.', PUB, 'April', '2025-04', null],
  ['The vote took place in March.', PUB, 'March', '2025-03', null],
  ['The summit is expected in October.', PUB, 'October', '2026-10', null],
  ['Officials met in October to discuss tariffs.', PUB, 'October', '2025-10', null],
  ['A summit in October.', PUB, 'October', '2025-10', null], // no tense: nearest
  ['A summit in May.', PUB, 'May', '2026-05', null], // no tense: nearest
  ['The ministers will meet in February.', PUB, 'February', '2026-02', null],
  ['The regulator fined the bank last December.', PUB, 'last December', '2025-12', null],
  ['Lehrich said that if his candidate were to win in November, she would sign it.', PUB, 'November', '2026-11', null],
  ['He visited Detroit on January 13 and will return on March 2.', PUB, 'March 2', '2026-03-02', null],
  ['He will arrive on Saturday.', '2026-02-04', 'Saturday', '2026-02-07', null],
  ['He arrived on Saturday.', '2026-02-04', 'Saturday', '2026-01-31', null],
  ['He arrived last Friday.', PUB, 'last Friday', '2026-02-06', null],
  // A quotation closed after its comma: the cue after it dates the saying, not what is said.
  ['"Ask me again in December," the winger said.', '2026-11-28', 'December', '2026-12', null],
  // (A title in quotation marks is no quotation of what someone said: the cue after it still dates the sentence.)
  ['On this week’s edition of “Politics Sunday,” the senator said the plan was dead.', '2016-10-01', 'Sunday', '2016-09-25', null],
  // "last Thursday week" (British): a week before last Thursday; "in a fortnight": two weeks on.
  ['The developer said last Thursday week that it would appeal.', '2026-06-11', 'last Thursday week', '2026-05-28', null],
  ['Peers will debate the amended bill in a fortnight.', '2026-06-11', 'a fortnight', '2026-W26', null],
  // A quarter "ending" on a day may end just ahead of a past report: the day is the nearest, and the quarter its own.
  ['For its second quarter, ending December 31, the firm guided sales of $2bn.', '2026-10-29', 'second quarter', '2026-Q4', null],
  // "from Sept. 13 onward": a span running on from a start that may already be past; the nearest such day.
  ['The emergency declaration covers the period from Sept. 13 onward.', '2027-09-14', 'Sept. 13', '2027-09-13', null],
  // "ends its financial year in June": the fiscal first quarter is July to September; the month is of every year.
  ['The group, which ends its financial year in June, said profit in its fiscal first quarter rose.', '2026-10-29', 'first quarter', '2026-Q3', null],
  ['The group, which ends its financial year in June, said profit in its fiscal first quarter rose.', '2026-10-29', 'June', null, null],
  // a story that counts the fiscal year's quarters counts a bare quarter so too, but not months the calendar names
  ['The group, which ends its financial year in June, said profit in its fiscal first quarter rose. Its purchase of a rival should close in Q3.', '2026-10-29', 'Q3', '2027-Q1', null],
  ['The group, which ends its financial year in June, said profit in its fiscal first quarter rose. A rival lost money in the July-September period.', '2026-10-29', 'the July-September period', '2026-Q3', null],
  ['The group, which ends its financial year in June, said profit in its fiscal first quarter rose. GDP grew in the calendar third quarter.', '2026-10-29', 'third quarter', '2026-Q3', null],
  ['Net profit for Q3 FY24 fell to ₹1,870 crore. Deliveries hit a record in the December quarter.', '2024-02-12', 'the December quarter', '2023-Q4', null],
  ['Net profit for Q3 FY24 fell to ₹1,870 crore in the October-December quarter.', '2024-02-12', 'the October-December quarter', '2023-Q4', null],
  // A sale told in the present is scheduled; the "am" of a clock time is no present copula.
  ['Tickets go on sale at 9am on Tuesday, the union said.', '2026-11-28', '9am on Tuesday', '2026-12-01', null],
  // a clause after a cue set off by commas goes on with the content before the cue, not with the cue's past tense
  ['Tickets go on sale at 9am on Tuesday, the RFU said in a statement, with season-ticket holders given priority until Nov. 30.', '2026-11-28', 'Nov. 30', '2026-11-30', null],
  ['The ferry resumes sailing on Monday, the operator said, with a reduced timetable until Dec. 4.', '2026-11-28', 'Dec. 4', '2026-12-04', null],
  ['Output fell sharply in October, the agency said, with the steepest drop on Dec. 2.', '2026-11-28', 'Dec. 2', '2025-12-02', null],
  ['They will meet next Tuesday.', PUB, 'next Tuesday', '2026-02-10', null],
  ['The minister spoke Sunday.', PUB, 'Sunday', '2026-02-01', null],
  ['Machado has been in the spotlight since Monday night’s debate.', PUB, 'Monday', '2026-02-02', null],

  ['I have decided that on Election Day, I will vote for him.', '2016-09-26', 'Election Day', '2016-11-08', null],
  ['In April, officials announced the plan.', '2026-10-07', 'April', '2026-04', null],
  ['If not reformed, the program should be allowed to expire on September 30.', '2026-09-12', 'September 30', '2026-09-30', null],
  ['Leaders are participating in a designated day on Nov. 1 when volunteers will canvass.', '2026-09-19', 'Nov. 1', '2026-11-01', null],
  ['The impact of Monday’s debate is still small.', '2016-09-30', 'Monday', '2016-09-26', null],
  ['The nominee continues to insist, most recently in a Labor Day interview, that he wants to release them.', '2016-09-08', 'Labor Day', '2016-09-05', null],

  // Year boundaries and leap years
  ['He spoke on December 20.', '2026-01-03', 'December 20', '2025-12-20', null],
  ['He will speak on December 20.', '2026-01-03', 'December 20', '2026-12-20', null],
  ['He will speak on January 5.', '2025-12-30', 'January 5', '2026-01-05', null],
  ['The report was released last week.', '2026-01-03', 'last week', '2025-W52', null],
  ['She was born on February 29.', PUB, 'February 29', '2024-02-29', null],
  ['The vote happened on Feb. 29, 2024.', PUB, 'Feb. 29, 2024', '2024-02-29', null],
  ['Sales rose last month.', '2026-01-15', 'last month', '2025-12', null],

  // Granularity follows the expression
  ['Sales rose this week.', PUB, 'this week', '2026-W06', null],
  ['Sales rose last week.', PUB, 'last week', '2026-W05', null],
  ['The talks started two weeks ago.', PUB, 'two weeks ago', '2026-W04', null],
  ['The plant will reopen three weeks from now.', PUB, 'three weeks from now', '2026-W09', null],
  ['The plant opened three years ago.', PUB, 'three years ago', '2023', null],
  ['Twenty-two years ago, a Times article hailed him.', PUB, 'Twenty-two years ago', '2004', null],
  ['The deal was signed yesterday.', PUB, 'yesterday', '2026-02-06', null],
  ['The board meets today.', PUB, 'today', '2026-02-07', null],
  ['The board meets tomorrow.', PUB, 'tomorrow', '2026-02-08', null],
  ['Profits fell last year.', PUB, 'last year', '2025', null],
  ['Profits will rise next year.', PUB, 'next year', '2027', null],
  ['Results are expected in the third quarter.', PUB, 'the third quarter', '2026-Q3', null],
  ['Sales fell in the third quarter.', PUB, 'the third quarter', '2025-Q3', null],
  ['Deliveries resume in Q2 2026.', PUB, 'Q2 2026', '2026-Q2', null],
  ['Revenue rose in the fourth quarter of 2025.', PUB, 'the fourth quarter of 2025', '2025-Q4', null],
  ['The model launches this spring.', PUB, 'this spring', '2026-SP', null],
  ['The strike ended last summer.', PUB, 'last summer', '2025-SU', null],
  ['The plant closed in the fall of 2019.', PUB, 'the fall of 2019', '2019-FA', null],
  ['Later start times were due in the fall semester of 2025.', PUB, 'the fall semester of 2025', '2025-FA', null],
  ['Japanese carmakers grew in the 1990s.', PUB, 'the 1990s', '199', null],
  ['Imports boomed in the early 2000s.', PUB, 'the early 2000s', '200', 'START'],
  ["Detroit's decline began in the '80s.", PUB, "the '80s", '198', null],
  ['Railways were built in the 19th century.', PUB, 'the 19th century', '18', null],
  ['The shares have risen 40% since the start of the calendar year.', '2024-02-21', 'the start of the calendar year', '2024-01', null],
  // "the 1800s", "the early 1900s": a century; "the 2000s" a decade
  ['The wreck dates from the late 1800s.', '2024-02-21', 'the late 1800s', '18', 'END'],
  ['The terrace was built in the early 1900s.', '2024-02-21', 'the early 1900s', '19', 'START'],
  ['Sales peaked in the early 2000s.', '2024-02-21', 'the early 2000s', '200', 'START'],
  // decades in words
  ['She joined the station in the mid-Fifties and left in 1971.', '2001-08-12', 'the mid-Fifties', '195', 'MID'],
  ['Rents have not been this high since the Seventies.', '2019-03-14', 'the Seventies', '197', null],
  ['Consumers in the Nineties will want smaller cars, he said.', '1993-05-02', 'the Nineties', '199', null],
  ['The economy boomed in the Sixties and Seventies.', '2019-03-14', 'Seventies', '197', null],
  ['It was a hit in the nineteen-sixties.', '2019-03-14', 'the nineteen-sixties', '196', null],
  // a weekday before a date written with "the" is that date's: one expression
  ['She was sworn in on Tuesday the 12th of March, the clerk said.', '2024-03-20', 'Tuesday the 12th of March', '2024-03-12', null],
  ['Polls close on Thursday the 4th.', '2024-03-20', 'Thursday the 4th', '2024-04-04', null],
  // "have got" is a present ("You've got the final on the 27th"); "the Thursday before" counts from the day named last
  ["You've got the grand final on the 27th. Nervous?", '2009-06-14', 'the 27th', '2009-06-27', null],
  ['He got the job on the 3rd.', '2009-06-14', 'the 3rd', '2009-06-03', null],
  ['The grand final is on the 27th. Ask me the Thursday before.', '2009-06-14', 'Thursday', '2009-06-25', null],
  ['The verdict came on 12 June. He had been told the Monday after.', '2009-07-14', 'Monday', '2009-06-15', null],
  ['Ask me the Thursday before.', '2009-06-14', 'Thursday', null, null],
  // "the 5th of this month", "the 28th of last month": that day of the month named from the publication's
  ['"The documents were served on the 5th of this month," counsel said.', '2008-02-07', 'the 5th of this month', '2008-02-05', null],
  ['The levy was paid on the 28th of last month.', '2008-03-02', 'the 28th of last month', '2008-02-28', null],
  ['The tribunal resumes on the 3rd of next month.', '2007-12-20', 'the 3rd of next month', '2008-01-03', null],
  ['The claim was filed on the 30th of last month.', '2008-03-02', 'the 30th of last month', null, null],
  ['They met on Sunday, the day after the vote.', '2024-03-20', 'Sunday', '2024-03-17', null],
  // "the weekend" placed by an event the sentence does not date: no value (the publication's weekend otherwise)
  ['He had spent the weekend before his arrest drafting a letter of confession.', '2019-03-14', 'the weekend', null, null],
  ['The crowd was the largest since the weekend of the cup final in August.', '2022-10-09', 'the weekend', null, null],
  ['Police made 40 arrests over the weekend, the force said on Monday.', '2019-03-18', 'the weekend', '2019-W11', null],
  // "the last Monday of October", "the first Tuesday in November": that weekday of the month, not "last Monday"
  ['The sale was first announced on the last Monday of October.', '2024-02-21', 'the last Monday of October', '2023-10-30', null],
  // "the last weekend of August": the ISO week of that Saturday; told in the past, a part of "the month" still ahead is of
  // the month the story last named, else of the month before
  ['The fair is held on the last weekend in June.', '2023-03-01', 'the last weekend in June', '2023-W25', null],
  ['Traffic will peak on the first weekend of October.', '2023-09-11', 'the first weekend of October', '2023-W40', null],
  ['The airport handled 3.4 million passengers in August. The last weekend of the month was the busiest.', '2023-09-11', 'The last weekend of the month', '2023-W34', null],
  ['Prices fell sharply in the last week of the month, traders said.', '2024-05-10', 'the last week of the month', '2024-W17', null],
  ['Prices will fall in the last week of the month, traders said.', '2024-05-10', 'the last week of the month', '2024-W22', null],
  ['Sales in April were flat, but they rose in the last week of the month.', '2024-04-29', 'the last week of the month', '2024-W17', null],
  ['Voters go to the polls on the first Tuesday in November.', '2026-09-14', 'the first Tuesday in November', '2026-11-03', null],
  ['The festival opens on the second Saturday of March 2025.', '2024-02-21', 'the second Saturday of March 2025', '2025-03-08', null],
  ['The club will hold its meeting on the fifth Friday of next month.', '2024-02-21', 'the fifth Friday of next month', '2024-03-29', null],
  ['The ferry sank last Monday in October 2023, the inquiry heard.', '2024-02-21', 'October 2023', '2023-10', null],
  // "the turn of the century": about the turn nearest the publication, or the one a named century began with
  ['Demand for steel has not been this strong since the turn of the century.', '2019-03-14', 'the turn of the century', '2000', 'APPROX'],
  ['Planners expect the suburb to double by the turn of the century.', '1994-09-02', 'the turn of the century', '2000', 'APPROX'],
  ['Vienna at the turn of the 20th century was a city of cafes.', '2012-05-05', 'the turn of the 20th century', '1900', 'APPROX'],
  ['By the turn of the millennium the firm employed 900 people.', '2016-11-04', 'the turn of the millennium', '2000', 'APPROX'],
  // (not the recent turn in a sentence of a time long before it)
  ['The mill, built in 1887, closed at the turn of the century.', '2019-03-14', 'the turn of the century', null, null],
  ['He is now the chief executive.', PUB, 'now', 'PRESENT_REF', null],
  ['The firm currently employs 500 people.', PUB, 'currently', 'PRESENT_REF', null],
  ['Such ventures failed in the past.', PUB, 'the past', 'PAST_REF', null],
  ['Such ventures may succeed in the future.', PUB, 'the future', 'FUTURE_REF', null],
  ['It happened in 1987.', PUB, '1987', '1987', null],

  ['Ford reported its results over the weekend.', '2016-10-03', 'the weekend', '2016-W39', null],
  ['They met at Thanksgiving 2015.', PUB, 'Thanksgiving 2015', '2015-11-26', null],
  ['The Senate voted on Christmas Eve.', PUB, 'Christmas Eve', '2025-12-24', null],
  ['Emissions fell below 2005 levels.', PUB, '2005', '2005', null],

  // Modifiers
  ['Prices peaked in late 2025.', PUB, 'late 2025', '2025', 'END'],
  ['The venture was set up in mid-2022.', PUB, 'mid-2022', '2022', 'MID'],
  ['The plant will open early next year.', PUB, 'early next year', '2027', 'START'],
  ['The brand was founded around 2010.', PUB, 'around 2010', '2010', 'APPROX'],
  ['The brand was founded in about 2010.', PUB, 'about 2010', '2010', 'APPROX'],
  ['The rules applied before 2020.', PUB, '2020', '2020', null],
  ['Emissions must halve by 2030.', PUB, '2030', '2030', null],
  ['Sales have doubled since 2016.', PUB, '2016', '2016', null],
  ['The partnership ended more than a decade ago.', PUB, 'more than a decade ago', '201', 'BEFORE'],
  ['The factory will open at the end of March.', PUB, 'the end of March', '2026-03', 'END'],
  ['The factory will open in early March.', PUB, 'early March', '2026-03', 'START'],
  ['The law takes effect at the beginning of 2027.', PUB, 'the beginning of 2027', '2027-01', null],
  ['The deal should close by the end of the year.', PUB, 'the end of the year', '2026-12', null],
  ['Sales rose in the first half of 2025.', PUB, 'the first half of 2025', '2025', 'START'],
  // A half with no "of", in a sentence of a business's figures, is one of the year
  ['Brightwell said operating profit fell 8 percent in the first half.', '2026-08-11', 'the first half', '2026', 'START'],
  ['The takeover is expected to close in the second half.', '2026-08-11', 'the second half', '2026', 'END'],
  ['Sales will rise in the second half of the year.', PUB, 'the second half of the year', '2026', 'END'],
  ['Construction stopped in the mid-1990s.', PUB, 'the mid-1990s', '199', 'MID'],

  // Vague expressions: found, value null
  ['Tariffs have risen recently.', PUB, 'recently', null, null],
  ['Tariffs have risen in recent months.', PUB, 'recent months', null, null],
  ['The brand left China a few years ago.', PUB, 'a few years ago', null, null],
  ['Sales slumped over the past few weeks.', PUB, 'the past few weeks', null, null],

  // Anaphoric expressions: read against the time the text mentioned last
  ['Profit rose in the second quarter. It was 4 million euros in the same period a year earlier.', '2026-07-23', 'the same period a year earlier', '2025-Q2', null],
  ['Its fiscal first quarter ended Sept. 30. Sales fell from the same quarter a year earlier.', '2024-11-13', 'the same quarter a year earlier', '2023-Q3', null],
  ['Sales in the week before Christmas were down 6 per cent on the same week a year earlier.', '2024-01-09', 'a year earlier', '2022-W52', null],
  ['Last week, footfall rose 3% compared with a year earlier.', '2024-03-09', 'a year earlier', '2023-W09', null],
  // a quarter a day ends, compared with a year back: the calendar quarter it mostly covers, a year earlier
  ['Sales in the quarter ended Oct. 27 rose 4 per cent from a year earlier.', '2024-11-20', 'a year earlier', '2023-Q3', null],
  ['Sales in the 13 weeks to 2 November were up 2% on a year earlier, the grocer said.', '2024-11-20', 'a year earlier', '2023-Q3', null],
  ['Revenue for the quarter ended Jan. 31 rose 9% from a year earlier.', '2024-03-05', 'a year earlier', '2022-Q4', null],
  ['Sales on Oct. 27 rose 4 per cent from a year earlier.', '2024-11-20', 'a year earlier', '2023', null],
  ['Last week, footfall rose 3% compared with a year earlier.', '2021-01-06', 'a year earlier', '2019-W52', null],
  ['Sales fell in the third quarter of 2023. Costs were higher than in the year-ago quarter.', PUB, 'the year-ago quarter', '2022-Q3', null],
  ['The company reported third-quarter results. Costs rose in the quarter, it said.', '2026-10-29', 'the quarter', '2026-Q3', null],
  ['The mine opened in 2014. Two years later, it closed.', PUB, 'Two years later', '2016', null],
  ['I arrived in the first week of February 2007. We had until the end of that month to find the money.', '2009-06-14', 'the end of that month', '2007-02', 'END'],
  // What has not happened yet may lie after publication, though its verb is a perfect.
  ['The trial had been delayed since February. Funding for the following year has not been confirmed.', '2011-06-17', 'the following year', '2012', null],
  ['The grant was renewed in March. The budget for the following year has yet to be set.', '2011-06-17', 'the following year', '2012', null],
  // (Not a clause told in the past that merely stands beside one: "… two years later; the club has not commented".)
  ['He was hired in March 2011 and fired two years later; the club has not commented.', '2011-06-17', 'two years later', null, null],
  // What a report made long after the story's day says: its "the previous night", "the day before" count from the day it was said.
  ['The assault happened on May 3. Ellison told the court on Tuesday that he had seen the accused the previous night.', '2011-06-17', 'the previous night', '2011-06-13', null],
  ['The fire broke out on 2 February. The caretaker told the inquest on Thursday that he had checked the boiler the day before.', '2016-03-12', 'the day before', '2016-03-09', null],
  // (Not a report made within days of the story's day, nor a time in what was reported that counts on from the story's day.)
  ['The crash happened on Friday, June 10. Police said on Monday that the driver had been drinking the previous night.', '2011-06-17', 'the previous night', '2011-06-09', null],
  ['The assault happened on May 3. Police said on Tuesday that the man was arrested that night.', '2011-06-17', 'that night', '2011-05-03', null],
  // A market's close is a price already made: its weekday is on or before the publication's day, whatever the tense.
  ['Investors will receive 1.2 new shares, a premium of 18% to Monday\'s closing price.', '2019-11-06', 'Monday', '2019-11-04', null],
  ['The bid values the company at 40% above Friday\'s closing price.', '2019-11-06', 'Friday', '2019-11-01', null],
  ['The new shares will be offered at a 7% discount to Thursday\'s close.', '2021-03-02', 'Thursday', '2021-02-25', null],
  // (Not a close of business or a closing date, which may lie ahead.)
  ['Nominations must be lodged by Friday\'s close of business.', '2019-11-06', 'Friday', '2019-11-08', null],
  ['He will decide before Friday\'s closing date.', '2019-11-06', 'Friday', '2019-11-08', null],
  // The edge or part of a time named before ("the end of that month") keeps its mod, as "the end of April" does.
  ['The strike began on 4 March 1998. By the middle of that month, the docks were idle.', '2001-05-02', 'the middle of that month', '1998-03', 'MID'],
  ['The firm was founded in 2004 and by the end of that year employed 40 people.', '2012-05-02', 'the end of that year', '2004-12', null],
  ['Talks opened in the week of October 14. A deal was expected by the start of that month.', '2019-11-08', 'the start of that month', '2019-10', 'START'],
  ['The mill closed in June 1987. Later that month the town council met.', '2001-05-02', 'Later that month', '1987-06', null],
  ['Cases peaked last week. The previous month had been quiet.', '2024-03-04', 'The previous month', '2024-01', null],
  ['The petition was filed on 5 October 2021 and listed for hearing a fortnight later.', '2021-11-18', 'a fortnight later', '2021-10-19', null],
  ['On 3 March the party met. A fortnight later, the minister resigned.', '2024-05-20', 'A fortnight later', '2024-03-17', null],
  ['A fortnight later, the minister resigned.', '2024-05-20', 'A fortnight later', null, null],
  ['Prices rose the week before last.', '2024-03-14', 'the week before last', '2024-W09', null],
  ['The law takes effect the year after next.', '2024-03-14', 'the year after next', '2026', null],
  ['Sales fell sharply the month before last.', '2024-03-14', 'the month before last', '2024-01', null],
  // A season before or after the time the story last named: the first to start after it, the last to start before it
  ['The flood hit in March 2019. The following winter was dry.', PUB, 'The following winter', '2019-WI', null],
  ['Gas use fell in the winter of 2022-23.', '2024-02-21', 'the winter of 2022-23', '2022-WI', null],
  ['Gas use fell in winter 2022/2023, the regulator said.', '2024-02-21', 'winter 2022/2023', '2022-WI', null],
  ['In October 2015 the mine closed; the following summer it reopened.', PUB, 'the following summer', '2016-SU', null],
  ['The plant opened in 2009. The following spring, it hired 200 people.', PUB, 'The following spring', '2010-SP', null],
  ['The dam broke in March 2019, after the previous summer had been wet.', PUB, 'the previous summer', '2018-SU', null],
  ['The clinic opened in March 2021. Six months later it was full.', PUB, 'Six months later', '2021-09', null],
  ['The ferry sank on May 3, 2019. Divers found it three days later.', PUB, 'three days later', '2019-05-06', null],
  ['Turnout hit a record in 2018 and fell the following year.', PUB, 'the following year', '2019', null],
  ['Nobody knew what happened. Several years later, the file was found.', PUB, 'Several years', null, null],
  ['The bridge closed the day after Christmas.', '2026-01-10', 'the day after Christmas', '2025-12-26', null],
  ['The shop was robbed the night before Thanksgiving.', '2025-12-05', 'the night before Thanksgiving', '2025-11-26', null],
  ['A judge set a hearing for December 15.', '2025-12-05', 'December 15', '2025-12-15', null],
  ['The trial was postponed until March 2.', '2026-02-07', 'March 2', '2026-03-02', null],
  ['Ministers failed to settle next year\'s spending plan late on Tuesday.', '2025-06-12', 'late on Tuesday', '2025-06-10', 'END'],
  ['The ship\'s berth at the terminal had been rebooked for Wednesday.', '2026-02-09', 'Wednesday', '2026-02-11', null],
  ["Its fiscal first quarter, which ended Sept. 30, was weak.", '2024-11-13', 'first quarter', '2024-Q3', null],

  ['The proposal came out on the Friday before Labor Day.', '2025-09-17', 'the Friday before Labor Day', '2025-08-29', null],
  ['An inspection is scheduled for November.', '2025-09-17', 'November', '2025-11', null],
  ['It lost money in the October-December period.', '2026-03-10', 'the October-December period', '2025-Q4', null],
  ['Sales will rise in the July–September quarter.', '2026-03-10', 'the July–September quarter', '2026-Q3', null],

  ['The ferry sank on May 3, 2019. Rescuers arrived that night.', PUB, 'that night', '2019-05-03', null],
  ['The ferry sank on May 3, 2019. Divers returned the next day.', PUB, 'the next day', '2019-05-04', null],
  ['Profits will rise over the next year.', PUB, 'the next year', null, null],

  // Sets and the holiday season: time expressions without one value
  ['Guards patrol the lot every night.', PUB, 'every night', null, null],
  ['The council meets every Monday.', PUB, 'every Monday', null, null],
  ['It pays a dividend each quarter.', PUB, 'each quarter', null, null],
  ['Stores will stay open late through the holidays.', PUB, 'the holidays', null, null],

  ['Floods return to the delta every monsoon.', PUB, 'every monsoon', null, null],
  ['The festival draws a million visitors every year.', PUB, 'every year', null, null],
  ['The parish council meets on the first Tuesday of every month.', '2024-03-22', 'the first Tuesday of every month', null, null],
  ['Bins are collected on the last Friday in each month.', '2024-03-22', 'the last Friday in each month', null, null],
  ['The council met on the first Tuesday of the month.', '2024-03-22', 'the first Tuesday of the month', '2024-03-05', null],

  // Periods written across two years, seasons of a sport, "the past fortnight": no single value
  ['Ticket sales fell during the 2024/25 season.', PUB, 'the 2024/25 season', null, null],
  ['The ministry plans to spend £40m in the 2026-27 financial year.', PUB, 'the 2026-27 financial year', null, null],
  ['The club has used four goalkeepers this season.', PUB, 'this season', null, null],
  ['Prices have climbed over the past fortnight.', PUB, 'the past fortnight', null, null],

  // A day with its year given relative to the anchor; the week of a day
  ['The scheme opens on 1 June next year, the council said.', PUB, '1 June next year', '2027-06-01', null],
  ['The shop first opened on March 3 last year.', PUB, 'March 3 last year', '2025-03-03', null],
  ['A hearing is listed for the week of 16 March.', PUB, 'the week of 16 March', '2026-W12', null],
  // The date of a market's close is behind the offer that is priced against it
  ['Halvorsen will pay 1,240 pence a share, a 31 percent premium to the closing price on Monday.', '2026-08-11', 'Monday', '2026-08-10', null],
  // A day the text wrote with its year, told again in the past without it, is the same day
  ['On June 6, 1944, the gliders came down near the bridge. Corporal Hale landed at Sword Beach on the morning of June 6.', '2024-06-05', 'June 6', '1944-06-06', null],
  // A date a condition follows is a plan told in the past: the near occurrence ahead
  ['Dockers have threatened further stoppages in March if talks fail.', '2026-02-20', 'March', '2026-03', null],
  // A week named by its last day: the ISO week that holds most of its seven days
  ['Jobless claims rose in the week ended Oct. 9, the department said.', '2026-10-14', 'the week ended Oct. 9', '2026-W41', null],
  ['Retail footfall fell 3 percent in the week that ended on Sunday.', '2026-10-14', 'the week that ended on Sunday', '2026-W41', null],

  // Tense: deadlines, forecasts, backshifted plans, past perfect, fixtures in the present
  ['The tribunal gave the company until 5pm on 20 February to respond.', PUB, '5pm on 20 February', '2026-02-20', null],
  ['The bridge should reopen early in 2027.', PUB, 'early in 2027', '2027', 'START'],
  ['Talks collapsed late in March.', PUB, 'late in March', '2025-03', 'END'],
  ['Revenue beat the figure the firm forecast in May.', PUB, 'May', '2025-05', null],
  ['Forecasters forecast snow over the Alps until Tuesday.', PUB, 'Tuesday', '2026-02-10', null],
  ['Officials said prices were likely to fall in March.', PUB, 'March', '2026-03', null],
  ['A ruling had been expected in November but was postponed.', PUB, 'November', '2025-11', null],
  ['Leeds face Hull at Elland Road on Tuesday.', PUB, 'Tuesday', '2026-02-10', null],

  // A date without a year takes the year of a dated one it is coordinated with or runs to
  ['The thefts took place between January and March 2019.', '2022-03-01', 'January', '2019-01', null],
  ['She was suspended on 6 June and arrested on 19 June 2019.', '2021-09-01', '6 June', '2019-06-06', null],
  ['Talks ran from December to March 2019.', '2022-03-01', 'December', '2018-12', null],
  ['Prices were frozen from 3 March to 9 April 2020.', '2022-03-01', '3 March', '2020-03-03', null],
  ['The strike began on 3 March and ended on 1 February 2019.', '2021-09-01', '3 March', '2021-03-03', null], // out of order: tense

  // A date something takes effect from lies where it is nearest, whatever the tense of the decision
  ['Menon resigned with effect from January 31.', '2024-01-29', 'January 31', '2024-01-31', null],
  ['The ban was lifted effective Feb. 2.', '2024-01-29', 'Feb. 2', '2024-02-02', null],
  ['The mine closed on January 31.', '2024-01-29', 'January 31', '2023-01-31', null],

  // A time of day joins the day's span; the value stays the day
  ['The alarm was raised at 11.30pm on 4 June 2019.', PUB, '11.30pm on 4 June 2019', '2019-06-04', null],
  ['The court gave him until 4pm on 8 July to leave.', '2025-06-24', '4pm on 8 July', '2025-07-08', null],
  // A delay, not a deadline: told in the past, the month is the past one.
  ['Chinese officials were criticized for waiting until February to tell the WHO about the outbreak.', '2003-03-30', 'February', '2003-02', null],
  ['Tenants have until Friday to respond.', '2025-06-24', 'Friday', '2025-06-27', null],
  // "beginning", "starting", "effective": the nearest such date, unless the clause says it is still to come.
  ['The cap will apply to commercial plans beginning Jan. 1.', '2025-04-11', 'Jan. 1', '2026-01-01', null],
  ['The cap applies to commercial plans beginning Jan. 1.', '2025-04-11', 'Jan. 1', '2025-01-01', null],
  ['He will speak at 3 p.m. Tuesday.', '2025-06-23', '3 p.m. Tuesday', '2025-06-24', null],
  ['Two men entered the shop at about 9:45 p.m. on Nov. 28.', '2025-12-05', '9:45 p.m. on Nov. 28', '2025-11-28', null],
  ['A judge set a hearing for December 15 at 1:30 p.m.', '2025-12-05', 'December 15 at 1:30 p.m.', '2025-12-15', null],

  // A figure after a comma is not a year
  ['In the week to 1 January, 81.2% of patients were seen within four hours.', '2017-01-05', 'the week to 1 January', '2016-W52', null],
  // "the week to March 3" is seven days, as "the week ended March 3" is: the ISO week that holds most of them
  ['Dam levels rose 4% in the week to March 3, the utility said.', '2025-03-05', 'the week to March 3', '2025-W09', null],
  ['On 3 May, 12,500 people marched.', '2017-06-05', '3 May', '2017-05-03', null],

  // Parts of a period: a week of a month or year, the quarter or half a span of months ends, a share of a year
  ['Cases peaked in the first week of January.', '2017-02-10', 'the first week of January', '2017-W01', null],
  ['The plant will open in the last week of March.', '2024-02-20', 'the last week of March', '2024-W13', null],
  ['Revenue for the three months to September rose 4%.', '2022-10-20', 'the three months to September', '2022-Q3', null],
  // "the quarter to June" is that quarter, as "the three months to June" is
  ['Net profit for the quarter to June rose 74%, the carmaker said.', '2024-08-05', 'the quarter to June', '2024-Q2', null],
  ['Revenue for the six months to June rose 4%.', '2022-10-20', 'the six months to June', '2022', 'START'],
  // the half year named by its last month (Australian usage); quarters written number first
  ['Net profit for the December half rose 12 per cent.', '2024-02-21', 'the December half', '2023', 'END'],
  ['Net profit for the June half of 2023 rose.', '2024-02-21', 'the June half of 2023', '2023', 'START'],
  ['Output in 1Q24 was a record.', '2024-05-02', '1Q24', '2024-Q1', null],
  ['Sales in 3Q FY25 rose.', '2025-02-02', '3Q FY25', '2025-Q3', null],
  ['Pre-tax profit rose 9% in the 12 months to 31 December 2023.', '2024-03-20', 'the 12 months to 31 December 2023', '2023', null],
  ['Revenue for the full year ended Dec. 31 rose 5%.', '2024-02-14', 'the full year ended Dec. 31', '2023', null],
  // (a year to another month is no calendar year)
  ['Revenue in the year ended 31 March 2023 rose 5%.', '2023-06-01', '31 March 2023', '2023-03-31', null],
  ['In 2009 a fire destroyed the hall. She played a benefit concert that December.', '2021-06-01', 'that December', '2009-12', null],
  ['Israeli jets struck Nabatieh on Monday. The strikes followed rocket fire earlier in the day.', '2024-02-20', 'earlier in the day', '2024-02-19', null],
  ['She moved to Rome in 1980. Two years later she opened a shop. That summer, a young cellist walked in.', '2021-06-01', 'That summer', '1982-SU', null],
  // After a time the text does not date, "that summer" and "two years later" count from nothing the reader was told.
  ['Harold Wexley was born on March 2, 1922. He began playing the organ when he was 6. That summer, a band passed through Macon.', '2003-06-18', 'That summer', null, null],
  ['Whitcomb ran it from 2001 to 2007. "People laughed at him when he started. Two years later they were asking him to come," she said.', '2012-02-29', 'Two years later', null, null],
  ['She was born in Lagos in 1950 and moved to London at age 9. That year her father died.', '2012-02-29', 'That year', null, null],
  ['She was born in Lagos in 1950. At age 9 she moved to London. In 1961 she won a prize. Two years later she left school.', '2012-02-29', 'Two years later', '1963', null],
  ['Sales in the six months ended June 30 beat the same period a year earlier.', '2022-10-20', 'the same period a year earlier', '2021', 'START'],
  // a half named as "the first half of" or "the first six months of" is measured against the same half before it
  ['Orders in the first half of 2011 reached 640, up from 590 a year earlier.', '2011-08-04', 'a year earlier', '2010', 'START'],
  ['Turnover for the first six months of 2011 was flat.', '2011-08-04', 'the first six months of 2011', '2011', 'START'],
  ['Turnover for the first six months of 2011 was flat against a year earlier.', '2011-08-04', 'a year earlier', '2010', 'START'],
  // a year back as the baseline of a quarter or a month the sentence named: that quarter or month a year earlier
  ['Third-quarter profit at the lender climbed to $1.9 billion from $1.6 billion a year earlier.', '2025-10-21', 'a year earlier', '2024-Q3', null],
  ['Wholesale prices in the June quarter were 2.4 per cent higher than a year ago.', '2018-08-09', 'a year ago', '2017-Q2', null],
  ['Container volumes handled in March rose 6% from a year ago, the port authority said.', '2021-04-15', 'a year ago', '2020-03', null],
  ['Exports in the fourth quarter of 2023 were up 9% on a year earlier.', '2024-05-30', 'a year earlier', '2022-Q4', null],
  ['Revenue rose 4% to $5 billion in the third quarter. Net income was $1 billion, up from $800 million a year earlier.', '2025-10-21', 'a year earlier', '2024-Q3', null],
  ['He took over the plant in March 2019, having joined it from a rival a year earlier.', '2024-02-21', 'a year earlier', '2018-03', null],
  ['The plant opened in March 2019. A year earlier the site was a field.', '2024-02-21', 'A year earlier', '2018', null],
  // (the quarter itself unplaced: no year rather than a wrong one)
  ['Home loans were up 8% in 2023. Revenue in the quarter rose 4% from a year ago.', '2024-02-21', 'a year ago', null, null],
  // (not a comparison, or no quarter or month in the sentence: a year back from the publication)
  ['The bakery opened a year ago and doubled its output in the third quarter.', '2025-10-21', 'a year ago', '2024', null],
  ['Profit rose to $3 million from $2 million a year ago.', '2025-10-21', 'a year ago', '2024', null],
  ['Crossings in the first ten months of the year were down compared with 2022.', '2023-11-10', 'the first ten months of the year', '2023', null],
  ['Sales in the last three months of 2023 fell.', '2024-02-20', 'the last three months of 2023', '2023', null],

  // A month after "for"; "the new year"
  ['Nyangweso said all salary arrears for January had been cleared.', '2019-03-14', 'January', '2019-01', null],
  ['A senior whip said it could slip into the new year.', '2023-11-02', 'the new year', '2024', null],
  ['Talks are due to resume in the new year.', '2024-01-10', 'the new year', '2024', null],

  // Fiscal years keep their own values (TIMEX3 "FY"): their calendar months are not guessed
  ['Revenue rose in FY24.', PUB, 'FY24', '2024', null],
  ['The retailer lost money in fiscal 2023.', PUB, 'fiscal 2023', '2023', null],
  ['Profit in the first half of the 2024 financial year rose.', '2024-02-21', 'the first half of the 2024 financial year', '2024', 'START'],
  ['Profit in financial year 2024 rose.', '2024-02-21', 'financial year 2024', '2024', null],
  // a month that bounds a fiscal year lies in the year the fiscal year ends (or the one before, for its start)
  ['Its results for fiscal 2026, which ends in January, will be strong.', '2025-03-14', 'January', '2026-01', null],
  ["The agency's fiscal 2026, which began in October, has been hard.", '2025-03-14', 'October', '2025-10', null],
  ['Sales rose in fiscal 2025, which ended in March.', '2025-03-14', 'March', '2025-03', null],
  ['The festival runs the weekend of June 14-15 in Denver.', '2025-06-02', 'the weekend of June 14-15', '2025-W24', null],
  // days that name one event of one year
  ["Delgado's allies say Hartley played down the Jan. 6 attack on the Capitol.", '2026-09-24', 'Jan. 6', '2021-01-06', null],
  ['Security was tightened after the 9/11 attacks.', '2026-09-24', '9/11', '2001-09-11', null],
  // a holiday told in the past: "threw open" is no verb of the schedule; an event attended in the past is past
  ['In a tradition he has kept for 40 years, Rep. Dale Fenwick threw open his back yard for a Labor Day cookout.', '2016-09-08', 'Labor Day', '2016-09-05', null],
  ['The governor spoke at a Christmas party for volunteers.', '2016-09-08', 'Christmas', '2015-12-25', null],
  ['The governor will speak at a Christmas party for volunteers.', '2016-09-08', 'Christmas', '2016-12-25', null],
  // a programme named with words of a day is no date
  ['Robby Mook told CBS This Morning on Monday that the campaign expects a fair debate.', '2016-09-26', 'Monday', '2016-09-26', null],
  ['The union cited her work after the Sept. 11 terrorist attacks.', '2016-09-30', 'Sept. 11', '2001-09-11', null],
  ['Families of September 11 victims sued the kingdom.', '2016-09-30', 'September 11', '2001-09-11', null],
  // (a memorial service on the day is that year's)
  ['She left a Sept. 11 memorial event early on Sunday.', '2016-09-12', 'Sept. 11', '2016-09-11', null],
  ['On Jan. 6 the council met.', '2026-09-24', 'Jan. 6', '2026-01-06', null],
  // a month in the when-clause of a year; a month naming a known event; a deadline of a past rush
  ['The last time Wisconsin went without a budget was in 2017, when Gov. Scott Walker signed a spending plan in late September.', '2025-07-01', 'late September', '2017-09', 'END'],
  ['Holbrook testified that the department would finish a review of the February outages within 90 days.', '2025-03-12', 'February', '2025-02', null],
  ['The justices raced to issue rulings in their remaining cases by early July.', '2026-06-26', 'early July', '2026-07', 'START'],
  // a bare clock time takes the day named just before, unless that day lies on the other side of publication from its tense
  ['Schools will be closed through Monday. The airport halted commercial flights at noon.', '2024-09-26', 'noon', '2024-09-26', null],
  ['The polls closed on Tuesday. Counting began at 9 p.m.', '2024-09-26', '9 p.m.', '2024-09-24', null],
  // a time zone named with its region joins the time
  ['The company will hold a call with investors on Thursday at 2pm Central European Time.', '2026-03-11', 'Thursday at 2pm Central European Time', '2026-03-12', null],
  ['Polls close at 8 p.m. Eastern Standard Time on Tuesday.', '2026-03-11', '8 p.m. Eastern Standard Time on Tuesday', '2026-03-17', null],
  // the small hours after a night named by its day are the next day's
  ['The storm hit on the night of June 10. Shortly after midnight, the roof collapsed.', '2026-06-17', 'midnight', '2026-06-11', null],
  ['Police were called on the night of June 12 and arrived at 1.30am.', '2026-06-17', '1.30am', '2026-06-13', null],
  ['The fire broke out on Saturday night. Firefighters arrived shortly after midnight.', '2026-06-17', 'midnight', '2026-06-14', null],
  ['A warning was issued at 8.30pm on Saturday. The station recorded 38 millimetres of rain in the hour to 1am.', '2026-01-19', '1am', '2026-01-18', null],
  ['The council voted late Monday. The meeting adjourned shortly after 11 p.m.', '2026-06-17', '11 p.m.', '2026-06-15', null],
  ['The fire broke out on Saturday morning. Firefighters arrived at 1.30am.', '2026-06-17', '1.30am', '2026-06-13', null],
  ['The fire broke out on Saturday night. Firefighters arrived at midnight.', '2026-06-17', 'midnight', '2026-06-13', null],
  // a time told in the past, paragraphs after the story's only day in the past week, is that day's; a day further back is not the story's
  ['The council voted 5-2 late Monday.\n\nSupporters packed the chamber.\n\nOpponents said fees would rise.\n\nMembers asked for more time.\n\nThe council adjourned shortly after 11 p.m.', '2026-06-17', '11 p.m.', '2026-06-15', null],
  ['Operating profit for the three months to June 30 rose 14%.\n\nSales rose 6%.\n\nCosts fell.\n\nMargins widened.\n\nShares were up 8.2% at 0915 GMT.', '2024-07-25', '0915 GMT', '2024-07-25', null],
  // a night that runs "into" the next day it names: a morning time is that next day's
  ['The motorway was closed on the night of January 17 and into Sunday morning.\n\nIt reopened at 9.15am, police said.', '2026-01-20', '9.15am', '2026-01-18', null],
  ['The motorway was closed on the night of January 17 and into Sunday morning.\n\nThe closure began at 10.30pm.', '2026-01-20', '10.30pm', '2026-01-17', null],
  // (a time that names its own day after it keeps that day)
  ['The statement came at 9 p.m. on Sunday. The blast occurred at 3:40 a.m. (1840 GMT Saturday) on Sunday.', '2026-06-17', '3:40 a.m.', '2026-06-14', null],
  // "added that early November …": "that" opens a clause and points at no year the story named
  ['It ends in January. She added that early November traffic had been strong.', '2025-11-20', 'early November', '2025-11', 'START'],
  ['In 2009 a fire destroyed the hall. A concert was held there that December.', '2025-11-20', 'that December', '2009-12', null],
  // "the same period last year": the year before publication when the period named last is not this year's
  ['Promotions in October were the deepest since 2019. Net income was $212 million, compared with $188 million in the same period last year.', '2025-11-20', 'the same period last year', '2024', null],
  ['Net income was $212 million, compared with $188 million in the same period last year.', '2025-11-20', 'the same period last year', '2024', null],
  ['Sales in the third quarter rose 4% from the same quarter last year.', '2025-11-20', 'the same quarter last year', '2024-Q3', null],
  // a past verb in a relative clause after "that"
  ['Kim Yo Jong warned that Pyongyang would take countermeasures against air drills that began on April 11.', '2025-04-17', 'April 11', '2025-04-11', null],
  // a comparison with what was expected has no tense of its own
  ['U.S. consumer prices rose less than expected in February.', '2025-03-12', 'February', '2025-02', null],
  ['Marnie Foods rose 3% after it reported better-than-expected second-quarter profit late Thursday.', '2025-08-01', 'second-quarter', '2025-Q2', null],
  // an expectation with its object before "to", a court date that is due, a dividend payable: ahead
  ['Renwick said he expects the Fed to cut in September.', '2025-08-01', 'September', '2025-09', null],
  ['He is due back in court June 3.', '2024-09-26', 'June 3', '2025-06-03', null],
  ['The company said its board had raised the dividend to 47 cents a share, payable Dec. 15.', '2025-11-20', 'Dec. 15', '2025-12-15', null],
  ['The payment was due on Monday.', '2025-03-09', 'Monday', '2025-03-03', null],
  // Told in the past, what someone was asked or set to do, a window in force and a state imposed lie ahead or today.
  ['The storm strengthened early Tuesday and was on a path to strike the coast by Friday night.', '2026-01-27', 'Friday', '2026-01-30', null],
  ['The governor ordered schools closed through Monday.', '2026-01-27', 'Monday', '2026-02-02', null],
  ['The grid operator asked customers to conserve power Wednesday morning.', '2026-01-27', 'Wednesday', '2026-01-28', null],
  ['The weather service issued a hard freeze warning from 9 p.m. Tuesday until noon Wednesday.', '2026-01-27', '9 p.m. Tuesday', '2026-01-27', null],
  ['The weather service issued a hard freeze warning from 9 p.m. Tuesday until noon Wednesday.', '2026-01-27', 'noon Wednesday', '2026-01-28', null],
  // The date's own clause decides, not the verb of the sentence it sits in.
  ['The agreement followed a threat by the US president to impose a 5% tariff on all imports from June 10, rising to 25% by October.', '2019-06-12', 'October', '2019-10', null],
  ['A US official said Washington would push for an agreement if the numbers did not fall by the July deadline.', '2019-06-12', 'July', '2019-07', null],
  ['President Paulo Cardim, who is expected to seek re-election in October, announced an emergency package last week.', '1998-05-04', 'October', '1998-10', null],
  ['The minister said the cuts, which take effect on January 1st, were unavoidable.', '2009-12-11', 'January 1st', '2010-01-01', null],
  ['Unemployment stood at 14.7 percent in May, according to the statistics institute, up from 14.5 percent in October.', '2001-06-09', 'October', '2000-10', null],
  ["Assistant manager Tomás de la Fuente will take charge of the first team, starting with Saturday's trip to Plymouth.", '2024-03-06', 'Saturday', '2024-03-09', null],
  // A fiscal quarter in a story that says when its fiscal year ends is the calendar quarter it covers.
  ['Meridian reported profit for its fiscal second quarter on Wednesday. Capital spending for fiscal 2015, which ends in March, will rise.', '2014-10-23', 'second quarter', '2014-Q3', null],
  ['Meridian reported profit for its fiscal second quarter. Net income for the three months ended Sept. 30 rose. For the third fiscal quarter, Meridian forecast growth.', '2014-10-23', 'the third fiscal quarter', '2014-Q4', null],
  ['For the third fiscal quarter, Meridian forecast revenue of $15 billion.', '2015-06-23', 'the third fiscal quarter', '2015-Q3', null],
  // What someone expects lies ahead of their saying so.
  ['The Treasurer said he expected the update in December.', '2023-10-12', 'December', '2023-12', null],
  ['Sales rose faster than analysts expected in March.', '2023-10-12', 'March', '2023-03', null],
  // A time in another zone in brackets, and Asian zones, join their day.
  ['Polls in California close at 8 p.m. PT (11 p.m. ET) on Tuesday.', '2008-01-31', '8 p.m. PT (11 p.m. ET) on Tuesday', '2008-02-05', null],
  ['The concert starts at 9 p.m. KST on Sunday.', '2023-10-12', '9 p.m. KST on Sunday', '2023-10-15', null],
  // "this weekend": the one just past when told in the past early in the week, else the coming one.
  ['The Lion King topped the box office this weekend.', '2019-07-22', 'this weekend', '2019-W29', null],
  ['The sequel opens this weekend.', '2019-07-22', 'this weekend', '2019-W30', null],
  ['Brandauer is aiming to win a first British Grand Prix this weekend.', '2019-07-01', 'this weekend', '2019-W27', null],
  // Written on a Sunday (2019-07-21), the weekend under way; on a Saturday too.
  ['On this weekend\'s edition of the program, the senator defended the bill.', '2019-07-21', 'this weekend', '2019-W29', null],
  ['Crowds are expected at the fair this weekend.', '2019-07-20', 'this weekend', '2019-W29', null],
  // A forecast made before the story's time: a time just ahead of it, else one already past.
  ['The company had forecast in January that it would add 2.5 million subscribers in the first quarter.', '2022-04-20', 'the first quarter', '2022-Q1', null],
  ['Economists had estimated that each week of a shutdown would shave 0.2 point off fourth-quarter growth.', '2023-09-30', 'fourth-quarter', '2023-Q4', null],
  // A state that holds now lasts to a time ahead; a time of day before a weekday is a time on that day.
  ['Absentee ballots are available at the town clerk\'s office until 5 p.m. Friday.', '2010-05-04', '5 p.m. Friday', '2010-05-07', null],
  ['The incubation period is 7 to 21 days, meaning people exposed in mid-February may not show symptoms until early March.', '2014-02-20', 'early March', '2014-03', 'START'],
  ['Teachers walked off the job Monday morning after a bargaining session ended without a deal shortly before midnight Sunday.', '2019-01-15', 'midnight Sunday', '2019-01-13', null],
  // A range of months does not run backwards.
  ['Between January and September, 233,744 people filed a first application, the agency said.', '2023-10-11', 'January', '2023-01', null],
  // A 24-hour time with its zone joins its day.
  ['Landfall is forecast for 0600 UTC Friday.', '2026-01-27', '0600 UTC Friday', '2026-01-30', null],
  ['The storm made landfall at 0300 GMT on Sunday.', '2026-01-27', '0300 GMT on Sunday', '2026-01-25', null],
  // A contract month lies ahead; a decade with its apostrophe or after "in" stays a decade.
  ['Corn futures for December delivery rose as high as $8.49 a bushel on Friday.', '2012-08-11', 'December', '2012-12', null],
  ['Sales fell in the 90s, she said.', '2020-01-01', 'the 90s', '199', null],
  // A court's adjournment or deferral points ahead, whatever the tense ("till" in Nigerian and Indian copy).
  ['Justice Halima Nwosu-Bako adjourned the matter till March 10 for hearing of the bail application.', '2021-03-04', 'March 10', '2021-03-10', null],
  ['Sheriff Mhairi Drummond deferred sentence until July 11 for background reports.', '2021-03-04', 'July 11', '2021-07-11', null],
  // "Thursday (Nov 27)": the bracketed date says which Thursday.
  ['The accused will appear at Dublin District Court on Thursday (Nov 27).', '2014-11-20', 'Thursday (Nov 27)', '2014-11-27', null],
  // A new date set for something, and a subjunctive of what should happen, lie ahead.
  ['The council recommended on Tuesday that the delayed presidential election be held on June 2.', '2024-02-27', 'June 2', '2024-06-02', null],
  ['Lawmakers later voted to push the election back to Dec. 15.', '2024-02-27', 'Dec. 15', '2024-12-15', null],
  // An adverb of likelihood points ahead in reported speech, but not over a past verb; a bare past after a singular noun.
  ['He said work would resume as soon as security allowed, possibly by Wednesday.', '2019-09-30', 'Wednesday', '2019-10-02', null],
  ['The bank has warned that growth in the first quarter probably contracted.', '2014-06-20', 'the first quarter', '2014-Q1', null],
  ['Groups have warned that his plans would scare off investment, and the Peruvian sol hit a record low in May.', '2021-06-06', 'May', '2021-05', null],
  // Two weekdays named together are in order, within a week.
  ['Kovacs will play his first-round match on Sunday or Monday.', '2024-05-20', 'Monday', '2024-05-27', null],
  // A holiday naming an event is the nearest such day, whatever is said of the event.
  ["The St Patrick's Day parade in Dublin has already been postponed.", '2001-03-02', "St Patrick's Day", '2001-03-17', null],
  // A day of the month by its ordinal alone: of the publication's month, or the one next to it the tense points to.
  ['He was arrested on the 14th and charged the following day.', '2025-10-16', 'the 14th', '2025-10-14', null],
  ['He was arrested on the 14th and charged the following day.', '2025-10-16', 'the following day', '2025-10-15', null],
  ['The hearing will resume on the 28th.', '2024-03-03', 'the 28th', '2024-03-28', null],
  ['The council was clear in its decision of the 28th, the judge said.', '2024-03-03', 'the 28th', '2024-02-28', null],
  // More holidays; a pair of months does not run backwards; a count on from a named time stays before publication in the past.
  ['The reverse fixture, played on Boxing Day, ended 1-1.', '2020-02-03', 'Boxing Day', '2019-12-26', null],
  ['He said the region had not received its share of the budget for September and October.', '2023-10-25', 'September', '2023-09', null],
  ['A WHO official spoke on Thursday. Participants received three doses, followed by a booster a year later.', '2021-04-23', 'a year later', null, null],
  ['"Nobody wants charges to rise before Christmas," he said. The previous day, the chamber had written to every councillor.', '2019-12-12', 'The previous day', null, null],
  ['The storm hit on March 2. The previous day, the governor had urged residents to stay home.', '2026-03-10', 'The previous day', '2026-03-01', null],
  ['The council will vote on 22 January. The previous day, officials will brief councillors.', '2019-12-12', 'The previous day', '2020-01-21', null],
  // "as early as May", "as far back as the spring": a bound given to a time.
  ['The BoE could be forced to cut as early as May.', '2023-11-02', 'May', '2024-05', null],
  ['A nurse said staff had raised concerns as far back as the spring.', '2025-08-18', 'the spring', '2025-SP', null],
  // A bare month told in the past after a dated month or day of its sentence follows that one.
  ['She said she complained to the agency in January 2018 and again in March but received no reply.', '2019-04-07', 'March', '2018-03', null],
  ['He was appointed on 3 May 2011 and resigned in February.', '2019-04-07', 'February', '2012-02', null],
  ['The plant opened in January 2018 and will expand in March.', '2019-04-07', 'March', '2020-03', null],
  // The day of a report is no time of the story: "that night" and "two days later" count from the story's own day.
  ['Officers were called at about 10.15pm on Thursday, January 27, police said on Tuesday. Police appealed to anyone who was in the plaza that night.', '2022-02-02', 'that night', '2022-01-27', null],
  ['Mr Creedon was attacked on June 7, 2024, the jury was told on Wednesday. He died two days later.', '2025-10-16', 'two days later', '2024-06-09', null],
  ['The party took place on June 7, 2024. Mr Crowe told the jury on Wednesday that an argument broke out at around 1am.', '2025-10-16', '1am', '2024-06-07', null],
  ['The victim was attacked on March 3, 2024.\n\nPolice found him unconscious, the court was told on Thursday.\n\nA neighbour called emergency services at 1.50am.', '2026-06-19', '1.50am', '2024-03-03', null],
  ['Firefighters were called out, police said on Tuesday.\n\nThe blaze was put out at 3 a.m.', '2026-06-19', '3 a.m.', '2026-06-16', null],
  // Four digits with a zone after them are a time of the day, not a year.
  ['Brent crude futures fell 1.1% to $93.10 a barrel by 1500 GMT.', '2022-09-13', '1500 GMT', '2022-09-13', null],
  ["India's 10-year bond yield eased to 7.49% by 1130 IST.", '2022-06-08', '1130 IST', '2022-06-08', null],
  // A start told with no verb of its own lies ahead; one with a past verb, or a range, does not.
  ['Junior doctors prepare to strike for five days from Saturday.', '2026-01-14', 'Saturday', '2026-01-17', null],
  ['A spokesperson said: "We are restricting junk food adverts on TV and banning them online from October."', '2025-02-26', 'October', '2025-10', null],
  ['The strike ran from Saturday, the union said.', '2026-01-14', 'Saturday', '2026-01-10', null],
  ['Clinics opened from Monday.', '2026-01-14', 'Monday', '2026-01-12', null],
  // A schedule told in the present lies ahead; a date something is due by is the near one ahead.
  ['The election is in November.', '2026-04-09', 'November', '2026-11', null],
  ['Election Day is Nov. 5.', '2024-03-14', 'Nov. 5', '2024-11-05', null],
  ['The next rate decision is due on 21 September.', '2023-08-03', '21 September', '2023-09-21', null],
  ['The figures came from their filings due Sept. 20.', '2012-09-10', 'Sept. 20', '2012-09-20', null],
  // A trailing cue tells when the content was said, not when it happens.
  ['Castellano holds rallies in Pennsylvania on Saturday and in Michigan on Sunday, his campaign said.', '2020-10-23', 'Sunday', '2020-10-25', null],
  // "before Monday's caucuses": after the day the sentence has just named.
  ["Kessler campaigned in Ankeny on Wednesday, the final week before Monday's caucuses.", '2016-01-28', 'Monday', '2016-02-01', null],
  // A month after a year counted back in its sentence lies in that year.
  ['Four years ago, Ellery trailed briefly in September before pulling ahead for good.', '2012-09-10', 'September', '2008-09', null],
  // "beat" in a relative clause is past, whatever the main clause says
  ['Harrowgate will face Thornaby United, who beat Wickersley 2-0 on Friday night.', '2025-03-09', 'Friday', '2025-03-07', null],
  // the year of a quarter in the possessive
  ["Results for fiscal 2026's second quarter will be released in September.", '2025-03-14', "fiscal 2026's second quarter", '2026-Q2', null],
  ["2025's fourth quarter was the best on record.", '2026-03-14', "2025's fourth quarter", '2025-Q4', null],
  ['Margins improved in Q3 FY24.', PUB, 'Q3 FY24', '2024-Q3', null],
  ['Sales fell in the third quarter of fiscal 2024 and in the same quarter a year earlier.', PUB, 'the same quarter a year earlier', '2023-Q3', null],

  // A plan in the past perfect: the occurrence just ahead when near, else the last one
  ['The budget had been due to be presented on 12 November.', '2019-11-08', '12 November', '2019-11-12', null],
  ['The vote had been scheduled to take place on 3 October but was delayed.', '2019-11-08', '3 October', '2019-10-03', null],

  // Reported speech about what could or would happen lies ahead of the report
  ['Reis told reporters that a cut in August was entirely possible.', '2023-06-22', 'August', '2023-08', null],
  ['He said the plant would open in October.', PUB, 'October', '2026-10', null],
  ['He said he could not remember what happened in October.', PUB, 'October', '2025-10', null],
  ['A lawmaker said on Thursday the government should have asked for more.', '2026-05-09', 'Thursday', '2026-05-07', null],
  ['Officials on Thursday said the clinics would stay open.', '2025-06-01', 'Thursday', '2025-05-29', null],
  ['He said on Monday he would not run again.', '2025-09-14', 'Monday', '2025-09-08', null],
  ['The couple left for Spain a fortnight ago, police said.', '2019-11-25', 'a fortnight ago', '2019-W46', null],
  // "Thursday week", "a week on Friday": weeks after the coming weekday (today when today is one), whatever the tense.
  ['The committee will meet again on Thursday week, a spokesman said.', '2025-11-20', 'Thursday week', '2025-11-27', null],
  ['The committee met on Monday and will meet again on Thursday week.', '2025-11-17', 'Thursday week', '2025-11-27', null],
  ['The vote is a week on Friday.', '2025-11-20', 'a week on Friday', '2025-11-28', null],
  ['The trial opens a week from Monday.', '2025-11-20', 'a week from Monday', '2025-12-01', null],
  ['The vote takes place two weeks on Friday.', '2024-03-07', 'two weeks on Friday', '2024-03-22', null],
  ['The final is Tuesday fortnight.', '2025-11-20', 'Tuesday fortnight', '2025-12-09', null],
  // A clock time with the same time in another zone in brackets stays in the sentence and joins its day.
  ['The polls opened at 7 a.m. (1200 GMT) on Sunday, officials said.', '2025-11-20', '7 a.m. (1200 GMT) on Sunday', '2025-11-16', null],
  ['The blast happened at 3 p.m. local time (1300 GMT) on Tuesday.', '2025-11-20', '3 p.m. local time (1300 GMT) on Tuesday', '2025-11-18', null],
  ['Voting ends on Sunday.', '2025-11-20', 'Sunday', '2025-11-23', null],
  ['The offer expires Friday, the company said.', '2025-11-20', 'Friday', '2025-11-21', null],
  // A quarter of a game is no quarter of a year; a capitalized "Open" is a tournament, no schedule.
  ['The fund trailed its benchmark in the third quarter.', '2023-09-20', 'the third quarter', '2023-Q3', null],
  ['The Dow fell 300 points in the third quarter.', '2023-09-20', 'the third quarter', '2023-Q3', null],
  ['Carlos Alcaraz won the French Open in June.', '2023-09-20', 'June', '2023-06', null],
  ['She advanced to the U.S. Open semifinals on Tuesday.', '2023-09-20', 'Tuesday', '2023-09-19', null],
  // A present written short inside a quotation keeps its own time: "We're playing" is a plan, as "We are playing" is.
  ['"We\'re playing them on Saturday," he said.', '2025-11-20', 'Saturday', '2025-11-22', null],
  // 24-hour times, known by the zone or "hours" after them, join their day.
  ['The attack began at 0930 local time (0530 GMT) on Tuesday.', '2025-11-20', '0930 local time (0530 GMT) on Tuesday', '2025-11-18', null],
  ['The flight left at 1430 hours on Monday.', '2025-11-20', '1430 hours on Monday', '2025-11-17', null],
  // A clock time alone takes its paragraph's story day (the first named there), not a background day or one in a quotation.
  ['Ferreira won the run-off on Sunday. The margin was smaller than in the first round on Oct. 2.\n\nTavares had not conceded by 11 p.m. local time.', '2022-10-31', '11 p.m. local time', '2022-10-30', null],
  ['Ferreira won on Sunday. "From January 1, we will govern for all," he said.\n\nThe judge declared him the winner shortly before 8 p.m.', '2022-10-31', '8 p.m.', '2022-10-30', null],
  ['Counting began at 8 a.m. Indian Standard Time on Saturday.', '2026-03-04', '8 a.m. Indian Standard Time on Saturday', '2026-02-28', null],
  ['The court declared the winner at 8 p.m. Brasilia time on Sunday.', '2026-03-04', '8 p.m. Brasilia time on Sunday', '2026-03-01', null],
  ['Spending rose to £9.2m, up from £8.1m in 2016-17.', '2019-11-25', '2016-17', null, null],
  ['The company also announced a share buyback, to be carried out between May 13 and Dec. 31.', '2026-05-12', 'Dec. 31', '2026-12-31', null],
  ['Investors will get a fresh read on inflation on Sept. 29, when the government releases the price index for August.', '2023-09-20', 'August', '2023-08', null],
  ['Santos set a deadline of Dec. 31 for a new agreement.', '2016-10-07', 'Dec. 31', '2016-12-31', null],
  ['The rebels said they had agreed to a truce until Nov. 15.', '2016-10-07', 'Nov. 15', '2016-11-15', null],
  ["Lebanon's cabinet on Thursday approved an emergency spending plan for the second quarter, a minister said.", '2024-03-14', 'the second quarter', '2024-Q2', null],
  ['Profit for the second quarter rose 5%.', '2024-03-14', 'the second quarter', '2023-Q2', null],
  ['The court directed the chief secretary to file a compliance affidavit by March 20, the next date of hearing.', '2026-01-22', 'March 20', '2026-03-20', null],
  ['Work is expected to begin next week and be completed by May 31, the officials said.', '2026-01-22', 'May 31', '2026-05-31', null],
  ['The judge adjourned the case. The next hearing is on March 8.', '2013-07-19', 'March 8', '2014-03-08', null],
  ['Heavy rain fell between August 3 and August 7, 2024. The weather office had recorded 320 mm of rain in Bhopal on August 5.', '2026-01-22', 'August 5', '2024-08-05', null],
  ['The theft began on Dec. 20, 2016. Police arrested him on Jan. 30.', '2017-05-24', 'Jan. 30', '2017-01-30', null],
  ['Ashworth-Clarke was arrested on Friday 8 June 2012. He was released on bail the following Tuesday, the court heard.', '2013-07-19', 'Tuesday', '2012-06-12', null],
  ['The December quarter had been the toughest.', '2025-02-11', 'The December quarter', '2024-Q4', null],
  ['The rebels agreed on Friday to extend a ceasefire until Oct. 31.', '2016-09-30', 'Oct. 31', '2016-10-31', null],
  ['The board approved the plan after a scheduled review on Oct. 17.', '2026-03-05', 'Oct. 17', '2025-10-17', null],
  ['Pre-orders open Tuesday.', '2026-03-05', 'Tuesday', '2026-03-10', null],
  ['The store was open Tuesday.', '2026-03-05', 'Tuesday', '2026-03-03', null],
  ['The company will report third-quarter results on Oct. 30.', '2026-10-03', 'third-quarter', '2026-Q3', null],
  ['The company will release results for the fourth quarter next week.', '2027-01-20', 'the fourth quarter', '2026-Q4', null],
  ['The company expects fourth-quarter earnings to rise.', '2026-08-03', 'fourth-quarter', '2026-Q4', null],
  ['RSV typically circulates from October through March.', '2026-03-05', 'October', null, null],
  ['Sales usually rise in December, but last December they fell.', '2026-03-05', 'last December', '2025-12', null],
  ['Three years ago this month, the council voted 6-1 to close the pool.', '2004-02-22', 'Three years ago this month', '2001-02', null],
  ['The new rules take effect on the first of July.', '2013-06-20', 'the first of July', '2013-07-01', null],
  ['He was born on the 5th of November 1985.', '2013-06-20', 'the 5th of November 1985', '1985-11-05', null],
  ['In 2019 the plant closed. In March of that year, workers protested.', '2026-03-05', 'March of that year', '2019-03', null],
  ['Judge Cynthia Ortloff set a trial date of Aug. 14 and a pretrial conference for July 7.', '2017-05-24', 'Aug. 14', '2017-08-14', null],
  ['Judge Cynthia Ortloff set a trial date of Aug. 14 and a pretrial conference for July 7.', '2017-05-24', 'July 7', '2017-07-07', null],
  ['The meeting had originally been scheduled for Oct. 6 but was moved because of the storm.', '2015-10-08', 'Oct. 6', '2015-10-06', null],
  ['The meeting had been scheduled for Dec. 1 but was postponed.', '2015-10-08', 'Dec. 1', '2015-12-01', null],
  ['He was in Islamabad through the weekend and returns to post on Friday.', '2011-06-09', 'Friday', '2011-06-10', null],
  ['They travel to Plymouth on Saturday.', '2011-06-09', 'Saturday', '2011-06-11', null],
  // a subjunctive after a verb of demand lies ahead; a past indicative after one does not
  ['The audit committee recommended that a new procurement policy be in place before the summer.', '2023-02-14', 'the summer', '2023-SU', null],
  ['Residents demanded that the footbridge be reopened by October.', '2023-02-14', 'October', '2023-10', null],
  ['He insisted that the money was paid in March.', '2023-02-14', 'March', '2022-03', null],
  // a fixture told in the present with a plural subject; not the noun ("watched the play", "a state visit")
  ['Celtic, who sacked their manager in February, play Aberdeen on Wednesday.', '2021-03-07', 'Wednesday', '2021-03-10', null],
  ['The Giants visit Dallas on Thursday.', '2021-03-07', 'Thursday', '2021-03-11', null],
  ['Fans watched the play on Wednesday.', '2021-03-07', 'Wednesday', '2021-03-03', null],
  ['The president began a state visit on Wednesday.', '2021-03-07', 'Wednesday', '2021-03-03', null],
  ['Schools that open on Thursday reported a shortage of teachers.', '2021-03-07', 'Thursday', '2021-03-04', null],
  ['The draw takes place on Saturday afternoon.', '2011-06-09', 'Saturday', '2011-06-11', null],
  ['Another round of light snow is possible Saturday night into Sunday.', '2011-06-09', 'Sunday', '2011-06-12', null],
  ['Investors filed their returns on Friday.', '2011-06-09', 'Friday', '2011-06-03', null],
  ['The charter requires a budget to be adopted by June 30 each year.', '2019-10-03', 'June 30', null, null],
  ['In 1990 Main Street was paved.', '2019-10-03', '1990', '1990', null],
  ['On Monday he said he would resign.', '2025-09-14', 'Monday', '2025-09-08', null],
  ['On Monday the minister told reporters the plant would close.', '2025-09-14', 'Monday', '2025-09-08', null],
  ['He would run in March, he said.', '2025-09-14', 'March', '2026-03', null],
  ['The mayor, on Friday, said the bridge could reopen.', '2025-06-01', 'Friday', '2025-05-30', null],

  // "until" a day, in a clause that tells someone to keep a state: ahead
  ['Residents should keep windows closed until at least Wednesday morning.', '2022-02-15', 'Wednesday', '2022-02-16', null],
  ['Residents should keep windows closed until at least Friday.', '2022-02-15', 'Friday', '2022-02-18', null],
  ['Stay indoors until Saturday, officials said.', '2022-02-15', 'Saturday', '2022-02-19', null],
  ['The shop stayed closed until Saturday.', '2022-02-15', 'Saturday', '2022-02-12', null],

  // A relative clause's tense does not decide the main clause's
  ["He expected the striker, who joined in August, to be fit for Tuesday's trip.", '2016-10-23', 'Tuesday', '2016-10-25', null],
  ["He expected the striker, who joined in August, to be fit for Tuesday's trip.", '2016-10-23', 'August', '2016-08', null],

  // "May" alone after a cue other than "in"; a year before a singular noun in -s
  ["It was the bank's third reduction since May.", '2023-06-22', 'May', '2023-05', null],
  ['The company will report first-quarter results in early May.', '2024-03-14', 'early May', '2024-05', 'START'],
  ['A 2014 analysis by a team at Stanford found the same.', PUB, '2014', '2014', null],

  // An unspecified time ahead
  ['Prices will fall in the coming weeks.', '2023-06-22', 'the coming weeks', 'FUTURE_REF', null],
  ['Growth will return over the coming months.', '2023-06-22', 'the coming months', 'FUTURE_REF', null],
  ['More cuts are planned in the days ahead.', '2023-06-22', 'the days ahead', 'FUTURE_REF', null],
  ['Prices rose in recent weeks.', '2023-06-22', 'recent weeks', null, null],

  // Day numbers coordinated with a written day
  ['The matches are scheduled for August 1 and 2.', '2021-06-10', '2', '2021-08-02', null],
  ['The matches were played on December 30 and 31.', '2022-01-02', '31', '2021-12-31', null],
  ['Talks were held on 1 and 2 June 2020.', '2021-06-10', '1', '2020-06-01', null],
  ['The tests ran on Aug. 3, 5 and 7, 2021.', '2022-06-10', '5', '2021-08-05', null],

  // A modal verb before a date speaks of what may happen: ahead; so does a modal of reported speech across "and" between names
  ['The 23-year-old has agreed personal terms, and a medical could take place as early as Friday.', '2025-07-15', 'Friday', '2025-07-18', null],
  ['She noted that recruitment would begin in Glasgow and Manchester in March.', '2025-05-08', 'March', '2026-03', null],
  // In a past clause, the date something came before may lie just ahead
  ['The chancellor was irritated by the timing, coming days before the final session on November 14.', '2025-11-05', 'November 14', '2025-11-14', null],
  ['He fled the country before he was arrested on March 3.', '2025-02-20', 'March 3', '2024-03-03', null],
  // "we expected" is a past verb; a wish told in the past is of something after it
  ['"Input costs moved against us faster than we expected in the spring," she said on Tuesday.', '2025-08-06', 'the spring', '2025-SP', null],
  ['Sales rose faster than analysts expected in March.', '2025-08-06', 'March', '2025-03', null],
  ['"He wanted to finish it by the summer," she said.', '2025-02-12', 'the summer', '2025-SU', null],
  ['He had planned to open the plant in March.', '2025-05-08', 'March', '2025-03', null],
  // What was offered, promised or ordered comes after the offer: a plan, the near occurrence ahead, else the past one
  ['Mr Duale said the ministry had offered to post the interns by July 1.', '2026-05-28', 'July 1', '2026-07-01', null],
  ['The court last week ordered both sides to hold talks and report back on June 4.', '2026-05-28', 'June 4', '2026-06-04', null],
  ['The justices agreed in January to take up that case.', '2026-08-07', 'January', '2026-01', null],
  ['The regulator ordered the airline to pay the fine in February.', '2026-06-10', 'February', '2026-02', null],
  // A participle after "was" or "were" is passive: the copula carries the tense
  ['Nurses would strike if their demands were not addressed by mid-June, the union said.', '2026-05-28', 'mid-June', '2026-06', 'MID'],
  ['The suspects were arrested on June 2.', '2026-05-28', 'June 2', '2025-06-02', null],
  // An indefinite weekday names no day
  ['"Everything I know, I learned on a Sunday morning," he said.', PUB, 'a Sunday', null, null],
  // "the previous week/evening", "that year", "that decade": the time the story last named, else the publication date
  ['Her husband had been working on the album until the previous week.', '2025-02-12', 'the previous week', '2025-W06', null],
  ['Shares fell in early trading Wednesday, after rising in after-hours trading the previous evening.', '2025-08-06', 'the previous evening', '2025-08-05', null],
  ['Sales rose last week. The previous week they fell.', '2025-08-06', 'The previous week', '2025-W30', null],
  ['His career faltered in the early 1980s. He struggled with alcohol for much of that decade.', '2025-02-12', 'that decade', '198', null],
  ['The mine opened in 2014. That year, it hired 200 people.', PUB, 'That year', '2014', null],
  ['The mine opened in March 2014. Later that month it flooded.', PUB, 'Later that month', '2014-03', null],
  // "by the weekend" as "over the weekend"
  ['Water supply is expected to be restored by the weekend.', '2024-10-25', 'the weekend', '2024-W43', null],
  // "the weekend" as a clause's subject, and after "until at least"; the tense says which one
  ['The charity said the weekend had been its busiest since the floods.', '2024-02-11', 'the weekend', '2024-W06', null],
  ['The weekend saw more than 300 calls to the helpline.', '2025-03-05', 'The weekend', '2025-W09', null],
  ['Hikers were told to keep off the ridge until at least the weekend.', '2025-03-05', 'the weekend', '2025-W10', null],
  // "spent the weekend": the weekend the tense points to
  ['Families spent the weekend bailing water out of their homes.', '2024-02-13', 'the weekend', '2024-W06', null],
  ['Volunteers will spend the weekend filling sandbags.', '2024-02-13', 'the weekend', '2024-W07', null],
  // written on a Saturday or a Sunday, "the weekend" is the one under way, whatever the tense
  ['Linesmen are working through the weekend to restore power.', '2024-02-11', 'the weekend', '2024-W06', null],
  ['More rain will fall over the weekend, the forecaster said.', '2024-02-10', 'the weekend', '2024-W06', null],
  // A split fiscal year has no value however it is written
  ['Spending fell in fiscal 2023-24.', PUB, 'fiscal 2023-24', null, null],
  ['The council spent 40% of its budget in FY2023/24.', PUB, 'FY2023/24', null, null],
  // A fiscal quarter of whole weeks ends within a week of the month's end
  ['Halden earned $412 million in the three months ended June 28, up from $367 million in the same period a year earlier.', '2025-08-06', 'the three months ended June 28', '2025-Q2', null],
  ['Halden earned $412 million in the three months ended June 28, up from $367 million in the same period a year earlier.', '2025-08-06', 'the same period a year earlier', '2024-Q2', null],
  // A month with its year given relative to the anchor is one date
  ['Its chairman would step down at the annual meeting in June next year.', '2024-11-08', 'June next year', '2025-06', null],
  // What happened lies in a quarter that has begun, not in one still ahead
  ['Halden reported second-quarter sales on Tuesday. Okonkwo said prices would rise in the fourth quarter. Volumes fell 2 percent in the quarter.', '2025-08-06', 'the quarter', '2025-Q2', null],
  // "the coming weeks" without a preposition
  ['Aid agencies warned that the coming weeks would be critical.', '2024-10-25', 'the coming weeks', 'FUTURE_REF', null],

  // "until (at least)" after an act that imposes a state: the state's end lies ahead
  ['Wilmington International Airport canceled all flights until at least noon Wednesday.', '2024-09-17', 'noon Wednesday', '2024-09-18', null],
  ['The airline suspended flights until Friday.', '2024-09-17', 'Friday', '2024-09-20', null],
  // The two ends of a range of weekdays are read together
  ['Rainfall totals from Monday through Wednesday could reach 20 inches in some spots, according to the forecast.', '2024-09-17', 'Monday', '2024-09-16', null],
  ['Rainfall totals from Monday through Wednesday could reach 20 inches.', '2024-09-17', 'Wednesday', '2024-09-18', null],
  ['It rained from Monday through Wednesday.', '2024-09-17', 'Monday', '2024-09-09', null],
  // The week one end of a range of weekdays states is the week of the other end too
  ['Dockers will walk out from Monday to Wednesday next week, the union said.', '2026-02-20', 'Monday', '2026-02-23', null],
  ['The ferries will be idle from next Tuesday to Thursday.', '2026-02-20', 'Thursday', '2026-02-26', null],
  // The first time of a range of hours is on the day the second one names
  ['Controllers at Rome will down tools from 1 p.m. to 5 p.m. Central European Time on Thursday.', '2026-02-20', '1 p.m.', '2026-02-26', null],
  // "said late on Sunday": the day of the report
  ['The party said late on Sunday it would not back the budget.', '2024-06-11', 'late on Sunday', '2024-06-09', 'END'],
  ['Bonds rose as much as 2 cents early on Monday, according to Tradeweb data.', '2025-03-03', 'early on Monday', '2025-03-03', 'START'],
  ['The agency said on Wednesday it expected the storm to bring heavy rain from Friday to Sunday.', '2025-11-05', 'Friday', '2025-11-07', null],
  // A relative clause in the present holds the date: it is the nearest
  ['The board collected 9.3 trillion rupees in the fiscal year that ends on June 30.', '2024-06-11', 'June 30', '2024-06-30', null],
  ['The plan would take effect in fiscal 2026, which begins July 1.', '2025-03-06', 'July 1', '2025-07-01', null],
  // A day, month and year joined by dashes or dots, the day first where it cannot be the month
  ['Payment will be made on or before 13-03-2024, the company said.', '2024-02-12', '13-03-2024', '2024-03-13', null],
  ['The accused was produced in court on 21.11.2019 and remanded.', '2019-12-02', '21.11.2019', '2019-11-21', null],
  // a numeric date that could be read either way is read in the document's order (one sense per document)
  ['The notice, dated 04/03/2024, was served on 16 March, the tribunal heard.', '2024-03-20', '04/03/2024', '2024-03-04', null],
  ['The notice, dated 04/03/2024, was served on March 16, the court heard.', '2024-03-20', '04/03/2024', '2024-04-03', null],
  ['A first notice went out on 15/01/2024 and the last on 04/03/2024.', '2024-03-20', '04/03/2024', '2024-03-04', null],
  ['Payment is due by 05-06-2024; a first notice went out on 15-03-2024.', '2024-03-20', '05-06-2024', '2024-06-05', null],
  ['The notice, dated 04/03/2024, was served.', '2024-03-20', '04/03/2024', '2024-04-03', null],
  // year first, with slashes
  ['The hearing was adjourned to 2024/04/05 for sentencing.', '2024-03-20', '2024/04/05', '2024-04-05', null],
  ['The notice was dated 2024.03.14 and signed by the mayor.', '2024-04-02', '2024.03.14', '2024-03-14', null],
  ['The plan would take effect in fiscal 2026, which begins July 1.', '2025-03-06', 'fiscal 2026', '2026', null],
  // What was needed before a season lies ahead of the report; a season still running is the one ahead
  ['Zelensky said Ukraine needed more air defence systems before the summer.', '2025-03-04', 'the summer', '2025-SU', null],
  ['The bill will be adopted in the fall.', '2024-10-17', 'the fall', '2024-FA', null],
  ['The bill is expected to be adopted before the end of the fall session.', '2024-10-17', 'the end of the fall', '2024-FA', 'END'],
  // "overnight" in a past clause: the day the night ends in, the report's when the sentence names it
  ['Russian forces launched 112 drones at Ukraine overnight, the air force said on Tuesday.', '2025-03-05', 'overnight', '2025-03-04', null],
  ['Russia fired missiles overnight.', '2025-03-04', 'overnight', '2025-03-04', null],
  // the night after a day's late hours ends the next day, whenever the story is published
  ['Crews pumped water from the tunnel overnight after the canal burst its banks late Friday.', '2023-06-12', 'overnight', '2023-06-10', null],
  // "the previous decade", "the year before": the unit before the time the text named last
  ['Some investors fear a slowdown in the 2020s could follow the boom of the previous decade.', '2025-01-22', 'the previous decade', '201', null],
  ['The rate was 454 in 2023, down from 497 the year before, FBI data show.', '2025-06-12', 'the year before', '2022', null],
  ['Lambert wrote to Voss on Aug. 9, 2022, recommending a resample. Voss replied the next morning that she agreed.', '2025-02-20', 'the next morning', '2022-08-10', null],
  // "in two weeks" ahead, at the granularity of "two weeks ago"
  ['The committee will hold a second hearing in two weeks.', '2025-03-06', 'two weeks', '2025-W12', null],
  ['The shop will reopen in 10 days.', '2025-03-06', '10 days', '2025-03-16', null],
  // A month naming a noun's time
  ["The figure was drawn from the transportation office's September analysis.", '2025-10-15', 'September', '2025-09', null],
  ['She plans to bring a reform bill to markup before the August recess.', '2025-03-06', 'August', '2025-08', null],
  // A clock time alone takes the value of its day: the paragraph's last day, else the publication day,
  ['The service issued a flood emergency shortly after 9 p.m.', '2024-09-17', '9 p.m.', '2024-09-17', null],
  ['On Monday the storm hit. Power failed at 9 p.m.', '2024-11-05', '9 p.m.', '2024-11-04', null],
  // a court's remand runs to a date ahead; a target's date is the near one ahead
  ['He was remanded in custody until 4 April.', '2025-03-14', '4 April', '2025-04-04', null],
  ['Just 58.2 per cent of patients were seen within four hours in January, against a national target of 78 per cent by March.', '2025-02-13', 'March', '2025-03', null],
  // a day in the sentence of "that summer" lies in the story's year; "the Wednesday" of a story is no day of the publication's week
  ['Alvarez became mayor in the spring of 2019. That summer, on 5 June, the director warned her.', '2025-03-14', '5 June', '2019-06-05', null],
  ['"My father handed me the keys and went fishing on the Wednesday," he recalled.', '2024-09-05', 'the Wednesday', null, null],
  // a verb whose past is its bare form, after a singular subject, is past
  ['Mr Pearson set off on 3 February.', '2024-11-22', '3 February', '2024-02-03', null],
  ['The cut takes effect on 3 February.', '2024-11-22', '3 February', '2025-02-03', null],
  // ... or the last day named one or two paragraphs before it (the story's day goes on)
  ['More than 3,000 workers went on strike early Monday.\n\nPicket lines formed at about 5 a.m.', '2025-09-23', '5 a.m.', '2025-09-22', null],
  ['The defendant bought petrol on 7 August last year.\n\n"He knew," she said.\n\nCCTV showed him pouring fuel shortly after 11pm.', '2025-03-14', '11pm', '2024-08-07', null],
  ['12:15 a.m. ET — The secretary of state said turnout would exceed 70%.', '2024-11-05', '12:15 a.m. ET', '2024-11-06', null],
  ['**9:05 a.m.** The storm made landfall near Cedar Key.', '2024-11-05', '9:05 a.m.', '2024-11-05', null],
  ['11:40 a.m. EDT: Power was out for 200,000 homes.', '2024-11-05', '11:40 a.m. EDT', '2024-11-05', null],
  ['9:42 p.m. ET — Polls closed across the state.', '2024-11-05', '9:42 p.m. ET', '2024-11-05', null],

  // No publication date: relative expressions are null, absolute ones resolve
  ['Construction began on January 7, 2019.', null, 'January 7, 2019', '2019-01-07', null],
  ['Trump spoke on January 13.', null, 'January 13', null, null],
  ['Farley discussed it last month.', null, 'last month', null, null],
  ['Imports boomed in the 1990s.', null, 'the 1990s', '199', null],
  ['The firm is now profitable.', null, 'now', 'PRESENT_REF', null],
  // "takes effect", "comes into force": the nearest such date, whatever the tense of the decision beside it
  ['Governor Brian Kemp signed it on May 8, and it takes effect on Jan. 1.', '2026-08-07', 'Jan. 1', '2027-01-01', null],
  ['The rule comes into force on 1 April, the ministry said.', '2026-02-06', '1 April', '2026-04-01', null],
  ['The law took effect on Jan. 1.', '2026-08-07', 'Jan. 1', '2026-01-01', null],
  // a verb of leaving is no change measured from a past figure
  ['The company confirmed that its co-founder would step down from the board in March.', '2026-10-29', 'March', '2027-03', null],
  ['Its shares were down from a record high in March.', '2026-10-29', 'March', '2026-03', null],
  // "that" opening a clause does not point back to a season
  ['The district confirmed that spring break would run in March, and that the first day of classes after the winter holidays would be Jan. 5.', '2026-06-18', 'Jan. 5', '2027-01-05', null],
  ['Kemal arrived in 2019. That winter, on 5 January, he opened a shop.', '2026-06-18', '5 January', '2019-01-05', null],
  // a bare day near a month given with its year in the same sentence lies in that year
  ['The removals took place between June and August of 2024, and some fell within the 90-day window before the Nov. 5 general election.', '2026-08-07', 'Nov. 5', '2024-11-05', null],
  ['He was hired in March 2024 and fired on June 5.', '2026-08-07', 'June 5', '2024-06-05', null],
  ['He was hired in March 2024 and was fired on Nov. 5.', '2026-08-07', 'Nov. 5', '2025-11-05', null],
  // a state kept to a date lies ahead of the decision that keeps it
  ['The Senate voted on Wednesday to approve a stopgap bill that keeps the government funded through April 30.', '2026-03-12', 'April 30', '2026-04-30', null],
  ['The deal extended funding through April 30.', '2026-06-12', 'April 30', '2026-04-30', null],
  // a month set off right after a year is a month of that year
  ['Siddaramaiah, who had written to Modi twice last year, in June and again in November, welcomed the approval.', '2026-02-06', 'June', '2025-06', null],
  ['In 2019, in March, the board met.', '2026-02-06', 'March', '2019-03', null],
  ['By next year, in June, the line will open.', '2026-02-06', 'June', '2027-06', null],
  ['The line opened last year and will close in June.', '2026-02-06', 'June', '2026-06', null],
  // a bare month told in the past goes on from a date its paragraph wrote with its year, until another time intervenes
  ['Their draft report, dated 30 June 2023, said the foundation could not produce receipts. A final version, issued in August, softened that language.', '2026-05-04', 'August', '2023-08', null],
  ['The state moved to dismiss in May 2024. Pierce held a hearing in the summer of 2025. The plaintiffs appealed in November.', '2026-05-04', 'November', '2025-11', null],
  ['The firm was founded on 3 May 2019. It cut jobs in March.', '2026-05-04', 'March', '2026-03', null],
  // (a sentence a source reports after its date is the story's present: the run does not reach it)
  ['The network launched in November 2006. It had about 77 million accounts at the end of March, the company said in its annual report.', '2011-04-28', 'the end of March', '2011-03', 'END'],
  ['The network launched in November 2006. It had 5 million users in March, according to the regulator.', '2011-04-28', 'March', '2011-03', null],
  ['The network launched in November 2006. It had 5 million users in March.', '2011-04-28', 'March', '2007-03', null],
  ['Their draft report, dated 30 June 2023, said the foundation could not pay. A final version, issued in August, said it had paid.', '2026-05-04', 'August', '2023-08', null],
  ['The firm was founded on 3 May 2019.\n\nIt cut jobs in August.', '2026-05-04', 'August', '2025-08', null],
  // a quarter a figure is measured from is no quarter "the quarter" refers back to
  ['Revenue rose in the third quarter. Margin was 46.2%, up from 44.9% in the fourth quarter of fiscal 2025. In China, revenue fell 6% in the quarter.', '2026-10-29', 'the quarter', '2026-Q3', null],
  ['Revenue fell in the fourth quarter of 2025. In China, revenue fell 6% in the quarter.', '2026-10-29', 'the quarter', '2025-Q4', null],
  // what is agreed, promised or pledged lies ahead of the commitment
  ['Negotiators agreed to revisit rules on carbon markets at the mid-year talks in Bonn in June.', '2026-11-21', 'June', '2027-06', null],
  ['The minister pledged to publish the plan in September.', '2026-11-21', 'September', '2027-09', null],
  ['In March, he agreed to sell the team.', '2026-11-21', 'March', '2026-03', null],
  ['She agreed to step down on Friday.', '2026-11-21', 'Friday', '2026-11-20', null],
  // the edge of a fiscal year: its month when the story says when the fiscal year ends, else the year with END or START
  // a fiscal quarter the story dates by its last day sets where the company's other fiscal quarters fall
  ['Sales grew in the third quarter of fiscal 2019, which ended Nov. 30, against $2.1 billion in the third quarter of fiscal 2018.', '2019-12-18', 'the third quarter of fiscal 2018', '2018-Q4', null],
  ['Construction will begin before the end of FY26.', '2026-02-06', 'the end of FY26', '2026', 'END'],
  ["The company's fiscal year ends in June. Sales will rise by the end of fiscal 2026.", '2026-02-06', 'the end of fiscal 2026', '2026-06', null],
  ["The company's fiscal year ends in June. Sales rose at the start of fiscal 2025.", '2026-02-06', 'the start of fiscal 2025', '2024-07', null],
  ['Sales rose at the end of 2025.', '2026-02-06', 'the end of 2025', '2025-12', null],
  // a bare day, or "the next" season, in a past narrative of a time long before the publication
  ['In the spring of 1944, commanders gathered in southern England. A storm held them back, and on June 5 the order was given.', '2026-06-06', 'June 5', '1944-06-05', null],
  ['The company was founded in 2019. Sales rose on March 3, the firm said.', '2026-06-06', 'March 3', '2026-03-03', null],
  ['The village was rebuilt in 1947. The next winter was the coldest anyone remembered.', '2026-06-06', 'next winter', '1947-WI', null],
  ['The storm hit in 2024. Next winter will be harder, the minister said.', '2026-06-06', 'Next winter', '2026-WI', null],
  // a season of a year counted from the publication's
  ['He has been campaigning since the spring of last year.', '2026-03-12', 'the spring of last year', '2025-SP', null],
  ['Work starts in the summer of next year.', '2026-03-12', 'the summer of next year', '2027-SU', null],
  ['He left last summer.', '2026-03-12', 'last summer', '2025-SU', null],
  // a month a price or a quantity is set for lies on either side of the telling: the nearest
  ['Saudi Aramco on Sunday cut its official selling price for Arab Light crude to Asia for November.', '2026-10-06', 'November', '2026-11', null],
  ['The producer raised its supply quotas for September.', '2026-10-06', 'September', '2026-09', null],
  ['The retailer reported weak sales for March.', '2026-10-06', 'March', '2026-03', null],
  // a fixture or a session that goes on, written in the present, lies ahead
  ['The trial continues at 10am on Monday.', '2026-06-19', '10am on Monday', '2026-06-22', null],
  ['Mohun Bagan, who lead the table by four points, host Bengaluru FC on Friday evening.', '2026-02-16', 'Friday', '2026-02-20', null],
  ['The two sides meet on Saturday in Nagpur.', '2026-02-16', 'Saturday', '2026-02-21', null],
  ['The strike continued on Monday, the union said.', '2026-06-19', 'Monday', '2026-06-15', null],
  // a season planned for begins within a season: the coming one
  ['He will publish the figures in the half-yearly review due in the autumn.', '2026-07-19', 'the autumn', '2026-FA', null],
  // south of the equator the seasons turn the other way: summer YYYY runs from December YYYY
  ['This summer has been hard for the Sydney government, and NSW hospitals were stretched over Christmas. The Premier met Melbourne officials.', '2027-01-19', 'This summer', '2026-SU', null],
  ['The NSW budget will be updated in the review due in the autumn, the Sydney treasurer said. Melbourne agreed.', '2027-01-19', 'the autumn', '2027-FA', null],
  ['The Johannesburg council said water cuts would return this winter. Pretoria and Durban face the same.', '2026-04-10', 'this winter', '2026-WI', null],
  ['The district has already used five snow days this winter.', '2026-03-10', 'this winter', '2025-WI', null],
  ['Heating bills rose sharply this winter, the regulator said.', '2024-02-02', 'this winter', '2023-WI', null],
  ['The council will grit the main roads this winter.', '2026-07-01', 'this winter', '2026-WI', null],
  ['The council will grit the main roads this winter.', '2026-04-20', 'this winter', '2026-WI', null],
  ['Cape Town hotels were full last summer, and Johannesburg saw record visitors.', '2026-06-10', 'last summer', '2025-SU', null],
  // a story of the north that names a place of the south once keeps its seasons
  ['Sydney-based investors said the London listing would come this summer, after a UK review and talks in New York.', '2027-01-19', 'this summer', '2027-SU', null],
  // a weekday with "last week" or "next week" after it is that weekday of the week before or after the publication's
  ['The committee said on Monday last week that it would summon him.', '2026-05-04', 'Monday last week', '2026-04-27', null],
  ['The vote is on Friday next week.', '2026-05-04', 'Friday next week', '2026-05-15', null],
  ['They met on Sunday last week.', '2026-05-04', 'Sunday last week', '2026-05-03', null],
  // "of that year" after a month is part of the month's expression
  ['The foundation was registered in 2016. Its first project opened in September of that year, funded by a grant.', '2026-05-04', 'September of that year', '2016-09', null],
  ['In 2009 a fire broke out. In March of the same year he left.', '2026-05-04', 'March of the same year', '2009-03', null],
  // "compared with" after a noun or a figure is a preposition, not a past verb
  ['Hoekstra said Europe would present its 2040 target, a 90% cut in emissions compared with 1990 levels, "before the summer".', '2026-11-21', 'the summer', '2027-SU', null],
  ['Analysts compared the plan with one adopted in March.', '2026-11-21', 'March', '2026-03', null],
  // "May" joined to another month found as a date is the month
  ['Sales grew between March and May.', '2026-02-06', 'May', '2025-05', null],
  ['Polls are due in March or May, he said.', '2026-02-06', 'May', '2026-05', null],
  // a half year in financial shorthand is its year with START or END, as "the first half of 2025" is
  ['The firm posted a profit in H1 2026.', '2026-09-10', 'H1 2026', '2026', 'START'],
  ['Revenue in 1H26 rose 4%.', '2026-09-10', '1H26', '2026', 'START'],
  ['Guidance for H2 FY27 was cut.', '2026-09-10', 'H2 FY27', '2027', 'END'],
  // holidays of the Easter cycle
  ['Shops will close on Good Friday.', '2026-04-15', 'Good Friday', '2027-03-26', null],
  ['Churches were packed on Easter Sunday.', '2026-04-15', 'Easter Sunday', '2026-04-05', null],
  ['Good Friday 2019 was quiet.', '2026-04-15', 'Good Friday 2019', '2019-04-19', null],
  ['Rallies were held on Easter Monday.', '2026-04-15', 'Easter Monday', '2026-04-06', null],
  ['Negotiators reached a deal on Good Friday.', '2026-04-15', 'Good Friday', '2026-04-03', null],
  ['Lent began on Ash Wednesday.', '2026-04-15', 'Ash Wednesday', '2026-02-18', null],
  ['She spent a quiet Christmas with family.', '2026-03-12', 'Christmas', '2025-12-25', null],
  // a holiday a past event came right before is the last one; a scheduled event, or a time near the telling, keeps the plan's grace
  ['The bakery on Main Street closed before Christmas.', '2024-11-20', 'Christmas', '2023-12-25', null],
  ['Ticket sales slowed ahead of Thanksgiving, the promoter said.', '2019-10-20', 'Thanksgiving', '2018-11-22', null],
  // (but the coming one when it is at most three weeks off: the run-up to it)
  ['Ticket sales slowed ahead of Thanksgiving, the promoter said.', '2019-11-08', 'Thanksgiving', '2019-11-28', null],
  ['Retailers cut prices ahead of Black Friday.', '2024-11-25', 'Black Friday', '2024-11-29', null],
  ['Markets rallied before Christmas.', '2024-12-20', 'Christmas', '2024-12-25', null],
  ['The bakery will close before Christmas.', '2024-11-20', 'Christmas', '2024-12-25', null],
  ['Shoppers queued on Saturday before Christmas.', '2024-12-16', 'Christmas', '2024-12-25', null],
  ['The bakery closed after Christmas.', '2024-11-20', 'Christmas', '2023-12-25', null],
  // the Orthodox feasts, by the Julian calendar, and a holiday kept by what is done is the nearest one
  ['The government declared a ceasefire to mark Orthodox Easter, which falls on Sunday.', '1999-04-07', 'Orthodox Easter', '1999-04-11', null],
  ['The government declared a ceasefire to mark Orthodox Easter, which falls on Sunday.', '1999-04-07', 'Sunday', '1999-04-11', null],
  ['Churches in Belgrade were full on Orthodox Easter.', '2025-06-01', 'Orthodox Easter', '2025-04-20', null],
  ['Pilgrims will travel to Jerusalem for Orthodox Easter.', '2026-02-01', 'Orthodox Easter', '2026-04-12', null],
  ['Serbs celebrated Orthodox Christmas with family.', '2026-03-01', 'Orthodox Christmas', '2026-01-07', null],
  ['The ceasefire was declared on Easter.', '1999-04-07', 'Easter', '1999-04-04', null],
  ['Shops will close on Easter Monday.', '1999-04-07', 'Easter Monday', '2000-04-24', null],
  // a time named after a holiday is not its day: its month, or the week of its weekend; a year after it is that year's
  ['Councillors have postponed the decision on parking charges until after the Christmas recess.', '2019-12-12', 'Christmas recess', '2019-12', null],
  ['Sales fell sharply over the Christmas period.', '2024-02-20', 'Christmas period', '2023-12', null],
  ['MPs will return after the Easter recess.', '2016-07-04', 'Easter recess', '2017-04', null],
  ['Christmas period trading figures will be published on Thursday.', '2024-01-02', 'Christmas period', '2023-12', null],
  ['A council spokesman said the Easter break would be the earliest date for the new charges.', '2019-12-12', 'Easter break', '2020-04', null],
  ['A council spokesman said Easter would be the earliest date for the new charges.', '2019-12-12', 'Easter', '2020-04-12', null],
  ['The union said Friday it would strike.', '2024-03-20', 'Friday', '2024-03-15', null],
  ['Parliament rose for the Easter recess.', '2016-07-04', 'Easter recess', '2016-03', null],
  ['Schools close for the Easter holidays next week.', '2024-03-20', 'Easter holidays', '2024-03', null],
  ['Traffic was heavy over the Easter weekend.', '2025-04-25', 'Easter weekend', '2025-W16', null],
  ['Three people drowned over Labor Day weekend.', '2023-09-06', 'Labor Day weekend', '2023-W35', null],
  ['Travel over the Thanksgiving weekend was heavy.', '2024-12-03', 'Thanksgiving weekend', '2024-W48', null],
  ['Travel over the Thanksgiving weekend will be heavy.', '2024-11-03', 'Thanksgiving weekend', '2024-W48', null],
  ['She sang at a festival over the Easter weekend last year.', '2016-07-04', 'Easter weekend last year', '2015-W14', null],
  ['The previous record was set on Anzac Day two years ago.', '2012-04-15', 'Anzac Day two years ago', '2010-04-25', null],
  ['The previous record was set on Anzac Day two years ago.\n\nEarlier in the day, the reserves lost by 15 points.', '2012-04-15', 'Earlier in the day', null, null],
  ['The previous record was set on Anzac Day two years ago. Later that day, fans invaded the pitch.', '2012-04-15', 'Later that day', '2010-04-25', null],
  ['The museum reopens on Boxing Day next year.', '2012-04-15', 'Boxing Day next year', '2013-12-26', null],
  // a year written after a holiday with "of", "in" or a comma; the shopping days after Thanksgiving
  ['They met at Christmas of 1944.', '2024-01-16', 'Christmas of 1944', '1944-12-25', null],
  ['The tsunami of Boxing Day, 2004, killed 230,000 people.', '2024-01-16', 'Boxing Day, 2004', '2004-12-26', null],
  ['During the Christmas holidays of 2019, the roof collapsed.', '2024-01-16', 'Christmas holidays of 2019', '2019-12', null],
  ['The mall was packed on Black Friday.', '2024-12-02', 'Black Friday', '2024-11-29', null],
  ['Online sales hit a record on Cyber Monday.', '2024-12-05', 'Cyber Monday', '2024-12-02', null],
  ['Over the Christmas and New Year period, 40 people died on the roads.', '2024-01-10', 'Christmas and New Year period', '2023-12', null],
  ['In Christmas week, deliveries doubled.', '2024-01-10', 'Christmas week', '2023-W52', null],
  // a quarter of a fiscal year in Indian house style
  ['The Q3FY26 numbers were strong.', '2026-02-06', 'Q3FY26', '2026-Q3', null],
  ['Revenue rose in Q3 of FY26.', '2026-02-06', 'Q3 of FY26', '2026-Q3', null],
  // a fiscal quarter with its year, when the story says when its fiscal year ends, is the calendar quarter it covers;
  // an Indian story that counts in rupees and crores means the April-to-March year
  ['The company reported Q3FY25 profit of Rs 200 crore.', '2026-02-06', 'Q3FY25', '2024-Q4', null],
  ['Infosys said its Q4 FY26 net profit rose to ₹7,000 crore.', '2026-04-20', 'Q4 FY26', '2026-Q1', null],
  ['Revenue was ₹1.75-trillion in the fiscal year ended March 31, 2026, and it expects gains from Q1 FY27.', '2026-08-25', 'Q1 FY27', '2026-Q2', null],
  // such a story that ends a numbered quarter where the fiscal count puts it numbers its other quarters so too
  ['Infotech earned Rs 3,240 crore in the third quarter ended December 31, 2024. In the second quarter, it had earned Rs 3,105 crore.', '2025-01-16', 'the second quarter', '2024-Q3', null],
  // "the previous quarter": the one before the quarter its sentence named, else before the one the story reports on
  ['Infotech earned Rs 3,240 crore in the third quarter ended December 31, 2024. In the second quarter, it had earned Rs 3,105 crore. Attrition fell to 12.9 per cent from 13.4 per cent in the previous quarter.', '2025-01-16', 'the previous quarter', '2024-Q3', null],
  ['Revenue rose 8% in the third quarter, compared with the previous quarter.', '2024-10-25', 'the previous quarter', '2024-Q2', null],
  ['GDP grew 0.3% in the first quarter of 2024, up from 0.1% in the preceding quarter.', '2024-06-25', 'the preceding quarter', '2023-Q4', null],
  ['Margins improved from the previous quarter.', '2024-10-25', 'the previous quarter', '2024-Q3', null],
  ['Infotech earned Rs 3,240 crore in the third quarter ended 31st December. In the second quarter, it had earned Rs 3,105 crore.', '2025-01-16', 'the second quarter', '2024-Q3', null],
  ['Infotech earned Rs 3,240 crore in the quarter ended June 30. In the second quarter of 2023, it had earned Rs 3,105 crore.', '2024-07-16', 'the second quarter of 2023', '2023-Q2', null],
  ['Acme earned $40 million in the third quarter ended September 30. In the second quarter, it had lost money.', '2024-10-20', 'the second quarter', '2024-Q2', null],
  ["The company's fiscal year ends on Sept. 30. Margin rose from the fourth quarter of fiscal 2025.", '2026-10-29', 'the fourth quarter of fiscal 2025', '2025-Q3', null],
  // what "ended March 31" after "its third quarter of fiscal 2026" is the quarter, not the fiscal year
  ['It reported results for its third quarter of fiscal 2026, which ended March 31, 2026. Revenue rose from the third quarter of fiscal 2025. The fiscal year ends June 30, 2026.', '2026-05-06', 'the third quarter of fiscal 2025', '2025-Q1', null],
  ['Microsoft said Q3 FY25 revenue rose to $70 billion.', '2026-02-06', 'Q3 FY25', '2025-Q3', null],
  ['Tenders worth Rs 500 crore will be awarded by the end of FY26.', '2025-11-06', 'the end of FY26', '2026-03', null],
  // a clock time takes the story's day, not a day told in a relative clause of background
  ['Climate talks ended in the early hours of Saturday.\n\nThe summit, which opened on 9 November and was due to close on Friday evening, ran 12 hours over time.\n\nHe brought down the gavel at 4.12am local time.', '2026-11-21', '4.12am local time', '2026-11-21', null],
  ['The strike began on Monday.\n\nThe union, which was founded in 1990, met on Tuesday to plan it.\n\nPickets arrived at 6am.', '2026-11-21', '6am', '2026-11-17', null],
  // both months of a range written with a dash
  ['The polls are scheduled for April-May.', '2026-02-06', 'May', '2026-05', null],
  ['The exam runs in March–April.', '2026-02-06', 'April', '2026-04', null],
  ['The polls were held in April-May 2024.', '2026-02-06', 'May 2024', '2024-05', null],
  ['The October-December period was weak.', '2026-02-06', 'October-December period', '2025-Q4', null],
  // an infinitive of purpose before a date: the nearest date, not the past one
  ['Smith said he was ending his campaign "to unite the party before the May 5 primary."', '2026-03-12', 'May 5', '2026-05-05', null],
  ['The minister flew to Brussels to secure a deal ahead of the June 30 deadline.', '2026-03-12', 'June 30', '2026-06-30', null],
  ['He returned home to see the family before Christmas.', '2026-03-12', 'Christmas', '2025-12-25', null],
  ['She flew to Lagos before the May 5 election.', '2026-03-12', 'May 5', '2025-05-05', null],
  // a boundary of a year that recurs, told in the present: a day of every year, no year
  ["The company's fiscal year ends on Sept. 30.", '2026-10-29', 'Sept. 30', null, null],
  ['The school year begins in September.', '2026-10-29', 'September', null, null],
  ['The financial year runs from April 1 to March 31.', '2026-10-29', 'March 31', null, null],
  ['The fiscal year ended on Sept. 30, the company said.', '2026-10-29', 'Sept. 30', '2026-09-30', null],
  ['The fiscal year will end on Sept. 30.', '2026-10-29', 'Sept. 30', '2027-09-30', null],
  ['The current fiscal year ends in March.', '2026-10-29', 'March', '2027-03', null],
  // "last fortnight", "a fortnight after", "two weekends ago", "that same month"
  ['Sales fell sharply last fortnight, the retailer said.', '2026-03-12', 'last fortnight', null, null],
  ['The law was passed a fortnight after the vote.', '2026-03-12', 'a fortnight', null, null],
  ['The fair opened two weekends ago.', '2026-03-12', 'two weekends ago', '2026-W09', null],
  ['The bank failed on June 3, 2025. That same month the regulator resigned.', '2026-03-12', 'That same month', '2025-06', null],
  ['The storm hit on Oct. 4, 2024. Power came back that same day.', '2026-03-12', 'that same day', '2024-10-04', null],
  ['She married in June 1952. A year later, her first son was born. That same year she opened a bakery.', '2010-05-20', 'That same year', '1953', null],
  ['She married in June 1952. That year she opened a bakery.', '2010-05-20', 'That year', '1952', null],
  // a year or month counted on from the time named last is where the story goes on from
  ['The audit was tabled in November 2020. A year later, the unit froze the house. That same month, he was suspended.', '2026-06-19', 'That same month', '2021-11', null],
  ['The audit was tabled in 2019. Two years later, the unit froze the house. The following year he was charged.', '2026-06-19', 'The following year', '2022', null],
  ['She joined the council in 1987. A year later she was elected a fellow. That same month she gave evidence.', '2026-03-09', 'That same month', null, null],
  ['The plant closed in March 2021. The next morning the workers protested. That same month the union sued.', '2026-06-19', 'That same month', '2021-03', null],
  // a count back is a baseline: the story stays where it was
  ['Net income for the three months ended Sept. 30 rose 12% from a year earlier. Customers fell from 560,000 in the same period last year.', '2014-10-23', 'the same period last year', '2013-Q3', null],
  // "two decades later": twenty years on
  ['She recorded the bleaching in the summer of 1978. Two decades later, a larger event swept the reef.', '2026-03-09', 'Two decades later', '1998', null],
  ['The mine opened in 1990. A decade earlier, the valley had been farmland.', '2026-03-09', 'A decade earlier', '1980', null],
  // "two years on": British for later, counted from the time named last when the story goes on in the past
  ['She moved to Rome in 1980. Two years on, she was running the shop.', '2026-03-09', 'Two years on', '1982', null],
  ['The family moved to Lagos in 1947. Two years on, her father died.', '2024-01-16', 'Two years on', '1949', null],
  ['The mill closed in 2011. Ten years on, the town has changed beyond recognition.', '2024-01-16', 'Ten years on', null, null],
  ['The plant closed in 2015. A decade on from the closure, the town was recovering.', '2026-03-09', 'A decade on', '2025', null],
  ['The works shut in 1911. Seven years on, the site is home to a battery plant.', '2022-08-17', 'Seven years on', null, null],
  // a short decade after a full one is of its century; "the year after that" counts on from the year before
  ['In the 1960s and 70s he taught in Ibadan. The following decade he returned to Britain.', '2026-03-09', '70s', '197', null],
  ['In the 1960s and 70s he taught in Ibadan. The following decade he returned to Britain.', '2026-03-09', 'The following decade', '198', null],
  ['His first novel appeared in 1965; its sequel followed a year later, and a third book the year after that.', '2026-03-09', 'the year after that', '1967', null],
  ['Temperatures in the 1960s and 70s were lower, and highs in the 60s and 70s are forecast.', '2026-03-09', '70s', '197', null],
  // an age set off by commas right after a time restates that time; after other words it is a time of its own
  ['In 2010, at the age of 76, she sailed to the islands. The following year the waters became a reserve.', '2026-03-09', 'The following year', '2011', null],
  ['She was born in Lagos in 1950 and moved to London at age 9. The following year her father died.', '2026-03-09', 'The following year', null, null],
  // a day after "<month> of that year" is not pinned to that year
  ['Pierce ruled in the summer of 2025. The plaintiffs appealed in November of that year, and the panel heard arguments on April 14.', '2026-08-07', 'April 14', '2026-04-14', null],
  ['The war began in 1942. That summer, on 5 June, the port fell.', '2026-08-07', '5 June', '1942-06-05', null],
  // the weekday after a day the story did not date: no value (not a day of the publication week)
  ['The leak began in the summer of 2022, when a clerk spotted it on a Thursday night. The manager quit the following Tuesday.', '2026-03-03', 'Tuesday', null, null],
  ['She was arrested on Friday 8 June 2012. She was released the following Tuesday.', '2026-03-03', 'Tuesday', '2012-06-12', null],
  // a quotation's "tonight" or "today" in a story of the day before publication: that day, when it was said
  ['The council passed the budget late on Tuesday night. "Tonight this city chose its libraries," the mayor said.', '2026-03-04', 'Tonight', '2026-03-03', null],
  ['The strike ended on Monday. "We are back at work today," a steward said.', '2026-03-03', 'today', '2026-03-02', null],
  ['The strike ended on Monday. Union members return to work today.', '2026-03-03', 'today', '2026-03-03', null],
  // a year before a carmaker's name that is no car: a time
  ['The 2019 Ford Foundation report found gaps.', PUB, '2019', '2019', null],
  ['Toyota sold 10 million cars in 2024, it said.', PUB, '2024', '2024', null],
  ['The 2008 Tata Motors deal closed in June.', PUB, '2008', '2008', null],
  // s24 dates2: the edge of the fiscal year, an abbreviated month alone, "this time last year", "next Tuesday week"
  ['The agency will run out of money before the end of the fiscal year, she told senators.', '2024-06-12', 'the end of the fiscal year', '2024', 'END'],
  ['Output stalled at the start of the financial year, the board said.', '2025-08-20', 'the start of the financial year', '2025', 'START'],
  ['Retail sales rose in Sept. and fell in Oct., the agency said.', '2019-12-03', 'Sept.', '2019-09', null],
  ['Retail sales rose in Sept. and fell in Oct., the agency said.', '2019-12-03', 'Oct.', '2019-10', null],
  ['Hiring slowed in Aug. and Oct. of last year, the report said.', '2024-06-12', 'Aug.', '2023-08', null],
  ['Volumes dropped in Aug. and Nov. of last year.', '2019-12-03', 'Nov. of last year', '2018-11', null],
  ['Since Jan. the index has gained 4 per cent.', '2019-12-03', 'Jan.', '2019-01', null],
  ['The board will meet again in early Feb. to review rates.', '2019-12-03', 'early Feb.', '2020-02', 'START'],
  ['"This time last year you told us the same thing," the senator said.', '2024-06-12', 'This time last year', '2023-06', null],
  ['Prices should be lower at about this time next year.', '2024-06-12', 'about this time next year', '2025-06', null],
  ['The committee will meet again next Tuesday week.', '2024-06-12', 'next Tuesday week', '2024-06-25', null],
  // told in the past early in a century (or decade), the end of "the century" is that of the one just gone
  ['By the end of the century, the city had changed beyond recognition.', '2001-03-04', 'the end of the century', '19', 'END'],
  ['DUBLIN — By the end of the century, the city had changed beyond recognition.', '2001-03-04', 'the end of the century', '19', 'END'],
  ['At the end of the decade there were more cranes than churches.', '2021-02-10', 'the end of the decade', '201', 'END'],
  ['By the end of the century, sea levels will have risen.', '2001-03-04', 'the end of the century', '20', 'END'],
  ['By the end of the century, the city had doubled in size.', '1987-03-04', 'the end of the century', '19', 'END'],
  ['Gas use fell in the 2022-23 winter.', '2024-02-21', 'the 2022-23 winter', '2022-WI', null],
  ['Prices spiked during the 1995/96 winter season.', '2001-02-21', 'the 1995/96 winter', '1995-WI', null],
  // a deadline set for the weekday of publication is next week's; "on Friday" in wire copy published that Friday is the day
  ['The governor said he would form a cabinet by Friday.', '2023-06-02', 'Friday', '2023-06-09', null],
  ['He will swear in the commissioners on Friday at Government House.', '2023-06-02', 'Friday', '2023-06-02', null],
  ['The governor said on Thursday he would form a cabinet by Friday.', '2023-06-02', 'Friday', '2023-06-02', null],
  ['The governor said he would form a cabinet by Friday.', '2023-05-31', 'Friday', '2023-06-02', null],
  // told in the past, the end of a unit still ahead of publication is that of the unit the story last named
  ['In the Fifties she organised a petition. By the end of the decade, she had become a familiar voice.', '1998-04-11', 'the end of the decade', '195', 'END'],
  ['The firm was founded in March 2009. By the end of the year it had 40 staff.', '2024-06-20', 'the end of the year', '2009-12', null],
  ['In May, floods hit the valley. By the end of the month, 40 people had died.', '2024-06-20', 'the end of the month', '2024-05', 'END'],
  ['The firm was founded in March 2009. By the end of the year, it hopes to hire 40 staff.', '2024-06-20', 'the end of the year', '2024-12', null],
  // "next" of a time owned by a noun is no tense of the clause
  ["Sydney booked a place in next Saturday's grand final after edging the Giants on Friday night.", '2012-09-22', 'Friday', '2012-09-21', null],
  // a year with an apostrophe and two digits, of the century that keeps it no later than the publication
  ["After the '93 flood we spent three years and $70 million.", '2008-06-16', "'93", '1993', null],
  ['She has lived in Leitrim since ’08, the court heard.', '2016-11-18', '’08', '2008', null],
  ["He graduated with the class of '85.", '2008-06-16', "'85", '1985', null],
  // a fiscal year counted from the publication's; with the month it ends in, named for the year it ends in
  ['Exports grew 5% last fiscal year, the company said.', '2022-10-09', 'last fiscal year', '2021', null],
  ['The company, whose fiscal year ends June 30, said sales grew 5% last fiscal year.', '2022-10-09', 'last fiscal year', '2022', null],
  ['The company, whose fiscal year ends June 30, expects growth next fiscal year.', '2022-10-09', 'next fiscal year', '2024', null],
  ['The company, whose fiscal year ends June 30, expects a loss at the end of the current fiscal year.', '2022-10-09', 'the end of the current fiscal year', '2023-06', null],
  ['Exports worth Rs 4 lakh crore grew in the last fiscal, the ministry said.', '2022-10-09', 'last fiscal', '2022', null],
  ['Growth will slow in the next fiscal, the ministry said.', '2022-03-09', 'next fiscal', '2023', null],
  // "month-end", "quarter-end", "March-end"; told in the past, the end of a unit still ahead is that of the one just gone
  ['The budget is due by month-end, officials said.', '2022-10-09', 'month-end', '2022-10', 'END'],
  ['Shares slid at quarter-end, the fund said.', '2022-10-09', 'quarter-end', '2022-Q3', 'END'],
  ['The scheme was extended till March-end.', '2022-03-09', 'March-end', '2022-03', 'END'],
  ['By the end of the month, 40 people had died.', '2024-06-20', 'the end of the month', '2024-05', 'END'],
  ['By the end of the month, 40 people had died.', '2024-06-30', 'the end of the month', '2024-06', 'END'],
  ['"Looking ahead, we expect continued momentum through year-end," she said.', '2018-11-07', 'year-end', '2018-12', null],
  // a bare day after a month with its year: not before it when a second verb tells what came next, nor when the month is
  // a relative clause's background
  ['The unit broke down in October 2022 and returned to service on August 2.', '2023-08-17', 'August 2', '2023-08-02', null],
  ['Unit 4, which broke down in October last year, returned to service on August 2.', '2023-08-17', 'August 2', '2023-08-02', null],
  ['The unit broke down in October 2022, days after an inspection on August 2.', '2023-08-17', 'August 2', '2022-08-02', null],
  // a dateline in capitals places the story south of the equator as two mentions of its places do
  ['JOHANNESBURG — Eskom will suspend load-shedding, after winter demand peaked lower than feared.', '2023-08-17', 'winter', '2023-WI', null],
  ['SYDNEY, Aug 17 (Reuters) - Power use peaked in the winter, the operator said.', '2023-08-17', 'the winter', '2023-WI', null],
  ['MELBOURNE, Fla. — Power use peaked in the winter, the utility said.', '2023-08-17', 'the winter', '2022-WI', null],
];

describe('findDates: table', () => {
  for (const [sentence, published, text, value, mod] of ROWS) {
    it(`${JSON.stringify(text)} in ${JSON.stringify(sentence)} (${published ?? 'no date'})`, () => {
      const found = dates(sentence, published);
      const m = found.find((d) => d.text === text);
      assert.ok(m, `not found; got ${JSON.stringify(found.map((d) => d.text))}`);
      assert.equal(m.value, value);
      assert.equal(m.mod, mod);
      assert.equal(sentence.slice(m.start, m.end), text);
    });
  }
});

/** [sentence, a substring no date may overlap] */
const NOT_DATES: [string, string][] = [
  ['Trading in the four weeks since the half-year end had been encouraging.', 'year end'],
  // The working week told in the present is a schedule.
  ['Most of us work Monday through Friday.', 'Monday'],
  ['The office is open Monday to Saturday.', 'Saturday'],
  ['"We found out at 6 p.m. on a Sunday," said Maria Ortiz.', '6 p.m.'],
  ['Jonathan Eid and Tariq Ramadan spoke at the forum.', 'Eid'],
  ['Eid Mubarak Khan was elected.', 'Eid'],
  // "overnight" beside a time years back is the idiom for "suddenly"; a clock time "on any night" is of no day.
  ['He said the last increase, in 2013, had doubled stall fees overnight.', 'overnight'],
  ['Had a fire broken out at 3am on any night in that period, the consequences would have been catastrophic.', '3am'],
  ['The ferry left at 6 a.m. every day that summer.', '6 a.m.'],
  // One sense per document: quarters told in play number the story's other bare quarters by the game.
  ['Collingwood led by 11 points midway through the final quarter before Sydney kicked two goals.\n\nMills will be given until Thursday to prove his fitness after hurting his ankle in the third quarter.', 'third quarter'],
  ['The Bears trailed by 10 at half-time.\n\nTheir quarterback went off injured in the fourth quarter.', 'fourth quarter'],
  // a parliament's record numbers its questions: "Q1." opening a line is no quarter
  ['Engagements\n\nQ1. Ruth Jones (Newport West and Islwyn) (Lab)\nIf he will list his official engagements.', 'Q1'],
  ['Robby Mook told CBS This Morning on Monday that the campaign expects a fair debate.', 'This Morning'],
  ['He has spent five years on the project.', 'five years on'],
  ['Highs will reach the 60s and 70s on Friday.', '70s'],
  // The half of a match, in a report of a game
  ['Villa pulled one back early in the second half through Osei.', 'second half'],
  // Ordinals of other things than days.
  ['Cubs closer Rod Pruett worked a perfect bottom of the 11th for his 46th save.', '11th'],
  ['The 14th century church burned, and he finished on the 18th hole.', '18th'],
  // An idiom for "suddenly", and a part of the day in the plural (a habit), name no day.
  ['Everything that protected people disappeared almost overnight, she said.', 'overnight'],
  ['Parents sold concessions and washed cars on Saturday mornings to raise the money, the prosecutor said.', 'Saturday'],
  ['Ford hired 2,000 workers at the plant.', '2,000'],
  ['Darnell T. Whitcomb, of the 1400 block of Wyoming Street, was arrested Tuesday.', '1400'],
  ['He lives at 1900 Main Street.', '1900'],
  ['He joined from Sheffield Wednesday in the summer.', 'Wednesday'],
  ['The bureau has forecast temperatures in the mid-40s across the state.', 'mid-40s'],
  ['Temperatures will reach the 60s by the weekend.', 'the 60s'],
  ['Demand peaked above the previous winter high of 80,525 megawatts.', 'winter'],
  ['The agency said 71 percent of the winter wheat crop had been planted by Sunday.', 'winter'],
  ['Growers finished the harvest of the spring barley before the rain.', 'spring'],
  ['The offences contravene Section 18(a) of the Money Laundering (Prohibition) Act, 2011.', '2011'],
  ['He was charged under the Criminal Justice Act 2006.', '2006'],
  // "her first interview in two months": a span looked back over, not a month ahead.
  ['Marchetti will sit down with ABC News on Thursday, her first network interview in two months.', 'two months'],
  ['He scored 12 points in the second quarter.', 'second quarter'],
  ['Smith threw two touchdown passes in the first quarter.', 'first quarter'],
  ['The AFL will review a contentious free kick paid in the third quarter.', 'third quarter'],
  ['The umpires missed a clear knock-on in the second quarter.', 'second quarter'],
  ['Murphy kicked three goals in the final quarter.', 'final quarter'],
  ['The plan restores Sunday hours at four libraries.', 'Sunday'],
  ['The trim level costs $2027 more.', '2027'],
  ['About 2000 people marched.', '2000'],
  ['Officials may delay the vote.', 'may'],
  ['May the best candidate win.', 'May'],
  ['Protesters march on the capital.', 'march'],
  ['The Sunday Times reported the story.', 'Sunday'],
  ['It was Super Tuesday for the campaign.', 'Tuesday'],
  ['He arrived at 3 and left at 5.', '3'],
  ['See https://example.com/2019/01/07/story for details.', '2019/01/07'],
  // "03-04-2024" is 3 April or March 4, by the country that writes it
  ['The hearing was held on 03-04-2024 in Pune.', '03-04-2024'],
  ['Call 555-12-2024 for tickets.', '12-2024'],
  ['The file number is 2019/02/30 in the registry.', '2019/02/30'],
  ['Users should install version 2023.12.01 of the app.', '2023.12.01'],
  ['April Ryan asked the first question.', 'April'],
  ['The president flew to Mar-a-Lago.', 'Mar'],
  ['He studied the fall of Rome.', 'fall'],
  ['The Arab Spring began in Tunisia.', 'Spring'],
  ['He is in his 50s.', '50s'],
  ['She is in her sixties and still runs the shop.', 'sixties'],
  ['Highs will reach the seventies on Sunday.', 'seventies'],
  ['It was a bad night for May and her cabinet.', 'May'],
  ['The award for June Carter was announced.', 'June'],
  ['She beat the fastest June Carter ever recorded.', 'June'],
  ['USA Today reported it.', 'Today'],
  ['Room 2016 was booked.', '2016'],
  ['The shares rose 2019 points.', '2019'],
  ['Prices will spring back.', 'spring'],
  ['China retaliated against Christmas trees from Oregon.', 'Christmas'],
  ['He appeared on Larry King Now with guests.', 'Now'],
  ['She scored in the fourth quarter of the game.', 'fourth quarter'],
  ['A quarter of the staff left.', 'quarter'],
  // Durations are not time expressions (the output format has no value for them)
  ['The outage lasted for months.', 'months'],
  ['The outage lasted for at least an hour.', 'hour'],
  ['Crews worked for hours.', 'hours'],
  ['The strike went on for weeks.', 'weeks'],
  ['The strike went on for six years.', 'six years'],
  ['It has been the focus since May took office.', 'May'],
  ['He scored on August 1 and 2 others were hurt.', '2 others'],
  ['Change will not happen overnight.', 'overnight'],
  ['An overnight stay costs more.', 'overnight'],
  ['Tickets sold out in two weeks.', 'two weeks'],
  ['Critics attacked the May government again.', 'May'],
  // "May" after another month's name that is no date: a name
  ['He met April and May Smith at the gala.', 'May'],
  // a room or a virus with H1 in its name is no half year
  ['Room H123 was closed for repairs.', 'H123'],
  ['The H1N1 virus spread quickly.', 'H1N1'],
  // a place, an event or a kind of thing named after a holiday
  ['He visited Easter Island last year.', 'Easter'],
  ['The visitors have not won at Easter Road since the spring.', 'Easter'],
  ['The supply ship reached Christmas Island after three days.', 'Christmas'],
  ['Retailers are planning bigger Black Friday sales.', 'Black Friday'],
  ['The Orthodox Church held a synod.', 'Orthodox'],
  ['The Good Friday Agreement ended decades of conflict.', 'Good Friday'],
  ['Unionists backed the 1998 Good Friday accord.', 'Good Friday'],
  ['The Good Friday deal still holds.', 'Good Friday'],
  ['"Black Friday" is now a brand name.', 'Black Friday'],
  ['The Tet Offensive began in 1968.', 'Tet'],
  ['The Easter Rising of 1916 changed Ireland.', 'Easter'],
  ['The Senate will leave on March 27 for a two-week Easter recess.', 'Easter'],
  // a fortnight as a length, and weekends as a habit
  ['The festival lasts a fortnight.', 'fortnight'],
  ['She was called 47 times in a fortnight after losing her job.', 'fortnight'],
  ['She works weekends at the shop.', 'weekends'],
  // a model year before a carmaker's name and a model
  ['The 2026 Toyota Camry goes on sale in the fall.', '2026'],
  ['Police said he was driving a 2019 Honda Civic.', '2019'],
  ['The 2027 Ford F-150 will cost more.', '2027'],
  ['She bought a used 2015 Subaru wagon.', '2015'],
  // a holiday naming a thing or an arrangement, not a day; an abbreviation that is a first name
  ["The council's Christmas parking scheme will return this year.", 'Christmas'],
  ['Shops hired extra staff for the Easter trading period.', 'Easter'],
  ['She got a call from Jan. It was brief.', 'Jan.'],
  ['The song was written by Dec. He sang it too.', 'Dec.'],
  ['"We were poor in the first quarter, but the boys found something after half-time," he said.', 'first quarter'],
  ["The target is '95 per cent' compliance, the minister said.", '95'],
  ["Fans chanted 'the 93 club' all night.", '93'],
  ['The government ruled out the next fiscal stimulus package.', 'fiscal'],
  ['He moved to Buenos Aires from Mar. del Plata in 2019.', 'Mar.'],
];

describe('findDates: non-dates', () => {
  for (const [sentence, needle] of NOT_DATES) {
    it(`nothing on ${JSON.stringify(needle)} in ${JSON.stringify(sentence)}`, () => {
      const at = sentence.indexOf(needle);
      const hit = dates(sentence).find((d) => d.start < at + needle.length && at < d.end);
      assert.equal(hit, undefined, `unexpected ${JSON.stringify(hit)}`);
    });
  }
});

describe('findDates: offsets, fields, documents', () => {
  it('reads "the Sunday after that" a week after the Sunday just named', () => {
    const found = dates('"We will come back on Sunday, and the Sunday after that," said the organiser.', '2022-08-19');
    assert.deepEqual(found.map((d) => d.value), ['2022-08-21', '2022-08-28']);
  });
  it('uses UTF-16 offsets after emoji', () => {
    const text = '🚗🚗 Ford said on January 13 it would act. 😀 Sales fell last month.';
    const found = dates(text);
    const jan = found.find((d) => d.value === '2026-01-13');
    assert.ok(jan);
    assert.equal(jan.start, text.indexOf('January 13'));
    assert.equal(text.slice(jan.start, jan.end), 'January 13');
    const month = found.find((d) => d.text === 'last month');
    assert.ok(month);
    assert.equal(month.start, text.indexOf('last month'));
  });

  it('uses UTF-16 offsets across CRLF line breaks', () => {
    const text = 'Ford cut jobs.\r\n\r\nThe talks began on January 7, 2019.\r\nThey resumed last week.\r\n';
    const found = dates(text);
    const d = found.find((x) => x.value === '2019-01-07');
    assert.ok(d);
    assert.equal(d.start, text.indexOf('January 7, 2019'));
    const w = found.find((x) => x.text === 'last week');
    assert.ok(w);
    assert.equal(w.start, text.indexOf('last week'));
    assert.equal(w.value, '2026-W05');
  });

  it('fills precision, relative and sentence', () => {
    const text = 'Ford cut jobs in 2019. Trump spoke on January 13. Tariffs rose recently. It is done now.';
    const found = dates(text);
    const byText = new Map(found.map((d) => [d.text, d]));
    assert.deepEqual(
      [byText.get('2019'), byText.get('January 13'), byText.get('recently'), byText.get('now')].map((d) => d && [d.precision, d.relative, d.sentence]),
      [['year', false, 0], ['day', true, 1], ['unknown', false, 2], ['reference', false, 3]],
    );
  });

  it('finds nothing in front matter and excluded code', () => {
    const text = '---\ntitle: Report of January 13\npublished: 2026-02-07\n---\nFord spoke on March 3, 2025.\n';
    const found = dates(text);
    assert.deepEqual(found.map((d) => d.text), ['March 3, 2025']);
  });

  it('splits a range into two dates', () => {
    const found = dates('The poll ran from Jan. 3 to Feb. 5, 2025.');
    assert.deepEqual(found.map((d) => d.text), ['Jan. 3', 'Feb. 5, 2025']);
    assert.equal(found[1].value, '2025-02-05');
  });

  it('anchors an undated document to a month line under its headline, keeping only what the day does not change', () => {
    const text = '# Port authority opens tender\n\nNovember 2021\n\nThe tender opened earlier this month and will close on 3 January. A first phase was finished last year. Bids rose on Tuesday, officials said today.\n';
    const found = Object.fromEntries(dates(text, null).map((d) => [d.text, d.value]));
    assert.deepEqual(found, {
      'November 2021': '2021-11', 'earlier this month': '2021-11', '3 January': '2022-01-03', 'last year': '2020', Tuesday: null, today: null,
    });
    // (a labelled month line too; a month in a sentence of the body dates nothing; a publication date given wins)
    const thisMonth = (t: string, pub: string | null) => dates(t, pub).find((d) => d.text === 'this month')?.value;
    assert.equal(thisMonth('Published: Sept. 2004\n\nThe mayor resigned last week and left the city this month.\n', null), '2004-09');
    assert.equal(thisMonth('# Jobs\n\nLONDON, March 2019 — The firm said this month it would cut jobs.\n', null), '2019-03');
    assert.equal(thisMonth('Officials met in March 2019 and again this month.\n', null), null);
    assert.equal(thisMonth('March 2019\n\nThe board met this month.\n', '2020-06-01'), '2020-06');
  });

  it('handles an unusable publication date like none', () => {
    const found = dates('Trump spoke on January 13.', 'not a date');
    assert.equal(found[0].value, null);
  });

  it('handles a long paragraph without sentence breaks', () => {
    const text = 'Sales rose in 2019 and fell last month '.repeat(400);
    const found = dates(text);
    assert.equal(found.filter((d) => d.value === '2019').length, 400);
    assert.equal(found.filter((d) => d.value === '2026-01').length, 400);
  });
});

describe('findDates: properties', () => {
  const words = [
    'January', 'Jan.', 'May', 'may', 'March', 'march', '13', '7,', '2019', '2,000', '$2027', '1990s', "'90s", 'the', 'end',
    'of', 'last', 'next', 'this', 'month', 'week', 'year', 'quarter', 'third', 'Q3', 'spring', 'fall', 'Saturday',
    'Sunday', 'Times', 'ago', 'two', 'decades', 'years', 'recent', 'in', 'by', 'before', 'since', 'around', 'late',
    'mid-', 'early', 'now', 'past', 'future', 'will', 'said', 'was', '😀', '\r\n', '\n\n', '.', ',', 'https://x.io/2019/01/07',
    'century', '19th', 'today', 'yesterday', 'Christmas', 'weekend', 'over', 'Feb.', '29,', '2024',
    'FY24', 'fiscal', 'first', 'six', 'months', 'to', 'June', 'and', 'between', 'at', '3pm', '11.30pm', '81.2%', 'new', 'for',
  ];
  const text = fc.array(fc.constantFrom(...words), { maxLength: 60 }).map((ws) => ws.join(' '));
  const published = fc.constantFrom(null, '2026-02-07', '2024-02-29', '2026-01-01', '1999-12-31', 'garbage');

  it('never throws; spans are in order, inside one sentence, and match the text', () => {
    fc.assert(
      fc.property(text, published, (t, p) => {
        const doc = parseDocument(t);
        const found = findDates(doc, p);
        let last = -1;
        for (const d of found) {
          assert.ok(d.start >= 0 && d.end <= t.length && d.start < d.end);
          assert.equal(d.text, t.slice(d.start, d.end));
          const s = doc.sentences[d.sentence];
          assert.ok(s.start <= d.start && d.end <= s.end, 'inside its sentence');
          assert.ok(d.start >= last, 'in order, no overlap');
          last = d.end;
          // The value formats of docs/analysis-json.md, and nothing else (no halves, fiscal years or times).
          if (d.value !== null) assert.match(d.value, /^(?:\d{2,4}(?:-(?:\d{2}(?:-\d{2})?|W\d{2}|Q[1-4]|SP|SU|FA|WI))?|PRESENT_REF|PAST_REF|FUTURE_REF)$/);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('the chrono pass: which of chrono\'s parsers it runs', () => {
  it('takes the calendar-date parsers, found by one parse of all probe phrases, as one parse per phrase finds them', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const library = require('chrono-node/en') as typeof import('chrono-node/en');
    const ref = new Date(Date.UTC(2026, 1, 7, 12));
    const finds = (p: unknown, phrase: string) => new library.Chrono({ parsers: [p as never], refiners: [] }).parse(phrase, ref).length > 0;
    const onePerPhrase = library.casual.parsers.filter((p) => PROBE_KEEP.some((t) => finds(p, t)) && !PROBE_NOISE.some((t) => finds(p, t)));
    const names = (ps: readonly unknown[]) => ps.map((p) => (p as object).constructor.name);
    assert.deepEqual(names(calendarParsers()), names(onePerPhrase));
    assert.ok(onePerPhrase.length >= 5 && onePerPhrase.length < library.casual.parsers.length, String(onePerPhrase.length));
    assert.ok(PROBE_KEEP.every((t) => !t.includes(PROBE_SEPARATOR.trim())));
  });
});
