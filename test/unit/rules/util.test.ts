import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { RuleContext } from '../../../server/src/core/rules/rule';
import { attributionsCovering } from '../../../server/src/core/rules/util';
import type { Attribution, Span } from '../../../server/src/core/types';

/** Attributions reduced to what the lookup reads: a name and a content span. */
function context(contents: Array<[string, Span | null]>): RuleContext {
  const attributions = contents.map(([name, content]) => ({ sourceName: name, content }) as unknown as Attribution);
  return { attributions } as unknown as RuleContext;
}

const names = (list: Attribution[]) => list.map((a) => a.sourceName);

describe('attributionsCovering', () => {
  const ctx = context([
    ['long', { start: 0, end: 500 }],
    ['no content', null],
    ['first', { start: 10, end: 40 }],
    ['nested', { start: 20, end: 30 }],
    ['later', { start: 100, end: 140 }],
    ['same start', { start: 100, end: 120 }],
  ]);
  const rows: Array<[Span, string[]]> = [
    [{ start: 22, end: 28 }, ['long', 'first', 'nested']],
    [{ start: 10, end: 40 }, ['long', 'first']],
    [{ start: 35, end: 45 }, ['long']],
    [{ start: 110, end: 130 }, ['long', 'later']],
    [{ start: 100, end: 101 }, ['long', 'later', 'same start']],
    [{ start: 499, end: 501 }, []],
    [{ start: 600, end: 610 }, []],
  ];
  for (const [span, expected] of rows) {
    it(`${span.start}-${span.end} is held by ${expected.join(', ') || 'none'}`, () => {
      assert.deepEqual(names(attributionsCovering(ctx, span)).sort(), [...expected].sort());
    });
  }

  it('finds the same as a scan of every attribution, over many random spans', () => {
    let seed = 7;
    const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648) % n);
    const list: Array<[string, Span | null]> = [];
    for (let i = 0; i < 300; i++) {
      const start = rand(5000);
      list.push([`a${i}`, rand(10) === 0 ? null : { start, end: start + 1 + rand(i % 50 === 0 ? 2000 : 200) }]);
    }
    const many = context(list);
    for (let k = 0; k < 500; k++) {
      const start = rand(5200);
      const span = { start, end: start + rand(60) };
      const scan = many.attributions.filter((a) => a.content && a.content.start <= span.start && span.end <= a.content.end);
      assert.deepEqual(names(attributionsCovering(many, span)).sort(), names(scan).sort());
    }
  });
});
