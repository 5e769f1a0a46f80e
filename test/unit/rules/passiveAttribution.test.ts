import { ruleCases } from './cases';

ruleCases('passive-attribution', [
  {
    name: 'a "by" inside the reported clause is no agent of "it is understood"',
    body: 'It is understood that some parents have been put off by the claims.',
    flag: 'It is understood',
    severity: 'warning',
  },
  {
    name: 'flags a view held "widely" by nobody named',
    body: 'The 5th Circuit is widely regarded as one of the most conservative appeals courts. Exercise is widely seen as the best way to protect the brain.',
    flag: ['is widely regarded', 'is widely seen'],
    severity: 'warning',
  },
  {
    name: 'does not flag a view with its holders named, nor "seen" as a plain passive',
    body: 'The court is widely regarded by lawyers as conservative. The suspect was seen as he left the bank.',
    none: true,
  },
  {
    name: 'flags it is understood (docs example)',
    body: 'It is understood that Ford has shelved the plan.',
    flag: 'It is understood',
    severity: 'warning',
  },
  {
    name: 'flags it is understood with no "that", as British copy writes it',
    body: 'It is understood the company is considering moving its operations to Swindon.',
    flag: 'It is understood',
  },
  {
    name: "flags it's understood",
    body: "It's understood the man is known to gardaí.",
    flag: "It's understood",
  },
  {
    name: 'does not flag it is expected to (a forecast, not a report)',
    body: 'It is expected to rain on Friday.',
    none: true,
  },
  {
    name: 'does not flag a passive with a by agent (docs example)',
    body: "The plan was approved by Ford's board on Monday.",
    none: true,
  },
  {
    name: 'flags is said to',
    body: 'The minister is said to favour a snap election in the spring.',
    flag: 'is said to',
  },
  {
    name: 'flags was accused of',
    body: 'The contractor was accused of inflating the cost of the bridge repairs.',
    flag: 'was accused of',
  },
  {
    name: 'a by agent cancels an accusation',
    body: 'The contractor was accused of inflating costs by the city auditor.',
    none: true,
  },
  {
    name: 'flags it is widely believed',
    body: 'It is widely believed that the coach will resign after the season.',
    flag: 'It is widely believed',
  },
  {
    name: 'flags are thought to',
    body: 'The hackers are thought to have stolen data on two million customers.',
    flag: 'are thought to',
  },
  {
    name: 'does not flag an ordinary passive',
    body: 'The bridge was closed for repairs on Tuesday and reopened on Friday.',
    none: true,
  },
  {
    name: 'does not flag a passive inside a direct quote',
    body: '"It is believed that the fire started in the kitchen," fire chief Dana Ortiz said.',
    none: true,
  },
  {
    name: 'flags "It is learnt" and "It was gathered" (Indian and Nigerian press)',
    body: 'It is reliably learnt that the ministry will scrap the scheme. It was gathered that the governor had left.',
    flag: ['It is reliably learnt', 'It was gathered'],
  },
  {
    name: 'an accusation covered by a trailing cue or "according to" names its accuser',
    body: 'Whitcomb is accused of robbing four stores, police said. Mertz is accused of writing checks to himself, according to a criminal complaint.',
    none: true,
  },
  {
    name: 'a raising or it-cleft passive inside what a named or described source reports is that source\'s',
    body: 'The president is believed to favor keeping the talks alive, according to one official. It is understood that the home secretary will set out plans next week, the paper reports.',
    none: true,
  },
  {
    name: 'a passive the trailing cue does not cover is still flagged',
    body: 'Chelsea are also believed to be monitoring the situation. Ministers met on Monday, the paper reports.',
    flag: 'are also believed to',
  },
  {
    name: 'filing a report with an office, and what is not known, attribute nothing',
    body: 'Power outages can be reported to PSO at 888-216-3523. The following incidents were reported to area law enforcement agencies. It was not known Wednesday whether he had hired an attorney.',
    none: true,
  },
  // --- s25-at ---
  {
    name: 'an agentless reporting verb after the clause it attributes, closing the sentence, is a passive attribution',
    body: 'Coronation Street actress Jenna Holt is set to quit the soap after a row over pay, it has been claimed. The club will sell its ground, it is understood.',
    flag: ['it has been claimed', 'it is understood'],
  },
  {
    name: 'a comparison with what was reported, or a clause that goes on, is no trailing attribution',
    body: 'The damage was worse than it was reported. The show ended early, as it was expected.',
    none: true,
  },
]);
