import nlp from 'compromise';
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

/**
 * Hook for lexicon plugins: called once before the first parse. Entities register their
 * word lists here so a single compromise parse serves every analysis step.
 */
const setupHooks: Array<(instance: typeof nlp) => void> = [];
let setupDone = false;

export function onNlpSetup(hook: (instance: typeof nlp) => void): void {
  if (setupDone) hook(nlp);
  else setupHooks.push(hook);
}

function ensureSetup(): void {
  if (setupDone) return;
  setupDone = true;
  for (const hook of setupHooks) hook(nlp);
}

type Hooks = { hooks: string[] };
const world = (nlp as unknown as { world(): Hooks }).world();
let hooksSeen: string[] | null = null;
let hooksUsed: string[] = [];

/**
 * compromise's own hooks, and those plugins added, except its phrase chunker: no step reads
 * chunks (it puts every word tagged Verb in a verb chunk but "this" and "then", see `inVerbChunk`).
 */
function parse(text: string): ReturnType<typeof nlp> {
  const all = world.hooks;
  if (all !== hooksSeen) {
    hooksSeen = all;
    hooksUsed = all.filter((h) => h !== 'chunks');
  }
  world.hooks = hooksUsed;
  try {
    return nlp(text);
  } finally {
    world.hooks = all;
  }
}

/** Whether compromise's chunker would put this word in a verb chunk, for a word tagged Verb. */
export function inVerbChunk(t: Term): boolean {
  return t.normal !== 'this' && t.normal !== 'then';
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
      if (!t.offset || t.text === '') continue;
      const start = t.offset.start + base;
      out.push({
        start,
        end: start + t.offset.length,
        text: t.text,
        normal: t.normal,
        pre: t.pre,
        post: t.post,
        tags: t.tags,
        nlpSentence,
      });
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
  for (const s of doc.sentences) {
    if (s.paragraph !== paragraphIndex) continue;
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

/** The terms of the chunk `text` at document offset `base`; a cached parse at another offset is shifted (copied, never changed). */
function tagCached(text: string, base: number): Term[] {
  let hit = cache.get(text);
  if (hit) {
    cache.delete(text);
    if (hit.base !== base) hit = { base, terms: Object.freeze(shifted(hit.terms, base - hit.base)) as Term[] };
  } else {
    hit = { base, terms: Object.freeze(tagText(text, base)) as Term[] };
    if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value as string);
  }
  cache.set(text, hit);
  return hit.terms;
}

/**
 * Terms of every paragraph of the document, in document order, with document offsets.
 * Parses are cached by chunk text, so an edit re-tags only the paragraphs it touched.
 */
export function tagDocument(doc: SourceDocument): Term[][] {
  return doc.paragraphs.map((_, index) => {
    const chunks = chunksOf(doc, index);
    if (chunks.length === 1) return tagCached(doc.prose.slice(chunks[0].start, chunks[0].end), chunks[0].start);
    const out: Term[] = [];
    for (const chunk of chunks) {
      for (const t of tagCached(doc.prose.slice(chunk.start, chunk.end), chunk.start)) out.push(t);
    }
    return out;
  });
}

/** Drops every cached parse (tests and benchmarks). */
export function clearNlpCache(): void {
  cache.clear();
}
