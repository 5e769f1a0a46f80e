import { ruleCases } from './cases';

ruleCases('speculative-anonymous', [
  {
    name: 'a body described by whom it stands for, or by its members, asked for no anonymity and states its position',
    body: 'A neighborhood group representing about 40 families said in a letter that buyout offers should be based on values before the flood. An association of local traders warned that shops would close.',
    none: true,
  },
  {
    name: 'what happened, told in a clause of time, and a plan set for a day are no forecasts',
    body: 'The Secret Service whisked her away before officers could accompany her, a source said. The governor plans to visit the flooded towns on Sunday, according to a campaign aide.',
    none: true,
  },
  {
    name: 'a plan with no day, and a forecast after a clause of time, still are',
    body: 'The governor plans to visit the flooded towns, according to a campaign aide. Before the vote, the bill would fail, a person familiar with the count said.',
    flag: ['plans to visit', 'would fail'],
  },
  {
    name: 'flags a prediction by anonymous sources (docs example)',
    body: 'The companies are discussing a joint venture, Bloomberg reported, citing people familiar with the matter. The structure would ensure profit sharing, the sources said.',
    flag: 'would ensure',
    severity: 'warning',
  },
  {
    name: 'does not flag a fact from an anonymous source (docs example)',
    body: 'The companies met in Detroit on May 3, a person familiar with the matter said.',
    none: true,
  },
  {
    name: 'does not flag a modal inside a question the source says is being examined',
    body: "A person familiar with the review said the office was examining whether the combined system would control more than half of the region's beds.",
    none: true,
  },
  {
    name: 'flags an anonymous forecast with will',
    body: 'The central bank will raise rates again in July, two people familiar with its deliberations said.',
    flag: 'will raise',
  },
  {
    name: 'flags an anonymous opinion given with a cognition verb',
    body: 'Officials in the finance ministry believe the budget gap could widen next year.',
    flag: 'could widen',
  },
  {
    name: "does not flag a named body's spokesperson stating a plan",
    body: 'A Downing Street spokesperson said the policy would go ahead in the spring.',
    none: true,
  },
  {
    name: 'does not flag a named source forecasting',
    body: 'The plant would open in 2028, Ford chief executive Jim Farley said.',
    none: true,
  },
  {
    name: 'does not flag a relative clause describing a plan',
    body: 'The two groups signed a deal that would merge their shipping units, a person familiar with the matter said.',
    none: true,
  },
  {
    name: 'does not flag a past inability',
    body: 'A senior official said he could not answer the questions because the files were sealed.',
    none: true,
  },
  {
    name: 'flags an expectation an outlet attributes to an unnamed person',
    body: 'Kyodo News cited an unnamed ministry official as saying the ministry expects to approve the reactor restart.',
    flag: 'expects to approve',
  },
  {
    name: 'does not flag a scheduled act with its date',
    body: 'The committee will hold a second hearing with drug manufacturers on March 20, a committee aide said.',
    none: true,
  },
  {
    name: 'flags a forecast with a date',
    body: 'The committee will reject the bill on March 20, a committee aide said.',
    flag: 'will reject',
  },
  {
    name: 'an estimate of a count already made is no forecast',
    body: 'Twelve shelters had opened by midday, and county officials estimated that about 4,100 people had checked in by 3 p.m.',
    none: true,
  },
  {
    name: "a plan named as a noun, and a source's wish not to be named, are no predictions",
    body: 'EU ministers failed on Tuesday to agree on a plan to share out asylum seekers, diplomats said. A senior government source told the ABC the talks had ended. The source did not want to be named.',
    none: true,
  },
  {
    name: 'what an anonymous source would not say is no forecast of theirs',
    body: 'Talks on the sale were advanced, a person familiar with the matter said. The person did not say when the offer would be announced.',
    none: true,
  },
  {
    name: 'a court date told in reported speech is a schedule, not a forecast',
    body: 'Two men were arrested, the sources said. The sources said the suspects would appear before a judge on Thursday.',
    none: true,
  },
  {
    name: 'what unnamed officials expect to happen is a prediction',
    body: 'Officials in the Finance Ministry said they expected ratification to be completed within 30 days.',
    flag: 'expected ratification to be completed',
  },
  {
    name: 'a figure unnamed sources put on a past sale is no forecast',
    body: 'The mill was sold in 2011 for an undisclosed sum, though people familiar with the sale put it at about $35 million.',
    none: true,
  },
  {
    name: 'a memory is no forecast',
    body: 'Several teachers said privately that morale was the lowest they could remember.',
    none: true,
  },
  {
    name: 'a view a named source tells of is that source\'s account',
    body: 'Helena Strand took over the ferry company in 2011. Board members at the time thought the deal was reckless, she recalls.',
    none: true,
  },
  {
    name: 'a plan denied as a noun is no forecast; a plan to act still is',
    body: 'The dispute entered its third week. Government officials said ministers had no plans to intervene. Other officials said the ministry plans to seek a court order.',
    flag: ['plans to seek'],
    notOn: 'no plans',
  },
  {
    name: "a spokesman for a body named only by its kind states the body's plan",
    body: 'Bus drivers in Leeds stopped work at dawn. A union spokesman said the stoppage would last until Friday.',
    none: true,
  },
]);
