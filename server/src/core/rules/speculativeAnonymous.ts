import type { Term } from '../nlp';
import type { Attribution, Diagnostic, Span } from '../types';
import type { Rule, RuleContext } from './rule';
import { anonymousAttributions, anonymousHead, describedBody, sourceCore, toldByNamed } from './sources';
import { dedupe, diagnostic, q, termsIn, textOf } from './util';

/** Modals of prediction and opinion. "can" and "must" state ability and obligation, not forecasts. */
const MODALS = new Set(['would', 'will', 'could', 'might', 'may', 'should', "'ll", 'wo']);
/** Cognition cues: the source gives a view, not a fact it witnessed. */
const OPINION_PREDICATES = /^(?:believes?|believed|believing|thinks?|thought|expects?|expected|expecting|predicts?|predicted|predicting|fears?|feared|hopes?|hoped|estimates?|estimated|anticipates?|anticipated|suspects?|suspected|doubts?|doubted|considers?|considered|views?|viewed|reckons?|reckoned)$/i;
const EXPECTATION = /\b(?:(?:expects?|plans?|intends?|hopes?) to \w+|(?:expect|expects|expected)\s+(?:[\w-]+\s+){1,3}?to\s+(?:be\s+)?\w+|(?:is|are|was|were|be) (?:widely |also )?expected to|(?:is|are|was|were) (?:likely|unlikely|poised|set) to|likely|probably)\b/i;

/** The modal and the verb it governs ("would ensure", "could potentially materialize"), or null. */
function modalPhrase(terms: Term[]): Span | null {
  for (let i = 0; i < terms.length; i++) {
    const t = terms[i];
    if (!MODALS.has(t.normal) || t.text === 'May' || /[,;:.]/.test(t.post)) continue;
    // "a venture that would build cells" describes the thing; it is not the source's forecast.
    if (i > 0 && /^(?:that|which|who)$/.test(terms[i - 1].normal)) continue;
    // "was examining whether the system would control …": the modal belongs to the question, not to a forecast.
    if (terms.slice(0, i).some((x) => x.normal === 'whether')) continue;
    // "so he could ogle" states a purpose; "could not answer" a past inability: neither is a forecast.
    if (i > 0 && /^(?:so|so that)$/.test(terms[i - 1].normal) || i > 1 && terms[i - 1].tags.has('Pronoun') && terms[i - 2].normal === 'so') continue;
    if (t.normal === 'could' && terms[i + 1] && (terms[i + 1].normal === 'not' || terms[i + 1].tags.has('Negative'))) continue;
    // "before cops could accompany her", "until the crew could reach it": what happened, told in a clause of time.
    if (/^(?:could|would)$/.test(t.normal) && terms.slice(Math.max(0, i - 3), i).some((x, k, all) => /^(?:before|until|till)$/.test(x.normal) && !all.slice(k, -1).some((y) => /[,;:]/.test(y.post)))) continue;
    // "the lowest they could remember", "as far as anyone can recall": memory, not a forecast.
    if ((t.normal === 'could' || t.normal === 'can') && terms[i + 1] && /^(?:remember|recall)$/.test(terms[i + 1].normal)) continue;
    let j = i + 1;
    while (j < terms.length && (terms[j].tags.has('Adverb') || terms[j].tags.has('Negative')) && !/[,;:.]/.test(terms[j].post)) j++;
    const verb = terms[j];
    if (!verb || !verb.tags.has('Verb')) continue;
    let end = verb.end;
    const next = terms[j + 1];
    if ((verb.normal === 'be' || verb.normal === 'have') && next && !/[,;:.]/.test(verb.post)) end = next.end;
    return { start: t.start, end };
  }
  return null;
}

/**
 * Verbs of a scheduled act: "will hold a hearing in two weeks", and backshifted in reported speech "would appear before a
 * judge on Thursday", state a plan on the calendar, not a forecast.
 */
const SCHEDULED = /^(?:will|'ll|would)\s+(?:hold|meet|vote|convene|release|publish|open|close|begin|start|resume|host|visit|travel|testify|sign|hear|consider|review|debate|announce|appear|face|stand|be\s+(?:sentenced|arraigned|presented|held|heard|tabled|released|published|charged))\b/i;

/** True when the modal phrase is "will" and a scheduling verb, with a dated time after it in the content. */
function scheduled(context: RuleContext, phrase: Span, content: Span): boolean {
  if (!SCHEDULED.test(context.document.text.slice(phrase.start, phrase.end))) return false;
  return context.dates.some((d) => d.value !== null && d.start >= phrase.end && d.end <= content.end && !/_REF$/.test(d.value));
}

/** The anonymous attribution's prediction or opinion, as the smallest span that shows it. */
function speculation(context: RuleContext, a: Attribution): Span | null {
  // "The person did not say when the offer would be announced": what the source would not say is no forecast of theirs.
  if (/\b(?:not|never|n['’]t|declined\s+to|refused\s+to)\b/i.test(a.predicate.text)) return null;
  if (a.content) {
    const phrase = modalPhrase(termsIn(context, a.content).filter((t) => t.start >= a.content!.start && t.end <= a.content!.end));
    if (phrase && scheduled(context, phrase, a.content)) return null;
    if (phrase) return phrase;
    const text = context.document.text.slice(a.content.start, a.content.end);
    const m = EXPECTATION.exec(text);
    // ("failed to agree on a plan to share out asylum seekers": a plan named as a noun is no one's expectation.)
    // ("had no plans to intervene": nor is a plan denied as a noun.)
    const noun = !!m && /^plans?\b/i.test(m[0]) && /\b(?:a|an|the|its|their|his|her|this|that|no|any)\s+$/i.test(text.slice(0, m.index));
    // ("Clinton plans to visit Charlotte on Sunday": a plan set for a day is a schedule, as "will hold … on Thursday" is.)
    const schedule = !!m && /^(?:plans?|intends?) to/i.test(m[0])
      && context.dates.some((d) => d.precision === 'day' && d.start >= a.content!.start + m.index && d.end <= a.content!.end);
    if (m && !noun && !schedule) return { start: a.content.start + m.index, end: a.content.start + m.index + m[0].length };
  }
  // "officials estimated that about 4,100 people had checked in": an estimate of a count already made is no forecast.
  if (a.content && /^estimat/i.test(a.predicate.text.trim().split(/\s+/).pop() ?? '')
    && /\b(?:had|has|have|was|were)\b/i.test(context.document.text.slice(a.content.start, a.content.end))) return null;
  // ("people familiar with the deal put it at about $60 million": a figure the sources give, with no modal, is no forecast.)
  if (/^(?:put|puts|putting|placed|places|placing)\b.*\bat$/i.test(a.predicate.text.trim())) return null;
  if (OPINION_PREDICATES.test(a.predicate.text.trim()) || a.cueClass === 'cognition') return a.predicate;
  return null;
}

/** An anonymous source supplies a prediction or an opinion rather than a fact. */
export const speculativeAnonymous: Rule = {
  id: 'speculative-anonymous',
  summary: 'An anonymous source supplies a prediction or opinion, not a fact.',
  defaultSeverity: 'warning',
  check(context) {
    const out: Diagnostic[] = [];
    for (const a of anonymousAttributions(context)) {
      // An unnamed spokesperson speaks officially for a named body ("A Downing Street spokesperson
      // said the policy would go ahead"): a stated plan, not an anonymous forecast.
      if (a.sourceKind === 'named-organization' && a.strength >= 3) continue;
      // (So does one for a body the story names only by its kind: "A union spokesman said the strike would go ahead".)
      if (/^(?:spokes(?:person|man|woman|people|men|women)|representatives?)$/i.test(anonymousHead(context, a))) continue;
      // A view a named source tells of ("Board members thought the deal was reckless, she recalls") is that source's account.
      if (toldByNamed(context, a)) continue;
      // (A body described by whom it stands for states its position: "A neighbourhood group representing 40 families
      // said offers should be based on …".)
      if (describedBody(context, a)) continue;
      const span = speculation(context, a);
      if (!span) continue;
      out.push(diagnostic(
        'speculative-anonymous', span, 'warning',
        `Anonymous source offers a prediction or opinion: ${q(textOf(context, span))} (${q(textOf(context, sourceCore(context, a)))})`,
        [{ ...sourceCore(context, a), message: 'The anonymous source' }],
      ));
    }
    return dedupe(out);
  },
};
