import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { findAttributions } from '../../server/src/core/attributions';
import { parseDocument } from '../../server/src/core/document';
import { findEntities } from '../../server/src/core/entities';
import { tagDocument } from '../../server/src/core/nlp';
import type { Attribution, CueClass, SourceKind } from '../../server/src/core/types';

interface Expect {
  cue: string;
  source: string | null;
  pred?: string;
  kind?: SourceKind;
  strength?: number;
  cls?: CueClass;
  /** Text the content must equal (after trimming punctuation), or contain when prefixed with '~'. */
  content?: string;
  inherited?: boolean;
  name?: string;
  relayedBy?: string;
  reason?: string;
}

interface Row {
  name: string;
  text: string;
  expect: Expect[];
  /** The expected list is complete (no other non-inherited attribution). */
  only?: boolean;
  /** How many inherited attributions (a quote or a transcript turn that goes on) there must be. */
  inherited?: number;
  /** Cue texts that must not be found. */
  none?: string[];
  /** Run with the entity layer (roles and names it finds). */
  entities?: boolean;
  /** Without the entity layer the source is a piece of a name with commas in it, which the layer replaces. */
  commaInName?: boolean;
}

function run(text: string, withEntities = false): Attribution[] {
  const doc = parseDocument(text);
  const terms = tagDocument(doc);
  return findAttributions(doc, terms, withEntities ? findEntities(doc, terms) : []);
}

const clean = (s: string) => s.replace(/^[\s"“”'‘’,.]+|[\s"“”'‘’,.]+$/g, '');

const rows: Row[] = [
  // plain subject + verb, content after
  { name: 'named person, said that', text: 'Maria Okafor said that the clinic would reopen in June.',
    expect: [{ cue: 'Maria Okafor said', source: 'Maria Okafor', pred: 'said', kind: 'named-person', strength: 4, cls: 'neutral', content: 'the clinic would reopen in June' }], only: true },
  { name: 'bare clause after said', text: 'The mayor of Lisbon said the tram line was safe.',
    expect: [{ cue: 'The mayor of Lisbon said', source: 'The mayor of Lisbon', content: 'the tram line was safe' }] },
  { name: 'organization announced with object', text: 'Volvo announced on Tuesday plans to open a battery plant in Ghent.',
    expect: [{ cue: 'Volvo announced', source: 'Volvo', kind: 'named-organization', strength: 3, content: '~battery plant' }] },
  { name: 'auxiliary and adverb belong to the predicate', text: 'The union has also said it will strike next week.',
    expect: [{ cue: 'The union has also said', source: 'The union', pred: 'has also said' }] },
  { name: 'time adjunct between subject and verb', text: 'Senator Hal Brooks on Monday said the bill was dead.',
    expect: [{ cue: 'Hal Brooks on Monday said', source: 'Hal Brooks', pred: 'said' }] },
  // trailing cues: content before
  { name: 'trailing cue with anonymous plural', text: 'The merger would cut 900 jobs, the sources said.',
    expect: [{ cue: 'the sources said', source: 'the sources', kind: 'vague', strength: 1, content: 'The merger would cut 900 jobs' }], only: true },
  { name: 'trailing cue with time word', text: 'The talks stalled over pricing, Reuters reported Friday.',
    expect: [{ cue: 'Reuters reported', source: 'Reuters', kind: 'outlet', strength: 3, content: 'The talks stalled over pricing' }] },
  { name: 'trailing cue with described anonymous source', text: 'The plant will close in March, two senior Treasury officials said.',
    expect: [{ cue: 'two senior Treasury officials said', source: 'two senior Treasury officials', kind: 'anonymous', strength: 2 }] },
  { name: 'trailing told reporters', text: 'The shipment left the port on time, the minister told reporters.',
    expect: [{ cue: 'the minister told reporters', source: 'the minister', pred: 'told', content: 'The shipment left the port on time' }] },
  { name: 'trailing in a statement makes a named organization', text: 'The recall covers 40,000 vans, Daimler said in a statement.',
    expect: [{ cue: 'Daimler said in a statement', source: 'Daimler', pred: 'said', kind: 'named-organization', strength: 3 }] },
  // quotes
  { name: 'quote then subject and verb', text: '"We are not leaving," Priya Nair said.',
    expect: [{ cue: 'Priya Nair said', source: 'Priya Nair', content: 'We are not leaving' }], only: true },
  { name: 'inverted cue after a quote', text: '"The budget is a fantasy," said Tomas Lindqvist, a council member.',
    expect: [{ cue: 'said Tomas Lindqvist', source: 'Tomas Lindqvist', pred: 'said', content: 'The budget is a fantasy' }] },
  { name: 'inverted cue with curly quotes', text: '“Prices will fall,” added Dana Whitfield.',
    expect: [{ cue: 'added Dana Whitfield', source: 'Dana Whitfield', pred: 'added' }] },
  { name: 'quote with a colon', text: 'The coach said: "We played without fear."',
    expect: [{ cue: 'The coach said', source: 'The coach', content: 'We played without fear' }] },
  { name: 'quote continued in the next sentence is inherited', text: '"The river rose fast," said Omar Haddad. "Nobody expected it."',
    expect: [
      { cue: 'said Omar Haddad', source: 'Omar Haddad' },
      { cue: 'said Omar Haddad', source: 'Omar Haddad', inherited: true, content: '~Nobody expected it' },
    ] },
  { name: 'a sentence without cue and quote stays in the author voice', text: '"The river rose fast," said Omar Haddad. The town flooded twice last year.',
    expect: [{ cue: 'said Omar Haddad', source: 'Omar Haddad' }], only: true },
  { name: 'paragraph break ends inheritance', text: '"The river rose fast," said Omar Haddad.\n\n"Nobody expected it."',
    expect: [{ cue: 'said Omar Haddad', source: 'Omar Haddad' }], only: true },
  // multi-word cues
  { name: 'according to at the end', text: 'Sales fell 12 percent, according to the company\'s annual filing.',
    expect: [{ cue: 'according to the company\'s annual filing', source: 'the company\'s annual filing', pred: 'according to', cls: 'according-to', kind: 'document', strength: 5, content: 'Sales fell 12 percent' }] },
  { name: 'according to at the start', text: 'According to police, the driver fled on foot.',
    expect: [{ cue: 'According to police', source: 'police', content: 'the driver fled on foot' }] },
  { name: 'citing anonymous sources, relayed by the outlet', text: 'The airline is weighing a sale of its cargo unit, Bloomberg reported, citing people familiar with the matter.',
    expect: [
      { cue: 'Bloomberg reported', source: 'Bloomberg', kind: 'outlet', strength: 1 },
      { cue: 'citing people familiar with the matter', source: 'people familiar with the matter', pred: 'citing', kind: 'vague', strength: 1, relayedBy: 'Bloomberg', content: '~cargo unit' },
    ], only: true },
  { name: 'cited … as saying', text: 'The deal could close by June, the Nikkei cited two bankers as saying.',
    expect: [{ cue: 'the Nikkei cited two bankers as saying', source: 'the Nikkei', pred: 'cited two bankers as saying', kind: 'outlet', strength: 1 }] },
  { name: 'quoted … as saying', text: 'Xinhua quoted the minister as saying that exports would recover.',
    expect: [{ cue: 'Xinhua quoted the minister as saying', source: 'Xinhua', content: 'exports would recover' }] },
  // back-references and pronouns
  { name: 'back-reference to earlier anonymous source', text: 'The board met on Sunday, a person familiar with the talks said. The vote was close, the person said.',
    expect: [
      { cue: 'a person familiar with the talks said', source: 'a person familiar with the talks', kind: 'vague', strength: 1 },
      { cue: 'the person said', source: 'the person', kind: 'vague', strength: 1, name: 'a person familiar with the talks' },
    ] },
  { name: 'back-reference keeps the relaying outlet', text: 'The bank plans to cut bonuses, the Financial Times reported, citing people briefed on the plans. The cuts could reach a third, the people said.',
    expect: [
      { cue: 'the Financial Times reported', source: 'the Financial Times', strength: 1 },
      { cue: 'citing people briefed on the plans', source: 'people briefed on the plans', relayedBy: 'the Financial Times' },
      { cue: 'the people said', source: 'the people', relayedBy: 'the Financial Times', strength: 1 },
    ] },
  { name: 'the report resolves to the outlet', text: 'Airbus is close to a deal, CNBC reported. The report said talks began in May.',
    expect: [
      { cue: 'CNBC reported', source: 'CNBC', kind: 'outlet' },
      { cue: 'The report said', source: 'The report', kind: 'outlet', name: 'CNBC' },
    ] },
  { name: 'a definite role resolves to the person given that title', text: 'Mr Justice Harlowe-Binns found the contract unfair. "The terms were hidden," the judge said.', entities: true,
    expect: [{ cue: 'the judge said', source: 'the judge', kind: 'named-person', strength: 4, name: 'Harlowe-Binns' }] },
  { name: 'a definite role skips people with other roles', text: 'Mayor Ruth Ellis opened the bridge. Engineer Tomas Reyes inspected it. The mayor said it came in under budget.', entities: true,
    expect: [{ cue: 'The mayor said', source: 'The mayor', kind: 'named-person', strength: 4, name: 'Ruth Ellis' }] },
  { name: 'a participle on the noun of a trailing manner phrase', text: '"The fees were hidden," Judge Ada Moss wrote in a ruling handed down in Leeds.',
    expect: [{ cue: 'Ada Moss wrote', source: 'Ada Moss', content: 'The fees were hidden' }] },
  { name: 'a verb in -ed closing a clause is no participle of the adjunct', text: 'Exports slumped as buyers turned to rivals and demand from Asia cooled.', expect: [], only: true },
  { name: 'a pronoun goes back to the last speaker, not to a person named in what the speaker said', entities: true,
    text: 'Minister Xolani Ntuli-Maharaj said he had spoken to Thabo Mokoena over the weekend. He said the department would monitor repairs daily.',
    expect: [{ cue: 'Xolani Ntuli-Maharaj said', source: 'Xolani Ntuli-Maharaj' }, { cue: 'He said', source: 'He', name: 'Xolani Ntuli-Maharaj' }] },
  { name: 'a pronoun goes back to the subject of the sentence before, not to a person named after its verb', entities: true,
    text: 'Harrowgate manager Steve Calloway declined to discuss Moreira at a press conference on Tuesday. "I don\'t talk about players from other clubs," he said.',
    expect: [{ cue: 'he said', source: 'he', name: 'Steve Calloway' }] },
  { name: 'a subject of the other gender is skipped', entities: true,
    text: 'Sen. Maria Lopez met Governor Tom Reyes on Monday. He said the talks went well.',
    expect: [{ cue: 'He said', source: 'He', name: 'Tom Reyes' }] },
  { name: "a pronoun skips a person of the other gender named after the speaker", text: 'Carla Jiménez said she would call Raymond Vos. "It is over," she said.', entities: true,
    expect: [{ cue: 'she said', source: 'she', kind: 'pronoun', name: 'Carla Jiménez' }] },
  { name: 'a recipient inside the manner phrase', text: 'Analysts at Jefferies wrote in a note to clients that demand was weak.',
    expect: [{ cue: 'Analysts at Jefferies wrote', source: 'Analysts at Jefferies', content: 'demand was weak' }] },
  { name: 'a plural noun capitalized only to open the sentence names nobody', text: 'Doctors in Glasgow told us the wards were full.',
    expect: [{ cue: 'Doctors in Glasgow told us', source: 'Doctors in Glasgow', kind: 'vague', strength: 1 }] },
  { name: 'a first noun compromise reads as a command before "shows"', text: 'Research shows that the vaccine cuts hospital stays.',
    expect: [{ cue: 'Research shows', source: 'Research', kind: 'vague' }] },
  { name: 'a relative clause on the subject of a belief', text: 'Some experts believe the pattern that developed last year will fade.',
    expect: [{ cue: 'Some experts believe', source: 'Some experts', content: 'the pattern that developed last year will fade' }] },
  { name: 'an object with a relative clause is no reported clause', text: 'The minister would not answer the questions that had been raised.', expect: [], only: true },
  { name: 'a dateline before a colon is no speaker', text: 'MUMBAI: Deccan Steel on Monday reported a 12% rise in profit.', expect: [], none: ['MUMBAI:'], entities: true },
  { name: 'a transcript speaker before a colon', text: 'MARSH: We will not sell the port.', expect: [{ cue: 'MARSH:', source: 'MARSH' }] },
  { name: '"forecast that" reports a forecast', text: 'The Met Office has forecast that next year will be warmer.',
    expect: [{ cue: 'The Met Office has forecast', source: 'The Met Office', content: 'next year will be warmer' }] },
  { name: 'a denial of a noun in -ing', text: 'Ms. Pruett denied any wrongdoing.', expect: [{ cue: 'Pruett denied', source: 'Pruett', cls: 'denial' }] },
  { name: 'a verb coordinated with a passive shares it', text: 'Residents were warned in 2014 and told the works would be finished soon.', expect: [], only: true },
  { name: 'an active verb after a passive keeps its addressee', text: 'Dale Corrigan was arrested and told police he was innocent.',
    expect: [{ cue: 'told police', source: 'Dale Corrigan' }] },
  { name: '"it" goes back to a singular source', text: 'A study in the journal found the ice was thinning. Scientists say that is alarming. It found that melting had doubled.',
    expect: [{ cue: 'It found', source: 'It', kind: 'pronoun', name: 'A study in the journal' }] },
  { name: '"they" goes back to a plural source', text: 'Analysts at Halden Securities said the fall was expected. The bank said profit fell. "Demand is weak," they wrote.',
    expect: [{ cue: 'they wrote', source: 'they', kind: 'pronoun', name: 'Analysts at Halden Securities' }] },
  { name: 'a role as transcript label points back to the person and holds the whole turn', entities: true,
    text: 'Health Minister Fiona Drummond-Hay took questions on Monday.\n\nMINISTER: Let me be clear. Our staff have done an extraordinary job.',
    expect: [
      { cue: 'MINISTER:', source: 'MINISTER', kind: 'named-person', strength: 4, name: 'Fiona Drummond-Hay', content: 'Let me be clear' },
      { cue: 'MINISTER:', source: 'MINISTER', inherited: true, content: 'Our staff have done an extraordinary job' },
    ] },
  { name: 'a rank describes one unnamed person', text: 'The vote could slip into the new year, a senior whip said.',
    expect: [{ cue: 'a senior whip said', source: 'a senior whip', kind: 'anonymous', strength: 2 }] },
  { name: 'an organization named in full after "the" is no back-reference', entities: true,
    text: 'The Public Accounts Committee met on Monday. According to the Department of Treasury and Finance, debt will rise.',
    expect: [{ cue: 'According to the Department of Treasury and Finance', source: 'the Department of Treasury and Finance', name: 'Department of Treasury and Finance' }] },
  { name: 'a refusal to testify carries no content', text: 'Former president Jacob Zuma was jailed in July after refusing to testify.', expect: [], only: true },
  { name: 'no answer to requests for comment is no attribution', text: 'Neither company responded to requests for comment.', expect: [], only: true },
  { name: '"records show" closing a sentence, which compromise reads as a verb and a noun', text: 'Ochs was arrested twice for burglary, records show.',
    expect: [{ cue: 'records show', source: 'records', kind: 'document', strength: 5 }] },
  { name: 'an affidavit and a guideline are documents', text: 'According to an arrest affidavit filed in court, Ochs fled. A guideline issued by the State Council said rents would be capped.',
    expect: [{ cue: 'According to an arrest affidavit filed in court', source: 'an arrest affidavit filed in court', kind: 'document', strength: 5 },
      { cue: 'A guideline issued by the State Council said', source: 'A guideline issued by the State Council', kind: 'document', strength: 5 }] },
  { name: '"it" with a that-clause speaks for an organization', text: 'The retailer beat forecasts, though it warned that shoppers were pulling back.',
    expect: [{ cue: 'it warned', source: 'it', kind: 'pronoun', content: 'shoppers were pulling back' }] },
  { name: 'a "known as" aside between subject and verb', text: 'The Cocoa Board, known as Cocobod, denied any wrongdoing.',
    expect: [{ cue: 'The Cocoa Board, known as Cocobod, denied', source: 'The Cocoa Board', cls: 'denial' }] },
  { name: 'content stops where another speaker of the sentence begins', text: 'Lorie Logan said in a speech that the data did not justify a pause, while Patrick Harker told an audience that he favored holding rates steady.',
    expect: [{ cue: 'Lorie Logan said in a speech', source: 'Lorie Logan', content: 'the data did not justify a pause' }] },
  { name: "an outlet the gazetteer lists is an outlet as a source", text: 'The talks failed, according to state broadcaster CCTV. TASS reported the same.',
    expect: [{ cue: 'according to state broadcaster CCTV', source: 'CCTV', kind: 'outlet' }, { cue: 'TASS reported', source: 'TASS', kind: 'outlet' }] },
  { name: 'a surname compromise reads as a verb, before "said"', text: 'Prates said the cut reflected lower prices.',
    expect: [{ cue: 'Prates said', source: 'Prates', content: 'the cut reflected lower prices' }] },
  { name: 'a count describes anonymous sources', text: 'Two people familiar with the review said the audit was late.',
    expect: [{ cue: 'Two people familiar with the review said', source: 'Two people familiar with the review', kind: 'anonymous', strength: 2 }] },
  { name: 'without a count they stay vague', text: 'People familiar with the review said the audit was late.',
    expect: [{ cue: 'People familiar with the review said', source: 'People familiar with the review', kind: 'vague', strength: 1 }] },
  { name: 'a definite role with nobody so titled is a described source', text: '"It was late," the minister said.',
    expect: [{ cue: 'the minister said', source: 'the minister', kind: 'anonymous', strength: 2 }] },
  { name: 'pronoun resolves to the last named person', text: 'Lena Fischer runs the depot. She said the trucks were late.',
    expect: [{ cue: 'She said', source: 'She', kind: 'pronoun', strength: 4, name: 'Lena Fischer' }] },
  { name: 'pronoun after a quote resolves to the previous speaker', text: '"It was chaos," said Victor Mendes. "We lost power," he added.',
    expect: [
      { cue: 'said Victor Mendes', source: 'Victor Mendes', strength: 4 },
      { cue: 'he added', source: 'he', kind: 'pronoun', strength: 4, name: 'Victor Mendes' },
    ] },
  { name: 'he also said', text: 'Governor Ana Ruiz visited the site. She also said that aid would arrive.',
    expect: [{ cue: 'She also said', source: 'She', pred: 'also said', kind: 'pronoun', name: 'Ana Ruiz' }] },
  { name: 'participle shares the subject', text: 'Jonas Berg said the plan was sound, adding that costs were under control.',
    expect: [
      { cue: 'Jonas Berg said', source: 'Jonas Berg' },
      { cue: 'adding', source: 'Jonas Berg', pred: 'adding', content: 'costs were under control' },
    ] },
  { name: 'coordinated and said', text: 'The senator toured the plant and said the jobs would stay.',
    expect: [{ cue: 'said', source: 'The senator', content: 'the jobs would stay' }] },
  // hearsay and passive
  { name: 'reportedly', text: 'The striker reportedly asked for a transfer.',
    expect: [{ cue: 'reportedly', source: null, pred: 'reportedly', kind: 'none', strength: 0, cls: 'hearsay' }], only: true },
  { name: 'allegedly', text: 'The firm allegedly hid losses from auditors.',
    expect: [{ cue: 'allegedly', source: null, kind: 'none', strength: 0 }] },
  { name: 'it is understood', text: 'It is understood that the chairman will resign.',
    expect: [{ cue: 'It is understood', source: null, kind: 'none', strength: 0, cls: 'hearsay' }] },
  // kinds and strengths
  { name: 'documents are strongest', text: 'Court filings show that the firm owed $3 million.',
    expect: [{ cue: 'Court filings show', source: 'Court filings', kind: 'document', strength: 5, cls: 'evidential' }] },
  { name: 'a poll found', text: 'A survey by the Pew Research Center found that most adults distrust the agency.',
    expect: [{ cue: 'A survey by the Pew Research Center found', source: 'A survey by the Pew Research Center', kind: 'document', strength: 5 }] },
  { name: 'vague collective', text: 'Critics say the rules favor large banks.',
    expect: [{ cue: 'Critics say', source: 'Critics', kind: 'vague', strength: 1 }] },
  { name: 'spokesperson for a named organization', text: 'A spokeswoman for Siemens said the plant would stay open.',
    expect: [{ cue: 'A spokeswoman for Siemens said', source: 'A spokeswoman for Siemens', kind: 'named-organization', strength: 3 }] },
  { name: 'declining to comment is not an attribution', text: 'A spokeswoman for Siemens declined to comment.', expect: [], only: true },
  { name: 'a refusal with no content is not an attribution', text: 'The ministry would not comment on the report.', expect: [], only: true },
  { name: 'a hypothetical is not a report', text: 'The league could move the team if the city rejected the plan.', expect: [], only: true },
  { name: 'a company reporting results is not a source', text: 'Acme Corp reported a wider quarterly loss on Tuesday.', expect: [], only: true },
  { name: 'cognition verb with an animate subject', text: 'Some economists believe the rate cut came too late.',
    expect: [{ cue: 'Some economists believe', source: 'Some economists', cls: 'cognition', kind: 'vague' }] },
  { name: 'loaded verb', text: 'The contractor admitted that the welds were never inspected.',
    expect: [{ cue: 'The contractor admitted', source: 'The contractor', cls: 'loaded' }] },
  { name: 'denial verb with object', text: 'The ministry denied the report.',
    expect: [{ cue: 'The ministry denied', source: 'The ministry', cls: 'denial' }] },
  { name: 'possessive source of a claim noun', text: 'Officials rejected Hartmann\'s claim that the vote was rigged.',
    expect: [{ cue: 'Hartmann\'s claim', source: 'Hartmann', pred: 'claim', cls: 'loaded' }] },
  { name: 'anonymity reason in the same sentence', text: 'The talks collapsed on Friday, said the people, who asked not to be identified because the matter is private.',
    expect: [{ cue: 'said the people', source: 'the people', reason: '~asked not to be identified' }] },
  { name: 'anonymity reason in the next sentence', text: 'The fund will be wound down, an official said. The official spoke on condition of anonymity to discuss internal plans.',
    expect: [{ cue: 'an official said', source: 'an official', reason: '~condition of anonymity' }] },
  { name: 'name with party and state', text: '"This bill is dead," Rep. Carla Diaz (D-Fla.) said Thursday.',
    expect: [{ cue: 'Rep. Carla Diaz (D-Fla.) said', source: 'Rep. Carla Diaz (D-Fla.)', kind: 'named-person' }] },
  { name: 'appositive before the verb', text: 'Pablo Ortega, the port director, said traffic had doubled.',
    expect: [{ cue: 'Pablo Ortega, the port director, said', source: 'Pablo Ortega' }] },
  { name: 'lowercase title is not part of the source', text: 'The fine was cut after city treasurer Mark Olsen said the audit was flawed.',
    expect: [{ cue: 'Mark Olsen said', source: 'Mark Olsen' }] },
  { name: 'capitalized title and honorific are not part of the source', text: 'Chief Financial Officer Leah Brandt said costs rose. Ms. Brandt added that margins held.',
    expect: [{ cue: 'Leah Brandt said', source: 'Leah Brandt' }, { cue: 'Brandt added', source: 'Brandt' }] },
  { name: 'a name inside a prepositional phrase keeps the whole phrase', text: 'A spokesperson for Germany\'s Economy Ministry said talks continue.',
    expect: [{ cue: 'A spokesperson for Germany\'s Economy Ministry said', source: 'A spokesperson for Germany\'s Economy Ministry', kind: 'named-organization' }] },
  { name: 'appositive with a participle: cue spans it, source is the name', text: 'Aigner, speaking to reporters in Linz, said the levy would stay.',
    expect: [{ cue: 'Aigner, speaking to reporters in Linz, said', source: 'Aigner' }] },
  { name: 'headline colon', text: 'Okafor: The clinic will reopen in June\n\nThe clinic closed in May.',
    expect: [{ cue: 'Okafor:', source: 'Okafor', pred: ':' }] },
  { name: 'dash after a quotation', text: '“Best match I have seen in years.” ― Ellen Marsh',
    expect: [{ cue: '― Ellen Marsh', source: 'Ellen Marsh', pred: '―' }] },
  { name: 'question quote closed in the previous sentence', text: '"Is the bridge safe?" Kwame Asante asked.',
    expect: [{ cue: 'Kwame Asante asked', source: 'Kwame Asante', content: 'Is the bridge safe?' }] },
  { name: 'parenthetical as-aside', text: 'The lake, as local fishermen pointed out, has been shrinking for years.',
    expect: [{ cue: 'local fishermen pointed out', source: 'local fishermen', pred: 'pointed out' }] },
  { name: 'time words between subject and verb', text: 'Siemens just this week announced it would close two plants.',
    expect: [{ cue: 'Siemens just this week announced', source: 'Siemens', pred: 'announced', content: 'it would close two plants' }] },
  { name: 'reduced relative inside the source', text: 'A survey released Monday found that rents rose 9 percent.',
    expect: [{ cue: 'A survey released Monday found', source: 'A survey released Monday', kind: 'document', strength: 5 }] },
  { name: 'nominative pronoun after an introductory phrase', text: 'Nadia Petrova runs the theater. In an interview with the BBC she criticized the new tax.',
    expect: [{ cue: 'she criticized', source: 'she', kind: 'pronoun', name: 'Nadia Petrova', cls: 'loaded' }] },
  { name: 'nested pronoun cue inside content is not a second attribution', text: 'Lars Holm said he believes the tunnel will open in May.',
    expect: [{ cue: 'Lars Holm said', source: 'Lars Holm' }], only: true },
  { name: 'back-reference to "the official"', text: 'The border will reopen Friday, a senior interior ministry official said. The decision was final, the official added.',
    expect: [
      { cue: 'a senior interior ministry official said', source: 'a senior interior ministry official', kind: 'anonymous', strength: 2 },
      { cue: 'the official added', source: 'the official', kind: 'anonymous', strength: 2, name: 'a senior interior ministry official' },
    ] },
  { name: 'hearsay alongside a named relay', text: 'Ortiz reportedly met the investors in Miami, the Herald reported.',
    expect: [
      { cue: 'reportedly', source: null, strength: 0 },
      { cue: 'the Herald reported', source: 'the Herald' },
    ] },
  { name: 'vague "some say"', text: 'Some analysts say the currency is overvalued.',
    expect: [{ cue: 'Some analysts say', source: 'Some analysts', kind: 'vague', strength: 1 }] },
  { name: 'own verification by the outlet', text: 'Reuters reviewed the contract, which shows a $40 million penalty clause.',
    expect: [
      { cue: 'Reuters reviewed', source: 'Reuters', kind: 'document', strength: 5, cls: 'evidential' },
      { cue: 'the contract, which shows', source: 'the contract', kind: 'document', strength: 5 },
    ] },
  { name: 'a company reviewing its policy is not own verification', text: 'Ford reviewed its travel policy last year.', expect: [], only: true },
  { name: 'the company resolves to the organization named before', text: 'Volvo said sales rose. The company said margins would improve.',
    expect: [
      { cue: 'Volvo said', source: 'Volvo', kind: 'named-organization' },
      { cue: 'The company said', source: 'The company', kind: 'named-organization', strength: 3, name: 'Volvo' },
    ] },
  { name: 'according to media reports is hearsay', text: 'The firm was sold in 2019, according to media reports.',
    expect: [{ cue: 'according to media reports', source: 'media reports', cls: 'hearsay', kind: 'vague', content: 'The firm was sold in 2019' }] },
  { name: 'reports say is hearsay', text: 'Reports say the plant will close.',
    expect: [{ cue: 'Reports say', source: 'Reports', cls: 'hearsay' }] },
  { name: 'is said to', text: 'The chairman is said to favor a merger.',
    expect: [{ cue: 'is said to', source: null, pred: 'is said to', kind: 'none', strength: 0, cls: 'hearsay' }], only: true },
  // must not
  { name: 'a section label with a colon is not a speaker', text: 'Update: The road has reopened.', expect: [], only: true },
  { name: 'an object pronoun is not an inverted source', text: 'Mr. Lund, 82, told me the mill closed in 1990.',
    expect: [{ cue: 'Mr. Lund', source: 'Mr. Lund' }].slice(0, 0), none: ['told me'] },
  { name: 'a cue verb in an infinitive purpose clause is not a report', text: 'She called the office to ask about the permit.', expect: [], none: ['to ask'] },
  { name: 'passive with an agent that is not a reporting verb', text: 'The plan was approved by Ford\'s board on Monday.', expect: [], only: true },
  { name: 'inanimate subject with a cognition verb', text: 'The venture would face opposition, which the market expects.', expect: [], none: ['the market expects'] },
  { name: 'author voice with no cue', text: 'The partnership would save the company about $2 billion a year.', expect: [], only: true },
  { name: 'said inside a quotation is the speaker\'s own', text: '"My father said we should never sell," Aisha Rahman said.',
    expect: [{ cue: 'Aisha Rahman said', source: 'Aisha Rahman' }], only: true },
  { name: 'added as arithmetic is not a cue', text: 'The factory added 500 jobs last year.', expect: [], only: true },
  { name: 'infinitive is not a report', text: 'It is too early to tell whether the dam will hold.', expect: [], only: true },
  { name: 'a call without a quote or complement is not a cue', text: 'The coach called a timeout.', expect: [], only: true },
  { name: 'state as a noun modifier is not a cue', text: 'Federal and state officials met in Denver.', expect: [], only: true },
  // the sentence's first word read as a verb before a plural noun
  { name: 'a first word compromise reads as a verb modifies the plural subject', text: 'Rights groups allege that police detained at least 30 protesters.',
    expect: [{ cue: 'Rights groups allege', source: 'Rights groups', kind: 'vague', content: 'police detained at least 30 protesters' }] },
  // a quantifier opens a bare clause after the verb
  { name: 'a bare clause opening with a quantifier', text: 'He claimed at least 767 manufacturers had closed.',
    expect: [{ cue: 'He claimed', source: 'He', content: 'at least 767 manufacturers had closed' }] },
  { name: 'an estimate with its object', text: 'The company estimated compliance costs at $1.2 billion over five years.',
    expect: [{ cue: 'The company estimated', source: 'The company', content: 'compliance costs at $1.2 billion over five years' }] },
  { name: 'an adjectival "estimated" is no cue', text: 'An estimated 40,000 people died in the quake.', expect: [], only: true },
  // a participle aside between a common-noun subject and its verb
  { name: 'a participle aside after a common-noun source', text: 'A government source, speaking on condition of anonymity because cabinet deliberations are confidential, said the debate had lasted three hours.',
    expect: [{ cue: 'A government source, speaking on condition of anonymity because cabinet deliberations are confidential, said', source: 'A government source', kind: 'anonymous', strength: 2 }] },
  // a role, then a titled name in commas, before a trailing verb
  { name: 'a role and a titled name in commas before a trailing cue', text: 'The brigade repelled 14 assaults, the press officer, Lieutenant Yurii Bondarchuk, said.',
    expect: [{ cue: 'Yurii Bondarchuk, said', source: 'Yurii Bondarchuk', content: 'The brigade repelled 14 assaults' }] },
  // an organization noun with its own post-modifier names itself
  { name: 'an organization noun with "of" is no back-reference', text: 'Economists at HSBC warned that tariffs could dent exports. The ministry of planning denied reports that the budget had been cut.', entities: true,
    expect: [{ cue: 'The ministry of planning denied', source: 'The ministry of planning', kind: 'named-organization' }] },
  // adjuncts between the verb and its content
  { name: 'a "for" phrase before "that"', text: 'Justice Eleanor Whitcombe wrote for the majority that states retain broad authority.',
    expect: [{ cue: 'Eleanor Whitcombe wrote', source: 'Eleanor Whitcombe', content: 'states retain broad authority' }] },
  { name: 'a manner phrase with a possessive', text: 'Zelensky said in his nightly video address that Ukraine needed more air defence.',
    expect: [{ cue: 'Zelensky said', source: 'Zelensky', content: 'Ukraine needed more air defence' }] },
  { name: 'an event noun in -ing as the addressee', text: 'Truong told a government meeting on Monday that the country aimed for growth of 8%.',
    expect: [{ cue: 'Truong told a government meeting', source: 'Truong', content: 'the country aimed for growth of 8%' }] },
  // asides between the subject and the verb
  { name: 'a relative clause with a town and its state', text: 'Veridian, which is based in Austin, Texas, denied that any decision had been made.',
    expect: [{ cue: 'Veridian, which is based in Austin, Texas, denied', source: 'Veridian', content: 'any decision had been made' }] },
  { name: 'a past participle aside on a document', text: 'The memo, dated September 30 and signed by chief operating officer Natalie Brandt, says the restructuring will be done by March.',
    expect: [{ cue: 'The memo, dated September 30 and signed by chief operating officer Natalie Brandt, says', source: 'The memo', kind: 'document', strength: 5 }] },
  // "sources" read as a verb
  { name: 'trailing "sources close to" in the present perfect', text: 'Harrowgate are in advanced talks for a fee of 48 million pounds, sources close to the club have said.',
    expect: [{ cue: 'sources close to the club have said', source: 'sources close to the club', kind: 'vague', content: 'Harrowgate are in advanced talks for a fee of 48 million pounds' }] },
  // expectations
  { name: 'an expectation with a noun phrase', text: 'The company now expects adjusted earnings per share of $5.10 to $5.30.',
    expect: [{ cue: 'The company now expects', source: 'The company', content: 'adjusted earnings per share of $5.10 to $5.30' }] },
  { name: 'an expectation with a small clause', text: 'The company expects revenue to rise.', expect: [{ cue: 'The company expects', source: 'The company', content: 'revenue to rise' }] },
  { name: 'an impersonal expectation is no cue', text: 'Rates are expected to fall.', expect: [], only: true },
  // no content before the cue without a clause
  { name: 'a fronted place is no content', text: 'In Kharkiv, Mayor Ihor Terekhov said a glide bomb hit a residential district.',
    expect: [{ cue: 'Ihor Terekhov said', source: 'Ihor Terekhov', content: 'a glide bomb hit a residential district' }] },
  { name: 'a fronted adverb is no content', text: 'Separately, the company said its chairman would step down.',
    expect: [{ cue: 'the company said', source: 'the company', content: 'its chairman would step down' }] },
  { name: 'a dateline is no content', text: "ISLAMABAD (Reuters) - Pakistan's ruling coalition will put its budget to a vote on Thursday, officials said.",
    expect: [{ cue: 'officials said', source: 'officials', content: "Pakistan's ruling coalition will put its budget to a vote on Thursday" }] },
  { name: '"its" and a role is the role at the organization named', text: 'The Central Bank of Nigeria kept its benchmark rate unchanged, its governor said.',
    expect: [{ cue: 'its governor said', source: 'its governor', kind: 'anonymous', strength: 2 }] },
  // from the local-news and formats probes
  { name: 'a subject before an aside is no inverted speaker after the verb', text: 'A Hadley aide, speaking on condition of anonymity, said the campaign expects to win by three points.',
    expect: [{ cue: 'A Hadley aide, speaking on condition of anonymity, said', source: 'A Hadley aide', content: 'the campaign expects to win by three points' }] },
  { name: 'a pronoun never points to a person named after it', entities: true,
    text: 'Republican Thomas Hadley won the seat. He thanked his wife, Colleen, and said the result was a message to Washington.',
    expect: [{ cue: 'said', source: 'He', name: 'Thomas Hadley' }] },
  { name: 'a pronoun never points to a name inside its own quotation', entities: true,
    text: 'Campaign manager Dev Patel told reporters the campaign was comfortable. "Cuyahoga and Franklin have not reported yet," he said.',
    expect: [{ cue: 'he said', source: 'he', name: 'Dev Patel' }] },
  { name: 'a sentence-opening article is no organization name', text: 'A state regulator familiar with the case said the department had opened an inquiry.',
    expect: [{ cue: 'A state regulator familiar with the case said', source: 'A state regulator familiar with the case', kind: 'vague' }] },
  { name: 'the report of a named body is a document', text: "According to the Nevada Department of Public Safety's annual crime report, the state recorded 19,840 violent crimes.",
    expect: [{ cue: "According to the Nevada Department of Public Safety's annual crime report", source: "the Nevada Department of Public Safety's annual crime report", kind: 'document', strength: 5 }] },
  { name: 'a report with a possessive is a document', text: "Last month's report found the agency overspent by $4 million.",
    expect: [{ cue: "Last month's report found", source: "Last month's report", kind: 'document', strength: 5 }] },
  { name: 'a fact-check label is no speaker', text: 'RATING: False. The figure does not match any statewide measure.', expect: [], only: true },
  { name: 'a definite organization noun goes back to the organization it names', entities: true,
    text: 'The Elmridge Municipal Water Authority did not notify residents, City Council member Andre Whitfield said. The authority has since said it will replace the lines.',
    expect: [{ cue: 'The authority has since said', source: 'The authority', name: 'Elmridge Municipal Water Authority' }] },
  { name: 'after a quotation an adjunct follows the addressee', text: '"We have the votes in this committee," she told reporters after the hearing.',
    expect: [{ cue: 'she told reporters', source: 'she', content: 'We have the votes in this committee' }] },
  { name: 'a quoted infinitive', text: 'Gov. Raymond Tully urged residents to "take this storm seriously."',
    expect: [{ cue: 'Raymond Tully urged residents', source: 'Raymond Tully', content: '~take this storm seriously' }] },
  { name: 'a time phrase with "the" before "that"', text: 'Voss replied the next morning that she agreed.', expect: [{ cue: 'Voss replied', source: 'Voss', content: 'she agreed' }] },
  { name: 'a cue inside another cue\'s source is no cue', text: 'Data obtained through a public records request show the second round found only four exceedances.',
    expect: [{ cue: 'Data obtained through a public records request show', source: 'Data obtained through a public records request', kind: 'document' }], only: true },
  { name: 'a participle of the same speaker ends the content', text: 'District spokeswoman Anita Morales denied that the board had withheld information, saying the figures were posted online.',
    expect: [{ cue: 'Anita Morales denied', source: 'Anita Morales', content: 'the board had withheld information' }, { cue: 'saying', source: 'Anita Morales', content: 'the figures were posted online' }] },
  { name: 'a plural subject\'s present verb in the infinitive form', text: 'Experts believe the numbers understate the problem.',
    expect: [{ cue: 'Experts believe', source: 'Experts', kind: 'vague', content: 'the numbers understate the problem' }] },
  { name: 'a network projects a result', text: 'NBC News projects that Thomas Hadley will win the Senate seat.',
    expect: [{ cue: 'NBC News projects', source: 'NBC News', kind: 'outlet', content: 'Thomas Hadley will win the Senate seat' }] },
  { name: 'an action with a noun object is no finding, even before a trailing cue', text: 'Firefighters found heavy smoke on the second floor, Fire Chief Dan Ruiz said.',
    expect: [{ cue: 'Dan Ruiz said', source: 'Dan Ruiz', kind: 'named-person', content: 'Firefighters found heavy smoke on the second floor' }], none: ['Firefighters found'] },
  { name: "a source behind a place whose name holds 'do'", text: 'Farmers in Mato Grosso do Sul said the drought was the worst in decades.',
    expect: [{ cue: 'Farmers in Mato Grosso do Sul said', source: 'Farmers in Mato Grosso do Sul', kind: 'vague', content: 'the drought was the worst in decades' }], entities: true },
  { name: "'official' and 'staff' read as adjective or verb still head the source", text: 'An official with the agency said the data were incomplete. Staff at the hospital said beds had run out.',
    expect: [{ cue: 'An official with the agency said', source: 'An official with the agency', kind: 'anonymous', strength: 2 },
      { cue: 'Staff at the hospital said', source: 'Staff at the hospital', kind: 'anonymous', strength: 2 }] },
  { name: "'he' is no woman named before; left unresolved rather than wrong", entities: true,
    text: 'The district will cut 40 jobs, Superintendent Lisa Kahn said.\n\nDunn has pleaded not guilty. He denied the charges in an interview last year.',
    expect: [{ cue: 'He denied', source: 'He', kind: 'pronoun', strength: 1 }] },
  { name: "'he said' after an unnamed spokesman is the spokesman", entities: true,
    text: "A spokesman for the Alzheimer's Society said the charity welcomed the research. \"It is too early to say,\" he said.",
    expect: [{ cue: 'he said', source: 'he', kind: 'pronoun', strength: 3, name: "A spokesman for the Alzheimer's Society" }] },
  { name: 'sources behind an alias, a place of origin or a relative clause listing places', text: 'The Revolutionary Armed Forces of Colombia, or FARC, said the deal would hold. Another diplomat, from a southern member state, said the talks were over. Lakeshore Health System, which operates 31 hospitals in Illinois, Indiana and Michigan, said on Sunday that it had detected an intrusion.',
    expect: [{ cue: 'The Revolutionary Armed Forces of Colombia, or FARC, said', source: 'The Revolutionary Armed Forces of Colombia', kind: 'named-organization' },
      { cue: 'Another diplomat, from a southern member state, said', source: 'Another diplomat' },
      { cue: 'Lakeshore Health System, which operates 31 hospitals in Illinois, Indiana and Michigan, said', source: 'Lakeshore Health System', kind: 'named-organization' }] },
  { name: "'the company' is no exchange, no outlet and no company named in an object when a subject is near", entities: true,
    text: 'Sundial Energy Corp. shares rose $2.25 to $41.75 on the New York Stock Exchange. The spinoff will be tax-free to shareholders, the company said. Kaminari Electric has approached two funds about a sale, the Yomiuri newspaper reported last week. The company said on Friday the report was wrong.',
    expect: [{ cue: 'the company said', source: 'the company', name: 'Sundial Energy Corp.' }, { cue: 'The company said', source: 'The company', name: 'Kaminari Electric' }] },
  { name: "'the fund' is the investor that leads the sentence before", entities: true,
    text: 'Activist investor Blackwater Bay Capital holds about 5% of Kaminari Electric. The fund said the unit destroys value.',
    expect: [{ cue: 'The fund said', source: 'The fund', name: 'Blackwater Bay Capital' }] },
  { name: "a relative is the person introduced with the relation ('her son, Daniel Hart')", entities: true,
    text: 'Her death was confirmed by her son, Daniel Hart of Santa Fe.\n\n"She was a teacher first," her son said Monday.',
    expect: [{ cue: 'her son said', source: 'her son', kind: 'named-person', strength: 4, name: 'Daniel Hart' }] },
  { name: "an outlet's own reporter on the scene is verification", text: 'An AP reporter saw 17 bodies in the square.',
    expect: [{ cue: 'An AP reporter saw', source: 'An AP reporter', kind: 'document', strength: 5, content: '17 bodies in the square' }] },
  { name: 'documents: a WHO tally, a retraction notice, a report by a committee', text: 'The virus has killed 79 people since October, according to a WHO tally. The retraction notice says that the data cannot be considered reliable. A 12-page report by the university committee found that seven figures had been altered.',
    expect: [{ cue: 'according to a WHO tally', source: 'a WHO tally', kind: 'document', strength: 5 }, { cue: 'The retraction notice says', source: 'The retraction notice', kind: 'document', strength: 5 },
      { cue: 'A 12-page report by the university committee found', source: 'A 12-page report by the university committee', kind: 'document', strength: 5 }] },
  { name: "a person 'of' a firm is the person", entities: true, text: 'Jill Rosenthal of Forrester Research said wireless messaging would be the killer application.',
    expect: [{ cue: 'Jill Rosenthal of Forrester Research said', source: 'Jill Rosenthal of Forrester Research', kind: 'named-person', strength: 4, name: 'Jill Rosenthal' }] },
  { name: "what nobody is said to believe is not the believed person's word; a visa denied is no denial", text: 'It is widely believed that Bush has already decided to invade. The government denied him a visa.',
    expect: [], only: true },
  { name: 'a Markdown link before a trailing cue leaves the source whole', text: 'The council approved a contract with [Aquentis Water Services](https://example.com/aquentis), the city said.',
    expect: [{ cue: 'the city said', source: 'the city' }], only: true },
  { name: 'sources behind a nom de guerre, a place named after its kind, a reading aside; a news agency is an outlet', text: 'Rebel leader Rodrigo Londono, known by his nom de guerre Timochenko, said the deal was final. Two humanitarian workers in the regional capital, Mekele, said health centers had run out of medicines. Officials in Austin, Texas, said the storm had passed. The statement, read out in Havana by Cuban and Norwegian diplomats, said both sides would listen. The semi-official Tasnim news agency reported that a prisoner swap was imminent.',
    expect: [{ cue: 'Rodrigo Londono, known by his nom de guerre Timochenko, said', source: 'Rodrigo Londono' }, { cue: 'Two humanitarian workers in the regional capital, Mekele, said', source: 'Two humanitarian workers' },
      { cue: 'Officials in Austin, Texas, said', source: 'Officials' }, { cue: 'The statement, read out in Havana by Cuban and Norwegian diplomats, said', source: 'The statement' },
      { cue: 'The semi-official Tasnim news agency reported', source: 'The semi-official Tasnim news agency', kind: 'outlet' }] },
  { name: "an 'according to' aside between subject and verb sources the whole clause", text: 'The company, according to a regulatory filing, paid its CEO $20 million last year.',
    expect: [{ cue: 'according to a regulatory filing', source: 'a regulatory filing', kind: 'document', content: '~paid its CEO $20 million' }] },
  { name: "a Q&A interview's answers are the interviewee's, the person named before the questions", entities: true,
    text: "Lorna Baptiste runs the port's tug company.\n\nQ: The authority says the delay is due to federal permitting.\n\nA: That is what they say. The Army Corps signed off in February.\n\nQ: What happens next?\n\nA: We wait.",
    expect: [{ cue: 'A:', source: 'A', kind: 'named-person', strength: 4, name: 'Lorna Baptiste', content: 'That is what they say' },
      { cue: 'A:', source: 'A', inherited: true, name: 'Lorna Baptiste', content: 'The Army Corps signed off in February' }] },
  { name: 'no interviewee named before the questions: no answer is attributed', entities: true,
    text: 'Q: What happens next?\n\nA: We wait for the Army Corps.',
    expect: [], only: true },
  { name: 'a delayed-identification lede is the person the next paragraph names', entities: true,
    text: 'DES MOINES, Iowa (MWS) -- A former finance director for a rural electric cooperative testified Thursday that she was ordered to hide $2.3 million in losses.\n\nRuth Ann Pelletier, 58, was the government\'s first witness in the fraud trial.',
    expect: [{ cue: 'A former finance director for a rural electric cooperative testified', source: 'A former finance director for a rural electric cooperative', kind: 'named-person', strength: 4, name: 'Ruth Ann Pelletier' }] },
  { name: 'but an anonymous official in the lede stays anonymous', entities: true,
    text: 'A senior official said on Monday that the plant would close.\n\nJane Doe, a spokeswoman, declined to comment.',
    expect: [{ cue: 'A senior official said', source: 'A senior official', kind: 'anonymous', strength: 2 }] },
  { name: 'Australian, Irish and African papers are outlets', text: 'The Sydney Morning Herald reported on Tuesday that the modelling was wrong. The council will sell the land, according to a report in the SMH.',
    expect: [{ cue: 'The Sydney Morning Herald reported', source: 'The Sydney Morning Herald', kind: 'outlet' }, { cue: 'according to a report in the SMH', source: 'a report in the SMH', kind: 'outlet' }] },
  { name: 'Commonwealth sourcing forms: counted civil servants, a partitive granted anonymity, a bench of named judges, papers seen by an outlet, an occupation before a name, a spokeswoman after her body', entities: true,
    text: "Two senior civil servants told the BBC that ministers had been warned. One of them, who asked not to be named because they were not authorised to speak, said the unit was struggling. A bench of Justices Arvind Menon and Kavita Rao said the state had shown apathy. The land rose in value, according to valuations seen by The Irish Times. Environmentalist Sarang Wagholikar said the civic body was ignoring the streams. The Charity Commission said it would publish its report. A spokeswoman said the commission would look at the accounts.",
    expect: [{ cue: 'Two senior civil servants told the BBC', source: 'Two senior civil servants', kind: 'anonymous', strength: 2 },
      { cue: 'One of them, who asked not to be named because they were not authorised to speak, said', source: 'One of them', kind: 'anonymous' },
      { cue: 'A bench of Justices Arvind Menon and Kavita Rao said', source: 'A bench of Justices Arvind Menon and Kavita Rao', kind: 'named-person', strength: 4 },
      { cue: 'according to valuations seen by The Irish Times', source: 'valuations seen by The Irish Times', kind: 'document', strength: 5 },
      { cue: 'Environmentalist Sarang Wagholikar said', source: 'Environmentalist Sarang Wagholikar', kind: 'named-person', strength: 4, name: 'Sarang Wagholikar' },
      { cue: 'A spokeswoman said', source: 'A spokeswoman', kind: 'named-organization', strength: 3, name: 'Charity Commission' }] },
  { name: "an honorific gives a person's gender; 'the utility' is no parliament", entities: true,
    text: '"We are not out of the woods," the farmers\' leader, Tom Parnell, said.\n\nThe Taoiseach, Mr Bertie Harrington, will chair a meeting on Monday. He told reporters in Cork that the Government would do whatever it takes. It was claimed in Parliament last week that contracts went to friends of officials. The utility has dismissed the allegations.',
    expect: [{ cue: 'He told reporters', source: 'He', kind: 'pronoun', name: 'Bertie Harrington' }, { cue: 'The utility has dismissed', source: 'The utility', kind: 'named-organization' }] },
  { name: 'an office written out before the name it holds; "the minister" goes back to it', entities: true,
    text: 'The Minister for Agriculture, Joe Delaney, visited the farm on Monday. The minister said the scheme would reopen.',
    expect: [{ cue: 'The minister said', source: 'The minister', kind: 'named-person', strength: 4, name: 'Joe Delaney' }] },
  { name: 'an office no name follows is on the record; one of many holders is not', entities: true,
    text: 'The Minister of Agriculture said the scheme would reopen. MPs will debate the bill, the Leader of the House said. A Minister of State said the bill would pass.',
    expect: [{ cue: 'The Minister of Agriculture said', source: 'The Minister of Agriculture', kind: 'named-organization', strength: 3 },
      { cue: 'the Leader of the House said', source: 'the Leader of the House', kind: 'named-organization', strength: 3 },
      { cue: 'A Minister of State said', source: 'A Minister of State', kind: 'anonymous', strength: 2 }] },
  { name: 'residents of a named place are a vague group, capitalized only by the sentence start', text: 'Residents of Sinhagad Road said the water supply had been cut for three days.',
    expect: [{ cue: 'Residents of Sinhagad Road said', source: 'Residents of Sinhagad Road', kind: 'vague', strength: 1 }] },
  { name: 'a subject compromise reads as an adjective or a unit of time', entities: true, text: 'The SEC said the firm had misled investors. The firm said it would appeal. A spokesman for the firm said it would appeal.',
    expect: [{ cue: 'The SEC said', source: 'The SEC', kind: 'named-organization', strength: 3, name: 'SEC' }, { cue: 'The firm said', source: 'The firm', kind: 'named-organization' },
      { cue: 'A spokesman for the firm said', source: 'A spokesman for the firm' }] },
  { name: 'a comma inside an organization\'s name sets off no appositive', entities: true, commaInName: true,
    text: 'Sen. Patty Murray, the ranking member of the Senate Health, Education, Labor and Pensions Committee, said the bill was dead.',
    expect: [{ cue: 'Patty Murray, the ranking member of the Senate Health, Education, Labor and Pensions Committee, said', source: 'Patty Murray', kind: 'named-person', strength: 4 }] },
  { name: '"Another" is one more unnamed source of the kind just quoted, not a name', entities: true,
    text: 'One former Union Minister said the party had failed. Another said the leadership would have to change. One official said the defeat was bad. Another predicted a leadership contest would begin by February.',
    expect: [{ cue: 'One former Union Minister said', source: 'One former Union Minister', kind: 'anonymous', strength: 2 }, { cue: 'Another said', source: 'Another', kind: 'anonymous', strength: 2 },
      { cue: 'One official said', source: 'One official', kind: 'vague', strength: 1 }, { cue: 'Another predicted', source: 'Another', kind: 'vague', strength: 1 }] },
  { name: 'people finding a thing report nothing; a finding that is a clause or of a document is reported', text: 'Officers found 24kg of heroin in four holdalls. Searchers found the body on Tuesday. Investigators found that the brakes had failed. The audit found irregularities in the accounts.',
    expect: [{ cue: 'Investigators found', source: 'Investigators' }, { cue: 'The audit found', source: 'The audit', kind: 'document' }], none: ['Officers found', 'Searchers found'] },
  { name: 'campaign circles and one member of a party are described anonymous sources', entities: true,
    text: 'One veteran party operative, who asked not to be named, said the campaign was lost. A major donor said the race was over. A Democratic pollster said it was over. One congressman said it was over. A senior Republican said it was over. Several moderate Republicans said it was over.',
    expect: [{ cue: 'One veteran party operative, who asked not to be named, said', source: 'One veteran party operative', kind: 'anonymous', strength: 2 },
      { cue: 'A major donor said', source: 'A major donor', kind: 'anonymous', strength: 2 }, { cue: 'A Democratic pollster said', source: 'A Democratic pollster', kind: 'anonymous', strength: 2 },
      { cue: 'One congressman said', source: 'One congressman', kind: 'anonymous', strength: 2 }, { cue: 'A senior Republican said', source: 'A senior Republican', kind: 'anonymous', strength: 2 },
      { cue: 'Several moderate Republicans said', source: 'Several moderate Republicans', kind: 'vague', strength: 1 }] },
  { name: 'a description on second reference is the person named just before; a party-and-state label is an appositive', entities: true,
    text: 'House Minority Leader Edward Pruitt of Missouri criticized the bill. "They could not pass it," the Missouri Democrat said. Gov. Raymond Castellano spoke in Erie. "It is a disaster," the governor said. Rep. Ann Cole spoke next. The Texas senator said nothing. Sen. Tom Harlan, R-Okla., the ranking member on the committee, said the bill would fail.',
    expect: [{ cue: 'the Missouri Democrat said', source: 'the Missouri Democrat', kind: 'named-person', strength: 4, name: 'Edward Pruitt' },
      { cue: 'the governor said', source: 'the governor', kind: 'named-person', strength: 4, name: 'Raymond Castellano' },
      { cue: 'The Texas senator said', source: 'The Texas senator', kind: 'anonymous' },
      { cue: 'Tom Harlan, R-Okla., the ranking member on the committee, said', source: 'Tom Harlan', kind: 'named-person', strength: 4, name: 'Tom Harlan' }] },
  { name: 'a role at a body after "said", a participle aside, and a body named after the appositive that describes it', entities: true,
    text: 'Prices will rise, said an executive at a rival carrier. A senior administration official, briefing reporters on the condition of anonymity, said the order was ready. Arjun Patel, CTO at a payments startup, PaySwift, said the outage cost millions. The hackers are demanding $1.2 million.',
    expect: [{ cue: 'said an executive at a rival carrier', source: 'an executive at a rival carrier', kind: 'anonymous', strength: 2 },
      { cue: 'A senior administration official, briefing reporters on the condition of anonymity, said', source: 'A senior administration official', kind: 'anonymous', strength: 2 },
      { cue: 'Arjun Patel, CTO at a payments startup, PaySwift, said', source: 'Arjun Patel', kind: 'named-person', strength: 4, name: 'Arjun Patel' }],
    none: ['The hackers are demanding'] },
  { name: 'a pronoun goes to no one of the other gender (from the given name, or from a pronoun after the only person of a sentence); right after a body spoke, it is the body\'s speaker', entities: true,
    text: 'Nick Clegg has lost his seat in Sheffield Hallam. The Conservative Party denied the reports. "That is simply untrue," she said. Theresa May lost the vote. The European Commission said it had done all it could. "It can only be found in London," he said. Robin Vale said she would not quit. In a short speech she told reporters she had no regrets.',
    expect: [{ cue: 'she said', source: 'she', kind: 'pronoun', strength: 3, name: 'Conservative Party' }, { cue: 'he said', source: 'he', kind: 'pronoun', strength: 3, name: 'European Commission' },
      { cue: 'she told reporters', source: 'she', kind: 'pronoun', strength: 4, name: 'Robin Vale' }] },
  { name: 'a founding date between body and verb, a role "of" a place before the name, aides to an office, sources in an office, a coast guard, a people', entities: true,
    text: 'The MST, founded in 1984, says some 4.8 million families are landless. The governor of Pernambuco, Miguel Albuquerque Neves, said the state was broke. Aides to the governor said privately that the treasury was empty. The Italian coast guard said it had rescued 40 people. A security guard said he saw the man. According to sources in the prosecutor\'s office, the case was closed. Nigerians in several cities welcomed the suspension.',
    expect: [{ cue: 'The MST, founded in 1984, says', source: 'The MST', kind: 'named-organization', strength: 3 },
      { cue: 'The governor of Pernambuco, Miguel Albuquerque Neves, said', source: 'The governor', kind: 'named-person', strength: 4, name: 'Miguel Albuquerque Neves' },
      { cue: 'Aides to the governor said', source: 'Aides to the governor', kind: 'anonymous', strength: 2 },
      { cue: 'The Italian coast guard said', source: 'The Italian coast guard', kind: 'named-organization', strength: 3 },
      { cue: 'A security guard said', source: 'A security guard', kind: 'vague', strength: 1 },
      { cue: 'According to sources in the prosecutor\'s office', source: 'sources in the prosecutor\'s office', kind: 'anonymous', strength: 2 },
      { cue: 'Nigerians in several cities welcomed', source: 'Nigerians in several cities', kind: 'vague', strength: 1 }] },
  { name: 'a spokesman for an office holder named in apposition speaks for her; an age in brackets is no part of a name; court papers are documents; the newsroom "we"', entities: true,
    text: 'A spokesman for the defence minister, Linda Reynolds, said the ship had sailed. A spokeswoman for the sheriff, Denise Arnaud, said in an email that it was fine. Mr Patrick Walsh (52), of Navan, Co Meath, told the inquest he was innocent. According to the charge sheet, the offences took place in May. We\'re hearing the DUP will vote against the deal.',
    expect: [{ cue: 'A spokesman for the defence minister, Linda Reynolds, said', source: 'A spokesman for the defence minister', kind: 'named-organization', strength: 3 },
      { cue: 'Denise Arnaud, said in an email', source: 'Denise Arnaud', kind: 'named-person', strength: 4, name: 'Denise Arnaud' },
      { cue: 'Patrick Walsh (52), of Navan, Co Meath, told the inquest', source: 'Patrick Walsh', kind: 'named-person', strength: 4 },
      { cue: 'According to the charge sheet', source: 'the charge sheet', kind: 'document', strength: 5 },
      { cue: 'We\'re hearing', source: 'We', kind: 'vague', strength: 1 }] },
  { name: 'a short phrase with no verb before a closing cue is nothing it reports', text: 'Over three nights, 94 people had testified. All of this, he acknowledges, could be undone.',
    expect: [{ cue: 'he acknowledges', source: 'he' }], none: ['94 people had testified'] },
  { name: 'a relative clause with no commas between the source and the verb, and "a third" after other unnamed sources', entities: true,
    text: 'An official who spoke on condition of anonymity said it was over. A teacher who asked not to be named said the vote was rigged. One teacher said the school was unsafe. A third, who requested anonymity, said the board had ignored them.',
    expect: [{ cue: 'An official who spoke on condition of anonymity said', source: 'An official who spoke on condition of anonymity' },
      { cue: 'A teacher who asked not to be named said', source: 'A teacher who asked not to be named' },
      { cue: 'A third, who requested anonymity, said', source: 'A third', kind: 'vague', strength: 1 }] },
  { name: 'Asian outlets are outlets, and an outlet learns as its reporters do', text: 'Nikkei has learned that Toyota will build a plant in Thailand. NHK reported that the quake killed 12. CNA said the ban would start soon.',
    expect: [{ cue: 'Nikkei has learned', source: 'Nikkei', kind: 'outlet', strength: 3 }, { cue: 'NHK reported', source: 'NHK', kind: 'outlet', strength: 3 },
      { cue: 'CNA said', source: 'CNA', kind: 'outlet', strength: 3 }] },
  { name: 'a paragraph that is only a quotation goes on with the quoted speaker of the paragraph before', entities: true,
    text: '"The surplus was really a windfall," economist Sarah Ngata said.\n\n"If you strip out the terms-of-trade boost, the position has not improved."\n\n"It will not last," Treasurer Jim Hale said.',
    expect: [{ cue: 'Sarah Ngata said', source: 'Sarah Ngata', content: 'The surplus was really a windfall' },
      { cue: 'Sarah Ngata said', source: 'Sarah Ngata', content: '~If you strip out', inherited: true },
      { cue: 'Jim Hale said', source: 'Jim Hale', content: 'It will not last' }] },
  { name: 'statements, calendars and ledgers show as documents do', text: 'Bank statements show the payments began in March. His calendar shows a meeting on May 2.',
    expect: [{ cue: 'Bank statements show', source: 'Bank statements', kind: 'document', strength: 5 }, { cue: 'His calendar shows', source: 'His calendar', kind: 'document', strength: 5 }] },
  { name: 'a name in apposition after an unnamed source is that source', entities: true,
    text: 'The cause was cancer, said his daughter, Maria Lopez. The case was weak, said his lawyer, Eric Tan, who has represented him since 2019. The raid killed five, said a military spokesman, Lt. Col. Steven Boylan. The plan was sound, said a lawyer, who asked not to be named.',
    expect: [{ cue: 'said his daughter', source: 'his daughter', kind: 'named-person', strength: 4, name: 'Maria Lopez' },
      { cue: 'said his lawyer', source: 'his lawyer', kind: 'named-person', strength: 4, name: 'Eric Tan' },
      { cue: 'said a military spokesman', source: 'a military spokesman', kind: 'named-person', strength: 4, name: 'Steven Boylan' },
      { cue: 'said a lawyer', source: 'a lawyer', kind: 'vague' }] },
  { name: 'an armed force, a presidency and a panel speak as bodies; a court decision and calendars are documents',
    text: "Ukraine's air force said the strike hit a depot. The French presidency said the talks would resume. The panel said the law was valid. The decision said the ban stood. The meetings were arranged by aides, according to calendars.",
    expect: [{ cue: "Ukraine's air force said", source: "Ukraine's air force", kind: 'named-organization', strength: 3 }, { cue: 'The French presidency said', source: 'The French presidency', kind: 'named-organization', strength: 3 },
      { cue: 'The panel said', source: 'The panel', kind: 'named-organization', strength: 3 }, { cue: 'The decision said', source: 'The decision', kind: 'document', strength: 5 },
      { cue: 'according to calendars', source: 'calendars', kind: 'document', strength: 5 }] },
  { name: "a live blog's timestamp is no part of the claim", text: '**9:05 a.m.** The storm made landfall near Cedar Key, the National Hurricane Center said.',
    expect: [{ cue: 'the National Hurricane Center said', source: 'the National Hurricane Center', kind: 'named-organization', content: 'The storm made landfall near Cedar Key' }] },
  { name: 'a poll shows a standing, ahead or with a lead', text: 'The latest poll shows Hadley ahead by six points. The averages show Clinton with a lead in the low single digits.',
    expect: [{ cue: 'The latest poll shows', source: 'The latest poll', kind: 'document', content: 'Hadley ahead by six points' },
      { cue: 'The averages show', source: 'The averages', kind: 'document', content: 'Clinton with a lead in the low single digits' }] },
  { name: 'election returns show a state', text: 'Early returns show Republican Thomas Hadley leading by about 6 points.',
    expect: [{ cue: 'Early returns show', source: 'Early returns', kind: 'document', content: 'Republican Thomas Hadley leading by about 6 points' }] },
  { name: 'a partitive aside between subject and verb', text: "Residents of the affected neighborhoods, many of them on the city's east side, said they were never told.",
    expect: [{ cue: "Residents of the affected neighborhoods, many of them on the city's east side, said", source: 'Residents of the affected neighborhoods', kind: 'vague' }] },
  { name: '"People" read as a verb opens the sentence', text: 'People close to Chancellor Johannes Maria Lindqvist said the chancellor was irritated.',
    expect: [{ cue: 'People close to Chancellor Johannes Maria Lindqvist said', source: 'People close to Chancellor Johannes Maria Lindqvist' }] },
  { name: 'organizations of a kind, none named, are vague', text: 'Aid agencies said they were sending tents.', expect: [{ cue: 'Aid agencies said', source: 'Aid agencies', kind: 'vague', strength: 1 }] },
  { name: 'not giving a name is a reason for anonymity', text: 'One father, who did not give his name, told the board the vote was a done deal.',
    expect: [{ cue: 'One father, who did not give his name, told the board', source: 'One father', reason: 'did not give his name' }] },
  { name: 'a titled name in commas after a role', text: 'Her opponent, state Attorney General Marcus Ferrell, accused the governor of cooking the books.',
    expect: [{ cue: 'Marcus Ferrell, accused', source: 'Marcus Ferrell', kind: 'named-person' }], none: ['state'] },
  { name: '"State" before a title is no inverted verb', text: 'President Joko Widodo ordered ministers to speed up aid, State Secretary Pratikno Hadi told reporters in Jakarta.',
    expect: [{ cue: 'Pratikno Hadi told reporters', source: 'Pratikno Hadi' }], only: true },
  { name: 'a quotation whose own cue comes later is not the last speaker\'s', text: 'Residents said the shaking lasted nearly 20 seconds. "The walls just fell. I carried my mother out," said Nurhayati Daeng, a trader.',
    expect: [{ cue: 'Residents said', source: 'Residents' }, { cue: 'said Nurhayati Daeng', source: 'Nurhayati Daeng', content: 'The walls just fell. I carried my mother out' }], only: true },
  { name: 'a subject before the cue of a clause with a modal', text: 'Ontario tabled the bill on Wednesday, a move Housing Minister Genevieve Marchand said would unlock 300,000 homes.', entities: true,
    expect: [{ cue: 'Genevieve Marchand said', source: 'Genevieve Marchand', content: 'would unlock 300,000 homes' }] },
  { name: '"One of them" goes back to the unnamed group before', text: 'Two officials at the comptroller\'s office, who asked not to be identified, said auditors had found fake invoices. One of them said the shortfall reached 300 million pesos.',
    expect: [{ cue: 'One of them said', source: 'One of them', kind: 'anonymous', strength: 2 }] },
  { name: '"The adviser" goes back to the adviser before', text: 'An adviser to President Étienne Durand-Mercier, speaking on condition of anonymity, said the debate was internal. The adviser said Paris would not take a position.',
    expect: [{ cue: 'The adviser said', source: 'The adviser', kind: 'anonymous', strength: 2 }] },
  { name: 'a quoted nickname is part of the name, not a quotation', text: 'Rescuers were still searching for 19 missing villagers, said provincial disaster officer Ramon "Bong" Dela Cruz Jr.', entities: true,
    expect: [{ cue: 'said provincial disaster officer Ramon "Bong" Dela Cruz Jr', source: 'provincial disaster officer Ramon "Bong" Dela Cruz Jr', kind: 'named-person', content: 'Rescuers were still searching for 19 missing villagers' }] },
  { name: 'a name and its party label open the sentence', text: 'Marcia Price (D-Newport News), said the bill would fail.',
    expect: [{ cue: 'Marcia Price (D-Newport News), said', source: 'Marcia Price' }] },
  { name: 'a state news agency with its descriptors is an outlet', text: "Iran summoned Turkey's ambassador on Sunday, the official IRNA news agency reported.", entities: true,
    expect: [{ cue: 'the official IRNA news agency reported', source: 'the official IRNA news agency', kind: 'outlet' }] },
  { name: 'a first name inside an organization\'s name is no person', text: 'Turnout appeared heavy, according to the Franklin County Board of Elections.',
    expect: [{ cue: 'according to the Franklin County Board of Elections', source: 'the Franklin County Board of Elections', kind: 'named-organization', strength: 3 }] },
  { name: 'a role, then a name tied to a body, in commas', text: "Halvorsen's lawyer, Rebecca Tsai of the Mountain West Liberty Project, said the law was void.",
    expect: [{ cue: 'Rebecca Tsai of the Mountain West Liberty Project, said', source: 'Rebecca Tsai', kind: 'named-person', strength: 4 }] },
  { name: 'a role, then a described name, in commas', text: "Harrowgate's owner, the American investor Craig Delaney, said the club would spend heavily.",
    expect: [{ cue: 'Craig Delaney, said', source: 'Craig Delaney', kind: 'named-person', strength: 4 }] },
  { name: 'a hometown and its state in commas after the name', text: 'Johnnie Wilson, of Springfield, Va., said he had fought in Vietnam.',
    expect: [{ cue: 'Johnnie Wilson, of Springfield, Va., said', source: 'Johnnie Wilson', kind: 'named-person', strength: 4 }] },
  { name: 'a role from a town and its state in commas after the name', text: 'Maria Lopez, a nurse from Tucson, Ariz., said she would vote.',
    expect: [{ cue: 'Maria Lopez, a nurse from Tucson, Ariz., said', source: 'Maria Lopez', kind: 'named-person', strength: 4 }] },
  { name: 'a plural subject before joined place phrases, a verb read as a noun, a clause with no "that"',
    text: 'Political observers in Virginia and around the country say Scott deserves the right of first refusal.',
    expect: [{ cue: 'Political observers in Virginia and around the country say', source: 'Political observers in Virginia and around the country', kind: 'vague', strength: 1 }] },
  { name: 'a number with "about" before it', text: 'About 40 people said they had been evacuated.',
    expect: [{ cue: 'About 40 people said', source: 'About 40 people', kind: 'anonymous', strength: 2 }] },
  { name: 'a number with "more than" before it', text: 'More than 200 residents said they had lost power.',
    expect: [{ cue: 'More than 200 residents said', source: 'More than 200 residents', kind: 'vague', strength: 1 }] },
  { name: 'the people a reporter interviewed, with no "who"', text: 'All the experts I interviewed said her proposals were more detailed.',
    expect: [{ cue: 'All the experts I interviewed said', source: 'All the experts', kind: 'vague', strength: 1 }] },
  { name: 'a singular noun before a bare verb form stays a noun without a clause after it', text: 'Prices in the country rise sharply.', expect: [] },
  { name: 'a naming verb with a participle as its second predicate', text: 'The Trump campaign called the charges unsubstantiated and false.',
    expect: [{ cue: 'The Trump campaign called', source: 'The Trump campaign', kind: 'named-organization', strength: 3 }] },
  { name: 'a naming verb with a pronoun object', text: 'Critics called him a genius.',
    expect: [{ cue: 'Critics called', source: 'Critics', kind: 'vague', strength: 1 }] },
  { name: 'calling someone on the phone is no naming', text: 'She called him at home.', expect: [] },
  { name: 'a transcript turn holds its paragraph past a report the speaker quotes', text: 'MS. ALVAREZ: We lost it on the eve of the vote. A flyer said the bond would double taxes. The average household would have paid about $140 a year.',
    expect: [{ cue: 'ALVAREZ:', source: 'ALVAREZ' }, { cue: 'A flyer said', source: 'A flyer' },
      { cue: 'ALVAREZ:', source: 'ALVAREZ', inherited: true, content: 'The average household would have paid about $140 a year' }] },
  { name: 'a lone speaker label does not reach the next paragraph', text: 'MR. OKAFOR: The directive stands.\n\nThe inspectors chose a 90-day interval.',
    expect: [{ cue: 'OKAFOR:', source: 'OKAFOR' }], only: true },
  { name: "in a transcript a turn runs to the next label, and 'we' in it is the speaker",
    text: 'MS. WHITLOW: I have two things at the top.\n\nFirst, Secretary Dalton will travel to Nairobi from June 12 to 15.\n\nSecond, we welcome the release of the two aid workers.\n\nQUESTION: Activists say 1,100 people have been killed. Will he meet the president?\n\nMS. WHITLOW: We call on the government to withdraw its forces.',
    expect: [{ cue: 'WHITLOW:', source: 'WHITLOW', inherited: true, content: 'First, Secretary Dalton will travel to Nairobi from June 12 to 15' },
      { cue: 'we welcome', source: 'we', kind: 'pronoun', strength: 4, name: 'WHITLOW' }, { cue: 'Activists say', source: 'Activists' },
      { cue: 'We call on', source: 'We', kind: 'pronoun', name: 'WHITLOW' }] },
  { name: "a transcript turn stops at a question in bold, a stage direction and the author's closing paragraph",
    text: 'FAROUK: I wrote to my manager.\n\n**Would you do it again?**\n\nFAROUK: Honestly, yes. I would.\n\n(SOUNDBITE OF MUSIC)\n\nCorvel Pharma employs about 900 people in Runcorn.',
    expect: [{ cue: 'FAROUK:', source: 'FAROUK', content: 'I wrote to my manager' }, { cue: 'FAROUK:', source: 'FAROUK' },
      { cue: 'FAROUK:', source: 'FAROUK', inherited: true, content: 'I would' }], only: true, inherited: 1 },
  { name: 'a section heading before a colon is no speaker, even in a release that has several',
    text: 'Revenue: Total revenue was $84.2 million, up 31%.\n\nCustomers: Brightwater ended the quarter with 1,184 utility customers.\n\nHighlights: The company signed two contracts.',
    expect: [], only: true },
  { name: 'a trailing cue with a role compromise reads as a verb before the name', text: 'Pruitt missed practice on Wednesday, coach Mike Brandt said.',
    expect: [{ cue: 'Mike Brandt said', source: 'Mike Brandt', kind: 'named-person', strength: 4, content: 'Pruitt missed practice on Wednesday' }], only: true },
  { name: 'sports outlets and a listed outlet whose name opens with "The" are outlets', text: 'ESPN reported Wednesday that the Raptors were fielding calls. The Athletic reported Tuesday that two teams had made offers.',
    expect: [{ cue: 'ESPN reported', source: 'ESPN', kind: 'outlet' }, { cue: 'The Athletic reported', source: 'The Athletic', kind: 'outlet' }], only: true },
  { name: '"the spokesperson" is the spokesperson just quoted; a spokesperson for the body named before speaks for it; gardaí are a police force',
    text: 'A spokesperson for Corvel Pharma said the claims were false. "Patient safety comes first," the spokesperson said. The FA announced the ban. A spokesperson for the governing body said the case was closed. A file is being prepared, gardaí said.',
    expect: [{ cue: 'the spokesperson said', source: 'the spokesperson', kind: 'named-organization', strength: 3 },
      { cue: 'A spokesperson for the governing body said', source: 'A spokesperson for the governing body', kind: 'named-organization', strength: 3 },
      { cue: 'gardaí said', source: 'gardaí', kind: 'named-organization', strength: 3 }] },
  { name: 'no attribution: a place keeping a tally, a regulator citing a home for violations, a deal turned down, a strike called',
    text: 'Queensland recorded 297 road deaths in 2024. Ohio health inspectors cited the Dayton home 14 times for staffing violations. Castleford City have rejected a third offer from Merriton United. The general strike was called by the unions.',
    expect: [], only: true },
  { name: 'a body keeping its own tally and a rejected report stay attributions', text: 'The WHO has recorded 83 attacks on health care this year. The ministry rejected the report as false.',
    expect: [{ cue: 'The WHO has recorded', source: 'The WHO' }, { cue: 'The ministry rejected', source: 'The ministry' }], only: true },
  { name: 'a named spokesperson after a fronted statement, for "the firm", and a name with two appositions, the second a possessive',
    text: 'In a statement on Monday, a spokeswoman for the company, Dana Ellery, said the claims were false. A spokesman for the firm, Paul Whitcombe, said Halvorsen "does not manage operations". Arnaud Delorme, president of the FNSEA, France\'s largest farm union, called it "a first victory".',
    expect: [{ cue: 'Dana Ellery, said', source: 'Dana Ellery', kind: 'named-person', strength: 4 }, { cue: 'Paul Whitcombe, said', source: 'Paul Whitcombe', kind: 'named-person' },
      { cue: "Arnaud Delorme, president of the FNSEA, France's largest farm union, called", source: 'Arnaud Delorme', kind: 'named-person' }], only: true },
  { name: 'an inverted source "her daughter" named in apposition, a double-barrelled name, and "recalls" after a quotation', entities: true,
    text: 'The cause was complications of Parkinson\'s disease, said her daughter, Claire Marsh-Becker. "We had never heard of the town," recalls Park Ji-hoon.',
    expect: [{ cue: 'said her daughter', source: 'her daughter', kind: 'named-person', name: 'Claire Marsh-Becker' }, { cue: 'recalls Park Ji-hoon', source: 'Park Ji-hoon', kind: 'named-person' }], only: true },
  { name: 'a passive agent named in apposition with a hometown', entities: true, text: 'Her death was confirmed by her son, Daniel Hart of Santa Fe, who said she had been ill.',
    expect: [{ cue: 'was confirmed', source: 'her son', kind: 'named-person', strength: 4, name: 'Daniel Hart' }] },
  { name: 'a hearsay adverb inside a verb of thought leaves the hearsay alone; a speech verb stays', text: 'Mr Okafor is reportedly considering legal action. The minister reportedly said the plan was dead.',
    expect: [{ cue: 'reportedly', source: null, kind: 'none' }, { cue: 'The minister reportedly said', source: 'The minister' }], none: ['Okafor is reportedly considering'] },
  { name: '"police" after "told" is the force told; a relative clause with the reason for anonymity before the verb', text: 'Residents told police the man was riding east. A woman who lives near the intersection and asked not to be identified said she heard a bang.',
    expect: [{ cue: 'Residents told police', source: 'Residents' }, { cue: 'A woman who lives near the intersection and asked not to be identified said', source: 'A woman who lives near the intersection and asked not to be identified' }], only: true },
  { name: 'a participle between the article and the noun of an "according to" source', text: 'The pandemic has killed more than 180,000 people according to a revised government count released on Monday.',
    expect: [{ cue: 'according to a revised government count released on Monday', source: 'a revised government count released on Monday', kind: 'document', strength: 5 }], only: true },
  { name: 'the outlet\'s own interviews or data opening the sentence are the source, their list and all', text: 'Interviews with more than a dozen current and former officials, executives and residents suggest that the plant was unsafe.',
    expect: [{ cue: 'Interviews with more than a dozen current and former officials, executives and residents suggest', source: 'Interviews with more than a dozen current and former officials, executives and residents', kind: 'document' }], only: true },
  { name: 'the occasion between a speech verb and "that" is no part of the content', text: 'Mardi said in a televised speech on July 4 that the army would withdraw. The minister told reporters after the meeting that the sides had agreed.',
    expect: [{ cue: 'Mardi said', source: 'Mardi', content: 'the army would withdraw' }, { cue: 'The minister told reporters', source: 'The minister', content: 'the sides had agreed' }], only: true },
  { name: 'an author-year citation is a document source', text: 'Days above 35 degrees have roughly doubled in the region since the 1990s (Patel and Wu 2022).',
    expect: [{ cue: '(Patel and Wu 2022)', source: 'Patel and Wu 2022', kind: 'document', strength: 5, content: 'Days above 35 degrees have roughly doubled in the region since the 1990s' }], only: true },
  { name: 'a footnote number is a document source', text: 'Productivity falls by 2 to 4 percent for every degree above 30 degrees [1].',
    expect: [{ cue: '[1]', source: '[1]', kind: 'document', strength: 5 }], only: true },
  { name: 'a citation after a speaker is the speaker\'s', text: 'Patel said the days have doubled (Patel and Wu 2022).',
    expect: [{ cue: 'Patel said', source: 'Patel' }], only: true },
  { name: 'a parenthesis with a year that is no citation', text: 'The plant opened in the spring (March 2022) and hired 400 people.', expect: [], only: true },
  { name: 'a pronoun after a single unnamed speaker who spoke last is that speaker', text: 'Its president, Dr Adrian Boyle, said the college estimated 300 deaths. One senior nurse, who asked not to be named, said staff were exhausted. "We had a woman on a trolley for 30 hours," she said.',
    expect: [{ cue: 'she said', source: 'she', kind: 'pronoun', strength: 2, name: 'One senior nurse' }] },
  { name: 'a pronoun after a named speaker who spoke after the unnamed one is the named one', text: 'A senior official said the talks had stalled. Maria Lopez, the minister, disagreed. She said progress was real.',
    expect: [{ cue: 'She said', source: 'She', kind: 'pronoun', strength: 4, name: 'Maria Lopez' }] },
  { name: 'an inquest hears evidence as a court does', text: 'The inquest heard that Mr Pearson had set off from Glenridding at around 9am.',
    expect: [{ cue: 'The inquest heard', source: 'The inquest', kind: 'named-organization', strength: 3 }] },
  { name: 'figures with an aside of where they are contained show', text: 'The figures, contained in a Department of Health briefing released on Monday, show the cost has risen to almost $2 billion.',
    expect: [{ cue: 'The figures, contained in a Department of Health briefing released on Monday, show', source: 'The figures', kind: 'document', strength: 5 }] },
  { name: 'a review carried out by a team found', text: 'A review carried out by the rescue team found that a delay of around 40 minutes had not affected the outcome.',
    expect: [{ cue: 'A review carried out by the rescue team found', source: 'A review carried out by the rescue team', kind: 'document', strength: 5 }] },
  { name: 'a trailing "states"', text: 'Investigators recovered more than 2,000 pills from a storage unit, the affidavit states.',
    expect: [{ cue: 'the affidavit states', source: 'the affidavit', kind: 'document', strength: 5 }] },
  { name: 'a party\'s MP unnamed is anonymous, not the party', text: 'One Labor MP, who asked not to be named, said the Premier would be gone by Christmas.',
    expect: [{ cue: 'One Labor MP, who asked not to be named, said', source: 'One Labor MP', kind: 'anonymous', strength: 2 }] },
  { name: 'a plan inside what a trailing cue reports is no attribution of its own', text: 'Halcyon plans to spend about $1.5 billion on computing capacity by 2030, two people briefed on the plans said. Earlier this year, Halcyon faced a lawsuit.',
    expect: [{ cue: 'two people briefed on the plans said', source: 'two people briefed on the plans', kind: 'anonymous', strength: 2 }], only: true },
  { name: '"the company" is no federal board', entities: true, text: 'Ridgeway Logistics denied the allegations, and a National Labor Relations Board complaint is pending. The company has warned that a strike could force it to shift work.',
    expect: [{ cue: 'The company has warned', source: 'The company', name: 'Ridgeway Logistics' }] },
  { name: '"the union" is the workers\' body, not the company that spoke last', entities: true, text: 'United Freight Workers called the strike on Friday. Ridgeway Logistics said its offer was fair. The union disputed that account.',
    expect: [{ cue: 'The union disputed', source: 'The union', name: 'United Freight Workers' }] },
  { name: 'a belief inside a quotation in single marks is the speaker\'s words, no cue', text: "'He knew exactly what he was doing,' she told the jury.",
    expect: [{ cue: 'she told the jury', source: 'she' }], only: true },
  { name: 'a stance in a relative clause on a speaker is no second attribution', text: 'Local TD Catherine Connolly, who has opposed the plans, said the city needed housing.',
    expect: [{ cue: 'Local TD Catherine Connolly, who has opposed the plans, said', source: 'Local TD Catherine Connolly' }], only: true },
  { name: 'a wish not to be named is no attribution', text: 'One Labor MP, who did not wish to be named, said the party room had not been told.',
    expect: [{ cue: 'One Labor MP, who did not wish to be named, said', source: 'One Labor MP' }], only: true },
  { name: 'a relative clause set off by commas ends its content at the comma', text: 'The defendant, who denies the charge, will stand trial in June.',
    expect: [{ cue: 'The defendant, who denies', source: 'The defendant', content: 'the charge' }] },
  { name: 'the addressee of "told" ends before a possessive', text: 'Tom Blake KC told the court his client was innocent.',
    expect: [{ cue: 'Tom Blake KC told the court', source: 'Tom Blake KC', content: 'his client was innocent' }] },
  { name: 'a party in brackets after a councillor\'s name is not the source', entities: true, text: 'Speaking at the meeting, Cllr Niamh Ní Fhlatharta (Fianna Fáil) said she supported more housing.',
    expect: [{ cue: 'Cllr Niamh Ní Fhlatharta (Fianna Fáil) said', source: 'Cllr Niamh Ní Fhlatharta', kind: 'named-person', strength: 4, name: 'Niamh Ní Fhlatharta' }] },
  { name: 'a time phrase with no comma before a role and its name in commas', text: 'On Tuesday the mayor, Jane Doe, said the plan was dead.',
    expect: [{ cue: 'Jane Doe, said', source: 'Jane Doe', kind: 'named-person', strength: 4 }] },
  { name: 'a report from a named body that is no outlet is a document', text: 'Office vacancy reached 19% in the second quarter, according to a report from commercial brokerage Sawtooth Partners.',
    expect: [{ cue: 'according to a report from commercial brokerage Sawtooth Partners', source: 'a report from commercial brokerage Sawtooth Partners', kind: 'document', strength: 5 }] },
  { name: 'a report in a news outlet stays the outlet\'s', text: 'According to a report in The New York Times, rents rose.',
    expect: [{ cue: 'According to a report in The New York Times', source: 'a report in The New York Times', kind: 'outlet' }] },
  { name: '"both" before a plural subject', text: 'In a joint statement, both hospitals said no decision had been made.',
    expect: [{ cue: 'hospitals said', source: 'hospitals' }] },
  { name: 'a document\'s own estimate', text: 'The study estimates that 40,000 people died.',
    expect: [{ cue: 'The study estimates', source: 'The study', kind: 'document', strength: 5 }] },
  { name: 'an estimate with no one making it is no attribution', text: 'The weather estimates vary.', expect: [], only: true },
  { name: 'nobody is the source of what no one confirmed, and the cue still ends the content before it', text: 'The mayor said the repairs were finished, but no audit has confirmed it.',
    expect: [{ cue: 'The mayor said', source: 'The mayor', content: 'the repairs were finished' }], only: true },
  { name: 'no official is no source', text: 'No official has confirmed the figures.', expect: [], only: true },
  { name: '"No 10" is Downing Street, not a negative', text: 'No 10 said the Prime Minister had full confidence in the chancellor.',
    expect: [{ cue: 'No 10 said', source: 'No 10' }] },
  // recommending, advising, cautioning and warning of something report a source's view
  { name: 'recommends that', text: 'The NHS currently recommends that adults do at least 150 minutes of moderate activity a week.',
    expect: [{ cue: 'The NHS currently recommends', source: 'The NHS', content: 'adults do at least 150 minutes of moderate activity a week' }], only: true },
  { name: 'warned of', text: 'The National Weather Service warned of a storm surge of 12 to 16 feet along the coast.',
    expect: [{ cue: 'The National Weather Service warned of', source: 'The National Weather Service' }], only: true },
  { name: 'cautioned that', text: 'The authors cautioned that the study was observational.',
    expect: [{ cue: 'The authors cautioned', source: 'The authors', content: 'the study was observational' }], only: true },
  // phrases between the subject and "said": an age and a relative clause, a manner or time phrase, a question put to the speaker, an opening phrase
  { name: 'an age and a relative clause', text: 'Ms Nurul Aina, 34, who runs a food stall near the site, said her takings had dropped by half.',
    expect: [{ cue: 'Nurul Aina, 34, who runs a food stall near the site, said', source: 'Nurul Aina', kind: 'named-person' }], entities: true },
  { name: 'a statement phrase set off by commas', text: "The governor's office, in a statement late Monday, said Ruiz had offered to meet with legislative leaders.",
    expect: [{ cue: "The governor's office, in a statement late Monday, said", source: "The governor's office" }], only: true },
  { name: 'asked about something, said', text: 'Hartley, asked about the 2020 election by a reporter after the rally, said he had moved on.',
    expect: [{ cue: 'Hartley, asked about the 2020 election by a reporter after the rally, said', source: 'Hartley' }], only: true },
  { name: 'an opening phrase, then a subject with a relative clause', text: "In a statement Wednesday, the Electric Reliability Council of Texas, which manages most of the state's grid, said it welcomes federal scrutiny.",
    expect: [{ cue: "the Electric Reliability Council of Texas, which manages most of the state's grid, said", source: 'the Electric Reliability Council of Texas' }], only: true },
  // compromise reads "Moody's," as "Moody has": the comma stays with the written word, so the appositive closes
  { name: 'an appositive ending in a possessive name', text: "Karen Whitfield, an analyst at Moody's, said the deal was credit negative.",
    expect: [{ cue: "Karen Whitfield, an analyst at Moody's, said", source: 'Karen Whitfield', kind: 'named-person' }], entities: true },
  { name: "a press release's today", text: 'Norrvik Robotics Inc. today announced a definitive agreement to acquire Calder Vision GmbH.',
    expect: [{ cue: 'Norrvik Robotics Inc. today announced', source: 'Norrvik Robotics Inc.' }], only: true, entities: true },
  { name: 'a linked source in parentheses', text: 'Sales of electric cars rose 31% last month ([ACEA data](https://www.acea.auto/example)).',
    expect: [{ cue: '([ACEA data](https://www.acea.auto/example))', source: 'ACEA data', kind: 'document', strength: 5, content: 'Sales of electric cars rose 31% last month' }], only: true },
  { name: 'a question reports nothing', text: 'What did the companies say about the ruling?', expect: [], only: true },
  // framing phrases with a source: "based on data from", "per"; a forecast; "It is learnt"; a spokesperson for a body
  { name: 'based on data from', text: 'Based on data from the weather agency Pagasa, at least 30 people were killed in the floods.',
    expect: [{ cue: 'Based on data from the weather agency Pagasa', source: 'data from the weather agency Pagasa', kind: 'document' }], only: true },
  { name: 'per a name, closing the sentence', text: 'Global investment reached $1.3 trillion in 2024, per BloombergNEF.', expect: [{ cue: 'per BloombergNEF', source: 'BloombergNEF' }], only: true },
  { name: 'per share is no source', text: 'The company earned $2 per share in the quarter.', expect: [], only: true },
  { name: 'has forecast', text: 'The IMD has forecast an above-normal monsoon this year.', expect: [{ cue: 'The IMD has forecast', source: 'The IMD' }], only: true },
  { name: 'It is learnt that', text: 'It is learnt that the ministry will scrap the scheme.', expect: [{ cue: 'It is learnt', source: null }], only: true },
  { name: 'a spokesman for the company', text: 'A spokesman for the company said the sale would close.',
    expect: [{ cue: 'A spokesman for the company said', source: 'A spokesman for the company', kind: 'named-organization', strength: 3 }], only: true },
  // a citing phrase set off by commas between the verb and what it reports
  { name: 'reported, citing people, that', text: 'The Information reported earlier this month, citing people familiar with the deal, that Ledgerly was in talks to raise money.',
    expect: [{ cue: 'The Information reported', source: 'The Information', content: 'Ledgerly was in talks to raise money' }, { cue: 'citing people familiar with the deal', source: 'people familiar with the deal' }], only: true },
  // after another cue's content, a trailing "according to" sources only the comma phrase before it
  { name: 'according to after a said clause', text: 'The company said revenue rose 9.4% to $4.82 billion, compared with $4.61 billion expected by analysts, according to consensus estimates compiled by FactSet.',
    expect: [{ cue: 'The company said', source: 'The company' }, { cue: 'according to consensus estimates compiled by FactSet', source: 'consensus estimates compiled by FactSet', content: 'compared with $4.61 billion expected by analysts' }], only: true },
  // a participle phrase on the subject before a relative clause set off by commas
  { name: 'a described source with a participle phrase and a reason', text: 'A Western diplomat involved in the process, who requested anonymity because he was not authorised to speak to the media, said the mediators would meet both delegations.',
    expect: [{ cue: 'A Western diplomat involved in the process, who requested anonymity because he was not authorised to speak to the media, said', source: 'A Western diplomat', kind: 'anonymous', strength: 2 }] },
  // "the chipmaker", "the lender": a word that says what kind of company points back to the company named
  { name: 'the chipmaker said', text: 'Corvane Systems Inc. slid 8% after the chipmaker said quarterly revenue would come in below expectations.',
    expect: [{ cue: 'the chipmaker said', source: 'the chipmaker', kind: 'named-organization', strength: 3 }], entities: true },
  // a court declaration is a document; a document is never "they"
  { name: 'a declaration filed by an officer', text: 'Sales fell 17%, according to a declaration filed by Chief Restructuring Officer Alicia M. Greaves. Bondholders have objected to the financing, which they said gives Grayfield too much control.',
    expect: [{ cue: 'according to a declaration filed by Chief Restructuring Officer Alicia M. Greaves', source: 'a declaration filed by Chief Restructuring Officer Alicia M. Greaves', kind: 'document', strength: 5 }], entities: true },
  // a quotation after a company suffix opens a new sentence that the quote's speaker goes on with
  { name: 'a quote after "& Co."', text: '"This is the report the Fed was hoping for," said Claudia Reinholt, chief economist at Barrow Whitmore & Co. "But tariffs are a wild card."',
    expect: [{ cue: 'said Claudia Reinholt', source: 'Claudia Reinholt' }, { cue: 'said Claudia Reinholt', source: 'Claudia Reinholt', inherited: true }] },
  // "the company" after another company named only as an object or in an aside is still the one that spoke
  { name: 'the company after an acquisition target', text: 'Norrvik Robotics agreed to acquire Calder Vision GmbH, a Munich-based developer of machine-vision software. The company now expects full-year revenue of $1.6 billion.',
    expect: [{ cue: 'The company now expects', source: 'The company', name: 'Norrvik Robotics' }], entities: true },
  { name: 'the company in the sentence that names it', text: 'Acme said sales rose. Shares of Bolt Corp. fell 5% after the company said it would cut jobs.',
    expect: [{ cue: 'the company said', source: 'the company', name: 'Bolt Corp.' }], entities: true },
  { name: 'according to the memorandum', text: 'According to the memorandum, crop loss has been reported on 32.5 lakh hectares.',
    expect: [{ cue: 'According to the memorandum', source: 'the memorandum', kind: 'document', strength: 5 }], only: true },
  // "police" is the force the story names, when it names one
  { name: 'police said, with the force named', text: 'The fire spread fast, police said. The Brackenridge Police Department said the man was held.',
    expect: [{ cue: 'police said', source: 'police', kind: 'named-organization', strength: 3 }], entities: true },
  { name: 'police said, with no force named: the force of the place speaks, as an organization', text: 'The fire spread fast, police said. The car was stolen, state police said.',
    expect: [{ cue: 'police said', source: 'police', kind: 'named-organization', strength: 3 }, { cue: 'state police said', source: 'state police', kind: 'named-organization', strength: 3 }], entities: true },
  { name: 'a police report is a document, not a news report', text: 'The man died of a gunshot wound, according to a police report.',
    expect: [{ cue: 'according to a police report', source: 'a police report', kind: 'document', strength: 5 }] },
  { name: 'what an outlet has not reviewed is no verification', text: 'The Lakefront Post has not reviewed the complaints. Reuters reviewed the filing.',
    expect: [{ cue: 'Reuters reviewed', source: 'Reuters', kind: 'document', strength: 5 }], none: ['The Lakefront Post has not reviewed'] },
  // an estimate or a count told with a verb that reports nothing elsewhere
  { name: 'put the number at', text: 'Organisers put the number at 3,000.', expect: [{ cue: 'Organisers put the number at', source: 'Organisers', content: '3,000' }], only: true },
  { name: 'a body that recorded a count', text: 'The World Health Organization has recorded 83 attacks on health facilities.',
    expect: [{ cue: 'The World Health Organization has recorded', source: 'The World Health Organization' }], only: true },
  { name: 'put on a table is no estimate', text: 'She put the book on the table.', expect: [], only: true },
  // a plural compromise reads as a verb, between a comma and a speech verb
  { name: 'trailing plural read as a verb', text: 'Shelling killed 14 people in the town on Monday, judges said.', expect: [{ cue: 'judges said', source: 'judges' }], only: true },
  // a name in an appositive after a role, behind a demonym or a role noun
  { name: 'a named head of a mission in apposition', text: 'The head of the OAS mission, former Costa Rican foreign minister Manuel González Sanz, said the mission had received no evidence.',
    expect: [{ cue: 'Manuel González Sanz, said', source: 'Manuel González Sanz', kind: 'named-person', strength: 4 }], entities: true },
  { name: 'a named lawyer behind a role noun', text: "Vasquez-Haller's lawyer, public defender Simone Achterberg, said her client was innocent.",
    expect: [{ cue: 'Simone Achterberg, said', source: 'Simone Achterberg', kind: 'named-person' }], entities: true },
  // questioning people is interviewing them
  { name: 'questioned employees', text: 'Kazakh authorities have questioned two employees of a freight company in Almaty.', expect: [], only: true },
  { name: 'questioned a decision', text: 'Senators questioned the decision to close the base.', expect: [{ cue: 'Senators questioned', source: 'Senators' }], only: true },
  // a document and the named body it comes from, past a lower-case description
  { name: 'data from a described firm', text: 'Retail bankruptcies reached their highest level since 2010, according to data from research firm Debtwire.',
    expect: [{ cue: 'according to data from research firm Debtwire', source: 'data from research firm Debtwire', kind: 'document', strength: 5 }], only: true },
  { name: "a company's own quarterly report is a document", text: 'The company had $1.4 billion in cash at the end of March, according to its most recent quarterly report.',
    expect: [{ cue: 'according to its most recent quarterly report', source: 'its most recent quarterly report', kind: 'document', strength: 5 }], only: true },
  { name: 'a bare report is still an outlet', text: 'The firm is for sale, according to a report.',
    expect: [{ cue: 'according to a report', source: 'a report', kind: 'outlet' }], only: true },
  // a clause with no reporting verb that names its channel: the channel is the cue, the subject the source
  { name: 'a channel phrase after a non-reporting verb', text: 'Security researcher Tomasz Wielgosz first flagged the bucket in a post on X on March 7.',
    expect: [{ cue: 'in a post on X', source: 'Tomasz Wielgosz', kind: 'named-person', strength: 4, content: 'first flagged the bucket' }], only: true, entities: true },
  { name: 'a channel phrase opening the sentence', text: 'In a memo to staff, Ana Moreno outlined the cuts.',
    expect: [{ cue: 'In a memo to staff', source: 'Ana Moreno', content: 'outlined the cuts' }], only: true, entities: true },
  { name: 'a planned speech is no attribution', text: "She'll present her proposals in a speech Friday in Port St. Lucie.", expect: [], only: true },
  { name: 'a channel of a passive clause has no source', text: 'The bucket was flagged in a post on X.', expect: [], only: true },
  // a relative clause on a preposed source describes it; what was said starts after it
  { name: 'according to a source with a relative clause', text: 'According to a local official who spoke on condition of anonymity, the evacuation order was issued only hours before landfall.',
    expect: [{ cue: 'According to a local official who spoke on condition of anonymity', source: 'a local official', kind: 'anonymous', strength: 2,
      content: 'the evacuation order was issued only hours before landfall', reason: 'on condition of anonymity' }], only: true },
  // a count or an organization before a plural role describes the group
  { name: 'a count and an organization before a plural role', text: 'Three ANC councillors said the mayor would resign.',
    expect: [{ cue: 'Three ANC councillors said', source: 'Three ANC councillors', kind: 'anonymous', strength: 2 }] },
  { name: 'an organization before a plural role', text: 'Several SPD backbenchers said the chancellor would step down.',
    expect: [{ cue: 'Several SPD backbenchers said', source: 'Several SPD backbenchers', kind: 'anonymous', strength: 2 }] },
  { name: 'a plural role alone is vague', text: 'Deputies said the man fled on foot.',
    expect: [{ cue: 'Deputies said', source: 'Deputies', kind: 'vague', strength: 1 }] },
  { name: 'a name in commas after a role and the place it holds it in is the source', entities: true,
    text: "The IMF's resident representative in Nairobi, Anders Lindqvist, said the fund does not comment. A nurse from Tucson, Maria Lopez, said it rained. Maria Lopez, a nurse from Tucson, Ariz., said it rained.",
    expect: [{ cue: 'Anders Lindqvist, said', source: 'Anders Lindqvist', kind: 'named-person', strength: 4 },
      { cue: 'Maria Lopez, said', source: 'Maria Lopez', kind: 'named-person' },
      { cue: 'Maria Lopez, a nurse from Tucson, Ariz., said', source: 'Maria Lopez', kind: 'named-person' }] },
  { name: 'an office named with "of" and bare nouns before a given name is a title', entities: true,
    text: 'Former deputy secretary of defense Michael Grant told The Post that the talks had stalled. Chief of staff Ana Ruiz said it rained. A spokeswoman for Sen. Ana Ruiz said it rained. A lawyer for former president Donald Trump said it rained.',
    expect: [{ cue: 'Michael Grant told The Post', source: 'Michael Grant', kind: 'named-person', strength: 4 },
      { cue: 'Ana Ruiz said', source: 'Ana Ruiz', kind: 'named-person' },
      { cue: 'A spokeswoman for Sen. Ana Ruiz said', source: 'A spokeswoman for Sen. Ana Ruiz' },
      { cue: 'A lawyer for former president Donald Trump said', source: 'A lawyer for former president Donald Trump' }] },
  { name: 'a newspaper masthead with its article is an outlet; papers counted, none named, that claim are outlets too, court papers documents', entities: true,
    text: 'The Daily Express says ministers are considering a crackdown. The Herald says the grant was cut. The review dominates the front pages, with several papers claiming that ministers are in revolt. Court papers say the man fled.',
    expect: [{ cue: 'The Daily Express says', source: 'The Daily Express', kind: 'outlet', strength: 3 },
      { cue: 'The Herald says', source: 'The Herald', kind: 'outlet', strength: 3 },
      { cue: 'claiming', source: 'several papers', kind: 'outlet', strength: 1 },
      { cue: 'Court papers say', source: 'Court papers', kind: 'document', strength: 5 }] },
  { name: 'a speech verb after a comma goes back past an evidence verb to the speaker, and ends the content', entities: true,
    text: 'Barclays analyst Tom Ellery wrote in a note that the results showed weak demand, but added that a recovery was likely. Police say two men entered the pharmacy at 9:45 p.m. and demanded cash.',
    expect: [{ cue: 'Tom Ellery wrote', source: 'Tom Ellery', content: 'the results showed weak demand' },
      { cue: 'added', source: 'Tom Ellery', kind: 'named-person', content: 'a recovery was likely' },
      { cue: 'Police say', source: 'Police', content: 'two men entered the pharmacy at 9:45 p.m. and demanded cash' }] },
  { name: 'a sentence adverb in commas between the verb and what it reports', entities: true,
    text: 'Dr Okoro led the study. He cautioned, however, that the study could not prove cause. Ms Tan said, though, that the plan would fail. She added, however: "We will see."',
    expect: [{ cue: 'He cautioned', source: 'He', content: 'the study could not prove cause' },
      { cue: 'Tan said', source: 'Tan', content: 'the plan would fail' },
      { cue: 'She added', source: 'She', content: 'We will see' }] },
  { name: 'a verb coordinated inside the reported clause shares its subject when the reporter only heard it, or by tense', entities: true,
    text: 'The jury was told that Mr Mulcahy rang the emergency services and told the call-taker that his employer had fallen. The office said the department is reviewing the plans and intends to report by April. A spokesperson for the ministry said the government was committed to the target and pointed to a new law. A spokesman for Ardent confirmed that the company was in talks but said it had no plans to file.',
    expect: [{ cue: 'told the call-taker', source: 'Mulcahy', content: 'his employer had fallen' },
      { cue: 'intends', source: 'the department' },
      { cue: 'pointed to', source: 'A spokesperson for the ministry' },
      { cue: 'said', source: 'A spokesman for Ardent', content: 'it had no plans to file' }] },
  { name: 'a quoted fragment that opens with the clause verb is content after the cue, not a trailing cue', entities: true,
    text: 'Asked whether Meridian was considering a sale, Whitlock said the company "continually reviews" its portfolio.',
    expect: [{ cue: 'Whitlock said', source: 'Whitlock', content: 'the company "continually reviews" its portfolio' }] },
  { name: 'an addressee with its own phrase or a coordination runs to the "that"; a remark in a phrase is no cue', entities: true,
    text: 'Sean Gillane SC told the jury of seven women and five men that the two men had worked together. Mr Grehan told the jury in his opening remarks that his client was innocent. His wife says he is innocent.',
    expect: [{ cue: 'Sean Gillane SC told the jury', source: 'Sean Gillane SC', content: 'the two men had worked together' },
      { cue: 'Grehan told the jury', source: 'Grehan', content: 'his client was innocent' },
      { cue: 'His wife says', source: 'His wife', content: 'he is innocent' }], only: true },
  { name: 'a side\'s case in a trial is its claim', entities: true,
    text: 'The trial opened at the Central Criminal Court. It is the prosecution\'s case that Mr Mulcahy lost his temper. The defence\'s case is that it was an accident. In Smith\'s case, the fine was waived.',
    expect: [{ cue: 'the prosecution\'s case', source: 'the prosecution', kind: 'named-organization', strength: 3, content: 'Mr Mulcahy lost his temper' },
      { cue: 'The defence\'s case', source: 'The defence', kind: 'named-organization', content: 'it was an accident' }], only: true },
  { name: 'a person questioned by police is no attribution; a claim questioned by critics is', entities: true,
    text: 'The man was questioned by detectives on Monday. The figures have been questioned by economists.',
    expect: [{ cue: 'have been questioned', source: 'economists' }], none: ['was questioned'] },
  { name: 'a relative goes back past a noun that cannot speak to the name or person after its preposition', entities: true,
    text: 'The company has faced pressure from activist investor Crestline Partners, which disclosed a 3% stake in March. The Mirror carries an interview with a nurse from Sunderland who says she uses a food bank. A unit of Acme, which said it would close, is for sale.',
    expect: [{ cue: 'Crestline Partners, which disclosed', source: 'Crestline Partners', kind: 'named-organization' },
      { cue: 'a nurse from Sunderland who says', source: 'a nurse from Sunderland' },
      { cue: 'A unit of Acme, which said', source: 'A unit of Acme' }] },
];

describe('findAttributions (table)', () => {
  for (const row of rows) {
    it(row.name, () => {
      const got = run(row.text, row.entities);
      for (const e of row.expect) {
        const hit = got.find((a) => a.cue.text === e.cue && (a.source?.text ?? null) === e.source && !!a.inherited === !!e.inherited);
        assert.ok(hit, `missing ${JSON.stringify(e.cue)} / ${JSON.stringify(e.source)}; got ${JSON.stringify(got.map((a) => [a.cue.text, a.source?.text ?? null, !!a.inherited]))}`);
        assert.equal(row.text.slice(hit.cue.start, hit.cue.end), hit.cue.text);
        if (hit.source) assert.equal(row.text.slice(hit.source.start, hit.source.end), hit.source.text);
        if (e.pred !== undefined) assert.equal(hit.predicate.text, e.pred);
        if (e.kind !== undefined) assert.equal(hit.sourceKind, e.kind, 'kind');
        if (e.strength !== undefined) assert.equal(hit.strength, e.strength, 'strength');
        if (e.cls !== undefined) assert.equal(hit.cueClass, e.cls, 'cue class');
        if (e.name !== undefined) assert.equal(hit.sourceName, e.name, 'source name');
        if (e.relayedBy !== undefined) assert.equal(hit.relayedBy?.text, e.relayedBy, 'relayed by');
        if (e.reason !== undefined) {
          assert.ok(hit.anonymityReason, 'anonymity reason');
          const r = row.text.slice(hit.anonymityReason.start, hit.anonymityReason.end);
          assert.ok(r.includes(e.reason.slice(1)), `reason ${JSON.stringify(r)}`);
        }
        if (e.content !== undefined) {
          assert.ok(hit.content, 'content');
          const c = clean(row.text.slice(hit.content.start, hit.content.end));
          if (e.content.startsWith('~')) assert.ok(c.includes(e.content.slice(1)), `content ${JSON.stringify(c)}`);
          else assert.equal(c, e.content);
        }
      }
      if (row.only) {
        const own = got.filter((a) => !a.inherited);
        assert.equal(own.length, row.expect.filter((e) => !e.inherited).length, `unexpected: ${JSON.stringify(own.map((a) => a.cue.text))}`);
      }
      for (const n of row.none ?? []) assert.ok(!got.some((a) => a.cue.text === n), `must not find ${n}`);
      if (row.inherited !== undefined) assert.equal(got.filter((a) => a.inherited).length, row.inherited, 'inherited attributions');
    });
  }
});

describe('findAttributions (properties)', () => {
  it('the entity layer only adds cues and widens sources (a place before a colon is a dateline)', () => {
    for (const row of rows) {
      const bare = run(row.text);
      const withEntities = run(row.text, true);
      for (const a of bare) {
        const b = withEntities.find((x) => x.predicate.start === a.predicate.start && x.predicate.end === a.predicate.end);
        if (!b) {
          assert.equal(a.predicate.text, ':', `${row.name}: lost ${a.cue.text}`);
          continue;
        }
        if (a.source && !row.commaInName) assert.ok(b.source && b.source.start <= a.source.start && a.source.end <= b.source.end, `${row.name}: ${a.source.text} -> ${b.source?.text}`);
      }
    }
  });
  it('is linear: a long document is analysed quickly from the given terms', () => {
    const para = 'The plant will close in March, two officials said. "We were not told," said Ines Park, a worker. She added that pay was late.\n\n';
    const text = para.repeat(400);
    const doc = parseDocument(text);
    const terms = tagDocument(doc);
    const t0 = performance.now();
    const got = findAttributions(doc, terms, []);
    const ms = performance.now() - t0;
    assert.ok(got.length >= 1200, `found ${got.length}`);
    assert.ok(ms < 2000, `took ${ms} ms`);
  });
  it('never throws and keeps spans inside the text on random news-like input', () => {
    const words = ['said', 'says', 'told', 'reporters', 'according', 'to', 'citing', 'people', 'familiar', 'with', 'the', 'matter',
      'Smith', 'Jane', 'Doe', 'he', 'she', 'they', 'reportedly', 'allegedly', 'it', 'is', 'understood', 'that', 'Reuters', 'cited',
      'as', 'saying', 'added', 'sources', 'officials', 'who', 'asked', 'not', 'be', 'identified', '"', '“', '”', ',', '.', ':', '―',
      '(D-N.Y.)', 'Rep.', 'on', 'Monday', 'in', 'a', 'statement', 'and', 'denied', 'claim', "Smith's", '\n\n'];
    fc.assert(fc.property(fc.array(fc.constantFrom(...words), { maxLength: 60 }), (parts) => {
      const text = parts.join(' ');
      for (const a of run(text)) {
        for (const sp of [a.cue, a.predicate, a.source, a.content, a.relayedBy, a.anonymityReason]) {
          if (!sp) continue;
          assert.ok(sp.start >= 0 && sp.end <= text.length && sp.start <= sp.end, JSON.stringify(sp));
        }
        assert.equal(text.slice(a.cue.start, a.cue.end), a.cue.text);
        assert.ok(a.strength >= 0 && a.strength <= 5);
      }
    }), { numRuns: 200 });
  });
  it('gives every sentence of a quotation that goes on after its cue to the speaker', () => {
    const text = '"The lads showed real character," manager Gordon Fitch said. "We never panicked. Kees has been outstanding."';
    const all = run(text);
    assert.equal(all.filter((a) => !a.inherited).length, 1);
    const inherited = all.filter((a) => a.inherited).map((a) => text.slice(a.content!.start, a.content!.end));
    assert.equal(inherited.length, 2, JSON.stringify(inherited));
    assert.ok(inherited[1].includes('Kees has been outstanding'));
  });
  it('handles empty and cue-less documents', () => {
    assert.deepEqual(run(''), []);
    assert.deepEqual(run('\n\n   \n'), []);
    assert.deepEqual(run('Rain fell.'), []);
  });
});
