import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze } from '../../../server/src/core/analyze';
import type { Analysis } from '../../../server/src/core/types';
import { quickAnalysis } from '../../../server/src/workspace/quickDiagnostics';

const ARTICLE = `---
title: Ferry operator weighs sale of island routes
published: 2026-04-14
---
The operator of the ferries to the Orkney islands is preparing to sell three of its routes, people familiar with the matter said, in a move that could leave some crossings without a winter service.

Northsound Ferries has held talks with two rival operators since February, according to a person close to the company, who asked not to be named because the talks are private.

"We are looking at every option, and none of them is easy," Northsound's chief executive, Moira Flett, said on Monday. "Our fuel bill has doubled in two years.

"The routes that lose money cannot carry the ones that do not."

She declined to say which routes were for sale. The company reportedly lost £4 million last year.

The Orkney Islands Council said it had not been told of any sale and would oppose one that cut services. A council spokesperson said the authority would meet the operator next week.

Islanders fear the worst, critics say. Fares have already risen by a fifth since 2024.
`;

const published = '2026-04-14';
const findings = (a: Analysis) => a.diagnostics.map((d) => `${d.code} ${d.start}-${d.end} ${d.message}`).sort();

/** The quick result of an edit, next to the full analysis of the same text. */
function both(edit: (text: string) => string): { quick: string[]; full: string[] } {
  const previous = analyze(ARTICLE, { published });
  const text = edit(ARTICLE);
  const quick = quickAnalysis(previous, text, { published });
  assert.ok(quick, 'a local edit gets a quick result');
  return { quick: findings(quick), full: findings(analyze(text, { published })) };
}

describe('quick diagnostics of a local edit agree with the full analysis', () => {
  const rows: Array<[string, (text: string) => string]> = [
    ['a letter typed in the lede, where a document-level finding lies', (t) => t.replace('preparing to sell', 'preparing to sells')],
    ['a word added before an anonymous source and its reason', (t) => t.replace('two rival operators', 'two larger rival operators')],
    ['a word changed inside a quotation that runs on into the next paragraph', (t) => t.replace('every option', 'every single option')],
    ['the paragraph the running quotation ends in', (t) => t.replace('cannot carry', 'can no longer carry')],
    ['a pronoun source whose antecedent is in the paragraph before', (t) => t.replace('declined to say', 'refused to say')],
    ['a word deleted from a vague attribution in the last paragraph', (t) => t.replace('already risen', 'risen')],
    ['a new sentence typed at the end of a paragraph', (t) => t.replace('next week.', 'next week. It gave no date.')],
  ];
  for (const [name, edit] of rows) {
    it(name, () => {
      const { quick, full } = both(edit);
      assert.deepEqual(quick, full);
    });
  }

  it('stays right over successive edits, each starting from the quick result before it', () => {
    const steps: Array<(text: string) => string> = [
      (t) => t.replace('two rival operators', 'two much larger rival operators based in Aberdeen'),
      (t) => t.replace('She declined', 'Flett declined'),
      (t) => t.replace('next week.', 'next week. It gave no date.'),
      (t) => t.replace('Islanders fear', 'Many islanders fear'),
    ];
    let previous = analyze(ARTICLE, { published });
    let text = ARTICLE;
    for (const step of steps) {
      text = step(text);
      const quick = quickAnalysis(previous, text, { published });
      assert.ok(quick);
      assert.deepEqual(findings(quick), findings(analyze(text, { published })), text);
      previous = quick;
    }
  });

  it('answers nothing quick for an edit of the front matter or of several paragraphs at once', () => {
    const previous = analyze(ARTICLE, { published });
    assert.equal(quickAnalysis(previous, ARTICLE.replace('2026-04-14', '2026-04-15'), { published }), null);
    const long = ARTICLE.replace('The Orkney Islands Council', `${'A new paragraph of filler text. '.repeat(900)}\n\nThe Orkney Islands Council`);
    assert.equal(quickAnalysis(previous, long, { published }), null);
  });
});
