import type { Token } from './tokens';

/** "Securities and Exchange Commission (SEC)": the long form's token range and the acronym's token index. */
export interface AcronymDefinition {
  longFrom: number;
  longTo: number;
  acronym: number;
  /** The letters come from the long form's words; otherwise a short name the text gives in brackets ("Social Democrats (SPD)", "National Water Commission (Conagua)"). */
  fits: boolean;
}

const FUNCTION_WORDS = new Set(['of', 'and', 'the', 'for', '&', 'de', 'on', 'in', 'to']);

function isSubsequence(needle: string, hay: string): boolean {
  let j = 0;
  for (let i = 0; i < hay.length && j < needle.length; i++) if (hay[i] === needle[j]) j++;
  return j === needle.length;
}

/** Do the letters of `acronym` come from the words of the long form? */
export function acronymFits(acronym: string, words: string[]): boolean {
  const letters = acronym.replace(/[^\p{Lu}]/gu, '');
  if (letters.length < 2 || words.length < 2) return false;
  const content = words.filter((w) => !FUNCTION_WORDS.has(w.toLowerCase()));
  const initials = content.map((w) => w[0].toUpperCase()).join('');
  const all = words.map((w) => w[0].toUpperCase()).join('');
  if (letters === initials || letters === all) return true;
  if (letters[0] !== initials[0]) return false;
  // "NHTSA", "NASA": letters drawn from inside words, in order, starting with the first word.
  return isSubsequence(letters, content.map((w) => w.toUpperCase()).join('')) && letters.length >= Math.min(2, content.length);
}

/**
 * Acronym definitions: a capitalized name directly followed by an acronym in parentheses. `longEndsAt`
 * gives, for a token index, the start of a candidate long form ending there (or -1).
 */
export function findAcronymDefinitions(tokens: Token[], longStartEndingAt: (end: number) => number): AcronymDefinition[] {
  const out: AcronymDefinition[] = [];
  for (let i = 1; i < tokens.length; i++) {
    const a = tokens[i];
    // An acronym, or one capitalized word ("Conagua", "Pemex") alone in the brackets.
    if (!a.acronym && !(a.cap && /^\p{Lu}[\p{L}-]{2,}$/u.test(a.text))) continue;
    const prev = tokens[i - 1];
    if (prev.paragraph !== a.paragraph || !/^\s*\($/.test(prev.gap) || !/^\)/.test(a.gap || ')')) continue;
    const longFrom = longStartEndingAt(i - 1);
    if (longFrom < 0) continue;
    const words = tokens.slice(longFrom, i).map((t) => t.text);
    out.push({ longFrom, longTo: i, acronym: i, fits: a.acronym && acronymFits(a.text, words) });
  }
  return out;
}

/**
 * Acronyms defined by lower-case words ("respiratory syncytial virus (RSV)", "exchange-traded fund
 * (ETF)"): terms, not names, wherever they occur. Returns their keys.
 */
export function findTermAcronyms(tokens: Token[]): Set<string> {
  const out = new Set<string>();
  for (let i = 1; i < tokens.length; i++) {
    const a = tokens[i];
    if (!a.acronym) continue;
    const prev = tokens[i - 1];
    if (prev.paragraph !== a.paragraph || !/^\s*\($/.test(prev.gap) || !/^\)/.test(a.gap || ')') || prev.cap) continue;
    const letters = a.text.replace(/[^\p{Lu}]/gu, '').length;
    // The fewest lower-case words before the parenthesis whose initials give the acronym.
    for (let from = i - 2; from >= 0 && from >= i - 1 - letters - 2; from--) {
      const t = tokens[from];
      if (t.cap || t.paragraph !== a.paragraph) break;
      if (acronymFits(a.text, tokens.slice(from, i).map((w) => w.text))) {
        out.add(a.key);
        break;
      }
    }
  }
  return out;
}

/**
 * Do the capitals of `acronym` spell the initials of the long form exactly ("FDIC" of "Federal
 * Deposit Insurance Corp.", "OPW" of "Office of Public Works")? Stricter than `acronymFits`, for an
 * acronym the text never defines.
 */
export function initialsMatch(acronym: string, words: string[]): boolean {
  const letters = acronym.replace(/[^\p{Lu}]/gu, '');
  if (letters.length < 2 || words.length < 2 || letters.length !== acronym.replace(/[^\p{L}]/gu, '').length) return false;
  const content = words.filter((w) => !FUNCTION_WORDS.has(w.toLowerCase()));
  const initials = content.map((w) => w[0].toUpperCase()).join('');
  return letters === initials || letters === words.map((w) => w[0].toUpperCase()).join('');
}

/** Lower-case words inside a long form: connectors, and particles between hyphens ("Majlis-e-Ittehadul"). */
const INNER_WORDS = new Set(['of', 'and', 'the', 'for', '&', 'de', 'e', 'on', 'in', 'al', 'el', 'ul']);

/**
 * "Integrated Bar of the Philippines (IBP)", "Centre for the Study of Developing Societies (CSDS)",
 * "All Progressives Congress (APC)": the initials in brackets spell, exactly, the capitalized words of a
 * longer stretch than the name found before them (cut at a listed place, a connector or a stop word).
 * Returns that stretch's start for the brackets' acronym at `i`, or -1. `foundFrom` is where the name
 * found before the brackets starts.
 */
export function longFormByInitials(tokens: Token[], i: number, foundFrom: number): number {
  const a = tokens[i];
  const prev = tokens[i - 1];
  // "Invest Hong Kong (InvestHK)": a word of the long form, whole, then the initials of the rest.
  const camel = /^(\p{Lu}\p{Ll}+)(\p{Lu}{2,})$/u.exec(a.text);
  if (!(a.acronym || camel) || !prev || prev.paragraph !== a.paragraph || !/^\s*\($/.test(prev.gap) || !/^\)/.test(a.gap || ')')) return -1;
  const letters = a.text.replace(/[^\p{Lu}]/gu, '');
  if (letters.length < 3 || !camel && letters.length !== a.text.replace(/[^\p{L}]/gu, '').length) return -1;
  let initials = '';
  for (let s = i - 1; s >= 0 && i - s <= 12; s--) {
    const t = tokens[s];
    if (t.paragraph !== a.paragraph || (s < i - 1 && t.join !== 'space' && t.join !== 'hyphen') || t.possessive) break;
    if (!t.cap) {
      if (!INNER_WORDS.has(t.key)) break;
      continue;
    }
    initials = t.text[0].toUpperCase() + initials;
    if (initials.length > letters.length || !letters.endsWith(initials)) break;
    // ("The" opens the sentence, not the name.)
    if (initials === letters) return s < foundFrom && t.key !== 'the' && (!camel || t.text === camel[1]) ? s : -1;
  }
  return camel ? -1 : looseLongForm(tokens, i, foundFrom, letters);
}

/**
 * "Kenya Medical Practitioners, Pharmacists and Dentists Union (KMPDU)", "Indian Sugar and Bio-Energy Manufacturers
 * Association (ISMA)": initials that leave out one or two words of the long form (a name that grew, a list of members
 * written with commas and "and"), still spelled in order from its first word to its head. Returns the start or -1.
 */
function looseLongForm(tokens: Token[], i: number, foundFrom: number, letters: string): number {
  const a = tokens[i];
  let need = letters.length - 1;
  let skipped = 0;
  let listed = false;
  for (let s = i - 1; s >= 0 && i - s <= 14; s--) {
    const t = tokens[s];
    // (A comma between capitalized words only inside a list closed by "and": "Practitioners, Pharmacists and Dentists".)
    const comma = s < i - 1 && t.join === 'none' && /^,\s+$/.test(t.gap) && listed;
    if (t.paragraph !== a.paragraph || (s < i - 1 && t.join !== 'space' && t.join !== 'hyphen' && !comma) || t.possessive) return -1;
    if (!t.cap) {
      if (!INNER_WORDS.has(t.key)) return -1;
      if (t.key === 'and') listed = true;
      continue;
    }
    if (t.acronym) return -1;
    if (t.text[0].toUpperCase() === letters[need]) need--;
    // (The head, right before the brackets, is always spelled.)
    else if (s === i - 1 || ++skipped > 2) return -1;
    if (need < 0) return s < foundFrom && t.key !== 'the' && skipped > 0 ? s : -1;
  }
  return -1;
}

