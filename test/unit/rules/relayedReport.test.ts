import { ruleCases } from './cases';

ruleCases('relayed-report', [
  {
    name: 'a person quoted by a named outlet as saying rests on that outlet',
    body: 'Deputy Prime Minister Alexander Novak was quoted by the state news agency TASS as saying that Moscow was ready to talk.',
    flag: 'Alexander Novak was quoted by the state news agency TASS as saying',
    severity: 'information',
  },
  {
    name: 'a person quoted by a spokesman as saying is no relay',
    body: 'The minister was quoted by his spokesman as saying that the talks had stalled.',
    none: true,
  },
  {
    name: 'a people\'s media are unnamed outlets; a named newspaper stays named',
    body: 'English media reported on Saturday that Farrant is unlikely to be available. Israeli news media reported that talks had stalled. The Yomiuri newspaper reported that the plan was shelved.',
    flag: ['English media reported', 'Israeli news media reported'],
    message: 'unnamed outlets',
  },
  {
    name: '"the report" a body brought in before is its document, no relayed news report',
    body: "The city's finance department had recommended the increase in a report released last Thursday. According to the report, the higher fare would raise about $400,000 a year.",
    none: true,
  },
  {
    name: 'a regional newspaper named by the words its kind of title uses relays its report',
    body: 'The Fresno Bee reported on Tuesday that the district had overspent. The Newark Star-Ledger reported that the audit was late.',
    flag: ['The Fresno Bee reported', 'The Newark Star-Ledger reported'],
    severity: 'information',
  },
  {
    name: 'flags an outlet reporting earlier this month (docs example)',
    body: 'Back to Ford, the Financial Times reported earlier this month that it was exploring a joint venture with Xiaomi.',
    flag: 'the Financial Times reported',
    severity: 'information',
  },
  {
    name: 'does not flag the outlet reviewing a filing (docs example)',
    body: 'Reuters reviewed the filing, which shows the company paid $3 million to the consultant.',
    none: true,
  },
  {
    name: 'warning when the outlet itself cites anonymous sources',
    body: 'The retailer is preparing to close 40 stores, Bloomberg reported, citing people familiar with the matter.',
    flag: 'Bloomberg reported',
    severity: 'warning',
    related: 'people familiar with the matter',
  },
  {
    name: 'information when the outlet cites a named source',
    body: 'The retailer will close 40 stores, the Wall Street Journal reported, citing chief executive Anna Berg.',
    flag: 'the Wall Street Journal reported',
    severity: 'information',
  },
  {
    name: 'flags according to an outlet',
    body: 'The carmaker has hired bankers to explore a sale of its truck unit, according to the Financial Times.',
    flag: 'according to the Financial Times',
  },
  {
    name: 'a back-reference to the same report is not flagged again',
    body: 'The retailer is preparing to close 40 stores, Reuters reported. The closures would start in the spring, the report said.',
    flag: 'Reuters reported',
    notOn: 'the report said',
  },
  {
    name: 'information again when the outlet says it saw the document',
    body: 'The retailer is preparing to close 40 stores, Bloomberg reported, citing people familiar with the matter and a memo Bloomberg has seen.',
    flag: 'Bloomberg reported',
    severity: 'information',
  },
  {
    name: 'stays a warning when the relay could not be verified',
    body: 'The retailer is preparing to close 40 stores, Bloomberg reported, citing people familiar with the matter. Reuters could not independently verify the report.',
    flag: 'Bloomberg reported',
    severity: 'warning',
  },
  {
    name: "does not flag the document's own outlet",
    body: '---\noutlet: Reuters\npublished: 2026-02-07\n---\nThe retailer will close 40 stores, Reuters reported on Friday.',
    published: null,
    none: true,
  },
  {
    name: 'leaves unnamed reports in the plural to hearsay',
    body: 'The ferry operator will cut its winter timetable, according to local media reports.',
    none: true,
  },
  {
    name: 'flags an unnamed outlet',
    body: 'Local media reported last month that the mayor had chosen a site for the stadium.',
    flag: 'Local media reported',
    severity: 'information',
  },
  {
    name: 'recognizes an outlet the entity layer calls an organization',
    body: 'Politico Europe reported that four member states would oppose the tariff.',
    flag: 'Politico Europe reported',
  },
  {
    name: 'does not flag an outlet that is only told something',
    body: 'The minister told the Boston Globe that the tariff would pass.',
    none: true,
  },
  {
    name: "the document's own outlet relays no one",
    outlet: 'ABC News',
    body: 'The ABC understands the budget will forecast a deficit of about $8.5 billion.',
    none: true,
  },
  {
    name: 'a paper calls itself by the last word of its name: its own earlier reporting relays no one',
    outlet: 'Riverside Daily Sentinel',
    body: 'As the Sentinel reported last year, the audit found 14 missing payments.',
    none: true,
  },
  {
    name: 'another paper with the same last word is still relayed',
    outlet: 'Riverside Daily Sentinel',
    body: 'As the Orlando Sentinel reported last year, the audit found 14 missing payments.',
    flag: 'the Orlando Sentinel reported',
  },
  {
    name: "a public office is no outlet, whatever word names it ('Examiner')",
    body: "The cause was blunt force trauma, according to the Milwaukee County Medical Examiner's Office.",
    none: true,
  },
  {
    name: 'papers counted, none named, are unnamed outlets, and "the paper" after them is a new relay',
    body: 'The review dominates the front pages, with several papers claiming that ministers are in revolt.\n\nThe Times leads with a cabinet mutiny. The paper says four letters were sent.',
    flag: ['claiming', 'The paper says'],
  },
]);
