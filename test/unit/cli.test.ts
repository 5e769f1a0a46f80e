import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decodeSource, runCli } from '../../server/src/cli';

function run(args: string[], files: Record<string, Uint8Array | string>) {
  let stdout = '';
  let stderr = '';
  const code = runCli(args, {
    stdout: (s) => (stdout += s),
    stderr: (s) => (stderr += s),
    readFile: (p) => {
      const f = files[p];
      if (f === undefined) throw Object.assign(new Error('missing'), { code: 'ENOENT' });
      return typeof f === 'string' ? new TextEncoder().encode(f) : f;
    },
  });
  return { code, stdout, stderr };
}

const ARTICLE = '---\npublished: 2026-03-14\n---\nThe board met last month.\n';

describe('sourcelens analyze', () => {
  it('prints version 1 with one document per file', () => {
    const { code, stdout } = run(['analyze', 'a.news'], { 'a.news': ARTICLE });
    assert.equal(code, 0);
    const out = JSON.parse(stdout);
    assert.equal(out.version, 1);
    assert.equal(out.documents[0].file, 'a.news');
    assert.equal(out.documents[0].published, '2026-03-14');
    for (const key of ['entities', 'dates', 'attributions', 'diagnostics', 'events']) assert.ok(Array.isArray(out.documents[0][key]), key);
  });
  it('uses --published only when the front matter has none', () => {
    const { stdout } = run(['analyze', '--published', '2025-01-02', 'a.news', 'b.news'], { 'a.news': ARTICLE, 'b.news': 'Text.' });
    const out = JSON.parse(stdout);
    assert.deepEqual(out.documents.map((d: { published: string }) => d.published), ['2026-03-14', '2025-01-02']);
  });
  it('reports an unreadable file on stderr, exits non-zero and still analyses the others', () => {
    const { code, stdout, stderr } = run(['analyze', 'missing.news', 'a.news'], { 'a.news': ARTICLE });
    assert.equal(code, 1);
    assert.match(stderr, /cannot read missing\.news: ENOENT/);
    assert.equal(JSON.parse(stdout).documents.length, 1);
  });
  it('refuses binary files with a message', () => {
    const { code, stderr } = run(['analyze', 'x.bin'], { 'x.bin': new Uint8Array([0, 1, 2, 0, 255, 0]) });
    assert.equal(code, 1);
    assert.match(stderr, /binary/);
  });
  it('rejects bad options with usage', () => {
    assert.equal(run(['analyze', '--published', '2026-02-30', 'a.news'], { 'a.news': ARTICLE }).code, 2);
    assert.equal(run(['analyze', '--format', 'xml', 'a.news'], { 'a.news': ARTICLE }).code, 2);
    assert.equal(run(['frobnicate'], {}).code, 2);
  });
  it('drops a byte-order mark and counts offsets in UTF-16 after it', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('Hi.')]);
    assert.equal(decodeSource(bytes).text, 'Hi.');
  });
  it('gives each attribution its source name and, as an added field, the whole source phrase', () => {
    const text = 'Port Authority spokesman Ivo Kranjc said the pier would reopen.\n';
    const { code, stdout } = run(['analyze', 'p.news'], { 'p.news': text });
    assert.equal(code, 0);
    const [a] = JSON.parse(stdout).documents[0].attributions;
    assert.deepEqual(a.source, { start: 25, end: 35, text: 'Ivo Kranjc' });
    assert.deepEqual(a.sourcePhrase, { start: 0, end: 35, text: 'Port Authority spokesman Ivo Kranjc' });
    for (const key of ['cue', 'predicate', 'source', 'sourceKind', 'strength', 'content', 'cueClass']) assert.ok(key in a, key);
  });
  it('marks invalid UTF-8 and replaces it', () => {
    const r = decodeSource(new Uint8Array([0x41, 0xc3, 0x28, 0x42]));
    assert.equal(r.invalid, true);
    assert.equal(r.text, 'A\uFFFD(B');
    assert.equal(decodeSource(new TextEncoder().encode('A\uFFFDB')).invalid, false);
  });
});
