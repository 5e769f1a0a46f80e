/**
 * compromise's bulk matcher (`methods.one.bulkMatch`: its post-tagger runs some 570 match rules
 * through it on every parse), with the same result in the same order, found with less work.
 *
 * compromise picks the rules worth trying on a sentence by walking every key of the rule index
 * (about 730 words and tags) and concatenating the lists of the keys the sentence has, once per
 * comma-separated clause; that selection alone took about a sixth of a parse. Here the clause's own
 * words and tags are looked up in the index instead (a few dozen), their lists taken in the index's
 * key order, and the rules then filtered in the same way: first occurrence of a match string only,
 * every need present, no `ifNo` word present, enough of the wanted words, enough words in the clause.
 */

/** One rule of a compromise match net, as its net builder prepared it. */
export interface SweepRule {
  match: unknown;
  needs: string[];
  wants: string[];
  minWant: number;
  minWords: number;
  ifNo?: string[];
  unTag?: unknown;
}

/** A net from compromise's `buildNet`: rules listed under each word or tag they need or want. */
export interface SweepNet {
  hooks: Record<string, SweepRule[]>;
  always: SweepRule[];
}

/** A rule with its words and tags as numbers of the net's index. */
interface IndexedRule {
  rule: SweepRule;
  /** Number of the rule's match string (rules are tried once per distinct match string). */
  match: number;
  needs: Int32Array;
  wants: Int32Array;
  ifNo: Int32Array;
  minWant: number;
  minWords: number;
}

interface NetIndex {
  /** Number of every key of the net (in the net's key order), then of every `ifNo` word that is not a key. */
  ids: Map<string, number>;
  /** The ids of `#Tag` keys by tag, and of `%Noun|Verb%` keys by switch. */
  tagIds: Map<string, number>;
  switchIds: Map<string, number>;
  keyCount: number;
  /** The rules listed under each key. */
  lists: IndexedRule[][];
  /** Per id: the clause stamp when the clause has it. */
  present: Uint32Array;
  /** Per match string: the clause stamp when a rule with it was met. */
  seen: Uint32Array;
  stamp: number;
}

/** What compromise's sentence cache (`cacheDoc`) reads of a term. */
export interface SweepTerm {
  normal: string;
  switch?: string;
  implicit?: string;
  machine?: string;
  root?: string;
  alias?: string[];
  tags: Set<string>;
}

type Match = (docs: SweepTerm[][], todo: SweepRule) => { ptrs: number[][] };
export interface SweepMethods {
  one: { match: Match };
}

const indexes = new WeakMap<SweepNet, NetIndex>();

function indexOf(net: SweepNet): NetIndex {
  const known = indexes.get(net);
  if (known) return known;
  const keys = Object.keys(net.hooks);
  const ids = new Map(keys.map((key, i) => [key, i]));
  const idOf = (word: string) => {
    if (!ids.has(word)) ids.set(word, ids.size);
    return ids.get(word)!;
  };
  const matches = new Map<string, number>();
  const indexed = new Map<SweepRule, IndexedRule>();
  const lists = keys.map((key) => net.hooks[key].map((rule) => {
    let entry = indexed.get(rule);
    if (!entry) {
      const text = String(rule.match);
      if (!matches.has(text)) matches.set(text, matches.size);
      entry = {
        rule,
        match: matches.get(text)!,
        needs: Int32Array.from(rule.needs, idOf),
        wants: Int32Array.from(rule.wants, idOf),
        ifNo: Int32Array.from(rule.ifNo ?? [], idOf),
        minWant: rule.minWant,
        minWords: rule.minWords,
      };
      indexed.set(rule, entry);
    }
    return entry;
  }));
  const tagIds = new Map<string, number>();
  const switchIds = new Map<string, number>();
  for (const [word, id] of ids) {
    if (word.startsWith('#')) tagIds.set(word.slice(1), id);
    else if (/^%.*%$/s.test(word)) switchIds.set(word.slice(1, -1), id);
  }
  const index = { ids, tagIds, switchIds, keyCount: keys.length, lists, present: new Uint32Array(ids.size), seen: new Uint32Array(matches.size), stamp: 0 };
  indexes.set(net, index);
  return index;
}

function wanted(entry: IndexedRule, present: Uint32Array, stamp: number): boolean {
  const { needs, ifNo, wants } = entry;
  for (let i = 0; i < needs.length; i++) if (present[needs[i]] !== stamp) return false;
  for (let i = 0; i < ifNo.length; i++) if (present[ifNo[i]] === stamp) return false;
  if (wants.length === 0) return true;
  let found = 0;
  for (let i = 0; i < wants.length; i++) if (present[wants[i]] === stamp) found++;
  return found >= entry.minWant;
}

/**
 * Stamps the ids of what compromise's sentence cache would hold for these terms (normal form,
 * `%switch%`, implicit, machine and root forms, aliases, `#Tag`s) and returns the key ids among them.
 */
function stampClause(index: NetIndex, terms: SweepTerm[], stamp: number): number[] {
  const { ids, present, keyCount } = index;
  const keys: number[] = [];
  const mark = (id: number | undefined) => {
    if (id === undefined || present[id] === stamp) return;
    present[id] = stamp;
    if (id < keyCount) keys.push(id);
  };
  for (const term of terms) {
    if (term.normal !== '') mark(ids.get(term.normal));
    if (term.switch) mark(index.switchIds.get(term.switch));
    if (term.implicit) mark(ids.get(term.implicit));
    if (term.machine) mark(ids.get(term.machine));
    if (term.root) mark(ids.get(term.root));
    if (term.alias) for (const alias of term.alias) mark(ids.get(alias));
    for (const tag of term.tags) mark(index.tagIds.get(tag));
  }
  return keys;
}

/** The rules to try on one clause, in the order compromise tries them. */
export function rulesFor(net: SweepNet, terms: SweepTerm[]): SweepRule[] {
  const index = indexOf(net);
  if (index.stamp === 0xffffffff) {
    index.present.fill(0);
    index.seen.fill(0);
    index.stamp = 0;
  }
  const stamp = ++index.stamp;
  const { present, seen } = index;
  const keys = stampClause(index, terms, stamp);
  keys.sort((a, b) => a - b);
  const words = terms.length;
  const out: SweepRule[] = [];
  for (let k = 0; k < keys.length; k++) {
    const list = index.lists[keys[k]];
    for (let i = 0; i < list.length; i++) {
      const entry = list[i];
      if (seen[entry.match] === stamp) continue;
      seen[entry.match] = stamp;
      if (words >= entry.minWords && wanted(entry, present, stamp)) out.push(entry.rule);
    }
  }
  for (const rule of net.always) if (words >= rule.minWords) out.push(rule);
  return out;
}

/** Drop-in for compromise's `methods.one.bulkMatch(document, net, methods, opts)`. */
export function bulkMatch(document: SweepTerm[][], net: SweepNet, methods: SweepMethods, opts: { matchOne?: boolean } = {}): Array<SweepRule & { pointer: number[] }> {
  const results: Array<SweepRule & { pointer: number[] }> = [];
  for (let n = 0; n < document.length; n++) {
    for (const rule of rulesFor(net, document[n])) {
      const found = methods.one.match([document[n]], rule);
      if (found.ptrs.length === 0) continue;
      for (const pointer of found.ptrs) {
        pointer[0] = n;
        results.push({ ...rule, pointer });
      }
      if (opts.matchOne === true) return [results[0]];
    }
  }
  return results;
}
