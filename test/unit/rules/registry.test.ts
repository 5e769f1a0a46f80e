import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze } from '../../../server/src/core/analyze';
import { tagDocument } from '../../../server/src/core/nlp';
import { ruleDocs, rules, runRules } from '../../../server/src/core/rules';
import type { Rule, RuleContext } from '../../../server/src/core/rules/rule';
import type { RuleId } from '../../../server/src/core/types';

const ALL: RuleId[] = [
  'anonymous-source', 'anonymity-unexplained', 'speculative-anonymous', 'vague-attribution', 'passive-attribution',
  'hearsay', 'relayed-report', 'single-source', 'unattributed-claim', 'unattributed-denial', 'contested-claim',
  'hedged-claim', 'loaded-verb', 'doubt-marker', 'missing-publication-date',
];

function contextOf(text: string): RuleContext {
  const a = analyze(text);
  return {
    document: a.document, terms: tagDocument(a.document), entities: a.entities, dates: a.dates,
    attributions: a.attributions, published: a.published, anchor: a.anchor,
  };
}

describe('rule registry', () => {
  it('registers every rule id of docs/sourcing-rules.md once, in documentation order', () => {
    assert.deepEqual(rules.map((r) => r.id), ALL);
  });

  it('documents every rule id with a summary and a default severity', () => {
    for (const id of ALL) {
      assert.ok(ruleDocs[id], id);
      assert.ok(ruleDocs[id].summary.length > 10, id);
      assert.ok(['error', 'warning', 'information', 'hint'].includes(ruleDocs[id].defaultSeverity), id);
    }
  });

  it('keeps the findings of the other rules when one rule throws', () => {
    const context = contextOf('The automaker is allegedly exploring a tie-up. However, this was subsequently denied.');
    const before = runRules(context);
    const broken: Rule = { id: 'hearsay', summary: 'broken', defaultSeverity: 'warning', check() { throw new Error('boom'); } };
    rules.unshift(broken);
    try {
      const after = runRules(context);
      assert.ok(after.some((d) => d.code === 'unattributed-denial'));
      assert.equal(after.length, before.length);
    } finally {
      rules.shift();
    }
  });

  it('returns findings sorted by position, each with a span inside the text and a message', () => {
    const text = 'Some analysts say the plant could close. It is understood that the board agreed. The company reportedly paid $40 million. This was later denied.';
    const analysis = analyze(text);
    const ds = analysis.diagnostics;
    assert.ok(ds.length >= 4);
    for (let i = 0; i < ds.length; i++) {
      assert.ok(ds[i].start >= 0 && ds[i].end <= text.length && ds[i].end > ds[i].start, JSON.stringify(ds[i]));
      assert.ok(ds[i].message.length > 0);
      if (i > 0) assert.ok(ds[i - 1].start <= ds[i].start);
    }
  });

  it('no rule throws on odd input (runRules would hide it)', () => {
    const odd = ['', '---\n---\n', '---\npublished: nope\n---\nlast week', '"', '“”', '. . .', 'It was.', '\n\n\n',
      '"a" "b" "c"', 'so-called', '$', 'This was denied', 'said.', ', the sources said.', 'Reportedly.', '# ?', 'may May may'];
    for (const text of odd) {
      const context = contextOf(text);
      for (const rule of rules) assert.doesNotThrow(() => rule.check(context), `${rule.id} on ${JSON.stringify(text)}`);
    }
  });
});
