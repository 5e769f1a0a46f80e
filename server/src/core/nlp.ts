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
  /** compromise's chunk: 'Noun' | 'Verb' | 'Adjective' | 'Pivot' | undefined. */
  chunk?: string;
  /** Index of the paragraph-level sentence compromise put the term in (0-based within the paragraph). */
  nlpSentence: number;
}

/** A paragraph's terms; offsets are relative to the paragraph start until `shift` is applied. */
interface TermList {
  terms: Term[];
}

type CompromiseTerm = {
  text: string;
  pre: string;
  post: string;
  normal: string;
  tags: Set<string>;
  chunk?: string;
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

/** Tags one piece of prose with compromise (one parse), offsets relative to `text`. */
export function tagText(text: string): Term[] {
  ensureSetup();
  const doc = nlp(text);
  doc.compute('offset');
  doc.compute('chunks');
  const out: Term[] = [];
  const sentences = (doc as unknown as { docs: CompromiseTerm[][] }).docs;
  sentences.forEach((sentence, nlpSentence) => {
    for (const t of sentence) {
      if (!t.offset || t.text === '') continue;
      out.push({
        start: t.offset.start,
        end: t.offset.start + t.offset.length,
        text: t.text,
        normal: t.normal,
        pre: t.pre,
        post: t.post,
        tags: t.tags,
        chunk: t.chunk,
        nlpSentence,
      });
    }
  });
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

function tagCached(text: string): TermList {
  let hit = cache.get(text);
  if (hit) {
    cache.delete(text);
  } else {
    hit = { terms: tagText(text) };
    if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value as string);
  }
  cache.set(text, hit);
  return hit;
}

/**
 * Terms of every paragraph of the document, in document order, with document offsets.
 * Parses are cached by chunk text, so an edit re-tags only the paragraphs it touched.
 */
export function tagDocument(doc: SourceDocument): Term[][] {
  return doc.paragraphs.map((_, index) => {
    const out: Term[] = [];
    for (const chunk of chunksOf(doc, index)) {
      const { terms } = tagCached(doc.prose.slice(chunk.start, chunk.end));
      for (const t of terms) out.push({ ...t, start: t.start + chunk.start, end: t.end + chunk.start });
    }
    return out;
  });
}

/** Drops every cached parse (tests and benchmarks). */
export function clearNlpCache(): void {
  cache.clear();
}
