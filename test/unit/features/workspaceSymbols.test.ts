import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { SymbolKind } from 'vscode-languageserver';
import { indexedFrom } from '../../../server/src/features/navigation';
import { matchScore, provideWorkspaceSymbols } from '../../../server/src/features/workspaceSymbols';
import { handBuilt, harbor } from './handBuilt';

describe('workspace symbols', () => {
  const other = handBuilt('Jim Farley of Ford met Veltra Shipping in Detroit.\n', {
    entities: [
      { type: 'person', name: 'Jim Farley' },
      { type: 'organization', name: 'Ford' },
      { type: 'organization', name: 'Veltra Shipping', aliases: ['Veltra'] },
      { type: 'place', name: 'Detroit' },
    ],
  }, 'file:///tmp/ford.news');
  const sources = [indexedFrom(harbor()), indexedFrom(other)];

  it('filters by case-insensitive subsequence', () => {
    const cases: Array<[string, string, boolean]> = [
      ['jfar', 'Jim Farley', true], ['JIM', 'Jim Farley', true], ['farley', 'Jim Farley', true],
      ['jim farley', 'Jim Farley', true], ['fj', 'Jim Farley', false], ['', 'Anything', true], ['xyz', 'Jim Farley', false],
    ];
    for (const [q, name, ok] of cases) assert.equal(matchScore(q, name) !== undefined, ok, `${q} in ${name}`);
    assert.ok(matchScore('jim', 'Jim Farley')! < matchScore('far', 'Jim Farley')!, 'a prefix ranks first');
    assert.ok(matchScore('far', 'Jim Farley')! < matchScore('jfy', 'Jim Farley')!, 'a substring beats a scatter');
  });

  it('lists entities of every source at their first mention, with the title as container', () => {
    const all = provideWorkspaceSymbols(sources, '');
    assert.equal(all.length, 8);
    const veltra = all.filter((s) => s.name === 'Veltra Shipping');
    assert.deepEqual(veltra.map((v) => v.containerName).sort(), ['Harbor authority weighs new terminal', 'ford.news']);
    const okafor = all.find((s) => s.name === 'Maria Okafor')!;
    assert.equal(okafor.kind, SymbolKind.Variable);
    assert.deepEqual(okafor.location.range, sources[0].entities[0].mentions[0]);
  });

  it('matches aliases as well as names, best first', () => {
    assert.deepEqual(provideWorkspaceSymbols(sources, 'okafor').map((s) => s.name), ['Maria Okafor']);
    assert.deepEqual(provideWorkspaceSymbols(sources, 'det').map((s) => s.name), ['Detroit']);
    assert.deepEqual(provideWorkspaceSymbols(sources, 'hau').map((s) => s.name), ['Harbor Authority']);
    assert.deepEqual(provideWorkspaceSymbols(sources, 'ship').map((s) => s.containerName), ['ford.news', 'Harbor authority weighs new terminal'], 'ties by document');
  });
});
