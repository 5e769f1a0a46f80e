import { DOCUMENT_SUBJECTS, LOADED_VERBS, LOADED_VERB_NON_REPORTING_OBJECTS, PLEA_OBJECTS } from '../model/rules-lexicon';
import type { Diagnostic, Span } from '../types';
import type { Rule, RuleContext } from './rule';
import { dedupe, diagnostic, inQuote, matchSentences, overlaps, q, termsIn, textOf } from './util';

const VERB = `\\b(?:${Object.keys(LOADED_VERBS).join('|')})\\b`;
const NON_REPORTING = new RegExp(`^\\s+(?:to\\s+)?${LOADED_VERB_NON_REPORTING_OBJECTS}`, 'i');
const PLEA = new RegExp(`^\\s+(?:to\\s+)?${PLEA_OBJECTS}`, 'i');
const DOCUMENT_BEFORE = new RegExp(`\\b${DOCUMENT_SUBJECTS}\\s+(?:\\w+\\s+)?$`, 'i');
/** Passive or adjectival uses that are not someone reporting: "was admitted", "the claimed benefits". */
const BE_BEFORE = /(?:\b(?:is|was|are|were|be|been|being|has been|had been|the|a|an|its|their|his|her|this|that|these|those|such|any|no)\s+|[’']s\s+)$/i;
/** A gerund after a preposition is a noun phrase ("the vote for admitting Poland"), not someone speaking. */
const PREPOSITION_BEFORE = /\b(?:for|of|by|about|after|before|without|from|in|on|against|toward|towards)\s+$/i;

const IMPLIES = {
  'presumes-true': 'presumes the statement is true',
  'casts-doubt': 'casts doubt on the statement',
  editorializes: 'editorializes',
} as const;

function message(context: RuleContext, span: Span): string {
  const verb = textOf(context, span);
  const implies = LOADED_VERBS[verb.toLowerCase()] ?? 'casts-doubt';
  return `Loaded reporting verb: ${q(verb)} ${IMPLIES[implies]}; 'said' is neutral`;
}

/** The cue word is a noun here: after an article, a possessive or a modifier, or tagged a noun and not a verb. */
function isNoun(context: RuleContext, span: Span): boolean {
  const before = context.document.prose.slice(Math.max(0, span.start - 40), span.start);
  if (/(?:\b(?:the|a|an|its|their|his|her|our|my|your|this|that|these|those|such|any|no)\s+|[’']s?\s+)$/i.test(before)) return true;
  const term = termsIn(context, span).find((t) => t.start <= span.start && t.end >= span.end);
  return !!term && term.tags.has('Noun') && !term.tags.has('Verb');
}

/** A reporting verb that presumes truth or guilt ("admitted", "claimed", "revealed", "insisted"). */
export const loadedVerb: Rule = {
  id: 'loaded-verb',
  summary: 'A reporting verb that presumes truth or guilt; "said" is neutral.',
  defaultSeverity: 'hint',
  check(context) {
    const out: Diagnostic[] = [];
    const predicates: Span[] = [];
    for (const a of context.attributions) {
      const verb = textOf(context, a.predicate).toLowerCase();
      if (!(verb in LOADED_VERBS)) continue;
      if (inQuote(context, a.predicate)) continue;
      // "Trump's claim that …", "Reyna's claim about jobs", "the admission": the noun names a statement; only a verb
      // chosen over "said" loads it.
      if (isNoun(context, a.predicate)) continue;
      if (/^reveal/.test(verb) && (a.sourceKind === 'document' || a.strength >= 5)) continue;
      // "neither admitted nor denied the findings", "without admitting or denying": a settlement's formula admits nothing.
      if (/^admit/.test(verb) && /\b(?:neither|without)\s+$/i.test(context.document.prose.slice(Math.max(0, a.predicate.start - 10), a.predicate.start))) continue;
      predicates.push(a.predicate);
      out.push(diagnostic('loaded-verb', a.predicate, 'hint', message(context, a.predicate)));
    }
    // Loaded verbs the engine did not make cues of: the word must be a verb used of speech.
    for (const m of matchSentences(context, VERB)) {
      if (predicates.some((p) => overlaps(p, m)) || inQuote(context, m)) continue;
      const term = termsIn(context, m).find((t) => t.start <= m.start && t.end >= m.end);
      if (!term || !term.tags.has('Verb') || term.tags.has('Noun') || term.tags.has('Adjective')) continue;
      const before = context.document.prose.slice(m.sentence.start, m.start);
      const after = context.document.prose.slice(m.end, m.sentence.end);
      if (BE_BEFORE.test(before) || NON_REPORTING.test(after)) continue;
      // "false claims about fraud", "repeated unfounded claims": after an adjective, or an -s form right after an -ed
      // word (no finite verb follows a participle), the word is a noun.
      const prev = /(\p{L}+)\s+$/u.exec(before);
      const prevTerm = prev ? termsIn(context, { start: m.start - prev[0].length, end: m.start - prev[0].length + prev[1].length })[0] : undefined;
      if (prevTerm && prevTerm.tags.has('Adjective') && !prevTerm.tags.has('Adverb') && !prevTerm.tags.has('Verb')) continue;
      if (prev && /ed$/i.test(prev[1]) && /s$/i.test(m.match[0])) continue;
      if (/^admit/i.test(m.match[0]) && /\b(?:neither|without)\s+$/i.test(before)) continue;
      // "CLAIM: …", "RATING: …": a section label in capitals.
      if (/^\p{Lu}+$/u.test(m.match[0]) && /^\s*:/.test(after)) continue;
      if (/ing$/i.test(m.match[0]) && PREPOSITION_BEFORE.test(before)) continue;
      // "admitted causing death by dangerous driving", "confessed to stealing": an act owned up to, where "said"
      // could not stand; not someone's account of a fact.
      if (/^\s+(?:to\s+)?(?!(?:no|some|any|every)thing\b)\p{Ll}+ing\b/u.test(after)) continue;
      if (/^(?:admit|confess)/i.test(m.match[0]) && PLEA.test(after)) continue;
      if (/^reveal/i.test(m.match[0]) && DOCUMENT_BEFORE.test(before)) continue;
      // Speech follows: a clause ("that", a subject), a quotation, or the verb closes a quote (", he claimed").
      const speech = /^\s*(?:that\b|to\b|on\b|,|:|["“]|\s(?:the|a|an|it|he|she|they|we|his|her|its|their|there|this|no|nothing|[\p{Lu}]))/u.test(after)
        || /[,"”]\s*(?:\w+\s+){0,3}$/.test(before);
      if (!speech) continue;
      out.push(diagnostic('loaded-verb', m, 'hint', message(context, m)));
    }
    return dedupe(out);
  },
};
