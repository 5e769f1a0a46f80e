import { ruleCases } from './cases';

ruleCases('anonymous-source', [
  {
    name: 'a role in the lede that the story goes on to name ("A regional health manager" … "Regional health manager Aoife Brennan") is no anonymous source',
    body: 'A regional health manager has rejected claims that ambulances were diverted during the storm.\n\nThe claims were made by two paramedics on local radio on Monday.\n\nRegional health manager Aoife Brennan said on Tuesday that every call had been answered within the target time.',
    none: true,
  },
  {
    name: 'a lede role the story does not name, a different role named later, or anonymity granted, is still flagged',
    body: 'A regional health manager has rejected claims that ambulances were diverted during the storm.\n\nThe claims were made by two paramedics on local radio on Monday.\n\nHospital director Aoife Brennan said on Tuesday that every call had been answered within the target time.',
    flag: ['A regional health manager'],
  },
  {
    name: 'a question put by unnamed people asserts nothing; what they said still needs a source',
    body: 'Delegates at the fintech conference questioned how the merged firm would handle competition from banks. Two delegates asked whether the regulator had been consulted. Delegates at the conference said the fees were too high.',
    flag: ['Delegates at the conference'],
    notOn: ['questioned how', 'Two delegates', 'Delegates at the fintech conference'],
  },
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
    name: 'some in a named party who concede a point privately are its anonymous sources',
    body: 'Some in the Coalition privately concede the policy is a holding pattern.',
    flag: 'Some in the Coalition',
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
    name: 'unnamed people who spoke privately to the story are anonymous sources, with or without a reason next to them',
    body: 'The mayor, Ines Duarte, said the budget was balanced. Some council members privately acknowledged that the reserve fund was empty. Several librarians said privately that branches would close.',
    flag: ['Some council members', 'Several librarians'],
    severity: 'information',
  },
  {
    name: "the one holder of a named country's or company's office is no anonymous source; a deputy is one of several",
    body: "Portugal's finance minister suggested the tax could be phased in. Halvorsen Shipping's chief executive said the fleet would shrink. Spain's deputy minister said the talks could fail.",
    flag: ["Spain's deputy minister"],
    severity: 'information',
  },
  {
    name: "the company's chief executive, after the company is named, is its one holder, no anonymous source",
    body: "Orbelle Foods closed two plants. The company's chief executive said the cuts were final.",
    none: true,
  },
  {
    name: "a named country's interim leaders speak for it, no anonymous source",
    body: "Fighting eased around the capital. Haiti's interim leaders said elections would be held next spring.",
    none: true,
  },
  {
    name: "a named company's chief executive is its one holder, no anonymous source",
    body: "Nokia cut 900 jobs in Finland. Nokia's chief executive said the plant in Tampere would stay open.",
    none: true,
  },
  {
    name: 'one person described by a role toward someone named was granted no anonymity',
    body: "Senator Ruth Okafor left the party in May. Okafor's former campaign manager said the split had been coming. A senior party official said she had been isolated.",
    flag: ['A senior party official'],
    notOn: 'campaign manager',
  },
  {
    name: 'counsel for a party are no anonymous source',
    body: 'Lawyers for the pension fund said they would seek internal board communications.',
    none: true,
  },
  {
    name: "the lede's \"officials said\" sums up officials the body names",
    body: 'Three people were killed and 14 injured when a coach overturned on the ring road on Tuesday evening, officials said.\n\nThe coach left the road near the airport exit shortly after 6pm.\n\nPolice Superintendent Mary Byrne told reporters that the driver was in hospital.\n\nFire chief Dennis Keeley said crews had cut several passengers free.',
    none: true,
  },
  {
    name: 'officials in the lede stay anonymous when the body names none, or grants anonymity, or they are only in the body',
    body: 'Negotiations over the spending bill stalled on Thursday, officials said.\n\nThe talks broke down over funding for the border wall.\n\nDemocrats have refused to back any deal.',
    flag: 'officials',
  },
  {
    name: 'senior officials in the lede, or officials granted anonymity in the body, stay anonymous',
    body: 'The ministry will cut 400 jobs next year, senior officials said.\n\nFinance Minister Ruth Alder said the cuts were needed.\n\nThe port will close in May, officials said.\n\nThe plan was drafted in March, a ministry official said on condition of anonymity.',
    flag: ['senior officials', 'officials'],
  },
  {
    name: "the audited body's officials in an auditor's own report speak on its record",
    outlet: 'Office of the State Auditor',
    body: 'We reviewed 48 capital projects of the Regional Transit Authority.\n\nAuthority officials told us that cost overruns were caused by changes in scope.\n\nOfficials expect the rail extension to cost a further $6 million.',
    none: true,
  },
  {
    name: 'in a news story, officials no report or name stands behind are still anonymous',
    body: 'The hospital has struggled to recruit nurses for years.\n\nOfficials expect staffing levels to improve by the summer.\n\nThe ward will reopen in June.',
    flag: 'Officials',
  },
  {
    name: "officials right after what a report found go on with its account; officials right before one named are identified",
    body: 'The council spent €4.2 million more than budgeted on the scheme, an audit has found.\n\nThe audit, published on Tuesday, found that the council failed to seek tenders.\n\nOfficials expect the final cost to rise further.\n\nThe ward will reopen in June. Officials said the delay was caused by a shortage of nurses. The hospital\'s chief executive, Mary Doyle, said new staff had been hired.',
    none: true,
  },
  {
    name: 'officials after a report stay anonymous when the story grants anyone anonymity',
    body: 'The audit, published on Tuesday, found that the council failed to seek tenders.\n\nOfficials expect the final cost to rise further.\n\nThe plan was drafted in March, a council official said on condition of anonymity.',
    flag: 'Officials',
  },
  {
    name: "the one holder of a chief's or a general's office of a place or body named is identified by it",
    body: "Quebec voters went to the polls on Monday. Turnout was a record 93.5 percent, the province's chief electoral officer said. Ontario's auditor general said the program had failed.",
    none: true,
  },
  // --- s25-at: the one holder of an office of a body just named, taken up by "its" ---
  {
    name: 'the finance director of the body the sentence before named ("its finance director") is its one holder, no anonymous source',
    body: 'Westmere County Council approved the budget on Monday. Its finance director told the meeting the reserve would cover the gap. The Kilnsey Nurses Association backed the plan. Its executive director said members were relieved.',
    none: true,
  },
  {
    name: "one of several holders of a body's office, or its directors, are still unnamed",
    body: 'Westmere County Council approved the budget on Monday. Its deputy finance director said the reserve would cover the gap. Its directors said the plan was sound.',
    flag: ['Its deputy finance director', 'Its directors'],
  },
  {
    name: "the lawyers of someone the story names ('his lawyers') are no anonymous source",
    body: 'Godwin Emefiele is facing trial on charges of fraud. His lawyers said on Thursday that he had been held without charge for months.',
    none: true,
  },
]);
