import { ruleCases } from './cases';

ruleCases('contested-claim', [
  {
    name: 'does not flag a judge denying a request',
    body: 'His attorney did not return a call seeking comment. Ochs asked for a lower bail, which Judge Ana Marchetti denied.',
    none: true,
  },
  {
    name: 'flags a named denial of a reported claim, on both sides',
    body: 'The Financial Times reported that Ford was exploring a venture with Xiaomi. Xiaomi denied the report in a statement.',
    flag: ['Xiaomi denied', 'Ford was exploring a venture with Xiaomi'],
    severity: 'information',
    related: 'Ford was exploring a venture with Xiaomi',
  },
  {
    name: 'flags a named party disputing an earlier claim',
    body: 'Union leader Omar Haddad said the plant would close in June. The company disputed that account on Tuesday.',
    flag: 'The company disputed',
  },
  {
    name: 'a denial appended to an accusation contests that accusation, not an earlier sentence that shares its words',
    body: 'Cepeda promised to resume peace talks with armed groups. Arango\'s campaign has accused Cepeda of being soft on armed groups, a charge Cepeda denies.',
    flag: 'Cepeda denies',
    related: 'Arango\'s campaign has accused Cepeda of being soft on armed groups',
  },
  {
    name: 'a denial appended with "which" contests the reported claim in its own sentence',
    body: 'Omar Haddad said the plant would close in June. The union said the company had cut wages, which Acme Corp. denies.',
    flag: 'Acme Corp. denies',
    related: 'the company had cut wages',
  },
  {
    name: 'does not flag an unattributed denial (unattributed-denial instead)',
    body: 'The newspaper said the club had sacked its coach. This was later denied.',
    none: true,
  },
  {
    name: 'a passive denial opening with "This" contests what the sentence before reports, told in the active',
    body: 'Opposition members claimed the minister had approved the contract herself. This was strongly denied by the Department of Finance.',
    flag: ['was strongly denied', 'the minister had approved the contract herself'],
    message: 'Department of Finance denied',
  },
  {
    name: 'does not flag a document with no denial',
    body: 'Union leader Omar Haddad said the plant would close in June. The company said it would comment later.',
    none: true,
  },
  {
    name: 'a denial that goes on in a quote contests the claim it answers',
    body: 'The miner is said to want a 60% stake. It is understood that the talks stalled in May. Aldren Mining rejected that account. "There has never been talk of a 60% stake," spokesperson Ines Varga said.',
    flag: 'Aldren Mining rejected',
    related: 'It is understood that the talks stalled in May',
  },
  {
    name: 'does not tie a denial that names what it denies to an unrelated sentence before it',
    body: 'Jorge Ochoa Villarreal resigned last month. Ochoa denied any wrongdoing.',
    none: true,
  },
  {
    name: 'does not tie a denial of reports to a claim about something else',
    body: 'Economists at HSBC warned that new tariffs could dent exports. Some investors fear a slowdown. The Ministry of Planning denied reports that the railway budget had been cut.',
    none: true,
  },
  {
    name: 'does not make a speaker contest what they said themselves',
    body: 'Sheriff Frank Dolan said the county would comply with the ruling. He denied that deputies had acted improperly in 2021.',
    none: true,
  },
  {
    name: 'ties a denial to the earlier sentence that speaks of the same thing',
    body: 'The newspaper said the railway budget had been cut by a third. Some investors fear a slowdown. The Ministry of Planning denied that the railway budget had been cut.',
    flag: 'The Ministry of Planning denied',
    related: 'the railway budget had been cut by a third',
  },
  {
    name: 'a named party disputing the figures contests them',
    body: 'The health ministry in Gaza said 52 people had been killed. Israel\'s military said it had struck militant sites and disputed the figures.',
    flag: '52 people had been killed',
  },
  {
    name: "the family of someone named disputes 'that account'",
    body: 'Police Chief Alfonso Morales said the officer fired after Terrell Okafor made a sudden movement toward the center console.\n\nOkafor\'s family disputes that account.',
    flag: ['Okafor\'s family disputes', 'the officer fired after Terrell Okafor made a sudden movement toward the center console'],
  },
  {
    name: "'disputed that,' points back to the claim before",
    body: 'The levee at Grand Caillou reportedly overtopped in at least one location.\n\nParish President Louis Authement later disputed that, telling WWL-TV that "the levee held."',
    flag: ['Louis Authement later disputed', 'The levee at Grand Caillou reportedly overtopped in at least one location'],
  },
  {
    name: "'the utility' that denies is no parliament the claim was made in",
    body: 'It was claimed in Parliament last week that contracts went to friends of officials. The utility has dismissed the allegations.',
    flag: ['The utility has dismissed', 'It was claimed in Parliament last week that contracts went to friends of officials'],
    message: 'The utility has dismissed',
  },
  {
    name: 'rejecting a proposal disputes no claim',
    body: 'A senior official said the government was considering hiring doctors from Cuba. However, union leader Francis Kinyua rejected the idea.',
    none: true,
  },
  {
    name: 'denying an application or rejecting an offer refuses a request and disputes no claim',
    body: 'The company said it would build the plant. The commission denied an application for a permit. The union rejected the offer on Friday.',
    none: true,
  },
  {
    name: 'a negated denial accepts the claim',
    body: "Nordvik's three biggest customers account for nearly half of its revenue, according to the company's annual report. Chief executive Helena Strand does not dispute the figure.",
    none: true,
  },
]);
