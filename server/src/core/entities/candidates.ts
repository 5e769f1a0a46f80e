import { commonWordOnly, inLexicon, knownNameWord, knownPlaceWord } from './compromiseLexicon';
import { matchAt, startsListedName } from './gazetteer';
import { arabicArticle, clubHeads, companyHeads, demonyms, eastAsianFamilyNames, eventHeads, honorificPairs, irishBodyOpeners, lawHeads, nameParticles, orgHeads, orgOfHeads, personModifiedHeads, placeHeads, placeOfHeads, speechVerbs, stopWords, suffixAbbreviations, titleHeads, titleWords } from './lexicon';
import { PORTFOLIO_OFFICES } from './titles';
import { PROFESSION_HEADS } from '../model/rules-lexicon';
import { SAME_FORM_PAST } from '../model/lexicon';
import { COUNTRIES } from '../model/places';
import { irishPrefixedName, isGivenName, letterInitial, monthAbbreviationName, type Token } from './tokens';

/** A run of capitalized words (with connectors such as "of") inside one paragraph: `[from, to)` token indices. */
export interface Run {
  from: number;
  to: number;
}

/** Words that open a body's name before "for", even at a sentence start ("Center for American Progress", "Citizens for Tax Justice"). */
export const BODY_BEFORE_FOR = /^(?:centers?|centre|coalition|alliance|americans|citizens|people|office|council)$/;

/** Plural words for a group of people that open names in the possessive ("Women's Super League", "Farmers' Union"). */
const GROUP_POSSESSIVES = /^(?:women|men|children|people|girls|boys|veterans|workers|farmers|teachers|nurses|students|seniors|pensioners|mothers|parents|consumers|taxpayers|miners|journalists|writers)$/;
/** The words of a saint's and of a sovereign's name that open a patron's possessive ("St James's", "Queen's"). */
export const SAINT = /^(?:st|saint|ste)$/;
export const SOVEREIGN = /^(?:king|queen|prince|princess)$/;
/**
 * The run from..to is a saint's name ("St Vincent's", "St. Anthony's", "Saint Mary's") or a sovereign's ("King's",
 * "Queen's") in the possessive: the patron a hospital, college or church is named after, no owner of it.
 */
function patronPossessive(tokens: Token[], from: number, to: number): boolean {
  const first = tokens[from];
  if (to - from === 1) return SOVEREIGN.test(first.key) && !first.initial;
  return to - from <= 3 && SAINT.test(first.key) && tokens.slice(from + 1, to).every((t) => t.cap && !t.acronym);
}

/** Legal forms that can follow "Co." inside one registered name ("Co. Ltd.", "& Co. KG"). */
const CO_LEGAL_FORMS = /^(?:ltd|limited|inc|llc|kg|kgaa|pte|plc|bhd)$/;

const hasNameTag = (t: Token) => t.tags.has('Person') || t.tags.has('Place') || t.tags.has('Organization');
/** compromise tags of words that open sentences but never names ("Although", "Either", "Like"). */
const FUNCTION_TAGS = new Set([
  'Conjunction', 'Preposition', 'Determiner', 'Adverb', 'Pronoun', 'QuestionWord', 'Verb', 'Modal', 'Auxiliary',
  'Copula', 'Negative', 'Expression', 'Adjective', 'Comparative', 'Superlative', 'Value', 'Cardinal', 'Ordinal',
]);
/** English words that follow a hyphen after a name ("Trump-era") and are not the second half of a given name. */
/**
 * "Centre for the Study of Developing Societies", "Society for the Protection of Birds": is token `i` a "for" after a
 * body's head word, then "the", a capitalized word for the work the body does, and "of" with more of the name?
 */
function forTheWork(tokens: Token[], i: number, nameAt: (k: number) => boolean): boolean {
  const head = tokens[i - 1];
  return tokens[i]?.key === 'for' && !!head && (orgOfHeads.has(head.key) || orgHeads.has(head.key)) && tokens[i + 1]?.key === 'the' &&
    nameAt(i + 2) && tokens[i + 2].join === 'space' && tokens[i + 3]?.key === 'of' && nameAt(i + 4) && tokens[i + 4].paragraph === tokens[i].paragraph;
}

const HYPHEN_WORDS = new Set(['era', 'led', 'run', 'born', 'made', 'based', 'like', 'owned', 'style', 'type', 'wide', 'free', 'only', 'less', 'long', 'year', 'old', 'new', 'day', 'time', 'backed', 'linked', 'allied', 'funded', 'elect', 'in', 'on', 'up', 'out', 'off', 'bound', 'ish']);
const MAX_RUN = 12;
/** Heads of bodies named "<head> on <subject>" ("Committee on Ways and Means", "Conference on Trade and Development"). */
const ON_HEADS = new Set(['committee', 'subcommittee', 'commission', 'conference', 'council', 'panel', 'forum', 'caucus']);
const MONTHS_AS_NAMES = new Set(['may', 'june', 'april', 'august']);

/** "Theresa May", "Cape May": a month name after a first name or a place word is part of a name. */
export function monthAsName(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  const prev = i > 0 ? tokens[i - 1] : undefined;
  // "Viña del Mar", "Mar del Plata": a month's abbreviation after a name particle is a name's word.
  if (/^(?:mar|may|jun|june|april|august)$/.test(t.key) && prev && !prev.cap && /^(?:del|de|la|da|do)$/.test(prev.key) && prev.join === 'space' &&
      prev.paragraph === t.paragraph && tokens[i - 2]?.cap && tokens[i - 2].join === 'space') return true;
  const next = tokens[i + 1];
  if (t.key === 'mar' && t.join === 'space' && next && /^(?:del|de)$/.test(next.key) && next.join === 'space' && tokens[i + 2]?.cap && tokens[i + 2].paragraph === t.paragraph) return true;
  return MONTHS_AS_NAMES.has(t.key) && !!prev && prev.cap && prev.join === 'space' && prev.paragraph === t.paragraph &&
    (prev.tags.has('FirstName') || /^(?:cape|port|fort|mount|lake|saint|st)$/.test(prev.key));
}

/**
 * "Macky Sall has said", "Ngoné Fall Sarr, a law professor, said": from `k`, capitalized words no lexicon knows, then a
 * speech verb (past an auxiliary) or an apposition that opens with an article: the words name a speaker.
 */
function unknownSpeakerAfter(tokens: Token[], k: number): boolean {
  let j = k;
  while (j < tokens.length && j - k < 3 && tokens[j].cap && !tokens[j].initial && (!inLexicon(tokens[j].key) || tokens[j].tags.has('ProperNoun') && j > k) && !tokens[j].acronym) j++;
  if (j === k || j >= tokens.length) return false;
  const last = tokens[j - 1];
  const next = tokens[j];
  if (next.paragraph !== last.paragraph) return false;
  if (/^,\s+$/.test(last.gap)) return /^(?:a|an|the|who|aged)$/.test(next.key) || /^\d{1,3}$/.test(next.text);
  if (/^(?:of|at|from)$/.test(next.key)) return last.join === 'space' && employerThenSpeech(tokens, j);
  const verb = /^(?:has|had|have|also|then|later)$/.test(next.key) ? tokens[j + 1] : next;
  return !!verb && speechVerbs.has(verb.key);
}

/**
 * "Jessamy Kordell of Harcastle Securities said": at `j`, "of", "at" or "from", then capitalized words (an employer),
 * then a speech verb (past an auxiliary): the name before `j` is a speaker's.
 */
export function employerThenSpeech(tokens: Token[], j: number): boolean {
  const at = tokens[j];
  if (!at || !/^(?:of|at|from)$/.test(at.key) || at.join !== 'space') return false;
  let e = j + 1;
  while (e < tokens.length && e - j <= 5 && tokens[e].cap && tokens[e].paragraph === at.paragraph && tokens[e - 1].join === 'space') e++;
  if (e === j + 1 || e >= tokens.length || tokens[e - 1].join !== 'space' || tokens[e - 1].possessive) return false;
  const verb = /^(?:has|had|have|also|then|later)$/.test(tokens[e].key) ? tokens[e + 1] : tokens[e];
  return !!verb && verb.paragraph === at.paragraph && speechVerbs.has(verb.key);
}

/** Can this capitalized word be part of a name? Sentence-initial and heading words need more evidence. */
/** Lower-case name particles right after token `i` ("van der", "de la", "bin"), then a capitalized word. */
export function particleChainAfter(tokens: Token[], i: number): boolean {
  const a = tokens[i + 1];
  // "Nabil al-Khatib"
  if (a && !a.cap && arabicArticle.test(a.text) && a.join === 'hyphen' && tokens[i].join === 'space' && tokens[i + 2]?.cap && a.paragraph === tokens[i].paragraph) return true;
  let k = i + 1;
  while (k < tokens.length && k <= i + 3 && !tokens[k].cap && nameParticles.has(tokens[k].key) && tokens[k - 1].join === 'space'
    && tokens[k].paragraph === tokens[i].paragraph) k++;
  return k > i + 1 && k < tokens.length && tokens[k].cap && tokens[k - 1].join === 'space' && !tokens[k].initial && tokens[k].paragraph === tokens[i].paragraph;
}

/**
 * "Benfica have insisted", "Harrowgate also hold", "Atlético Madrid are believed": a plural verb (past
 * any adverbs) right after the name at `[.., to)`. British English gives a club or a company plural
 * agreement; a person's name never takes it. Not after "and" (two people, "Smith and Jones have").
 */
export function pluralVerbAfter(tokens: Token[], from: number, to: number): boolean {
  const last = tokens[to - 1];
  if (last.join !== 'space' || last.possessive) return false;
  const before = tokens[from - 1];
  // ("the Brahmaputra were": a river or a band after "the" is left alone.)
  if (before && before.paragraph === last.paragraph && /^(?:and|or|&|nor|both|the)$/.test(before.key)) return false;
  if (to - from === 1 && tokens[from].tags.has('Plural')) return false;
  if (before && before.paragraph === last.paragraph && /^,\s+$/.test(before.gap) && !tokens[from].initial) return false;
  let k = to;
  while (k < tokens.length && k < to + 2 && tokens[k].tags.has('Adverb') && !tokens[k].cap && tokens[k].join === 'space' && !/^(?:not|never)$/.test(tokens[k].key)) k++;
  const v = tokens[k];
  if (!v || v.cap || v.paragraph !== last.paragraph) return false;
  // ("Estrela do Tejo": a particle inside a name, not a verb.)
  const after = tokens[k + 1];
  if (after && after.cap && v.join === 'space' && after.paragraph === v.paragraph && !after.initial) return false;
  if (/^(?:are|were|have|'re|'ve)$/.test(v.key)) return true;
  // ("the Brahmaputra cut the line": a verb whose past is its present says nothing.)
  if (SAME_PAST.has(v.key)) return false;
  return v.tags.has('Verb') && v.tags.has('PresentTense') && !/s$/.test(v.key) && !v.tags.has('Modal') && !v.tags.has('Copula') &&
    !v.tags.has('Auxiliary') && !v.tags.has('PastTense') && !v.tags.has('Gerund') && !v.tags.has('Noun');
}

/** Verbs whose past tense is written like the present. */
const SAME_PAST = new Set(SAME_FORM_PAST);

/** A capitalized word compromise does not know, opening a sentence, that the words after it show to be a name. */
function initialName(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  if (inLexicon(t.key) || t.acronym || t.possessive || /\d/.test(t.text) || !/^\p{Lu}\p{Ll}{3,}$/u.test(t.text)) return false;
  const next = tokens[i + 1];
  if (!next || next.paragraph !== t.paragraph) return false;
  // "Veridian, which is based in Austin": a which-clause is said of a thing.
  if (/^,\s+$/.test(t.gap) && next.key === 'which') return true;
  // "Globacom, the largest locally owned network, said", "Kestrova, a Lagos lender,": an apposition after it says what
  // it is (typed later, by the apposition; with nothing to type it, it names nothing).
  if (/^,\s+$/.test(t.gap) && /^(?:a|an|the)$/.test(next.key) && next.join === 'space') return true;
  // "Harrowgate United are …": a club or company word after it.
  if (t.join === 'space' && next.cap && !next.initial && (clubHeadWord(next.key) || companyHeads.has(next.key))) return true;
  // "Okonkwo said": the speaker of a speech verb (typed later, by what the text says of it).
  if (t.join === 'space' && speechVerbs.has(next.key)) return true;
  // "Sofapaka drew 2-2 with …", "Bandari beat Ulinzi Stars 2-1": a side given a result and its score (typed later, by the score).
  if (t.join === 'space' && /^(?:won|drew|lost|beat|edged|thrashed|routed|hammered|defeated)$/.test(next.key)) {
    for (let k = i + 2; k < tokens.length && k <= i + 6 && tokens[k].paragraph === t.paragraph; k++) if (/^\d{1,3}[-–]\d{1,3}$/.test(tokens[k].text)) return true;
  }
  return pluralVerbAfter(tokens, i, i + 1);
}

/** Verbs and auxiliaries that show the words before them to be their subject ("… Police said", "… Council has agreed"). */
const SUBJECT_VERB = /^(?:has|have|had|is|are|was|were|will|would|could|can|may|might|must|should|did|does|do)$/;

/**
 * "Peel Regional Police said", "Halton Borough Council has agreed": a word opening the sentence that compromise reads as
 * a verb or a common noun ("peel"), then capitalized words that run to a body's head, then the verb of which they are
 * the subject, is the place that opens the body's name (an imperative takes an object, not a subject: "Contact Thames
 * Valley Police on 101").
 */
function bodySubjectAfter(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  if (t.join !== 'space' || t.possessive || t.acronym || !/^\p{Lu}\p{Ll}+$/u.test(t.text)) return false;
  // ("Solent Wind Services, founded in 2009,": a word no dictionary knows, that compromise only guessed an adjective, may open
  // the name too, also before an apposition.)
  const unknown = !inLexicon(t.key) && !knownPlaceWord(t.key);
  if (['Determiner', 'Preposition', 'Pronoun', 'Conjunction', 'Adverb', 'Modal', 'Auxiliary', 'Copula', 'QuestionWord', 'Negative', 'Date', 'Value', 'Demonym'].some((tag) => t.tags.has(tag)) || (t.tags.has('Adjective') && !unknown)) return false;
  for (let k = i + 1; k < tokens.length && k <= i + 3 && tokens[k].paragraph === t.paragraph && tokens[k].cap && !tokens[k].acronym && !tokens[k].possessive; k++) {
    if (orgHeads.has(tokens[k].key)) {
      const v = tokens[k + 1];
      if (k > i + 1 && unknown && /^,\s+$/.test(tokens[k].gap) && !!v && !v.cap && v.paragraph === t.paragraph) return true;
      return k > i + 1 && tokens[k].join === 'space' && !!v && !v.cap && v.paragraph === t.paragraph && (speechVerbs.has(v.key) || SUBJECT_VERB.test(v.key));
    }
    if (tokens[k].join !== 'space') return false;
  }
  return false;
}

/** Administrative words that follow a place's own name ("Mobile County", "Orleans Parish"). */
const ADMIN_AFTER = new Set(['county', 'parish', 'borough', 'township']);

const clubHeadWord = (key: string) => /^(?:united|city|rovers|athletic|wanderers|hotspur|rangers|albion|argyle|town|county|fc|afc)$/.test(key);

/**
 * "reporting by Krisztina Than", "Anna Than met": a stop word capitalized inside the sentence right
 * after a given name (or the first word of a byline's name) is a surname; before a hyphen and a
 * syllable it is half of a given name ("Laura Cha Shih May-lung").
 */
export function stopWordAsSurname(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  // ("striker Will Grigg", "the actor Will Poulter": inside a sentence, after a lower-case word or a title, a capitalized
  // stop word read as a given name, then a capitalized word, opens a name; a modal is written in lower case there.)
  const after = tokens[i + 1];
  const opener = tokens[i - 1];
  if (!!opener && (!opener.cap || titleWords.has(opener.key)) && !t.initial && !t.heading && /^\p{Lu}\p{Ll}+$/u.test(t.text) && (isGivenName(t) || t.tags.has('Person')) && t.join === 'space' && after?.cap && !after.acronym
    && after.paragraph === t.paragraph && !stopWords.has(after.key) && !after.initial && !after.tags.has('Verb')) return true;
  const prev = i > 0 ? tokens[i - 1] : undefined;
  const next = tokens[i + 1];
  if (t.initial || t.heading || t.acronym || !/^\p{Lu}\p{Ll}+$/u.test(t.text) || !prev || !prev.cap || prev.acronym || prev.join !== 'space' || prev.paragraph !== t.paragraph) return false;
  // ("Laura Cha Shih May-lung": a stop word before a hyphen and a short lower-case syllable is half a given name.)
  if (t.join === 'hyphen' && next && /^\p{Ll}{2,5}$/u.test(next.text) && next.paragraph === t.paragraph) return true;
  if (next?.cap && t.join === 'space' && next.paragraph === t.paragraph) return false;
  // ("Midfielder Emre Can scored": a title, then a given name no list knows, then the stop word.)
  const before = i > 1 ? tokens[i - 2] : undefined;
  const titled = !!before && titleWords.has(before.key) && before.join === 'space' && before.paragraph === t.paragraph && !before.possessive;
  return isGivenName(prev) || (!!before && (before.key === 'by' || titled) && !inLexicon(prev.key));
}

export function nameLike(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  // "I'd like", "I'll take your questions": a pronoun with a verb's clitic names no one.
  if (/^(?:i|we|you|he|she|they|it)['’](?:d|ll|ve|m|re|s)$/i.test(t.text)) return false;
  // "eBay", "xAI": a listed name may start in lower case; "al-Manar": an Arabic article before a name.
  if (!t.cap) {
    if (arabicArticle.test(t.text) && t.join === 'hyphen' && tokens[i + 1]?.cap && tokens[i + 1].paragraph === t.paragraph) return true;
    if (irishPrefixedName(tokens, t)) return true;
    return /^\p{Ll}+\p{Lu}/u.test(t.text) && startsListedName(t.key);
  }
  // Model numbers and codes ("R-90", "A6") are not names, unless listed ("3M", "G7").
  if (/\d/.test(t.text) && !startsListedName(t.key)) return false;
  const nextTok = tokens[i + 1];
  // "Jan Hatzius", "Jun Takahashi": a month abbreviation without its period before a capitalized word is a first name.
  // ("Jan de Boer", "Jan van Dijk": or a name particle and a surname.)
  const monthName = monthAbbreviationName(t) && ((!!nextTok?.cap && !/^\d/.test(nextTok.text)) || particleChainAfter(tokens, i));
  const listedAcronym = t.acronym && startsListedName(t.key); // "WHO", "ICE"
  const initial = letterInitial(tokens, t);
  // ("SOURCE Halvorsen Robotics Inc.": the wire services' label that opens a release's last line names who issued it.)
  if (t.text === 'SOURCE' && (i === 0 || tokens[i - 1].paragraph !== t.paragraph) && nextTok?.cap && nextTok.paragraph === t.paragraph) return false;
  if (stopWords.has(t.key) && !monthName && !listedAcronym && !initial && !nearDistrict(tokens, i) && !(t.key === 'i' && i > 0 && tokens[i - 1].cap && tokens[i - 1].join === 'space' && nextTok?.cap)) {
    // "Theresa May": a month after a first name is a surname. ("the All Blacks": a listed name may open with one.)
    return monthAsName(tokens, i) || stopWordAsSurname(tokens, i) || stopOpensName(tokens, i);
  }
  // "D-Va.", "R-S.C.": a party letter before a state.
  if (t.text.length === 1 && t.join === 'hyphen' && /^[DRI]$/.test(t.text)) return false;
  if (t.initial) {
    if (hasNameTag(t) || t.acronym || startsListedName(t.key) || titleWords.has(t.key)) return true;
    if (initialName(tokens, i)) return true;
    const next = tokens[i + 1];
    if (next && next.paragraph === t.paragraph && t.join === 'space' && next.cap) {
      // "Tan Sri Muhyiddin Yassin said": a two-word honorific opens the sentence.
      if (honorificPairs.has(`${t.key} ${next.key}`)) return true;
      // "Tan Chuan-Jin said", "Sun Yang won": a family name compromise reads as a common word, then a
      // short given-name syllable.
      if (eastAsianFamilyNames.has(t.key) && /^\p{Lu}\p{Ll}{1,4}$/u.test(next.text) && !inLexicon(next.key)) return true;
    }
    // "Kees van der Berg scored", "Van der Berg scored": a name particle in lower case, then a capital.
    if (particleChainAfter(tokens, i) && (!inLexicon(t.key) || nameParticles.has(t.key))) return true;
    // "Mobile County Emergency Management Agency said", "Clay County": a word compromise reads as an adjective or a verb,
    // opening the sentence before "County" or "Parish", is a place's name.
    if (next && next.paragraph === t.paragraph && t.join === 'space' && next.cap && ADMIN_AFTER.has(next.key) && !t.possessive
      && !['Determiner', 'Preposition', 'Pronoun', 'Conjunction', 'Adverb', 'Modal', 'Auxiliary', 'Copula', 'QuestionWord', 'Negative'].some((tag) => t.tags.has(tag))) return true;
    if (bodySubjectAfter(tokens, i)) return true;
    // ("Countdown and Foodstuffs said": a common noun opening the sentence, "and" or "or" and a listed company; context.ts decides.)
    if (companyPairOpener(tokens, i)) return true;
    // ("Údarás na Gaeltachta said", "Bord Gáis said": an Irish body's word opening the sentence opens its name.)
    if (irishBodyOpeners.has(t.key) && next && next.paragraph === t.paragraph && t.join === 'space' && (next.cap || next.key === 'na')) return true;
    // ("Pick n Pay said": a word opening a brand's name joined by "n".)
    if (next && next.text === 'n' && t.join === 'space' && next.join === 'space' && tokens[i + 2]?.cap && tokens[i + 2].paragraph === t.paragraph && /^\p{Lu}\p{Ll}+$/u.test(t.text)) return true;
    const nameAfter = !inLexicon(t.key) && !!next && next.paragraph === t.paragraph && t.join === 'space' && next.cap && !next.initial &&
      (next.tags.has('Person') || next.tags.has('FirstName') || next.tags.has('LastName') || unknownSpeakerAfter(tokens, i + 1) || companyAfter(tokens, i + 1));
    for (const tag of t.tags) {
      // "Amelize Joseph": a word compromise guessed to be a verb, before a name, is a first name.
      if (FUNCTION_TAGS.has(tag) && !(nameAfter && (tag === 'Verb' || tag === 'Infinitive' || tag === 'PresentTense' || tag === 'Adjective') && !t.tags.has('Conjunction') && !t.tags.has('Preposition') && !t.tags.has('Determiner') && !t.tags.has('Adverb') && !t.tags.has('Pronoun') && !t.tags.has('Auxiliary') && !t.tags.has('Modal') && !t.tags.has('Copula'))) return false;
    }
    if (t.tags.has('ProperNoun')) return true;
    // "Friends of Ballina Library said": a head of "X of Y" names, then "of" and a name that is no person's, opens the name.
    if (orgOfHeads.has(t.key) && ofNameAfter(tokens, i)) return true;
    // "Physicians for Human Rights said": a people's plural, then "for" and a cause, opens a group's name.
    if (t.tags.has('Plural') && membersPlural(t.key) && t.join === 'space' && causeAfterFor(tokens, i + 1)) return true;
    return !!next && next.paragraph === t.paragraph && (t.join === 'space' || t.join === 'hyphen') && next.cap && !stopWords.has(next.key) && !next.initial;
  }
  return true;
}

/**
 * "Countdown and Foodstuffs said", "Countdown or Pak'nSave": a capitalized common singular noun (no title's, body's or
 * function word) opening the sentence, then "and" or "or" and a listed company, may be a company named by a common word.
 */
export function companyPairOpener(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  const and = tokens[i + 1];
  if (!t.initial || !and || !/^(?:and|or)$/.test(and.key) || t.join !== 'space' || and.join !== 'space' || !tokens[i + 2] || tokens[i + 2].paragraph !== t.paragraph) return false;
  if (!/^\p{Lu}\p{Ll}+$/u.test(t.text) || !t.tags.has('Noun') || t.tags.has('Plural') || titleWords.has(t.key) || orgHeads.has(t.key) || stopWords.has(t.key)) return false;
  for (const tag of t.tags) if (FUNCTION_TAGS.has(tag) || tag === 'Person' || tag === 'Place') return false;
  return matchAt(tokens, i + 2, tokens.length)?.source === 'company';
}

/**
 * "Harrowgate Water plc supplies …": a company's name runs on from token `k` to its legal form ("plc", "Ltd", "Inc")
 * within three words, so the unknown word before it opens the name.
 */
function companyAfter(tokens: Token[], k: number): boolean {
  for (let j = k; j < tokens.length && j < k + 3 && tokens[j].paragraph === tokens[k].paragraph; j++) {
    if (CO_LEGAL_FORMS.test(tokens[j].key) || /^(?:inc|corp|co)$/.test(tokens[j].key)) return true;
    if (tokens[j].join !== 'space' || !tokens[j].cap) return false;
  }
  return false;
}

/**
 * "the All Blacks": a listed name may open with a stop word. "All Progressives Congress", "All India Radio", "All Saints
 * Church": a capitalized "All" before capitalized words that run to a body's head opens the body's name.
 */
export function stopOpensName(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  if (!t.cap || t.join !== 'space' || !tokens[i + 1]?.cap) return false;
  if ((matchAt(tokens, i, tokens.length)?.words.length ?? 0) >= 2) return true;
  if (t.text !== 'All') return false;
  for (let k = i + 1; k < tokens.length && k <= i + 4 && tokens[k].cap && tokens[k].paragraph === t.paragraph; k++) {
    // (At a sentence's start "All" may count the staff of a body: "All Ford Motor staff were told".)
    const after = tokens[k + 1];
    if (orgHeads.has(tokens[k].key) && k > i + 1) return !t.initial || !after || after.paragraph !== t.paragraph || tokens[k].join !== 'space' || !after.tags.has('Noun') || after.tags.has('Verb');
    if (tokens[k].join !== 'space') return false;
  }
  return false;
}

/** "of Ballina Library", "of the Earth" after token i: a capitalized name follows, and it opens with no given name or title. */
function ofNameAfter(tokens: Token[], i: number): boolean {
  const of = tokens[i + 1];
  if (!of || of.key !== 'of' || tokens[i].join !== 'space' || of.join !== 'space' || of.paragraph !== tokens[i].paragraph) return false;
  const k = tokens[i + 2]?.key === 'the' && tokens[i + 2].join === 'space' ? i + 3 : i + 2;
  const name = tokens[k];
  return !!name && name.cap && name.paragraph === of.paragraph && !name.acronym && !name.tags.has('FirstName') && !name.tags.has('Person')
    && !titleWords.has(name.key);
}

function joinable(t: Token): boolean {
  return t.join === 'space' || t.join === 'hyphen';
}

/** A people's plural that opens a group's name before "for" ("Taxpayers for …", "Physicians for …", "Nurses for …"). */
const MEMBER_ENDINGS = /(?:ers|ors|ians|ists|ents)$/;
const PROFESSIONS: ReadonlySet<string> = new Set(PROFESSION_HEADS);
function membersPlural(key: string): boolean {
  return MEMBER_ENDINGS.test(key) || PROFESSIONS.has(key);
}

/**
 * "for Human Rights", "for Safe Streets": after "for" at `i`, two capitalized common words, no listed name and no
 * person's, name a cause, as in a group's name; a client ("Lawyers for Sean Combs", "Lawyers for Apple") is not one.
 */
export function causeAfterFor(tokens: Token[], i: number, ofProject = false): boolean {
  const [c, next, after] = [tokens[i], tokens[i + 1], tokens[i + 2]];
  // (After a project's own word, "Project for Open Government": a cause may be about a body, which compromise tags as
  // one, and may end in an abstract noun compromise does not list.)
  const word = (t: Token) => ofProject ? (causeWord(t.key) || ABSTRACT_NOUN.test(t.key)) && !t.tags.has('Place')
    : causeWord(t.key) && !t.tags.has('Organization') && !t.tags.has('Place');
  return !!next && !!after && c.key === 'for' && next.paragraph === c.paragraph && after.paragraph === c.paragraph && next.join === 'space' && !matchAt(tokens, i + 1, i + 3) &&
    [next, after].every((t) => t.cap && !t.acronym && !t.possessive && word(t) && !t.tags.has('Person'));
}

/** An abstract noun by its ending ("Government", "Accountability", "Transparency", "Citizenship"). */
const ABSTRACT_NOUN = /^[a-z]{3,}(?:ment|ance|ence|ity|ism|ion|ship|ness|acy|ency)$/;

/** A common word, or the plural of one or of a place's kind ("Streets", "Roads" of "for Safe Streets"). */
function causeWord(key: string): boolean {
  return commonWordOnly(key) || /[^s]s$/.test(key) && (commonWordOnly(key.slice(0, -1)) || placeHeads.has(key.slice(0, -1)));
}

/** "the city's Near East Side", "the Near North Side": "Near" capitalized inside a sentence before a compass word opens a district's name. */
export function nearDistrict(tokens: Token[], i: number): boolean {
  const [t, next] = [tokens[i], tokens[i + 1]];
  return t.text === 'Near' && !t.initial && t.join === 'space' && !!next && next.cap && next.paragraph === t.paragraph &&
    /^(?:north|south|east|west)(?:east|west)?$/.test(next.key);
}

/** Does a lower-case connector at `i` continue the run that started at `from`? */
function connectorContinues(tokens: Token[], from: number, i: number, nameAt: (k: number) => boolean): boolean {
  const c = tokens[i];
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  if (!next || next.paragraph !== c.paragraph || c.join !== 'space' || !joinable(prev) || prev.possessive) return false;
  const key = c.key;
  // "Pick n Pay": "n" for "and" between two capitalized words of a brand's name.
  if (c.text === 'n') return i - 1 === from && prev.cap && prev.join === 'space' && nameAt(i + 1) && !tokens[i + 1].acronym;
  // "Estrela do Tejo", "Grêmio do Porto": the Portuguese "do" between two capitalized words of a club's or a
  // company's name (with a place or a word no dictionary knows after it).
  // ("Mato Grosso do Sul", "Rio Grande do Norte", listed names, are joined before a connector is asked.)
  if (key === 'do') return nameAt(i + 1) && !next.initial && (knownPlaceWord(next.key) || !inLexicon(next.key)) && !inLexicon(prev.key) && !isGivenName(prev);
  if (key === 'the') {
    // "Department of the Treasury", "Minister in the Presidency"
    return i - 2 >= from && (tokens[i - 1].key === 'of' || (tokens[i - 1].key === 'in' && tokens[i - 2].key === 'minister') || forTheWork(tokens, i - 1, nameAt)) && nameAt(i + 1);
  }
  // "Minister in the Presidency Khumbudzo Ntshavheni", "Minister in the Prime Minister's Department".
  // (Only with a name of two words after the office: "the Minister in the Presidency said" names no one.)
  if (key === 'in') {
    if (prev.key !== 'minister' || next.key !== 'the') return false;
    for (let k = i + 2; k <= i + 4; k++) if (!tokens[k] || !nameAt(k) || tokens[k].paragraph !== c.paragraph || (k > i + 2 && tokens[k - 1].join !== 'space')) return false;
    return true;
  }
  // "Údarás na Gaeltachta", "Conradh na Gaeilge", "Raidió na Gaeltachta", "Cymdeithas yr Iaith": the Irish article "na"
  // ("of the") or the Welsh "yr" inside a name in Irish or Welsh, after a body's Irish word or between two words no
  // English dictionary knows.
  if (key === 'na' || key === 'yr') return nameAt(i + 1) && next.cap && (irishBodyOpeners.has(tokens[from].key) || (!inLexicon(prev.key) && !inLexicon(next.key)));
  if (nameParticles.has(key) && !next.cap && nameParticles.has(next.key) && c.join === 'space' && next.join === 'space' && nameAt(i + 2)) {
    return !orgHeads.has(prev.key); // "von der Leyen"
  }
  if (!nameAt(i + 1) && !((key === 'of' || key === 'and') && next.key === 'the') && !(key === 'for' && (next.key === 'a' || next.key === 'the'))) return false;
  // "Court of Appeals for the Ninth Circuit", "District Court for the Southern District of New York":
  // a court is named for the circuit or district it sits in.
  if (key === 'for' && next.key === 'the') {
    let court = false;
    for (let k = from; k < i; k++) if (tokens[k].key === 'court') court = true;
    return (court || forTheWork(tokens, i, nameAt)) && nameAt(i + 2) && tokens[i + 2].paragraph === c.paragraph && next.join === 'space';
  }
  if (key === '&') return true;
  if (key === 'of') {
    // "Tata Group of India", "Coreline Industries of the US": where the company is from.
    // (A public corporation is named for its country: "National Grid Corporation of the Philippines", "Food Corporation of India".)
    if (companyHeads.has(prev.key) && prev.key !== 'corporation' && i - 1 > from && placeAt(tokens, next.key === 'the' ? i + 2 : i + 1)) return false;
    // "Peachtree Valley Bank of Alpharetta, Georgia": a named bank, then its town and state.
    if (orgHeads.has(prev.key) && i - 1 > from && townThenRegion(tokens, i + 1)) return false;
    if (orgOfHeads.has(prev.key) || orgHeads.has(prev.key) || titleHeads.has(prev.key) || placeOfHeads.has(prev.key) || gazetteerSpans(tokens, from, i)) return true;
    // "Commission for Regulation of Utilities", "Office for the Protection of Competition": an "of"
    // inside the subject of a body named "<head> for/on ...".
    for (let k = from + 1; k < i - 1; k++) {
      if ((tokens[k].key === 'for' || tokens[k].key === 'on') && (orgHeads.has(tokens[k - 1].key) || ON_HEADS.has(tokens[k - 1].key))) return true;
    }
    return false;
  }
  if (key === 'for' && next.key === 'a' && tokens[i + 2] && nameAt(i + 2) && orgHeads.has(prev.key)) return true; // "Committee for a Responsible Federal Budget"
  // "Joint Committee on Vaccination", "Council on Foreign Relations"; not "the Commission on Friday".
  if (key === 'on') return ON_HEADS.has(prev.key) && !next.tags.has('Date') && !next.tags.has('WeekDay') && !next.tags.has('Month') && !stopWords.has(next.key);
  // ("Minister for Agriculture", "Commissioner for Human Rights": an office named for its portfolio.)
  // ("Senior Minister of State for Law Murali Pillai": a junior minister's office too.)
  // ("a group called Taxpayers for Honest Transit", "the group Mothers for Safe Streets": a people's plural capitalized
  // inside a sentence opens a group's name; not at a sentence start, "Lawyers for Sean Combs said".)
  // (At a sentence start too when two common words, a cause and not a client, follow: "Physicians for Human Rights said".)
  const members = i - 1 === from && prev.cap && (!prev.initial || causeAfterFor(tokens, i)) && !prev.heading && membersPlural(prev.key);
  // ("Equinox Initiative for Racial Justice", "Project for Excellence in Journalism": a plan's word, capitalized, then a cause.)
  if (key === 'for') return orgHeads.has(prev.key) || members || BODY_BEFORE_FOR.test(prev.key) || (prev.cap && /^(?:initiative|project|partnership)$/.test(prev.key) && causeAfterFor(tokens, i, true))
    || (prev.cap && PORTFOLIO_OFFICES.test(prev.key)) || (prev.key === 'state' && prev.cap && i - 3 >= from && tokens[i - 2].key === 'of' && PORTFOLIO_OFFICES.test(tokens[i - 3].key));
  if (key === 'and') {
    if (gazetteerSpans(tokens, from, i)) return true;
    const right = next.key === 'the' ? tokens[i + 2] : next;
    if (!right || !nameAt(right.i)) return false;
    // "the House and the Senate": a listed name after "and" stands alone. A program's name does not
    // when more name words follow it to a body's head: "Centers for Medicare and Medicaid Services".
    const rightListed = matchAt(tokens, right.i, tokens.length);
    // ("Employment and Labour Relations Court": nor does a listed word after a subject no list knows, when name words
    // run on from it to a body's head; "Microsoft and Amazon Web Services" are two.)
    const subjectBefore = !matchAt(tokens, from, i) && tokens.slice(from, i).every((t) => !t.tags.has('Person') && !t.tags.has('Place') && !t.tags.has('Organization'));
    // ("Ashok Leyland and Tata Motors", "Ashok Leyland and Hero Motors": a company's name, listed or read as one, after
    // "and" and names before it that are no subjects a body deals with, are two companies.)
    // ("National Health and Family Planning Commission", "Wits Reproductive Health and HIV Institute": a head that names a
    // subject goes on to a body's head.)
    let subjectToBody = false;
    if (SUBJECT_HEADS.has(prev.key) && i - 1 > from && nameAt(i + 1) && rightListed?.type !== 'organization') {
      let k = i + 1;
      while (k + 1 < tokens.length && tokens[k].join === 'space' && nameAt(k + 1) && tokens[k + 1].paragraph === c.paragraph) k++;
      subjectToBody = BODY_HEADS.has(tokens[k].key) && k - i <= 5;
    }
    if ((rightListed?.type === 'organization' || right.tags.has('Organization')) && right === next && !subjectWords(tokens, from, i) && !subjectToBody) return false;
    const program = (rightListed?.source === 'event' || subjectBefore) && right === next && !!rightListed && programInBodyName(tokens, right.i + rightListed.words.length - 1, nameAt);
    // ("Avon and Somerset Police", "Devon and Cornwall Police", "Brighton and Hove City Council": a body that serves two
    // places, the second listed, its head right after it.)
    const leftPlace = matchAt(tokens, from, i);
    const placeBefore = leftPlace ? leftPlace.type === 'place' && from + leftPlace.words.length === i && !nationalPlaceKey(leftPlace.words.join(' '))
      : tokens.slice(from, i).every((t) => t.cap && !t.acronym && !t.possessive && !isGivenName(t) && !t.tags.has('Person') && !t.tags.has('LastName'));
    if (rightListed?.type === 'place' && right === next && i - from <= 2 && placeBefore && !nationalPlaceKey(rightListed.words.join(' '))) {
      let k = right.i + rightListed.words.length;
      while (k < tokens.length && k - right.i - rightListed.words.length < 2 && tokens[k - 1].join === 'space' && tokens[k].cap && tokens[k].paragraph === c.paragraph && !orgHeads.has(tokens[k].key)) k++;
      if (k < tokens.length && tokens[k - 1].join === 'space' && tokens[k].cap && orgHeads.has(tokens[k].key) && tokens[k].paragraph === c.paragraph) return true;
    }
    if (rightListed && !program) return false;
    let ofPhrase = false;
    let ofAt = -1;
    for (let k = from; k + 1 < i; k++) if ((tokens[k + 1].key === 'of' || tokens[k + 1].key === 'for' || tokens[k + 1].key === 'on') && (orgOfHeads.has(tokens[k].key) || orgHeads.has(tokens[k].key) || ON_HEADS.has(tokens[k].key))) { ofPhrase = true; ofAt = k + 1; }
    if (ofPhrase) {
      if (next.key === 'the') return false; // "University of Oxford and the Karolinska Institute"
      // ("University of Dayton and Sinclair Community College": a body named for a place or a person, not for a
      // subject, is whole; a name after "and" that runs to a body's head of its own is another body.)
      const ofPlace = ofAt + 1 < i ? matchAt(tokens, ofAt + 1, i) : undefined;
      const placeNamed = ofPlace?.type === 'place' && ofAt + 1 + ofPlace.words.length === i;
      // ("Flour Mills of Nigeria and Olam": a body named for a listed place, then "and" and one word, are two names.)
      if (placeNamed && !(right.join === 'space' && nameAt(right.i + 1) && tokens[right.i + 1].paragraph === c.paragraph)) return false;
      const named = placeNamed || (ofAt + 1 < i && !subjectWords(tokens, ofAt + 1, i));
      if (named && (['Person', 'Place', 'Organization'].some((tag) => right.tags.has(tag)) || !inLexicon(right.key))) {
        let end = right.i;
        while (end + 1 < tokens.length && end - right.i < 3 && tokens[end].join === 'space' && nameAt(end + 1) && tokens[end + 1].paragraph === c.paragraph) end++;
        if (end > right.i && orgHeads.has(tokens[end].key)) return false;
      }
      // "Center for Media and Public Affairs", "Department of Health and Human Services"; but
      // "Ministry of Fisheries and the University of Tromso" are two names.
      // ("... of Science and Technology": a head word alone after "and" opens no new name.)
      const alone = !(right.join === 'space' && nameAt(right.i + 1));
      if (orgOfHeads.has(right.key) || (orgHeads.has(right.key) && !alone) || (rightListed && !program)) return false;
      let k = right.i;
      while (k + 1 < tokens.length && tokens[k].join === 'space' && nameAt(k + 1) && tokens[k + 1].paragraph === c.paragraph) k++;
      return k - right.i <= 2;
    }
    // "Apple Inc and Alphabet Inc" are two names.
    // ("Finance and Leasing Association": a head word alone is no name yet.)
    // ("Canada Mortgage and Housing Corporation": a listed name that is only the first word goes on.)
    const listed = matchAt(tokens, from, i);
    // ("Brigham and Women's Hospital": a possessive name and a head after "and" make one name with the
    // word before, unless that is a place in its own right: "China and Russia's Foreign Ministry".)
    const possessiveHead = next.possessive && next.cap && tokens[i + 2]?.cap && orgHeads.has(tokens[i + 2].key) && !matchAt(tokens, i + 1, i + 2)
      && (!listed || listed.type !== 'place' || listed.ambiguous);
    if (possessiveHead && i - from <= 2) return true;
    if (subjectToBody) return true;
    // ("Walter and Eliza Hall Institute", "Bill and Melinda Gates Foundation": a body named after a couple, a given
    // name, "and", the other's full name and the body's head.)
    if (i - 1 === from && isGivenName(prev) && next.cap && !next.acronym && (isGivenName(next) || knownNameWord(next.key) || !inLexicon(next.key)) && !listed) {
      let k = i + 1;
      while (k + 1 < tokens.length && k - i < 4 && tokens[k].join === 'space' && nameAt(k + 1) && tokens[k + 1].paragraph === c.paragraph && !orgHeads.has(tokens[k].key)) k++;
      if (k - i >= 3 && orgHeads.has(tokens[k].key)) return true;
    }
    // ("Jindal Steel and Power", "Pacific Gas and Electric", "Florida Power and Light": a company's trade word after its
    // name, "and", and one more such word or common word that ends the run, name one company: that word alone is none.)
    const lastWord = next.join !== 'hyphen' && !(next.join === 'space' && tokens[i + 2]?.cap && tokens[i + 2].paragraph === c.paragraph);
    if (orgHeads.has(prev.key) && i - 1 > from && right === next && lastWord && !next.acronym && !next.possessive && !isGivenName(next) &&
        (orgHeads.has(next.key) || commonWordOnly(next.key)) && !(listed && listed.words.length === i - from) && !(clubHeads.has(next.key) || clubHeads.has(prev.key))) return true;
    if ((orgHeads.has(prev.key) && (i - 1 > from || next.key === 'the' || orgHeads.has(next.key))) || (listed && listed.words.length === i - from)) return false;
    // "Securities and Exchange Commission": the words after "and" end with an organization head, or
    // with the head of a law's name ("Anti-Graft and Corrupt Practices Act", "Tax Cuts and Jobs Act").
    let k = i + 1;
    // ("Greenpeace Australia Pacific and the Australian Marine Conservation Society", "the Rashtriya Janata Dal and the Lok
    // Janshakti Party": after a listed body or names that are no subject, or before a nation's or a place's word, "and the"
    // joins two bodies.)
    if (tokens[k].key === 'the' && (listed?.type === 'organization' || !subjectWords(tokens, from, i) || demonyms.has(tokens[k + 1]?.key ?? '') || matchAt(tokens, k + 1, k + 2)?.type === 'place')) return false;
    if (tokens[k].key === 'the' && k + 1 < tokens.length && nameAt(k + 1)) k++; // "Education and the Workforce Committee"
    else if (!nameAt(k)) return false;
    while (k + 1 < tokens.length && tokens[k].join === 'space' && nameAt(k + 1) && tokens[k + 1].paragraph === c.paragraph) k++;
    // ("at Pittodrie and Rangers drew": a club's word alone after "and" is a club of its own, as in "Hearts and Rangers";
    // "Brighton and Hove Albion" has a word before it.)
    if (k === i + 1 && clubHeads.has(tokens[k].key)) return false;
    return (orgHeads.has(tokens[k].key) || /^(?:act|bill)$/.test(tokens[k].key)) && k - i <= 5 && !prev.tags.has('Person');
  }
  if (nameParticles.has(key)) return !orgHeads.has(prev.key);
  return false;
}

let countryKeys: Set<string> | undefined;

/** A country's listed words ("france", "south africa"): two countries and a force are two forces, not one body. */
function nationalPlaceKey(words: string): boolean {
  countryKeys ??= new Set(COUNTRIES.map((c) => c.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '')));
  return countryKeys.has(words);
}

/** Does the program's name ending at `last` run on, word by word, to the head of a body ("Medicaid Services")? */
function programInBodyName(tokens: Token[], last: number, nameAt: (k: number) => boolean): boolean {
  let k = last;
  while (k + 1 < tokens.length && k - last < 3 && tokens[k].join === 'space' && nameAt(k + 1) && tokens[k + 1].paragraph === tokens[last].paragraph) {
    k++;
    if (orgHeads.has(tokens[k].key)) return true;
  }
  return false;
}

/** A gazetteer name that starts at `from` and runs past `i` ("Bank of America", "Trinidad and Tobago"). */
function gazetteerSpans(tokens: Token[], from: number, i: number, past = 2): boolean {
  for (let s = from; s < i; s++) {
    const e = matchAt(tokens, s, tokens.length);
    if (e && s + e.words.length > i + past - 1) return true;
  }
  return false;
}

/** One or two capitalized words, a comma and a listed place: a town and its state ("Alpharetta, Georgia"). */
function townThenRegion(tokens: Token[], k: number): boolean {
  for (let n = 1; n <= 2; n++) {
    const last = tokens[k + n - 1];
    if (!last?.cap || (n === 2 && tokens[k].join !== 'space')) return false;
    if (/^,\s+$/.test(last.gap) && placeAt(tokens, k + n)) return true;
  }
  return false;
}

/** Does a listed place start at token `k` ("India", "the US", "South Korea")? */
function placeAt(tokens: Token[], k: number): boolean {
  return k < tokens.length && matchAt(tokens, k, tokens.length)?.type === 'place';
}

/**
 * "Institute of Chartered Accountants in England and Wales": a body of members ("<head> of <members>") named
 * with the two places it serves, joined by "and"; an organization is located in one place, so two name
 * its reach. The tokens from "in" at `i` through the second place, or 0.
 */
function placesServed(tokens: Token[], from: number, i: number): number {
  const members = tokens[i - 1];
  // ("Accountants", "Consultants", "Merchants": people named by their trade end in "-ants" too.)
  if (!(membersPlural(members.key) || /ants$/.test(members.key)) || !members.cap || members.possessive) return 0;
  let body = false;
  for (let k = from; k + 1 < i - 1; k++) if (tokens[k + 1].key === 'of' && (orgOfHeads.has(tokens[k].key) || orgHeads.has(tokens[k].key))) body = true;
  if (!body) return 0;
  const first = i + 1 < tokens.length ? matchAt(tokens, i + 1, tokens.length) : undefined;
  if (first?.type !== 'place' || tokens[i].join !== 'space') return 0;
  const and = i + 1 + first.words.length;
  const second = and + 1 < tokens.length && tokens[and].key === 'and' ? matchAt(tokens, and + 1, tokens.length) : undefined;
  if (second?.type !== 'place' || tokens[and - 1].join !== 'space' || tokens[and].join !== 'space') return 0;
  const end = and + 1 + second.words.length;
  return tokens.slice(i, end).every((t) => t.paragraph === members.paragraph) ? end - i : 0;
}

/** Is `[from, to)` exactly a listed place ("Japan" of "Japan's Ministry of ...")? */
function listedPlace(tokens: Token[], from: number, to: number): boolean {
  const e = matchAt(tokens, from, to);
  return !!e && e.type === 'place' && e.words.length === to - from;
}

/**
 * End of "Ministry of Economy, Trade and Industry" when the run `[from, to)` is an "of" name of an
 * organization head and a comma follows: capitalized words separated by commas, closed by "and"
 * and a capitalized word, within a few words. Returns `to` when there is no such list.
 */
function commaListEnd(tokens: Token[], from: number, to: number, nameAt: (k: number) => boolean): number {
  let ofName = false;
  // ("Department for Environment, Food and Rural Affairs": British departments are named "for" their subjects.)
  let ofAt = -1;
  for (let k = from; k + 1 < to; k++) if ((tokens[k + 1].key === 'of' || tokens[k + 1].key === 'for') && orgOfHeads.has(tokens[k].key)) [ofName, ofAt] = [true, k + 1];
  // ("the University of Iowa, Drake, and Grinnell", "the Bank of England, Barclays and HSBC": a body named for a
  // listed place is whole before the comma; what follows is a list of names.)
  if (ofName && listedPlace(tokens, ofAt + 1, to)) return to;
  // "Meteorology, Climatology and Geophysical Agency", "Senate Health, Education, Labor and Pensions
  // Committee": without "of", the list must end with an organization head, and its words name no
  // listed place or person of their own.
  // (A head that also names a subject may open the list: "Senate Health, Education, …", not "Calder Bank, …".)
  if (!ofName && ((orgHeads.has(tokens[to - 1].key) && !SUBJECT_HEADS.has(tokens[to - 1].key)) || to - from > 2)) return to;
  let k = to;
  for (let steps = 0; steps < 8 && k < tokens.length; steps++) {
    if (!nameAt(k)) return to;
    const t = tokens[k];
    if (!ofName && (t.tags.has('Place') || t.tags.has('Person') || t.acronym || matchAt(tokens, k, k + 1))) return to;
    // ("Environment, Great Lakes, and Energy": the serial comma before "and".)
    const serial = t.join === 'none' && /^,\s+$/.test(t.gap);
    if ((t.join === 'space' || serial) && tokens[k + 1]?.key === 'and' && tokens[k + 1].join === 'space' && nameAt(k + 2) && tokens[k + 1].paragraph === t.paragraph) {
      let end = k + 3;
      while (end < tokens.length && tokens[end - 1].join === 'space' && nameAt(end) && end - k < 5) end++;
      if (!ofName && (!orgHeads.has(tokens[end - 1].key) || !subjectWords(tokens, from, end - 1))) return to;
      return end;
    }
    if (t.join === 'none' && /^,\s+$/.test(t.gap)) k++;
    else if (t.join === 'space') k++;
    else return to;
  }
  return to;
}

/** Heads of public bodies, which are named for the subjects they deal with. */
const BODY_HEADS = new Set(['commission', 'committee', 'ministry', 'department', 'council', 'agency', 'authority', 'board', 'administration', 'service', 'services', 'institute', 'directorate', 'office']);
/** Organization heads that are also the subjects committees and ministries are named for. */
const SUBJECT_HEADS = new Set(['health', 'energy', 'finance', 'technology', 'industry', 'resources', 'research', 'transportation', 'commerce', 'treasury', 'power', 'trade']);

/** Shaped like a common noun or adjective ("Meteorology", "Education", "Geophysical"). */
export const SUBJECT_SUFFIX = /(?:ology|tion|tions|sion|sions|ity|ment|ments|ness|ence|ance|ics|ical|al|ure|ship|ing|ism)$/;

/**
 * Are most words of `[from, to)` (connectors aside) subjects a body deals with, words compromise
 * knows or shaped like common nouns, rather than names ("Veridian, Nordwind and Calder Bank" are three)?
 */
function subjectWords(tokens: Token[], from: number, to: number): boolean {
  let words = 0;
  let common = 0;
  for (let k = from; k < to; k++) {
    const t = tokens[k];
    if (!t.cap) continue;
    words++;
    if (inLexicon(t.key) || (t.key.length >= 6 && SUBJECT_SUFFIX.test(t.key))) common++;
  }
  return words > 0 && common * 2 >= words;
}

/**
 * "University of Nevada, Las Vegas", "University of California, Berkeley": a university named for a
 * state, a comma and the town of its campus, closed by punctuation. Returns `to` otherwise.
 */
function campusEnd(tokens: Token[], from: number, to: number): number {
  if (to - from < 3 || tokens[from].key !== 'university' || tokens[from + 1].key !== 'of' || !listedPlace(tokens, from + 2, to)) return to;
  const town = matchAt(tokens, to, tokens.length);
  if (town && town.type !== 'place') return to;
  // ("University of California, Davis, studied": a town no list has, one word closed by punctuation, when no list of
  // names goes on after it, as in "the University of Iowa, Drake, and Grinnell".)
  const unlisted = !town && tokens[to].cap && !tokens[to].acronym && !tokens[to].initial && /^[,.;:)]/.test(tokens[to].gap)
    && !/^(?:and|or)$/.test(tokens[to + 1]?.key ?? '') && !(tokens[to + 1]?.cap && /^,/.test(tokens[to].gap));
  if (!town && !unlisted) return to;
  const end = to + (town ? town.words.length : 1);
  const last = tokens[end - 1];
  if (last.paragraph !== tokens[to].paragraph || last.possessive) return to;
  if (end < tokens.length && !/^[,.;:)]/.test(last.gap)) return to;
  return end;
}

/** Prepositions written with a capital inside Title-Case names of laws and programs. */
const TITLE_PREPOSITIONS = new Set(['near', 'for', 'from', 'to', 'against', 'with', 'on', 'in', 'at', 'by', 'without', 'through', 'after', 'over', 'under', 'into', 'about', 'across', 'toward', 'towards', 'within', 'beyond']);

export const ORDINAL = /^\d{1,3}(?:st|nd|rd|th)$/i;
/** Units and districts numbered by an ordinal before their name ("82nd Airborne Division", "9th Congressional District"). */
export const ORDINAL_UNITS = new Set(['brigade', 'division', 'regiment', 'battalion', 'corps', 'army', 'fleet', 'squadron', 'wing', 'district', 'circuit', 'precinct', 'ward', 'infantry', 'cavalry', 'airborne', 'legion', 'flotilla', 'command']);

/**
 * Does the run `[from, to)` name a unit an ordinal before it numbers? Its last word is one ("68th Separate Jaeger Brigade",
 * "5th Circuit"), or one of its first two words, a court's name going on ("9th Circuit Court of Appeals", "5th U.S. Circuit Court of Appeals").
 */
export function numberedUnit(tokens: Token[], from: number, to: number): boolean {
  if (ORDINAL_UNITS.has(tokens[to - 1].key)) return true;
  for (let k = from; k < Math.min(from + 2, to - 1); k++) if (ORDINAL_UNITS.has(tokens[k].key) && tokens.slice(k + 1, to).some((t) => t.key === 'court')) return true;
  return false;
}

/** Maximal runs of name-like words joined by spaces or hyphens. Linear in the number of tokens. */
export function findRuns(tokens: Token[]): Run[] {
  const runs: Run[] = [];
  // 0: not yet asked, 1: a name, 2: not one.
  const memo = new Uint8Array(tokens.length);
  const nameAt = (k: number): boolean => {
    if (k >= tokens.length) return false;
    if (memo[k] === 0) memo[k] = nameLike(tokens, k) ? 1 : 2;
    return memo[k] === 1;
  };
  let i = 0;
  while (i < tokens.length) {
    if (!nameAt(i)) {
      i++;
      continue;
    }
    const from = i;
    let to = i + 1;
    let syllable = false;
    while (to < tokens.length) {
      // No name is longer than this; it keeps the per-run steps linear on all-capitals text.
      if (to - from >= MAX_RUN) break;
      const last = tokens[to - 1];
      const next = tokens[to];
      // "District Attorney's Office", "Alpine People's Party": a possessive inside an organization's name.
      // (Not before a group's own possessive, which opens a name of its own: "Lula's Workers' Party".)
      if (last.possessive && next.paragraph === last.paragraph && next.cap && /^['’]s?\s+$/.test(last.gap) && orgHeads.has(next.key) && !personModifiedHeads.has(next.key) &&
          !(next.join === 'space' && tokens[to + 1]?.cap) && !(next.possessive && GROUP_POSSESSIVES.test(next.key)) && !listedPlace(tokens, from, to)) {
        to++;
        continue;
      }
      // "Ministry of Economy, Trade and Industry": a comma list inside an "of" name.
      if (last.join === 'none' && /^,\s+$/.test(last.gap) && next.paragraph === last.paragraph && next.cap) {
        const end = Math.max(commaListEnd(tokens, from, to, nameAt), campusEnd(tokens, from, to));
        if (end > to) {
          to = end;
          continue;
        }
      }
      // "Birmingham Women's and Children's NHS Foundation Trust", "Guy's and St Thomas' NHS Foundation Trust": two
      // possessives joined by "and" inside the name of a body that ends, a few words on, with its head noun.
      if (last.possessive && last.cap && next.key === 'and' && next.paragraph === last.paragraph && /^['’]s?\s+$/.test(last.gap) && next.join === 'space') {
        let k = to + 1;
        while (k < to + 3 && tokens[k]?.cap && !tokens[k].possessive && tokens[k].join === 'space' && tokens[k].paragraph === last.paragraph) k++;
        let e = k + 1;
        if (tokens[k]?.cap && tokens[k].possessive && tokens[k].paragraph === last.paragraph) {
          while (e < k + 6 && tokens[e]?.cap && !tokens[e].possessive && tokens[e].paragraph === last.paragraph && !orgHeads.has(tokens[e].key) && tokens[e].join === 'space') e++;
        }
        if (e > k + 1 && tokens[e]?.cap && tokens[e].paragraph === last.paragraph && orgHeads.has(tokens[e].key)) {
          to = e + 1;
          continue;
        }
      }
      // "Women's Premier League", "Workers' Party of Brazil", "Children's Hospital": a plural word for a
      // group of people, in the possessive, opens a name that goes on in capitals.
      if (last.possessive && last.cap && GROUP_POSSESSIVES.test(last.key) && next.paragraph === last.paragraph && next.cap && !next.initial && /^['’]s?\s+$/.test(last.gap)) {
        to++;
        continue;
      }
      // "St. Anthony's General Hospital", "St Vincent's University Hospital", "King's College Hospital": a saint's or a
      // sovereign's possessive owns nothing; it opens the name, which runs on through a word or two to its head noun.
      if (last.possessive && next.paragraph === last.paragraph && /^['’]s?\s+$/.test(last.gap) && next.cap && !next.possessive && patronPossessive(tokens, from, to)) {
        let k = to;
        while (k < to + 2 && !orgHeads.has(tokens[k].key) && tokens[k].join === 'space' && tokens[k + 1]?.cap && !tokens[k + 1].possessive && tokens[k + 1].paragraph === last.paragraph) k++;
        if (orgHeads.has(tokens[k].key)) {
          to = k + 1;
          continue;
        }
        // ("St Mary's Cathedral", "St James's Park", "St Patrick's Day": a saint's possessive and the head right after it,
        // a building's, a place's or a day's.)
        if (to - from >= 2 && (placeHeads.has(next.key) || eventHeads.has(next.key)) && !next.initial) {
          to++;
          continue;
        }
        // ("the Queen's Birthday holiday", "the King's Birthday Honours", "the King's Gambit": a sovereign's possessive
        // before words that are no title and no given name owns them: the whole is a day's, an honour's or a thing's
        // name, not a person named after the sovereign.)
        if (to - from === 1) {
          let e = to;
          while (e < to + 3 && tokens[e]?.cap && !tokens[e].acronym && !titleWords.has(tokens[e].key) && !isGivenName(tokens[e]) && tokens[e].paragraph === last.paragraph &&
            (e === to || (tokens[e - 1].join === 'space' && !tokens[e - 1].possessive))) e++;
          if (e > to) {
            to = e;
            break;
          }
        }
      }
      // "Jones's Road", "Regent's Park", "Shepherd's Bush Green": one word no list knows in the possessive, then a
      // place's head that ends the name, is a street's or a park's name, not its owner's.
      if (last.possessive && to - from === 1 && last.cap && !last.acronym && !last.initial && next.paragraph === last.paragraph && /^['’]s?\s+$/.test(last.gap) && next.cap && !next.possessive &&
          placeHeads.has(next.key) && !placeOfHeads.has(next.key) && !(next.join === 'space' && tokens[to + 1]?.cap) && !matchAt(tokens, from, to + 1) && !matchAt(tokens, from, to)) {
        to++;
        continue;
      }
      // "King's College London": a listed name runs through a possessive of its own.
      if (last.possessive && next.paragraph === last.paragraph && /^['’]s?\s+$/.test(last.gap) && gazetteerSpans(tokens, from, to, 1)) {
        to++;
        continue;
      }
      if (next.paragraph !== last.paragraph || !joinable(last) || last.possessive) break;
      // "Barclays plc": the British legal form, written in lower case, ends the company's name.
      if (next.text === 'plc' && last.cap && last.join === 'space') {
        to++;
        break;
      }
      // "Hanbit Chemical Co. Ltd.", "Muller GmbH & Co. KG": "Co." goes on into the legal form after it.
      if (last.key === 'co' && last.dotEnd > last.end && last.join === 'space' && CO_LEGAL_FORMS.test(next.key)) {
        to++;
        continue;
      }
      // "Acme Corp.", "Selma, Ala.": a suffix abbreviation ends the name. (Not "Del." opening a run before a given
      // name, a delegate's title: "Del. Ruth Anders".)
      if (last.dotEnd > last.end && last.key !== 'st' && suffixAbbreviations.has(last.key) && !delegateTitle(tokens, from, to - 1)) break;
      if (nameAt(to) && !next.initial) {
        to++;
        continue;
      }
      // "Building Faster Near Transit Act", "Protecting Americans From Foreign Adversaries Act": a
      // preposition capitalized inside the sentence, in a Title-Case name that ends with the head of a
      // law, an event or an organization.
      if (next.cap && !next.initial && !next.acronym && last.join === 'space' && last.cap && next.join === 'space' && TITLE_PREPOSITIONS.has(next.key) && to - from >= 1) {
        let end = -1;
        for (let k = to + 1; k < tokens.length && k - to <= 4 && nameAt(k) && !tokens[k].initial && tokens[k].paragraph === next.paragraph; k++) {
          if (eventHeads.has(tokens[k].key) || orgHeads.has(tokens[k].key)) end = k + 1;
          if (tokens[k].join !== 'space') break;
        }
        if (end > 0) {
          to = end;
          continue;
        }
      }
      // "Freedom of Information Act", "Treaty of Versailles"-style laws written with a lower-case "of", "on" or "for":
      // the name of a law or a treaty goes on to its head, so that no piece of it ("Freedom") is read as a name.
      if (!next.cap && /^(?:of|on|for)$/.test(next.key) && last.cap && last.join === 'space' && next.join === 'space' && tokens[to + 1]?.cap) {
        let end = -1;
        // ("Charter of Fundamental Rights", "Convention on Biological Diversity": the head first, the name after it.)
        const headFirst = lawHeads.has(last.key);
        for (let k = to + 1; k < tokens.length && k - to <= 4 && nameAt(k) && !tokens[k].initial && tokens[k].paragraph === next.paragraph; k++) {
          if (headFirst || lawHeads.has(tokens[k].key)) end = k + 1;
          if (tokens[k].join !== 'space') break;
        }
        if (end > 0) {
          to = end;
          continue;
        }
      }
      // "Joburg Water Watch": an organization head that is otherwise a stop word ends a name.
      if (next.cap && !next.initial && last.join === 'space' && last.cap && stopWords.has(next.key) && orgHeads.has(next.key) && to - from >= 2) {
        to++;
        break;
      }
      // "Ban Ki-moon", "Park Geun-hye", "Min-ji Seo": a short lower-case syllable after a hyphen in a name.
      if (!next.cap && last.join === 'hyphen' && last.text.length <= 6 && next.text.length <= 5 &&
          /^\p{Ll}+$/u.test(next.text) && !HYPHEN_WORDS.has(next.key) && next.join !== 'hyphen') {
        const after = tokens[to + 1];
        if (to - from >= 2) {
          to++;
          syllable = true;
          break;
        }
        if (next.join === 'space' && after && after.paragraph === next.paragraph && after.cap && nameAt(to + 1) && !after.initial) {
          to += 2; // "Min-ji" + "Seo"
          continue;
        }
      }
      // "Co-operative Bank of Kenya", "Co-operative Group": a word written with a hyphen after its prefix
      // ("co-operative" is "cooperative") goes on when more of the name follows.
      if (!next.cap && last.join === 'hyphen' && last.cap && /^\p{Ll}{4,}$/u.test(next.text) && inLexicon(last.key + next.key) && next.join === 'space' &&
          nameAt(to + 1) && tokens[to + 1].paragraph === next.paragraph) {
        to += 2;
        continue;
      }
      // "Nabil al-Khatib", "Abdullah bin Rashid al-Mansouri": an Arabic article joined to the next name.
      if (!next.cap && last.join === 'space' && next.join === 'hyphen' && arabicArticle.test(next.text) && tokens[to + 1]?.cap
        && tokens[to + 1].paragraph === next.paragraph) {
        to += 2;
        continue;
      }
      // "Lashkar-e-Taiba", "Port-au-Prince": a short lower-case particle between hyphens.
      if (!next.cap && last.join === 'hyphen' && next.join === 'hyphen' && next.text.length <= 3 && nameAt(to + 1) && tokens[to + 1].paragraph === next.paragraph) {
        to += 2;
        continue;
      }
      // "USA TODAY": a listed name runs through a word that otherwise stops a name.
      // "S&P 500", "Russell 2000": a listed name may run through a number too, and through a lower-case
      // word of its own ("Medicines and Healthcare products Regulatory Agency"), also after a hyphen
      // ("Organization for Security and Co-operation in Europe").
      if ((next.cap || /^\d+$/.test(next.text) || /^\p{Ll}+$/u.test(next.text)) && joinable(last) && gazetteerSpans(tokens, from, to, 1)) {
        to++;
        continue;
      }
      const served = next.key === 'in' && last.join === 'space' ? placesServed(tokens, from, to) : 0;
      if (served) {
        to += served;
        continue;
      }
      if (!next.cap && last.join === 'space' && connectorContinues(tokens, from, to, nameAt)) {
        // Take the connector(s): "of the" and "and the" take two.
        to++;
        if (tokens[to] && tokens[to].key === 'the' && (tokens[to - 1].key === 'of' || tokens[to - 1].key === 'and' || tokens[to - 1].key === 'for')) to++;
        else if (tokens[to] && tokens[to].key === 'a' && tokens[to - 1].key === 'for') to++;
        continue;
      }
      break;
    }
    // Never end on a connector (a number that ends a listed name stays: "S&P 500").
    while (!syllable && to - 1 > from && !tokens[to - 1].cap && !irishPrefixedName(tokens, tokens[to - 1]) && tokens[to - 1].text !== 'plc' && !(/^\d+$/.test(tokens[to - 1].text) && gazetteerSpans(tokens, from, to - 1, 1))) to--;
    // "the EB-5 program", "a MiG-29": letters joined by a hyphen to a number designate a model or a scheme, not a name.
    const designation = tokens[to - 1].join === 'hyphen' && /^\d+[A-Za-z]?$/.test(tokens[to]?.text ?? '') && tokens[to - 1].text.length <= 4;
    if (designation && to - from === 1) {
      i = to;
      continue;
    }
    // "68th Separate Jaeger Brigade", "9th Congressional District": the ordinal numbers the unit.
    const before = tokens[from - 1];
    if (before && ORDINAL.test(before.text) && before.join === 'space' && before.paragraph === tokens[from].paragraph && numberedUnit(tokens, from, to) && (runs.length === 0 || runs[runs.length - 1].to < from)) runs.push({ from: from - 1, to });
    else runs.push({ from, to });
    i = to;
  }
  return runs;
}

/**
 * "Del. Ruth Anders, D-Va.": "Del." opening a run, right before a given name, is a delegate's title (Virginia,
 * Maryland, West Virginia), not Delaware, which follows a town and a comma ("Dover, Del.", "DOVER, Del.").
 */
export function delegateTitle(tokens: Token[], from: number, k: number): boolean {
  const t = tokens[k];
  const next = tokens[k + 1];
  return k === from && t.text === 'Del' && /^\.\s+$/.test(t.gap) && !!next && next.paragraph === t.paragraph && isGivenName(next)
    && !(k > 0 && /,\s*$/.test(tokens[k - 1].gap) && (tokens[k - 1].tags.has('Place') || /^\p{Lu}+$/u.test(tokens[k - 1].text)));
}
