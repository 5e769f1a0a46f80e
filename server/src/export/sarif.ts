/**
 * Sourcing diagnostics as a SARIF 2.1.0 log, the format code-scanning services and review tools
 * read. One run, one rule descriptor per rule id, one result per finding with its related spans.
 * Regions give 1-based lines and columns counted in UTF-16 code units (`columnKind`), the same
 * units as the engine's offsets, plus the offset and length themselves.
 */
import { TextDocument } from 'vscode-languageserver-textdocument';
import { ruleDocs, rules } from '../core/rules';
import type { Analysis, Diagnostic, Severity, Span } from '../core/types';
import { toRange } from '../positions';

/** One analysed file: where it lives (a URI or a path as given) and what it holds. */
export interface ExportedFile {
  uri: string;
  text: string;
  analysis: Analysis;
}

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };

/** A rule id in the words of its documentation heading: "anonymous-source" → "AnonymousSource". */
function ruleName(id: string): string {
  return id.split('-').map((w) => w[0].toUpperCase() + w.slice(1)).join('');
}

function region(document: TextDocument, text: string, span: Span) {
  const { start, end } = toRange(document, span);
  return {
    startLine: start.line + 1,
    startColumn: start.character + 1,
    endLine: end.line + 1,
    endColumn: end.character + 1,
    charOffset: span.start,
    charLength: span.end - span.start,
    snippet: { text: text.slice(span.start, span.end) },
  };
}

function result(d: Diagnostic, file: ExportedFile, index: number, document: TextDocument) {
  const location = (span: Span) => ({ physicalLocation: { artifactLocation: { uri: file.uri, index }, region: region(document, file.text, span) } });
  return {
    ruleId: d.code,
    ruleIndex: rules.findIndex((r) => r.id === d.code),
    level: LEVEL[d.severity],
    message: { text: d.message },
    locations: [location(d)],
    ...(d.related?.length ? { relatedLocations: d.related.map((r, id) => ({ id, message: { text: r.message }, ...location(r) })) } : {}),
    // (SARIF has no level below "note"; the editor's severity is kept as it was.)
    properties: { severity: d.severity },
  };
}

/** The SARIF log of the given files' diagnostics. */
export function toSarif(files: readonly ExportedFile[], version: string) {
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{
      tool: {
        driver: {
          name: 'Sourcelens',
          version,
          rules: rules.map((r) => ({
            id: r.id,
            name: ruleName(r.id),
            shortDescription: { text: ruleDocs[r.id].summary },
            defaultConfiguration: { level: LEVEL[r.defaultSeverity] },
          })),
        },
      },
      columnKind: 'utf16CodeUnits',
      artifacts: files.map((f) => ({ location: { uri: f.uri }, encoding: 'utf-8' })),
      results: files.flatMap((f, index) => {
        const document = TextDocument.create(f.uri, 'plaintext', 0, f.text);
        return f.analysis.diagnostics.map((d) => result(d, f, index, document));
      }),
    }],
  };
}
