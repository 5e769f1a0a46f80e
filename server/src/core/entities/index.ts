/**
 * Entities: people, organizations and places, from the compromise terms the pipeline already has
 * (no second parse). Steps, each in its own file, all linear in the number of words:
 *
 * 1. `tokens.ts`      words with document offsets, possessives split off, sentence starts and headings
 * 2. `candidates.ts`  runs of capitalized words ("Bank of America", "Ursula von der Leyen")
 * 3. `segment.ts`     each run split into titles, listed names (`gazetteer.ts`, word lists in
 *                     `../model/`), head-noun names and the rest, typed by compromise's tags
 * 4. `context.ts`     the words around a name ("Eau Claire, Wis.", "Jefferies analyst", headings)
 * 5. `acronyms.ts`    "Securities and Exchange Commission (SEC)"
 * 6. `coreference.ts` one sense per document: votes per name, bare surnames and name stems linked
 *                     to the full name, every later occurrence claimed
 * 7. here             entities with canonical names, aliases, roles (`titles.ts`) and mentions
 */
import type { Term } from '../nlp';
import type { Entity, EntityType, KnownName, SourceDocument, TextSpan } from '../types';
import { findAcronymDefinitions, findTermAcronyms, initialsMatch, longFormByInitials } from './acronyms';
import { findRuns } from './candidates';
import { applyContextRules, quotedTitles } from './context';
import { Clusters, keyOf, linkOrganizations, linkPeople, rescan, resolveType, root, type Candidate, type Cluster } from './coreference';
import { matchAt, withKnownNames } from './gazetteer';
import { inLexicon } from './compromiseLexicon';
import { demonyms, eventHeads, nameParticles, nonEntityAcronyms, nonNameWords, orgHeads, placeHeads, stopWords, suffixAbbreviations, termHeads, titleHeads } from './lexicon';
import { segmentRun, type Segment } from './segment';
import { isTitleHead, isTitleWord, roleAfter, roleBefore } from './titles';
import { buildTokens, type Token } from './tokens';
import { firstStartingAt } from '../spans';
import { namesOwnOutlet } from '../frontMatter';

export { entityAt, mentionAt, mentionsIn } from './lookup';
export { titleBefore } from './titles';

/**
 * One sense per document: places written alike are one place ("Charlotte" the listed city and "Charlotte" of
 * "Charlotte Mayor Jennifer Roberts", read as an office's place without the list).
 */
function mergeSameNamedPlaces(tokens: Token[], clusters: Clusters): void {
  const byName = new Map<string, Cluster>();
  for (const c of clusters.roots()) {
    if (c.type !== 'place' || c.mentions.length === 0) continue;
    const names = new Set(c.mentions.map((m) => keyOf(tokens, m.from, m.to)));
    if (names.size !== 1) continue;
    const [name] = names;
    const other = byName.get(name);
    if (other && root(other) !== c && root(other).type === 'place') clusters.merge(c, other);
    else byName.set(name, c);
  }
}

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

function mentionSpan(doc: SourceDocument, tokens: Token[], from: number, to: number, ownS = false): TextSpan {
  const last = tokens[to - 1];
  const start = tokens[from].start;
  // ("Ltd." takes its period; "PLC." at the end of a sentence does not: a suffix in capitals is no abbreviation.)
  let end = last.dotEnd > last.end && suffixAbbreviations.has(last.key) && !(last.acronym && last.text.length >= 3) ? last.dotEnd : last.end;
  // "Moody's", "McDonald's": a listed name whose "'s" is part of it.
  if (ownS && last.possessive && /^['’]s/i.test(doc.text.slice(end, end + 2))) end += 2;
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

/**
 * "The FDIC said" after "the Federal Deposit Insurance Corp.": an acronym the text never defines
 * joins the one organization of the document whose initials it spells. Left alone when two could.
 */
function linkUndefinedAcronyms(tokens: Token[], clusters: Clusters): void {
  // Each organization's distinct multi-word forms ("Federal Deposit Insurance Corp."), once each.
  const longForms = new Map<string, { cluster: Cluster; words: string[] }>();
  const acronyms: Cluster[] = [];
  for (const c of clusters.roots()) {
    const type = resolveType(c);
    if (type !== 'organization' && type !== undefined) continue;
    if (c.mentions.length > 0 && c.mentions.every((m) => m.to - m.from === 1 && tokens[m.from].acronym)) {
      // (A listed acronym too, of three letters or more, when the text never writes the listed name: "the Environment
      // Protection Authority … The EPA said" in an Australian story is that authority, not the US agency.)
      if (!c.protected || tokens[c.mentions[0].from].text.replace(/[^\p{Lu}]/gu, '').length >= 3) acronyms.push(c);
      continue;
    }
    if (type !== 'organization') continue;
    for (const m of c.mentions) {
      if (m.to - m.from < 2) continue;
      const words = tokens.slice(m.from, m.to).map((t) => t.text);
      const key = `${c.key}\u0000${words.join(' ')}`;
      if (!longForms.has(key)) longForms.set(key, { cluster: c, words });
    }
  }
  for (const a of acronyms) {
    const text = tokens[a.mentions[0].from].text;
    // (A listed acronym only after the long form: written first, as a definition would be.)
    const first = Math.min(...a.mentions.map((m) => m.from));
    const fits = new Set([...longForms.values()].filter((l) => initialsMatch(text, l.words) && (!a.protected || root(l.cluster).mentions.some((m) => m.from < first)))
      .map((l) => root(l.cluster)));
    if (fits.size !== 1) continue;
    const [target] = fits;
    if (target === root(a)) continue;
    const key = tokens[a.mentions[0].from].key;
    clusters.merge(a, target);
    target.aliases.push([key]);
  }
}

/**
 * "Trade and Industry Minister Gan Kim Yong", "Science and Technology Minister": a portfolio of two common words
 * joined by "and" is one role; the run of capitals that made the title began after the "and".
 */
function portfolioPairStart(tokens: Token[], from: number): number {
  const and = tokens[from - 1];
  const word = tokens[from - 2];
  if (!and || !word || !/^(?:and|&)$/.test(and.key) || !word.cap || word.possessive || word.acronym) return tokens[from].start;
  if (word.join !== 'space' || and.join !== 'space' || word.paragraph !== tokens[from].paragraph || !(word.tags.has('Noun') || word.tags.has('Adjective'))) return tokens[from].start;
  if (['ProperNoun', 'Person', 'FirstName', 'LastName', 'Place', 'Organization'].some((tag) => word.tags.has(tag))) return tokens[from].start;
  // (The pair opens its sentence or follows a lower-case word: "Smith and Health Minister Li" joins two people.)
  const before = tokens[from - 3];
  if (before && before.paragraph === word.paragraph && before.cap && !/[.!?:;]\s*$/.test(before.gap)) return tokens[from].start;
  return word.start;
}

/** Courtesy forms of address, as opposed to honours ("Sir", "Dame", "Datuk"), which style the office they follow. */
const COURTESY_FORMS = /^(?:mr|mrs|ms|miss|mx|dr|prof|madam)$/;

/**
 * "Director-General of Health Dr Ashley Bloomfield", "Foreign Minister Dr Ana Ruiz": a courtesy form of address between
 * the office and the name is no part of the office ("Dr" alone stays the role).
 */
function withoutTrailingHonorific(role: string): string {
  const words = role.split(' ');
  const address = (w: string) => COURTESY_FORMS.test(w.toLowerCase().replace(/\.$/, ''));
  if (words.every(address)) return role;
  while (address(words[words.length - 1])) words.pop();
  return words.join(' ');
}

/** "Justices" → "Justice", "Sens." → "Sen.": the role of one person named after a plural title. */
function singularTitle(role: string): string {
  // (Not "House of Lords".)
  if (/\b(?:of|the)\s+\S+$/i.test(role)) return role;
  return role.replace(/(\p{L}+)s(\.?)$/u, (all, stem: string, dot: string) => (titleHeads.has(stem.toLowerCase()) ? `${stem}${dot}` : all));
}

/**
 * "Justices Samuel Greaves and Anita Kowalczyk", "Sens. Ann Lee, Bo Park and Cy Diaz": a plural title
 * before coordinated names is the title of each of them.
 */
function shareTitles(tokens: Token[], segments: Segment[]): void {
  for (let k = 0; k + 1 < segments.length; k++) {
    const s = segments[k];
    if (s.type !== 'person' || !s.role || s.honorific) continue;
    const head = tokens[s.role.to - 1];
    if (!/s$/.test(head.key) || !titleHeads.has(head.key.replace(/s$/, ''))) continue;
    let prev = s;
    for (let j = k + 1; j < segments.length; j++) {
      const n = segments[j];
      const link = tokens[n.from - 1];
      const sep = tokens[prev.to - 1];
      const comma = n.from === prev.to && /^,\s+$/.test(sep.gap);
      const and = n.from === prev.to + 1 && (link.key === 'and' || link.key === 'or') && sep.join === 'space' && link.join === 'space';
      const commaAnd = n.from === prev.to + 1 && link.key === 'and' && /^,\s+$/.test(sep.gap) && link.join === 'space';
      if (!(comma || and || commaAnd) || tokens[n.from].paragraph !== tokens[s.from].paragraph) break;
      if (n.type !== 'person' && n.type !== null) break;
      if (n.role || n.to - n.from < 2) break;
      n.type = 'person';
      n.strength = Math.max(n.strength, 3);
      n.role = s.role;
      prev = n;
      if (and || commaAnd) break;
    }
  }
}

/**
 * "the Weather Service" after "the National Weather Service", "the Energy Department" after "the US
 * Energy Department": a name of two words or more that ends another organization's name, the words
 * left out only a scope ("National", "Federal", a nationality or a listed place), is that organization.
 */
/**
 * "told the House", "The House has been asked to trust ministers": a chamber called by its head alone is the House
 * the story names in full ("House of Commons", "House of Representatives"); of two, the one named first (one sense
 * per document).
 */
function linkBareHouse(tokens: Token[], clusters: Clusters): void {
  const bare = clusters.roots().filter((c) => c.mentions.length > 0 && c.mentions.every((m) => m.to - m.from === 1 && tokens[m.from].key === 'house'));
  if (bare.length === 0) return;
  const first = (c: Cluster) => Math.min(...c.mentions.map((m) => m.from));
  const named = clusters.roots()
    .filter((c) => resolveType(c) === 'organization' && c.mentions.some((m) => m.to - m.from >= 3 && tokens[m.from].key === 'house' && tokens[m.from + 1].key === 'of'))
    .sort((a, b) => first(a) - first(b));
  if (named.length === 0) return;
  for (const c of bare) clusters.merge(c, named[0]);
}

function linkShortenedNames(tokens: Token[], clusters: Clusters): void {
  // Each long mention under every ending it has after one word or more: "Health Ministry" of "Uganda Health Ministry".
  const longs = new Map<string, { cluster: Cluster; extra: number; from: number }[]>();
  for (const c of clusters.roots()) {
    if (resolveType(c) !== 'organization') continue;
    for (const m of c.mentions) {
      if (m.to - m.from < 3) continue;
      const words = tokens.slice(m.from, m.to).map((t) => t.key);
      for (let extra = 1; extra < words.length - 1; extra++) {
        const ending = words.slice(extra).join(' ');
        const list = longs.get(ending) ?? [];
        list.push({ cluster: c, extra, from: m.from });
        longs.set(ending, list);
      }
    }
  }
  if (longs.size === 0) return;
  const scope = (t: Token, k: number) => nonNameWords.has(t.key) || demonyms.has(t.key) || t.tags.has('Demonym') || matchAt(tokens, k, k + 1)?.type === 'place';
  for (const c of clusters.roots()) {
    if (c.protected || c.group || resolveType(c) !== 'organization' || c.mentions.length === 0) continue;
    const m0 = c.mentions[0];
    const n = m0.to - m0.from;
    if (n < 2 || !orgHeads.has(tokens[m0.to - 1].key)) continue;
    const words = tokens.slice(m0.from, m0.to).map((t) => t.key);
    if (!c.mentions.every((m) => m.to - m.from === n && tokens.slice(m.from, m.to).every((t, j) => t.key === words[j]))) continue;
    const fits = new Set<Cluster>();
    for (const l of longs.get(words.join(' ')) ?? []) {
      if (l.cluster === c) continue;
      let ok = true;
      for (let j = 0; j < l.extra; j++) if (!scope(tokens[l.from + j], l.from + j)) ok = false;
      if (ok) fits.add(root(l.cluster));
    }
    if (fits.size !== 1) continue;
    const [target] = fits;
    clusters.merge(c, target);
  }
}

const STORM_WORD = /^(?:hurricane|typhoon|cyclone|storm|tropical|super|severe|major|category)$/;
const STORM_NOUN = /^(?:hurricanes?|typhoons?|cyclones?|storms?|superstorms?)$/;
/** Names of storms retired for the harm they did (WMO lists, with PAGASA's and Australia's), often named alone. */
const RETIRED_STORMS = new Set((
  'agnes allen andrew betsy camille charley dennis dorian floyd florence fran frances georges gilbert harvey hazel helene hugo ' +
  'ian ida ike irma isabel ivan jeanne katrina laura maria matthew michael milton mitch opal rita sandy wilma ' +
  'haiyan yolanda hagibis mangkhut idai nargis tracy yasi otis iniki'
).split(' '));

/**
 * "Hurricane Florence … we rode out Florence": one sense per document, a storm's name used alone
 * after the text names the storm is the storm, not the place or the person of the same name.
 */
function stormNames(tokens: Token[], segments: Segment[]): void {
  const names = new Set<string>();
  for (const s of segments) {
    if (s.type !== 'event') continue;
    let k = s.from;
    // (The storm word may open the run or stand right before it.)
    if (!(k > 0 && STORM_WORD.test(tokens[k - 1].key) && tokens[k - 1].cap)) {
      if (!STORM_WORD.test(tokens[k].key)) continue;
      while (k < s.to && STORM_WORD.test(tokens[k].key)) k++;
    }
    if (k < s.to && s.to - k <= 2) names.add(tokens.slice(k, s.to).map((t) => t.key).join(' '));
  }
  // "We have learned the lessons of Katrina," … referring to the 2005 storm: a retired storm's name standing alone in a
  // paragraph that speaks of a storm is the storm, when the text names no person with that word.
  const people = new Set<string>();
  for (const s of segments) if (s.type === 'person' && s.to - s.from >= 2) for (let k = s.from; k < s.to; k++) people.add(tokens[k].key);
  for (const s of segments) {
    const t = tokens[s.from];
    if (s.to - s.from !== 1 || s.type !== 'person' || s.strength > 2 || !RETIRED_STORMS.has(t.key) || people.has(t.key)) continue;
    let storm = false;
    for (let k = Math.max(0, s.from - 40); k < Math.min(tokens.length, s.to + 40) && !storm; k++) {
      storm = tokens[k].paragraph === t.paragraph && STORM_NOUN.test(tokens[k].key);
    }
    if (storm) {
      s.type = 'event';
      s.strength = 3;
    }
  }
  if (names.size === 0) return;
  for (const s of segments) {
    if (s.type === 'event' || s.type === 'title' || (s.entry && s.entry.source === 'known')) continue;
    if (names.has(tokens.slice(s.from, s.to).map((t) => t.key).join(' ')) && !(s.from > 0 && tokens[s.from - 1].key === 'of' && tokens[s.from - 1].join === 'space')) {
      s.type = 'event';
      s.strength = 3;
    }
  }
}

/**
 * "Goods and Services Tax (GST)", "Value Added Tax (VAT)": a long form whose last word makes a tax, a
 * measure or an event, or whose initials are a common abbreviation, names no body.
 */
function isTermLongForm(tokens: Token[], last: number, acronym: number): boolean {
  return nonEntityAcronyms.has(tokens[acronym].text) || termHeads.has(tokens[last].key) || eventHeads.has(tokens[last].key);
}

/**
 * "Integrated Bar of the Philippines (IBP)": when the initials in brackets spell a longer stretch of
 * capitalized words than the name found before them, the stretch is one organization and replaces the
 * pieces it was cut into ("Integrated Bar" and the place "Philippines"). Not across a title or a person
 * a title or a first name made.
 */
function widenToInitials(tokens: Token[], segments: Segment[]): void {
  for (let j = 0; j < segments.length; j++) {
    const found = segments[j];
    const i = found.to;
    if (i >= tokens.length || found.type === 'title') continue;
    if (isTermLongForm(tokens, found.to - 1, i)) continue;
    const from = longFormByInitials(tokens, i, found.from);
    if (from < 0) continue;
    let first = j;
    while (first > 0 && segments[first - 1].to > from) first--;
    const inside = segments.slice(first, j + 1);
    if (inside[0].from < from || inside.some((s) => s.type === 'title' || s.type === 'event' || s.role || (s.type === 'person' && s.strength >= 3))) continue;
    segments.splice(first, j - first + 1, { from, to: found.to, type: 'organization', strength: 3 });
    j = first;
  }
}

/** Last words of a party's name that a faction's qualifier in brackets can follow ("Janata Dal (United)"). */
const PARTY_WORDS = new Set(['party', 'dal', 'sena', 'congress', 'league', 'front', 'alliance', 'movement']);

/**
 * "The Communist Party of India (Marxist) said", "Lok Janshakti Party (Ram Vilas) chief Chirag Paswan":
 * capitalized words in brackets right after a party's name tell its faction apart and belong to the
 * name; they are no alias and no entity of their own. Initials in brackets ("(UBT)", "(PAN)") and
 * listed names are left to the acronym and gazetteer rules. Returns the brackets' word positions.
 */
function partyQualifiers(tokens: Token[], segments: Segment[]): Set<number> {
  const out = new Set<number>();
  for (const s of segments) {
    if (s.type !== 'organization' || !tokens.slice(s.from, s.to).some((t) => PARTY_WORDS.has(t.key))) continue;
    const open = s.to;
    if (open >= tokens.length || !/^\s*\($/.test(tokens[open - 1].gap) || tokens[open].paragraph !== tokens[open - 1].paragraph) continue;
    let close = open;
    while (close < tokens.length && close - open < 3 && !/^\)/.test(tokens[close].gap) && tokens[close].join === 'space') close++;
    if (close >= tokens.length || !/^\)/.test(tokens[close].gap)) continue;
    const inside = tokens.slice(open, close + 1);
    if (inside.some((t) => !t.cap || t.acronym || t.possessive) || matchAt(tokens, open, close + 1)) continue;
    for (let k = open; k <= close; k++) out.add(k);
  }
  for (const s of segments) if (out.has(s.from) && out.has(s.to - 1)) { s.type = 'event'; s.strength = 3; s.role = undefined; }
  return out;
}

/**
 * "Jan Suraaj factor" (a heading) and "Prashant Kishor's Jan Suraaj Party is contesting": a name read as
 * a person's that is, word for word, a party's name in the same text without its last word ("Party",
 * "Movement", "Front") is the party's short form.
 */
function partyShortForms(tokens: Token[], segments: Segment[]): void {
  const parties = new Map<string, Segment>();
  for (const s of segments) {
    if (s.type !== 'organization' || s.to - s.from < 2 || !PARTY_WORDS.has(tokens[s.to - 1].key) || !tokens[s.to - 1].cap) continue;
    parties.set(tokens.slice(s.from, s.to - 1).map((t) => t.key).join(' '), s);
  }
  if (parties.size === 0) return;
  for (const s of segments) {
    if (s.type !== 'person' || s.role || s.honorific || s.entry || tokens[s.to - 1].possessive) continue;
    const next = tokens[s.to];
    if (next && PARTY_WORDS.has(next.key)) continue;
    const party = parties.get(tokens.slice(s.from, s.to).map((t) => t.key).join(' '));
    if (!party) continue;
    s.type = 'organization';
    s.strength = 3;
    party.stem ??= { from: party.from, to: party.to - 1 };
  }
}

/**
 * Does "the" stand right before token `from`, or before one lower-case word that describes it ("the
 * ruling", "the opposition"), in its paragraph? Not "the late", which goes before people.
 */
function takesArticle(tokens: Token[], from: number): boolean {
  const p = tokens[from].paragraph;
  const prev = tokens[from - 1];
  if (!prev || prev.paragraph !== p || prev.join !== 'space') return false;
  if (prev.key === 'the') return true;
  const the = tokens[from - 2];
  return !prev.cap && !isTitleHead(prev) && prev.key !== 'late' && !!the && the.key === 'the' && the.paragraph === p && the.join === 'space';
}

function entitiesOf(doc: SourceDocument, terms: Term[][]): Entity[] {
  const tokens = buildTokens(doc, terms);
  if (tokens.length === 0) return [];
  const covered = new Uint8Array(tokens.length);
  const clusters = new Clusters();
  const segments: Segment[] = [];
  for (const run of findRuns(tokens)) segments.push(...segmentRun(tokens, run));
  applyContextRules(tokens, segments);
  quotedTitles(doc.text, doc.quotes, tokens, segments);
  shareTitles(tokens, segments);
  stormNames(tokens, segments);
  partyShortForms(tokens, segments);

  widenToInitials(tokens, segments);
  const qualifiers = partyQualifiers(tokens, segments);
  // Acronym definitions: the long form ending right before "(ABBR)".
  const segmentEndingAt = new Map<number, Segment>();
  for (const s of segments) if (s.type !== 'title') segmentEndingAt.set(s.to - 1, s);
  const definitions = findAcronymDefinitions(tokens, (end) => {
    const s = segmentEndingAt.get(end);
    return s && s.to - s.from >= 2 ? s.from : -1;
  });
  const acronymOf = new Map<number, Segment>();
  const inSegment = new Uint8Array(tokens.length);
  for (const s of segments) for (let k = s.from; k < s.to; k++) inSegment[k] = 1;
  const added: Segment[] = [];
  // Acronyms of events and of lower-case terms name no entity.
  const eventAcronyms = findTermAcronyms(tokens);
  for (const d of definitions) {
    const long = segmentEndingAt.get(d.longTo - 1);
    if (qualifiers.has(d.acronym)) continue;
    if (!d.fits) {
      // "The Social Democrats (SPD)", "National Action Party (PAN)": a short name in brackets right after
      // an organization's name is its alias even when its letters are not the name's initials (another
      // language's word order, a nickname), unless the brackets hold a listed place, person or outlet.
      const listed = matchAt(tokens, d.acronym, d.acronym + 1);
      if (!long || long.type !== 'organization' || (listed && (listed.type !== 'organization' || listed.source === 'outlet'))) continue;
      if (!tokens[d.acronym].acronym && (tokens[d.acronym].tags.has('FirstName') || inLexicon(tokens[d.acronym].key))) continue;
      acronymOf.set(d.acronym, long);
      // ("PAN" is also a common word: it has no piece of its own yet.)
      if (!inSegment[d.acronym]) added.push({ from: d.acronym, to: d.acronym + 1, type: null, strength: 0 });
      continue;
    }
    // ("Value Added Tax (VAT)": a long form no body's name makes its initials a term.)
    if (long?.type === 'event' || (long && !long.type && isTermLongForm(tokens, long.to - 1, d.acronym))) eventAcronyms.add(tokens[d.acronym].key);
    else if (long) {
      if (!long.type) { long.type = 'organization'; long.strength = 2; }
      // ("the opposition Maha Vikas Aghadi (MVA)": initials defined for a name that takes "the" make it a
      // body, whatever given names its words hold; a person's name takes neither.)
      else if (long.type === 'person' && !long.entry && long.to - long.from >= 3 && takesArticle(tokens, long.from)) { long.type = 'organization'; long.strength = 3; }
      acronymOf.set(d.acronym, long);
      // ("Confederation of Indian Industry (CII)": initials compromise read as something else, a Roman numeral, get their piece.)
      if (!inSegment[d.acronym]) added.push({ from: d.acronym, to: d.acronym + 1, type: null, strength: 0 });
    }
  }

  if (added.length) {
    segments.push(...added);
    segments.sort((a, b) => a.from - b.from);
  }
  const clusterOfSegment = new Map<Segment, Cluster>();
  for (const s of segments) {
    if (s.to - s.from === 1 && tokens[s.from].acronym && eventAcronyms.has(tokens[s.from].key)) s.type = 'event';
    if (s.type === 'title' || s.type === 'event') {
      for (let k = s.from; k < s.to; k++) covered[k] = 1;
      continue;
    }
    const c: Candidate = { from: s.from, to: s.to, type: s.type, strength: s.strength, entry: s.entry, role: s.role, stem: s.stem };
    const long = s.to - s.from === 1 ? acronymOf.get(s.from) : undefined;
    if (long) {
      const target = clusterOfSegment.get(long);
      if (target) {
        const cluster = clusters.add(tokens, { ...c, type: long.type as EntityType | null, strength: 2 });
        clusters.merge(cluster, target);
        // ("Conagua" in any case, "SPD" in capitals.)
        if (tokens[s.from].acronym) root(target).aliases.push([tokens[s.from].key]);
        else root(target).stems.push([tokens[s.from].key]);
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
  linkUndefinedAcronyms(tokens, clusters);
  linkShortenedNames(tokens, clusters);
  linkBareHouse(tokens, clusters);
  const presentGroups = new Set<string>();
  for (const c of clusters.roots()) {
    c.type = resolveType(c);
    if (c.group && c.type) presentGroups.add(c.group);
  }
  mergeSameNamedPlaces(tokens, clusters);
  // Untyped words are free for the rescan to claim.
  for (const c of clusters.roots()) if (!c.type) for (const m of c.mentions) for (let k = m.from; k < m.to; k++) covered[k] = 0;
  const held = new Set(clusters.roots().flatMap((c) => c.mentions));
  rescan(tokens, clusters, covered, presentGroups);
  // A word the rescan gave to a confident name leaves the entity it had joined by its piece's words alone
  // ("if Tupou is cleared" after "prop Sione Tupou"), so no word is in two entities.
  const claimedBy = new Array<Cluster | undefined>(tokens.length);
  for (const c of clusters.roots()) for (const m of c.mentions) if (!held.has(m)) for (let k = m.from; k < m.to; k++) claimedBy[k] = c;
  for (const c of clusters.roots()) {
    c.mentions = c.mentions.filter((m) => !held.has(m) || !tokens.slice(m.from, m.to).some((t) => claimedBy[t.i] && claimedBy[t.i] !== c));
  }
  // "van Doorn said" after "Marieke van Doorn": the lower-case particles the person's fullest name writes
  // before the surname belong to a mention of the surname.
  for (const c of clusters.roots()) {
    if (c.type !== 'person') continue;
    const pairs = new Set<string>();
    for (const m of c.mentions) for (let k = m.from + 1; k < m.to - 1; k++) if (nameParticles.has(tokens[k].key)) pairs.add(`${tokens[k].key} ${tokens[k + 1].key}`);
    if (pairs.size === 0) continue;
    for (const m of c.mentions) {
      if (m.to - m.from !== 1) continue;
      for (let p = tokens[m.from - 1]; p && !p.cap && p.join === 'space' && p.paragraph === tokens[m.from].paragraph && !claimedBy[p.i] && pairs.has(`${p.key} ${tokens[m.from].key}`); p = tokens[m.from - 1]) m.from--;
    }
  }

  // Token → mention type, for roles written before a name ("US president Donald Trump").
  const mentionType = new Array<EntityType | undefined>(tokens.length);
  for (const c of clusters.roots()) {
    if (!c.type) continue;
    for (const m of c.mentions) for (let k = m.from; k < m.to; k++) mentionType[k] = c.type;
  }
  const inOrgOrPlace = (k: number) => mentionType[k] === 'organization' || mentionType[k] === 'place';

  const entities: Entity[] = [];
  const ids = new Set<string>();
  const outlet = doc.frontMatter.outlet?.replace(/\s+/g, ' ').trim().replace(/^the\s+/i, '');
  for (const c of clusters.roots()) {
    if (!c.type || c.mentions.length === 0) continue;
    const seen = new Set<number>();
    const mentions: TextSpan[] = [];
    const ownS = c.mentions.some((m) => !!m.entry && /['’]s$/.test(m.entry.surface));
    let role: string | undefined;
    // Longer first at the same start; a mention inside an earlier one ("Fuente" of "De la Fuente") is dropped.
    const sorted = c.mentions.slice().sort((a, b) => a.from - b.from || b.to - a.to);
    let lastTo = -1;
    for (const m of sorted) {
      if (seen.has(m.from) || m.from < lastTo) continue;
      seen.add(m.from);
      lastTo = m.to;
      const span = mentionSpan(doc, tokens, m.from, m.to, ownS);
      // "in The Hague": a place whose name opens with "The" keeps the capital article it is written with.
      const article = tokens[m.from - 1];
      if (m.entry?.needsThe && m.entry.type === 'place' && article?.text === 'The' && article.join === 'space' && article.paragraph === tokens[m.from].paragraph) {
        span.start = article.start;
        span.text = doc.text.slice(span.start, span.end);
      }
      mentions.push(span);
      if (c.type === 'person' && role === undefined) {
        let span: { start: number; end: number } | undefined;
        // (A title on the line before is another person's: "Ingrid Solheim -- Chief Executive Officer⏎Marco Velásquez".)
        const ownLine = !!m.role && tokens.slice(m.role.from, m.from).every((t) => !t.gap.includes('\n'));
        if (m.role && m.role.to > m.role.from && ownLine) span = { start: portfolioPairStart(tokens, m.role.from), end: tokens[m.role.to - 1].dotEnd };
        span ??= roleBefore(tokens, m.from, inOrgOrPlace) ?? roleAfter(tokens, m.to, doc.text);
        if (span) role = singularTitle(withoutTrailingHonorific(doc.text.slice(span.start, span.end).replace(/["“”]/g, '').replace(/\s+/g, ' ').trim())) || undefined;
      }
    }
    if (mentions.length === 0) continue;
    const forms = [...new Set(mentions.map((m) => m.text.replace(/\s+/g, ' ')))];
    // The fullest form, written as in running text rather than a capitalized dateline ("New York", not "NEW YORK").
    // (A place's dateline may be four letters, "LIMA"; an organization's capitals of that length are mostly initials.)
    const shouted = (f: string) => (f === f.toUpperCase() && /\p{Lu}{3}/u.test(f) && f.replace(/[^\p{L}]/gu, '').length > (c.type === 'place' ? 3 : 4) ? 1 : 0);
    let name = forms.slice().sort((a, b) => b.split(' ').length - a.split(' ').length || shouted(a) - shouted(b) || b.length - a.length)[0];
    // A place only ever written in a dateline's capitals ("BRUSSELS (Reuters) -") is named as running text writes it.
    // (Only a dateline's, opening its paragraph: "FNSEA" in running text is initials.)
    const opensParagraph = (at: number) => {
      const p = doc.paragraphs[firstStartingAt(doc.paragraphs, at + 1) - 1];
      return !!p && doc.text.slice(p.start, at).trim() === '';
    };
    // ("UNITED STATES OF AMERICA" → "United States of America": the small words inside stay small.)
    if (c.type === 'place' && shouted(name) && mentions.some((m) => opensParagraph(m.start))) {
      name = name.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_, sep: string, ch: string) => sep + ch.toUpperCase())
        .replace(/(?<=\s)(?:Of|The|And|On|Upon|De|Del|Da|Du|La|Le)(?=\s)/g, (w) => w.toLowerCase());
    }
    // "told the Ledger" in a story the Harbor City Ledger published: the outlet, by the name its front matter gives.
    if (c.type === 'organization' && outlet && !forms.includes(outlet) && forms.every((f) => namesOwnOutlet(outlet, f))) name = outlet;
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
