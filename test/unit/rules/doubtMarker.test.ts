import { ruleCases } from './cases';

ruleCases('doubt-marker', [
  {
    name: 'flags so-called',
    body: 'The so-called reform plan would cut pensions by a tenth.',
    flag: 'so-called',
    severity: 'hint',
  },
  {
    name: 'does not flag a record\'s own label quoted after "list … as" or "recorded as"',
    body: 'In six cases the inspection logs list the repairs as "not started" on dates after payment. Two deaths were recorded as "undetermined" that year.',
    none: true,
  },
  {
    name: 'flags supposed as an adjective',
    body: 'The supposed benefits of the merger never appeared.',
    flag: 'supposed',
  },
  {
    name: 'does not flag supposed to',
    body: 'The bridge was supposed to open in 2024.',
    none: true,
  },
  {
    name: 'does not flag a term introduced by "described as"',
    body: 'The company described its cuts as a "restructuring" that would protect jobs.',
    none: true,
  },
  {
    name: 'flags scare quotes around a short phrase in the author voice',
    body: 'The ministry\'s "independent review" was run by two of its own officials.',
    flag: '"independent review"',
  },
  {
    name: 'does not flag a partial quote with a cue',
    body: 'Northgate said in a statement that it "routinely reviews partnerships" and would not comment further.',
    none: true,
  },
  {
    name: 'does not flag a quoted title',
    body: 'The report, titled "Fair Shares", was published in March.',
    none: true,
  },
  {
    name: 'does not flag a full quotation',
    body: '"We are not for sale," chief executive Ana Costa said.',
    none: true,
  },
  {
    name: 'a word the subject rejects or dismisses something as is theirs, not the author\'s doubt',
    body: 'The offer was raised, but labour rejected it as "insulting". The minister dismissed the plan as "fantasy".',
    none: true,
  },
]);
