import type { Diagnostic, Sentence, Span } from '../types';
import type { Rule, RuleContext } from './rule';
import { PASSIVE_DENIAL, PASSIVE_REJECTION } from './patterns';
import { attributionsInSentence, dedupe, diagnostic, inQuote, matchSentences, q, textOf, trimPunctuation } from './util';

/** A word right after the participle that makes it "denied something" (bail, access), not a denial of a claim. */
const OBJECT_AFTER = /^\s+(?:a|an|any|access|entry|bail|permission|parole|visas?|licen[cs]es?|approval|the\s+(?!next\b|following\b|same\b)|his|her|their|its|them|him|us|me)\b/i;
/**
 * The denier as a "by" agent, right after the participle or after what it called the claim and when ("were dismissed as
 * \"baseless\" by the company", "was denied on Monday by the ministry").
 */
const AGENT_AFTER = /^(?:\s+(?:as\s+[^.;]{1,40}?|outright|flatly|strongly|firmly|swiftly|quickly|immediately|again|later|earlier|on\s+\p{L}+|in\s+(?:a|an|the)\s+(?:\w+\s+)?statement)[,]?)*\s+by\b/iu;
const REPORTING = /\b(?:report(?:ed|s)?|said|says|according to|told|claimed|alleged|wrote|cited|citing)\b/i;

/** The claim a denial contests: the clause before ", which", or the nearest earlier claim. */
function contestedClaim(context: RuleContext, sentence: Sentence, subject: string, subjectStart: number): Span | null {
  const doc = context.document;
  if (/^which$/i.test(subject)) {
    const before = trimPunctuation(context, { start: sentence.start, end: subjectStart });
    return before.end > before.start ? before : null;
  }
  const wantsReport = !/^(?:this|that|it|these|those)$/i.test(subject);
  for (let i = sentence.index - 1; i >= Math.max(0, sentence.index - (wantsReport ? 5 : 1)); i--) {
    const s = doc.sentences[i];
    const attributed = attributionsInSentence(context, i).filter((a) => a.content && a.cueClass !== 'denial');
    const text = doc.prose.slice(s.start, s.end);
    if (wantsReport && attributed.length === 0 && !REPORTING.test(text) && i !== sentence.index - 1) continue;
    if (attributed.length > 0) {
      const a = attributed[attributed.length - 1];
      return { start: a.content!.start, end: a.content!.end };
    }
    return trimPunctuation(context, s);
  }
  return null;
}

/** A denial with no denier: "this was subsequently denied". The related span is the claim it contests. */
export const unattributedDenial: Rule = {
  id: 'unattributed-denial',
  summary: 'A denial with no denier: who denied it?',
  defaultSeverity: 'warning',
  check(context) {
    const out: Diagnostic[] = [];
    for (const pattern of [PASSIVE_DENIAL, PASSIVE_REJECTION]) {
      for (const m of matchSentences(context, pattern)) {
        if (inQuote(context, m)) continue;
        const after = context.document.prose.slice(m.end, m.sentence.end);
        if (AGENT_AFTER.test(after) || OBJECT_AFTER.test(after)) continue;
        const subject = m.match[1];
        const span = { start: m.start, end: m.end };
        const claim = contestedClaim(context, m.sentence, subject, m.start);
        out.push(diagnostic(
          'unattributed-denial', span, 'warning', `Denial with no denier: ${q(textOf(context, span))}`,
          claim ? [{ ...claim, message: `The claim that was denied: ${q(textOf(context, claim).slice(0, 80))}` }] : undefined,
        ));
      }
    }
    return dedupe(out);
  },
};
