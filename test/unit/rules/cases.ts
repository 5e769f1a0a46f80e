import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze } from '../../../server/src/core/analyze';
import type { AnalysisOptions, Diagnostic, RuleId, Severity } from '../../../server/src/core/types';

/**
 * One example of a rule, run through the whole pipeline (`analyze`). `body` is the article
 * text; it gets front matter with `published: 2026-02-07` unless `published` says otherwise
 * (null: no front matter at all).
 */
export interface RuleCase {
  name: string;
  body: string;
  /** The rule must fire with exactly this span text (each entry once at least). */
  flag?: string | string[];
  /** Expected severity of the `flag` findings. */
  severity?: Severity;
  /** The rule must not fire on a span overlapping any of these substrings. */
  notOn?: string | string[];
  /** The rule must not fire anywhere in the document. */
  none?: boolean;
  /** How many findings of the rule there must be in all. */
  count?: number;
  /** A substring the finding's message must contain. */
  message?: string;
  /** A substring that a related span of the first `flag` finding must cover. */
  related?: string;
  published?: string | null;
  /** The front matter's outlet, when the case needs one. */
  outlet?: string;
  options?: AnalysisOptions;
}

const PUBLISHED = '2026-02-07';

/** The document text of a case. */
export function documentOf(c: RuleCase): string {
  const published = c.published === undefined ? PUBLISHED : c.published;
  const outlet = c.outlet ? `outlet: ${c.outlet}\n` : '';
  return published === null ? c.body : `---\ntitle: Test article\n${outlet}published: ${published}\n---\n${c.body}`;
}

function list(v: string | string[] | undefined): string[] {
  return v === undefined ? [] : Array.isArray(v) ? v : [v];
}

function show(text: string, ds: Diagnostic[]): string {
  return ds.map((d) => `${d.severity} [${text.slice(d.start, d.end)}] ${d.message}`).join('\n  ') || '(none)';
}

/** Runs a table of cases for one rule id as node:test cases. */
export function ruleCases(code: RuleId, cases: RuleCase[]): void {
  describe(code, () => {
    for (const c of cases) {
      it(c.name, () => {
        const text = documentOf(c);
        const analysis = analyze(text, c.options ?? {});
        const found = analysis.diagnostics.filter((d) => d.code === code);
        const seen = show(text, found);
        for (const [index, flag] of list(c.flag).entries()) {
          const hits = found.filter((d) => text.slice(d.start, d.end) === flag);
          assert.ok(hits.length > 0, `expected ${code} on [${flag}], got:\n  ${seen}`);
          if (c.severity) assert.ok(hits.some((d) => d.severity === c.severity), `expected ${c.severity} on [${flag}], got:\n  ${seen}`);
          if (c.message) assert.ok(hits.some((d) => d.message.includes(c.message!)), `expected message with "${c.message}", got:\n  ${seen}`);
          if (c.related && index === 0) {
            const at = text.indexOf(c.related);
            assert.ok(at >= 0, `related text not in document: ${c.related}`);
            const ok = hits.some((d) => d.related?.some((r) => r.start <= at && at + c.related!.length <= r.end
              || r.start >= at && r.end <= at + c.related!.length));
            assert.ok(ok, `expected a related span on [${c.related}], got: ${JSON.stringify(hits.map((d) => d.related?.map((r) => text.slice(r.start, r.end))))}`);
          }
        }
        for (const not of list(c.notOn)) {
          const at = text.indexOf(not);
          assert.ok(at >= 0, `notOn text not in document: ${not}`);
          const bad = found.filter((d) => d.start < at + not.length && at < d.end);
          assert.equal(bad.length, 0, `expected no ${code} on [${not}], got:\n  ${show(text, bad)}`);
        }
        if (c.none) assert.equal(found.length, 0, `expected no ${code}, got:\n  ${seen}`);
        if (c.count !== undefined) assert.equal(found.length, c.count, `expected ${c.count} ${code}, got:\n  ${seen}`);
      });
    }
  });
}
