import { mergeSpans } from '../document';
import type { Attribution, Quote, Span } from '../types';
import type { RuleContext } from './rule';
import { anyOverlap, inQuote, perContext, sentenceIndexAt } from './util';

/**
 * Author voice: which parts of the text the author states on their own account, as opposed to
 * content attributed to a source (before or after its cue, or inherited by a sentence that
 * continues a quote) and direct quotations. Rules that judge the author (hedged-claim,
 * unattributed-claim, doubt-marker) ask here, so they agree on what is attributed.
 */
export interface Voice {
  /** Spans covered by an attribution (cue, source, content) or a direct quotation, merged. */
  attributed: Span[];
  /** Sentences (by index) that carry an attribution of their own or inherit one. */
  attributedSentences: Set<number>;
  /** Sentences with an attribution whose content is unknown: the whole sentence counts as attributed. */
  wholeSentences: Set<number>;
  /** Sentences with no attribution found but a reporting cue in their words (a likely miss of the engine). */
  cueSentences: Set<number>;
}

/**
 * Reporting cues that, found in a sentence with no attribution, mean the engine probably missed
 * one. Deliberately narrower than the cue lexicon: "expected", "reports" (a noun) or "shows"
 * do not make a sentence someone else's words.
 */
const GUARD_CUES = new RegExp(
  '\\b(?:said|says|say|told|tells|according to|added|adds|wrote|writes|stated|noted|explained|announced|'
  + 'confirmed|denied|denies|reported|argued|argues|believes|believed|believe|expects|predicted|warned|cited|citing|shows|showed|'
  + 'suggested|suggests|likened|accused|accuses|called for|urged|urges|'
  + 'quoted|testified|tweeted|posted|insisted|insists|admitted|acknowledged|declared|replied|responded|'
  + 'in a statement|in an interview|in a filing|told reporters)\\b', 'i',
);

const INTENTION_PREDICATE = /^(?:wants?|wanted|plans?|planned|planning|intends?|intended|aims?|aimed|seeks?|sought|hopes?|hoped|wish(?:es)?|wished)$/i;

/**
 * "Northgate Bank wants to buy a lender": the cognition cue carries the author's claim about
 * someone's intention, not that someone's words. Such attributions do not make author voice.
 */
export function isIntentionClaim(context: RuleContext, a: Attribution): boolean {
  if (a.cueClass !== 'cognition' || !INTENTION_PREDICATE.test(a.predicate.text.trim())) return false;
  return !a.content || /^\s*to\s/i.test(context.document.text.slice(a.content.start, a.content.end));
}

/** Verbs of a decision taken or refused, whose to-infinitive is what the source itself does: "agreed to lend", "refused to return". */
const OWN_DECISION_PREDICATE = /^(?:agree[sd]?|agreeing|refuse[sd]?|refusing|decide[sd]?|deciding|tr(?:y|ies|ied|ying)|attempt(?:s|ed|ing)?|prepar(?:e|es|ed|ing)|offer(?:s|ed|ing)?|decline[sd]?|declining)$/i;

/**
 * An attribution whose content is what its own source means or decides to do ("Officials plan to
 * hold another briefing", "Russia agreed in September to lend Belarus $1.5 billion", "some local
 * staff had refused to return to work"): a stance or an act, not words whose source needs
 * checking, so the rules about weak sources (anonymous, vague, single) leave it alone.
 */
export function isOwnAction(context: RuleContext, a: Attribution): boolean {
  const head = /[\p{L}'’-]+$/u.exec(a.predicate.text.trim())?.[0] ?? '';
  // ("High school administrators decided she should share the honor": a decision taken, with its clause, is an act too.)
  if (a.content && /^decide[sd]?$/i.test(head)) return true;
  if (!a.content || !/^\s*to\s/i.test(context.document.text.slice(a.content.start, a.content.end))) return false;
  return a.cueClass === 'cognition' && INTENTION_PREDICATE.test(head) || OWN_DECISION_PREDICATE.test(head);
}

const QUESTION_PREDICATE = /^(?:(?:also|then|later|repeatedly|openly|have|had|has)\s+)*(?:asked|ask|asks|asking|wondered|wonder|wonders|questioned|question|questions|queried|query|queries)$/i;

/**
 * "Delegates questioned how the firm would compete", "Lawmakers also asked whether the deals required …": a question
 * put, whose clause asserts nothing; no view rests on the one who asks it.
 */
export function putsQuestion(context: RuleContext, a: Attribution): boolean {
  if (!QUESTION_PREDICATE.test(context.document.text.slice(a.predicate.start, a.predicate.end).trim())) return false;
  return /^\s*(?:\w+\s+){0,2}?(?:whether|if|why|how|what|who|when|where|which)\b/i.test(context.document.text.slice(a.predicate.end, a.predicate.end + 40));
}

/**
 * "Voters should know what those questions are", "investors must understand that …": what someone ought to know is
 * the writer's demand on them, not a view they were heard to hold; no source to name.
 */
export function isDemandOn(a: Attribution): boolean {
  return a.cueClass === 'cognition' && /^(?:should|must|ought|shall)\b/i.test(a.predicate.text.trim());
}

export const voiceOf = perContext((context: RuleContext): Voice => {
  const spans: Span[] = [];
  const attributedSentences = new Set<number>();
  const wholeSentences = new Set<number>();
  for (const a of context.attributions) {
    if (isIntentionClaim(context, a)) continue;
    spans.push(a.cue);
    if (a.source) spans.push(a.source);
    if (a.content) spans.push(a.content);
    attributedSentences.add(a.sentence);
    if (!a.content) wholeSentences.add(a.sentence);
    if (a.content) {
      // Content that spans several sentences (a quote that goes on) attributes each of them.
      const first = sentenceIndexAt(context, a.content.start);
      const last = sentenceIndexAt(context, Math.max(a.content.start, a.content.end - 1));
      if (first >= 0 && last >= first) for (let i = first; i <= last; i++) attributedSentences.add(i);
    }
  }
  for (const quote of context.document.quotes) spans.push(quote);
  const cueSentences = new Set<number>();
  for (const sentence of context.document.sentences) {
    if (attributedSentences.has(sentence.index)) continue;
    const text = context.document.prose.slice(sentence.start, sentence.end);
    if (GUARD_CUES.test(text)) cueSentences.add(sentence.index);
  }
  return { attributed: mergeSpans(spans), attributedSentences, wholeSentences, cueSentences };
});

/** True when the span is the author's own words: no attribution covers it and it is not quoted. */
export function isAuthorVoice(context: RuleContext, span: Span): boolean {
  if (inQuote(context, span)) return false;
  const voice = voiceOf(context);
  if (anyOverlap(voice.attributed, span)) return false;
  const index = sentenceIndexAt(context, span.start);
  if (index < 0) return false;
  if (voice.wholeSentences.has(index) || voice.cueSentences.has(index)) return false;
  return true;
}

/**
 * True when the sentence is (at least partly) someone else's: it has an attribution of its own,
 * inherits one, holds attributed content or a quotation longer than a scare-quoted phrase, or
 * has a reporting cue the engine did not turn into an attribution.
 */
export function isAttributedSentence(context: RuleContext, index: number): boolean {
  return attributedSentenceSet(context).has(index);
}

const attributedSentenceSet = perContext((context: RuleContext): Set<number> => {
  const voice = voiceOf(context);
  const out = new Set<number>([...voice.attributedSentences, ...voice.cueSentences]);
  const mark = (span: Span) => {
    const first = sentenceIndexAt(context, span.start);
    const last = sentenceIndexAt(context, Math.max(span.start, span.end - 1));
    if (first >= 0) out.add(first);
    if (last >= 0) out.add(last);
    for (let i = first + 1; first >= 0 && i < last; i++) out.add(i);
  };
  for (const a of context.attributions) {
    if (isIntentionClaim(context, a)) continue;
    mark(a.cue);
    if (a.content) mark(a.content);
  }
  for (const quote of context.document.quotes) {
    const words = context.document.text.slice(quote.inner.start, quote.inner.end).trim().split(/\s+/).length;
    if (words > 3) mark(quote);
  }
  return out;
});

/** The quotations that overlap each sentence, by sentence index. */
export const quotesBySentence = perContext((context: RuleContext): Map<number, Quote[]> => {
  const out = new Map<number, Quote[]>();
  for (const quote of context.document.quotes) {
    const first = sentenceIndexAt(context, quote.start);
    const last = sentenceIndexAt(context, Math.max(quote.start, quote.end - 1));
    if (first < 0) continue;
    for (let i = first; i <= Math.max(first, last); i++) {
      const list = out.get(i) ?? [];
      list.push(quote);
      out.set(i, list);
    }
  }
  return out;
});
