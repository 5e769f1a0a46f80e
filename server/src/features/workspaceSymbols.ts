import type { SymbolInformation } from 'vscode-languageserver';
import type { Feature } from '../featureContext';
import { sourceSet, type OtherSource } from './navigation';
import { ENTITY_SYMBOL_KIND } from './symbols';

/**
 * How well `query` matches `name` as a case-insensitive subsequence ("jfar" in "Jim Farley"):
 * undefined when it does not; lower is better (a prefix beats a word start beats a scatter).
 */
export function matchScore(query: string, name: string): number | undefined {
  const q = query.toLowerCase().replace(/\s+/g, '');
  if (!q) return 0;
  const n = name.toLowerCase();
  if (n.startsWith(q)) return 0;
  let at = 0;
  let gaps = 0;
  let previous = -1;
  for (const ch of q) {
    const found = n.indexOf(ch, at);
    if (found < 0) return undefined;
    if (previous >= 0 && found !== previous + 1) gaps++;
    previous = found;
    at = found + 1;
  }
  return n.includes(q) ? 1 : 2 + gaps;
}

/**
 * Entities of every source whose canonical name or an alias matches `query`, located at their
 * first mention, with the source's title as the container. Best matches first, then by name.
 */
export function provideWorkspaceSymbols(sources: OtherSource[], query: string, limit = 500): SymbolInformation[] {
  const hits: Array<{ score: number; symbol: SymbolInformation }> = [];
  for (const source of sources) {
    for (const e of source.entities) {
      const first = e.mentions[0];
      if (!first) continue;
      const scores = [e.name, ...e.aliases].map((n) => matchScore(query, n)).filter((s): s is number => s !== undefined);
      if (scores.length === 0) continue;
      hits.push({
        score: Math.min(...scores),
        symbol: { name: e.name, kind: ENTITY_SYMBOL_KIND[e.type], location: { uri: source.uri, range: first }, containerName: source.title },
      });
    }
  }
  hits.sort((a, b) => a.score - b.score || a.symbol.name.localeCompare(b.symbol.name) || a.symbol.location.uri.localeCompare(b.symbol.location.uri));
  return hits.slice(0, limit).map((h) => h.symbol);
}

export const workspaceSymbolsFeature: Feature = {
  capabilities: { workspaceSymbolProvider: true },
  register(context) {
    context.connection.onWorkspaceSymbol(async (params) => {
      return provideWorkspaceSymbols((await sourceSet(context)).sources, params.query);
    });
  },
};
