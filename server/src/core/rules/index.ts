import type { Diagnostic, RuleId, Severity } from '../types';
import { anonymityUnexplained } from './anonymityUnexplained';
import { anonymousSource } from './anonymousSource';
import { contestedClaim } from './contestedClaim';
import { doubtMarker } from './doubtMarker';
import { hearsay } from './hearsay';
import { hedgedClaim } from './hedgedClaim';
import { loadedVerb } from './loadedVerb';
import { missingPublicationDate } from './missingPublicationDate';
import { passiveAttribution } from './passiveAttribution';
import { relayedReport } from './relayedReport';
import type { Rule, RuleContext } from './rule';
import { singleSource } from './singleSource';
import { speculativeAnonymous } from './speculativeAnonymous';
import { unattributedClaim } from './unattributedClaim';
import { unattributedDenial } from './unattributedDenial';
import { vagueAttribution } from './vagueAttribution';

/** Every sourcing rule, in documentation order (docs/sourcing-rules.md). */
export const rules: Rule[] = [
  anonymousSource,
  anonymityUnexplained,
  speculativeAnonymous,
  vagueAttribution,
  passiveAttribution,
  hearsay,
  relayedReport,
  singleSource,
  unattributedClaim,
  unattributedDenial,
  contestedClaim,
  hedgedClaim,
  loadedVerb,
  doubtMarker,
  missingPublicationDate,
];

/** What hovers and `codeDescription` links show for a rule id. */
export interface RuleDoc {
  summary: string;
  /** The rule's usual severity; some findings come out lower (see docs/rules.md). */
  defaultSeverity: Severity;
}

/** Summary and default severity of every rule id, derived from the rules themselves. */
export const ruleDocs: Record<RuleId, RuleDoc> = Object.fromEntries(
  rules.map((r) => [r.id, { summary: r.summary, defaultSeverity: r.defaultSeverity }]),
) as Record<RuleId, RuleDoc>;

/** Runs every rule; a rule that throws is skipped rather than losing the others' findings. */
export function runRules(context: RuleContext): Diagnostic[] {
  const out: Diagnostic[] = [];
  // A release's or wire story's apparatus (an "About …" section, a byline, a credit line) is nobody's claim.
  const apparatus = context.document.apparatus ?? [];
  const inApparatus = (d: Diagnostic) => d.code !== 'missing-publication-date' && apparatus.some((s) => d.start >= s.start && d.start < s.end);
  for (const rule of rules) {
    try {
      const found = rule.check(context);
      for (const d of found) {
        // A malformed finding (no span, wrong code) must not reach the editor.
        if (Number.isFinite(d.start) && Number.isFinite(d.end) && d.end >= d.start && d.code === rule.id && !inApparatus(d)) out.push(d);
      }
    } catch {
      // A defect in one rule must not take the document's other diagnostics down.
    }
  }
  return out.sort((a, b) => a.start - b.start || a.end - b.end);
}
