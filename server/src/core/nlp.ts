import nlp from 'compromise';
import type { SourceDocument } from './types';

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

/**
 * Terms of every paragraph of the document, in document order, with document offsets.
 * Parses are cached by paragraph text, so an edit re-tags only the paragraphs it touched.
 */
export function tagDocument(doc: SourceDocument): Term[][] {
  return doc.paragraphs.map((p) => {
    const text = doc.prose.slice(p.start, p.end);
    let hit = cache.get(text);
    if (hit) {
      cache.delete(text);
    } else {
      hit = { terms: tagText(text) };
      if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value as string);
    }
    cache.set(text, hit);
    return hit.terms.map((t) => ({ ...t, start: t.start + p.start, end: t.end + p.start }));
  });
}

/** Drops every cached parse (tests and benchmarks). */
export function clearNlpCache(): void {
  cache.clear();
}
