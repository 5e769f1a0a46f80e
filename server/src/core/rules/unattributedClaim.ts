import {
  BACKGROUND_MARKERS, CONSEQUENTIAL_ACTIONS, FIRST_PERSON, REPORTING_PROCESS, INTENTION_PATTERNS, MONEY_PATTERN, NON_CLAIM_LINES, PUBLIC_RECORD,
} from '../model/rules-lexicon';
import { inVerbChunk, type Term } from '../nlp';
import type { Diagnostic, Sentence, Span } from '../types';
import { firstEntityOverlapping } from '../entities/lookup';
import type { Rule, RuleContext } from './rule';
import {
  HEARSAY_ADVERB, HEARSAY_PHRASE, HEDGE, PASSIVE_ACCUSATION, PASSIVE_DENIAL, PASSIVE_IT_CLEFT, PASSIVE_RAISING, PASSIVE_WIDELY, SCHEDULED_RELEASE,
} from './patterns';
import {
  alternation, attributionsInSentence, boilerplateParagraphs, diagnostic, inQuote, interviewTurns, isHeadingLike, sentencesPerParagraph, isQuestion, overlaps, q, sentenceProse, termsIn, trimPunctuation,
  yearOf,
  isPressRelease, isIssuersOwnReport, perContext, introducesInterviewee,
} from './util';
import { isAttributedSentence, isIntentionClaim, isOwnAction, quotesBySentence } from './voice';
import { STUDY_TEAM } from './sources';

const MONEY = new RegExp(MONEY_PATTERN, 'gi');
const PERCENT = /\b\d[\d,.]*\s?(?:%|percent\b|per cent\b|percentage points?\b)/gi;
/** Counts like "two women" or "five minutes" are scene-setting; "thousands", "millions" are claims. */
const LARGE_NUMBER_WORD = /^(?:dozens|hundreds|thousands|millions|billions|trillions|tens of thousands)$/i;
const INTENTION = new RegExp(`\\b${alternation(INTENTION_PATTERNS)}\\b`, 'i');
const BACKGROUND = new RegExp(BACKGROUND_MARKERS, 'i');
/** The team of the study a story reports, said back: "The researchers, from …", "The study's authors", "The team". */
const THE_STUDY_TEAM = /^\s*The\s+(?:(?:study|paper|trial)['’]s\s+)?(?:researchers|scientists|authors|investigators|research\s+team|team)\b(?!\s+(?:at|from|of)\s+\p{Ll})/u;
const NON_CLAIM = new RegExp(NON_CLAIM_LINES, 'i');
const FIRST_PERSON_RE = new RegExp(FIRST_PERSON);
/** Markers that another rule owns: a sentence with one is that rule's finding, not an unattributed claim. */
const OWNED = [HEARSAY_ADVERB, HEARSAY_PHRASE, PASSIVE_IT_CLEFT, PASSIVE_RAISING, PASSIVE_ACCUSATION, PASSIVE_DENIAL, PASSIVE_WIDELY]
  .map((p) => new RegExp(p, 'i'));
const HEDGE_RE = new RegExp(HEDGE);
const CONSEQUENTIAL = new RegExp(`\\b${alternation(CONSEQUENTIAL_ACTIONS)}\\b`, 'i');
const PROCESS = new RegExp(REPORTING_PROCESS, 'i');
const RECORD = new RegExp(PUBLIC_RECORD, 'i');
/** "would save Ford $2 billion": a forecast of consequences. "will be held in April" is a schedule, left to the verb. */
const PREDICTION = /^(?:would)$/i;
const INTRO = /^(?:while|when|whereas|although|though|after|before|since|as|if|because|under|in|on|at|during|despite|back|however|meanwhile|nevertheless|nonetheless|still|also|earlier|later|last|this|by|with|without|for|from|amid|following|according|until|once|unlike|like|besides|instead|separately|additionally|moreover|but|and|yet|so)$/i;
/** A sentence whose subject is the study, survey or report the story is about. */
const DOCUMENT_SUBJECT = /^(?:(?:[^,]|,(?=\d)){1,140},\s+)?(?:the|this|that|its|their|our)\s+(?:[\w/&.'’-]+\s+){0,4}?(?:study|survey|poll|analysis|paper|trial|review|audit|research|report|brief)\b(?:,[^,]{1,80},)?\s+(?!(?:was|were|is|are|has been|have been)\s+(?:criticized|criticised|disputed|challenged|questioned|rejected|withdrawn|retracted)\b)/i;
/**
 * "Under the settlement, …", "Under the terms of the contract, …", "Under court rules, …": the sentence tells what a
 * document it names says.
 */
const UNDER_DOCUMENT = /^\s*Under\s+(?:the\s+terms\s+of\s+)?(?:(?:the|that|this|its|their|his|her|a|an|court|state|federal|current|existing|new|proposed|(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w'’-]*['’]s)\s+)?(?:[\w'’-]+\s+){0,3}?(?:settlement|agreement|deal|contract|law|laws|rules?|bill|plan|proposal|order|ruling|terms|policy|legislation|statute|act|guidelines|regulations?|treaty|accord|constitution|code|lease|licen[cs]e|charter|bylaws|will)\b[^,]{0,40},/i;
/** A named party's published plan as the subject: "Mrs. Clinton's plan would also cap deductions at 28 percent". */
const OWNED_PLAN_SUBJECT = /^(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w'’-]*['’]s?\s+(?:[\w-]+\s+){0,2}?(?:plan|proposal|proposals|budget|manifesto|platform|blueprint|bill|legislation)\s+(?:would|will|also|calls|includes|sets|proposes|aims)\b/;
/**
 * What a published budget or plan the story has named holds, told by "the": "The budget includes $120 million for the
 * tunnel", "The plan also sets aside $40 million" (its contents, read in it; not what it "would" do).
 */
const PLAN_CONTENTS = /^(?:the|its|their|this|that)\s+(?:[\w'’-]+\s+){0,2}?(?:budget|plan|proposal|package|estimates|bill)\s+(?:also\s+)?(?:includes|included|contains|contained|sets\s+aside|set\s+aside|allocates|allocated|earmarks|earmarked|provides\s+for|provided\s+for)\b/i;

/** The text of a law, a bill or a ruling as the subject: "The legislation filed in February would require …". */
const LEGAL_TEXT_SUBJECT = /^(?:(?:[^,]|,(?=\d)){1,80},\s+)?(?:the|this|that|its|their|a|an)\s+(?:[\w'’-]+\s+){0,2}?(?:legislation|bill|law|measure|ordinance|regulation|regulations|rule|rules|guidance|guidelines|statute|amendment|treaty|directive|settlement|consent\s+decree|court\s+order)\b/i;
/**
 * A figure someone "puts" a quantity at ("The ministry put the national wheat crop at 5.9 million tonnes", "analysts
 * peg the loss at about $200 million"): their estimate, not the author's claim. (Not a passive, "the damage was put
 * at $3 million", which names no one.)
 */
const PUT_AT = /(?<!\b(?:was|were|is|are|be|been|being)\s+)\b(?:put|puts|putting|peg|pegs|pegged|pegging)\s+(?!(?:on|off|up|out|down|in|forward|aside|away|back)\b)[^.;:]{1,80}?\bat\s+(?:(?:about|around|roughly|nearly|almost|some|just|over|under|below|above|more\s+than|less\s+than|up\s+to)\s+)*$/i;

/**
 * A figure given as a named body's estimate, forecast or data ("the IMF's estimate of global growth at 3.1 percent",
 * "Eurostat's figures of 2.4 percent"): the body is its source.
 */
/** A forecast or a target someone revises to a figure: "has downgraded the budget surplus forecast to $5 billion". */
const REVISED_TO = /\b(?:downgrad|upgrad|revis|rais|lower|cut|trimm|lift|increas|reduc)(?:ed|es|e|ing|s)?\s+(?:(?:the|its|his|her|their|this|next|[\p{L}]+['’]s)\s+)?(?:[\p{L}-]+\s+){0,4}?(?:forecasts?|estimates?|projections?|guidance|outlook|targets?)\s+(?:for\s+[^.;:]{1,30}?\s+)?(?:to|at)\s+(?:(?:about|around|roughly|nearly|almost|some|just|over|under|below|above|more\s+than|less\s+than)\s+)*$/iu;
const NAMED_ESTIMATE = /(?:\p{Lu}[\p{L}.&-]*|the\s+[a-z]+)['’]s?\s+(?:[\p{L}-]+\s+){0,2}?(?:estimates?|forecasts?|projections?|figures?|data|count|tally|outlook|guidance)\b[^.;:]{0,60}?\b(?:at|of|to|from|as)\s+(?:(?:about|around|roughly|nearly|almost|some|just|over|under|below|above|more\s+than|less\s+than)\s+)*$/u;

/**
 * The frame of a life or an event, not a claim anyone vouches for: an age ("now 72", "aged 74", "at 68", "turned
 * 100", "in his 70s"), a span of a life or a career ("his wife of 63 years", "for 31 years"), the family left behind
 * ("nine grandchildren"), a street address ("24 Akbar Road"), the hours of a notice ("from 6 to 8 p.m.").
 */
const FRAME_BEFORE = /\b(?:now|aged|age|ages|at|turned|turns|turning|reached|reaching)\s+$/i;
const FRAME_AFTER = /^(?:s\b|\s+(?:years?|decades?)\b(?!\s+(?:ago|earlier|later|before|after))|\s+(?:grandchildren|great-grandchildren|great-great-grandchildren|children|siblings|sons|daughters|brothers|sisters|stepchildren|nieces|nephews)\b|\s+(?:[A-Z][\w'’-]*\s+){1,3}(?:Road|Street|St|Avenue|Ave|Lane|Drive|Boulevard|Blvd|Way|Place|Square|Court|Terrace|Crescent|Close|Marg|Nagar)\b|\s*(?:to|and|-|–)\s*\d{1,2}(?::\d\d)?\s*(?:a\.?m\.?|p\.?m\.?|noon|midnight)|\s*(?:a\.?m\.?|p\.?m\.?)(?=\W|$))/;
const FRAME_YEARS_BEFORE = /\b(?:of|in\s+(?:his|her|their))\s+$/i;

const COPULA = new Set(['is', 'was', 'are', 'were', 'be', 'been', 'being', "'s", 'remains', 'remained', 'become', 'becomes', 'became', 'seems', 'seemed', 'has', 'have', 'had']);

/** A telephone number: groups of digits joined by spaces, hyphens or dots (8 digits or more), or a keyword number's digits in brackets. */
const PHONE = /(?<![\d.,$€£])(?:\+?\d{1,3}[\s.-])?\(?\d{2,5}\)?[\s.-]\d{3,8}(?:[\s.-]\d{3,4})?(?![\d%])|[A-Z]{3,5}\s*\(\d{4}\)/g;

function isPhoneNumber(text: string): boolean {
  for (const m of text.matchAll(PHONE)) if (/^[A-Z]/.test(m[0]) || m[0].replace(/\D/g, '').length >= 8) return true;
  return false;
}

/** Speech verbs that, negated, report a source's refusal to speak ("would not confirm", "did not comment"). */
const DECLINE_TO_SPEAK = /^(?:confirm|comment|respond|reply|answer|say|discuss|elaborate|disclose|specify|speculate)(?:s|ed)?$/;

/** A poll, a survey or a report named inside the sentence as where its figure is: "in the last poll", "in the 2021 census". */
const IN_DOCUMENT = /\b(?:in|from)\s+(?:the|this|that|its|their)\s+(?:(?:last|latest|previous|new|same|recent|earlier|current|most\s+recent|\d{4}|\p{Lu}[\w/&.'’-]*)\s+){0,4}(?:poll|survey|census|audit)\b/u;

/** Up to 30 characters of the sentence before a term. */
function lead30(context: RuleContext, sentence: Sentence, t: Term): string {
  return context.document.text.slice(Math.max(sentence.start, t.start - 30), t.start);
}

/** Words before "plans" that make it a noun: a determiner, a possessive, a verb's particle ("dialing back plans"). */
const NOUN_BEFORE = /\b(?:his|her|its|their|our|the|these|those|any|new|revised|initial|earlier|back|up|out|of|about|scrapped|unveiled|announced|shelved|dropped|abandoned|outlined)\s+$/i;

/** A body's verdict or forecast ("The Associated Press projected Harmon the winner", "PolitiFact rated the claim False"). */
const VERDICT = /^(?:project|projects|projected|rate|rates|rated|forecast|forecasts|forecasted)$/;

type Signal = { kind: 'money' | 'figure' | 'intention' | 'action' | 'public-action' | 'record'; span: Span };

/** A quantity that is not a date: "$2 billion", "51%", "two other automakers". */
function figure(context: RuleContext, sentence: Sentence, terms: Term[]): Signal | null {
  const text = sentenceProse(context, sentence);
  // ("hold the IMF's estimate of global growth at 3.1 percent", "the ministry put the crop at 5.9 million tonnes": the
  // figure is the named body's, said in its estimate.)
  // ("Treasurer Josh Frydenberg has downgraded the budget surplus forecast to $5 billion": a named actor's own forecast, revised.)
  const namedSubject = () => firstEntityOverlapping(context.entities, { start: sentence.start, end: sentence.start + 40 },
    (e, m) => e.type !== 'place' && m.start >= sentence.start) !== undefined;
  const owned = (offset: number) => {
    const before = context.document.prose.slice(Math.max(sentence.start, offset - 90), offset);
    return NAMED_ESTIMATE.test(before) || PUT_AT.test(before) || REVISED_TO.test(before) && namedSubject();
  };
  const free = (re: RegExp): Span | null => {
    for (const m of text.matchAll(re)) {
      const start = sentence.start + (m.index ?? 0);
      if (!owned(start)) return { start, end: start + m[0].length };
    }
    return null;
  };
  const money = free(MONEY);
  if (money) return { kind: 'money', span: money };
  const percent = free(PERCENT);
  if (percent) return { kind: 'figure', span: percent };
  const dates = context.dates.filter((d) => d.sentence === sentence.index);
  // ("Dolores Fenwick ran the children's room for 31 years": the length of a named person's own career.)
  const personSubject = () => firstEntityOverlapping(context.entities, { start: sentence.start, end: sentence.start + 5 },
    (e, m) => e.type === 'person' && m.start >= sentence.start) !== undefined;
  for (const t of terms) {
    if (!t.tags.has('Value') || t.tags.has('Ordinal') || t.tags.has('Date') || t.tags.has('Year')) continue;
    if (dates.some((d) => overlaps(d, t))) continue;
    if (/^(?:one|a|an|zero|once|single)$/i.test(t.normal)) continue;
    // "3. **Fees are the main reason.**": a list item's number.
    if (/^\d{1,3}$/.test(t.text) && /^\s*(?:[-*+•]\s+)?$/.test(context.document.text.slice(sentence.start, t.start)) && /^[.)]\s/.test(context.document.text.slice(t.end, t.end + 2))) continue;
    // "[^1]", "[12]": a footnote's or a citation's number.
    if (/\[\^?$/.test(context.document.text.slice(Math.max(sentence.start, t.start - 2), t.start)) && context.document.text[t.end] === ']') continue;
    if (/^(?:1[5-9]|20)\d\d'?s?$/.test(t.text.replace(/[,.;:]$/, ''))) continue; // a year or a decade
    // An age in apposition ("Crutcher, 40,") or a clock time is not a figure anyone vouches for.
    if (/^\d{1,3}$/.test(t.text) && /,\s*$/.test(context.document.text.slice(t.start - 2, t.start)) && /^[,\s]*(?:[,—–-]|$)/.test(t.post)) continue;
    // ("a sister, Astrid Lind, 91.": one that ends the sentence follows the name it gives the age of.)
    if (/^\d{1,3}[.;]?$/.test(t.text) && /\p{Lu}[\p{L}'’-]*,\s*$/u.test(context.document.text.slice(Math.max(sentence.start, t.start - 30), t.start))
      && /^[.;]?\s*$/.test(context.document.text.slice(t.end, sentence.end))) continue;
    // ("individuals ages 55 to 65": the top of an age range.)
    if (/\bage[sd]?\s+\d{1,3}\s*(?:to|and|-|–)\s*$/i.test(context.document.text.slice(Math.max(sentence.start, t.start - 16), t.start))) continue;
    // "27 and 29 years old": an age.
    if (/^\s+(?:years?|months?|weeks?)\s+old\b/i.test(context.document.text.slice(t.end, t.end + 16))) continue;
    // "a 22-year-old man", "a 7-month-old", "a 40-year veteran": an age or a length of service.
    if (/^[-‐–]?\s*(?:years?|months?|weeks?|days?)[-‐–]\s*old\b|^[-‐–]\s*(?:year|month)\b/i.test(context.document.text.slice(t.end, t.end + 14))) continue;
    // "call 211", "dial 999", "a resident called 911": a service number; "COVID-19", "VRD-417": a number inside a name or a code.
    if (/\b(?:call(?:ed|ing|s)?|dial(?:l?ed|l?ing|s)?|text(?:ed|ing)?|phoned|telephoned|hotline|line|number)\s+$/i.test(context.document.text.slice(Math.max(sentence.start, t.start - 12), t.start))) continue;
    if (/[\p{L}][-‐]$/u.test(context.document.text.slice(Math.max(0, t.start - 2), t.start)) && /^\d+$/.test(t.text.replace(/[,.;:]$/, ''))) continue;
    // "0900 GMT": a clock time written in four digits before its time zone.
    if (/^\d{4}$/.test(t.text) && /^\s*\(?(?:GMT|UTC|Z|[ECMP][SD]T|BST|CET|CEST|IST|JST|AEST|AEDT)\b/.test(context.document.text.slice(t.end, t.end + 8))) continue;
    // "a 24-hour general strike", "a three-day visit": a duration that describes; "some 30 km from the border",
    // "80 nautical miles south of Lampedusa": where a place lies.
    if (/^[-‐–](?:hour|day|week|month|minute|second|night)s?\b/i.test(context.document.text.slice(t.end, t.end + 8))) continue;
    // ("a 46-page analysis", "a 12-member panel", "a 300-seat chamber": a size that describes the thing named.)
    if (/^[-‐–](?:page|member|strong|seat|bed|room|storey|story|floor|part|episode|acre|mile|kilometre|kilometer)\b/i.test(context.document.text.slice(t.end, t.end + 12))) continue;
    // ("The port city of Beira, home to 500,000 people", "a town of 8,000": the size of a place, told to set the scene.)
    if (/(?:\bhome\s+to|\b(?:a|the)\s+(?:[\w-]+\s+)?(?:city|town|village|country|nation|state|province|region|island|district|county|community|suburb)\s+of)\s+(?:about\s+|around\s+|some\s+|nearly\s+|roughly\s+|more\s+than\s+|over\s+|almost\s+|just\s+over\s+|fewer\s+than\s+)?$/i.test(lead30(context, sentence, t))
      && /^(?:\s+(?:million|billion))?\s*(?:people|residents|inhabitants|souls)?\s*(?:[,.;)—–-]|$)/i.test(context.document.text.slice(t.end, t.end + 24))) continue;
    // ("18- to 24-year-old male veterans": the bottom of an age range.)
    if (/^[-‐–]?\s+(?:to|and)\s+\d{1,3}[-‐–](?:year|month)s?[-‐–]olds?\b/i.test(context.document.text.slice(t.end, t.end + 24))) continue;
    if (/^\s*(?:km|kilometres?|kilometers?|miles?|nautical\s+miles?|metres?|meters?)\s+(?:\w+\s+)?(?:from|north|south|east|west|northeast|northwest|southeast|southwest|away|outside|off|inland|upstream|downstream)\b/i.test(context.document.text.slice(t.end, t.end + 40))) continue;
    // An age, a span of a life or a career, the family left behind, an address, the hours of a notice.
    const tail = context.document.text.slice(t.end, t.end + 40);
    const lead = context.document.text.slice(Math.max(sentence.start, t.start - 16), t.start);
    if (/^\d{1,3}$/.test(t.text.replace(/[,.;:]$/, '')) && (FRAME_BEFORE.test(lead) && !/^\s*(?:%|percent|per\s+cent)/i.test(tail)
      || /^\s+(?:years?|decades?)\b/.test(tail) && (FRAME_YEARS_BEFORE.test(lead) || /\bfor\s+$/i.test(lead) && personSubject())
      || FRAME_AFTER.test(tail) && !/^\s+(?:years?|decades?)\b/.test(tail))) continue;
    if (/^\d{1,2}:\d{2}/.test(t.text) || /^(?:a\.m\.|p\.m\.|am|pm)$/i.test(context.document.text.slice(t.end, t.end + 6).trim().split(/\s/)[0] ?? '')) continue;
    // "into his 80s", "few live beyond their 30s": a decade of a life; "Declan Moloney (41)": an age in brackets.
    if (/^\d0s$/.test(t.text.replace(/[,.;:]$/, '')) && /\b(?:his|her|their|my|our|your|its)\s+(?:early|mid|late|mid-)?\s*$/i.test(lead)) continue;
    if (/^\d{1,3}$/.test(t.text) && /\p{L}\s*\(\s*$/u.test(lead) && /^\s*\)/.test(tail)) continue;
    // A telephone number in an appeal ("on 1800 333 000", "at 416-808-7400", "416-222-TIPS (8477)").
    if (isPhoneNumber(context.document.text.slice(Math.max(sentence.start, t.start - 16), Math.min(sentence.end, t.end + 16)))) continue;
    // A number in a name ("Intermediate School 285", "Boeing 737") names; it does not count.
    const before = context.document.text.slice(Math.max(sentence.start, t.start - 30), t.start);
    if (/\p{Lu}[\p{L}.-]*\s+$/u.test(before) && /^\d+$/.test(t.text) && t.start !== sentence.start) continue;
    // ("data from the 45 and Up Study, one of …", "the 100 Club in Soho": a number that opens a name; "the 14 Democrats
    // in the Senate" counts people.)
    if (/\bthe\s+$/i.test(before) && /^\d+$/.test(t.text)
      && /^\s+(?:(?:and|&|of|for|plus)\s+)?(?:\p{Lu}[\p{L}'’-]*\s+){0,3}\p{Lu}[\p{L}'’-]*(?<!s)(?=[,.;:)]|\s+(?:in|of|at|on|for|and|to|is|was|has|had|which|that|who|found|shows?|showed)\b)/u.test(context.document.text.slice(t.end, t.end + 60))) continue;
    if (owned(t.start)) continue;
    if (/^\d/.test(t.text) || LARGE_NUMBER_WORD.test(t.text)) return { kind: 'figure', span: t };
  }
  return null;
}

/** The subject of the main clause names a person or organization, and the verb does something. */
function namedAction(context: RuleContext, terms: Term[]): Signal | null {
  let from = 0;
  if (terms.length > 0 && INTRO.test(terms[0].normal)) {
    const comma = terms.findIndex((t, i) => i < 20 && /,/.test(t.post));
    if (comma < 0) return null;
    from = comma + 1;
  }
  // A capitalized word followed by another is a name compromise took for a verb ("Northgate Bank").
  const verbAt = terms.findIndex((t, i) => i >= from && t.tags.has('Verb') && !t.tags.has('Adverb')
    && !t.tags.has('Gerund') && !t.tags.has('Negative') && inVerbChunk(t)
    && !(/^\p{Lu}/u.test(t.text) && /^\p{Lu}/u.test(terms[i + 1]?.text ?? '')));
  if (verbAt <= from) return null;
  const subject = terms.slice(from, verbAt);
  if (subject.some((t) => /[,;:]/.test(t.post))) return null; // an appositive or a list: not a plain subject
  const subjectSpan = { start: subject[0].start, end: subject[subject.length - 1].end };
  const entity = firstEntityOverlapping(context.entities, subjectSpan, (e) => e.type !== 'place');
  // (A name is capitalized: compromise may tag "blaze" a first name.)
  // (Nor is the name of a place the story knows after a preposition: "A hospital trust in Devon has apologised" names no
  // actor; "The U.S. spends …" does.)
  const tagged = subject.find((t, k) => /^\p{Lu}/u.test(t.text) && (t.tags.has('Person') || t.tags.has('Organization')
    || (t.tags.has('ProperNoun') && !t.tags.has('Place') && !t.tags.has('Date')))
    && !(subject.slice(0, k).some((x) => x.tags.has('Preposition')) && firstEntityOverlapping(context.entities, t, (e) => e.type === 'place')));
  if (!entity && !tagged) return null;
  // A copula or possession with no verb after it describes; it does not report an action.
  let v = verbAt;
  while (v < terms.length && (terms[v].tags.has('Auxiliary') || terms[v].tags.has('Modal') || terms[v].tags.has('Adverb') || terms[v].tags.has('Negative'))) v++;
  const main = terms[v] ?? terms[verbAt];
  if (COPULA.has(main.normal) && !(terms[v + 1]?.tags.has('Verb') && !terms[v + 1]?.tags.has('Adverb'))) return null;
  if (!main.tags.has('Verb')) return null;
  // ("A spokesman for Barclays would not confirm it", "did not comment on the report": a named source declining to
  // speak is its own non-statement, reported as such; it asserts nothing anyone else must vouch for.)
  if (terms.slice(verbAt, v).some((t) => t.tags.has('Negative') || /n['’]t$/.test(t.normal)) && DECLINE_TO_SPEAK.test(main.normal)) return null;
  // ("The Associated Press projected Harmon the winner": the verdict is the actor's own word, and the actor is named.)
  if (VERDICT.test(main.normal)) return null;
  // ("Analysts at Rabobank put the loss at about 200 million euros": an estimate, the actor's own word on a figure.)
  if (PUT_AT.test(context.document.text.slice(main.start, Math.min(main.end + 120, terms[terms.length - 1].end)).replace(/\s*(?:[$€£]|\d).*$/s, ' '))) return null;
  const span = { start: subjectSpan.start, end: main.end };
  // A forecast about a named actor, or a deal, talk or decision, is a claim someone must vouch for.
  const modal = terms.slice(verbAt, v).some((t) => PREDICTION.test(t.normal));
  const predicate = terms.slice(verbAt, Math.min(terms.length, v + 3)).map((t) => t.text).join(' ');
  return { kind: modal || CONSEQUENTIAL.test(predicate) ? 'action' : 'public-action', span };
}

/**
 * An answer in a Q&A ("A: The city needs 10,000 homes by 2030.", in a document whose questions are marked "Q:"):
 * the words of the person interviewed, attributed by the format itself.
 */
function isInterviewAnswer(context: RuleContext, sentence: Sentence): boolean {
  const turns = interviewTurns(context);
  return turns[sentence.paragraph] === 'answer' && turns.includes('question');
}

/** True when the sentence only recounts history: a background marker, or every date in it a year or more old. */
function isBackground(context: RuleContext, sentence: Sentence): boolean {
  const text = sentenceProse(context, sentence);
  if (BACKGROUND.test(text)) return true;
  const reference = context.published ?? latestDate(context);
  const refYear = yearOf(reference);
  if (refYear === null) return false;
  const refMonth = refYear * 12 + (Number(reference!.slice(5, 7)) || 12);
  const dates = context.dates.filter((d) => d.sentence === sentence.index && d.value && /^\d{4}/.test(d.value));
  const values = dates.length > 0
    ? dates.map((d) => d.value!)
    : [...text.matchAll(/\b(1[89]\d\d|20\d\d)\b/g)].map((m) => m[1]);
  if (values.length === 0) return false;
  return values.every((v) => {
    const y = Number(v.slice(0, 4));
    const mo = /^\d{4}-(\d{2})/.exec(v);
    const month = y * 12 + (mo ? Number(mo[1]) : 12);
    return refMonth - month >= 12;
  });
}

/**
 * A game's result with its score, told by a verb of winning or losing ("Leinster beat Munster 24-17", "a 3-1 win",
 * "won by six wickets"); not a vote or a ruling ("voted 5-2", "ruled 6-3"), which other stories report.
 */
const MATCH_RESULT = /\b(?:beat|beats|beaten|beating|defeated|defeats|drew|drawn|won|wins|lost|loses|edged|edge|thrashed|routed|tied|overcame|hammered|stunned|downed|crushed|thumped|held|saw\s+off|came\s+from\s+behind\s+to\s+beat)\b[^.;]{0,60}?(?<![\d/.-])\d{1,3}\s?[-–]\s?\d{1,3}(?![\d/.-]|\s?%|\s+per\s?cent\b|\s+percent\b)|(?<![\d/.-])\d{1,3}\s?[-–]\s?\d{1,3}\s+(?:win|victory|defeat|loss|draw|home\s+win|away\s+win)\b|\b(?:beat|beaten|won|wins|win|lost|loses|defeated)\b[^.;]{0,40}?\bby\s+(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|an\s+innings(?:\s+and\s+\d{1,3}\s+runs)?)\s+(?:wickets?|runs|strokes?|shots?|lengths?)\b|\b(?:beat|beaten|thrashed|defeated|hammered|edged|downed|routed|crushed|thumped)\b[^.;]{0,40}?\bby\s+(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:points|goals)\b|\b\d{1,2}\.\d{1,2}\s+\(\d{1,3}\)|\b(?:were|was|are|is|reached|made|posted|closed\s+on|finished\s+on|slumped\s+to|recovered\s+to)\s+\d{1,3}\s+for\s+\d{1,2}\b|\ball\s+out\s+for\s+\d{1,3}\b|\bat\s+stumps\b/i;

/**
 * A match report: its lead (the first sentences of the body) gives a game's result with the score, or a cricket day's
 * state ("India were 347 for 9", "at stumps"). The reporter watched
 * the game; the score, the minutes of the goals, the crowd and the coach's team changes are what the report saw, not
 * claims someone else must vouch for.
 */
const isMatchReport = perContext((context: RuleContext): boolean => {
  let seen = 0;
  for (const sentence of context.document.sentences) {
    if (isHeadingLike(context, sentence) || isTitleLine(context, sentence)) continue;
    // (Attributed by a cue found, not by a word that may be one: "India were 347 for 9 declared" declares an innings.)
    const attributed = context.attributions.some((a) => overlaps(a.cue, sentence) || !!a.content && overlaps(a.content, sentence));
    if (MATCH_RESULT.test(sentenceProse(context, sentence)) && !attributed) return true;
    if (++seen >= 2) return false;
  }
  return false;
});

/**
 * A first-person essay or memoir: three sentences in ten or more (five at least) speak as "I", "my" or "we" outside any
 * quotation. What its writer tells of their own life is their own testimony, a hint at most.
 */
const isFirstPersonEssay = perContext((context: RuleContext): boolean => {
  const sentences = context.document.sentences;
  let first = 0;
  for (const sentence of sentences) {
    if (FIRST_PERSON_RE.test(sentenceProse(context, sentence).replace(/[“"][^”"]*[”"]/g, ' '))) first++;
  }
  return first >= 5 && first >= 0.3 * sentences.length;
});

/**
 * An obituary: its lede tells of a death and the age ("died on Saturday in Ibadan. She was 91.", "has died aged 78").
 * The life it then recounts (posts held, operations performed, books written) is the writer's biography of a private
 * record, a hint at most; what happened around the death is still the news.
 */
const isObituary = perContext((context: RuleContext): boolean => {
  const first = context.document.sentences.find((x) => !isTitleLine(context, x));
  if (!first) return false;
  const lede = context.document.sentences.filter((x) => x.paragraph === first.paragraph).map((x) => sentenceProse(context, x)).join(' ');
  return /\b(?:has died|died|passed away)\b/i.test(lede) && /\b(?:(?:he|she) was|aged|at(?: the age of)?)\s+\d{2,3}\b/i.test(lede);
});

/** The sentence tells of the death itself or its cause: "died of a heart attack", "was killed". */
function isDeathSentence(context: RuleContext, sentence: Sentence): boolean {
  return /\b(?:died|death|killed|dies|cause)\b/i.test(sentenceProse(context, sentence));
}

/** The story reports a study, a survey or a trial as a source. */
const reportsStudy = perContext((context: RuleContext): boolean => context.attributions.some((a) => a.sourceKind === 'document' && !!a.source
  && /\b(?:study|studies|survey|research|trial|paper|analysis)\b/i.test(context.document.text.slice(a.source.start, a.source.end))));

/**
 * An earnings story: its lede has a body report, post or announce its results ("Kerry Group reported a 9 per cent rise in
 * pre-tax profit", "Acme posted record sales"). The body named there is the source of its own figures further on.
 */
const reportsResults = perContext((context: RuleContext): boolean => {
  const first = context.document.sentences.find((x) => sentenceProse(context, x).trim().split(/\s+/).length >= 5);
  if (!first) return false;
  const text = sentenceProse(context, first);
  const m = /\b(?:reported|reports|posted|posts|announced|announces|recorded|records|booked|books|delivered|unveiled)\b(?:\s+[\p{L}\d$€£¥%.,'’-]+){0,10}?\s+(?:profits?|revenues?|sales|earnings|loss(?:es)?|results|turnover|income)\b/iu.exec(text);
  return !!m && context.entities.some((e) => e.type === 'organization'
    && e.mentions.some((x) => x.start >= first.start && x.end <= first.start + m.index));
});

/** The company's own results or payout, by its kind or by the line of its accounts: "The group will pay an interim dividend", "Revenue rose to …". */
const OWN_RESULTS = /^(?:the\s+(?:group|company|firm|bank|retailer|lender|insurer|business|airline|miner|carmaker|brewer|grocer)\b|(?:its\s+)?(?:(?:full-year|half-year|annual|quarterly|interim|final|group|underlying|adjusted)\s+)?(?:revenues?|sales|turnover|(?:pre-tax\s+|operating\s+|net\s+)?(?:profits?|income|earnings|loss(?:es)?)|dividends?|margins?|earnings\s+per\s+share)\b)/i;

/** A document written one sentence to a paragraph (wire and Australian house styles): five paragraphs or more, seven in ten of one sentence. */
function oneSentenceStyle(context: RuleContext): boolean {
  const counts = sentencesPerParagraph(context);
  const paragraphs = counts.filter((n) => n > 0);
  return paragraphs.length >= 5 && paragraphs.filter((n) => n === 1).length >= 0.7 * paragraphs.length;
}

/**
 * A headline: Title Case words, or the body's first paragraph when it is one short sentence
 * and the document has no title in its front matter.
 */
function isTitleLine(context: RuleContext, sentence: Sentence): boolean {
  const doc = context.document;
  const text = doc.text.slice(sentence.start, sentence.end);
  const words = text.split(/\s+/).filter((w) => /^[\p{L}]/u.test(w));
  const small = /^(?:a|an|the|and|or|but|of|in|on|at|to|for|with|by|from|as|is|are|vs\.?)$/i;
  const content = words.filter((w) => !small.test(w));
  if (content.length >= 3 && content.every((w) => /^\p{Lu}/u.test(w))) return true;
  if (doc.frontMatter.title || sentence.paragraph !== 0 || doc.paragraphs.length < 2) return false;
  const alone = sentencesPerParagraph(context)[0] === 1;
  return alone && words.length <= 20;
}

function latestDate(context: RuleContext): string | null {
  let best: string | null = null;
  for (const d of context.dates) if (d.value && /^\d{4}/.test(d.value) && (!best || d.value > best)) best = d.value;
  return best;
}

function describe(signal: Signal, context: RuleContext): string {
  const text = q(context.document.text.slice(signal.span.start, signal.span.end).replace(/\s+/g, ' '));
  switch (signal.kind) {
    case 'money': return `an amount of money (${text})`;
    case 'figure': return `a figure (${text})`;
    case 'intention': return `someone's intention (${text})`;
    case 'action': return `what a named actor did or will do (${text})`;
    case 'public-action': return `what a named actor did (${text})`;
    case 'record': return `a result on the public record (${text})`;
  }
}

/**
 * "Margaret Holt, 71, from Harrogate, has been waiting 19 months for a knee replacement. ¶ 'Some days I can't get up
 * the stairs,' she said.": a person introduced by name and age who speaks in the next sentence is telling her own
 * story; the figure is hers, though not tied to her by a cue (a hint, not a warning).
 */
function tellsOwnStory(context: RuleContext, sentence: Sentence, plain: string): boolean {
  const named = /^(?:\p{Lu}[\p{L}'’.-]*\s+){1,3}\p{Lu}[\p{L}'’-]*,\s*\d{1,3},/u.exec(plain);
  const next = context.document.sentences[sentence.index + 1];
  if (!named || !next || next.paragraph - sentence.paragraph > 1) return false;
  const person = firstEntityOverlapping(context.entities, { start: sentence.start, end: sentence.start + named[0].length }, (e) => e.type === 'person');
  return !!person && attributionsInSentence(context, next.index).some((a) => a.sourceEntity === person.id);
}

/**
 * The sentence tells of someone speaking to the outlet that publishes the story: "spoke to BusinessDay" (front matter
 * "BusinessDay Nigeria"), "told this newspaper", "talked with The Tribune" (front matter "The Tribune").
 */
function toldThisOutlet(context: RuleContext, text: string): boolean {
  const m = /\b(?:spoke|speaks|talked|talks|sat\s+down|told)\s+(?:to\s+|with\s+)?(this\s+(?:newspaper|paper|magazine|programme|program|station|website)\b|(?:[Tt]he\s+)?\p{Lu}[\p{L}'’&-]*(?:\s+\p{Lu}[\p{L}'’&-]*){0,3})/u.exec(text);
  if (!m) return false;
  if (/^this\s/.test(m[1])) return true;
  const outlet = (context.document.frontMatter.outlet ?? '').toLowerCase().replace(/^the\s+/, '');
  const named = m[1].toLowerCase().replace(/^the\s+/, '');
  return outlet.length >= 3 && (outlet === named || outlet.startsWith(`${named} `) || named.startsWith(`${outlet} `));
}

/**
 * The intention at `span` is the cue of an attribution whose source is named (a person or an
 * organization, strength 3 or more) and that source speaks elsewhere in the document with words of
 * its own: "Cullen said … Cullen intends to rest his forwards".
 */
function isHeardSourceIntention(context: RuleContext, span: Span): boolean {
  const own = context.attributions.find((a) => a.predicate.start < span.end && span.start < a.predicate.end && isIntentionClaim(context, a));
  if (!own?.sourceEntity || own.strength < 3) return false;
  return context.attributions.some((a) => a !== own && a.sourceEntity === own.sourceEntity && a.strength >= 3
    && a.cueClass !== 'cognition' && !isOwnAction(context, a));
}

/**
 * A check-worthy assertion in the author's own voice with no attribution: money, figures,
 * intentions of others, named actors doing things. Warning when fresh, hint when the sentence
 * only recounts background. Conservative by design: any attribution in or over the sentence,
 * a quotation, a reporting cue, a question, a heading or a marker another rule owns leaves it alone.
 */
export const unattributedClaim: Rule = {
  id: 'unattributed-claim',
  summary: "A check-worthy claim in the author's own voice with no source.",
  defaultSeverity: 'warning',
  check(context) {
    // (A press release, or a report a body issued about its own work, is its issuer's own account throughout.)
    if (isPressRelease(context) || isIssuersOwnReport(context)) return [];
    const out: Diagnostic[] = [];
    const doc = context.document;
    for (const sentence of doc.sentences) {
      if (isAttributedSentence(context, sentence.index)) continue;
      if (isHeadingLike(context, sentence) || isQuestion(context, sentence) || boilerplateParagraphs(context).has(sentence.paragraph)) continue;
      if (isInterviewAnswer(context, sentence)) continue;
      const text = sentenceProse(context, sentence);
      const plain = text.replace(/^\s*(?:[-*+•–—]|\d{1,3}[.)])\s+/, '');
      if (plain.split(/\s+/).length < 5 || NON_CLAIM.test(plain)) continue;
      if (OWNED.some((re) => re.test(text)) || HEDGE_RE.test(text.replace(/\bMay\b/g, ''))) continue;
      if (PROCESS.test(text) || isTitleLine(context, sentence)) continue;
      // "The study, published on Wednesday, followed 48,312 participants": a document described is its own source.
      if (DOCUMENT_SUBJECT.test(plain) || LEGAL_TEXT_SUBJECT.test(plain) || UNDER_DOCUMENT.test(plain) || OWNED_PLAN_SUBJECT.test(plain) || PLAN_CONTENTS.test(plain)) continue;
      // ("Researchers at the universities of Southampton and Edinburgh analysed data on 495,585 people", in a story about
      // the study they made: its method, told from the study.)
      // ("The researchers, from the University of Guelph, sampled 28 sites": the definite team of that study.)
      if ((STUDY_TEAM.test(plain) || THE_STUDY_TEAM.test(plain)) && reportsStudy(context)) continue;
      // ("Obama's approval rating has declined from 58 percent in the last poll to 55 percent now": the poll named inline.)
      if (IN_DOCUMENT.test(plain)) continue;
      let outsideQuotes = text;
      for (const qt of quotesBySentence(context).get(sentence.index) ?? []) {
        const from = Math.max(0, qt.start - sentence.start);
        const to = Math.min(text.length, qt.end - sentence.start);
        outsideQuotes = outsideQuotes.slice(0, from) + ' '.repeat(Math.max(0, to - from)) + outsideQuotes.slice(to);
      }
      if (FIRST_PERSON_RE.test(outsideQuotes)) continue;
      if (inQuote(context, sentence)) continue;
      // A sentence opening with a pronoun right after an attributed one goes on with that source's account ("Of
      // those, 17 were aged under 25").
      const previous = doc.sentences[sentence.index - 1];
      if (previous && previous.paragraph === sentence.paragraph && isAttributedSentence(context, previous.index)
        && /^(?:he|she|they|it|(?:of|among)\s+(?:those|these|them)|most\s+of\s+(?:them|those|these))\b/i.test(plain)) continue;
      const terms = termsIn(context, sentence);
      let intention = INTENTION.exec(outsideQuotes);
      let ownPlan = false;
      if (intention) {
        // "unveiled plans to pay" is a noun: the intention must be the verb of a clause.
        const at = sentence.start + intention.index;
        const word = terms.find((t) => t.start <= at && at < t.end);
        if (word && !word.tags.has('Verb') && !/^(?:is|are|was|were|has|have)$/i.test(word.normal)) intention = null;
        // ("dialing back plans to cut the top rate", "its plans to sell": after a determiner or a verb's particle, a noun.)
        if (intention && /^plans?\b/i.test(intention[0]) && NOUN_BEFORE.test(outsideQuotes.slice(0, intention.index))) intention = null;
        // ("The Tax Policy Center plans to release its analysis next week": a body's own publication calendar.)
        if (intention && SCHEDULED_RELEASE.test(outsideQuotes.slice(intention.index + intention[0].length).replace(/^\s*to\b/, ' '))) {
          intention = null;
          ownPlan = true;
        }
        // ("Marquez was asked whether she planned to run", "if the club plans to sell him": a question or a condition
        // states no one's intention.)
        if (intention && /\b(?:whether|if)\s+(?:[\p{L}'’-]+\s+){0,4}$/iu.test(outsideQuotes.slice(0, intention.index))) intention = null;
        // "Kaminari Electric plans to hold a briefing for investors on June 3": a body's own schedule, set for a day and
        // told as its attribution, is no one else's intention (unlike "Northgate Bank wants to buy a lender").
        const end = at + (intention?.[0].length ?? 0);
        const scheduled = context.dates.some((d) => d.sentence === sentence.index && d.precision === 'day');
        if (intention && scheduled && context.attributions.some((a) => a.source && a.predicate.start < end && at < a.predicate.end)) {
          intention = null;
          ownPlan = true;
        }
      }
      const signal: Signal | null = figure(context, sentence, terms)
        ?? (intention ? { kind: 'intention', span: { start: sentence.start + intention.index, end: sentence.start + intention.index + intention[0].length } } : null)
        ?? (ownPlan ? null : namedAction(context, terms));
      if (!signal) continue;
      // ("Joosub said the deal would cut costs … Joosub hopes to complete the deal by December": the stance of a named
      // source who is heard in the story is their own account, not the author's guess at it.)
      if (signal.kind !== 'money' && signal.kind !== 'figure' && isHeardSourceIntention(context, signal.span)) continue;
      // ("Kobo360 co-founder Obi Ozor spoke to BusinessDay about funding": the outlet's own interview, witnessed by it.)
      if ((signal.kind === 'action' || signal.kind === 'public-action') && toldThisOutlet(context, outsideQuotes)) continue;
      // ("Adaeze Okafor chairs the board of the commission. She served as commissioner from 2011": the introduction of an
      // interview presents the one who answers; what they do or did is no claim to source there, unlike a figure, money or
      // a consequential act.)
      if ((signal.kind === 'public-action' || signal.kind === 'record') && introducesInterviewee(context, sentence)) continue;
      // A score, a vote or a step in court is reported on the record: a hint at most.
      const record = RECORD.exec(outsideQuotes);
      if (record && signal.kind !== 'intention') {
        signal.kind = 'record';
        signal.span = { start: sentence.start + record.index, end: sentence.start + record.index + record[0].length };
      }
      // (In a match report, what happened on the field and around it is the reporter's own witness; money, a plan or a
      // deal is still a claim: "The club paid £2 million for him".)
      if (signal.kind !== 'money' && signal.kind !== 'intention' && signal.kind !== 'action' && isMatchReport(context)) continue;
      const background = isBackground(context, sentence);
      // History with nothing to check stays quiet; a public action is a hint at most.
      if (background && signal.kind !== 'money' && signal.kind !== 'figure') continue;
      // "In Colorado, 23 people have fallen ill, said Dr. Rachel Okonkwo. The youngest patient is 2 …": a
      // figure in the sentence right after an attributed one, in its paragraph, with no turn ("But", "However")
      // and no actor of its own, most likely goes on with the same account: a hint, not a warning.
      // (In house styles of one sentence to a paragraph, the paragraph before holds the attributed sentence:
      // "The Australian Bureau of Statistics said prices rose 1.2 per cent. ¶ Annual inflation eased to 5.4 per cent.")
      const sameAccount = !!previous && (previous.paragraph === sentence.paragraph
        || previous.paragraph === sentence.paragraph - 1 && oneSentenceStyle(context) && sentencesPerParagraph(context)[previous.paragraph] === 1);
      const detail = (signal.kind === 'figure' || signal.kind === 'money') && !!previous && sameAccount
        && isAttributedSentence(context, previous.index) && !/^(?:but|however|yet|still|meanwhile|separately|elsewhere|by contrast|in contrast|critics|opponents)\b/i.test(plain)
        // (Not a market move: "The company's shares rose 2.1 per cent" is the author's own report.)
        && !/\b(?:shares?|stock|stocks)\b/i.test(plain)
        && !firstEntityOverlapping(context.entities, { start: sentence.start, end: sentence.start + 40 }, (_, m) => m.start >= sentence.start);
      const strong = signal.kind !== 'public-action' && signal.kind !== 'record' && !background && !detail && !isFirstPersonEssay(context)
        && !(isObituary(context) && (signal.kind === 'figure' || signal.kind === 'action') && !isDeathSentence(context, sentence))
        && !(signal.kind === 'figure' && tellsOwnStory(context, sentence, plain))
        // (In an earnings story, the company's own results and payout are its report's figures: a hint at most.)
        && !((signal.kind === 'figure' || signal.kind === 'money') && OWN_RESULTS.test(plain) && reportsResults(context));
      const span = trimPunctuation(context, sentence);
      out.push(diagnostic(
        'unattributed-claim', span, strong ? 'warning' : 'hint',
        `Unattributed claim: ${describe(signal, context)} is stated with no source`,
      ));
    }
    return out;
  },
};
