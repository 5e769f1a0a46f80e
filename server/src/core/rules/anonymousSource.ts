import type { Diagnostic } from '../types';
import type { Rule } from './rule';
import { anonymousAttributions, classify, sourceCore } from './sources';
import { dedupe, diagnostic, q, textOf } from './util';

/** An unnamed person or group is the source: warning when vague, information when described. */
export const anonymousSource: Rule = {
  id: 'anonymous-source',
  summary: 'An unnamed person or group is the source of the claim.',
  defaultSeverity: 'warning',
  check(context) {
    const out: Diagnostic[] = [];
    for (const a of anonymousAttributions(context)) {
      const described = classify(context, a) === 'described-anonymous';
      const source = sourceCore(context, a);
      const relay = a.relayedBy ? `, relayed by ${textOf(context, a.relayedBy)}` : '';
      // ("A spokesperson for the Dutch Finance Ministry": the body speaks through someone not named, strength 3 as a
      // statement is; the message says so, since the hover shows a named organization.)
      const kind = described && a.sourceKind === 'named-organization' ? 'Anonymous source (speaks for a named organization)'
        : described ? 'Anonymous source (described)' : 'Anonymous source';
      out.push(diagnostic(
        'anonymous-source', source, described ? 'information' : 'warning',
        `${kind}: ${q(textOf(context, source))}${relay}`,
        a.relayedBy ? [{ ...span(a.relayedBy), message: `The outlet that relays ${q(textOf(context, source))}` }] : undefined,
      ));
    }
    return dedupe(out);
  },
};

function span(s: { start: number; end: number }) {
  return { start: s.start, end: s.end };
}
