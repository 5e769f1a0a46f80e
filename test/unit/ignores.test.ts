import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { createAnchor, locate } from '../../server/src/ignores/anchor';
import { applyIgnores } from '../../server/src/ignores/apply';
import { emptyIgnores, readSidecar, validateIgnores, validateNames, writeAtomic } from '../../server/src/ignores/sidecar';

const TEXT = `Bloomberg reported on Saturday, citing people familiar with the matter, that talks had stalled.
Later, people familiar with the matter said the venture would ensure profit sharing.
`;
const second = TEXT.lastIndexOf('people familiar with the matter');
const span = { start: second, end: second + 'people familiar with the matter'.length };

describe('ignores: anchors re-located in edited text', () => {
  const anchor = createAnchor(TEXT, span);
  // [edited text, expected text at the located span or null for an orphan, what the edit was]
  const cases: Array<[string, string | null, string]> = [
    [TEXT, 'people familiar with the matter', 'unchanged'],
    [`A new first line.\n\n${TEXT}`, 'people familiar with the matter', 'offsets shifted'],
    [TEXT.replace('Later, people', 'Later,\npeople'), 'people familiar with the matter', 'line rewrapped before it'],
    [TEXT.replace('Later, people familiar with', 'Later, people  familiar\nwith'), 'people  familiar\nwith the matter', 'rewrapped inside it'],
    [TEXT.replace('Later, people familiar with the matter said', 'Later, people familar with the matter said'), 'people familar with the matter', 'a typo inside it'],
    [TEXT.replace('Later, people familiar with the matter said the venture', 'Later, the company said the plan'), null, 'gone'],
  ];
  for (const [text, expected, what] of cases) {
    it(what, () => {
      const at = locate(text, anchor);
      if (expected === null) assert.equal(at, null);
      else {
        assert.ok(at);
        assert.equal(text.slice(at.start, at.end), expected);
        if (what !== 'a typo inside it' && !what.includes('inside')) assert.ok(text.slice(at.start - 7, at.start).includes('Later,'), 'the second occurrence, not the first');
      }
    });
  }

  it('tells repeated phrases apart by their context', () => {
    const first = TEXT.indexOf('people familiar with the matter');
    const a = locate(TEXT, createAnchor(TEXT, { start: first, end: first + 31 }));
    assert.equal(a?.start, first);
    assert.equal(locate(TEXT, anchor)?.start, second);
  });
});

describe('ignores: applying them to findings', () => {
  const findings = [
    { code: 'anonymous-source', ...span },
    { code: 'anonymous-source', start: TEXT.indexOf('people'), end: TEXT.indexOf('people') + 31 },
    { code: 'hearsay', start: 0, end: 9 },
    { code: 'single-source', start: 0, end: 0 },
  ];
  it('hides the anchored finding only, and every finding of a rule ignored in the file', () => {
    const occurrence = { id: 'a', file: 'f', rule: 'anonymous-source', ...createAnchor(TEXT, span) };
    const { hidden, orphans } = applyIgnores(TEXT, findings, { occurrences: [occurrence], fileRules: [{ id: 'b', file: 'f', rule: 'hearsay' }] });
    assert.deepEqual([...hidden].sort(), [0, 2]);
    assert.deepEqual(orphans, []);
  });
  it('reports an anchor that is gone as an orphan', () => {
    const occurrence = { id: 'a', file: 'f', rule: 'hearsay', text: 'allegedly', before: 'The automaker is ', after: ' exploring a tie-up.' };
    const { hidden, orphans } = applyIgnores(TEXT, findings, { occurrences: [occurrence], fileRules: [] });
    assert.equal(hidden.size, 0);
    assert.deepEqual(orphans.map((o) => o.id), ['a']);
  });
  it('ignores a document-level finding by its rule', () => {
    const occurrence = { id: 'c', file: 'f', rule: 'single-source', text: '', before: '', after: 'Bloomberg' };
    assert.deepEqual([...applyIgnores(TEXT, findings, { occurrences: [occurrence], fileRules: [] }).hidden], [3]);
  });
});

describe('ignores: the sidecar file', () => {
  it('reads a missing file as empty, and malformed JSON or shapes as a message', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'sourcelens-sidecar-'));
    try {
      const file = path.join(dir, 'ignores.json');
      assert.deepEqual(await readSidecar(file, validateIgnores, emptyIgnores), { ok: true, value: emptyIgnores(), exists: false });
      writeFileSync(file, '{ "occurrences": [');
      const bad = await readSidecar(file, validateIgnores, emptyIgnores);
      assert.equal(bad.ok, false);
      assert.match(!bad.ok ? bad.message : '', /is not valid JSON/);
      writeFileSync(file, '{ "occurrences": [{ "file": 3 }] }');
      const shape = await readSidecar(file, validateIgnores, emptyIgnores);
      assert.match(!shape.ok ? shape.message : '', /occurrences\[0\] needs "file", "rule" and "text"/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('validates known names', () => {
    assert.deepEqual(validateNames({ names: [{ name: 'Veltra', type: 'organization' }] }), { ok: true, value: { version: 1, names: [{ name: 'Veltra', type: 'organization' }] }, exists: true });
    assert.equal(validateNames({ names: [{ name: 'Veltra', type: 'company' }] }).ok, false);
  });

  it('writes atomically: the new content replaces the old whole, and no temporary file is left', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'sourcelens-sidecar-'));
    try {
      const file = path.join(dir, '.sourcelens', 'ignores.json');
      await writeAtomic(file, '{"version":1}\n');
      await Promise.all(Array.from({ length: 20 }, (_, i) => writeAtomic(file, `${JSON.stringify({ version: 1, n: i, pad: 'x'.repeat(10_000) })}\n`)));
      const parsed = JSON.parse(readFileSync(file, 'utf8'));
      assert.equal(parsed.version, 1, 'always one complete write, never a mix');
      assert.deepEqual(readdirSync(path.dirname(file)), ['ignores.json']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
