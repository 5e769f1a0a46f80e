import { ruleCases } from './cases';

ruleCases('anonymous-source', [
  {
    name: 'a named party with its own people ("Cruz and his aides", "Phoenix and its officers") is named, not anonymous',
    body: 'Sen. Ted Cruz and his aides said on Friday that they were coming around to Trump. City Attorney Brad Holm said the advertisement suggests that Phoenix and its officers support the campaign. Acme Corp. and its lawyers argued that the contract was void.',
    none: true,
  },
  {
    name: "a headline's or a deck's singular role with no article stands for the person the story names",
    body: 'Lawmaker urges retaliation on Russia\n\nMember of House panel says U.S. has to keep Moscow out of elections.\n\nSenator from Texas says he cannot allow Clinton to win.\n\nRep. Adam Schiff, the top Democrat on the House Intelligence Committee, called on President Obama to retaliate against Russia for interference in the election, in a statement released by his office.',
    none: true,
  },
  {
    name: 'with an article, or further into the story, the role is an anonymous source again',
    body: 'Rep. Adam Schiff, the top Democrat on the House Intelligence Committee, called on President Obama to retaliate against Russia for interference in the election, in a statement released by his office.\n\nA member of the panel said the briefing had been alarming.\n\nThe vote is expected next week. Turnout was low. The room was cold.\n\nMember of the panel said the vote was close.',
    flag: ['A member of the panel', 'Member of the panel'],
  },
  {
    name: 'a decision taken, with its clause, is an act of the unnamed body, not words it is the source of',
    body: 'Although she was the top student in her class, school administrators decided she should share the honor with two others.',
    none: true,
  },
  {
    name: 'unnamed people with their own aides are still anonymous',
    body: 'Two senators and their aides said on Friday that they were coming around to Trump.',
    flag: 'Two senators and their aides',
  },
  {
    name: 'what an unnamed group plans, seeks or refuses to do is its own act, not a claim it sources',
    body: 'Officials plan to hold another briefing on Thursday. Some local staff had refused to return to work. Hezbollah officials have sought to present the elections as proof of support.',
    none: true,
  },
  {
    name: 'officials given by their field in the lede are the body the story names next',
    body: 'At least 14 people have died after floods swept the Bicol region, disaster officials said on Monday.\n\nThe Office of Civil Defense in Bicol said eight of the fatalities were in Albay province.',
    none: true,
  },
  {
    name: 'officials given by their field in the lede are the body whose name holds the field',
    body: 'A drug-resistant fungus has sickened 14 patients at two hospitals, health officials said on Friday.\n\nThe hospitals reported the cases in July. The Houston Health Department is tracing contacts.',
    none: true,
  },
  {
    name: 'officials in the lede stay anonymous when the story names no body of theirs',
    body: 'At least 14 people have died after floods swept the Bicol region, disaster officials said on Monday.\n\nResidents said the water rose within minutes.',
    flag: 'disaster officials',
  },
  {
    name: 'a group whose leader an aside names is identified; the same group with no leader named is not',
    body: 'The four members who abstained, led by Dora Quill, said the vote had been rushed.',
    none: true,
  },
  {
    name: 'a group with no leader named stays an anonymous source',
    body: 'The four members who abstained said the vote had been rushed.',
    flag: 'The four members',
  },
  {
    name: 'flags people familiar with the matter, relayed by an outlet (docs example)',
    body: 'Ford is weighing a joint venture with a Chinese battery maker, Bloomberg reported Saturday, citing people familiar with the matter.',
    flag: 'people familiar with the matter',
    severity: 'warning',
    message: 'relayed by Bloomberg',
    related: 'Bloomberg',
  },
  {
    name: 'flags the back-reference "the sources" (docs example)',
    body: 'Ford is weighing a joint venture in Mexico, Bloomberg reported, citing people familiar with the matter. The plant would open in 2028, the sources said.',
    flag: ['people familiar with the matter', 'the sources'],
    severity: 'warning',
  },
  {
    name: 'an official at a named body, read by compromise as an adjective, is a described source',
    body: 'An official at the Pentagon said the review would take months.',
    flag: 'An official at the Pentagon',
    severity: 'information',
  },
  {
    name: 'a delegate or a board functionary nobody names is a described anonymous source',
    body: 'A senior board functionary said a proposal was ready. Three OPEC delegates told AFP the cuts would stay.',
    flag: ['A senior board functionary', 'Three OPEC delegates'],
    severity: 'information',
  },
  {
    name: 'a named delegate is no anonymous source',
    body: 'Delegate Maria Okafor said the cuts would stay.',
    none: true,
  },
  {
    name: 'an office holder nobody names is an anonymous source',
    body: 'A senior Tory MP said the mood in the party was grim. A cabinet minister said the bill would pass.',
    flag: ['A senior Tory MP', 'A cabinet minister'],
    severity: 'information',
  },
  {
    name: 'the minister named before is nobody anonymous',
    body: 'Prime Minister Keir Starmer said the bill would pass. The minister later said the vote would be close.',
    none: true,
  },
  {
    name: 'a described anonymous source is information',
    body: 'Two senior Treasury officials said the department had reviewed the proposal in January.',
    flag: 'Two senior Treasury officials',
    severity: 'information',
  },
  {
    name: 'flags a counted group of one role tied to an organization as described',
    body: 'Three ANC councillors said the mayor had lost the support of the caucus.',
    flag: 'Three ANC councillors',
    severity: 'information',
  },
  {
    name: 'flags a person familiar with the plans',
    body: 'The board will vote on the merger next week, a person familiar with the plans said.',
    flag: 'a person familiar with the plans',
  },
  {
    name: 'does not flag a named spokeswoman (docs example)',
    body: 'Ford spokeswoman Jane Doe said the company does not comment on speculation.',
    none: true,
  },
  {
    name: 'does not flag a named executive quoted directly',
    body: '"We have no plans to build there," Maria Lindqvist, the chief executive of Nordhavn Shipping, said on Tuesday.',
    none: true,
  },
  {
    name: 'does not flag a critics crowd (vague-attribution instead)',
    body: 'Critics say the tariff will raise prices for farmers across the Midwest.',
    none: true,
  },
  {
    name: 'flags an unnamed spokesperson as described',
    body: 'A spokesperson for the Dutch Finance Ministry said the plan was still under review.',
    flag: 'A spokesperson for the Dutch Finance Ministry',
    message: 'speaks for a named organization',
    severity: 'information',
  },
  {
    name: 'flags one unnamed person described by rank',
    body: 'The vote on the bill could slip into the new year, a senior whip said on Tuesday.',
    flag: 'a senior whip',
    severity: 'information',
  },
  {
    name: 'does not flag a definite role that points back to someone named',
    body: 'Mayor Ruth Ellis opened the bridge on Monday. The mayor said the project came in under budget.',
    none: true,
  },
  {
    name: 'flags whoever is granted anonymity, whatever the noun',
    body: 'A worker, who asked not to be named for fear of losing his job, said the pressure alarm had been going off for weeks.',
    flag: 'A worker',
  },
  {
    name: 'flags unnamed officials of a named body as described',
    body: 'Officials in the finance ministry said the budget gap had widened in January.',
    flag: 'Officials in the finance ministry',
    severity: 'information',
  },
  {
    name: 'flags an anonymous source an outlet cites as saying something',
    body: 'Kyodo News cited an unnamed ministry official as saying the talks would resume in March.',
    flag: 'an unnamed ministry official',
    message: 'relayed by Kyodo News',
  },
  {
    name: 'an office holder called by the office, after people are named, is nobody anonymous',
    body: 'Halvorsen Foods named Marta Lindqvist chief executive in 2019. The chief executive said on Monday that controls had been tightened. Ian Carrick was furious. The Brixley manager claimed his goalkeeper had been impeded.',
    none: true,
  },
  {
    name: 'but "the official" with no one before it stays anonymous',
    body: 'The official said the talks had failed.',
    flag: 'The official',
  },
  {
    name: 'one analyst granted anonymity is an anonymous source, not a vague crowd',
    body: 'But one energy analyst, who asked not to be named because his firm has a banking relationship with Sundial, said the deal was rich.',
    flag: 'one energy analyst',
    severity: 'information',
  },
  {
    name: 'a joint statement is on the record, whoever the negotiators are',
    body: "Colombia's government and FARC rebels agreed on Friday to extend a ceasefire, negotiators said in a joint statement.",
    none: true,
  },
  {
    name: 'a donor, a pollster, a congressman and a senior Republican are anonymous sources, described',
    body: 'A major donor said the race was over. A Democratic pollster said it was close. One congressman said it was over. A senior Republican said it was over.',
    flag: ['A major donor', 'A Democratic pollster', 'One congressman', 'A senior Republican'],
    severity: 'information',
  },
  {
    name: 'trustees and selectmen counted are described anonymous sources, as councillors are',
    body: 'Two trustees said the vote was rigged. A selectman said the budget was late.',
    flag: ['Two trustees', 'A selectman'],
    severity: 'information',
  },
  {
    name: 'a plural back-reference goes back to the plural group, not to one official cited in between',
    body: 'The White House is weighing a withdrawal, according to three U.S. officials. The president is believed to favor the talks, according to one official. The administration is also weighing sanctions, the officials said.',
    flag: 'the officials',
    severity: 'information',
  },
  {
    name: 'one market commentator quoted without a name is an anonymous source',
    body: 'A Goldman Sachs analyst said sales would fall. One economist told Reuters the numbers looked heroic.',
    flag: ['A Goldman Sachs analyst', 'One economist'],
  },
  {
    name: 'a named analyst, and a crowd of analysts, are no anonymous source',
    body: 'Priya Nair, an analyst at Jefferies, said sales fell. Some analysts say the numbers look heroic.',
    none: true,
  },
  {
    name: 'flags a counted group of professionals as described anonymous sources',
    body: 'Two nurses at the Johnstown hospital, who spoke on condition of anonymity because they were not authorized to speak to the media, said staff could not see lab results. Two Nimbus engineers, speaking on condition of anonymity, said the change was rushed. Several teachers said privately that morale was low.',
    flag: ['Two nurses at the Johnstown hospital', 'Two Nimbus engineers', 'Several teachers'],
    severity: 'information',
  },
  {
    name: "the one holder of a named country's or company's office is no anonymous source; a deputy is one of several",
    body: "Portugal's finance minister suggested the tax could be phased in. Halvorsen Shipping's chief executive said the fleet would shrink. Spain's deputy minister said the talks could fail.",
    flag: ["Spain's deputy minister"],
    severity: 'information',
  },
  {
    name: 'counsel for a party are no anonymous source',
    body: 'Lawyers for the pension fund said they would seek internal board communications.',
    none: true,
  },
]);
