import { ruleCases } from './cases';

ruleCases('loaded-verb', [
  {
    name: 'the noun "claim" names a statement; no verb says how anyone made it',
    body: "Politifact checked Trump's claim that there had been thousands of shootings. The president's claims about retaliation are unfounded, families say. By running on his claims of business success, he invited scrutiny.",
    none: true,
  },
  {
    name: 'a plural noun after an adjective or an -ed modifier is no loaded verb',
    body: 'The senator, in a post on Friday, repeated unfounded claims about the count. The mayor dismissed false claims of fraud.',
    none: true,
  },
  {
    name: 'the verb is still flagged',
    body: 'But Trump claims that he should be the exception.',
    flag: 'claims',
  },
  {
    name: 'flags admitted (docs example)',
    body: 'Farley admitted the company had discussed the idea.',
    flag: 'admitted',
    severity: 'hint',
  },
  {
    name: 'does not flag said (docs example)',
    body: 'Farley said the company had discussed the idea.',
    none: true,
  },
  {
    name: "a reporting noun after a possessive or a determiner is no loaded verb",
    body: "Councillor Brandt's claim about the ferry subsidy is not supported by the ledger. The claim was repeated on Friday.",
    none: true,
  },
  {
    name: 'flags claimed',
    body: 'The minister claimed that the budget was balanced.',
    flag: 'claimed',
  },
  {
    name: 'flags insisted after a quote',
    body: '"We did nothing wrong," the mayor insisted.',
    flag: 'insisted',
  },
  {
    name: 'flags revealed',
    body: 'The coach revealed that two players had failed fitness tests.',
    flag: 'revealed',
  },
  {
    name: 'does not flag claimed the title',
    body: 'The Kenyan runner claimed the title in Boston on Monday.',
    none: true,
  },
  {
    name: 'does not flag admitted to hospital',
    body: 'Three workers were admitted to hospital after the blast.',
    none: true,
  },
  {
    name: 'does not flag the noun claims',
    body: 'The claims were filed in a federal court in Delaware.',
    none: true,
  },
  {
    name: 'does not flag a fact-check label in capitals',
    body: 'CLAIM: Gov. Patricia Holloway said in a speech that violent crime had dropped 40%.',
    none: true,
  },
  {
    name: 'does not flag conceding a race',
    body: 'She conceded the race and called Thomas Hadley to congratulate him, a campaign spokesperson said.',
    none: true,
  },
  {
    name: 'a plea in court is no account: admitting an act or a charge',
    body: 'Darren Pickles, 41, of Malton, admitted causing death by dangerous driving. His brother admitted two counts of fraud in May. The insurer admitted liability. Ms Varga confessed to stealing the keys.',
    none: true,
  },
  {
    name: 'still flags an admission of a fact after an appositive',
    body: 'Darren Pickles, 41, of Malton, admitted he had been looking at his phone.',
    flag: 'admitted',
  },
  {
    name: "a settlement's 'neither admitted nor denied' admits nothing",
    body: 'Harbourview Bank neither admitted nor denied the findings.',
    none: true,
  },
]);
