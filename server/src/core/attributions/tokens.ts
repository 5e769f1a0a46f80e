/**
 * A light view of the tagged terms, one array per sentence, with the few word-level
 * predicates the attribution finder needs. Built in one linear pass over the terms.
 */
import type { Term } from '../nlp';
import { DOCUMENT_HEADS } from '../model/cues';
import { ORG_HEADS, TITLE_HEADS } from '../model/lexicon';
import { PROFESSION_HEADS } from '../model/rules-lexicon';
import type { Quote, SourceDocument, Span } from '../types';

export interface Tok {
  start: number;
  end: number;
  text: string;
  /** Lower-cased word, curly apostrophes made straight, trailing possessive kept. */
  word: string;
  pre: string;
  post: string;
  tags: ReadonlySet<string>;
  /** Index in the sentence's token array. */
  i: number;
  /** Inside the inner span of a direct quotation. */
  inQuote: boolean;
}

export interface SentenceView extends Span {
  index: number;
  paragraph: number;
  toks: Tok[];
  /** A quotation that ends right before this sentence in the same paragraph ('"…?" Smith asked.'). */
  prevQuote?: Span;
  /** Words seen capitalized inside a sentence anywhere in the document (names, not sentence-initial capitals). */
  proper: ReadonlySet<string>;
}

/** A subject pronoun with an auxiliary clitic, which compromise keeps as one word: "he’s", "we've", "they're". */
const CLITIC = /^(he|she|it|they|we|i|you|who)(['’](?:s|ve|re|d|ll|m))$/i;
const CLITIC_BE_TAGS: ReadonlySet<string> = new Set(['Verb', 'Auxiliary', 'Copula']);
const CLITIC_AUX_TAGS: ReadonlySet<string> = new Set(['Verb', 'Auxiliary']);

/** Splits terms into sentences and marks the ones inside quotations. Linear in the number of terms. */
export function buildViews(doc: SourceDocument, terms: Term[][]): SentenceView[] {
  const proper = new Set<string>();
  const views: SentenceView[] = doc.sentences.map((s) => ({
    start: s.start,
    end: s.end,
    index: s.index,
    paragraph: s.paragraph,
    toks: [],
    proper,
  }));
  const quotes = doc.quotes;
  let q = 0;
  let si = 0;
  for (const para of terms) {
    for (let ti = 0; ti < para.length; ti++) {
      const t = para[ti];
      while (si < views.length && views[si].end <= t.start) si++;
      if (si >= views.length) break;
      const view = views[si];
      if (t.start < view.start) continue;
      while (q < quotes.length && quotes[q].inner.end <= t.start) q++;
      const inQuote = q < quotes.length && quotes[q].inner.start <= t.start && t.end <= quotes[q].inner.end;
      // Punctuation compromise put before a word ("(D-N.Y.)", "—") also ends the previous word.
      const prev = view.toks[view.toks.length - 1];
      if (prev && t.pre && /[^\s]/.test(t.pre)) prev.post += t.pre.trim();
      // A lone comma compromise made a word of, after blanked text (a masked link target: "Services⎵⎵⎵, the
      // city said"), ends the word before it.
      if (prev && /^[,;:.!?]+$/.test(t.text) && !prev.inQuote) {
        prev.post = prev.post.trimEnd() + t.text + t.post;
        continue;
      }
      const clitic = CLITIC.exec(t.text);
      if (clitic && t.tags.has('Pronoun')) {
        // "He’s claiming", "I've said": the pronoun is the subject, the clitic opens the predicate.
        const cut = t.start + clitic[1].length;
        view.toks.push({ start: t.start, end: cut, text: clitic[1], word: normWord(clitic[1]), pre: t.pre, post: '', tags: t.tags, i: view.toks.length, inQuote });
        const aux = normWord(clitic[2]);
        // (A "'s" that stands for "has" is read as "has": "she's said", not a passive "is said".)
        const has = hasBeforeSpeech(clitic[1], aux, para[ti + 1], para[ti + 2]);
        view.toks.push({
          start: cut, end: t.end, text: clitic[2], word: has ? 'has' : aux, pre: '', post: t.post, i: view.toks.length, inQuote,
          tags: /^'(?:s|re|m)$/.test(aux) && !has ? CLITIC_BE_TAGS : CLITIC_AUX_TAGS,
        });
        continue;
      }
      // A plus sign written onto a name is part of it ("OPEC+ delegates", "Disney+", "G7+"), not
      // punctuation that ends the noun phrase.
      const plus = /^\++(?=\s|$|[,.;:)])/.exec(t.post)?.[0] ?? '';
      view.toks.push({
        start: t.start,
        end: t.end + plus.length,
        text: t.text + plus,
        word: normWord(t.text + plus),
        pre: t.pre,
        post: t.post.slice(plus.length),
        tags: thousands(t) ? countTags(t.tags) : t.tags,
        i: view.toks.length,
        inQuote,
      });
    }
  }
  for (let k = 0; k < views.length; k++) {
    const v = views[k];
    unquoteNicknames(v.toks);
    repairMisreadReports(v.toks);
    foldPartyLabels(v.toks, doc.text);
    for (let j = 1; j < v.toks.length; j++) {
      const t = v.toks[j];
      if (/^[A-Z][a-z]/.test(t.text) && !/[.!?:“"]/.test(v.toks[j - 1].post) && !/[“"]/.test(t.pre)) proper.add(t.word.replace(/'s$/, ''));
    }
    const prev = views[k - 1];
    const last = prev?.toks[prev.toks.length - 1];
    if (prev && prev.paragraph === v.paragraph && last && last.inQuote && /[”"]/.test(last.post)) {
      const q = quoteAt(quotes, last.start);
      if (q) v.prevQuote = { start: q.inner.start, end: q.inner.end };
    }
  }
  // "Keel, 24, said": a name that is also a verb, read as an imperative where it opens a sentence, is the name the
  // document writes with a capital inside its sentences.
  for (const v of views) {
    const t = v.toks[0];
    if (t && !t.inQuote && /^[A-Z][a-z]/.test(t.text) && proper.has(t.word) && t.tags.has('Verb') && !t.tags.has('Noun')
      && (/^\s*,/.test(t.post) || v.toks[1]?.tags.has('PastTense'))) t.tags = NAME_TAGS;
  }
  return views;
}

/** Past participles of speech verbs, which after "'s" make a perfect ("she's said", "he's called for"). */
const SPEECH_PARTICIPLE = /^(?:said|argued|claimed|suggested|called|told|written|stated|insisted|warned|noted|acknowledged|admitted|denied|promised|pledged|vowed|urged|accused|criticized|criticised|praised|predicted|maintained|repeated|complained)$/;

/**
 * "He's said the tax is unfair", "who's called for big tax hikes": "'s" after a person's pronoun, before a speech
 * verb's participle, is "has"; not before "to" or "by", a passive ("he's said to be ill", "she's criticized by …"),
 * nor after "it" ("it's claimed that …").
 */
function hasBeforeSpeech(pronoun: string, aux: string, next: Term | undefined, after: Term | undefined): boolean {
  if (aux !== "'s" || !next || /^it$/i.test(pronoun) || !SPEECH_PARTICIPLE.test(next.text.toLowerCase())) return false;
  return !after || !/^(?:to|by|as)$/i.test(after.text);
}

/** A number written with a thousands separator ("2,000 teachers") that compromise tagged a year. */
function thousands(t: Term): boolean {
  return /^\d{1,3}(?:,\d{3})+$/.test(t.text) && (t.tags.has('Year') || t.tags.has('Date'));
}

/** The tags of a count: a thousands separator is never written in a year, so no date tags. */
function countTags(tags: ReadonlySet<string>): ReadonlySet<string> {
  return new Set([...tags].filter((x) => x !== 'Year' && x !== 'Date'));
}

const ORG_HEAD_WORDS: ReadonlySet<string> = new Set(ORG_HEADS);

/**
 * "Cate Faehrmann (Greens), said", "Mr Singh (BJP), the opposition leader,": a party or constituency
 * label in brackets right after a person's name is an aside on the name, not a word of the sentence.
 * Its words become part of the gap after the name, so the name and what follows it read as if the
 * label were not there. A name is two or more capitalized words, or one after a title; a run that
 * ends in an organization word ("Kuwait News Agency (KUNA)") or whose initials the label spells
 * ("National Prosecuting Authority (NPA)", "Health and Social Care (DHSC)") is a body and its abbreviation. A US party-and-state label
 * ("(D-Fla.)") stays a word of the name, as the attribution corpora mark it.
 */
function foldPartyLabels(toks: Tok[], text: string): void {
  let changed = false;
  for (let k = 1; k < toks.length - 2; k++) {
    const name = toks[k];
    if (name.inQuote || !/^\s*\($/.test(name.post) || !/^\p{Lu}/u.test(name.text) || ORG_HEAD_WORDS.has(name.word)) continue;
    let m = k + 1;
    while (m < toks.length && m <= k + 3 && !/\)/.test(toks[m].post)) m++;
    if (m >= toks.length || !/^\)/.test(toks[m].post) || m === toks.length - 1) continue;
    const label = toks.slice(k + 1, m + 1);
    if (label.some((t) => t.inQuote || !/^\p{Lu}/u.test(t.text) || /\d/.test(t.text)) || /^[DRI]-/.test(label[0].text)) continue;
    let first = k;
    while (first > 0 && k - first < 3 && /^\p{Lu}/u.test(toks[first - 1].text) && /^\s+$/.test(toks[first - 1].post) && !toks[first - 1].inQuote) first--;
    const titled = toks[first].tags.has('Honorific') || toks[first].tags.has('Person') || toks[first].tags.has('Actor');
    if (first === k && !titled && !name.tags.has('Person')) continue;
    if (label.length === 1 && spellsInitials(label[0].text, toks.slice(first, k + 1))) continue;
    name.post = text.slice(name.end, toks[m].end) + toks[m].post;
    toks.splice(k + 1, m - k);
    changed = true;
  }
  if (changed) toks.forEach((t, i) => { t.i = i; });
}

/** An abbreviation whose capitals hold the initials of `words` in order ("DHSC" of "Social Care"). */
function spellsInitials(label: string, words: Tok[]): boolean {
  const caps = label.replace(/[^\p{Lu}]/gu, '');
  if (caps.length < 2) return false;
  let c = 0;
  for (const w of words) {
    const at = caps.indexOf(w.text[0], c);
    if (at < 0) return false;
    c = at + 1;
  }
  return true;
}

/**
 * 'Ramon "Bong" Dela Cruz Jr.', 'Antonio "Tony Boy" Reyes': one to three capitalized words in
 * quotation marks between the parts of a name are a nickname, not a quotation.
 */
function unquoteNicknames(toks: Tok[]): void {
  for (let j = 1; j < toks.length - 1; j++) {
    if (!toks[j].inQuote || toks[j - 1].inQuote || !/[“"]/.test(toks[j].pre + toks[j - 1].post)) continue;
    let e = j;
    while (e + 1 < toks.length && toks[e + 1].inQuote && e - j < 3) e++;
    const after = toks[e + 1];
    if (!after || after.inQuote || e - j > 2 || !/[”"]/.test(toks[e].post + after.pre)) continue;
    const nick = toks.slice(j, e + 1);
    if (!isCapitalized(toks[j - 1]) || !isCapitalized(after) || !nick.every((t) => /^\p{Lu}[\p{Ll}'’-]+$/u.test(t.text))) continue;
    for (const t of nick) {
      t.inQuote = false;
      t.pre = t.pre.replace(/[“"]/g, '');
      t.post = t.post.replace(/[”"]/g, '');
    }
    toks[j - 1].post = toks[j - 1].post.replace(/[“"]/g, '');
    after.pre = after.pre.replace(/[”"]/g, '');
    j = e;
  }
}

const GIVEN_NAME_TAGS: ReadonlySet<string> = new Set(['Noun', 'ProperNoun', 'Singular', 'Person', 'FirstName']);

/** "Per Eriksen says", "Per Eriksen, an analyst, says": capitalized words from `k`, maybe an aside in commas, then a verb. */
export function givenNameSubject(toks: Tok[], k: number): boolean {
  let j = k;
  while (j < toks.length && isCapitalized(toks[j]) && !toks[j].inQuote && !breakAfter(toks[j - 1])) j++;
  if (j === k) return false;
  if (commaAfter(toks[j - 1])) {
    while (j < toks.length && j < k + 16 && !commaAfter(toks[j]) && !endsSentence(toks[j])) j++;
    if (j >= toks.length || !commaAfter(toks[j])) return false;
    j++;
  }
  const v = toks[j];
  return !!v && !v.inQuote && v.tags.has('Verb') && !v.tags.has('Noun') && !/ing$/.test(v.word);
}

const BASE_EVIDENTIALS = /^(?:show|suggest|indicate|reveal|confirm)$/;
const REPORT_FORMS = new Set(['shows', 'suggests', 'says', 'finds', 'indicates', 'confirms', 'warns', 'claims']);
const NOUN_TAGS: ReadonlySet<string> = new Set(['Noun', 'Singular']);
const PLURAL_TAGS: ReadonlySet<string> = new Set(['Noun', 'Plural']);
const VERB_TAGS: ReadonlySet<string> = new Set(['Verb', 'PresentTense']);
const NAME_TAGS: ReadonlySet<string> = new Set(['Noun', 'Singular', 'ProperNoun']);
const ADJECTIVE_TAGS: ReadonlySet<string> = new Set(['Adjective']);
const CONJUNCTION_TAGS: ReadonlySet<string> = new Set(['Conjunction']);

/**
 * Subjects and reporting verbs compromise misreads, set right before any cue is looked for.
 * "Research shows that …": the sentence's first noun read as a command and the verb after it as a
 * plural noun; a word read as an imperative, then one of these verb forms, is a subject and its verb.
 */
/** Professions' plurals, which compromise may read as a verb ("Engineers said"). */
const PROFESSIONS: ReadonlySet<string> = new Set(PROFESSION_HEADS);
/** Person nouns compromise may read as an adjective or a verb ("an official", "staff"). */
const PERSON_NOUN_MISREAD = /^(?:official|officials|counsel|staff|staffers|aide|aides|executive|executives|representative|representatives|professional|professionals|local|locals|resident|chief|head|principal|insider|insiders|native|natives|military|intelligence)$/;

/** Roles that are verbs too ("coach", "manager", "host"), written in lower case before a name. */
const ROLE_READ_AS_VERB = /^(?:coach|manager|captain|skipper|judge|host|chair|boss|head|director|guard|referee|umpire|pilot|editor|founder|owner|trainer|driver|keeper|forward|lock|prop|catcher|pitcher|batter|bowler|opener|counsel|aide|mentor|advocate|deputy|steward|witness|nurse|doctor)$/;

/** Reporting verbs a misread subject stands right before. */
const SUBJECT_BEFORE = /^(?:said|says|told|tells|added|adds|alleged|alleges|claimed|claims|argued|argues|wrote|writes|noted|notes|stated|states|announced|announces|confirmed|confirms|denied|denies|reported|reports|warned|warns|insisted|insists|acknowledged|acknowledges|disclosed|discloses|maintained|maintains|countered|counters|responded|responds|replied|replies)$/;

/** Roles an -ing word describes ("prosecuting counsel", "presiding judge", "acting director", "consulting engineer"). */
const GERUND_ROLE = /^(?:counsel|barrister|solicitor|attorney|judge|magistrate|officer|director|chairman|chairwoman|chair|president|minister|manager|editor|engineer|physician|surgeon|professor|partner|member|members)$/;

/** Verbs whose past tense is their base form and also a noun: "the company cut its outlook". */
const SAME_FORM_VERBS = new Set(['cut', 'set', 'put', 'hit', 'cost', 'shut', 'split', 'spread', 'cast', 'quit', 'upset']);
const SUBJECT_PRONOUN_WORDS = new Set(['it', 'they', 'he', 'she', 'we']);
const PAST_VERB_TAGS: ReadonlySet<string> = new Set(['Verb', 'PastTense']);

/** Speech and belief verbs in the present plural, which take a "that" clause: "police fear that". */
const TITLE_HEAD_WORDS: ReadonlySet<string> = new Set(TITLE_HEADS);
/** Verbs of speech, belief or intent in -s that take "to" or "that" ("hopes to", "believes that"). */
const INTENT_FORMS = /^(?:hopes|wants|expects|plans|intends|aims|vows|pledges|promises|fears|believes|thinks|says|warns|claims|insists|argues|wishes|seeks)$/;
const BARE_THAT_CUES = new Set(['say', 'fear', 'believe', 'think', 'worry', 'warn', 'argue', 'insist', 'claim', 'suspect', 'expect', 'doubt', 'agree', 'contend', 'maintain', 'acknowledge', 'allege', 'predict', 'report', 'note', 'estimate']);

function repairMisreadReports(toks: Tok[]): void {
  const [a, b] = toks;
  // "Prosecuting counsel, Ms Orla Keane, said", "Presiding judge Ana Ruiz said": an -ing word before a role, with no
  // comma between, describes the role; it opens no participial clause.
  if (a && b && !a.inQuote && a.tags.has('Gerund') && !/[,;:]/.test(a.post) && GERUND_ROLE.test(b.word)) a.tags = ADJECTIVE_TAGS;
  // "Per Eriksen, a transport analyst at Fjord Capital, says": the Nordic given name, not the preposition.
  if (a && a.text === 'Per' && !a.inQuote && givenNameSubject(toks, 1)) a.tags = GIVEN_NAME_TAGS;
  if (a && b && !a.inQuote && !b.inQuote && a.tags.has('Imperative') && REPORT_FORMS.has(b.word) && !b.tags.has('Verb') && !/[,;:]/.test(a.post)) {
    a.tags = NOUN_TAGS;
    b.tags = VERB_TAGS;
  }
  // "Prates said …": a capitalized word compromise read as a verb, right before a speech verb that
  // opens the sentence, is its subject's name.
  if (a && b && !a.inQuote && isCapitalized(a) && a.tags.has('Verb') && !a.tags.has('Auxiliary') && !a.tags.has('Modal')
    && !a.tags.has('Copula') && /^(?:said|says|told|tells|added|noted|wrote)$/.test(b.word) && !/[,;:]/.test(a.post)) {
    // ("Engineers said": a profession's plural is no name.)
    a.tags = PROFESSIONS.has(a.word) ? PLURAL_TAGS : NAME_TAGS;
  }
  // "Unite, which represents some of the workers, said", "Reform, the insurgent party, told …": so is one before an
  // aside set off in commas (a relative clause or an appositive) that a speech verb closes; a command takes no such aside.
  if (a && b && !a.inQuote && !b.inQuote && isCapitalized(a) && a.tags.has('Verb') && !a.tags.has('Auxiliary') && !a.tags.has('Modal') && !a.tags.has('Copula')
    && /^,\s*$/.test(a.post) && /^(?:which|who|the|a|an|its|whose)$/.test(b.word)) {
    for (let k = 2; k < toks.length && k <= 16; k++) {
      const x = toks[k - 1];
      if (x.inQuote || /[;:.!?]/.test(x.post)) break;
      if (!/^,\s*$/.test(x.post)) continue;
      if (SUBJECT_BEFORE.test(toks[k].word) && !toks[k].inQuote) a.tags = NAME_TAGS;
      break;
    }
  }
  // "Rights groups allege …", "Aid agencies said …", "Voting rights advocates have …": the sentence's first word (or
  // its second, after a noun) read as a verb before a plural noun and the verb of the sentence modifies that noun.
  for (let i = 0; i < 2; i++) {
    const [x, y, z] = [toks[i], toks[i + 1], toks[i + 2]];
    if (!x || !y || !z || x.inQuote || y.inQuote || z.inQuote || /[,;:]/.test(x.post + y.post)) continue;
    // (The second word only in the shape of a plural noun: after a plural subject a verb takes its base form, "Experts say
    // hospitals are …".)
    if (i === 0 ? !isCapitalized(x) : !isCapitalized(a) || !a.tags.has('Noun') || a.tags.has('Verb') || a.inQuote || /[,;:]/.test(a.post) || !/[^s]s$/.test(x.word)) continue;
    if (x.tags.has('Verb') && !x.tags.has('Auxiliary') && !x.tags.has('Modal') && !x.tags.has('Copula') && !x.tags.has('PastTense') && !x.tags.has('Gerund')
      && y.tags.has('Plural') && !y.tags.has('Verb') && z.tags.has('Verb')) x.tags = NOUN_TAGS;
  }
  // "But police fear that …", "Staff say that …": a noun that is also a verb, read as the verb, and the speech or
  // belief verb after it read as a noun; "that" after them shows which is the verb.
  for (let i = 0; i < 2; i++) {
    // (An adverb may come between: "But police also fear that".)
    const gap = /^(?:also|now|still|increasingly|privately|openly|widely|long|already)$/.test(toks[i + 1]?.word ?? '') ? 1 : 0;
    const [x, y, z] = [toks[i], toks[i + 1 + gap], toks[i + 2 + gap]];
    if (!x || !y || !z || x.inQuote || y.inQuote || /[,;:]/.test(x.post + y.post) || z.word !== 'that') continue;
    if (i === 1 && !/^(?:but|and|yet|still|now|so)$/.test(toks[0].word)) continue;
    if (x.tags.has('Verb') && !x.tags.has('Auxiliary') && !x.tags.has('Modal') && !x.tags.has('Copula') && !x.tags.has('PastTense') && !x.tags.has('Gerund')
      && !y.tags.has('Verb') && BARE_THAT_CUES.has(y.word)) {
      x.tags = NOUN_TAGS;
      y.tags = VERB_TAGS;
    }
  }
  // "The emails, more than 600 pages in all, show that …": an evidential verb in its base form, read as a noun, right
  // after the comma that closes its subject's aside and before "that".
  for (let i = 2; i + 1 < toks.length; i++) {
    const [w, x, y] = [toks[i - 1], toks[i], toks[i + 1]];
    if (!x.inQuote && !w.inQuote && /^\s*,\s*$/.test(w.post) && BASE_EVIDENTIALS.test(x.word) && !x.tags.has('Verb') && y.word === 'that' && !y.inQuote) {
      x.tags = VERB_TAGS;
    }
  }
  // "The company cut its outlook, citing weaker orders": a verb whose past is its base and a noun ("cut", "set", "put"),
  // read as the noun, between a subject's noun and an object that opens with a possessive or an article.
  for (let i = 1; i + 1 < toks.length; i++) {
    const [w, x, y] = [toks[i - 1], toks[i], toks[i + 1]];
    if (x.inQuote || x.tags.has('Verb') || !SAME_FORM_VERBS.has(x.word) || /[,;:]/.test(w.post + x.post)) continue;
    if (!w.tags.has('Noun') || w.tags.has('Possessive') || w.tags.has('Determiner') || w.tags.has('Adjective') || w.tags.has('Pronoun') && !SUBJECT_PRONOUN_WORDS.has(w.word)) continue;
    if (/^(?:its|their|his|her|the|a|an)$/.test(y.word)) x.tags = PAST_VERB_TAGS;
  }
  // "Governors of six states hit by floods urged …", "Farmers in districts hit by the drought said": a verb whose past
  // is its base, read as a noun or a present after a noun and before "by", is a participle opening a reduced relative clause; the agent after "by"
  // that compromise read as a verb in -s is a plural noun ("floods", "rains").
  for (let i = 1; i + 2 < toks.length; i++) {
    const [w, x, y] = [toks[i - 1], toks[i], toks[i + 1]];
    if (x.inQuote || x.tags.has('PastTense') || !SAME_FORM_VERBS.has(x.word) || y.word !== 'by' || y.inQuote || /[,;:]/.test(w.post + x.post)) continue;
    if (!w.tags.has('Noun') || w.tags.has('Determiner') || w.tags.has('Pronoun') || w.tags.has('Possessive')) continue;
    x.tags = PAST_VERB_TAGS;
    const z = toks[i + 2];
    if (!z.inQuote && !isCapitalized(z) && /[^su]s$/.test(z.word) && z.tags.has('Verb') && z.tags.has('PresentTense') && !z.tags.has('Noun')) z.tags = PLURAL_TAGS;
  }
  // "The premier hopes to visit …", "The chief expects that …": a title that is also an adjective ("premier", "chief"),
  // read as one after a determiner, and a verb of speech or intent in -s read as a plural noun before "to" or "that",
  // are the subject and its verb.
  for (let i = 1; i + 2 < toks.length; i++) {
    const [d, x, y, z] = [toks[i - 1], toks[i], toks[i + 1], toks[i + 2]];
    if (x.inQuote || y.inQuote || z.inQuote || !d.tags.has('Determiner') || !TITLE_HEAD_WORDS.has(x.word) || x.tags.has('Noun') || y.tags.has('Verb')) continue;
    if (!INTENT_FORMS.test(y.word) || !/^(?:to|that)$/.test(z.word) || /[,;:()]/.test(d.post + x.post + y.post)) continue;
    x.tags = NOUN_TAGS;
    y.tags = VERB_TAGS;
  }
  // "The mayor expressed concern about …", "Advocates have expressed deep concern": the object of a verb that gives
  // voice to a view is a noun, and the word before it an adjective, though compromise read them as a verb ("concern",
  // "support", "doubt") and an adverb ("deep").
  for (let v = 0; v + 1 < toks.length; v++) {
    if (toks[v].inQuote || !/^(?:express|expressed|expresses|expressing|voice|voiced|voices|voicing|echo|echoed|echoes|echoing)$/.test(toks[v].word)) continue;
    let k = v + 1;
    while (k + 1 < toks.length && k - v <= 2 && (toks[k].tags.has('Adjective') || toks[k].tags.has('Adverb') && !/ly$/.test(toks[k].word)) && !toks[k].tags.has('Verb') && !/[,;:]/.test(toks[k - 1].post)) k++;
    const x = toks[k];
    if (x.inQuote || /[,;:]/.test(toks[k - 1].post) || x.tags.has('PastTense') || x.tags.has('Gerund') || !(x.tags.has('Verb') || k > v + 1 && x.tags.has('Noun'))) continue;
    if (x.tags.has('Verb')) x.tags = NOUN_TAGS;
    for (let j = v + 1; j < k; j++) if (toks[j].tags.has('Adverb')) toks[j].tags = ADJECTIVE_TAGS;
  }
  // "the accused accepted that …", "The deceased had told friends …": a participle that names a person after
  // "the", right before the clause's verb, is the subject, not a verb.
  for (let i = 1; i + 1 < toks.length; i++) {
    const x = toks[i];
    const y = toks[i + 1];
    if (x.inQuote || !/^(?:accused|deceased)$/.test(x.word) || toks[i - 1].word !== 'the' || /[,;:]/.test(x.post)) continue;
    if (y.tags.has('Auxiliary') || y.tags.has('Modal') || y.tags.has('Verb') && (y.tags.has('PastTense') || y.tags.has('PresentTense')) && !y.tags.has('Noun')) x.tags = NOUN_TAGS;
  }
  // "An official at the Pentagon said", "Staff at the hospital said": a person noun compromise read as an
  // adjective or a verb, between a determiner (or the sentence's start) and a preposition, is the noun; so is one
  // before a comma that opens a relative clause or a name on it ("Another resident, who gave only his first name,
  // said", "A resident, Jun Santos, said").
  for (let i = 0; i + 1 < toks.length; i++) {
    const x = toks[i];
    const y = toks[i + 1];
    const aside = /^,\s*$/.test(x.post) && !y.inQuote && (/^(?:who|whose)$/.test(y.word) || /^\p{Lu}/u.test(y.text));
    // ("Engineers familiar with the system said": a profession's plural read as a verb, before "familiar with".)
    const misread = PERSON_NOUN_MISREAD.test(x.word) || PROFESSIONS.has(x.word);
    if (x.inQuote || !misread || x.tags.has('Noun') || !aside && (!y.tags.has('Preposition') && !/^(?:who|whose|familiar|close|briefed|involved)$/.test(y.word) || /[,;:]/.test(x.post))) continue;
    const prev = toks[i - 1];
    if (i === 0 || prev && (prev.tags.has('Determiner') || /^(?:an?|the|one|two|three|some|several|many|senior|junior|hospital|company|agency|government|campaign|city|county|state|federal|police|school|club|ministry|department)$/.test(prev.word))) x.tags = NOUN_TAGS;
  }
  // "One veteran party operative said", "A GOP operative, who asked not to be named, said": a person noun compromise
  // read as an adjective, after a noun or an adjective and before a reporting verb or a comma, is the subject.
  for (let i = 1; i < toks.length; i++) {
    const [w, x, y] = [toks[i - 1], toks[i], toks[i + 1]];
    if (x.inQuote || !/^(?:operative|operatives|confidant|confidante|loyalist|loyalists)$/.test(x.word) || x.tags.has('Noun')) continue;
    if (!(w.tags.has('Noun') || w.tags.has('Adjective') || w.tags.has('Determiner') || w.tags.has('Value')) || /[,;:()]/.test(w.post)) continue;
    if (y && !SUBJECT_BEFORE.test(y.word) && !/^,/.test(x.post) && !/^(?:who|at|in|for|with|from|close|familiar)$/.test(y.word)) continue;
    x.tags = NOUN_TAGS;
  }
  // "Residents told police the man was riding east": "police" after a verb of telling is the force told, not a verb.
  for (let i = 1; i < toks.length; i++) {
    const x = toks[i];
    if (x.inQuote || x.word !== 'police' || x.tags.has('Noun')) continue;
    if (/^(?:told|tell|tells|telling|asked|informed|called|contacted|alerted|notified|the|local|state|federal|military|traffic|transport|riot|secret|border|and|or)$/.test(toks[i - 1].word)) x.tags = NOUN_TAGS;
  }
  // "A spokesman for the firm, Paul Whitcombe, said": "firm" after a determiner, and before no noun it could
  // describe, is the noun.
  for (let i = 1; i < toks.length; i++) {
    const [d, x, y] = [toks[i - 1], toks[i], toks[i + 1]];
    if (x.inQuote || x.word !== 'firm' || x.tags.has('Noun') || !/^(?:the|a|this|that|its|their|his|her|our|another)$/.test(d.word)) continue;
    if (!y || /[,;:.)]/.test(x.post) || !y.tags.has('Noun') || y.tags.has('Pronoun')) x.tags = NOUN_TAGS;
  }
  // "…, coach Mike Brandt said", "manager Gary Pendleton told": a role compromise read as a verb, before a capitalized
  // name that a reporting verb follows, is the name's title.
  for (let i = 0; i + 2 < toks.length; i++) {
    const x = toks[i];
    if (x.inQuote || !ROLE_READ_AS_VERB.test(x.word) || isCapitalized(x) || !x.tags.has('Verb') || /[,;:]/.test(x.post)) continue;
    let k = i + 1;
    while (k < toks.length && k - i <= 3 && isCapitalized(toks[k]) && (toks[k].tags.has('Person') || toks[k].tags.has('ProperNoun')) && !/[,;:]/.test(toks[k].post)) k++;
    if (k > i + 1 && k < toks.length && SUBJECT_BEFORE.test(toks[k].word)) x.tags = NOUN_TAGS;
  }
  // "The firm said", "The SEC said": the word between a determiner and a reporting verb is the subject's
  // noun, though compromise read it as an adjective ("firm") or as a unit of time ("SEC", seconds).
  for (let i = 1; i + 1 < toks.length; i++) {
    const [d, x, y] = [toks[i - 1], toks[i], toks[i + 1]];
    if (x.inQuote || !/^(?:the|a|an|this|that|its|their|his|her)$/.test(d.word) || !SUBJECT_BEFORE.test(y.word) || /[,;:()]/.test(d.post + x.post)) continue;
    if ((x.tags.has('Adjective') && !x.tags.has('Noun')) || (x.tags.has('Date') && /^[A-Z]{2,6}$/.test(x.text))) x.tags = /^[A-Z]/.test(x.text) ? NAME_TAGS : NOUN_TAGS;
  }
  // "…, sources close to the club said", "People close to the chancellor said": "sources" or "people" read as a
  // verb before a word that cannot be its object.
  for (let i = 0; i + 1 < toks.length; i++) {
    const x = toks[i];
    const y = toks[i + 1];
    if (!/^(?:sources|people)$/.test(x.word) || !x.tags.has('Verb') || x.inQuote || y.inQuote) continue;
    if (/^(?:close|familiar|with|at|in|inside|within|said|say|says|told|tell|added|confirmed|briefed|knowledgeable|involved|who|from)$/.test(y.word)) {
      x.tags = PLURAL_TAGS;
    }
  }
  // "Judges in Texas have blocked …", "Two judges in Ohio said", "Federal judges in Maine ruled": a sentence does not
  // open on a verb in the third person singular, nor does one follow a count or an opening adjective, so a word in -s
  // compromise read as one there, before a preposition or an auxiliary, is a plural noun, the subject.
  for (let i = 0; i + 1 < Math.min(toks.length, 3); i++) {
    const [w, x, y] = [toks[i - 1], toks[i], toks[i + 1]];
    if (x.inQuote || !/[^su]s$/.test(x.word) || !x.tags.has('PresentTense') || x.tags.has('Auxiliary') || x.tags.has('Copula') || x.tags.has('Modal') || x.tags.has('Noun') || /[,;:]/.test(x.post)) continue;
    const opens = i === 0 ? isCapitalized(x) : !/[,;:]/.test(w.post) && (w.tags.has('Value') || i === 1 && isCapitalized(w) && w.tags.has('Adjective'));
    if (opens && (/^(?:in|at|from|across|around|on|for|with|of)$/.test(y.word) || /^(?:have|had|are|were|will|would|could|can|may|might|also)$/.test(y.word))) x.tags = PLURAL_TAGS;
  }
  // "Campaign volunteers said …": two words open the sentence, the second in -s, both read as verbs, right before a
  // speech verb in the past; a present verb is not followed by a past one, so they are the subject and its head.
  {
    const [x, y, z] = [toks[0], toks[1], toks[2]];
    if (x && y && z && !x.inQuote && !y.inQuote && !z.inQuote && isCapitalized(x) && !isCapitalized(y) && /[^su]s$/.test(y.word) && y.tags.has('PresentTense')
      && !y.tags.has('Noun') && !y.tags.has('Auxiliary') && !x.tags.has('Pronoun') && !x.tags.has('Auxiliary') && !x.tags.has('Modal')
      && SUBJECT_BEFORE.test(z.word) && z.tags.has('PastTense') && !/[,;:]/.test(x.post + y.post)) {
      if (x.tags.has('Verb')) x.tags = NOUN_TAGS;
      y.tags = PLURAL_TAGS;
    }
  }
  // "The Real Clear Politics average of polls", "the national average of": a word compromise read as an adjective,
  // after a determiner or a name and before "of", is the head noun of the phrase.
  for (let i = 1; i + 1 < toks.length; i++) {
    const [w, x, y] = [toks[i - 1], toks[i], toks[i + 1]];
    if (x.inQuote || y.word !== 'of' || !x.tags.has('Adjective') || x.tags.has('Noun') || isCapitalized(x) || /[,;:()]/.test(w.post + x.post)) continue;
    if (w.tags.has('Determiner') || isCapitalized(w) && w.tags.has('ProperNoun') && w.i > 0) x.tags = NOUN_TAGS;
  }
  // "The governor made clear that …", "has made it clear that the striker …": "clear" after "make" (and a dummy "it")
  // is the adjective of the frame, and the "that" after it opens a clause, though compromise read a verb and a determiner.
  for (let i = 1; i + 1 < toks.length; i++) {
    const x = toks[i];
    if (x.inQuote || x.word !== 'clear' || !x.tags.has('Verb')) continue;
    const v = toks[i - 1].word === 'it' && i > 1 ? toks[i - 2] : toks[i - 1];
    if (!/^(?:make|made|makes|making)$/.test(v.word) || /[,;:]/.test(toks[i - 1].post)) continue;
    x.tags = ADJECTIVE_TAGS;
    if (toks[i + 1].word === 'that' && !toks[i + 1].inQuote) toks[i + 1].tags = CONJUNCTION_TAGS;
  }
  // "The average of polls shows …": after "of" a plural document noun is the noun compromise read as a verb, and a
  // report verb it read as a noun right after it is the verb.
  for (let i = 1; i + 1 < toks.length; i++) {
    const x = toks[i];
    const y = toks[i + 1];
    if (x.inQuote || y.inQuote || toks[i - 1].word !== 'of' || !PLURAL_DOCUMENTS.has(x.word) || !x.tags.has('Verb') || !REPORT_FORMS.has(y.word) || y.tags.has('Verb')) continue;
    x.tags = PLURAL_TAGS;
    y.tags = VERB_TAGS;
  }
  // "POLITICO's Battleground States average shows Clinton ahead", "The latest analysis suggests": after a document's
  // head noun, a report verb compromise read as a plural noun is the verb (and the head it read as an adjective, the noun).
  for (let i = 1; i + 1 < toks.length; i++) {
    const [x, y] = [toks[i - 1], toks[i]];
    if (x.inQuote || y.inQuote || !DOCUMENT_HEADS.has(x.word) || /s$/.test(x.word) || !REPORT_FORMS.has(y.word) || /[,;:()]/.test(x.post)) continue;
    if (y.tags.has('Verb') && (x.tags.has('Noun') || !x.tags.has('Adjective'))) continue;
    const z = toks[i + 1];
    if (!(isCapitalized(z) || z.word === 'that' || z.tags.has('Determiner') || z.tags.has('Value') || z.tags.has('Pronoun'))) continue;
    x.tags = NOUN_TAGS;
    y.tags = VERB_TAGS;
  }
  // "…, records show.", "…, figures suggest.": a plural document noun read as a verb, and the
  // reporting verb after it read as a noun, at the end of a sentence.
  for (let i = 1; i + 1 < toks.length; i++) {
    const x = toks[i];
    const y = toks[i + 1];
    if (x.inQuote || y.inQuote || !PLURAL_DOCUMENTS.has(x.word) || !x.tags.has('Verb') || !/^(?:show|suggest|indicate)$/.test(y.word) || y.tags.has('Verb')) continue;
    if (i + 2 < toks.length && !/^(?:that)$/.test(toks[i + 2].word)) continue;
    x.tags = NOUN_TAGS;
    y.tags = VERB_TAGS;
  }
}

const PLURAL_DOCUMENTS = new Set(['records', 'figures', 'documents', 'filings', 'data', 'statistics', 'estimates', 'polls', 'surveys', 'results', 'emails', 'minutes', 'logs', 'reports', 'studies']);

export function normWord(text: string): string {
  return text.toLowerCase().replace(/[’‘`]/g, "'");
}

export const has = (t: Tok | undefined, tag: string): boolean => !!t && t.tags.has(tag);

/** A comma, semicolon, colon, dash or bracket right after the token. */
export function breakAfter(t: Tok | undefined): boolean {
  // (A party label folded into the gap after a name, "Mr Singh (BJP) said", is no break of its own.)
  if (!t) return false;
  const post = t.post.includes(')') ? t.post.replace(/^\s*\([^()]*\)/, '') : t.post;
  return /[,;:()\[\]—–]|\s-{1,2}\s/.test(post);
}

export function commaAfter(t: Tok | undefined): boolean {
  return !!t && /,/.test(t.post);
}

export function colonAfter(t: Tok | undefined): boolean {
  return !!t && /:/.test(t.post);
}

/** An opening quotation mark right before the token. */
export function quoteOpenBefore(t: Tok | undefined): boolean {
  return !!t && /[“"]/.test(t.pre);
}

export function endsSentence(t: Tok | undefined): boolean {
  return !!t && /[.!?]/.test(t.post);
}

/** An upper-case first letter, accented or not ("Ó Móráin", "Łukasz", "Ángel"). */
export function isCapitalized(t: Tok): boolean {
  // (Asked for every word many times over: ASCII is answered from the code alone.)
  const c = t.text.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : /^\p{Lu}/u.test(t.text);
}

const DAYS = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday',
  'tonight', 'earlier', 'later', 'recently', 'previously',
  'morning', 'afternoon', 'evening', 'night', 'week', 'month', 'year', 'weekend',
]);

/** Time words that may follow a reporting verb ("said Saturday", "said on Monday"). */
export function isTimeWord(t: Tok): boolean {
  return t.tags.has('Date') || DAYS.has(t.word);
}

export function quoteAt(quotes: Quote[], offset: number): Quote | undefined {
  let lo = 0;
  let hi = quotes.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const q = quotes[mid];
    if (offset < q.start) hi = mid - 1;
    else if (offset >= q.end) lo = mid + 1;
    else return q;
  }
  return undefined;
}

/** An adverb in -ly grading the participle after it before a noun: "newly filed reports", "previously unpublished figures". */
export function adverbParticiple(toks: Tok[], j: number): boolean {
  const a = toks[j];
  const p = toks[j + 1];
  const n = toks[j + 2];
  return !!a && !!p && !!n && /^[a-z]{3,}ly$/.test(a.word) && a.tags.has('Adverb') && !a.inQuote && !p.inQuote && !n.inQuote
    && /(?:ed|en|wn|lt|nt|de|ld|ght)$/.test(p.word) && (p.tags.has('PastTense') || p.tags.has('Participle') || p.tags.has('Adjective'))
    && n.tags.has('Noun') && !n.tags.has('Pronoun') && /^\s+$/.test(a.post) && /^\s+$/.test(p.post);
}
