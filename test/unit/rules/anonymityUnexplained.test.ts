import { ruleCases } from './cases';

ruleCases('anonymity-unexplained', [
  {
    name: 'a body described by whom it stands for, or by its members, asked for no anonymity and states its position',
    body: 'A neighborhood group representing about 40 families said in a letter that buyout offers should be based on values before the flood. An association of local traders warned that shops would close.',
    none: true,
  },
  {
    name: 'flags anonymous sources that come with no reason (docs example)',
    body: 'The airline plans to cut 400 jobs in Lisbon, people familiar with the matter said. The cuts would start in March, the people said.',
    flag: 'people familiar with the matter',
    severity: 'information',
  },
  {
    name: 'does not flag sources who asked not to be identified (docs example)',
    body: 'The airline plans to cut 400 jobs in Lisbon, said the people, who asked not to be identified because the talks are private.',
    none: true,
  },
  {
    name: 'does not flag sources asking not to be identified because something is not public',
    body: 'The company is also being scrutinized over its app store rules, people familiar with the matter said, asking not to be identified because the review isn\'t public. The bank will cut 300 jobs, a person briefed on the plan said, because the plans have not been announced.',
    none: true,
  },
  {
    name: 'does not flag a source who did not want to be named',
    body: 'A source close to the family, who did not want to be named, said they were considering a meeting with the minister.',
    none: true,
  },
  {
    name: 'does not flag a source who did not wish to be named or wished to remain anonymous',
    body: 'One hospital manager in the Midlands, who did not wish to be named, said beds were full. A nurse, who wished to remain anonymous, said staff were exhausted.',
    none: true,
  },
  {
    name: 'a reason in another source\'s relative clause next to it explains nobody else',
    body: 'According to a BCCI official, who did not wish to be named, the panel met twice. However, a senior member of the selection panel denied the panel had travelled to Mumbai.',
    flag: 'a senior member of the selection panel',
    severity: 'information',
  },
  {
    name: 'flags one source phrase with two cues once',
    body: 'Sources close to the military said the general was prepared to accept a civilian prime minister but insisted that the army retain control of security.',
    flag: 'Sources close to the military',
    severity: 'information',
    count: 1,
  },
  {
    name: 'does not flag a source speaking on condition of anonymity',
    body: 'The ministry will delay the auction until June, a senior official said, speaking on condition of anonymity because he was not authorized to discuss the matter.',
    none: true,
  },
  {
    name: 'a reason given for a back-reference explains the whole group',
    body: 'The port will close a terminal next year, people briefed on the plans said. The people asked not to be identified because the plans are not public.',
    none: true,
  },
  {
    name: 'a document with only named sources is not flagged',
    body: 'Port director Anika Rask said the terminal would close next year. The union said it would fight the decision.',
    none: true,
  },
  {
    name: 'does not ask why a spokesperson was not named',
    body: 'A spokesperson for the lender said it was cooperating with investigators.',
    none: true,
  },
  {
    name: '"one" official after officials whose anonymity was explained is one of them',
    body: 'The White House is weighing a withdrawal, according to three U.S. officials.\n\nThe talks accelerated last week, the officials said. They spoke on the condition of anonymity because they were not authorized to discuss internal deliberations.\n\nThe envoy will stay for now, a State Department spokesperson said.\n\n"There is a real debate," said one senior administration official.',
    none: true,
  },
  {
    name: '"another" or "a second" official after officials whose anonymity was explained is one of them',
    body: 'The ministry will freeze the grain exports, according to four Ukrainian officials.\n\nThe order could come within days, two of the officials said, speaking on condition of anonymity because the plan is not final.\n\nPrices would rise, another official cautioned.\n\nA second official said the freeze might last a month.',
    none: true,
  },
  {
    name: 'a new kind of anonymous source after explained officials is still flagged',
    body: 'The White House is weighing a withdrawal, according to three U.S. officials, who spoke on the condition of anonymity because they were not authorized to discuss the matter.\n\nThe envoy will stay for now.\n\nThe talks are doomed, said one European diplomat.',
    flag: 'one European diplomat',
  },
  {
    name: '"the officials" goes back to the officials the story has gone back to before, not to a group cited once in between',
    body: 'The White House is weighing a withdrawal, according to three U.S. officials.\n\nThe talks accelerated last week, the officials said. They spoke on the condition of anonymity because they were not authorized to discuss internal deliberations.\n\nThe talks resumed in February after a two-year pause. Little progress has been made.\n\nRussian officials insisted on Monday that any deal must cover missile defenses.\n\nThe president favors the talks, according to one official.\n\nThe administration is also weighing sanctions, the officials said.',
    flag: 'Russian officials',
  },
  {
    name: 'a stance said again and in public is on the record, no anonymity granted',
    body: 'Russian officials have repeatedly insisted that any new agreement must also cover missile defenses. Kremlin aides have publicly said the talks are over.',
    none: true,
  },
  {
    name: 'does not flag a source who spoke on the condition that their name not be used',
    body: 'A former guard described temperatures above 95 degrees on several nights. The guard spoke on the condition that their name not be used because they still work for the county.',
    none: true,
  },
  {
    name: 'does not flag a witness who gave only her first name for fear of losing her job',
    body: 'Another witness, a nurse who gave only her first name because she feared losing her job, said the crowd scattered before the police moved.',
    none: true,
  },
  {
    name: 'people a named source tells of were granted no anonymity by the story',
    body: 'Helena Strand took over the ferry company in 2011. Board members at the time thought the deal was reckless, she recalls.',
    none: true,
  },
  {
    name: 'officials who said something in public in an earlier year were granted no anonymity; this week they were',
    body: 'The river flooded 300 homes. Water officials admitted last year that the levee inspections had lapsed. Water officials said on Tuesday that repairs would cost $40 million.',
    flag: ['Water officials'],
    published: '2026-02-07',
  },
  {
    name: 'a statement dated in an earlier year is on the record',
    body: 'The river flooded 300 homes. Water officials admitted last year that the levee inspections had lapsed.',
    none: true,
  },
]);
