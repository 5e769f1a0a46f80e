import type { Span } from '../core/types';
import { locate } from './anchor';
import type { FileRuleIgnore, OccurrenceIgnore } from './sidecar';

/** The ignores of one file, as the sidecar holds them. */
export interface FileIgnores {
  occurrences: OccurrenceIgnore[];
  fileRules: FileRuleIgnore[];
}

/** A finding as far as ignoring goes: a rule id and a span. */
export interface Finding extends Span {
  code: string;
}

export interface AppliedIgnores {
  /** Indexes (into the findings given) of the findings that are hidden. */
  hidden: Set<number>;
  /** Occurrence ignores whose anchor is no longer found in the text. */
  orphans: OccurrenceIgnore[];
}

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end || a.start === b.start && a.end === b.end;

/**
 * Re-locates every occurrence ignore of the file in the current text (fuzzy, so it survives
 * edits) and hides the findings it covers; a rule ignored in the file hides all its findings.
 */
export function applyIgnores(text: string, findings: ReadonlyArray<Finding>, ignores: FileIgnores | null | undefined): AppliedIgnores {
  const hidden = new Set<number>();
  const orphans: OccurrenceIgnore[] = [];
  if (!ignores) return { hidden, orphans };
  const rules = new Set(ignores.fileRules.map((r) => r.rule));
  findings.forEach((f, i) => {
    if (rules.has(f.code)) hidden.add(i);
  });
  const taken: Span[] = [];
  for (const occ of ignores.occurrences) {
    if (occ.text === '') {
      // A document-level finding (empty span): the rule's empty-span findings.
      findings.forEach((f, i) => {
        if (f.code === occ.rule && f.start === f.end) hidden.add(i);
      });
      continue;
    }
    const at = locate(text, occ, taken);
    if (!at) {
      orphans.push(occ);
      continue;
    }
    taken.push(at);
    findings.forEach((f, i) => {
      if (f.code === occ.rule && overlaps(f, at)) hidden.add(i);
    });
  }
  return { hidden, orphans };
}
