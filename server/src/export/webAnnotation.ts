/**
 * The analysis as W3C Web Annotations (JSON-LD, one AnnotationCollection): every entity mention,
 * date, attribution cue and sourcing finding becomes an annotation on its span, for annotation
 * tools (Hypothesis, INCEpTION, Recogito and the like). Each target carries two selectors: the quoted
 * text with some context (which survives edits and finds the passage in a web copy of the
 * article) and its position. The model counts positions in Unicode code points, so the engine's
 * UTF-16 offsets are converted; a character outside the Basic Multilingual Plane counts once.
 */
import type { Span } from '../core/types';
import type { ExportedFile } from './sarif';

const CONTEXT = 32;

/** Code point offsets of UTF-16 offsets, computed in one pass over the text. */
function codePointCounter(text: string): (offset: number) => number {
  // Offsets of the low halves of surrogate pairs: each one before an offset makes it one code point shorter.
  const lows: number[] = [];
  for (let i = 0; i < text.length - 1; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) lows.push(++i);
    }
  }
  return (offset) => {
    let lo = 0;
    let hi = lows.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (lows[mid] < offset) lo = mid + 1;
      else hi = mid;
    }
    return offset - lo;
  };
}

type Body = { type: 'TextualBody'; purpose: string; value: string; format?: string };

function textual(purpose: string, value: string): Body {
  return { type: 'TextualBody', purpose, value, format: 'text/plain' };
}

/** The annotations of one file. */
function annotationsOf(file: ExportedFile, first: number) {
  const { text, analysis } = file;
  const codePoint = codePointCounter(text);
  const out: object[] = [];
  const add = (span: Span, motivation: string, body: Body[]) => {
    out.push({
      id: `${file.uri}#sourcelens-${first + out.length + 1}`,
      type: 'Annotation',
      motivation,
      body,
      target: {
        source: file.uri,
        selector: [
          {
            type: 'TextQuoteSelector',
            exact: text.slice(span.start, span.end),
            prefix: text.slice(Math.max(0, span.start - CONTEXT), span.start),
            suffix: text.slice(span.end, span.end + CONTEXT),
          },
          { type: 'TextPositionSelector', start: codePoint(span.start), end: codePoint(span.end) },
        ],
      },
    });
  };
  for (const e of analysis.entities) {
    for (const m of e.mentions) add(m, 'identifying', [textual('tagging', e.type), textual('identifying', e.name)]);
  }
  for (const d of analysis.dates) {
    const value = d.value === null ? 'unresolved' : d.mod ? `${d.value} (${d.mod})` : d.value;
    add(d, 'classifying', [textual('tagging', 'date'), textual('describing', `TIMEX3 ${value}`)]);
  }
  for (const a of analysis.attributions) {
    if (a.inherited) continue;
    const source = a.sourceName ?? a.source?.text;
    add(a.cue, 'classifying', [
      textual('tagging', 'attribution'),
      textual('describing', `${source ? `source: ${source}` : 'no source'} (${a.sourceKind}, strength ${a.strength}/5)`),
    ]);
  }
  for (const d of analysis.diagnostics) {
    add(d, 'assessing', [textual('tagging', d.code), textual('assessing', d.message)]);
  }
  return out;
}

/** An AnnotationCollection of the given files, their annotations on one page. */
export function toWebAnnotations(files: readonly ExportedFile[]) {
  const items: object[] = [];
  for (const file of files) items.push(...annotationsOf(file, items.length));
  return {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    type: 'AnnotationCollection',
    label: 'Sourcelens analysis',
    total: items.length,
    first: { type: 'AnnotationPage', startIndex: 0, items },
  };
}
