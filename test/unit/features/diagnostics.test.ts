import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze } from '../../../server/src/core/analyze';
import type { Analysis } from '../../../server/src/core/types';
import type { DocumentInfo } from '../../../server/src/analysisService';
import { setRuleDocsBase, toLspDiagnostics } from '../../../server/src/features/diagnostics';
import { exportDocument, shownAnalysis } from '../../../server/src/features/exportDocument';
import { defaultSettings } from '../../../server/src/settings';
import { isStableAnswer } from '../../../server/src/stableAnswers';
import { quickAnalysis } from '../../../server/src/workspace/quickDiagnostics';

const uri = 'file:///desk/harbour.news';
const published = '2026-03-02';
const ARTICLE = '---\npublished: 2026-03-02\n---\n' + [
  'The harbour authority will close the north quay in June, people familiar with the matter said.',
  'The ferry operator plans to cut 40 jobs, according to a person close to the company.',
  'Dockworkers have been told the terminal will be sold, sources said.',
].join('\n\n');

const infoOf = (text: string, version: number, analysis: Analysis) => ({
  document: TextDocument.create(uri, 'sourcelens', version, text), analysis, refusal: null, settings: defaultSettings, ignores: null,
});

/** A new version of ARTICLE's analysis after `edit`, as the server makes it on a keystroke. */
function edited(edit: (text: string) => string) {
  const first = analyze(ARTICLE, { published });
  const before = toLspDiagnostics(infoOf(ARTICLE, 1, first));
  const text = edit(ARTICLE);
  const quick = quickAnalysis(first, text, { published });
  assert.ok(quick, 'a local edit gets a quick analysis');
  const after = toLspDiagnostics(infoOf(text, 2, quick));
  // The same version converted with nothing to reuse (a new rule-docs base clears what is kept).
  setRuleDocsBase(undefined);
  const fresh = toLspDiagnostics(infoOf(text, 2, quick));
  return { before, after, fresh };
}

describe('LSP diagnostics of successive versions', () => {
  it('keeps the objects of findings an edit did not touch, and makes new ones where it did', () => {
    const { before, after, fresh } = edited((t) => t.replace('40 jobs', '140 jobs'));
    assert.equal(before.length, 8, before.map((d) => d.code).join(', '));
    assert.deepEqual(JSON.parse(JSON.stringify(after)), JSON.parse(JSON.stringify(fresh)), 'what is sent does not depend on what was kept');
    const json = (d: unknown) => JSON.stringify(d);
    assert.deepEqual(after.map((d) => before.includes(d)), after.map((d) => before.some((b) => json(b) === json(d))),
      'a finding is the same object exactly when it says the same thing at the same place');
    assert.deepEqual(after.map((d) => before.includes(d)), [true, true, false, false, false, true, true, true],
      'the other paragraphs keep theirs; in the edited one, the source moved (its two findings), and so did the related span of its prediction');
    assert.ok(after.every((d) => isStableAnswer(d)), 'every diagnostic is frozen, so its encoding can be reused');
  });

  it('does not keep a finding whose lines moved', () => {
    const { before, after, fresh } = edited((t) => t.replace('in June,', 'in June\n(subject to a vote),'));
    assert.deepEqual(JSON.parse(JSON.stringify(after)), JSON.parse(JSON.stringify(fresh)));
    const last = after[after.length - 1];
    assert.equal(last.range.start.line, 8, 'the third paragraph moved down a line');
    assert.ok(!before.includes(last));
  });

  it('does not keep a finding whose message changed', () => {
    const { before, after, fresh } = edited((t) => t.replace('a person close to the company', 'a person close to the board'));
    assert.deepEqual(JSON.parse(JSON.stringify(after)), JSON.parse(JSON.stringify(fresh)));
    const second = after.find((d) => d.range.start.line === 5 && d.code === 'anonymous-source');
    assert.ok(second && /board/.test(String(second.message)), String(second?.message));
    assert.ok(!before.includes(second));
  });
});

describe('the document export', () => {
  it('exports the findings the Problems panel shows: the user\'s severities, without rules turned off or ignored in the file', () => {
    const analysis = analyze(ARTICLE, { published });
    const codes = [...new Set(analysis.diagnostics.map((d) => d.code))];
    assert.ok(codes.includes('anonymous-source') && codes.length >= 2, `the article has findings of several rules: ${codes.join(', ')}`);
    const [raised, ignored, ...rest] = codes;
    const settings = { ...defaultSettings, rules: { [raised]: 'error' as const, [rest[0] ?? raised]: 'off' as const } };
    const info = { uri, version: 1, ...infoOf(ARTICLE, 1, analysis), settings, ignores: { occurrences: [], fileRules: [{ rule: ignored }] } } as unknown as DocumentInfo;
    const shown = shownAnalysis(info, analysis);
    const lsp = toLspDiagnostics(info);
    assert.equal(shown.diagnostics.length, lsp.length);
    assert.ok(shown.diagnostics.every((d) => d.code !== ignored && d.code !== rest[0]));
    assert.ok(shown.diagnostics.filter((d) => d.code === raised).every((d) => d.severity === 'error'));
    assert.ok(shown.diagnostics.some((d) => d.code === raised));
    const sarif = JSON.parse(exportDocument(info, 'sarif').text!) as { runs: Array<{ results: Array<{ ruleId: string; level: string }> }> };
    assert.deepEqual(sarif.runs[0].results.map((r) => r.ruleId), shown.diagnostics.map((d) => d.code));
    assert.ok(sarif.runs[0].results.filter((r) => r.ruleId === raised).every((r) => r.level === 'error'));
    assert.equal(analysis.diagnostics.length > shown.diagnostics.length, true, 'the analysis itself is left as it was');
    assert.match(exportDocument({ ...info, analysis: null, refusal: { reason: 'binary', message: 'Sourcelens did not analyse this file: it is binary.' } } as DocumentInfo, 'sarif').note ?? '', /binary/);
  });
});
