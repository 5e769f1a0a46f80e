import type { Diagnostic } from '../types';
import type { Rule } from './rule';
import { PASSIVE_ACCUSATION, PASSIVE_IT_CLEFT, PASSIVE_RAISING, PASSIVE_WIDELY } from './patterns';
import { attributionsCovering, dedupe, diagnostic, inQuote, matchSentences, q, sentenceProse, textOf } from './util';

/** An agentless reporting verb: "it is believed", "is said to", "was accused of". A `by` agent cancels it. */
export const passiveAttribution: Rule = {
  id: 'passive-attribution',
  summary: 'A reporting verb with no agent: who believes, says or accuses?',
  defaultSeverity: 'warning',
  check(context) {
    const out: Diagnostic[] = [];
    for (const pattern of [PASSIVE_IT_CLEFT, PASSIVE_RAISING, PASSIVE_ACCUSATION, PASSIVE_WIDELY]) {
      for (const m of matchSentences(context, pattern)) {
        if (inQuote(context, m)) continue;
        const after = context.document.prose.slice(m.end, m.end + 40);
        // "can be reported to PSO", "were reported to area police": an office things are reported to, no claim.
        if (pattern === PASSIVE_RAISING && /^\s+(?:the|a|an|its|their|his|her|our|your|area|local|state|federal|police|authorities|officials|\p{Lu})/u.test(after)) continue;
        // "Whitcomb is accused of robbing four stores, police said", "…, according to the complaint": the
        // accuser is the source of the attribution that covers it.
        const covering = attributionsCovering(context, m);
        if (pattern === PASSIVE_ACCUSATION && covering.some((a) => a.source)) continue;
        // "The president is believed to favor the talks, according to one official", "It is understood that …, the
        // paper reports": the passive is the words of a source a cue names, who is then the one to judge.
        if (covering.some((a) => a.source && a.sourceKind !== 'none' && !a.inherited && (a.cue.end <= m.start || a.cue.start >= m.end))) continue;
        // The rest of the clause: a "by" agent there names who reports ("was accused by prosecutors of").
        const sentenceEnd = m.sentence.end;
        const rest = sentenceProse(context, { start: m.start, end: sentenceEnd });
        const clause = /^[^,;:.—–]*/.exec(rest)?.[0] ?? rest;
        // (After "It is understood that …" the clause is the content: "put off by the claims" is no agent of "understood".)
        const agentZone = pattern === PASSIVE_IT_CLEFT ? /^[^,;:.—–]*?(?=\bthat\b|$)/.exec(clause.slice(m.end - m.start))?.[0] ?? '' : clause.slice(m.end - m.start);
        if (/\bby\s+(?!the (?:end|time|way)\b)(?:\w|["“])/i.test(agentZone)) continue;
        if (/\bby\s/i.test(clause.slice(0, m.end - m.start))) continue;
        const span = { start: m.start, end: m.end };
        out.push(diagnostic(
          'passive-attribution', span, 'warning',
          `Passive attribution: ${q(textOf(context, span))} does not say who`,
        ));
      }
    }
    return dedupe(out);
  },
};
