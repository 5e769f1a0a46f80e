import { NON_ENTITY_NAMES } from '../model/lexicon';
import { COMPANIES, GOVERNMENT_BODIES, JOURNALS, OUTLETS, SPORTS_CLUBS } from '../model/organizations';
import { PUBLIC_FIGURES } from '../model/people';
import { AMBIGUOUS_PLACES, CANADIAN_PROVINCE_ABBREVIATIONS, CITIES, COUNTRIES, OTHER_REGIONS, PLACE_ALIASES, US_STATE_ABBREVIATIONS, US_STATES } from '../model/places';
import type { EntityType, KnownName } from '../types';
import type { Token } from './tokens';
import { inLexicon } from './compromiseLexicon';

export type GazetteerSource = 'outlet' | 'company' | 'government' | 'place' | 'person' | 'known' | 'event';

export interface GazetteerEntry {
  /** Normalized words (see `Token.key`), possessive kept as "'s". */
  words: string[];
  /** The name as listed. */
  surface: string;
  type: EntityType;
  /** Key of the group of names for one referent (first listed form, normalized). */
  group: string;
  source: GazetteerSource;
  /** The listed form is all capitals: the text must be too ("WHO", not "Who"). */
  caps: boolean;
  /** "The Hill": matches only after "the". */
  needsThe: boolean;
  /** An outlet's short form ("Times"): only when a fuller form is in the document. */
  short: boolean;
  /** A place name that is also a common first or last name. */
  ambiguous: boolean;
  /** An abbreviation written with a final period ("Calif."): the period is part of the mention, and it must be there. */
  dotted: boolean;
  /** Stands for the place only after a town's name and a comma ("THE PAS, Man."; not "Man." ending a sentence). */
  afterTown?: boolean;
  /** Normalized words the listed name writes in lower case ("products" in "Medicines and Healthcare products Regulatory Agency"). */
  lowerWords?: Set<string>;
}

export interface Gazetteer {
  byFirst: Map<string, GazetteerEntry[]>;
  /** Bare surname (normalized) → full-name group of a public figure. */
  surnames: Map<string, string>;
  /** Full-name group of a public figure → its place in the list (lower is more prominent). */
  figureRank: Map<string, number>;
}

/** Normalized words of a listed name, split like compromise splits text (spaces and hyphens). */
export function nameWords(name: string): string[] {
  return name
    .toLowerCase()
    .replace(/’/g, "'")
    .split(/[\s\-‐]+|\s*&\s*(?=\s)/)
    .filter((w) => w !== '&')
    .map((w) => (/['’]s$/.test(w) ? w.replace(/['’]s$/, "'s").replace(/\./g, '') : w.replace(/\./g, '')))
    .filter((w) => w !== '');
}

export function normalizeName(name: string): string {
  return nameWords(name).join(' ');
}

let built: Gazetteer | undefined;

/** The gazetteer, built once from the word lists in `model/`. */
export function gazetteer(): Gazetteer {
  if (built) return built;
  const byFirst = new Map<string, GazetteerEntry[]>();
  const seen = new Set<string>();
  const ambiguous = new Set(AMBIGUOUS_PLACES.map(normalizeName));
  // ("São Paulo" and "Sao Paulo", "Bogotá" and "Bogota": one group, whatever accents a copy writes.)
  const add = (surface: string, type: EntityType, groupName: string, source: GazetteerSource, short = false, dotted = false, afterTown = false) => {
    const group = groupName.normalize('NFD').replace(/\p{M}/gu, '');
    let name = surface;
    let needsThe = false;
    if (/^The /.test(name)) {
      needsThe = true;
      name = name.slice(4);
    }
    const words = nameWords(name);
    if (words.length === 0) return;
    const id = `${words.join(' ')}|${type}|${short}`;
    if (seen.has(id)) return;
    seen.add(id);
    const caps = /^[\p{Lu}.&0-9-]+$/u.test(name) && name.replace(/[^\p{L}]/gu, '').length >= 2 && !dotted;
    const entry: GazetteerEntry = {
      words,
      surface: name,
      type,
      group,
      source,
      caps,
      needsThe,
      short,
      ambiguous: type === 'place' && ambiguous.has(words.join(' ')),
      dotted,
    };
    if (afterTown) entry.afterTown = true;
    const lower = name.split(/[\s\-‐]+/).filter((w) => /^\p{Ll}{2,}$/u.test(w)).map((w) => w.toLowerCase());
    if (lower.length > 0) entry.lowerWords = new Set(lower);
    const list = byFirst.get(words[0]) ?? [];
    list.push(entry);
    byFirst.set(words[0], list);
  };
  const placeGroup = new Map<string, string>();
  for (const forms of PLACE_ALIASES) for (const f of forms) placeGroup.set(normalizeName(f), normalizeName(forms[0]));
  for (const list of [COUNTRIES, US_STATES, OTHER_REGIONS]) {
    for (const name of list) add(name, 'place', placeGroup.get(normalizeName(name)) ?? normalizeName(name), 'place');
  }
  // Cities are often also surnames ("Garland", "Lincoln"): a person's full name in the document wins.
  for (const name of CITIES) {
    if (!seen.has(`${nameWords(name).join(' ')}|place|false`)) ambiguous.add(normalizeName(name));
    add(name, 'place', placeGroup.get(normalizeName(name)) ?? normalizeName(name), 'place');
  }
  for (const forms of PLACE_ALIASES) for (const f of forms) add(f, 'place', normalizeName(forms[0]), 'place');
  for (const [abbreviation, state] of US_STATE_ABBREVIATIONS) add(abbreviation, 'place', normalizeName(state), 'place', false, true);
  for (const [abbreviation, province] of CANADIAN_PROVINCE_ABBREVIATIONS) add(abbreviation, 'place', normalizeName(province), 'place', false, true, true);
  for (const o of OUTLETS) {
    const group = normalizeName(o.names[0]);
    for (const n of o.names) add(n, 'organization', group, 'outlet');
    for (const n of o.short ?? []) add(n, 'organization', group, 'outlet', true);
  }
  for (const forms of COMPANIES) for (const f of forms) add(f, 'organization', normalizeName(forms[0]), 'company');
  for (const forms of JOURNALS) for (const f of forms) add(f, 'organization', normalizeName(forms[0]), 'company');
  for (const forms of SPORTS_CLUBS) for (const f of forms) add(f, 'organization', normalizeName(forms[0]), 'company');
  for (const forms of GOVERNMENT_BODIES) for (const f of forms) add(f, 'organization', normalizeName(forms[0]), 'government');
  // Events, laws and programs: matched so their words are not read as names, never entities.
  for (const name of NON_ENTITY_NAMES) add(name, 'organization', `event:${normalizeName(name)}`, 'event');
  const surnames = new Map<string, string>();
  const surnameCount = new Map<string, number>();
  const figureRank = new Map<string, number>();
  for (const raw of PUBLIC_FIGURES) {
    const surnameFirst = raw.startsWith('^');
    const name = surnameFirst ? raw.slice(1) : raw;
    const group = normalizeName(name);
    if (!figureRank.has(group)) figureRank.set(group, figureRank.size);
    add(name, 'person', group, 'person');
    const words = nameWords(name).filter((w) => !/^(?:jr|sr|ii|iii)$/.test(w));
    const surname = surnameFirst ? words[0] : words[words.length - 1];
    if (surname && words.length > 1) {
      surnameCount.set(surname, (surnameCount.get(surname) ?? 0) + 1);
      if (!surnames.has(surname)) surnames.set(surname, group);
    }
  }
  // Surnames shared by several listed figures (Bush, Clinton) stay: the first listed is the most cited.
  for (const list of byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);
  built = { byFirst, surnames, figureRank };
  return built;
}

/** Names the user declared for the analysis in progress (`.sourcelens/names.json`), by first word. */
let overlay: Map<string, GazetteerEntry[]> | undefined;

/** Runs `fn` with the user's known names added to the gazetteer. Synchronous; restores the previous state. */
export function withKnownNames<T>(known: readonly KnownName[] | undefined, fn: () => T): T {
  if (!known || known.length === 0) return fn();
  const previous = overlay;
  const map = new Map<string, GazetteerEntry[]>();
  for (const k of known) {
    if (!k || typeof k.name !== 'string' || !['person', 'organization', 'place'].includes(k.type)) continue;
    const group = `known:${normalizeName(k.name)}`;
    for (const form of [k.name, ...(k.aliases ?? [])]) {
      if (typeof form !== 'string') continue;
      const words = nameWords(form);
      if (words.length === 0) continue;
      const caps = /^[\p{Lu}.&0-9-]+$/u.test(form) && form.replace(/[^\p{L}]/gu, '').length >= 2;
      const entry: GazetteerEntry = { words, surface: form, type: k.type, group, source: 'known', caps, needsThe: false, short: false, ambiguous: false, dotted: false };
      const list = map.get(words[0]) ?? [];
      list.push(entry);
      map.set(words[0], list);
    }
  }
  for (const list of map.values()) list.sort((a, b) => b.words.length - a.words.length);
  overlay = map;
  try {
    return fn();
  } finally {
    overlay = previous;
  }
}

let journalGroups: Set<string> | undefined;

/** The listed name is a journal's ("Nature", "The Lancet", "JAMA"), the head of a family of journals. */
export function isJournal(entry: GazetteerEntry): boolean {
  journalGroups ??= new Set(JOURNALS.map((forms) => normalizeName(forms[0])));
  return journalGroups.has(entry.group);
}

/** Is some listed (or user-declared) name starting with this word? */
export function startsListedName(key: string): boolean {
  return gazetteer().byFirst.has(key) || !!overlay?.has(key);
}

function entriesFor(key: string): GazetteerEntry[] | undefined {
  const own = overlay?.get(key);
  const listed = gazetteer().byFirst.get(key);
  if (!own) return listed;
  if (!listed) return own;
  // The user's names first, then the longest.
  return [...own, ...listed].sort((a, b) => b.words.length - a.words.length || (a.source === 'known' ? -1 : b.source === 'known' ? 1 : 0));
}

/**
 * A one-word place that is also a common name or word, used as the other thing: a first name before
 * a surname ("Clare Byrne", "Nelson Mandela"), or a verb that starts the sentence ("Reading the report").
 * A plural after "the" or a possessive names a team ("the Charlotte Panthers", "the league's Houston Rockets").
 */
function notThePlace(tokens: Token[], i: number, limit: number): boolean {
  const t = tokens[i];
  const next = i + 1 < limit ? tokens[i + 1] : undefined;
  if ((t.tags.has('FirstName') || t.tags.has('Person')) && next && next.cap && !next.initial && t.join === 'space' && next.paragraph === t.paragraph && next.tags.has('LastName')) {
    const prev = i > 0 ? tokens[i - 1] : undefined;
    const team = /s$/.test(next.key) && !!prev && prev.paragraph === t.paragraph && (prev.key === 'the' || prev.possessive);
    if (!team) return true;
  }
  return t.initial && !t.tags.has('ProperNoun') && (t.tags.has('Verb') || t.tags.has('Gerund'));
}

const COMPASS = /^(?:north|south|east|west|northeast|northwest|southeast|southwest|midwest)$/;

/** "the Southeast Asian nation": a compass region before a demonym qualifies it, and names no place of its own. */
function compassBeforeDemonym(e: GazetteerEntry, tokens: Token[], i: number): boolean {
  const next = tokens[i + 1];
  return e.type === 'place' && e.words.length === 1 && COMPASS.test(tokens[i].key) && tokens[i].join === 'space'
    && !!next && next.cap && next.tags.has('Demonym');
}

function tokenMatches(word: string, tok: Token, last: boolean): boolean {
  if (tok.possessive) return word === `${tok.key}'s` || (last && word === tok.key);
  return word === tok.key;
}

/**
 * "Nasa", "Nato", "Unicef": British house style writes a body's initials said as a word with one capital. A listed
 * acronym of four letters or more so written is that body, unless the word is an English word or a name.
 */
function wordCaseAcronym(e: GazetteerEntry, t: Token): boolean {
  return e.words.length === 1 && e.type === 'organization' && e.surface.length >= 4 && /^\p{Lu}\p{Ll}+$/u.test(t.text) && (!inLexicon(t.key) || t.tags.has('Organization'))
    && !t.tags.has('FirstName') && !t.tags.has('LastName') && !t.tags.has('Person');
}

/**
 * Longest gazetteer entry that starts at token `i` and stays inside `[i, limit)`, following
 * space and hyphen joins. Short outlet forms are skipped unless `allowShort` is set.
 */
export function matchAt(tokens: Token[], i: number, limit: number, allowShort = false): GazetteerEntry | undefined {
  const first = tokens[i];
  if (!first.cap && !/^\p{Ll}+\p{Lu}/u.test(first.text)) return undefined;
  const list = entriesFor(first.possessive ? `${first.key}'s` : first.key) ??
    (first.possessive ? entriesFor(first.key) : undefined);
  if (!list) return undefined;
  outer: for (const e of list) {
    if (e.short && !allowShort) continue;
    if (i + e.words.length > limit) continue;
    for (let k = 0; k < e.words.length; k++) {
      const tok = tokens[i + k];
      const last = k === e.words.length - 1;
      if (!tokenMatches(e.words[k], tok, last)) continue outer;
      if (!last && tok.join === 'none' && !(tok.possessive && e.words[k].endsWith("'s"))) continue outer;
      if (k > 0 && !tok.cap && !/^\d+$/.test(tok.text) && !/^(?:of|and|the|for|de|du|da|do|dos|das|del|la|le|&|al|von|der|bin)$/.test(tok.key) && tokens[i + k - 1].join !== 'hyphen'
        && !e.lowerWords?.has(tok.key)) continue outer;
    }
    if (e.caps && !tokens.slice(i, i + e.words.length).every((t) => t.acronym || /^\p{Lu}$/u.test(t.text)) && !wordCaseAcronym(e, first)) continue;
    if (e.dotted) {
      // "Va." but not "VA" (Veterans Affairs) or "Miss" (a title).
      const lastTok = tokens[i + e.words.length - 1];
      if (!lastTok.text.endsWith('.') && lastTok.dotEnd === lastTok.end && !(e.afterTown && lastTok.gap.startsWith('.'))) continue;
      if (e.words.length === 1 && lastTok.text.replace(/\.$/, '') !== e.surface.replace(/\.$/, '')) continue;
      const town = i > 0 ? tokens[i - 1] : undefined;
      if (e.afterTown && !(town && town.cap && /^,\s+$/.test(town.gap) && town.paragraph === first.paragraph)) continue;
      if (initialsBeforeSurname(tokens, i, i + e.words.length)) continue;
    }
    if (e.needsThe) {
      const prev = i > 0 ? tokens[i - 1] : undefined;
      if (!prev || prev.key !== 'the' || prev.paragraph !== first.paragraph) continue;
      // "the Information Minister", "the Hill Country": the outlet's word opens a longer name.
      const lastTok = tokens[i + e.words.length - 1];
      const after = tokens[i + e.words.length];
      if (after && after.cap && lastTok.join === 'space' && after.paragraph === first.paragraph && !after.initial && !after.tags.has('Date') && !after.possessive) continue;
    }
    if (e.ambiguous && e.words.length === 1 && notThePlace(tokens, i, limit)) continue;
    if (compassBeforeDemonym(e, tokens, i)) continue;
    return e;
  }
  return undefined;
}

/**
 * "Coal India chairman N.C. Jha", "chief executive S.D. Shibulal": two dotted capitals that spell a state's abbreviation,
 * after a lower-case word of the sentence and right before a surname no lexicon knows, are a person's initials
 * ("the N.C. Supreme Court", "in N.C. State" keep the state).
 */
function initialsBeforeSurname(tokens: Token[], from: number, to: number): boolean {
  const [prev, dotted, next] = [tokens[from - 1], tokens[to - 1], tokens[to]];
  if (to - from !== 1 || !/^\p{Lu}\.\p{Lu}\.$/u.test(dotted.text) || !prev || !next || prev.cap || prev.paragraph !== dotted.paragraph) return false;
  if (/^(?:the|a|an|in|of|at|from|to|for|and|or|by|on|with|into|across|near)$/.test(prev.key) || !/^,?\s+$/.test(prev.gap)) return false;
  return next.cap && !next.acronym && next.paragraph === dotted.paragraph && /^\s+$/.test(dotted.gap) && /^\p{Lu}\p{Ll}+$/u.test(next.text) && !inLexicon(next.key);
}
