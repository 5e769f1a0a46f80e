/**
 * Source kinds and strengths (docs/sourcing-rules.md): document 5, named person 4, named
 * organization / spokesperson / statement 3, described anonymous 2, vague or relayed
 * anonymous 1, none 0. Pronouns and back-references are resolved later (resolve.ts).
 */
import {
  REDUCED_RELATIVES, ANON_FAMILIAR, ANONYMITY_REASONS, DOCUMENT_HEADS, OUTLETS, RELAY_HEADS, ROLE_HEADS, SPOKES_HEADS, VAGUE_HEADS,
  OWN_PEOPLE, TAKEN_UP_OWNERS,
} from '../model/cues';
import { knownNameWord } from '../entities/compromiseLexicon';
import { firstEntityOverlapping } from '../entities/lookup';
import { orgDescriptors } from '../entities/lexicon';
import { OUTLETS as NEWS_OUTLETS } from '../model/organizations';
import { isCommonGivenName, POST_NOMINAL } from '../model/people';
import { DESCRIBED_BODY, PERSON_RANKS, UNIQUE_OFFICE } from '../model/rules-lexicon';
import { TITLE_HEADS } from '../model/lexicon';
import type { Entity, SourceKind, Span } from '../types';
import type { TokRange } from './sources';
import { adverbParticiple, isCapitalized, type Tok } from './tokens';

export interface SourceClass {
  kind: SourceKind;
  strength: number;
  /** A back-reference to an earlier anonymous source ("the sources") or report ("the report"). */
  backRef?: 'anonymous' | 'report' | 'org' | 'orgs' | 'person';
  /** Entity the phrase refers to, if found. */
  entity?: Entity;
}

/** A place that speaks through its government: "the province said", "the state said", "the county said". */
const PLACE_BODY = /^(?:province|state|city|county|borough|municipality|territory|township)$/;

/** The plural of a body's head noun that is no collective of its own: "companies", "banks", "provinces", "clubs". */
function isPluralBody(head: string): boolean {
  if (!/s$/.test(head) || ORG_WORDS.test(head)) return false;
  const one = singular(head);
  return ORG_WORDS.test(one) || orgDescriptors.has(one) || PLACE_BODY.test(one);
}

/** Relatives, as a later sentence calls someone named with the relation ("her son", "his widow"). */
export const KIN = /^(?:son|daughter|wife|husband|mother|father|brother|sister|widow|widower|partner|fianc[ée]e?|grandson|granddaughter|grandmother|grandfather|niece|nephew|cousin|uncle|aunt|stepfather|stepmother|stepson|stepdaughter)$/;
/** Who acts for someone in law, as "his lawyer" says. */
export const LEGAL_AGENT = /^(?:lawyer|attorney|solicitor|barrister|counsel|advocate)$/;
/** Singular roles held by one person in a story: "the judge said" points back to someone. */
export const PERSON_ROLES = /^(?:judge|justice|magistrate|collector|tehsildar|sarpanch|mayor|minister|governor|senator|congressman|congresswoman|president|premier|chancellor|taoiseach|chairman|chairwoman|chair|chairperson|coach|manager|prosecutor|lawyer|attorney|barrister|solicitor|counsel|director|commissioner|sheriff|superintendent|detective|inspector|captain|principal|bishop|founder|economist|analyst|researcher|scientist|doctor|surgeon|physician|professor|author|ambassador|spokesman|spokeswoman|spokesperson|secretary|ceo|chief|executive|administrator|auditor|coroner|pilot|owner|landlord|publisher|editor|historian|architect|engineer|councillor|councilman|councilwoman|trustee|selectman|selectwoman|supervisor|alderman|lawmaker|legislator|mp|backbencher|whip|deputy|candidate|nominee|defendant|accused|plaintiff|victim|witness|officer|sergeant|constable|teacher|nurse|activist|campaigner)$/;

const PERSON_RANK_WORDS: ReadonlySet<string> = new Set(PERSON_RANKS);

/** "councillors" → "councillor", "deputies" → "deputy", "churches" → "church": enough for role and body words. */
export function singular(word: string): string {
  if (word.endsWith('ss')) return word;
  return word.endsWith('ies') ? `${word.slice(0, -3)}y` : word.replace(/(?<=(?:ch|sh|ss|x))es$|s$/, '');
}

/** Offices a country, a city or a body has one holder of, after the owner's possessive. */
const UNIQUE_OFFICE_ONLY = new RegExp(`^${UNIQUE_OFFICE}$`);

/** Kinds of body a story may speak of without naming one, and what a name of that kind looks like. */
const BODY_KIND_NAMES: Readonly<Record<string, RegExp>> = {
  union: /\b(?:unions?|workers|teamsters|guild|federation|unite|unison|AFL-CIO|SEIU|UAW|COSATU|ICTU|TUC)\b/i,
  hospital: /\b(?:hospitals?|infirmary|trust|clinic|health|medical\s+cent(?:er|re)|hospice)\b/i,
  school: /\b(?:schools?|academy|college)\b/i,
  university: /\b(?:university|college|institute)\b/i,
  club: /\b(?:club|FC|United|City|Rovers|Athletic)\b/,
  trust: /\b(?:trust|NHS)\b/i,
};

/**
 * "union representatives said", "a hospital spokeswoman said" in a story that names no union or hospital: the kind of
 * body, in lower case (or capitalized only as the sentence's first word), names none; the speaker is described by it.
 */
function kindOfBodyOnly(toks: Tok[], s: number, headEnd: number, core: number, entities: readonly Entity[]): boolean {
  const kinds: string[] = [];
  for (let j = s; j < headEnd; j++) {
    const t = toks[j];
    const w = t.word.replace(/s$/, '');
    if (BODY_KIND_NAMES[w] && (!isCapitalized(t) || t.i === 0)) kinds.push(w);
    else if (isCapitalized(t) && t.i > 0 || ORG_WORDS.test(t.word) || !/^(?:a|an|the|one|two|three|several|some|senior|local|regional|national|other)$/.test(t.word)) return false;
  }
  // ("A spokesperson for the trust": the body after the role, given by its kind alone.)
  const body = toks[headEnd + 3];
  if (/^(?:for|of|at)$/.test(toks[headEnd + 1]?.word ?? '') && toks[headEnd + 2]?.word === 'the' && body && headEnd + 3 === core
    && BODY_KIND_NAMES[body.word] && !isCapitalized(body)) kinds.push(body.word);
  if (kinds.length === 0) return false;
  return !entities.some((e) => e.type === 'organization' && kinds.some((k) => BODY_KIND_NAMES[k].test(e.name) || e.aliases.some((x) => BODY_KIND_NAMES[k].test(x))));
}

/**
 * The leadership of a country or a body as one group, after the owner's possessive ("Libya's interim leaders",
 * "Myanmar's military rulers"): it speaks for the owner as its government does.
 */
const LEADERSHIP = /^(?:[a-z-]+\s+){0,2}?(?:leaders|leadership|rulers|authorities)$/;
/** Modifiers that make the leaders some group other than the owner's own leadership. */
const NOT_THE_LEADERSHIP = /^(?:opposition|rebel|rebels|religious|tribal|business|community|union|student|party|former|ex|some|several|many|few|two|three|other|local|regional|world|western|foreign|protest|militia)$/;

/** A possessive that takes up a country or a body the story has named ("the country's", "the company's"). */
const ANAPHORIC_OWNER: ReadonlySet<string> = new Set(TAKEN_UP_OWNERS);

/** "Chile's", "Nokia's": a capitalized possessive of a place or an organization (not of a person). */
function ownedByNamedBody(owner: Tok, entities: readonly Entity[]): boolean {
  const ownerEntity = firstEntityOverlapping(entities, owner);
  const possessive = /['’]s?$/.test(owner.text) && owner.text.length > 2;
  return possessive && isCapitalized(owner) && (ownerEntity ? ownerEntity.type !== 'person' : owner.tags.has('Place') || owner.tags.has('Organization'));
}

/** Words that make an office one of several, or a past one: "its deputy director", "its former chairman". */
const NOT_THE_HOLDER = /^(?:deputy|assistant|junior|vice|former|ex|acting|associate|regional|state|shadow|interim)$/;

/**
 * Whether an organization or a place is named in the 300 characters before `its` (the sentence or the one before),
 * which "its" takes up ("The Ohio Nurses Association … Its executive director said").
 */
function bodyNamedJustBefore(its: Tok, entities: readonly Entity[]): boolean {
  return entities.some((e) => e.type !== 'person' && e.mentions.some((m) => m.end <= its.start && m.end >= its.start - 300));
}

const NUMBER_WORDS = /^(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen|dozens|\d+)$/;
const PRONOUNS = /^(?:he|she|they|it|we|i|you|him|her|them|his|their|its)$/;
export const ORG_WORDS = /^(?:campaign|administration|government|committee|company|party|court|inquest|inquiry|tribunal|jury|agency|police|department|ministry|firm|union|council|commission|congress|senate|house|group|board|office|bureau|institute|university|center|centre|foundation|association|corporation|corp|inc|co|ltd|llc|bank|fund|service|network|organization|organisation|coalition|caucus|team|club|church|school|college|army|navy|military|force|forces|presidency|panel|pentagon|whitehall|fbi|cia|nsa|un|eu|nato|who|white|kremlin|parliament|cabinet|embassy|mission|authority|authorities|regulator|exchange|council|federation|league|alliance|movement|society|trust|project|lab|laboratory|hospital|clinic|airline|automaker|carmaker|maker|producer|manufacturer|retailer|brand|startup|group|navy|prosecution|defence|defense|judiciary|body|taskforce|unit|squad|division|directorate|secretariat|constabulary|garda|gardaí|gardai|ombudsman|inspectorate|regulators|chamber|legislature|assembly|delegation)$/;

/** A nationality in the plural ("Nigerians", "Britons", "Germans"): a people, not a body. */
const DEMONYM_PLURAL = /^(?:[a-z]+(?:ians|eans|ans|ese)|britons|scots|swedes|danes|finns|poles|turks|greeks|irish|french|dutch|swiss|thais|czechs|slovaks|croats|serbs|kurds|arabs|jews|israelis|iraqis|afghans|pakistanis|bangladeshis|yemenis|saudis|emiratis|omanis|kuwaitis|qataris|somalis|nepalis)$/;

/** Outlet names as word arrays, longest first: the cue lexicon's and the gazetteer's news outlets ("CCTV", "TASS"). */
const OUTLET_WORDS = [...new Set([...OUTLETS, ...NEWS_OUTLETS.flatMap((o) => [...o.names, ...(o.short ?? [])])])]
  // ("The Hill", "The Athletic": the phrase is read without its "the", so the listed name is too.)
  .map((o) => o.toLowerCase().replace(/^the\s+/, '').split(/\s+/)).sort((a, b) => b.length - a.length);

function wordsOf(toks: Tok[], r: TokRange): string[] {
  return toks.slice(r.s, r.e + 1).map((t) => t.word.replace(/'s$/, ''));
}

/** A person on second reference by age or by playing position ("the 24-year-old", "the right-hander"). */
export const DESCRIBED_PERSON = /^the (?:\d{1,3}-year-old|right-hander|left-hander|striker|midfielder|defender|goalkeeper|winger|batsman|batter|(?:fast |pace |seam |swing )?bowler|(?:leg-|off-|left-arm )?spinner|seamer|paceman|all-rounder|opener|quarterback|pitcher|youngster|teenager|skipper|wicketkeeper|wicket-keeper|ruckman|fly-half|scrum-half|full-back|fullback|flanker|shortstop|jockey)$/;

/** Words around an outlet's name that describe it ("the official IRNA news agency", "state broadcaster CCTV"). */
const OUTLET_DESCRIPTORS = /^(?:the|official|state|state-run|state-owned|semi-official|government-run|news|agency|broadcaster|newspaper|daily|weekly|magazine|television|tv|radio|channel|website|wire|service)$/;

/** Whether a news outlet is named anywhere in the phrase ("a report in The New York Times", "a Reuters report"). */
function namesOutletInside(toks: Tok[], r: TokRange): boolean {
  for (let i = r.s; i <= r.e; i++) {
    if (!isCapitalized(toks[i])) continue;
    for (let j = i; j <= r.e && j - i < 6; j++) if (isOutletPhrase(toks, { s: i, e: j })) return true;
  }
  return false;
}

export function isOutletPhrase(toks: Tok[], r: TokRange): boolean {
  if (namesOutlet(toks, r)) return true;
  // "the official IRNA news agency": the name inside its descriptors.
  let { s, e } = r;
  while (s <= e && !isCapitalized(toks[s]) && OUTLET_DESCRIPTORS.test(toks[s].word)) s++;
  while (e >= s && !isCapitalized(toks[e]) && OUTLET_DESCRIPTORS.test(toks[e].word)) e--;
  return e >= s && (s !== r.s || e !== r.e) && namesOutlet(toks, { s, e });
}

/** The phrase is an outlet's name, capitalized, with "the" and "news"/"daily" allowed ("the Financial Times"). */
function namesOutlet(toks: Tok[], r: TokRange): boolean {
  const ws = wordsOf(toks, r).filter((w) => w !== 'the');
  if (ws.length === 0) return false;
  const caps = toks.slice(r.s, r.e + 1).filter((t) => t.word !== 'the');
  if (!caps.every((t) => isCapitalized(t) || /^(?:news|daily)$/.test(t.word))) return false;
  return OUTLET_WORDS.some((o) => o.length <= ws.length && o.every((w, k) => ws[ws.length - o.length + k] === w) && (o.length === ws.length || ws.length - o.length <= 2));
}

export function isPersonToken(t: Tok, personWords: ReadonlySet<string>): boolean {
  if (!isCapitalized(t)) return false;
  return t.tags.has('Person') || t.tags.has('FirstName') || t.tags.has('LastName') || t.tags.has('MaleName')
    || t.tags.has('FemaleName') || personWords.has(t.word.replace(/'s$/, ''))
    // A name in capitals, as a transcript labels its speakers ("SMITH: We will fight this"), which compromise
    // reads as initials: a known given name or surname.
    || /^[A-Z][A-Z'’-]{2,}$/.test(t.text) && knownNameWord(t.word);
}

/**
 * "The council's head of transportation, …", "Its chairman, …": a noun phrase whose head (the noun before its first
 * "of", "for" or "at") is a person's role.
 */
export function roleHead(toks: Tok[], s: number, e: number): boolean {
  let h = e;
  for (let k = s + 1; k <= e; k++) if (/^(?:of|for|at|with)$/.test(toks[k].word)) { h = k - 1; break; }
  const w = toks[h].word;
  return !isCapitalized(toks[h]) && (toks[h].tags.has('Actor') || w === 'head' || PERSON_ROLES.test(w) || ROLE_HEADS.has(w) || TITLE_HEADS.includes(w));
}

/** Classifies the source phrase `core` (the name part of the source). */
export function classifySource(
  toks: Tok[], core: TokRange, statement: boolean, entities: Entity[], personWords: ReadonlySet<string>,
): SourceClass {
  // The head is the last word before a post-modifier ("a survey by the Pew Research Center",
  // "people familiar with the matter", "officials at the agency").
  let headEnd = core.e;
  // "Sen. Jane Roe (D-Ore.)": a party-and-state label in brackets closes the name; the name is the head.
  if (headEnd > core.s && /^[DRI]-/.test(toks[headEnd].text) && /\(\s*$/.test(toks[headEnd - 1].post)) headEnd--;
  // "the Kuwait News Agency (KUNA)": a short name in brackets after the full one; the full one has the head.
  else if (headEnd > core.s + 1 && /^[A-Z][A-Za-z]*[A-Z]$/.test(toks[headEnd].text) && /\(\s*$/.test(toks[headEnd - 1].post)) headEnd--;
  // "Sean Gillane SC told the jury": a barrister's rank or an honour's letters after the name are no part of it; the name is the head.
  else if (headEnd > core.s && POST_NOMINAL.test(toks[headEnd].text) && isCapitalized(toks[headEnd - 1])) headEnd--;
  // "one of the president's advisers", "some of the officials": the head follows "of".
  let from = core.s + 1;
  if (/^(?:one|some|many|most|several|two|three|four|five|none|each|all|any|both|few|dozens|hundreds)$/.test(toks[core.s].word) && toks[core.s + 1]?.word === 'of') {
    from = core.s + 2;
  }
  // "A group of residents", "a coalition of environmental groups": a collective of unnamed members; its head follows "of".
  else if (/^(?:a|an|one|another)$/.test(toks[core.s].word) && /^(?:group|coalition|bunch|crowd|delegation|handful|number|couple|pair|band|gaggle|contingent)$/.test(toks[core.s + 1]?.word ?? '')
    && toks[core.s + 2]?.word === 'of' && core.s + 3 <= core.e) {
    from = core.s + 3;
  }
  // ("The Department of the Environment's own projections", "the Bank of England's latest figures": a possessive
  // after a name that takes an "of" owns what follows it; the head is after the possessive, not before the "of".)
  for (let k = core.s; k < core.e; k++) {
    const t = toks[k];
    if (!isCapitalized(t) && !/^(?:of|for|and|the|&)$/.test(t.word)) break;
    if (k > core.s && /['’]s?$/.test(t.text) && t.text.length > 2 && isCapitalized(t)) from = Math.max(from, k + 1);
  }
  for (let j = from; j <= core.e; j++) {
    // "the Department of Public Safety's annual crime report": an "of" inside a capitalized name is no post-modifier.
    // ("Jill Rosenthal of Forrester Research": a person's name before "of" is no part of the body's.)
    // ("the Minister of State", "a Secretary of Defense": an office, whose head is the title.)
    const inName = /^(?:of|for|and)$/.test(toks[j].word) && j > core.s && isCapitalized(toks[j - 1]) && j < core.e && isCapitalized(toks[j + 1])
      && !(toks[j].word !== 'and' && PERSON_ROLES.test(toks[j - 1].word) && /^(?:the|a|an|one|another)$/.test(toks[core.s].word))
      && !(toks[j].word === 'of' && isPersonToken(toks[j - 1], personWords) && j - 2 >= core.s && isPersonToken(toks[j - 2], personWords))
      // ("Residents of Pune": a plural capitalized only because it opens the sentence is a group, unless a name covers it.)
      && !(toks[j - 1].i === 0 && toks[j - 1].tags.has('Plural') && !toks[j - 1].tags.has('ProperNoun')
        && !firstEntityOverlapping(entities, { start: toks[j - 1].start, end: toks[j - 1].end }, (_, m) => m.end >= toks[j + 1].end));
    // "Minister in the Presidency Khumbudzo Ntshavheni": the office goes on to the name.
    const office = toks[j].word === 'in' && j > core.s && toks[j - 1].word === 'minister' && j + 4 <= core.e && toks[j + 1].word === 'the' && isCapitalized(toks[j + 2]) && isCapitalized(toks[j + 3]) && isCapitalized(toks[j + 4]);
    // ("The secretary of state's office", "the chief of staff's office": the possessor's title takes an "of"; the head
    // is the body it owns.)
    const ownedBody = toks[j].word === 'of' && j > core.s && PERSON_ROLES.test(toks[j - 1].word) && ORG_WORDS.test(toks[core.e].word)
      && toks.slice(j + 1, core.e).some((x) => /['’]s$/.test(x.word));
    // ("The Denver-based company": "-based" joined to a place is an adjective, no participle after the head.)
    const hyphenBased = toks[j].word === 'based' && j > core.s && toks[j - 1].post === '-';
    // ("Recently released government data": a participle an adverb grades before its noun is no post-modifier.)
    // ("The released documents", "Published minutes": nor one right after the determiner or opening the phrase.)
    const graded = j - 1 >= core.s && adverbParticiple(toks, j - 1)
      || REDUCED_RELATIVES.has(toks[j].word) && j < core.e && (j === core.s || /^(?:the|a|an|these|those|this|its|their|his|her|our)$/.test(toks[j - 1].word));
    if (inName || office || ownedBody || hyphenBased || graded) continue;
    // ("a WHO tally": the initials of the World Health Organization are no relative pronoun.)
    if (/^(?:of|at|for|from|by|with|in|on|to|familiar|close|briefed|involved|who|which|that)$/.test(toks[j].word) && !(toks[j].text === 'WHO') || REDUCED_RELATIVES.has(toks[j].word)) {
      headEnd = j - 1;
      break;
    }
  }
  const ws = wordsOf(toks, { s: core.s, e: headEnd });
  const fullWords = wordsOf(toks, core);
  const head = ws[ws.length - 1];
  const headTok = toks[headEnd];
  const first = ws[0];
  // ("The i says": the British paper i, in lower case; the pronoun I is always a capital.)
  if (ws.length === 1 && head === 'i' && headTok.text === 'i') return { kind: 'outlet', strength: 3 };
  if (ws.length === 1 && PRONOUNS.test(head)) return { kind: 'pronoun', strength: 1 };
  // "A union representing some of the workers", "a group representing tenants": one body, unnamed, described by whom it
  // stands for, is a described source (2), neither a crowd (1) nor a named body (3). (A name may say where the members
  // are, "an association of Galway traders", when neither the body nor its members are one: "an Association of Chief …".)
  if (DESCRIBED_BODY.test(fullWords.join(' ')) && !isCapitalized(toks[core.s + 1]) && !isCapitalized(toks[core.e])) return { kind: 'anonymous', strength: 2 };
  // "Cruz and his aides", "the city and its officers": a named party with its own people speaks as the party named.
  for (let j = core.s + 1; j < core.e; j++) {
    if (toks[j].word !== 'and') continue;
    if (!/^(?:his|her|its|their)$/.test(toks[j + 1].word) || j + 2 !== core.e || !OWN_PEOPLE.test(toks[j + 2].word)) break;
    const party = firstEntityOverlapping(entities, { start: toks[core.s].start, end: toks[j - 1].end },
      (_, m) => m.start >= toks[core.s].start && m.end >= toks[j - 1].end);
    if (party) return party.type === 'person' ? { kind: 'named-person', strength: 4, entity: party } : { kind: 'named-organization', strength: 3, entity: party };
    break;
  }
  // "Counsel said": a role with no article, capitalized only because it opens the sentence, is one unnamed
  // person of the case described by it ("Counsel for Acme" speaks for a party, as a spokesman does), or
  // the counsel the last sentences named ("Mthembu's counsel, Advocate Pieter de Klerk, … Counsel said").
  if (core.e === core.s && headTok.i === 0 && head === 'counsel' && !headTok.tags.has('Person')) return { kind: 'anonymous', strength: 2, backRef: 'person' };
  // "One former minister said … Another said", "A second predicted": one more of an unnamed group.
  if (ws.length === 1 && head === 'another' || ws.length === 2 && /^(?:a|one)$/.test(first) && /^(?:second|third|fourth|fifth)$/.test(head)) {
    return { kind: 'anonymous', strength: 2 };
  }
  // The entity under the head (the last word) first: "Retired Lt. Gen. Michael Flynn".
  const entity = firstEntityOverlapping(entities, { start: headTok.end - 1, end: headTok.end });
  // "The IRFU and the two provinces said in a joint statement": a named body (or person) opening a coordination speaks,
  // with the others, as itself.
  const and = toks.slice(core.s + 1, headEnd).findIndex((t) => t.word === 'and');
  // (Not "RT and its defenders": a party's own people, or its critics, are judged where the possessive is.)
  if (and >= 0 && !entity && !/^(?:its|his|her|their)$/.test(toks[core.s + and + 2]?.word ?? '')) {
    const left = { start: toks[core.s].start, end: toks[core.s + and].end };
    const party = firstEntityOverlapping(entities, left, (e) => e.type !== 'place');
    if (party && isCapitalized(toks[core.s + and]) && party.mentions.some((m) => m.end === left.end)) {
      return party.type === 'person' ? { kind: 'named-person', strength: 4, entity: party } : { kind: 'named-organization', strength: 3, entity: party };
    }
  }

  // "its governor", "its chief executive": the role at the organization just named; the one holder of an office of it
  // ("its finance director", "its chief executive") is identified by the office, as "the company's chief executive" is,
  // and may be the person named in it before.
  const itsOffice = first === 'its' && ws.length >= 2 && ws.length <= 4 && headEnd === core.e && !isCapitalized(headTok)
    && UNIQUE_OFFICE_ONLY.test(ws.slice(1).join(' ')) && !ws.some((w) => NOT_THE_HOLDER.test(w)) && bodyNamedJustBefore(toks[core.s], entities);
  if (itsOffice) return { kind: 'named-organization', strength: 3, backRef: 'person' };
  if (first === 'its' && ws.length === 2 && PERSON_ROLES.test(head) && !isCapitalized(headTok)) {
    return { kind: 'anonymous', strength: 2, backRef: 'person' };
  }
  // "One of them said", "two of those": a part of the unnamed group named before.
  if (/^(?:one|two|three|some|both|all|each|either|neither|none|several|many|most)$/.test(fullWords[0] ?? '') && fullWords[1] === 'of'
    && /^(?:them|those|these)$/.test(fullWords[2] ?? '') && fullWords.length === 3) {
    return { kind: 'vague', strength: 1, backRef: 'anonymous' };
  }
  // "the 24-year-old", "the right-hander", "the midfielder": the person the last sentences named, described by age
  // or by the place they play.
  if (first === 'the' && DESCRIBED_PERSON.test(toks.slice(core.s, core.e + 1).map((t) => t.word + (t.post === '-' ? '-' : ' ')).join('').trim())) {
    return { kind: 'anonymous', strength: 2, backRef: 'person' };
  }
  // ("The Denver-based company", "the New York-based bank": where a body is based does not make it another one; it is
  // the body named before. A demonym is left alone: "the Canadian delegation" after "Norway's" is another body.)
  const placed = first === 'the' && ws.length >= 3 && ws.length <= 4 && headEnd === core.e && !isCapitalized(headTok) && (ORG_WORDS.test(head) || orgDescriptors.has(head))
    && toks[headEnd - 1].word === 'based' && toks[headEnd - 2].post === '-'
    && toks.slice(core.s + 1, headEnd - 1).every((t) => isCapitalized(t) && !t.tags.has('Person'));
  if (placed) return { kind: 'named-organization', strength: 3, backRef: 'org' };
  // "Both firms said", "both banks": the two bodies the last sentences named, as "the two firms" are (the "both" may
  // stand before the phrase).
  const both = first === 'both' || ws.length === 1 && core.s > 0 && toks[core.s - 1].word === 'both';
  if (both && ws.length <= 2 && isPluralBody(head) && !isCapitalized(headTok)) return { kind: 'vague', strength: 1, backRef: 'orgs' };
  // ("the bench", "the division bench", "the three-judge bench": the judges who hear the case, the court speaking in its order.)
  if (first === 'the' && head === 'bench' && headEnd === core.e && ws.slice(1, -1).every((w) => /^(?:division|full|constitution|constitutional|larger|vacation|special|single|two|three|five|seven|nine|judge|member)$/.test(w))) {
    return { kind: 'named-organization', strength: 3 };
  }
  // Back-references: "the sources", "the person", "the official", "the adviser", "the report".
  if ((first === 'the' || first === 'those' || first === 'these') && ws.length <= 3) {
    const rest = ws.slice(1);
    const anonymousHead = /^(?:sources?|people|persons?|officials?|insiders?|individuals?|aides?|executives?|advisers?|advisors?|diplomats?|staffers?|employees?|lobbyists?|delegates?|functionar(?:y|ies))$/;
    if (rest.every((w) => anonymousHead.test(w) || /^(?:same|two|three|latter|former|first|second|other)$/.test(w)) && anonymousHead.test(head)) {
      return { kind: 'vague', strength: 1, backRef: 'anonymous' };
    }
    if (rest.length === 1 && /^(?:report|newspaper|paper|outlet|article|story|broadcaster|magazine|publication)$/.test(head)) {
      return { kind: 'outlet', strength: 1, backRef: 'report' };
    }
    // "the company", "the agency", "the ministry": a named organization mentioned before (not "the
    // Department of Treasury and Finance", which names one itself).
    // "The ministry of planning" names itself with its post-modifier.
    const named = headEnd < core.e && /^(?:of|for)$/.test(toks[headEnd + 1].word);
    // ("the prosecution", "the defence", "the jury": a side or the jurors in a trial, no body named before.)
    if (first === 'the' && rest.length === 1 && /^(?:prosecution|defence|defense|jury)$/.test(head)) return { kind: 'named-organization', strength: 3 };
    if (first === 'the' && rest.length === 1 && (ORG_WORDS.test(head) || orgDescriptors.has(head)) && !named && !(entity?.type === 'organization' && isCapitalized(headTok))) {
      return { kind: 'named-organization', strength: 3, backRef: 'org' };
    }
    // ("The province said", "the city said": the government of a place the story is about, or a team named for one, as
    // "the ministry" is a body named before.)
    if (first === 'the' && rest.length === 1 && PLACE_BODY.test(head) && !isCapitalized(headTok)) return { kind: 'named-organization', strength: 3 };
    // "The two companies said", "according to the companies": the bodies the last sentences named, resolved later
    // (vague while none is found). ("the authorities", "the regulators" are no back-reference: they stay as they are.)
    if (first === 'the' && (rest.length === 1 || rest.length === 2 && /^(?:two|three|four|both)$/.test(rest[0])) && isPluralBody(head)
      && !isCapitalized(headTok)) return { kind: 'vague', strength: 1, backRef: 'orgs' };
    // "the judge", "the mayor", "the coach": one person, named before or described by the role.
    if (first === 'the' && rest.length === 1 && PERSON_ROLES.test(head) && !isCapitalized(headTok)) {
      return { kind: 'anonymous', strength: 2, backRef: 'person' };
    }
  }
  // "Okafor's family", "the Hart family", "Smith's relatives": the family of someone named speaks as one body.
  if (/^(?:family|relatives|parents|estate|camp)$/.test(head) && ws.length >= 2 && toks.slice(core.s, headEnd).some((t) => isCapitalized(t) && (isPersonToken(t, personWords) || /['’]s?$/.test(t.text) || t.i > 0))) {
    return { kind: 'named-organization', strength: 3 };
  }
  // "her son", "his sister", "the widow": a relative, named before ("her son, Daniel Hart").
  // ("his lawyer", "her attorney": the one who acts for someone named, named before or described by it.)
  if (/^(?:the|his|her|their)$/.test(first) && ws.length === 2 && (KIN.test(head) || first !== 'the' && LEGAL_AGENT.test(head)) && !isCapitalized(headTok)) {
    return { kind: 'anonymous', strength: 2, backRef: 'person' };
  }
  // ("His lawyers said", "her solicitors": those who act for someone named, described by it, as "lawyers for Acme" are.)
  if (/^(?:his|her|their)$/.test(first) && ws.length === 2 && head !== singular(head) && LEGAL_AGENT.test(singular(head)) && !isCapitalized(headTok)) {
    return { kind: 'anonymous', strength: 2 };
  }
  // "A bench of Justices Arvind Menon and Kavita Rao", "a panel of judges led by …": judges named in the phrase.
  // (Not a panel of a court named: "a panel of the 5th U.S. Circuit Court of Appeals" is the court speaking.)
  if (/^(?:bench|panel)$/.test(head) && toks.slice(headEnd + 1, core.e + 1).filter((t) => isCapitalized(t)).length >= 2
    && toks.slice(headEnd + 1, core.e + 1).some((t) => isPersonToken(t, personWords) || /^(?:justices?|judges?)$/.test(t.word))) return { kind: 'named-person', strength: 4 };
  // ("A division bench of the Bombay High Court", "a panel of the 5th U.S. Circuit Court of Appeals": the court named speaks.)
  if (/^(?:bench|panel)$/.test(head) && toks[headEnd + 1]?.word === 'of'
    && toks.slice(headEnd + 2, core.e + 1).some((t) => isCapitalized(t) && /^(?:court|tribunal)$/.test(t.word))) return { kind: 'named-organization', strength: 3 };
  // "according to valuations seen by The Irish Times", "documents obtained by the BBC": papers an outlet has itself seen.
  for (let j = core.s + 1; j < core.e; j++) {
    if (toks[j].word !== 'by' || !/^(?:seen|obtained|reviewed|verified|examined)$/.test(toks[j - 1].word)) continue;
    if (isOutletPhrase(toks, { s: j + 1, e: core.e })) return { kind: 'document', strength: 5 };
  }
  // "The semi-official Tasnim news agency", "the Xinhua news agency", "the daily Al-Ahram": a named outlet by its kind.
  if ((head === 'agency' && ws[ws.length - 2] === 'news' || /^(?:newspaper|daily|broadcaster|tabloid|weekly)$/.test(head))
    && toks.slice(core.s, headEnd).some((t) => isCapitalized(t) && t.i > core.s)) return { kind: 'outlet', strength: 3, entity };
  // (Not the capital that only opens the sentence: "A state regulator familiar with the case".)
  if (ORG_WORDS.test(head) && !isCapitalized(headTok) && ws.length > 1 && toks.slice(core.s, core.e).some((t) => isCapitalized(t) && !(t.i === 0 && (t.tags.has('Determiner') || !t.tags.has('ProperNoun') && !t.tags.has('Organization'))))) {
    // "the Clinton campaign", "the Trump administration"; "the official IRNA news agency" is an outlet.
    return isOutletPhrase(toks, core) ? { kind: 'outlet', strength: 3, entity } : { kind: 'named-organization', strength: 3 };
  }
  // ("The Daily Express says": a masthead with its article is no person, whatever a name inside it looks like.)
  if (first === 'the' && isOutletPhrase(toks, core)) return { kind: 'outlet', strength: 3, entity };
  // ("The Independent Commission Against Corruption", "Mothers Against Drunk Driving": no person's name holds "Against".)
  if (isCapitalized(headTok) && toks.slice(core.s + 1, core.e).some((t) => isCapitalized(t) && /^(?:against|without|beyond|versus)$/.test(t.word))) {
    return { kind: 'named-organization', strength: 3 };
  }
  // ("the National Civil Registry said": a name that ends in a body's head noun is the body, whatever its type.)
  // (Only head nouns no surname takes: "Margaret Court" is a person.)
  if (entity?.type === 'person' && isCapitalized(headTok) && headEnd === core.e && headEnd > core.s
    && /^(?:registry|commission|ministry|department|agency|authority|bureau|council|committee|directorate|secretariat|tribunal|institute|university|corporation|association|organi[sz]ation|federation|administration)$/.test(head)) {
    return { kind: 'named-organization', strength: 3, entity };
  }
  if (entity?.type === 'person') return { kind: 'named-person', strength: 4, entity };
  // "Linda Marsh, said": a common given name and a surname speak as a person, even when the surname
  // is also a place's name.
  if (entity?.type === 'place' && core.e > core.s && core.e - core.s <= 2 && isCommonGivenName(toks[core.s].word)
    && toks.slice(core.s, core.e + 1).every((t) => isCapitalized(t))) return { kind: 'named-person', strength: 4 };
  if (isOutletPhrase(toks, core)) return { kind: 'outlet', strength: 3, entity };
  if (entity?.type === 'organization') {
    return { kind: 'named-organization', strength: 3, entity };
  }

  // "Nigerians in several cities welcomed …", "Britons said …": the people of a country, none named.
  if (headEnd === core.s && isCapitalized(headTok) && /s$/.test(head) && DEMONYM_PLURAL.test(head)) return { kind: 'vague', strength: 1 };
  // A capital that only opens the sentence names nobody: "Doctors in Glasgow told us" (nor one that opens what follows a
  // colon: "Q: Developers say permits take too long", which the tagger reads as a name unless the entity layer found one).
  const afterColon = headTok.i > 0 && /:\s*$/.test(toks[headTok.i - 1].post) && !toks[headTok.i - 1].inQuote && !entity;
  // (Nor a plural word no name was found for, opening a list's item, "2. Suppliers told us they were paid late", which the
  // tagger reads as a name and not as a plural.)
  const plainPlural = (headTok.i === 0 || headTok.i === 1 && /^\d{1,3}$/.test(toks[0].text) && /^[.)]\s*$/.test(toks[0].post)) && !entity && /^\p{Lu}\p{Ll}{2,}s$/u.test(headTok.text) && !/ss$/.test(headTok.text)
    && !['Person', 'FirstName', 'LastName', 'Organization', 'Place'].some((t) => headTok.tags.has(t));
  const sentenceCapital = headEnd === core.s && ((headTok.i === 0 && !headTok.tags.has('ProperNoun') || afterColon) && headTok.tags.has('Plural') || plainPlural);
  const capsHead = isCapitalized(headTok) && !/^(?:the|a|an)$/.test(head) && !sentenceCapital
    && !(headEnd === core.s && !headTok.tags.has('ProperNoun') && (VAGUE_HEADS.has(head) || ROLE_HEADS.has(head) || DOCUMENT_HEADS.has(head)));
  // "One Labor MP", "two Fine Gael TDs", "a Tesla CEO": a role written as capitals names nobody.
  if (/^(?:mps?|mlas?|msps?|meps?|tds?|mpps?|mks?|ceos?|cfos?|coos?|gps?)$/.test(head) && headEnd === core.e && !toks.slice(core.s, headEnd).some((t) => isPersonToken(t, personWords))) {
    const described = /^(?:a|an|one|another|two|three|four|five|several|a few)$/.test(ws[0]) || /^\d/.test(ws[0]) || ws.length > 2;
    return described ? { kind: 'anonymous', strength: 2 } : { kind: 'vague', strength: 1 };
  }
  const anyPerson = toks.slice(core.s, headEnd + 1).some((t) => isPersonToken(t, personWords));
  const joined = ' ' + fullWords.join(' ') + ' ';
  const hasFamiliar = ANON_FAMILIAR.some((p) => joined.includes(' ' + p.join(' ') + ' '));

  // ("according to a Visible Alpha consensus", "the LSEG consensus": the compiled forecasts a named provider publishes
  // are its data; "the analyst consensus" names no one.)
  if (head === 'consensus' && toks.slice(core.s, headEnd).some((t) => isCapitalized(t) && t.i > 0)) return { kind: 'document', strength: 5 };
  // Documents and data.
  if (DOCUMENT_HEADS.has(head) && !capsHead) {
    // ("in a statement": a body's word. A witness statement or a sworn one is evidence put on the record: a document.)
    if (head === 'statement' && /^(?:witness|sworn|signed)$/.test(toks[headEnd - 1]?.word ?? '') && headEnd > core.s) return { kind: 'document', strength: 5 };
    if (head === 'statement' || head === 'release') return { kind: 'named-organization', strength: 3 };
    // ("Exit polls published by RTP", "research conducted by the Center for …": the named body that made them identifies them;
    // "polls in Pennsylvania" names only where they were taken.)
    if (/^(?:studies|research|reports|polls)$/.test(head) && !ws.some((w) => /^(?:the|this|these|a|an)$/.test(w))
      && !toks.slice(headEnd + 1, core.e).some((t, k) => /^(?:by|from)$/.test(t.word)
        && toks.slice(headEnd + 2 + k, Math.min(core.e + 1, headEnd + 4 + k)).some((x) => isCapitalized(x) && !x.tags.has('Place')))) {
      return { kind: 'vague', strength: 1 };
    }
    return { kind: 'document', strength: 5 };
  }
  // "Last month's report", "the agency's annual report": a report someone's own, not another outlet's.
  if (/^(?:report|review|audit|assessment)$/.test(head) && ws.some((w, k) => k < ws.length - 1 && /['’]s$/.test(toks[core.s + k].text))) {
    return { kind: 'document', strength: 5 };
  }
  // "the latest Residential Tenancies Board report", "a report from commercial brokerage Sawtooth Partners":
  // a report a named body that is no news outlet put out is a document.
  if (head === 'report' && !capsHead && toks.slice(core.s, core.e + 1).some((t) => isCapitalized(t) && t.i > 0) && !namesOutletInside(toks, core)) {
    return { kind: 'document', strength: 5 };
  }
  // "its most recent quarterly report", "the annual report", "the jobs report": a body's own periodic report.
  if (head === 'report' && ws.some((w, k) => k < ws.length - 1 && /^(?:its|their|our|quarterly|annual|monthly|weekly|earnings|financial|jobs|employment|inflation|sustainability|audit|interim|half-year|full-year)$/.test(w))) {
    return { kind: 'document', strength: 5 };
  }
  // "a report by the university committee", "a report from the county auditor": a report a body wrote.
  if (head === 'report' && /^(?:by|from)$/.test(toks[headEnd + 1]?.word ?? '') && toks.slice(headEnd + 2, core.e + 1).some((t) => ORG_WORDS.test(t.word) || /^(?:auditor|inspector|coroner|examiner|committee|panel|commission)$/.test(t.word))
    && !namesOutletInside(toks, core)) {
    return { kind: 'document', strength: 5 };
  }
  // "a police report", "a facilities report", "the autopsy report": a report an office writes is a document,
  // unlike a news or media report.
  if (head === 'report' && ws.length >= 2 && !capsHead && /^(?:police|incident|arrest|accident|crash|autopsy|coroner['’]?s?|toxicology|inspection|inspector['’]?s?|facilities|facility|audit|auditor['’]?s?|court|investigative|investigation|safety|engineering|engineer['’]?s?|environmental|staff|committee|task-force|consultant['’]?s?|progress|status|budget|financial|annual|quarterly|medical|lab|laboratory|forensic|fire|damage|assessment|evaluation|compliance)$/.test(ws[ws.length - 2])) {
    return { kind: 'document', strength: 5 };
  }
  // "A council report tabled at the meeting", "a ministry report": a report of a public body or a company, named by the
  // kind of body right before the head (not "a news agency report").
  const bodyBefore = toks[headEnd - 1];
  if (head === 'report' && headEnd > core.s && !capsHead && ORG_WORDS.test(bodyBefore.word) && !isCapitalized(bodyBefore)
    && !/^(?:news|media|press|wire)$/.test(toks[headEnd - 2]?.word ?? '') && !/^(?:agency|network|service|group|team|unit|project|lab|laboratory|exchange|brand|body)$/.test(bodyBefore.word)
    && !namesOutletInside(toks, core)) {
    return { kind: 'document', strength: 5 };
  }
  if (RELAY_HEADS.has(head) && !capsHead) {
    if (/^(?:reports|media)$/.test(head)) return { kind: 'vague', strength: 1 };
    return { kind: 'outlet', strength: 1 };
  }
  // "the Franklin County Board of Elections": a first name inside an organization's name is no person.
  const phraseToks = toks.slice(core.s, core.e + 1);
  const lastPersonWord = phraseToks.map((t) => isPersonToken(t, personWords)).lastIndexOf(true);
  const orgAfterName = lastPersonWord >= 0 && !isPersonToken(headTok, personWords)
    && phraseToks.slice(lastPersonWord + 1).some((t) => isCapitalized(t) && ORG_WORDS.test(t.word));
  if (capsHead && orgAfterName) return { kind: 'named-organization', strength: 3 };

  if (capsHead && (anyPerson || isPersonToken(headTok, personWords))) return { kind: 'named-person', strength: 4 };
  // ("Its chairman, Uinsinn Finn, said": a name no list knows, set off in commas after a person's role, is that person's.)
  if (capsHead && headEnd === core.e && core.e > core.s && core.s >= 2 && /^,\s*$/.test(toks[core.s - 1].post) && !entity
    && toks.slice(core.s, core.e + 1).every((t) => isCapitalized(t) && !t.tags.has('Organization') && !t.tags.has('Place') && !ORG_WORDS.test(t.word))) {
    let r = core.s - 1;
    while (r > 0 && core.s - r < 6 && !/[,;:]/.test(toks[r - 1].post)) r--;
    if (roleHead(toks, r, core.s - 1)) return { kind: 'named-person', strength: 4 };
  }

  const modifierCaps = toks.slice(core.s, core.e).some((t, k) => isCapitalized(t) && !/^(?:the|a|an)$/.test(t.word)
    && !t.tags.has('Determiner') && !VAGUE_HEADS.has(t.word) && !(k === 0 && !t.tags.has('ProperNoun') && !t.tags.has('Organization')));
  const count = ws.some((w) => NUMBER_WORDS.test(w)) || ws[0] === 'a' || ws[0] === 'an' || ws[0] === 'one' || ws[0] === 'another';
  const orgModifier = modifierCaps || ws.slice(0, -1).some((w) => ORG_WORDS.test(w));
  if (SPOKES_HEADS.has(head) || head === 'spokesperson') {
    // ("a spokeswoman for the company": the company named before speaks through her.)
    // ("a spokesman for the defence minister": an office holder the story names speaks through him too.)
    const forBody = /^(?:for|of|at)$/.test(toks[headEnd + 1]?.word ?? '') && toks.slice(headEnd + 2, core.e + 1).some((t) => ORG_WORDS.test(t.word) || orgDescriptors.has(t.word) || PERSON_ROLES.test(t.word));
    if ((orgModifier || forBody || fullWords.includes('for') && toks.slice(headEnd + 1, core.e + 1).some((t) => isCapitalized(t)))
      && !kindOfBodyOnly(toks, core.s, headEnd, core.e, entities)) return { kind: 'named-organization', strength: 3 };
    return { kind: 'anonymous', strength: 2 };
  }
  // A count describes its sources (docs/sourcing-rules.md: "a count" is strength 2): "two people familiar with the talks".
  const counted = NUMBER_WORDS.test(ws[0]) || ws[0] === 'one' && fullWords[1] === 'of';
  if (hasFamiliar || /^(?:sources?|insiders?)$/.test(head)) {
    // ("sources in the prosecutor's office", "sources at the ministry": a body, named or not, that they work in.)
    const atOrg = toks.slice(headEnd + 1, core.e + 1).some((t) => isCapitalized(t) || ORG_WORDS.test(t.word)) && /^(?:in|at|inside|within|from|of|close)$/.test(toks[headEnd + 1]?.word ?? '') && !hasFamiliar;
    return orgModifier || atOrg || counted ? { kind: 'anonymous', strength: 2 } : { kind: 'vague', strength: 1 };
  }
  // "Judges in Texas and Ohio have blocked the laws, saying …", "two judges dissented": judges speak in their rulings,
  // on the record as the courts they sit on do ("Courts in Ohio"), and are no anonymous sources.
  if (/^(?:judges|justices)$/.test(head) && !hasFamiliar && !/^(?:the|these|those|some|many|several|most|other)$/.test(first)) return { kind: 'vague', strength: 1 };
  // "Three ANC councillors", "several SPD backbenchers": people of one role, counted or tied to an organization.
  if (singular(head) !== head && PERSON_ROLES.test(singular(head)) && (orgModifier || counted)) return { kind: 'anonymous', strength: 2 };
  // "An official with the agency", "staff at the hospital": people of a role at a body the text has named.
  const atBody = /^(?:at|with|for|from|in|of|inside|within|to)$/.test(toks[headEnd + 1]?.word ?? '')
    && toks.slice(headEnd + 2, core.e + 1).some((t) => ORG_WORDS.test(t.word) || orgDescriptors.has(t.word)
      // ("Aides to the governor", "an adviser to the president": the office they serve.)
      || /^(?:to|for)$/.test(toks[headEnd + 1].word) && PERSON_ROLES.test(t.word));
  // ("An engineer at the terminal", "a nurse on one of the wards": a workplace the story has named, by "the", describes
  // the one person as a body does.)
  const atWorkplace = /^(?:a|an|one|another)$/.test(first) && /^(?:at|on|in|from)$/.test(toks[headEnd + 1]?.word ?? '') && headEnd + 2 < core.e
    && (toks[headEnd + 2].word === 'the' || /^(?:one|some)$/.test(toks[headEnd + 2].word) && toks[headEnd + 3]?.word === 'of' && toks[headEnd + 4]?.word === 'the');
  // "police said", "state police said", "Kettering police said": the force of the place the story is about
  // speaks as an organization does (a named force, or a police officer, is described elsewhere).
  if (head === 'police' && ws.length <= 3) return { kind: 'named-organization', strength: 3 };
  // "The Italian coast guard said", "the National Guard": a guard service, not a guard.
  if (head === 'guard' && /^(?:coast|national|border|republican|revolutionary|home|civil|royal|presidential|palace)$/.test(ws[ws.length - 2] ?? '')) return { kind: 'named-organization', strength: 3 };
  // "the Leader of the House", "the Minister for Agriculture": the holder of one office, written in
  // capitals, is identified by it, as an organization speaking is (not "a Minister of State").
  if (first === 'the' && ws.length === 2 && isCapitalized(headTok) && /^(?:of|for)$/.test(toks[headEnd + 1]?.word ?? '')
    && toks.slice(headEnd + 2, core.e + 1).every((t) => isCapitalized(t) || /^(?:the|and)$/.test(t.word))) {
    return { kind: 'named-organization', strength: 3 };
  }
  // "Venezuela's foreign minister", "Portugal's prime minister", "the country's central bank governor": the one holder
  // of an office of a country or body the story names is identified by it, as "the Minister for Agriculture" is (not
  // "Italy's deputy minister", "Ford's spokesman": there are several).
  // ("the country's central bank governor", "the company's chief executive": the owner the story has named, taken up.)
  const takenUp = ws[0] === 'the' && ANAPHORIC_OWNER.has(ws[1] ?? '') && /['’]s$/.test(toks[core.s + 1]?.text ?? '');
  const office = ws.slice(takenUp ? 2 : 1);
  const named = () => takenUp || ownedByNamedBody(toks[core.s], entities);
  // "the club's medical staff", "the hospital's press office", "Acme's legal team": a body's own department speaks for the
  // body, as its spokesman does; an organization source, not an anonymous one ("the company's staffers" are people).
  if (office.length >= 1 && office.length <= 3 && headEnd === core.e && !capsHead && /^(?:staff|team|office|department|unit|desk)$/.test(head) && named()) {
    return { kind: 'named-organization', strength: 3 };
  }
  if (office.length >= 1 && office.length <= 3 && headEnd === core.e && !capsHead && UNIQUE_OFFICE_ONLY.test(office.join(' '))
    && !ws.some((w) => /^(?:deputy|assistant|junior|vice|former|ex|acting|associate|regional|state|shadow|a|an|one)$/.test(w)) && named()) {
    return { kind: 'named-organization', strength: 3 };
  }
  if (office.length >= 1 && office.length <= 3 && headEnd === core.e && !capsHead && LEADERSHIP.test(office.join(' '))
    && !office.some((w) => NOT_THE_LEADERSHIP.test(w)) && named()) {
    return { kind: 'named-organization', strength: 3 };
  }
  // "The country's deputy minister", "the company's deputy chief executive": one of the several holders of an office of a
  // country or body the story names is described by it (strength 2), not a vague crowd.
  if (office.length >= 1 && office.length <= 4 && headEnd === core.e && !capsHead && !/s$/.test(head) && (PERSON_ROLES.test(head) || ROLE_HEADS.has(head))
    && !ws.some((w) => /^(?:a|an|one|some|several|two|three)$/.test(w)) && named()) {
    return { kind: 'anonymous', strength: 2 };
  }
  // "A Minister of State", "one Deputy Secretary": an office one of several people hold names none of them.
  if (/^(?:a|an|one|another)$/.test(first) && ws.length <= 3 && isCapitalized(headTok) && (PERSON_ROLES.test(head) || ROLE_HEADS.has(head))
    && ws.slice(1, -1).every((w) => /^(?:deputy|assistant|junior|senior|associate|acting|under|vice|cabinet|state|federal|regional)$/.test(w))) {
    return { kind: 'anonymous', strength: 2 };
  }
  // "The Missouri Democrat", "the former Ohio governor", "the 67-year-old congresswoman": someone named before,
  // described on second reference.
  if (first === 'the' && ws.length >= 3 && ws.length <= 5 && /^(?:democrat|republican|tory|conservative|liberal|governor|senator|congressman|congresswoman|lawmaker|legislator|candidate|nominee|incumbent|challenger|mayor|president|leader|minister|premier|chancellor)$/.test(head)
    && ws.slice(1, -1).every((w, k) => /^(?:former|then|longtime|veteran|embattled|incumbent|\d{1,3}-year-old|\d{1,3}|year|old)$/.test(w) || isCapitalized(toks[core.s + 1 + k]))) {
    return { kind: 'anonymous', strength: 2, backRef: 'person' };
  }
  // "A senior Republican", "one prominent Tory", "two Democrats": members of a party, unnamed.
  if (/^(?:a|an|one|another|two|three|four|five|several|some|many)$/.test(first) && ws.length <= 4
    && /^(?:republican|democrat|tory|tories|conservative|liberal|socialist|communist|nationalist|unionist|progressive)s?$/.test(head)) {
    return /^(?:some|many|several)$/.test(first) ? { kind: 'vague', strength: 1 } : { kind: 'anonymous', strength: 2 };
  }
  // "One congressman", "a senator": a member of a body everyone knows, described by it.
  if (/^(?:a|an|one|another)$/.test(first) && /^(?:congressman|congresswoman|senator|legislator|lawmaker|mp|mep|backbencher|frontbencher|councillor|councilman|councilwoman|assemblyman|assemblywoman|selectman|selectwoman|trustee|alderman|supervisor)$/.test(head)) {
    return { kind: 'anonymous', strength: 2 };
  }
  // ("Foster's former parliamentary assistant": one person described by a role toward someone named.)
  if (ws.length >= 2 && headEnd === core.e && !capsHead && /['’]s?$/.test(toks[core.s].text) && isCapitalized(toks[core.s]) && !/s$/.test(head)
    && (firstEntityOverlapping(entities, toks[core.s])?.type === 'person' || toks[core.s].tags.has('Person'))
    && (headTok.tags.has('Actor') || PERSON_ROLES.test(head) || ROLE_HEADS.has(head) || /(?:ant|ist|er|or|ian)$/.test(head))) {
    return { kind: 'anonymous', strength: 2 };
  }
  if (ROLE_HEADS.has(head)) {
    if (orgModifier || atBody || atWorkplace || toks.slice(headEnd + 1, core.e + 1).some((t) => isCapitalized(t)) || count && ws.length > 2 || counted || ws.some((w) => /^(?:senior|top|high-ranking|junior|former|current|chief)$/.test(w))) {
      return { kind: 'anonymous', strength: 2 };
    }
    return { kind: 'vague', strength: 1 };
  }
  // "One of the company's top 20 shareholders", "two of the bank's directors": a count of people of a body named
  // before is described (a possessive body, not "one of the experts").
  if (counted && /^(?:the|its|their)$/.test(fullWords[2] ?? '') && toks.slice(core.s + 2, headEnd).some((t) => /['’]s?$/.test(t.text)
    && (ORG_WORDS.test(t.word.replace(/['’]s?$/, '')) || orgDescriptors.has(t.word.replace(/['’]s?$/, ''))))) return { kind: 'anonymous', strength: 2 };
  if (VAGUE_HEADS.has(head)) return { kind: 'vague', strength: 1 };
  // "A currency dealer at a commercial bank", "a worker at the plant": one person of an occupation at a body is
  // described by both, as "an official with the agency" is.
  if (/^(?:a|an|one|another)$/.test(first) && (atBody || atWorkplace) && (headTok.tags.has('Actor') || PERSON_ROLES.test(head)) && !capsHead) return { kind: 'anonymous', strength: 2 };
  // "a senior whip", "a former minister": one unnamed person described by rank.
  if (/^(?:a|an|one|another)$/.test(ws[0]) && ws.length >= 3 && PERSON_RANK_WORDS.has(ws[1]) && !capsHead) {
    return { kind: 'anonymous', strength: 2 };
  }
  // "Aid agencies", "rights groups", "several banks": organizations of a kind, none named.
  if (!capsHead && /^(?:agencies|groups|organi[sz]ations|companies|firms|banks|lenders|unions|charities|ngos|parties|governments|institutions|associations|networks|outlets|businesses|insurers|retailers|manufacturers|automakers|airlines|hospitals|schools|universities)$/.test(head)
    && !toks.slice(core.s, headEnd).some((t) => isCapitalized(t) && t.tags.has('ProperNoun') && t.i > 0)) {
    return { kind: 'vague', strength: 1 };
  }
  // "Archaeologists from Aberystwyth University", "hydrologists at the agency": people of an occupation at a body are
  // described by both, as "researchers at" and "engineers from" are.
  // ("Farmers in Mato Grosso do Sul" are a crowd of a region.)
  if (!capsHead && atBody && /^(?:at|from|with)$/.test(toks[headEnd + 1]?.word ?? '') && /^[a-z]+(?:ists|ians|ers|ors)$/.test(head) && !ORG_WORDS.test(head)) return { kind: 'anonymous', strength: 2 };
  if (capsHead || toks[core.s].tags.has('Organization') || ORG_WORDS.test(head)) {
    return { kind: 'named-organization', strength: 3 };
  }
  if (statement) return { kind: 'named-organization', strength: 3 };
  return { kind: 'vague', strength: 1 };
}

// (The clause ends at a comma or before the speech verb of the sentence: "…, who asked not to be named because the talks
// are private, said", "who was not authorized to speak publicly said".)
const REASON_CLAUSE = new RegExp(`\\b(?:${ANONYMITY_REASONS.join('|')})[^.;,]*?(?=\\s+(?:said|says|added|adds|wrote|writes)\\b|(?<!\\b(?:not|never|had|has|have))\\s+(?:told|tells)\\b|[.;,]|$)`, 'i');

/** "who asked not to be identified because …" in the given range of text. */
export function findAnonymityReason(prose: string, from: number, to: number): Span | undefined {
  const m = REASON_CLAUSE.exec(prose.slice(from, to));
  if (!m) return undefined;
  // (The clause a relative pronoun opens: "who asked not to be named because …".)
  const before = /(?:\b(?:who|which)\s+(?:(?:was|were|had|has|have)\s+)?(?:spoke\s+)?|\bspeaking\s+)$/i.exec(prose.slice(Math.max(from, from + m.index - 24), from + m.index));
  const start = from + m.index - (before ? before[0].length : 0);
  return { start, end: from + m.index + m[0].replace(/[\s,;.”"]+$/, '').length };
}
