import { DiagnosticSeverity, type Diagnostic as LspDiagnostic } from 'vscode-languageserver';
import type { DocumentInfo } from '../analysisService';
import type { Diagnostic, Severity } from '../core/types';
import { toRange } from '../positions';
import { severityRank, type Settings } from '../settings';

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
}

/** The severity a finding gets under the user's settings, or null when it is not shown. */
export function effectiveSeverity(d: Diagnostic, settings: Settings): Severity | null {
  const level = settings.rules[d.code];
  if (level === 'off') return null;
  const severity = level ?? d.severity;
  return severityRank(severity) <= severityRank(settings.minimumSeverity) ? severity : null;
}

/** The LSP diagnostics of one analysed document version. */
export function toLspDiagnostics(info: DocumentInfo): LspDiagnostic[] {
  const { document, analysis, refusal, settings } = info;
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
  const out: LspDiagnostic[] = [];
  for (const e of analysis.document.frontMatter.errors) {
    out.push({ range: toRange(document, e.span), severity: DiagnosticSeverity.Warning, source: 'sourcelens', code: 'front-matter', message: e.message });
  }
  for (const d of analysis.diagnostics) {
    const severity = effectiveSeverity(d, settings);
    if (!severity) continue;
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
    out.push(lsp);
  }
  return out;
}
