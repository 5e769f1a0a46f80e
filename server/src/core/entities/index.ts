import type { Term } from '../nlp';
import type { Entity, EntityType, KnownName, SourceDocument, TextSpan } from '../types';
import { findAcronymDefinitions } from './acronyms';
import { findRuns } from './candidates';
import { Clusters, linkOrganizations, linkPeople, rescan, resolveType, root, type Candidate, type Cluster } from './coreference';
import { inLexicon } from './compromiseLexicon';
import { withKnownNames } from './gazetteer';
import { demonyms, eventHeads, nonNameWords, orgHeads, placeHeads, speechVerbs, stopWords, suffixAbbreviations } from './lexicon';
import { segmentRun, type Segment } from './segment';
import { isTitleHead, isTitleWord, roleAfter, roleBefore, TRAILING_TITLES } from './titles';
import { buildTokens, type Token } from './tokens';

export { entityAt, mentionAt, mentionsIn } from './lookup';
export { titleBefore } from './titles';

function slug(name: string): string {
  const s = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’.]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return s || 'x';
}

function mentionSpan(doc: SourceDocument, tokens: Token[], from: number, to: number): TextSpan {
  const last = tokens[to - 1];
  const start = tokens[from].start;
  const end = last.dotEnd > last.end && suffixAbbreviations.has(last.key) ? last.dotEnd : last.end;
  return { start, end, text: doc.text.slice(start, end) };
}

/**
 * People, organizations and places of the document, one entry per referent. `known` are names the
 * user declared (`AnalysisOptions.knownNames`): each is an entity of its type wherever it or an
 * alias occurs.
 */
export function findEntities(doc: SourceDocument, terms: Term[][], known?: readonly KnownName[]): Entity[] {
  return withKnownNames(known, () => entitiesOf(doc, terms));
}

function entitiesOf(doc: SourceDocument, terms: Term[][]): Entity[] {
  const tokens = buildTokens(doc, terms);
  if (tokens.length === 0) return [];
  const covered = new Uint8Array(tokens.length);
  const clusters = new Clusters();
  const segments: Segment[] = [];
  for (const run of findRuns(tokens)) segments.push(...segmentRun(tokens, run));
  // "Eau Claire, Wis.", "Selma, Ala.", "Kharkiv, Ukraine": a name before a state or country is a place.
  for (let k = 0; k + 1 < segments.length; k++) {
    const s = segments[k];
    const next = segments[k + 1];
    if (!next.entry || next.entry.type !== 'place' || next.entry.ambiguous || next.from !== s.to) continue;
    if (!/^,\s+$/.test(tokens[s.to - 1].gap) || s.entry) continue;
    // A dateline in capitals ("NEWPORT NEWS, Va. —") is a place whatever its last word.
    const dateline = tokens.slice(s.from, s.to).every((t) => t.text === t.text.toUpperCase()) && s.type !== 'title' && s.type !== 'event';
    if (!dateline && ((s.type !== null && s.type !== 'person' && s.type !== 'place') || s.strength >= 3)) continue;
    s.type = 'place';
    s.strength = 3;
  }
  // "Its chairman, Park Jae-won,": a name right after a job title and a comma is a person.
  for (const s of segments) {
    if (s.entry || s.strength >= 3 || (s.type !== null && s.type !== 'place' && s.type !== 'person') || s.from === 0) continue;
    const title = tokens[s.from - 1];
    if (title.cap || !/^,\s+$/.test(title.gap) || !isTitleHead(title) || title.paragraph !== tokens[s.from].paragraph) continue;
    if (s.to - s.from < 2 || s.to - s.from > 4) continue;
    s.type = 'person';
    s.strength = 3;
  }
  // "in Philadelphia and Camden": an unknown word coordinated with a place is a place (weakly).
  for (let k = 1; k < segments.length; k++) {
    const s = segments[k];
    const before = segments[k - 1];
    if (s.type !== null || s.to - s.from !== 1 || before.type !== 'place' || tokens[s.from].initial) continue;
    const link = tokens[s.from - 1];
    if (!link || (link.key !== 'and' && link.key !== 'or') || before.to !== s.from - 1 || tokens[before.to - 1].join !== 'space') continue;
    if (inLexicon(tokens[s.from].key) || (tokens[s.to] && tokens[s.to].cap && tokens[s.from].join === 'space')) continue;
    s.type = 'place';
    s.strength = 1;
  }
  // "Jefferies analyst Brent Thill", "Acme spokeswoman", "Brightline chief executive": an unknown
  // capitalized word before a job title is the organization the person works for.
  for (const s of segments) {
    if (s.type !== null || s.to - s.from !== 1 || tokens[s.from].initial || tokens[s.from].heading) continue;
    const last = tokens[s.to - 1];
    const next = tokens[s.to];
    if (!next || next.cap || last.join !== 'space' || next.paragraph !== last.paragraph) continue;
    const k = next.key.replace(/s$/, '');
    if (TRAILING_TITLES.has(k) || (k === 'chief' && tokens[s.to + 1]?.key === 'executive')) {
      s.type = 'organization';
      s.strength = 2;
    }
  }
  // Headings capitalize every word: only listed names and clear person names count there.
  for (const s of segments) {
    if (!tokens[s.from].heading || s.type === 'title' || s.type === 'event' || s.entry) continue;
    // A byline or credit line: "By Jane Doe", "(Reporting by Lena Marsh; Editing by Ravi Chandran)".
    if (s.from > 0 && tokens[s.from - 1].key === 'by' && s.to - s.from >= 2 && s.to - s.from <= 3 && (s.type === 'person' || s.type === null || s.type === 'place')) {
      s.type = 'person';
      s.strength = 3;
      continue;
    }
    if (s.type === 'person') {
      // "Hillary Asking Moderator": keep only the words tagged as a name.
      const named = (t: Token) => t.tags.has('Person') || t.tags.has('FirstName') || t.tags.has('LastName');
      while (s.to - s.from > 2 && (!named(tokens[s.to - 1]) || speechVerbs.has(tokens[s.to - 1].key))) s.to--;
      if (!named(tokens[s.to - 1])) { s.type = null; s.strength = 0; continue; }
    }
    if (s.type === 'person' && tokens[s.from].tags.has('FirstName')) continue;
    s.type = null;
    s.strength = 0;
  }

  // Acronym definitions: the long form ending right before "(ABBR)".
  const segmentEndingAt = new Map<number, Segment>();
  for (const s of segments) if (s.type !== 'title') segmentEndingAt.set(s.to - 1, s);
  const definitions = findAcronymDefinitions(tokens, (end) => {
    const s = segmentEndingAt.get(end);
    return s && s.to - s.from >= 2 ? s.from : -1;
  });
  const acronymOf = new Map<number, Segment>();
  const eventAcronyms = new Set<string>();
  for (const d of definitions) {
    const long = segmentEndingAt.get(d.longTo - 1);
    if (long?.type === 'event') eventAcronyms.add(tokens[d.acronym].key);
    else if (long) {
      if (!long.type) { long.type = 'organization'; long.strength = 2; }
      acronymOf.set(d.acronym, long);
    }
  }

  const clusterOfSegment = new Map<Segment, Cluster>();
  for (const s of segments) {
    if (s.to - s.from === 1 && tokens[s.from].acronym && eventAcronyms.has(tokens[s.from].key)) s.type = 'event';
    if (s.type === 'title' || s.type === 'event') {
      for (let k = s.from; k < s.to; k++) covered[k] = 1;
      continue;
    }
    const c: Candidate = { from: s.from, to: s.to, type: s.type, strength: s.strength, entry: s.entry, role: s.role };
    const long = s.to - s.from === 1 ? acronymOf.get(s.from) : undefined;
    if (long) {
      const target = clusterOfSegment.get(long);
      if (target) {
        const cluster = clusters.add(tokens, { ...c, type: long.type as EntityType | null, strength: 2 });
        clusters.merge(cluster, target);
        root(target).aliases.push([tokens[s.from].key]);
        for (let k = s.from; k < s.to; k++) covered[k] = 1;
        continue;
      }
    }
    const cluster = clusters.add(tokens, c);
    clusterOfSegment.set(s, cluster);
    if (s.type) for (let k = s.from; k < s.to; k++) covered[k] = 1;
  }

  linkPeople(tokens, clusters);
  linkOrganizations(
    tokens, clusters,
    (t) => t.cap && !stopWords.has(t.key) && !nonNameWords.has(t.key) && !demonyms.has(t.key) && !t.tags.has('Demonym'),
    (t) => !isTitleWord(t) && !orgHeads.has(t.key) && !placeHeads.has(t.key) && !eventHeads.has(t.key),
    (t) => orgHeads.has(t.key) || suffixAbbreviations.has(t.key),
  );
  const presentGroups = new Set<string>();
  for (const c of clusters.roots()) {
    c.type = resolveType(c);
    if (c.group && c.type) presentGroups.add(c.group);
  }
  // Untyped words are free for the rescan to claim.
  for (const c of clusters.roots()) if (!c.type) for (const m of c.mentions) for (let k = m.from; k < m.to; k++) covered[k] = 0;
  rescan(tokens, clusters, covered, presentGroups);

  // Token → mention type, for roles written before a name ("US president Donald Trump").
  const mentionType = new Array<EntityType | undefined>(tokens.length);
  for (const c of clusters.roots()) {
    if (!c.type) continue;
    for (const m of c.mentions) for (let k = m.from; k < m.to; k++) mentionType[k] = c.type;
  }
  const inOrgOrPlace = (k: number) => mentionType[k] === 'organization' || mentionType[k] === 'place';

  const entities: Entity[] = [];
  const ids = new Set<string>();
  for (const c of clusters.roots()) {
    if (!c.type || c.mentions.length === 0) continue;
    const seen = new Set<number>();
    const mentions: TextSpan[] = [];
    let role: string | undefined;
    const sorted = c.mentions.slice().sort((a, b) => a.from - b.from);
    for (const m of sorted) {
      if (seen.has(m.from)) continue;
      seen.add(m.from);
      mentions.push(mentionSpan(doc, tokens, m.from, m.to));
      if (c.type === 'person' && role === undefined) {
        let span: { start: number; end: number } | undefined;
        if (m.role && m.role.to > m.role.from) span = { start: tokens[m.role.from].start, end: tokens[m.role.to - 1].dotEnd };
        span ??= roleBefore(tokens, m.from, inOrgOrPlace) ?? roleAfter(tokens, m.to, doc.text);
        if (span) role = doc.text.slice(span.start, span.end).replace(/["“”]/g, '').replace(/\s+/g, ' ').trim() || undefined;
      }
    }
    if (mentions.length === 0) continue;
    const forms = [...new Set(mentions.map((m) => m.text.replace(/\s+/g, ' ')))];
    const name = forms.slice().sort((a, b) => b.split(' ').length - a.split(' ').length || b.length - a.length)[0];
    const aliases = [name, ...forms.filter((f) => f !== name)];
    let id = `${c.type}:${slug(name)}`;
    for (let n = 2; ids.has(id); n++) id = `${c.type}:${slug(name)}-${n}`;
    ids.add(id);
    const entity: Entity = { id, name, type: c.type, aliases, mentions };
    if (role) entity.role = role;
    entities.push(entity);
  }
  entities.sort((a, b) => a.mentions[0].start - b.mentions[0].start);
  return entities;
}
