import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver';
import { dateLabel, provideDocumentSymbols, sourceGroups } from '../../../server/src/features/symbols';
import { ARTICLE, handBuilt, harbor, offsetOf } from './handBuilt';

const at = (info: ReturnType<typeof harbor>, needle: string, nth = 0) => info.document.positionAt(offsetOf(ARTICLE, needle, nth));

function contains(outer: DocumentSymbol['range'], inner: DocumentSymbol['range']): boolean {
  const le = (a: typeof outer.start, b: typeof outer.start) => a.line < b.line || (a.line === b.line && a.character <= b.character);
  return le(outer.start, inner.start) && le(inner.end, outer.end);
}

describe('outline (document symbols)', () => {
  const info = harbor();
  const symbols = provideDocumentSymbols(info);
  const group = (name: string) => symbols.find((s) => s.name === name);

  it('has the groups in a fixed order, empty ones left out', () => {
    assert.deepEqual(symbols.map((s) => s.name), ['People', 'Organizations', 'Places', 'Sources', 'Events']);
    const noPlaces = handBuilt('Maria Okafor said so.\n', { entities: [{ type: 'person', name: 'Maria Okafor' }] });
    assert.deepEqual(provideDocumentSymbols(noPlaces).map((s) => s.name), ['People']);
  });

  it('orders entities by first mention and puts each on it (selection = the mention)', () => {
    const orgs = group('Organizations')!.children!;
    assert.deepEqual(orgs.map((o) => o.name), ['Harbor Authority', 'Veltra Shipping']);
    const okafor = group('People')!.children![0];
    assert.equal(okafor.name, 'Maria Okafor');
    assert.equal(okafor.kind, SymbolKind.Variable);
    assert.match(okafor.detail!, /Harbor Authority chief/);
    assert.match(okafor.detail!, /also Okafor/);
    assert.match(okafor.detail!, /2 mentions/);
    assert.deepEqual(okafor.selectionRange.start, at(info, 'Maria Okafor'));
    assert.deepEqual(okafor.range, okafor.selectionRange);
    assert.equal(group('Places')!.children![0].kind, SymbolKind.Namespace);
    assert.equal(orgs[0].kind, SymbolKind.Class);
  });

  it('groups sources by resolved name, with kind and strength in the detail', () => {
    const sources = group('Sources')!.children!;
    assert.deepEqual(sources.map((s) => s.name), [
      'Maria Okafor', 'a statement', '(no source)', 'people familiar with the matter', 'Those people', 'officials',
    ]);
    const okafor = sources[0];
    assert.match(okafor.detail!, /named person, pronoun · strength 4\/5 · 2 attributions/, '"She said" resolves to Maria Okafor');
    assert.match(sources[1].detail!, /document · strength 5\/5 · 1 attribution$/);
    assert.deepEqual(okafor.selectionRange.start, at(info, 'Maria Okafor'));
    assert.equal(info.document.getText(sources[2].selectionRange), 'reportedly', 'no source: the cue itself');
    assert.ok(sources.every((s) => s.kind === SymbolKind.Key));
  });

  it('lists events chronologically, named by date value and summary, selection on the date', () => {
    const events = group('Events')!.children!;
    assert.deepEqual(events.map((e) => e.name.split(' ')[0]), ['2019', '2026-02', '2026-03-10', '2026-04-01', '2027']);
    assert.ok(events.every((e) => e.kind === SymbolKind.Event));
    assert.match(events[0].name, /^2019 Veltra Shipping built its first terminal/);
    assert.deepEqual(events[0].selectionRange.start, at(info, '2019'));
    assert.equal(events[1].detail, 'last month');
  });

  it('spells out decades, centuries and reference values in event names', () => {
    assert.deepEqual(['196', '19', 'PRESENT_REF', '2026-03-10', '2024-Q2'].map(dateLabel), ['1960s', '1900s', 'now', '2026-03-10', '2024-Q2']);
  });

  it('keeps every selection range inside its range, and every child inside its group', () => {
    const check = (s: DocumentSymbol, parent?: DocumentSymbol) => {
      assert.ok(contains(s.range, s.selectionRange), `${s.name}: selection inside range`);
      if (parent) assert.ok(contains(parent.range, s.range), `${s.name} inside ${parent.name}`);
      for (const c of s.children ?? []) check(c, s);
    };
    for (const s of symbols) check(s);
  });

  it('is stable: the same analysis gives the same outline', () => {
    assert.deepEqual(provideDocumentSymbols(harbor()), symbols);
  });

  it('is empty when the document was not analysed', () => {
    assert.deepEqual(provideDocumentSymbols({ ...info, analysis: null }), []);
  });

  it('puts a source in one group whether or not it was linked to an entity', () => {
    const text = 'Bloomberg reported the deal. The plan, Bloomberg said, was final.\n';
    const info = handBuilt(text, {
      attributions: [
        { cue: 'Bloomberg reported', predicate: 'reported', source: 'Bloomberg', kind: 'outlet', strength: 1, sourceEntity: 'organization:bloomberg', sourceName: 'Bloomberg' },
        { cue: 'Bloomberg said', predicate: 'said', source: 'Bloomberg', kind: 'outlet', strength: 1 },
      ],
    });
    assert.deepEqual(sourceGroups(info.analysis!.attributions).map((g) => [g.name, g.attributions.length]), [['Bloomberg', 2]]);
  });

  it('leaves inherited attributions out of the sources', () => {
    const g = sourceGroups(harbor().analysis!.attributions.map((a, i) => ({ ...a, inherited: i === 0 })));
    assert.equal(g.find((x) => x.name === 'Maria Okafor')!.attributions.length, 1);
  });
});
