import type { EntityType } from '../types';
import { tagText } from '../nlp';
import { BODY_BEFORE_FOR, causeAfterFor, delegateTitle, employerThenSpeech, nearDistrict, monthAsName, numberedUnit, ORDINAL, SAINT, SOVEREIGN, stopOpensName, stopWordAsSurname, type Run } from './candidates';
import { gazetteer, isJournal, matchAt, normalizeName, type GazetteerEntry } from './gazetteer';
import { GROUPING_WORDS, STAR_GENITIVES } from '../model/lexicon';
import { AUSTRALIAN_STATES, CANADIAN_PROVINCES, COUNTRIES } from '../model/places';
import { placeOpeners,
  arabicArticle, eastAsianFamilyNames, irishBodyOpeners, nameParticles,
  clubHeads, demonyms, eventHeads, nonEntityAcronyms, nonNameWords, orgDescriptors, orgHeads, orgOfHeads, personModifiedHeads, placeHeads,
  placeOfHeads, RESIDENT_WORDS, romanceOrgHeads, romancePlaceHeads, speechVerbs, stopWords,
} from './lexicon';
import { commonWordOnly, inLexicon, knownNameWord, knownPlaceWord } from './compromiseLexicon';
import { isHonorific, isTitleHead, isTitleWord, looksLikeName, PORTFOLIO_OFFICES, splitTitle } from './titles';
import { irishPrefixedName, isGivenName, letterInitial, monthAbbreviationName, type Token } from './tokens';
import { isCommonGivenName, POST_NOMINAL } from '../model/people';

/** A piece of a run with the evidence for its type. */
export interface Segment {
  from: number;
  to: number;
  /** `event` and `title` pieces are not entities but block other readings of their words. */
  type: EntityType | 'event' | 'title' | null;
  /** 3 = listed name, head noun, title or first name; 2 = compromise's tags; 1 = weak default. */
  strength: number;
  entry?: GazetteerEntry;
  /** Token range of a title written before the name inside the same run (and its modifier). */
  role?: { from: number; to: number };
  /** The title is a courtesy honorific only. */
  honorific?: boolean;
  /** Token range of a short form that stands for the organization ("Kessler" of "Kessler Cells", "Tidewater" of "Tacoma Tidewater"). */
  stem?: { from: number; to: number };
}

const EVENT_PREFIXES = new Set(['hurricane', 'typhoon', 'cyclone', 'tropical', 'storm', 'operation', 'winter', 'summer']);

/** Words of a time zone's name before "Time". */
const ZONE_WORDS = /^(?:eastern|central|western|mountain|pacific|atlantic|alaska|hawaii|european|african|australian|indonesian|british|greenwich|irish|india|japan|korea|singapore|standard|daylight|summer|mean|universal|coordinated)$/;
const ADMIN_WORDS = new Set(['county', 'province', 'district', 'parish', 'borough', 'prefecture', 'governorate', 'oblast', 'state']);

const ORG_NAME_OPENERS = new Set(['first', 'new', 'national', 'international', 'global', 'federal', 'united', 'american', 'western', 'eastern', 'northern', 'southern', 'central']);

/** Malay and Indonesian words for a street, hill, village, island, river or town that open a place's name. */

const ORG_OPENERS = new Set(['banco', 'banca', 'banque', 'grupo', 'groupe', 'société', 'societe', 'sociedad', 'compañía', 'companhia', 'caja', 'caixa', 'instituto', 'institut', 'fundación', 'fundação', 'fondation',
  // A company's national or royal charter in its own language ("Deutsche Bahn", "Koninklijke Philips", "Compagnie des Alpes").
  'deutsche', 'koninklijke', 'compagnie',
  // Parties and movements named in other languages, or with the kind of body first ("Parti Québécois", "Coalition Avenir Québec").
  'parti', 'partido', 'partito', 'partei', 'partij', 'partia', 'partidul', 'coalition', 'bloc', 'movimiento', 'movimento', 'mouvement', 'rassemblement', 'frente', 'alianza', 'aliança', 'fronte',
  'fuerza', 'renovación', 'acción',
  // Māori tribes and sub-tribes, named as "descendants of" an ancestor ("Ngāi Tahu", "Ngāti Whātua Ōrākei", "Ngati Porou").
  'ngāti', 'ngati', 'ngāi', 'ngai',
  ...irishBodyOpeners]);

/** Prefixes joined to a place's name by a hyphen that make an adjective or another place ("Trans-Canada", "Anglo-Irish", "Pan-Africa"). */
const HYPHEN_PREFIXES = /^(?:trans|pan|mid|anti|pro|post|pre|ex|sub|non|neo|afro|euro|anglo|franco|sino|indo|russo|greco|austro|ibero|italo|judeo|all|greater|inner|outer|upper|lower|north|south|east|west|central|new|old)$/;

const STORM_WORDS = new Set(['hurricane', 'typhoon', 'cyclone', 'storm']);

/** Offices that belong to a place: the unknown name before them is the place ("Albay Governor"). */
const PLACE_OFFICES = new Set(['governor', 'gov', 'mayor', 'premier', 'lieutenant-governor']);
/** A club's other sides, named by the club's name and this word ("Arsenal Women", "Hibernian Ladies"). */
const TEAM_SIDES = /^(?:women|ladies|reserves)$/;
/** Initials of a member of a parliament or an assembly, written after the member's constituency or party. */
const MEMBER_TITLES = new Set(['mp', 'td', 'mla', 'mlc', 'msp', 'mpp', 'mca', 'mep']);
/** Last words of a constituency's or a ward's name ("Menengai West", "Leeds Central"). */
const CONSTITUENCY_ENDS = /^(?:north|south|east|west|central)$/;

/** Dutch, Afrikaans, German and Arabic particles of a surname ("van Heerden", "von der Leyen", "bin Salman"); no town's name holds them. */
const SURNAME_PARTICLES = /^(?:van|von|der|den|ter|ten|vom|zu|zum|bin|ibn|bint|binti|ould|arap)$/;
/** Initials of a football club written before its name ("AFC Leopards", "FK Partizan", "RC Lens"). */
const CLUB_PREFIXES = /^(?:FC|AFC|CF|SC|CD|FK|NK|SK|AC|SV|KV|RC|RCD|UD|PFC|IFK|KRC|BSC|TSV|VfB|VfL)$/;
/** A person's kin, counsel or side, after the person's name in the possessive ("Fitzmaurice's side", "Nowak's lawyer"). */
const PERSONAL_AFTER = /^(?:wife|husband|widow|widower|son|sons|daughter|daughters|mother|father|brother|sister|parents|children|grandmother|grandfather|girlfriend|boyfriend|fiancée|fiancee|lawyer|lawyers|attorney|attorneys|solicitor|barrister|side|charges)$/;
/** Words before a hill's or a valley's name ("on Ben Nevis", "up Ben Lomond", "in Glen Coe"). */
const FEATURE_PREPOSITIONS = /^(?:in|on|near|at|up|above|below|across|through|around|into|onto|beneath|over)$/;
const IN_PLACE = new Set(['in', 'near', 'outside', 'across', 'throughout']);
/** The same, and words of movement to or from a place ("trains run from Madrid to Valladolid"). */
const PLACE_BEFORE_TOWN = new Set([...IN_PLACE, 'from', 'to', 'at', 'toward', 'towards']);
/** Words that may stand between a preposition of place and the place ("in nearby McKeesport", "in suburban Lansing"). */
const PLACE_ADJECTIVES = new Set(['nearby', 'neighbouring', 'neighboring', 'suburban', 'downtown', 'rural', 'central', 'northern', 'southern', 'eastern', 'western', 'coastal', 'remote']);

/** The preposition of place right before `from`, past an adjective of place ("in nearby McKeesport"). */
function placePreposition(tokens: Token[], from: number): Token | undefined {
  let prev = from > 0 ? tokens[from - 1] : undefined;
  if (prev && !prev.cap && PLACE_ADJECTIVES.has(prev.key) && prev.join === 'space' && from > 1) prev = tokens[from - 2];
  return prev && IN_PLACE.has(prev.key) && prev.join === 'space' && prev.paragraph === tokens[from].paragraph ? prev : undefined;
}

/** Words for a way or a trip, before "between" two places ("the road between Rothwell and Oulton"). */
const ROUTE_WORDS = /^(?:roads?|routes?|lines?|railway|stretch|section|border|flights?|trains?|buses|services|journey|trips?|traffic|highway|motorway|corridor|bridge|ferry|track|trail|commute|heading|travelling|traveling|driving|miles|kilometres|kilometers|km)$/;

/**
 * "the road between Rothwell and Oulton", "drivers heading between Caboolture and Gympie": the run at from..to is one of
 * two names joined by "and" after a way's or a trip's word and "between", so both are places.
 */
function routeBetween(tokens: Token[], from: number, to: number): boolean {
  const p = tokens[from].paragraph;
  const routeAt = (k: number) => k >= 1 && tokens[k].key === 'between' && !tokens[k].cap && tokens[k].join === 'space' && tokens[k].paragraph === p &&
    ROUTE_WORDS.test(tokens[k - 1].key) && !tokens[k - 1].cap && tokens[k - 1].join === 'space';
  const and = tokens[to];
  if (routeAt(from - 1)) return !!and && and.key === 'and' && tokens[to - 1].join === 'space' && and.join === 'space' && !!tokens[to + 1]?.cap && tokens[to + 1].paragraph === p;
  if (from < 3 || tokens[from - 1].key !== 'and' || tokens[from - 1].join !== 'space' || tokens[from - 1].paragraph !== p) return false;
  // (The first place has one to three capitalized words.)
  let k = from - 2;
  while (k > from - 5 && k >= 1 && tokens[k].cap && tokens[k - 1].cap && tokens[k - 1].join === 'space') k--;
  return tokens[k].cap && tokens[from - 2].join === 'space' && routeAt(k - 1);
}

/** "a retired teacher from Fishtown", "residents from Kibera", "residents of Kilrush": where a person is from is a place. */
function personFrom(tokens: Token[], from: number): boolean {
  const prep = tokens[from - 1];
  const noun = tokens[from - 2];
  if (!prep || !noun || prep.join !== 'space' || noun.join !== 'space' || (noun.cap && !noun.initial) || prep.paragraph !== tokens[from].paragraph) return false;
  if (prep.key === 'of') return RESIDENT_WORDS.test(noun.key);
  if (noun.cap) return false;
  return prep.key === 'from' && (noun.tags.has('Actor') || isTitleHead(noun) || /^(?:residents?|people|villagers|families|voters|students|workers|farmers|fans|man|woman|men|women)$/.test(noun.key));
}

/** Words that make a region of a listed place ("Greater London", "West Yorkshire", "Northern Cape"). */
const COMPASS = new Set(['greater', 'north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central', 'upper', 'lower', 'inner', 'outer']);

const PLACE_PREPOSITIONS = new Set(['in', 'at', 'from', 'to', 'across', 'near', 'outside', 'inside', 'throughout', 'around']);

/** Org heads that are mostly generic or personal ("the Staff", "the Team"): not an organization alone. */
function titleWordOnly(t: Token): boolean {
  return /^(?:staff|team|campaign|cabinet|unit|division|squad|press|news|media|times|post|journal|daily|capital|partners|holdings|energy|power|oil|gas|fund|trust|center|centre|group|network|front|movement|watch|forum|exchange|reserve|fed|treasury|co|inc|corp|ltd|llc|plc|company|corporation)$/.test(t.key);
}

/** A listed event or law is not an entity. */
function entryType(e: GazetteerEntry): Segment['type'] {
  return e.source === 'event' ? 'event' : e.type;
}

/**
 * "Western Canada", "Greater Manchester", "Orlando East", "New Hanover": a listed place with a compass
 * word or "New" is another place (a part of it, or a namesake), named by its own words, not an alias.
 */
function partOf(entry: GazetteerEntry, tokens: Token[], from: number, to: number): GazetteerEntry {
  const words = tokens.slice(from, to).map((t) => t.key);
  return { ...entry, words, surface: tokens.slice(from, to).map((t) => t.text).join(' '), group: words.join(' '), ambiguous: false };
}

/** A political grouping's word, or the government such a grouping forms ("the NDA government"). */
const GROUPINGS = new Set([...GROUPING_WORDS, 'government']);

/**
 * "the NDA government", "the NDA or the INDIA bloc": initials that are usually a common thing ("NDA", a
 * non-disclosure agreement) name a political grouping before a word for one, or in a pair with initials before one.
 */
function groupingAcronym(tokens: Token[], to: number): boolean {
  const next = tokens[to];
  if (!next || next.paragraph !== tokens[to - 1].paragraph || tokens[to - 1].join !== 'space') return false;
  if (GROUPINGS.has(next.key)) return true;
  if (next.key !== 'or' && next.key !== 'and') return false;
  let k = to + 1;
  if (tokens[k]?.key === 'the') k++;
  return !!tokens[k]?.acronym && GROUPINGS.has(tokens[k + 1]?.key ?? '') && tokens[k + 1].paragraph === next.paragraph;
}

/** Greedy longest gazetteer matches inside `[from, to)`. */
function gazetteerMatches(tokens: Token[], from: number, to: number): { from: number; to: number; entry: GazetteerEntry }[] {
  const out: { from: number; to: number; entry: GazetteerEntry }[] = [];
  // "Helena Marsh said", "Georgia Clarke, a virologist,": a place that is also a given name, then a surname, is a person.
  if (placeNamedPerson(tokens, from, to)) return out;
  let k = from;
  while (k < to) {
    let e = matchAt(tokens, k, to);
    // "Karine Jean-Pierre": a city that is also a name does not break a hyphenated word.
    if (e && e.ambiguous && ((k > from && tokens[k - 1].join === 'hyphen') || (k + e.words.length < to && tokens[k + e.words.length - 1].join === 'hyphen'))) e = undefined;
    if (e) {
      out.push({ from: k, to: k + e.words.length, entry: e });
      k += e.words.length;
    } else k++;
  }
  return out;
}

/**
 * "Detective Sergeant Aaron Pike", "Sergeant Pike", "Aaron Pike": a place head that is also a common surname, after a
 * title or a given name, ends a person's name ("Wilmington Pike" and "Penny Lane" stay places).
 */
function surnameAfterNameOrTitle(tokens: Token[], from: number, to: number): boolean {
  const before = tokens[to - 2];
  // ("Pieter van Dam", "Jan van der Berg": a place head after a lower-case name particle is a surname.)
  // ("Posada del Canal" is an inn: a common noun of the language opens it.)
  if (to - from >= 2 && before && !before.cap && nameParticles.has(before.key) && (placeHeads.has(tokens[to - 1].key) || SURNAME_PLACE_HEADS.has(tokens[to - 1].key))) {
    return !romancePlaceHeads.has(tokens[from].key) && !romanceOrgHeads.has(tokens[from].key);
  }
  if (to - from < 2 || !SURNAME_PLACE_HEADS.has(tokens[to - 1].key)) return false;
  if (doubleBarrelled(tokens, from, to)) return true;
  return isTitleHead(tokens[from]) && !tokens[from].acronym || isTitleHead(before) || before.tags.has('FirstName') && !before.tags.has('Place') && knownNameWord(before.key) || givenNameAgent(tokens, from, to);
}

/**
 * "Directed by Dominic Hill", "Karen Field said": a given name and a place's head that is also a surname, after "by" or
 * before a speech verb, name who did or said it, whatever compromise guessed from the head ("Victoria Park" elsewhere
 * stays a place).
 */
function givenNameAgent(tokens: Token[], from: number, to: number): boolean {
  const [given, by, verb] = [tokens[from], tokens[from - 1], tokens[to]];
  if (to - from !== 2 || !SURNAME_PLACE_HEADS.has(tokens[to - 1].key) || !(knownNameWord(given.key) || isCommonGivenName(given.key)) || knownPlaceWord(given.key) || matchAt(tokens, from, from + 1)) return false;
  return (!!by && by.key === 'by' && by.join === 'space' && by.paragraph === given.paragraph) || (!!verb && speechVerbs.has(verb.key) && tokens[to - 1].join === 'space' && verb.paragraph === given.paragraph);
}

/**
 * "Jamison Gibson-Park", "Gibson-Park said": a place head that is also a surname, joined by a hyphen to the capitalized
 * word before it, ends a double-barrelled surname; a place writes its head apart ("Gibson Park", "Hyde Park").
 * Not after a prefix ("Trans-Canada", "North-Park") nor after a listed place or a word only known as a place.
 */
function doubleBarrelled(tokens: Token[], from: number, to: number): boolean {
  const half = tokens[to - 2];
  if (half.join !== 'hyphen' || !half.cap || half.acronym || half.possessive || HYPHEN_PREFIXES.test(half.key) || COMPASS.has(half.key)) return false;
  if (half.paragraph !== tokens[to - 1].paragraph || !tokens[to - 1].cap) return false;
  // (The words before it name the person: no head noun, no initials.)
  for (let k = from; k < to - 2; k++) if (!tokens[k].cap || tokens[k].acronym || orgHeads.has(tokens[k].key) || placeHeads.has(tokens[k].key)) return false;
  return !matchAt(tokens, to - 2, to - 1) && !(knownPlaceWord(half.key) && !knownNameWord(half.key));
}

/**
 * "Jun Park, an analyst, said", "Tavion Park, 41,", "Anne-Marie Lane, 52,": a given name (one no list knows, or one compromise reads as a
 * first name: "Jun" is no month before a capitalized word), then a place head that is also a common surname,
 * described as a person (a job or an age), names a person ("Hyde Park, a popular spot," stays a place).
 */
function describedSurnamePerson(tokens: Token[], from: number, to: number): boolean {
  const given = tokens[from];
  // ("Charlotte-Rose Pike, 19,": two given names joined by a hyphen, the first of which may be a town's name too.)
  const hyphened = to - from === 3 && given.join === 'hyphen' && tokens[from + 1].cap && !tokens[from + 1].acronym
    && isGivenName(given) && isGivenName(tokens[from + 1]);
  return (to - from === 2 || hyphened) && SURNAME_PLACE_HEADS.has(tokens[to - 1].key) && tokens[to - 2].join === 'space' && !given.acronym && (!inLexicon(given.key) || given.tags.has('FirstName') || given.tags.has('Month')) &&
    (hyphened || !knownPlaceWord(given.key) && !matchAt(tokens, from, from + 1)) && (personAppositive(tokens, to) || bracketAge(tokens, to));
}

/** Words for what someone was, capitalized when they open a sentence ("Former Sydney FC striker …"). */
const FORMER = /^(?:former|then|ex)$/;

/** Metals a mining company names itself by ("Barrick Gold", "Harmony Gold", "Anglo American Platinum", "First Quantum"'s "Kansanshi Copper"). */
const MEDAL_VERBS = /^(?:won|win|wins|winning|claimed|claim|claims|took|take|takes|grabbed|bagged|clinched|scooped|defended|retained)$/;
const MINED_METALS = new Set(['gold', 'copper', 'platinum', 'lithium', 'uranium', 'nickel', 'zinc']);

/**
 * "Barrick Gold", "Kinross Gold reported", "Pilbara Lithium": a name ending in a mined metal is a mining company, unless a
 * word before the metal is a given name or a word of the language ("Olympic Gold", "Ari Gold", "Dr Copper").
 */
function minerName(tokens: Token[], from: number, to: number): boolean {
  if (to - from < 2 || !MINED_METALS.has(tokens[to - 1].key) || tokens[to - 1].possessive) return false;
  // ("won Olympic Gold", "the Commonwealth Gold medal": a medal is won and is no company.)
  const [prev, next] = [tokens[from - 1], tokens[to]];
  if (prev && prev.paragraph === tokens[from].paragraph && MEDAL_VERBS.test(prev.key) || next && next.paragraph === tokens[from].paragraph && /^medal(?:s|list|ist|lists|ists)?$/.test(next.key)) return false;
  return tokens.slice(from, to - 1).every((t) => t.cap && !t.acronym && !isGivenName(t) && !knownNameWord(t.key) && !inLexicon(t.key) && !isTitleWord(t) && !t.possessive && t.join === 'space'
    && !t.tags.has('Adjective') && !orgHeads.has(t.key) && !placeHeads.has(t.key) && !eventHeads.has(t.key) && !demonyms.has(t.key));
}

/** Place heads that are also common surnames ("Pike", "Lane", "Park", "Ford"). */
const SURNAME_PLACE_HEADS = new Set(['pike', 'lane', 'park', 'bridge', 'ridge', 'castle', 'forest', 'beach', 'marsh', 'hill', 'hills', 'wood', 'port', 'field', 'fields', 'banks', 'brook', 'church', 'hall', 'gap']);

/** "al-Manar", "al-Khatib": an Arabic article joined to the name that follows it stays in the name; so does the ordinal of a unit ("68th Separate Jaeger Brigade"). */
function articleBeforeName(t: Token, to: number, tokens?: Token[]): boolean {
  if (tokens && ORDINAL.test(t.text) && t.join === 'space' && to - t.i >= 2 && numberedUnit(tokens, t.i + 1, to)) return true;
  return !t.cap && t.join === 'hyphen' && arabicArticle.test(t.text) && t.i + 1 < to;
}

/** Trims group adjectives, stop words and connectors from both ends. */
function trim(tokens: Token[], from: number, to: number, locked?: (k: number) => boolean): [number, number] {
  const edge = (t: Token) => !(locked && locked(t.i)) && isEdge(tokens, t);
  // "First Lanier Savings", "New Century Financial", "Global Crossing Holdings": a capitalized word
  // that opens an organization's name before its head noun is part of it.
  const orgName = to - from >= 3 && orgHeads.has(tokens[to - 1].key) && tokens[from].cap && !tokens[from].initial
    && ORG_NAME_OPENERS.has(tokens[from].key) && tokens[from].join === 'space';
  while (from < to && edge(tokens[from]) && !(orgName && tokens[from].i === from) && !articleBeforeName(tokens[from], to, tokens)) from++;
  // A lower-case syllable after a hyphen stays ("Ban Ki-moon").
  while (to > from && edge(tokens[to - 1]) && !(to - 1 > from && !tokens[to - 1].cap && tokens[to - 2].join === 'hyphen' && tokens[to - 2].cap)
    && !(to - from === 2 && tokens[to - 1].text === 'AI' && tokens[from].cap && !inLexicon(tokens[from].key) && tokens[from].join === 'space')) to--;
  return [from, to];
}

/** A stop word, except "Jan" or "Jun" written as a first name (no period, a capitalized word after it). */
function isStop(tokens: Token[], t: Token): boolean {
  return stopWords.has(t.key) && !letterInitial(tokens, t) && !monthAbbreviationName(t) && !monthAsName(tokens, t.i) && !stopWordAsSurname(tokens, t.i) && !nearDistrict(tokens, t.i) && !stopOpensName(tokens, t.i);
}

function isEdge(tokens: Token[], t: Token): boolean {
  return !t.cap && !irishPrefixedName(tokens, t) || isStop(tokens, t) || nonNameWords.has(t.key) || ((t.tags.has('Demonym') || demonyms.has(t.key)) && !givenNameBeforeSurname(tokens, t))
    || (t.acronym && nonEntityAcronyms.has(t.text) && !groupingAcronym(tokens, t.i + 1)) || unitOrGroup(tokens, t);
}

/**
 * "Hans Kluge", "Thais Oliveira": a given name spelled like the plural of a people ("Han", "Thai") opens the
 * name when a surname follows it; "many Hans Chinese" is still the people.
 */
function givenNameBeforeSurname(tokens: Token[], t: Token): boolean {
  const next = tokens[t.i + 1];
  return t.tags.has('FirstName') && !t.acronym && t.join === 'space' && !!next && next.cap && !next.acronym && next.paragraph === t.paragraph &&
    (next.tags.has('LastName') || next.tags.has('ProperNoun')) && !next.tags.has('Demonym') && !demonyms.has(next.key) && !next.tags.has('Place');
}

/**
 * Capitals that name no entity: a unit right after a number ("a 300 MW plant", "40 GWh") and a
 * plural of an acronym, which counts people or things ("MPs", "MSPs", "NGOs").
 */
function unitOrGroup(tokens: Token[], t: Token): boolean {
  if (/^\p{Lu}{2,5}s$/u.test(t.text)) return true;
  const prev = tokens[t.i - 1];
  // "14:32 PKT", "9 a.m. WIB": capitals right after a clock time are its time zone.
  if (t.acronym && prev && prev.paragraph === t.paragraph && /^\s$/.test(prev.gap) && prev.tags.has('Time') && /\d|^[ap]\.?m\.?$/i.test(prev.text)) return true;
  if (!prev || prev.paragraph !== t.paragraph || !/^\d[\d.,]*$/.test(prev.text) || !/^\s$/.test(prev.gap)) return false;
  return UNITS.has(t.text) || /^[kMGT]?[WV]h$/.test(t.text);
}

/** Units written in capitals after a number. */
const UNITS = new Set(['MW', 'GW', 'KW', 'TW', 'GB', 'TB', 'MB', 'KB', 'KM', 'MPH', 'PPM', 'BPD', 'HP', 'TEU', 'TEUs', 'MT', 'BCM', 'MTPA', 'MMBTU', 'MBPS', 'GHZ']);


const tagVotes = (tokens: Token[], from: number, to: number) => {
  let person = 0;
  let org = 0;
  let place = 0;
  for (let k = from; k < to; k++) {
    const t = tokens[k];
    if (t.tags.has('Person') || t.tags.has('FirstName') || t.tags.has('LastName')) person++;
    if (t.tags.has('Organization')) org++;
    if (t.tags.has('Place')) place++;
  }
  return { person, org, place };
};

const ACRONYM_TAGS = new Set(['Noun', 'ProperNoun', 'Acronym', 'Abbreviation', 'Singular', 'Plural', 'Organization', 'Possessive', 'Hyphenated', 'Actor']);

const COMMON_SUFFIX = /(?:tion|tions|sion|sions|ity|ities|ment|ments|ness|ence|ences|ance|ances|age|ive|ives|ous|ful|less|ism|ics|ship|ure|ures|al|als|ists|ency|ancy|ogy|phy)$/;

/** What compromise may read into an unknown name's words (no plural, adjective, verb, place or organization). */
const SUBJECT_NAME_TAGS = new Set(['Noun', 'Singular', 'ProperNoun', 'Person', 'FirstName', 'LastName', 'MaleName', 'FemaleName', 'TitleCase', 'Hyphenated']);

const NAME_TAGS = new Set(['Noun', 'ProperNoun', 'Person', 'FirstName', 'LastName', 'MaleName', 'FemaleName', 'Possessive', 'Hyphenated', 'TitleCase', 'Singular']);

/** A capitalized word compromise has no common-word reading for (or the syllable after a hyphen in "Min-seo"). */
function nameShaped(t: Token, prev?: Token): boolean {
  if (!t.cap && prev?.join === 'hyphen' && prev.cap && /^\p{Ll}{2,4}$/u.test(t.text)) return true;
  if (!t.cap || t.acronym) return false;
  for (const tag of t.tags) if (!NAME_TAGS.has(tag)) return false;
  // "Singular" comes from compromise's lexicon of common nouns unless it also knows the word as a name.
  if (t.tags.has('Singular') && !t.tags.has('Person')) return false;
  // Shaped like a common noun or adjective ("Mental Coverage", "Professional Responsibility").
  return !(t.key.length >= 6 && COMMON_SUFFIX.test(t.key));
}

/** After the name at `[.., to)`: ", of <Place>," or ", <age>," as news writes a person's residence or age. */
export function personAppositive(tokens: Token[], to: number): boolean {
  const last = tokens[to - 1];
  const next = tokens[to];
  if (!next || !/^,\s+$/.test(last.gap) || next.paragraph !== last.paragraph) return false;
  // "Ngozi Adeyemi-Bakare, who studied there": a who-clause is said of a person.
  if (next.key === 'who') return true;
  if (next.key === 'of') {
    const place = tokens[to + 1];
    return !!place && place.cap && next.join === 'space' && place.paragraph === next.paragraph;
  }
  if (/^\d{1,3}$/.test(next.text) && Number(next.text) < 110 && /^,/.test(next.gap)) return true;
  return personRoleAt(tokens, to);
}

/** "Declan Moloney (41), of Cratloe Road": an age in brackets right after the name, as Irish and British copy writes it. */
function bracketAge(tokens: Token[], to: number): boolean {
  const last = tokens[to - 1];
  const next = tokens[to];
  return !!next && next.paragraph === last.paragraph && /^\s*\(\s*$/.test(last.gap) && /^\d{1,3}$/.test(next.text) && Number(next.text) < 110 && /^\s*\)/.test(next.gap);
}

/**
 * Roles that organizations play as often as people ("a partner", "a customer", "a developer"): no
 * evidence for a person on their own.
 */
const SHARED_ROLES = new Set([
  'partner', 'partners', 'employer', 'customer', 'client', 'developer', 'member', 'owner', 'investor', 'shareholder', 'buyer', 'seller',
  'supplier', 'vendor', 'provider', 'contractor', 'operator', 'producer', 'builder', 'sponsor', 'donor', 'creditor', 'debtor', 'tenant',
  'landlord', 'bidder', 'winner', 'leader', 'founder', 'cofounder', 'co-founder', 'head', 'host', 'pioneer', 'player', 'newcomer', 'backer',
]);

/** A lower-case noun that names a person's job or station ("trader", "chief economist", "president"). */
function personNoun(t: Token): boolean {
  if (t.cap || SHARED_ROLES.has(t.key) || orgDescriptors.has(t.key) || orgHeads.has(t.key)) return false;
  // (Or a noun of profession by its ending: "an oceanographer", "a historian", "a cellist", "a physician".)
  return isTitleHead(t) || t.tags.has('Actor') || /^[a-z]{4,}(?:ologist|ographer|ician|ist|ian)$/.test(t.key) && t.tags.has('Noun');
}

/**
 * After the name at `[.., to)` and a comma, an apposition that describes a person: "a 38-year-old
 * trader", "a Ridgeway analyst", "chief economist at Cowry Asset Management", "president of the
 * Manufacturers Association". The job noun closes the apposition or takes a preposition ("of", "at", "in" ...).
 */
export function personRoleAt(tokens: Token[], to: number): boolean {
  const last = tokens[to - 1];
  let k = to;
  const first = tokens[k];
  if (!first || !/^,\s+$/.test(last.gap) || first.paragraph !== last.paragraph) return false;
  // ("Babatunde Okafor, the commissioner for works,": a definite article before an office too.)
  const article = first.key === 'a' || first.key === 'an' || first.key === 'the';
  if (article) k++;
  // ("Olli Rehn, the EU's economic and monetary affairs commissioner,": after an article, modifiers joined by "and".)
  for (const end = k + (article ? 6 : 4); k < end && k < tokens.length; k++) {
    const t = tokens[k];
    if (t.paragraph !== first.paragraph) return false;
    if (article && t.key === 'and' && k > to + 1 && !tokens[k - 1].cap && t.join === 'space' && !tokens[k + 1]?.cap) continue;
    // (Without an article a capitalized word is another name: "Lagos, Nigeria".)
    // ("Julian Beach, the MHRA's interim director": a possessive name after the article names whose.)
    // ("Kumari Selja, the Congress MP from Sirsa,": a title written as initials is the job noun.)
    const initialsTitle = t.acronym && !t.possessive && isTitleHead(t);
    // ("Victoria Atkins, the Shadow Health Secretary,": an office written in capitals after the article closes it too.)
    if (article && t.cap && !t.acronym && !t.possessive && isTitleHead(t) && k > to + 1 && /^[,.;:)]/.test(t.gap)) return true;
    const officeWord = article && t.cap && !t.acronym && !t.possessive && t.join === 'space' && !t.tags.has('Person') && !t.tags.has('Place') && !t.tags.has('Organization');
    if (t.cap && (!article || t.acronym && !t.possessive) && !initialsTitle && !officeWord) return false;
    // ("Habil Olaka, the association's former chief executive,": a title word after a title head closes it too.)
    const office = k > to && isTitleWord(t) && !t.cap && isTitleHead(tokens[k - 1]) && !tokens[k - 1].cap && !SHARED_ROLES.has(tokens[k - 1].key);
    if ((personNoun(t) || office || initialsTitle) && t.join !== 'hyphen') {
      if (/^[,.;:)]/.test(t.gap) || k + 1 >= tokens.length) return true;
      const after = tokens[k + 1];
      if (t.join === 'space' && /^(?:of|at|for|with|in|from|who)$/.test(after.key)) return true;
    }
    // ("the association's former chief executive": a lower-case possessive names whose; so does a name's right after
    // the article, "the EU's economic affairs commissioner".)
    if (t.join !== 'space' && t.join !== 'hyphen' && !(article && t.possessive && (!t.cap || k === to + 1) && /^['’]s\s+$/.test(t.gap))) return false;
    // "a 38-year-old trader", "a former Ridgeway analyst": only modifiers before the noun.
    if (!t.cap && !/^\d/.test(t.text) && !t.tags.has('Adjective') && !t.tags.has('Value') && !t.tags.has('Unit') && !isTitleWord(t) && !t.tags.has('Noun')) return false;
  }
  return false;
}

/** "W.A." or "V." written before a surname. */
function isInitials(t: Token): boolean {
  return /^(?:\p{Lu}\.){1,3}$/u.test(t.text) || (/^\p{Lu}$/u.test(t.text) && t.dotEnd > t.end);
}

/** Types a stretch of capitalized words that no list and no title explains. */
/** Price benchmarks named before their market ("Brent crude", "WTI futures", "Urals oil"): no entity. */
const BENCHMARK = /^(?:brent|wti|urals)$/;
const BENCHMARK_MARKET = /^(?:crude|oil|futures|blend|benchmark|prices?|contracts?|spread)$/;

export function classifyStretch(tokens: Token[], from: number, to: number, hint?: 'modifier' | 'name'): Segment[] {
  [from, to] = trim(tokens, from, to);
  if (to <= from) return [];
  if (to - from === 1 && BENCHMARK.test(tokens[from].key) && BENCHMARK_MARKET.test(tokens[to]?.key ?? '')) return [];
  const n = to - from;
  const first = tokens[from];
  const last = tokens[to - 1];
  if (n === 1 && !first.acronym && !clubHeads.has(first.key) && (isTitleWord(first) || orgHeads.has(first.key) || placeHeads.has(first.key) || eventHeads.has(first.key))) {
    // "the Commission", "the Chancellery": a capitalized organization noun after "the" names one.
    const prev = from > 0 ? tokens[from - 1] : undefined;
    if (orgHeads.has(first.key) && !first.initial && !first.heading && prev?.key === 'the' && prev.paragraph === first.paragraph && !titleWordOnly(first)) {
      return [{ from, to, type: 'organization', strength: 2 }];
    }
    return [];
  }
  // "Deputy State Fire Marshal Cpl." before a name: a title cut off by its abbreviation's period names no one.
  if (n >= 2 && isTitleHead(last) && last.dotEnd > last.end && tokens.slice(from, to).every((t) => isTitleWord(t) && !t.acronym)) return [];
  // "The Attorney-General said", "the Chief Electoral Officer's office": title words alone, ending with a
  // title head, name no one (unless one is a body's head: "House", "Board").
  // ("the Attorney General's office": the office holder's office is a body.)
  if (n >= 2 && isTitleHead(last) && !isHonorific(last) && tokens.slice(from, to).every((t) => isTitleWord(t) && !t.acronym && !orgHeads.has(t.key) && !placeHeads.has(t.key))) {
    return last.possessive && tokens[to]?.key === 'office' ? [{ from, to, type: 'organization', strength: 2 }] : [];
  }
  if (n === 1 && first.acronym) {
    if (nonEntityAcronyms.has(first.text)) return groupingAcronym(tokens, to) ? [{ from, to, type: 'organization', strength: 3 }] : [];
    // "the MPP for Ottawa Centre", "an MLA": initials that are a title name no one by themselves.
    if (isTitleWord(first)) return [];
    // "THE FACTS:": a word after an article written in capitals is shouted text, not a set of initials.
    const before = tokens[from - 1];
    if (before && before.paragraph === first.paragraph && before.join === 'space' && before.text.length > 1 && before.text === before.text.toUpperCase() &&
        /^(?:the|a|an)$/.test(before.key) && first.text.length >= 4) return [];
    if (first.tags.has('Place')) return [{ from, to, type: 'place', strength: 2 }];
    if (first.tags.has('Person') && !first.tags.has('Organization')) return [{ from, to, type: null, strength: 0 }];
    if (first.tags.has('Organization')) return [{ from, to, type: 'organization', strength: 2 }];
    // An unknown all-capital word: an organization's initials, unless compromise reads it as a common
    // word ("SAVE", "QUARTER", "ABSTRACT") or it is too long to be initials.
    const letters = first.text.replace(/[^\p{L}]/gu, '').length;
    for (const tag of first.tags) if (!ACRONYM_TAGS.has(tag)) return [];
    if (first.heading || inLexicon(first.key)) return [];
    // A long word in capitals is no set of initials, but may still be a dateline's place ("MARLOWE, Ind.").
    if (letters > 5) return [{ from, to, type: null, strength: 0 }];
    return [{ from, to, type: 'organization', strength: 1 }];
  }
  if (surnameLikeHead(tokens, from, to)) return [{ from, to, type: 'person', strength: 3 }];
  if (n >= 2 && orgHeads.has(last.key)) return [{ from, to, type: 'organization', strength: 3 }];
  if (minerName(tokens, from, to)) return [{ from, to, type: 'organization', strength: 3 }];
  if (n >= 3 && serviceDistrict(tokens, to)) return [{ from, to, type: 'organization', strength: 3 }];
  // "Banco Horizonte", "Société Générale", "Grupo Bimbo": a company word that opens the name.
  if (n >= 2 && ORG_OPENERS.has(first.key)) return [{ from, to, type: 'organization', strength: 3 }];
  // "AFC Leopards", "FC Porto", "FK Partizan", "SC Freiburg", "VfB Stuttgart": a football club's initials open its name.
  if (n >= 2 && n <= 4 && CLUB_PREFIXES.test(first.text) && first.join === 'space' && tokens.slice(from + 1, to).every((t) => t.cap && !t.acronym && !t.tags.has('FirstName'))) return [{ from, to, type: 'organization', strength: 3 }];
  // "HM Coastguard", "HM Land Registry": "His (Her) Majesty's" opens the name of a British Crown body; not a monarch's style ("HM King Charles").
  if (n >= 2 && first.text === 'HM' && first.join === 'space' && !isTitleWord(tokens[from + 1])) return [{ from, to, type: 'organization', strength: 3 }];
  // "Jalan Tun Abdul Razak", "Bukit Chagar", "Kampung Baru": a Malay place word opens a place's name.
  if (n >= 2 && placeOpeners.has(first.key) && !first.acronym && !tokens.slice(from, to).some((t) => t.tags.has('Organization'))) return [{ from, to, type: 'place', strength: 3 }];
  // "Lumora AI", "Stability AI": a name and "AI" is a company.
  if (n === 2 && last.text === 'AI' && !inLexicon(first.key) && first.cap) return [{ from, to, type: 'organization', strength: 2 }];
  if (n >= 2 && eventHeads.has(last.key)) return [{ from, to, type: 'event', strength: 3 }];
  // "a Bristol-based lender": what something is based in is a place.
  if (last.join === 'hyphen' && tokens[to]?.key === 'based' && !orgHeads.has(last.key) && !first.acronym) return [{ from, to, type: 'place', strength: 2 }];
  if (givenNameAgent(tokens, from, to)) return [{ from, to, type: 'person', strength: 3 }];
  if (n >= 2 && placeHeads.has(last.key) && !surnameAfterNameOrTitle(tokens, from, to)) return [{ from, to, type: 'place', strength: 3 }];
  for (let k = from + 1; k < to - 1; k++) {
    // A body named for what it stands for, as the run was joined through "for": "Citizens for Tax Justice", "Center for
    // American Progress"; "Physicians for Human Rights", "Mothers for Safe Streets" (a people's plural, "for" and a cause);
    // "Equinox Initiative for Racial Justice" (a plan's word, capitalized, then a cause, as the run was joined too).
    const planForCause = tokens[k - 1].cap && /^(?:initiative|project|partnership)$/.test(tokens[k - 1].key) && causeAfterFor(tokens, k, true);
    if (tokens[k].key === 'for' && ((BODY_BEFORE_FOR.test(tokens[k - 1].key) && tokens[k - 1].cap) || planForCause || (k === from + 1 && tokens[from].tags.has('Plural') && causeAfterFor(tokens, k)))) {
      return [{ from, to, type: 'organization', strength: 3 }];
    }
    if (tokens[k].key !== 'of') continue;
    if (orgOfHeads.has(tokens[k - 1].key)) return [{ from, to, type: 'organization', strength: 3 }];
    if (placeOfHeads.has(tokens[k - 1].key)) return [{ from, to, type: 'place', strength: 3 }];
  }
  if (hint === 'name') return [{ from, to, type: 'person', strength: 3 }];
  // "W.A. Lindqvist", "J.K. Asamoah-Frimpong": initials, then a name.
  if (n >= 2 && n <= 4 && isInitials(first) && !first.heading) {
    let name = true;
    for (let k = from + 1; k < to; k++) {
      const t = tokens[k];
      // ("F.W. de Klerk", "P.J. van der Merwe": a particle in lower case before the surname.)
      if (!(t.cap || tokens[k - 1].join === 'hyphen' || (nameParticles.has(t.key) && k < to - 1)) || t.acronym || orgHeads.has(t.key) || placeHeads.has(t.key) || (t.tags.has('Place') && !t.tags.has('Person'))) name = false;
    }
    if (name) return [{ from, to, type: 'person', strength: 2 }];
  }
  // "the Nitish Kumar government", "the Ruto administration": a given name or a known surname before a word for what a
  // person leads is that person, whatever compromise guessed from the word after it.
  const led = tokens[to];
  if (n >= 2 && n <= 3 && led && !led.cap && led.paragraph === last.paragraph && last.join === 'space' && personModifiedHeads.has(led.key) &&
      (knownNameWord(last.key) || isCommonGivenName(first.key)) && tokens.slice(from, to).every((t) => /^\p{Lu}[\p{Ll}\p{M}]+$/u.test(t.text) && !orgHeads.has(t.key) && !placeHeads.has(t.key) && !knownPlaceWord(t.key))) {
    return [{ from, to, type: 'person', strength: 2 }];
  }
  const votes = tagVotes(tokens, from, to);
  if (n >= 2 && first.tags.has('FirstName') && votes.org < n && votes.place < n) return [{ from, to, type: 'person', strength: 3 }];
  // "Kees van der Berg", "Van der Berg": a lower-case name particle inside the run marks a person's name.
  if (n >= 3 && n <= 6 && !first.heading && votes.org === 0 && last.cap && !orgHeads.has(last.key) && !placeHeads.has(last.key)
    && tokens.slice(from + 1, to - 1).some((t) => !t.cap && nameParticles.has(t.key))) {
    // ("Junta de Castilla y León", "ASAJA Castilla y León", "Mercado del Val": a common noun of the
    // language, or an acronym, opens the name of an institution or a place, never a person's.)
    if (romanceOrgHeads.has(first.key) || first.acronym) return [{ from, to, type: 'organization', strength: 2 }];
    if (romancePlaceHeads.has(first.key) && !first.tags.has('FirstName')) return [{ from, to, type: 'place', strength: 2 }];
    // ("near Viña del Mar", "in San Juan de la Maguana": after a preposition of place, a town.)
    const at = from > 0 ? tokens[from - 1] : undefined;
    if (at && IN_PLACE.has(at.key) && at.join === 'space' && at.paragraph === first.paragraph && !first.tags.has('FirstName')) return [{ from, to, type: 'place', strength: 2 }];
    return [{ from, to, type: 'person', strength: 2 }];
  }
  if (hint === 'modifier') {
    if (votes.place > votes.org && votes.place >= votes.person) return [{ from, to, type: 'place', strength: 2 }];
    return [{ from, to, type: 'organization', strength: 2 }];
  }
  const best = Math.max(votes.person, votes.org, votes.place);
  const prev0 = from > 0 ? tokens[from - 1] : undefined;
  // "west of Pokrovsk", "6 km northeast of Majene": what a compass bearing is measured from is a place.
  if (n <= 2 && prev0 && prev0.key === 'of' && prev0.join === 'space' && prev0.paragraph === first.paragraph && from >= 2 && !first.initial && votes.org === 0 &&
      /^(?:north|south|east|west)(?:east|west|-east|-west)?$/.test(tokens[from - 2].key) && tokens[from - 2].join === 'space') {
    return [{ from, to, type: 'place', strength: 3 }];
  }
  if (placeNamedPerson(tokens, from, to)) return [{ from, to, type: 'person', strength: 3 }];
  // "Claire Marsh-Becker", "Denise Watkins-Hall": a common given name, then a double-barrelled surname.
  if (n >= 3 && n <= 4 && votes.org === 0 && !first.acronym && isCommonGivenName(first.key)
    && tokens.slice(from + 1, to - 1).some((t) => t.join === 'hyphen') && tokens.slice(from + 1, to).every((t) => t.cap && !t.acronym)
    && !placeHeads.has(last.key) && !orgHeads.has(last.key)) return [{ from, to, type: 'person', strength: 3 }];
  // "challenger Owen Marsh": compromise's place guess for a given name and a surname, against a role before it.
  if (n === 2 && votes.place === best && votes.org === 0 && givenNameThenSurname(tokens, from, to)) return [{ from, to, type: 'person', strength: 3 }];
  // "Los Ríos", "Las Tunas": a Spanish plural article opens a place's name, never a person's.
  if (n >= 2 && n <= 4 && /^(?:los|las)$/.test(first.key) && first.text !== 'LOS' && votes.org === 0 && !orgHeads.has(last.key)) return [{ from, to, type: 'place', strength: 2 }];
  // "Choe Son Hui", "Wang Yi": a Korean or Chinese family name first, then short given-name syllables.
  if (n >= 2 && n <= 3 && votes.org === 0 && !first.acronym && eastAsianFamilyNames.has(first.key) && !first.possessive
    // ("Park Ji-hoon": the syllable after a hyphen is a token of its own, in lower case.)
    && tokens.slice(from + 1, to).every((t) => (t.cap || tokens[t.i - 1].join === 'hyphen' && /^\p{Ll}{2,5}$/u.test(t.text)) && !t.acronym
      && /^\p{Lu}?\p{Ll}{1,5}(?:-\p{Ll}{2,5})?$/u.test(t.text) && !knownPlaceWord(t.key) && !placeHeads.has(t.key) && !orgHeads.has(t.key))) {
    return [{ from, to, type: 'person', strength: 3 }];
  }
  // "Derek Lyle Marsh": a given name and a middle name compromise lists as names, then a surname.
  if (n === 3 && votes.org === 0 && votes.person < n && !first.acronym && !tokens[from + 1].acronym &&
      knownNameWord(first.key) && knownNameWord(tokens[from + 1].key) && !knownPlaceWord(first.key) && !knownPlaceWord(tokens[from + 1].key) && !ADMIN_WORDS.has(last.key)) {
    return [{ from, to, type: 'person', strength: 3 }];
  }
  // "Port-Gentil", "Port Hedland", "Fort McMurray": a port or a fort and a name is a town.
  if (n >= 2 && /^(?:port|fort)$/.test(first.key) && first.cap && !first.acronym && !first.possessive && votes.org === 0) return [{ from, to, type: 'place', strength: 2 }];
  if (best > 0) {
    const type: EntityType = votes.person === best && (n >= 2 || votes.org === 0) ? 'person' : votes.org === best ? 'organization' : votes.place === best ? 'place' : 'person';
    let strength = 2;
    // A lone sentence-initial word tagged by compromise is no evidence: left for the one-sense rescan.
    if (n === 1 && first.initial) return [{ from, to, type: null, strength: 0 }];
    // "in Nature": compromise guesses a place for a common word after "in"; not enough.
    if (n === 1 && type === 'place' && inLexicon(first.key) && !knownPlaceWord(first.key)) return [{ from, to, type: null, strength: 0 }];
    if (type === 'place' && from > 0 && PLACE_PREPOSITIONS.has(tokens[from - 1].key)) strength = 3;
    // "near Leland", "outside Franklin": a lone given name after a preposition of place is a town (weakly).
    if (n === 1 && type === 'person' && placePreposition(tokens, from) && !first.possessive &&
        !(tokens[to]?.cap && first.join === 'space') && !first.tags.has('LastName') && votes.place === 0 && !/^vs?$/.test(tokens[to]?.key ?? '')) return [{ from, to, type: 'place', strength: 1 }];
    return [{ from, to, type, strength }];
  }
  if (n >= 2 && n <= 3 && !first.heading && votes.org === 0 && (personAppositive(tokens, to) || bracketAge(tokens, to))) {
    // "Jalen Whitcomb, of Grove City,", "Mara Ellison, 34,": a residence or an age after the name.
    let shaped = true;
    for (let k = from; k < to; k++) if (!nameShaped(tokens[k], tokens[k - 1]) && !(k === from && first.initial && !inLexicon(first.key))) shaped = false;
    if (shaped) return [{ from, to, type: 'person', strength: 3 }];
  }
  // "said Nurhayati, a 38-year-old trader": one name no list knows, then a person's job or age ("Okonkwo, a trader,
  // said" at a sentence start: a job, not a residence or a who-clause).
  // (Not after a preposition of place: "Born in nearby McKeesport, the daughter of a steelworker, she …".)
  const openingRole = first.initial && /^\p{Lu}\p{Ll}{3,}$/u.test(first.text) && personRoleAt(tokens, to);
  if (n === 1 && !first.heading && (!first.initial || openingRole) && votes.org === 0 && !inLexicon(first.key) && (nameShaped(first) || openingRole) && personAppositive(tokens, to) && !placePreposition(tokens, from)) {
    return [{ from, to, type: 'person', strength: 2 }];
  }
  const next = tokens[to];
  // ("Aliko Dangote has said": an auxiliary before the speech verb.)
  const aux = !!next && /^(?:has|had|have|also|then|later)$/.test(next.key) && next.join === 'space' && !!tokens[to + 1] && speechVerbs.has(tokens[to + 1].key);
  // ("Jessamy Kordell of Harcastle Securities said": the speaker's employer between the name and the verb.)
  const speaker = !!next && (speechVerbs.has(next.key) || aux || employerThenSpeech(tokens, to)) && tokens[to - 1].join === 'space';
  // "Virat Kohli scored 80 runs", "Marnus Labuschagne was out": at a sentence start, two or three words no list
  // knows, each a capital and lower-case letters, right before the sentence's verb, are a person's name.
  const subject = first.initial && !!next && !next.cap && next.paragraph === last.paragraph && last.join === 'space' && n <= 3 && next.tags.has('Verb') && !next.tags.has('Gerund')
    && tokens.slice(from, to).every((t) => /^\p{Lu}[\p{Ll}\p{M}]+(?:[-'’]\p{Lu}?[\p{Ll}\p{M}]+)?$/u.test(t.text) && unlistedWord(t));
  // ("Eamonn Fitzmaurice's side won", "Tomasz Nowak's lawyer said": at a sentence start, such words in the possessive
  // before a person's kin, counsel or side are the person's name.)
  const possessor = first.initial && n <= 3 && last.possessive && !!next && !next.cap && next.paragraph === last.paragraph && PERSONAL_AFTER.test(next.key) &&
    tokens.slice(from, to).every((t) => /^\p{Lu}[\p{Ll}\p{M}]+(?:[-'’]\p{Lu}?[\p{Ll}\p{M}]+)?$/u.test(t.text) && !inLexicon(t.key) && !knownPlaceWord(t.key) && !orgHeads.has(t.key) && !placeHeads.has(t.key) && !t.tags.has('Place') && !t.tags.has('Organization'));
  if (possessor) return [{ from, to, type: 'person', strength: 2 }];
  // ("Brannock Sports received a fine", "Pemberton Labs won the contract": such words ending in the plural of a common
  // noun no list has as a surname are a company.)
  // ("Bayline" alone, later, is the same company.) The same words anywhere else ("who runs Bayline Ferries") are one too,
  // unless a given name opens them.
  const unknownWords = n >= 2 && n <= 3 && tokens.slice(from, to).every((t) => /^\p{Lu}[\p{Ll}\p{M}]+$/u.test(t.text) && unlistedWord(t)
    && ![...t.tags].some((tag) => /Name$/.test(tag)));
  // (Not after a person's title: "His spokeswoman, Tamsin Greaves, said" is a person.)
  const titled = roleBefore(tokens, from) && isTitleHead(tokens[from - 1]);
  if ((subject || unknownWords && !isCommonGivenName(first.key)) && n >= 2 && pluralOfCommonNoun(last.key) && !titled) {
    return [{ from, to, type: 'organization', strength: 2, stem: { from, to: to - 1 } }];
  }
  if (n >= 2 && n <= 4 && !first.heading && (!first.initial || subject || (speaker && n <= 3 && !inLexicon(first.key)))) {
    // Words compromise does not know, shaped like a name ("Jamieson Greer"), or a speaker's name
    // ("Tavion Merriweather said", even at a sentence start).
    let shaped = true;
    for (let k = from; k < to; k++) if (!nameShaped(tokens[k], tokens[k - 1])) shaped = false;
    // "Uniform Crime Reporting figures": a Title-Case gerund phrase before a noun names a program.
    if (shaped && !speaker && /ing$/.test(last.key) && next && !next.cap && next.tags.has('Noun') && !next.tags.has('Verb') && last.join === 'space') shaped = false;
    // ("forecaster Skymet Weather said", "lender Vantor Capital said": after a lower-case word for what a business does, no
    // person's title, a word no list knows, then a common noun compromise never lists as a name, is a company's name.)
    const kind = tokens[from - 1];
    if (speaker && n === 2 && kind && !kind.cap && kind.paragraph === first.paragraph && kind.join === 'space' && kind.tags.has('Noun') && !kind.tags.has('Actor') &&
        !isTitleHead(kind) && !kind.tags.has('Pronoun') && commonWordOnly(last.key) && !inLexicon(first.key) && !isCommonGivenName(first.key) &&
        !first.tags.has('FirstName') && !last.tags.has('Person') && !last.possessive) return [{ from, to, type: 'organization', strength: 2 }];
    // ("jobs in Flin Flon", "grew up in Shepton Mallet": after a preposition of place, words with no given name and
    // nothing that reads as a person's name are a town, weakly.)
    if (shaped && !speaker && !subject && placePreposition(tokens, from) && !isGivenName(first) && !first.possessive
      && tokens.slice(from, to).every((t) => !t.possessive && !t.tags.has('Person') && ![...t.tags].some((tag) => /Name$/.test(tag)))) {
      return [{ from, to, type: 'place', strength: 1 }];
    }
    if (shaped || speaker || subject) return [{ from, to, type: 'person', strength: speaker || subject ? 2 : 1 }];
  }
  // "in Fishtown", "near Camden": an unknown word after a place preposition, not a word compromise
  // knows, not followed by more of a name, is a place (weakly: it does not spread on its own).
  // ("in M-Pesa infrastructure", "in K-Pop": one capital letter hyphened to a word is a brand's name.)
  // ("in Sackett v. Environmental Protection Agency": the first party of a case's name, before "v.", is no place.)
  const prev = from > 0 ? tokens[from - 1] : undefined;
  const after = tokens[to];
  // ("the road between Rothwell and Oulton": there a word compromise lists as no common word is a place too.)
  const route = n === 1 && routeBetween(tokens, from, to);
  if (n === 1 && prev && (placePreposition(tokens, from) || personFrom(tokens, from) || route) && !first.initial && !/^\p{Lu}-\p{Lu}/u.test(first.text) &&
      !first.possessive && (!inLexicon(first.key) || route && !commonWordOnly(first.key) && !isGivenName(first)) && !(after && after.cap && first.join === 'space') && !first.acronym && !/^vs?$/.test(after?.key ?? '')) {
    return [{ from, to, type: 'place', strength: 1 }];
  }
  // A single unknown capitalized word: no type yet; a later rule may link it.
  return [{ from, to, type: null, strength: 0 }];
}

/** A word no list knows, that compromise reads as no more than a plain noun or a name. */
function unlistedWord(t: Token): boolean {
  return !inLexicon(t.key) && !knownPlaceWord(t.key) && !orgHeads.has(t.key) && !placeHeads.has(t.key) && !t.possessive
    && [...t.tags].every((tag) => SUBJECT_NAME_TAGS.has(tag));
}

const pluralReadings = new Map<string, boolean>();

/** "sports", "foods", "industries": a word compromise reads as a plural noun when written alone in lower case, and does not list as a name. */
function pluralOfCommonNoun(key: string): boolean {
  let plural = pluralReadings.get(key);
  if (plural === undefined) {
    // (Not a given name's plural shape, "Dainis Ivans", nor the -as, -is, -us of Baltic and Greek surnames, "Kaja Kallas",
    // "Valdis Dombrovskis", which compromise reads as plurals too.)
    plural = /[^aiuo]s$/.test(key) && !knownNameWord(key) && !knownNameWord(key.slice(0, -1)) && !!tagText(key)[0]?.tags.has('Plural');
    pluralReadings.set(key, plural);
  }
  return plural;
}

/** "Pinecrest Unified School District", "Moravec Funeral Home": a district or a home that provides a service is a body, not a place. */
function serviceDistrict(tokens: Token[], to: number): boolean {
  const head = tokens[to - 1].key;
  const before = tokens[to - 2].key;
  return head === 'district' && /^(?:school|water|fire|sanitation|hospital|utility|irrigation|transit|park|parks|library)$/.test(before)
    // ("Moravec Funeral Home", "Sunrise Nursing Home": a home that is a business.)
    || head === 'home' && /^(?:funeral|nursing|care|retirement)$/.test(before);
}

/** Roles in a contest written before a candidate's name ("Republican challenger Owen Marsh"). */
const CONTEST_ROLES = new Set(['challenger', 'incumbent', 'opponent', 'rival', 'candidate', 'contender', 'runner-up']);

/**
 * "challenger Owen Marsh", "director, Julian Park, said": a given name, then a surname that is also a
 * place's head noun, where the words around it say a person (a job or role before it, a speech verb
 * or a person's apposition after it). "Victoria Park" alone stays a place.
 */
/**
 * "Helena Marsh said", "Georgia Clarke, a virologist,", "Florence Adeyemi said": a place that is also a given
 * name, then a surname (no plural, no common word: not "Houston Rockets"), in a person's position.
 */
function placeNamedPerson(tokens: Token[], from: number, to: number): boolean {
  if (to - from !== 2) return false;
  const listed = gazetteer().byFirst.get(tokens[from].key)?.some((e) => e.ambiguous && e.words.length === 1);
  const last = tokens[to - 1];
  // ("Its director, Victoria Bond, said": after a person's title, a common given name that is also a place, then a surname
  // that is also a common word.)
  if (listed && roleBefore(tokens, from) && isTitleHead(tokens[from - 1]) && isCommonGivenName(tokens[from].key) && tokens[from].join === 'space' &&
      /^\p{Lu}\p{Ll}+$/u.test(last.text) && !last.tags.has('Plural') && !last.possessive && !orgHeads.has(last.key) && !placeHeads.has(last.key)) return true;
  if (!listed || last.tags.has('Plural') || !(last.tags.has('LastName') || !inLexicon(last.key)) || tokens[from].join !== 'space' || last.possessive) return false;
  if (givenNameThenSurname(tokens, from, to)) return true;
  // (A given name compromise does not know as one, "Georgia", "Florence": the speech verb or a person's apposition after it decides.)
  const next = tokens[to];
  return !!next && next.paragraph === last.paragraph && (last.join === 'space' && speechVerbs.has(next.key) && last.tags.has('LastName') || personAppositive(tokens, to));
}

/** A lower-case person's role right before the word ("aide", "challenger"). */
function roleBefore(tokens: Token[], from: number): boolean {
  const prev = tokens[from - 1];
  return !!prev && !prev.cap && prev.paragraph === tokens[from].paragraph && (prev.join === 'space' || /^,\s+$/.test(prev.gap)) &&
    (isTitleHead(prev) || prev.tags.has('Actor') || CONTEST_ROLES.has(prev.key));
}

/**
 * "Clinton aide Cheryl Mills", "spokesman Tom Banks": after a person's role, a given name and a surname
 * that is also an organization's head word are a person.
 */
function surnameLikeHead(tokens: Token[], from: number, to: number): boolean {
  const [first, last] = [tokens[from], tokens[to - 1]];
  const role = tokens[from - 1];
  if (to - from !== 2 || !orgHeads.has(last.key) || first.acronym || last.acronym || last.possessive || first.join !== 'space') return false;
  // (A title, not any word for an actor: "the Danish drugmaker Halvorsen Pharma" is a company.)
  if (roleBefore(tokens, from) && isTitleHead(role) && (first.tags.has('FirstName') || isCommonGivenName(first.key))) return true;
  // "Margaret Court said", "Charlotte Church told reporters": a common given name that names no place, then the head
  // word, right before a speech verb, is a speaker; a body named after a person takes "the" ("the Carter Center said").
  const next = tokens[to];
  return isCommonGivenName(first.key) && !knownPlaceWord(first.key) && !first.tags.has('Place') && !matchAt(tokens, from, from + 1) && role?.key !== 'the' &&
    !!next && next.paragraph === last.paragraph && last.join === 'space' && speechVerbs.has(next.key);
}

function givenNameThenSurname(tokens: Token[], from: number, to: number): boolean {
  const given = tokens[from];
  // ("Mei Lin Park, an analyst at …", "Anna Maria Hill said": a second given name between them.)
  const middle = to - from === 3 ? tokens[from + 1] : undefined;
  const secondGiven = !!middle && middle.cap && !middle.acronym && middle.join === 'space' && !middle.possessive && !placeHeads.has(middle.key) && !orgHeads.has(middle.key)
    && !knownPlaceWord(middle.key) && (knownNameWord(middle.key) || isCommonGivenName(middle.key) || middle.tags.has('FirstName') || !inLexicon(middle.key));
  if ((to - from !== 2 && !secondGiven) || !(knownNameWord(given.key) || isCommonGivenName(given.key))
    || given.join !== 'space' || tokens[to - 1].possessive) return false;
  if (ADMIN_WORDS.has(tokens[to - 1].key) || given.acronym) return false;
  const prev = tokens[from - 1];
  if (roleBefore(tokens, from)) return true;
  // "…, said Ellen Marsh, chief economist at …": the inverted source of a speech verb is a person.
  if (prev && prev.paragraph === given.paragraph && prev.join === 'space' && /^(?:said|says|told|added|wrote|according)$/.test(prev.key)) return true;
  const next = tokens[to];
  if (next && next.paragraph === tokens[from].paragraph && tokens[to - 1].join === 'space' && speechVerbs.has(next.key)) return true;
  return personAppositive(tokens, to);
}

/** Splits a run into entity pieces, titles and events. */
/** "Treasury yields", "the 10-year Treasury note": a security named after its issuer is no mention of the issuer. */
const SECURITIES = /^(?:yields?|notes?|bonds?|bills?|securities|futures|market|markets|auction|auctions|curve|rates?|prices?|holdings)$/;

export function segmentRun(tokens: Token[], run: Run): Segment[] {
  let { from, to } = run;
  if (to - from === 1 && tokens[from].key === 'treasury' && SECURITIES.test(tokens[to]?.key ?? '') && tokens[from].join === 'space') return [];
  // "Injecting Clinton's troubles into the race …": a sentence's opening gerund is not part of the name after it
  // (unless the name ends with an organization's or a place's head: "Reading Borough Council").
  const opening = tokens[from];
  if (to - from >= 2 && opening.initial && /ing$/.test(opening.key) && opening.tags.has('Gerund') && !opening.tags.has('ProperNoun') && !opening.tags.has('Person') &&
      !knownNameWord(opening.key) && !orgHeads.has(tokens[to - 1].key) && !placeHeads.has(tokens[to - 1].key)) from++;
  // "MV Castor Meridian", "HMS Dauntless": a ship's prefix opens the ship's name, no entity, as after "the tanker"
  // (and no listed word inside it, such as a newspaper's "Dawn", is one).
  if (to - from >= 2 && SHIP_PREFIXES.has(opening.text) && opening.join === 'space') return [{ from, to, type: 'event', strength: 3 }];
  // "Pick n Pay", "Shake n Bake": "n" for "and" between two capitalized words makes a brand's name, never a person's.
  // ("Rock n Roll fans": before a noun it describes, it may be a genre; the brand's other mentions decide.)
  if (to - from === 3 && tokens[from + 1].text === 'n' && opening.cap && tokens[to - 1].cap) {
    const next = tokens[to];
    const modifier = !!next && next.paragraph === opening.paragraph && !next.cap && tokens[to - 1].join === 'space' && next.tags.has('Noun') && !next.tags.has('Verb');
    return [{ from, to, type: modifier ? null : 'organization', strength: modifier ? 0 : 3 }];
  }
  // "N R Narayana Murthy", "G S Patel", "S Somanath": initials written without periods, as South Asian copy does, then
  // one to three words that are names, not common words, make a person's name.
  if (southAsianInitials(tokens, from, to)) return [{ from, to, type: 'person', strength: 3 }];
  // "River Avon", "Lake Victoria", "Mount Kenya", "Loch Ness": a natural feature's word before its name opens a place's
  // name (not a body's named after it: "Mount Sinai Hospital"); so do the Welsh words for a lake, a river, a valley or a
  // hill ("Llyn Clywedog", "Afon Teifi", "Cwm Rhondda", "Mynydd Preseli").
  // ("Ben Nevis", "Glen Affric": a Scottish hill's or valley's word that is also a given name, only after a word of place: "walkers
  // on Ben Nevis", "a fire in Glen Affric"; "Glen Johnson said" is a person.)
  const featureName = /^(?:River|Lake|Mount|Mt|Loch|Lough|Llyn|Afon|Cwm|Mynydd|Moel)$/.test(opening.text) ||
    (/^(?:Ben|Glen)$/.test(opening.text) && to - from === 2 && FEATURE_PREPOSITIONS.test(tokens[from - 1]?.key ?? '') && tokens[from - 1].join === 'space' && !isGivenName(tokens[from + 1]));
  if (to - from >= 2 && to - from <= 3 && featureName && opening.join === 'space' &&
      tokens.slice(from + 1, to).every((t, k, rest) => t.cap && !t.acronym && !t.possessive && (k === rest.length - 1 || t.join === 'space')) &&
      !orgHeads.has(tokens[to - 1].key) && !eventHeads.has(tokens[to - 1].key)) return [{ from, to, type: 'place', strength: 3 }];
  // "in Saint-Hyacinthe", "near Sainte-Foy", "at St-Jérôme": a town named for a saint, hyphened as French writes it, after a
  // preposition of place (not "Antoine de Saint-Exupéry", a family name).
  if (to - from >= 2 && /^(?:Saint|Sainte|St|Ste)$/.test(opening.text) && opening.join === 'hyphen' && placePreposition(tokens, from) &&
      tokens.slice(from + 1, to).every((t) => t.cap && !t.acronym && !t.possessive)) return [{ from, to, type: 'place', strength: 3 }];
  // "Camp Doha", "Camp Bastion", "Camp David": a camp named after a place or a person is a place, not its namesake.
  if (to - from >= 2 && to - from <= 3 && opening.text === 'Camp' && opening.join === 'space' && tokens.slice(from + 1, to).every((t) => t.cap && !t.acronym) && !tokens[to - 1].possessive) return [{ from, to, type: 'place', strength: 3 }];
  // "Radio Eireann", "Radio Free Asia", "Television Jamaica": a broadcaster's name opens with its medium.
  if (to - from >= 2 && to - from <= 4 && /^(?:Radio|Television)$/.test(opening.text) && opening.join === 'space' &&
      tokens.slice(from + 1, to).every((t) => t.cap && !t.tags.has('FirstName') && !isTitleWord(t))) return [{ from, to, type: 'organization', strength: 3 }];
  // "St James's Park", "St Mary's Cathedral": a saint's possessive before a place's head names the place (no given
  // name and surname: "Park" is no surname there).
  if (to - from >= 3 && SAINT.test(opening.key) && tokens[to - 2].possessive && placeHeads.has(tokens[to - 1].key)) return [{ from, to, type: 'place', strength: 3 }];
  // ("Queen's Park", "King's Road": so does a sovereign's.)
  const sovereign = SOVEREIGN.test(opening.key) && !opening.acronym && opening.possessive;
  if (to - from === 2 && sovereign && placeHeads.has(tokens[to - 1].key)) return [{ from, to, type: 'place', strength: 3 }];
  // (Before any other head, with no body's head in the name, it names a day, an honour or a thing: "the Queen's Birthday", "the King's Gambit".)
  if (to - from >= 2 && sovereign && !placeHeads.has(tokens[to - 1].key) && tokens.slice(from + 1, to).every((t) => !orgHeads.has(t.key)) && !matchAt(tokens, from, to)) return [{ from, to, type: 'event', strength: 3 }];
  // "Proxima Centauri", "Tau Ceti", "Eta Carinae": a star's name ends with a constellation's Latin genitive.
  if (to - from >= 2 && to - from <= 4 && STAR_GENITIVES.has(tokens[to - 1].key) && !tokens[to - 1].acronym) return [{ from, to, type: 'event', strength: 3 }];
  // "Del. Ruth Anders": a delegate's title, then the name.
  if (to - from >= 3 && to - from <= 4 && delegateTitle(tokens, from, from) && !isTitleWord(tokens[from + 1]) && looksLikeName(tokens, from + 1, to)) {
    return [{ from, to: from + 1, type: 'title', strength: 3 }, { from: from + 1, to, type: 'person', strength: 3, role: { from, to: from + 1 } }];
  }
  // "Charlotte-Mecklenburg officials", "Charlotte-Mecklenburg Schools": a listed city that is also a given name, hyphened
  // to one more capitalized word with no surname after it, joins a city to its county or region, not two given names
  // ("Jean-Pierre Raffarin", "Karine Jean-Pierre" have a surname beside them).
  const city = matchAt(tokens, from, from + 1);
  if (city && city.ambiguous && city.type === 'place' && opening.join === 'hyphen' && to - from >= 2 && tokens[from + 1].cap && !tokens[from + 1].acronym
    && !tokens[from + 1].tags.has('FirstName') && !isCommonGivenName(tokens[from + 1].key) && tokens.slice(from + 2, to).every((t) => t.cap && (orgHeads.has(t.key) || orgHeads.has(t.key.replace(/s$/, ''))))) {
    return [{ from, to, type: to - from === 2 ? 'place' : 'organization', strength: 3 }];
  }
  const whole = matchAt(tokens, from, to);
  if (whole && whole.words.length === to - from) return [{ from, to, type: entryType(whole), strength: 3, entry: whole }];
  // "Pierre van Heerden", "Paris von Fürstenberg": a given name that is also a listed town, then a Dutch, German or Arabic
  // particle in lower case and a surname, is a person's name (no place is named "<town> van ...").
  if (to - from >= 3 && to - from <= 5 && isGivenName(opening) && opening.join === 'space' && SURNAME_PARTICLES.test(tokens[from + 1].key) && !tokens[from + 1].cap &&
      tokens.slice(from + 1, to).every((t, k, rest) => (t.cap ? !t.acronym && !orgHeads.has(t.key) && !placeHeads.has(t.key) : SURNAME_PARTICLES.test(t.key)) && (k === rest.length - 1 || t.join === 'space')) && tokens[to - 1].cap) {
    return [{ from, to, type: 'person', strength: 3 }];
  }
  if (publicBodyOfPlace(tokens, from, to)) return [{ from, to, type: 'organization', strength: 3 }];
  const matches = gazetteerMatches(tokens, from, to);
  // "Nature Astronomy", "The Lancet Oncology", "JAMA Cardiology": a listed journal and the field words after it name a
  // journal of its family, one organization.
  const journal = matches[0];
  if (journal && journal.from === from && journal.to < to && to - journal.to <= 3 && isJournal(journal.entry) && tokens[journal.to - 1].join === 'space'
    && tokens.slice(journal.to, to).every((t, k, rest) => t.cap && !t.possessive && !t.acronym && (k === rest.length - 1 || t.join === 'space') && !matches.some((m) => m.from <= t.i && t.i < m.to)
      && !t.tags.has('Person') && !t.tags.has('FirstName') && !t.tags.has('Place'))) {
    return [{ from, to, type: 'organization', strength: 3 }];
  }
  // "Lagos State Government", "Ondo State Government": a listed place and "Government" name the place's government.
  if (matches.length === 1 && matches[0].from === from && matches[0].to === to - 1 && matches[0].entry.type === 'place' && tokens[to - 1].text === 'Government' && tokens[to - 2].join === 'space') {
    return [{ from, to, type: 'organization', strength: 3, stem: { from: to - 1, to } }];
  }
  // "Nigeria Labour Congress", "Kenya Medical Association": a place, then a listed word that is also a common noun
  // ("Labour"), then a body's head that ends the run: one body, its name holding the listed word.
  if (matches.length >= 2 && to - from >= 3 && matches[0].from === from && matches[0].entry.type === 'place' && orgHeads.has(tokens[to - 1].key) &&
      matches.slice(1).every((m) => m.entry.type === 'organization' && m.to - m.from === 1 && m.entry.source !== 'outlet') &&
      tokens.slice(from, to - 1).every((t) => t.join === 'space' && !t.possessive)) {
    return [{ from, to, type: 'organization', strength: 3 }];
  }
  // "Airtel Kenya", "Vodafone Ireland", "Google India": a listed company and a country that end the run name the
  // company's branch there, one organization. ("Greenpeace Australia Pacific", "Oxfam Ireland": so does a listed body's,
  // and a country and its ocean.)
  const branch = matches[matches.length - 1];
  const oceanAfter = matches.length === 3 && branch.from === matches[1].to && branch.to === to && /^(?:pacific|atlantic)$/.test(branch.entry.words.join(' '));
  if ((matches.length === 2 || oceanAfter) && matches[0].from === from && matches[1].to === (oceanAfter ? branch.from : to) && matches[1].from === matches[0].to &&
      (matches[0].entry.source === 'company' || (matches[0].entry.source === 'government' && matches[0].entry.type === 'organization')) &&
      nationalPlace(matches[1].entry) && tokens[matches[0].to - 1].join === 'space' && !tokens[matches[0].to - 1].possessive) {
    return [{ from, to, type: 'organization', strength: 3, stem: { from, to: matches[0].to } }];
  }
  // "at Leinster House", "talks at Lancaster House": a listed place and "House" that end the run name a building, a place;
  // after "the" they name a state's lower chamber, a body ("the Ohio House voted").
  if (matches.length === 1 && matches[0].from === from && matches[0].to === to - 1 && matches[0].entry.type === 'place' && tokens[to - 1].key === 'house' &&
      tokens[to - 1].cap && !tokens[to - 1].acronym && tokens[to - 2].join === 'space' && !tokens[to - 2].possessive) {
    const the = tokens[from - 1];
    return [{ from, to, type: the && the.key === 'the' && the.paragraph === tokens[from].paragraph ? 'organization' : 'place', strength: 3 }];
  }
  // After a person's title, two words with one listed word among them are the person's name: "METI spokesman Suzuki
  // Haruto" (a company that is also a family name, then a given name), "Labour candidate Ishbel Cairns" (a word no
  // list knows, then a town that is also a surname).
  const listed = matches[0];
  const role = tokens[from - 1];
  if (listed && matches.length === 1 && to - from === 2 && listed.to - listed.from === 1 && tokens[from].join === 'space' && !tokens[from].acronym && !tokens[from + 1].acronym &&
      !!role && !role.cap && role.paragraph === tokens[from].paragraph && isTitleHead(role) && /^(?:\s+|,\s+)$/.test(role.gap) && !tokens[from + 1].possessive) {
    const familyFirst = listed.from === from && listed.entry.type === 'organization' && tokens[from].tags.has('LastName') && tokens[from + 1].tags.has('FirstName') && !orgHeads.has(tokens[from + 1].key);
    const townSurname = listed.from === from + 1 && listed.entry.type === 'place' && /^\p{Lu}\p{Ll}+$/u.test(tokens[from].text) && !inLexicon(tokens[from].key) &&
      !tokens[from].tags.has('Place') && !tokens[from].tags.has('Organization') && !placeHeads.has(tokens[from + 1].key) && !ADMIN_WORDS.has(tokens[from + 1].key);
    if (familyFirst || townSurname) return [{ from, to, type: 'person', strength: 3 }];
  }
  // "Greater Manchester", "West Bengal": a compass word before a listed place belongs to the place.
  for (const m of matches) {
    const prev = tokens[m.from - 1];
    if (m.entry.type === 'place' && m.from > from && COMPASS.has(prev.key) && prev.join === 'space' && !matches.some((o) => o.to === m.from)) m.entry = partOf(m.entry, tokens, --m.from, m.to);
    // "New Hanover": a capitalized "New" inside the sentence before a listed place is part of the place's name.
    else if (m.entry.type === 'place' && m.from > from && prev.key === 'new' && prev.text === 'New' && (!prev.initial || ADMIN_WORDS.has(tokens[m.to]?.key ?? '')) && prev.join === 'space' && !matches.some((o) => o.to === m.from)) m.entry = partOf(m.entry, tokens, --m.from, m.to);
    // "Kent County", "Kano State", "Gilgit District": an administrative word after a listed place is part of its name
    // (not "District" of a federal judge's or a prosecutor's title: "U.S. District Judge David Ezra").
    const next = tokens[m.to];
    const districtTitle = next?.key === 'district' && /^(?:judge|attorney|magistrate|court)$/.test(tokens[m.to + 1]?.key ?? '') && m.to + 1 < to;
    if (m.entry.type === 'place' && m.to < to && ADMIN_WORDS.has(next.key) && !districtTitle && tokens[m.to - 1].join === 'space' && !matches.some((o) => o.from === m.to)) m.to++;
    // "Orlando East", "Pimville North": a compass word that ends the run after a listed place names a part of it.
    else if (m.entry.type === 'place' && m.to === to - 1 && /^(?:north|south|east|west)$/.test(next.key) && tokens[m.to - 1].join === 'space' && !next.possessive) m.entry = partOf(m.entry, tokens, m.from, ++m.to);
    // "in Medina de Rioseco", "near Aranda de Duero": after a preposition of place, a listed town, a particle and one
    // word that ends the run are one town's name.
    else if (m.entry.type === 'place' && m.from === from && PLACE_BEFORE_TOWN.has(tokens[from - 1]?.key ?? '') && tokens[from - 1].join === 'space' && m.to === to - 2 && /^(?:de|del)$/.test(next.key) && !next.cap && tokens[m.to + 1].cap && !tokens[m.to + 1].acronym
      && tokens[m.to - 1].join === 'space' && next.join === 'space' && !tokens[m.from].tags.has('FirstName') && !matches.some((o) => o.from >= m.to)) {
      m.to += 2;
      m.entry = partOf(m.entry, tokens, m.from, m.to);
    }
    // ("Glasgow North East", "Leeds South West": so does a pair of them, as a constituency's name has it.)
    else if (m.entry.type === 'place' && m.to === to - 2 && /^(?:north|south)$/.test(next.key) && /^(?:east|west)$/.test(tokens[m.to + 1].key) && tokens[m.to - 1].join === 'space'
      && next.join === 'space' && !next.possessive && !tokens[m.to + 1].possessive) {
      m.to += 2;
      m.entry = partOf(m.entry, tokens, m.from, m.to);
    }
    // "Arsenal Women", "Hibernian Ladies": a listed club's women's or reserve side is a team of its own, named with it.
    if (m.entry.type === 'organization' && m.entry.source === 'company' && m.to === to - 1 && tokens[m.to - 1].join === 'space' && TEAM_SIDES.test(tokens[m.to].key)
      && !tokens[m.to - 1].possessive && !matches.some((o) => o.from === m.to)) m.entry = partOf(m.entry, tokens, m.from, ++m.to);
  }
  const lockedSet = new Set<number>();
  for (const m of matches) for (let k = m.from; k < m.to; k++) lockedSet.add(k);
  const locked = (k: number) => lockedSet.has(k);

  // "Criminologist Dana Whitley said": an occupation that opens the sentence, then a given name and a
  // surname, is the person's role, capitalized only by its place in the sentence.
  // ("Passenger Rebecca Thornton said": a word compromise does not list but shaped like a doer's noun, "-er", "-ist",
  // "-ant", is an occupation too when it is not known as a name.)
  const opener = tokens[from];
  const doer = opener.tags.has('Noun') && opener.tags.has('Singular') && !opener.tags.has('ProperNoun') && !knownNameWord(opener.key) &&
    !isCommonGivenName(opener.key) && !orgHeads.has(opener.key) && !placeHeads.has(opener.key) && /^\p{Lu}\p{Ll}{3,}(?:er|or|ist|ant|ent|ian)$/u.test(opener.text);
  if (to - from >= 3 && to - from <= 4 && opener.initial && !opener.heading && opener.join === 'space' && (opener.tags.has('Actor') || doer) && !opener.acronym && !isTitleWord(opener) && !isTitleWord(tokens[from + 1]) &&
      // (After a closing quotation the tagger may call the capitalized noun a name: "… seen." Colleague Martin Sato said".)
      (!opener.tags.has('Person') && !opener.tags.has('FirstName') && !opener.tags.has('ProperNoun') || opener.tags.has('Actor') && commonWordOnly(opener.key)) && !opener.possessive && !locked(from) &&
      (tokens[from + 1].tags.has('FirstName') || knownNameWord(tokens[from + 1].key)) && looksLikeName(tokens, from + 1, to) && !matchAt(tokens, from + 1, to)) {
    return [{ from, to: from + 1, type: 'title', strength: 3 }, { from: from + 1, to, type: 'person', strength: 3, role: { from, to: from + 1 } }];
  }

  // "8 p.m. Pacific Time", "2pm Central European Time", "British Summer Time": a time zone names no entity.
  if (to - from >= 2 && to - from <= 4 && tokens[to - 1].key === 'time' && tokens.slice(from, to - 1).every((t) => ZONE_WORDS.test(t.key))) {
    return [{ from, to, type: 'event', strength: 3 }];
  }

  // "Dermot Crowe KC, for the accused, said", "Dermot Crowe QC said": a barrister's rank or an honour's letters after two
  // or three name words mark a person, whatever words the name has; the letters stay out of the name ("Brian Kielty SC"
  // is Mr Kielty, a Senior Counsel: "SC" after name words is the rank, though alone it may be a body's initials).
  const rank = tokens[to - 1];
  if (to - from >= 3 && to - from <= 4 && POST_NOMINAL.test(rank.text) && tokens[to - 2].join === 'space' && !tokens[to - 2].possessive
    && !matches.some((m) => m.from < to - 1) && !tokens.slice(from, to - 1).some((t) => isTitleWord(t)) && looksLikeName(tokens, from, to - 1)) {
    return [{ from, to: to - 1, type: 'person', strength: 3 }];
  }

  // "Garda Sinéad Lynch", "Detective Garda Tom Byrne": an Irish police officer's rank is the force's name, a title only
  // before a name ("Garda Lynch"; "Garda Commissioner Drew Harris", "the Garda Confidential Line" keep the force).
  const garda = tokens[from].key === 'garda' ? from : tokens[from].key === 'detective' && tokens[from + 1]?.key === 'garda' ? from + 1 : -1;
  if (garda >= 0 && to - garda >= 2 && to - garda <= 4 && tokens[garda].join === 'space' && !locked(garda + 1)
    && (isGivenName(tokens[garda + 1]) || tokens[garda + 1].tags.has('Person')) && !isTitleWord(tokens[garda + 1])
    && looksLikeName(tokens, garda + 1, to)) {
    return [{ from, to: garda + 1, type: 'title', strength: 3 }, { from: garda + 1, to, type: 'person', strength: 3, role: { from, to: garda + 1 } }];
  }

  // 1. A title with a name after it, or a trailing title.
  const title = splitTitle(tokens, from, to, locked);
  if (title) {
    const out: Segment[] = [];
    // "Chief Judge of Malaya Datuk Hasnah Mohammed Hashim": an office before an honorific is more title.
    const officeBefore = title.titleFrom > from ? officeOnly(tokens, from, title.titleFrom, locked) : undefined;
    if (officeBefore) {
      const { portfolio, place } = officeBefore;
      if (place && place.words.length === title.titleFrom - portfolio) {
        out.push({ from, to: portfolio, type: 'title', strength: 3 }, { from: portfolio, to: title.titleFrom, type: entryType(place), strength: 3, entry: place });
      } else out.push({ from, to: title.titleFrom, type: 'title', strength: 3 });
    } else if (title.titleFrom > from) {
      const mods = segmentPiece(tokens, from, title.titleFrom, matches, 'modifier');
      // "Albay Governor", "Cebu City Mayor": the office of a governor or mayor is a place's.
      const m = mods[mods.length - 1];
      let office = false;
      // ("Sabah Chief Minister", "Punjab Chief Minister": a state's head of government.)
      for (let k = title.titleFrom; k < title.titleTo; k++) if (PLACE_OFFICES.has(tokens[k].key) || (tokens[k].key === 'chief' && tokens[k + 1]?.key === 'minister')) office = true;
      if (office && m && m.to === title.titleFrom && !m.entry && m.type === 'organization' && m.strength <= 2 && m.to - m.from <= 2 &&
          !tokens.slice(m.from, m.to).some((t) => t.acronym || t.tags.has('Organization'))) m.type = 'place';
      // "Menengai West MCA", "Nakuru Town East MP": a member's title after a name that ends in a compass word is the
      // member's constituency, a place (a party before the title has no compass word: "Labour MP").
      // (The compass word alone reads as no name: it ends the place here.)
      if (!office && MEMBER_TITLES.has(tokens[title.titleTo - 1].key) && m && m.to === title.titleFrom - 1 && !m.entry && m.type === 'organization' && m.strength <= 2
          && m.to - m.from <= 2 && CONSTITUENCY_ENDS.test(tokens[m.to].key) && tokens[m.to].cap && tokens[m.to - 1].join === 'space'
          && !tokens.slice(m.from, m.to).some((t) => t.acronym || t.tags.has('Organization'))) {
        m.to++;
        m.type = 'place';
      }
      // "New Hanover County Emergency Management Director": a place, then the words of an office no
      // list knows, before a title, name one body (the place's office).
      const p = mods[mods.length - 2];
      if (!office && m && p && mods.length === 2 && p.type === 'place' && p.to === m.from && m.to === title.titleFrom && m.type === 'organization' && !m.entry && m.strength <= 2 &&
          tokens[p.to - 1].join === 'space' && !tokens[p.to - 1].possessive && tokens.slice(m.from, m.to).every((t) => !t.acronym && !t.tags.has('Person'))) {
        mods.splice(0, 2, { from: p.from, to: m.to, type: 'organization', strength: 3 });
      }
      out.push(...mods);
    }
    out.push({ from: title.titleFrom, to: title.titleTo, type: 'title', strength: 3 });
    // "Sir Alan Frew OBE": post-nominal letters stay out of the name.
    while (to - 1 > title.titleTo && tokens[to - 1].acronym && nonEntityAcronyms.has(tokens[to - 1].text)) to--;
    if (title.titleTo < to) {
      const nameMatch = matchAt(tokens, title.titleTo, to);
      const role = title.honorific && !officeBefore ? undefined : { from, to: title.titleTo };
      if (nameMatch && nameMatch.words.length === to - title.titleTo && nameMatch.type === 'person') {
        out.push({ from: title.titleTo, to, type: 'person', strength: 3, entry: nameMatch, role, honorific: title.honorific });
      } else {
        out.push({ from: title.titleTo, to, type: 'person', strength: 3, role, honorific: title.honorific });
      }
    }
    return out;
  }

  // "The Minister of Agriculture said", "the Commissioner for Human Rights": an office with no name
  // after it names no one. A listed place after "of" stays a place ("the President of Ukraine").
  const office = officeOnly(tokens, from, to, locked);
  if (office) {
    const { portfolio, place, body } = office;
    if (body) return [{ from, to: portfolio, type: 'title', strength: 3 }, { from: portfolio, to, type: body, strength: 3 }];
    return place && place.words.length === to - portfolio
      ? [{ from, to: portfolio, type: 'title', strength: 3 }, { from: portfolio, to, type: entryType(place), strength: 3, entry: place }]
      : [{ from, to, type: 'title', strength: 3 }];
  }

  // Storms and operations are events ("Hurricane Helene", "Operation Warp Speed"), also when the
  // prefix opens the sentence and the tagger left it out of the run ("Storm Desmond brought …").
  // "Summer Jones" is a person: a season only names an event before words that are no name.
  const seasonName = /^(?:winter|summer)$/.test(tokens[from].key) && ['Person', 'FirstName', 'LastName'].some((t) => tokens[from + 1]?.tags.has(t));
  if (to - from >= 2 && EVENT_PREFIXES.has(tokens[from].key) && !seasonName) return [{ from, to, type: 'event', strength: 3 }];
  // "Super Typhoon Rolly", "Severe Tropical Storm Paeng", "Major Hurricane Milton": a storm's category before its name.
  for (let k = from + 1; k < to - 1 && k <= from + 2; k++) {
    if (STORM_WORDS.has(tokens[k].key) && /^(?:super|severe|major|tropical|category|extremely|very|intense|violent)$/.test(tokens[from].key)) return [{ from, to, type: 'event', strength: 3 }];
  }
  const before = tokens[from - 1];
  if (before && before.cap && before.join === 'space' && before.paragraph === tokens[from].paragraph && STORM_WORDS.has(before.key)) {
    return [{ from, to, type: 'event', strength: 3 }];
  }

  // "Parti Québécois", "Coalition Avenir Québec": a word for a company or a party that opens the run
  // (a place inside it is part of the name).
  if (to - from >= 2 && ORG_OPENERS.has(tokens[from].key) && !tokens[from].possessive && !(whole && whole.words.length === to - from)) {
    let k = from;
    while (k < to - 1 && tokens[k].join === 'space' && !tokens[k].possessive) k++;
    if (k === to - 1) return [{ from, to, type: 'organization', strength: 3 }];
  }

  // 2. "Trump Administration": a person's name before a head that is about the person.
  const lastKey = tokens[to - 1].key;
  if (to - from >= 2 && personModifiedHeads.has(lastKey)) {
    const head = to - 1;
    const v = tagVotes(tokens, from, head);
    const figure = head - from === 1 && gazetteer().surnames.has(tokens[from].key);
    if (v.person > 0 || figure) {
      return [...classifyStretch(tokens, from, head, figure ? 'name' : undefined), { from: head, to, type: 'title', strength: 3 }];
    }
  }

  // 3. A head noun makes the whole run one organization, place or event ("Detroit Economic Club",
  // "Swedish Air Force": a nationality word stays inside the name).
  // ("Former Sydney FC striker Adam Le Fondre": a sentence's capitalized "Former" describes the player, not the club.)
  while (from < to && (isStop(tokens, tokens[from]) || !tokens[from].cap || tokens[from].initial && FORMER.test(tokens[from].key) && tokens[from].join === 'space') && !articleBeforeName(tokens[from], to, tokens)) from++;
  if (to <= from) return [];
  const last = tokens[to - 1];
  // ...unless listed names cover the run ("US Federal Reserve" is a place and an organization).
  const lastMatch = matches[matches.length - 1];
  let coveredBefore = !!lastMatch && lastMatch.to === to && lastMatch.entry.type !== 'place';
  if (coveredBefore) for (let k = from; k < lastMatch.from; k++) if (!locked(k)) coveredBefore = false;
  // "University of Cape Coast", "Bank of the West": an organization head before "of" outranks a place word at the end.
  const ofHead = tokens[from].key;
  if (to - from >= 3 && tokens[from + 1].key === 'of' && orgOfHeads.has(ofHead) && !placeOfHeads.has(ofHead) && ofHead !== 'port' && placeHeads.has(last.key)) {
    return [{ from, to, type: 'organization', strength: 3 }];
  }
  // "Junta de Extremadura", "Plaza de España": the same with a particle, after a common noun of the language.
  if (to - from >= 3 && !tokens[from + 1].cap && nameParticles.has(tokens[from + 1].key) && (romanceOrgHeads.has(ofHead) || romancePlaceHeads.has(ofHead))) {
    return [{ from, to, type: romanceOrgHeads.has(ofHead) ? 'organization' : 'place', strength: 3 }];
  }
  // "Stoke City", "Aston Villa": compromise knows the club.
  let team = to - from >= 2;
  for (let k = from; k < to && team; k++) if (!tokens[k].tags.has('SportsTeam')) team = false;
  if (team) return [{ from, to, type: 'organization', strength: 3 }];
  // "Commission on Elections", "Department of Elections": a body named after what it oversees.
  if (to - from >= 3 && /^(?:of|on|for)$/.test(tokens[from + 1].key) && eventHeads.has(last.key) && !placeOfHeads.has(ofHead) &&
      (orgOfHeads.has(ofHead) || (orgHeads.has(ofHead) && !titleWordOnly(tokens[from])))) {
    return [{ from, to, type: 'organization', strength: 3 }];
  }
  if (to - from >= 2 && !coveredBefore) {
    if (eventHeads.has(last.key) && !tokens[to - 1].possessive) return [{ from: run.from, to: run.to, type: 'event', strength: 3 }];
    if (surnameLikeHead(tokens, from, to)) return [{ from, to, type: 'person', strength: 3 }];
    if (orgHeads.has(last.key) || to - from >= 3 && serviceDistrict(tokens, to)) return [{ from, to, type: 'organization', strength: 3 }];
    if (placeHeads.has(last.key) && !(matches.length && matches[matches.length - 1].to === to)) {
      // ("AIMIM State president", "PDP State chairman": after a party's initials, "State" is the level of the office.)
      const after = tokens[to];
      if (to - from === 2 && tokens[from].acronym && last.key === 'state' && !matches.length && after && !after.cap && isTitleHead(after) && last.join === 'space' && after.paragraph === last.paragraph) {
        return [{ from, to: from + 1, type: 'organization', strength: 2 }];
      }
      if (givenNameThenSurname(tokens, from, to) || describedSurnamePerson(tokens, from, to)) return [{ from, to, type: 'person', strength: 3 }];
      if (surnameAfterNameOrTitle(tokens, from, to)) {
        let k = from;
        while (k < to - 1 && isTitleWord(tokens[k])) k++;
        return [{ from: k, to, type: 'person', strength: 3 }];
      }
      return [{ from, to, type: 'place', strength: 3 }];
    }
  }
  // "University of California", "American Civil Liberties Union of Ohio", "Gulf of Mexico".
  for (let k = from + 1; k < to - 1; k++) {
    if (tokens[k].key !== 'of' && tokens[k].key !== 'for' && tokens[k].key !== 'on') continue;
    const head = tokens[k - 1].key;
    if (orgOfHeads.has(head) || orgHeads.has(head) || (tokens[k].key === 'on' && head === 'conference')) return [{ from, to, type: 'organization', strength: 3 }];
    if (tokens[k].key === 'on') break;
    if (tokens[k].key === 'for') break;
    if (placeOfHeads.has(head)) return [{ from, to, type: 'place', strength: 3 }];
    break;
  }
  // "West Yorkshire": a compass word and a word compromise knows as a place; "the West Rand", "the
  // North West": after "the", a compass word and an unknown word name a region.
  if (to - from === 2 && COMPASS.has(tokens[from].key) && tokens[from].join === 'space' && !tokens[from + 1].acronym && !matches.length) {
    const the = tokens[from - 1];
    const second = tokens[from + 1];
    const region = !!the && the.key === 'the' && the.paragraph === second.paragraph && !second.possessive && (COMPASS.has(second.key) || (!inLexicon(second.key) &&
      !second.tags.has('FirstName') && !second.tags.has('Person') && !orgHeads.has(second.key) && !eventHeads.has(second.key)));
    if (second.tags.has('Place') || region) return [{ from, to, type: 'place', strength: 2 }];
  }
  [from, to] = trim(tokens, from, to, locked);
  if (to <= from) return [];
  return segmentPiece(tokens, from, to, matches);
}

/** Listed names as they are, the words between them typed by `classifyStretch`. */
function segmentPiece(
  tokens: Token[], from: number, to: number,
  matches: { from: number; to: number; entry: GazetteerEntry }[], hint?: 'modifier' | 'name',
): Segment[] {
  const inside = matches.filter((m) => m.from >= from && m.to <= to);
  if (inside.length === 0) return classifyStretch(tokens, from, to, hint);
  // "Abraham Lincoln", "Andrew Jackson": a first name before a place that is also a surname.
  if (to - from >= 2 && to - from <= 4 && (tokens[from].tags.has('FirstName') || knownNameWord(tokens[from].key)) && inside.every((m) => (m.entry.ambiguous && (m.from > from || knownNameWord(tokens[to - 1].key))) || m.entry.type === 'person')) {
    return classifyStretch(tokens, from, to, 'name');
  }
  // "Tom Ford", "Michael Dell", "(Reporting by Lili Bayer)": a given name, then a company listed by one
  // word that is also a surname, is a person.
  if (to - from === 2 && inside.length === 1 && inside[0].from === from + 1 && inside[0].entry.source === 'company' && inside[0].entry.words.length === 1 &&
      tokens[from].tags.has('FirstName') && tokens[from + 1].tags.has('LastName') && tokens[from].join === 'space' && hint !== 'modifier') {
    return [{ from, to, type: 'person', strength: 3 }];
  }
  // "Jordan Mbeki": a place that is also a first name, then one word that is no common word, is a person; so is one
  // then a word known as a name and not as a place ("Angus Mitchell").
  if (to - from === 2 && inside.length === 1 && inside[0].from === from && inside[0].to === from + 1 && inside[0].entry.ambiguous &&
      (knownNameWord(tokens[from].key) || isCommonGivenName(tokens[from].key)) && tokens[from].join === 'space' &&
      (!inLexicon(tokens[from + 1].key) || knownNameWord(tokens[from + 1].key) && !knownPlaceWord(tokens[from + 1].key)) && !/s$/.test(tokens[from + 1].key) && !tokens[from + 1].acronym && !orgHeads.has(tokens[from + 1].key) &&
      !placeHeads.has(tokens[from + 1].key) && !tokens[from + 1].tags.has('Place') && !tokens[from + 1].tags.has('Organization') && hint !== 'modifier') {
    return [{ from, to, type: 'person', strength: 2 }];
  }
  if (inside.length === 1 && inside[0].from === from && inside[0].to === to) {
    return [{ from, to, type: entryType(inside[0].entry), strength: 3, entry: inside[0].entry }];
  }
  // "Georgia Mitchell said", "Jordan Henderson said": a one-word place, then a word compromise knows as a name (and
  // not as a place), right before a speech verb, is a speaker's name ("Georgia Tech said", "Kenya Power said" stay bodies).
  // ("America Ferrera said she": a surname no list knows, when "he" or "she" follows the verb.)
  const surname = tokens[from + 1];
  const speakerPronoun = /^(?:he|she)$/.test(tokens[to + 1]?.key ?? '') && !inLexicon(surname.key);
  if (to - from === 2 && inside.length === 1 && inside[0].from === from && inside[0].to === from + 1 && inside[0].entry.type === 'place' && hint !== 'modifier' &&
      tokens[from].join === 'space' && /^\p{Lu}\p{Ll}+$/u.test(surname.text) && (knownNameWord(surname.key) || speakerPronoun) && !knownPlaceWord(surname.key) &&
      !orgHeads.has(surname.key) && !placeHeads.has(surname.key) && !surname.tags.has('Place') && !surname.tags.has('Organization') &&
      !surname.acronym && !surname.possessive && speechVerbs.has(tokens[to]?.key ?? '') && tokens[to].paragraph === surname.paragraph) {
    return [{ from, to, type: 'person', strength: 2 }];
  }
  // A place followed by unknown words is one organization ("Houston Rockets", "China Evergrande"); before a title only
  // when those words end with a body's head ("Toronto Police Service Chief Myron Demkiw").
  const head = inside[0];
  if (inside.length === 1 && head.from === from && head.entry.type === 'place' && !head.entry.caps && (hint !== 'modifier' || to > head.to && orgHeads.has(tokens[to - 1].key)) && !placeNamedPerson(tokens, from, to)) {
    const rest = classifyStretch(tokens, head.to, to);
    const restWords = tokens.slice(head.to, to);
    if (rest.length === 1 && rest[0].from === head.to && rest[0].to === to && rest[0].type !== 'place' && rest[0].type !== 'event' &&
        !tokens[head.to].tags.has('FirstName') &&
        !restWords.some((t) => nonNameWords.has(t.key) || t.tags.has('Demonym') || isHonorific(t))) {
      return [{ from, to, type: 'organization', strength: 2, stem: { from: head.to, to } }];
    }
  }
  // "Airtel Kenya", "Vodacom Tanzania", "Yiaga Africa", "AIB-AXYS Africa": words no dictionary knows, then
  // a country or a continent that ends the run, name a company's or a group's branch there.
  const tail = inside[inside.length - 1];
  // ("Météo-France": one such word joined to the country by a hyphen, not a prefix such as "Trans-" or "Anglo-".)
  const hyphened = tokens[tail.from - 1]?.join === 'hyphen' && tail.from - from === 1 && !HYPHEN_PREFIXES.test(tokens[from].key);
  if (inside.length === 1 && tail.to === to && tail.from > from && tail.from - from <= 3 && hint !== 'name' && nationalPlace(tail.entry) &&
      (tokens[tail.from - 1].join === 'space' || hyphened) && tokens.slice(from, tail.from).every((t, j) => t.cap && !t.possessive && !t.tags.has('FirstName') && !t.tags.has('Demonym') &&
        !inLexicon(t.key) && !knownNameWord(t.key) && !knownPlaceWord(t.key) && (j === tail.from - from - 1 || t.join === 'space' || t.join === 'hyphen'))) {
    return [{ from, to, type: 'organization', strength: 2, stem: { from, to: tail.from } }];
  }
  const out: Segment[] = [];
  let k = from;
  for (const m of inside) {
    if (m.from > k) out.push(...classifyStretch(tokens, k, m.from));
    out.push({ from: m.from, to: m.to, type: entryType(m.entry), strength: 3, entry: m.entry });
    k = m.to;
  }
  // Only the words right before a title get the title's hint ("Acme CEO").
  if (k < to) out.push(...classifyStretch(tokens, k, to, hint));
  return mergeOrganizationPlace(tokens, out, to);
}

/** Prefixes written before a ship's name: motor vessel, motor tanker, fishing vessel, royal and naval ships. */
const SHIP_PREFIXES = new Set(['MV', 'M/V', 'MT', 'M/T', 'FV', 'RMS', 'HMS', 'HMAS', 'HMCS', 'HMNZS', 'USS', 'USNS']);

let nationalPlaces: Set<string> | undefined;

/** The nations of the United Kingdom, which British public bodies put after their names. */
const UK_NATIONS = new Set(['England', 'Scotland', 'Wales', 'Northern Ireland', 'UK'].map(normalizeName));

/** `[from, to)` is one to three capital letters without periods, then one to three names no dictionary lists as common words. */
function southAsianInitials(tokens: Token[], from: number, to: number): boolean {
  // ("The X Factor", "the T Rex": a person's name takes no article.)
  const before = tokens[from - 1];
  if (before && before.paragraph === tokens[from].paragraph && /^(?:the|a|an)$/.test(before.key)) return false;
  let k = from;
  while (k < to && k - from < 3 && /^\p{Lu}$/u.test(tokens[k].text) && tokens[k].dotEnd === tokens[k].end && tokens[k].join === 'space' && !/^[AI]$/.test(tokens[k].text)) k++;
  if (k === from || to - k < 1 || to - k > 3) return false;
  for (let j = k; j < to; j++) {
    const t = tokens[j];
    if (!/^\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)?$/u.test(t.text) || (j < to - 1 && t.join !== 'space') || (inLexicon(t.key) && !knownNameWord(t.key))) return false;
    if (orgHeads.has(t.key) || placeHeads.has(t.key) || eventHeads.has(t.key) || matchAt(tokens, j, j + 1)) return false;
  }
  return true;
}

let bodyPlaces: Set<string> | undefined;

/**
 * "Enterprise Ireland", "Transport Scotland", "Fire Rescue Victoria", "Health Canada", "Sport England": one to
 * three common nouns (a sector or a service, not a person's or a place's word, no adjective) and then a country, a
 * nation of the United Kingdom, an Australian state or a Canadian province, the two the whole run, name the
 * public body of that sector there.
 */
function publicBodyOfPlace(tokens: Token[], from: number, to: number): boolean {
  const n = to - from;
  if (n < 2 || n > 4) return false;
  const place = matchAt(tokens, to - 1, to);
  if (!place || place.type !== 'place' || place.words.length !== 1 || tokens[to - 1].possessive) return false;
  bodyPlaces ??= new Set([...COUNTRIES, ...AUSTRALIAN_STATES, ...CANADIAN_PROVINCES, 'England', 'Scotland', 'Wales', 'NSW'].map(normalizeName));
  if (!bodyPlaces.has(place.words.join(' '))) return false;
  for (let k = from; k < to - 1; k++) {
    const w = tokens[k];
    if (w.join !== 'space' || !/^\p{Lu}\p{Ll}{2,}$/u.test(w.text) || w.possessive) return false;
    // (compromise's guesses from the words around are no evidence here, "Rescue" or "Ambulance" read as a person's name;
    // its lexicon is. A verb opening a longer name is a noun too: "Fire Rescue Victoria".)
    const verb = w.tags.has('Verb') && !(n >= 3 && k === from && inLexicon(w.key));
    if (verb || (!w.tags.has('Noun') && !w.tags.has('Verb')) || ['Adjective', 'Adverb', 'Date', 'Value', 'Place', 'Demonym', 'Pronoun'].some((t) => w.tags.has(t))) return false;
    if (knownNameWord(w.key) || isGivenName(w) && !inLexicon(w.key) || isCommonGivenName(w.key)) return false;
    if (stopWords.has(w.key) || nonNameWords.has(w.key) || isTitleHead(w) || isHonorific(w) || demonyms.has(w.key) || matchAt(tokens, k, k + 1)) return false;
  }
  return true;
}

/** Is the listed place a country or a continent ("Kenya", "Africa", "East Africa")? */
function nationalPlace(entry: GazetteerEntry): boolean {
  nationalPlaces ??= new Set([...COUNTRIES, 'Africa', 'Asia', 'Europe', 'Latin America', 'Middle East', 'East Africa', 'West Africa', 'Southern Africa', 'Asia Pacific', 'Asia-Pacific'].map(normalizeName));
  return entry.type === 'place' && nationalPlaces.has(entry.words.join(' '));
}

/**
 * "NHS England", "BBC Radio Manchester": an organization's initials, then at most organization head
 * words, then a listed place that ends the run, name one organization (its branch for the place).
 */
function mergeOrganizationPlace(tokens: Token[], out: Segment[], to: number): Segment[] {
  if (out.length < 2) return out;
  const place = out[out.length - 1];
  const org = out[out.length - 2];
  // "Imperial College London", "University College Dublin": a college named with its city, no comma between.
  if (place.to === to && place.type === 'place' && place.entry && org.type === 'organization' && org.to === place.from && org.to - org.from >= 2 &&
      /^(?:college|university)$/.test(tokens[org.to - 1].key) && tokens[org.to - 1].join === 'space' && place.to - place.from === 1) {
    return [...out.slice(0, -2), { from: org.from, to: place.to, type: 'organization', strength: 3 }];
  }
  // "Arts Council England", "Historic Environment Scotland": a British body of two words or more named with its
  // nation, no comma between.
  if (place.to === to && place.type === 'place' && place.entry && org.type === 'organization' && org.to === place.from && org.to - org.from >= 2 &&
      tokens[org.to - 1].join === 'space' && !tokens[org.to - 1].possessive && UK_NATIONS.has(place.entry.words.join(' '))) {
    return [...out.slice(0, -2), { from: org.from, to: place.to, type: 'organization', strength: 3 }];
  }
  if (place.to !== to || org.type !== 'organization' || org.to - org.from !== 1 || !tokens[org.from].acronym) return out;
  // ("Radio Leeds" may already be one organization after the initials.)
  const branch = place.type === 'organization' && place.from === org.to && orgHeads.has(tokens[place.from].key);
  if (!branch && (place.type !== 'place' || !place.entry)) return out;
  for (let k = org.to; k < place.from; k++) if (!orgHeads.has(tokens[k].key) || tokens[k].acronym) return out;
  for (let k = org.from; k < place.from; k++) if (tokens[k].join !== 'space') return out;
  return [...out.slice(0, -2), { from: org.from, to: place.to, type: 'organization', strength: 3 }];
}

/**
 * A run that is an office and nothing else: title words up to a title head, then "of" or "for"
 * and the portfolio ("Minister of Agriculture", "Secretary of State", "Speaker of the House").
 * `portfolio` is where the words after "of"/"for" (and "the") start; `place`, a listed place that
 * starts there ("President of Ukraine").
 */
function officeOnly(tokens: Token[], from: number, to: number, locked: (k: number) => boolean): { portfolio: number; place?: GazetteerEntry; body?: EntityType } | undefined {
  let h = from;
  while (h < to && isTitleWord(tokens[h]) && !isTitleHead(tokens[h]) && !locked(h)) h++;
  // ("Chief Judge of Malaya": the last of two heads takes the "of".)
  while (h + 1 < to && isTitleHead(tokens[h + 1]) && !isHonorific(tokens[h + 1]) && !locked(h + 1) && tokens[h].join === 'space') h++;
  // ("Chief Executive Officer of …", "Chief Financial Officer of …": more title words after a head, up to the head before "of".)
  if (h < to && isTitleHead(tokens[h]) && !/^(?:of|for)$/.test(tokens[h + 1]?.key ?? '')) {
    let j = h + 1;
    while (j < to && tokens[j].cap && isTitleWord(tokens[j]) && !tokens[j].possessive && !locked(j) && tokens[j - 1].join === 'space') j++;
    if (j > h + 1 && isTitleHead(tokens[j - 1]) && /^(?:of|for)$/.test(tokens[j]?.key ?? '')) h = j - 1;
  }
  const head = tokens[h];
  const connector = tokens[h + 1];
  if (!head || !connector || locked(h) || !isTitleHead(head) || isHonorific(head) || head.possessive) return undefined;
  if (connector.key !== 'of' && !(connector.key === 'for' && PORTFOLIO_OFFICES.test(head.key))) return undefined;
  let portfolio = tokens[h + 2]?.key === 'the' ? h + 3 : h + 2;
  // ("Senior Minister of State for Trade and Industry": a junior minister's portfolio follows "for".)
  if (tokens[portfolio]?.key === 'state' && tokens[portfolio + 1]?.key === 'for' && portfolio + 2 < to) portfolio = tokens[portfolio + 2].key === 'the' ? portfolio + 3 : portfolio + 2;
  if (portfolio >= to || to - portfolio > 4) return undefined;
  const listed = matchAt(tokens, portfolio, to);
  // ("the Leader of the House of Lords", "President of the European Commission": a listed body after "of".)
  const place = listed?.type === 'place' || (listed?.type === 'organization' && listed.source !== 'event' && listed.words.length === to - portfolio) ? listed : undefined;
  // ("CEO of Halvorsen Robotics": a body named after a person ends with a body's head.)
  const namedBody = to - portfolio >= 2 && orgHeads.has(tokens[to - 1].key) && !tokens[to - 1].possessive;
  for (let k = portfolio; k < to && !(place && place.words.length === to - portfolio); k++) {
    const t = tokens[k];
    if (locked(k) && !place) return undefined;
    if (!t.cap && !/^(?:and|&)$/.test(t.key)) return undefined;
    if ((t.tags.has('FirstName') || t.tags.has('Person')) && !namedBody) return undefined;
  }
  return { portfolio, place, body: place ? undefined : officeBody(tokens, h, portfolio, to) };
}

/** Offices held in a company or a club, named after it with "of": "President of …", "Chief Executive Officer of …". */
const CORPORATE_HEADS = new Set(['officer', 'president', 'chairman', 'chairwoman', 'chairperson', 'chair', 'founder', 'co-founder', 'cofounder', 'owner', 'ceo', 'cfo', 'coo', 'cto']);

/** A company's functions, which a vice president or an officer heads: "Vice President of Sales", "Chief Officer of Human Resources". */
const CORPORATE_FUNCTIONS = /^(?:sales|marketing|communications?|operations|engineering|finance|research|products?|strategy|development|technology|policy|human|resources|investor|relations|public|affairs|government|global|international|business|corporate|customer|customers|digital|growth|people|talent|legal|compliance|risk|security|supply|chain|design|content|data|analytics|partnerships|programs?|programming|news|editorial|the|and|&)$/;

/**
 * The body an office is in, when the words after its "of" name one rather than a portfolio ("Minister of
 * Agriculture"): a run that ends with a body's head ("Commissioner of the Metropolitan Police Service"); a
 * company's office before a name that is not one of its functions ("President of Halvard Robotics",
 * "Chief Executive Officer of Norvale Systems"); a mayor's or governor's town that is no common word.
 */
function officeBody(tokens: Token[], head: number, portfolio: number, to: number): EntityType | undefined {
  const words = tokens.slice(portfolio, to).filter((t) => !/^(?:and|&|the)$/.test(t.key));
  if (words.length === 0) return undefined;
  const key = tokens[head].key;
  const proper = words.some((t) => !commonWordOnly(t.key) && !CORPORATE_FUNCTIONS.test(t.key) && !orgHeads.has(t.key) && !placeHeads.has(t.key));
  if (words.length >= 2 && orgHeads.has(words[words.length - 1].key) && proper) return 'organization';
  if (CORPORATE_HEADS.has(key) && proper) return 'organization';
  if (PLACE_OFFICES.has(key) && proper && words.every((t) => !orgHeads.has(t.key))) return 'place';
  return undefined;
}

