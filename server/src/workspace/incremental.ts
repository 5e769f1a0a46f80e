import { parseDocument } from '../core/document';
import { onNlpSetup, tagDocument } from '../core/nlp';
import type { SourceDocument } from '../core/types';

/** Thrown when a newer version (or a closed document, or a cancelled request) makes work pointless. */
export class StaleAnalysisError extends Error {
  constructor() {
    super('analysis superseded by a newer version');
  }
}

let parses = 0;
let counting = false;

/**
 * Counts compromise parses in this thread through a compromise hook (run once per `nlp(text)`):
 * how the tests see that an edit re-parses only the paragraphs it touched.
 */
export function countNlpParses(): void {
  if (counting) return;
  counting = true;
  onNlpSetup((nlp) => (nlp as unknown as { plugin(p: unknown): void }).plugin({
    compute: { sourcelensParseCounter: () => void parses++ },
    hooks: ['sourcelensParseCounter'],
  }));
}

export function nlpParseCount(): number {
  return parses;
}

/** The document reduced to one paragraph, so `tagDocument` tags (and caches) exactly that paragraph's chunks. */
function paragraphView(doc: SourceDocument, index: number): SourceDocument {
  return {
    ...doc,
    paragraphs: [{ ...doc.paragraphs[index], index: 0 }],
    sentences: doc.sentences.filter((s) => s.paragraph === index).map((s) => ({ ...s, paragraph: 0 })),
  };
}

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Fills the per-chunk compromise cache for a text across macrotask turns, yielding every
 * `sliceMs`, and stops with StaleAnalysisError as soon as `isStale()` says the work is no
 * longer wanted. Afterwards `analyze()` of the same text finds every parse cached, so the
 * synchronous part of an analysis is only the cheap steps. Paragraphs whose prose is in
 * `known` (tagged for the previous version) are skipped; only edited ones are parsed.
 * Returns the prose of every paragraph, the `known` of the next version.
 */
export async function pretag(text: string, markdown: boolean, isStale: () => boolean, known?: ReadonlySet<string>, sliceMs = 8): Promise<Set<string>> {
  const doc = parseDocument(text, { markdown });
  const seen = new Set<string>();
  let since = Date.now();
  for (let i = 0; i < doc.paragraphs.length; i++) {
    const p = doc.paragraphs[i];
    const prose = doc.prose.slice(p.start, p.end);
    seen.add(prose);
    if (known?.has(prose)) continue;
    if (Date.now() - since >= sliceMs) {
      await nextTurn();
      since = Date.now();
    }
    if (isStale()) throw new StaleAnalysisError();
    tagDocument(paragraphView(doc, i));
  }
  if (isStale()) throw new StaleAnalysisError();
  return seen;
}
