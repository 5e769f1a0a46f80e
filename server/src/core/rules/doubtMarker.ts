import { DOUBT_WORDS, NAMING_BEFORE_QUOTE } from '../model/rules-lexicon';
import type { Diagnostic } from '../types';
import { firstEntityOverlapping } from '../entities/lookup';
import type { Rule } from './rule';
import { alternation, diagnostic, inQuote, matchSentences, overlaps, q, sentenceIndexAt, textOf } from './util';
import { voiceOf } from './voice';

const DOUBT = `\\b${alternation(DOUBT_WORDS)}(?=\\s)`;
const NAMING = new RegExp(`\\b${NAMING_BEFORE_QUOTE}\\s*,?\\s*$`, 'i');

/**
 * "so-called", "supposed", or scare quotes: a short quoted phrase (three words at most) that
 * nobody in the sentence is quoted for, that is not a name or a title, and not introduced as a
 * term ("dubbed", "known as").
 */
export const doubtMarker: Rule = {
  id: 'doubt-marker',
  summary: 'A doubt marker ("so-called", scare quotes) in place of a source.',
  defaultSeverity: 'hint',
  check(context) {
    const out: Diagnostic[] = [];
    for (const m of matchSentences(context, DOUBT)) {
      if (inQuote(context, m)) continue;
      const next = /^\s+(["“]?[\p{L}\p{N}'’-]+(?:\s+[\p{L}\p{N}'’-]+)?)/u.exec(context.document.text.slice(m.end, m.end + 60));
      const phrase = next ? ` ${next[1]}` : '';
      out.push(diagnostic('doubt-marker', m, 'hint', `Doubt marker: ${q(`${textOf(context, m)}${phrase}`)} casts doubt without a source`));
    }
    const voice = voiceOf(context);
    const doc = context.document;
    for (const quote of doc.quotes) {
      const inner = doc.text.slice(quote.inner.start, quote.inner.end).trim();
      const words = inner.split(/\s+/);
      if (inner.length === 0 || words.length > 3 || inner.length > 40) continue;
      if (/[.!?,;:)]$/.test(inner) || /\d/.test(inner)) continue; // a quoted sentence, a fragment of speech, a figure
      if (!/["”’'»]/.test(doc.text[quote.end - 1] ?? '')) continue; // a quote that runs on: not a short phrase
      if (words.every((w) => /^[\p{Lu}\p{N}]/u.test(w))) continue; // a name or a title
      if (doc.quotes.some((other) => other !== quote && overlaps(other, quote))) continue;
      const index = sentenceIndexAt(context, quote.start);
      if (index < 0) continue;
      if (voice.attributedSentences.has(index) || voice.cueSentences.has(index)) continue;
      if (context.attributions.some((a) => a.content && overlaps(a.content, quote))) continue;
      const before = doc.prose.slice(doc.sentences[index].start, quote.start);
      if (NAMING.test(before)) continue;
      // A partial quote is usually the words of someone the sentence names ("pounding Trump as a
      // 'con artist'"): only a sentence with no possible speaker leaves the quote to the author.
      const sentence = doc.sentences[index];
      const speaker = firstEntityOverlapping(context.entities, sentence, (e, m) => e.type !== 'place' && !overlaps(m, quote)) !== undefined;
      if (speaker || /\b(?:he|she|they|his|her|their)\b/i.test(doc.prose.slice(sentence.start, sentence.end).replace(inner, ''))) continue;
      // The same words quoted elsewhere with a source: the author is citing, not doubting.
      const lower = inner.toLowerCase();
      const citedElsewhere = doc.quotes.some((other) => other !== quote
        && doc.text.slice(other.inner.start, other.inner.end).toLowerCase().includes(lower)
        && voice.attributedSentences.has(sentenceIndexAt(context, other.start)));
      if (citedElsewhere) continue;
      out.push(diagnostic('doubt-marker', quote, 'hint', `Scare quotes around ${q(inner)} with no one quoted for it`));
    }
    return out.sort((a, b) => a.start - b.start);
  },
};
