import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DocumentHighlightKind } from 'vscode-languageserver';
import {
  indexedFrom, provideDefinition, SourceSet, provideDocumentHighlights, provideReferences, sameEntity,
} from '../../../server/src/features/navigation';
import { ARTICLE, handBuilt, harbor, offsetOf } from './handBuilt';

describe('navigation over aliases', () => {
  const info = harbor();
  const laterVeltra = offsetOf(ARTICLE, 'Veltra last month') + 2;

  it('finds every mention of the entity under the cursor, whatever the alias', () => {
    const refs = provideReferences(info, laterVeltra, true);
    assert.deepEqual(refs.map((r) => info.document.getText(r.range)), ['Veltra Shipping', 'Veltra', 'Veltra']);
    assert.ok(refs.every((r) => r.uri === info.uri));
    assert.equal(provideReferences(info, laterVeltra, false).length, 2, 'without the declaration (first mention)');
  });

  it('returns nothing away from an entity', () => {
    assert.deepEqual(provideReferences(info, offsetOf(ARTICLE, 'container'), true), []);
    assert.deepEqual(provideDocumentHighlights(info, offsetOf(ARTICLE, 'container')), []);
    assert.equal(provideDefinition(info, offsetOf(ARTICLE, 'container')), null);
  });

  it('counts a cursor right after a name as on it', () => {
    const end = offsetOf(ARTICLE, 'Okafor told') + 'Okafor'.length;
    assert.equal(provideDocumentHighlights(info, end).length, 2);
  });

  it('highlights the mentions, the first as the definition', () => {
    const h = provideDocumentHighlights(info, laterVeltra);
    assert.deepEqual(h.map((x) => x.kind), [DocumentHighlightKind.Write, DocumentHighlightKind.Read, DocumentHighlightKind.Read]);
  });

  it('goes to the first mention', () => {
    const def = provideDefinition(info, offsetOf(ARTICLE, 'Okafor told'));
    assert.ok(def);
    assert.equal(info.document.getText(def.range), 'Maria Okafor');
  });

  it('adds the same entity from other sources, matched by name or alias, not by shared surnames', () => {
    const other = handBuilt('Veltra Shipping denied it. Tomas Okafor and Maria Okafor met Veltra.\n', {
      entities: [
        { type: 'organization', name: 'Veltra Shipping', aliases: ['Veltra'] },
        { type: 'person', name: 'Tomas Okafor' },
        { type: 'person', name: 'Maria Okafor' },
      ],
    }, 'file:///tmp/other.news');
    const others = new SourceSet([indexedFrom(other), indexedFrom(info)]);
    const refs = provideReferences(info, offsetOf(ARTICLE, 'Okafor told'), true, others);
    assert.deepEqual(refs.map((r) => r.uri), [info.uri, info.uri, other.uri], 'this document first; the copy of itself is skipped');
    assert.equal(other.document.getText(refs[2].range), 'Maria Okafor');
    assert.equal(provideReferences(info, laterVeltra, true, others).length, 5);
  });

  it('matches entities across documents conservatively', () => {
    const farley = { id: 'person:jim-farley', name: 'Jim Farley', type: 'person' as const, aliases: ['Jim Farley', 'Farley'] };
    assert.ok(sameEntity(farley, { id: 'person:farley', name: 'Farley', type: 'person', aliases: ['Farley'] }));
    assert.ok(sameEntity(farley, { id: 'x', name: 'jim  farley', type: 'person', aliases: [] }));
    assert.ok(!sameEntity(farley, { id: 'person:ann-farley', name: 'Ann Farley', type: 'person', aliases: ['Ann Farley', 'Farley'] }));
    assert.ok(!sameEntity(farley, { id: 'organization:farley', name: 'Farley', type: 'organization', aliases: [] }));
  });
});
