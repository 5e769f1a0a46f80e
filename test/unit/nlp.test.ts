import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import nlp from 'compromise';
import { parseDocument } from '../../server/src/core/document';
import { clearNlpCache, inVerbChunk, tagDocument, type Term } from '../../server/src/core/nlp';

const root = path.join(__dirname, '..', '..');
const articles = ['samples', 'test/fixtures/heldout', 'test/fixtures/workspace']
  .flatMap((dir) => readdirSync(path.join(root, dir)).filter((n) => n.endsWith('.news')).map((n) => path.join(root, dir, n)));

type FullTerm = { text: string; pre: string; post: string; normal: string; tags: Set<string>; chunk?: string; offset?: { start: number; length: number } };

/** The terms as compromise's complete default parse (every hook, phrase chunks included) gives them. */
function fullParse(text: string, base: number): { terms: Term[]; chunks: (string | undefined)[] } {
  const doc = nlp(text);
  doc.compute('offset');
  const terms: Term[] = [];
  const chunks: (string | undefined)[] = [];
  (doc as unknown as { docs: FullTerm[][] }).docs.forEach((sentence, nlpSentence) => {
    for (const t of sentence) {
      if (!t.offset || t.text === '') {
        // An implied word ("can|not", "Moody's" as "Moody has") gives its spacing to the word before it.
        if (t.post && terms.length > 0) terms[terms.length - 1].post += t.post;
        continue;
      }
      terms.push({
        start: base + t.offset.start, end: base + t.offset.start + t.offset.length, text: t.text, normal: t.normal,
        pre: t.pre, post: t.post, tags: t.tags, nlpSentence,
      });
      chunks.push(t.chunk);
    }
  });
  return { terms, chunks };
}

const plain = (t: Term) => ({ ...t, tags: [...t.tags].sort() });

describe('tagging', () => {
  const edgeCases = [
    '“We will not sell,” the mayor said. “The port stays public.\n\n“It always has.” She left.',
    'He said "no sir.\n\nI will not beg" and left.\n\nThe board (which met on Monday.\n\nAgain on Friday) agreed.',
    'Prices rose.\n\n***\n\nPrices rose.\n\nPrices rose.\n\n—\nA dash line.',
    'She said: "It is over."\n\n"It is not," he said. "Far from it."',
  ];
  const cases = [
    ...articles.map((file) => ({ name: path.basename(file), text: readFileSync(file, 'utf8') })),
    ...edgeCases.map((text, i) => ({ name: `edge case ${i}`, text })),
  ];

  it('gives every paragraph the terms and tags of compromise\'s complete parse of that paragraph alone', () => {
    assert.ok(articles.length >= 8);
    let verbs = 0;
    for (const { name, text } of cases) {
      clearNlpCache();
      const doc = parseDocument(text);
      const tagged = tagDocument(doc);
      doc.paragraphs.forEach((p, i) => {
        assert.ok(p.end - p.start <= 8000, 'a paragraph tagged in one piece');
        const full = fullParse(doc.prose.slice(p.start, p.end), p.start);
        assert.deepEqual(tagged[i].map(plain), full.terms.map(plain), `${name}, paragraph ${i}`);
        full.terms.forEach((t, k) => {
          if (!t.tags.has('Verb')) return;
          verbs++;
          assert.equal(inVerbChunk(t), full.chunks[k] === 'Verb', `${name}: "${t.text}" in a verb chunk`);
        });
      });
    }
    assert.ok(verbs > 100);
  });

  it('moves cached terms to where their paragraph now is, without changing earlier results', () => {
    const text = readFileSync(articles[0], 'utf8');
    clearNlpCache();
    const first = tagDocument(parseDocument(text));
    const before = first.map((list) => list.map(plain));
    const edited = `A new first paragraph, said the editor.\n\n${text}`;
    const shifted = tagDocument(parseDocument(edited));
    clearNlpCache();
    const fresh = tagDocument(parseDocument(edited));
    assert.deepEqual(shifted.map((list) => list.map(plain)), fresh.map((list) => list.map(plain)));
    assert.deepEqual(first.map((list) => list.map(plain)), before);
  });

  it('leaves compromise\'s default parse as it was for other callers', () => {
    tagDocument(parseDocument('The mayor said the bridge would close.'));
    const terms = (nlp('The mayor said the bridge would close.') as unknown as { docs: FullTerm[][] }).docs[0];
    assert.ok(terms.every((t) => t.chunk !== undefined));
  });
});
