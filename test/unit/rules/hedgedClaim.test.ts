import { ruleCases } from './cases';

ruleCases('hedged-claim', [
  {
    name: 'the noun "might" is no hedge',
    body: 'Britain long blocked any plan to centralize European military might. The might of the navy was on display in the harbour.',
    none: true,
  },
  {
    name: 'the modal "might" still is',
    body: 'The venture might reshape the market.',
    flag: 'might',
  },
  {
    name: 'does not flag likely voters or a comparison of likelihood',
    body: 'The poll of 812 likely voters found the race tied. Sicker patients are more likely to take the drug.',
    none: true,
  },
  {
    name: 'flags could potentially in the author voice (docs example)',
    body: 'The venture could potentially reshape the market.',
    flag: 'could potentially',
    severity: 'hint',
  },
  {
    name: 'does not flag a hedge inside attributed content (docs example)',
    body: 'Some analysts say the venture could face opposition.',
    none: true,
  },
  {
    name: 'does not flag a hedge in content before a trailing cue',
    body: 'The merger might be delayed until autumn, the company said.',
    none: true,
  },
  {
    name: 'does not flag a hedge inside a direct quote',
    body: '"Prices may fall further," trader Mia Russo said.',
    none: true,
  },
  {
    name: 'flags is expected to',
    body: 'The new terminal is expected to open in 2027.',
    flag: 'is expected to',
  },
  {
    name: 'flags it is unclear whether',
    body: 'It is unclear whether the regulator will approve the merger.',
    flag: 'It is unclear whether',
  },
  {
    name: 'does not flag the month May',
    body: 'The terminal opened on May 3 after two years of work.',
    none: true,
  },
  {
    name: 'does not flag could not (past ability)',
    body: 'Rescuers could not reach the village until Tuesday.',
    none: true,
  },
  {
    name: 'what someone could only do is no hedge',
    body: 'The goalkeeper could only parry a low drive from the edge of the area in the 12th minute.',
    none: true,
  },
  {
    name: 'a forward-looking-statements section is boilerplate',
    body: '**Forward-Looking Statements**\n\nActual results may differ materially from those projected in this release.',
    none: true,
  },
  {
    name: "a body's scheduled release of results on a set day is its calendar, not a hedge",
    body: 'Shopify is expected to report first-quarter results on May 4. The tribunal is expected to hand down its ruling on June 2.',
    none: true,
  },
  {
    name: 'an expected outcome, or a release with no day set, is still a hedge',
    body: 'Shopify is expected to report a loss on May 4. The tribunal is expected to hand down its ruling soon.',
    flag: ['is expected to'],
    count: 2,
  },
  // --- s25-at ---
  {
    name: 'a modal that describes whom an appeal is for ("anyone who may have footage") hedges no claim',
    body: 'Gardaí are appealing to anyone who may have camera footage to come forward. Residents who might be affected by the closure should call the council.',
    none: true,
  },
  {
    name: 'a modal hedging what someone did is still a hedge',
    body: 'The driver who caused the crash may have been speeding.',
    flag: ['may'],
  },
]);
