import { DiagnosticSeverity, type Diagnostic as LspDiagnostic } from 'vscode-languageserver';
import type { DocumentInfo } from '../analysisService';
import type { Diagnostic, Severity } from '../core/types';
import { applyIgnores, type Finding } from '../ignores/apply';
import { toRange } from '../positions';
import { severityRank, type Settings } from '../settings';
import { stableAnswer } from '../stableAnswers';

const LSP_SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** Where each rule is documented; set once by the server from its install location. */
let ruleDocsBase: string | undefined;
export function setRuleDocsBase(uri: string | undefined): void {
  ruleDocsBase = uri;
  recent.clear();
}

/** The severity a finding gets under the user's settings, or null when it is not shown. */
export function effectiveSeverity(d: Diagnostic, settings: Settings): Severity | null {
  const level = settings.rules[d.code];
  if (level === 'off') return null;
  const severity = level ?? d.severity;
  return severityRank(severity) <= severityRank(settings.minimumSeverity) ? severity : null;
}

/** Code of the information diagnostic that reports an ignore whose anchor is gone. */
export const ORPHAN_CODE = 'orphaned-ignore';

/** What the conversion needs of an analysed version (a DocumentInfo, or a scanned closed file). */
export type DiagnosticInput = Pick<DocumentInfo, 'document' | 'analysis' | 'refusal' | 'settings' | 'ignores'>;

const memo = new WeakMap<object, LspDiagnostic[]>();

/**
 * The diagnostics of the last conversion of each recently converted document, in text order. A
 * keystroke in a long document changes a few of its findings: the others come back as the same
 * frozen objects, which the stdio writer encodes once (see stableAnswers.withStableParts), so a
 * report of 2,000 findings is not serialized again on every edit.
 */
const recent = new Map<string, LspDiagnostic[]>();
const RECENT_DOCUMENTS = 16;

/**
 * The LSP diagnostics of one analysed document version: findings under the user's severities,
 * minus the ones ignored in `.sourcelens/ignores.json` (re-located in this version's text), plus
 * one information diagnostic per ignore whose anchor is no longer found.
 */
export function toLspDiagnostics(info: DiagnosticInput): LspDiagnostic[] {
  let out = memo.get(info);
  if (!out) {
    out = convert(info);
    memo.set(info, out);
  }
  return out;
}

function convert(info: DiagnosticInput): LspDiagnostic[] {
  const { document, analysis, refusal } = info;
  if (refusal) {
    return [{
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      severity: DiagnosticSeverity.Information,
      source: 'sourcelens',
      code: refusal.reason === 'binary' ? 'not-analysed-binary' : 'not-analysed-size',
      message: refusal.message,
    }];
  }
  if (!analysis) return [];
  const findings: Array<Finding & { make(): LspDiagnostic | null }> = [];
  for (const e of analysis.document.frontMatter.errors) {
    findings.push({
      code: 'front-matter', start: e.span.start, end: e.span.end,
      make: () => ({ range: toRange(document, e.span), severity: DiagnosticSeverity.Warning, source: 'sourcelens', code: 'front-matter', message: e.message }),
    });
  }
  for (const d of analysis.diagnostics) {
    findings.push({ code: d.code, start: d.start, end: d.end, make: () => toLsp(d, info) });
  }
  const { hidden, orphans } = applyIgnores(analysis.document.text, findings, info.ignores);
  // The previous list is in text order, as this one is: one pass finds each finding's earlier self.
  const earlier = recent.get(document.uri) ?? [];
  let j = 0;
  const out: LspDiagnostic[] = [];
  findings.forEach((f, i) => {
    if (hidden.has(i)) return;
    const lsp = f.make();
    if (!lsp) return;
    while (j < earlier.length && beforeStart(earlier[j], lsp)) j++;
    let kept: LspDiagnostic | undefined;
    for (let k = j; k < earlier.length && !kept && !beforeStart(lsp, earlier[k]); k++) {
      if (earlier[k].code === lsp.code && sameRange(earlier[k].range, lsp.range) && sameDiagnostic(earlier[k], lsp)) kept = earlier[k];
    }
    out.push(kept ?? stableAnswer(lsp));
  });
  recent.delete(document.uri);
  recent.set(document.uri, out);
  if (recent.size > RECENT_DOCUMENTS) recent.delete(recent.keys().next().value!);
  for (const o of orphans) {
    out.push({
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      severity: DiagnosticSeverity.Information,
      source: 'sourcelens',
      code: ORPHAN_CODE,
      message: `An ignored ${o.rule} finding is no longer found in this file: "${o.text.length > 60 ? `${o.text.slice(0, 57)}...` : o.text}". Remove the ignore, or edit .sourcelens/ignores.json.`,
      data: { ignoreId: o.id },
    });
  }
  return out;
}

const sameRange = (a: LspDiagnostic['range'], b: LspDiagnostic['range']) => a.start.line === b.start.line
  && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;
const beforeStart = (a: LspDiagnostic, b: LspDiagnostic) => a.range.start.line < b.range.start.line
  || (a.range.start.line === b.range.start.line && a.range.start.character < b.range.start.character);

/** Do two diagnostics of the same place say the same thing? */
function sameDiagnostic(a: LspDiagnostic, b: LspDiagnostic): boolean {
  if (a.severity !== b.severity || a.message !== b.message || a.source !== b.source || a.codeDescription?.href !== b.codeDescription?.href) return false;
  if ((a.data === undefined) !== (b.data === undefined) || (a.data !== undefined && JSON.stringify(a.data) !== JSON.stringify(b.data))) return false;
  const ra = a.relatedInformation ?? [];
  const rb = b.relatedInformation ?? [];
  return ra.length === rb.length && ra.every((r, i) => r.message === rb[i].message && r.location.uri === rb[i].location.uri && sameRange(r.location.range, rb[i].location.range));
}

function toLsp(d: Diagnostic, info: DiagnosticInput): LspDiagnostic | null {
  const { document, settings } = info;
  const severity = effectiveSeverity(d, settings);
  if (!severity) return null;
  const lsp: LspDiagnostic = {
    range: toRange(document, d),
    severity: LSP_SEVERITY[severity],
    source: 'sourcelens',
    code: d.code,
    message: d.message,
  };
  if (ruleDocsBase) lsp.codeDescription = { href: `${ruleDocsBase}#${d.code}` };
  if (d.related?.length) {
    lsp.relatedInformation = d.related.map((r) => ({
      location: { uri: document.uri, range: toRange(document, r) },
      message: r.message,
    }));
  }
  return lsp;
}
