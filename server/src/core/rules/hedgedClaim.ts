import type { Diagnostic, Span } from '../types';
import type { Rule } from './rule';
import { HEDGE, SCHEDULED_RELEASE } from './patterns';
import { boilerplateParagraphs, diagnostic, isPressRelease, isQuestion, matchSentences, q, textOf } from './util';
import { isAuthorVoice } from './voice';

/** An indefinite group and its relative pronoun: "anyone who", "those who", "any driver that", "residents who". */
const WHOEVER_BEFORE = /\b(?:anyone|anybody|someone|somebody|everyone|whoever|those|people|residents|customers|drivers|passengers|motorists|witnesses|any\s+[\w-]+)\s+(?:who|that)\s+$/i;

/**
 * An epistemic hedge in the author's own voice ("could potentially"). Hedges inside content
 * attributed to someone, or inside a quotation, are the source's and are not flagged.
 */
export const hedgedClaim: Rule = {
  id: 'hedged-claim',
  summary: "An epistemic hedge in the author's own voice.",
  defaultSeverity: 'hint',
  check(context) {
    // (A press release is its issuer's own account throughout.)
    if (isPressRelease(context)) return [];
    const prose = context.document.prose;
    const matches = matchSentences(context, HEDGE)
      .filter((m) => !(m.match[0] === 'May' || /^May\b/.test(m.match[0])) && !isQuestion(context, m.sentence) && !boilerplateParagraphs(context).has(m.sentence.paragraph))
      // "812 likely voters", "more likely to take the drug": a poll term and a comparison, not hedges.
      .filter((m) => !(/^likely$/i.test(m.match[0]) && (/^\s+voters\b/i.test(prose.slice(m.end, m.end + 8)) || /\b(?:more|less|most|least|twice|times|as)\s+$/i.test(prose.slice(Math.max(0, m.start - 8), m.start)))))
      // "centralizing European military might", "the might of the navy": the noun; a modal goes on with a verb.
      .filter((m) => !(/^might$/i.test(m.match[0]) && /^\s*(?:[,.;:)!?—–]|(?:of|and|in|as|that|which|to)\b|$)/i.test(prose.slice(m.end, m.end + 8))))
      // ("appealing to anyone who may have camera footage", "residents who might be affected": a modal that describes whom an
      // appeal or a notice is for hedges no claim.)
      .filter((m) => !(/^(?:may|might|could)$/i.test(m.match[0]) && WHOEVER_BEFORE.test(prose.slice(Math.max(0, m.start - 48), m.start))));
    // ("Shopify is expected to report first-quarter results on May 4": a body's published calendar, not a hedge.)
    const scheduled = (m: { match: RegExpExecArray | RegExpMatchArray; end: number; sentence: { index: number; end: number } }) => /\bexpected\s+to$/i.test(m.match[0])
      && SCHEDULED_RELEASE.test(prose.slice(m.end, m.sentence.end))
      && context.dates.some((d) => d.sentence === m.sentence.index && d.precision === 'day');
    // Adjacent hedges are one finding: "could potentially", "may well possibly".
    const spans: Span[] = [];
    for (const m of matches) {
      if (scheduled(m)) continue;
      const last = spans[spans.length - 1];
      if (last && /^\s*$/.test(context.document.prose.slice(last.end, m.start))) last.end = m.end;
      else spans.push({ start: m.start, end: m.end });
    }
    const out: Diagnostic[] = [];
    for (const span of spans) {
      if (!isAuthorVoice(context, span)) continue;
      out.push(diagnostic('hedged-claim', span, 'hint', `Hedge in the author's voice: ${q(textOf(context, span))}`));
    }
    return out;
  },
};
