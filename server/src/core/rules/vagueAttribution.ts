import { VAGUE_COLLECTIVE_HEADS } from '../model/rules-lexicon';
import { mergeSpans } from '../document';
import type { Diagnostic } from '../types';
import type { Rule } from './rule';
import { classify, describedBody, isQuantifiedCrowd, sourceCore, toldByNamed } from './sources';
import { isDemandOn, isOwnAction, putsQuestion } from './voice';
import { alternation, anyOverlap, attributionsInSentence, dedupe, diagnostic, inQuote, interviewTurns, isQuestion, matchSentences, q, textOf } from './util';
import type { RuleContext } from './rule';
import type { Attribution } from '../types';

const SAY = '(?:say|says|said|believe|believes|believed|think|thinks|thought|argue|argues|argued|claim|claims|claimed|contend|contend|contended|suggest|suggested|warn|warned|fear|feared|expect|expected|agree|agreed|worry|worried|predict|predicted|note|noted|point out|pointed out|insist|insisted|maintain|maintained)';
/** A predicate whose group states a claim or a view of its own ("said", "have long warned", "pointed out"). */
const CLAIM_PREDICATE = new RegExp(`(?:^|\\s)${SAY}$`, 'i');
const HEADS = VAGUE_COLLECTIVE_HEADS.filter((h) => !/^(?:some|many|others|most|several|research|studies|science|a study|surveys|the consensus|conventional wisdom)$/.test(h));
/** A crowd or generic authority right before its cue, with nothing that names it: "some analysts say". */
const CROWD = `\\b(?:(?:some|many|most|several|other|a number of|a lot of|plenty of|a growing number of|a few|certain)\\s+)?(?:(?:\\p{Ll}+)\\s+)?${alternation(HEADS)}\\s+(?:(?:have|had|also|long|widely|generally|often|increasingly|now)\\s+)*${SAY}\\b`;
const SOME_SAY = `\\b(?:some|many|others|most)\\s+(?:(?:have|had|also|long|widely|would)\\s+)*${SAY}\\b`;
const AUTHORITY = '\\b(?:(?:new|recent|some|many|several|most|other)\\s+)*(?:research|studies|a study|one study|science|surveys|scientists|experts)\\s+(?:(?:has|have|had|also|long|consistently)\\s+)*(?:shows?|showed|shown|suggests?|suggested|says?|finds?|found|indicates?|indicated|proves?|proved|proven)\\b';

/** An unspecified collective or generic authority is the source: "some say", "experts believe", "research shows". */
export const vagueAttribution: Rule = {
  id: 'vague-attribution',
  summary: 'An unspecified collective or generic authority is the source.',
  defaultSeverity: 'warning',
  check(context) {
    const out: Diagnostic[] = [];
    for (const a of context.attributions) {
      if (!a.source || isOwnAction(context, a) || isDemandOn(a) || membersNamed(context, a)) continue;
      // ("A union representing some of the workers": one body, described by whom it stands for; the crowd is not the source.)
      if (describedBody(context, a)) continue;
      const unnamed = classify(context, a);
      // "Some diplomats in Brussels believe": anonymous, and a vague crowd as well.
      if (unnamed && unnamed !== 'collective' && isQuantifiedCrowd(context, a) && !inQuote(context, a.source)) {
        out.push(diagnostic('vague-attribution', a.cue, 'warning', `Vague attribution: ${q(textOf(context, sourceCore(context, a)))} does not say who, or how many`));
        continue;
      }
      if (unnamed !== 'collective') continue;
      // ("Ann Burke said traders had backed the stalls but wanted lower rents": inside what a named source says, what a
      // crowd wants or does is that source's account; "Quinn said economists say …" is still her vague appeal.)
      if (inQuote(context, a.source) || toldByNamed(context, a) && !CLAIM_PREDICATE.test(a.predicate.text.trim())) continue;
      // ("PRESENTER: Critics say you are moving too slowly.": an interviewer puts what others say to the guest; the
      // story rests nothing on it.)
      if (interviewTurns(context)[context.document.sentences[a.sentence]?.paragraph ?? -1] === 'question') continue;
      // "People who say the bridge is safe have not crossed it", "Anyone who says otherwise was not there": a group
      // opening the sentence, described by what it says in a relative clause, is what the sentence is about, not where
      // its claim comes from ("there are some economists who argue that …" still rests a view on them).
      const sentence = context.document.sentences[a.sentence];
      if (/^\s+who\s+$/i.test(context.document.text.slice(a.source.end, a.predicate.start))
        && /^[\s"“‘'(]*$/.test(context.document.text.slice(sentence.start, a.source.start))) continue;
      // "The experts", "these critics": a group the article has already introduced.
      // ("a project both governments said would …": both of the ones named.)
      // (The source may leave its "both" before it: "…, both unions said".)
      if (/^(?:the|these|those|such)\s|(?:^|\s)(?:both|each)\s+\S+$/i.test(textOf(context, a.source))
        || /\b(?:both|each)\s+$/i.test(context.document.text.slice(Math.max(0, a.source.start - 6), a.source.start))) continue;
      if (memberNamedNext(context, a) || studyAuthors(context, a) || ballotResult(context, a)) continue;
      // ("Lawmakers also asked whether the deals required …": a question put, no view stated.)
      if (putsQuestion(context, a)) continue;
      // ("95 retired generals and admirals -- most of whom had announced their support -- who cited …": part of the group
      // just named, by a relative pronoun.)
      if (/^(?:most|some|many|all|several|none|few|each|both|half|one|two|three|four|five)\s+of\s+(?:whom|which)$/i.test(textOf(context, a.source).trim())) continue;
      out.push(diagnostic(
        'vague-attribution', a.source, 'warning',
        `Vague attribution: ${q(textOf(context, a.source))} does not say who`,
      ));
    }
    // Constructions the attribution engine may not turn into attributions ("some say").
    const taken = mergeSpans(context.attributions.flatMap((a) => (a.source ? [a.source, a.cue] : [a.cue])));
    for (const pattern of [CROWD, SOME_SAY, AUTHORITY]) {
      for (const m of matchSentences(context, pattern, 'giu')) {
        const verb = /\s(\S+)$/.exec(m.match[0]);
        const sourceEnd = verb ? m.end - verb[1].length - 1 : m.end;
        const span = { start: m.start, end: sourceEnd };
        if (anyOverlap(taken, span) || inQuote(context, span) || isQuestion(context, m.sentence)) continue;
        // "Morgan Stanley analysts say": a name right before the crowd names it.
        const previous = /([\p{L}.'’-]+)\s+$/u.exec(context.document.text.slice(Math.max(m.sentence.start, m.start - 40), m.start));
        if (previous && /^\p{Lu}/u.test(previous[1]) && m.start !== m.sentence.start) continue;
        const after = context.document.text.slice(m.end, m.end + 40);
        if (/^\s+(?:at|from|with|of)\s+\p{Lu}/u.test(after)) continue;
        out.push(diagnostic(
          'vague-attribution', span, 'warning', `Vague attribution: ${q(textOf(context, span))} does not say who`,
        ));
      }
    }
    return dedupe(out);
  },
};

/**
 * "…, according to a study published on Wednesday that researchers said could lead to new treatments", "A survey
 * of 2,000 nurses found … The researchers said": researchers or authors in the sentence of a study, or right after
 * it, are the study's own, identified by it.
 */
function studyAuthors(context: RuleContext, a: Attribution): boolean {
  if (!a.source || !/^(?:researchers|scientists|authors|investigators)$/i.test(textOf(context, a.source).trim())) return false;
  return [a.sentence, a.sentence - 1].some((s) => attributionsInSentence(context, s).some((x) => x !== a && x.sourceKind === 'document'));
}

/** Voters, members or shareholders as a body that votes. */
const ELECTORATE = /\b(?:voters|electors|electorate|shareholders|stockholders|members|delegates|residents|citizens|unionists|ratepayers)$/i;
/** What a vote does to a proposal or a candidate. */
const BALLOT_VERB = /^(?:(?:narrowly|overwhelmingly|decisively|comfortably|resoundingly|firmly|also|have|has|had)\s+)*(?:rejected|approved|backed|endorsed|voted|chose|elected|re-elected|ousted|returned|defeated|ratified|accepted)$/i;

/**
 * "Quebec voters narrowly rejected independence", "Shareholders approved the merger": a ballot's result, on the
 * record, with no view anyone states to the reader.
 */
function ballotResult(context: RuleContext, a: Attribution): boolean {
  return !!a.source && ELECTORATE.test(textOf(context, a.source).trim()) && BALLOT_VERB.test(textOf(context, a.predicate).trim())
    // (Not a claim rejected: "Many residents rejected claims that the river was safe".)
    && !/^\s*(?:the\s+|any\s+)?(?:that|claims?|reports?|allegations?|suggestions?|accusations?|charges?|idea|notion|view|argument|criticism)\b/i.test(context.document.text.slice(a.predicate.end, a.predicate.end + 24));
}

/**
 * "Proponents, including the United States Conference of Mayors, have urged …", "many tax experts, including Mr.
 * Goldberg, have pointed out …": the aside names members of the group, who stand behind what it says.
 */
function membersNamed(context: RuleContext, a: Attribution): boolean {
  if (!a.source) return false;
  const aside = context.document.text.slice(a.source.end, Math.max(a.source.end, a.predicate.start));
  return /^\s*[,(—–-]\s*(?:including|such\s+as|among\s+them|notably)\s+(?:the\s+)?(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov)\.?\s+)?\p{Lu}/u.test(aside);
}

/**
 * "Patients' groups welcomed the inquiry. Claire Rennard of the Patients Association said …", "Analysts said the
 * impact would be limited. "…," said Katia Marchenko, an analyst at Fjordline Securities": the next sentence names
 * one of the group, with where they belong, so the reader is told who speaks for it. Not a crowd with a vague amount
 * ("Some analysts say"), nor a named person set against it ("But Smith, of the ministry, said").
 */
function memberNamedNext(context: RuleContext, a: Attribution): boolean {
  if (!a.source || /^(?:some|many|most|several|other|a number of|a few|certain)\s/i.test(textOf(context, a.source))) return false;
  // A group that states something ("Residents said the water tasted odd") needs the member's body named; one
  // described only as a person ("Tomas Berg, a retired teacher, said") may not be one of those who said it.
  const claim = CLAIM_PREDICATE.test(textOf(context, a.predicate));
  const next = context.document.sentences[a.sentence + 1];
  if (!next || /^\W*(?:but|however|yet|still|meanwhile|by contrast|in contrast|others?)\b/i.test(context.document.text.slice(next.start, next.end))) return false;
  const text = context.document.text;
  // A crowd of people, not of bodies, is answered by one of them described as a person: "Others welcomed the decision.
  // Priya Raman, a nurse who commutes from the east side, said …". Groups, unions or firms need a body named.
  const people = !/\b(?:groups|agencies|organi[sz]ations|companies|firms|banks|charities|ngos|unions|governments)$/i.test(textOf(context, a.source).trim());
  // (Where they belong may come before the role: "Alzheimer's Disease Association Singapore chief executive Jason
  // Foo said"; or after the name with no article: "said Monica Duhon, founder of the group Protect Louisiana Kids".)
  return attributionsInSentence(context, a.sentence + 1).some((x) => x.source && x.sourceKind === 'named-person' && !!x.sourceEntity
    && (/\s(?:of|at|from)\s+(?:the\s+)?\p{Lu}/u.test(textOf(context, x.source))
      || /\p{Lu}[\p{L}'’.-]*\s+(?:\p{Ll}[\p{Ll}-]*\s+){1,3}(?:\p{Lu}[\p{L}'’.-]*\s+){1,3}$/u.test(text.slice(Math.max(0, (x.sourcePhrase ?? x.source).start), x.source.end).replace(/\S+$/, ''))
      || /^,\s+(?:(?:a|an|the)\s+)?[^,.;]*?\b(?:of|at|from|with|for)\s+(?:the\s+)?\p{Lu}/u.test(text.slice(x.source.end, x.source.end + 120))
      // (Or with the body's possessive: "says Ingrid Lund, Nordvik's chief financial officer".)
      || /^,\s+\p{Lu}[\p{L}.&-]*(?:\s+\p{Lu}[\p{L}.&-]*){0,3}['’]s?\s+\p{Ll}/u.test(text.slice(x.source.end, x.source.end + 120))
      || (people && !claim && /^,\s+(?:a|an)\s+\p{Ll}[^,.;]*,/u.test(text.slice(x.source.end, x.source.end + 120)))));
}
