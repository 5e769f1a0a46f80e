import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findAttributions } from '../../server/src/core/attributions';
import { parseDocument } from '../../server/src/core/document';
import { findEntities } from '../../server/src/core/entities';
import { tagDocument } from '../../server/src/core/nlp';
import type { Attribution } from '../../server/src/core/types';

/** One attribution to find: its predicate, the source name and the whole source phrase. */
interface Row {
  name: string;
  text: string;
  pred: string;
  source: string | null;
  phrase?: string | null;
}

function run(text: string): Attribution[] {
  const doc = parseDocument(text);
  const terms = tagDocument(doc);
  return findAttributions(doc, terms, findEntities(doc, terms)).filter((a) => !a.inherited);
}

const phraseRows: Row[] = [
  { name: 'organization and role before the name', text: 'Harbor Authority spokeswoman Dana Whitlock said the ferry would resume on Monday.',
    pred: 'said', source: 'Dana Whitlock', phrase: 'Harbor Authority spokeswoman Dana Whitlock' },
  { name: 'honorific kept in the phrase', text: 'Mr. Okonkwo said the budget was balanced.', pred: 'said', source: 'Okonkwo', phrase: 'Mr. Okonkwo' },
  { name: 'apposition with a relative clause', text: 'Tomas Reyes, a former port official who now runs a consulting firm, said the dredging was overdue.',
    pred: 'said', source: 'Tomas Reyes', phrase: 'Tomas Reyes, a former port official who now runs a consulting firm' },
  { name: 'inverted verb with apposition', text: '"We will not sell," said Lena Marsh, the chief executive of Marsh Foods.',
    pred: 'said', source: 'Lena Marsh', phrase: 'Lena Marsh, the chief executive of Marsh Foods' },
  { name: 'rank before the name', text: 'Retired Adm. Carl Benning told reporters the fleet was ready.', pred: 'told', source: 'Carl Benning', phrase: 'Retired Adm. Carl Benning' },
  { name: 'possessive and modifiers before a role', text: "The city's longtime planning director Rosa Levin said the zoning plan was dead.",
    pred: 'said', source: 'Rosa Levin', phrase: "The city's longtime planning director Rosa Levin" },
  { name: 'party label and apposition', text: 'Rep. Joan Diaz (D-Ore.), the ranking member of the committee, said the bill would fail.',
    pred: 'said', source: 'Rep. Joan Diaz (D-Ore.)', phrase: 'Rep. Joan Diaz (D-Ore.), the ranking member of the committee' },
  { name: 'a phrase with no name is its own source', text: 'The rail workers union said it would strike in May.', pred: 'said', source: 'The rail workers union', phrase: 'The rail workers union' },
];

const fixRows: Row[] = [
  { name: 'possessive owner of a noun cue stops at its own phrase', text: "The paper ran a fact-check on Maya Lund's claim that the bridge was unsafe.",
    pred: 'claim', source: 'Maya Lund', phrase: 'Maya Lund' },
  { name: 'coordinated nouns form one subject', text: 'Farmers and suppliers in the valley say the new tariff will hurt exports.',
    pred: 'say', source: 'Farmers and suppliers in the valley', phrase: 'Farmers and suppliers in the valley' },
  { name: 'a name and a possessive phrase coordinated', text: 'Gazprom and its partners say the pipeline is on schedule.',
    pred: 'say', source: 'Gazprom and its partners' },
  { name: 'two roles of one person coordinated', text: 'The former mayor and state senator said the vote was rigged.',
    pred: 'said', source: 'The former mayor and state senator' },
  { name: 'a clause before "and" is not part of the subject', text: 'The mill cut 300 jobs and workers said the town would suffer.',
    pred: 'said', source: 'workers' },
  { name: 'study by two institutions', text: 'A 2019 study by Yale and the University of Oslo found that the drug worked.',
    pred: 'found', source: 'A 2019 study by Yale and the University of Oslo' },
  { name: 'age apposition before the verb', text: '"I never missed a shift," Ms. Adeyemi, 74, said.',
    pred: 'said', source: 'Adeyemi', phrase: 'Ms. Adeyemi, 74' },
  { name: 'age apposition after an inverted verb', text: '"We want answers," said Lars Holm, 31.',
    pred: 'said', source: 'Lars Holm', phrase: 'Lars Holm, 31' },
  { name: 'an "of" apposition after an inverted verb', text: '"It is a blessing," said the Rev. Ada Moss, of Grace Chapel.',
    pred: 'said', source: 'Ada Moss', phrase: 'the Rev. Ada Moss, of Grace Chapel' },
  { name: 'a manner phrase after the apposition stays out', text: '"The case is closed," said Sen. Ira Kwan, the chair of the panel, in a statement.',
    pred: 'said', source: 'Ira Kwan', phrase: 'Sen. Ira Kwan, the chair of the panel' },
  { name: 'a time adjunct after a passive agent stays out', text: 'The curfew was first proposed by Mayor Ruth Ellis in the 1990s.',
    pred: 'was first proposed', source: 'Ruth Ellis', phrase: 'Mayor Ruth Ellis' },
  { name: '"her" before a noun is a determiner', text: 'According to her diary, the general left the city at dawn.',
    pred: 'According to', source: 'her', phrase: 'her diary' },
  { name: 'a relative pronoun is the phrase, the antecedent the source', text: 'The plan was opposed by Mina Park, who said it would close two clinics.',
    pred: 'said', source: 'Mina Park', phrase: 'who' },
  { name: 'apposition of a trailing "according to" source', text: 'Rents rose 9 percent, according to a survey by Omar Haddad, an economist at the housing agency.',
    pred: 'according to', source: 'a survey by Omar Haddad', phrase: 'a survey by Omar Haddad, an economist at the housing agency' },
  { name: 'an uncapitalized article mid-sentence is no sentence start', text: 'A report in the Daily Ledger said the port would close.',
    pred: 'said', source: 'A report in the Daily Ledger' },
  { name: 'a "which" clause on the appositive noun stays out', text: 'Nadia Rahm, president of the nurses union, which represents 9,000 workers, said the strike would go on.',
    pred: 'said', source: 'Nadia Rahm', phrase: 'Nadia Rahm, president of the nurses union' },
  { name: 'a "who" clause on the person after an inverted apposition', text: '"It was a bad deal," said Omar Pike, a lawyer for the town, who has fought the mine for years.',
    pred: 'said', source: 'Omar Pike', phrase: 'Omar Pike, a lawyer for the town, who has fought the mine for years' },
  { name: 'a surname that is also a modal', text: 'Prime Minister Theresa May said this week that the talks would resume.',
    pred: 'said', source: 'Theresa May', phrase: 'Prime Minister Theresa May' },
  { name: 'a modifier compromise reads as a verb', text: '"We will find who did this," Dayton police Chief Ray Olsen said Monday.',
    pred: 'said', source: 'Ray Olsen', phrase: 'Dayton police Chief Ray Olsen' },
  { name: 'a role, then the name in commas', text: 'A lawyer for the families, Dora Quist, said the settlement was fair.',
    pred: 'said', source: 'Dora Quist', phrase: 'A lawyer for the families, Dora Quist' },
  { name: 'citing a reason: the source is the speaker', text: 'The policy has failed, Senator Ruth Amos said on Friday, citing the rise in overdose deaths.',
    pred: 'citing', source: 'Ruth Amos' },
  { name: 'citing people: they are the source', text: 'The talks stalled, the newspaper reported, citing two executives at the firm.',
    pred: 'citing', source: 'two executives at the firm' },
  { name: 'a relative clause and a year in the apposition before the verb', text: 'Lea Stroud, a former aide who traveled with her to Peru in 2014, said the visit went well.',
    pred: 'said', source: 'Lea Stroud', phrase: 'Lea Stroud, a former aide who traveled with her to Peru in 2014' },
  { name: 'a bare role as apposition after an inverted verb', text: '"The demand is not met," says Hugo Brandt, founder and chief of a veterans charity.',
    pred: 'says', source: 'Hugo Brandt', phrase: 'Hugo Brandt, founder and chief of a veterans charity' },
  { name: 'a possessive role, then a name compromise does not know', text: 'The insurer lost money. Its chief executive, Ngozi Adebayo-Ferreira, said costs would fall.',
    pred: 'said', source: 'Ngozi Adebayo-Ferreira', phrase: 'Its chief executive, Ngozi Adebayo-Ferreira' },
  { name: 'a hyphenated role before an unknown name', text: 'His court-appointed lawyer, Tariq Venkataswamy, said he would appeal.',
    pred: 'said', source: 'Tariq Venkataswamy', phrase: 'His court-appointed lawyer, Tariq Venkataswamy' },
  { name: 'a role and an unknown name before "told"', text: 'Its spokesman, Arkady Veselinov, told the agency that the claim was false.',
    pred: 'told', source: 'Arkady Veselinov', phrase: 'Its spokesman, Arkady Veselinov' },
  { name: 'a capitalized role, then the name in commas', text: 'The Greens transport spokesman, Tim Hallworth, said the tunnel was late.',
    pred: 'said', source: 'Tim Hallworth', phrase: 'The Greens transport spokesman, Tim Hallworth' },
  { name: "an owner's role, then the name in commas", text: "Clearwell's chief executive, Raymond Voskuijl, denied the claims.",
    pred: 'denied', source: 'Raymond Voskuijl' },
  { name: 'a relative clause in commas after a common noun', text: 'The official, who asked not to be named, said the plant would close.',
    pred: 'said', source: 'The official' },
  { name: 'a partitive with a relative clause in commas', text: 'One of the people, who spoke on condition of anonymity, said the board knew.',
    pred: 'said', source: 'One of the people' },
  { name: 'a date ending a relative clause is not the subject', text: 'A lab technician who worked at the plant until early 2020 said the tests were skipped.',
    pred: 'said', source: 'A lab technician who worked at the plant until early 2020' },
  { name: 'an opening place, a name and its apposition', text: 'In Leeds, Sir Graham Pettigrew, the MP for Harrogate, said the plan was flawed.',
    pred: 'said', source: 'Graham Pettigrew' },
  { name: 'a past participle with its agent in commas', text: 'Analysts at Jefferies, led by Kareem Osei, said demand was weak.',
    pred: 'said', source: 'Analysts at Jefferies' },
  { name: 'a document noun compromise reads as a verb', text: 'Waits rose 9%, according to figures published by the National Audit Office.',
    pred: 'according to', source: 'figures published by the National Audit Office' },
  { name: 'a role the tagger reads as an honorific, then the name in commas', text: 'Its director general, Wolfgang Brenner, said the group had asked for more time.',
    pred: 'said', source: 'Wolfgang Brenner' },
  { name: 'two relative clauses, the second after a comma and "and"', text: 'A worker who was on shift at the time, and who asked not to be named, said an alarm had sounded.',
    pred: 'said', source: 'A worker' },
  { name: 'a role, then a name with an Arabic article in commas', text: "Lebanon's caretaker prime minister, Nabil al-Khatib, condemned the strike.",
    pred: 'condemned', source: 'Nabil al-Khatib' },
  { name: 'an accented first name before two surnames', text: 'Ángel Huanca Choque said the tender was rigged.',
    pred: 'said', source: 'Ángel Huanca Choque' },
  { name: 'a lower-case particle inside a name', text: 'Joost van Wijngaarden, a hydrologist at the University of Utrecht, said the dike would hold.',
    pred: 'said', source: 'Joost van Wijngaarden', phrase: 'Joost van Wijngaarden, a hydrologist at the University of Utrecht' },
  { name: "a plural possessive inside an organization's name", text: "The Millbrook Tenants' Association said in a letter that rents had doubled.",
    pred: 'said', source: "Millbrook Tenants' Association" },
  { name: 'a passive agent ends before a clause of its own', text: 'The idea was echoed by several economists we interviewed this week.',
    pred: 'was echoed', source: 'several economists' },
  { name: 'a reason clause in commas between the subject and the verb',
    text: 'A second juror, a man who gave only his first name, Tobias, because he feared being recognized, said the deliberations were tense.',
    pred: 'said', source: 'Tobias' },
  { name: 'a participle read as a noun, its phrase ending in a place adverb', text: 'A spokesman for the union representing drivers there said no one had been consulted.',
    pred: 'said', source: 'A spokesman for the union representing drivers there' },
  { name: 'an opening "according to" takes the phrase up to its comma',
    text: 'According to a poll of about 900 parents conducted for the school board, most families favor a later start.',
    pred: 'According to', source: 'a poll of about 900 parents conducted for the school board' },
  { name: 'an opening "according to" with no comma stops before the clause', text: 'According to Marsh the vote failed, and the council adjourned.', pred: 'According to', source: 'Marsh' },
];

function check(rows: Row[]): void {
  for (const row of rows) {
    it(row.name, () => {
      const found = run(row.text);
      const a = found.find((x) => x.predicate.text === row.pred);
      assert.ok(a, `no attribution with predicate "${row.pred}" in ${JSON.stringify(found.map((x) => x.predicate.text))}`);
      assert.equal(a.source?.text ?? null, row.source, 'source');
      if (row.phrase !== undefined) assert.equal(a.sourcePhrase?.text ?? null, row.phrase, 'sourcePhrase');
      if (a.source && a.sourcePhrase && !/^(?:who|which|that)$/i.test(a.sourcePhrase.text)) {
        assert.ok(a.sourcePhrase.start <= a.source.start && a.source.end <= a.sourcePhrase.end, 'the name lies inside the phrase');
      }
    });
  }
}

describe('source phrase (the whole noun phrase around the name)', () => check(phraseRows));
describe('source fixes (possessives, coordination, apposition, agents, relatives)', () => check(fixRows));
