import type { TextSpan } from '../types';
import { titleHeads, titleWords, honorifics, nonNameWords, orgHeads, placeHeads, eventHeads, appositiveOpeners, stopWords } from './lexicon';
import type { Token } from './tokens';

const bare = (t: Token) => t.key.replace(/[^a-z-]/g, '');

export function isTitleHead(t: Token): boolean {
  return titleHeads.has(bare(t));
}

export function isTitleWord(t: Token): boolean {
  return titleWords.has(bare(t)) || titleHeads.has(bare(t));
}

export function isHonorific(t: Token): boolean {
  return honorifics.has(bare(t));
}

/** Could `[from, to)` be a person's name (after a title)? */
export function looksLikeName(tokens: Token[], from: number, to: number): boolean {
  const n = to - from;
  if (n < 1 || n > 5) return false;
  const first = tokens[from];
  const last = tokens[to - 1];
  if (!first.cap || nonNameWords.has(first.key) || stopWords.has(first.key)) return false;
  if (orgHeads.has(last.key) || placeHeads.has(last.key) || eventHeads.has(last.key) || isTitleHead(last)) return false;
  for (let k = from; k < to; k++) {
    const t = tokens[k];
    if (t.cap && orgHeads.has(t.key) && n > 1) return false;
    if (t.tags.has('Demonym')) return false;
  }
  return true;
}

/** Where a title sits inside a run of capitalized words: `[modifier][title][name]`. */
export interface TitleSplit {
  /** Start of the title words (after any organization or place that modifies them). */
  titleFrom: number;
  /** End of the title = start of the name. */
  titleTo: number;
  /** True when the title is only a courtesy honorific ("Mr.", "Ms."). */
  honorific: boolean;
}

/**
 * Finds the last title head in `[from, to)` that is followed by a name (or ends the run), skipping
 * words covered by a listed name (`locked`): "US Trade Representative Jamieson Greer" →
 * modifier "US", title "Trade Representative", name "Jamieson Greer".
 */
export function splitTitle(tokens: Token[], from: number, to: number, locked: (k: number) => boolean): TitleSplit | undefined {
  for (let h = to - 1; h >= from; h--) {
    const t = tokens[h];
    if (locked(h) || !isTitleHead(t)) continue;
    // Extend the title forward over "of State", "General" ("Attorney General", "Secretary of State").
    let end = h + 1;
    while (end < to) {
      const n = tokens[end];
      if (!locked(end) && (isTitleHead(n) || (n.key === 'of' && end + 1 < to && isTitleWord(tokens[end + 1])))) {
        end += n.key === 'of' ? 2 : 1;
        continue;
      }
      break;
    }
    if (end > to) end = to;
    if (end < to && !looksLikeName(tokens, end, to)) continue;
    if (end === to && h === from && to - from === 1) return undefined; // a lone title word
    let start = h;
    while (start - 1 >= from && !locked(start - 1) && isTitleWord(tokens[start - 1]) && !tokens[start - 1].possessive) start--;
    return { titleFrom: start, titleTo: end, honorific: end - start === 1 && isHonorific(t) };
  }
  return undefined;
}

/**
 * A role written before a name in lower case or mixed case, walking back over title words and
 * entity mentions: "US president Donald Trump" → "US president", "former Ford chief executive".
 * `mentionAt(k)` tells whether token k is inside an entity mention (an organization or place).
 */
export function roleBefore(tokens: Token[], from: number, mentionAt: (k: number) => boolean): { start: number; end: number } | undefined {
  let k = from - 1;
  let sawHead = false;
  let first = -1;
  while (k >= 0 && tokens[k].paragraph === tokens[from].paragraph && (tokens[k].join === 'space' || tokens[k].join === 'hyphen' || tokens[k].possessive)) {
    const t = tokens[k];
    if (t.possessive && !mentionAt(k)) break;
    if (isTitleWord(t) || mentionAt(k) || t.tags.has('Demonym') || (t.key === 'of' && first >= 0) || t.key === 'elect') {
      if (isTitleHead(t) && !isHonorific(t)) sawHead = true;
      first = k;
      k--;
      continue;
    }
    break;
  }
  if (!sawHead || first < 0) return undefined;
  // Do not start on "of" or a determiner-like word.
  while (first < from && tokens[first].key === 'of') first++;
  return { start: tokens[first].start, end: tokens[from - 1].end };
}

/**
 * An appositive role after a name: "Jane Doe, a spokeswoman for Acme," → "spokeswoman for Acme";
 * "Jim Farley, Ford's chief executive," → "Ford's chief executive".
 */
export function roleAfter(tokens: Token[], to: number, text: string): { start: number; end: number } | undefined {
  const last = tokens[to - 1];
  if (!last || !/^,\s+$/.test(last.gap)) return undefined;
  let k = to;
  if (k >= tokens.length || tokens[k].paragraph !== last.paragraph) return undefined;
  const opener = tokens[k];
  const skipOpener = appositiveOpeners.has(opener.key) && opener.key !== 'former' && opener.key !== 'then';
  if (!appositiveOpeners.has(opener.key) && !(opener.cap && opener.possessive) && !isTitleWord(opener)) return undefined;
  const startTok = skipOpener ? k + 1 : k;
  let sawHead = false;
  let end = -1;
  for (k = startTok; k < tokens.length && k < startTok + 12; k++) {
    const t = tokens[k];
    if (t.paragraph !== last.paragraph) break;
    if (isTitleHead(t)) sawHead = true;
    end = k;
    if (t.join === 'none' && !t.possessive) break;
  }
  if (!sawHead || end < startTok) return undefined;
  const endTok = tokens[end];
  // The appositive must close with a comma, a period or the end of the paragraph.
  if (!/^[,.;)]|^\s*$/.test(endTok.gap) && end + 1 < tokens.length && tokens[end + 1].paragraph === last.paragraph) return undefined;
  if (startTok > end) return undefined;
  const span = { start: tokens[startTok].start, end: endTok.possessive ? endTok.end + 2 : endTok.end };
  if (text.slice(span.start, span.end).length > 80) return undefined;
  return span;
}

const TITLE_BEFORE = /((?:(?:[A-Z][\w.&'’-]*|of|the|for|and|former|acting|interim|deputy|vice|chief|senior|then-?)\s+)*?)([A-Za-z.-]+)\s+$/;

/**
 * The title written right before `offset` in `text` ("Transportation Secretary " before
 * "Sean Duffy"), or undefined. A string scan for callers that have no tokens (attributions, hovers).
 */
export function titleBefore(text: string, offset: number): TextSpan | undefined {
  const from = Math.max(0, offset - 120);
  const before = text.slice(from, offset);
  const words = [...before.matchAll(/[\p{L}][\p{L}.&'’-]*/gu)];
  let startIdx = -1;
  let sawHead = false;
  for (let w = words.length - 1; w >= 0; w--) {
    const m = words[w];
    const end = from + (m.index ?? 0) + m[0].length;
    const nextStart = w + 1 < words.length ? from + (words[w + 1].index ?? 0) : offset;
    if (!/^[\s\-]+$/.test(text.slice(end, nextStart)) && !(text[end] === '.' && /^\.\s+$/.test(text.slice(end, nextStart)))) break;
    const key = m[0].toLowerCase().replace(/['’]s$/, '').replace(/\./g, '');
    const isHead = titleHeads.has(key);
    const isWord = titleWords.has(key) || /^\p{Lu}/u.test(m[0]);
    if (!isHead && !isWord) break;
    if (isHead && !honorifics.has(key)) sawHead = true;
    startIdx = w;
  }
  if (startIdx < 0 || !sawHead) return undefined;
  // Trim leading capitalized words that are not title words (a name before the title is not the title).
  while (startIdx < words.length) {
    const key = words[startIdx][0].toLowerCase().replace(/['’]s$/, '').replace(/\./g, '');
    if (titleWords.has(key) || titleHeads.has(key) || /['’]s$/.test(words[startIdx][0]) || /^\p{Lu}/u.test(words[startIdx][0])) break;
    startIdx++;
  }
  const start = from + (words[startIdx].index ?? 0);
  let end = offset;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return { start, end, text: text.slice(start, end) };
}

void TITLE_BEFORE;
