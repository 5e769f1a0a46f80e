import { ruleCases } from './cases';

ruleCases('hearsay', [
  {
    name: 'flags allegedly with no source as a warning (docs example)',
    body: 'The automaker is allegedly exploring a tie-up.',
    flag: 'allegedly',
    severity: 'warning',
  },
  {
    name: 'reportedly with the outlet named in the same sentence is information (docs example)',
    body: 'Farley reportedly discussed a roadmap with cabinet members, Bloomberg reported.',
    flag: 'reportedly',
    severity: 'information',
    related: 'Bloomberg reported',
  },
  {
    name: 'does not flag an outlet report without a hearsay adverb (docs example)',
    body: 'Bloomberg reported that Farley discussed a roadmap.',
    none: true,
  },
  {
    name: 'a source named in the next sentence makes it information',
    body: 'The striker reportedly asked to leave the club in January. The Guardian said talks with two clubs had begun.',
    flag: 'reportedly',
    severity: 'information',
  },
  {
    name: 'a source two sentences away does not count',
    body: 'The striker reportedly asked to leave the club in January. Fans were unhappy with the decision. The Guardian said talks with two clubs had begun.',
    flag: 'reportedly',
    severity: 'warning',
  },
  {
    name: 'allegedly after the police named in the sentence before, in its paragraph, is information',
    body: 'Police said on Wednesday that a 34-year-old man had been arrested. The suspect allegedly fired several shots at the car. The official was not injured.',
    flag: 'allegedly',
    severity: 'information',
  },
  {
    name: 'allegedly does not look back into the paragraph before',
    body: 'Police said on Wednesday that a 34-year-old man had been arrested.\n\nThe suspect allegedly fired several shots at the car. The official was not injured.',
    flag: 'allegedly',
    severity: 'warning',
  },
  {
    name: 'reportedly does not look back to the sentence before',
    body: 'The club said on Monday that its manager had resigned. The owners were reportedly unhappy with results. Fans protested.',
    flag: 'reportedly',
    severity: 'warning',
  },
  {
    name: 'flags according to reports',
    body: 'The ferry operator will cut its winter timetable, according to local media reports.',
    flag: 'according to local media reports',
  },
  {
    name: 'flags purportedly',
    body: 'The letter was purportedly signed by three former ministers.',
    flag: 'purportedly',
  },
  {
    name: 'does not flag hearsay words inside a direct quote',
    body: '"He allegedly took the money, but nobody has proved it," defence lawyer Sam Okafor said.',
    none: true,
  },
  {
    name: 'a denier in the next sentence is not a source for the hearsay',
    body: 'Media reports said the striker had asked to leave. The club has denied the reports.',
    flag: 'Media reports said',
    severity: 'warning',
  },
  {
    name: 'a source who disputes or will not confirm the report does not soften the hearsay',
    body: 'The levee reportedly overtopped. Parish President Louis Authement later disputed that. The officer allegedly had been reprimanded. A police spokeswoman said she could not confirm or deny it.',
    flag: ['reportedly', 'allegedly'],
    severity: 'warning',
  },
  {
    name: "'reportedly' inside what an anonymous source says is information, not 'no source'",
    body: 'The company is reportedly considering cutting as much as 15% of its workforce, according to a person briefed on the plans.',
    flag: 'reportedly',
    severity: 'information',
  },
  {
    name: 'a next sentence that turns to another matter names no source for the hearsay',
    body: 'Daehan reportedly struggled to pass quality tests. Separately, the trade ministry said Saturday that exports rose 5 percent.',
    flag: 'reportedly',
    severity: 'warning',
  },
  {
    name: 'flags reports in an unnamed press',
    body: 'Reports in the Scottish press suggest that the first minister is preparing to seek a meeting. Reports in local media said the mayor had resigned.',
    flag: ['Reports in the Scottish press suggest', 'Reports in local media said'],
  },
  {
    name: 'flags reports with when they came out',
    body: 'Reports last month suggested that a major phone maker was testing live translation in its earbuds.',
    flag: 'Reports last month suggested',
    severity: 'warning',
  },
]);
