import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { runCli } from '../../../server/src/cli';
import { analyze } from '../../../server/src/core/analyze';
import { rules } from '../../../server/src/core/rules';
import { toSarif } from '../../../server/src/export/sarif';
import { toWebAnnotations } from '../../../server/src/export/webAnnotation';

// An emoji (two UTF-16 code units, one code point) and CRLF line ends before the findings.
const TEXT = '---\r\npublished: 2026-05-04\r\n---\r\nStorm update 🌀\r\nThe port will reopen next week, people familiar with the matter said.\r\n'
  + 'Mayor Ines Alvarado said on Friday that the damage was limited.\r\n';

function file(text = TEXT, uri = 'sources/storm.news') {
  return { uri, text, analysis: analyze(text, {}) };
}

interface Item {
  motivation: string;
  body: Array<{ purpose: string; value: string }>;
  target: { source: string; selector: Array<{ type: string; exact?: string; prefix?: string; suffix?: string; start?: number; end?: number }> };
}

describe('SARIF export', () => {
  it('describes every rule and gives each finding its rule, level, message and region', () => {
    const f = file();
    const log = toSarif([f], '1.2.3');
    assert.equal(log.version, '2.1.0');
    const run = log.runs[0];
    assert.equal(run.tool.driver.version, '1.2.3');
    assert.deepEqual(run.tool.driver.rules.map((r) => r.id), rules.map((r) => r.id));
    assert.equal(run.columnKind, 'utf16CodeUnits');
    assert.equal(run.results.length, f.analysis.diagnostics.length);
    const anonymous = run.results.find((r) => r.ruleId === 'anonymous-source');
    assert.ok(anonymous, 'the anonymous source is a result');
    assert.equal(run.tool.driver.rules[anonymous.ruleIndex].id, 'anonymous-source');
    assert.equal(anonymous.level, 'warning');
    const region = anonymous.locations[0].physicalLocation.region;
    assert.equal(region.snippet.text, 'people familiar with the matter');
    // Line 5 of the file; the column counts UTF-16 code units from 1.
    assert.equal(region.startLine, 5);
    assert.equal(region.startColumn, TEXT.split('\r\n')[4].indexOf('people') + 1);
    assert.equal(region.endColumn - region.startColumn, 'people familiar with the matter'.length);
    assert.equal(TEXT.slice(region.charOffset, region.charOffset + region.charLength), 'people familiar with the matter');
    assert.equal(anonymous.locations[0].physicalLocation.artifactLocation.uri, 'sources/storm.news');
  });
  it('maps information and hint to note and keeps the severity as a property', () => {
    const log = toSarif([file()], '0');
    for (const r of log.runs[0].results) {
      assert.ok(['error', 'warning', 'note'].includes(r.level));
      if (r.properties.severity === 'information' || r.properties.severity === 'hint') assert.equal(r.level, 'note');
    }
  });
  it('gives related spans as related locations', () => {
    const text = '---\npublished: 2026-05-04\n---\nThe minister resigned over the payments, Bloomberg reported, citing people familiar with the matter.\n';
    const f = file(text, 'a.news');
    const withRelated = f.analysis.diagnostics.find((d) => d.related?.length);
    assert.ok(withRelated, 'a finding with a related span');
    const result = toSarif([f], '0').runs[0].results.find((r) => r.ruleId === withRelated.code && r.relatedLocations);
    assert.ok(result);
    assert.equal(result.relatedLocations!.length, withRelated.related!.length);
    assert.equal(result.relatedLocations![0].physicalLocation.region.snippet.text, text.slice(withRelated.related![0].start, withRelated.related![0].end));
  });
});

describe('W3C Web Annotation export', () => {
  it('annotates entity mentions, dates, cues and findings with quote and position selectors', () => {
    const f = file();
    const page = toWebAnnotations([f]);
    assert.equal(page['@context'], 'http://www.w3.org/ns/anno.jsonld');
    const items = page.first.items as Item[];
    assert.equal(page.total, items.length);
    const mayor = items.find((a) => a.motivation === 'identifying' && a.body.some((b) => b.value === 'Ines Alvarado'));
    assert.ok(mayor, 'the mayor is identified');
    assert.ok(mayor.body.some((b) => b.purpose === 'tagging' && b.value === 'person'));
    const quote = mayor.target.selector.find((s) => s.type === 'TextQuoteSelector')!;
    const position = mayor.target.selector.find((s) => s.type === 'TextPositionSelector')!;
    assert.equal(quote.exact, 'Ines Alvarado');
    assert.ok(TEXT.includes(`${quote.prefix}${quote.exact}${quote.suffix}`));
    // Positions count code points: the emoji before the name counts once.
    assert.equal(position.start, [...TEXT.slice(0, TEXT.indexOf('Ines Alvarado'))].length);
    assert.equal(position.end! - position.start!, 'Ines Alvarado'.length);
    assert.ok(items.some((a) => a.body.some((b) => b.value === 'date') && a.body.some((b) => /^TIMEX3 2026-W/.test(b.value))), 'next week as a TIMEX3 week');
    assert.ok(items.some((a) => a.motivation === 'assessing' && a.body.some((b) => b.value === 'anonymous-source')));
    assert.ok(items.some((a) => a.body.some((b) => b.value === 'attribution') && a.body.some((b) => /Ines Alvarado \(named-person, strength 4\/5\)/.test(b.value))));
  });
  it('numbers annotations across files, each targeting its own file', () => {
    const a = file(TEXT, 'file:///s/a.news');
    const b = file('Mayor Ines Alvarado said the port was shut.\n', 'file:///s/b.news');
    const items = toWebAnnotations([a, b]).first.items as Array<Item & { id: string }>;
    assert.equal(new Set(items.map((x) => x.id)).size, items.length);
    assert.ok(items.some((x) => x.target.source === 'file:///s/b.news'));
  });
});

describe('sourcelens analyze --format', () => {
  const io = (files: Record<string, string>) => {
    let stdout = '';
    let stderr = '';
    return {
      io: { stdout: (s: string) => (stdout += s), stderr: (s: string) => (stderr += s), readFile: (p: string) => new TextEncoder().encode(files[p]) },
      out: () => ({ stdout, stderr }),
    };
  };
  it('prints a SARIF log with relative paths kept relative', () => {
    const { io: x, out } = io({ 'dir/storm.news': TEXT });
    assert.equal(runCli(['analyze', '--format', 'sarif', 'dir/storm.news'], x), 0);
    const log = JSON.parse(out().stdout);
    assert.equal(log.version, '2.1.0');
    assert.equal(log.runs[0].artifacts[0].location.uri, 'dir/storm.news');
    assert.ok(log.runs[0].results.length > 0);
  });
  it('prints an annotation collection whose targets are file URLs', () => {
    const { io: x, out } = io({ 'storm.news': TEXT });
    assert.equal(runCli(['analyze', '--format', 'annotations', 'storm.news'], x), 0);
    const page = JSON.parse(out().stdout);
    assert.equal(page.type, 'AnnotationCollection');
    assert.match(page.first.items[0].target.source, /^file:\/\/\/.*storm\.news$/);
  });
  it('names the formats it knows when given another', () => {
    const { io: x, out } = io({ 'storm.news': TEXT });
    assert.equal(runCli(['analyze', '--format', 'xml', 'storm.news'], x), 2);
    assert.match(out().stderr, /json, sarif or annotations/);
  });
});
