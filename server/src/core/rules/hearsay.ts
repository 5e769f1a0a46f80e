import { HEARSAY_ADVERBS, HEARSAY_PHRASES } from '../model/rules-lexicon';
import type { Diagnostic, Span } from '../types';
import type { Rule, RuleContext } from './rule';
import { HEARSAY_ADVERB, HEARSAY_PHRASE } from './patterns';
import { isNamed } from './sources';
import { alternation, attributionsInSentence, dedupe, diagnostic, inQuote, matchSentences, overlaps, q, sentenceIndexAt, textOf } from './util';

const HEARSAY_WORD = new RegExp(`^(?:${alternation(HEARSAY_ADVERBS)}|${alternation(HEARSAY_PHRASES)})$`, 'i');

/**
 * The named attribution in the same or the next sentence, if any. "Allegedly" also looks back one
 * sentence in its paragraph: it is the legal caution of a crime report on what the police or the
 * prosecution just said ("Police said a man had been arrested. The suspect allegedly fired …").
 */
function namedNearby(context: RuleContext, sentence: number, marker: Span) {
  // (Not a next sentence that turns to another matter: "Separately, the trade ministry said …".)
  const doc = context.document;
  const next = doc.sentences[sentence + 1];
  const turns = !next || /^\W*(?:separately|meanwhile|elsewhere|in\s+other\s+news|also\s+on)\b/i.test(doc.prose.slice(next.start, next.start + 24));
  const prev = doc.sentences[sentence - 1];
  const back = !!prev && prev.paragraph === doc.sentences[sentence].paragraph && /^alleged/i.test(textOf(context, marker));
  return [...attributionsInSentence(context, sentence), ...(turns ? [] : attributionsInSentence(context, sentence + 1)), ...(back ? attributionsInSentence(context, sentence - 1) : [])]
    .find((a) => isNamed(a) && a.cueClass !== 'denial' && !overlaps(a.cue, marker) && !disowns(context, a));
}

/**
 * A source who denies, disputes or will not confirm what was reported backs no part of it ("Louis
 * Authement later disputed that, telling WWL-TV …", "a spokeswoman said she could not confirm or deny").
 */
const DISOWNS = /\b(?:disput\w*|den(?:y|ies|ied|ying)|reject\w*|refut\w*|rebut\w*|contradict\w*|(?:could|would|did|can|will)\s*(?:not|n['’]t)\s+(?:confirm|verify|corroborate)|declined\s+to\s+(?:confirm|comment|verify)|neither\s+confirm\w*)\b/i;

function disowns(context: RuleContext, a: { sentence: number }): boolean {
  const s = context.document.sentences[a.sentence];
  return !!s && DISOWNS.test(context.document.prose.slice(s.start, s.end));
}

/**
 * The first attribution (in the analysis's order) with a source whose content holds the marker:
 * "The company is reportedly considering cuts, according to a person briefed on the plans". The
 * candidates are sorted by where their content starts, with the furthest end reached so far, so a
 * marker reads only the contents that can hold it instead of every attribution.
 */
function coveringSource(context: RuleContext): (marker: Span) => RuleContext['attributions'][number] | undefined {
  const candidates = context.attributions
    .map((a, index) => ({ a, index }))
    .filter(({ a }) => a.source && a.sourceKind !== 'none' && a.content)
    .sort((x, y) => x.a.content!.start - y.a.content!.start);
  const reach: number[] = [];
  for (const { a } of candidates) reach.push(Math.max(reach.length ? reach[reach.length - 1] : -1, a.content!.end));
  return (marker) => {
    let lo = 0;
    let hi = candidates.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (candidates[mid].a.content!.start <= marker.start) lo = mid + 1;
      else hi = mid;
    }
    let best: { a: RuleContext['attributions'][number]; index: number } | undefined;
    for (let i = lo - 1; i >= 0 && reach[i] >= marker.end; i--) {
      const c = candidates[i];
      if (marker.end <= c.a.content!.end && !overlaps(c.a.cue, marker) && (!best || c.index < best.index) && !disowns(context, c.a)) best = c;
    }
    return best?.a;
  };
}

/**
 * A hearsay adverb or phrase: "reportedly", "allegedly", "according to reports". Information
 * instead of a warning when a source is named in the same or the next sentence (for "allegedly",
 * also the sentence before it in its paragraph). The passive
 * forms ("it is understood", "is said to") are passive-attribution's.
 */
export const hearsay: Rule = {
  id: 'hearsay',
  summary: 'A hearsay adverb or phrase rests the claim on unnamed reports.',
  defaultSeverity: 'warning',
  check(context) {
    const markers: Span[] = [];
    for (const a of context.attributions) {
      if (a.source && a.sourceKind !== 'none') continue;
      const predicate = textOf(context, a.predicate);
      if (HEARSAY_WORD.test(predicate)) markers.push({ start: a.predicate.start, end: a.predicate.end });
    }
    for (const pattern of [HEARSAY_ADVERB, HEARSAY_PHRASE]) {
      for (const m of matchSentences(context, pattern)) markers.push({ start: m.start, end: m.end });
    }
    const covering = coveringSource(context);
    const out: Diagnostic[] = [];
    // Markers in document order: one overlaps a finding already made when it starts before the furthest end.
    let reach = -1;
    for (const marker of markers.sort((a, b) => a.start - b.start)) {
      if (inQuote(context, marker)) continue;
      // "The company is reportedly considering cuts, according to a person briefed on the plans": the report has
      // its source in the sentence, named or not (the source's own rule judges it): information.
      if (marker.start < reach) continue;
      reach = Math.max(reach, marker.end);
      const sentence = sentenceIndexAt(context, marker.start);
      const named = (sentence >= 0 ? namedNearby(context, sentence, marker) : undefined) ?? covering(marker);
      const found = q(textOf(context, marker));
      if (named) {
        const who = textOf(context, named.source ?? named.cue);
        out.push(diagnostic(
          'hearsay', marker, 'information', `Hearsay: ${found}; the source named nearby is ${who}`,
          [{ start: named.cue.start, end: named.cue.end, message: `Source named nearby: ${who}` }],
        ));
      } else {
        out.push(diagnostic('hearsay', marker, 'warning', `Hearsay: ${found} with no source named in this or the next sentence`));
      }
    }
    return dedupe(out);
  },
};
