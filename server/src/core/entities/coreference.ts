import type { EntityType } from '../types';
import { gazetteer, matchAt, type GazetteerEntry } from './gazetteer';
import { inLexicon } from './compromiseLexicon';
import { SUBJECT_SUFFIX } from './candidates';
import { clubHeads, groupNouns, nameParticles, speechVerbs } from './lexicon';
import { firstStartingAt } from '../spans';
import type { Token } from './tokens';

/** One mention before it becomes part of an entity. */
export interface Candidate {
  from: number;
  to: number;
  type: EntityType | null;
  strength: number;
  entry?: GazetteerEntry;
  role?: { from: number; to: number };
  /** Token range of a short form that stands for the organization (`Segment.stem`). */
  stem?: { from: number; to: number };
}

/** Mentions that refer to one thing, with the votes for its type (one sense per document). */
export interface Cluster {
  key: string;
  mentions: Candidate[];
  votes: Record<EntityType, number>;
  /** Listed in the gazetteer as an organization or unambiguous place: never re-typed by a surname. */
  protected: boolean;
  /** Outlet or organization group from the gazetteer. */
  group?: string;
  /** Merged into another cluster. */
  mergedInto?: Cluster;
  /** Extra surface forms (normalized word lists) that refer to it: acronyms (written in capitals). */
  aliases: string[][];
  /** Extra surface forms in any case: the first part of an organization's name ("Halvorsen"). */
  stems: string[][];
  /** Its head noun alone, capitalized mid-sentence ("the Commission"). */
  heads: string[][];
  /** A person's surname that an organization named earlier owns ("Kessler" of "Kessler Cells"). */
  ceded?: Set<string>;
  type?: EntityType;
}

const SUFFIXES = /^(?:jr|sr|ii|iii|iv)$/;

export function keyOf(tokens: Token[], from: number, to: number): string {
  const words: string[] = [];
  for (let k = from; k < to; k++) words.push(tokens[k].key);
  return words.join(' ');
}

function weight(c: Candidate): number {
  if (c.entry?.source === 'known') return 100;
  if (c.entry) return c.entry.ambiguous ? 3 : 6;
  return c.strength;
}

export class Clusters {
  readonly byKey = new Map<string, Cluster>();
  readonly list: Cluster[] = [];

  add(tokens: Token[], c: Candidate): Cluster {
    const key = c.entry && (c.entry.type !== 'person' || c.entry.source === 'known') ? `@${c.entry.group}` : keyOf(tokens, c.from, c.to);
    let cluster = this.byKey.get(key);
    if (!cluster) {
      cluster = { key, mentions: [], votes: { person: 0, organization: 0, place: 0 }, protected: false, aliases: [], stems: [], heads: [] };
      this.byKey.set(key, cluster);
      this.list.push(cluster);
    }
    cluster = root(cluster);
    cluster.mentions.push(c);
    if (c.type) cluster.votes[c.type] += weight(c);
    if (c.entry && (c.entry.type !== 'person' || c.entry.source === 'known') && !c.entry.ambiguous) cluster.protected = true;
    if (c.entry && (c.entry.type !== 'person' || c.entry.source === 'known')) cluster.group = c.entry.group;
    return cluster;
  }

  merge(from: Cluster, into: Cluster): void {
    from = root(from);
    into = root(into);
    if (from === into) return;
    into.mentions.push(...from.mentions);
    for (const t of ['person', 'organization', 'place'] as const) into.votes[t] += from.votes[t];
    into.aliases.push(...from.aliases);
    into.stems.push(...from.stems);
    into.heads.push(...from.heads);
    into.protected ||= from.protected;
    from.mergedInto = into;
    from.mentions = [];
  }

  roots(): Cluster[] {
    return this.list.filter((c) => !c.mergedInto);
  }
}

export function root(c: Cluster): Cluster {
  while (c.mergedInto) c = c.mergedInto;
  return c;
}

export function resolveType(c: Cluster): EntityType | undefined {
  const v = c.votes;
  const best = Math.max(v.person, v.organization, v.place);
  if (best <= 0) return undefined;
  if (v.person === best) return 'person';
  if (v.organization === best) return 'organization';
  return 'place';
}

/** "Baek Ji-hoon", "Park Geun-hye": a family name before a hyphenated given name (written surname first). */
function surnameFirst(tokens: Token[], m: Candidate): boolean {
  if (m.to - m.from !== 3) return false;
  const given = tokens[m.from + 1];
  return given.cap && given.join === 'hyphen' && !tokens[m.from + 2].cap && tokens[m.from].join === 'space';
}

/** The words of a person's name without generational suffixes and initials. */
/** Start of a mention's hyphenated family name ("Owusu-Ansah" of "Ama Owusu-Ansah"); `m.to - 1` when the last word stands alone. */
function familyStart(tokens: Token[], m: Candidate): number {
  let g = m.to - 1;
  while (g > m.from && tokens[g - 1].join === 'hyphen') g--;
  return g;
}

/**
 * The inner words of a person's fullest name that can stand alone for them: capitalized, neither the
 * first nor the last name word, not part of a hyphenated name, not a generational suffix or initial.
 */
function innerNames(tokens: Token[], p: Cluster): string[] {
  let best: Candidate | undefined;
  for (const m of p.mentions) if (!best || nameParts(tokens, m).length > nameParts(tokens, best).length) best = m;
  if (!best) return [];
  const words: number[] = [];
  for (let k = best.from; k < best.to; k++) if (!SUFFIXES.test(tokens[k].key) && tokens[k].key.length > 1) words.push(k);
  const out: string[] = [];
  for (let j = 1; j < words.length - 1; j++) {
    const t = tokens[words[j]];
    if (!t.cap || t.join === 'hyphen' || tokens[t.i - 1]?.join === 'hyphen') continue;
    out.push(t.key);
  }
  return out;
}

function nameParts(tokens: Token[], m: Candidate): string[] {
  const parts: string[] = [];
  for (let k = m.from; k < m.to; k++) {
    const key = tokens[k].key;
    // (An initial is no part of the name, but the Irish "Ó" of "Ciarán Ó Murchú" is: "Mr Ó Murchú" is the surname.)
    if (SUFFIXES.test(key) || key.length === 1 && key !== 'ó') continue;
    parts.push(key);
  }
  return parts;
}

/**
 * "The Minority Leader, Abba Moro, said" … "Mr Moro told journalists": a two- or three-word name that only
 * compromise's tag for one of its words made an organization ("Abba", a band) is a person when its last
 * word is what a person is called elsewhere in the document, after an honorific or a title.
 */
function retypeTaggedNames(tokens: Token[], clusters: Clusters): void {
  const called = new Set<string>();
  for (const c of clusters.roots()) {
    if (resolveType(c) !== 'person' || c.votes.person < 3) continue;
    for (const m of c.mentions) if (m.to - m.from === 1) called.add(tokens[m.from].key);
  }
  if (called.size === 0) return;
  for (const c of clusters.roots()) {
    if (c.protected || c.group || resolveType(c) !== 'organization' || c.votes.organization > 2 || c.votes.person > 0 || c.mentions.length === 0) continue;
    const ok = c.mentions.every((m) => {
      const n = m.to - m.from;
      if (n < 2 || n > 3 || m.entry) return false;
      const words = tokens.slice(m.from, m.to);
      return called.has(words[n - 1].key) && words.every((t) => t.cap && !t.acronym && t.join !== 'hyphen' && !t.possessive) && words.slice(1).every((t) => !t.tags.has('Organization'));
    });
    if (ok) c.votes.person = c.votes.organization + 1;
  }
}

/**
 * "Ildefonso Guajardo Villarreal … Mr. Guajardo Villarreal", "Aung San Suu Kyi … Suu Kyi met": an untyped
 * name of three words or more whose last two words or more are what the document calls a person is that
 * person's full name (compromise knows neither given name, and the honorific or the verb typed the short form).
 */
function typeByPersonTail(tokens: Token[], clusters: Clusters): void {
  const named = new Set<string>();
  for (const c of clusters.roots()) if (resolveType(c) === 'person' && c.votes.person >= 2 && c.key.includes(' ')) named.add(c.key);
  if (named.size === 0) return;
  for (const c of clusters.roots()) {
    if (c.protected || c.group || resolveType(c) !== undefined || c.mentions.length === 0) continue;
    const plainName = c.mentions.every((m) => !m.entry && m.to - m.from >= 3 && tokens.slice(m.from, m.to).every((t) => t.cap && !t.acronym && !t.possessive));
    if (!plainName) continue;
    const words = c.key.split(' ');
    for (let k = 1; k < words.length - 1; k++) {
      if (named.has(words.slice(k).join(' '))) {
        c.votes.person += 2;
        break;
      }
    }
  }
}

/**
 * Links bare names to the full person name that introduced them (one sense per document):
 * "Farley" → "Jim Farley", a later "Trump" → "Donald Trump" whatever compromise tagged it.
 * Full names that share first and last words are one person ("Donald J. Trump").
 */
export function linkPeople(tokens: Token[], clusters: Clusters): void {
  retypeTaggedNames(tokens, clusters);
  typeByPersonTail(tokens, clusters);
  const people = clusters.roots().filter((c) => resolveType(c) === 'person' && c.mentions.some((m) => nameParts(tokens, m).length >= 2));
  // A weakly typed full name ("hired Quill Marrow") takes a bare surname only if nothing else typed the surname.
  const weak = (p: Cluster) => root(p).votes.person < 2;
  const byFirstLast = new Map<string, Cluster>();
  const lastNames = new Map<string, Cluster[]>();
  const firstNames = new Map<string, Cluster[]>();
  const middleNames = new Map<string, Cluster[]>();
  const familyFirst = new Map<string, Cluster[]>();
  const nicknames = new Map<string, Cluster[]>();
  for (const p of people) {
    const full = p.mentions.map((m) => nameParts(tokens, m)).filter((w) => w.length >= 2).sort((a, b) => b.length - a.length)[0];
    const fl = `${full[0]} ${full[full.length - 1]}`;
    const existing = byFirstLast.get(fl);
    if (existing && root(existing) !== root(p)) {
      clusters.merge(p, existing);
      continue;
    }
    byFirstLast.set(fl, p);
    const last = full[full.length - 1];
    lastNames.set(last, [...(lastNames.get(last) ?? []), p]);
    // "Álvaro Quispe Mamani" → "Quispe", "María Fernanda Salcedo Ibarra" → "Salcedo": the first of two
    // surnames (any inner word of the name), when no one else has it as a last name. Not half of a
    // hyphenated name ("Carraway" of "Grace Carraway-Hines").
    if (full.length >= 3) for (const w of innerNames(tokens, p)) middleNames.set(w, [...(middleNames.get(w) ?? []), p]);
    // `Maria Cristina "Tina" Villanueva` … "Tina said": the nickname alone, even when it is a given name.
    for (const m of p.mentions) for (let k = m.from; k < m.to; k++) if (tokens[k].nickname) nicknames.set(tokens[k].key, [...new Set([...(nicknames.get(tokens[k].key) ?? []), p])]);
    // "Lula" of "Luiz Inácio Lula da Silva": the inner word right before the family name's particle is what the person is
    // called, even when it is a given name.
    for (const m of p.mentions) {
      for (let k = m.from + 2; k < m.to - 1; k++) {
        const called = tokens[k - 1];
        if (nameParticles.has(tokens[k].key) && !tokens[k].cap && called.cap && called.join === 'space') nicknames.set(called.key, [...new Set([...(nicknames.get(called.key) ?? []), p])]);
      }
    }
    const korean = p.mentions.find((m) => surnameFirst(tokens, m));
    if (korean) {
      const family = tokens[korean.from].key;
      lastNames.set(family, [...(lastNames.get(family) ?? []), p]);
    }
    const firstTok = p.mentions.find((m) => nameParts(tokens, m).length >= 2);
    if (firstTok && tokens[firstTok.from].tags.has('FirstName')) firstNames.set(full[0], [...(firstNames.get(full[0]) ?? []), p]);
    // "Li Qiang" … "Li said", "Nishimura Yasutoshi" … "Nishimura said": a two-word name whose first word
    // is no known first name may be written family name first; "Muhyiddin Abdul Rahman" … "Muhyiddin
    // said": a Malay or Arabic name with a patronymic is called by its first word too.
    else if ((full.length === 2 || full.length === 3) && firstTok && !tokens[firstTok.from].tags.has('FirstName') && !tokens[firstTok.from + 1]?.tags.has('LastName')) {
      familyFirst.set(full[0], [...(familyFirst.get(full[0]) ?? []), p]);
    }
  }
  // "Peña Nieto" after "Enrique Peña Nieto", "Holtz-Eakin" after "Douglas Holtz-Eakin".
  const bySuffix = new Map<string, Cluster>();
  const fullNames = people.map((p) => ({ p, words: p.key.split(' ') })).sort((a, b) => b.words.length - a.words.length);
  for (const { p, words } of fullNames) {
    const own = bySuffix.get(words.join(' '));
    if (own && root(own) !== root(p)) {
      clusters.merge(p, own);
      continue;
    }
    for (let k = 1; k < words.length - 1; k++) {
      const suffix = words.slice(k).join(' ');
      if (!bySuffix.has(suffix)) bySuffix.set(suffix, p);
    }
  }
  // "Ama Owusu-Ansah" beside "Kwabena Owusu-Ansah": a relative, named with a hyphenated family name someone has.
  const families = new Set<string>();
  for (const p of people) for (const m of p.mentions) {
    const g = familyStart(tokens, m);
    if (g > m.from) families.add(keyOf(tokens, g, m.to));
  }
  const mentionCount = (c: Cluster) => root(c).mentions.length;
  const pick = (list: Cluster[]) => list.slice().sort((a, b) => mentionCount(b) - mentionCount(a))[0];
  for (const c of clusters.roots()) {
    if (c.protected && c.mentions.length) speakerSurnames(tokens, c, lastNames);
    if (c.protected || c.mentions.length === 0) continue;
    if (c.mentions.some((m) => m.to - m.from !== 1)) {
      // "Delacroix-Hume said" (sentence-initial, untyped) after "Marguerite Delacroix-Hume". A double-barrelled
      // surname goes to its person even when its last part reads as a place head and typed it ("Hollings-Marsh" of
      // "Teresa Hollings-Marsh"): no list names it, and it is the tail of a full name the story gave.
      const doubleBarrelled = c.mentions.every((m) => m.to - m.from >= 2 && !m.entry && tokens.slice(m.from, m.to - 1).every((t) => t.join === 'hyphen'));
      const full = resolveType(c) === undefined || doubleBarrelled ? bySuffix.get(c.key) : undefined;
      if (full && root(full) !== c) {
        clusters.merge(c, full);
        root(full).votes.person += 3;
      } else if (resolveType(c) === undefined && c.mentions.some((m) => {
        const g = familyStart(tokens, m);
        return g > m.from && m.to - m.from <= 4 && families.has(keyOf(tokens, g, m.to)) && !inLexicon(tokens[m.from].key);
      })) c.votes.person += 3;
      continue;
    }
    const k = tokens[c.mentions[0].from].key;
    const own = resolveType(c);
    const eligible = (list: Cluster[] | undefined) => list?.filter((p) => !weak(p) || own === undefined || own === 'person');
    const target = (nicknames.get(k)?.length === 1 && !lastNames.has(k) ? nicknames.get(k) : undefined) ?? eligible(lastNames.get(k)) ?? (lastNames.has(k) ? undefined : firstNames.get(k)?.length === 1 ? eligible(firstNames.get(k)) :
      (own === undefined || own === 'person') && middleNames.get(k)?.length === 1 && !tokens[c.mentions[0].from].tags.has('FirstName') ? middleNames.get(k)
        : own !== 'place' && !c.protected && familyFirst.get(k)?.length === 1 ? familyFirst.get(k) : undefined);
    if (target && target.length > 1) {
      // Several people share the surname (Donald and Ivana Trump): each bare mention goes to the
      // one named in full most recently before it.
      const chooser = new PersonChooser(tokens, [...new Set(target.map(root))]);
      for (const m of c.mentions) {
        const p = chooser.at(m.from);
        p.mentions.push(m);
        if (chooser.has(p)) chooser.add(p, m);
        p.votes.person += 1;
      }
      c.mentions = [];
      c.mergedInto = chooser.at(0);
      continue;
    }
    if (target && target.length) {
      const p = root(pick(target));
      if (p !== c) {
        clusters.merge(c, p);
        p.votes.person += 6;
      }
      continue;
    }
    // A public figure's surname used alone ("Trump administration"), unless a list names it a place or the text itself
    // does ("the suburbs of Moore and Del City").
    if (gazetteer().surnames.has(k) && !c.mentions.some((m) => (m.entry && m.entry.type !== 'person') || (m.type === 'place' && m.strength >= 2))) c.votes.person += 6;
  }
}

/**
 * "Marcus Dell, head of product at Norvale … Dell told analysts": a company listed by one word that is
 * also the surname of a person the story names in full, used alone as the subject of a speech verb
 * after that full name, is the person speaking (one sense per document). Only when the company is
 * never written otherwise (no "Dell Technologies", no "Ford Motor") and one person has the surname.
 */
function speakerSurnames(tokens: Token[], c: Cluster, lastNames: Map<string, Cluster[]>): void {
  if (!c.mentions.every((m) => m.to - m.from === 1 && m.entry?.source === 'company' && m.entry.words.length === 1)) return;
  const people = lastNames.get(tokens[c.mentions[0].from].key);
  if (!people || new Set(people.map(root)).size !== 1) return;
  const p = root(people[0]);
  if (p === c || !p.mentions.length) return;
  const introduced = Math.min(...p.mentions.filter((m) => m.to - m.from >= 2).map((m) => m.from));
  const speaking = c.mentions.filter((m) => {
    const verb = tokens[m.to];
    return m.from > introduced && !tokens[m.from].possessive && verb && verb.paragraph === tokens[m.from].paragraph && speechVerbs.has(verb.key);
  });
  if (speaking.length === 0) return;
  c.mentions = c.mentions.filter((m) => !speaking.includes(m));
  for (const m of speaking) p.mentions.push({ ...m, entry: undefined, type: 'person' });
  p.votes.person += speaking.length;
  if (c.mentions.length === 0) c.mergedInto = p;
}

/** Nouns of kinship that introduce a relative by name ("her son, Thomas Whitcombe", "his wife Ama"). */
const KIN_NOUNS = new Set(['son', 'daughter', 'wife', 'husband', 'brother', 'sister', 'mother', 'father', 'widow', 'widower', 'grandson',
  'granddaughter', 'nephew', 'niece', 'cousin', 'stepson', 'stepdaughter', 'stepfather', 'stepmother', 'sons', 'daughters', 'brothers', 'sisters']);

/**
 * Which of several people sharing a surname a bare mention at token `at` means (`at`): the one named
 * in full in the same or the previous paragraph, most recently; otherwise the more prominent public
 * figure, else the one named first in the document (the article's protagonist, "Ted Cruz" rather than
 * a relative named once). The full-name mentions are listed once, in document order, and each
 * question is a binary search: a long document names the same people thousands of times.
 */
class PersonChooser {
  /** Token index (`start`) and person of every mention of two name parts or more, in document order. */
  private readonly full: { start: number; person: Cluster }[] = [];
  private first: Cluster;
  private firstFrom = Infinity;
  private best: Cluster | undefined;
  private bestRank = Infinity;
  private readonly people: Set<Cluster>;
  /** People introduced by their kinship to someone ("her son, Thomas Whitcombe"). */
  private readonly relatives = new Set<Cluster>();

  constructor(private readonly tokens: Token[], people: Cluster[]) {
    this.people = new Set(people);
    this.first = people[0];
    for (const p of people) for (const m of p.mentions) this.add(p, m, false);
    this.full.sort((a, b) => a.start - b.start);
  }

  /** Takes a mention into account (`sorted`: keep the list in order, for one added between questions). */
  add(person: Cluster, m: Candidate, sorted = true): void {
    if (nameParts(this.tokens, m).length < 2) return;
    const item = { start: m.from, person };
    const kin = this.tokens[m.from - 1];
    if (kin && !kin.cap && KIN_NOUNS.has(kin.key) && /^,?\s+$/.test(kin.gap) && kin.paragraph === this.tokens[m.from].paragraph) this.relatives.add(person);
    if (!sorted) this.full.push(item);
    else this.full.splice(firstStartingAt(this.full, m.from), 0, item);
    if (m.from < this.firstFrom) {
      this.firstFrom = m.from;
      this.first = person;
    }
    const rank = gazetteer().figureRank.get(keyOf(this.tokens, m.from, m.to));
    if (rank !== undefined && rank < this.bestRank) {
      this.bestRank = rank;
      this.best = person;
    }
  }

  private relative(person: Cluster): boolean {
    for (const r of this.relatives) if (root(r) === person) return true;
    return false;
  }

  /** Whether the mentions of this cluster count (it is one of the people, not merged into one). */
  has(person: Cluster): boolean {
    return this.people.has(person);
  }

  at(at: number): Cluster {
    const paragraph = at < this.tokens.length ? this.tokens[at].paragraph : Infinity;
    // The latest full mention before `at`; an earlier one lies in the same paragraph or further back.
    const k = firstStartingAt(this.full, at) - 1;
    if (k >= 0 && paragraph - this.tokens[this.full[k].start].paragraph <= 1) {
      const near = root(this.full[k].person);
      if (!this.relative(near)) return near;
      // "… confirmed by her son, Thomas Whitcombe. Born in Bristol in 1926, Whitcombe studied zoology": a relative named
      // by kinship is not who the surname alone means while someone else of that name is in the story.
      for (let j = k - 1; j >= 0 && j >= k - 64; j--) if (!this.relative(root(this.full[j].person))) return root(this.full[j].person);
      const other = root(this.best ?? this.first);
      return this.relative(other) ? near : other;
    }
    // No one named nearby: the more prominent public figure ("Barack Obama" over "Michelle Obama"), else the first named.
    return root(this.best ?? this.first);
  }
}

/**
 * One sense per document: every later occurrence of a known name (including sentence-initial ones,
 * untagged ones and the entity's aliases) becomes a mention of the same entity. `covered[k]` marks
 * tokens already inside a mention, a title or an event. Linear: one map lookup per capitalized token.
 */
export function rescan(tokens: Token[], clusters: Clusters, covered: Uint8Array, presentGroups: Set<string>): void {
  type Entry = { words: string[]; cluster: Cluster; caps: boolean; choices?: Cluster[]; midSentence?: boolean };
  const index = new Map<string, Entry[]>();
  const add = (words: string[], cluster: Cluster, caps: boolean, midSentence = false) => {
    if (words.length === 0) return;
    const list = index.get(words[0]) ?? [];
    const same = list.find((e) => e.words.join(' ') === words.join(' '));
    if (same) {
      // A surname two people share: decided per mention.
      if (same.cluster !== cluster && same.cluster.type === 'person' && cluster.type === 'person') {
        same.choices = [...new Set([...(same.choices ?? [same.cluster]), cluster])];
      }
      return;
    }
    list.push({ words, cluster, caps, midSentence });
    index.set(words[0], list);
  };
  for (const c of clusters.roots()) {
    // Only confident entities spread to other occurrences of their names; a full personal name
    // ("Quill Marrow") spreads its surname even when only its shape made it a person.
    if (!c.type) continue;
    const best = Math.max(c.votes.person, c.votes.organization, c.votes.place);
    // ("Ledgerly", "Zhou-Martin": a one-word name no dictionary knows is no common word at a sentence start either.)
    const coined = best >= 2 && c.mentions.every((m) => m.to - m.from === 1 && !inLexicon(tokens[m.from].key) && !tokens[m.from].acronym);
    const confident = best >= 3 || !!c.group || coined;
    const fullName = c.type === 'person' && c.mentions.some((m) => m.to - m.from >= 2);
    if (!confident && !fullName) continue;
    let inner: string[] | undefined;
    for (const m of c.mentions) {
      // ("Man." of "THE PAS, Man.": an abbreviation stands for its place only where the list finds it, with its period.)
      if (m.entry?.dotted) continue;
      const words: string[] = [];
      let caps = true;
      for (let k = m.from; k < m.to; k++) {
        words.push(tokens[k].key);
        if (!tokens[k].acronym) caps = false;
      }
      add(words, c, caps);
      if (c.type === 'person') {
        // A bare surname of this person.
        const parts = words.filter((w) => !SUFFIXES.test(w) && w.length > 1);
        if (parts.length >= 2 && !c.ceded?.has(parts[parts.length - 1])) add([parts[parts.length - 1]], c, false);
        // "Owusu-Ansah" alone: the whole hyphenated family name.
        const family = familyStart(tokens, m);
        if (family > m.from && family < m.to - 1) add(words.slice(family - m.from), c, false);
        // "de la Fuente" of "Tomás de la Fuente", "bin Salman": the surname with its particles.
        const particle = words.findIndex((w, j) => j > 0 && j < words.length - 1 && nameParticles.has(w));
        if (particle > 0) add(words.slice(particle), c, false);
        // "Lula" of "Luiz Inácio Lula da Silva": the inner word before the particle opens the family name.
        if (particle > 1) add([words[particle - 1]], c, false);
        if (surnameFirst(tokens, m)) add([words[0]], c, false);
        // "Muhyiddin Abdul Rahman" … "Muhyiddin said": a first word no dictionary knows, in a name of two
        // or three words, is what the person is called (a given name before a patronymic, or a family name first).
        else if (parts.length <= 3 && m.to - m.from === parts.length && !tokens[m.from].tags.has('FirstName') && !inLexicon(words[0]) && !tokens[m.from].acronym) add([words[0]], c, false);
        if (!surnameFirst(tokens, m) && parts.length >= 3) {
          inner ??= innerNames(tokens, c);
          for (const w of inner) {
            let given = false;
            for (let k = m.from; k < m.to; k++) if (tokens[k].key === w && tokens[k].tags.has('FirstName')) given = true;
            if (!given) add([w], c, false);
          }
        }
      }
    }
    for (const a of c.aliases) add(a, c, true);
    // ("Competition" of "Competition Authority of Kenya": a stem that is a common noun stands for the body
    // only inside a sentence, not as a heading's or a sentence's first word.)
    for (const a of c.stems) add(a, c, false, a.length === 1 && !clubHeads.has(a[0]) && (inLexicon(a[0]) || (a[0].length >= 6 && SUBJECT_SUFFIX.test(a[0]))));
    for (const a of c.heads) add(a, c, false, true);
  }
  for (const list of index.values()) list.sort((a, b) => b.words.length - a.words.length);
  const choosers = new Map<Cluster[], PersonChooser>();
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (covered[i] || (!t.cap && !nameParticles.has(t.key))) continue;
    let entries = index.get(t.key);
    let found: Entry | undefined;
    if (entries) {
      outer: for (const e of entries) {
        if (i + e.words.length > tokens.length) continue;
        if (e.midSentence && (t.initial || t.heading)) continue;
        for (let k = 0; k < e.words.length; k++) {
          const tk = tokens[i + k];
          if (covered[i + k] || tk.key !== e.words[k] || tk.paragraph !== t.paragraph) continue outer;
          if (k > 0 && !tk.cap && !/^(?:of|and|the|for|de|da|del|van|von|der|bin|al|la|le|&)$/.test(tk.key) && tokens[i + k - 1].join !== 'hyphen') continue outer;
          if (k < e.words.length - 1 && tk.join === 'none') continue outer;
          if (e.caps && !tk.acronym) continue outer;
        }
        // Not the first words of a longer capitalized name ("Washington" in "Washington Nationals").
        const after = tokens[i + e.words.length - 1];
        const next = tokens[i + e.words.length];
        if (next && after.join === 'space' && next.cap && !next.initial && next.paragraph === t.paragraph && !covered[i + e.words.length] && !e.caps) continue;
        // ("Brennock" of "Brennock Timber Ltd" in "the Brennock family": a family named, not the company.)
        if (e.cluster.type === 'organization' && e.words.length === 1 && familyAfter(tokens, i + 1)) continue;
        found = e;
        break;
      }
    }
    if (!found) {
      // A short outlet name ("the Post") when its full name is in the document.
      const short = matchAt(tokens, i, tokens.length, true);
      if (short && short.short && presentGroups.has(short.group)) {
        const c = clusters.byKey.get(`@${short.group}`);
        if (c) found = { words: short.words, cluster: root(c), caps: false };
      }
      entries = undefined;
    }
    if (!found) continue;
    const to = i + found.words.length;
    let chooser: PersonChooser | undefined;
    if (found.choices) {
      chooser = choosers.get(found.choices);
      if (!chooser) choosers.set(found.choices, (chooser = new PersonChooser(tokens, found.choices)));
    }
    const target = chooser ? chooser.at(i) : root(found.cluster);
    const mention: Candidate = { from: i, to, type: target.type ?? null, strength: 0 };
    target.mentions.push(mention);
    for (const other of choosers.values()) if (other.has(target)) other.add(target, mention);
    for (let k = i; k < to; k++) covered[k] = 1;
    i = to - 1;
  }
  // "Du Plessis said" after "Piet du Plessis": a family name found alone right after a capitalized particle
  // that opens it in the person's full name takes the particle in (at a sentence's start it is capitalized).
  for (const c of clusters.roots()) {
    if (resolveType(c) !== 'person') continue;
    const particled = new Set<string>();
    for (const m of c.mentions) for (let k = m.from + 1; k < m.to - 1; k++) if (nameParticles.has(tokens[k].key) && !tokens[k].cap) particled.add(tokens[k + 1].key + ' ' + tokens[k].key);
    if (particled.size === 0) continue;
    for (const m of c.mentions) {
      const p = tokens[m.from - 1];
      if (m.to - m.from !== 1 || !p || covered[p.i] || !p.cap || p.join !== 'space' || p.paragraph !== tokens[m.from].paragraph) continue;
      if (!particled.has(tokens[m.from].key + ' ' + p.key)) continue;
      m.from--;
      covered[p.i] = 1;
    }
  }
}

/** A lower-case group noun right after a name ("Mitsuhashi keiretsu", "Adani group"). */
function groupAfter(tokens: Token[], to: number): boolean {
  const next = tokens[to];
  return !!next && !next.cap && tokens[to - 1].join === 'space' && !tokens[to - 1].possessive && next.paragraph === tokens[to - 1].paragraph && groupNouns.has(next.key);
}

/** Words for a family right after its name ("the Brennock family", "the Murdoch clan"): its people, not a business named for them. */
const FAMILY_NOUNS = new Set(['family', 'families', 'clan', 'dynasty']);

function familyAfter(tokens: Token[], to: number): boolean {
  const next = tokens[to];
  return !!next && !next.cap && tokens[to - 1].join === 'space' && !tokens[to - 1].possessive && next.paragraph === tokens[to - 1].paragraph && FAMILY_NOUNS.has(next.key);
}

/** Token index of the first mention of two words or more (Infinity when there is none). */
function firstFullMention(c: Cluster): number {
  let first = Infinity;
  for (const m of c.mentions) if (m.to - m.from >= 2 && m.from < first) first = m.from;
  return first;
}

/** Heads that name one body when used alone ("the Commission", "the Court", "the Guard"), unlike "Group" or "Partners". */
function distinctiveHead(key: string): boolean {
  return /^(?:agency|administration|authority|board|bureau|commission|committee|corps|council|guard|department|ministry|fund|court|tribunal|parliament|assembly|senate|congress|cabinet|police|army|navy|league|federation|union|foundation|institute|university|college|academy|hospital|bank|party|caucus|coalition|alliance|chancellery|directorate|secretariat)$/.test(key);
}

/**
 * "the Security Council … the Human Rights Council … the Council's powers": a head several organizations
 * share, named alone as an organization of its own, is the one of them named in full last before each
 * mention (where none was, the mention stays as it was).
 */
function shareHead(tokens: Token[], clusters: Clusters, head: string, list: Cluster[]): void {
  const own = clusters.byKey.get(head);
  const bare = own ? root(own) : undefined;
  if (!bare || bare.protected || resolveType(bare) !== 'organization' || !bare.mentions.every((m) => m.to - m.from === 1)) return;
  const full = list.flatMap((c) => c.mentions.filter((m) => m.to - m.from >= 2 && tokens[m.to - 1].key === head).map((m) => ({ from: m.from, org: root(c) })))
    .sort((a, b) => a.from - b.from);
  const kept: Candidate[] = [];
  for (const m of bare.mentions) {
    let last: Cluster | undefined;
    for (const f of full) if (f.from < m.from) last = f.org; else break;
    if (last && last !== bare) last.mentions.push(m);
    else kept.push(m);
  }
  bare.mentions = kept;
}

/** Heads of public and member bodies, which a parent body's initials may open ("NHS Confederation", "GST Council"). */
const BODY_HEAD = /^(?:confederation|federation|tribunal|council|commission|committee|board|union|association|foundation|trust|institute|authority|agency|service|services|ombudsman|inspectorate|secretariat|directorate|panel|court|academy|college|school|hospital|museum|league|society)$/;

/**
 * A word the text uses as a place: after a preposition of place ("in Northland"; not a possessive, which belongs to
 * the noun after it: "a premium to Northland's closing price"), or before a comma and a capital ("Northland, Ohio").
 */
function usedAsPlace(tokens: Token[], m: Candidate): boolean {
  const before = tokens[m.from - 1];
  const after = tokens[m.to];
  if (before && !before.cap && !tokens[m.to - 1].possessive && before.paragraph === tokens[m.from].paragraph && /^(?:in|at|near|from|to|across|outside|around|throughout|into|of)$/.test(before.key)) return true;
  return !!after && /^,\s+$/.test(tokens[m.to - 1].gap) && after.cap && after.paragraph === tokens[m.from].paragraph;
}

/** Words that join a body's name to what it serves or covers ("of", "for", "on"). */
const NAME_LINKS = new Set(['of', 'for', 'on']);

/** Legal forms that close a company's registered name ("Ltd.", "PLC", "Inc."). */
const LEGAL_FORMS = /^(?:inc|corp|co|ltd|limited|llc|llp|plc|ag|sa|gmbh|nv|bhd|pty|pte)$/;
/** Words between a name and its head noun ("Schuylkill Harbor Credit Union", "Meridian Health Partners"). */
const STEM_MODIFIERS = new Set(['credit', 'savings', 'medical', 'health', 'regional', 'community', 'mutual', 'general', 'memorial', 'capital', 'sports']);

/**
 * Organizations named in full and then by the first part of their name: "Halvorsen Aerospace" →
 * "Halvorsen", "Northwind Motors" → "Northwind", "Schuylkill Harbor Credit Union" → "Schuylkill
 * Harbor". The part before the head noun becomes an alias (one sense per document) unless it is a
 * listed place or person, a person named in full claims it, or it is a common word.
 */
export function linkOrganizations(
  tokens: Token[], clusters: Clusters, isStem: (t: Token) => boolean, distinctive: (t: Token) => boolean, headAt: (t: Token) => boolean,
): void {
  const stems = new Map<string, Cluster>();
  const placeStems = new Map<string, { org: Cluster; group: string }>();
  for (const c of clusters.roots()) {
    if (resolveType(c) !== 'organization') continue;
    for (const m of c.mentions) {
      if (m.to - m.from < 2) continue;
      const listed = (a: number, b: number) => { const e = matchAt(tokens, a, b); return !!e && e.words.length === b - a; };
      // "Northland Rail Corp. … Northland shares fell": a company registered under a place's name (its legal form
      // says so) is named by that word alone where the text does not use it as a place.
      const place = matchAt(tokens, m.from, m.from + 1);
      if (LEGAL_FORMS.test(tokens[m.to - 1].key) && place?.type === 'place' && place.words.length === 1 && !placeStems.has(tokens[m.from].key)) {
        placeStems.set(tokens[m.from].key, { org: c, group: place.group });
      }
      // "the 5th Circuit" of "the 5th U.S. Circuit Court of Appeals", "the 9th Circuit" of "the 9th Circuit Court of Appeals":
      // an appeals court is named by its circuit.
      const circuit = tokens.slice(m.from, m.to).findIndex((t, k) => t.key === 'circuit' && tokens[m.from + k + 1]?.key === 'court' && m.from + k + 1 < m.to);
      if (circuit > 0) {
        const words = tokens.slice(m.from, m.from + circuit + 1).filter((t) => !/^u\.?s\.?$/.test(t.key)).map((t) => t.key);
        const stem = words.join(' ');
        if (words.length >= 2 && !stems.has(stem)) stems.set(stem, c);
      }
      if (m.stem) {
        const stem = keyOf(tokens, m.stem.from, m.stem.to);
        if (!listed(m.stem.from, m.stem.to) && !stems.has(stem) && [...stem].length >= 4) stems.set(stem, c);
        continue;
      }
      // "the Lakers" of "the Los Angeles Lakers": a team named by its city and a plural nickname is
      // named by the nickname alone.
      const city = matchAt(tokens, m.from, m.to - 1);
      if (city?.type === 'place' && m.to - (m.from + city.words.length) === 1 && !headAt(tokens[m.to - 1]) && tokens[m.to - 1].cap
        && /[^s]s$/.test(tokens[m.to - 1].key) && tokens.slice(m.from, m.to - 1).every((t) => t.join === 'space')) {
        const nickname = tokens[m.to - 1].key;
        if (!stems.has(nickname)) stems.set(nickname, c);
        continue;
      }
      let end = m.to - 1;
      // "Carolina Heritage Bank of Greenville", "Peterson Institute for International Economics": the head
      // before "of" (or "for", "on") ends the part that names it.
      for (let k = m.from + 2; k < m.to - 1; k++) if (NAME_LINKS.has(tokens[k].key) && headAt(tokens[k - 1])) end = k - 1;
      // A club is named by its town ("Plymouth Argyle"): the town alone stays a place.
      if (!headAt(tokens[end]) || clubHeads.has(tokens[end].key)) continue;
      // "the General Court" of "the General Court of the European Union": the part before "of", head included, names it.
      if (end < m.to - 1 && end - m.from <= 3 && !listed(m.from, end + 1) && tokens.slice(m.from, end + 1).every((t) => t.join === 'space' && !t.possessive)) {
        const part = keyOf(tokens, m.from, end + 1);
        if (!stems.has(part)) stems.set(part, c);
      }
      // "JSW Steel Ltd." is also "JSW Steel": the name without its legal form, when a head noun is left.
      let named = end;
      while (named > m.from + 1 && LEGAL_FORMS.test(tokens[named].key)) named--;
      if (named < end && headAt(tokens[named]) && named - m.from <= 3 && !listed(m.from, named + 1)
        && tokens.slice(m.from, named + 1).every((t) => t.join !== 'none' || t === tokens[named])) {
        const whole = keyOf(tokens, m.from, named + 1);
        if (!stems.has(whole)) stems.set(whole, c);
      }
      // "Acme Motor Co.": drop every trailing head word.
      while (end > m.from && (headAt(tokens[end - 1]) || STEM_MODIFIERS.has(tokens[end - 1].key))) end--;
      const from = m.from;
      if (end - from < 1 || end - from > 3) continue;
      // ("NHS Confederation", "AFL Tribunal": initials before a public body's head name a body of their own; a
      // company's initials are its short name, "CLT Power" → "CLT".)
      if (end - from === 1 && tokens[from].acronym && BODY_HEAD.test(tokens[m.to - 1].key)) continue;
      let ok = true;
      for (let k = from; k < end; k++) if (!isStem(tokens[k]) || tokens[k].join === 'none') ok = false;
      if (!ok) continue;
      // The whole part before the head ("Schuylkill Harbor"), and its first word when that is a
      // distinctive name ("Pinebrook" of "Pinebrook Sports & Entertainment").
      if (end - from <= 2 && !listed(from, end) && (end - from === 2 || distinctive(tokens[from]))) {
        const stem = keyOf(tokens, from, end);
        if (!stems.has(stem)) stems.set(stem, c);
      }
      const first = tokens[from];
      if (end - from >= 2 && distinctive(first) && !first.tags.has('FirstName') && !first.tags.has('Adjective') && !listed(from, from + 1) && first.key.length >= 4) {
        if (!stems.has(first.key)) stems.set(first.key, c);
      }

    }
  }
  // "the Commission" after "the European Commission": the head noun alone, when one organization has it.
  const byHead = new Map<string, Cluster[]>();
  for (const c of clusters.roots()) {
    if (resolveType(c) !== 'organization') continue;
    for (const m of c.mentions) {
      if (m.to - m.from < 2) continue;
      const head = tokens[m.to - 1];
      if (!headAt(head) || !(distinctiveHead(head.key) || clubHeads.has(head.key))) continue;
      const list = byHead.get(head.key) ?? [];
      if (!list.includes(c)) list.push(c);
      byHead.set(head.key, list);
    }
  }
  for (const [head, list] of byHead) {
    if (list.length > 1 && !stems.has(head)) shareHead(tokens, clusters, head, list);
    if (list.length !== 1 || stems.has(head)) continue;
    // Only mid-sentence: a sentence-initial "League" may be any league; a club's "Rovers" is the club anywhere.
    if (clubHeads.has(head)) root(list[0]).stems.push([head]);
    else root(list[0]).heads.push([head]);
    // "the Commission" already typed as a name of its own: the one organization with that head.
    const own = clusters.byKey.get(head);
    const target = root(list[0]);
    if (own && root(own) !== target && !root(own).protected && resolveType(root(own)) === 'organization'
      && root(own).mentions.every((m) => m.to - m.from === 1)) {
      clusters.merge(own, target);
    }
  }
  for (const [stem, { org, group }] of placeStems) {
    const c = clusters.byKey.get(`@${group}`) ?? clusters.byKey.get(stem);
    const target = root(org);
    const place = c ? root(c) : undefined;
    // (A listed place's word too, which no other rule takes from its place: only the mentions not used as a place move.)
    if (!place || place === target) continue;
    const bare = place.mentions.filter((m) => m.to - m.from === 1 && tokens[m.from].key === stem && m.from > firstFullMention(target) && !usedAsPlace(tokens, m));
    if (bare.length === 0) continue;
    place.mentions = place.mentions.filter((m) => !bare.includes(m));
    target.mentions.push(...bare);
  }
  if (stems.size === 0) return;
  for (const [stem, org] of stems) {
    const target = root(org);
    if (gazetteer().surnames.has(stem)) continue; // "Trump Foundation" does not make "Trump" an organization
    const other = clusters.byKey.get(stem);
    const c = other ? root(other) : undefined;
    // A person (named in full, or clearly a person) keeps the word, unless the organization was named
    // first ("Kessler Cells ... founded by Werner Kessler ... Kessler posted a loss").
    // ("Al Rashidiya also operates" after "Al Rashidiya Ports": a two-word stem never named otherwise is the organization's.)
    const onlyStem = stem.includes(' ') && c !== undefined && c.mentions.length > 0 && !c.protected &&
      c.mentions.every((m) => keyOf(tokens, m.from, m.to) === stem && m.from > firstFullMention(target));
    // ("owned by the Brennock family" beside "Brennock Timber Ltd": the family is not the company; the word elsewhere is.)
    if (c && c !== target && c.mentions.some((m) => m.to - m.from === 1 && familyAfter(tokens, m.to))) {
      const bare = c.mentions.filter((m) => m.to - m.from === 1 && tokens[m.from].key === stem && !familyAfter(tokens, m.to));
      c.mentions = c.mentions.filter((m) => !bare.includes(m));
      target.mentions.push(...bare);
      target.stems.push([stem]);
      continue;
    }
    if (c && !onlyStem && resolveType(c) === 'person' && (c.votes.person >= 3 || c.mentions.some((m) => m.to - m.from >= 2))) {
      if (stem.includes(' ') || !(firstFullMention(target) < firstFullMention(c))) continue;
      const bare = c.mentions.filter((m) => m.to - m.from === 1 && tokens[m.from].key === stem);
      if (bare.length === 0) continue;
      c.mentions = c.mentions.filter((m) => !bare.includes(m));
      target.mentions.push(...bare);
      target.votes.organization += 3;
      (c.ceded ??= new Set()).add(stem);
      target.stems.push([stem]);
      continue;
    }
    // "Lancashire" of "Lancashire Police", "Galway" of "Galway City Council": a word the text itself
    // uses as a place ("of Chorley, Lancashire", "in Galway") stays the place, also when only the preposition typed it
    // ("the branch library in Capreol" beside "Capreol Millennium Club").
    if (c && c !== target && !onlyStem && resolveType(c) === 'place' && (c.votes.place >= 3 || c.mentions.some((m) => usedAsPlace(tokens, m)))) continue;
    // "the Mitsuhashi keiretsu" beside "Mitsuhashi Bank": the group is not the bank.
    if (c && c !== target && c.mentions.some((m) => m.to - m.from === 1 && groupAfter(tokens, m.to))) continue;
    target.stems.push(stem.split(' '));
    if (!c || c === target || c.protected) continue;
    clusters.merge(c, target);
    target.votes.organization += 3;
  }
}
