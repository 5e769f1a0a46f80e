import type { TextSpan } from '../types';
import { titleHeads, titleWords, honorifics, honorificPairs, placeOpeners, nonNameWords, orgHeads, placeHeads, eventHeads, appositiveOpeners, stopWords, demonyms, nameParticles, arabicArticle } from './lexicon';
import { irishPrefixedName, monthAbbreviationName, type Token } from './tokens';
import { inLexicon, knownNameWord, knownPlaceWord } from './compromiseLexicon';
import { isCommonGivenName } from '../model/people';

// (Letters with accents stay: "Seán" is no "sen", a senator's title.)
const bare = (t: Token) => t.key.replace(/[^\p{Ll}-]/gu, '');

/** A capitalized common English word that can name a minister's portfolio ("Information", "Petroleum"), not a name. */
function portfolioWord(w: Token): boolean {
  return w.join === 'space' && w.cap && !w.acronym && !w.possessive && !knownNameWord(w.key)
    && (inLexicon(w.key) || ((w.tags.has('Singular') || w.tags.has('Adjective')) && !w.tags.has('ProperNoun'))) && !knownPlaceWord(w.key) &&
    !['Person', 'Place', 'Organization', 'FirstName', 'Demonym'].some((tag) => w.tags.has(tag)) &&
    !orgHeads.has(w.key) && !placeHeads.has(w.key) && !demonyms.has(w.key) && !stopWords.has(w.key) && !nonNameWords.has(w.key);
}

/** Titles that can end a run after an organization or place ("Ford CEO", "EPA Administrator"). */
export const TRAILING_TITLES = new Set([
  'ceo', 'cfo', 'coo', 'cto', 'chairman', 'chairwoman', 'chairperson', 'president', 'spokesman', 'spokeswoman',
  'spokesperson', 'secretary', 'minister', 'director', 'founder', 'cofounder', 'co-founder', 'administrator',
  'commissioner', 'governor', 'gov', 'mayor', 'senator', 'sen', 'ambassador', 'leader', 'boss', 'executive',
  'representative', 'rep', 'premier', 'chancellor', 'prosecutor', 'superintendent', 'treasurer', 'adviser',
  'advisor', 'envoy', 'czar', 'official', 'aide', 'lawmaker', 'analyst', 'economist', 'strategist',
  'manager', 'coach', 'editor', 'reporter', 'correspondent', 'columnist', 'host', 'anchor', 'attorney', 'sheriff',
  'commander', 'chief',
]);

/**
 * "M.K. Stalin", "M.P. Singh": a person's initials written with periods, spelling an office's initials by chance ("MK", a
 * member of the Knesset; "MP"), are no title; a place's or a body's are ("U.S. Attorney", "U.N. envoy").
 */
const dottedInitials = (t: Token) => /^(?:\p{Lu}\.){2,3}$/u.test(t.text) && !/^(?:us|un|uk|eu|da)$/.test(bare(t));

export function isTitleHead(t: Token): boolean {
  if (dottedInitials(t)) return false;
  const b = bare(t);
  // "Reporters Lena Marsh and Ravi Chandran", "Sens. Smith and Jones"
  return titleHeads.has(b) || (b.length > 4 && b.endsWith('s') && titleHeads.has(b.slice(0, -1)));
}

export function isTitleWord(t: Token): boolean {
  if (dottedInitials(t)) return false;
  return titleWords.has(bare(t)) || titleHeads.has(bare(t));
}

export function isHonorific(t: Token): boolean {
  return honorifics.has(bare(t));
}

/** Is token `h` the second word of a two-word honorific ("Tan Sri", "Datuk Seri")? */
function honorificPairAt(tokens: Token[], h: number, from: number): boolean {
  return h > from && tokens[h - 1].join === 'space' && honorificPairs.has(`${bare(tokens[h - 1])} ${bare(tokens[h])}`);
}

/** Could `[from, to)` be a person's name (after a title)? */
export function looksLikeName(tokens: Token[], from: number, to: number): boolean {
  const n = to - from;
  // ("Abdulaziz bin Salman bin Abdulaziz Al Saud": the particles of an Arabic or Dutch name do not count toward its length.)
  const words = tokens.slice(from, to).filter((t) => !nameParticles.has(t.key)).length;
  if (n < 1 || words > 5 || n > 9) return false;
  const first = tokens[from];
  const last = tokens[to - 1];
  // (A capital letter with a period is an initial, "V. Lakshmi Narayanan", even where "v" is a stop word.)
  const initial = /^\p{Lu}$/u.test(first.text) && first.dotEnd > first.end && n > 1;
  // ("Dr Jun Tanaka": a month abbreviation without its period, before more of the name, is a first name.)
  // ("Chief Christian Sinclair": a word of faith or politics that is also a common given name, before a surname, opens the name.)
  const givenName = n >= 2 && isCommonGivenName(first.key) && tokens.slice(from + 1, to).every((t) => t.cap && !nonNameWords.has(t.key));
  // ("Mr van Heerden", "Dr de Souza": a surname that opens with its particle in lower case.)
  const particleFirst = !first.cap && nameParticles.has(first.key) && n >= 2 && last.cap && tokens[from + 1].join !== 'hyphen';
  if ((!first.cap && !particleFirst) || (nonNameWords.has(first.key) && !givenName) || (stopWords.has(first.key) && !initial && !(monthAbbreviationName(first) && n > 1))) return false;
  if (orgHeads.has(last.key) || placeHeads.has(last.key) || eventHeads.has(last.key) || (isTitleHead(last) && n === 1)) return false;
  // ("The Chief Executive said": one more title word, no list's surname, is more of the title.)
  if (n === 1 && isTitleWord(last) && !last.tags.has('LastName') && !knownNameWord(last.key)) return false;
  // ("Investor Contact:", "Investor Relations": a release's label after a title word names no one.)
  if (n === 1 && /^(?:contact|contacts|relations|inquiries|enquiries)$/.test(last.key)) return false;
  // ("the College of General Practitioners", "Major Donors": a plural common noun after a title word names no one.)
  if (n === 1 && last.tags.has('Plural') && !last.tags.has('LastName') && !last.tags.has('Person') && !knownNameWord(last.key)) return false;
  // ("Chief Electoral Officer": a title head that ends the words, with no given name before it, is more of the title.)
  if (isTitleHead(last) && !isHonorific(last) && !last.tags.has('LastName') && !knownNameWord(last.key) && !tokens.slice(from, to - 1).some((t) => t.tags.has('FirstName') || knownNameWord(t.key))) return false;
  for (let k = from; k < to; k++) {
    const t = tokens[k];
    if (t.cap && orgHeads.has(t.key) && n > 1) return false;
    // ("Justice of India" after "Chief": a lower-case word other than a name particle is no part of a name.)
    if (!t.cap && k > from && !nameParticles.has(t.key) && !arabicArticle.test(t.key) && tokens[k - 1].join !== 'hyphen' && !t.nickname && !irishPrefixedName(tokens, t)) return false;
    if (t.tags.has('Demonym') || demonyms.has(t.key)) return false;
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
/** Titles that are also common given names. */
const GIVEN_NAME_TITLES = new Set(['dean']);

/** Such a title at `h`, written as a name, right before one capitalized word that ends the run: maybe the given name. */
function givenNameTitle(tokens: Token[], h: number, to: number): boolean {
  const t = tokens[h];
  return GIVEN_NAME_TITLES.has(t.key) && /^\p{Lu}\p{Ll}+$/u.test(t.text) && h + 2 === to && t.join === 'space' && !tokens[h + 1].acronym && !isTitleWord(tokens[h + 1]);
}

export function splitTitle(tokens: Token[], from: number, to: number, locked: (k: number) => boolean): TitleSplit | undefined {
  // "Jalan Tun Abdul Razak": a street named for a titled person holds no title to split off.
  if (placeOpeners.has(tokens[from].key) && to - from >= 2) return undefined;
  for (let h = to - 1; h >= from; h--) {
    const t = tokens[h];
    const pair = honorificPairAt(tokens, h, from);
    if (locked(h) || !(isTitleHead(t) || pair)) continue;
    // "forecaster Dean Narelle", "Dean Narelle said": a title that is also a common given name, right before one
    // capitalized word and no more, is the given name ("Dean Maria Ortiz of the law school" keeps the title).
    // ("Coach Dean Smith": after another title too; "Associate Dean Kim": not after a word that only modifies a title.)
    if (givenNameTitle(tokens, h, to) && (h === from || !isTitleWord(tokens[h - 1]) || isTitleHead(tokens[h - 1]))) continue;
    if (pair) {
      // "Tan Sri Muhyiddin Yassin": the name follows the pair, whatever its words are.
      if (h + 1 >= to || !tokens[h + 1].cap || locked(h - 1)) continue;
      // ("Attorney-General Tan Sri Dusuki Mokhtar": an office before the pair is part of the title.)
      let start = h - 1;
      while (start - 1 >= from && !locked(start - 1) && isTitleWord(tokens[start - 1]) && !tokens[start - 1].possessive) start--;
      return { titleFrom: start, titleTo: h + 1, honorific: start === h - 1 };
    }
    // Extend the title forward over "of State", "General" ("Attorney General", "Secretary of State").
    // After "Mr." or "Ms." comes the name, whatever it is ("Mr. Justice").
    let end = h + 1;
    while (end < to && !isHonorific(t)) {
      const n = tokens[end];
      if (locked(end)) break;
      if (isTitleWord(n) && !n.possessive && !(givenNameTitle(tokens, end, to) && isTitleHead(t))) {
        // "Chief Executive Tim Cook", "Attorney General Loretta Lynch": take the word when a name (or more title) follows.
        const rest = end + 1 < to && (looksLikeName(tokens, end + 1, to) || isTitleWord(tokens[end + 1]));
        if (rest || (isTitleHead(n) && end + 1 === to)) {
          end++;
          continue;
        }
        break;
      }
      // "Minister in the Presidency Khumbudzo Ntshavheni", "Minister in the Prime Minister's Department
      // Azalina Othman": the office runs to the name, a first name or else the last two words.
      if (n.key === 'in' && bare(t) === 'minister' && tokens[end + 1]?.key === 'the' && end + 3 < to) {
        let k = end + 3;
        while (k < to - 2 && !(tokens[k].tags.has('FirstName') && looksLikeName(tokens, k, to))) k++;
        if (looksLikeName(tokens, k, to) && tokens.slice(end + 2, k).every((w) => w.cap)) {
          end = k;
          break;
        }
      }
      // ("Minister for Agriculture Joe Delaney", "Commissioner for Human Rights": an office "for" a portfolio.)
      if (n.key === 'of' || (n.key === 'for' && OFFICES_FOR.test(bare(t)))) {
        // "Secretary of State", "Speaker of the House", "Minister of Foreign Affairs"
        let k = end + 1;
        if (k < to && tokens[k].key === 'the') k++;
        const s = k;
        while (k < to && isTitleWord(tokens[k]) && !isTitleHead(tokens[k])) k++;
        // "Chancellor of the Exchequer Rachel Reeves": one other word when a full name follows.
        if (k === s && k + 2 < to && tokens[k].cap && !tokens[k].tags.has('FirstName') && looksLikeName(tokens, k + 1, to)) k++;
        if (k > s) {
          end = k;
          continue;
        }
      }
      break;
    }
    if (end > to) end = to;
    // After "Mr." any capitalized word is the name ("Mr. King", "Ms. Justice").
    const afterHonorific = isHonorific(t) && end < to && end === h + 1 && (tokens[end].cap || looksLikeName(tokens, end, to)) && !stopWords.has(tokens[end].key) && to - end <= 3;
    if (end < to && !afterHonorific && !looksLikeName(tokens, end, to)) continue;
    if (end === to && h === from && to - from === 1) return undefined; // a lone title word
    // A title that ends the run ("Ford CEO said") only when it is an office an organization has.
    if (end === to && !TRAILING_TITLES.has(bare(tokens[end - 1]))) continue;
    // "Amrita Sen, co-founder of …": a short form of a title ("Sen", "Rep", "Gov") that ends the run
    // without its period is a family name, not an office.
    if (end === to && end - 1 === h && /^(?:sen|rep|gov)$/.test(bare(t)) && !(t.dotEnd > t.end)) continue;
    let start = h;
    while (start - 1 >= from && !locked(start - 1) && isTitleWord(tokens[start - 1]) && !tokens[start - 1].possessive) {
      // "Kings County District Attorney": "Kings County" is a place, not part of the title.
      const w = tokens[start - 1];
      if (placeHeads.has(w.key) && start - 2 >= from && tokens[start - 2].cap && !isTitleWord(tokens[start - 2])) break;
      // ("Peel Regional Police Const. Ravi Sandhu": "Regional Police", a body's head after its name's words, is the body.)
      if (w.key === 'police' && start - 2 >= from && tokens[start - 2].cap && /^(?:regional|provincial|metropolitan|federal|national|state|city|county|municipal)$/.test(tokens[start - 2].key)) break;
      start--;
    }
    // "Information Minister Ziad Makary", "Agrarian Reform Minister", "Deputy Petroleum Secretary": common
    // English words right before a minister or a secretary are the portfolio, part of the title, not a body.
    if (start === h && PORTFOLIO_OFFICES.test(bare(t))) {
      while (start - 1 >= from && h - start < 3 && (portfolioWord(tokens[start - 1]) || (start < h && isTitleWord(tokens[start - 1]) && !tokens[start - 1].possessive)) && !locked(start - 1)) start--;
    }
    // "Miss Universe Alicia Machado", "Grammy winner Ana Ruiz": words before a first name belong to
    // the title when they are common English words or a pageant's name after "Miss" or "Mr". Any other
    // word is a name of its own: the family name first in "Deputy Prime Minister Gan Kim Yong", a
    // first name in "Dr. Shakeel Ahmad Khan".
    let nameStart = end;
    const pageant = h === end - 1 && /^(?:miss|mr|mister)$/.test(bare(t));
    // "Miss Universe said", "Miss America will be crowned": a pageant's title alone, its winner unnamed, is no one.
    if (pageant && to === end + 1 && (PAGEANT_NAMES.test(bare(tokens[end])) || knownPlaceWord(tokens[end].key) && !knownNameWord(tokens[end].key))) {
      return { titleFrom: start, titleTo: to, honorific: false };
    }
    if (!tokens[nameStart]?.tags.has('FirstName')) {
      for (let k = end + 1; k < to - 1; k++) {
        if (!pageant && (!inLexicon(tokens[k - 1].key) || knownNameWord(tokens[k - 1].key))) break;
        // Not the first half of a hyphenated surname ("Avital Ben-Haim").
        if (tokens[k].tags.has('FirstName') && !tokens[k - 1].tags.has('FirstName') && !tokens[k - 1].tags.has('LastName') && tokens[k].join !== 'hyphen') {
          nameStart = k;
          break;
        }
      }
    }
    return { titleFrom: start, titleTo: nameStart, honorific: nameStart - start === 1 && isHonorific(t) };
  }
  return undefined;
}

/** What follows "Miss" or "Mr" in a pageant's or a contest's title, besides a place ("Miss Universe", "Mr Olympia"). */
const PAGEANT_NAMES = /^(?:universe|world|earth|international|supranational|grand|teen|olympia|usa|uk)$/;

/** Offices named for a portfolio with "for" that make a name of their own: "Minister for Agriculture", "Commissioner for Human Rights". */
export const PORTFOLIO_OFFICES = /^(?:minister|secretary|commissioner|ombudsman)$/;
/** Those, and offices "for" a body written before a name: "Spokesman for the Ministry Anna Berg", "Special Rapporteur for …". */
const OFFICES_FOR = /^(?:minister|secretary|commissioner|ombudsman|spokesman|spokeswoman|spokesperson|envoy|representative|rapporteur)$/;

/**
 * An office written out in capitals before the comma that opens the name: "The Minister for
 * Agriculture, Joe Delaney," → "Minister for Agriculture"; "the Secretary of State, Marco Rubio,".
 * The words after "of" or "for" are the portfolio (capitalized, with "the" and "and" between).
 */
function officeBeforeComma(tokens: Token[], from: number): { start: number; end: number } | undefined {
  const k = from - 1;
  if (k < 2 || !/^,\s+$/.test(tokens[k].gap) || !tokens[k].cap || tokens[k].possessive) return undefined;
  const paragraph = tokens[from].paragraph;
  for (let j = k - 1; j >= 1 && k - j <= 6; j--) {
    const t = tokens[j];
    if (t.join !== 'space' || t.paragraph !== paragraph || t.possessive) return undefined;
    if (t.key === 'of' || t.key === 'for') {
      const head = tokens[j - 1];
      if (!head.cap || head.join !== 'space' || !isTitleHead(head) || isHonorific(head) || (t.key === 'for' && !OFFICES_FOR.test(bare(head)))) return undefined;
      let start = j - 1;
      // "Deputy Minister for Health", "Foreign Secretary" before "of": title words that open the office.
      while (start - 1 >= 0 && tokens[start - 1].cap && tokens[start - 1].join === 'space' && tokens[start - 1].paragraph === paragraph && isTitleWord(tokens[start - 1]) && !tokens[start - 1].possessive) start--;
      // Only an office that opens its clause: in "a letter to the Speaker of the House, Mike Johnson
      // said" the name is the subject, not the office holder.
      const before = tokens[start - 1]?.key === 'the' ? start - 2 : start - 1;
      if (before >= 0 && tokens[before].paragraph === paragraph && tokens[before].join === 'space') return undefined;
      return { start: tokens[start].start, end: tokens[k].end };
    }
    if (!t.cap && t.key !== 'the' && t.key !== 'and') return undefined;
  }
  return undefined;
}

/**
 * A role written before a name in lower case or mixed case, walking back over title words and
 * entity mentions: "US president Donald Trump" → "US president", "former Ford chief executive".
 * `mentionAt(k)` tells whether token k is inside an entity mention (an organization or place).
 */
export function roleBefore(tokens: Token[], from: number, mentionAt: (k: number) => boolean): { start: number; end: number } | undefined {
  const office = officeBeforeComma(tokens, from);
  if (office) return office;
  let k = from - 1;
  let sawHead = false;
  let first = -1;
  // "His lawyer, Eric Tan,": a title right before the comma that opens the name.
  const comma = k >= 0 && /^,\s+$/.test(tokens[k].gap) && !tokens[k].cap && isTitleHead(tokens[k]);
  // (Not over a line break: "Ingrid Solheim -- Chief Executive Officer⏎Marco Velásquez -- …" lists one person a line.)
  while (k >= 0 && tokens[k].paragraph === tokens[from].paragraph && !tokens[k].gap.includes('\n') && (tokens[k].join === 'space' || tokens[k].join === 'hyphen' || tokens[k].possessive || (comma && k === from - 1))) {
    const t = tokens[k];
    if (t.possessive && !mentionAt(k)) break;
    // "European Union antitrust chief": a lower-case noun inside the title.
    const adjective = !t.cap && first >= 0 && (t.tags.has('Adjective') || (t.tags.has('Noun') && !t.tags.has('Pronoun') && !t.tags.has('Determiner') && !t.tags.has('Possessive')));
    if (isTitleWord(t) || mentionAt(k) || t.tags.has('Demonym') || demonyms.has(t.key) || nonNameWords.has(t.key) || adjective || (t.key === 'of' && first >= 0) || t.key === 'elect') {
      if (isTitleHead(t) && !isHonorific(t)) sawHead = true;
      first = k;
      k--;
      continue;
    }
    break;
  }
  if (!sawHead || first < 0) return undefined;
  // Do not start on "of" or a determiner-like word; a lower-case noun right before a title word says what the office
  // is over ("football manager Danny Daly", "finance director").
  const subject = (t: Token) => t.tags.has('Noun') && !t.tags.has('Plural') && !t.tags.has('Pronoun') && !t.tags.has('Determiner') && !t.tags.has('Possessive') && !t.tags.has('Verb') &&
    !nonNameWords.has(t.key) && t.join === 'space' && isTitleWord(tokens[t.i + 1]);
  while (first < from && (tokens[first].key === 'of' || (!tokens[first].cap && !isTitleWord(tokens[first]) && !subject(tokens[first])))) first++;
  if (first >= from) return undefined;
  const last = tokens[from - 1];
  return { start: tokens[first].start, end: comma ? last.end : last.dotEnd };
}

/**
 * An appositive role after a name: "Jane Doe, a spokeswoman for Acme," → "spokeswoman for Acme";
 * "Jim Farley, Ford's chief executive," → "Ford's chief executive".
 */
export function roleAfter(tokens: Token[], to: number, text: string): { start: number; end: number } | undefined {
  const last = tokens[to - 1];
  // ("Ingrid Solheim -- Chief Executive Officer" as a transcript lists its participants: a dash, and the title ends the line.)
  const dashed = !!last && /^[ \t]+(?:--|—|–)[ \t]+$/.test(last.gap);
  if (!last || !/^,\s+$/.test(last.gap) && !dashed) return undefined;
  let k = to;
  if (k >= tokens.length || tokens[k].paragraph !== last.paragraph) return undefined;
  const opener = tokens[k];
  const skipOpener = appositiveOpeners.has(opener.key) && opener.key !== 'former' && opener.key !== 'then';
  if (!appositiveOpeners.has(opener.key) && !(opener.cap && opener.possessive) && !isTitleWord(opener)) return undefined;
  const startTok = skipOpener ? k + 1 : k;
  // "Mr Tomasz Wielgus, Dr Hannah Okonjo, …": an honorific after the comma opens the next person, not a role.
  if (startTok < tokens.length && isHonorific(tokens[startTok])) return undefined;
  let sawHead = false;
  let end = -1;
  let closed = false;
  for (k = startTok; k < tokens.length && k < startTok + 16; k++) {
    const t = tokens[k];
    if (t.paragraph !== last.paragraph) { closed = true; break; }
    if ((t.tags.has('Verb') && !t.cap) || /^(?:who|whose|which|that|and|but|when|where)$/.test(t.key)) return undefined;
    if (isTitleHead(t)) sawHead = true;
    end = k;
    if (dashed && (t.gap.includes('\n') || k + 1 >= tokens.length)) {
      closed = true;
      break;
    }
    if (t.join === 'none' && !t.possessive) {
      // "president of the Manufacturers Association of Nigeria (MAN),": the initials in brackets close it too.
      const initials = /^\s*\($/.test(t.gap) && tokens[k + 1]?.acronym && /^\)[,.;:—–]/.test(tokens[k + 1].gap);
      closed = /^[,.;:)—–]/.test(t.gap) || t.gap === '' || k + 1 >= tokens.length || !!initials;
      break;
    }
  }
  if (k >= tokens.length) closed = true;
  if (!sawHead || end < startTok || !closed) return undefined;
  const endTok = tokens[end];
  if (startTok > end) return undefined;
  const span = { start: tokens[startTok].start, end: endTok.possessive ? endTok.end + 2 : endTok.end };
  if (text.slice(span.start, span.end).length > 80) return undefined;
  return span;
}


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

