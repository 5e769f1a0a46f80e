/**
 * Source noun phrases: the subject before a reporting verb, the source after an inverted verb
 * or after "according to" / "citing". Boundaries come from compromise's tags and the
 * punctuation around the words, not from fixed windows.
 */
import { CLAUSE_OPENERS, DOCUMENT_HEADS, NP_PREPOSITIONS, REDUCED_RELATIVES, ROLE_HEADS, STATEMENT_PHRASES, SUBJECT_PRONOUNS } from '../model/cues';
import { arabicArticle, nameParticles } from '../entities/lexicon';
import { adverbParticiple, breakAfter, commaAfter, has, isCapitalized, isTimeWord, quoteOpenBefore, type Tok } from './tokens';
import { FEMALE_GIVEN_NAMES, isCommonGivenName, MALE_GIVEN_NAMES } from '../model/people';
import { TITLE_HEADS } from '../model/lexicon';

const TITLE_WORDS = new Set(TITLE_HEADS);
import { ORG_WORDS, PERSON_ROLES, roleHead } from './strength';

/** Token range [s, e] inclusive. */
export interface TokRange {
  s: number;
  e: number;
}

/** A source phrase: the whole noun phrase (with appositive) and its core (the name). */
export interface SourcePhrase {
  whole: TokRange;
  core: TokRange;
  /** The relative pronoun that stands for the phrase as the verb's subject ("Cruz, who said"). */
  relative?: TokRange;
  /** First token a reader is shown when the phrase opens with the noun a relative clause describes ("a claim the ANC rejected"). */
  shown?: number;
}

const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'another', 'two', 'three', 'four',
  'five', 'six', 'seven', 'eight', 'nine', 'ten', 'several', 'some', 'many', 'most', 'few', 'one', 'other', 'others',
  'his', 'her', 'its', 'their', 'our', 'my', 'your', 'both', 'all', 'each', 'every', 'no', 'more', 'dozens', 'hundreds',
  'thousands', 'no.']);

const NON_NP_WORDS = new Set([
  'is', 'are', 'was', 'were', 'be', 'been', 'has', 'have', 'had', 'will', 'would', 'could', 'should', 'may', 'might',
  'must', 'can', 'did', 'does', 'do', 'not', "n't", 'to', 'by', 'as', 'than', 'like', 'about', 'into', 'over', 'under',
  'against', 'without', 'within', 'through', 'between', 'among', 'during', 'after', 'before', 'because', 'while',
  'when', 'if', 'that', 'which', 'who', 'whom', 'whose', 'what', 'where', 'why', 'how', 'but', 'or', 'so', 'yet',
  'also', 'however', 'meanwhile', 'there', 'here', 'then', 'now', 'just', 'only', 'even', 'still', 'already',
  'said', 'says', 'say', 'told', 'reportedly', 'allegedly', 'very', 'too', 'again', 'once',
]);

const ACRONYM = /^[A-Z][A-Z0-9&.-]+$/;

/** A capitalized word tagged as part of a person's name. */
function isNameWord(t: Tok): boolean {
  return isCapitalized(t) && t.tags.has('Person') && t.tags.has('ProperNoun') && !t.tags.has('Pronoun')
    // ("do" of "Mato Grosso do Sul": a small word inside a place's name, retagged when names were marked.)
    || !isCapitalized(t) && t.tags.has('Place') && t.tags.has('ProperNoun') && !t.tags.has('Verb');
}

/** Words that may close a source noun phrase (its head). */
export function isHeadLike(t: Tok | undefined): boolean {
  if (!t || t.inQuote) return false;
  if (ACRONYM.test(t.text) && t.text.length >= 2) return true;
  if (isNameWord(t)) return true; // "Theresa May", "Will Hurd": a name, whatever the word's other uses
  if (NON_NP_WORDS.has(t.word) && !SUBJECT_PRONOUNS.has(t.word)) return false;
  if (SUBJECT_PRONOUNS.has(t.word)) return true;
  if (t.tags.has('Pronoun')) return false;
  if (t.tags.has('Noun') || t.tags.has('ProperNoun') || t.tags.has('Acronym') || t.tags.has('Value')) {
    if (t.tags.has('Verb') && !t.tags.has('Noun')) return false;
    return true;
  }
  if (t.tags.has('Possessive')) return true;
  return isCapitalized(t) && !t.tags.has('Verb') && !t.tags.has('Preposition') && !t.tags.has('Conjunction');
}

/** A word compromise read as a verb that a determiner or number makes a noun ("one slide says"). */
function nounByPosition(toks: Tok[], i: number): boolean {
  const t = toks[i];
  const prev = toks[i - 1];
  // "…, judges said.": a plural compromise read as a present verb, alone between a comma and a speech verb.
  if (t && !t.inQuote && t.tags.has('Verb') && t.tags.has('PresentTense') && /[^s']s$/.test(t.word) && !breakAfter(t) && (!prev || commaAfter(prev))
    && /^(?:said|say|told|added|wrote|reported|noted|warned|argued|claimed|insisted|stated|estimated|believe|fear|confirmed)$/.test(toks[i + 1]?.word ?? '')) return true;
  if (!t || !prev || t.inQuote || prev.inQuote || hardBreakBetween(toks, i - 1)) return false;
  // "a board member of the nonprofit, Vernon Ashby,": an adjective right after an article, with nothing after it
  // in its phrase, is the noun it names.
  if (t.tags.has('Adjective') && !t.tags.has('Verb') && /^(?:the|a|an)$/.test(prev.word) && commaAfter(t)) return true;
  if (!t.tags.has('Verb') || NON_NP_WORDS.has(t.word) || t.tags.has('Preposition') || t.tags.has('Adverb') || t.tags.has('Conjunction')) return false;
  if (t.tags.has('PastTense') || t.tags.has('Gerund') || t.tags.has('Auxiliary') || t.tags.has('Copula') || t.tags.has('Modal')) return false;
  return DETERMINERS.has(prev.word) || prev.tags.has('Determiner') || prev.tags.has('Value') || prev.tags.has('Possessive') || ACRONYM.test(prev.text)
    || (prev.tags.has('Noun') || prev.tags.has('ProperNoun')) && !prev.tags.has('Pronoun')
    || prev.tags.has('Adjective') && !prev.tags.has('Verb');
}

/** Words that may sit inside a noun phrase before its head. */
function isNpInner(t: Tok): boolean {
  if (t.inQuote) return false;
  if (ACRONYM.test(t.text) && t.text.length >= 2 && t.text !== 'I') return true;
  if (isNameWord(t)) return true;
  if (NON_NP_WORDS.has(t.word)) return false;
  if (DETERMINERS.has(t.word)) return true;
  if (t.tags.has('Determiner') || t.tags.has('Adjective') || t.tags.has('Noun') || t.tags.has('ProperNoun')) {
    if (t.tags.has('Pronoun') && !t.tags.has('Possessive')) return false;
    return !(t.tags.has('Verb') && !t.tags.has('Noun') && !t.tags.has('Adjective'));
  }
  if (t.tags.has('Value') || t.tags.has('Possessive') || t.tags.has('Acronym') || t.tags.has('Honorific')) return true;
  if (t.tags.has('Comparable') || t.tags.has('Superlative')) return true;
  return isCapitalized(t) && !t.tags.has('Verb') && !t.tags.has('Preposition') && !t.tags.has('Conjunction');
}

/** Punctuation between tok i and i+1 that is not inside a name ("Sen. Jones", "(D-N.Y.)", "Smith-Jones"). */
function hardBreakBetween(toks: Tok[], i: number): boolean {
  const a = toks[i];
  const b = toks[i + 1];
  if (!a || !b) return true;
  const gap = a.post;
  if (/^\s*$/.test(gap)) return false;
  if (/^\s*\(\s*$/.test(gap)) return !/\)/.test(b.post); // "Rep. Jones (D-N.Y.)", not "(a view …)"
  if (/^\s*\([^()]*\)\s*$/.test(gap)) return false; // a party label folded into the gap: "Mr Singh (BJP) said"
  if (/^\s*\)\s*$/.test(gap)) return !/\(/.test(a.pre);
  if (/^[.]\s*$/.test(gap) && (a.tags.has('Abbreviation') || a.tags.has('Honorific') || /^[A-Z]$/.test(a.text))) return false;
  // A period the sentence splitter did not end the sentence at, after a short capitalized word
  // and before a name, closes an abbreviation ("Del. Stacey Plaskett", "Gen. Hale").
  if (/^[.]\s*$/.test(gap) && /^[A-Z][a-z]{1,3}$/.test(a.text) && isCapitalized(b) && !b.inQuote) return false;
  if (/^\.?\)\s*$/.test(gap)) return false;
  if (/^[-–]$/.test(gap)) return false;
  if (/^['’]s?\s*$/.test(gap)) return false;
  return true;
}

const PARTICIPLE_LINKS = new Set(['familiar', 'close', 'briefed', 'involved', 'knowledgeable', 'aware', 'based']);

/** Words before a number that leave it a noun phrase: "about", "nearly", "more than", "at least" (the two-word ones take group 1). */
const NUMBER_MODIFIERS = /(?:^|\s)(?:(more than|fewer than|less than|at least|up to)|about|around|nearly|almost|roughly|approximately|some|over|under|just)$/;

/** Prepositions of a place phrase that may be joined to another by "and" ("in Virginia and around the country"). */
const PLACE_PREPOSITIONS = /^(?:in|across|around|throughout)$/;

/**
 * The core noun phrase ending at `end` (its head), scanning left while words fit a noun
 * phrase. Returns the start index, or -1 when `end` cannot head a noun phrase.
 */
export function scanBackCore(toks: Tok[], end: number): number {
  const objectPronoun = /^(?:him|her|them|it|us|me)$/.test(toks[end]?.word ?? '') && end > 0 && NP_PREPOSITIONS.has(toks[end - 1].word)
    && !toks[end].inQuote; // "people close to him"
  // ("A third, who requested anonymity, said": one more of the people just counted.)
  if (end > 0 && /^(?:second|third|fourth|fifth|sixth)$/.test(toks[end].word) && /^(?:a|one|the)$/.test(toks[end - 1].word) && !hardBreakBetween(toks, end - 1)) return end - 1;
  if (!objectPronoun && !isHeadLike(toks[end]) && !nounByPosition(toks, end)) return -1;
  if (SUBJECT_PRONOUNS.has(toks[end].word) && !ACRONYM.test(toks[end].text)) return end;
  // A possessive owner is a whole phrase of its own: "Donald Trump" of "a fact-check on Donald Trump's claim".
  const possessive = /['’]s?$/.test(toks[end].text) || /^['’]/.test(toks[end].post);
  let s = end;
  let nounAnd = -1;
  for (let j = end - 1; j >= 0; j--) {
    if (hardBreakBetween(toks, j)) break;
    const t = toks[j];
    if (t.inQuote) break;
    if (isNpInner(t)) {
      s = j;
      if (missedSentenceStart(toks, j)) break;
      continue;
    }
    // ("The Independent Commission Against Corruption", "Mothers Against Drunk Driving": a capitalized preposition between
    // capitalized words is inside a name.)
    if (j > 0 && t.i > 0 && /^(?:against|without|beyond|versus)$/.test(t.word) && isCapitalized(t) && isCapitalized(toks[j - 1]) && isCapitalized(toks[j + 1])
      && !hardBreakBetween(toks, j - 1)) {
      s = j;
      continue;
    }
    // ("Minister of State Seán Kyne's promise", "the Bank of England's forecast": an "of" between capitalized words is
    // inside a title or a name, which a possessive owner takes whole.)
    if (possessive && j > 0 && t.word === 'of' && !isCapitalized(t) && (isCapitalized(toks[j + 1]) || toks[j + 1].word === 'the' && !!toks[j + 2] && isCapitalized(toks[j + 2])) && isCapitalized(toks[j - 1]) && (toks[j - 1].i > 0 || toks[j - 1].tags.has('ProperNoun') || TITLE_WORDS.has(toks[j - 1].word))
      && !hardBreakBetween(toks, j - 1) && !toks[j - 1].inQuote) {
      s = j;
      continue;
    }
    // "About 40 people", "more than 200 residents", "at least a dozen officials": a number's modifier.
    const approx = NUMBER_MODIFIERS.exec(toks.slice(Math.max(0, j - 1), j + 1).map((x) => x.word).join(' '));
    if (approx && toks[j + 1]?.tags.has('Value') && s === j + 1) {
      s = approx[1] ? j - 1 : j;
      j = s;
      continue;
    }
    // "officials at the agency", "people familiar with the matter", "Smith and Jones", "Developers and supporters"
    if ((NP_PREPOSITIONS.has(t.word) && !possessive || t.word === 'and' || t.word === '&') && j > 0 && !hardBreakBetween(toks, j - 1)) {
      const before = toks[j - 1];
      const after = toks[j + 1];
      // "the average of polls": a noun compromise read as an adjective, right after a determiner, before "of".
      const adjHead = t.word === 'of' && before.tags.has('Adjective') && j >= 2 && DETERMINERS.has(toks[j - 2].word) && !hardBreakBetween(toks, j - 2);
      const joinedPlace = PLACE_PREPOSITIONS.test(t.word) && /^(?:and|or)$/.test(before.word) && j >= 2 && isHeadLike(toks[j - 2]);
      const prepOk = NP_PREPOSITIONS.has(t.word) && (isHeadLike(before) || PARTICIPLE_LINKS.has(before.word) || adjHead || joinedPlace) && !isTimeWord(after);
      const and = t.word === 'and' || t.word === '&' || t.word === 'or';
      // "state and local leaders": a noun adjunct compromise read as a verb before "and" and a modifier.
      const verbAdjunct = before.tags.has('Verb') && before.tags.has('Infinitive') && !before.tags.has('Auxiliary') && after.tags.has('Adjective')
        && !after.tags.has('Verb') && !!toks[j + 2] && isNounHead(toks[j + 2]) && (j < 2 || hardBreakBetween(toks, j - 2) || CLAUSE_OPENERS.has(toks[j - 2].word));
      // "observers in Virginia and around the country": two joined place phrases.
      const andOk = and && (isCapitalized(before) && isCapitalized(after) || verbAdjunct || isHeadLike(before) && PLACE_PREPOSITIONS.test(after.word)
        || before.tags.has('Adjective') && !before.tags.has('Noun') && (after.tags.has('Adjective') || after.tags.has('Verb') || after.tags.has('Noun')));
      const adjunct = after.tags.has('Verb') && !after.tags.has('PastTense') && !after.tags.has('Gerund') && !after.tags.has('Auxiliary')
        && !!toks[j + 2] && isNounHead(toks[j + 2]) && !hardBreakBetween(toks, j + 1); // "mayor and state senator"
      const nounPair = and && !andOk && isNounHead(before) && (isNpInner(after) || isHeadLike(after) || adjunct) && !SUBJECT_PRONOUNS.has(after.word);
      // "Economists from across the spectrum", "lawyers from around the country": "from" before a place preposition.
      const fromPlace = PLACE_PREPOSITIONS.test(t.word) && before.word === 'from' && j >= 2 && isHeadLike(toks[j - 2]) && !hardBreakBetween(toks, j - 2);
      if (prepOk || andOk || nounPair || fromPlace) {
        if (nounPair) nounAnd = j;
        if (fromPlace) j--;
        s = j;
        if (verbAdjunct) s = --j;
        continue;
      }
    }
    if (PARTICIPLE_LINKS.has(t.word) && j > 0 && /^(?:people|persons?|sources?|officials?|individuals?|those|someone|insiders?)$/.test(toks[j - 1].word)) {
      s = j;
      continue;
    }
    // "the Clinton campaign says", "top black lawmakers": nouns compromise read as verbs.
    if (t.tags.has('Verb') && !t.tags.has('PastTense') && !t.tags.has('Gerund') && !t.tags.has('Auxiliary') && !t.tags.has('Copula')
      && !t.tags.has('Modal') && !t.tags.has('Adverb') && !NON_NP_WORDS.has(t.word) && !(t.tags.has('PresentTense') && /s$/.test(t.word) && !t.tags.has('Infinitive'))
      && !isCapitalized(toks[j + 1]) && (toks[j + 1].tags.has('Noun') || toks[j + 1].tags.has('Adjective'))
      && (j === 0 || hardBreakBetween(toks, j - 1) || toks[j - 1].inQuote || isNpInner(toks[j - 1]) || CLAUSE_OPENERS.has(toks[j - 1].word))) {
      s = j;
      continue;
    }
    // "Tulsa police Chief Chuck Jordan", "Civil rights activists": a noun compromise read as a
    // verb between a capitalized modifier and the noun it modifies.
    if (t.tags.has('Verb') && !t.tags.has('PastTense') && !t.tags.has('Gerund') && !t.tags.has('Auxiliary') && !t.tags.has('Copula')
      && !t.tags.has('Modal') && !NON_NP_WORDS.has(t.word) && j > 0 && !hardBreakBetween(toks, j - 1) && isCapitalized(toks[j - 1])
      && !toks[j - 1].tags.has('Person') && isNpInner(toks[j - 1]) && isNounHead(toks[j + 1])) {
      s = j;
      continue;
    }
    // "elected officials", "retired generals": a participle used as an adjective.
    // ("newly filed reports", "previously unpublished figures": with the adverb that grades it.)
    const graded = j > 0 && s === j + 1 && adverbParticiple(toks, j - 1);
    const o = graded ? j - 1 : j;
    if (t.tags.has('PastTense') && /ed$/.test(t.word) && toks[j + 1].tags.has('Noun') && !toks[j + 1].tags.has('Pronoun')
      && (o === 0 || hardBreakBetween(toks, o - 1) || toks[o - 1].inQuote || DETERMINERS.has(toks[o - 1].word) || toks[o - 1].tags.has('Determiner')
        || CLAUSE_OPENERS.has(toks[o - 1].word) || graded && NP_PREPOSITIONS.has(toks[o - 1].word))
      && (graded || !REDUCED_RELATIVES.has(t.word) || o === 0 || DETERMINERS.has(toks[o - 1].word))) {
      s = o;
      j = o;
      continue;
    }
    // "Retired Lt. Gen. …", "Acting Director …", "House Speaker …": a capitalized word read as a
    // verb opening a title.
    if (isCapitalized(t) && t.tags.has('Verb') && !t.tags.has('Modal') && !t.tags.has('Auxiliary') && !t.tags.has('Copula') && !NON_NP_WORDS.has(t.word)
      && isCapitalized(toks[j + 1]) && (j === 0 || hardBreakBetween(toks, j - 1) || toks[j - 1].inQuote)) {
      s = j;
      continue;
    }
    // "federal and state officials": a noun adjunct compromise read as a verb.
    if (t.tags.has('Verb') && !t.tags.has('PastTense') && !t.tags.has('Gerund') && !t.tags.has('Auxiliary') && !t.tags.has('Copula')
      && j > 0 && /^(?:and|or)$/.test(toks[j - 1].word) && toks[j + 1].tags.has('Noun')) {
      s = j;
      continue;
    }
    // "Two shipping line executives", "mining company officials": an -ing noun adjunct that opens the
    // phrase (after a determiner, a number or nothing), not a verb with an object of its own.
    if (t.tags.has('Gerund') && /ing$/.test(t.word) && !/^(?:including|excluding|according|regarding|concerning|following|during|pending|notwithstanding)$/.test(t.word)
      && s === j + 1 && isNounHead(toks[j + 1])
      && (j === 0 || !hardBreakBetween(toks, j - 1) && (DETERMINERS.has(toks[j - 1].word) || toks[j - 1].tags.has('Value') || toks[j - 1].tags.has('Possessive')))) {
      s = j;
      continue;
    }
    break;
  }
  // "The company cut 200 jobs and workers said": a first conjunct with a verb in it, or with a
  // second noun phrase opening right after a noun, is a clause.
  if (nounAnd > s && toks.slice(s, nounAnd).some((t, k) => t.tags.has('Verb') && !PARTICIPLE_LINKS.has(t.word)
    || k > 0 && (DETERMINERS.has(t.word) || t.tags.has('Value')) && isNounHead(toks[s + k - 1]) && !toks[s + k - 1].tags.has('Value'))) s = nounAnd + 1;
  // A preposition, conjunction or sentence adverb cannot open the phrase.
  while (s < end && (NP_PREPOSITIONS.has(toks[s].word) || toks[s].word === 'and' || PARTICIPLE_LINKS.has(toks[s].word)
    || /^(?:perhaps|maybe|both|even|only|also|now|everything|say)$/.test(toks[s].word) && s + 1 <= end)) s++;
  return s;
}

/** The noun phrase that a participle phrase ending at `s` ("… involved in the process") hangs on, when it opens the clause. */
function participleHead(toks: Tok[], s: number): TokRange | null {
  let p = s - 1;
  if (p >= 1 && NP_PREPOSITIONS.has(toks[p].word) && !toks[p].inQuote) p--;
  const v = toks[p];
  if (!v || p < 1 || v.inQuote || hardBreakBetween(toks, p - 1) || !(REDUCED_RELATIVES.has(v.word) || /^(?:involved|familiar|close|briefed|based)$/.test(v.word))) return null;
  const head = scanBackCore(toks, p - 1);
  return head >= 0 && opensClause(toks, head) && isNounHead(toks[p - 1]) ? { s: head, e: p - 1 } : null;
}

/** Tokens s..e are a person's name: capitalized words, one of them tagged as a name. */
function isNameRun(toks: Tok[], s: number, e: number): boolean {
  if (e - s > 5) return false;
  // Lower-case particles inside the name ("Nabil al-Khatib", "Fatima bint Ali Haddad") are part of it.
  const particle = (k: number) => k > s && k < e && (nameParticles.has(toks[k].word) || arabicArticle.test(toks[k].word));
  for (let k = s; k <= e; k++) if (!isCapitalized(toks[k]) && !particle(k) || k > s && hardBreakBetween(toks, k - 1)) return false;
  // (A common given name before a surname makes a name even when the surname is also a place or a
  // common noun: "Linda Marsh", "Tom Bristol".)
  return toks.slice(s, e + 1).some((t) => t.tags.has('Person') || t.tags.has('FirstName') || t.tags.has('LastName'))
    || e > s && isCommonGivenName(toks[s].word);
}

/**
 * "Uinsinn Finn", "Pádraig Ó Móráin": two to four capitalized words no list knows as a person's, a body's or a place's,
 * and no body's kind ("Finance Committee"), which after a person's role in commas name its holder.
 */
function unknownName(toks: Tok[], s: number, e: number): boolean {
  if (e - s < 1 || e - s > 3) return false;
  return toks.slice(s, e + 1).every((x) => isCapitalized(x) && !x.inQuote && !/\d/.test(x.text) && !/^[A-Z]{2,}$/.test(x.text)
    && !x.tags.has('Organization') && !x.tags.has('Place') && !x.tags.has('Date') && !DESCRIPTOR_END.test(x.word) && !DETERMINERS.has(x.word))
    && !toks.slice(s, e).some((x) => hardBreakBetween(toks, x.i));
}

/**
 * The first token of a bracketed label that closes `[from, last]` ("(D-Newport News)" after "Marcia
 * Price"), or -1 when the stretch does not end in one.
 */
function labelStart(toks: Tok[], from: number, last: number): number {
  if (!/\)/.test(toks[last].post)) return -1;
  let p = last;
  while (p > from && !/\(/.test(toks[p].pre) && !/\(/.test(toks[p - 1].post)) p--;
  return p > from ? p : -1;
}

/** A noun (not a pronoun, not a verb) that can end the first conjunct of "X and Y". */
function isNounHead(t: Tok): boolean {
  if (t.inQuote || NON_NP_WORDS.has(t.word) || t.tags.has('Pronoun') && !t.tags.has('Possessive')) return false;
  if (ACRONYM.test(t.text) && t.text.length >= 2) return true;
  return (t.tags.has('Noun') || t.tags.has('ProperNoun')) && !(t.tags.has('Verb') && !t.tags.has('Noun'));
}

/**
 * A capitalized article right after a lower-case noun in the same sentence: a sentence the
 * splitter did not see ("… of the regional centers The S.E.C. said …").
 */
function missedSentenceStart(toks: Tok[], j: number): boolean {
  const prev = toks[j - 1];
  return j > 0 && /^(?:The|A|An)$/.test(toks[j].text) && !!prev && !isCapitalized(prev) && prev.tags.has('Noun')
    && !prev.tags.has('Preposition') && !prev.tags.has('Verb') && !DETERMINERS.has(prev.word);
}

/** A token that ends a clause scanning left (the subject must start right after it). */
function opensClause(toks: Tok[], s: number): boolean {
  if (s === 0) return true;
  if (missedSentenceStart(toks, s)) return true;
  const prev = toks[s - 1];
  if (hardBreakBetween(toks, s - 1)) return true;
  if (prev.inQuote) return true;
  if (CLAUSE_OPENERS.has(prev.word) || /^(?:what|which|who|whom|how|where|why|whose)$/.test(prev.word)) return true;
  if (NP_PREPOSITIONS.has(prev.word)) return false; // "to" read as a conjunction: "accompanied her to Burma"
  if (prev.tags.has('Adverb') || prev.tags.has('Conjunction')) return true;
  if (quoteOpenBefore(toks[s])) return true;
  return false;
}

/** People a restrictive relative clause may describe ("a teacher who asked not to be named said"). */
const VAGUE_ROLE = /^(?:teachers?|parents?|students?|residents?|workers?|nurses?|doctors?|patients?|members?|neighbou?rs?|witnesses?|employees?|officials?|people|persons?|man|woman|men|women|someone|one|others?|friends?|relatives?|colleagues?|insiders?|sources?)$/;

/** Offices a spokesman, an aide or a lawyer speaks for ("a spokesman for the defence minister, Linda Reynolds,"). */
const PERSON_ROLE_WORD = /^(?:minister|secretary|president|governor|mayor|senator|premier|chancellor|ambassador|chairman|chairwoman|chief|director|commissioner|leader|king|queen|prince|princess|pope|candidate|nominee|congressman|congresswoman|lawmaker|judge|prosecutor|sheriff|general|defendant|actor|singer|star|player|coach|owner|founder)$/;

/** Nouns a body is described by before its name in commas ("a payments startup, PaySwift,"). */
const DESCRIPTOR_END = /^(?:startup|start-up|company|firm|group|bank|lender|insurer|retailer|maker|manufacturer|developer|provider|operator|agency|charity|nonprofit|organi[sz]ation|outlet|newspaper|publisher|subsidiary|affiliate|club|team|university|school|hospital|union|party|fund|chain|brand|platform|app|service|carrier|airline|utility|consultancy|think-tank|tank)$/;

/** A party and state label set off by commas: "R-Okla.", "D-N.Y.", "I-Vt.". */
const PARTY_LABEL = /^(?:R|D|I|Ind|Dem|Rep|DFL)-[A-Z][A-Za-z.]*$/;

function isAppositiveStart(t: Tok): boolean {
  return /^(?:a|an|the|who|which|whose|whom|head|chairman|chairwoman|president|director|leader|member|one|former|now|then|also|its|his|her|their)$/.test(t.word)
    || t.tags.has('Honorific') || t.tags.has('Actor')
    // ("Arnaud Delorme, president of the FNSEA, France's largest farm union, called": a name's possessive opens a description.)
    || isCapitalized(t) && /['’]s$/.test(t.text) && !t.inQuote;
}

/** "speaking to reporters", and "led by Kareem Osei" (a past participle with its agent). */
function isParticipialStart(t: Tok, next?: Tok): boolean {
  if (/ing$/.test(t.word) && t.tags.has('Verb')) return true;
  // ("…, briefing reporters on the condition of anonymity, said": an -ing word read as a noun before its object.)
  if (/ing$/.test(t.word) && t.tags.has('Noun') && !!next && !next.inQuote && (next.tags.has('Plural') || next.tags.has('Determiner') || next.tags.has('Pronoun'))) return true;
  // "The Cocoa Board, known as Cocobod, denied …"
  if (next?.word === 'as' && /^(?:known|described|dubbed|nicknamed|called|also)$/.test(t.word)) return true;
  // "Rodrigo Londono, known by his nom de guerre Timochenko, said"
  if (next?.word === 'by' && /^(?:known|called|nicknamed)$/.test(t.word)) return true;
  // "Hartley, asked about the 2020 election by a reporter, said"
  if (/^(?:asked|pressed|questioned|quizzed)$/.test(t.word) && /^(?:about|whether|if|on|why|how|what|to|for)$/.test(next?.word ?? '')) return true;
  // "The MST, founded in 1984, says", "The union, formed in 2003, said": when and where a body began.
  if (/^(?:in|on|at|by)$/.test(next?.word ?? '') && /^(?:founded|established|formed|created|launched|based|headquartered|incorporated|registered|elected|appointed)$/.test(t.word)) return true;
  return next?.word === 'by' && (REDUCED_RELATIVES.has(t.word) || t.tags.has('PastTense') && /ed$/.test(t.word));
}

/** Index of the first token after the previous comma-like break before `i`, or 0. */
function segmentStart(toks: Tok[], i: number): number {
  for (let j = i - 1; j >= 0; j--) if (breakAfter(toks[j]) || toks[j].inQuote) return j + 1;
  return 0;
}

/** Words that open a time phrase before the time words themselves ("on Tuesday", "last week", "early this year"). */
const TIME_LEAD = /^(?:on|in|at|last|this|early|late|earlier|later)$/;
/** Adverbs that open a sentence and link it to the one before ("However,", "Separately,", "Meanwhile,"). */
const SENTENCE_ADVERB = /^(?:however|separately|meanwhile|moreover|furthermore|nonetheless|nevertheless|still|instead|indeed|besides|additionally|similarly|likewise|elsewhere|earlier|later|previously|today|yesterday|overall)$/;

/**
 * The first token after a time phrase that opens the sentence ("On Tuesday the mayor", "Last week
 * the company"), when the phrase runs from the sentence's start to `s` or past it; else `s`.
 */
function pastTimePhrase(toks: Tok[], s: number, end: number): number {
  let from = s;
  while (from > 0 && TIME_LEAD.test(toks[from - 1].word)) from--;
  if (from !== 0) return s;
  let j = from;
  while (j < end && TIME_LEAD.test(toks[j].word)) j++;
  const k = j;
  while (j < end && (isTimeWord(toks[j]) || toks[j].tags.has('Value'))) j++;
  return j > k && j <= end && !toks[j].inQuote && (DETERMINERS.has(toks[j].word) || isCapitalized(toks[j])) ? j : s;
}

/**
 * The subject of a verb group starting at `gs`: the noun phrase right before it, possibly
 * an appositive construction "Name, a role at Org, said" (both kept, as PolNeAR does) or
 * a participial aside "Name, speaking to reporters, said" (the name only).
 */
export function subjectBefore(toks: Tok[], gs: number): SourcePhrase | null {
  const last = gs - 1;
  if (last < 0) return null;
  const lt = toks[last];
  if (lt.inQuote) return null;
  // "A woman who lives near the intersection and asked not to be identified said": a relative clause with no commas
  // that ends in the reason for anonymity; the subject is the noun phrase before "who".
  // (Or in not being authorized to speak: "A guard who was not authorized to speak publicly told reporters".)
  if (!commaAfter(lt) && /^(?:identified|named|quoted|anonymity|publicly|record)$/.test(lt.word)) {
    for (let w = last - 1; w > 0 && w >= last - 18; w--) {
      const t = toks[w];
      if (t.inQuote || breakAfter(t)) break;
      if (t.word !== 'who') continue;
      const tail = toks.slice(w + 1, gs).map((x) => x.word).join(' ');
      if (!/\b(?:asked|requested|declined|want|wish|condition|authori[sz]ed|permitted|allowed)\b/.test(tail)) break;
      const s0 = scanBackCore(toks, w - 1);
      // (The whole phrase, clause and all, as for "An official who spoke on condition of anonymity said".)
      if (s0 >= 0) return { whole: { s: s0, e: last }, core: { s: s0, e: last } };
      break;
    }
  }
  // "Interviews with more than a dozen current and former officials, executives and residents suggest": the outlet's
  // own reporting opens the sentence and its list runs to the verb.
  if (/^(?:interviews|conversations|records|documents|emails|messages|data)$/.test(toks[0].word) && /^(?:with|from|of|by)$/.test(toks[1]?.word ?? '')
    && !toks.slice(2, gs).some((x) => x.inQuote || x.tags.has('Verb') && !x.tags.has('Adjective') && !x.tags.has('Noun') && !/(?:ed|ing)$/.test(x.word))) {
    return { whole: { s: 0, e: last }, core: { s: 0, e: last } };
  }
  if (commaAfter(lt) || /[;:—–]|\s-{1,2}\s/.test(lt.post)) {
    // "Name, appositive, said" / "Name, speaking …, said" / "Name, role, one of …, said"
    let segS = segmentStart(toks, last);
    // "Marcia Price (D-Newport News), shouted …": a name and its party label open the sentence.
    if (segS === 0 && commaAfter(lt)) {
      const p = labelStart(toks, 0, last);
      if (p > 0 && isNameRun(toks, 0, p - 1)) return { whole: { s: 0, e: last }, core: { s: 0, e: p - 1 } };
    }
    if (segS === 0 || segS > last) return null;
    // "Lena, because she feared reprisals, said": a reason clause set off between the subject and
    // its verb is an aside; the subject is the phrase before it.
    if (toks[segS].word === 'because' && segS >= 2 && commaAfter(toks[segS - 1])) {
      const inner = subjectBefore(toks, segS);
      if (inner) return { whole: { s: inner.whole.s, e: last }, core: inner.core };
    }
    // "Veridian, which is based in Austin, Texas, denied": a place's state or country after its comma
    // belongs to the segment before.
    // "Two humanitarian workers in the regional capital, Mekele, said": the name of a place just called by its kind.
    if (last - segS <= 2 && toks.slice(segS, last + 1).every((x) => isCapitalized(x)) && segS >= 2 && !isCapitalized(toks[segS - 1])
      && /^(?:capital|city|town|village|province|region|district|county|state|country|port|camp|island|neighbou?rhood|suburb|enclave)$/.test(toks[segS - 1].word)
      && /^,\s*$/.test(toks[segS - 1].post)) {
      segS = segmentStart(toks, segS - 1);
    }
    // ("…, which operates 31 hospitals in Illinois, Indiana and Michigan, said": so do the rest of a list of places.)
    // (Not a person's name after a place the subject is in: "The IMF's representative in Nairobi, Anders Lindqvist, said"
    // names the representative; "The governor of Pernambuco, Miguel Neves, said" keeps the office as the source.)
    const personAfterPlace = !toks[segS].tags.has('Place') && (toks[segS].tags.has('FirstName') || toks[segS].tags.has('Person') && segS < last || isCommonGivenName(toks[segS].word));
    if (last - segS <= 4 && toks.slice(segS, last + 1).every((x) => isCapitalized(x) || /^(?:and|or)$/.test(x.word) && x.i > segS && x.i < last) && segS >= 2 && isCapitalized(toks[segS - 1])
      && (toks[segS].tags.has('Place') || toks[segS - 1].tags.has('Place')) && /^,\s*$/.test(toks[segS - 1].post)) {
      const prevS = segmentStart(toks, segS - 1);
      // (So does a hometown's: "Johnnie Wilson, of Springfield, Va., said", "Maria Lopez, a nurse from Tucson, Ariz., said".)
      let town = segS - 1;
      while (town > prevS && isCapitalized(toks[town])) town--;
      if (prevS > 0 && /^(?:who|which)$/.test(toks[prevS].word) || /^(?:of|from|in)$/.test(toks[town].word) && !(personAfterPlace && toks[town].word !== 'of')) segS = prevS;
    }
    // "Two workers in the regional capital, Mekele, said", "Data from the NSIDC in Boulder, Colorado, show": the
    // place's own name or state reached back to the sentence's start, which is the subject with its place.
    // ("In a statement on Thursday, the mayor of Bremen, Karsten Ohlendorf, said", "On Friday the governor of
    // Pernambuco, Miguel Neves, said": so is the subject after a phrase of time or place that opens the sentence.)
    const opener = segS === 0 ? 0 : segS > 1 && segmentStart(toks, segS - 1) === 0 && commaAfter(toks[segS - 1])
      && (toks[0].tags.has('Preposition') || TIME_LEAD.test(toks[0].word)) && !isNameRun(toks, 0, segS - 1) ? segS : -1;
    if (opener >= 0) {
      let head = last;
      for (let j = opener + 1; j < last; j++) if (/^(?:in|at|from|of|near|outside|inside)$/.test(toks[j].word) && !toks[j].inQuote) { head = j - 1; break; }
      const start = scanBackCore(toks, head);
      if (start === opener && (opener === 0 || opensClause(toks, start))) return { whole: { s: opener, e: last }, core: { s: opener, e: head } };
      if (opener === 0) {
        const afterTime = start >= 0 ? pastTimePhrase(toks, start, head) : start;
        return afterTime !== start ? { whole: { s: afterTime, e: last }, core: { s: afterTime, e: head } } : null;
      }
    }
    // "A worker who was on shift, and who asked not to be named, said": a second relative clause
    // joined by "and"; the subject is the noun phrase before the first one.
    if (toks[segS].word === 'and' && /^(?:who|which)$/.test(toks[segS + 1]?.word ?? '')) {
      const prevStart = segmentStart(toks, segS - 1);
      for (let r = prevStart + 1; r < segS - 1; r++) {
        if (!/^(?:who|which)$/.test(toks[r].word) || toks[r].inQuote) continue;
        const head = scanBackCore(toks, r - 1);
        if (head >= 0 && head >= prevStart && opensClause(toks, head)) return { whole: { s: head, e: last }, core: { s: head, e: r - 1 } };
        break;
      }
    }
    let wholeEnd = last;
    for (let guard = 0; guard < 2; guard++) {
      // A second appositive: step back over it when the segment before is appositive-like too.
      const prevSeg = segmentStart(toks, segS - 1);
      // ("Ms Nurul Aina, 34, who runs a food stall, said": an age is a one-word appositive.)
      // ("Sen. Tom Harlan, R-Okla., the ranking member …, said": so is a party-and-state label.)
      const age = prevSeg === segS - 1 && (isAge(toks, prevSeg) || PARTY_LABEL.test(toks[prevSeg].text) && !/\(/.test(toks[prevSeg - 1]?.post ?? '') && !/[()]/.test(toks[prevSeg].pre));
      if (prevSeg <= 0 || prevSeg >= segS - 1 && !age || !commaAfter(toks[segS - 1])) break;
      // ("Arjun Patel, CTO at a payments startup, PaySwift, said": the name of the body the appositive ends with
      // goes with that appositive.)
      const named = last - segS <= 3 && toks.slice(segS, last + 1).every((x) => isCapitalized(x) && !x.inQuote);
      // (Not a person's name: "a spokeswoman for the company, Dana Ellery, said" names the spokeswoman.)
      const personName = toks[segS].tags.has('FirstName') || isCommonGivenName(toks[segS].word);
      const renames = guard === 0 && segS === segmentStart(toks, last) && named && !personName && DESCRIPTOR_END.test(toks[segS - 1].word)
        && (isAppositiveStart(toks[prevSeg]) || isRoleStart(toks, prevSeg));
      if (renames) {
        wholeEnd = last;
        segS = prevSeg;
        continue;
      }
      // ("In a statement Wednesday, the Electric Reliability Council of Texas, which …, said": the
      // segment before is a phrase that opens the sentence, so this one is the subject, not an appositive.)
      // (So is a sentence adverb alone before it: "However, a BCCI official, who did not wish to be named, said".)
      if (segmentStart(toks, prevSeg - 1) === 0 && (toks[0].tags.has('Preposition') || TIME_LEAD.test(toks[0].word)) && !isNameRun(toks, 0, prevSeg - 1)) break;
      if (prevSeg === 1 && commaAfter(toks[0]) && SENTENCE_ADVERB.test(toks[0].word)) break;
      // ("Gloria Ruiz, 67, of St. Paul, said": so is a hometown after the age.)
      const hometown = age && /^(?:of|from)$/.test(toks[segS].word) && !toks[segS].inQuote && isCapitalized(toks[segS + 1] ?? toks[segS]);
      if (!isAppositiveStart(toks[segS]) && !(age && /^(?:who|whose)$/.test(toks[segS].word)) && !hometown || !isAppositiveStart(toks[prevSeg]) && !age) break;
      // "…, the press officer, Lieutenant Yurii Bondarchuk, said": a titled name is the head, the role before it its apposition.
      if (isNameRun(toks, segS, last) && commaAfter(toks[last])) break;
      // "In Leeds, Sir Graham Pettifer, the MP for Harrogate, said": a name is the head, not a second appositive.
      if (isNameRun(toks, prevSeg, segS - 1)) break;
      // "Jo Lim, president of the union, which represents nurses, said": the second appositive
      // or "which" clause describes the first one's noun and stays out of the phrase.
      if (guard === 0 && toks[segS].word !== 'who') wholeEnd = segS - 1;
      segS = prevSeg;
    }
    // "Voters in Springfield, Illinois, who said …, rejected it": a state or country after its town, set off by commas,
    // closes the phrase the relative clause describes; the subject is that whole phrase, not the state alone.
    if (/^(?:who|which)$/.test(toks[segS].word) && !toks[segS].inQuote) {
      const ps = segmentStart(toks, segS - 1);
      if (ps >= 2 && segS - ps <= 3 && commaAfter(toks[ps - 1]) && isCapitalized(toks[ps - 1]) && toks.slice(ps, segS).every((x) => x.tags.has('Place') && isCapitalized(x))) {
        const town = scanBackCore(toks, ps - 1);
        if (town >= 0 && town < ps - 1 && opensClause(toks, town)) return { whole: { s: town, e: last }, core: { s: town, e: segS - 1 } };
      }
    }
    const headEnd = segS - 1;
    if (!commaAfter(toks[headEnd]) && !/[(—–]/.test(toks[headEnd].post)) return null;
    let headStart = scanBackCore(toks, headEnd);
    let headNoun = headEnd;
    // "The three members who voted no, led by Ana Fuentes, said": a restrictive relative clause ("who" is a person's)
    // ends the head before the aside; the head runs from the noun phrase before "who", clause and all.
    if (headStart < 0 || !opensClause(toks, headStart)) {
      const from = segmentStart(toks, headEnd);
      for (let w = from + 1; w < headEnd; w++) {
        if (toks[w].word !== 'who' || toks[w].inQuote) continue;
        const h = scanBackCore(toks, w - 1);
        if (h === from && opensClause(toks, h) && isNounHead(toks[w - 1])) {
          headStart = h;
          headNoun = w - 1;
        }
        break;
      }
    }
    // "On Tuesday the mayor, Jane Doe, said": a time phrase with no comma before the subject.
    if (headStart < 0) return null;
    // "A Western diplomat involved in the process, who requested anonymity …, said": a participle
    // phrase on the subject before the relative clause; the subject is the noun before it.
    const participial = !opensClause(toks, headStart) ? participleHead(toks, headStart) : null;
    if (participial && toks[segS] && /^(?:who|which)$/.test(toks[segS].word)) {
      return { whole: { s: participial.s, e: wholeEnd }, core: participial };
    }
    // "A lawsuit filed in March by a rival contractor, Fenwick Civil Works, alleges": the name in commas is the agent's
    // after "by"; the subject is the document the participle describes.
    if (!opensClause(toks, headStart) && segS === segmentStart(toks, last) && isCapitalized(toks[segS])) {
      for (let p = headEnd - 1; p >= 1 && p >= headEnd - 10; p--) {
        if (toks[p].inQuote || hardBreakBetween(toks, p)) break;
        if (!REDUCED_RELATIVES.has(toks[p].word) || !toks.slice(p + 1, headEnd).some((x) => x.word === 'by')) continue;
        const head = scanBackCore(toks, p - 1);
        if (head >= 0 && opensClause(toks, head) && DOCUMENT_HEADS.has(toks[p - 1].word)) return { whole: { s: head, e: last }, core: { s: head, e: p - 1 } };
        break;
      }
    }
    if (!opensClause(toks, headStart)) {
      const afterTime = pastTimePhrase(toks, headStart, headEnd);
      if (afterTime === headStart) return null;
      headStart = afterTime;
    }
    // "Some Democrats, however, question …", "other unions, including the AFL-CIO, have endorsed …":
    // a sentence adverb or an including-phrase between subject and verb.
    if (segS === segmentStart(toks, last) && last === segS && SENTENCE_ADVERBS.test(toks[segS].word)) {
      return { whole: { s: headStart, e: headEnd }, core: { s: headStart, e: headEnd } };
    }
    if (segS === segmentStart(toks, last) && toks[segS].word === 'including' && last > segS) {
      return { whole: { s: headStart, e: last }, core: { s: headStart, e: headEnd } };
    }
    const headCap = toks.slice(headStart, headEnd + 1).some((t) => isCapitalized(t) && !DETERMINERS.has(t.word));
    // "The state's campaign chairman, Phil Lovas, said", "The Greens health spokesman, Tim McKenzie, said":
    // a role, then the name in commas (a head that is a name itself is no role).
    const headIsName = toks[headEnd].tags.has('Person') && !toks[headEnd].tags.has('Honorific') || toks[headEnd].tags.has('LastName');
    // ("A spokesman for the defence minister, Linda Reynolds, said": the name is the minister's, whom the spokesman
    // speaks for; the speaker stays the spokesman.)
    // (Only when the name cannot be the spokesman's: a spokesman and a woman's name, or a spokeswoman and a man's;
    // "A spokeswoman for the sheriff, Denise Arnaud, said" names the spokeswoman.)
    const spokes = toks.slice(headStart, headEnd).find((x) => /^spokes(?:man|woman)$/.test(x.word));
    const nameGender = isCapitalized(toks[segS]) ? (toks[segS].tags.has('FemaleName') || FEMALE_GIVEN_NAMES.has(toks[segS].word) ? 'f'
      : toks[segS].tags.has('MaleName') || MALE_GIVEN_NAMES.has(toks[segS].word) ? 'm' : undefined) : undefined;
    const forPrincipal = !!spokes && headEnd - 2 >= headStart && PERSON_ROLE_WORD.test(toks[headEnd].word) && toks.slice(headStart, headEnd - 1).some((x) => /^(?:for|of|to)$/.test(x.word))
      && !!nameGender && nameGender !== (spokes.word === 'spokesman' ? 'm' : 'f');
    if (!headIsName && segS === segmentStart(toks, last) && (isNameRun(toks, segS, last) || roleHead(toks, headStart, headEnd) && unknownName(toks, segS, last))
      && commaAfter(toks[last])) {
      if (forPrincipal) return { whole: { s: headStart, e: last }, core: { s: headStart, e: headEnd } };
      return { whole: { s: headStart, e: last }, core: { s: segS, e: last } };
    }
    // "Her opponent, state Attorney General Marcus Ferrell, accused …": the name in commas after its title.
    if (!headIsName && segS === segmentStart(toks, last) && commaAfter(toks[last]) && last - segS <= 9) {
      // A party label after the name ("Marcia Price (D-Newport News)") stays out of the name.
      const label = labelStart(toks, segS, last);
      const nameEnd = label > segS ? label - 1 : last;
      let n = segS + 1;
      while (n < nameEnd && !isNameRun(toks, n, nameEnd)) n++;
      const titled = toks.slice(segS, n).every((x) => x.tags.has('Actor') || x.tags.has('Honorific') || isCapitalized(x) || /^(?:state|former|then|deputy|acting|interim|senior|chief)$/.test(x.word));
      if (n < nameEnd && isNameRun(toks, n, nameEnd) && titled) {
        return { whole: { s: headStart, e: last }, core: { s: segS, e: last } };
      }
      // "Halvorsen's lawyer, Rebecca Tsai of the Mountain West Liberty Project, said", "Harrowgate's owner,
      // the American investor Craig Delaney, said": a name, described before it or tied to a body after it.
      for (let a = segS; a <= last; a++) {
        let b = a;
        while (b + 1 <= last && isNameRun(toks, a, b + 1)) b++;
        if (!isNameRun(toks, a, b) || b === a && !toks[a].tags.has('Person') && !toks[a].tags.has('LastName')) continue;
        const before = toks.slice(segS, a);
        // ("public defender Simone Achterberg": a role noun right before the name describes it.)
        // ("retired nurse Ann Cole": a role noun, and a participle that only qualifies it, is no verb.)
        const role = (x: Tok) => PERSON_ROLES.test(x.word) && !isCapitalized(x);
        const describes = before.every((x) => !x.tags.has('Verb') || x.tags.has('Noun') || role(x) || /^(?:retired|former|veteran|longtime)$/.test(x.word))
          && (a === segS || /^(?:the|a|an)$/.test(toks[segS].word) || titled || role(toks[a - 1])
            || (toks[a - 1].tags.has('Actor') || toks[a - 1].tags.has('Noun') && /(?:er|or|ist|ian|ant|ent)$/.test(toks[a - 1].word)) && !isCapitalized(toks[a - 1]));
        const tied = b === last || /^(?:of|at|from|with)$/.test(toks[b + 1].word) && toks.slice(b + 2, last + 1).some((x) => isCapitalized(x));
        if (describes && tied && b - a >= 1) return { whole: { s: headStart, e: last }, core: { s: a, e: b } };
        // ("former Costa Rican foreign minister Manuel González Sanz": a demonym before the role; look on.)
        if (b === last) break;
        a = b;
      }
    }
    const seg = toks[segS];
    // "The official, who asked not to be named, said", "One of the people, who spoke on condition of
    // anonymity, said": a relative clause set off by commas describes a common-noun subject too.
    // "A government source, speaking on condition of anonymity because …, said": so does a participle aside.
    // "The memo, dated September 30 and signed by …, says": or a past participle aside.
    // "Residents of the affected neighborhoods, many of them on the east side, said": or a partitive aside.
    const partitive = /^(?:many|some|most|all|several|none|few|both|each|one|two|three|half)$/.test(seg.word) && toks[segS + 1]?.word === 'of'
      && /^(?:them|whom|us)$/.test(toks[segS + 2]?.word ?? '');
    // ("One of them, who asked not to be named, said": a partitive of a group named before heads it too.)
    const partitiveHead = /^(?:them|those|these)$/.test(toks[headEnd].word) && toks[headEnd - 1]?.word === 'of'
      && /^(?:one|two|three|some|several|many|most|each|both|all|none)$/.test(toks[headEnd - 2]?.word ?? '');
    // ("The trustees, joined by a former mayor, said": a past participle with its agent, whatever the verb, on people;
    // "The levy, proposed by the Commission, would add" is no speaker's.)
    const people = headNoun !== headEnd || toks[headNoun].tags.has('Actor') || VAGUE_ROLE.test(toks[headNoun].word) || ROLE_HEADS.has(toks[headNoun].word);
    const agentAside = people && isParticipialStart(seg, toks[segS + 1]) && toks[segS + 1]?.word === 'by';
    const relativeAside = (/^(?:who|which|whose)$/.test(seg.word) || isParticipialStart(seg, toks[segS + 1]) && /ing$/.test(seg.word) || REDUCED_RELATIVES.has(seg.word) || agentAside || partitive)
      && (isNounHead(toks[headNoun]) || partitiveHead || /^(?:second|third|fourth|fifth|sixth)$/.test(toks[headEnd].word)) && segS === segmentStart(toks, last);
    // "The governor's office, in a statement late Monday, said": a manner or time phrase set off by commas.
    const mannerAside = segS === segmentStart(toks, last) && (STATEMENT_PHRASES.some((p) => p.every((w, k) => toks[segS + k]?.word === w))
      || TIME_LEAD.test(seg.word) && toks.slice(segS + 1, last + 1).some((t) => isTimeWord(t) || t.tags.has('Date')));
    // "Another diplomat, from a southern member state, said": where an unnamed person is from, set off by commas.
    const placeAside = segS === segmentStart(toks, last) && /^(?:from|of|at|with|in|inside|within)$/.test(seg.word) && last - segS <= 8
      && isNounHead(toks[headEnd]) && !toks.slice(segS, last + 1).some((x) => x.tags.has('Verb') && !x.tags.has('Noun') && !x.tags.has('Adjective'));
    // "The teachers' union, the Cedar Hollow Education Association, said": a body called by its kind, then its
    // name in commas; the name is the source.
    const namedBody = !headCap && segS === segmentStart(toks, last) && DESCRIPTOR_END.test(toks[headEnd].word) && last - segS <= 8
      && (seg.word === 'the' ? segS < last : isCapitalized(seg)) && toks.slice(seg.word === 'the' ? segS + 1 : segS, last + 1).every((x) => isCapitalized(x) && !x.inQuote
        && !x.tags.has('Person'));
    if (namedBody) return { whole: { s: headStart, e: last }, core: { s: segS, e: last } };
    // "The company, the largest employer in the region, said", "Residents, many of them retirees, said": a noun phrase
    // in commas describes a body or people named by their kind; the head is the source.
    const describedKind = !headCap && segS === segmentStart(toks, last) && /^(?:the|a|an|its|their|one)$/.test(seg.word) && last - segS <= 10
      && (DESCRIPTOR_END.test(toks[headNoun].word) || VAGUE_ROLE.test(toks[headNoun].word) || ROLE_HEADS.has(toks[headNoun].word) || toks[headNoun].tags.has('Actor'))
      && !toks.slice(segS, last + 1).some((x) => x.inQuote || x.tags.has('Verb') && !x.tags.has('Noun') && !x.tags.has('Adjective'));
    if (describedKind) return { whole: { s: headStart, e: last }, core: { s: headStart, e: headEnd } };
    // ("The emails, more than 600 pages in all, show": how much of the subject there is.)
    const measure = !headCap && (seg.tags.has('Value') || /^(?:more|fewer|less|about|nearly|almost|roughly|some|over)$/.test(seg.word)
      && toks.slice(segS + 1, segS + 3).some((x) => x.tags.has('Value'))) && !toks.slice(segS, last + 1).some((x) => x.inQuote || x.tags.has('Verb') && !x.tags.has('Noun'));
    if (measure) return { whole: { s: headStart, e: last }, core: { s: headStart, e: headEnd } };
    if (!headCap && !SUBJECT_PRONOUNS.has(toks[headEnd].word) && !relativeAside && !mannerAside && !placeAside) return null;
    if (isParticipialStart(seg, toks[segS + 1]) || seg.tags.has('Preposition') && !isAppositiveStart(seg)) {
      return { whole: { s: headStart, e: headEnd }, core: { s: headStart, e: headEnd } };
    }
    if (relativeAside && (REDUCED_RELATIVES.has(seg.word) || partitive)) return { whole: { s: headStart, e: wholeEnd }, core: { s: headStart, e: headEnd } };
    if (toks.slice(segS, last + 1).every((x) => x.tags.has('Value'))) {
      return { whole: { s: headStart, e: last }, core: { s: headStart, e: headEnd } }; // "Mr. King, 82, said"
    }
    // "The Revolutionary Armed Forces of Colombia, or FARC, said": the other name it goes by.
    const alias = seg.word === 'or' && last > segS && toks.slice(segS + 1, last + 1).every((x) => isCapitalized(x));
    if (!isAppositiveStart(seg) && !alias && !isAge(toks, segS) && !PARTY_LABEL.test(seg.text) && !(wholeEnd === last && isRoleStart(toks, segS)) && scanBackCore(toks, last) !== segS) return null;
    return { whole: { s: headStart, e: wholeEnd }, core: { s: headStart, e: headEnd } };
  }
  if (/^(?:who|which)$/.test(lt.text)) return { whole: { s: last, e: last }, core: { s: last, e: last } };
  // "An official who spoke on condition of anonymity said", "A teacher who asked not to be named said": a relative
  // clause with no commas between its noun and the verb; the subject is the noun before "who".
  // (Only a person's noun, and a clause with no "and" or auxiliary left dangling before the verb.)
  for (let w = last - 1; w > 0 && w >= last - 14 && !/^(?:was|were|is|are|be|been|being|has|have|had|and|but|or)$/.test(lt.word); w--) {
    const x = toks[w];
    if (x.inQuote || breakAfter(x) || hardBreakBetween(toks, w) || /^(?:and|but|or)$/.test(x.word)) break;
    if (x.word !== 'who') continue;
    const head = scanBackCore(toks, w - 1);
    const noun = toks[w - 1];
    const person = ROLE_HEADS.has(noun.word) || VAGUE_ROLE.test(noun.word) || noun.tags.has('Person') || noun.tags.has('Actor');
    if (head >= 0 && person && !breakAfter(noun) && opensClause(toks, head) && toks[w + 1] && toks[w + 1].tags.has('Verb')) {
      // (The relative clause stays in the source, as PolNeAR marks it.)
      return { whole: { s: head, e: last }, core: { s: head, e: last } };
    }
    break;
  }
  // "a group that says": a relative "that" right after its noun (after a verb it opens a complement).
  if (lt.text === 'that' && last > 0 && isNounHead(toks[last - 1]) && !hardBreakBetween(toks, last - 1) && !toks[last - 1].tags.has('Verb')) {
    return { whole: { s: last, e: last }, core: { s: last, e: last } };
  }
  // "many of whom say": the partitive relative is the subject.
  if (lt.text === 'whom' && last >= 2 && toks[last - 1].word === 'of' && /^(?:many|most|some|all|several|none|few|both|each|one|two|three)$/.test(toks[last - 2].word)) {
    return { whole: { s: last - 2, e: last }, core: { s: last - 2, e: last } };
  }
  // Nominative pronouns are subjects wherever they stand ("In an interview with RT he blasted …").
  if (/^(?:he|she|they|we|i)$/.test(lt.word) && lt.tags.has('Pronoun') && last > 0 && !toks[last - 1].inQuote
    && !toks[last - 1].tags.has('Verb') && !/^(?:that|which|who|as|where|when|because|if|though|although|but|and)$/.test(toks[last - 1].word)
    && !hardBreakBetween(toks, last - 1) && (isCapitalized(toks[last - 1])
      // ("In a short speech he said …", "At the news conference she said …": a phrase that opens the sentence.)
      || /^(?:in|at|during|after|before|on|from|over)$/.test(toks[0].word) && toks.slice(1, last).every((x) => !x.inQuote && !(x.tags.has('Verb') && !x.tags.has('Noun') && !x.tags.has('Adjective'))))) {
    return { whole: { s: last, e: last }, core: { s: last, e: last } }; // "In an interview with RT he blasted …"
  }
  // "Cllr Niamh Ní Fhlatharta (Fianna Fáil) said", "Senator Mary Smith (Labor) said": a party label in
  // brackets after the name belongs to it; the name is the source.
  const label = /\)\s*$/.test(lt.post) ? labelStart(toks, 0, last) : -1;
  // (A US party-and-state label, "(D-Fla.)", stays in the phrase as PolNeAR marks it.)
  if (label > 0 && /\(\s*$/.test(toks[label - 1].post) && isCapitalized(toks[label - 1]) && !/^[DRI]-/.test(toks[label].text)) {
    const nameStart = scanBackCore(toks, label - 1);
    if (nameStart >= 0 && isNameRun(toks, nameStart, label - 1) || nameStart >= 0 && toks.slice(nameStart, label).some((t) => t.tags.has('Person'))) {
      return { whole: { s: nameStart, e: last }, core: { s: nameStart, e: label - 1 } };
    }
  }
  let s = scanBackCore(toks, last);
  // "A spokeswoman for the union representing workers there said": a participle phrase on the
  // subject that ends in a place adverb rather than a noun.
  if (s < 0 && /^(?:there|here|nearby|locally|abroad|overseas)$/.test(lt.word) && last > 1) {
    const ps = postModifiedStart(toks, last);
    if (ps >= 0) return { whole: { s: ps, e: last }, core: { s: ps, e: last } };
  }
  if (s < 0) return null;
  const s0 = s;
  // "A poll released in late August found …": a reduced relative inside the subject.
  for (let guard = 0; guard < 2 && !opensClause(toks, s); guard++) {
    let p = s - 1;
    // "A review carried out by the rescue team found": the agent, and the participle's particle.
    if (p > 1 && toks[p].word === 'by' && !toks[p].inQuote) p--;
    if (p > 1 && /^(?:out|up)$/.test(toks[p].word) && p < s - 1) p--;
    if (p < 1 || !REDUCED_RELATIVES.has(toks[p].word) || hardBreakBetween(toks, p - 1) && !/[–—-]/.test(toks[p - 1].post)) break;
    const s2 = scanBackCore(toks, p - 1);
    if (s2 < 0) break;
    s = s2;
  }
  // "Both King and Schultz say": "both" opens the coordination, not a phrase before it.
  // ("Both hospitals said": "both" before a plural is its determiner.)
  if (s >= 1 && toks[s - 1].word === 'both' && !toks[s - 1].inQuote && opensClause(toks, s - 1)
    && (!opensClause(toks, s) && toks.slice(s, last).some((t) => t.word === 'and') || toks[last].tags.has('Plural') && !toks[last].tags.has('Pronoun'))) {
    return { whole: { s, e: last }, core: { s, e: last } };
  }
  // "… mishandled the investigation and Democrats accused …": after an object, "and" opens a clause.
  if (!opensClause(toks, s) && s > 0 && toks[s - 1].tags.has('Verb') && !toks[s - 1].inQuote && !NP_PREPOSITIONS.has(toks[s - 1].word)) {
    for (let j = last - 1; j > s; j--) {
      if (toks[j].word === 'and' && isHeadLike(toks[last])) {
        s = j + 1;
        break;
      }
    }
  }
  // "the average of polls taken over the past two weeks shows", "a technician who worked there until
  // early 2020 said": a time phrase ends the post-modifier; a date is nobody's subject.
  const timeOnly = toks.slice(s, last + 1).every((t) => isTimeWord(t) || t.tags.has('Value') || /^(?:early|late|mid|the)$/.test(t.word));
  if (!opensClause(toks, s) || timeOnly || /^(?:weeks|days|months|years|hours|decades)$/.test(lt.word)) {
    const ps = postModifiedStart(toks, s0);
    if (ps >= 0) return { whole: { s: ps, e: last }, core: { s: ps, e: last } };
    // "… the editorial board of the Washington Post Trump said": the name run at the end.
    let n = last;
    while (n > s && isCapitalized(toks[n - 1]) && !hardBreakBetween(toks, n - 1)) n--;
    if (n > s && isCapitalized(toks[last]) && isCapitalized(toks[n]) && (toks[n - 1].tags.has('Noun') || toks[n - 1].tags.has('Value')) && !/['’]s?$/.test(toks[n - 1].post + toks[n - 1].text.slice(-2))) {
      const prevCap = toks[n - 1];
      if (!isCapitalized(prevCap)) return { whole: { s: n, e: last }, core: { s: n, e: last } };
    }
    // A verb or a preposition right before: the phrase is an object, not the subject
    // ("The plan was approved by Ford's board"), unless it is a clause after a subordinator.
    return null;
  }
  s = listStart(toks, s, last);
  return { whole: { s, e: last }, core: { s, e: last } };
}

const SENTENCE_ADVERBS = /^(?:however|though|meanwhile|too|also|instead|therefore|moreover|furthermore|meanwhile|nonetheless|nevertheless|likewise|separately|privately|publicly|initially|previously|later|earlier|now|then|still)$/;

/**
 * "A union representing flight attendants endorsed …", "a poll of voters taken last week
 * shows …", "a study that appeared in JAMA found …": the noun phrase before the verb ends a
 * participle or relative clause on the subject's head. Returns the head phrase's start (the
 * subject runs from it to the verb), or -1. A past participle with an object after it is a
 * finite verb ("the company fired workers the union said …"), not a modifier.
 */
function postModifiedStart(toks: Tok[], s: number): number {
  if (DETERMINERS.has(toks[s].word) && s > 0 && isNounHead(toks[s - 1])) return -1;
  for (let p = s - 1; p >= 1 && p >= s - 10; p--) {
    const x = toks[p];
    if (x.inQuote || hardBreakBetween(toks, p)) return -1;
    const rel = /^(?:that|who|which)$/.test(x.word);
    const n = toks[p + 1];
    // ("the union representing workers": an -ing word read as a noun before its object is a participle too.)
    const ing = /ing$/.test(x.word) && (x.tags.has('Verb') || isParticipialStart(x, n) && !isCapitalized(x));
    // ("Governors of six states hit by floods on Tuesday urged …": an irregular participle before its agent.)
    const ed = (REDUCED_RELATIVES.has(x.word) || x.tags.has('PastTense') && (/ed$/.test(x.word) || n.word === 'by' && !n.inQuote))
      && (n.word === 'by' || NP_PREPOSITIONS.has(n.word) || /^(?:over|through|during|since|last|this|in)$/.test(n.word) || n.tags.has('Adverb'));
    if (!rel && !ing && !ed || /^(?:that|who|which)$/.test(toks[p - 1].word)) continue;
    // ("A former mayor accused of defrauding ratepayers told …": a gerund after a preposition lies inside the post-modifier.)
    if (ing && !ed && !rel && /^(?:of|with|for|about|from|after|by|over|in)$/.test(toks[p - 1].word) && !toks[p - 1].inQuote) continue;
    // ("Scientists not involved in the research said": a negated participle describes its noun the same way.)
    const h = ed && toks[p - 1].word === 'not' && p >= 2 && !toks[p - 1].inQuote ? p - 2 : p - 1;
    if (hardBreakBetween(toks, h) || !isNounHead(toks[h])) return -1;
    const s2 = scanBackCore(toks, h);
    return s2 >= 0 && opensClause(toks, s2) ? s2 : -1;
  }
  return -1;
}

/**
 * "Warren (D-Mass.), Merkley (D-Ore.), Brown and Menendez suggested": a subject ending in
 * "Name and Name" takes in the names listed before it with commas.
 */
function listStart(toks: Tok[], s: number, last: number): number {
  const and = toks.slice(s, last + 1).findIndex((t) => t.word === 'and');
  if (and <= 0 || !isCapitalized(toks[s + and - 1]) && !/\)/.test(toks[s + and - 1].post) || !isCapitalized(toks[s + and + 1] ?? toks[s])) return s;
  let start = s;
  for (let guard = 0; guard < 8 && start > 0; guard++) {
    const p = start - 1;
    if (!/^[.)]*,\s*$/.test(toks[p].post) || toks[p].inQuote) break;
    const s2 = scanBackCore(toks, p);
    if (s2 < 0 || s2 > p || !isNameRun(toks, s2, p) && !toks.slice(s2, p + 1).every((t) => isCapitalized(t))) break;
    if (!opensClause(toks, s2)) break;
    start = s2;
  }
  return start;
}

/** Core noun phrase starting at `start` scanning right. Returns the end index or -1. */
export function scanForwardCore(toks: Tok[], start: number): number {
  const first = toks[start];
  if (!first || first.inQuote) return -1;
  // ("said her daughter, Claire Marsh": "her" before a person noun is its determiner.)
  const herPerson = first.word === 'her' && !!toks[start + 1]?.tags.has('Actor') && !toks[start + 1].inQuote && !hardBreakBetween(toks, start);
  if (SUBJECT_PRONOUNS.has(first.word) && first.word !== 'which' && first.word !== 'who' && !herPerson) return start;
  if (/^(?:me|him|her|us|them)$/.test(first.word) && first.tags.has('Pronoun') && !possessiveHer(toks, start) && !herPerson) return start;
  // A lone word compromise read as a verb right before a break ("according to police,").
  const loneNoun = first.tags.has('Verb') && !first.tags.has('PastTense') && !first.tags.has('Gerund') && !first.tags.has('Auxiliary')
    && !first.tags.has('Copula') && !first.tags.has('Modal') && (start + 1 >= toks.length || hardBreakBetween(toks, start));
  if (loneNoun) return start;
  const nounAdjunct = first.tags.has('Verb') && !first.tags.has('PastTense') && !first.tags.has('Gerund') && !first.tags.has('Auxiliary')
    && !first.tags.has('Copula') && !first.tags.has('Modal') && !!toks[start + 1] && !toks[start + 1].tags.has('Pronoun')
    && toks[start + 1].tags.has('Noun') && !hardBreakBetween(toks, start); // "according to court documents"
  // "according to figures published by …", "figures from the agency": a document noun compromise read
  // as a verb, before a preposition or a participle that modifies it.
  const after = toks[start + 1];
  const documentNoun = first.tags.has('Verb') && DOCUMENT_HEADS.has(first.word) && !!after && !hardBreakBetween(toks, start)
    && (NP_PREPOSITIONS.has(after.word) || REDUCED_RELATIVES.has(after.word));
  if (!isNpInner(first) && !isHeadLike(first) && !nounAdjunct && !documentNoun && !adverbParticiple(toks, start)) return -1;
  let e = start;
  let lastHead = isHeadLike(first) || documentNoun ? start : -1;
  for (let j = start + 1; j < toks.length; j++) {
    if (hardBreakBetween(toks, j - 1)) break;
    const t = toks[j];
    if (t.inQuote) break;
    // "said newly filed reports show …", "their recently planted crops": an adverb grading the participle before the noun.
    if (adverbParticiple(toks, j - 1) && j - 1 === e
      || adverbParticiple(toks, j) && (DETERMINERS.has(toks[j - 1].word) || toks[j - 1].tags.has('Determiner') || toks[j - 1].tags.has('Possessive') || /^(?:their|his|her|its|our|my|your)$/.test(toks[j - 1].word))) {
      e = j;
      continue;
    }
    if (lastHead >= 0 && (isTimeWord(t) && !isCapitalized(t) || t.tags.has('Date') || /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/.test(t.word))) break;
    if (/^(?:a|an|the)$/.test(t.word) && lastHead >= 0 && lastHead === j - 1 && !toks[j - 1].tags.has('Possessive') && !/['’]s$/.test(toks[j - 1].text)) break;
    // "a number of experts I spoke to": a subject pronoun opens a clause, not part of the phrase.
    if (SUBJECT_PRONOUNS.has(t.word) && t.tags.has('Pronoun')) break;
    // "any wrongdoing", "the bombing", "the port's shipping schedule": a word in -ing after a determiner is a noun.
    // "a government meeting on Monday", "an earnings briefing in Tokyo": so is one after a noun, before a preposition or "that".
    const after = toks[j + 1];
    const gerundNoun = t.tags.has('Gerund') && /ing$/.test(t.word) && !toks[j - 1].inQuote && !hardBreakBetween(toks, j - 1)
      && (toks[j - 1].tags.has('Determiner') || toks[j - 1].tags.has('Possessive') || /['’]s?$/.test(toks[j - 1].text) && toks[j - 1].tags.has('Noun')
        // ("a regular news briefing that …": an adjective may stand between the determiner and that noun.)
      || toks[j - 1].tags.has('Noun') && !toks[j - 1].tags.has('Pronoun') && j - 2 >= start && (toks[j - 2].tags.has('Determiner') || toks[j - 2].tags.has('Possessive')
        || toks[j - 2].tags.has('Adjective') && !toks[j - 2].tags.has('Verb') && j - 3 >= start && (toks[j - 3].tags.has('Determiner') || toks[j - 3].tags.has('Possessive')))
          && (!after || breakAfter(t) || after.word === 'that' || after.tags.has('Preposition') && !after.inQuote));
    // "a revised government count", "an agreed statement of facts": a participle between a determiner and a noun describes it.
    if (t.tags.has('Verb') && /(?:ed|en)$/.test(t.word) && (toks[j - 1].tags.has('Determiner') || toks[j - 1].tags.has('Adjective') && j - 1 > start)
      && !!after && after.tags.has('Noun') && !after.tags.has('Pronoun') && !after.inQuote && !hardBreakBetween(toks, j) && !hardBreakBetween(toks, j - 1)) {
      e = j;
      continue;
    }
    if (isNpInner(t) || isHeadLike(t) || gerundNoun || nounByPosition(toks, j) && !/^(?:last|next|this)$/.test(t.word)) {
      e = j;
      if (isHeadLike(t) || gerundNoun || nounByPosition(toks, j)) lastHead = j;
      continue;
    }
    if ((NP_PREPOSITIONS.has(t.word) || t.word === 'and' || t.word === '&') && j + 1 < toks.length && !hardBreakBetween(toks, j)) {
      const next = toks[j + 1];
      if (isTimeWord(next) || next.tags.has('Date')) break;
      // "by President Nixon in the 1970s", "by Ivanka Trump in an interview with …": an adjunct, not a modifier.
      if (DETERMINERS.has(next.word) && toks[j + 2] && (isTimeWord(toks[j + 2]) || /^\d{4}s$/.test(toks[j + 2].text))) break;
      if (STATEMENT_PHRASES.some((p) => p[0] === t.word && p.every((w, k) => toks[j + k]?.word === w))) break;
      // "data from research firm Debtwire", "a survey by consultancy Kearney": a document and the
      // named body it comes from, past a lower-case description compromise may read as a verb.
      if ((t.word === 'from' || t.word === 'by') && lastHead === j - 1 && DOCUMENT_HEADS.has(toks[j - 1].word)) {
        let k = j + 1;
        while (k < toks.length && k <= j + 3 && !toks[k].inQuote && !isCapitalized(toks[k]) && /^\p{Ll}+$/u.test(toks[k].text) && !hardBreakBetween(toks, k)) k++;
        if (k > j + 1 && k < toks.length && isCapitalized(toks[k]) && !toks[k].inQuote && !hardBreakBetween(toks, k - 1)) {
          while (k + 1 < toks.length && isCapitalized(toks[k + 1]) && !toks[k + 1].inQuote && !hardBreakBetween(toks, k)) k++;
          e = k;
          lastHead = k;
          j = k;
          continue;
        }
      }
      const prepOk = NP_PREPOSITIONS.has(t.word) && (isNpInner(next) || isHeadLike(next))
        && (isHeadLike(toks[j - 1]) || lastHead === j - 1 || PARTICIPLE_LINKS.has(toks[j - 1].word) || t.word === 'of' && DETERMINERS.has(toks[j - 1].word));
      const andOk = t.word !== 'and' && t.word !== '&' ? false : isCapitalized(toks[j - 1]) && isCapitalized(next);
      if (prepOk || andOk) continue;
    }
    if (PARTICIPLE_LINKS.has(t.word) && /^(?:people|persons?|sources?|officials?|individuals?|those|someone|insiders?)$/.test(toks[j - 1].word)) {
      continue;
    }
    break;
  }
  // "the public had", "the wealthy pay": an adjective after a determiner heads the phrase before a finite verb.
  if (lastHead < 0 && e > start && DETERMINERS.has(first.word) && toks[e].tags.has('Adjective') && !hardBreakBetween(toks, e)
    && toks[e + 1] && !toks[e + 1].inQuote && toks[e + 1].tags.has('Verb') && (toks[e + 1].tags.has('PastTense') || toks[e + 1].tags.has('Modal') || toks[e + 1].tags.has('Copula'))) return e;
  if (lastHead < 0) return -1;
  return Math.max(lastHead, e) === e && isHeadLike(toks[e]) ? e : lastHead;
}

/**
 * The source after an inverted verb or a preposed cue ("said Jane Doe, a spokeswoman for
 * Ford", "according to the filing"). The appositive runs to the end of the sentence or to
 * the next break before a participle or a quotation.
 */
export function sourceAfter(toks: Tok[], start: number, withAppositive = true): SourcePhrase | null {
  const e = scanForwardCore(toks, start);
  if (e < 0) return null;
  // "according to her account": the phrase is the account, the source named in it is "her" (a body of hers, "denied by
  // her office", "according to her campaign", is the source itself).
  if (possessiveHer(toks, start) && !ORG_WORDS.test(toks[start + 1].word)) return { whole: { s: start, e }, core: { s: start, e: start } };
  const core = { s: start, e };
  return { whole: { s: start, e: withAppositive ? appositiveEnd(toks, e) : e }, core };
}

/** A plural noun: tagged so, or a word in -s that compromise read as a present-tense verb ("delegates"). */
function isPluralWord(t: Tok): boolean {
  if (t.inQuote || t.tags.has('Pronoun') || t.tags.has('Auxiliary') || t.tags.has('Copula') || t.tags.has('Modal')) return false;
  return t.word === 'people' || t.tags.has('Plural') || /^\p{Ll}{3,}s$/u.test(t.text) && t.tags.has('Verb') && t.tags.has('PresentTense');
}

/**
 * "according to delegates and sources familiar with OPEC+ thinking", "citing analysts and traders": two
 * groups of people joined by "and" after a preposed cue are one source. Returns the phrase from `start`
 * to the end of the second group, or null when `start` does not open such a pair.
 */
export function coordinatedPlurals(toks: Tok[], start: number): SourcePhrase | null {
  const first = toks[start];
  if (!first || !isPluralWord(first) && scanForwardCore(toks, start) < 0) return null;
  const e1 = isPluralWord(first) && /^(?:and|or)$/.test(toks[start + 1]?.word ?? '') ? start : scanForwardCore(toks, start);
  const and = toks[e1 + 1];
  const next = toks[e1 + 2];
  if (!and || !next || !/^(?:and|or)$/.test(and.word) || and.inQuote || hardBreakBetween(toks, e1) || hardBreakBetween(toks, e1 + 1)) return null;
  if (!isPluralWord(toks[e1]) || isCapitalized(next)) return null;
  const e2 = scanForwardCore(toks, e1 + 2);
  if (e2 < 0) return null;
  // The second group's head is its first plural word ("sources" of "sources familiar with …", "emails" of "emails
  // released under the state's Freedom of Information Act"): the core ends there, what follows modifies it.
  let head = -1;
  for (let j = e1 + 2; j <= e2 && head < 0; j++) if (isPluralWord(toks[j]) && !isCapitalized(toks[j])) head = j;
  if (head < 0) return null;
  // Groups of two sorts ("three former employees and internal emails") stay apart: the first is the source,
  // so that people who go unnamed are not hidden behind documents.
  if (DOCUMENT_HEADS.has(toks[e1].word) !== DOCUMENT_HEADS.has(toks[head].word)) return null;
  return { whole: { s: start, e: e2 }, core: { s: start, e: e2 } };
}

/**
 * The last token of an appositive set off by a comma after the noun phrase ending at `e`
 * ("Jane Doe, a spokeswoman for Ford", "Ann Lee, 61, of Dayton"), or `e` when there is none.
 */
export function appositiveEnd(toks: Tok[], e: number): number {
  if (!commaAfter(toks[e]) || e + 1 >= toks.length) return e;
  const next = toks[e + 1];
  if (next.inQuote) return e;
  if (isAge(toks, e + 1)) {
    // "said Quina Jones, 25," / "said Ann Lee, 61, of Dayton"
    const of = toks[e + 2]?.word === 'of' && commaAfter(toks[e + 1]) ? sourceAfter(toks, e + 3, false) : null;
    return of ? of.whole.e : e + 1;
  }
  if (!isAppositiveStart(next) && next.word !== 'of' && !isRoleStart(toks, e + 1)) return e;
  let end = e + 1;
  let relative = /^(?:who|which|whose|whom)$/.test(next.word);
  let segments = 1;
  for (let j = e + 1; j < toks.length; j++) {
    const t = toks[j];
    if (t.inQuote) break;
    if (/^(?:who|which|whose|whom|that)$/.test(t.word)) relative = true;
    if (!relative && j > e + 1 && t.tags.has('Verb') && !t.tags.has('Noun') && !t.tags.has('Adjective') && !isParticipialStart(t)
      && !nounByPosition(toks, j)) {
      return e; // "According to police, the driver fled": no appositive
    }
    end = j;
    if (/[.!?]/.test(t.post) && j === toks.length - 1) break;
    // One appositive, and a relative clause on the person after it ("Jo Lim, a lawyer for the
    // city, who has …"); a second appositive, a "which" clause on the appositive's last noun or
    // a manner phrase ("in a statement") after the next break is left out.
    if (breakAfter(t)) {
      const n = toks[j + 1];
      if (segments === 1 && !relative && /,/.test(t.post) && n && /^(?:who|whom)$/.test(n.word) && !n.inQuote) {
        segments++;
        relative = true;
        continue;
      }
      break;
    }
  }
  return end;
}

/** "her" as a possessive determiner before a noun ("her account"), not an object pronoun. */
function possessiveHer(toks: Tok[], i: number): boolean {
  const n = toks[i + 1];
  // (Not a person of hers: "said her daughter, Claire Marsh" has the daughter for its source.)
  return toks[i].word === 'her' && !!n && !n.inQuote && !hardBreakBetween(toks, i) && isNounHead(n) && !n.tags.has('Possessive') && !n.tags.has('Actor');
}

/**
 * A bare role opening an appositive: lower-case nouns and modifiers up to "of", "at" or "for"
 * ("founder and CEO of …", "senior associate for …", "executive director at …").
 */
function isRoleStart(toks: Tok[], i: number): boolean {
  for (let j = i; j < toks.length && j < i + 6; j++) {
    const t = toks[j];
    if (t.inQuote || j > i && hardBreakBetween(toks, j - 1)) return false;
    if (j > i && /^(?:of|at|for)$/.test(t.word)) return isNounHead(toks[j - 1]);
    const modifier = ACRONYM.test(t.text) || t.word === 'and' && j > i
      || !isCapitalized(t) && (t.tags.has('Noun') || t.tags.has('Adjective')) && !t.tags.has('Pronoun') && !(t.tags.has('Verb') && !t.tags.has('Noun'));
    if (!modifier || DETERMINERS.has(t.word)) return false;
  }
  return false;
}

/** An age set off by commas after a name: "Mr. King, 82, said". */
function isAge(toks: Tok[], i: number): boolean {
  const t = toks[i];
  return !!t && /^\d{1,3}$/.test(t.text) && !t.inQuote && (breakAfter(t) || /[.!?]/.test(t.post) || i === toks.length - 1);
}

export { has };
