import type { Diagnostic, Sentence, Span } from '../types';
import type { Rule, RuleContext } from './rule';
import { PASSIVE_DENIAL, PASSIVE_REJECTION } from './patterns';
import { attributionsInSentence, dedupe, diagnostic, inQuote, matchSentences, q, textOf, trimPunctuation } from './util';

/** A word right after the participle that makes it "denied something" (bail, access), not a denial of a claim. */
const OBJECT_AFTER = /^\s+(?:a|an|any|access|entry|bail|permission|parole|visas?|licen[cs]es?|approval|the\s+(?!next\b|following\b|same\b)|his|her|their|its|them|him|us|me)\b/i;
/**
 * A claim in the legal sense, "the claim was dismissed": a court's ruling on a lawsuit, given in the judgment the
 * story reports, not a denial of something said. Known by the document speaking of a court's parties or its judgment.
 */
const LEGAL_CLAIM = /^(?:the|this|that|these|those|its|their|his|her)\s+(?:\w+\s+)?claims?$/i;
const RULING = /\b(?:dismissed|rejected|struck\s+out)\b/i;
const LEGAL_DOCUMENT = /\b(?:claimants?|plaintiffs?|defendants?|appellants?|respondents?|tribunal|judgment|judicial\s+review|the\s+(?:high|district|county|supreme|federal|appeals?)\s+court|court\s+of\s+appeals?|the\s+judge)\b/gi;

function legalDocument(context: RuleContext): boolean {
  const text = context.document.prose;
  let n = 0;
  for (const _ of text.matchAll(LEGAL_DOCUMENT)) if (++n >= 2) return true;
  return false;
}

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
    let legal: boolean | undefined;
    for (const pattern of [PASSIVE_DENIAL, PASSIVE_REJECTION]) {
      for (const m of matchSentences(context, pattern)) {
        if (inQuote(context, m)) continue;
        const after = context.document.prose.slice(m.end, m.sentence.end);
        if (AGENT_AFTER.test(after) || OBJECT_AFTER.test(after)) continue;
        const subject = m.match[1];
        if (LEGAL_CLAIM.test(subject) && RULING.test(m.match[0]) && (legal ??= legalDocument(context))) continue;
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
