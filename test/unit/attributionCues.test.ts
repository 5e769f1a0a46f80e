import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findAttributions } from '../../server/src/core/attributions';
import { parseDocument } from '../../server/src/core/document';
import { tagDocument } from '../../server/src/core/nlp';
import type { Attribution, CueClass } from '../../server/src/core/types';

/** One expected cue: its predicate text, its source text (null: none) and optionally its class. */
interface Want {
  pred: string;
  source?: string | null;
  cls?: CueClass;
}

interface Case {
  text: string;
  flag: Want[];
  /** Predicates that must not be found. */
  not?: string[];
}

function run(text: string): Attribution[] {
  const doc = parseDocument(text);
  return findAttributions(doc, tagDocument(doc), []).filter((a) => !a.inherited);
}

function check(rows: Case[]): void {
  for (const row of rows) {
    it(row.text, () => {
      const got = run(row.text);
      const seen = JSON.stringify(got.map((a) => [a.predicate.text, a.source?.text ?? null, a.cueClass]));
      for (const w of row.flag) {
        const hit = got.find((a) => a.predicate.text === w.pred && (w.source === undefined || (a.source?.text ?? null) === w.source));
        assert.ok(hit, `missing ${w.pred}; got ${seen}`);
        if (w.source !== undefined) assert.equal(hit.source?.text ?? null, w.source, `source of ${w.pred}`);
        if (w.cls !== undefined) assert.equal(hit.cueClass, w.cls, `class of ${w.pred}`);
      }
      for (const n of row.not ?? []) assert.ok(!got.some((a) => a.predicate.text === n), `must not find ${n}; got ${seen}`);
    });
  }
}

describe('cues: a dash after a closing quotation mark names the speaker', () => {
  check([
    { text: '“The bridge has been closed for a year and nobody cares.”― Rosa Lindqvist\n\n“We deserve better.” ― Tom Achebe.',
      flag: [{ pred: '―', source: 'Rosa Lindqvist' }, { pred: '―', source: 'Tom Achebe' }] },
    { text: 'The council met on Monday ― and voted to close the library.', flag: [], not: ['―'] },
  ]);
});

describe('cues: a surname that is also a verb opens its sentence', () => {
  check([
    { text: 'Midfielder Jonah Keel scored twice. Keel, 24, said the team would rest on Sunday.', flag: [{ pred: 'said', source: 'Keel' }] },
    { text: 'The striker Ana Drift scored late. Drift, named player of the match, said the room was loud.', flag: [{ pred: 'said', source: 'Drift' }] },
    { text: 'Keel, the boat was stranded for a week.', flag: [] },
  ]);
});

describe('cues: "add to" something is to increase it', () => {
  check([
    { text: 'Doctors say the trial adds to the evidence that sleep protects memory.', flag: [{ pred: 'say', source: 'Doctors' }], not: ['adds'] },
    { text: '"We will appeal," she added to reporters.', flag: [{ pred: 'added', source: 'she' }] },
  ]);
});

describe('cues: a document with an aside of how much there is', () => {
  check([
    { text: 'The emails, more than 600 pages in all, show that managers warned the budget office nine times.', flag: [{ pred: 'show', source: 'The emails', cls: 'evidential' }] },
    { text: 'The invoices, 40 boxes of them, suggest that the firm knew.', flag: [{ pred: 'suggest', source: 'The invoices' }] },
  ]);
});

describe('cues: a court paper makes its own charge', () => {
  check([
    { text: "A complaint filed in May by the state's attorney general, Dana Whitlock, accuses the firm of hiding fees.", flag: [{ pred: 'accuses', cls: 'loaded' }] },
    { text: 'The suit, filed in federal court in March, accuses the county of deliberate indifference.', flag: [{ pred: 'accuses', source: 'The suit' }] },
    { text: 'The storm accused of nothing killed six.', flag: [], not: ['accused'] },
  ]);
});

describe('cues: "Per" as a given name, not a preposition', () => {
  check([
    { text: 'Per Lindqvist, a shipping analyst at Fjord Capital, says the order is risky.', flag: [{ pred: 'says', source: 'Per Lindqvist' }], not: ['Per'] },
    { text: 'Per Reuters, the deal is off.', flag: [{ pred: 'Per', source: 'Reuters' }] },
  ]);
});

describe('cues: an adverb after an infinitive in the source is not the predicate\'s', () => {
  check([
    { text: 'A county clerk who was not authorized to speak publicly said the ballots were recounted.', flag: [{ pred: 'said', source: 'A county clerk who was not authorized to speak publicly' }], not: ['publicly said'] },
    { text: 'The minister has publicly said the plan works.', flag: [{ pred: 'has publicly said', source: 'The minister' }] },
  ]);
});

describe('cues: a capitalized label heading a roundup section is no speaker', () => {
  check([
    { text: 'UNITED NATIONS: Secretary-General Ana Ruiz said in a statement that the deal was a hopeful step.', flag: [{ pred: 'said', source: 'Secretary-General Ana Ruiz' }], not: [':'] },
    { text: 'MINISTER: We will not raise taxes this year.', flag: [{ pred: ':', source: 'MINISTER' }] },
  ]);
});

describe('cues: passive agents', () => {
  check([
    { text: 'Moscow played a constructive role in the talks, a claim disputed by Western diplomats.', flag: [{ pred: 'disputed', source: 'Western diplomats', cls: 'denial' }] },
    { text: 'Prices rose in May, an account rejected by the ministry.', flag: [{ pred: 'rejected', source: 'the ministry' }] },
    { text: 'No breaches had been reported by Tuesday evening, according to the army.', flag: [{ pred: 'according to', source: 'the army' }], not: ['had been reported'] },
  ]);
});

describe('cues: manner-of-speaking verbs with a quotation', () => {
  check([
    { text: 'Outside the courthouse, the protesters chanted “No more delays” for an hour.', flag: [{ pred: 'chanted', source: 'the protesters' }] },
    { text: '“Get out of the road,” yelled a police officer.', flag: [{ pred: 'yelled' }] },
    { text: 'The fans shouted at the referee after the match.', flag: [], not: ['shouted'] },
  ]);
});

describe('cues: evaluation verbs (a judgement of a person, a plan or a claim)', () => {
  check([
    { text: 'Governor Ana Ruiz denounced the ruling as an attack on voters.', flag: [{ pred: 'denounced', source: 'Ana Ruiz', cls: 'loaded' }] },
    { text: 'The union leader lamented the loss of 400 jobs at the mill.', flag: [{ pred: 'lamented', cls: 'loaded' }] },
    { text: 'Senator Paul Okoro likened the tariff plan to a tax on families.', flag: [{ pred: 'likened', source: 'Paul Okoro' }] },
    { text: 'Several mayors disagreed with the governor about the budget.', flag: [{ pred: 'disagreed with' }] },
    { text: 'The storm hailed down on the valley overnight.', flag: [], not: ['hailed'] },
  ]);
});

describe('cues: belief and assumption verbs take a clause and an animate subject', () => {
  check([
    { text: 'Investigators suspect that the fire was set deliberately.', flag: [{ pred: 'suspect', cls: 'cognition' }] },
    { text: 'Dr. Lena Marsh assumed the vaccine would arrive by May.', flag: [{ pred: 'assumed', source: 'Lena Marsh', cls: 'cognition' }] },
    { text: 'The report assumes a growth rate of 2 percent.', flag: [], not: ['assumes'] },
  ]);
});

describe('cues: intention and commitment verbs with a to-infinitive', () => {
  check([
    { text: 'The mayor decided to delay the vote until spring.', flag: [{ pred: 'decided', cls: 'cognition' }] },
    { text: 'Halvorsen offered to resign if the audit found wrongdoing.', flag: [{ pred: 'offered', cls: 'cognition' }] },
    { text: 'The minister declined to rule out new taxes.', flag: [{ pred: 'declined' }] },
    { text: 'A spokeswoman for the airline declined to comment.', flag: [], not: ['declined'] },
    { text: 'The company refused to elaborate on the layoffs.', flag: [], not: ['refused'] },
    { text: 'Sales declined to their lowest level in a decade.', flag: [], not: ['declined'] },
  ]);
});

describe('cues: evidence verbs with a document subject', () => {
  check([
    { text: 'The audit demonstrates that the agency lost track of $40 million.', flag: [{ pred: 'demonstrates', cls: 'evidential' }] },
    { text: 'Court records prove that the loan was repaid in 2019.', flag: [{ pred: 'prove', cls: 'evidential' }] },
  ]);
});

describe('cues: naming verbs with an object and a second predicate', () => {
  check([
    { text: 'Mayor Ines Duarte called the audit a distraction from the budget.', flag: [{ pred: 'called', source: 'Ines Duarte' }] },
    { text: 'Councilwoman Ruth Abara called her vote in favor of the tunnel a mistake.', flag: [{ pred: 'called', source: 'Ruth Abara' }] },
    { text: 'Opposition leaders dubbed the measure “a tax on breathing.”', flag: [{ pred: 'dubbed' }] },
    { text: 'Councilwoman Ruth Abara called her lawyer a day later.', flag: [], not: ['called'] },
    // (A verdict on a claim's truth: "found … misleading".)
    { text: 'The fact-checkers at Verity Desk found a similar claim by a mayor in Ohio misleading last year.', flag: [{ pred: 'found', source: 'The fact-checkers at Verity Desk' }] },
    { text: 'Customs officers found a false bottom in the suitcase.', flag: [], not: ['found'] },
    { text: 'Councilwoman Ruth Abara called the police on Monday.', flag: [], not: ['called'] },
  ]);
});

describe('cues: after a verb of intention, "to" opens an infinitive', () => {
  check([
    { text: 'Governor Lena Ruiz wants to junk the sales tax on groceries.', flag: [{ pred: 'wants', source: 'Lena Ruiz', cls: 'cognition' }] },
    { text: 'Governor Lena Ruiz wants to the moon and back.', flag: [], not: ['wants'] },
  ]);
});

describe('cues: participles take the subject of their clause', () => {
  check([
    { text: 'Senator Maya Olsen spoke to a gathering of farmers, promising to cut fuel taxes.', flag: [{ pred: 'promising', source: 'Maya Olsen' }] },
    { text: 'Questioning the count, Mayor Hugo Brandt asked for a recount in two wards.', flag: [{ pred: 'Questioning', source: 'Hugo Brandt' }] },
    { text: 'The new ad shows footage of Senator Maya Olsen saying that the plant will stay open.', flag: [{ pred: 'saying', source: 'Maya Olsen' }] },
    { text: 'Reading the report, one sees the problem.', flag: [], not: ['Reading'] },
    { text: 'The bill passed after a debate of several hours, ending the session.', flag: [], not: ['ending'] },
    // (Pointing at a thing in view is a gesture, not a point made.)
    { text: '"We asked for this road," Odegaard said, pointing to a pile of letters on the counter.', flag: [{ pred: 'said', source: 'Odegaard' }], not: ['pointing to'] },
    { text: '"That is where the water came in," Odegaard said, pointing to a crack in the wall.', flag: [{ pred: 'said', source: 'Odegaard' }], not: ['pointing to'] },
    { text: '"Fares will go up," Odegaard said, pointing to higher fuel prices and a shortage of drivers.', flag: [{ pred: 'pointing to', source: 'Odegaard' }] },
  ]);
});

describe('cues: a speech verb with a reported complement whose subject could not be delimited', () => {
  check([
    { text: 'A spokesman for the two unions, Idris Baptiste, said that the strike would go ahead.', flag: [{ pred: 'said' }] },
    { text: 'Having said that, the board still has to vote.', flag: [], not: ['said'] },
    { text: 'Say what you like about the plan.', flag: [], not: ['Say'] },
  ]);
});

describe('cues: a clause-initial "in" before a poll, survey or study', () => {
  check([
    { text: 'In the latest Marist poll, Governor Reyes leads by four points.', flag: [{ pred: 'In', source: 'the latest Marist poll', cls: 'evidential' }] },
    { text: 'Turnout rose, and in one of the first surveys after the debate, the challenger gained ground.', flag: [{ pred: 'in', cls: 'evidential' }] },
    { text: 'Two of the clinics in the study closed last year.', flag: [], not: ['in'] },
    { text: 'In a poll tax dispute, the court sided with the city.', flag: [], not: ['In'] },
  ]);
});

describe('cues: survey shares are people with views', () => {
  check([
    { text: 'Voters are split. In a survey by Civis Analytics, 41 percent support the levy.', flag: [{ pred: 'In', source: 'a survey by Civis Analytics' }, { pred: 'support', source: '41 percent' }] },
    { text: 'Voters are split, and 52 percent believe the levy is unfair.', flag: [{ pred: 'believe', cls: 'cognition' }] },
    { text: 'Prices rose 3 percent and analysts expect more.', flag: [], not: ['rose'] },
  ]);
});

describe('cues: reporting nouns with a possessive source and an on-topic', () => {
  check([
    { text: "The union was angry. Mayor Lena Ortiz's comments on the strike came late.", flag: [{ pred: 'comments on', source: 'Lena Ortiz' }] },
    { text: "The mayor's trip on the ferry took an hour.", flag: [], not: ['trip'] },
  ]);
});

describe('cues: "saying" after for/from reports what was said', () => {
  check([
    { text: 'Senator Maya Olsen was criticized for saying that the plant would stay open.', flag: [{ pred: 'saying', source: 'Maya Olsen' }] },
    { text: 'Senator Maya Olsen refused to name a date, aside from saying she wants a vote this year.', flag: [{ pred: 'saying' }] },
    { text: 'Senator Maya Olsen was criticized for attacking the mayor.', flag: [], not: ['attacking'] },
  ]);
});

describe('cues: auxiliaries, modals and pronoun clitics belong to the predicate', () => {
  check([
    { text: 'He’s claiming that the audit was rigged.', flag: [{ pred: '’s claiming', source: 'He' }] },
    { text: "I've suggested that the levy is too high.", flag: [{ pred: "'ve suggested", source: 'I' }] },
    { text: 'The mayor may also argue that the budget is short.', flag: [{ pred: 'may also argue', source: 'The mayor' }] },
    { text: 'But the governor isn’t saying whether she will sign the bill.', flag: [{ pred: 'isn’t saying', source: 'the governor' }] },
    { text: 'Prime Minister Theresa May said the talks would resume.', flag: [{ pred: 'said', source: 'Theresa May' }] },
    { text: 'If the council rejects the deal, the developer could threaten to walk away.', flag: [], not: ['could threaten'] },
  ]);
});

describe('cues: participles take the subject of the clause they hang on', () => {
  check([
    { text: 'The mayor mocked the complaint, saying anybody who complains about the buses is not paying attention.',
      flag: [{ pred: 'saying', source: 'The mayor' }, { pred: 'complains about', source: 'anybody' }] },
    { text: 'The newspaper filed a motion to unseal the records, arguing the public had a right to know.', flag: [{ pred: 'arguing', source: 'The newspaper' }] },
    { text: 'After the vote, the union sent a letter to the board, promising to return to the table in May.', flag: [{ pred: 'promising', source: 'the union' }] },
    // Beliefs, plans and actions with an object need an earlier cue to hang on.
    { text: 'Officials had a cold reception to the idea, believing it would fail.', flag: [], not: ['believing'] },
    { text: 'Commissioners voted 2-1 on Tuesday, rejecting a plan from the sheriff.', flag: [], not: ['rejecting'] },
    { text: 'With the mayor planning to visit Seoul in April, a deal could follow.', flag: [], not: ['planning'] },
  ]);
});

describe('cues: subjects in lists, relative clauses and with floating quantifiers', () => {
  check([
    { text: 'Councilors Ana Ruiz, Tom Beck and Lee Park all argued that the levy was unfair.',
      flag: [{ pred: 'argued', source: 'Councilors Ana Ruiz, Tom Beck and Lee Park' }] },
    { text: 'Apple, Google and Amazon said they would comply.', flag: [{ pred: 'said', source: 'Apple, Google and Amazon' }] },
    { text: 'After the vote in Paris, France and Germany said they would comply.', flag: [{ pred: 'said', source: 'France and Germany' }] },
    { text: 'The plan angered parents, many of whom say the district ignored them.', flag: [{ pred: 'say', source: 'many of whom' }] },
    { text: 'A group that says it represents nurses filed the complaint.', flag: [{ pred: 'says', source: 'A group' }] },
    { text: 'Then state and local leaders could call on the governor to act.', flag: [{ pred: 'could call on', source: 'state and local leaders' }] },
  ]);
});

describe('cues: a belief the speaker voices inside her own report is its content', () => {
  check([
    { text: 'Mayor Jennifer Ruiz said Friday that she thinks the video should be released.', flag: [{ pred: 'said', source: 'Jennifer Ruiz' }], not: ['thinks'] },
    { text: 'Ruiz thinks the video should be released.', flag: [{ pred: 'thinks', source: 'Ruiz' }] },
  ]);
});

describe('cues: a present verb agreeing with the noun before it opens the clause after a verb of thinking', () => {
  check([
    { text: 'Some trustees think the board underestimates the deficit.', flag: [{ pred: 'think', source: 'Some trustees' }] },
    { text: 'Two economists believe the tariffs hurt exporters more than anyone.', flag: [{ pred: 'believe', source: 'Two economists' }] },
    { text: 'The coach thinks Lisbon deserves another chance.', flag: [{ pred: 'thinks', source: 'The coach' }] },
  ]);
});

describe('cues: an argument submitted to a court', () => {
  check([
    { text: 'Defence barrister Ruth Ames submitted that the confession had been obtained unfairly.', flag: [{ pred: 'submitted', source: 'Ruth Ames' }] },
    { text: 'The builder submitted a revised bid for the depot.', flag: [], not: ['submitted'] },
    // (A role opening the sentence that the tagger reads as an imperative, or after an -ing word, is still the subject.)
    { text: 'Counsel for the respondent submitted that the tribunal had erred in law.', flag: [{ pred: 'submitted', source: 'Counsel for the respondent' }] },
    { text: 'Prosecuting counsel, Mr Declan Rourke, said the van had been stolen in Drogheda.', flag: [{ pred: 'said', source: 'Declan Rourke' }] },
  ]);
});

describe('cues: a name the document writes inside its sentences owns a reporting noun that opens a sentence', () => {
  check([
    { text: 'The levy was backed by Gideon Mbeki. Mbeki\'s argument is that small farms will gain most.', flag: [{ pred: 'argument', source: 'Mbeki' }] },
  ]);
});

describe('cues: a body named by its head noun holds a view', () => {
  check([
    { text: 'The central bank believes price growth will cool by spring.', flag: [{ pred: 'believes', source: 'The central bank', cls: 'cognition' }] },
    { text: 'The treasury expects tax receipts to fall this year.', flag: [{ pred: 'expects', source: 'The treasury' }] },
  ]);
});

describe('cues: the preposition that takes a reporting noun\'s topic belongs to the cue', () => {
  check([
    { text: "The inspector doubted the mayor's claims about the flood defences.", flag: [{ pred: 'claims about', source: 'the mayor' }] },
    { text: "Senator Okoro's criticism of the tender process was sharp.", flag: [{ pred: 'criticism of', source: 'Okoro' }] },
  ]);
});

describe('cues: headlines in capitals, words of a name and a date after "remarks on"', () => {
  check([
    { text: 'EVEN THE MAYOR’S OWN STAFF THINKS THE PLAN IS DOOMED — The report was released Monday.', flag: [], not: ['THINKS'] },
    { text: 'The senator called the ruling a disgrace on The Laura Ingraham Show on Wednesday.', flag: [], not: ['Show'] },
    { text: 'Mayor Ruiz Says Bus Fares Will Rise', flag: [{ pred: 'Says', source: 'Ruiz' }] },
    { text: 'But his remarks on Saturday carried a more personal tone.', flag: [], not: ['remarks'] },
    { text: "Mayor Lee's comments on the strike angered teachers.", flag: [{ pred: 'comments on', source: 'Lee' }] },
    { text: "Mayor Lee's comments on Saturday angered teachers.", flag: [], not: ['comments'] },
  ]);
});

describe('cues: subjects with a participle, a relative clause or an aside before the verb', () => {
  check([
    { text: 'A union representing bus drivers endorsed the mayor on Thursday.', flag: [{ pred: 'endorsed', source: 'A union representing bus drivers' }] },
    { text: 'A 2019 study that appeared in a medical journal found that the drug did not work.',
      flag: [{ pred: 'found', source: 'A 2019 study that appeared in a medical journal' }] },
    { text: 'The average of polls taken over the past two weeks shows the mayor ahead.', flag: [{ pred: 'shows', source: 'The average of polls taken over the past two weeks' }] },
    { text: 'Some councilors, however, question the cost of the plan.', flag: [{ pred: 'question', source: 'Some councilors' }] },
    { text: 'Other unions, including the teachers and the nurses, have also endorsed the levy.', flag: [{ pred: 'have also endorsed', source: 'Other unions' }] },
    { text: '“We had a good year.” Erin Lutz, an aide who went to Lima in 2011, said the trip was useful.', flag: [{ pred: 'said', source: 'Erin Lutz' }] },
    // A past participle with an object is a finite verb: no subject running over two clauses.
    { text: 'After the company fired workers the union said it would strike.', flag: [{ pred: 'said', source: null }] },
  ]);
});

describe('cues: "Asked about …, X said": the question put to a speaker is no attribution of its own', () => {
  check([
    { text: 'Asked about the delay, the mayor said the contractor was to blame.', flag: [{ pred: 'said', source: 'the mayor' }], not: ['Asked'] },
    { text: 'Asked about the plan, the mayor declined to comment.', flag: [], not: ['Asked'] },
  ]);
});

describe('cues: a catenative verb before "to" heads the predicate', () => {
  check([
    { text: 'The council continues to insist that the budget is balanced.', flag: [{ pred: 'continues to insist', source: 'The council' }] },
    { text: 'Mayor Lee went on to explain how the fund works.', flag: [{ pred: 'went on to explain', source: 'Lee' }] },
    { text: 'Lee said the plan was flawed, going on to say that it cost too much.', flag: [{ pred: 'going on to say', source: 'Lee' }] },
    { text: 'He has yet to explain why the fund shrank.', flag: [{ pred: 'has yet to explain', source: 'He' }] },
    { text: 'The board wants voters to say whether the fund should grow.', flag: [], not: ['say'] },
  ]);
});

describe('cues: verb readings the tagger misses', () => {
  check([
    { text: 'Senator Mara Voss had mocked the complaint, saying anybody who complains about a microphone is having a bad night.',
      flag: [{ pred: 'saying', source: 'Mara Voss' }, { pred: 'complains about', source: 'anybody' }] },
    { text: 'In August, several environmental groups granted the company an extension, saying its capital was less than expected.',
      flag: [{ pred: 'saying', source: 'several environmental groups' }] },
    { text: 'The campaign plans to employ the former governor on the trail.', flag: [{ pred: 'plans', source: 'The campaign', cls: 'cognition' }] },
    { text: "The mayor's plans to raise taxes were criticized.", flag: [], not: ['plans'] },
    { text: 'Theresa May said this week that the country would leave.', flag: [{ pred: 'said', source: 'Theresa May' }], not: ['May said'] },
    { text: 'She criticized Clinton on The Laura Ingraham Show.', flag: [], not: ['Show'] },
    // A noun compromise read as a verb: between nouns, after a count or at the start, after "of", after "expressed".
    { text: 'Farm rights campaigners have expressed deep concern about the bill.', flag: [{ pred: 'have expressed deep concern about', source: 'Farm rights campaigners' }] },
    { text: 'Experts say clinics are easy targets because they cannot afford downtime.', flag: [{ pred: 'say', source: 'Experts' }] },
    { text: 'The Gallup average of surveys shows the senator trailing.', flag: [{ pred: 'shows', source: 'The Gallup average of surveys' }] },
    { text: 'Judges in Iowa and Kansas have struck down the rules, saying they are too broad.', flag: [{ pred: 'saying', source: 'Judges in Iowa and Kansas' }] },
    { text: 'Two judges in Denver said the rule was unclear.', flag: [{ pred: 'said', source: 'Two judges in Denver' }] },
    { text: 'Campaign volunteers said turnout was high.', flag: [{ pred: 'said', source: 'Campaign volunteers' }] },
    { text: 'Track workers told the inquiry the signal failed.', flag: [{ pred: 'told', source: 'Track workers' }] },
    { text: 'Works in the gallery were damaged, the curator said.', flag: [{ pred: 'said', source: 'the curator' }], not: ['Works'] },
    { text: 'He raised interest rates and said inflation was easing.', flag: [{ pred: 'said', source: 'He' }], not: ['raised'] },
    { text: 'The Gallup average shows the senator ahead by two points.', flag: [{ pred: 'shows', source: 'The Gallup average' }] },
    { text: 'A review of studies suggests that fasting helps.', flag: [{ pred: 'suggests', source: 'A review of studies' }] },
    { text: 'The talk shows Mr. Hale appeared on were friendly.', flag: [], not: ['shows'] },
    // "made (it) clear that": a dummy "it" before the particle; a thing that makes something clear reports nothing.
    { text: 'The manager has made it clear that the striker will not be sold.', flag: [{ pred: 'has made it clear', source: 'The manager' }] },
    { text: 'The senator made clear she would sign the bill.', flag: [{ pred: 'made clear', source: 'The senator' }] },
    { text: 'The flood made it clear that the levee was too low.', flag: [], not: ['made it clear'] },
    { text: 'He made it to the final in June.', flag: [], not: ['made it'] },
    // People of a campaign are animate subjects of a judgement; a plan is not.
    { text: 'His surrogates called the verdict "a travesty" on Sunday.', flag: [{ pred: 'called', source: 'His surrogates' }] },
    { text: 'Her backers called the ruling "a disgrace".', flag: [{ pred: 'called', source: 'Her backers' }] },
    { text: 'The plan called the merger "a priority".', flag: [], not: ['called'] },
    // "'s" before a speech verb's participle is "has"; before "to" or "by", or after "it", a passive.
    { text: "She's argued that the levy is unfair.", flag: [{ pred: "'s argued", source: 'She' }] },
    { text: 'He’s called for an end to the tariffs.', flag: [{ pred: '’s called for', source: 'He' }] },
    { text: "He's said to be ill, aides said.", flag: [{ pred: 'said', source: 'aides' }], not: ["'s said"] },
    { text: "It's claimed that the levy is unfair.", flag: [], not: ["'s claimed"] },
    // The holder of an office or a post is animate.
    { text: 'The coach has made it clear that the striker will not be sold.', flag: [{ pred: 'has made it clear', source: 'The coach' }] },
    { text: 'The governor made clear she would sign the bill.', flag: [{ pred: 'made clear', source: 'The governor' }] },
    { text: 'The decision made clear that the rules would stay.', flag: [], not: ['made clear'] },
  ]);
});

describe('cues: complements of stance and intention verbs', () => {
  check([
    { text: 'Last month, the agency warned state election officials to boost their security.', flag: [{ pred: 'warned', source: 'the agency' }] },
    { text: 'The secretary general vowed not to repeat that mistake.', flag: [{ pred: 'vowed', source: 'The secretary general' }] },
    { text: 'A NATO official, who asked not to be identified, said the talks had stalled.', flag: [{ pred: 'said' }], not: ['asked'] },
    { text: 'Analyst Ingrid Moss expects integration costs to weigh on profit.', flag: [{ pred: 'expects', source: 'Ingrid Moss' }] },
    { text: 'Integration costs are expected to weigh on profit.', flag: [], not: ['expected'] },
    { text: 'Senator Hale knows there are people all over the state who agree.', flag: [{ pred: 'knows', source: 'Hale' }] },
    { text: "At first, regulators didn't know what to make of the buyer.", flag: [{ pred: "didn't know", source: 'regulators' }] },
    { text: 'Voters should know what those questions are.', flag: [{ pred: 'should know', source: 'Voters' }] },
    { text: 'Demonstrators said they want justice but pledged to remain calm.', flag: [{ pred: 'pledged', source: 'Demonstrators' }] },
  ]);
});

describe('cues: verbs whose frame carries the content', () => {
  check([
    { text: 'Critics see reauthorization of the program as a chance to fix it.', flag: [{ pred: 'see', source: 'Critics', cls: 'cognition' }] },
    { text: 'We saw the movie on Friday.', flag: [], not: ['saw'] },
    { text: 'Officers saw the driver get out of a car.', flag: [], not: ['saw'] },
    { text: 'The blast was what Mayor Ana Reyes described as an intentional act.', flag: [{ pred: 'described as', source: 'Ana Reyes' }] },
    { text: 'He released a letter from his doctor that says he is healthy.', flag: [{ pred: 'released', source: 'He' }] },
    { text: 'The Reyes campaign released an ad this week.', flag: [{ pred: 'released', source: 'The Reyes campaign' }] },
    { text: 'The rebels released the hostages on Monday.', flag: [], not: ['released'] },
    { text: 'Other members of Congress echo her concerns.', flag: [{ pred: 'echo', source: 'Other members of Congress' }] },
    { text: 'The shop offers rewards for tips.', flag: [], not: ['offers'] },
    { text: 'Her campaign later disclosed that she has pneumonia.', flag: [{ pred: 'later disclosed', source: 'Her campaign' }] },
  ]);
});

describe('cues: reporting nouns', () => {
  check([
    { text: "The adviser called Mr. Lund's remarks on Saturday a wake-up call.", flag: [], not: ['remarks'] },
    { text: "What is Lund's view of the alliance?", flag: [], not: ['view'] },
  ]);
});

describe('cues: verbs that carry a cue verb belong to the predicate', () => {
  check([
    { text: 'Mr. Caddell went on to explain that the polls were wrong.', flag: [{ pred: 'went on to explain', source: 'Caddell' }] },
    { text: 'Donald Trump drew criticism after he appeared to suggest that veterans are weak.', flag: [{ pred: 'appeared to suggest', source: 'he' }] },
    { text: 'Sanders said it was insane, going on to say that the country has spent billions.', flag: [{ pred: 'going on to say', source: 'Sanders' }] },
    { text: 'Mr. Trump avoids condemning the invasion.', flag: [{ pred: 'avoids condemning', source: 'Trump' }] },
    { text: 'She keeps saying she opposed the war.', flag: [{ pred: 'keeps saying', source: 'She' }] },
  ]);
});

describe('cues: topics, objects and adjuncts of speech and intention verbs', () => {
  check([
    { text: 'When the poll asked about all four candidates, Reyes led.', flag: [{ pred: 'asked about', source: 'the poll' }] },
    { text: 'Mr. Lund has responded with attacks on the mayor.', flag: [{ pred: 'has responded', source: 'Lund' }] },
    { text: 'Deputies responded with tear gas and made a dozen arrests, the sheriff said.', flag: [{ pred: 'said', source: 'the sheriff' }], not: ['responded'] },
    { text: 'The agency decided against recommending charges.', flag: [{ pred: 'decided against', source: 'The agency' }] },
    { text: 'Democrats want policies that raise more revenue.', flag: [{ pred: 'want', source: 'Democrats', cls: 'cognition' }] },
    { text: '"Did you shoot him?" she yells while running down the street.', flag: [{ pred: 'yells', source: 'she' }] },
    { text: '"It was a long night," Mr. Alexander said in an interview.', flag: [{ pred: 'said in an interview', source: 'Alexander' }] },
  ]);
});

describe("cues: a speaker's own belief inside the reported words is no second attribution", () => {
  check([
    { text: 'Mayor Jennifer Roberts said Friday that she thinks the video should be released.', flag: [{ pred: 'said' }], not: ['thinks'] },
    { text: 'Mayor Jennifer Roberts thinks the video should be released.', flag: [{ pred: 'thinks', source: 'Jennifer Roberts' }] },
    { text: 'Councillor Dana Pike said in March that she could not support a rate rise.', flag: [{ pred: 'said', source: 'Councillor Dana Pike' }], not: ['could not support'] },
    { text: 'The governor said on Monday that he would oppose the pipeline.', flag: [{ pred: 'said', source: 'The governor' }], not: ['would oppose'] },
    { text: 'Councillor Dana Pike could not support a rate rise, she said.', flag: [{ pred: 'could not support', source: 'Councillor Dana Pike' }, { pred: 'said', source: 'she' }] },
  ]);
});

describe('cues: a headline colon before a quotation after a named person', () => {
  check([
    { text: 'Elizabeth Warren Hammers Bank Chief: ‘You Should Be Investigated’', flag: [{ pred: ':', source: 'Elizabeth Warren' }] },
    { text: 'The message was clear: "We are done."', flag: [], not: [':'] },
  ]);
});

describe('cues: negated stances, judgements, coordinated subjects and asides', () => {
  check([
    { text: 'Mr. Lund has not mentioned the dispute since Monday.', flag: [{ pred: 'has not mentioned', source: 'Lund' }] },
    { text: 'The mayor did not comment on the report.', flag: [], not: ['did not comment on'] },
    { text: 'Mr. Lund did not unveil plans to pay for it.', flag: [], not: ['did not unveil'] },
    { text: 'State regulators did not consider Mr. Clarke a realistic option.', flag: [{ pred: 'did not consider', source: 'State regulators' }] },
    { text: 'Many of his supporters believe bigotry and hatred are acceptable.', flag: [{ pred: 'believe' }] },
    { text: 'The program is a source of income, as a Homeland Security memo put it.', flag: [{ pred: 'put it', source: 'a Homeland Security memo' }] },
    { text: 'He put it on the table.', flag: [], not: ['put it'] },
    { text: 'He did everyone a favor by putting it to rest.', flag: [], not: ['putting it'] },
  ]);
});

describe('cues: addressees, coordinated beliefs inside a report, counterfactuals', () => {
  check([
    { text: 'Mr. Lund, a Spaniard who played for the club, told BBC Radio Manchester that he wanted the job permanently.',
      flag: [{ pred: 'told' }], not: ['wanted'] },
    { text: 'Each week we ask the office that issued the figure for its underlying data.', flag: [], not: ['ask'] },
    { text: 'Reporters asked the harbour office whether the figure was final.', flag: [{ pred: 'asked', source: 'Reporters' }] },
    { text: 'The auditor told the clerks that ran the ferry office that its books were in order.', flag: [{ pred: 'told', source: 'The auditor' }], not: ['ran'] },
    { text: 'The Royal College of Midwives said it supported the programme but wanted funding for training.', flag: [{ pred: 'said' }], not: ['wanted'] },
    { text: 'Mr. Lund asked the mayor about the budget and decided against a vote.', flag: [{ pred: 'decided against', source: 'Lund' }] },
    { text: 'He rejected the argument that customers could have asked the dealers about commissions.', flag: [], not: ['could have asked the dealers about'] },
  ]);
});

describe('cues: "it" for a document, people nouns, coordinated clauses', () => {
  check([
    { text: 'The report was released on Monday. It also points out that the fund lost money.', flag: [{ pred: 'also points out', source: 'It' }] },
    { text: 'The ad ran on Monday. It attacked the mayor for the delay.', flag: [], not: ['attacked'] },
    { text: 'Delegates questioned how the chair could change the rules.', flag: [{ pred: 'questioned', source: 'Delegates' }] },
    { text: 'The numbers support the view that the fund is short.', flag: [], not: ['support'] },
    { text: 'Many voters believed the count was wrong and Democrats accused the board of hiding ballots.', flag: [{ pred: 'accused', source: 'Democrats' }] },
    { text: 'Both Mr. King and Mr. Schultz say the station never told them what to report.', flag: [{ pred: 'say' }] },
    { text: 'China said it opposed the test and warned Pyongyang to refrain from further launches.', flag: [{ pred: 'warned', source: 'China' }] },
    { text: 'The mayor needs to sell the plan and tell more jokes.', flag: [], not: ['tell'] },
  ]);
});

describe('cues: not knowing something states no claim', () => {
  check([
    { text: 'Doctors still do not know what causes the disease.', flag: [], not: ['still do not know'] },
    { text: 'Police do not know whether the gunman was armed.', flag: [], not: ['do not know'] },
    { text: 'Investigators did not know the identity of the driver.', flag: [], not: ['did not know'] },
    { text: 'Officials did not know how to respond to the letter.', flag: [{ pred: 'did not know', source: 'Officials' }] },
    { text: 'The manager did not know that the loan was illegal.', flag: [{ pred: 'did not know', source: 'The manager' }] },
    { text: 'Doctors now know what causes the disease.', flag: [{ pred: 'now know', source: 'Doctors' }] },
  ]);
});

describe('cues: a document that leaves a question open states no claim', () => {
  check([
    { text: 'The memo does not explain why the depot was closed for a week.', flag: [], not: ['does not explain'] },
    { text: 'The court filing did not say how much the dredging firm was paid.', flag: [], not: ['did not say'] },
    { text: 'The memo does not say that the depot was closed.', flag: [{ pred: 'does not say', source: 'The memo' }] },
    { text: 'The harbourmaster did not say why the depot was closed.', flag: [{ pred: 'did not say', source: 'The harbourmaster' }] },
  ]);
});

describe('cues: "states" after place names is the noun', () => {
  check([
    { text: 'The minister said seedlings went to farmers in Ondo, Cross River and Osun states.', flag: [{ pred: 'said' }], not: ['states'] },
    { text: 'Oil output rose sharply across the Gulf states.', flag: [], not: ['states'] },
    { text: 'The charge is false, the affidavit states.', flag: [{ pred: 'states', source: 'the affidavit' }] },
  ]);
});

describe('cues: a verb joined by the same auxiliary to the reported clause\'s verb has that clause\'s subject', () => {
  check([
    { text: 'Javier Nart told AFP that observers had visited 900 polling stations and had seen "no systematic irregularities" so far.',
      flag: [{ pred: 'told', source: 'Javier Nart' }], not: ['had seen'] },
    { text: 'Merrill says Machado promised to back Clinton and said she would campaign for her.', flag: [{ pred: 'says', source: 'Merrill' }, { pred: 'said', source: 'Merrill' }] },
  ]);
});

describe('cues: a name, a form in -s and a determiner make a verb', () => {
  check([
    { text: 'KPA disputes those figures, saying casual workers are paid in line with a 2023 agreement.', flag: [{ pred: 'disputes', source: 'KPA' }, { pred: 'saying', source: 'KPA' }] },
    { text: 'In Labour disputes the union always wins.', flag: [], not: ['disputes'] },
  ]);
});

describe('cues: a speech verb after a quotation is trailing whatever adjunct follows it', () => {
  check([
    { text: '"That is an injury in the most traditional sense," Judge Dana Whitfield wrote for the majority.', flag: [{ pred: 'wrote', source: 'Dana Whitfield' }] },
    { text: '"We will appeal," she said outside the court.', flag: [{ pred: 'said', source: 'she' }] },
    { text: 'The judge wrote for the majority in March.', flag: [], not: ['wrote'] },
  ]);
});

describe('cues: a relative clause after "a body of people" goes back to the body', () => {
  check([
    { text: 'The inquiry follows complaints filed by a coalition of French authors, who accused the company of copying books.',
      flag: [{ pred: 'accused', source: 'a coalition of French authors' }] },
    { text: 'It faced pressure from activist investor Crestline Partners, which disclosed a stake.', flag: [{ pred: 'disclosed', source: 'Crestline Partners' }] },
  ]);
});

describe('cues: a participle after a form of "be" and an according-to aside is the clause\'s own verb', () => {
  check([
    { text: 'In retirement she was, according to her son, still answering emails from surgeons in Ghana.',
      flag: [{ pred: 'according to', source: 'her son' }], not: ['answering', 'still answering'] },
    { text: 'The plant will close, according to the union, saying it cannot compete.', flag: [{ pred: 'saying', source: 'the union' }] },
  ]);
});

describe('cues: a relative clause on the subject that runs into the main verb describes that subject', () => {
  check([
    { text: 'Lawmakers who supported the law said the ruling was wrong.', flag: [{ pred: 'said', source: 'Lawmakers who supported the law' }], not: ['supported'] },
    { text: 'People who know the mayor say he is honest.', flag: [{ pred: 'say', source: 'People who know the mayor' }], not: ['know'] },
    { text: 'Officials who said the plan failed resigned.', flag: [{ pred: 'said', source: 'Officials' }] },
  ]);
});

describe('cues: a subject with a list of names runs on to its verb', () => {
  check([
    { text: 'Courts in Arkansas, Ohio and Utah have blocked similar laws, finding that they likely violate free speech protections.',
      flag: [{ pred: 'finding', source: 'Courts in Arkansas, Ohio and Utah' }] },
    { text: 'Courts in Ohio have blocked similar laws, finding that they violate free speech.', flag: [{ pred: 'finding', source: 'Courts in Ohio' }] },
  ]);
});

describe('cues: a relative clause on an inverted speaker with a that-clause is a cue of its own', () => {
  check([
    { text: '"It is simple," said Mr. Kamin, who emphasized that her proposals would simplify taxes.',
      flag: [{ pred: 'said', source: 'Kamin' }, { pred: 'emphasized', source: 'Kamin' }] },
    { text: '"Strange days," said Peter Morgan, a lawyer for the Sierra Club, who has been challenging the coal industry for years.',
      flag: [{ pred: 'said', source: 'Peter Morgan' }], not: ['has been challenging'] },
    { text: '"We gave because we were asked," said one donor, who asked that his name not be used.',
      flag: [{ pred: 'said', source: 'one donor' }], not: ['asked'] },
  ]);
});

describe('cues: a verb in a question put to someone reports nothing', () => {
  check([
    { text: 'Asked in a 2015 interview what she would tell young scientists, Dr. Marsh said: "Go to sea."',
      flag: [{ pred: 'said', source: 'Marsh' }], not: ['would tell'] },
    { text: 'Asked why he had not mentioned an argument, Mr Mulcahy said there was none.', flag: [{ pred: 'said', source: 'Mulcahy' }], not: ['had not mentioned'] },
    { text: 'She asked whether he had told the police, and he said no.', flag: [{ pred: 'asked', source: 'She' }, { pred: 'said', source: 'he' }] },
  ]);
});

describe('cues: an -ing noun in a manner phrase or a subject', () => {
  check([
    { text: 'The party argued in the filing that some county boards had broken state law.', flag: [{ pred: 'argued', source: 'The party' }], not: ['in the filing'] },
    { text: 'Lawyers for the city argued in a filing that the order was void.', flag: [{ pred: 'argued', source: 'Lawyers for the city' }] },
    { text: 'The minister said at a briefing on Monday that the plan was dead.', flag: [{ pred: 'said', source: 'The minister' }] },
    { text: 'Two shipping line executives told Reuters that they had begun diverting vessels.', flag: [{ pred: 'told', source: 'Two shipping line executives' }] },
    { text: 'Mining company officials said the mine would reopen in June.', flag: [{ pred: 'said', source: 'Mining company officials' }] },
  ]);
});

describe('cues: a document "showing that" is the source of what follows', () => {
  check([
    { text: 'The tenancies board has published figures showing that average rents rose 7.5 per cent.', flag: [{ pred: 'showing', source: 'figures' }] },
    { text: 'The statistics office released data on Tuesday showing that inflation fell to 2 per cent.', flag: [{ pred: 'showing', source: 'data' }] },
    { text: 'The coach is showing that he can lead. The map showing the route was torn.', flag: [], not: ['showing'] },
  ]);
});

describe('cues: a relative clause with no comma on an inverted speaker', () => {
  check([
    { text: '"We will not go back until our demands are met," said a strike leader who gave his name only as Thabo.',
      flag: [{ pred: 'said', source: 'a strike leader' }] },
    { text: '"The water came in at night," said a farmer who lives near the river.', flag: [{ pred: 'said', source: 'a farmer' }] },
  ]);
});

describe('cues: a time phrase with "for" after the verb is no particle of it', () => {
  check([
    { text: 'Economists have argued for years that a price on carbon is the cheapest way to cut emissions.',
      flag: [{ pred: 'have argued', source: 'Economists' }], not: ['have argued for'] },
    { text: 'She has argued for several months that the tax is unfair.', flag: [{ pred: 'has argued', source: 'She' }] },
    { text: 'Residents have argued for a new bridge.', flag: [{ pred: 'have argued for', source: 'Residents' }] },
  ]);
});

describe('cues: a weekday or a manner adverb between a cue verb and its particle', () => {
  check([
    { text: 'The opposition leader called Thursday for an independent audit of the port contract.',
      flag: [{ pred: 'called Thursday for', source: 'The opposition leader' }] },
    { text: 'At the memorial Ms. Achebe spoke warmly of her late brother.', flag: [{ pred: 'spoke warmly of', source: 'Achebe' }] },
    { text: 'The bishop spoke publicly about the abuse claims for the first time.', flag: [{ pred: 'spoke publicly about', source: 'The bishop' }] },
    { text: 'He called Monday to say he was sorry.', flag: [], not: ['called Monday for', 'called'] },
    { text: 'Fans called loudly for the manager to go.', flag: [{ pred: 'called loudly for', source: 'Fans' }] },
    { text: 'The hotel rang twice about the booking and the driver waited outside.', flag: [], not: ['rang twice about'] },
    { text: 'The anglers\' federation called last year for a ban on trawling in the bay.',
      flag: [{ pred: 'called last year for', source: "The anglers' federation" }] },
    { text: 'The mayor called on Monday for calm after the clashes.', flag: [{ pred: 'called on Monday for', source: 'The mayor' }] },
    { text: 'The union called on the government to resign.', flag: [{ pred: 'called on', source: 'The union' }] },
  ]);
});

describe('cues: a bracketed label between the subject and its verb', () => {
  check([
    { text: 'The Kenya Meteorological Department (KMD) forecasts that the short rains will fail in the east.',
      flag: [{ pred: 'forecasts' }] },
    { text: 'The regional water board (RWB) estimates that 40,000 homes lost supply.', flag: [{ pred: 'estimates' }] },
    { text: 'The Office for National Statistics (ONS) says that inflation fell to 3 per cent.', flag: [{ pred: 'says' }] },
  ]);
});

describe('cues: a gerund after a preposition stays inside the subject\'s post-modifier', () => {
  check([
    { text: 'A nurse charged with stealing painkillers has told a tribunal she was under pressure at work.',
      flag: [{ pred: 'has told', source: 'A nurse charged with stealing painkillers' }] },
    { text: 'A director accused of hiding losses from auditors told the court he had acted on advice.',
      flag: [{ pred: 'told', source: 'A director accused of hiding losses from auditors' }] },
  ]);
});

describe('cues: an irregular participle before its agent inside the subject, and a time adjunct after it', () => {
  check([
    { text: 'Residents of villages struck by the cyclone on Monday said the relief payments were late.',
      flag: [{ pred: 'said', source: 'Residents of villages struck by the cyclone' }] },
    { text: 'Owners of shops struck by looters on Saturday told the council the police came too late.',
      flag: [{ pred: 'told', source: 'Owners of shops struck by looters' }] },
  ]);
});

describe('cues: an adverb grading a participle in a noun phrase', () => {
  check([
    { text: 'Previously undisclosed emails show that the board knew of the defect in 2019.',
      flag: [{ pred: 'show', source: 'Previously undisclosed emails' }] },
    { text: 'Auditors believe recently filed accounts understate the losses.', flag: [{ pred: 'believe', source: 'Auditors' }] },
    { text: 'Officials believe the newly built bridge is safe.', flag: [{ pred: 'believe', source: 'Officials' }] },
    { text: 'She said recently that the plan was dead.', flag: [{ pred: 'said', source: 'She' }] },
  ]);
});

describe('cues: a message sent, a thing suggested, a thing feared', () => {
  check([
    { text: 'The council sent a cease-and-desist letter to the developer on Friday.', flag: [{ pred: 'sent', source: 'The council' }] },
    { text: 'The ministry sent troops to the border on Friday.', flag: [], not: ['sent'] },
    { text: 'The premier praised the volunteers, sending them to the worst-hit towns.', flag: [], not: ['sending'] },
    { text: 'In her column, Ms. Adeyemi suggested cutting the bus fares for students.', flag: [{ pred: 'suggested', source: 'Adeyemi' }] },
    { text: 'The treasurer suggested a cheaper way to fund the pensions.', flag: [{ pred: 'suggested', source: 'The treasurer' }] },
    { text: 'Doctors fear a second wave of infections in the camps.', flag: [{ pred: 'fear', source: 'Doctors' }] },
  ]);
});

describe('cues: a verb form read as a plural noun after an apposition in commas', () => {
  check([
    { text: 'Mr. Banda, a former finance minister, hopes to stand again in 2027.',
      flag: [{ pred: 'hopes', source: 'Banda' }] },
    { text: "The club's new owner, Priya Nair, plans to sell the training ground.",
      flag: [{ pred: 'plans', source: 'Priya Nair' }] },
    { text: 'Apples, pears and plums, the fruit of the valley, grow here.', flag: [], not: ['grow'] },
  ]);
});

describe('cues: after a belief, a pronoun subject past ", and" opens a belief of its own', () => {
  check([
    { text: 'The minister believes the unions will settle, and she fears a strike would hurt exports.',
      flag: [{ pred: 'believes', source: 'The minister' }, { pred: 'fears', source: 'she' }] },
    { text: 'He thinks the merger is dead, but he hopes to revive the talks next year.', flag: [{ pred: 'thinks' }, { pred: 'hopes', source: 'he' }] },
    { text: 'Achebe says she hopes to win the seat, but she knows that the count will be close.', flag: [{ pred: 'says' }], not: ['knows'] },
  ]);
});

describe('cues: reporting verbs of South Asian and African English', () => {
  check([
    { text: 'Local councillor Priya Menon opined that the new flyover was a waste of public money.', flag: [{ pred: 'opined', cls: 'neutral' }] },
    { text: 'The petitioner averred that the land had been acquired without notice.', flag: [{ pred: 'averred', source: 'The petitioner', cls: 'neutral' }] },
    { text: 'A district official clarified that the order applied only to private schools.', flag: [{ pred: 'clarified', cls: 'neutral' }] },
    { text: 'The finance minister underlined that the deficit target would be met.', flag: [{ pred: 'underlined', cls: 'neutral' }] },
    { text: 'District collector Ravi Kumar intimated that the camp would close on Sunday.', flag: [{ pred: 'intimated', cls: 'neutral' }] },
    { text: 'A senior clerk divulged that the files had gone missing in March.', flag: [{ pred: 'divulged', cls: 'neutral' }] },
    { text: 'The officer apprised the magistrate that the accused had fled.', flag: [{ pred: 'apprised', source: 'The officer' }] },
    // Not speech: an intimate dinner, a line underlined in red.
    { text: 'The couple held an intimate dinner that evening for forty guests.', flag: [], not: ['intimate'] },
    { text: 'She underlined the title in red ink.', flag: [], not: ['underlined'] },
  ]);
});

describe('cues: a reduced relative clause in "hit by" and a title read as an adjective', () => {
  check([
    { text: 'Governors of four states hit by floods on Monday urged the army to send boats.', flag: [{ pred: 'urged', source: 'Governors of four states hit by floods' }] },
    { text: 'Farmers in districts hit by the drought said they had sold their cattle.', flag: [{ pred: 'said', source: 'Farmers in districts hit by the drought' }] },
    { text: 'The premier hopes to reach a deal with the unions by May.', flag: [{ pred: 'hopes', source: 'The premier' }] },
    { text: 'The chief expects that the fire will be out by morning.', flag: [{ pred: 'expects', source: 'The chief' }] },
    // An adjective that is no title keeps its noun: "new plans" are no one's plans.
    { text: 'The new plans to widen the road were shelved in June.', flag: [], not: ['plans'] },
  ]);
});

describe("cues: a belief coordinated inside a reported clause with a noun subject is that subject's", () => {
  check([
    { text: 'A spokesman said the governor welcomed the report and hoped the assembly would pass the bill.', flag: [{ pred: 'said', source: 'A spokesman' }, { pred: 'hoped', source: 'the governor' }] },
    { text: 'Her father said the family accepted the verdict but felt the sentence was too short.', flag: [{ pred: 'said', source: 'Her father' }, { pred: 'felt', source: 'the family' }] },
    // A pronoun subject keeps the belief inside what was said.
    { text: 'The council said it supported the scheme but wanted more money for it.', flag: [{ pred: 'said', source: 'The council' }], not: ['wanted'] },
    // A belief of the speaker's own, with no reported clause before it, stays a cue.
    { text: 'The minister welcomed the report and hoped the assembly would pass the bill.', flag: [{ pred: 'hoped', source: 'The minister' }] },
    { text: 'Dr Amina Bello said: "We are ready." She hoped the vaccine would arrive by June.', flag: [{ pred: 'hoped', source: 'She' }] },
  ]);
});

describe('cues: what evidence cannot show states nothing it found', () => {
  check([
    { text: 'She cautioned that the survey could not prove the scheme had cut crime.', flag: [{ pred: 'cautioned', source: 'She' }], not: ['could not prove'] },
    { text: 'The post-mortem examination cannot show whether the fall killed him.', flag: [], not: ['cannot show'] },
    // What evidence did show stays a cue.
    { text: 'The survey showed that the scheme had cut crime by a fifth.', flag: [{ pred: 'showed', source: 'The survey' }] },
  ]);
});

describe("cues: a name's possessive before a reason cited is no source", () => {
  check([
    { text: "The club postponed the match, citing Okafor's knee injury.", flag: [{ pred: 'citing', source: 'The club' }] },
    { text: "The defence asked for bail, citing Mr Reilly's poor health.", flag: [{ pred: 'citing', source: 'The defence' }] },
    // A document of a named body is a source cited.
    { text: "Shares in the miner fell, citing Moody's report on its debt.", flag: [{ pred: 'citing', source: "Moody's report on its debt" }] },
  ]);
});

describe('cues: the claim noun appended before the party who answers it is no part of that party', () => {
  check([
    { text: 'Residents say the plant pollutes the river, a charge the company denies.', flag: [{ pred: 'say', source: 'Residents' }, { pred: 'denies', source: 'the company' }] },
    { text: 'Critics say the levy is a tax on the poor, an allegation that the Treasury disputes.', flag: [{ pred: 'disputes', source: 'the Treasury' }] },
    { text: 'A charge sheet filed on Monday said the men had fled.', flag: [{ pred: 'said' }] },
  ]);
});

describe('cues: a verb of speaking used for no speech', () => {
  check([
    { text: 'The look on her face said it all.', flag: [], not: ['said'] },
    { text: 'Time will tell whether the new stand pays for itself.', flag: [], not: ['will tell'] },
    { text: 'The visitors answered with two tries in the last ten minutes.', flag: [], not: ['answered'] },
    { text: 'Dunne replied with a header from a corner.', flag: [], not: ['replied'] },
    // Speech stays speech.
    { text: 'Moyo said it all began with a phone call in 2009.', flag: [{ pred: 'said', source: 'Moyo' }] },
    { text: 'The ministry responded with a statement saying the report was false.', flag: [{ pred: 'responded', source: 'The ministry' }] },
    { text: 'The senator responded with attacks on her rival.', flag: [{ pred: 'responded', source: 'The senator' }] },
  ]);
});

describe('cues (pn): a reporting noun after a possessive and a modifier, a time adjunct or a title with "of"', () => {
  check([
    { text: "The harbour board rejected the minister's earlier claim that the channel had been dredged.", flag: [{ pred: 'earlier claim', source: 'the minister' }] },
    { text: 'Residents recalled his infamous comment about "lazy towns" at the 2009 rally.', flag: [{ pred: 'infamous comment about', source: 'his' }] },
    { text: "Ms Adeyemi's comments on Monday that the clinic would close had alarmed parents.", flag: [{ pred: 'comments on Monday' }] },
    { text: "Mr Varga's comments Tuesday on the tram strike came late.", flag: [{ pred: 'comments Tuesday on' }] },
    { text: "Chancellor of the Exchequer Rishi Sunak's promise that taxes would fall was repeated on Monday.", flag: [{ pred: 'promise', source: 'Chancellor of the Exchequer Rishi Sunak' }] },
    // A superlative weighs what one could argue; it reports nothing argued.
    { text: "Jordan's best argument is that the tariff hurts its own farmers.", flag: [], not: ['best argument', 'argument'] },
  ]);
});

describe('cues (pn): a verb that voices a stance noun takes the noun and its preposition into the predicate', () => {
  check([
    { text: 'The Reserve Bank has raised concerns over household debt.', flag: [{ pred: 'has raised concerns over', source: 'The Reserve Bank' }] },
    { text: 'Councillor Ruth Quigley raised questions about the cost of the ring road.', flag: [{ pred: 'raised questions about', source: 'Councillor Ruth Quigley' }] },
    { text: "Tenants' groups voiced doubts about the new rent cap.", flag: [{ pred: 'voiced doubts about' }] },
    { text: 'Analysts expressed doubts about the turnaround.', flag: [{ pred: 'expressed doubts about', source: 'Analysts' }] },
    { text: 'Republicans have expressed concern that the change could hurt turnout.', flag: [{ pred: 'have expressed concern', source: 'Republicans' }] },
    // Raising prices, money or a forecast states nothing.
    { text: 'The bakery raised prices in March and raised $2 million from investors.', flag: [], not: ['raised', 'raised prices'] },
    { text: 'Halvorsen Foods raised its profit forecast for the year.', flag: [], not: ['raised'] },
    // A stance voiced inside what a trailing cue reports is its content.
    { text: 'Pilots raised concerns about vibration as early as 2023, said Tobias Brennan, a union leader.', flag: [{ pred: 'said', source: 'Tobias Brennan' }], not: ['raised concerns about'] },
  ]);
});

describe('cues (pn): more reporting nouns after a possessive; stance nouns that a verb reports are not cues of their own', () => {
  check([
    { text: "The inquiry's conclusion that the dam was unsafe was published on Friday.", flag: [{ pred: 'conclusion', source: 'The inquiry' }] },
    { text: "The judge noted Mr Davis's submission that Hart had suffered public humiliation.", flag: [{ pred: 'submission' }] },
    { text: "The union's demand for a 9 per cent rise was rejected.", flag: [{ pred: 'demand for', source: 'The union' }] },
    { text: 'He is lying about her support for the trade deal.', flag: [], not: ['support for', 'support'] },
    // A stance noun heading the subject is a cue of its own.
    { text: 'Her concerns about the river were first raised in parliament in 2019.', flag: [{ pred: 'concerns about', source: 'Her' }] },
    { text: 'His support for the bill surprised colleagues.', flag: [{ pred: 'support for', source: 'His' }] },
    { text: 'Concerns from residents that the tower would block light were dismissed.', flag: [{ pred: 'Concerns from', source: 'residents' }] },
    { text: 'Her support among millennials still lags.', flag: [], not: ['support'] },
    { text: 'He admitted that he did have his concerns about the bill.', flag: [], not: ['concerns about', 'concerns'] },
  ]);
});

describe('cues (pn): a reporting noun with its source after "by" or "from"', () => {
  check([
    { text: 'The move went ahead despite repeated warnings from his attorney that the hearing was pointless.', flag: [{ pred: 'repeated warnings from', source: 'his attorney' }] },
    { text: 'The minister dismissed allegations by former employees that the books had been altered.', flag: [{ pred: 'allegations by', source: 'former employees' }] },
    // A relative clause on the source, a phone call and a fee report nothing.
    { text: 'The fund received a statement from the ministry that was dated May 2.', flag: [], not: ['statement from'] },
    { text: 'The fire started after a call from a neighbour about smoke.', flag: [], not: ['call from'] },
    { text: 'Warnings from scientists that the dam was cracking were ignored for years.', flag: [{ pred: 'Warnings from', source: 'scientists' }] },
    { text: 'Claims by the company that the plant was safe were rejected by inspectors.', flag: [{ pred: 'Claims by', source: 'the company' }] },
  ]);
});

describe('cues (pn): "By X\'s own admission," and "In X\'s view," frame the clause after them', () => {
  check([
    { text: "By Trump's own admission, his tax returns in most years are far from simple.", flag: [{ pred: 'own admission', source: 'Trump' }] },
    { text: "In the minister's view, the levy was never meant to last.", flag: [{ pred: 'view', source: 'the minister' }] },
    { text: "By the union's account, more than 4,000 workers joined the strike.", flag: [{ pred: 'account', source: 'the union' }] },
    // A letter to someone is no report of a clause; "that day" is a time.
    { text: 'Her letter to the board that day was short.', flag: [], not: ['letter'] },
    // An account that is no telling, a view with no frame.
    { text: "The bank's account of the meeting differs from hers.", flag: [], not: ['account'] },
    { text: 'She opened her account, which had been frozen, in May.', flag: [], not: ['account'] },
  ]);
});

describe('cues (pn): "over" takes the topic of a reporting noun, not a stretch of time', () => {
  check([
    { text: 'Her warning over the budget was ignored.', flag: [{ pred: 'warning over', source: 'Her' }] },
    { text: "The minister's criticism over the delays drew a rebuke.", flag: [{ pred: 'criticism over', source: 'The minister' }] },
    { text: 'His remarks over the weekend angered voters.', flag: [], not: ['remarks over', 'remarks'] },
    { text: 'His claims over the past decade were false.', flag: [], not: ['claims over', 'claims'] },
  ]);
});

describe('cues: counsel "put it to" a witness that …, as cross-examination asserts', () => {
  check([
    { text: 'Mr Gillane put it to Ms Byrne that she had lied to gardaí.', flag: [{ pred: 'put it', source: 'Gillane' }] },
    { text: 'Under cross-examination, Mr Oyedepo put it to the witness that he had received the money.', flag: [{ pred: 'put it', source: 'Oyedepo' }] },
    { text: 'He put it to one side. She put it to a vote on Monday.', flag: [], not: ['put it'] },
  ]);
});
