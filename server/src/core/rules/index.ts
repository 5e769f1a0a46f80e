import type { Diagnostic } from '../types';
import type { Rule, RuleContext } from './rule';

/** Every sourcing rule, in documentation order. */
export const rules: Rule[] = [];

/** Runs every rule; a rule that throws is skipped rather than losing the others' findings. */
export function runRules(context: RuleContext): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const rule of rules) {
    try {
      out.push(...rule.check(context));
    } catch {
      // A defect in one rule must not take the document's other diagnostics down.
    }
  }
  return out.sort((a, b) => a.start - b.start || a.end - b.end);
}
