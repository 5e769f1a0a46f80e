import { ruleCases } from './cases';

ruleCases('vague-attribution', [
  {
    name: 'one body described by whom it stands for is no vague crowd, whatever quantifier the crowd it stands for has',
    body: 'A union representing some of the workers said the closure was a betrayal.',
    none: true,
  },
  {
    name: 'a body with members described by them (an association of traders) is no vague crowd',
    body: 'An association of local traders said the car park was badly needed.',
    none: true,
  },
  {
    name: "an interviewer labelled by initials, whose turns mostly ask, puts what others say to the guest",
    body: 'Kobo360 co-founder Obi Ozor spoke about funding.\n\n**BD:** You raised $20 million. What did it go to?\n\n**Ozor:** Trucks and software. Critics say we grew too fast, and they are wrong.\n\n**BD:** Some investors say the sector is overcrowded.\n\n**Ozor:** There are many players, but few with scale.\n\n**BD:** Will you be profitable?\n\n**Ozor:** Next year.',
    notOn: ['Some investors'],
  },
  {
    name: 'residents who question why the council acted put a question, stating no view; residents who say so are vague',
    body: 'Residents questioned why the council had not cut staff costs first. Residents say the rates are already too high.',
    flag: ['Residents'],
    count: 1,
  },
  {
    name: 'a group whose aside names members ("including the United States Conference of Mayors") says who',
    body: 'Proponents, including the United States Conference of Mayors, have urged Congress to leave the program intact. As many tax experts, including Mr. Goldberg, have pointed out, the rule is clear. Other major unions, including the American Federation of Teachers, have also endorsed Clinton.',
    none: true,
  },
  {
    name: '"both unions said" after a comma is both of the ones named, even when "both" stays out of the source',
    body: 'The Harbor Pilots Union and the Dockworkers Guild met the port authority on Monday. The talks ended without a deal, both unions said.',
    none: true,
  },
  {
    name: 'what a group should or must know is the writer\'s demand on them, not a view they hold',
    body: 'If the agency has questions about the returns, voters should know what those questions are now. Investors must understand that the fund is risky.',
    none: true,
  },
  {
    name: 'a crowd with only its range ("from across the spectrum", "around the world") is still vague',
    body: 'Economists from across the spectrum have argued that the scheme is inefficient. Lawyers from across the country have said the law is unfair. Economists across the political spectrum say the tax will not raise much.',
    flag: ['Economists from across the spectrum', 'Lawyers from across the country', 'Economists across the political spectrum'],
  },
  {
    name: 'a crowd at a named body, or whose members are named, is not made vague by a range',
    body: 'Economists at Davy Stockbrokers, led by Conall Mac Coille, have argued that the scheme is inefficient. Lawyers for the Harwick family, from across the country, said the ruling was unfair.',
    none: true,
  },
  {
    name: 'a crowd asking a question states no view',
    body: 'Lawmakers also asked whether the deals required the recipients to cooperate. Residents wondered why the plant had been allowed to reopen.',
    none: true,
  },
  {
    name: 'a crowd that asks for something, or says, still states a view',
    body: 'Lawmakers said the deals were illegal.',
    flag: 'Lawmakers',
  },
  {
    name: 'part of a group just named, by a relative pronoun, is no vague crowd',
    body: 'Clinton released a list of endorsements from 95 retired generals and admirals, most of whom had previously announced their support.',
    none: true,
  },
  {
    name: "a ballot's result is on the record, not a view a crowd states",
    body: 'Quebec voters narrowly rejected independence on Monday. Shareholders approved the merger at the annual meeting.',
    none: true,
  },
  {
    name: 'voters who say or reject that something is true still state a view',
    body: 'Voters say the economy is the main issue. Many residents rejected claims that the river was safe.',
    flag: ['Voters', 'Many residents'],
  },
  {
    name: 'a bare quantifier in a named body names nobody in it',
    body: 'Many in the Labour Party say the leader should go.',
    flag: 'Many in the Labour Party',
  },
  {
    name: 'what a group is reported to know or believe is still theirs',
    body: 'Many investors believe that the fund is risky.',
    flag: 'Many investors',
  },
  {
    name: 'an aside that names nobody leaves the group vague',
    body: 'Many experts, including some who advised the campaign, say the plan is unworkable.',
    flag: 'Many experts',
  },
  {
    name: 'a group that opens the sentence, described by what it says, is what the sentence is about',
    body: 'People who say the bridge is safe have not crossed it. Anyone who says otherwise was not there. Those who say the plan failed are wrong.',
    none: true,
  },
  {
    name: 'flags a crowd whose view the sentence rests on, in a relative clause after "there are"',
    body: 'There are some economists who argue that corporate taxes should be very low.',
    flag: 'some economists',
  },
  {
    name: 'a plan of an unnamed group is its own act, not a vague attribution',
    body: 'Researchers plan to recruit 5,000 volunteers next year.',
    none: true,
  },
  {
    name: 'flags neighbors as a vague collective',
    body: 'Neighbors said the store had been robbed twice before the shooting.',
    flag: 'Neighbors',
  },
  {
    name: 'flags unnamed groups',
    body: 'Environmental groups say the figure is inflated and the rules are too weak.',
    flag: 'Environmental groups',
  },
  {
    name: 'flags some analysts say (docs example)',
    body: 'Some analysts say the venture could face opposition.',
    flag: 'Some analysts',
    severity: 'warning',
  },
  {
    name: 'does not flag analysts named by their firm (docs example)',
    body: 'Analysts at Morgan Stanley, led by Dana Reyes, wrote that the venture could face opposition.',
    none: true,
  },
  {
    name: 'researchers in the sentence of a study, or right after it, are its authors',
    body: 'Daily walks cut the risk of dementia, according to a study published on Wednesday that researchers said could change advice. A poll of 1,000 voters found that most backed the plan. Researchers said the findings were striking.',
    none: true,
  },
  {
    name: 'researchers with no study before them are a vague crowd',
    body: 'The city will close two clinics next year. Researchers said the closures would hurt patients.',
    flag: 'Researchers',
  },
  {
    name: 'flags experts believe',
    body: 'Experts believe the drought will push grain prices higher this summer.',
    flag: 'Experts',
  },
  {
    name: 'flags critics argue',
    body: 'Critics argue that the subsidy mostly helps large farms.',
    flag: 'Critics',
  },
  {
    name: 'flags some say',
    body: 'Some say the mayor waited too long to order the evacuation.',
    flag: 'Some',
  },
  {
    name: 'flags research shows',
    body: 'Research shows that four-day weeks raise productivity in most offices.',
    flag: 'Research',
  },
  {
    name: 'does not flag a named economist',
    body: 'Economist Priya Nair of the Bank of Canada said inflation would ease by autumn.',
    none: true,
  },
  {
    name: 'flags a quantified crowd of unnamed officials',
    body: 'Some diplomats in Geneva believe the talks could collapse before the summit.',
    flag: 'Some diplomats in Geneva believe',
  },
  {
    name: 'a question heading asks who said what',
    body: '## What did the companies say?\n\nUber called the ruling a win for drivers.',
    none: true,
  },
  {
    name: 'flags strategists and allies as a vague crowd',
    body: 'Some strategists say the race is tightening. Allies say the governor will run again.',
    flag: ['Some strategists', 'Allies'],
  },
  {
    name: 'a counted group of office holders is described, not vague',
    body: 'Two lawmakers told AFP the vote would fail.',
    none: true,
  },
  {
    name: 'a study the lede leaves unnamed and the next sentence identifies is no generic authority',
    body: 'Older adults who walk daily are less likely to develop dementia, according to a study of 80,000 people.\n\nThe research, published in The Lancet on Wednesday, followed adults for nine years.',
    none: true,
  },
  {
    name: 'a study identified inside a later sentence, or by the team and where it works, is no generic authority',
    body: 'Drinking three cups of coffee a day may cut the risk of liver disease, a study suggests.\n\nResearchers at the universities of Southampton and Edinburgh analysed data on 495,585 people.\n\nCoffee drinkers were 21% less likely to develop the disease, the study, published in BMC Public Health, found.',
    none: true,
  },
  {
    name: 'a study whose next sentences name only researchers with no place stays vague',
    body: 'Drinking coffee may cut the risk of liver disease, a study suggests.\n\nResearchers analysed data on 495,585 people.\n\nThe study found that coffee drinkers were healthier.',
    flag: 'a study',
  },
  {
    name: 'a study nobody identifies stays vague',
    body: 'Older adults who walk daily are less likely to develop dementia, according to a study.\n\nThe research followed adults for nine years.',
    flag: 'a study',
  },
  {
    name: 'flags a profession that speaks as a crowd',
    body: 'Some doctors believe walking could be prescribed routinely. Clinicians say the changes have kept patients in treatment. Nurses have long warned that the wards are understaffed.',
    flag: ['Some doctors', 'Clinicians', 'Nurses'],
  },
  {
    name: 'a profession that states no view, or tells one person, is no vague crowd',
    body: 'Doctors still do not know what causes the disease. She broke her foot in 2019. Doctors told her she might never race a marathon again.',
    none: true,
  },
  {
    name: 'counsel for a party, and a counted group, are no vague crowd',
    body: 'Lawyers for the pension fund said they would seek board emails. Several teachers said privately that morale was low. Two nurses, who spoke on condition of anonymity, said the ward was unsafe. Doctors at St Vincent\'s Hospital said the patient was stable.',
    none: true,
  },
  {
    name: 'counsel named by the side of a case they act for are no vague crowd',
    body: 'The jury heard from a forensic accountant on Monday. Defense lawyers argued that the transfers had been approved by the board. Prosecution lawyers said the approvals were forged.',
    none: true,
  },
  {
    name: 'counsel for the government or the Crown act for a party named by it',
    body: 'The court extended the order on Monday. Government lawyers said the cabinet had approved the mission. Crown counsel told the court the appeal should fail.',
    none: true,
  },
  {
    name: 'a few unnamed people counted with several are described, not vague',
    body: 'According to a senior aide, the speaker decided after a call with several committee chairmen who warned that a shutdown was likely.',
    none: true,
  },
  {
    name: 'a group one of whom the next sentence names, with where they belong, is identified',
    body: 'Patients\' groups welcomed the inquiry. Claire Rennard of the Patients Association said it was "long overdue".\n\nIndependent experts welcomed the findings but urged caution. "This is a careful study," said Martin Greaves, a professor of epidemiology at the University of Leeds.',
    none: true,
  },
  {
    name: 'a member named next with the body before the role, or after the name with no article, identifies the group',
    body: 'Patient groups welcomed the news. Alzheimer\'s Disease Association Singapore chief executive Jason Foo said about 100,000 people were living with dementia.\n\nParents\' groups criticized the ruling. "Kids are exposed to harm," said Monica Duhon, founder of the Baton Rouge group Protect Louisiana Kids.',
    none: true,
  },
  {
    name: 'a member named next with no body at all leaves the group vague',
    body: 'Patient groups welcomed the news. Jason Foo said about 100,000 people were living with dementia.',
    flag: 'Patient groups',
  },
  {
    name: 'a group that states a claim is identified by a member named next with where they belong',
    body: 'Analysts said the impact would be limited. "We see a small hit," said Katia Marchenko, an analyst at Fjordline Securities.\n\nLegal experts said the ruling went too far. Professor Lena Ortiz, a lawyer at Leiden University, said the court had ignored precedent.',
    none: true,
  },
  {
    name: 'a crowd of people answered by one of them described as a person is identified',
    body: 'Others welcomed the decision. Tomas Berg, a retired teacher who lives near the station, said it was overdue.',
    none: true,
  },
  {
    name: 'a person described with no body leaves a claiming crowd, or a crowd of bodies, vague',
    body: 'Residents said the water tasted odd. Tomas Berg, a retired teacher, said he had stopped drinking it.\n\nUnions welcomed the deal. Maria Costa, a mother of three, said it was fair.',
    flag: ['Residents', 'Unions'],
  },
  {
    name: 'a crowd with a vague amount, or one a named person is set against, stays vague',
    body: 'Some analysts say the venture could fail. Priya Nair of Jefferies said sales fell.\n\nCritics say the plan is flawed. But John Smith of the Labour Party said it would work.',
    flag: ['Some analysts', 'Critics'],
  },
  {
    name: 'data is a record, not a vague authority; research still is',
    body: 'Data showed that exports fell 4 percent in May.\n\nResearch shows that tariffs raise prices.',
    flag: 'Research',
    notOn: 'Data',
  },
  {
    name: "a member named next with the body's possessive says who the group is",
    body: 'Colleagues describe her as demanding but fair. "She reads everything," says Ingrid Lund, Nordvik\'s chief financial officer.',
    none: true,
  },
  {
    name: "a broadcast interviewer's turn puts what others say to the guest; the guest's own is flagged",
    body: 'Radio Atlantic spoke to the fisheries minister, Orla Quinn.\n\nINTERVIEWER: Critics say the quotas came too late.\n\nQUINN: We acted as soon as the data came in. Economists say the fleet will recover.',
    flag: ['Economists'],
    notOn: 'Critics',
  },
  {
    name: "what a crowd wants, inside a named source's account, rests on that source; a crowd that says is flagged",
    body: 'Market manager Ann Burke said traders had backed the new stalls but wanted lower rents. Some analysts say the market will close.',
    flag: ['Some analysts'],
    notOn: 'traders',
  },
]);
