import type { Attribution, Diagnostic } from '../types';
import type { Rule } from './rule';
import { chainsOf, isSingularAnonymous } from './sources';
import { diagnostic, isSpeakerTurn, q, textOf } from './util';

/**
 * Document level: every attributed claim goes back to one source chain (an outlet and the
 * anonymous sources it relays count as one), or the only source is one unnamed person.
 * Needs at least two attributions, or one whose source is a single anonymous person.
 */
export const singleSource: Rule = {
  id: 'single-source',
  summary: "The document's attributed claims all go back to one source.",
  defaultSeverity: 'warning',
  check(context) {
    const { keyOf, ordered } = chainsOf(context);
    // A sentence that continues a quotation is the same attribution, not a second claim.
    const sourced = ordered.filter((a) => keyOf.has(a) && !a.inherited);
    if (sourced.length === 0) return [];
    // An interview or a transcript ("A: …", "MINISTER: …"), where every claim is a speaker's turn, has one source by design.
    // ("A: We hope to have an agreement … I want to be clear": a view the interviewee states in a turn is part of that turn.)
    const turns = sourced.filter(isSpeakerTurn);
    const paragraphOf = (a: Attribution) => context.document.sentences[a.sentence]?.paragraph;
    const turnParagraphs = new Set(turns.map(paragraphOf));
    const insideTurn = (a: Attribution) => turnParagraphs.has(paragraphOf(a));
    if (turns.length > 0 && sourced.every((a) => turns.includes(a) || insideTurn(a))) return [];
    const keys = new Set(sourced.map((a) => keyOf.get(a)!));
    if (keys.size !== 1) return [];
    const first = sourced[0];
    const lone = sourced.every((a) => isSingularAnonymous(context, a));
    if (sourced.length < 2 && !lone) return [];
    const name = first.relayedBy ? textOf(context, first.relayedBy) : textOf(context, first.source!);
    const out: Diagnostic[] = [];
    const message = lone
      ? `Single source: the only source is one unnamed person, ${q(textOf(context, first.source!))}`
      : `Single source: all ${sourced.length} attributions go back to ${q(name)}`;
    out.push(diagnostic(
      'single-source', first.source!, 'warning', message,
      sourced.slice(1, 6).map((a) => ({ start: a.cue.start, end: a.cue.end, message: 'Same source chain' })),
    ));
    return out;
  },
};
