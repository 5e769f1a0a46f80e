import {
  CLAIM_NOUNS, DENIAL_PARTICIPLES, HEARSAY_ADVERBS, HEARSAY_PHRASES, HEDGES, PASSIVE_ACCUSATION_VERBS,
  PASSIVE_REPORTING_VERBS, REJECTION_PARTICIPLES, VERB_GROUP_ADVERBS,
} from '../model/rules-lexicon';
import { alternation } from './util';

/**
 * Patterns shared by more than one rule: each marker belongs to one rule, and
 * unattributed-claim leaves the sentences that hold one to that rule.
 */

export const HEARSAY_ADVERB = `\\b${alternation(HEARSAY_ADVERBS)}\\b`;
export const HEARSAY_PHRASE = `\\b${alternation(HEARSAY_PHRASES)}\\b`;

const BE = `(?:is|was|are|were|has been|have been|had been|is being|was being|will be|would be|could be|may be|might be|be|being|been|'s)`;
const ADV = `(?:${VERB_GROUP_ADVERBS}\\s+)*`;
/**
 * "It is understood that", "it has been reported that", "it is known that"; British copy leaves out
 * "that" and writes "It's" ("It is understood the company is considering …", "It's understood the
 * man is known to police"): a clause's first word, not a preposition or "to", follows the verb.
 */
// ("It was not known Wednesday whether he had hired a lawyer": what the reporter could not learn attributes nothing.)
const IT_PASSIVE = `\\bit(?:\\s+${BE}|['’]s)\\s+${ADV}(?:${alternation(PASSIVE_REPORTING_VERBS)}|known|expected)`;
export const PASSIVE_IT_CLEFT = `${IT_PASSIVE}(?!(?:\\s+[\\w'’-]+){0,3}?\\s+(?:whether|if)\\b)`
  + `(?=\\s+that\\b|\\s*,|\\s+(?!(?:to|as|in|on|at|by|for|of|with|from|and|or|but|when|if|whether|how|what|why|where|which|who|during|after|before|since|until|now|so|here|there|today|yesterday|again|also|not)\\b)[a-z][\\w'’-]*\\s)`
  // ("Jenna Holt is set to quit the soap, it has been claimed.": after the clause it attributes, closing the sentence.)
  + `|(?<=,\\s*)${IT_PASSIVE}(?=\\s*[.;!?]|\\s*$)`;
/** "is said to", "are believed to", "was reported to have". */
export const PASSIVE_RAISING = `\\b${BE}\\s+${ADV}(?:${alternation(PASSIVE_REPORTING_VERBS)}|known(?=\\s+to\\s+(?:be|have)\\b))\\s+to\\b`;
/** "is widely regarded as", "is generally seen as", "is commonly considered": a view held by nobody named. */
export const PASSIVE_WIDELY = `\\b${BE}\\s+(?:widely|generally|commonly|broadly|universally)\\s+(?:regarded|seen|viewed|considered|perceived|acknowledged|recogni[sz]ed|described|credited)\\b`;
/** "was accused of", "is suspected of". */
export const PASSIVE_ACCUSATION = `\\b${BE}\\s+${ADV}${alternation(PASSIVE_ACCUSATION_VERBS)}\\s+of\\b`;

const DENIAL_BE = `(?:was|were|is|are|(?:has|have|had)\\s+${ADV}been|being)`;
const CLAIM_SUBJECT = `(?:(?:the|that|this|these|those|such|its|their|his|her|earlier|previous|initial|original|media|press|news)\\s+)+(?:\\w+\\s+)?${alternation(CLAIM_NOUNS)}`;
/**
 * A denial in the passive: "this was subsequently denied", "the report has since been
 * disputed", ", which was later denied". Group 1 is the subject.
 */
export const PASSIVE_DENIAL = `\\b((?:this|that|it|which|these|those)|${CLAIM_SUBJECT})\\s+${DENIAL_BE}\\s+${ADV}(?:${alternation(DENIAL_PARTICIPLES)})\\b`;
/** "the report was rejected": rejection verbs count only with a claim noun as subject. */
export const PASSIVE_REJECTION = `\\b(${CLAIM_SUBJECT})\\s+${DENIAL_BE}\\s+${ADV}(?:${alternation(REJECTION_PARTICIPLES)})\\b`;

/** An epistemic hedge. "May" (the month) is left out by matching case-sensitively on that word. */
export const HEDGE = `\\b(?:${alternation(HEDGES)})\\b`;

/**
 * A release of results, a report or a decision a body puts on its own calendar ("report first-quarter results",
 * "release its analysis", "announce its decision"): the text after "is expected to" or "plans to".
 */
export const SCHEDULED_RELEASE = /^\s+(?:report|release|publish|post|announce|deliver|present|unveil|issue|hand\s+down)\b[^.;]{0,60}?\b(?:results|earnings|figures|data|statistics|accounts|budget|decision|verdict|ruling|judgment|report|analysis|findings|review)\b/i;
