import { ruleCases } from './cases';

ruleCases('unattributed-claim', [
  {
    name: 'flags money in the author voice (docs example)',
    body: 'The partnership would save Ford about $2 billion a year.',
    flag: 'The partnership would save Ford about $2 billion a year',
    severity: 'warning',
    message: '$2 billion',
  },
  {
    name: 'does not flag a clause attributed by a trailing cue (docs example)',
    body: 'The partnership would save Ford about $2 billion a year, the people said.',
    none: true,
  },
  {
    name: 'does not flag content before a trailing outlet cue',
    body: 'The carmaker will cut 3,000 jobs in Germany, Reuters reported on Friday.',
    none: true,
  },
  {
    name: 'does not flag a quote that goes on in the next sentence',
    body: '"We will cut 3,000 jobs," chief executive Hanna Vogel said. "The plants in Bremen will close first."',
    none: true,
  },
  {
    name: 'a figure right after an attributed sentence, in its paragraph, likely goes on with that account: a hint',
    body: 'In Colorado, 23 people have fallen ill, said Dr. Rachel Okonkwo, the state epidemiologist. The youngest patient is 2 and the oldest is 81.',
    flag: 'The youngest patient is 2 and the oldest is 81',
    severity: 'hint',
  },
  {
    name: 'a figure after a turn ("But") or in a new paragraph is the author\'s own: a warning',
    body: 'In Colorado, 23 people have fallen ill, said Dr. Rachel Okonkwo.\n\nThe outbreak has cost the state $4 million so far.',
    flag: 'The outbreak has cost the state $4 million so far',
    severity: 'warning',
  },
  {
    name: 'does not flag a continuation introduced by "She added"',
    body: 'Finance minister Clara Weiss said the deficit would narrow this year. She added that spending on defence would rise by 12%.',
    none: true,
  },
  {
    name: 'flags a percentage stated by the author',
    body: 'Electricity prices in the region rose 14% in the last quarter.',
    flag: 'Electricity prices in the region rose 14% in the last quarter',
    severity: 'warning',
  },
  {
    name: "flags another party's intentions",
    body: 'Northgate Bank wants to buy a regional lender before the end of the year.',
    flag: 'Northgate Bank wants to buy a regional lender before the end of the year',
    severity: 'warning',
  },
  {
    name: 'does not flag a heading',
    body: '# Northgate Bank buys 12 branches\n\nThe deal closed on Monday, the bank said.',
    none: true,
  },
  {
    name: 'does not flag a question',
    body: 'Will the bank spend $5 billion on the deal?',
    none: true,
  },
  {
    name: 'does not flag background with no check-worthy content',
    body: 'Decades ago, when the industry was young, foreign firms had to form local partnerships.',
    none: true,
  },
  {
    name: 'background with a figure is only a hint',
    body: 'The port handled 2.5 million containers in 2012, decades after it first opened.',
    flag: 'The port handled 2.5 million containers in 2012, decades after it first opened',
    severity: 'hint',
  },
  {
    name: 'does not flag a hedged sentence (hedged-claim instead)',
    body: 'The merger could potentially save the company $400 million.',
    none: true,
  },
  {
    name: 'does not flag a sentence with a hearsay adverb (hearsay instead)',
    body: 'The company reportedly paid $40 million for the startup.',
    none: true,
  },
  {
    name: 'a public action of a named actor is only a hint',
    body: 'Mayor Lena Holt opened the rebuilt harbour bridge on Tuesday afternoon.',
    flag: 'Mayor Lena Holt opened the rebuilt harbour bridge on Tuesday afternoon',
    severity: 'hint',
  },
  {
    name: 'a match result with its score is on the record: a hint',
    body: 'Thornaby United beat Wickersley 2-0 on Friday night.',
    flag: 'Thornaby United beat Wickersley 2-0 on Friday night',
    severity: 'hint',
  },
  {
    name: 'a vote and its tally are on the record: a hint',
    body: 'The school board voted 5-2 on Tuesday night to ban student cellphone use during the school day.',
    flag: 'The school board voted 5-2 on Tuesday night to ban student cellphone use during the school day',
    severity: 'hint',
  },
  {
    name: 'a step in court is on the record, even with money: a hint',
    body: 'Judge Anne Louviere set bail at $75,000 cash.',
    flag: 'Judge Anne Louviere set bail at $75,000 cash',
    severity: 'hint',
  },
  {
    name: "the outlet's own failed verification is its process, not a claim",
    body: 'Al Jazeera could not independently verify either side\'s account of the attack on the market.',
    none: true,
  },
  {
    name: 'a contributor line is no claim',
    body: 'Associated Press writer Mike Corder contributed from The Hague.',
    none: true,
  },
  {
    name: 'a four-digit clock time before its zone is no figure',
    body: 'The summit of the regional leaders will be held at 0900 GMT.',
    none: true,
  },
  {
    name: 'a score-like range with no result is still a claim',
    body: 'Prices for the 10-12 inch models rose by $40 last month.',
    flag: 'Prices for the 10-12 inch models rose by $40 last month',
    severity: 'warning',
  },
  {
    name: 'a deal by a named actor is a warning',
    body: 'Northgate Bank quietly approached two regional lenders about a merger this week.',
    flag: 'Northgate Bank quietly approached two regional lenders about a merger this week',
    severity: 'warning',
  },
  {
    name: 'does not count scene-setting numbers or numbers in names',
    body: 'The two women walked for about five minutes to Intermediate School 285 in the rain.',
    none: true,
  },
  {
    name: 'a noun "plans" is not an intention',
    body: 'The governor unveiled plans to widen the coastal highway at the harbour.',
    none: true,
  },
  {
    name: "does not flag the reporter's own process",
    body: 'Northgate Bank did not immediately respond to a request for comment on Friday.',
    none: true,
  },
  {
    name: 'does not flag a first-person account',
    body: 'We visited the plant in March and counted 40 idle machines.',
    none: true,
  },
  {
    name: 'does not flag someone declining to discuss',
    body: 'Defence lawyer Paul Mercado declined to discuss the 14 transfers listed in the complaint.',
    none: true,
  },
  {
    name: 'a study described by its design is its own source',
    body: 'The study, published on Wednesday in Nature Medicine, followed 48,312 participants who wore activity trackers.',
    none: true,
  },
  {
    name: 'a lower-case word compromise tags as a name is no named actor',
    body: 'The blaze went to three alarms and took nearly four hours to bring under control.',
    none: true,
  },
  {
    name: "a press release's About section is boilerplate",
    body: '**About Norrvik Robotics**\n\nNorrvik Robotics Inc. designs and builds autonomous mobile robots. Founded in 2014, Norrvik serves more than 600 customers in 31 countries.',
    none: true,
  },
  {
    name: 'a claim after the boilerplate section ends is still one',
    body: '## Methodology\n\nThe margin of error is plus or minus 1.4 percentage points.\n\n## Findings\n\nCash use fell 14% in the Midwest last year.',
    flag: 'Cash use fell 14% in the Midwest last year',
  },
  {
    name: "a brief describing its own method is its own source",
    body: 'Drawing on a survey of 8,412 adults fielded between October 2024 and January 2025, this brief documents who relies on cash.',
    none: true,
  },
  {
    name: "a list item's number is no figure",
    body: '3. **Fees are the main reason.** Most cash users avoid cards because of fees.',
    none: true,
  },
  {
    name: 'an age, a service number and a number in a name are no figures',
    body: 'The victim, a 22-year-old man, was treated at a hospital and released. Residents who need shelter can call 211. The COVID-19 ward was closed.',
    none: true,
  },
  {
    name: 'market data and a rate decision are on the public record: a hint',
    body: 'Sundial Energy shares rose $2.25 to $41.75 on the New York Stock Exchange on Wednesday. The Bank of England raised its key rate to 5.25% on Thursday.',
    flag: ['Sundial Energy shares rose $2.25 to $41.75 on the New York Stock Exchange on Wednesday', 'The Bank of England raised its key rate to 5.25% on Thursday'],
    severity: 'hint',
  },
  {
    name: "a body's own schedule for a day is no one else's intention; share moves and rate decisions are public record",
    body: 'Kaminari Electric plans to hold a briefing for investors on June 3. Shares of Harbourview Bank rose 1.4% on Thursday. The Bank of England raised interest rates on Thursday.',
    flag: ['Shares of Harbourview Bank rose 1.4% on Thursday', 'The Bank of England raised interest rates on Thursday'],
    severity: 'hint',
  },
  {
    name: "a source's wish not to be named is no claim",
    body: 'A senior government source told the ABC the talks had ended. The source did not want to be named.',
    none: true,
  },
]);
