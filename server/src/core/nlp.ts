import type NlpLibrary from 'compromise';
import { bulkMatch } from './sweep';
import type { SourceDocument, Span } from './types';

/** One word as compromise tagged it, with document offsets (UTF-16). */
export interface Term {
  start: number;
  end: number;
  text: string;
  /** compromise's normal form: lower-cased, punctuation stripped. */
  normal: string;
  /** Punctuation and spaces before / after the word, as in the text. */
  pre: string;
  post: string;
  tags: ReadonlySet<string>;
  /** Index of the paragraph-level sentence compromise put the term in (0-based within the paragraph). */
  nlpSentence: number;
}

/** A chunk's terms, with offsets for a chunk that starts at `base`. */
interface TermList {
  base: number;
  terms: Term[];
}

type CompromiseTerm = {
  text: string;
  pre: string;
  post: string;
  normal: string;
  tags: Set<string>;
  offset: { start: number; length: number };
};

type Nlp = typeof NlpLibrary;
type World = { hooks: string[]; methods: { one: { bulkMatch: unknown } } };

let library: { nlp: Nlp; world: World } | undefined;

/**
 * compromise, loaded on first use: its lexicon takes some 30 MB of memory, which a thread that
 * never tags text (the server's own while a workspace scan runs on the workers) need not hold.
 */
function compromise(): { nlp: Nlp; world: World } {
  if (!library) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const loaded = require('compromise') as Nlp | { default: Nlp };
    const nlp = typeof loaded === 'function' ? loaded : loaded.default;
    library = { nlp, world: (nlp as unknown as { world(): World }).world() };
  }
  return library;
}

/**
 * Hook for lexicon plugins: called once before the first parse. Entities register their
 * word lists here so a single compromise parse serves every analysis step.
 */
const setupHooks: Array<(instance: Nlp) => void> = [];
let setupDone = false;

export function onNlpSetup(hook: (instance: Nlp) => void): void {
  if (setupDone) hook(compromise().nlp);
  else setupHooks.push(hook);
}

function ensureSetup(): void {
  if (setupDone) return;
  setupDone = true;
  for (const hook of setupHooks) hook(compromise().nlp);
}

let hooksSeen: string[] | null = null;
let hooksUsed: string[] = [];

/**
 * compromise's own hooks, and those plugins added, except its phrase chunker: no step reads
 * chunks (it puts every word tagged Verb in a verb chunk but "this" and "then", see `inVerbChunk`).
 * Its rule matcher is swapped for one that picks the same rules with less work (see sweep.ts),
 * for our parses only: a bare `nlp(text)` elsewhere in the process stays compromise's own.
 */
function parse(text: string): ReturnType<Nlp> {
  const { nlp, world } = compromise();
  const all = world.hooks;
  if (all !== hooksSeen) {
    hooksSeen = all;
    hooksUsed = all.filter((h) => h !== 'chunks');
  }
  const one = world.methods.one;
  const bare = one.bulkMatch;
  world.hooks = hooksUsed;
  one.bulkMatch = bulkMatch;
  try {
    return nlp(text);
  } finally {
    world.hooks = all;
    one.bulkMatch = bare;
  }
}

/** Whether compromise's chunker would put this word in a verb chunk, for a word tagged Verb. */
export function inVerbChunk(t: Term): boolean {
  return t.normal !== 'this' && t.normal !== 'then';
}

/** Our term for a word compromise tagged, starting at `start` in the document. */
function termOf(t: CompromiseTerm, start: number, nlpSentence: number): Term {
  return { start, end: start + t.offset.length, text: t.text, normal: t.normal, pre: t.pre, post: t.post, tags: t.tags, nlpSentence };
}

/** "Moody's," read as "Moody has": the spacing after an implied word belongs to the word written before it. */
function givePost(terms: Term[], implied: CompromiseTerm): void {
  const prev = terms[terms.length - 1];
  if (implied.post && prev) prev.post += implied.post;
}

/** Tags one piece of prose with compromise (one parse); offsets are those in `text` plus `base`. */
export function tagText(text: string, base = 0): Term[] {
  ensureSetup();
  const doc = parse(text);
  doc.compute('offset');
  const out: Term[] = [];
  const sentences = (doc as unknown as { docs: CompromiseTerm[][] }).docs;
  for (let nlpSentence = 0; nlpSentence < sentences.length; nlpSentence++) {
    for (const t of sentences[nlpSentence]) {
      if (!t.offset || t.text === '') {
        givePost(out, t);
        continue;
      }
      out.push(termOf(t, t.offset.start + base, nlpSentence));
    }
  }
  return out;
}

const cache = new Map<string, TermList>();
const CACHE_LIMIT = 20_000;

/** compromise is linear per chunk but its memory grows with input: long paragraphs are tagged in pieces of about this size. */
const CHUNK_CHARS = 8_000;

/** Splits a paragraph into chunks at sentence ends (or, for one endless sentence, at spaces). */
function chunksOf(doc: SourceDocument, paragraphIndex: number): Span[] {
  const p = doc.paragraphs[paragraphIndex];
  if (p.end - p.start <= CHUNK_CHARS) return [p];
  const chunks: Span[] = [];
  let start = p.start;
  let last = p.start;
  let lo = 0;
  let hi = doc.sentences.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (doc.sentences[mid].paragraph < paragraphIndex) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < doc.sentences.length && doc.sentences[i].paragraph === paragraphIndex; i++) {
    const s = doc.sentences[i];
    if (s.end - start > CHUNK_CHARS && last > start) {
      chunks.push({ start, end: last });
      start = s.start;
    }
    while (s.end - start > CHUNK_CHARS) {
      let cut = doc.prose.lastIndexOf(' ', start + CHUNK_CHARS);
      if (cut <= start) cut = start + CHUNK_CHARS;
      // never split a surrogate pair
      if (cut < doc.prose.length && /[\uDC00-\uDFFF]/.test(doc.prose[cut])) cut--;
      chunks.push({ start, end: cut });
      start = cut;
    }
    last = s.end;
  }
  if (p.end > start) chunks.push({ start, end: p.end });
  return chunks;
}

function shifted(terms: Term[], delta: number): Term[] {
  return terms.map((t) => ({
    start: t.start + delta,
    end: t.end + delta,
    text: t.text,
    normal: t.normal,
    pre: t.pre,
    post: t.post,
    tags: t.tags,
    nlpSentence: t.nlpSentence,
  }));
}

/** A chunk's prose and where it starts in the document. */
interface Piece {
  text: string;
  base: number;
}

/** Chunks tagged together are joined with a blank line, where compromise ends a sentence. */
const JOIN = '\n\n';
const TRIMMED = /^\S(?:[\s\S]*\S)?$/;

function count(text: string, chars: RegExp): number {
  return text.match(chars)?.length ?? 0;
}

/**
 * Whether compromise might carry a sentence of this chunk on into the next one: its merges of
 * quotations and parentheses, when the chunk leaves a quotation mark or parenthesis unpaired.
 */
function mayRunOn(text: string): boolean {
  return count(text, /"|\uFF02/g) % 2 === 1
    || count(text, /[\u201C\u201F\u201E\u2E42\u00AB\u2039\u301D\u301F\u300C\u300E]/g) !== count(text, /[\u201D\u00BB\u203A\u301E\u300D\u300F]/g)
    || count(text, /[(\uFF08]/g) !== count(text, /[)\uFF09]/g)
    || /[\u201A\u2035-\u2037]/.test(text);
}

/**
 * Tags several chunks in one compromise parse (its fixed cost per call is paid once), each with its
 * own offsets and sentence numbers, as separate parses tag them: compromise tags one sentence at a
 * time, and a blank line ends a sentence unless a quotation or parenthesis runs on across it.
 * `valid` counts the leading chunks no sentence of another chunk reached; the rest must be parsed again.
 */
function tagJoined(pieces: Piece[]): { terms: Term[][]; valid: number } {
  const starts: number[] = [];
  let at = 0;
  for (const p of pieces) {
    starts.push(at);
    at += p.text.length + JOIN.length;
  }
  const doc = parse(pieces.map((p) => p.text).join(JOIN));
  doc.compute('offset');
  const terms: Term[][] = pieces.map(() => []);
  const firstSentence: number[] = pieces.map(() => -1);
  const sentences = (doc as unknown as { docs: CompromiseTerm[][] }).docs;
  let valid = pieces.length;
  let k = 0;
  scan: for (let n = 0; n < sentences.length; n++) {
    let piece = -1;
    for (const t of sentences[n]) {
      if (!t.offset || t.text === '') {
        givePost(terms[k], t);
        continue;
      }
      const start = t.offset.start;
      while (k + 1 < pieces.length && start >= starts[k + 1]) k++;
      const end = start + t.offset.length;
      if (piece < 0) piece = k;
      if (piece !== k || end > starts[k] + pieces[k].text.length) {
        valid = piece;
        break scan;
      }
      if (firstSentence[k] < 0) firstSentence[k] = n;
      terms[k].push(termOf(t, start + pieces[k].base - starts[k], n - firstSentence[k]));
    }
  }
  for (let i = 0; i < Math.min(valid, pieces.length - 1); i++) {
    const last = terms[i][terms[i].length - 1];
    if (!last) continue;
    if (!last.post.endsWith(JOIN)) return { terms, valid: i };
    last.post = last.post.slice(0, -JOIN.length);
  }
  return { terms, valid };
}

/** Tags chunks missing from the cache, short neighbours together in parses of up to CHUNK_CHARS. */
function tagMissing(pieces: Piece[]): Term[][] {
  const out: Term[][] = [];
  let i = 0;
  while (i < pieces.length) {
    let j = i;
    let size = -JOIN.length;
    while (j < pieces.length && TRIMMED.test(pieces[j].text) && size + JOIN.length + pieces[j].text.length <= CHUNK_CHARS) {
      size += JOIN.length + pieces[j].text.length;
      j++;
      if (mayRunOn(pieces[j - 1].text)) break;
    }
    if (j - i >= 2) {
      const { terms, valid } = tagJoined(pieces.slice(i, j));
      for (let k = 0; k < valid; k++) out.push(terms[k]);
      i += valid;
      if (i === j) continue;
    }
    out.push(tagText(pieces[i].text, pieces[i].base));
    i++;
  }
  return out;
}

function remember(text: string, entry: TermList): void {
  cache.delete(text);
  if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value as string);
  cache.set(text, entry);
}

/**
 * Terms of every paragraph of the document, in document order, with document offsets.
 * Parses are cached by chunk text, so an edit re-tags only the paragraphs it touched; a cached
 * parse found at another offset is shifted (copied, never changed).
 */
export function tagDocument(doc: SourceDocument): Term[][] {
  ensureSetup();
  const pieces: Piece[][] = doc.paragraphs.map((_, index) =>
    chunksOf(doc, index).map((c) => ({ text: doc.prose.slice(c.start, c.end), base: c.start })));
  const found = new Map<Piece, Term[]>();
  const missing: Piece[] = [];
  const pending = new Set<string>();
  for (const list of pieces) {
    for (const piece of list) {
      const hit = cache.get(piece.text);
      if (hit) {
        const terms = movedTo(hit, piece.base);
        remember(piece.text, { base: piece.base, terms });
        found.set(piece, terms);
      } else if (!pending.has(piece.text)) {
        pending.add(piece.text);
        missing.push(piece);
      }
    }
  }
  tagMissing(missing).forEach((terms, i) => {
    Object.freeze(terms);
    remember(missing[i].text, { base: missing[i].base, terms });
    found.set(missing[i], terms);
  });
  return pieces.map((list) => {
    const terms = list.map((piece) => found.get(piece) ?? lookUp(piece));
    return terms.length === 1 ? terms[0] : terms.flat();
  });
}

/** A chunk whose text occurs again in the document: its first occurrence's parse, moved here. */
function lookUp(piece: Piece): Term[] {
  const hit = cache.get(piece.text);
  if (!hit) return Object.freeze(tagText(piece.text, piece.base)) as Term[];
  return movedTo(hit, piece.base);
}

/** A cached parse's terms at `base`: the cached array itself, or a frozen shifted copy. */
function movedTo(hit: TermList, base: number): Term[] {
  return hit.base === base ? hit.terms : (Object.freeze(shifted(hit.terms, base - hit.base)) as Term[]);
}

/** Drops every cached parse (tests and benchmarks). */
export function clearNlpCache(): void {
  cache.clear();
}
