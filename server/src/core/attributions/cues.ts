/**
 * Cue detection within one sentence: reporting verbs with their subject or inverted source,
 * preposed cues ("according to X", "citing X"), relays ("cited X as saying"), hearsay
 * adverbs and phrases, and "Name:" colons. Each finding carries token ranges; spans and
 * classification are computed later.
 */
import {
  AUDIENCE_WORDS, COLON_LABELS, CUE_NOUNS, CUE_VERBS, FOR_NOUNS, DOCUMENT_HEADS, MESSAGE_HEADS, RELAY_HEADS, OWN_VERIFICATION_VERBS, REDUCED_RELATIVES, ROLE_HEADS, VAGUE_HEADS, HEARSAY_ADVERBS, HEARSAY_PHRASES, PREDICATE_AUX,
  PREPOSED_CUES, RELAY_VERBS, STATEMENT_PHRASES,
  SUBJECT_PRONOUNS, type CueVerb,
} from '../model/cues';
import type { CueClass } from '../types';
import { knownNameWord } from '../entities/compromiseLexicon';
import { SAME_FORM_PAST, TITLE_HEADS } from '../model/lexicon';
import { isOutletPhrase, PERSON_ROLES } from './strength';
import { coordinatedPlurals, scanBackCore, scanForwardCore, sourceAfter, subjectBefore, type SourcePhrase, type TokRange } from './sources';
import {
  adverbParticiple, breakAfter, colonAfter, commaAfter, endsSentence, isCapitalized, isTimeWord, quoteOpenBefore, type SentenceView, type Tok,
} from './tokens';

export type CueShape =
  | 'verb' // Smith said (that) … / … , Smith said
  | 'inverted' // "…," said Smith
  | 'participle' // …, saying …
  | 'according' // according to X
  | 'citing' // citing X
  | 'relay' // X cited Y as saying
  | 'hearsay' // reportedly, it is understood
  | 'colon' // Smith: "…"
  | 'dash' // "…" ― Smith
  | 'noun' // Smith's claim that …
  | 'channel' // Smith flagged it in a post on X
  | 'passive-agent'; // was written by X

export type Complement = 'that' | 'quote' | 'colon' | 'clause' | 'wh' | 'inf' | 'object' | 'end' | 'none';

export interface FoundCue {
  shape: CueShape;
  cls: CueClass;
  lemma: string;
  /** Predicate token range. */
  pred: TokRange;
  /** Source phrase token ranges, or null. */
  source: SourcePhrase | null;
  /** Where the content lies relative to the cue. */
  contentSide: 'before' | 'after' | 'sentence';
  /** First token of the content when after. */
  contentFrom?: number;
  /** Last token of the content when it stops before the sentence does ("Citing a report, Trump said …"). */
  contentTo?: number;
  complement: Complement;
  /** "in a statement", "in an interview": a formal statement. */
  statement: boolean;
  /** Relays: the noun phrase that the source cites ("the sources" in "cited the sources as saying"). */
  relayed?: TokRange;
  /** The subject was found right before the predicate (possibly past an apposition or a time adjunct). */
  adjacent?: boolean;
  /** Last token of the cue as a reader sees it when it runs past the predicate ("told reporters", "said in a statement"). */
  cueEnd?: number;
  /** First token of the cue as a reader sees it when it starts before the predicate ("as reported by"). */
  cueStart?: number;
  /** The outlet reports its own check of a document ("Reuters reviewed the contract"). */
  ownVerification?: boolean;
  /** Participles: the attribution in the same sentence it continues. */
  parent?: FoundCue;
  /** "This was denied by his office.": the passive answers what the sentence before says (or what it reports). */
  answersPrevious?: boolean;
}

// ---- verb forms ------------------------------------------------------------------------

interface VerbEntry {
  verb: CueVerb;
  particle?: string;
}

function regularForms(lemma: string): string[] {
  const out = [lemma];
  const cons = /[^aeiou]y$/.test(lemma);
  out.push(/(?:s|sh|ch|x|z|o)$/.test(lemma) ? lemma + 'es' : cons ? lemma.slice(0, -1) + 'ies' : lemma + 's');
  out.push(/e$/.test(lemma) ? lemma + 'd' : cons ? lemma.slice(0, -1) + 'ied' : lemma + 'ed');
  out.push(/ie$/.test(lemma) ? lemma.slice(0, -2) + 'ying' : /[^e]e$/.test(lemma) ? lemma.slice(0, -1) + 'ing' : lemma + 'ing');
  return out;
}

const FORMS = new Map<string, VerbEntry[]>();
for (const verb of CUE_VERBS) {
  const [head, particle] = verb.lemma.split(' ');
  const forms = new Set([...regularForms(head), ...(verb.forms ?? []).map((f) => f.split(' ')[0])]);
  for (const f of forms) {
    const list = FORMS.get(f) ?? [];
    list.push({ verb, particle });
    FORMS.set(f, list);
  }
}

/** Forms that are verbs whatever compromise says. */
const ALWAYS_VERB = new Set(['show', 'shows', 'suggest', 'suggests', 'indicate', 'indicates', 'found', 'said', 'says', 'told', 'tells', 'added', 'noted', 'wrote', 'stated', 'declared', 'claimed', 'insisted', 'argued', 'warned', 'acknowledged', 'tweeted', 'announced', 'reported', 'explained', 'asked', 'denied', 'testified', 'recalled', 'responded', 'replied', 'alleged', 'admitted', 'conceded', 'believes', 'thinks', 'contended', 'asserted', 'predicted', 'recalls', 'recounted', 'recounts']);

const BE = new Set(['is', 'was', 'are', 'were', 'be', 'been', 'being', 'am', "'s", "'re", "'m", "isn't", "aren't", "wasn't", "weren't"]);

const PAST_PARTICIPLE = /(?:ed|en|wn|ld|ght|id|nd)$/;

/** An auxiliary, modal or adverb of the predicate group; not a name that spells like one ("Theresa May", "Will Hurd"). */
function isAux(t: Tok): boolean {
  return PREDICATE_AUX.has(t.word) && !((isCapitalized(t) && t.i > 0 || t.tags.has('Place')) && (t.tags.has('Person') || t.tags.has('ProperNoun')));
}

export function isIng(t: Tok): boolean {
  return /ing$/.test(t.word);
}

function matchesWords(toks: Tok[], i: number, words: string[]): boolean {
  for (let k = 0; k < words.length; k++) {
    const t = toks[i + k];
    if (!t || t.word !== words[k] || t.inQuote) return false;
    if (k > 0 && /[,;:.!?]/.test(toks[i + k - 1].post)) return false;
  }
  return true;
}

const TIME_LEAD = /^(?:today|yesterday|tonight|earlier|later|recently|previously|ago|again|once|twice|late|early|afterward|afterwards|overnight|separately|privately|publicly|repeatedly)$/;
const ADJ_PREPS = /^(?:on|in|at|during|via|through|over|from|before|after|last|this|next|since|until|by|for|under)$/;

/** A time phrase at `k` ("July", "last year", "Tuesday") that a finite verb follows: the subject of the clause. */
function timeSubject(toks: Tok[], k: number): boolean {
  let j = k;
  while (j < toks.length && j < k + 3 && !toks[j].inQuote && (isDateLike(toks[j]) || TIME_LEAD.test(toks[j].word) || /^(?:last|this|next)$/.test(toks[j].word) && j === k) && !breakAfter(toks[j])) j++;
  const v = toks[j];
  return j > k && !!v && !v.inQuote && !breakAfter(toks[j - 1]) && /^(?:was|is|were|are|had|has|will|would|could|may|might|must|should|did|does|saw|sees|marked|marks|brought|proved|remains|remained|looks|looked)$/.test(v.word);
}

function isDateLike(t: Tok): boolean {
  return t.tags.has('Date') || /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|morning|afternoon|evening|night|week|weekend|month|year|day|days|weeks|months|years|hours)$/.test(t.word);
}

/** A comma inside a date ("February 5, 2025,") or closing one is not a clause break. */
export function realBreak(toks: Tok[], i: number): boolean {
  const t = toks[i];
  if (!breakAfter(t)) return false;
  if (/^\d{4}$/.test(t.text) && i > 0 && (isDateLike(toks[i - 1]) || /^\d{1,2}$/.test(toks[i - 1].text)) && /^,\s*$/.test(t.post)) return false;
  if (/^\d{1,2}$/.test(t.text) && toks[i + 1] && /^\d{4}$/.test(toks[i + 1].text) && /^,\s*$/.test(t.post)) return false;
  return true;
}

/**
 * A past participle right after a noun, followed by a particle, a preposition or a time word
 * (or by nothing, for the participles that usually modify a document, "released", "issued"): a
 * reduced relative on that noun ("a judgment handed down in London"), not a verb with an
 * object of its own.
 */
function participleOnNoun(toks: Tok[], j: number): boolean {
  const x = toks[j];
  const prev = toks[j - 1];
  if (!prev.tags.has('Noun') || prev.tags.has('Pronoun') || breakAfter(prev) || x.inQuote) return false;
  const listed = REDUCED_RELATIVES.has(x.word);
  if (!listed && !(x.tags.has('PastTense') && /ed$/.test(x.word))) return false;
  const n = toks[j + 1];
  // Any other verb in -ed needs a particle, a preposition or a time word after it: in "demand from
  // China cooled." the verb ends the clause it is the predicate of.
  if (!n || breakAfter(x)) return listed;
  return n.tags.has('Particle') || isDateLike(n) && !n.tags.has('Determiner') || /^(?:in|at|on|by|from|to|last|this|earlier|late|early)$/.test(n.word);
}

/** Skips time words and manner phrases after a predicate ("on Monday", "in a statement"). */
/**
 * What "citing" names is a source when it is someone or something that can tell: a person, a group, an
 * outlet or a document ("citing people familiar with the matter", "citing a ministry statement",
 * "citing data from the agency", "citing Reuters"), not a cause ("citing health reasons", "citing
 * higher cocoa costs", "citing the weather").
 */
function citesSource(toks: Tok[], core: { s: number; e: number }): boolean {
  let head = core.e;
  for (let j = core.s + 1; j <= core.e; j++) {
    if (/^(?:of|from|at|by|with|in|on|for|familiar|close|who|that)$/.test(toks[j].word) || REDUCED_RELATIVES.has(toks[j].word)
      || toks[j].tags.has('PastTense') && /ed$/.test(toks[j].word)) { head = j - 1; break; }
  }
  const h = toks[head];
  // ("citing Marsh's poor health", "citing Acme's refusal to negotiate": a name's possessive before a common head is whose
  // reason it is; the head says whether a source is cited, as in "citing Fitch's report".)
  let named = core.s;
  for (let j = head - 1; j >= core.s && !isCapitalized(h); j--) {
    if (isCapitalized(toks[j]) && /['’]s?$/.test(toks[j].text)) {
      named = j + 1;
      break;
    }
  }
  if (toks.slice(named, head + 1).some((t) => isCapitalized(t) && t.i > 0)) return true;
  if (h.tags.has('Pronoun') && !h.tags.has('Possessive')) return true;
  // "the release of political prisoners" is an event, a press release is a document.
  if (h.word === 'release' && toks[head + 1]?.word === 'of') return false;
  return ROLE_HEADS.has(h.word) || VAGUE_HEADS.has(h.word) || DOCUMENT_HEADS.has(h.word) || RELAY_HEADS.has(h.word) || isOutletPhrase(toks, core)
    || DOC_WORDS.test(h.word) || /^(?:statements?|remarks|comments|testimony|accounts?|interviews?|briefings?|letters?|memos?|posts?|tweets?|sources?|people|persons?|insiders?)$/.test(h.word);
}

/** "Based on data from …," opening the sentence, ", per BloombergNEF." closing it: a phrase that frames the clause with its source. */
function framingCue(toks: Tok[], i: number, n: number): boolean {
  const next = toks[i + n];
  if (!next || next.inQuote) return false;
  const opens = i === 0 || commaAfter(toks[i - 1]);
  if (!opens || toks[i - 1]?.inQuote) return false;
  // ("Per Eriksen, a transport analyst at Fjord Capital, says …": the given name that opens the subject, see tokens.)
  if (toks[i].tags.has('FirstName')) return false;
  const head = toks.slice(i + n, i + n + 4).find((t) => DOCUMENT_HEADS.has(t.word));
  return isCapitalized(next) && !isDateLike(next) || !!head;
}

/** "…, citing people familiar with the deal, …": a citing phrase set off by commas at `k`. */
function citingAside(toks: Tok[], k: number): boolean {
  const t = toks[k];
  return !!t && !t.inQuote && (t.word === 'citing' || t.word === 'according' && toks[k + 1]?.word === 'to') && k > 0 && commaAfter(toks[k - 1]);
}

const SENTENCE_ADVERB_ASIDE = /^(?:however|though|nonetheless|nevertheless|moreover|furthermore|meanwhile|instead|therefore|again|too|also|still)$/;

/** A word of an aside in commas with no verb of its own ("in an interview on Monday", "most recently in a podcast"). */
function verblessAsideWord(t: Tok): boolean {
  return !t.inQuote && !(t.tags.has('Verb') && !t.tags.has('Noun') && !isDateLike(t));
}

function skipAdjuncts(toks: Tok[], k: number, onStatement: () => void): number {
  for (let guard = 0; guard < 5 && k < toks.length; guard++) {
    const t = toks[k];
    if (t.inQuote || quoteOpenBefore(t)) return k;
    const st = STATEMENT_FIRST.has(t.word) ? STATEMENT_PHRASES.find((p) => matchesWords(toks, k, p)) : undefined;
    if (st) onStatement();
    // "said only that …", "would say simply that …": a focus adverb before the "that".
    if (/^(?:only|merely|simply|just)$/.test(t.word) && toks[k + 1]?.word === 'that' && !toks[k + 1].inQuote && k > 0 && !breakAfter(toks[k - 1])) {
      k++;
      continue;
    }
    // "said to me privately that …", "wrote to the board that …": the one spoken to, before "that".
    if (t.word === 'to' && k > 0 && !breakAfter(toks[k - 1])) {
      let j = k + 1;
      while (j < toks.length && j <= k + 6 && !toks[j].inQuote && toks[j].word !== 'that' && !breakAfter(toks[j - 1])
        && (toks[j].tags.has('Noun') || toks[j].tags.has('Pronoun') || toks[j].tags.has('Determiner') || toks[j].tags.has('Adjective')
          || toks[j].tags.has('Possessive') || /^[a-z]+ly$/.test(toks[j].word) && toks[j].tags.has('Adverb'))
        && !(toks[j].tags.has('Verb') && !toks[j].tags.has('Noun'))) j++;
      // ("wrote to my line manager that afternoon": a demonstrative before a time (isDateLike, or a season) is no complementizer; "has threatened
      // to fine charities that ignore the ban": a "that" with a verb right after it is a relative pronoun, its
      // clause's subject, and "to" opened the infinitive.)
      if (j > k + 1 && toks[j]?.word === 'that' && !toks[j].inQuote && !breakAfter(toks[j - 1]) && !!toks[j + 1] && !isDateLike(toks[j + 1])
        && !(toks[j + 1].tags.has('Verb') && !toks[j + 1].tags.has('Noun') && !toks[j + 1].tags.has('Pronoun'))
        && !/^(?:time|moment|summer|winter|spring|autumn|fall)$/.test(toks[j + 1].word)) return j;
    }
    // "cautioned, however, that …", "said, though, the plan would fail": a sentence adverb in commas after the verb.
    if (SENTENCE_ADVERB_ASIDE.test(t.word) && k > 0 && commaAfter(toks[k - 1]) && (commaAfter(t) || colonAfter(t)) && !toks[k - 1].inQuote) {
      k++;
      continue;
    }
    // "insisted, in an interview on Monday, that …", "continues to insist, most recently in a television interview, that
    // …": an aside in commas, with no verb of its own, between the verb and its "that".
    if (k > 0 && commaAfter(toks[k - 1]) && !toks[k - 1].inQuote) {
      let j = k;
      while (j < toks.length && j <= k + 14 && !commaAfter(toks[j]) && !endsSentence(toks[j]) && verblessAsideWord(toks[j])) j++;
      if (j > k && j < toks.length - 1 && commaAfter(toks[j]) && toks[j + 1].word === 'that' && !toks[j + 1].inQuote) return j + 1;
    }
    // "reported earlier this month, citing people familiar with the deal, that …": a citing phrase set
    // off by commas stands between the verb and what it reports.
    if (citingAside(toks, k)) {
      let j = k + 1;
      while (j < toks.length && j <= k + 14 && !commaAfter(toks[j]) && !toks[j].inQuote && !endsSentence(toks[j])) j++;
      if (j < toks.length - 1 && commaAfter(toks[j])) {
        k = j + 1;
        continue;
      }
    }
    // "replied the next morning that …": a time phrase with "the".
    if (t.word === 'the' && /^(?:next|following|previous|same)$/.test(toks[k + 1]?.word ?? '') && /^(?:day|morning|afternoon|evening|night|week|month|year)$/.test(toks[k + 2]?.word ?? '')
      && !toks[k + 2].inQuote) {
      k += 3;
      if (realBreak(toks, k - 1) && !citingAside(toks, k)) return k;
      continue;
    }
    // ("believe recently filed accounts understate …": an adverb grading a participle opens the clause's subject.)
    if ((TIME_LEAD.test(t.word) || isDateLike(t) && !ADJ_PREPS.test(t.word)) && !adverbParticiple(toks, k)) {
      // ("said July was the hottest month", "said last year was worse": a time with the clause's verb after it is its subject.)
      if (timeSubject(toks, k)) return k;
      k++;
      if (realBreak(toks, k - 1) && !citingAside(toks, k)) return k;
      continue;
    }
    if (ADJ_PREPS.test(t.word)) {
      const n = toks[k + 1];
      if (!n || n.inQuote || quoteOpenBefore(n) || realBreak(toks, k)) return k;
      if ((t.word === 'this' || t.word === 'last' || t.word === 'next') && (!isDateLike(n) || timeSubject(toks, k))) return k;
      let j = k + 1;
      let sawDate = false;
      while (j < toks.length) {
        const x = toks[j];
        if (x.inQuote || x.word === 'that') break;
        const nounish = isDateLike(x) || x.tags.has('Value') || x.tags.has('Determiner') || x.tags.has('Adjective') || x.tags.has('Possessive') && j === k + 1
          || x.tags.has('Noun') && !x.tags.has('Pronoun') || x.tags.has('ProperNoun') || isCapitalized(x) && !x.tags.has('Verb');
        // "in a note to clients", "in a letter to the board": a recipient inside the manner phrase.
        const innerPrep = /^(?:of|at|in|on|with|for|to)$/.test(x.word) && j > k + 1 && toks[j + 1] && !toks[j + 1].inQuote
          && (toks[j + 1].tags.has('Determiner') || isCapitalized(toks[j + 1]) || toks[j + 1].tags.has('Noun') && !toks[j + 1].tags.has('Verb'));
        if (j > k + 1 && participleOnNoun(toks, j)) {
          // "in a judgment handed down in London", "in a letter released Monday": a participle on the adjunct's noun.
          j += toks[j + 1]?.tags.has('Particle') && !breakAfter(toks[j]) ? 2 : 1;
          if (breakAfter(toks[j - 1])) break;
          continue;
        }
        // ("in his opening remarks that …": a plural noun the tagger read as a verb, closing the phrase before "that".)
        const pluralBeforeThat = !nounish && j > k + 1 && /[a-z]s$/.test(x.word) && x.tags.has('PresentTense') && toks[j + 1]?.word === 'that' && !toks[j + 1].inQuote
          && (toks[j - 1].tags.has('Noun') || toks[j - 1].tags.has('Adjective') || toks[j - 1].tags.has('Possessive') || toks[j - 1].tags.has('Determiner'));
        // ("argued in the filing that …", "said at a briefing that …": an -ing word after an article or a possessive is a noun.)
        const gerundNoun = j > k + 1 && isIng(x) && x.tags.has('Gerund') && (toks[j - 1].tags.has('Determiner') || toks[j - 1].tags.has('Possessive'));
        if (!nounish && !innerPrep && !pluralBeforeThat && !gerundNoun) break;
        if (sawDate && isDateLike(toks[j - 1]) && (x.tags.has('Determiner') || x.tags.has('Pronoun'))) break;
        if (x.tags.has('Verb') && !x.tags.has('Noun') && !isDateLike(x) && !pluralBeforeThat && !gerundNoun) break;
        if (isDateLike(x)) sawDate = true;
        j++;
        if (breakAfter(toks[j - 1])) break;
      }
      if (j === k + 1) return k;
      // "wrote for the majority that …": a "for" phrase only before the content it frames.
      if (t.word === 'for' && (toks[j]?.word !== 'that' || /ing$/.test(toks[k - 1]?.word ?? ''))) return k;
      k = j;
      if (realBreak(toks, k - 1) && !citingAside(toks, k)) return k;
      continue;
    }
    return k;
  }
  return k;
}

function complementAt(toks: Tok[], pe: number, k: number, verb: CueVerb | undefined): Complement {
  // "discuss recently released polls": an adverb opening the object.
  // ("said newly filed reports show …": an adverb grading a participle opens a noun phrase.)
  if (k > pe && toks[k] && /^[a-z]+ly$/.test(toks[k].word) && toks[k].tags.has('Adverb') && !toks[k].inQuote && !breakAfter(toks[k])
    && toks[k + 1] && !toks[k + 1].inQuote && !/^(?:that|to)$/.test(toks[k + 1].word) && !adverbParticiple(toks, k)) k++;
  if (colonAfter(toks[pe]) || (k > 0 && k - 1 > pe && colonAfter(toks[k - 1]))) return 'colon';
  if (k >= toks.length) return 'end';
  const t = toks[k];
  if (t.inQuote || quoteOpenBefore(t)) return 'quote';
  // "reported, citing people familiar with the deal, that …": "that" after an aside the verb skipped.
  // ("insisted, in an interview on Monday, that …": after a verbless aside in commas, see skipAdjuncts.)
  if (t.word === 'that' && k - 1 > pe && commaAfter(toks[k - 1]) && (toks.slice(pe + 1, k).some((_, j) => citingAside(toks, pe + 1 + j))
    || commaAfter(toks[pe]) && !toks[pe].inQuote && k - pe <= 16 && toks.slice(pe + 1, k - 1).every((x) => !commaAfter(x) && verblessAsideWord(x)))) return 'that';
  // "cautioned, however, that …": "that" after a sentence adverb in commas.
  if (t.word === 'that' && k - 1 > pe && commaAfter(toks[k - 1]) && SENTENCE_ADVERB_ASIDE.test(toks[k - 1].word) && commaAfter(toks[k - 2])) return 'that';
  if (k > 0 && (realBreak(toks, k - 1) || endsSentence(toks[k - 1]))) {
    // A break right after the predicate: a trailing cue or an aside.
    return /[,;—–(]/.test(toks[k - 1].post) || endsSentence(toks[k - 1]) ? 'end' : 'none';
  }
  // ("The tribunal didn't accept that, did it?", "He denied that.": "that" that ends the clause is a pronoun, the thing
  // accepted; "joked that, among voters, …" goes on.)
  if (t.word === 'that') {
    const ends = endsSentence(t) || k + 1 >= toks.length
      || realBreak(toks, k) && /^(?:and|but|or|so|did|does|do|is|was|are|were|has|have|had|didn['’]t|doesn['’]t|isn['’]t|wasn['’]t|right)$/.test(toks[k + 1].word)
      // ("Organizers dispute that account.": "that" and a noun that ends the sentence are its object.)
      || endsSentence(toks[k + 1]) && toks[k + 1].tags.has('Noun') && !toks[k + 1].tags.has('Pronoun') && !toks[k + 1].inQuote && !isCapitalized(toks[k + 1])
      // ("Prewitt rejected that request, saying …", "denied that claim in a statement": after a denial, "that" and a
      // singular noun no verb follows are what was denied.)
      || verb?.cls === 'denial' && !!toks[k + 1] && !!toks[k + 2] && toks[k + 1].tags.has('Singular') && !toks[k + 1].tags.has('Pronoun')
        && !toks[k + 1].inQuote && !isCapitalized(toks[k + 1]) && (realBreak(toks, k + 1) || toks[k + 2].tags.has('Preposition'));
    return ends ? 'object' : 'that';
  }
  // "a move the minister said would unlock 300,000 homes": the subject of what was said stands before the cue.
  if (k === pe + 1 && /^(?:say|claim|believe|think|predict|argue|insist|suggest|warn|estimate)$/.test(verb?.lemma ?? '')
    && t.tags.has('Modal') && !t.inQuote && toks[k + 1] && !toks[k + 1].inQuote && toks[k + 1].tags.has('Verb')) return 'clause';
  if (/^(?:whether|how|why|what|if|when|who|where)$/.test(t.word)) return 'wh';
  const n1 = toks[k + 1];
  // "knows there are people …": an existential clause.
  if (t.word === 'there' && n1 && !n1.inQuote && (BE.has(n1.word) || n1.tags.has('Modal') || /^(?:has|have|had)$/.test(n1.word))) return 'clause';
  // "vowed not to repeat": a negated infinitive.
  // "asked not to be identified" is a condition of anonymity, not content.
  if ((t.word === 'not' || t.word === 'never') && n1?.word === 'to' && toks[k + 2] && !toks[k + 2].inQuote && toks[k + 2].tags.has('Verb')
    && toks[k + 2].word !== 'be') return verb?.infinitive ? 'inf' : 'none';
  // 'urged residents to "take this storm seriously"': a quoted infinitive.
  if (t.word === 'to' && verb?.infinitive && n1?.inQuote && /^[a-z]+$/.test(n1.text) && quoteOpenBefore(n1)) return 'inf';
  const n2 = toks[k + 2];
  const objectNext = !!n2 && (n2.tags.has('Determiner') || n2.tags.has('Possessive') || n2.tags.has('Pronoun') || n2.tags.has('Value') || n2.tags.has('ProperNoun'));
  if (t.word === 'to' && n1 && !n1.inQuote && (n1.tags.has('Verb') || !(n1.tags.has('Determiner') || n1.tags.has('Pronoun') || n1.tags.has('ProperNoun') || n1.tags.has('Possessive'))
    && (!n1.tags.has('Noun') || objectNext))) {
    return verb?.infinitive ? 'inf' : 'none';
  }
  // After a verb of intention "to" opens an infinitive whatever the tagger made of the next word ("wants to junk the rule",
  // "warned North Korea to refrain").
  if (t.word === 'to' && verb?.infinitive && n1 && !n1.inQuote && !isCapitalized(n1) && /^[a-z]+$/.test(n1.word)
    && !(n1.tags.has('Determiner') || n1.tags.has('Pronoun') || n1.tags.has('Possessive') || n1.tags.has('Value') || n1.tags.has('Plural'))) return 'inf';
  // "claimed at least 767 manufacturers had closed", "said more than 40 people died": a quantifier opens the subject.
  let q = k;
  if (/^(?:at|more|fewer|less)$/.test(t.word) && n1 && /^(?:least|most|than)$/.test(n1.word) && !n1.inQuote && toks[k + 2]?.tags.has('Value')) q = k + 2;
  else if (/^(?:nearly|almost|about|around|roughly|approximately|some|only|just|over|up)$/.test(t.word) && n1?.tags.has('Value')) q = k + 1;
  let e = scanForwardCore(toks, q);
  // "the numbers understate the problem": a present verb after a plural noun, with its own object, ends the noun phrase.
  if (e > q && toks[e].tags.has('Verb') && toks[e].tags.has('PresentTense') && toks[e - 1].tags.has('Plural') && !toks[e - 1].tags.has('Pronoun')
    && !toks[e].inQuote && toks[e + 1] && (toks[e + 1].tags.has('Determiner') || toks[e + 1].tags.has('Possessive'))) e--;
  // "thinks the council understands the problem", "think the problems run deeper": after a verb of saying or thinking, a
  // present verb that agrees with the noun before it (an "-s" form after a singular noun, the bare form after a plural)
  // opens the clause, though read as the last word of a compound noun.
  if (e > q && (verb?.cls === 'cognition' || /^(?:say|argue|claim|insist|contend|think|believe|predict|suggest)$/.test(verb?.lemma ?? ''))) {
    for (let j = q + 1; j <= e; j++) {
      const x = toks[j];
      const p = toks[j - 1];
      if (x.inQuote || !x.tags.has('Verb') || !x.tags.has('PresentTense') || x.tags.has('Noun') || x.tags.has('Adjective') || isDateLike(x)) continue;
      if (!p.tags.has('Noun') || p.tags.has('Pronoun') || p.tags.has('Possessive') || breakAfter(p)) continue;
      const agrees = p.tags.has('Plural') ? x.tags.has('Infinitive') && !/s$/.test(x.word) : /[^s]s$/.test(x.word) && !x.tags.has('Infinitive');
      if (agrees) {
        e = j - 1;
        break;
      }
    }
  }
  if (e >= 0) {
    // "urged Congress to act", "warned North Korea to refrain", "wants Congress to act": the person addressed or
    // wanted to act, and the infinitive. Not after a forecast ("expects costs to rise" is the author's hedge) nor after
    // an offer or a plan ("offered Trump a platform to …").
    const to = toks[e + 1];
    const inf = toks[e + 2];
    if (verb?.infinitive && (verb.addressee || /^(?:want|encourage|prefer|expect)$/.test(verb.lemma)) && to?.word === 'to' && !to.inQuote && !breakAfter(toks[e]) && inf && !inf.inQuote && !isCapitalized(inf)
      && inf.tags.has('Verb') && !inf.tags.has('Gerund') && !inf.tags.has('PastTense')) return 'inf';
    // "believes his efforts to slow warming will matter": a finite verb later in the clause.
    // "believe the pattern that developed last year will fade": a relative clause on the subject
    // is passed over, its own verb with it.
    // "returns show Hadley leading by 6 points", "data show prices rising": evidence of a state, a noun and an -ing verb.
    const ingAfter = toks[e + 1];
    if (verb?.cls === 'evidential' && ingAfter && !ingAfter.inQuote && ingAfter.tags.has('Gerund') && /ing$/.test(ingAfter.word) && !breakAfter(toks[e])) return 'clause';
    // "Polling averages show Clinton with a lead", "the poll shows Hadley ahead by six points": a standing, not a thing shown.
    if (verb?.lemma === 'show' && ingAfter && !ingAfter.inQuote && !breakAfter(toks[e]) && isCapitalized(toks[e])
      && (/^(?:ahead|behind|up|down)$/.test(ingAfter.word) || ingAfter.word === 'with' && /^(?:a|an)$/.test(toks[e + 2]?.word ?? '') && /^(?:lead|edge|advantage|deficit)$/.test(toks[e + 3]?.word ?? ''))) return 'clause';
    let inRelative = false;
    // Only after verbs whose object is rarely a noun phrase ("believe", "say"), not "answer the questions that …".
    const clauseTaking = verb?.cls === 'cognition' || /^(?:say|argue|claim|insist|contend|think|believe|predict|suggest)$/.test(verb?.lemma ?? '');
    // "The court heard the charity's former chairwoman, Alison Greer, became suspicious": the subject's name set off in
    // commas after it, then the clause's verb.
    if (clauseTaking && commaAfter(toks[e]) && !toks[e].tags.has('Pronoun')) {
      let m = e + 1;
      while (m < toks.length && m - e <= 4 && isCapitalized(toks[m]) && !toks[m].inQuote && !commaAfter(toks[m]) && !breakAfter(toks[m])) m++;
      const v = toks[m + 1];
      if (m > e + 1 && m < toks.length && isCapitalized(toks[m]) && !toks[m].inQuote && /^,\s*$/.test(toks[m].post) && v && !v.inQuote
        && (v.tags.has('Modal') || v.tags.has('Auxiliary') || v.tags.has('Copula') || v.tags.has('Verb') && (v.tags.has('PastTense') || v.tags.has('PresentTense')) && !v.tags.has('Gerund') && !v.tags.has('Noun'))) return 'clause';
    }
    for (let j = e + 1; j < toks.length && j <= e + 12; j++) {
      const x = toks[j];
      // (Past a comma only the word right after it is looked at: "found heavy smoke on the second floor,
      // Fire Chief Dan Ruiz said" has no clause of its own after "found".)
      // ('said the company "continually reviews" its portfolio': a quoted fragment that opens with the clause's verb.)
      if (x.inQuote && j === e + 1 && clauseTaking && !breakAfter(toks[e]) && quoteOpenBefore(x) && toks[e].tags.has('Noun')
        && (finiteVerb(x) || x.tags.has('Adverb') && !!toks[j + 1] && finiteVerb(toks[j + 1]))) return 'clause';
      if (x.inQuote || realBreak(toks, j - 1) && j > e + 1 || j > e + 1 && realBreak(toks, e)) break;
      if (j === e + 1 && clauseTaking && /^(?:that|who|which)$/.test(x.word) && toks[e].tags.has('Noun') && !toks[e].tags.has('Pronoun') && !isDateLike(toks[e])) {
        inRelative = true;
        continue;
      }
      if (inRelative) {
        // Its verb: finite, a modal or auxiliary, or a participle compromise read as an adjective ("developed").
        if (x.tags.has('Verb') && !x.tags.has('Gerund') || x.tags.has('Modal') || x.tags.has('Auxiliary') || x.tags.has('Adjective') && /ed$/.test(x.word)) inRelative = false;
        continue;
      }
      // "believe bigotry and xenophobia are acceptable": a coordinated subject goes on after "and".
      const npAnd = /^(?:and|or)$/.test(x.word) && !breakAfter(toks[j - 1]) && !!toks[j + 1] && !toks[j + 1].inQuote
        && (toks[j + 1].tags.has('Noun') || toks[j + 1].tags.has('Determiner') || toks[j + 1].tags.has('Adjective')) && !toks[j + 1].tags.has('Verb');
      if (npAnd) continue;
      if (x.word === 'that' || /^(?:who|which|whose|when|where|because|if|and|but|or)$/.test(x.word)) break;
      if (x.tags.has('Modal') || (x.tags.has('Auxiliary') || x.tags.has('Copula')) && toks[j - 1].word !== 'to'
        || x.tags.has('Verb') && (x.tags.has('PastTense') || x.tags.has('PresentTense')) && !x.tags.has('Gerund')
          // "the numbers understate the problem": a plural subject's present verb has the infinitive's form.
          && (!x.tags.has('Infinitive') || clauseTaking && j === e + 1 && toks[e].tags.has('Plural') && !toks[e].tags.has('Pronoun'))
          && toks[j - 1].word !== 'to' && !isDateLike(x) && !(x.tags.has('Noun') || x.tags.has('Adjective'))) {
        return j === e + 1 && breakAfter(toks[e]) ? 'object' : 'clause';
      }
    }
    const after = toks[e + 1];
    if (after && !breakAfter(toks[e]) && after.tags.has('Verb') && !after.tags.has('Gerund') && !isIng(after) && !isDateLike(after)
      && !/^(?:last|next|this|ago)$/.test(after.word)) return 'clause';
    if (after && !breakAfter(toks[e]) && (after.tags.has('Modal') || after.tags.has('Auxiliary') || after.tags.has('Copula'))) return 'clause';
    return 'object';
  }
  if (isIng(t) && t.tags.has('Gerund')) return 'object'; // "proposes doing away with", "cited improving services"
  return 'none';
}

/**
 * Animate heads: people, groups, organizations and the heads that name a body ("the central bank believes", "the
 * treasury expects"), pronouns, the parties to a case ("the accused accepted that …").
 */
const ANIMATE_WORDS = /^(?:he|she|they|we|i|you|who|people|person|officials?|prosecution|defence|defense|crown|critics|experts|analysts|voters|democrats|republicans|members|leaders|aides|advisers|lawmakers|sources?|insiders?|supporters|opponents|residents|americans|others|some|many|most|several|both|all|campaign|administration|government|committee|company|party|court|inquest|inquiry|tribunal|jury|trial|agency|police|group|team|board|department|ministry|firm|union|council|commission|congress|senate|house|fbi|cia|white|family|bank|treasury|fund|regulator|watchdog|lender|insurer|airline|carrier|automaker|carmaker|retailer|manufacturer|maker|producer|operator|utility|startup|hospital|university|club|embassy|office|parliament|cabinet|authority|authorities|kremlin|pentagon|army|military|navy|presidency|legislature|assembly|league|federation|association|foundation|institute|coalition|alliance|organizers|service|bureau|staff|brigade|corps|constabulary|directorate|inspectorate|secretariat|executive|percent|majority|plurality|respondents|accused|defendant|appellant|applicant|complainant|claimant|plaintiff|petitioner)$/;

/**
 * Plural agent nouns name people ("demonstrators", "regulators", "economists", "immigrants");
 * the words below share the endings but name things.
 */
const AGENT_PLURAL = /^[a-z]{3,}(?:ers|ors|ists|ians|ants|ents)$/;
const NOT_AGENTS = /^(?:numbers|letters|papers|orders|matters|computers|waters|powers|centers|centres|quarters|headquarters|factors|sectors|errors|doors|floors|colors|colours|mirrors|corridors|vectors|motors|rumors|rumours|reactors|indicators|borders|towers|layers|markers|posters|printers|filters|banners|chapters|registers|meters|barriers|answers|flowers|offers|dollars|terms|plants|grants|restaurants|documents|statements|agreements|comments|arguments|amendments|elements|payments|investments|governments|departments|events|moments|incidents|accidents|segments|contents|components|treatments|requirements|assessments|developments|improvements|settlements|shipments|experiments|instruments|movements|judgments|judgements|sentiments|apartments|achievements|announcements|appointments|commitments|environments|supplements|advertisements|measurements|adjustments|ailments|pollutants|variants|remnants|warrants|constants|fronts|waivers|characters|rivers|covers|tankers|containers|chambers|talents|patents|percents|cents|accents|parliaments|tournaments|ornaments|fragments|garments|sediments|torments|contracts)$/;

export function isAnimate(toks: Tok[], r: TokRange, proper?: ReadonlySet<string>): boolean {
  const head = toks[r.e];
  // ("Nikkei has learned that …": a news outlet learns and knows as its reporters do.)
  if (isOutletPhrase(toks, r)) return true;
  if (head && AGENT_PLURAL.test(head.word) && !NOT_AGENTS.test(head.word) && !head.tags.has('Verb')) return true;
  // "Another predicted …", "Others argued …": one more of the people just mentioned.
  if (head && r.s === r.e && /^(?:another|others)$/.test(head.word)) return true;
  // "an executive at a rival carrier", "a technician with the utility": the head before its prepositional phrase.
  for (let j = r.s + 1; j <= r.e; j++) {
    if (!/^(?:at|of|from|with|in|for|on|inside|within)$/.test(toks[j].word)) continue;
    if (isPersonNoun(toks[j - 1])) return true;
    break;
  }
  for (let j = r.e; j >= r.s; j--) {
    const t = toks[j];
    if (proper && isCapitalized(t) && proper.has(t.word.replace(/['’]s$/, ''))) return true;
    // ("the prosecution's case": the possessor.)
    const w = t.word.replace(/['’]s$/, '');
    if (ANIMATE_WORDS.test(w) || /s$/.test(w) && ANIMATE_WORDS.test(w.replace(/ies$/, 'y').replace(/s$/, ''))) return true;
    if (j === r.e && isPersonNoun(t)) return true;
    if (/^(?:this|that|these|those|it|its|which|what)$/.test(t.word)) continue;
    if (t.tags.has('Person') || t.tags.has('Organization') || t.tags.has('Actor') || t.tags.has('ProperNoun')) return true;
    if (isCapitalized(t) && t.i > 0 && !t.tags.has('Determiner')) return true;
  }
  return false;
}

/**
 * A head noun naming people: a role or a crowd ("regulators", "the judge", "delegates") or a
 * plural agent noun in -ers, -ors, -ists or -ians that is not a thing ("numbers", "papers").
 */
const TITLE_HEAD_WORDS: ReadonlySet<string> = new Set(TITLE_HEADS);

function isPersonNoun(t: Tok): boolean {
  if (!t.tags.has('Noun') || t.tags.has('Pronoun')) return false;
  // "The governor made clear", "the coach has made it clear": the holder of an office or a post.
  if (TITLE_HEAD_WORDS.has(t.word)) return true;
  if (ROLE_HEADS.has(t.word) && t.word !== 'authority' || VAGUE_HEADS.has(t.word) && !/^(?:reports|studies|research|polls|rumou?rs|media)$/.test(t.word)) return true;
  if (/^(?:judges?|delegates?|jurors?|justices|senators|governors|mayors|donors|voters|citizens|parents|students|residents|veterans|fans)$/.test(t.word)) return true;
  return t.tags.has('Plural') && /(?:ers|ors|ists|ians)$/.test(t.word)
    && !/^(?:numbers|letters|papers|matters|orders|centers|centres|quarters|headquarters|computers|waters|borders|powers|layers|chambers|corners|filters|markers|factors|sectors|errors|mirrors|monitors|colors|colours|indicators|motors|doors|floors|corridors|meters|offers|answers|members)$/.test(t.word);
}

const DOC_WORDS = /^(?:averages?|returns|slides?|videos?|photos?|images?|footage|filings?|documents?|records?|data|figures|statistics|transcripts?|polls?|surveys?|results|census|contracts?|e?-?mails?|memos?|letters?|complaint|lawsuit|indictment|ruling|study|studies|analysis|audit|footage|video|report|reports|research|numbers|estimates|projections|evidence|review|investigation|assessment|models?|experiments?|tests?|trials?|records)$/;

function isDocumentHead(toks: Tok[], r: TokRange): boolean {
  // ("Bank statements show", "His calendar shows": any document the source kinds list.)
  for (let j = r.s; j <= r.e; j++) if (DOC_WORDS.test(toks[j].word) || DOCUMENT_HEADS.has(toks[j].word)) return true;
  return false;
}

const HEARSAY_FIRST = new Set(HEARSAY_PHRASES.map((p) => p[0]));
const STATEMENT_FIRST = new Set(STATEMENT_PHRASES.map((p) => p[0]));

const AUDIENCE_WORD = new RegExp(`^${AUDIENCE_WORDS}$`);
/** Things, not words, asked for: "demanded cash", "demanded a ransom", "demanded a N20m ransom", "demanded their wallets". */
/** Things claimed that are no statement: money owed, a status, a prize, a title, lives taken. */
const CLAIMED_THING = /^(?:(?:a|an|the|their|his|her|its|your|our|my|\d+|two|three|four|five|six|seven|eight|nine|ten|several|dozens|hundreds|thousands)\s+(?:of\s+)?)?(?:(?:full|partial|tax|first|second|third|top|gold|silver|bronze|overall|world|national|league|olympic|human|more)\s+)?(?:refunds?|asylum|compensation|benefits?|damages|expenses|allowances?|victory|victories|titles?|seats?|lives|prizes?|jackpot|shares?|ownership|medals?|crown|championship|places?|spot|trophy|reimbursement|unemployment|payouts?|rebates?|deductions?|exemptions?|land|territory)\b/;

const DEMANDED_THING = /^(?:(?:a|the|their|his|her|all)\s+)?(?:\S*\d\S*(?:\s+(?:million|billion|thousand|m|bn))?\s+)?(?:cash|money|valuables|ransom|wallets?|phones?|keys|car\s+keys|jewel(?:le)?ry|drugs|painkillers|medication|food|water|fuel|weapons?|guns?|bags?|handbags?|purses?)\b/;
/** Things people find, not findings: "the body", "a gun", "drugs", "cash". */
const FOUND_THING = /^(?:(?:a|an|the|his|her|their|two|three|several|more)\s+)?(?:[a-z-]+\s+)?(?:body|bodies|remains|gun|guns|firearm|firearms|weapon|weapons|knife|knives|rifle|pistol|ammunition|drugs?|heroin|cocaine|cannabis|methamphetamine|cash|money|car|vehicle|bag|bags|phone|wallet|device|bomb|explosives?|victim|suspect|boy|girl|man|woman|child|children|dog)\b/;

// ---- the scanner -------------------------------------------------------------------------

/** "What did the companies say?", "Did the minister know?": a question asks who said what; it reports nothing. */
function isDirectQuestion(toks: Tok[]): boolean {
  const last = toks[toks.length - 1];
  if (!last || !/\?/.test(last.post) || toks.some((t) => t.inQuote)) return false;
  let i = 0;
  while (i < toks.length - 1 && !colonAfter(toks[i]) && /^(?:q|and|but|so|then)$/.test(toks[i].word)) i++;
  return /^(?:what|who|whom|whose|which|why|how|when|where|did|does|do|is|are|was|were|will|would|can|could|should|has|have|had)$/.test(toks[i].word);
}

/** All cues of one sentence, in text order. */
export function findCues(view: SentenceView): FoundCue[] {
  const toks = view.toks;
  const out: FoundCue[] = [];
  if (isDirectQuestion(toks)) return out;
  const used = new Set<number>();
  // "A neighbor, who asked that her name not be used because she had not told her employer, said": a request for
  // anonymity set off in commas, and its reason, report nothing; no cue inside it.
  for (let i = 1; i + 2 < toks.length; i++) {
    if (toks[i].word !== 'who' || toks[i].inQuote || !commaAfter(toks[i - 1]) || !/^(?:asked|requested)$/.test(toks[i + 1].word) || toks[i + 2].word !== 'that') continue;
    let j = i + 2;
    while (j < toks.length - 1 && !toks[j].inQuote && !breakAfter(toks[j])) j++;
    const clause = toks.slice(i + 3, j + 1).map((x) => x.word).join(' ');
    if (commaAfter(toks[j]) && /\b(?:name|identity)\b.*\bnot\s+be\s+(?:used|published|disclosed|revealed|printed)\b/.test(clause)) for (let k = i + 1; k <= j; k++) used.add(k);
  }
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (used.has(i)) continue;
    if (t.inQuote) {
      if (pushDash(toks, i, out, used)) continue;
      if (colonAfter(t) && (i === 0 || !toks[i - 1].inQuote)) {
        const c = colonCue(toks, i);
        if (c) out.push(c);
      }
      continue;
    }
    const w = t.word;
    if (pushDash(toks, i, out, used)) continue;

    if (HEARSAY_ADVERBS.has(w)) {
      out.push(mk('hearsay', 'hearsay', w, { s: i, e: i }, null, 'sentence', 'none'));
      continue;
    }
    const hp = HEARSAY_FIRST.has(w) ? HEARSAY_PHRASES.find((p) => matchesWords(toks, i, p)) : undefined;
    if (hp) {
      const e = i + hp.length - 1;
      // "X is said to": the subject is what is talked about, not a source.
      out.push(mk('hearsay', 'hearsay', hp.join(' '), { s: i, e }, null, 'sentence', 'none'));
      for (let k = i; k <= e; k++) used.add(k);
      continue;
    }
    if (w === 'as' || w === 'in') {
      const f = w === 'as' ? asReportedCue(toks, i) : inFindingCue(toks, i);
      if (f) {
        out.push(f);
        for (let k = i; k <= f.source!.whole.e; k++) used.add(k);
        i = f.source!.whole.e;
        continue;
      }
    }
    let pc = PREPOSED_CUES.find((p) => matchesWords(toks, i, p.words));
    // "Based on data from Pagasa, …", "…, per BloombergNEF": only as a frame of the clause, before a
    // document or a name ("per share", "based on a 2019 law" in mid-clause are no sources).
    if (pc && (pc.words[0] === 'based' || pc.words[0] === 'per') && !framingCue(toks, i, pc.words.length)) pc = undefined;
    if (pc) {
      const e = i + pc.words.length - 1;
      const src = coordinatedPlurals(toks, e + 1) ?? sourceAfter(toks, e + 1, false);
      // "according to a local official who …": the phrase stops before the relative pronoun.
      if (src && src.core.e > src.core.s && /^(?:who|whom|whose|which)$/.test(toks[src.core.e].word)) {
        src.core = { s: src.core.s, e: src.core.e - 1 };
        src.whole = { s: src.whole.s, e: Math.min(src.whole.e, src.core.e) };
      }
      if (src) {
        // "according to a study published Wednesday in JAMA": a reduced relative belongs to the source
        // (up to a relative pronoun: "a study published on Wednesday that researchers said …").
        const n = toks[src.whole.e + 1];
        if (n && REDUCED_RELATIVES.has(n.word) && !breakAfter(toks[src.whole.e])) {
          let j = src.whole.e + 2;
          // ("released under the state's Freedom of Information Act": an "of" inside a capitalized name goes on with it.)
          const inName = (k: number) => /^(?:of|for|and|on)$/.test(toks[k].word) && isCapitalized(toks[k - 1]) && k + 1 < toks.length && isCapitalized(toks[k + 1]);
          while (j < toks.length && !toks[j].inQuote && !breakAfter(toks[j - 1]) && !/^(?:that|which|who|whom|whose)$/.test(toks[j].word) && (isDateLike(toks[j]) || /^(?:in|by|on|at|last|this|earlier)$/.test(toks[j].word)
            || isCapitalized(toks[j]) || inName(j) || toks[j].tags.has('Determiner') || toks[j].tags.has('Noun') || toks[j].tags.has('Adjective') || toks[j].tags.has('Value'))) j++;
          src.whole = { s: src.whole.s, e: j - 1 };
          src.core = src.whole;
        }
        // "According to a survey of about 3,400 voters conducted for …, roughly four in ten …": a cue that opens
        // the sentence frames a phrase that runs to its comma when nothing before it can be a clause's verb.
        if (i === 0 && n && !breakAfter(toks[src.whole.e]) && !/^(?:who|whom|whose|which|that)$/.test(n.word)) {
          let j = src.whole.e + 1;
          const clauseWord = (t: Tok) => t.inQuote || /^(?:who|whom|whose|which|that)$/.test(t.word)
            || t.tags.has('Verb') && !t.tags.has('Noun') && !t.tags.has('Gerund') && !REDUCED_RELATIVES.has(t.word);
          while (j < toks.length && j - src.whole.e <= 16 && !clauseWord(toks[j]) && !breakAfter(toks[j])) j++;
          if (j < toks.length && !clauseWord(toks[j]) && commaAfter(toks[j]) && j - src.whole.e <= 16) {
            src.whole = { s: src.whole.s, e: j };
            src.core = src.whole;
          }
        }
        // "According to a local official who spoke on condition of anonymity, …": the relative
        // clause describes the source; what was said starts after it.
        if (n && /^(?:who|whom|whose|which)$/.test(n.word) && !n.inQuote && !breakAfter(toks[src.whole.e])) {
          let j = src.whole.e + 1;
          while (j + 1 < toks.length && !toks[j].inQuote && !breakAfter(toks[j])) j++;
          if (j + 1 < toks.length && /,/.test(toks[j].post)) src.whole = { s: src.whole.s, e: j };
        }
      }
      // "Ochoa resigned last month, citing health reasons", "…, she said, citing forecasts of heat": a
      // cause, not a source; the one who cites it (the cue before, else the sentence's subject) gives it.
      // ("Gilead declined to comment, citing company policy": the reason for a refusal is no source either.)
      const refusal = i > 2 && commaAfter(toks[i - 1]) && /\b(?:declined|refused|would\s+not|wouldn't|did\s+not|didn't|could\s+not)\s+(?:to\s+)?(?:comment|discuss|elaborate|respond|answer|say|speak|give|provide|disclose|name|confirm)\b/.test(toks.slice(Math.max(0, i - 8), i).map((x) => x.word).join(' '));
      if (src && pc.words[0] === 'citing' && (!citesSource(toks, src.whole) || refusal)) {
        const prev = out.at(-1);
        let by: SourcePhrase | null = prev?.source ?? null;
        // ("Shares of Norvale tumbled after the company cut its outlook, citing weaker orders": right after a clause of
        // time or cause whose subject can give reasons, that subject is the one citing, not the sentence's.)
        if (!by && i > 2) by = subordinateSubject(view, i);
        // The subject of the sentence's first verb group: before "citing", or after its phrase when it opens the sentence.
        const from = i === 0 ? src.whole.e + 1 : 0;
        const to = i === 0 ? toks.length : i;
        for (let j = from + 1; !by && j < to; j++) {
          const v = toks[j];
          if (v.inQuote || !(v.tags.has('Verb') || v.tags.has('Auxiliary')) || v.tags.has('Gerund') || isCapitalized(v)) continue;
          let g = j;
          while (g - 1 > from && (toks[g - 1].tags.has('Adverb') || toks[g - 1].tags.has('Auxiliary')) && !breakAfter(toks[g - 1])) g--;
          const subj = subjectBefore(toks, g);
          if (subj && subj.whole.s >= from) by = subj;
          break;
        }
        if (by) {
          out.push({ ...mk('verb', 'neutral', 'cite', { s: i, e: i }, by, 'after', 'object'), contentFrom: i + 1, ...(i === 0 ? { contentTo: src.whole.e } : {}) });
          for (let k = i; k <= src.whole.e; k++) used.add(k);
        }
        i = src.whole.e;
        continue;
      }
      if (src) {
        const atStart = i === 0 || (i <= 2 && toks.slice(0, i).every((x) => /^(?:but|and|yet|so|also)$/.test(x.word)));
        const shape: CueShape = pc.words[0] === 'according' ? 'according' : 'citing';
        const f = mk(shape, /reports?$|rumou?rs?$/.test(toks[src.core.e].word) && src.core.e - src.core.s <= 1 ? 'hearsay' : pc.cls, pc.words.join(' '), { s: i, e }, src, atStart ? 'after' : 'before', 'none');
        if (atStart) f.contentFrom = src.whole.e + 1;
        // "The company said revenue rose 9.4%, compared with $4.61 billion expected, according to FactSet
        // estimates": after another cue's content, a trailing "according to" sources only the comma phrase before it.
        const earlier = shape === 'according' && !atStart ? out.filter((x) => x.shape !== 'hearsay' && x.source && x.pred.e < i).at(-1) : undefined;
        if (earlier) {
          let comma = -1;
          for (let k = i - 2; k > earlier.pred.e; k--) if (commaAfter(toks[k]) && !toks[k].inQuote) { comma = k; break; }
          if (comma > earlier.pred.e) f.contentFrom = comma + 1;
        }
        if (shape === 'citing') f.parent = out.filter((x) => x.shape !== 'hearsay').at(-1);
        // "The company, according to a regulatory filing, paid its CEO $20 million": an aside between the subject and
        // its verb sources the whole clause around it ("Others, according to school nurses, simply missed …": after an
        // adverb before the verb too).
        const afterAdverb = toks[src.whole.e + 1]?.tags.has('Adverb') && !toks[src.whole.e + 1].tags.has('Verb') && !commaAfter(toks[src.whole.e + 1]);
        const next = toks[src.whole.e + (afterAdverb ? 2 : 1)];
        if (shape === 'according' && !atStart && i > 0 && commaAfter(toks[i - 1]) && commaAfter(toks[src.whole.e]) && next && !next.inQuote
          && !isCapitalized(next) && next.tags.has('Verb') && !endsSentence(toks[src.whole.e]) && !earlier) f.contentSide = 'sentence';
        out.push(f);
        for (let k = i; k <= src.whole.e; k++) used.add(k);
        i = src.whole.e;
      }
      continue;
    }
    // "Name: …" at the start of a paragraph line (headline, transcript) or before a quotation.
    if (colonAfter(t) && !FORMS.has(w)) {
      const f = colonCue(toks, i) ?? (out.length === 0 ? namedColonCue(toks, i) : null);
      if (f) {
        out.push(f);
        continue;
      }
    }
    if (ESTIMATE_VERBS.test(w) || TALLY_VERBS.test(w)) {
      const f = estimateCue(view, i);
      if (f) {
        out.push(f);
        for (let k = f.pred.s; k <= f.pred.e; k++) used.add(k);
        i = f.pred.e;
        continue;
      }
    }
    if (OWN_VERIFICATION_VERBS.has(w) && t.tags.has('Verb')) {
      const v = ownVerification(toks, i);
      if (v) {
        out.push(v);
        continue;
      }
    }
    // A verb in a headline set in capitals ("EVEN OZ’S BOSS THINKS …") or a capitalized word inside
    // a name ("The Laura Ingraham Show", "Drudge Report") is no reporting verb.
    // "the prosecution's case that …", "his allegation that …": a report noun that is no verb form.
    if (!FORMS.has(w) && CUE_NOUNS[w] && t.tags.has('Noun')) {
      const n = nounCue(toks, i, false, view.proper);
      if (n) out.push(n);
      continue;
    }
    // "Vidarbha, the defending champions, posted 286": a word after a determiner and a participle in -ing, in an
    // appositive set off by commas before the clause's verb, is the noun the participle describes ("champions").
    if (i > 2 && commaAfter(toks[i - 3]) && /ing$/.test(toks[i - 1].word) && /^(?:the|a|an|its|his|her|their|our)$/.test(toks[i - 2].word) && breakAfter(t)
      && !breakAfter(toks[i - 1]) && !toks[i - 1].inQuote && !t.inQuote && /s$/.test(w) && !!toks[i + 1] && (toks[i + 1].tags.has('Verb') || toks[i + 1].tags.has('Auxiliary'))) continue;
    // "his warning that …", "Norvale's warning that margins would shrink": after a possessive, a reporting noun that
    // compromise read as a verb form is the noun ("Norvale's" as "Norvale is" would report the same warning).
    if (CUE_NOUNS[w] && !t.tags.has('Noun') && i > 0 && !toks[i - 1].inQuote && !breakAfter(toks[i - 1])
      && (toks[i - 1].tags.has('Possessive') || /['’]s$/.test(toks[i - 1].text))) {
      const n = nounCue(toks, i, true, view.proper);
      if (n) {
        out.push(n);
        continue;
      }
    }
    // ("Claims by the company that …", "Warnings from scientists that …": a reporting noun the tagger read as a verb,
    // its source after "by" or "from", opening the sentence.)
    if (CUE_NOUNS[w] && !t.tags.has('Noun') && (i === 0 || toks[i - 1].tags.has('Determiner') || toks[i - 1].tags.has('Adjective')) && /^(?:by|from)$/.test(toks[i + 1]?.word ?? '')) {
      const n = agentNounCue(toks, i, CUE_NOUNS[w], view.proper);
      if (n) {
        out.push(n);
        continue;
      }
    }
    const entries = shoutedOrNamed(toks, i) ? undefined : FORMS.get(w);
    if (!entries || !t.tags.has('Verb') && !ALWAYS_VERB.has(w)
      && !verbByPosition(toks, i, entries.some((x) => x.verb.cls !== 'cognition'), entries.some((x) => x.verb.infinitive && !x.particle))) {
      const n = nounCue(toks, i, false, view.proper);
      if (n) out.push(n);
      continue;
    }
    // ("have argued for years that …", "has pushed for months that …": a time phrase after the verb is no particle of it.)
    const timeNext = (t: Tok | undefined) => !!t && !t.inQuote && (isDateLike(t) || /^(?:decades|ages|generations)$/.test(t.word));
    const forTime = toks[i + 1]?.word === 'for' && (timeNext(toks[i + 2]) || /^(?:a|several|many|some|two|three|four|five|the|nearly|almost|more)$/.test(toks[i + 2]?.word ?? '') && timeNext(toks[i + 3]));
    // ("called Friday for an inquiry", "spoke emotionally of his father": a weekday or a manner adverb before the particle.)
    // ("called last week for a review", "spoke on Monday about the deal": a time phrase of two words.)
    const plain = (x: Tok | undefined) => !!x && !x.inQuote && !breakAfter(x);
    const gap = !plain(t) ? 0 : plain(toks[i + 1]) && PARTICLE_GAP.test(toks[i + 1].word) ? 1
      : plain(toks[i + 1]) && plain(toks[i + 2]) && /^(?:last|this|next|on|earlier|late)$/.test(toks[i + 1].word) && isDateLike(toks[i + 2]) ? 2 : 0;
    const particleAt = (e: VerbEntry) => !e.particle ? -1 : toks[i + 1]?.word === e.particle ? i + 1
      : gap && toks[i + 1 + gap]?.word === e.particle && !toks[i + 1 + gap].inQuote ? i + 1 + gap : -1;
    for (const entry of entries) {
      // ("made it clear that …": a dummy "it" before the particle.)
      const dummyIt = !!entry.verb.itBeforeParticle && toks[i + 1]?.word === 'it' && !toks[i + 1].inQuote && toks[i + 2]?.word === entry.particle;
      if (entry.particle && (particleAt(entry) < 0 || forTime) && !dummyIt) continue;
      if (!entry.particle && !forTime && entries.some((x) => particleAt(x) > 0)) continue;
      const pe = dummyIt ? i + 2 : entry.particle ? particleAt(entry) : i;
      const f = verbCue(view, out, i, pe, entry.verb);
      if (f) {
        out.push(f);
        for (let k = f.pred.s; k <= f.pred.e; k++) used.add(k);
        // ('"…," said Mr. Kamin, who added that …': a relative clause on the source whose verb takes a that-clause is
        // scanned for its own cue; not a request for anonymity: "…, who asked that his name not be used".)
        const reports = (k: number) => k > f.source!.core.e && /^(?:who|which)$/.test(toks[k].word) && commaAfter(toks[k - 1])
          && !/^(?:asked|requested)$/.test(toks[k + 1]?.word ?? '') && toks.slice(k + 2, k + 5).some((x) => x.word === 'that' && !x.inQuote);
        if (f.source) for (let k = f.source.whole.s; k <= f.source.whole.e && !reports(k); k++) used.add(k);
        break;
      }
    }
  }
  if (!out.some((f) => f.shape !== 'hearsay')) {
    const f = channelCue(view);
    if (f) out.push(f);
  }
  endBeforeCoordinatedCue(toks, out);
  // "Mr Okafor is reportedly considering legal action": a verb of thought whose group a hearsay adverb sits in
  // reports nothing of its subject's own; the hearsay is the attribution.
  const hearsayAt = out.filter((f) => f.shape === 'hearsay').map((f) => f.pred.s);
  if (hearsayAt.length) {
    return out.filter((f) => !(f.shape === 'verb' && f.cls === 'cognition' && hearsayAt.some((h) => h >= f.pred.s && h <= f.pred.e)));
  }
  return out;
}

/** A word that may stand between a cue verb and its particle: a weekday or a manner adverb ("called Monday for", "spoke warmly of"). */
const PARTICLE_GAP = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight|again|repeatedly|publicly|openly|privately|frequently|often|emotionally|warmly|fondly|glowingly|bitterly|angrily|sharply|loudly|forcefully|strongly|passionately|movingly|candidly|frankly|approvingly|disparagingly|admiringly|highly|critically|briefly|extensively)$/;

/**
 * "She believes the unions will settle, and she fears a strike …": a cue whose subject opens a clause coordinated after
 * ", and" or ", but" inside an earlier cue's content ends that content.
 */
function endBeforeCoordinatedCue(toks: Tok[], found: FoundCue[]): void {
  for (const f of found) {
    if (f.contentSide !== 'after' || f.contentFrom === undefined) continue;
    // ("Sources said he was furious, but Downing Street declined to comment": a party's refusal to speak, joined after a
    // comma, says nothing and is no part of what was said.)
    const refusal = refusalAfter(toks, f.contentFrom, f.contentTo ?? toks.length - 1);
    if (refusal >= 0) f.contentTo = refusal - 1;
    for (const g of found) {
      const s = g.source?.whole.s;
      if (g === f || g.shape !== 'verb' || s === undefined || s - 2 < f.contentFrom || g.pred.s <= f.pred.e) continue;
      if (f.contentTo !== undefined && f.contentTo < s) continue;
      if (!/^(?:and|but)$/.test(toks[s - 1].word) || toks[s - 1].inQuote || !commaAfter(toks[s - 2]) || toks[s - 2].inQuote) continue;
      f.contentTo = s - 2;
    }
  }
}

/**
 * The conjunction of ", but Downing Street declined to comment", ", and the company did not respond to a request", "…, while
 * Acme could not be reached" within `from`…`to`, or -1: a short subject after it, then a refusal to speak or a silence.
 */
function refusalAfter(toks: Tok[], from: number, to: number): number {
  for (let j = from + 1; j <= to && j < toks.length; j++) {
    // ("…, and that the company declined to comment" goes on with what was said.)
    if (!/^(?:but|and|while|although|though)$/.test(toks[j].word) || toks[j].inQuote || !commaAfter(toks[j - 1]) || toks[j + 1]?.word === 'that') continue;
    const words = toks.slice(j + 1, Math.min(toks.length, j + 12)).filter((x) => !x.inQuote).map((x) => x.word).join(' ');
    if (/^(?:\S+ ){1,5}(?:has |have |had )?(?:(?:declined|refused|declining) (?:to (?:comment|say|discuss|respond|elaborate|confirm)|comment)|(?:did|does) not (?:immediately )?(?:respond|return|reply|comment)|could not (?:immediately )?be reached|(?:was|were) not (?:immediately )?available)\b/.test(words)) return j;
  }
  return -1;
}

/**
 * "cited the Dayton home 14 times for staffing violations", "(was cited by Cal/OSHA) for failing to train workers": a
 * regulator's citation for a fault, from `k` on, not a quotation.
 */
function citedForFault(toks: Tok[], k: number): boolean {
  return /\b(?:\d+|two|three|four|five|several|multiple|numerous)\s+times\b|\bfor\s+(?:[\w-]+\s+){0,3}(?:violations?|breaches|failures?|offen[cs]es|deficiencies|infractions?)\b|\bfor\s+(?:not\s+)?(?:failing|violating|breaching|allowing|exposing|lacking|ignoring|neglecting|having|operating|using|employing|dumping|discharging|storing|selling)\b/
    .test(toks.slice(k, k + 14).map((x) => x.word).join(' '));
}

/** Verbs whose passive with an agent tells an act more often than a stance: "the march had been called by the committees". */
const ACT_PASSIVES = /^(?:call|oppose)$/;
/** What one turns down that is no claim: an offer, a bid, a deal (a request or a proposal rejected is a stance taken). */
const DEAL_OBJECT = /^(?:(?:a|an|the|his|her|their|its|this|that|[\w'’-]+)\s+){0,4}?(?:offers?|bids?|deals?|approach(?:es)?|takeovers?|mergers?|contracts?|settlements?|overtures?|terms)\b/;

/**
 * What a court, a board or an employer disposes of rather than contests: "dismissed the case", "denied bail", "rejected
 * the appeal", "dismissed 40 workers" (unless said of as something: "dismissed the lawsuit as frivolous").
 */
const DISPOSED_OBJECT: Record<string, RegExp> = {
  dismiss: disposed('case|cases|lawsuit|lawsuits|suit|suits|charges?|counts?|indictment|appeals?|petitions?|motions?|complaint|jurors?|jury|staff|employees?|workers?|officers?|coach|manager'),
  reject: disposed('appeals?|petitions?|motions?|applications?|bail|asylum|permits?|visas?|licen[cs]es?'),
  deny: disposed('appeals?|petitions?|motions?|applications?|bail|asylum|parole|entry|permits?|visas?|licen[cs]es?'),
};

/** An object phrase of up to three words before one of `heads`, not said of as something ("… as frivolous"). */
function disposed(heads: string): RegExp {
  return new RegExp(`^(?:(?:a|an|the|his|her|their|its|this|that|[\\w'’-]+)\\s+){0,3}?(?:${heads})\\b(?![^.;]{0,60}\\bas\\b)`);
}

const ESTIMATE_VERBS = /^(?:put|puts|putting|placed|places|placing)$/;
const ESTIMATE_OBJECTS = /^(?:number|numbers|figure|figures|toll|count|total|cost|costs|estimate|turnout|crowd|damage|losses|tally|size|value|bill|price|valuation|sum|amount)$/;
const TALLY_VERBS = /^(?:recorded|documented|counted|tallied|logged|registered|records|documents|counts|tallies|logs)$/;

/**
 * "Organisers put the number at 3,000", "The WHO has recorded 83 attacks": a body's estimate or
 * its own count of something, told with a verb that is no reporting verb elsewhere. The subject
 * (a person or a body) is the source of the figure.
 */
function estimateCue(view: SentenceView, i: number): FoundCue | null {
  const toks = view.toks;
  const t = toks[i];
  if (t.inQuote) return null;
  const gs = auxStart(toks, i);
  const estimate = ESTIMATE_VERBS.test(t.word);
  let end = -1;
  if (estimate) {
    for (let j = i + 1; j < toks.length && j <= i + 5; j++) {
      if (toks[j].inQuote || breakAfter(toks[j - 1])) return null;
      // ("… a sum never disclosed, though people familiar with the deal put it at about $60 million": "it" is the sum,
      // when a figure follows; "put it at risk" is no estimate.)
      const itFigure = j === i + 2 && toks[i + 1].word === 'it'
        && toks.slice(j + 1, j + 4).some((x) => /^[$€£¥]?\d/.test(x.text)) && /^(?:about|around|roughly|nearly|some|more|less|up|[$€£¥]?\d.*)$/.test(toks[j + 1]?.text.toLowerCase() ?? '');
      if (toks[j].word === 'at' && j > i + 1 && (toks.slice(i + 1, j).some((x) => ESTIMATE_OBJECTS.test(x.word)) || itFigure)) {
        end = j;
        break;
      }
    }
  } else {
    // A count: a number right after the verb (past a modifier such as "at least").
    for (let j = i + 1; j < toks.length && j <= i + 3; j++) {
      if (toks[j].inQuote || breakAfter(toks[j - 1])) return null;
      if (toks[j].tags.has('Value') && /\d/.test(toks[j].text) && !isDateLike(toks[j])) {
        end = i;
        break;
      }
      if (!/^(?:at|least|more|than|nearly|almost|about|some|over|around|roughly|a|total|of)$/.test(toks[j].word)) return null;
    }
  }
  if (end < 0 || toks.slice(gs, i).some((x) => BE.has(x.word))) return null;
  const subj = subjectBefore(toks, gs);
  if (!subj || !isAnimate(toks, subj.core, view.proper)) return null;
  // ("Queensland recorded 297 road deaths": a place keeps a tally of what happened in it; it reports nothing.)
  if (!estimate && toks.slice(subj.core.s, subj.core.e + 1).every((x) => x.tags.has('Place') && !x.tags.has('Organization'))) return null;
  const f = mk('verb', estimate ? 'cognition' : 'evidential', estimate ? 'estimate' : 'record', { s: gs, e: end }, subj, 'after', 'object');
  f.contentFrom = end + 1;
  return f;
}

/** The verb group at `k` tells of something done: a past or perfect form ("flagged", "has posted"), not a plan ("will present"). */
function doneBefore(toks: Tok[], k: number): boolean {
  while (k < toks.length && (toks[k].tags.has('Adverb') || /^(?:first|initially|later|earlier|then|also|just|already)$/.test(toks[k].word)) && !toks[k].inQuote) k++;
  const v = toks[k];
  if (!v || v.inQuote) return false;
  if (/^(?:has|have|had)$/.test(v.word)) return !!toks[k + 1] && PAST_PARTICIPLE.test(toks[k + 1].word);
  return v.tags.has('PastTense') && !BE.has(v.word);
}

/** Channels through which a subject speaks, for a clause with no reporting verb (not "in a report": a document). */
const CHANNEL_PHRASES = STATEMENT_PHRASES.filter((p) => !p.includes('report'));

/**
 * "Wielgosz flagged the bucket in a post on X", "In a letter to staff, Moreno outlined the cuts":
 * a clause with no reporting verb that names the channel its subject used. The channel phrase is
 * the cue ("in a post on X"), the clause's subject the source and its predicate the content.
 */
function channelCue(view: SentenceView): FoundCue | null {
  const toks = view.toks;
  for (let i = 0; i < toks.length; i++) {
    if (toks[i].inQuote || !STATEMENT_FIRST.has(toks[i].word)) continue;
    const phrase = CHANNEL_PHRASES.find((p) => matchesWords(toks, i, p));
    if (!phrase) continue;
    let e = i + phrase.length - 1;
    // "… on X", "… to shareholders", "… with Reuters": where the message went belongs to the cue.
    const n = toks[e + 1];
    if (n && /^(?:on|to|with)$/.test(n.word) && !breakAfter(toks[e]) && toks[e + 2] && !toks[e + 2].inQuote && !isDateLike(toks[e + 2])) {
      let j = e + 2;
      // ("to the council", "to its investors": past the determiner.)
      if ((toks[j].tags.has('Determiner') || toks[j].tags.has('Possessive')) && !breakAfter(toks[j]) && toks[j + 1] && !toks[j + 1].inQuote) j++;
      if (isCapitalized(toks[j])) {
        while (j + 1 < toks.length && j < e + 5 && !breakAfter(toks[j]) && isCapitalized(toks[j + 1]) && !toks[j + 1].inQuote && !isDateLike(toks[j + 1])) j++;
        e = j;
      } else if (toks[j].tags.has('Noun') && !toks[j].tags.has('Pronoun') || commaAfter(toks[j])) e = j;
    }
    // Opening the sentence, the phrase ends at a comma and the subject follows it; later, the subject comes before it.
    const opening = i === 0 || (i <= 2 && toks.slice(0, i).every((x) => /^(?:but|and|yet|so|also)$/.test(x.word)));
    let c = e;
    while (opening && c < toks.length && c <= e + 6 && !commaAfter(toks[c])) c++;
    if (opening && (c >= toks.length - 1 || !commaAfter(toks[c]))) return null;
    const subj = opening ? simpleMainSubject(toks, toks.length) : clauseSubject(toks, i, view.proper);
    if (!subj || (opening ? subj.whole.s <= c || !isAnimate(toks, subj.core, view.proper) : subj.whole.e + 1 >= i)) return null;
    if (!doneBefore(toks, subj.whole.e + 1)) return null;
    // ("Voss responded hours later in a post on X.", "He hit back on Instagram": a reply says nothing the clause holds;
    // what was said comes in the quotation after it, under its own cue.)
    const reply = toks[subj.whole.e + 1];
    if (!opening && reply && (/^(?:responded|replied|reacted|answered)$/.test(reply.word)
      || /^(?:hit|fired|shot|struck|pushed)$/.test(reply.word) && toks[subj.whole.e + 2]?.word === 'back')) return null;
    const f = mk('channel', 'neutral', 'channel', { s: i, e }, subj, 'after', 'none');
    f.contentFrom = subj.whole.e + 1;
    if (!opening) f.contentTo = i - 1;
    f.statement = true;
    return f;
  }
  return null;
}

/**
 * A form of a reporting verb that compromise tagged as a noun or an adjective but that stands
 * where only a verb can: an -ing form after "be", after a comma or a subordinator, or (for speech,
 * not belief or intention) right after a noun ("Trump is promising", ", saying", "footage of Trump
 * saying"), and a finite form
 * after a subject (a pronoun, a plural noun or a name, past adverbs and auxiliaries) when a
 * complement follows ("police also fear that", "a narrator in the ad asks.", "some note that").
 * After a determiner, a possessive or an adjective the word stays a noun ("his warning", "the plans").
 */
function verbByPosition(toks: Tok[], i: number, speech: boolean, infinitive = false): boolean {
  const t = toks[i];
  if (t.inQuote || !/^[a-z]+$/.test(i === 0 ? t.word : t.text)) return false;
  // "has forecast heavy rain": right after a perfect auxiliary, a form read as a noun is the participle.
  if (i > 0 && /^(?:has|have|had)$/.test(toks[i - 1].word) && !toks[i - 1].inQuote && !breakAfter(toks[i - 1]) && i > 1 && !toks[i - 2].tags.has('Determiner')) return true;
  let p = i - 1;
  while (p >= 0 && !toks[p].inQuote && !breakAfter(toks[p]) && (isAux(toks[p]) || toks[p].tags.has('Adverb') && /ly$|^(?:also|still|now|never|often|then|even)$/.test(toks[p].word))) p--;
  // "The National Emergency Management Agency (NEMA) estimates that …": the name before a short bracketed label.
  if (p === i - 1) p = beforeBracketedLabel(toks, p);
  // "Mr. Okafor, a former minister, hopes to …", "Trump's running mate, Mike Pence, plans to …": the subject before
  // an apposition in commas, for a form in -s.
  if (p === i - 1 && /[^s]s$/.test(t.word)) p = beforeApposition(toks, p);
  const prev = p >= 0 ? toks[p] : undefined;
  if (isIng(t) && prev && !prev.inQuote && breakAfter(prev)) return true;
  const quantifier = !!prev && /^(?:some|many|others|most|both|all)$/.test(prev.word);
  if (prev && !quantifier && (prev.tags.has('Determiner') || prev.tags.has('Possessive') || /['’]s?$/.test(prev.text) || prev.tags.has('Value')
    || prev.tags.has('Adjective') && !prev.tags.has('Noun') && !prev.tags.has('Verb') || prev.tags.has('Preposition') && !/^(?:while|before|after|by|when|for|from|despite|without|in)$/.test(prev.word))) {
    return false;
  }
  if (isIng(t)) {
    if (i === 0 || p < i - 1 && toks.slice(p + 1, i).some((x) => BE.has(x.word))) return true;
    return !!prev && !prev.inQuote && (breakAfter(prev) || /^(?:while|before|after|by|when|for|from|despite|without|in)$/.test(prev.word)
      || CATENATIVE_ING.test(prev.word) || prev.word === 'of' && p > 0 && /^(?:short|clear)$/.test(toks[p - 1].word)
      || speech && (prev.tags.has('Noun') || prev.tags.has('ProperNoun')) && !prev.tags.has('Pronoun'));
  }
  if (!prev || prev.inQuote || breakAfter(prev) && p === i - 1) return false;
  // "Political observers in Virginia and around the country say Scott deserves …": a plural subject
  // before a place phrase, and a clause after the verb with no "that".
  if (p === i - 1 && /^[a-z]+$/.test(t.text) && !/s$/.test(t.word) && prev.tags.has('Noun') && !prev.tags.has('Plural') && !prev.tags.has('Pronoun')
    && pluralBeforePhrase(toks, p) && clauseFollows(toks, i + 1)) return true;
  // A plural subject, or a singular one before a form in -s ("the group also views", "the campaign plans to").
  const agrees = prev.tags.has('Plural') || /[^s]s$/.test(t.word) && !prev.tags.has('Pronoun');
  const subjectLike = SUBJECT_PRONOUNS.has(prev.word) && prev.tags.has('Pronoun') || quantifier || ANIMATE_WORDS.test(prev.word) && !prev.tags.has('Determiner')
    || agrees && (prev.tags.has('Noun') || prev.tags.has('Abbreviation')) || isCapitalized(prev) && (prev.tags.has('ProperNoun') || prev.tags.has('Person'));
  // ("KPA disputes those figures": a name, a form in -s and a determiner; a compound noun would not take one.)
  const nextDeterminer = /^(?:the|those|these|this|its|their|his|her|such)$/.test(toks[i + 1]?.word ?? '') && !toks[i + 1].inQuote;
  if (p === i - 1 && /[^s]s$/.test(t.word) && isCapitalized(prev) && !prev.tags.has('Determiner') && nextDeterminer && !commaAfter(prev)) return true;
  if (!subjectLike) return false;
  const n = toks[i + 1];
  if (!n || endsSentence(t)) return true;
  if (n.inQuote || quoteOpenBefore(n) || commaAfter(t)) return true;
  if (/^(?:that|whether|how|why|what|if|out)$/.test(n.word)) return true;
  const v = toks[i + 2];
  if (n.word !== 'to' || !v || v.inQuote) return false;
  if (v.tags.has('Verb') && !v.tags.has('Noun')) return true;
  // "The campaign plans to employ …" with "employ" read as a noun: after a verb of intention "to" opens an infinitive.
  return infinitive && /^[a-z]+$/.test(v.text)
    && !(v.tags.has('Determiner') || v.tags.has('Pronoun') || v.tags.has('Possessive') || v.tags.has('Value') || v.tags.has('Plural'));
}

/**
 * The head before an apposition of up to eight words in commas that ends at `p` ("Okafor, a former minister,", "Trump's running
 * mate, Indiana Gov. Mike Pence,"), else `p`. The apposition opens with a determiner, a possessive or a name.
 */
function beforeApposition(toks: Tok[], p: number): number {
  if (p < 2 || !/^\s*,\s*$/.test(toks[p].post) || toks[p].inQuote) return p;
  for (let k = p - 1; k >= Math.max(0, p - 8); k--) {
    const x = toks[k];
    if (x.inQuote) return p;
    if (!breakAfter(x)) continue;
    const open = toks[k + 1];
    if (!/^\s*,\s*$/.test(x.post) || !x.tags.has('Noun') || x.tags.has('Pronoun') || k === 0 && !isCapitalized(x)) return p;
    const np = /^(?:a|an|the|his|her|their|its)$/.test(open.word) || /['’]s$/.test(open.text) || isCapitalized(open);
    return np && (isCapitalized(x) || isCapitalized(toks[p])) ? k : p;
  }
  return p;
}

/** The token before a bracketed label of up to three words that ends at `p` ("Agency (NEMA)", "Singh (BJP)"), else `p`. */
function beforeBracketedLabel(toks: Tok[], p: number): number {
  if (p < 1 || !/^\s*\)/.test(toks[p].post)) return p;
  for (let k = p - 1; k >= Math.max(0, p - 3); k--) {
    const x = toks[k];
    if (x.inQuote) return p;
    if (/\(\s*$/.test(x.post)) return /[,;:\[\]—–]/.test(x.post) ? p : k;
    if (breakAfter(x)) return p;
  }
  return p;
}

/** A plural noun before a phrase of place ("observers in Virginia and around the country") that ends at `end`. */
function pluralBeforePhrase(toks: Tok[], end: number): boolean {
  for (let k = end - 1; k >= Math.max(1, end - 8); k--) {
    const x = toks[k];
    if (x.inQuote || breakAfter(x)) return false;
    if (!/^(?:in|across|around|from|at|on)$/.test(x.word)) continue;
    const head = toks[k - 1];
    // "in Virginia and around the country": the first of two joined phrases.
    if (/^(?:and|or)$/.test(head.word)) continue;
    return head.tags.has('Plural') && head.tags.has('Noun') && !head.tags.has('Pronoun') && !breakAfter(head)
      && (k - 2 < 0 || breakAfter(toks[k - 2]) || !toks[k - 2].tags.has('Preposition'));
  }
  return false;
}

/** A clause with no "that": a name, a pronoun or a noun phrase, then a finite verb within a few words ("Scott deserves"). */
function clauseFollows(toks: Tok[], from: number): boolean {
  const first = toks[from];
  if (!first || first.inQuote || !(isCapitalized(first) || SUBJECT_PRONOUNS.has(first.word) || first.tags.has('Determiner'))) return false;
  for (let k = from + 1; k < toks.length && k <= from + 4; k++) {
    const x = toks[k];
    if (x.inQuote) return false;
    if ((x.tags.has('PresentTense') || x.tags.has('PastTense') || x.tags.has('Modal')) && !x.tags.has('Noun') && !x.tags.has('Participle')) return true;
    if (breakAfter(x)) return false;
  }
  return false;
}

function shoutedOrNamed(toks: Tok[], i: number): boolean {
  const t = toks[i];
  if (/^[A-Z][A-Z'’]+$/.test(t.text) && t.text.length > 2) return true;
  const p = toks[i - 1];
  return !!p && isCapitalized(t) && !/(?:s|ed)$/.test(t.word) && isCapitalized(p) && !p.inQuote && /^\s+$/.test(p.post) && !t.tags.has('Verb')
    && (p.tags.has('ProperNoun') || p.tags.has('Person'));
}

/** Reporting nouns that take their topic with "on" ("the mayor's comments on the strike"). */
const TOPIC_NOUNS = /^(?:comments?|remarks?|statements?|views?|testimony|criticism|assessment|position)$/;

/** "Trump's claim that …", "the senator's remarks about …": a possessive source and a reporting noun. */
function nounCue(toks: Tok[], i: number, afterPossessive = false, proper?: ReadonlySet<string>): FoundCue | null {
  const t = toks[i];
  const cls = CUE_NOUNS[t.word];
  if (!cls || !t.tags.has('Noun') && !afterPossessive) return null;
  if (i === 0) return agentNounCue(toks, i, cls, proper);
  // ("the police's earlier claim that …", "his own admission", "Trump's repeated warnings about …": up to two modifiers
  // between the possessive and the noun belong to the cue.)
  let m = i;
  while (m > i - 2 && m > 1 && nounModifier(toks[m - 1]) && !possessiveTok(toks[m - 1])) m--;
  if (m < i && !possessiveTok(toks[m - 1])) m = i;
  const p = toks[m - 1];
  if (!p || p.inQuote || !possessiveTok(p)) return agentNounCue(toks, i, cls, proper);
  // ("his comments on Saturday that …", "Clinton's remarks Tuesday on the shooting": a time adjunct after the noun, before
  // its clause or its topic, belongs to the cue.)
  // ("his warning to councillors last year that …": an addressee, then a time adjunct, before the clause; the cue as a
  // reader sees it runs over them, as "told reporters" does.)
  const addr = toks[i + 1]?.word === 'to' && !toks[i + 1].inQuote && !breakAfter(t) && !toks[i + 2]?.tags.has('Verb') ? scanForwardCore(toks, i + 2) : -1;
  const addrEnd = addr > i + 1 && !breakAfter(toks[addr]) ? Math.max(addr, timeAdjunctEnd(toks, addr + 1)) : -1;
  if (addrEnd > 0 && toks[addrEnd + 1]?.word === 'that' && !toks[addrEnd + 1].inQuote && CUE_NOUNS[t.word] !== 'cognition') {
    const s0 = /^(?:his|her|their|its|our|my|your)$/.test(p.word) ? m - 1 : scanBackCore(toks, m - 1);
    const src0 = { s: s0, e: m - 1 };
    if (s0 < 0 || !isAnimate(toks, src0, proper) && !/^(?:his|her|their|its)$/.test(p.word)) return null;
    const f = mk('noun', cls, t.word, { s: m, e: i }, { whole: src0, core: src0 }, 'after', 'that');
    f.cueEnd = addrEnd;
    f.contentFrom = addrEnd + 2;
    if (!toks.slice(0, s0).some((x) => finiteVerb(x) && !x.inQuote)) f.contentTo = subjectClauseEnd(toks, addrEnd + 2);
    return f;
  }
  const te = timeAdjunctEnd(toks, i + 1);
  const at = te >= 0 && (toks[te + 1]?.word === 'that' || toks[te + 1]?.word === 'on' && TOPIC_NOUNS.test(t.word) || /^(?:about|over)$/.test(toks[te + 1]?.word ?? '')) && !toks[te + 1].inQuote ? te : i;
  const n = toks[at + 1];
  const frame = frameNoun(toks, m, i, proper);
  if (frame) return frame;
  if (!n || breakAfter(toks[at])) return null;
  // "The State's case is that …", "his argument was that …": the noun's content after a copula.
  const copula = /^(?:is|was)$/.test(n.word) && toks[at + 2]?.word === 'that' && !toks[at + 2].inQuote && /^(?:case|argument|view|contention|position)$/.test(t.word);
  if (t.word === 'case' && n.word !== 'that' && !copula) return null;
  // "Trump's view of NATO" is an opinion held, not one expressed; "his remarks on Saturday" has a date, not a topic.
  const onTopic = n.word === 'on' && TOPIC_NOUNS.test(t.word) && !!toks[at + 2] && !isDateLike(toks[at + 2]);
  // ("her warning over the budget", "his criticism over the delays"; not "his remarks over the weekend", "over the years".)
  const overTopic = n.word === 'over' && !!toks[at + 2] && !isDateLike(toks[at + 2]) && !(toks[at + 2].tags.has('Determiner') && toks[at + 3] && isDateLike(toks[at + 3]))
    && !/^(?:past|last|next|coming|previous|recent)$/.test(toks[at + 3]?.word ?? '');
  if (!(n.word === 'that' || copula || n.word === 'about' || overTopic || n.word === 'of' && cls !== 'neutral' && !/^views?$/.test(t.word) || onTopic || n.inQuote || quoteOpenBefore(n) || n.word === 'to' && toks[at + 2]?.tags.has('Verb') || n.word === 'for' && FOR_NOUNS.test(t.word))) return null;
  const s = /^(?:his|her|their|its|our|my|your)$/.test(p.word) ? m - 1 : scanBackCore(toks, m - 1);
  if (s < 0) return null;
  // "said in his remarks that …": the manner of another verb's report, like "in a statement".
  if (TOPIC_NOUNS.test(t.word) && toks[s - 1]?.word === 'in' && !toks[s - 1].inQuote && s - 1 > 0) return null;
  const src = { s, e: m - 1 };
  if (!isAnimate(toks, src, proper) && !/^(?:his|her|their|its)$/.test(p.word)) return null;
  // ("North Korea's claims about the test", "the IMF's estimate of growth": the preposition that takes the topic belongs
  // to the cue, as "calls for" does.)
  const topicWord = !n.inQuote && /^(?:about|of|for|on|over)$/.test(n.word) && (n.word !== 'on' || at > i || onTopic);
  const f = mk('noun', cls, t.word, { s: m, e: topicWord ? at + 1 : at }, { whole: src, core: src }, 'after', n.word === 'that' || copula ? 'that' : 'object');
  f.contentFrom = copula ? at + 3 : n.word === 'that' || topicWord ? at + 2 : at + 1;
  // ("Her call for a review was backed by six members": the noun heads the clause's subject; what it reports ends before
  // the clause's own verb.)
  // (Only a noun that heads the subject has a clause verb after it: "repeated his call for water bosses to face jail" runs on.)
  const subject = !toks.slice(0, s).some((x) => finiteVerb(x) && !x.inQuote);
  // ("Her concerns about the river were raised in parliament", "His support for the bill surprised colleagues": a stance
  // noun is a cue only heading the subject; as an object it is what the verb reports, "did have his concerns about".)
  if (SUBJECT_STANCE_NOUNS.test(t.word) && !subject) return null;
  if (n.word === 'that' && subject) f.contentTo = subjectClauseEnd(toks, at + 2);
  else if ((topicWord || n.word === 'to') && subject) f.contentTo = phraseEnd(toks, n.word === 'to' ? at + 3 : at + 2);
  return f;
}

/**
 * "claims by the company that the plant was safe", "repeated warnings from scientists about the dam": a reporting noun
 * whose source follows it with "by" or "from", and whose clause or topic follows the source.
 */
function agentNounCue(toks: Tok[], i: number, cls: CueClass, proper?: ReadonlySet<string>): FoundCue | null {
  const by = toks[i + 1];
  // ("a call from a neighbour about smoke", "charges from the bank": a phone call and a fee are no report.)
  if (!by || by.inQuote || breakAfter(toks[i]) || !/^(?:by|from)$/.test(by.word) || breakAfter(by) || /^(?:calls?|charges?|case)$/.test(toks[i].word)) return null;
  const e = scanForwardCore(toks, i + 2);
  const n = toks[e + 1];
  if (e < i + 2 || !n || n.inQuote || breakAfter(toks[e])) return null;
  // ("… from the company that was founded in 1990": a "that" before a verb is a relative pronoun on the source.)
  const clause = n.word === 'that' && !!toks[e + 2] && !toks[e + 2].inQuote && !finiteVerb(toks[e + 2]);
  const topic = /^(?:about|over)$/.test(n.word) || n.word === 'of' && cls !== 'neutral';
  if (!clause && !topic) return null;
  const src = { s: i + 2, e };
  if (!isAnimate(toks, src, proper)) return null;
  let m = i;
  while (m > i - 2 && m > 0 && nounModifier(toks[m - 1])) m--;
  const f = mk('noun', cls, toks[i].word, { s: m, e: i + 1 }, { whole: src, core: src }, 'after', clause ? 'that' : 'object');
  f.contentFrom = e + 2;
  f.contentTo = toks.slice(0, m).some((x) => finiteVerb(x) && !x.inQuote) ? undefined : clause ? subjectClauseEnd(toks, e + 2) : phraseEnd(toks, e + 2);
  return f;
}

/**
 * "By Trump's own admission, …", "In the minister's view, …", "By the union's account, …": a phrase opening the clause
 * that frames what follows its comma as what the possessor said or holds.
 */
function frameNoun(toks: Tok[], m: number, i: number, proper?: ReadonlySet<string>): FoundCue | null {
  const t = toks[i];
  if (!commaAfter(t) || !/^(?:admission|account|view|estimate|estimation|reckoning|telling|recollection)$/.test(t.word) || !toks[i + 1] || toks[i + 1].inQuote) return null;
  const p = toks[m - 1];
  const s = /^(?:his|her|their|its|our|my|your)$/.test(p.word) ? m - 1 : scanBackCore(toks, m - 1);
  if (s < 1 || !/^(?:by|in)$/.test(toks[s - 1].word) || toks[s - 1].inQuote || (toks[s - 1].word === 'in') !== /^(?:view|estimation)$/.test(t.word)) return null;
  if (s - 1 > 0 && !breakAfter(toks[s - 2]) && !/^(?:and|but|yet|so)$/.test(toks[s - 2].word)) return null;
  const src = { s, e: m - 1 };
  if (!isAnimate(toks, src, proper) && !/^(?:his|her|their|its)$/.test(p.word)) return null;
  // ("Sales rose, by the company's own estimate, by 4 per cent": an aside inside the clause frames all of it.)
  const aside = s - 1 > 0 && breakAfter(toks[s - 2]);
  const f = mk('noun', CUE_NOUNS[t.word] ?? 'neutral', t.word, { s: m, e: i }, { whole: src, core: src }, aside ? 'sentence' : 'after', 'clause');
  if (!aside) f.contentFrom = i + 1;
  return f;
}

/** Stance nouns that are cues only as the head of the subject (see nounCue). */
const SUBJECT_STANCE_NOUNS = /^(?:concerns?|support|opposition|fears|doubts|hopes)$/;

/** A possessive: "Trump's", "the boards'", "his". */
function possessiveTok(t: Tok): boolean {
  return t.tags.has('Possessive') || /['’]s?$/.test(t.text + (t.post.startsWith('’') || t.post.startsWith("'") ? "'" : ''));
}

/** A modifier between a possessive and its noun: "earlier", "own", "repeated", "infamous". */
function nounModifier(t: Tok): boolean {
  return !t.inQuote && !breakAfter(t) && (t.tags.has('Adjective') || /^(?:own|earlier|latest|repeated|recent|initial|public|private|previous)$/.test(t.word))
    && !t.tags.has('Determiner') && !isCapitalized(t)
    // ("Mexico's best argument is that …": a superlative weighs what one could argue, not what was argued.)
    && !/^(?:best|worst|better|worse|strongest|weakest|only|main|biggest|likely|possible)$/.test(t.word);
}

/** The last token of a time adjunct from `j` ("on Saturday", "Tuesday", "last week"), or -1. */
function timeAdjunctEnd(toks: Tok[], j: number): number {
  let k = j;
  if (/^(?:on|last|this|earlier)$/.test(toks[k]?.word ?? '') && !toks[k].inQuote) k++;
  if (!toks[k] || toks[k].inQuote || !isDateLike(toks[k]) || breakAfter(toks[k - 1] ?? toks[k]) && k > j) return -1;
  while (toks[k + 1] && !breakAfter(toks[k]) && !toks[k + 1].inQuote && isDateLike(toks[k + 1])) k++;
  return breakAfter(toks[k]) ? -1 : k;
}

/**
 * The last token of the phrase a reporting noun takes ("criticism of the tender process", "a promise to open shelters")
 * when a finite verb follows it: the verb of the clause the noun is the subject of. Undefined when none follows, or when a
 * relative pronoun or a break comes first (the phrase may hold a clause of its own).
 */
function phraseEnd(toks: Tok[], from: number): number | undefined {
  for (let k = from; k < toks.length; k++) {
    const x = toks[k];
    if (x.inQuote || /^(?:that|which|who|whom|whose)$/.test(x.word)) return undefined;
    // (Not a plural the tagger read as a verb after a modifier: "to open clean-air shelters".)
    const prev = toks[k - 1];
    const modifier = prev && (prev.tags.has('Adjective') || prev.tags.has('Determiner') || prev.tags.has('Possessive') || prev.tags.has('Value')) && !prev.tags.has('Noun');
    // (Nor a plural read as a present verb with the clause's verb still to come: "clean-air shelters in every region has".)
    const plural = /[a-z]s$/.test(x.word) && !/^(?:has|is|was|does)$/.test(x.word) && x.tags.has('PresentTense') && !x.tags.has('Auxiliary') && laterVerb(toks, k + 1);
    if (k > from && clauseVerb(toks, k) && !participleOnNoun(toks, k) && !modifier && !plural) return k - 1;
    if (breakAfter(x)) return undefined;
  }
  return undefined;
}

/** A clause verb from `k` before a break, a quotation, a relative pronoun or a conjunction. */
function laterVerb(toks: Tok[], k: number): boolean {
  for (let j = k; j < toks.length; j++) {
    const x = toks[j];
    if (x.inQuote || /^(?:that|which|who|and|or|but|as|when|while|because|if|after|before|since|until|though|although)$/.test(x.word)) return false;
    if (clauseVerb(toks, j)) return true;
    if (breakAfter(x)) return false;
  }
  return false;
}

/**
 * "Norvale's warning that margins would shrink weighed on stocks": a report noun heading the sentence's subject;
 * its "that" clause ends before the sentence's own verb: the last of two or more verb groups before a break (not past a
 * subordinating word or a conjunction before a verb, whose clause may hold more verbs, nor when a reporting verb is among
 * them: "claim that aides said it was …").
 */
function subjectClauseEnd(toks: Tok[], from: number): number | undefined {
  let groups = 0;
  let last = -1;
  let inGroup = false;
  let prevMain = false;
  let groupModal = false;
  let reporting = -1;
  for (let k = from; k < toks.length; k++) {
    const x = toks[k];
    if (x.inQuote || /^(?:that|who|which|because|if|when|while|as|whether)$/.test(x.word) && k > from) return undefined;
    if (/^(?:and|but|or)$/.test(x.word) && toks[k + 1] && (finiteVerb(toks[k + 1]) || toks[k + 1].tags.has('Adverb'))) return undefined;
    const verb = clauseVerb(toks, k);
    // (A group runs over auxiliaries and adverbs to its main verb, "would be phased", "has not yet been met"; a verb right
    // after a main verb is its complement, "went unheeded".)
    // ("ring-fenced": a word joined to the one before by a hyphen is no verb of its own.)
    const joined = k > from && /^[-‐]$/.test(toks[k - 1].post);
    const aux = x.tags.has('Auxiliary') || x.tags.has('Modal');
    // ("would close had alarmed": a finite auxiliary after a modal and an adverb the tagger took the main verb for opens
    // a group of its own.)
    const afterModal = inGroup && groupModal && /^(?:had|has|was|were|is|are|did|does)$/.test(x.word) && !toks[k - 1].tags.has('Verb');
    if (verb && (!inGroup || afterModal) && (!prevMain || aux) && !joined) {
      groups++;
      last = k;
      groupModal = x.tags.has('Modal');
    }
    if (verb && FORMS.has(x.word)) reporting = k;
    const next = toks[k + 1];
    inGroup = verb ? aux : inGroup && (aux || (x.tags.has('Adverb') || /^(?:not|n't|never)$/.test(x.word)) && !!next && (next.tags.has('Verb') || next.tags.has('Adverb')));
    prevMain = verb && !aux;
    if (breakAfter(x)) break;
  }
  // (The clause's subject comes before its verb; a reporting verb in it may have a clause of its own.)
  return groups >= 2 && last > from + 1 && (reporting < from || reporting >= last) ? last - 1 : undefined;
}

/** A finite verb of a clause at `k`; a lower-case word the tagger took for a name is one ("… by 2030 drew doubts"). */
function clauseVerb(toks: Tok[], k: number): boolean {
  const x = toks[k];
  const misreadName = !isCapitalized(x) && (x.tags.has('FirstName') || x.tags.has('ProperNoun')) && /(?:ed|ew|ought|aught|ame|ent|ave|ook|ade)$/.test(x.word);
  // ("was broken" read as an adjective: a finite form of "be" or "have" is a verb whatever the tagger says.)
  const finiteAux = /^(?:is|was|are|were|has|have|had)$/.test(x.word) && !x.inQuote;
  // ("the delays drew a rebuke", "their calls go unanswered": a bare form right after a noun, with no "to" or modal, agrees
  // with it.)
  const prev = toks[k - 1];
  const bare = x.tags.has('Infinitive') && x.tags.has('Verb') && !x.tags.has('Noun') && !!prev && prev.tags.has('Noun') && !prev.tags.has('Pronoun') && !prev.tags.has('Verb');
  return (finiteVerb(x) && (!x.tags.has('Infinitive') || bare) || misreadName || finiteAux) && prev?.word !== 'to' && !isDateLike(x);
}

/** "Reuters reviewed the contract", "The Journal has seen the memo": the outlet's own verification (strength 5). */
function ownVerification(toks: Tok[], i: number): FoundCue | null {
  let gs = i;
  while (gs > 0 && isAux(toks[gs - 1]) && !breakAfter(toks[gs - 1])) gs--;
  if (toks[i].word === 'seen' && !toks.slice(gs, i).some((x) => x.word === 'has' || x.word === 'have')) return null;
  if (toks.slice(gs, i).some((x) => BE.has(x.word))) return null; // passive: "reviewed by"
  // "The Post has not reviewed the complaints", "could not independently verify": no verification at all.
  if (toks.slice(gs, i).some((x) => /^(?:not|n't|never)$/.test(x.word) || /n['’]t$/.test(x.word))) return null;
  const subj = subjectBefore(toks, gs);
  // ("An AP reporter saw", "a Reuters photographer counted": the outlet's own staff, on the scene.)
  const reporter = !!subj && /^(?:reporters?|correspondents?|journalists?|photographers?|witness|witnesses|staff|crew|team)$/.test(toks[subj.core.e].word)
    && toks.slice(subj.core.s, subj.core.e).some((x, k) => isOutletPhrase(toks, { s: subj.core.s + k, e: subj.core.s + k }));
  const witnessed = /^(?:saw|witnessed|observed|counted|watched|heard)$/.test(toks[i].word);
  if (!subj || !(isOutletPhrase(toks, subj.core) && !witnessed || reporter)) return null;
  const k = toks[i + 1];
  if (!k || k.inQuote || breakAfter(toks[i])) return null;
  const f = mk('verb', 'evidential', 'verify', { s: gs, e: i }, subj, 'after', 'object');
  f.contentFrom = i + 1;
  f.ownVerification = true;
  return f;
}

/** Measurements whose findings are reported "in" them: "In the latest poll, Reyes leads by 4 points". */
const FINDING_HEADS = new Set(['poll', 'polls', 'survey', 'surveys', 'study', 'studies']);

/**
 * "in" opening a clause before a poll, survey or study: the measurement is the source of what
 * the clause reports ("In a Marist poll released Monday, …"). The noun phrase may carry
 * determiners, modifiers, names and an of-partitive ("In one of the first polls, …").
 */
function inFindingCue(toks: Tok[], i: number): FoundCue | null {
  if (toks[i].inQuote || breakAfter(toks[i])) return null;
  // Only a clause-initial phrase frames the clause; "one of the hospitals in the study" does not.
  if (i > 0 && !breakAfter(toks[i - 1]) && !/^(?:and|but|yet|so)$/.test(toks[i - 1].word)) return null;
  for (let j = i + 1; j < toks.length && j <= i + 8; j++) {
    const x = toks[j];
    if (x.inQuote) return null;
    const n = toks[j + 1];
    if (FINDING_HEADS.has(x.word) && x.tags.has('Noun') && !(n && !breakAfter(x) && n.tags.has('Noun') && !n.tags.has('Pronoun'))) {
      let e = j;
      // "a survey by Civis Analytics", "a poll for the Gazette": who made it belongs to the source.
      if (n && !breakAfter(x) && /^(?:by|from|for|of)$/.test(n.word) && toks[j + 2] && isCapitalized(toks[j + 2]) && !toks[j + 2].inQuote) {
        e = j + 2;
        while (e + 1 < toks.length && e < j + 7 && !breakAfter(toks[e]) && isCapitalized(toks[e + 1]) && !toks[e + 1].inQuote) e++;
      }
      const src = { s: i + 1, e };
      return mk('according', 'evidential', 'in', { s: i, e: i }, { whole: src, core: src }, 'sentence', 'none');
    }
    const np = x.tags.has('Determiner') || x.tags.has('Adjective') || x.tags.has('Value') || x.tags.has('Noun') && !x.tags.has('Pronoun')
      || isCapitalized(x) || x.word === 'of' && j > i + 1;
    if (!np || x.tags.has('Verb') && !x.tags.has('Noun') || breakAfter(x)) return null;
  }
  return null;
}

function pushDash(toks: Tok[], i: number, out: FoundCue[], used: Set<number>): boolean {
  const dash = dashCue(toks, i);
  if (!dash) return false;
  out.push(dash);
  for (let k = dash.source!.whole.s; k <= dash.source!.whole.e; k++) used.add(k);
  return true;
}

/** Participles of "as reported by …": what a named source reported or set down. */
const AS_REPORTED = /^(?:reported|stated|noted|outlined|announced|described|detailed|confirmed|disclosed|revealed)$/;

/**
 * "As reported by Reuters, the firm is for sale", "The firm, as first reported by Bloomberg, is for sale", "as stated
 * in the filing": a source named after "as" and a participle of reporting, sourcing the clause it opens or sits in.
 */
function asReportedCue(toks: Tok[], i: number): FoundCue | null {
  let j = i + 1;
  while (toks[j] && /^(?:first|previously|earlier|originally|initially|also|widely)$/.test(toks[j].word)) j++;
  const by = toks[j + 1];
  if (!toks[j] || !AS_REPORTED.test(toks[j].word) || !by || !/^(?:by|in)$/.test(by.word) || toks.slice(i, j + 2).some((x) => x.inQuote)) return null;
  const atStart = i === 0 || (i <= 2 && toks.slice(0, i).every((x) => /^(?:but|and|yet|so|also)$/.test(x.word)));
  if (!atStart && !commaAfter(toks[i - 1])) return null;
  const src = sourceAfter(toks, j + 2, false);
  if (!src || !commaAfter(toks[src.whole.e]) && !endsSentence(toks[src.whole.e])) return null;
  // (Mid-clause, between commas, it sources the clause around it; at the end, or before a relative clause, what precedes.)
  const last = endsSentence(toks[src.whole.e]) || /^(?:who|which)$/.test(toks[src.whole.e + 1]?.word ?? '');
  // (The predicate is the participle, as PolNeAR marks it; the cue a reader sees opens with "as".)
  const f = mk('according', 'according-to', toks[j].word, { s: j, e: j }, src, atStart ? 'after' : last ? 'before' : 'sentence', 'none');
  f.cueStart = i;
  if (atStart) f.contentFrom = src.whole.e + 1;
  return f;
}

function mk(
  shape: CueShape, cls: CueClass, lemma: string, pred: TokRange, source: SourcePhrase | null,
  contentSide: FoundCue['contentSide'], complement: Complement,
): FoundCue {
  return { shape, cls, lemma, pred, source, contentSide, complement, statement: false };
}

/**
 * A capitalized word before a colon that heads a section ("Revenue: Total revenue was …",
 * "Customers: … 1,184 utility customers"): the sentence uses it again in lower case, or it is a
 * plural no name list knows.
 */
function sectionWord(toks: Tok[], i: number, w: Tok): boolean {
  if (knownNameWord(w.word) || w.tags.has('Person') || w.tags.has('FirstName') || w.tags.has('LastName')) return false;
  if (toks.slice(i + 1).some((t) => t.text === w.word)) return true;
  return /[^s]s$/.test(w.word) && w.tags.has('Plural');
}

/** Who speaks in a court's or a parliament's record besides people named by office: "THE COURT:" is the judge. */
export const RECORD_PARTS = /^(?:court|clerk|bailiff|interpreter|foreperson|foreman|speaker|marshal)$/;

/**
 * "Witnesses: Ms Ruth Calloway, …", "Members: …": a plural noun that heads a list. As a speaker (a headline's
 * "Residents: ‘We were never warned’") it opens a quotation.
 */
function pluralLabel(w: Tok): boolean {
  return /[^siu]s$/.test(w.word) && !knownNameWord(w.word) && !w.tags.has('Person') && !w.tags.has('LastName') && !w.tags.has('Organization');
}

function colonCue(toks: Tok[], i: number): FoundCue | null {
  const next = toks[i + 1];
  if (!next) return null;
  const colon = i;
  const caps = (x: Tok) => /^[A-Z][A-Z'’.-]+$/.test(x.text);
  const isPersonTok = (x: Tok) => x.tags.has('Person') || x.tags.has('FirstName') || x.tags.has('LastName');
  // A transcript's speaker with an affiliation in brackets ("SEN. DALE HUTCHINS (R-Okla.):", "OBI (via video):"):
  // the name ends before the bracket.
  if (/^\.?\)/.test(toks[i].post) && !toks[i].inQuote) {
    let open = i;
    while (open > 0 && i - open < 3 && !/\($/.test(toks[open - 1].post.trimEnd()) && !/\(/.test(toks[open].pre)) open--;
    if (open > 0 && (/\($/.test(toks[open - 1].post.trimEnd()) || /\(/.test(toks[open].pre))) {
      // ("HOST (JANE ODUYA):", "PRESENTER (Ravi Menon):": a part the show names with its holder in brackets; the holder speaks.)
      const inner = toks.slice(open, i + 1);
      const outer = toks.slice(0, open);
      if (outer.length >= 1 && outer.length <= 2 && !toks[i].inQuote && outer.every((x) => isCapitalized(x) && !isPersonTok(x) && !x.tags.has('Organization'))
        && inner.every((x) => isCapitalized(x)) && inner.some(isPersonTok)) {
        const src = { s: open, e: i };
        return { ...mk('colon', 'neutral', ':', { s: colon, e: colon }, { whole: src, core: src }, 'after', 'colon'), contentFrom: colon + 1 };
      }
      i = open - 1;
    }
  }
  // A transcript's speaker with a title after a comma ("RAFAEL CASTELLANOS, Chief Executive, Northgate Airlines:"):
  // a name in capitals opening the sentence, then only capitalized words (and "of", "and", "for", "the") up to the colon.
  let k = 0;
  while (k < i && k < 3 && caps(toks[k]) && !breakAfter(toks[k])) k++;
  if (k >= 1 && k < i && caps(toks[k]) && commaAfter(toks[k]) && i - k <= 9 && !toks[k].inQuote
    && (toks[k].tags.has('Person') || toks[k].tags.has('LastName') || toks[k].tags.has('FirstName'))
    && toks.slice(k + 1, i + 1).every((x) => !x.inQuote && (isCapitalized(x) || /^(?:of|and|for|the|at|&)$/.test(x.word)))) {
    const src = { s: 0, e: k };
    return { ...mk('colon', 'neutral', ':', { s: colon, e: colon }, { whole: src, core: src }, 'after', 'colon'), contentFrom: colon + 1 };
  }
  // The name: one to four capitalized words opening the sentence (headline "Name: …", transcript
  // "SMITH: …", possibly right inside the quotation mark that opens a transcript paragraph).
  let s = i;
  while (s > 0 && i - s < 3 && isCapitalized(toks[s - 1]) && !breakAfter(toks[s - 1]) && toks[s - 1].inQuote === toks[i].inQuote) s--;
  if (s !== 0 && !(toks[s - 1].inQuote !== toks[s].inQuote)) return null;
  const words = toks.slice(s, i + 1);
  if (!words.every((x) => isCapitalized(x))) return null;
  // "THE CHAIR:", "THE WITNESS:", "THE COURT:": a committee's or a court's transcript labels a part with its article.
  if (s === 0 && words.length === 2 && words[0].text === 'THE' && (PERSON_ROLES.test(words[1].word) || RECORD_PARTS.test(words[1].word)) && !toks[i].inQuote) {
    const src = { s: s + 1, e: i };
    return { ...mk('colon', 'neutral', ':', { s: colon, e: colon }, { whole: { s, e: i }, core: src }, 'after', 'colon'), contentFrom: colon + 1 };
  }
  if (words.some((x) => COLON_LABELS.has(x.word) || /^(?:the|a|an)$/.test(x.word))) return null;
  // "MUMBAI: Deccan Steel on Monday reported …": a place before the colon is a dateline.
  if (words.every((x) => x.tags.has('Place') && !x.tags.has('Person')) && !next.inQuote && !quoteOpenBefore(next)) return null;
  if (toks[i].inQuote && !words.every((x) => /^[A-Z][A-Z'’.-]+$/.test(x.text))) return null;
  const allCaps = words.every((x) => /^[A-Z][A-Z'’.-]+$/.test(x.text));
  const named = words.some((x) => x.tags.has('Person') || x.tags.has('FirstName') || x.tags.has('LastName') || x.tags.has('Organization'))
    || words.length === 1 && /^(?:poll|survey|study|report|analysis)$/.test(words[0].word)
    || words.every((x) => x.tags.has('ProperNoun') && !x.tags.has('Adjective'))
    || allCaps && words.length <= 2
    || words.length <= 2 && !words.some((x) => x.tags.has('Adjective') || x.tags.has('Verb') || x.tags.has('Date') || x.tags.has('Value'))
      // (Not a common noun that heads a section of a release or a list: "Revenue: Total revenue was …", "Customers: …".)
      && !(words.length === 1 && !allCaps && (sectionWord(toks, i, words[0]) || pluralLabel(words[0]) && !next.inQuote && !quoteOpenBefore(next)))
      && (isCapitalized(next) || next.inQuote || quoteOpenBefore(next));
  if (!named) return null;
  const src = { s, e: i };
  return { ...mk('colon', 'neutral', ':', { s: colon, e: colon }, { whole: src, core: src }, 'after', 'colon'), contentFrom: colon + 1 };
}

/**
 * "Elizabeth Warren Hammers Wells Fargo CEO: ‘You Should Be …’", "A lesson from Loretta Lynch:
 * ‘Be the voice …’": a colon that opens a quotation after a clause naming a person, with no
 * other cue before it. The person is the source.
 */
function namedColonCue(toks: Tok[], i: number): FoundCue | null {
  const next = toks[i + 1];
  if (!next || !(next.inQuote || /[“"‘']/.test(next.pre)) || toks[i].inQuote || i > 12) return null;
  for (let s = 0; s <= i; s++) {
    const x = toks[s];
    if (x.inQuote) return null;
    if (!(x.tags.has('Person') && isCapitalized(x) && !x.tags.has('Pronoun'))) continue;
    let e = s;
    while (e < i && e - s < 3 && toks[e + 1].tags.has('Person') && isCapitalized(toks[e + 1]) && !breakAfter(toks[e])) e++;
    const src = { s, e };
    return { ...mk('colon', 'neutral', ':', { s: i, e: i }, { whole: src, core: src }, 'after', 'colon'), contentFrom: i + 1 };
  }
  return null;
}

const DASH = /^\s*[―—–]\s*$/;

/**
 * '"…" ― Name': a dash right after a closing quotation mark, then the speaker. The dash is a
 * token of its own, or glued to the quotation's last word ('…about.”― Name').
 */
function dashCue(toks: Tok[], i: number): FoundCue | null {
  const t = toks[i];
  const glued = t.inQuote && /[”"]\s*[―—–]\s*$/.test(t.post);
  const p = toks[i - 1];
  if (!glued && (!DASH.test(t.text) || !p || !/[”"]/.test(p.post))) return null;
  const n = toks[i + 1];
  if (!n || n.inQuote || quoteOpenBefore(n) || !isCapitalized(n)) return null;
  let e = i + 1;
  while (e + 1 < toks.length && isCapitalized(toks[e + 1]) && !toks[e + 1].inQuote && !quoteOpenBefore(toks[e + 1])
    && (!/[,.;:!?”"“]/.test(toks[e].post) || /^\.\s*$/.test(toks[e].post) && (/^[A-Z][a-z]{0,3}$/.test(toks[e].text) || toks[e].tags.has('Honorific') || toks[e].tags.has('Abbreviation')))) e++;
  if (e - i > 5) return null;
  const src = { s: i + 1, e };
  const f = mk('dash', 'neutral', '―', { s: i, e: i }, { whole: src, core: src }, 'before', 'end');
  return f;
}

/** The start of a predicate group: auxiliaries, modals and adverbs to the left of the verb at `i` (not before `floor`). */
function auxStart(toks: Tok[], i: number, floor = 0): number {
  let gs = i;
  while (gs > floor && (isAux(toks[gs - 1]) || /^[a-z]+ly$/.test(toks[gs - 1].word) && toks[gs - 1].tags.has('Adverb'))
    // ("who was not authorized to speak publicly said": an adverb after an infinitive ends the infinitive.)
    && !(/ly$/.test(toks[gs - 1].word) && gs >= 3 && toks[gs - 3].word === 'to' && toks[gs - 2].tags.has('Verb') && !toks[gs - 2].inQuote)
    && !toks[gs - 1].inQuote && !breakAfter(toks[gs - 1])) gs--;
  return gs;
}

/** "questioned two employees", "questioned him for hours": people questioned are interviewed, not doubted. */
const QUESTIONED_PEOPLE = /^(?:him|her|them|me|us|suspects?|witnesses|witness|employees?|workers?|staff|people|men|women|passengers?|residents?|officers?|detainees?|members?|students?|drivers?|crew)$/;

/** What a speaker puts out that can carry a participle of speech ("a video claiming", "a letter accusing"). */
const CHANNEL_NOUNS = /^(?:video|post|statement|letter|tweet|message|email|e-mail|memo|note|clip|posting|thread|op-ed|column|editorial)$/;

/** Singular nouns for a body of people, which may take a plural verb ("the government say", "the majority believe"). */
const COLLECTIVE_NOUNS = /^(?:government|committee|council|board|team|family|club|party|union|police|public|majority|minority|jury|panel|staff|crew|group|crowd|audience|press|company|firm|court|bench|cabinet|department|ministry|office|campaign|band|couple|pair|trio|number|lot|third|half|quarter|handful|rest|bulk)$/;

/** Nouns of quantity that take a plural noun after "of" ("a set of rules", "a series of reports"). */
const QUANTITY_NOUNS = /^(?:set|series|number|list|package|range|host|pair|couple|bundle|batch|raft|slew|handful|variety|collection|suite|string)$/;

function verbCue(view: SentenceView, found: FoundCue[], i: number, pe: number, verb: CueVerb): FoundCue | null {
  const toks = view.toks;
  const t = toks[i];
  // "in his opening remarks that …", "during their comments": a possessive after a preposition opens a noun phrase,
  // whatever the tagger made of its head.
  const poss = [toks[i - 1], toks[i - 2]].findIndex((x) => !!x && /^(?:his|her|their|its|our|my|your)$/.test(x.word) && !x.inQuote);
  if (/s$/.test(t.word) && poss >= 0 && !!toks[i - 2 - poss]?.tags.has('Preposition') && !breakAfter(toks[i - 2 - poss])
    && (poss === 0 || !breakAfter(toks[i - 2]) && toks[i - 1].tags.has('Noun') && !toks[i - 1].tags.has('Pronoun'))) return null;
  // "calling a newspaper report 'a hit piece'": a base form after a verb's object, a determiner and a singular
  // noun, heads that object (a singular subject would take "reports"); after "the" or a possessive only when the
  // noun is no body British usage gives a plural verb ("the committee report that …"). (After a preposition, or a
  // relative clause's verb, the noun may end a post-modifier of a plural subject: "observers around the country
  // say", "People who know the mayor say".)
  const nounBefore = toks[i - 1];
  const detBefore = toks[i - 2];
  const verbBefore = toks[i - 3];
  const baseForm = !t.inQuote && (t.tags.has('Infinitive') || t.tags.has('Noun')) && !t.tags.has('PastTense') && !/(?:s|ing)$/.test(t.word);
  const objectBefore = !!verbBefore && verbBefore.tags.has('Verb') && !verbBefore.tags.has('Auxiliary') && !verbBefore.tags.has('Copula')
    && !verbBefore.inQuote && !breakAfter(verbBefore) && !/^(?:who|that|which)$/.test(toks[i - 4]?.word ?? '');
  if (i === pe && baseForm && objectBefore && !nounBefore.inQuote && nounBefore.tags.has('Noun') && !nounBefore.tags.has('Plural')
    && !nounBefore.tags.has('Pronoun') && !nounBefore.tags.has('Actor') && !isCapitalized(nounBefore) && !breakAfter(nounBefore) && !breakAfter(detBefore)
    && (/^(?:a|an)$/.test(detBefore.word) || /^(?:the|this|that|its|his|her|their|our)$/.test(detBefore.word) && !COLLECTIVE_NOUNS.test(nounBefore.word))) return null;
  // "a set of Clean Air Act rules that could lead to …": a noun of quantity and "of" before a singular word want a
  // plural noun, which the "-s" word is ("a group of senators says" keeps its verb).
  if (/s$/.test(t.word) && i === pe && i >= 4 && !nounBefore.inQuote && !nounBefore.tags.has('Plural') && !/s$/.test(nounBefore.word) && !breakAfter(nounBefore)) {
    let at = i - 2;
    while (at > Math.max(0, i - 7) && toks[at].word !== 'of') at--;
    if (at >= 2 && toks[at].word === 'of' && QUANTITY_NOUNS.test(toks[at - 1].word) && /^(?:a|an|the|one|this|that)$/.test(toks[at - 2].word)
      && toks.slice(at - 2, i).every((x) => !x.inQuote && !breakAfter(x))) return null;
  }
  if (verb.lemma === 'question' && toks.slice(pe + 1, pe + 5).some((x, k) => !x.inQuote && QUESTIONED_PEOPLE.test(x.word) && !toks.slice(pe + 1, pe + 1 + k).some((y) => breakAfter(y)))) return null;
  // Predicate group: auxiliaries and adverbs to the left.
  let gs = auxStart(toks, i);
  // "continues to insist", "went on to explain", "seemed to think": a catenative verb before
  // "to" heads the predicate, and its subject is the speaker's.
  let catenative = false;
  if (gs > 1 && toks[gs - 1].word === 'to' && !toks[gs - 1].inQuote && !breakAfter(toks[gs - 2])) {
    const c = catenativeStart(toks, gs - 1);
    if (c >= 0) {
      gs = c;
      catenative = true;
    }
  }
  // "keeps saying", "avoids condemning", "stopped short of calling": a verb before an -ing cue heads the predicate.
  if (!catenative && isIng(t)) {
    const c = ingCatenativeStart(toks, gs);
    if (c >= 0) {
      gs = auxStart(toks, c);
      catenative = true;
    }
  }
  const group = toks.slice(gs, i);
  // The predicate group's first verb: "saying" of "also saying", "going" of "going on to say".
  const ing = catenative ? group.some((x) => isIng(x) && !isAux(x)) : isIng(t);
  // "to tell whether", "let's say": infinitives and imperatives are not reports.
  if (gs > 0 && toks[gs - 1].word === 'to' && !toks[gs - 1].inQuote) return null;
  if (gs > 0 && /^(?:let's|let|lets)$/.test(toks[gs - 1].word)) return null;
  // "I did not think twice": to think twice is to hesitate, no view stated ("think better schools …" still states one).
  if (verb.lemma === 'think' && toks[pe + 1]?.word === 'twice' && !toks[pe + 1].inQuote) return null;
  // "Residents asked to see the plans", "the board never asked to see it": to ask to do something oneself is a request,
  // nothing said ("asked residents to stay indoors" tells the residents; "Asked to describe it, she said" opens on it).
  if (verb.lemma === 'ask' && gs > 0 && !group.some((x) => BE.has(x.word)) && selfInfinitive(toks, pe + 1)) return null;
  // "The study adds to the evidence that …", "added to the confusion": to add to something is to increase it.
  if (verb.lemma === 'add' && toks[pe + 1]?.word === 'to' && !toks[pe + 1].inQuote && !AUDIENCE_AFTER_TO.test(toks[pe + 2]?.word ?? '')) return null;
  if (gs === 0 && !ing && verb.lemma !== 'say' && t.tags.has('Infinitive') && !colonAfter(t) && !catenative) return null;
  const passive = !catenative && (!isIng(t) && group.some((x) => BE.has(x.word)) && PAST_PARTICIPLE.test(t.word)
    && !group.some((x) => x.word === 'has' || x.word === 'have' || x.word === 'had') || group.some((x) => x.word === 'been') && !isIng(t));
  // "Lazard advised on the deal", "the buyer was advised by Rothschild": counsel given in a transaction, nothing said.
  if (verb.lemma === 'advise' && !colonAfter(t) && !adviceGiven(toks, pe + 1)) return null;
  let statement = false;
  const onStatement = () => {
    statement = true;
  };

  // Relay: "X cited/quoted Y as saying"
  if (RELAY_VERBS.has(t.word) && !isIng(t)) {
    let ye = -1;
    for (let j = pe + 1; j < toks.length - 2 && j <= pe + 10; j++) {
      if (toks[j].inQuote || breakAfter(toks[j])) break;
      if (toks[j + 1].word === 'as' && /^(?:saying|telling|writing)$/.test(toks[j + 2].word)) {
        ye = j;
        break;
      }
    }
    if (ye >= 0) {
      const subj = subjectBefore(toks, gs);
      if (subj) {
        const f = mk('relay', 'neutral', 'cite', { s: gs, e: ye + 2 }, subj, 'after', 'none');
        f.relayed = { s: pe + 1, e: ye };
        let k = skipAdjuncts(toks, ye + 3, onStatement);
        f.complement = complementAt(toks, ye + 2, k, verb);
        if (f.complement === 'end') f.contentSide = 'before';
        else f.contentFrom = toks[k]?.word === 'that' ? k + 1 : k;
        return f;
      }
    }
  }

  // "…, a claim disputed by Western diplomats": a participle right after a noun for something said, with a "by"
  // agent, is a passive; the agent is the source, and the claim is what the clause before the noun says.
  if (!passive && !catenative && gs === pe && gs >= 2 && PAST_PARTICIPLE.test(t.word) && toks[pe + 1]?.word === 'by' && !toks[pe + 1].inQuote
    && SAID_THING_NOUNS.test(toks[gs - 1].word) && !toks[gs - 1].inQuote) {
    let ns = gs - 1;
    while (ns > 0 && /^(?:a|an|the|that|this|an?other|one)$/.test(toks[ns - 1].word) && !toks[ns - 1].inQuote) ns--;
    const src = ns > 0 && commaAfter(toks[ns - 1]) ? sourceAfter(toks, pe + 2, false) : null;
    if (src && isAnimate(toks, src.core)) {
      const f = mk('passive-agent', verb.cls, verb.lemma, { s: gs, e: pe }, src, 'before', 'end');
      f.cueStart = ns;
      return f;
    }
  }

  // "Exit polls published by RTP suggest …", "data compiled by the ministry show …": any other participle right after
  // a noun with a "by" agent is a reduced relative on that noun, no verb of the clause ("reported by phone" is a manner).
  if (!passive && !catenative && gs === pe && gs >= 1 && PAST_PARTICIPLE.test(t.word) && toks[pe + 1]?.word === 'by' && !toks[pe + 1].inQuote
    && (toks[gs - 1].tags.has('Noun') || /[a-z]s$/.test(toks[gs - 1].word) && !toks[gs - 1].tags.has('Auxiliary')) && !toks[gs - 1].tags.has('Pronoun') && !toks[gs - 1].tags.has('Person') && !toks[gs - 1].tags.has('Organization')
    && !toks[gs - 1].inQuote && !breakAfter(toks[gs - 1]) && !/^(?:phone|telephone|email|e-mail|text|letter|video|fax|mail|post)$/.test(toks[pe + 2]?.word ?? '')) return null;

  if (passive) {
    // "was written by X": an agent makes it an attribution.
    let k = pe + 1;
    // ("The march had been called by the Resistance Committees": an act done, no stance told.)
    // ("No violations had been reported by Tuesday evening": "by" and a time is a deadline, not an agent.)
    if (toks[k]?.word === 'by' && !verb.narrow && !ACT_PASSIVES.test(verb.lemma) && !(toks[k + 1] && isTimeWord(toks[k + 1]))) {
      const src = withNamedAppositive(toks, sourceAfter(toks, k + 1, false));
      // ("The man was questioned by detectives": a person questioned is interviewed, no claim doubted.)
      const questioned = verb.lemma === 'question' ? subjectBefore(toks, gs) : null;
      if (src && isAnimate(toks, src.core) && !(questioned && isAnimate(toks, questioned.core)) && !(verb.lemma === 'cite' && citedForFault(toks, k + 1))) {
        const f = mk('passive-agent', verb.cls, verb.lemma, { s: gs, e: pe }, src, 'sentence', 'none');
        // ("Reports said he had been unwell, but this was denied by his family": what "this" stands for, the clause before
        // the conjunction, or what a cue before it reports, is what the agent answers.)
        const [conj, dem] = [toks[gs - 2], toks[gs - 1]];
        // ("Critics said she took gifts. This was denied by her office.": a pronoun subject, or "the claim", that
        // opens the sentence stands for the sentence before; a denial or a confirmation answers it.)
        const after = skipAdjuncts(toks, src.whole.e + 1, () => undefined);
        if (toks[0].word === 'it' && toks[after]?.word === 'that' && !toks[after].inQuote) {
          // ("It was confirmed by police that two men had been arrested": the extraposed clause is what was confirmed.)
          f.contentSide = 'after';
          f.contentFrom = after + 1;
        } else if (answersPriorSentence(toks, gs, verb)) {
          f.contentSide = 'before';
          f.cueStart = 0;
          f.answersPrevious = true;
        } else if (gs >= 3 && /^(?:this|that)$/.test(dem.word) && !dem.inQuote && /^(?:but|and|though|although)$/.test(conj.word) && !conj.inQuote && commaAfter(toks[gs - 3])) {
          f.contentSide = 'before';
          f.cueStart = gs - 2;
          const x = found.find((y) => y.contentSide === 'after' && y.contentFrom !== undefined && y.contentFrom < gs - 2 && (y.contentTo === undefined || y.contentTo >= gs - 2));
          if (x) {
            x.contentTo = gs - 3;
            f.contentFrom = x.contentFrom;
          }
        }
        return f;
      }
    }
    // "The court was told that …", "the inquest was told …": in court reports the hearing that was told stands for the
    // evidence given to it, as "the court heard" does (the one named before: "A jury at … has been told" is left).
    if (verb.lemma === 'tell') {
      const hearing = subjectBefore(toks, gs);
      const k2 = skipAdjuncts(toks, pe + 1, onStatement);
      const comp = complementAt(toks, pe, k2, verb);
      if (hearing && hearing.core.e === hearing.core.s + 1 && toks[hearing.core.s].word === 'the'
        && AUDIENCE_WORD.test(toks[hearing.core.e].word)
        && (comp === 'that' || comp === 'clause' || comp === 'quote' || comp === 'colon')) {
        const f = mk('verb', verb.cls, verb.lemma, { s: gs, e: pe }, hearing, 'after', comp);
        f.contentFrom = comp === 'that' ? k2 + 1 : k2;
        f.adjacent = true;
        return f;
      }
    }
    // '"Paris must keep its promises," Albers was quoted as saying': the subject of a passive "quoted/cited as saying"
    // is the speaker; whoever did the quoting only relays.
    if (RELAY_VERBS.has(t.word) && toks[pe + 1]?.word === 'as' && !toks[pe + 1].inQuote
      && /^(?:saying|telling|writing)$/.test(toks[pe + 2]?.word ?? '')) {
      const speaker = subjectBefore(toks, gs);
      if (speaker) {
        const k = skipAdjuncts(toks, pe + 3, onStatement);
        const comp = complementAt(toks, pe + 2, k, verb);
        const f = mk('verb', 'neutral', 'say', { s: gs, e: pe + 2 }, speaker, 'after', comp);
        if (comp === 'end') f.contentSide = 'before';
        else f.contentFrom = toks[k]?.word === 'that' ? k + 1 : k;
        return f;
      }
    }
    return null;
  }

  // Participle continuing an earlier cue or the main clause: "…, saying …"
  // "criticized for saying that …", "aside from saying he …": after these prepositions only "saying" reports.
  const sayAfterPrep = verb.lemma === 'say' && gs > 0 && /^(?:for|from)$/.test(toks[gs - 1].word) && !toks[gs - 1].inQuote;
  // "…, touting X and saying …": a second participle coordinated with a first one.
  const lastFound = found.at(-1);
  const andParticiple = gs > 1 && /^(?:and|or)$/.test(toks[gs - 1].word) && !toks[gs - 1].inQuote && lastFound?.shape === 'participle' && !!lastFound.source;
  if (verb.asideOnly && ing) return null;
  // "posted a video on Instagram claiming he had written …", "sent a letter accusing …": a participle on a post, a
  // letter or a message the clause's subject put out voices that subject.
  const channelBefore = ing && gs > 1 && !toks[gs - 1].inQuote && !breakAfter(toks[gs - 1]) && (CHANNEL_NOUNS.test(toks[gs - 1].word)
    || gs > 3 && isCapitalized(toks[gs - 1]) && toks[gs - 2].word === 'on' && CHANNEL_NOUNS.test(toks[gs - 3].word) && !breakAfter(toks[gs - 3]));
  if (ing && gs > 0 && (commaAfter(toks[gs - 1]) || sayAfterPrep || andParticiple || channelBefore || /^(?:while|before|after|by|when)$/.test(toks[gs - 1].word))) {
    const parent = speakerBefore(toks, found, gs, verb);
    // ("She was, according to her son, still answering emails": a form of "be" before the aside makes the
    // participle the clause's own verb, not a report of the aside's source.)
    if (parent?.shape === 'according' && BE.has(toks[parent.pred.s - 1]?.word ?? '') && !toks[parent.pred.s - 1].inQuote) return null;
    let k = skipAdjuncts(toks, pe + 1, onStatement);
    if (verb.addressee && k < toks.length && toks[k].word !== 'that' && !toks[k].inQuote) {
      const e = withAudienceSize(toks, scanForwardCore(toks, k));
      if (e >= 0) k = skipAdjuncts(toks, e + 1, onStatement);
    }
    let comp = complementAt(toks, pe, k, verb);
    // ", tweeting, “Notice …”": the quotation after the comma is the content.
    if (comp === 'end' && commaAfter(toks[k - 1]) && (toks[k]?.inQuote || quoteOpenBefore(toks[k]))) comp = 'quote';
    // "after refusing to testify"
    if (refusesToSpeak(toks, verb, comp, k)) return null;
    // '"People here were heard," Abernathy said, pointing to a stack of petitions on his desk': a gesture at a thing in
    // the room, not a point made ("pointing to rising costs" still is).
    if (verb.lemma === 'point to' && comp === 'object' && isGesture(toks, k)) return null;
    // "Sanders said, suggesting a few questions": what the speaker goes on to voice, named by its object.
    // ("…, sending him to cities like Charlotte": a verb that reports only through a message it puts out needs that message.)
    const voiced = comp === 'object' && !!parent && verb.cls !== 'cognition' && !!lastFound && lastFound === parent && (!verb.narrow || framedObject(toks, k, verb));
    const ok = verb.needs === 'any' ? comp !== 'end' || verb.lemma === 'say' : isComplementOk(verb, comp) || voiced;
    // Without an earlier cue, the clause's subject voices the participle only for speech, not for beliefs or plans.
    // A participle with an object and no earlier cue is an action ("voted 2-1, rejecting a plan"), not a report.
    const mode = verb.cls === 'cognition' || comp === 'object' && verb.needs !== 'any' ? 'none' : sayAfterPrep ? 'opening' : 'clause';
    // (A post's author, not the speaker of a cue before it: 'is describing as "unhinged" a Donald Trump tweet attacking …'.)
    const subj = channelBefore ? channelAuthor(toks, gs) : parent?.source ?? mainSubject(toks, gs, view.proper, mode);
    if (ok && subj) {
      if (verb.animate && !isAnimate(toks, subj.core, view.proper)) return null;
      const f = mk('participle', verb.cls, verb.lemma, { s: catenative ? gs : i, e: pe }, subj, 'after', comp);
      f.contentFrom = toks[k]?.word === 'that' ? k + 1 : k;
      // (A writer's clause after ", but" ends the participle's content as it ends its past-tense parent's, below.)
      if (parent && tenseOf(toks[parent.pred.e]) === 'past') {
        const cut = writersButClause(toks, f.contentFrom);
        if (cut !== undefined) f.contentTo = cut;
      }
      if (f.contentTo === undefined) f.contentTo = writersWhileClause(toks, f.contentFrom);
      if (!channelBefore) f.parent = parent;
      f.statement = statement;
      return f;
    }
    // "After saying …, Lee left": an opening participle takes the subject after its comma, below.
    if (gs > 1) return null;
  }
  if (isIng(t) && gs === i) {
    const f = openingParticiple(view, i, pe, verb) ?? participleAfterNoun(view, i, pe, verb) ?? documentShowing(view, i, pe, verb);
    if (f) return f;
  }
  if (gs === i && verb.lemma === 'ask' && t.word === 'asked' && !isCapitalized(toks[i + 1] ?? t)) {
    const f = openingParticiple(view, i, pe, verb, true);
    // "Asked about the discrepancy, campaign spokesman Brian Tessler said …": the question put to a
    // speaker whose own cue follows is no attribution of its own; nor after "when" or "but" ("When asked about the
    // budget, Cole said …").
    if (f) return null;
  }
  if (ing && !group.some((x) => BE.has(x.word))) return null; // a gerund or a modifier

  // Inverted: '"…," said Smith' / '…, said Smith, a spokesman.'
  // "Lee, a Spaniard, told BBC Radio that …": after a comma the noun phrase after "told" is the addressee, not an inverted speaker.
  // ", state Attorney General Marcus Ferrell,": "state" before a title is an adjective, not an inverted verb.
  const stateAdjective = t.word === 'state' && !!toks[i + 1] && isCapitalized(toks[i + 1]);
  if (verb.inverts && !stateAdjective && (gs === 0 || toks[gs - 1].inQuote || commaAfter(toks[gs - 1]) && !verb.addressee) && gs === i) {
    const k0 = skipAdjuncts(toks, pe + 1, onStatement);
    let src = k0 < toks.length ? withNamedAppositive(toks, sourceAfter(toks, k0)) : null;
    // ('"…," said a strike leader who gave his name only as Thabo': the relative pronoun opens a clause on the speaker.)
    if (src && src.core.e > src.core.s && toks[src.core.e].word === 'who' && src.whole.e === src.core.e && !toks[src.core.e].inQuote) {
      src = { whole: { s: src.whole.s, e: src.core.e - 1 }, core: { s: src.core.s, e: src.core.e - 1 } };
    }
    const sw = src ? toks[src.core.s].word : '';
    // ("said her daughter, Claire Marsh": "her" before a noun is its determiner.)
    if (src && !(/^(?:me|him|her|us|them|it|you|i|we|who|which|that|this)$/.test(sw) && !(sw === 'her' && src.core.e > src.core.s))) {
      const after = toks[src.core.e + 1];
      const coreEndsClause = !after || breakAfter(toks[src.core.e]) || endsSentence(toks[src.core.e])
        || isTimeWord(after) || /^(?:in|on|at|during|via|told|to|for|who)$/.test(after.word);
      const atPrev = gs === 0 ? null : toks[gs - 1];
      const speaker = atPrev?.inQuote || isAnimate(toks, src.core, view.proper);
      // "A Hadley aide, speaking on condition of anonymity, said the campaign expects …": the verb has its
      // subject before an aside, so what follows it is content, not an inverted speaker.
      const asideSubject = !!atPrev && !atPrev.inQuote && !!subjectBefore(toks, gs);
      if (src && coreEndsClause && speaker && !asideSubject && (atPrev === null || atPrev.inQuote || commaAfter(atPrev))) {
        const f = mk('inverted', verb.cls, verb.lemma, { s: gs, e: pe }, src, 'before', 'end');
        skipAdjuncts(toks, src.whole.e + 1, onStatement);
        f.statement = statement;
        if (gs === 0) {
          // "Said Smith: …" is rare; content follows.
          f.contentSide = 'after';
          f.contentFrom = src.whole.e + 1;
        }
        return f;
      }
    }
  }

  let subj = subjectOfGroup(toks, gs);
  const adjacent = !!subj;
  // "… and said …": the subject of the first verb of the coordination.
  if (!subj && gs > 0 && /^(?:and|but|yet)$/.test(toks[gs - 1].word) && !toks[gs - 1].inQuote && !coordinatedInfinitive(toks, gs - 1)) {
    const parent = speakerBefore(toks, found, gs, verb);
    subj = relativeConjunctSubject(toks, parent, gs - 1) ?? innerClauseSubject(toks, found, parent, gs - 1, i, verb) ?? parent?.source ?? mainSubject(toks, gs - 1, view.proper);
    // "Residents were warned … and told the works would finish": the second verb shares the first's
    // passive, so its subject is who was told, not who told.
    if (!parent && subj && verb.addressee && passiveAfter(toks, subj.whole.e + 1, gs - 1) && !addresseeFollows(toks, pe + 1)) return null;
  }
  if (subj && /^(?:who|which|that)$/.test(toks[subj.core.s].word) && subj.core.s === subj.core.e) {
    // "…, who said": the antecedent, which does not reach back into an earlier cue ("saying anybody who …").
    const a = subj.core.s - 1;
    if (a >= 0) {
      let s = scanBackCore(toks, a);
      for (const x of found) if (s >= 0 && x.pred.e >= s && x.pred.e < a) s = x.pred.e + 1;
      // ("residents of Fontana, California, who say": a state or country after its town, set off by commas, is part of
      // the phrase the relative goes back to, not the antecedent itself.)
      if (s > 1 && a - s <= 2 && commaAfter(toks[s - 1]) && isCapitalized(toks[s - 1]) && toks.slice(s, a + 1).every((x) => x.tags.has('Place') && isCapitalized(x))) {
        const town = scanBackCore(toks, s - 1);
        if (town >= 0 && town < s - 1 && !found.some((x) => x.pred.e >= town && x.pred.e < s)) s = town;
      }
      // ("Rep. Gerald Connolly, D-Va., who testified": a party and state after a name, set off by commas, are the name's.)
      let nameEnd = -1;
      if (s > 1 && s === a && /^[DRI]-\p{Lu}[\p{L}.]*$/u.test(toks[a].text) && commaAfter(toks[s - 1]) && isCapitalized(toks[s - 1])) {
        const named = scanBackCore(toks, s - 1);
        if (named >= 0 && !found.some((x) => x.pred.e >= named && x.pred.e < s)) {
          nameEnd = s - 1;
          s = named;
        }
      }
      // "faced pressure from activist investor Crestline Partners, which disclosed …", "an interview with a nurse from
      // Sunderland who says …": the relative goes back to the noun after the preposition when the one before it is
      // nobody who could speak. (A body of people speaks itself: "a coalition of French authors, who accused …".)
      const rel = toks[subj.core.s].word;
      if (s >= 0 && (rel === 'which' && isCapitalized(toks[a]) || rel === 'who')) {
        const p = toks.slice(s, a).findIndex((x) => /^(?:from|of|by|with|at|for)$/.test(x.word) && !x.inQuote);
        const after = { s: s + p + 1, e: a };
        // ("traced to the plant in June by the Centers for Disease Control and Prevention, which said": a month that is
        // also a given name is a time, nobody who could speak.)
        const timeOnly = p > 0 && toks.slice(s, s + p).every((x) => isDateLike(x) || /^(?:in|on|during|since|until)$/.test(x.word));
        if (p > 0 && (!isAnimate(toks, { s, e: s + p - 1 }) || timeOnly) && !/^(?:units?|divisions?|subsidiary|subsidiaries|arms?|affiliates?|branch(?:es)?|wings?|offices?|members?|parts?|coalitions?|groups?|alliances?|associations?|federations?|consortium|consortia|networks?|panels?|committees?|councils?|delegations?|families)$/.test(toks[s + p - 1].word)
          && (rel === 'which' ? toks.slice(after.s, a + 1).some((x) => isCapitalized(x)) : isAnimate(toks, { s: after.s, e: scanForwardCore(toks, after.s) }))) s = after.s;
      }
      // "a report from the Buckeye Policy Center, a conservative think tank, which found …": after a name and its
      // description in commas, "which" goes back to the named body; the description only says what it is.
      if (s >= 2 && rel === 'which' && /^(?:a|an)$/.test(toks[s].word) && commaAfter(toks[s - 1]) && isCapitalized(toks[s - 1]) && !toks[s - 1].inQuote) {
        let name = s - 1;
        while (name > 0 && !breakAfter(toks[name - 1]) && !toks[name - 1].inQuote && (isCapitalized(toks[name - 1]) || /^(?:of|for|and)$/.test(toks[name - 1].word) && isCapitalized(toks[name - 2] ?? toks[name]))) name--;
        if (name > 0 && toks[name - 1].word === 'the' && !breakAfter(toks[name - 1])) name--;
        if (s - name <= 7 && !found.some((x) => x.pred.e >= name && x.pred.e < s)) {
          subj = { whole: { s: name, e: a }, core: { s: toks[name].word === 'the' ? name + 1 : name, e: s - 1 }, relative: subj.core };
        } else subj = { whole: { s, e: a }, core: { s, e: a }, relative: subj.core };
      } else subj = s >= 0 ? { whole: { s, e: a }, core: { s, e: nameEnd >= 0 ? nameEnd : a }, relative: subj.core } : null;
    } else subj = null;
  }
  // "well below the 95 percent threshold experts say is needed": a finite verb right after the cue, with no subject of
  // its own, marks a relative clause whose "that" was left out; the speaker is the bare plural after the noun the
  // clause describes, not the phrase that holds that noun (which need not open a clause: "stayed below the level …").
  const gap = toks[pe + 1];
  if (gap && gs > 1 && !gap.inQuote && !breakAfter(toks[pe]) && (gap.tags.has('Copula') || gap.tags.has('Modal') || gap.tags.has('Auxiliary') && !gap.tags.has('Infinitive'))
    && (!subj || subj.whole.s === subj.core.s && subj.whole.e === subj.core.e && subj.whole.e === gs - 1)) {
    const from = subj ? subj.whole.s : Math.max(0, scanBackCore(toks, gs - 1));
    for (let k = gs - 1; k > from; k--) {
      const before = toks[k - 1];
      const bare = toks[k].tags.has('Plural') && !toks[k].tags.has('Pronoun') && toks.slice(k, gs).every((x) => x.tags.has('Noun') || x.tags.has('Adjective'));
      // (Not a compound that is the whole phrase, after a "that" the clause has: "a journey that mission scientists say will take".)
      if (bare && k - 1 > from && before.tags.has('Noun') && !before.tags.has('Plural') && !before.tags.has('Adjective') && !isCapitalized(before) && !breakAfter(before)) {
        subj = { whole: { s: k, e: gs - 1 }, core: { s: k, e: gs - 1 } };
        break;
      }
    }
  }
  // "in a move the union called 'a betrayal'", "…, a claim the ANC rejected": the noun the clause leaves its object to
  // is no part of the subject.
  const gapped = gappedObject(toks, gs, verb);
  if (gapped && (!subj || subj.whole.s <= gapped.core.s)) subj = gapped;
  if (!subj) return unplacedSpeaker(toks, gs, i, pe, verb);
  // "Asked in an interview what she would tell young scientists, …", "Reporters asked what she would say": a verb in
  // the question put to someone reports nothing.
  const wh = toks[subj.whole.s - 1];
  if (wh && /^(?:what|whether|how|why|if)$/.test(wh.word) && !wh.inQuote
    && toks.slice(Math.max(0, subj.whole.s - 8), subj.whole.s - 1).some((x) => /^(?:asked|ask|asks|asking|wondered|wonder|wonders|wondering)$/.test(x.word) && !x.inQuote)) return null;
  // "It added that …", "It shows an officer …": "it" stands for a document or an organization
  // with speech and evidence verbs, not with beliefs or judgements.
  const subjWord = toks[subj.core.e].word;
  // "… though it warned that shoppers were pulling back": "it" with a that-clause is an organization speaking.
  if (/^(?:it|you|this|that|there)$/.test(subjWord) && verb.cls !== 'neutral' && !(subjWord === 'it' && verb.cls === 'evidential')
    && !(subjWord === 'it' && verb.cls !== 'cognition' && toks[pe + 1]?.word === 'that' && !toks[pe + 1].inQuote)) return null;

  let k = skipAdjuncts(toks, pe + 1, onStatement);
  let addressee = false;
  let addresseeEnd = pe;
  let afterAddressee = -1;
  const addresseeStart = k;
  if (verb.addressee && k < toks.length && toks[k].word !== 'that' && !toks[k].inQuote && !quoteOpenBefore(toks[k])) {
    let e = scanForwardCore(toks, k);
    // "told the court his client was innocent": a possessive opens the content's subject.
    for (let j = k + 1; j <= e; j++) {
      const herNoun = toks[j].word === 'her' && !toks[j - 1].tags.has('Determiner') && !toks[j - 1].tags.has('Preposition') && !!toks[j + 1]?.tags.has('Noun') && !toks[j + 1].tags.has('Pronoun');
      // (Not inside a phrase of the addressee's: "told the jury in his opening remarks that …".)
      if ((/^(?:his|their|its|our|my|your)$/.test(toks[j].word) && !toks[j - 1].tags.has('Preposition') || herNoun) && !toks[j].inQuote) {
        e = j - 1;
        break;
      }
    }
    // "warned Pyongyang to refrain from …": the addressee ends before the infinitive.
    for (let j = k + 1; verb.infinitive && j <= e; j++) {
      const n = toks[j + 1];
      if (toks[j].word === 'to' && n && /^[a-z]+$/.test(n.text) && !n.tags.has('Determiner') && !n.tags.has('Pronoun') && !n.tags.has('Possessive') && !n.tags.has('Plural')) {
        e = j - 1;
        break;
      }
    }
    // "told the jury of seven women and five men that …": a coordinated addressee runs on to the "that".
    if (e >= 0 && /^(?:and|or)$/.test(toks[e + 1]?.word ?? '') && !breakAfter(toks[e]) && !toks[e + 1].inQuote) {
      const e2 = scanForwardCore(toks, e + 2);
      if (e2 > e + 1 && toks[e2 + 1]?.word === 'that' && !toks[e2 + 1].inQuote && !toks.slice(e + 2, e2 + 1).some((x) => x.inQuote || breakAfter(x))) e = e2;
    }
    // "told lawmakers inflation would fall": a bare plural of people is the whole addressee; the noun after it opens
    // the clause told, whose verb follows.
    if (e > k && /^[a-z]+(?:ers|ors|ists|ians|ants|ents|ees|men|people|officials|members|delegates|voters|residents|students|supporters|MPs)$/.test(toks[k].text)
      && toks[k + 1].tags.has('Noun') && !toks[k + 1].tags.has('Plural') && !breakAfter(toks[k]) && !toks[k + 1].inQuote
      && !!toks[e + 1] && (toks[e + 1].tags.has('Modal') || toks[e + 1].tags.has('Auxiliary') || toks[e + 1].tags.has('Verb') && !toks[e + 1].tags.has('Gerund'))) e = k;
    e = withAudienceSize(toks, e);
    if (e >= 0 && !(toks[e + 1] && toks[e + 1].tags.has('Verb') && !toks[e + 1].tags.has('Infinitive') && verb.lemma !== 'tell')) {
      addressee = true;
      if (k === pe + 1) {
        // "told reporters on a conference call": the addressee ends before its prepositional phrase.
        addresseeEnd = e;
        for (let j = k + 1; j <= e; j++) {
          if (toks[j].tags.has('Preposition') || /^(?:on|in|at|during|after|before|about|for|with)$/.test(toks[j].word)) {
            addresseeEnd = j - 1;
            break;
          }
        }
      }
      afterAddressee = e + 1;
      k = skipAdjuncts(toks, e + 1, onStatement);
      // "ask the campaign that made it for its sources": a relative clause on the addressee, then the thing asked
      // for; a request reports nothing. ("told the officials that ran the program that it had failed": what was told
      // opens at the second "that".)
      if (k === e + 1 && toks[k]?.word === 'that' && !toks[k].inQuote && toks[k + 1]?.tags.has('Verb')
        && !toks[k + 1].tags.has('Noun') && !toks[k + 1].tags.has('Pronoun') && !toks[k + 1].tags.has('Determiner')) {
        for (let j = k + 2; j < toks.length && j <= k + 10 && !breakAfter(toks[j - 1]); j++) {
          if (toks[j].inQuote) break;
          if (verb.lemma === 'ask' && toks[j].word === 'for') return null;
          if (toks[j].word === 'that') {
            k = j;
            break;
          }
        }
      }
    }
  }
  const pePost = addressee ? k - 1 : pe;
  // "denied him a visa", "refused them entry": a thing withheld from someone, no claim denied.
  if (/^(?:deny|refuse)$/.test(verb.lemma) && /^(?:him|her|them|us|me)$/.test(toks[k]?.word ?? '') && !toks[k].inQuote && toks[k + 1] && !toks[k + 1].inQuote
    && (toks[k + 1].tags.has('Determiner') || toks[k + 1].tags.has('Noun') || toks[k + 1].tags.has('Adjective'))) return null;
  let comp = complementAt(toks, pePost, k, verb);
  if (NAMING_VERBS.has(verb.lemma) && (comp === 'object' || comp === 'clause') && namingPredicate(toks, k)) comp = 'quote';
  // "what he called a soft call", "a move she called reckless": with its object left out, the name follows the verb.
  const gapSubject = !!gapped && subj === gapped;
  const leftOut = gapSubject || subj.whole.s > 0 && /^(?:what|which)$/.test(toks[subj.whole.s - 1].word) && !toks[subj.whole.s - 1].inQuote;
  const gapEnd = NAMING_VERBS.has(verb.lemma) && leftOut && k === pe + 1 && comp !== 'quote' ? gapPredicateEnd(toks, k) : -1;
  if (gapEnd >= 0) comp = 'quote';
  // "did not consider Mr. Clarke a realistic option": a judgement with a second predicate.
  if (JUDGING_VERBS.has(verb.lemma) && (comp === 'object' || comp === 'none') && namingPredicate(toks, k)) comp = 'clause';
  // "PolitiFact found the claim misleading", "the panel found the charge baseless": a verdict on a claim's truth.
  if (verb.lemma === 'find' && comp === 'object' && truthRating(toks, k)) comp = 'clause';
  // ("…, the affidavit states." ends its sentence: a trailing cue.)
  if (verb.lemma === 'state' && (comp !== 'that' && comp !== 'quote' && comp !== 'colon' && comp !== 'end' || toks[pe + 1] && isCapitalized(toks[pe + 1]))) comp = 'none';
  // ("farmers in Ondo, Cross River and Osun states.", "across the Gulf states": "states" after place names is the noun.)
  if (verb.lemma === 'state' && toks[pe].word === 'states' && comp === 'end') {
    const names = toks.slice(subj.whole.s, pe);
    if (names.every((x) => isCapitalized(x) || /^(?:and|the)$/.test(x.word))
      && (names.some((x) => x.word === 'and' || x.tags.has('Place')) || subj.whole.s > 0 && toks[subj.whole.s - 1].tags.has('Preposition'))) return null;
  }
  if (addressee && comp === 'object') comp = 'none';
  if (notSpeech(toks, verb, subj, pe)) return null;
  // '"We have the votes," she told reporters after the hearing': after a quotation an adjunct follows the addressee, not content.
  const quotedBefore = subj.whole.s > 0 && toks[subj.whole.s - 1].inQuote;
  // ('"…," Okafor told the packed chamber shortly after midnight': so does an adverb of time before its preposition.)
  const timeAdverb = /^(?:shortly|soon|just|moments|minutes|hours|days|weeks|late|early|right|immediately)$/.test(toks[afterAddressee]?.word ?? '')
    && /^(?:after|before|into|on|in)$/.test(toks[afterAddressee + 1]?.word ?? '');
  if (addressee && quotedBefore && comp !== 'that' && comp !== 'quote' && comp !== 'colon'
    && (/^(?:after|at|before|during|in|on|outside|following|as|while|from|by|via|over)$/.test(toks[afterAddressee]?.word ?? '') || timeAdverb)) comp = 'end';
  else if (addressee && verb.lemma === 'tell' && comp === 'none' && k < toks.length) comp = 'clause';
  // "asked Clinton about her email", "asks him about his returns", "asked about all four candidates": the topic is the content.
  let predEnd = pe;
  if (verb.lemma === 'ask' && toks[k]?.word === 'about' && !toks[k].inQuote && (k === pe + 1 || addressee && addresseeEnd === k - 1)) {
    predEnd = k;
    comp = 'object';
    k++;
  }
  // "responded with attacks", "replied by citing": the answer is the content.
  // ("Officers responded with pepper spray", "Israel responded with airstrikes": an answer in force says nothing.)
  if (comp === 'none' && /^(?:respond|reply|answer)$/.test(verb.lemma) && /^(?:with|by)$/.test(toks[k]?.word ?? '') && !toks[k].inQuote
    && !(toks[k].word === 'with' && forceAnswer(toks, k + 1))) comp = 'object';

  // Trailing position: ", the sources said." (content before).
  const beforeSubj = subj.whole.s > 0 ? toks[subj.whole.s - 1] : null;
  // ("…, both sides said": "both" before the plural source follows the comma.)
  const bothBefore = !!beforeSubj && /^(?:both|all)$/.test(beforeSubj.word) && !beforeSubj.inQuote && subj.whole.s >= 2 && commaAfter(toks[subj.whole.s - 2]);
  const afterBreak = beforeSubj !== null ? commaAfter(beforeSubj) || beforeSubj.inQuote || bothBefore : !!view.prevQuote && subj.whole.s === 0;
  // '"…," she yells while moving', '"…," Clarke recalled of the proceedings', '"…," Judge Whitfield wrote for the
  // majority': a speech verb right after a quotation is trailing whatever adjunct follows it.
  const adjunctAfterQuote = comp === 'none' && !!beforeSubj?.inQuote && !!verb.inverts && !!toks[k]
    && /^(?:to|of|while|as|before|after|during|at|in|on|from|with|over|through|for|about|outside|under)$/.test(toks[k].word);
  // "In Kharkiv, Mayor Terekhov said a glide bomb hit …", "Separately, the company said its chairman …": a
  // fronted phrase with no verb of its own is no content before the cue.
  const clauseBefore = !!beforeSubj?.inQuote || toks.slice(0, subj.whole.s).some((x) => x.inQuote || x.tags.has('Verb') && !x.tags.has('Gerund') && !isCapitalized(x));
  // ("Over three nights, 94 people had testified": a short phrase with no verb before the cue is nothing it reports.)
  // ("Profit rose sharply, the company said.": a verb compromise reads as a noun still leaves a clause when the
  // phrase opens with no preposition, adverb, conjunction or time word; a cue that ends the sentence reports it.)
  const nounLedBefore = subj.whole.s >= 2 && toks.slice(0, subj.whole.s).every((x) => !x.inQuote) && toks[0].tags.has('Noun') && !toks[0].tags.has('Pronoun')
    && !toks[0].tags.has('Preposition') && !toks[0].tags.has('Adverb') && !toks[0].tags.has('Conjunction') && !isTimeWord(toks[0]) && !toks[0].tags.has('Date')
    && !isCapitalized(toks[1]) && endsSentence(toks[pe]);
  const trailing = afterBreak && (comp === 'end' && (clauseBefore || nounLedBefore || subj.whole.s >= 6 || !!beforeSubj?.inQuote || beforeSubj === null || commaAfter(toks[pe]) && pe + 1 < toks.length) || adjunctAfterQuote || (comp === 'object' || comp === 'none') && (verb.lemma === 'say' || verb.lemma === 'tell') && clauseBefore);
  const docEvidence = verb.cls === 'evidential' && (comp === 'object' || comp === 'clause') && isDocumentHead(toks, subj.whole);
  // "…, as one of the advisers pointed out, …": a parenthetical cue over its sentence.
  // "as one of the advisers pointed out": the aside's subject may be a partitive.
  const asWord = beforeSubj !== null && beforeSubj.word === 'of' && subj.whole.s >= 3 && /^(?:one|some|many|several|most|two|three|few)$/.test(toks[subj.whole.s - 2].word)
    ? toks[subj.whole.s - 3] : beforeSubj;
  const asAside = comp === 'end' && asWord !== null && asWord.word === 'as' && !asWord.inQuote;
  const framed = (comp === 'object' || comp === 'none' || comp === 'clause') && framedObject(toks, k, verb);
  if (framed) comp = 'object';
  if (verb.narrow && !framed && comp !== 'that' && comp !== 'quote' && comp !== 'colon') return null;
  const topical = predEnd > pe || comp === 'object' && /^(?:respond|reply|answer)$/.test(verb.lemma);
  if (!trailing && !docEvidence && !asAside && !framed && !topical && !isComplementOk(verb, comp)) return null;
  if (comp === 'end' && !trailing && !asAside && verb.needs !== 'any') return null;
  if (verb.asideOnly && !trailing && !asAside) return null;
  if (verb.needs === 'quote' && !framed && !(comp === 'quote' || comp === 'colon' || trailing && beforeSubj?.inQuote)) return null;
  // ("The lawsuit accuses the county of deliberate indifference": a charge a court paper brings is its own.)
  if (verb.animate && !isAnimate(toks, subj.core, view.proper) && !(CHARGING_VERBS.test(verb.lemma) && isDocumentHead(toks, subj.whole))) return null;
  if (verb.cls === 'evidential' && !isAnimate(toks, subj.core, view.proper) && !isDocumentHead(toks, subj.whole) && comp !== 'that') return null;
  // "The hackers are demanding $1.2 million", "sought $40 million in damages": asking for a sum states no claim.
  if (/^(?:demand|seek|request|offer)$/.test(verb.lemma) && comp !== 'that' && comp !== 'quote' && toks[k]
    && (/^[$€£¥]/.test(toks[k].text) || /^(?:about|around|nearly|almost|roughly|more|at|up)$/.test(toks[k].word) && /^[$€£¥\d]/.test(toks[k + 1]?.text ?? '') || toks[k].tags.has('Money'))) return null;
  // "two men … demanded cash and prescription painkillers", "demanded their phones": a robber's demand for things is
  // an act in the story, not a stated position ("demanded an apology", "demanded answers", "demanded that …" are).
  if (/^(?:demand|seek)$/.test(verb.lemma) && comp !== 'that' && comp !== 'quote' && comp !== 'colon' && toks[k]
    && DEMANDED_THING.test(toks.slice(k, k + 5).map((x) => x.word).join(' '))) return null;
  // "Everyone who claims a refund", "claimed asylum", "the fire claimed six lives": claiming a thing, a prize or
  // lives states nothing ("claimed responsibility" and "claimed credit" still report what a group said it did).
  if (verb.lemma === 'claim' && comp !== 'that' && comp !== 'quote' && comp !== 'colon' && toks[k] && CLAIMED_THING.test(toks.slice(k, k + 4).map((x) => x.word).join(' '))) return null;
  if (backsSomeone(verb, comp, toks[k])) return null;
  // "have rejected a third offer", "rejected a 2016 peace deal": turning down a deal or a bid denies no claim.
  if (verb.cls === 'denial' && comp === 'object' && DEAL_OBJECT.test(toks.slice(k, k + 6).map((x) => x.word).join(' '))) return null;
  // "a lower court had wrongly dismissed the case", "the judge denied bail": a ruling or a dismissal, not a denial.
  if (verb.cls === 'denial' && comp === 'object' && DISPOSED_OBJECT[verb.lemma]?.test(toks.slice(k, k + 14).map((x) => x.word).join(' '))) return null;
  // "cited the Dayton home 14 times for staffing violations": a regulator's citation, not a quotation.
  if (verb.lemma === 'cite' && comp === 'object' && citedForFault(toks, k)) return null;
  // "Officers found 24kg of heroin", "Searchers found the body": people finding a thing report nothing.
  if (verb.lemma === 'find' && comp !== 'that' && comp !== 'quote' && !isDocumentHead(toks, subj.whole) && toks[k]
    && (/^\d[\d.,]*(?:kg|kilos?|grams?|g|lbs?|pounds|tonnes?|tons?)$/.test(toks[k].word) || /^(?:kg|kilos?|kilograms?|grams?|pounds|tonnes?|tons?)$/.test(toks[k + 1]?.word ?? '') && toks[k].tags.has('Value')
      || FOUND_THING.test(toks.slice(k, k + 3).map((x) => x.word).join(' ')))) return null;
  // "The report estimates the change would save $380,000", "the study projects": a document's own estimate.
  if (verb.cls === 'cognition' && !isAnimate(toks, subj.core, view.proper)
    && !(/^(?:estimate|project|forecast|predict|calculate)$/.test(verb.lemma) && isDocumentHead(toks, subj.whole) && (comp === 'that' || comp === 'clause'))) return null;
  // "would not comment on", "did not respond", "did not confirm the report": a refusal carries no content;
  // a negated stance still does ("He didn't suggest retaliation").
  const negated = group.some((x) => x.word === 'not' || /n't$/.test(x.word) || x.word === 'never' || x.word === 'cannot');
  // ("Officials said the patient was stable. A spokesman would not confirm that.": the sentence-final "that" is the
  // claim just reported, and the refusal is the spokesman's, an attribution with no content of its own.)
  if (negated && comp === 'object' && toks[k]?.word === 'that' && !toks[k].inQuote && endsSentence(toks[k])) comp = 'that';
  if (negated
    && (comp === 'none' || comp === 'end' || comp === 'object' && (verb.narrow || SPEECH_INFINITIVE.test(verb.lemma.split(' ')[0]))) && !trailing) return null;
  // "Doctors still do not know what causes the disease", "Police do not know whether he was armed": not knowing
  // something states no claim ("did not know that the loan was illegal" still reports a belief about it, and "didn't
  // know what to make of the buyer" a stance of the subject's).
  if (negated && verb.lemma === 'know' && comp !== 'that' && comp !== 'quote' && comp !== 'colon' && !trailing
    && !(toks[k + 1]?.word === 'to' && /^(?:what|how|whether|who|where|which)$/.test(toks[k]?.word ?? ''))) return null;
  // "The email does not explain why …", "the filing did not say how much …": a document that leaves a question open
  // puts no claim in anyone's mouth (a person who "did not say whether" still speaks, and refuses).
  if (negated && (comp === 'wh' || /^(?:why|how|whether|when|where|what|who|which)$/.test(toks[k]?.word ?? '')) && !trailing && isDocumentHead(toks, { s: subj.core.e, e: subj.core.e })) return null;
  // "Neither company responded to requests for comment": no answer, no content.
  if (/^(?:respond|reply|answer)(?: to)?$/.test(verb.lemma) && (/^(?:neither|no|none)$/.test(toks[subj.whole.s].word)
    || /^(?:requests?|inquiries|enquiries|messages?|calls?|emails?|questions?)$/.test(toks[k]?.word ?? '') && /^(?:for|seeking)$/.test(toks[k + 1]?.word ?? ''))) return null;
  // "declined to comment", "refused to elaborate"
  if (refusesToSpeak(toks, verb, comp, k)) return null;
  // "asked for a lower bail, which the judge denied": refusing a request denies no claim.
  if (verb.cls === 'denial' && subj.whole.s >= 2 && /^(?:which|that)$/.test(toks[subj.whole.s - 1].word)
    && REQUEST_NOUNS.test(toks[subj.whole.s - 2].word)) return null;
  // "if Tacoma rejected the plan": a hypothetical, not a report.
  if (subj.whole.s > 0 && /^(?:if|unless|whether)$/.test(toks[subj.whole.s - 1].word)) return null;
  // "If the state held up the deal, Patriot could threaten …": the consequence of a hypothetical.
  if (group.some((x) => /^(?:would|could|might)$/.test(x.word)) && toks.slice(0, subj.whole.s).some((x) => !x.inQuote && /^(?:if|unless)$/.test(x.word))) return null;
  // "Roberts said that she thinks the video should be released", "AROS argues that families want
  // …": a belief inside a report is that report's content, not a second attribution (a clause
  // with a new subject after ", and" may be a report of its own).
  // A verb coordinated inside such content ("said it supported the programme but wanted funding") is part of it too.
  // "customers could have asked the dealers": what someone might have done is no report.
  if (group.some((x, k) => /^(?:could|might|should)$/.test(x.word) && group[k + 1]?.word === 'have')) return null;
  // "the study could not prove warming was the cause", "the tests cannot show who fired": what evidence is unable to show
  // states nothing it found.
  if (verb.cls === 'evidential' && group.some((x, k) => /^(?:cannot|can't|can’t|couldn't|couldn’t)$/.test(x.word)
    || /^(?:can|could)$/.test(x.word) && /^(?:not|never)$/.test(group[k + 1]?.word ?? ''))) return null;
  const innerClause = (x: FoundCue) => x.contentFrom !== undefined && toks.slice(x.contentFrom, gs).some((y) => SUBJECT_PRONOUNS.has(y.word) && y.tags.has('Pronoun'));
  // ("Okafor had said that she could not support a tax increase": a stance under a modal is what the speaker would do,
  // part of what she said, as a belief is.)
  const modalStance = /^(?:support|endorse|oppose|favor|back)$/.test(verb.lemma) && group.some((x) => /^(?:would|could|can|cannot|will|might|wo)$/.test(x.word));
  // ("She believes the party will blink, and she fears an election": after a belief, a pronoun after ", and" opens a clause
  // of its own; after a report it may still be part of what was said: "Clinton says she hopes to win, but she knows …".)
  const coordinated = subj.core.s >= 2 && /^(?:and|but)$/.test(toks[subj.core.s - 1].word) && !toks[subj.core.s - 1].inQuote && commaAfter(toks[subj.core.s - 2]);
  if ((verb.cls === 'cognition' || modalStance) && found.some((x) => x.shape !== 'hearsay' && x.contentSide === 'after' && x.contentFrom !== undefined
    && (adjacent ? x.contentFrom <= subj.core.s && x.pred.e < subj.core.s && (SUBJECT_PRONOUNS.has(toks[subj.core.s].word) && !(coordinated && x.cls === 'cognition')
      || !toks.slice(x.pred.e + 1, subj.core.s).some((y, k, a) => k > 0 && commaAfter(a[k - 1]) && /^(?:and|but)$/.test(y.word)))
      : x.contentFrom <= gs && x.pred.e < gs && innerClause(x)))) return null;
  // "reported a wider quarterly loss": a company reporting results is not a source reporting a claim.
  if (verb.lemma === 'report' && comp === 'object' && !isOutletPhrase(toks, subj.core)) return null;
  // "what analysts described as tactics": the as of the frame belongs to the predicate.
  const extracted = subj.whole.s > 0 && /^(?:what|that|which|whom)$/.test(toks[subj.whole.s - 1].word) || gapSubject;
  const asEnd = framed && extracted && k === pe + 1 && toks[k].word === 'as' ? k : predEnd;
  // "One of them, she says, resigned over it", "He left for personal reasons, he says, not because of the deal": a
  // cue in commas inside the clause it reports, which goes on after it with its verb or a "not": the whole sentence.
  const next = toks[pe + 1];
  const interrupts = trailing && subj.whole.e < gs && commaAfter(toks[pe]) && !!next && !next.inQuote && !quoteOpenBefore(next)
    && (next.word === 'not' || next.tags.has('Verb') && !isIng(next) && !next.tags.has('Infinitive') && (next.tags.has('PastTense') || next.tags.has('PresentTense')) && !next.tags.has('Noun'));
  const f = mk('verb', verb.cls, verb.lemma, { s: gs, e: asEnd }, subj, interrupts || asAside ? 'sentence' : trailing ? 'before' : 'after', comp);
  if (trailing && bothBefore) f.cueStart = subj.whole.s - 1;
  if (gapEnd >= 0) f.contentTo = gapEnd;
  f.statement = statement;
  f.adjacent = adjacent;
  // The reader's cue runs over the addressee of "told" and a following "in a statement".
  let ce = pe;
  // "warned residents to store water", "urged the government to act": the addressee is the subject of the infinitive,
  // so it opens the content (as "expects Goodes to return" does) and the cue stays the verb ("told reporters that" keeps it).
  const addresseeActs = addressee && comp === 'inf' && addresseeStart === pe + 1 && toks[afterAddressee]?.word === 'to';
  if (addressee && !addresseeActs) ce = addresseeEnd;
  const st = STATEMENT_FIRST.has(toks[ce + 1]?.word ?? '') ? STATEMENT_PHRASES.find((p) => matchesWords(toks, ce + 1, p)) : undefined;
  if (st && !breakAfter(toks[ce])) ce += st.length;
  // ("said in a post on X", "wrote in a post on Instagram": the platform is part of the channel.)
  if (st && toks[ce + 1]?.word === 'on' && !breakAfter(toks[ce]) && isCapitalized(toks[ce + 2] ?? toks[ce]) && MEDIUM_WORDS.test(toks[ce + 2]?.word ?? '')) ce += 2;
  if (ce > pe) f.cueEnd = ce;
  // "said in an interview", "recalled in a recent interview": the occasion of speaking belongs to the predicate.
  const iv = interviewEnd(toks, f.pred.e + 1);
  if (iv > 0) f.pred = { s: f.pred.s, e: iv };
  if (!trailing) f.contentFrom = toks[k]?.word === 'that' && comp !== 'object' || asEnd > predEnd ? k + 1 : k;
  if (!trailing && addresseeActs) f.contentFrom = addresseeStart;
  // ("expressed deep concern about the policy", "raised questions over the cost": a stance noun the verb only voices
  // belongs to the predicate with the preposition that takes its topic; the topic is the content.)
  const stance = !trailing && comp === 'object' && STANCE_VERBS.test(verb.lemma) ? stanceObjectEnd(toks, predEnd + 1) : -1;
  if (stance > 0) {
    f.pred = { s: f.pred.s, e: stance };
    f.contentFrom = toks[stance + 1]?.word === 'that' && !toks[stance + 1].inQuote ? stance + 2 : stance + 1;
    // (The topic ends at its first break: "about the cost of the scheme, which has risen …" goes on in the writer's voice.)
    if (stance > predEnd + 1 && STANCE_NOUNS.test(toks[stance - 1].word)) {
      for (let j = f.contentFrom; j < toks.length - 1 && !toks[j].inQuote; j++) if (realBreak(toks, j)) { f.contentTo = j; break; }
    }
  }
  // "said in a televised speech on July 4 that …", "told reporters after the meeting that …": the occasion before "that",
  // with no verb or break of its own, is no part of what was said.
  const lead = Math.max(ce, f.pred.e) + 1;
  if (!trailing && f.contentFrom !== undefined && toks[f.contentFrom - 1]?.word !== 'that' && /^(?:say|tell|add|state|write|announce|explain|insist|argue|warn|claim|declare|testify|note|stress|confirm)$/.test(verb.lemma)
    && toks[lead] && (ADJ_PREPS.test(toks[lead].word) || /^(?:with|to|outside|inside)$/.test(toks[lead].word))) {
    for (let j = lead + 1; j < toks.length && j <= lead + 12; j++) {
      const t = toks[j];
      if (t.inQuote || realBreak(toks, j - 1) || t.tags.has('Verb') && !/(?:ed|ing)$/.test(t.word) && !t.tags.has('Noun') || t.tags.has('Pronoun')) break;
      if (t.word === 'that') {
        if (j + 1 > f.contentFrom) f.contentFrom = j + 1;
        break;
      }
    }
  }
  // "Rees-Mogg told Sky News he would wait, but several members are understood to have decided": a clause after ", but"
  // with a subject of its own and a present-tense verb under a past cue is the writer's, not the reported speech
  // (which is back-shifted: "said sales rose, but profits fell" and "said he would stay, but that …" stay whole).
  if (!trailing && f.contentFrom !== undefined && f.contentTo === undefined && tenseOf(toks[f.pred.e]) === 'past') {
    const cut = writersButClause(toks, f.contentFrom);
    if (cut !== undefined) f.contentTo = cut;
  }
  if (!trailing && f.contentFrom !== undefined && f.contentTo === undefined) f.contentTo = writersWhileClause(toks, f.contentFrom);
  // "When a reporter asked whether the state would cap the price, Marquez hesitated": a cue in a subordinate clause
  // that opens the sentence reports that clause only, up to its comma.
  if (!trailing && f.contentFrom !== undefined && f.contentTo === undefined && subj.whole.s === 1 && FRONTED_SUBORDINATOR.test(toks[0].word) && !toks[0].inQuote) {
    for (let j = f.contentFrom; j < toks.length - 1; j++) {
      if (toks[j].inQuote || endsSentence(toks[j])) break;
      if (commaAfter(toks[j]) && !/^(?:and|or|but|which|who)$/.test(toks[j + 1].word)) {
        f.contentTo = j;
        break;
      }
    }
  }
  // "The proposal, which critics have described as a land grab, will be debated": a cue in a relative clause set off in
  // commas reports up to the comma that closes it, before the main clause's verb.
  // ("Smith, who said the plan was flawed, resigned": so does one whose subject is the relative pronoun.)
  const relAt = subj.relative ? subj.relative.s : subj.whole.s - 1;
  const rel = toks[relAt];
  if (!trailing && f.contentFrom !== undefined && f.contentTo === undefined && rel && /^(?:which|who|whom)$/.test(rel.word) && !rel.inQuote
    && relAt >= 1 && commaAfter(toks[relAt - 1])) {
    for (let j = f.contentFrom; j < toks.length - 1; j++) {
      if (toks[j].inQuote || endsSentence(toks[j])) break;
      if (!commaAfter(toks[j])) continue;
      const v = toks[j + 1];
      if (!v.inQuote && (v.tags.has('Modal') || v.tags.has('Auxiliary') || v.tags.has('Copula') || tenseOf(v) && v.tags.has('Verb') && !v.tags.has('Noun') && !isIng(v))) f.contentTo = j;
      break;
    }
  }
  // "Parents' groups that supported the law criticized the ruling": a relative clause with no commas whose object
  // runs into the main clause's verb describes the subject of that verb; it reports nothing itself.
  // ("Officials who said the plan failed resigned": a clause after a verb that takes one stays its content; only a
  // reporting verb right after the object is the main clause's.)
  if (subj.relative && !trailing && (comp === 'object' || comp === 'clause') && f.contentFrom !== undefined && !commaAfter(toks[subj.whole.e])) {
    const e = scanForwardCore(toks, f.contentFrom);
    const v = toks[e + 1];
    if (e >= f.contentFrom && v && !v.inQuote && !breakAfter(toks[e]) && tenseOf(v) && (comp === 'object' ? v.tags.has('Verb') && !v.tags.has('Noun') : FORMS.has(v.word))) return null;
  }
  // "The defendant, who denies the charge, will stand trial": a relative clause set off by commas ends at its comma.
  if (subj.relative && !trailing && subj.whole.e > 0 && commaAfter(toks[subj.whole.e])) {
    for (let j = f.contentFrom ?? k; j < toks.length; j++) {
      if (toks[j].inQuote) break;
      if (commaAfter(toks[j])) {
        f.contentTo = j;
        break;
      }
    }
  }
  return f;
}

/**
 * The last token before ", but <subject> <present-tense verb>" in a reported clause starting at `from`, outside
 * quotations: a subject that is not a pronoun and a finite verb in the present tense within a few words.
 */
function writersButClause(toks: Tok[], from: number): number | undefined {
  for (let j = from; j + 2 < toks.length; j++) {
    if (toks[j].inQuote || !commaAfter(toks[j]) || toks[j + 1].word !== 'but' || toks[j + 1].inQuote) continue;
    const first = toks[j + 2];
    if (first.word === 'that' || SUBJECT_PRONOUNS.has(first.word) || finiteVerb(first) || first.tags.has('Adverb')) return undefined;
    for (let v = j + 3; v < toks.length && v <= j + 8; v++) {
      if (toks[v].inQuote || commaAfter(toks[v - 1])) return undefined;
      if (finiteVerb(toks[v])) return tenseOf(toks[v]) === 'present' ? j : undefined;
    }
    return undefined;
  }
  return undefined;
}

/**
 * "Courts have blocked similar laws, finding that they likely violate free speech, while a Mississippi law was allowed to
 * take effect last year": a clause after ", while" or ", whereas" with a subject of its own (no pronoun) whose verb is
 * in another tense than the reported clause's is the writer's contrast, not what was reported ("said sales rose, while
 * costs fell" stays whole). The comma's token, or undefined.
 */
function writersWhileClause(toks: Tok[], from: number): number | undefined {
  let tense: 'past' | 'present' | undefined;
  for (let j = from; j + 2 < toks.length; j++) {
    if (toks[j].inQuote) return undefined;
    // ("would", "could" are the back-shifted "will", "can".)
    // (Not a subject read as a verb before its auxiliary: "prices would rise".)
    if (tense === undefined && finiteVerb(toks[j]) && !(toks[j].tags.has('Noun') || !toks[j].tags.has('Modal') && !toks[j].tags.has('Auxiliary') && (toks[j + 1].tags.has('Modal') || toks[j + 1].tags.has('Auxiliary')))) tense = toks[j].tags.has('Modal') ? (/^(?:would|could|might|should)$/.test(toks[j].word) ? 'past' : 'present') : tenseOf(toks[j]);
    if (!commaAfter(toks[j]) || !/^(?:while|whereas)$/.test(toks[j + 1].word)) continue;
    const first = toks[j + 2];
    if (!tense || first.inQuote || first.word === 'that' || SUBJECT_PRONOUNS.has(first.word) || finiteVerb(first) || first.tags.has('Adverb') || isIng(first)) return undefined;
    for (let v = j + 3; v < toks.length && v <= j + 8; v++) {
      if (toks[v].inQuote || commaAfter(toks[v - 1])) return undefined;
      // (A clause with a speech verb of its own reports for someone else: "…, while Dutch minister Ruben Brekelmans said".)
      if (finiteVerb(toks[v])) return tenseOf(toks[v]) !== undefined && tenseOf(toks[v]) !== tense || SUBJECT_BEFORE_SPEECH.test(toks[v].word) ? j : undefined;
    }
    return undefined;
  }
  return undefined;
}

const SUBJECT_BEFORE_SPEECH = /^(?:said|says|told|tells|added|adds|argued|argues|wrote|writes|noted|notes|warned|warns|insisted|insists|countered|counters)$/;

/** "told police he was innocent": a noun phrase, then a clause with its own subject, after the verb. */
function addresseeFollows(toks: Tok[], k: number): boolean {
  const e = scanForwardCore(toks, k);
  if (e < 0) return false;
  const n = toks[e + 1];
  return !!n && !breakAfter(toks[e]) && !(n.tags.has('Modal') || n.tags.has('Auxiliary') || n.tags.has('Copula') || n.tags.has('Verb') && !n.tags.has('Noun'));
}

/** Conjunctions that open a subordinate clause before the main one ("When a reporter asked …, Marquez hesitated"). */
const FRONTED_SUBORDINATOR = /^(?:when|after|before|as|if|although|though|while|since|once|until|because|unless|whenever)$/;

/** "telling an audience of about 300 that …", "told a crowd of 2,000 supporters": the size of the audience ending at `e` is part of it. */
function withAudienceSize(toks: Tok[], e: number): number {
  if (e < 0 || toks[e + 1]?.word !== 'of' || breakAfter(toks[e]) || toks[e + 1].inQuote) return e;
  let j = e + 2;
  while (j < toks.length && j <= e + 5 && /^(?:about|around|some|nearly|almost|roughly|more|than|over|at|least|up|to)$/.test(toks[j].word) && !toks[j].inQuote) j++;
  if (!toks[j]?.tags.has('Value') || toks[j].inQuote || breakAfter(toks[j - 1])) return e;
  return toks[j + 1]?.tags.has('Plural') && !breakAfter(toks[j]) ? j + 1 : j;
}

/** "to see the plans", "not to be named": a to-infinitive, with no one between the verb and "to", at `k`. */
function selfInfinitive(toks: Tok[], k: number): boolean {
  const to = toks[k]?.word === 'not' && !toks[k].inQuote ? k + 1 : k;
  const v = toks[to + 1];
  return toks[to]?.word === 'to' && !toks[to].inQuote && !!v && !v.inQuote && /^[a-z]+$/.test(v.text) && !breakAfter(toks[to]);
}

/**
 * A passive denial or confirmation whose whole subject, opening the sentence, points back: "This was denied …",
 * "It was confirmed …", "The claims were rejected …" ("The plan was rejected" rejects a plan, no statement).
 */
function answersPriorSentence(toks: Tok[], gs: number, verb: CueVerb): boolean {
  if (verb.cls !== 'denial' && verb.lemma !== 'confirm') return false;
  if (toks.slice(0, gs).some((x) => x.inQuote)) return false;
  if (gs === 1) return /^(?:this|that|it|they|these|those)$/.test(toks[0].word);
  return gs === 2 && /^(?:the|this|that|these|those|such)$/.test(toks[0].word) && (SAID_THING_NOUNS.test(toks[1].word) || /^(?:reports?|rumou?rs?)$/.test(toks[1].word));
}

/**
 * "disputed by the captain, Sam Ridley": a role whose name follows after a comma, the name closing its clause, is shown
 * with that name (the agent's core stays the role; "by the council, which …" or "by police, on Friday" is left).
 */
function withNamedAppositive(toks: Tok[], src: SourcePhrase | null): SourcePhrase | null {
  if (!src) return src;
  const e = src.whole.e;
  if (!commaAfter(toks[e]) || isCapitalized(toks[e]) || !isPersonNoun(toks[e])) return src;
  let j = e + 1;
  while (j < toks.length && j <= e + 4 && isCapitalized(toks[j]) && !toks[j].inQuote && !breakAfter(toks[j]) && !endsSentence(toks[j])) j++;
  const last = toks[j];
  if (!last || j === e + 1 && !last.tags.has('Person') || last.inQuote || !isCapitalized(last) || !(breakAfter(last) || endsSentence(last) || j === toks.length - 1)) return src;
  if (!toks.slice(e + 1, j + 1).some((x) => x.tags.has('Person') || x.tags.has('Honorific'))) return src;
  return { ...src, whole: { s: src.whole.s, e: j } };
}

/**
 * Whether "advise" says something: a that-clause, an infinitive, "against" or a quotation in its clause after `k`
 * ("advised residents to boil water", "was advised by doctors that …"), before any "on"/"over" of a matter advised on
 * ("advised the buyer on the sale").
 */
function adviceGiven(toks: Tok[], k: number): boolean {
  for (let j = k; j < toks.length && j < k + 12; j++) {
    const w = toks[j];
    if (w.inQuote || /^(?:that|to|against|whether|not)$/.test(w.word)) return true;
    if (/^(?:on|over)$/.test(w.word) || breakAfter(w) || endsSentence(w)) return false;
  }
  return false;
}

/** A passive verb group ("were warned", "has been told", "was quietly informed") starting at `k`, before `end`. */
function passiveAfter(toks: Tok[], k: number, end: number): boolean {
  let j = k;
  while (j < end && (/^(?:has|have|had|will|would|could|may|might|must|should)$/.test(toks[j].word) || toks[j].tags.has('Adverb'))) j++;
  if (j >= end || !BE.has(toks[j].word)) return false;
  j++;
  while (j < end && toks[j].tags.has('Adverb')) j++;
  return j < end && (toks[j].tags.has('PastTense') || toks[j].tags.has('Participle') || toks[j].tags.has('Passive')) && !isIng(toks[j]);
}

/** "needs to sell herself and tell more jokes": a bare verb after the conjunction continues a to-infinitive. */
/**
 * The cue a coordinated or participle verb continues: the last one with a source. "Ellery wrote that the
 * results showed weak demand, but added that …": a speech verb after a comma goes back past an evidence
 * verb to the speaker whose content holds it ("the results" add nothing).
 */
function speakerBefore(toks: Tok[], found: FoundCue[], gs: number, verb: CueVerb): FoundCue | undefined {
  const speaking = (x: FoundCue) => !!x.source && x.shape !== 'hearsay' && x.shape !== 'citing';
  const last = [...found].reverse().find(speaking);
  if (!last || last.cls !== 'evidential' || verb.cls === 'evidential' || !/,\s*$/.test(toks[gs - 1].post + (toks[gs - 2]?.post ?? ''))) return last;
  const outer = [...found].reverse().find((x) => x !== last && speaking(x) && x.cls !== 'evidential' && x.contentSide === 'after'
    && x.pred.e < last.source!.whole.s);
  return outer ?? last;
}

/**
 * A verb of speaking used for no speech: "Her face said it all" (a look), "Time will tell whether …" (nobody tells),
 * "The visitors answered with two goals", "Kerr replied with a header" (a move in a game, not a message).
 */
function notSpeech(toks: Tok[], verb: CueVerb, subj: SourcePhrase, pe: number): boolean {
  const [a, b] = [toks[pe + 1], toks[pe + 2]];
  if (!a || a.inQuote) return false;
  if (/^(?:say|tell)$/.test(verb.lemma) && a.word === 'it' && b?.word === 'all' && (breakAfter(b) || !toks[pe + 3])) return true;
  if (verb.lemma === 'tell' && subj.core.s === subj.core.e && toks[subj.core.s].word === 'time') return true;
  if (!/^(?:reply|answer|respond)$/.test(verb.lemma) || a.word !== 'with' || !b || b.inQuote || quoteOpenBefore(b)) return false;
  const e = scanForwardCore(toks, pe + 2);
  let h = e;
  for (let j = pe + 2; j <= e; j++) if (/^(?:of|from|to|in|on|at)$/.test(toks[j].word)) { h = j - 1; break; }
  return h > pe + 1 && !MESSAGE_HEADS.test(toks[h].word) && !/^(?:words?|questions?|jokes?|quips?|attacks?|accusations?|insults?|barbs?|jabs?|taunts?|praise|silence|laughter)$/.test(toks[h].word);
}

/** A finite verb, a modal or an auxiliary ("reviews", "would", "has"). */
function finiteVerb(t: Tok): boolean {
  return t.tags.has('Modal') || t.tags.has('Auxiliary') || t.tags.has('Verb') && (t.tags.has('PastTense') || t.tags.has('PresentTense')) && !t.tags.has('Gerund') && !t.tags.has('Noun');
}

function tenseOf(t: Tok | undefined): 'past' | 'present' | undefined {
  if (!t) return undefined;
  if (t.tags.has('PastTense') || /^(?:was|were|had|did)$/.test(t.word)) return 'past';
  // ("Police say": a plural subject's present verb has the infinitive's form.)
  if (t.tags.has('PresentTense') || t.tags.has('Verb') && t.tags.has('Infinitive') || /^(?:is|are|has|have|does|do)$/.test(t.word)) return 'present';
  return undefined;
}

/**
 * "The jury was told that Mr Mulcahy rang the emergency services and told the call-taker …", "Police say two men
 * entered the pharmacy, and demanded cash": a verb coordinated with the verb of the reported clause shares that
 * clause's subject when the one who reports only heard it, or when its tense is the clause's and not the reporting
 * verb's ("Smith said the firm grew and added that …", "confirmed that the company was in talks but said …" go
 * back to the speaker).
 */
function innerClauseSubject(toks: Tok[], found: FoundCue[], parent: FoundCue | undefined, conj: number, cue: number, verb: CueVerb): SourcePhrase | null {
  let reporting: number;
  let from: number;
  if (parent) {
    if (parent.contentSide !== 'after' || parent.contentFrom === undefined || parent.pred.e >= conj) return null;
    reporting = parent.pred.e;
    from = parent.contentFrom;
  } else {
    const that = toks.findIndex((x, j) => j < conj && j > 0 && x.word === 'that' && !x.inQuote && toks[j - 1].tags.has('Verb'));
    if (that < 0) return null;
    reporting = that - 1;
    from = that;
  }
  if (toks[from]?.word === 'that') from++;
  if (found.some((x) => x !== parent && x.pred.s >= from && x.pred.s < conj)) return null;
  let v = -1;
  for (let j = from + 1; j < conj; j++) {
    const x = toks[j];
    if (x.inQuote) return null;
    if (x.tags.has('Verb') && !x.tags.has('Gerund') && !x.tags.has('Noun') && tenseOf(x) || x.tags.has('Auxiliary') || x.tags.has('Modal')) {
      v = j;
      break;
    }
  }
  if (v < 0) return null;
  // (A hearer is no speaker: "The jury was told that …", "The court heard that …".)
  const hearer = /^(?:heard|hears|told|informed|learned|learnt)$/.test(toks[reporting].word)
    && (toks[reporting].word.startsWith('hear') || BE.has(toks[reporting - 1]?.word ?? ''));
  const tense = tenseOf(toks[cue]);
  // ("Nart told AFP that observers had visited 900 stations and had seen …": the same auxiliary repeated after "and",
  // which the reporting verb does not have, joins the verb to the reported clause's verb.)
  const aux = toks[conj + 1];
  const parallel = aux !== undefined && aux.word === toks[v].word && toks[v].tags.has('Auxiliary') && conj + 1 < cue
    && toks[reporting].word !== aux.word && toks[reporting - 1]?.word !== aux.word;
  // ("Bayer said the results were consistent with earlier studies and did not support a ban": results, data or a study
  // "support" something as evidence does; the verb goes on with the reported clause, whose subject cannot speak.)
  if (verb.animate) {
    const e = scanForwardCore(toks, from);
    if (e >= from && e + 1 === v && DOCUMENT_HEADS.has(toks[e].word)) return { whole: { s: from, e }, core: { s: from, e } };
  }
  // ("Merrill says Machado promised to back Clinton and said she would …": a plain "said" goes on with the speaker.)
  // ("A spokeswoman said the President welcomed the plan and hoped …", "said the family accepted the verdict but felt …": a
  // belief coordinated with a reported clause that has a subject noun of its own is that subject's, whatever the tenses.)
  const believer = verb.cls === 'cognition' && /^(?:and|but)$/.test(toks[conj].word);
  // ("The statement shows that she read the assessment and found …": a verb whose past is its present, "read", "cut",
  // "set", fits either tense.)
  const sameTense = tenseOf(toks[v]) === tense || SAME_FORM.has(toks[v].word);
  if (!hearer && !parallel && (/^(?:say|tell|add)$/.test(verb.lemma) || !believer && !(tense && tenseOf(toks[reporting]) !== tense && sameTense))) return null;
  const inner = reportedSubject(toks, from, v);
  // (Only a noun: "said it supported the plan but wanted funding" stays inside what was said.)
  const byBelief = believer && !hearer && !parallel && !(tense && tenseOf(toks[reporting]) !== tense && sameTense);
  return inner && byBelief && SUBJECT_PRONOUNS.has(toks[inner.core.s].word) ? null : inner;
}

/** Verbs whose simple past is their present form. */
const SAME_FORM = new Set(SAME_FORM_PAST);

/** The subject of the reported clause that opens at `from`, whose first finite verb is at `v`. */
function reportedSubject(toks: Tok[], from: number, v: number): SourcePhrase | null {
  const subj = subjectBefore(toks, v);
  if (subj && subj.core.s >= from) return subj;
  // ("say two men entered …": the clause's subject right after the reporting verb.)
  const e = scanForwardCore(toks, from);
  return e >= from && e < v && toks.slice(e + 1, v).every((x) => x.tags.has('Auxiliary') || x.tags.has('Adverb')) ? { whole: { s: from, e }, core: { s: from, e } } : null;
}

/**
 * "told the jury they would hear evidence from Dr Linda Mulligan, who carried out the post-mortem and found that …":
 * a verb coordinated with the verb of a relative clause shares its relative pronoun, and so its antecedent, not the
 * speaker whose content holds the clause. The relative pronoun, or null.
 */
function relativeConjunctSubject(toks: Tok[], parent: FoundCue | undefined, conj: number): SourcePhrase | null {
  const floor = parent ? parent.pred.e + 1 : 1;
  for (let j = conj - 1; j >= floor; j--) {
    const x = toks[j];
    if (x.inQuote) return null;
    if (!finiteVerb(x)) continue;
    let w = j - 1;
    while (w >= floor && toks[w].tags.has('Adverb') && !toks[w].inQuote) w--;
    return w >= floor && toks[w].word === 'who' && !toks[w].inQuote ? { whole: { s: w, e: w }, core: { s: w, e: w } } : null;
  }
  return null;
}

function coordinatedInfinitive(toks: Tok[], conj: number): boolean {
  const v = toks[conj + 1];
  if (!v || !v.tags.has('Infinitive') || v.tags.has('PastTense') || /s$/.test(v.word)) return false;
  for (let j = conj - 1; j > 0; j--) {
    const x = toks[j];
    if (x.inQuote || breakAfter(x) && j < conj - 1) return false;
    if (toks[j - 1].word === 'to' && x.tags.has('Verb') && x.tags.has('Infinitive')) return true;
    if (isFiniteVerb(toks, j) && !x.tags.has('Infinitive')) return false;
  }
  return false;
}

/** Verbs that take a to-infinitive and lend their subject to it ("continued to insist", "seemed to think"). */
/** Where people say things in public: "took to Twitter to say", "went on television to apologize". */
const MEDIUM_WORDS = /^(?:twitter|x|facebook|instagram|tiktok|threads|bluesky|youtube|linkedin|truth|social|media|airwaves|television|tv|radio|air|website|blog|podcast|account|feed|channel|platform|speech|address|column|newsletter)$/;
/** Verbs that put a speaker on a medium: "took to", "went on", "used", "appeared on". */
const MEDIUM_VERBS = /^(?:took|take|takes|taking|went|go|goes|going|gone|used|use|uses|using|appeared|appear|appears|appearing|turned|turn|turns|turning)$/;

/** Ways of getting in touch before "to say": "wrote in to say", "rang to say". */
const CONTACT_VERBS = /^(?:wrote|writes|write|writing|called|calls|call|calling|rang|rings|ring|phoned|phones|phone|emailed|e-mailed|emails|texted|texts|messaged|wired)$/;

const CATENATIVES = /^(?:continu(?:e|es|ed|ing)|appear(?:s|ed|ing)?|seem(?:s|ed|ing)?|tend(?:s|ed)?|tr(?:y|ies|ied)|began|begins?|start(?:s|ed)?|able|used|has|have|had|wants?|wanted)$/;

/** First token of the catenative group before the "to" at `to` ("has yet", "went on", "was able", "continued"), or -1. */
function catenativeStart(toks: Tok[], to: number): number {
  let j = to - 1;
  const w = toks[j].word;
  const p = toks[j - 1];
  if (w === 'on' && p && /^(?:go|goes|went|gone|going)$/.test(p.word)) j--;
  else if (w === 'yet' && p && /^(?:has|have|had)$/.test(p.word)) j--;
  // "wrote in to say", "came forward to say": a way of getting in touch, then what was said.
  else if ((w === 'in' && p && CONTACT_VERBS.test(p.word)) || (w === 'forward' && p && /^(?:come|comes|came|coming)$/.test(p.word))) j--;
  // "rang to say", "emailed to say"; "were quick to say", "was careful to point out": how it was said.
  else if (CONTACT_VERBS.test(w) && !toks[j].inQuote) return auxStart(toks, j);
  else if (/^(?:quick|first|keen|eager|careful|ready)$/.test(w) && p && BE.has(p.word) && !toks[j].inQuote) return auxStart(toks, j - 1);
  // "took to Twitter to say", "went on television to apologize", "used its website to announce": a medium, then what was said on it.
  else if (MEDIUM_WORDS.test(w) && !toks[j].inQuote) {
    for (let v = j - 1; v >= 0 && j - v <= 4; v--) {
      if (breakAfter(toks[v]) || toks[v].inQuote) break;
      if (MEDIUM_VERBS.test(toks[v].word)) return auxStart(toks, v);
    }
    return -1;
  }
  else if (!CATENATIVES.test(w) || toks[j].inQuote) return -1;
  return auxStart(toks, j);
}

/**
 * An object the verb's frame makes content: a message or a document after "released", "issued",
 * "echoed" ("released a letter from his doctor"), or an object with an as-predicate after "see",
 * "describe" ("see the program as a way to …"), or a bare "as" after a verb whose object went
 * before it ("what analysts described as tactics").
 */
function framedObject(toks: Tok[], k: number, verb: CueVerb): boolean {
  const t = toks[k];
  if (!t || t.inQuote) return false;
  // "what analysts described as": speech verbs; "what he sees as" is a view held, not expressed.
  if (verb.asPredicate && t.word === 'as' && k > 0 && !breakAfter(toks[k - 1])) return verb.cls !== 'cognition';
  // ("raised questions about the cost": a bare plural head the tagger read as a verb, before the topic's preposition.)
  // ("raised concerns", "voiced doubts": these verbs frame a stance, not a message: "raised its forecast" is no report.)
  const heads = STANCE_VERBS.test(verb.lemma) ? STANCE_NOUNS : MESSAGE_HEADS;
  if (verb.messageObject && heads.test(t.word) && /s$/.test(t.word) && /^(?:about|over|on|of|regarding)$/.test(toks[k + 1]?.word ?? '') && !breakAfter(t)) return true;
  const e = scanForwardCore(toks, k);
  if (e < 0) return false;
  if (verb.asPredicate) {
    for (let j = e + 1; j < toks.length && j <= e + 6; j++) {
      const x = toks[j];
      if (breakAfter(toks[j - 1]) || x.inQuote) break;
      if (x.word === 'as') return !!toks[j + 1] && !/^(?:well|soon|long|much|many|part|of)$/.test(toks[j + 1].word);
      if (x.tags.has('Verb') && !x.tags.has('Noun') || x.word === 'that') break;
    }
  }
  if (verb.messageObject) {
    // The head: the last word of the noun phrase before a preposition ("a letter from his doctor").
    let h = e;
    for (let j = k + 1; j <= e; j++) {
      if (toks[j].tags.has('Preposition')) {
        h = j - 1;
        break;
      }
    }
    return heads.test(toks[h].word);
  }
  return false;
}

/** Verbs that voice a stance named by their object ("expressed concern", "raised questions", "voiced doubts"). */
const STANCE_VERBS = /^(?:express|raise|voice)$/;
const STANCE_NOUNS = /^(?:concerns?|questions|doubts?|fears|worries|misgivings|reservations|objections?|opposition|outrage|alarm|skepticism|scepticism|frustration|anger|dismay|disappointment|regret|support|sympathy|condolences|confidence|optimism|hopes)$/;

/**
 * The last token of a stance object at `k` ("deep concern", "serious questions about", "its opposition to"): up to two
 * modifiers, the stance noun and the preposition that takes its topic; -1 when the object is no stance.
 */
function stanceObjectEnd(toks: Tok[], k: number): number {
  let j = k;
  const plain = (x: Tok | undefined) => !!x && !x.inQuote;
  if (plain(toks[j]) && /^(?:a|an|the|some|its|his|her|their|our|new|fresh|further|renewed)$/.test(toks[j].word) && !breakAfter(toks[j])) j++;
  while (j < k + 3 && plain(toks[j]) && !breakAfter(toks[j]) && (toks[j].tags.has('Adjective') || toks[j].tags.has('Adverb')) && !STANCE_NOUNS.test(toks[j].word)) j++;
  if (!plain(toks[j]) || !STANCE_NOUNS.test(toks[j].word)) return -1;
  const n = toks[j + 1];
  if (plain(n) && !breakAfter(toks[j]) && /^(?:about|over|of|for|on|at|with|to|regarding|against)$/.test(n.word) && toks[j + 2] && !(n.word === 'to' && toks[j + 2].tags.has('Verb'))) return j + 1;
  return j;
}

/** The last token of "in an interview", "in a recent interview", "in his interview" starting at `k`, or -1. */
function interviewEnd(toks: Tok[], k: number): number {
  if (toks[k]?.word !== 'in' || toks[k].inQuote || breakAfter(toks[k - 1])) return -1;
  const d = toks[k + 1];
  if (!d || !/^(?:a|an|his|her|their|its|the)$/.test(d.word) || breakAfter(toks[k])) return -1;
  for (let j = k + 2; j <= k + 3 && j < toks.length; j++) {
    if (toks[j].inQuote || breakAfter(toks[j - 1])) return -1;
    if (/^interviews?$/.test(toks[j].word)) return j;
  }
  return -1;
}

/** Verbs that carry an -ing cue ("keeps saying", "avoids condemning", "could not resist pointing out"). */
const CATENATIVE_ING = /^(?:keeps?|kept|avoids?|avoided|resist|resists|resisted|continues?|continued|stops?|stopped|quit)$/;

/** First token of a verb that carries the -ing cue at `gs` ("keeps", "stopped short of"), or -1. */
function ingCatenativeStart(toks: Tok[], gs: number): number {
  const ok = (j: number) => j >= 0 && !toks[j].inQuote && !breakAfter(toks[j]);
  if (gs < 1 || !ok(gs - 1)) return -1;
  const v = toks[gs - 1];
  if (CATENATIVE_ING.test(v.word)) return gs - 1;
  if (v.word === 'of' && gs >= 3 && /^(?:short|clear)$/.test(toks[gs - 2].word) && ok(gs - 2) && ok(gs - 3) && toks[gs - 3].tags.has('Verb')) return gs - 3;
  return -1;
}

/** Verbs that name or judge their object with a second predicate: "called the plan a disaster". */
const NAMING_VERBS = new Set(['call', 'dub', 'label', 'brand', 'term']);
/** Cognition verbs that judge their object with a second predicate: "considered the plan a mistake". */
const JUDGING_VERBS = new Set(['consider', 'deem']);

/**
 * After the object of a naming verb, a second predicate: a quotation, an indefinite or definite
 * noun phrase or an adjective ("called the charges unsubstantiated", "called her vote in favor
 * of the war a mistake"). One or two prepositional phrases may sit between them; a time phrase
 * ("called the police a day later") is not a predicate.
 */
function namingPredicate(toks: Tok[], k: number): boolean {
  // "called him a genius": an object pronoun is the whole object.
  let e = /^(?:him|them|us|me|it)$/.test(toks[k]?.word ?? '') && !toks[k].inQuote ? k : scanForwardCore(toks, k);
  if (e < 0) return false;
  // "her vote": the pronoun is a determiner here.
  const x = toks[e + 1];
  if (e === k && toks[e].word === 'her' && x && !breakAfter(toks[e]) && (x.tags.has('Noun') || x.tags.has('Adjective')) && !/^(?:a|an|the)$/.test(x.word)) {
    e = scanForwardCore(toks, e + 1);
    if (e < 0) return false;
  }
  for (let pp = 0; pp <= 2; pp++) {
    if (toks[e].inQuote || /[“"]/.test(toks[e].post)) return true;
    const n = toks[e + 1];
    if (!n || breakAfter(toks[e])) return false;
    if (n.inQuote || quoteOpenBefore(n)) return true;
    if (/^(?:a|an|the)$/.test(n.word)) {
      const m = toks[e + 2];
      return !!m && !isDateLike(m) && !/^(?:few|little|lot|bit|number|while|couple)$/.test(m.word);
    }
    if (n.tags.has('Adjective') && !n.tags.has('Noun')) return true;
    // "called the charges unsubstantiated": a participle used as an adjective, ending the clause.
    const after = toks[e + 2];
    if (n.tags.has('PastTense') && /(?:ed|en)$/.test(n.word) && /^un/.test(n.word) && (!after || breakAfter(n) || endsSentence(n) || /^(?:and|or|but)$/.test(after.word))) return true;
    if (pp === 2 || !/^(?:in|of|for|on|at|with|from|to|over|about)$/.test(n.word)) return false;
    e = scanForwardCore(toks, e + 2);
    if (e < 0) return false;
  }
  return false;
}

/** Words a fact-check or an inquiry rates a claim with. */
const TRUTH_RATINGS = /^(?:true|false|misleading|accurate|inaccurate|correct|incorrect|baseless|unfounded|unsubstantiated|exaggerated|credible|wrong)$/;

/** The object at k is followed, in its clause, by a rating of its truth ("a similar claim … misleading"). */
function truthRating(toks: Tok[], k: number): boolean {
  for (let j = k + 1; j < toks.length && j <= k + 14; j++) {
    const t = toks[j];
    if (t.inQuote || /^(?:that|which|who|and|but|to)$/.test(t.word)) return false;
    if (TRUTH_RATINGS.test(t.word) && !/^(?:a|an|the|is|was|be|been|were|are)$/.test(toks[j - 1].word) && (breakAfter(t) || !toks[j + 1]?.tags.has('Noun'))) return true;
    if (breakAfter(t)) return false;
  }
  return false;
}

const REFUSAL = /^(?:decline|refuse)$/;

/** A refusal to speak ("declined to comment", "refusing to testify") carries no content. */
function refusesToSpeak(toks: Tok[], verb: CueVerb, comp: Complement, k: number): boolean {
  return comp === 'inf' && REFUSAL.test(verb.lemma) && SPEECH_INFINITIVE.test(toks[k + 1]?.word ?? '');
}
/** Things one points at with a hand: a stack, a sign, a wall, a photo. */
const POINTED_THING = /^(?:stack|stacks|pile|piles|line|row|rows|heap|box|boxes|map|photo|photos|photograph|photographs|picture|pictures|sign|signs|window|windows|door|doors|wall|walls|ceiling|floor|roof|crack|cracks|scar|scars|hole|holes|post|posts|pole|poles|fence|gate|shelf|shelves|table|desk|screen|whiteboard|board|field|building|house|tree|trees|car|truck|boat|sky|hill|crater|mark|marks|stain|stains|bruise|bruises)$/;

/** The object at k is a thing pointed at: its head is a physical thing, or it stands somewhere ("… on his desk"). */
function isGesture(toks: Tok[], k: number): boolean {
  for (let j = k; j < toks.length && j <= k + 8; j++) {
    const t = toks[j];
    if (t.inQuote || j > k && /^(?:that|which|who|as|and|showing|to)$/.test(t.word)) return false;
    if (POINTED_THING.test(t.word) && (j === toks.length - 1 || breakAfter(t) || /^(?:of|on|in|at|near|behind|outside|across|along|above|below|by)$/.test(toks[j + 1].word))) return true;
    if (j > k && /^(?:on|behind|near|outside|across|along|above|below|beside)$/.test(t.word) && /^(?:his|her|their|its|the|my|our)$/.test(toks[j + 1]?.word ?? '')) return true;
    if (breakAfter(t)) return false;
  }
  return false;
}

/** Verbs by which a complaint, a lawsuit or an indictment makes its charge. */
const CHARGING_VERBS = /^(?:accuse|charge|allege|blame)$/;

/** Who an "added to …" may be said to: "she added to reporters". */
const AUDIENCE_AFTER_TO = /^(?:reporters|journalists|him|her|them|us|me|lawmakers)$/;

/** Nouns for something said, which a participle with a "by" agent can follow: "a claim disputed by …". */
const SAID_THING_NOUNS = /^(?:claims?|assertions?|allegations?|accounts?|versions?|statements?|assessments?|characteri[sz]ations?|descriptions?|figures?|estimates?|charges?|accusations?|suggestions?|views?|remarks?|comments?)$/;

/** Means of force and acts of policing or war: what a "responded with …" answer is when nothing was said. */
const FORCE_NOUNS = /^(?:pepper|tear|rubber|water|stun|flash-?bangs?|batons?|truncheons?|force|gunfire|fire|shots|bullets|grenades?|tasers?|airstrikes?|air|strikes|missiles?|rockets?|shelling|artillery|drones?|arrests|raids?|tanks|troops|violence|punches|kicks)$/;

function forceAnswer(toks: Tok[], i: number): boolean {
  let j = i;
  while (/^(?:a|an|the|its|their|his|her|more|further|heavy|lethal|deadly|non-lethal|nonlethal|excessive|overwhelming|massive|retaliatory)$/.test(toks[j]?.word ?? '')) j++;
  return FORCE_NOUNS.test(toks[j]?.word ?? '');
}

/** Things asked for, which a judge or an official denies without contesting any claim. */
const REQUEST_NOUNS = /^(?:bail|bond|motion|motions|request|requests|application|applications|appeal|appeals|petition|petitions|bid|bids|permit|permits|permission|visa|visas|parole|extension|waiver)$/;
const SPEECH_INFINITIVE = /^(?:comment|say|discuss|elaborate|answer|respond|specify|speculate|confirm|disclose|reveal|identify|name|talk|speak|testify|explain|provide|give|address|detail|be)$/;

/**
 * "Johnnie Okafor, of Dayton, Ohio, said he …": a speech verb whose subject phrase the source
 * finder could not delimit. With a reported complement right after it (that-clause, quotation,
 * colon, or a bare clause after say/tell) it is still a report; its source stays unknown.
 */
function unplacedSpeaker(toks: Tok[], gs: number, i: number, pe: number, verb: CueVerb): FoundCue | null {
  if (!verb.inverts || verb.cls !== 'neutral' || gs === 0 || isIng(toks[i])) return null;
  const p = toks[gs - 1];
  if (p.inQuote || endsSentence(p) || /^(?:if|unless|whether|what|how|why|to|and|or|but|than|as|let|let's)$/.test(p.word)) return null;
  if (!(commaAfter(p) || isCapitalized(p) || p.tags.has('Noun') && !p.tags.has('Pronoun')) || p.tags.has('Verb') && !p.tags.has('Noun')) return null;
  // ("He said the mayor had told him the figures were final": who was told is no part of what was said.)
  const from = verb.addressee ? pe + 1 + toldPeople(toks, pe + 1) : pe + 1;
  const k = skipAdjuncts(toks, from, () => undefined);
  const comp = complementAt(toks, from - 1, k, verb);
  const strong = comp === 'that' || comp === 'quote' || comp === 'colon' || comp === 'clause' && (verb.lemma === 'say' || verb.lemma === 'tell');
  if (!strong) return null;
  const f = mk('verb', verb.cls, verb.lemma, { s: gs, e: pe }, null, 'after', comp);
  f.contentFrom = toks[k]?.word === 'that' ? k + 1 : k;
  return f;
}

/**
 * How many words at `k` name who was told, before the clause told: a pronoun ("told him the …") or people
 * ("told reporters the …", "told the players training was off"); 0 if none.
 */
function toldPeople(toks: Tok[], k: number): number {
  const t = toks[k];
  if (!t || t.inQuote || breakAfter(t)) return 0;
  if (/^(?:him|her|them|me|us|you)$/.test(t.word)) return 1;
  const n = /^(?:the|a)$/.test(t.word) && toks[k + 1] && !toks[k + 1].inQuote && !breakAfter(toks[k + 1]) ? k + 1 : k;
  const h = toks[n];
  const people = isPersonNoun(h) || AGENT_PLURAL.test(h.word) && !NOT_AGENTS.test(h.word) && !h.tags.has('Verb');
  const next = toks[n + 1];
  // The clause told opens right after them: a determiner, a pronoun or a name ("told reporters the figures …").
  return people && next && !next.inQuote && (next.tags.has('Determiner') || next.tags.has('Pronoun') && !/^(?:who|whom|which)$/.test(next.word) || isCapitalized(next)) ? n - k + 1 : 0;
}

/** The content of a participle cue and whether it is one the verb accepts. */
function participleContent(toks: Tok[], pe: number, verb: CueVerb): { comp: Complement; k: number } | null {
  const k = skipAdjuncts(toks, pe + 1, () => undefined);
  const comp = complementAt(toks, pe, k, verb);
  if (comp === 'end' || comp === 'none' || !isComplementOk(verb, comp)) return null;
  return { comp, k };
}

/**
 * "Claiming the audit was rigged, Hale demanded a recount": a participle opening the sentence
 * takes the subject of the main clause after its comma.
 */
function openingParticiple(view: SentenceView, i: number, pe: number, verb: CueVerb, asked = false): FoundCue | null {
  const toks = view.toks;
  if (i !== 0 && !(i === 1 && /^(?:but|and|while|after|before|when)$/.test(toks[0].word))) return null;
  // "Asked about the delay, Lee said …": a question put to the subject of the main clause, which answers it.
  const c = asked ? { comp: 'clause' as Complement, k: pe + 1 } : participleContent(toks, pe, verb);
  if (!c) return null;
  let comma = -1;
  for (let j = c.k; j < toks.length && j <= c.k + 25; j++) {
    if (toks[j].inQuote && !commaAfter(toks[j])) continue;
    if (commaAfter(toks[j])) {
      comma = j;
      break;
    }
  }
  if (comma < 0 || comma + 1 >= toks.length) return null;
  const e = scanForwardCore(toks, comma + 1);
  if (e < 0) return null;
  const after = toks[e + 1];
  if (!after || !(after.tags.has('Verb') || PREDICATE_AUX.has(after.word)) || isIng(after)) return null;
  const subj = { whole: { s: comma + 1, e }, core: { s: comma + 1, e } };
  if (!isAnimate(toks, subj.core, view.proper)) return null;
  if (asked && !(FORMS.get(after.word) ?? []).some((x) => x.verb.cls !== 'cognition' && !REFUSAL.test(x.verb.lemma))) return null;
  // Who asked goes unsaid: the question has no source in the text.
  const f = mk('participle', verb.cls, verb.lemma, { s: i, e: pe }, asked ? null : subj, 'after', c.comp);
  f.contentFrom = asked ? comma + 1 : toks[c.k]?.word === 'that' ? c.k + 1 : c.k;
  return f;
}

/**
 * "footage of the senator saying that …", "with Russia backing the government": a participle
 * right after the person it is said of, inside an of- or with-phrase.
 */
function participleAfterNoun(view: SentenceView, i: number, pe: number, verb: CueVerb): FoundCue | null {
  const toks = view.toks;
  if (i < 2 || toks[i - 1].inQuote || breakAfter(toks[i - 1])) return null;
  let s = i - 1;
  while (s > 0 && i - s < 5 && !toks[s - 1].inQuote && !breakAfter(toks[s - 1]) && !/^(?:of|with|without)$/.test(toks[s - 1].word)
    && (isCapitalized(toks[s - 1]) || toks[s - 1].tags.has('Determiner') || toks[s - 1].tags.has('Adjective') || toks[s - 1].tags.has('Noun') && !toks[s - 1].tags.has('Pronoun'))) s--;
  if (s < 1 || !/^(?:of|with|without)$/.test(toks[s - 1].word) || toks[s - 1].inQuote) return null;
  const src = { s, e: i - 1 };
  if (!isAnimate(toks, src, view.proper)) return null;
  // "sent a letter to the board of directors urging them to reconsider": a pronoun object that goes back to the
  // noun makes the noun the one addressed, not the speaker.
  const object = toks[pe + 1];
  if (object && !object.inQuote && (object.word === 'them' && toks[i - 1].tags.has('Plural') || /^(?:him|her)$/.test(object.word) && !toks[i - 1].tags.has('Plural'))) return null;
  const c = participleContent(toks, pe, verb);
  if (!c || backsSomeone(verb, c.comp, toks[c.k])) return null;
  const f = mk('participle', verb.cls, verb.lemma, { s: i, e: pe }, { whole: src, core: src }, 'after', c.comp);
  f.contentFrom = toks[c.k]?.word === 'that' ? c.k + 1 : c.k;
  return f;
}

/**
 * "published figures showing that rents rose", "a report suggesting that …": a document that shows what follows
 * its "that" is the source of it, as in "figures show that …".
 */
function documentShowing(view: SentenceView, i: number, pe: number, verb: CueVerb): FoundCue | null {
  const toks = view.toks;
  // ("released data on Tuesday showing that …": a time phrase may stand between the document and its verb.)
  let h = i - 1;
  while (h > 1 && i - h <= 3 && isDateLike(toks[h]) && !toks[h].inQuote) h--;
  if (h < i - 1 && !/^(?:on|in|last|this|earlier)$/.test(toks[h].word)) h = i - 1;
  else if (h < i - 1) h--;
  const head = toks[h];
  const that = toks[pe + 1];
  if (verb.cls !== 'evidential' || h < 0 || !head || head.inQuote || breakAfter(head) || !DOCUMENT_HEADS.has(head.word)
    || !that || that.word !== 'that' || that.inQuote || breakAfter(toks[pe])) return null;
  let s = h;
  while (s > 0 && i - s < 5 && !toks[s - 1].inQuote && !breakAfter(toks[s - 1])
    && (toks[s - 1].tags.has('Determiner') || toks[s - 1].tags.has('Adjective') || toks[s - 1].tags.has('Value')
      || toks[s - 1].tags.has('Noun') && !toks[s - 1].tags.has('Pronoun') && !toks[s - 1].tags.has('Verb'))) s--;
  const src = { s, e: h };
  const f = mk('participle', verb.cls, verb.lemma, { s: i, e: pe }, { whole: src, core: src }, 'after', 'that');
  f.contentFrom = pe + 2;
  return f;
}

/**
 * "many individuals who will continue to support him", "millions of Americans supporting Donald Trump": backing a
 * person, a party or a campaign states no view of anything ("support the bill" still does).
 */
function backsSomeone(verb: CueVerb, comp: Complement, object: Tok | undefined): boolean {
  return verb.lemma === 'support' && comp !== 'that' && comp !== 'quote' && comp !== 'colon' && !!object
    && (/^(?:him|her|them|me|us|you)$/.test(object.word) || isCapitalized(object));
}

function isComplementOk(verb: CueVerb, comp: Complement): boolean {
  switch (comp) {
    case 'that':
    case 'quote':
    case 'colon':
      return true;
    case 'clause':
      return !verb.noBareClause;
    case 'wh':
      return verb.needs !== 'quote';
    case 'inf':
      return !!verb.infinitive;
    case 'object':
      return !!verb.object || verb.needs === 'any';
    case 'end':
      return verb.needs === 'any';
    default:
      return verb.lemma === 'say' || verb.needs === 'any' && verb.lemma.includes(' ');
  }
}

const APPENDED_CLAIM_NOUN = /^(?:charges?|claims?|accusations?|allegations?|assertions?|characteri[sz]ations?|suggestions?|contentions?)$/;

/** Verbs that name a thing a relative clause with no "that" leaves out: "an obstruction he called 'soft'", "a decision the mayor described as …". */
const GAP_NAMING = new Set([...NAMING_VERBS, 'describe', 'characterize', 'characterise']);
/** Verbs that answer a claim a relative clause leaves out: "…, a claim the ANC rejected". */
const GAP_DENIAL = /^(?:deny|reject|dispute|contest|dismiss)$/;
/** Determiners that open the subject of such a clause ("the union", "his lawyer"), and of the noun it describes. */
const GAP_SUBJECT_DET = /^(?:the|his|her|their|its|our|my)$/;
const GAP_HEAD_DET = /^(?:a|an|the|this|that|such|another|his|her|their|its|our|my)$/;

/**
 * The subject of a relative clause with no "that" whose object is the noun before it: "in a move the union called
 * 'a betrayal'", "for an obstruction he called soft", "…, a claim the ANC rejected", "a decision Mayor Ortiz described
 * as …". The subject is the pronoun, the determined phrase or the name after the noun; the whole phrase opens with the
 * noun's, which a reader is not shown as the source. The noun follows a preposition, a comma
 * or a copula, or opens the sentence: after a verb it is an object with a clause of its own ("told the court he called
 * a taxi").
 */
function gappedObject(toks: Tok[], gs: number, verb: CueVerb): SourcePhrase | null {
  const denial = GAP_DENIAL.test(verb.lemma);
  if (!denial && !GAP_NAMING.has(verb.lemma)) return null;
  const ok = (x: Tok | undefined) => !!x && !x.inQuote && !breakAfter(x);
  const last = gs - 1;
  if (last < 2 || !ok(toks[last])) return null;
  let ss = -1;
  if (/^(?:he|she|they|we|i)$/.test(toks[last].word) && toks[last].tags.has('Pronoun')) ss = last;
  else {
    for (let j = last; j >= 1 && last - j <= 5; j--) {
      const x = toks[j];
      if (!ok(x)) return null;
      if (GAP_SUBJECT_DET.test(x.word)) {
        ss = j;
        break;
      }
      // "a claim Malema denied": a name right after the noun, which is nobody's title ("the party leader Malema").
      if (!isCapitalized(x) && j < last && toks.slice(j + 1, gs).every((y) => isCapitalized(y))) {
        if (!TITLE_HEADS.includes(x.word) && !isPersonNoun(x) && !ANIMATE_WORDS.test(x.word)) ss = j + 1;
        break;
      }
      if (!isCapitalized(x) && !x.tags.has('Noun') && !x.tags.has('Adjective')) return null;
    }
  }
  if (ss < 2) return null;
  let h = ss - 1;
  if (denial && /^(?:that|which)$/.test(toks[h].word) && ok(toks[h])) h--;
  const head = toks[h];
  if (!ok(head) || !head.tags.has('Noun') || head.tags.has('Pronoun') || isCapitalized(head) || head.tags.has('Value') || isDateLike(head)) return null;
  if (denial && !APPENDED_CLAIM_NOUN.test(head.word)) return null;
  let d = h - 1;
  while (d >= 0 && h - d <= 3 && !GAP_HEAD_DET.test(toks[d].word)) {
    if (!ok(toks[d]) || !(toks[d].tags.has('Adjective') || toks[d].tags.has('Noun')) || isCapitalized(toks[d])) return null;
    d--;
  }
  if (d < 0 || !GAP_HEAD_DET.test(toks[d].word) || !ok(toks[d]) || denial && !/^(?:a|an)$/.test(toks[d].word)) return null;
  const before = toks[d - 1];
  if (before && !breakAfter(before) && !before.tags.has('Preposition') && !before.tags.has('Copula') && !/^(?:in|for|of|about|over|with|at|on|after|by|against|despite|into)$/.test(before.word)) return null;
  return { whole: { s: d, e: last }, core: { s: ss, e: last }, shown: ss };
}

/** What one calls a thing one summons or convenes ("the day he called a press conference"), no name for it. */
const CONVENED = /^(?:press|news|meeting|conference|election|snap|strike|vote|halt|truce|ceasefire|referendum|session|summit|hearing|inquiry|time-?out|ambulance|taxi|cab|doctor|lawyer|plumber|number|helpline|hotline|rally|recess|review|general)$/;

/**
 * A name or a judgement right after a naming verb whose object was left out ("what he called a soft call", "a move
 * she called reckless"): a quotation, an adjective, or "a"/"an" and a noun phrase. Returns its last token, or -1.
 */
function gapPredicateEnd(toks: Tok[], k: number): number {
  const t = toks[k];
  if (!t) return -1;
  if (t.inQuote || quoteOpenBefore(t)) return k;
  if (/^(?:a|an)$/.test(t.word)) {
    const m = toks[k + 1];
    if (!m || breakAfter(t) || m.inQuote || isDateLike(m) || CONVENED.test(m.word) || /^(?:few|little|lot|bit|number|while|couple|day|week|month|year)$/.test(m.word)) return -1;
    return scanForwardCore(toks, k);
  }
  if (t.tags.has('Adjective') && !t.tags.has('Noun') && !t.tags.has('Verb')) {
    let e = k;
    while (toks[e + 1] && !breakAfter(toks[e]) && !toks[e + 1].inQuote && (toks[e + 1].tags.has('Adjective') || toks[e + 1].tags.has('Noun') && !toks[e + 1].tags.has('Pronoun'))) e++;
    return e;
  }
  return -1;
}

/** The subject before the verb group starting at `gs`, also past a time adjunct ("Sanders on Tuesday said"). */
function subjectOfGroup(toks: Tok[], gs: number): SourcePhrase | null {
  let ss = gs;
  for (let j = gs - 1; j >= 1 && gs - j <= 4; j--) {
    const x = toks[j];
    // "Norrvik Robotics Inc. today announced": a press release's "today" between subject and verb.
    if (j === gs - 1 && /^(?:today|yesterday|tonight)$/.test(x.word) && !x.inQuote && !breakAfter(toks[j - 1])) {
      ss = j;
      break;
    }
    if (x.inQuote || !(isDateLike(x) || /^(?:on|last|this|early|late|earlier|in)$/.test(x.word) || x.tags.has('Value'))) break;
    if (/^(?:on|last|this|earlier|in)$/.test(x.word) && isDateLike(toks[j + 1] ?? x)) {
      ss = j;
      while (ss > 1 && /^(?:just|only|also|earlier|as|early)$/.test(toks[ss - 1].word)) ss--;
      break;
    }
  }
  // "Erin Murphy, an aide who went to Burma in 2011, said": a comma before the verb closes an aside first.
  const subj = ss < gs && commaAfter(toks[gs - 1]) ? subjectBefore(toks, gs) ?? subjectBefore(toks, ss)
    : subjectBefore(toks, ss) ?? (ss < gs ? subjectBefore(toks, gs) : null);
  if (subj || gs < 2) return subj;
  // "Brown and Menendez all suggested", "the two countries together vowed": a floating quantifier.
  const q = toks[gs - 1];
  if (/^(?:all|both|each|together|jointly)$/.test(q.word) && !q.inQuote && !breakAfter(q)) return subjectBefore(toks, gs - 1);
  return contactClauseSubject(toks, gs);
}

/** Verbs of a reporter's contact with sources, in a relative clause with no "who" ("the experts I interviewed"). */
const CONTACT = /^(?:interviewed|surveyed|polled|contacted|consulted|reached|quoted|asked|(?:spoke|talked)\s+(?:to|with))$/;

/**
 * "All the experts I interviewed said", "Everyone we spoke to said": the noun phrase before a
 * pronoun and a verb of contact, the whole phrase being the source.
 */
function contactClauseSubject(toks: Tok[], gs: number): SourcePhrase | null {
  for (const width of [1, 2]) {
    const p = gs - width - 1;
    if (p < 1) continue;
    const verb = toks.slice(gs - width, gs);
    if (verb.some((x) => x.inQuote || breakAfter(x)) || !CONTACT.test(verb.map((x) => x.word).join(' '))) continue;
    if (!/^(?:i|we|he|she|they|you)$/.test(toks[p].word) || toks[p].inQuote || breakAfter(toks[p]) || breakAfter(toks[p - 1])) continue;
    const head = subjectBefore(toks, p);
    if (head && toks[head.core.e].tags.has('Noun') && !toks[head.core.e].tags.has('Pronoun') || head && /^(?:everyone|everybody|all|many|most|some|several|none|few)$/.test(toks[head.core.e].word)) {
      return { whole: { s: head.whole.s, e: gs - 1 }, core: head.core };
    }
  }
  return null;
}

/** The animate subject of a clause of time or cause ("after the company cut its outlook") that ends right before `i`. */
function subordinateSubject(view: SentenceView, i: number): SourcePhrase | null {
  const toks = view.toks;
  for (let k = i - 2; k > 0 && i - k <= 14; k--) {
    const w = toks[k];
    if (w.inQuote || breakAfter(w)) return null;
    if (!/^(?:after|as|when|because|since|while|once)$/.test(w.word)) continue;
    for (let j = k + 2; j < i; j++) {
      if (!isFiniteVerb(toks, j)) continue;
      const subj = subjectBefore(toks, auxStart(toks, j, k + 1));
      return subj && subj.whole.s > k && isAnimate(toks, subj.core, view.proper) ? subj : null;
    }
    return null;
  }
  return null;
}

/** A finite verb: past or present tense, not a gerund, an infinitive after "to" or a form inside a quotation. */
function isFiniteVerb(toks: Tok[], j: number): boolean {
  const t = toks[j];
  if (t.inQuote || !t.tags.has('Verb') || t.tags.has('Gerund') || isIng(t)) return false;
  if (!(t.tags.has('PastTense') || t.tags.has('PresentTense') || t.tags.has('Copula') || t.tags.has('Modal') || t.tags.has('Auxiliary'))) return false;
  return j === 0 || toks[j - 1].word !== 'to';
}

const SUBORDINATORS = /^(?:if|when|after|before|because|although|though|while|since|as|that|which|who|whom|unless|until|once|whether|where)$/;

/**
 * The subject of the clause a participle hangs on ("The paper filed a motion, arguing …"): the
 * subject of the nearest finite verb before it that has one, outside subordinate and relative
 * clauses, and not past a dash, a colon or a semicolon.
 */
function clauseSubject(toks: Tok[], before: number, proper?: ReadonlySet<string>): SourcePhrase | null {
  let from = 1;
  for (let j = before - 1; j >= 0; j--) {
    if (/[;:—–]|\s-{1,2}\s/.test(toks[j].post) && !toks[j].inQuote) {
      from = j + 1;
      break;
    }
  }
  for (let j = before - 1; j >= from; j--) {
    if (!isFiniteVerb(toks, j)) continue;
    const gs = auxStart(toks, j, from);
    j = gs;
    const subj = subjectOfGroup(toks, gs);
    if (!subj) continue;
    const s = Math.min(subj.whole.s, subj.core.s);
    if (/^(?:who|which|that)$/.test(toks[subj.core.s].word)) return null;
    if (s > 0 && SUBORDINATORS.test(toks[s - 1].word) && !toks[s - 1].inQuote) continue;
    return isAnimate(toks, subj.core, proper) || isDocumentHead(toks, subj.core) ? subj : null;
  }
  return null;
}

/**
 * The subject of the sentence's main clause, for participles with no earlier cue: the noun phrase
 * opening the sentence before its verb, or (mode 'clause') the subject of the nearest finite verb.
 */
/**
 * Who put out the post or letter a participle hangs on: the subject of the nearest verb before it ("It began …,
 * when Dunleavy posted a video on Instagram claiming …" is Dunleavy's, not the main clause's "It").
 */
function channelAuthor(toks: Tok[], gs: number): SourcePhrase | null {
  // "a Donald Trump tweet attacking …", "Trump's video claiming …": a name or a possessive on the post is its author.
  const channel = CHANNEL_NOUNS.test(toks[gs - 1].word) ? gs - 1 : gs - 3;
  let a = channel;
  while (a - 1 > 0 && isCapitalized(toks[a - 1]) && !breakAfter(toks[a - 1]) && (toks[a - 1].tags.has('Person') || toks[a - 1].tags.has('ProperNoun'))) a--;
  if (a < channel) {
    const last = toks[channel - 1];
    const core = { s: a, e: channel - 1 };
    if (!/['’]s?$/.test(last.text) || last.tags.has('Person') || last.tags.has('ProperNoun')) return { whole: core, core };
  }
  for (let v = gs - 2; v > 0 && gs - v <= 8; v--) {
    const t = toks[v];
    if (t.inQuote || breakAfter(t)) return null;
    // (The subject of a verb that puts the post out, not of one that comments on it: "is describing as "unhinged" a tweet …".)
    if (t.tags.has('Verb') && !t.tags.has('Auxiliary') && !t.tags.has('Noun')) return PUT_OUT.test(t.word) ? subjectBefore(toks, auxStart(toks, v)) : null;
  }
  return null;
}

/** Verbs that put out a post, a letter or a statement. */
const PUT_OUT = /^(?:posts?|posted|posting|issues?|issued|issuing|sends?|sent|sending|releases?|released|releasing|publish(?:es|ed|ing)?|shares?|shared|sharing|writes?|wrote|written|tweets?|tweeted|uploads?|uploaded|puts?|circulated?|circulates|filmed|recorded|delivered|penned|made|makes|aired|broadcast|emailed|e-mailed|mailed|tweeting)$/;

function mainSubject(toks: Tok[], before: number, proper?: ReadonlySet<string>, mode: 'none' | 'opening' | 'clause' = 'clause'): SourcePhrase | null {
  if (mode === 'none') return null;
  return simpleMainSubject(toks, before) ?? (mode === 'clause' ? clauseSubject(toks, before, proper) : null);
}

function simpleMainSubject(toks: Tok[], before: number): SourcePhrase | null {
  // Skip an introductory phrase ending in a comma ("On Monday, …").
  let s = 0;
  const opener = toks[0].tags.has('Preposition') || toks[0].tags.has('Conjunction') || toks[0].tags.has('Adverb') || toks[0].inQuote;
  for (let j = 0; opener && j < before && j <= 8; j++) {
    if (commaAfter(toks[j])) {
      s = j + 1;
      break;
    }
    if (toks[j].tags.has('Verb') && !toks[j].inQuote && !isDateLike(toks[j])) break;
  }
  while (s < before && toks[s].inQuote) s++;
  while (s < before && /^(?:but|and|yet|so|meanwhile|however|still|also)$/.test(toks[s].word)) s++;
  if (s >= before) return null;
  let e = scanForwardCore(toks, s);
  if (e < 0 || e >= before) return null;
  // "The Guardian splashes on the crisis, saying …", "The Times leads with …, reporting …": after a paper's name a
  // present verb the tagger read as a plural noun.
  for (let j = s + 1; j <= e + 1 && j < before; j++) {
    const t = toks[j];
    const n = toks[j + 1];
    if (/^[a-z]+s$/.test(t.text) && !/ss$/.test(t.text) && !!n && (n.tags.has('Preposition') || n.tags.has('Determiner') || n.word === 'that')
      && isOutletPhrase(toks, { s, e: j - 1 })) {
      if (j - 1 < e) e = j - 1;
      return { whole: { s, e }, core: { s, e } };
    }
  }
  // "Courts in Arkansas, Ohio and Utah have blocked …": a list of names joined by commas and "and" goes on to the verb.
  if (commaAfter(toks[e]) && isCapitalized(toks[e])) {
    let j = e + 1;
    while (j < before && !toks[j].inQuote && (isCapitalized(toks[j]) || /^(?:and|or)$/.test(toks[j].word)) && !/[;:—–()]/.test(toks[j - 1].post)) j++;
    const list = toks.slice(e + 1, j);
    if (j > e + 2 && list.some((x) => /^(?:and|or)$/.test(x.word)) && !/^(?:and|or)$/.test(toks[j - 1].word) && !commaAfter(toks[j - 1])
      && toks[j] && (toks[j].tags.has('Verb') || PREDICATE_AUX.has(toks[j].word))) e = j - 1;
  }
  // ("Schultz generally backed Democrats and said …": an adverb may stand before the verb.)
  let v = e + 1;
  while (v < before && v - e <= 2 && toks[v].tags.has('Adverb') && !toks[v].inQuote && !breakAfter(toks[v - 1]) && /ly$/.test(toks[v].word)) v++;
  const after = toks[v];
  if (!after || !(after.tags.has('Verb') || PREDICATE_AUX.has(after.word))) return null;
  return { whole: { s, e }, core: { s, e } };
}
