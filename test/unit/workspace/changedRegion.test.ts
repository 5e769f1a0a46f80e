import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { changedRegion } from '../../../server/src/workspace/quickDiagnostics';

/** The definition, one code unit at a time. */
function naive(before: string, after: string): { prefix: number; suffix: number } {
  const max = Math.min(before.length, after.length);
  let prefix = 0;
  while (prefix < max && before[prefix] === after[prefix]) prefix++;
  let suffix = 0;
  while (suffix < max - prefix && before[before.length - 1 - suffix] === after[after.length - 1 - suffix]) suffix++;
  return { prefix, suffix };
}

describe('changedRegion: where an edit changed a text', () => {
  const long = 'The port authority said on Monday that the harbour would close. '.repeat(400);

  const rows: Array<[string, string, string]> = [
    ['a character typed inside a long text', long, `${long.slice(0, 9000)}x${long.slice(9000)}`],
    ['a character deleted near the start', long, long.slice(0, 3) + long.slice(4)],
    ['a paragraph pasted at the end', long, `${long}\n\nA new paragraph.`],
    ['the same text', long, long],
    ['an emoji replaced in the middle', `${long}😀${long}`, `${long}🚢${long}`],
    ['a repeated run where prefix and suffix could overlap', 'aaaa'.repeat(3000), 'aaaa'.repeat(3001)],
    ['empty before', '', long],
  ];
  for (const [name, before, after] of rows) {
    it(name, () => assert.deepEqual(changedRegion(before, after), naive(before, after)));
  }

  it('agrees with the definition on generated edits of long texts', () => {
    fc.assert(fc.property(fc.string({ maxLength: 12000 }), fc.nat(), fc.nat(20), fc.string({ maxLength: 30 }), (text, at, removed, inserted) => {
      const base = text.length > 0 ? text.repeat(Math.ceil(9000 / text.length)) : text;
      const i = base.length ? at % base.length : 0;
      const edited = base.slice(0, i) + inserted + base.slice(i + removed);
      assert.deepEqual(changedRegion(base, edited), naive(base, edited));
    }), { numRuns: 300 });
  });
});
