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
 *
 * compromise then tries each rule from every word of the clause (copying the rest of the clause
 * each time). Most rules start with a plain word, tag or word list that few words of a clause
 * have; those are tried only from the words that fit their first token (see `anchoredRun`).
 */

/** One token of a parsed match (compromise's `parseMatch`): the fields the start filter reads. */
export interface SweepReg {
  word?: string;
  tag?: string;
  switch?: string;
  machine?: string;
  fastOr?: Set<string>;
  pos?: string;
  use?: string;
  optional?: boolean;
  negative?: boolean;
  anything?: boolean;
  start?: boolean;
  end?: boolean;
  fuzzy?: boolean;
  min?: number;
  max?: number;
  greedy?: boolean;
  choices?: SweepReg[][] | SweepReg[];
  [other: string]: unknown;
}

/** One rule of a compromise match net, as its net builder prepared it. */
export interface SweepRule {
  match: unknown;
  regs?: SweepReg[];
  group?: unknown;
  notIf?: unknown;
  justOne?: boolean;
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

/** What compromise's sentence cache (`cacheDoc`) and its term matcher read of a term. */
export interface SweepTerm {
  text?: string;
  normal: string;
  switch?: string;
  implicit?: string;
  machine?: string;
  root?: string;
  alias?: string[];
  tags: Set<string>;
}

type Match = (docs: SweepTerm[][], todo: Partial<SweepRule>) => { ptrs: number[][] };
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

/** A rule that may only start on words its first token fits, run one start at a time. */
interface Anchored {
  first: SweepReg;
  /**
   * The second token, when a match must have it on the word after the first: the first token
   * takes exactly one word and the second is required (a contraction's first half may take
   * its second half too, so the check is skipped after one).
   */
  second: SweepReg | null;
  /** Terms a match needs at least (compromise stops trying starts closer than this to the end). */
  minLength: number;
  /** The rule with its first token anchored (`^`), without group or `notIf`: the whole match. */
  bare: Partial<SweepRule>;
  /** The rule anchored, with its group and `notIf`: what compromise would report for that start. */
  full: Partial<SweepRule> | null;
}

const anchoredRules = new WeakMap<SweepRule, Anchored | null>();

/** Fields of a match token that the start filter does not read: a rule whose first token has one is run as compromise runs it. */
const OPAQUE = ['optional', 'negative', 'anything', 'start', 'end', 'fuzzy', 'choices', 'id', 'method', 'pre', 'post', 'regex', 'chunk', 'sense'] as const;

/** A required token of a kind `fits` reads. */
function plain(reg: SweepReg | undefined): reg is SweepReg {
  return !!reg && OPAQUE.every((k) => reg[k] === undefined || reg[k] === false) && !(reg.min !== undefined && reg.min < 1)
    && (reg.word !== undefined || reg.tag !== undefined || reg.switch !== undefined || reg.machine !== undefined || reg.fastOr !== undefined);
}

function usesStart(regs: SweepReg[]): boolean {
  return regs.some((r) => r.start === true || (Array.isArray(r.choices) && r.choices.some((c) => usesStart(Array.isArray(c) ? c : [c]))));
}

/**
 * How a rule can be run from chosen starts with compromise's own matcher and give what it would
 * give from every start, or null. It needs a first token that must match the first word (a word,
 * tag, switch, machine form or word list, required), no `^` anywhere (a match from a later start
 * sees that word as the first) and no optional or repeated `$` last: compromise drops a match that
 * does not reach the end only after it has skipped past it (a one-word `$` reaches it or fails).
 */
function anchoredOf(rule: SweepRule): Anchored | null {
  let known = anchoredRules.get(rule);
  if (known !== undefined) return known;
  known = null;
  const regs = rule.regs;
  const first = regs?.[0];
  const last = regs?.[regs.length - 1];
  if (regs && last && plain(first) && !usesStart(regs) && !(last.end === true && (last.optional === true || last.negative === true || last.greedy === true || last.min !== undefined || last.max !== undefined))) {
    const anchored = [{ ...first, start: true }, ...regs.slice(1)];
    const oneWord = first.greedy !== true && first.min === undefined && first.max === undefined;
    known = {
      first,
      second: oneWord && plain(regs[1]) ? regs[1] : null,
      minLength: regs.filter((r) => r.optional !== true && r.negative !== true).length,
      bare: { regs: anchored },
      full: rule.group === undefined && rule.notIf === undefined ? null : { regs: anchored, group: rule.group, notIf: rule.notIf },
    };
  }
  anchoredRules.set(rule, known);
  return known;
}

/** Whether compromise's term matcher would match this term with this token (the kinds `anchoredOf` accepts). */
function fits(term: SweepTerm, reg: SweepReg): boolean {
  if (reg.word !== undefined) {
    if (reg.use) return (term as unknown as Record<string, unknown>)[reg.use] === reg.word;
    return (term.machine != null && term.machine === reg.word) || (term.alias !== undefined && term.alias.includes(reg.word))
      || reg.word === term.text || reg.word === term.normal;
  }
  if (reg.tag !== undefined) return term.tags.has(reg.tag);
  if (reg.switch !== undefined) return term.switch === reg.switch;
  if (reg.machine !== undefined) return term.normal === reg.machine || term.machine === reg.machine || term.root === reg.machine;
  if (reg.pos && !term.tags.has(reg.pos)) return false;
  const form = term.root || term.implicit || term.machine || term.normal;
  return reg.fastOr!.has(form) || (term.text !== undefined && reg.fastOr!.has(term.text));
}

/**
 * The pointers compromise's matcher finds for an anchorable rule in one clause, trying only the
 * starts whose word fits the first token, in its order and with its rules: after a match the next
 * start is past it (whether or not `notIf` then drops the match), and `justOne` stops at the first.
 */
function anchoredRun(clause: SweepTerm[], rule: SweepRule, a: Anchored, match: Match): number[][] {
  const out: number[][] = [];
  let next = 0;
  for (let c = 0; c < clause.length; c++) {
    if (clause.length - c < a.minLength) break;
    if (c < next || !fits(clause[c], a.first)) continue;
    if (a.second && !clause[c].implicit && !(c + 1 < clause.length && fits(clause[c + 1], a.second))) continue;
    const rest = clause.slice(c);
    const whole = match([rest], a.bare).ptrs;
    if (whole.length === 0) continue;
    const end = whole[0][2] + c;
    const found = a.full ? match([rest], a.full).ptrs : whole;
    for (const pointer of found) {
      pointer[1] += c;
      pointer[2] += c;
      out.push(pointer);
    }
    if (rule.justOne === true) break;
    next = Math.max(c + 1, end);
  }
  return out;
}

/** Drop-in for compromise's `methods.one.bulkMatch(document, net, methods, opts)`. */
export function bulkMatch(document: SweepTerm[][], net: SweepNet, methods: SweepMethods, opts: { matchOne?: boolean } = {}): Array<SweepRule & { pointer: number[] }> {
  const results: Array<SweepRule & { pointer: number[] }> = [];
  for (let n = 0; n < document.length; n++) {
    for (const rule of rulesFor(net, document[n])) {
      const anchored = anchoredOf(rule);
      const found = anchored ? { ptrs: anchoredRun(document[n], rule, anchored, methods.one.match) } : methods.one.match([document[n]], rule);
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
