import { commonWordOnly, inLexicon, knownNameWord, knownPlaceWord, verbFormWord } from './compromiseLexicon';
import { RESIDENT_WORDS, clubHeads as clubHeadWords, companyHeads, demonyms, eventHeads as eventHeadWords, groupNouns, orgDescriptors, orgHeads as orgHeadWords, placeHeads as placeHeadWords, speechVerbs } from './lexicon';
import { companyPairOpener, pluralVerbAfter, SAINT } from './candidates';
import type { Segment } from './segment';
import { isHonorific, isTitleHead, isTitleWord, PORTFOLIO_OFFICES, TRAILING_TITLES } from './titles';
import { isGivenName, type Token } from './tokens';
import { GROUPING_WORDS } from '../model/lexicon';
import { isCommonGivenName } from '../model/people';
import { COUNTRIES } from '../model/places';
import { PARLIAMENTARY_PARTY_LABELS, SPORTS_CLUBS } from '../model/organizations';
import { matchAt, normalizeName } from './gazetteer';

/** Tags of words that are no noun, and so no name, at the head of a sentence (not "Verb": compromise reads an unknown
 * word there as an imperative, "Harrowgate also hold …"). */
const NOT_NOUN_TAGS = ['Adverb', 'Auxiliary', 'Negative', 'Pronoun', 'Determiner', 'Conjunction', 'Preposition'];

/** People whose employer is named after "at": "analysts at Bernstein". */
const FIRM_STAFF = new Set(['analyst', 'analysts', 'economist', 'economists', 'strategist', 'strategists', 'banker', 'bankers', 'trader', 'traders', 'researchers', 'engineers', 'executives', 'executive', 'lawyers', 'partner', 'partners']);

/** Compass words that open the names of companies and services ("Southern Water", "Northern Rail"). */
const COMPASS_OPENERS = new Set(['northern', 'southern', 'eastern', 'western', 'central', 'north', 'south', 'east', 'west']);

/** Lower-case words for administrative areas written after their names ("the Kherson region", "Brunswick county"). */
const AREA_NOUNS = new Set(['region', 'province', 'county', 'district', 'oblast', 'prefecture', 'governorate', 'municipality', 'parish', 'borough', 'canton', 'département', 'voivodeship', 'raion']);
/** Words for areas a list of places follows ("areas of", "blocks of", "the region, including"). */
const AREA_WORDS = new Set(['areas', 'parts', 'districts', 'blocks', 'villages', 'towns', 'cities', 'constituencies', 'regions', 'provinces', 'counties',
  'states', 'suburbs', 'neighbourhoods', 'neighborhoods', 'municipalities', 'communities', 'settlements', 'region', 'district', 'state', 'province', 'county', 'area']);
const AREA_PLURALS = new Set(['regions', 'provinces', 'counties', 'districts', 'oblasts', 'prefectures', 'governorates', 'municipalities', 'parishes', 'boroughs', 'cantons', 'states']);

/** Bodies a person leads, named after that person's possessive ("Zardari's Pakistan Peoples Party"). */
const LED_BODIES = new Set(['party', 'movement', 'government', 'administration', 'cabinet', 'campaign', 'coalition', 'alliance', 'faction', 'bloc', 'front', 'league']);

/** Lower-case heads of a kind of organization written after a name and its descriptor ("the DeepState monitoring group"). */
const ORG_KIND_HEADS = new Set(['group', 'company', 'firm', 'agency', 'network', 'party', 'movement', 'organization', 'organisation', 'outlet', 'project', 'collective', 'consortium', 'militia', 'foundation', 'charity', 'platform', 'service', 'initiative']);

/** Lower-case plural nouns for weapons and equipment: a capitalized word before them names a model, not a body ("Patriot systems"). */
const EQUIPMENT_PLURALS = new Set(['systems', 'missiles', 'launchers', 'interceptors', 'batteries', 'tanks', 'jets', 'fighters', 'drones', 'rockets', 'howitzers', 'helicopters', 'rifles', 'warships', 'submarines', 'bombers', 'munitions', 'shells']);

/** Lower-case words for a road, a line or a site built on the ground, after its name ("the Dongo Kundu bypass"). */
const BUILT_PLACE_WORDS = new Set(['bypass', 'highway', 'expressway', 'motorway', 'freeway', 'railway', 'corridor', 'interchange', 'airport', 'airstrip', 'dam', 'bridge', 'tunnel', 'junction', 'roundabout', 'flyover']);
const NATURAL_PLACE_WORDS = new Set(['rainforest', 'river', 'basin', 'delta', 'jungle', 'valley', 'region', 'estuary', 'watershed', 'forest']);

/** Lower-case nouns after a name that make it an organization ("the Neue Mitte party"). */
const ORG_NOUNS_AFTER = new Set(['party', 'movement', 'bloc', 'faction', 'militia', 'coalition', 'alliance', 'company', 'firm', 'chain', 'newspaper', 'network', 'union', ...groupNouns]);
/** Appositions that name a business's place among others ("a smaller rival"); also said of people. */
/** Last words of buildings and landmarks ("the Dolby Theatre", "the Grand Serail", "the Western Wall"). */
const BUILDING_HEADS = new Set(['theatre', 'theater', 'serail', 'palace', 'tower', 'hall', 'stadium', 'arena', 'bridge', 'square', 'wall', 'gate', 'cathedral',
  'mosque', 'temple', 'church', 'basilica', 'shrine', 'synagogue', 'museum', 'castle', 'fort', 'fortress', 'citadel', 'monument', 'memorial', 'opera']);
/** Awards and races named after "the" ("the Golden Globe", "the Grand Prix", "the Ryder Cup"): no entity. */
const AWARD_WORDS = new Set(['globe', 'globes', 'prix', 'award', 'awards', 'cup', 'trophy', 'medal', 'prize', 'oscar', 'oscars', 'emmy', 'emmys', 'grammy', 'grammys', 'derby', 'classic']);
const GROUPINGS_AFTER = new Set(GROUPING_WORDS);
/** Kinds of bodies written right before a name ("the group Kontra Daya", "the party Jan Suraaj"). */
const KINDS_BEFORE = new Set(['group', 'party', 'movement', 'coalition', 'alliance', 'bloc', 'network', 'collective', 'militia', 'consortium', 'organization', 'organisation', 'foundation',
  'band', 'orchestra', 'choir', 'ensemble']);
/** What is held in a company ("shares in", "a stake in"). */
const STAKE_NOUNS = new Set(['shares', 'stake', 'stakes', 'shareholding', 'shareholdings', 'holding', 'holdings', 'equity']);
/** Lower-case nouns for a work whose title may follow them ("the novel Silent River"). */
const WORK_NOUNS = new Set(['book', 'novel', 'novella', 'memoir', 'biography', 'autobiography', 'film', 'movie', 'documentary', 'album', 'song', 'musical', 'opera', 'poem', 'sitcom', 'podcast', 'painting',
  'play', 'ballet', 'drama', 'essay', 'anthology', 'symphony', 'concerto']);
/** What is made of a work, named after "of" ("a new production of The Cherry Orchard", "her staging of Hamlet"). */
const STAGINGS = new Set(['production', 'productions', 'staging', 'revival', 'adaptation', 'performance', 'recording', 'screening', 'reading', 'translation']);

/**
 * Is `[from, to)` the title of a work, right after a noun for one ("her book The Pale Reef", "the film Lake
 * Placid"), or set off by commas after it ("her memoir, Prompt Corner, appeared")? Not a name that opens with
 * a given name ("the film star", "In the film, Tom Cruise plays").
 */
function workTitle(tokens: Token[], from: number, to: number): boolean {
  const first = tokens[from];
  let k = from - 1;
  if (tokens[k]?.key === 'the' && tokens[k].cap && tokens[k].join === 'space') k--;
  // ("Garry Hynes's new production of The Cherry Orchard": a capital "The" after "of" opens the work's title.)
  const of = tokens[k];
  if (of && of.key === 'of' && k === from - 2 && of.join === 'space' && tokens[k - 1] && STAGINGS.has(tokens[k - 1].key) && !tokens[k - 1].cap && tokens[k - 1].join === 'space' && of.paragraph === first.paragraph) return true;
  const noun = tokens[k];
  if (!noun || noun.cap || noun.possessive || !WORK_NOUNS.has(noun.key) || noun.paragraph !== first.paragraph || isGivenName(first) || first.tags.has('FirstName')) return false;
  // (After "her", "the", "a", a noun; otherwise not a verb: "Portugal play Belgium".)
  const whose = tokens[k - 1];
  const determined = !!whose && (whose.possessive || /^(?:the|his|her|its|their|a|an|my|our|new|latest|debut)$/.test(whose.key));
  // ("Portugal play Belgium", "Wolves play Leicester City": a sports verb, unless a determiner makes it the noun.)
  if (noun.key === 'play' && !determined) return false;
  if (/^\s+$/.test(noun.gap)) return determined || !noun.tags.has('Verb');
  return /^,\s+$/.test(noun.gap) && determined && /^[,;)]/.test(tokens[to - 1].gap);
}

/**
 * "their new album, Girls in Peacetime Want to Dance.", "her debut novel, A Map of the Sea,": a title in Title Case
 * set off by a comma after a noun for a work runs to the punctuation that closes it, small words inside; none of
 * its capitalized words is an entity.
 */
function titlesAfterWorkNouns(tokens: Token[], segments: Segment[]): void {
  let j = 0;
  for (let k = 1; k + 1 < tokens.length; k++) {
    const noun = tokens[k];
    if (noun.cap || !WORK_NOUNS.has(noun.key) || !/^,\s+$/.test(noun.gap)) continue;
    const whose = tokens[k - 1];
    if (!(whose.possessive || /^(?:the|his|her|its|their|a|an|my|our|new|latest|debut|second|third|fourth|fifth)$/.test(whose.key))) continue;
    const start = k + 1;
    if (!tokens[start].cap || tokens[start].paragraph !== noun.paragraph || isGivenName(tokens[start])) continue;
    let end = -1;
    for (let e = start; e < tokens.length && e - start < 10 && tokens[e].paragraph === noun.paragraph; e++) {
      const t = tokens[e];
      if (!t.cap && !TITLE_SMALL_WORDS.test(t.text)) break;
      if (/^[,.;:)!?]/.test(t.gap) || e + 1 === tokens.length || tokens[e + 1].paragraph !== t.paragraph) { if (t.cap) end = e + 1; break; }
      if (!/^\s+$/.test(t.gap)) break;
    }
    // (Two words or more, with a small word among them: a name after the comma is an apposition, "his album, Jo Hart,".)
    if (end < 0 || end - start < 3 || !tokens.slice(start, end).some((t) => !t.cap)) continue;
    while (j < segments.length && segments[j].to <= start) j++;
    for (let m = j; m < segments.length && segments[m].from < end; m++) {
      if (segments[m].from < start || segments[m].to > end) continue;
      segments[m].type = 'event';
      segments[m].entry = undefined;
      segments[m].strength = 3;
    }
  }
}

/** Lower-case words for a ship that its name may follow ("the tanker Maria Luisa", "the bulk carrier Cape Orion"). */
const VESSEL_NOUNS = new Set(['ship', 'vessel', 'tanker', 'supertanker', 'freighter', 'tug', 'tugboat', 'trawler', 'ferry', 'yacht', 'superyacht',
  'dredger', 'icebreaker', 'frigate', 'destroyer', 'corvette', 'warship', 'submarine', 'minesweeper', 'schooner', 'barge', 'liner', 'containership']);
/** Kinds of cargo before "carrier" that make it a ship ("bulk carrier", "LNG carrier"), not an airline. */
const CARRIER_CARGO = new Set(['bulk', 'lng', 'lpg', 'ore', 'car', 'vehicle', 'gas', 'aircraft', 'livestock', 'chemical', 'product', 'crude']);

/** Lower-case words for a space mission or craft, after its name ("the Ariel mission", "the Juno spacecraft"). */
const CRAFT_AFTER = new Set(['mission', 'missions', 'spacecraft', 'telescope', 'satellite', 'rover', 'lander', 'orbiter', 'rocket', 'capsule']);

/** Is the segment the name of a ship, right after a lower-case word for one, or of a space craft, right before one? Not a listed name. */
function vesselName(tokens: Token[], s: Segment): boolean {
  const craft = tokens[s.to];
  const last = tokens[s.to - 1];
  if (!s.entry && s.type !== 'organization' && craft && !craft.cap && CRAFT_AFTER.has(craft.key) && last.join === 'space' && !last.possessive
    && craft.paragraph === last.paragraph && s.to - s.from <= 2) return true;
  const noun = tokens[s.from - 1];
  if (s.entry || !noun || noun.cap || noun.possessive || noun.join !== 'space' || noun.paragraph !== tokens[s.from].paragraph || s.to - s.from > 4) return false;
  if (noun.key === 'carrier') return CARRIER_CARGO.has(tokens[s.from - 2]?.key ?? '');
  return VESSEL_NOUNS.has(noun.key);
}

const TITLE_SMALL_WORDS = /^(?:a|an|the|and|or|nor|but|of|to|in|on|at|by|for|with|from|as|vs?)$/i;

/**
 * A quotation written in Title Case ('"Collapse: How Societies Choose to Fail or Succeed"', "''A Change Is
 * Gonna Come''"): the title of a work or a slogan, whose capitals are no evidence of names. Three words
 * or more, every longer word capitalized.
 */
function titleCaseQuote(text: string): boolean {
  const words = text.split(/[\s:,.!?;—–]+/).filter((w) => /\p{L}/u.test(w));
  if (words.length < 3 || words.length > 14) return false;
  return words.every((w) => /^["“'‘(]?[\p{Lu}\d]/u.test(w) || TITLE_SMALL_WORDS.test(w)) && words.filter((w) => !TITLE_SMALL_WORDS.test(w)).length >= 3;
}

/**
 * Names guessed inside a Title-Case quotation name no one: only listed names and names that open with
 * a given name are kept there.
 */
export function quotedTitles(text: string, quotes: readonly { inner: { start: number; end: number } }[], tokens: Token[], segments: Segment[]): void {
  // ('"The Salt Road," a touring play': a name no list knows that fills a quotation with a capitalized "The"
  // before it is the title of a work, whatever its head word makes it.)
  for (const s of segments) {
    if (s.entry || s.type === 'title' || s.type === 'event' || s.type === null || s.from === 0 || tokens[s.from - 1].text !== 'The') continue;
    const the = tokens[s.from - 1];
    const q = quotes.find((x) => x.inner.start === the.start);
    if (!q || !/^[,.!?]?$/.test(text.slice(tokens[s.to - 1].end, q.inner.end))) continue;
    s.type = null;
    s.strength = 0;
  }
  const titles = quotes.filter((q) => titleCaseQuote(text.slice(q.inner.start, q.inner.end))).map((q) => q.inner);
  if (titles.length === 0) return;
  for (const s of segments) {
    if (s.entry || s.type === 'title' || s.type === 'event' || s.type === null) continue;
    const start = tokens[s.from].start;
    if (!titles.some((q) => q.start <= start && tokens[s.to - 1].end <= q.end)) continue;
    // (A name of two or three words that opens with a given name stays: "Vote Early With Sandra Ruiz Today".)
    if (s.type === 'person' ? s.to - s.from <= 3 && (tokens[s.from].tags.has('FirstName') || isCommonGivenName(tokens[s.from].key)) : s.strength >= 3) continue;
    s.type = null;
    s.strength = 0;
  }
}

/** Words for a sports team written right before its name ("Premier League side Brentford"). */
const SIDES_BEFORE = new Set(['side', 'club', 'outfit', 'franchise']);
/** Event heads that also end the names of bodies ("Innocence Project", "Equinox Initiative"). */
const BODY_EVENT_HEADS = new Set(['initiative', 'project', 'program', 'programme', 'partnership']);

/** Parts of a business that are bodies of their own ("its cloud unit, Quantelle Sky,"). */
const BUSINESS_PARTS = new Set(['unit', 'division', 'subsidiary', 'arm', 'affiliate']);
const RIVALS = new Set(['rival', 'competitor', 'challenger', 'peer', 'spinoff', 'spin-off', 'unit']);
const APPOSITION_OPENERS = new Set(['a', 'an', 'another', 'the']);

/**
 * "Joubert's company, Vaalrand Civils, was deregistered", "the firm, Kessler Cells,": a name set off by
 * commas right after a word for a kind of organization, itself after "the" or a possessive, names it.
 */
function namedAfterKind(tokens: Token[], from: number, to: number): boolean {
  const first = tokens[from];
  const kind = from > 0 ? tokens[from - 1] : undefined;
  let whose = from > 1 ? tokens[from - 2] : undefined;
  // ("Quantelle's cloud unit, Quantelle Sky,", "Brazil's national supply agency, Conab,": a word or two for what the
  // body does or whose it is may stand between.)
  const between = (t: Token | undefined) => !!t && !t.cap && !t.possessive && t.join === 'space' && (t.tags.has('Noun') || t.tags.has('Adjective')) && !t.tags.has('Verb');
  for (let k = from - 2; k >= from - 3 && between(tokens[k]) && k > 0; k--) {
    const owner = tokens[k - 1];
    if (owner.paragraph !== tokens[k].paragraph) break;
    if (owner.possessive || (/^(?:the|its|their|his|her|our)$/.test(owner.key) && owner.join === 'space')) { whose = owner; break; }
  }
  return !!kind && !!whose && !kind.cap && (orgDescriptors.has(kind.key) || BUSINESS_PARTS.has(kind.key)) && /^,\s+$/.test(kind.gap) && kind.paragraph === first.paragraph && !first.tags.has('FirstName') &&
    (whose.possessive || (/^(?:the|its|their|his|her|our)$/.test(whose.key) && whose.join === 'space')) && /^[,;)]/.test(tokens[to - 1].gap);
}

/** Is the name at `[from, to)` described as an organization by the words right around it? */
function describedAsOrganization(tokens: Token[], from: number, to: number): boolean {
  const first = tokens[from];
  const last = tokens[to - 1];
  const prev = from > 0 ? tokens[from - 1] : undefined;
  if (prev && !first.initial && !prev.cap && prev.paragraph === first.paragraph && /^\s+$/.test(prev.gap) && orgDescriptors.has(prev.key)) return true;
  if (namedAfterKind(tokens, from, to)) return true;
  // "Shares in KenGen fell", "a 10% stake in Norvale": what shares or a stake are held in is a company.
  const holding = from > 1 ? tokens[from - 2] : undefined;
  if (prev?.key === 'in' && holding && STAKE_NOUNS.has(holding.key) && (!holding.cap || holding.initial) && holding.join === 'space' && prev.join === 'space' && holding.paragraph === first.paragraph && !first.initial) return true;
  // "told the Courier", "told the Record": people are not told with "the" before their name.
  const verb = from > 1 ? tokens[from - 2] : undefined;
  if (prev?.key === 'the' && verb && /^(?:told|tells|telling)$/.test(verb.key) && to - from === 1 && !first.initial && prev.paragraph === first.paragraph) return true;
  // "on behalf of the group Kontra Daya", "the rights group Karapatan": a lower-case word for a kind of
  // body right before the name, itself after an article or another lower-case word.
  const before = from > 1 ? tokens[from - 2] : undefined;
  // ("Residents' group Roker Park Neighbours", "the Manchester band Halcyon Drift": whose group, or where from.)
  if (prev && before && KINDS_BEFORE.has(prev.key) && !prev.cap && !prev.possessive && /^\s+$/.test(prev.gap) && prev.paragraph === first.paragraph &&
      ((!before.cap || before.tags.has('Place') || /^(?:the|an?)$/.test(before.key)) && before.join === 'space' || before.possessive) && !first.initial && !first.tags.has('FirstName') && !(last.join === 'space' && tokens[to]?.cap)) return true;
  // "a Pakistan-based group called Lashkar-e-Taiba", "a militia known as the Wagner Group": a word for a
  // kind of body, then "called", "named" or "known as", right before the name.
  const bodyWord = prev?.key === 'as' && tokens[from - 2]?.key === 'known' ? tokens[from - 3] : /^(?:called|named|dubbed)$/.test(prev?.key ?? '') ? tokens[from - 2] : undefined;
  if (prev && bodyWord && (KINDS_BEFORE.has(bodyWord.key) || ORG_KIND_HEADS.has(bodyWord.key)) && !bodyWord.cap && bodyWord.join === 'space' && prev.join === 'space' &&
      bodyWord.paragraph === first.paragraph && !first.tags.has('FirstName') && !isGivenName(first)) return true;
  // "Premier League side Brentford", "the Belgian club Genk", "Championship outfit Hull": a word for a sports
  // team right before the name, after a league's name, an adjective or an article.
  if (prev && before && SIDES_BEFORE.has(prev.key) && !prev.cap && !prev.possessive && /^\s+$/.test(prev.gap) && prev.paragraph === first.paragraph &&
      before.join === 'space' && !first.initial && !first.tags.has('FirstName') && !isGivenName(first) && to - from <= 3 && !(last.join === 'space' && tokens[to]?.cap)) return true;
  const next = tokens[to];
  if (!next || next.paragraph !== last.paragraph || next.cap) return false;
  // "the DeepState monitoring group", "the Wagner mercenary group": "the", the name, a lower-case word or two, a kind of organization.
  if (prev?.key === 'the' && last.join === 'space' && !last.possessive && next.join === 'space') {
    for (let k = to + 1; k <= to + 2 && k < tokens.length; k++) {
      const t = tokens[k];
      if (t.cap || t.paragraph !== last.paragraph) break;
      if (ORG_KIND_HEADS.has(t.key) && !t.possessive && !tokens.slice(to, k).some((w) => w.tags.has('Verb') && !w.tags.has('Gerund') && !w.tags.has('Noun'))) return true;
      if (t.join !== 'space') break;
    }
  }
  // ("Civic group Joburg Water Watch": a common word capitalized at the sentence start describes the group.)
  if (last.join === 'space' && !last.possessive && ORG_NOUNS_AFTER.has(next.key) && !/^\p{L}/u.test(next.gap) && !(to - from === 1 && first.initial && (inLexicon(first.key) || first.tags.has('Adjective')))) return true;
  if (!/^,\s+$/.test(last.gap) || !APPOSITION_OPENERS.has(next.key)) return false;
  // "Gavi, the Vaccine Alliance": an apposition that is an organization's name.
  if (next.key === 'the') {
    let k = to + 1;
    while (k < tokens.length && k <= to + 5 && tokens[k].cap && tokens[k].paragraph === last.paragraph && tokens[k - 1].join !== 'none') k++;
    const end = tokens[k - 1];
    if (k > to + 1 && orgHeadWords.has(end.key) && (/^[,.;)]/.test(end.gap) || k >= tokens.length || tokens[k].paragraph !== end.paragraph)) return true;
  }
  // ("Northwind Compute, a smaller rival": a rival or competitor may be a person, unless nothing in the name is a person's.)
  const personal = tokens.slice(from, to).some((t) => t.tags.has('FirstName') || t.tags.has('Person') || t.tags.has('MaleName') || t.tags.has('FemaleName'));
  // (A word written with a hyphen is two tokens: "the California-based software group" is four words.)
  let reach = to + 4;
  for (let k = to + 1; k <= reach && k < tokens.length; k++) {
    const t = tokens[k];
    // ("Kestrova, a Lagos lender,": a place's name may say where the body is.)
    // ("Tavarnu Gwynfa, the Welsh language society", "a British charity": so may a nation's adjective.)
    const where = ((t.cap && t.tags.has('Place') && !t.tags.has('Person')) || demonyms.has(t.key)) && !t.possessive && (t.join === 'space' || t.join === 'hyphen') && !!tokens[k + 1] && !tokens[k + 1].cap;
    if (t.paragraph !== last.paragraph || (t.cap && !/\d/.test(t.text) && t.join !== 'hyphen' && !where)) return false;
    // "a start-up", "a non-profit": a descriptor written with a hyphen is two tokens.
    const pair = t.join === 'hyphen' && tokens[k + 1]?.paragraph === t.paragraph ? `${t.key}-${tokens[k + 1].key}` : '';
    const [word, w] = pair && orgDescriptors.has(pair) ? [pair, tokens[k + 1]] : [t.key, t];
    // The apposition ends with the descriptor, or goes on with what says where or whose the body is
    // ("Kestrel Imaging, a start-up based in Leeds", "a company that makes …").
    // (Or with the paragraph: "funded by Homes England, the government's housing agency.")
    const after = tokens[w === t ? k + 1 : k + 2];
    const closes = /^[,.;)]/.test(w.gap) || (/^\s+$/.test(w.gap) && POST_MODIFIERS.has(after?.key ?? '')) || !after || after.paragraph !== w.paragraph;
    if ((orgDescriptors.has(word) || (!personal && RIVALS.has(word))) && !w.possessive && closes) return true;
    // "Quantelle, the California-based software group,": a word for a kind of body after a lower-case word that
    // says what it does is a company's ("a group" alone may be people).
    if (!personal && ORG_KIND_HEADS.has(t.key) && k > to + 2 && !tokens[k - 1].cap && tokens[k - 1].join === 'space' && !t.possessive && /^[,.;)]/.test(t.gap)) return true;
    if (t.join === 'hyphen') reach++;
    // ("the government's housing agency": a possessive inside the apposition goes on to its noun.)
    if (t.join !== 'space' && t.join !== 'hyphen' && !(t.possessive && /^['’]s?\s+$/.test(t.gap))) return false;
  }
  return false;
}

/** Words that count or pick out things of a kind ("several", "two", "all"). */
const QUANTIFIERS = /^(?:several|two|three|four|five|six|seven|eight|nine|ten|many|some|all|both|its|their|these|those|other|more|fewer|few)$/;
/** Lower-case words for a waterway, a coast's feature or a port, after a place's name ("the Hormuz strait"). */
const FEATURE_NOUNS = new Set(['strait', 'straits', 'river', 'canal', 'channel', 'gulf', 'bay', 'sea', 'lake', 'delta', 'estuary', 'peninsula', 'port', 'harbour', 'harbor', 'valley', 'basin']);
/** Lower-case words for a settlement or an area that name it after "of" ("the port of Umm Qasr", "his hometown of Sirte"). */
const SETTLEMENT_HEADS = new Set(['port', 'town', 'city', 'village', 'hometown', 'capital', 'province', 'region', 'island', 'district', 'suburb', 'neighbourhood', 'neighborhood', 'enclave', 'settlement', 'township', 'state', 'county', 'municipality', 'oasis', 'hamlet']);
/** Heads of administrative places, whose officers are named after them ("the Fulton County sheriff"). */
const ADMIN_PLACE_HEADS = new Set(['county', 'city', 'state', 'province', 'district', 'borough', 'region', 'township', 'parish', 'territory', 'village', 'town', 'oblast', 'governorate', 'prefecture']);

/** Words that open what follows a descriptor in an apposition: "a start-up based in Leeds", "a lender that …". */
const POST_MODIFIERS = new Set(['based', 'headquartered', 'founded', 'set', 'established', 'created', 'formed', 'owned', 'backed', 'run', 'listed', 'that', 'which', 'whose', 'in', 'from', 'with', 'specialising', 'specializing', 'making', 'selling', 'developing']);

/**
 * Context rules over the typed pieces of every run, in document order: the words around a name
 * decide what it is when the name alone cannot ("Eau Claire, Wis.", "Jefferies analyst",
 * "in Philadelphia and Camden"), and headings keep only what is certain. Linear.
 */
/** Words before "by" in a wire credit line ("Reporting by", "Editing by", "Additional reporting by"). */
const CREDIT_WORDS = new Set(['reporting', 'editing', 'writing', 'compiled', 'graphics', 'photography']);

/**
 * "Aliyu Danjuma, a manufacturer, spoke … He claimed", "Okonkwo said he would …": the name is the
 * subject of its clause and "he" or "she" takes it up, as the subject right after the speech verb or
 * as the first word of the next sentence.
 */
function pronounTakesUp(tokens: Token[], from: number, to: number): boolean {
  const p = tokens[from].paragraph;
  const next = tokens[to];
  if (next && speechVerbs.has(next.key) && next.join === 'space' && tokens[to + 1] && /^(?:he|she)$/.test(tokens[to + 1].key)) return true;
  for (let k = to; k < tokens.length && k < to + 60; k++) {
    const t = tokens[k];
    if (t.paragraph > p + 1) return false;
    // Another name in between may be the one taken up.
    if (t.cap && !t.initial && t.tags.has('Person')) return false;
    if (t.initial && k > to) return /^(?:he|she)$/.test(t.key) && t.join === 'space';
  }
  return false;
}

/** Prepositions whose object a name right after them is, not the subject of the verb that follows it. */
const OBJECT_PREPOSITIONS = /^(?:for|in|at|to|from|of|near|with|by|on|into|over|across|outside|inside|around|toward|towards|against|about)$/;

/** What may stand between a speech verb and the subject of what is reported: "that", a time, "in a statement". */
const REPORT_FILLERS = /^(?:that|on|in|at|late|earlier|early|last|this|a|statement|filing|release|also|previously|yesterday|today|tonight|overnight)$/;

/**
 * "Vodacom said on Tuesday it would not follow its rivals", "Kestrova said its profit fell": right after the speech verb at
 * `to` (past "that", a time or "in a statement"), the report opens with "its", or with "it" and then "its", and its
 * sentence has no "he" or "she": the speaker is a thing, a body.
 */
function itsTakesUp(tokens: Token[], to: number): boolean {
  const v = tokens[to];
  if (!v || !speechVerbs.has(v.key) || v.cap || v.paragraph !== tokens[to - 1].paragraph || tokens[to - 1].join !== 'space' || tokens[to - 1].possessive) return false;
  let k = to + 1;
  while (k < tokens.length && k <= to + 5 && !tokens[k].initial && tokens[k].paragraph === v.paragraph && (REPORT_FILLERS.test(tokens[k].key) || tokens[k].tags.has('Date'))) k++;
  const first = tokens[k];
  if (!first || first.initial || first.paragraph !== v.paragraph || (first.key !== 'it' && first.key !== 'its')) return false;
  let its = first.key === 'its';
  for (let j = k + 1; j < tokens.length && j <= k + 15 && !tokens[j].initial && tokens[j].paragraph === v.paragraph; j++) {
    if (/^(?:he|she|his|her|him|they|their)$/.test(tokens[j].key)) return false;
    if (tokens[j].key === 'its') its = true;
  }
  return its;
}

/** Words no list or lexicon explains, with no mark of an organization: a name that could be a person's. */
function unknownNameWords(tokens: Token[], from: number, to: number): boolean {
  if (to - from > 3) return false;
  for (let k = from; k < to; k++) {
    const t = tokens[k];
    if (!t.cap || !/^\p{Lu}[\p{Ll}\p{M}]+(?:-\p{Lu}?[\p{Ll}\p{M}]+)?$/u.test(t.text) || t.acronym || t.heading || t.possessive || inLexicon(t.key) || t.tags.has('Plural') || t.tags.has('Organization') || t.tags.has('Place') || orgHeadWords.has(t.key)) return false;
  }
  return true;
}

/**
 * "Everton are close to signing …", "Leeds were beaten", "Everton host Tottenham": a town's name as the subject of a
 * plural verb is its club (British usage); a town as a place takes a singular one.
 */
const CLUB_VERB = /^(?:are|were|have|host|face|play|visit|travel|welcome|meet|trail|lead|sit|remain|need)$/;

function townAsClub(tokens: Token[], s: Segment): boolean {
  if (s.type !== 'place' && s.type !== null || s.to - s.from > 2) return false;
  const next = tokens[s.to];
  const last = tokens[s.to - 1];
  const prev = tokens[s.from - 1];
  // (The sentence's subject: first in it, or after "but", "while" — not "Tourists in Paris are back".)
  const subject = !prev || prev.paragraph !== last.paragraph || /[.!?:;]\s*$/.test(prev.gap + (tokens[s.from].gap ?? '')) || tokens[s.from].initial
    || /^(?:but|while|whereas|when|after|before|since)$/.test(prev.key);
  return subject && !!next && !next.cap && next.paragraph === last.paragraph && last.join === 'space' && !last.possessive
    && CLUB_VERB.test(next.key) && !tokens.slice(s.from, s.to).some((t) => t.tags.has('Plural'))
    // ("Results are written in hotel rooms": a common word that opens the sentence is no town.)
    && !(s.type === null && tokens.slice(s.from, s.to).every((t) => commonWordOnly(t.key) || commonWordOnly(t.key.replace(/s$/, ''))));
}

/** Last words of clubs named by their town ("Harbury Town", "Bristol City", "Nottingham Forest", "Aston Villa"). */
const TOWN_CLUB_HEADS = /^(?:town|city|county|forest|villa|orient|alexandra|stanley|thistle|wednesday|dons|academical)$/;
/** Verbs and nouns of a player's move between clubs, before "from" ("joined from Grimsby Town", "on loan from Derby County"). */
const TRANSFER_BEFORE_FROM = /^(?:joined|signed|arrived|moved|recalled|loan|transfer|switch|move)$/;
/** Words only a report of a game uses ("striker", "fixture", "relegation", "innings"). */
const SPORTS_WORDS = /^(?:goal|goals|striker|midfielder|defender|goalkeeper|winger|kick-off|fixture|fixtures|relegation|equaliser|equalizer|stoppage|half-time|halftime|scoreline|innings|wickets|try-scorer|touchdown|touchdowns|playoff|playoffs)$/;

/**
 * "Harbury Town came from behind to beat Wexley Rovers", "before hosting Bristol City": in a sports report, a town's
 * name with a club's last word is the club, unless it is a place listed as such ("Mexico City") or stands after
 * "in", "near" or "of".
 */
function townClubs(tokens: Token[], segments: Segment[]): void {
  const sportWords = new Set<string>();
  for (const t of tokens) {
    // ("kick-off", "half-time": hyphenated words are two tokens.)
    const word = t.join === 'hyphen' && tokens[t.i + 1] ? `${t.key}-${tokens[t.i + 1].key}` : t.key;
    if (SPORTS_WORDS.test(word)) sportWords.add(word);
  }
  if (sportWords.size < 2) return;
  for (const s of segments) {
    // ("Stockport County": a listed town with an administrative word added to it is no listed place of two words.)
    if (s.type !== 'place' && s.type !== null || s.to - s.from !== 2) continue;
    const last = tokens[s.to - 1];
    if (s.entry && !(last.key === 'county' && s.entry.words.length === 1 && s.entry.words[0] === tokens[s.from].key)) continue;
    if (!TOWN_CLUB_HEADS.test(last.key) || !last.cap || last.possessive && last.key === 'city') continue;
    const prev = tokens[s.from - 1];
    // ("joined from Grimsby Town", "on loan from Derby County": a player's move comes from a club, not a town.)
    const transfer = prev?.key === 'from' && TRANSFER_BEFORE_FROM.test(tokens[s.from - 2]?.key ?? '') && tokens[s.from - 2].paragraph === last.paragraph;
    if (prev && prev.paragraph === last.paragraph && /^(?:in|near|of|across|outside|around|inside|from)$/.test(prev.key) && !transfer) continue;
    s.type = 'organization';
    s.strength = 3;
  }
  // ("a corner from Jordan Mills", "a pass from Ella Banks": in a sports report a given name before a company's head word
  // that is also a surname names a player; clubs are named by towns and companies there are sponsors already listed.)
  for (const s of segments) {
    if (s.type !== 'organization' || s.to - s.from !== 2 || s.entry || s.strength > 3) continue;
    const [given, head] = [tokens[s.from], tokens[s.to - 1]];
    if (!(isGivenName(given) || knownNameWord(given.key) && !knownPlaceWord(given.key)) || given.acronym || head.acronym || given.join !== 'space' || !orgHeadWords.has(head.key)) continue;
    if (tokens[s.from - 1]?.key === 'the' || clubHeadWords.has(head.key) || TOWN_CLUB_HEADS.test(head.key)) continue;
    s.type = 'person';
    s.strength = 3;
  }
}

/** A report of a game: a score, or two words only such a report uses. */
const sportsReport = (tokens: Token[]) => tokens.some((t) => SCORE.test(t.text)) || tokens.filter((t) => SPORTS_WORDS.test(t.key)).length >= 2;

/**
 * "Central Coast Mariners", "Manly Sea Eagles", "Canberra Raiders": in a report with a score or words of a game, a town or
 * a region and a capitalized plural of a common noun, in a paragraph about a game, name a team by its nickname; a
 * place's own plural head stays a place ("Blue Mountains").
 */
function nicknameTeams(tokens: Token[], segments: Segment[], gameParagraphs: Set<number>): void {
  if (!sportsReport(tokens)) return;
  for (const s of segments) {
    if (s.type === 'organization' || s.type === 'title' || s.type === 'event' || s.to - s.from < 2 || s.entry && s.entry.words.length === s.to - s.from) continue;
    const last = tokens[s.to - 1];
    if (!gameParagraphs.has(last.paragraph) || !last.cap || last.acronym || last.possessive || !/[^s]s$/.test(last.key) || placeHeadWords.has(last.key) || orgHeadWords.has(last.key)) continue;
    // (The plural is no name of a person or a place: "Tom Hughes", "Mia Jones", "Ben Nevis" stay.)
    if (knownNameWord(last.key) || knownPlaceWord(last.key) || knownPlaceWord(last.key.slice(0, -1)) || last.tags.has('LastName')) continue;
    if (tokens.slice(s.from, s.to).some((t) => !t.cap || t.acronym || t.possessive || t.tags.has('Person')) || isGivenName(tokens[s.from])) continue;
    s.type = 'organization';
    s.strength = 3;
    s.entry = undefined;
  }
}

/** Posts at a club named before their holder in a sports report ("Chorley manager Jamie Vermiglio", "Collingwood coach Craig McRae"). */
const CLUB_OFFICES = /^(?:manager|coach|boss|captain|skipper|striker|midfielder|defender|goalkeeper|winger|forward|fullback|full-back|playmaker)$/;
/** Words before a town that keep it the place ("in Chorley", "at Wrexham"). */
const PLACE_PREPOSITIONS = /^(?:in|at|near|of|across|outside|around|inside|from|to|into|towards|via)$/;
/** Offices of a town, a county or a province, written after its name ("Waimakariri mayor", "Albay governor"). */
const PLACE_OFFICE_WORDS = /^(?:mayor|governor|gov|premier|lieutenant-governor)$/;

/**
 * "Chorley manager Jamie Vermiglio said …; Chorley had dominated": in a sports report a town before a post at a club and
 * its holder's name is the club, and so is the same town elsewhere in the report, except after a word of place.
 */
function clubOfficeTowns(tokens: Token[], segments: Segment[]): void {
  if (!sportsReport(tokens)) return;
  const clubs = new Set<string>();
  const key = (s: Segment) => tokens.slice(s.from, s.to).map((t) => t.key).join(' ');
  for (const s of segments) {
    if (s.type !== 'place' || s.to - s.from > 2 || COUNTRY_KEYS.has(key(s))) continue;
    const [last, office, holder] = [tokens[s.to - 1], tokens[s.to], tokens[s.to + 1]];
    if (!office || !holder || last.possessive || last.join !== 'space' || office.cap || !CLUB_OFFICES.test(office.key) || office.join !== 'space') continue;
    if (!holder.cap || holder.acronym || holder.paragraph !== last.paragraph || office.paragraph !== last.paragraph) continue;
    clubs.add(key(s));
  }
  if (!clubs.size) return;
  for (const s of segments) {
    const prev = tokens[s.from - 1];
    if (s.type !== 'place' || !clubs.has(key(s)) || prev && prev.paragraph === tokens[s.from].paragraph && PLACE_PREPOSITIONS.test(prev.key)) continue;
    s.type = 'organization';
    s.strength = 3;
    s.entry = undefined;
  }
}

/**
 * "either Stockport County or Wrexham", "Bradford City and Wigan": in a sports report, a town joined by "or" or "and" to a
 * club named with a club's last word, in a paragraph about a game, is a club too (not after a word of place: "in Leeds").
 */
function clubPairs(tokens: Token[], segments: Segment[], gameParagraphs: Set<number>): void {
  if (!sportsReport(tokens)) return;
  const club = (s: Segment) => s.type === 'organization' && s.to - s.from >= 2 && (TOWN_CLUB_HEADS.test(tokens[s.to - 1].key) || clubHeadWords.has(tokens[s.to - 1].key));
  const town = (s: Segment) => s.type === 'place' && s.to - s.from === 1 && !COUNTRY_KEYS.has(tokens[s.from].key) && !tokens[s.from].possessive && gameParagraphs.has(tokens[s.from].paragraph);
  for (let k = 0; k + 1 < segments.length; k++) {
    const [a, b] = [segments[k], segments[k + 1]];
    if (!/^\s+(?:and|or)\s+$/.test(listJoint(tokens, a, b) ?? '')) continue;
    const prev = tokens[a.from - 1];
    if (prev && prev.paragraph === tokens[a.from].paragraph && PLACE_PREPOSITIONS.test(prev.key)) continue;
    for (const [s, other] of [[a, b], [b, a]]) {
      if (!town(s) || !club(other)) continue;
      s.type = 'organization';
      s.strength = 3;
      s.entry = undefined;
    }
  }
}

/**
 * "Wellington Phoenix lost to Adelaide United": in a sports report, two places written side by side with nothing between
 * them, in a paragraph about a game, are one team named by its town and a nickname that happens to be a place.
 */
function placeNicknameTeams(tokens: Token[], segments: Segment[], gameParagraphs: Set<number>): void {
  if (!sportsReport(tokens)) return;
  const drop = new Set<Segment>();
  for (let k = 0; k + 1 < segments.length; k++) {
    const [a, b] = [segments[k], segments[k + 1]];
    const [last, next] = [tokens[a.to - 1], tokens[b.from]];
    if (drop.has(a) || a.type !== 'place' || b.type !== 'place' || b.from !== a.to || b.to - b.from !== 1 || last.join !== 'space' || !/^ $/.test(last.gap)) continue;
    if (last.possessive || next.acronym || !gameParagraphs.has(next.paragraph) || COUNTRY_KEYS.has(next.key) || COUNTRY_KEYS.has(tokens.slice(a.from, a.to).map((t) => t.key).join(' '))) continue;
    const prev = tokens[a.from - 1];
    if (prev && prev.paragraph === next.paragraph && PLACE_PREPOSITIONS.test(prev.key)) continue;
    a.to = b.to;
    a.type = 'organization';
    a.strength = 3;
    a.entry = undefined;
    drop.add(b);
  }
  if (drop.size) segments.splice(0, segments.length, ...segments.filter((o) => !drop.has(o)));
}

/** A final score ("2-0", "112–104"). */
const SCORE = /^\d{1,3}[-–]\d{1,3}$/;
/** Verbs of a fixture between two clubs ("Arsenal host Crystal Palace", "Liverpool visit Tottenham"). */
const FIXTURE_VERBS = /^(?:host|hosts|hosted|visit|visits|visited|face|faces|faced|meet|meets|welcome|welcomes|welcomed|beat|beats|edged|thrashed|routed|stunned|upset)$/;
const COUNTRY_KEYS = new Set(COUNTRIES.map((c) => c.toLowerCase()));
/** Verbs that give a result, before its score ("Barcelona won 3-0", "Hibernian drew 1-1"). */
const RESULT_VERBS = /^(?:won|drew|lost|beat|edged|thrashed|routed|hammered|trailed|led)$/;

/**
 * "beat Everton 2-0", "Hibernian drew 1-1 with Aberdeen", "were beaten 2-1 by Eintracht Frankfurt": in a report with
 * scores in it, a town's name right next to a score is the club that played. (Not "won 3-0 at Valencia": a ground.)
 */
/** What a winning margin counts, after "by" and a number ("by 47 points", "by six wickets", "by an innings"). */
const MARGIN_UNITS = /^(?:points?|runs?|wickets?|goals?|tries|try|innings|strokes?|shots?|lengths?|seconds?)$/;

function scoreClubs(tokens: Token[], segments: Segment[]): void {
  // (One score is enough in a report that speaks of the game: "Leinster beat Munster 24-17 … half-time … coach".)
  // ("beat Brisbane by 47 points", "won by six wickets": a winning margin counts as a score.)
  const margin = (t: Token) => t.key === 'by' && /^(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|an?)$/.test(tokens[t.i + 1]?.key ?? '') && MARGIN_UNITS.test(tokens[t.i + 2]?.key ?? '');
  const scores = tokens.filter((t) => SCORE.test(t.text) || margin(t)).length;
  if (scores < 2 && !(scores === 1 && tokens.filter((t) => SPORTS_WORDS.test(t.key) || GAME_WORDS.test(t.key) && t.key !== 'beat' && t.key !== 'won').length >= 2)) return;
  const score = (k: number) => k >= 0 && k < tokens.length && SCORE.test(tokens[k].text);
  const clubs = new Set<Segment>();
  const byStart = new Map<number, Segment>();
  const byEnd = new Map<number, Segment>();
  for (const s of segments) {
    byStart.set(s.from, s);
    byEnd.set(s.to, s);
  }
  // (A player: a person's full name, or one word that opens or ends the full name of a person the story names, "Serena"
  // of "Serena Williams", "Nadal" of "Rafael Nadal".)
  const nameWords = new Set<string>();
  for (const s of segments) {
    if (s.type === 'person' && s.to - s.from >= 2) nameWords.add(tokens[s.from].key).add(tokens[s.to - 1].key);
  }
  const personAt = (o: Segment | undefined) => !!o && (o.to - o.from >= 2 ? o.type === 'person' : nameWords.has(tokens[o.from].key));
  for (const s of segments) {
    const last = tokens[s.to - 1];
    const first = tokens[s.from];
    const town = s.type === 'place' || s.type === null || (s.type === 'person' && s.strength < 3 && s.to - s.from === 1 && !first.tags.has('FirstName'));
    if (!town || s.to - s.from > 3 || last.possessive || first.acronym) continue;
    const same = (k: number) => k >= 0 && k < tokens.length && tokens[k].paragraph === first.paragraph;
    const after = last.join === 'space' && same(s.to) && (score(s.to) || (RESULT_VERBS.test(tokens[s.to].key) && tokens[s.to].join === 'space' && score(s.to + 1)));
    const prev = tokens[s.from - 1];
    const before = !!prev && same(s.from - 1) && /^(?:with|to|by|against|over)$/.test(prev.key) && prev.join === 'space' && score(s.from - 2);
    // ("Arsenal host Crystal Palace on Wednesday", "Liverpool visit Tottenham", "Boston trailed by 15": a fixture or a
    // margin, the clubs on both sides of its verb; not a country, which a national team shares with the place.)
    const verb = tokens[s.to];
    const fixtureAfter = last.join === 'space' && same(s.to) && verb.join === 'space'
      && (FIXTURE_VERBS.test(verb.key) && !!tokens[s.to + 1]?.cap && same(s.to + 1) || /^(?:trailed|led|trails|leads)$/.test(verb.key) && tokens[s.to + 1]?.key === 'by' && /^\d+$/.test(tokens[s.to + 2]?.text ?? ''));
    // ("Richmond will meet Geelong", "Leeds must beat Hull": an auxiliary may stand before the verb.)
    const aux = s.from >= 3 && /^(?:will|would|must|could|can|should|may|might)$/.test(tokens[s.from - 2].key) && tokens[s.from - 2].join === 'space' ? 1 : 0;
    const fixtureBefore = !!prev && same(s.from - 1) && prev.join === 'space' && FIXTURE_VERBS.test(prev.key) && s.from >= 2 + aux && tokens[s.from - 2 - aux].cap && same(s.from - 2 - aux);
    // ("Aberdeen, who beat Motherwell 2-0", "Sunderland, who host Hull City": "who" takes up a club, never a town.)
    const v = s.to + 1;
    const who = last.join === 'none' && /^,\s+$/.test(last.gap) && same(s.to) && verb.key === 'who' && verb.join === 'space' && same(v) && tokens[v].join === 'space'
      && (FIXTURE_VERBS.test(tokens[v].key) || RESULT_VERBS.test(tokens[v].key)) && (!!tokens[v + 1]?.cap && same(v + 1) || score(v + 1));
    const country = COUNTRY_KEYS.has(tokens.slice(s.from, s.to).map((t) => t.key).join(' '));
    // ("Serena beat Venus", "Djokovic faces Nadal": a player on the other side of the verb makes it a match between people.)
    const player = (fixtureBefore || fixtureAfter || who) && personAt(s) || fixtureBefore && personAt(byEnd.get(s.from - 1 - aux)) || fixtureAfter && personAt(byStart.get(s.to + 1))
      || who && personAt(byStart.get(v + 1));
    if (!after && !before && (!(fixtureAfter || fixtureBefore || who) || country || player)) continue;
    s.type = 'organization';
    // (A fixture's club keeps its listed name, so it joins the club's other mentions.)
    if (after || before) s.entry = undefined;
    s.strength = 3;
    clubs.add(s);
  }
  // ("Munster … 24-17. Munster, who had won their previous three matches", "Munster coach Graham Rowntree": one sense per
  // report: the club's name is the club wherever it stands, but after a preposition of place, "a pub in Munster".)
  const keyOf = (o: Segment) => tokens.slice(o.from, o.to).map((t) => t.key).join(' ');
  // (Each takes the listed name its club kept or dropped, so all join one entity.)
  const clubNames = new Map([...clubs].map((c) => [keyOf(c), c.entry] as const));
  for (const o of segments) {
    if (clubs.has(o) || o.type !== 'place' && o.type !== null || !clubNames.has(keyOf(o))) continue;
    const prev = tokens[o.from - 1];
    if (prev && prev.paragraph === tokens[o.from].paragraph && /^(?:in|at|near|across|around|outside|inside|from|of)$/.test(prev.key)) continue;
    o.type = 'organization';
    o.entry = clubNames.get(keyOf(o));
    o.strength = 3;
    clubs.add(o);
  }
  // "Leeds beat Chelsea 2-0", "Chelsea beat Leeds 2-0": the other side of a result whose one side is a club (or a listed
  // body) is a club, even when its name is also a given name ("Serena beat Venus 6-2" has no club on either side).
  const isClub = (s: Segment) => clubs.has(s) || s.type === 'organization';
  for (let k = 0; k < segments.length; k++) {
    const s = segments[k];
    const first = tokens[s.from];
    if (s.type !== 'person' || s.to - s.from !== 1 || first.possessive || first.acronym) continue;
    const same = (j: number) => j >= 0 && j < tokens.length && tokens[j].paragraph === first.paragraph && tokens[j].join === 'space';
    const prevSeg = segments[k - 1];
    const nextSeg = segments[k + 1];
    const beaten = same(s.from - 1) && FIXTURE_VERBS.test(tokens[s.from - 1].key) && score(s.to) && !!prevSeg && prevSeg.to === s.from - 1 && isClub(prevSeg);
    const beating = same(s.from) && FIXTURE_VERBS.test(tokens[s.to]?.key ?? '') && !!nextSeg && nextSeg.from === s.to + 1 && isClub(nextSeg) && score(nextSeg.to);
    if (!beaten && !beating) continue;
    s.type = 'organization';
    s.entry = undefined;
    s.strength = 3;
  }
}

let clubGroups: Set<string> | undefined;
/** Words of a league or a game, besides those only a report of one uses ("Wolves are top of the league"). */
const GAME_WORDS = /^(?:league|season|match|derby|cup|final|finals|tournament|table|squad|manager|coach|beat|beating|win|won|draw|drew|fixture|title|points)$/;

/**
 * "Hearts go out to the family", "Wolves were seen near the village": a club listed by a plural common word
 * ("Hearts", "Wolves", "Spurs") that opens a sentence is the word, unless the story speaks of sport at all (a score, a
 * word of a game: "Wolves are top of the league").
 */
function wordClubs(tokens: Token[], segments: Segment[]): void {
  let sport = 0;
  for (const t of tokens) if (SCORE.test(t.text) || SPORTS_WORDS.test(t.key) || GAME_WORDS.test(t.key)) sport++;
  if (sport > 0) return;
  clubGroups ??= new Set(SPORTS_CLUBS.map((forms) => normalizeName(forms[0])));
  for (const s of segments) {
    const t = tokens[s.from];
    if (s.type !== 'organization' || !s.entry || s.to - s.from !== 1 || !t.initial || !clubGroups.has(s.entry.group)) continue;
    // (The tagger reads the word as a common plural there, not as a name.)
    if (!t.tags.has('Plural') || t.tags.has('ProperNoun') || t.tags.has('Organization')) continue;
    s.type = 'event';
    s.entry = undefined;
    s.strength = 3;
  }
}

/**
 * "stores in Halifax, Dartmouth and Lower Sackville": after a preposition of place, the names listed with a place are
 * places too, unless something stronger typed them.
 */
/** What joins two names of a list ("Halifax, Dartmouth", "Kessler and Vantor"): the gap, or null when they are no list's. */
function listJoint(tokens: Token[], a: Segment, b: Segment): string | null {
  const between = tokens.slice(a.to, b.from);
  if (between.some((t) => !/^(?:and|or)$/.test(t.key)) || tokens[b.from].paragraph !== tokens[a.to - 1].paragraph) return null;
  // ("Sainsbury's and Asda": the "'s" a listed name ends with is no possessive.)
  const own = !!a.entry && /['’]s$/.test(a.entry.surface) && tokens[a.to - 1].possessive;
  const gap = (own ? tokens[a.to - 1].gap.replace(/^['’]s/, '') : tokens[a.to - 1].gap) + between.map((t) => t.text + t.gap).join('');
  return /^(?:,\s+|\s+)(?:and\s+|or\s+)?$/.test(gap) ? gap : null;
}

/**
 * "to Tesco, Sainsbury's and Asda", "Shares in Unilever, Nestle and Dorvanta fell": in a list of three names or more
 * joined by commas, the last by "and" or "or", every other one of which is a listed company, one word no list or
 * lexicon explains is a company too.
 */
function companyLists(tokens: Token[], segments: Segment[]): void {
  for (let k = 0; k + 2 < segments.length; k++) {
    let last = k;
    while (last + 1 < segments.length && listJoint(tokens, segments[last], segments[last + 1]) !== null) {
      const closed = /\b(?:and|or)\s*$/.test(listJoint(tokens, segments[last], segments[last + 1]) ?? '');
      last++;
      if (closed) break;
    }
    if (last - k < 2 || !/\b(?:and|or)\s*$/.test(listJoint(tokens, segments[last - 1], segments[last]) ?? '') || !/^,/.test(tokens[segments[k].to - 1].gap)) { k = Math.max(k, last - 1); continue; }
    const items = segments.slice(k, last + 1);
    const company = (s: Segment) => !!s.entry && s.entry.source === 'company';
    const unknown = items.filter((s) => !company(s));
    if (unknown.length !== 1 || items.length - unknown.length < 2) { k = last; continue; }
    const s = unknown[0];
    if (s.to - s.from === 1 && !s.entry && s.type !== 'title' && s.type !== 'event' && s.type !== 'place' && unknownNameWords(tokens, s.from, s.to) && !isGivenName(tokens[s.from])) {
      s.type = 'organization';
      s.strength = 3;
    }
    k = last;
  }
}

/**
 * "Shares in Tesco and Sainsbury fell", "Countdown and Foodstuffs said": a listed company joined by "and" or "or" to one
 * word no list explains is a company too (a common word only when it opens the sentence and is a name elsewhere),
 * unless the word is the surname of a person named in the document.
 */
function companyPairs(tokens: Token[], segments: Segment[]): void {
  const surnames = new Set<string>();
  for (const s of segments) if (s.type === 'person' && s.to - s.from >= 2) surnames.add(tokens[s.to - 1].key);
  // Words written with a capital inside a sentence with no article before them ("which owns Countdown"): a common word
  // that opens the sentence is a company's name only when the story writes it so elsewhere ("the Government" is no name).
  const namedInside = new Set<string>();
  for (const s of segments) {
    const before = tokens[s.from - 1];
    if (s.to - s.from === 1 && !tokens[s.from].initial && !tokens[s.from].heading && before && !/^(?:the|a|an|this|that|its|their|our|his|her)$/.test(before.key)) namedInside.add(tokens[s.from].key);
  }
  // (A listed company, or a company's or a bank's name with its head: "with Absa and Standard Bank".)
  const company = (s: Segment) => (!!s.entry && s.entry.source === 'company') ||
    (!s.entry && s.type === 'organization' && s.strength >= 3 && s.to - s.from >= 2 && (companyHeads.has(tokens[s.to - 1].key) || tokens[s.to - 1].key === 'bank'));
  for (let k = 0; k + 1 < segments.length; k++) {
    const [a, b] = [segments[k], segments[k + 1]];
    if (!/^\s+(?:and|or)\s+$/.test(listJoint(tokens, a, b) ?? '')) continue;
    const other = company(a) && !company(b) ? b : company(b) && !company(a) ? a : undefined;
    if (!other || other.to - other.from !== 1 || other.entry || other.type !== null) continue;
    const t = tokens[other.from];
    if (isGivenName(t) || surnames.has(t.key) || (t.initial && !namedInside.has(t.key))) continue;
    if (!unknownNameWords(tokens, other.from, other.to) && !(other === a && companyPairOpener(tokens, a.from))) continue;
    other.type = 'organization';
    other.strength = 3;
  }
  // "The retailer is advised by Rothschild", "the issue was underwritten by Jefferies": a deal's adviser, underwriter or
  // auditor named by one word no list explains is a firm (a person who advises is named in full).
  for (const s of segments) {
    const by = tokens[s.from - 1];
    const verb = tokens[s.from - 2];
    if (s.type !== null || s.entry || s.to - s.from !== 1 || !by || !verb || by.key !== 'by' || !/^(?:advised|underwritten|audited)$/.test(verb.key)) continue;
    if (by.join !== 'space' || verb.join !== 'space' || isGivenName(tokens[s.from]) || surnames.has(tokens[s.from].key) || !unknownNameWords(tokens, s.from, s.to)) continue;
    s.type = 'organization';
    s.strength = 3;
  }
}

function placeLists(tokens: Token[], segments: Segment[]): void {
  const joint = (a: Segment, b: Segment) => listJoint(tokens, a, b);
  for (let k = 1; k < segments.length; k++) {
    // "in sensitive areas of Jamui, Lakhisarai and Aurangabad", "blocks of Darbhanga and Saharsa", "the
    // Seemanchal region, including Kishanganj, Araria, Purnia and Katihar": a word for areas before the
    // list makes every name of it a place, listed or not.
    // ("communities such as Abersoch, Nefyn and Aberdaron", "towns like Tuam and Ballinasloe": so does "such as" or "like".)
    const opener = tokens[segments[k - 1].from - 1];
    const such = !!opener && opener.key === 'as' && opener.i > 1 && tokens[opener.i - 1].key === 'such' && tokens[opener.i - 1].join === 'space';
    const areaWord = opener ? tokens[opener.i - (such ? 2 : 1)] : undefined;
    // ("residents of Tarbert and Kilrush": the people who live there, and "of".)
    const area = !!opener && !!areaWord && opener.join === 'space' && !areaWord.cap && areaWord.paragraph === opener.paragraph &&
      (((/^(?:of|including|like)$/.test(opener.key) || such) && AREA_WORDS.has(areaWord.key)) || (opener.key === 'of' && RESIDENT_WORDS.test(areaWord.key)));
    // The list: names joined by commas, the last one by "and" or "or", ending the clause.
    let last = k;
    while (last + 1 < segments.length && joint(segments[last], segments[last + 1]) !== null && !/\b(?:and|or)\s*$/.test(joint(segments[last - 1], segments[last]) ?? '')) last++;
    // ("diverted to Shannon and Belfast": a listed place later in the list speaks for its first name too.)
    const firstPlace = segments[k - 1].type === 'place';
    const laterPlace = !firstPlace && joint(segments[k - 1], segments[k]) !== null &&
      segments.slice(k, last + 1).some((s, i) => s.entry && s.type === 'place' && joint(segments[k - 1 + i], s) !== null);
    if (!firstPlace && !area && !laterPlace) continue;
    const closing = joint(segments[last - 1], segments[last]);
    const after = tokens[segments[last].to - 1];
    // (A list that ends its paragraph ends its clause: the last word's gap stops at the paragraph.)
    // (Or a verb or a preposition follows it: "farmers in Muzaffarpur, Darbhanga and Bhagalpur of their land", "in Leeds,
    // Hull and York said"; not a noun the names modify, "in Kessler, Vantor and Halden shares".)
    const follower = tokens[segments[last].to];
    // (Three names at least: after "A and B" a verb may open a clause of its own, "flew to Perth, and Lincoln Mitchell stayed".)
    const clauseGoesOn = last - k >= 1 && !!follower && follower.paragraph === after.paragraph && !follower.cap && /^\s+$/.test(after.gap) &&
      (['Preposition', 'PastTense', 'Copula', 'Modal', 'Adverb'].some((tag) => follower.tags.has(tag)) || /^(?:and|or|but)$/.test(follower.key)) && !follower.tags.has('Noun');
    if (closing === null || !/\b(?:and|or)\s*$/.test(closing) || !(/^\s*[.,;:)!?]/.test(after.gap) || clauseGoesOn || segments[last].to >= tokens.length || tokens[segments[last].to].paragraph !== after.paragraph)) continue;
    // The list opens after a preposition of place.
    if (!area && (!opener || !/^(?:in|at|near|across|between|throughout|around|to)$/.test(opener.key))) continue;
    for (let j = area || !firstPlace ? k - 1 : k; j <= last; j++) {
      const s = segments[j];
      if (j >= k && joint(segments[j - 1], s) === null) break;
      if (s.entry || s.type === 'place' || s.type === 'title' || s.type === 'event') continue;
      // (A person stays one when a given name opens a full name; a body named as such stays one.)
      const givenFirst = isGivenName(tokens[s.from]) && s.to - s.from > 1;
      if (s.type === 'organization' && s.strength >= 3 || s.type === 'person' && givenFirst) continue;
      s.type = 'place';
      // (A word for settlements before the list says so outright: as strong as "the port of Umm Qasr".)
      s.strength = area ? 3 : 2;
    }
    k = last;
  }
}

/** Performers' trades that go before a stage name of one word ("the rapper Kano", "the DJ Annie Mac"). */
const STAGE_TRADES = new Set(['rapper', 'singer', 'dj', 'musician', 'guitarist', 'drummer', 'bassist', 'vocalist', 'comedian', 'songwriter', 'singer-songwriter', 'magician', 'wrestler']);

/** Words for winning or being nominated for an award, after its name ("Emmy winner", "Oscar-nominated"). */
const WON_WORDS = /^(?:winners?|winning|nominees?|nominated|nominations?)$/;

/** Offices a body has and a person does not ("Tate director", "Harlow Rovers manager"; a person has an "adviser"). */
const BODY_OFFICES = new Set(['director', 'manager', 'chairman', 'chairwoman', 'chairperson', 'ceo', 'cfo', 'coo', 'cto', 'curator', 'principal', 'headteacher', 'treasurer', 'superintendent']);

/** Lower-case words inside a constituency's name ("Ealing Central and Acton", "Berwick-upon-Tweed"). */
const CONSTITUENCY_JOINS = /^(?:and|upon|on|the|of|under|in|with)$/;

/**
 * The close of a bracket of capitalized words opening at `open` (at most 6), or -1. With `lineEnd`, the paragraph's last
 * word may close it (its closing bracket is past the paragraph's last word: "… (Con)" ending a member's line).
 */
function bracketOfNames(tokens: Token[], open: number, lineEnd = false): number {
  for (let k = open; k < tokens.length && k - open < 6; k++) {
    const t = tokens[k];
    const afterJoin = k > open && /^[-/]$/.test(tokens[k - 1].gap);
    if (t.paragraph !== tokens[open].paragraph || !(t.cap || afterJoin || CONSTITUENCY_JOINS.test(t.key))) return -1;
    if (/^\)/.test(t.gap) || lineEnd && t.gap === '' && (k + 1 >= tokens.length || tokens[k + 1].paragraph !== t.paragraph)) return k;
    if (!/^(?:\s+|,\s+|[-/])$/.test(t.gap)) return -1;
  }
  return -1;
}

/**
 * "Kemi Badenoch (North West Essex) (Con) asked", "Daisy Cooper (St Albans) (LD) said": in the record of a
 * parliament, a name with a constituency and a party label in brackets is a member: the name a person's, the
 * constituency a place (all its words), the label the party.
 */
function parliamentaryMembers(tokens: Token[], segments: Segment[]): void {
  memberNamesBeforeBrackets(tokens, segments);
  const added: Segment[] = [];
  const drop = new Set<Segment>();
  for (let j = 0; j < segments.length; j++) {
    const s = segments[j];
    if (drop.has(s) || s.type === 'title' || s.type === 'event' || s.to - s.from < 2 || s.to >= tokens.length) continue;
    if (!/^\s*\($/.test(tokens[s.to - 1].gap) || tokens[s.to].paragraph !== tokens[s.from].paragraph) continue;
    const brackets = memberBrackets(tokens, s.to);
    if (!brackets) continue;
    const { close, partyEnd } = brackets;
    s.type = 'person';
    s.strength = 3;
    s.entry = undefined;
    // (A member's line of its own in a record, "Kemi Badenoch (North West Essex) (Con)", is a speaker's label, no headline.)
    for (let k = s.from; k <= partyEnd; k++) tokens[k].heading = false;
    // (Segments are in order: the brackets' pieces follow this one.)
    for (let m = j + 1; m < segments.length && segments[m].from <= partyEnd; m++) if (segments[m].from >= s.to) drop.add(segments[m]);
    added.push({ from: s.to, to: close + 1, type: 'place', strength: 3 }, { from: close + 1, to: partyEnd + 1, type: 'organization', strength: 3 });
  }
  if (added.length === 0) return;
  const kept = segments.filter((o) => !drop.has(o));
  kept.push(...added);
  kept.sort((a, b) => a.from - b.from);
  segments.splice(0, segments.length, ...kept);
}

/**
 * A parliament's forms of address and stages: "the hon. Gentleman", "my right hon. Friend", "the hon. Lady" name a member
 * by courtesy, no person called so; "Second Reading", "Third Reading" is a stage of a bill, not the town.
 */
function parliamentaryAddress(tokens: Token[], segments: Segment[]): void {
  for (const s of segments) {
    if (s.to - s.from !== 1 || s.type === 'title' || s.type === 'event') continue;
    const t = tokens[s.from];
    const prev = tokens[s.from - 1];
    if (!prev || prev.paragraph !== t.paragraph) continue;
    const courtesy = /^(?:hon|honourable|honorable|gallant|learned)$/.test(prev.key) && /^(?:gentleman|gentlemen|lady|ladies|friend|friends|member|members)$/.test(t.key);
    const stage = /^(?:first|second|third)$/.test(prev.key) && t.key === 'reading' && prev.join === 'space';
    if (!courtesy && !stage) continue;
    // (Typed so that no other reading, nor a mention of the town elsewhere, takes the words.)
    s.type = courtesy ? 'title' : 'event';
    s.entry = undefined;
    s.strength = 3;
  }
}

/**
 * A member's two brackets opening at `open` (the constituency's first word): "(North West Essex) (Con)". The close of the
 * constituency's bracket and the party label's last word, or null when the second bracket holds no listed party label.
 */
function memberBrackets(tokens: Token[], open: number): { close: number; partyEnd: number } | null {
  const close = bracketOfNames(tokens, open);
  if (close < 0 || !/^\)\s*\($/.test(tokens[close].gap)) return null;
  const partyEnd = bracketOfNames(tokens, close + 1, true);
  if (partyEnd < 0 || partyEnd - close > 2) return null;
  const label = tokens.slice(close + 1, partyEnd + 1).map((t, n) => (n < partyEnd - close - 1 ? t.text + t.gap : t.text)).join('').toLowerCase();
  return PARLIAMENTARY_PARTY_LABELS.has(label) ? { close, partyEnd } : null;
}

/**
 * "Kemi Badenoch (North West Essex) (Con)" on a line of its own, with a name no list or tagger knows: two to four
 * capitalized words right before a constituency and a party label in brackets are the member's name. Any reading of
 * those words is replaced by one run, which parliamentaryMembers then types.
 */
function memberNamesBeforeBrackets(tokens: Token[], segments: Segment[]): void {
  const runs: Array<{ from: number; to: number }> = [];
  for (let k = 1; k + 1 < tokens.length; k++) {
    if (!/^\s*\($/.test(tokens[k].gap) || !tokens[k].cap) continue;
    let j = k;
    while (j > 0 && k - j < 3 && tokens[j - 1].cap && tokens[j - 1].paragraph === tokens[k].paragraph && /^[ \t]+$/.test(tokens[j - 1].gap)) j--;
    // ("Dr Caroline Johnson (…) (Con)": the honorific stays out of the name.)
    while (j < k && (isHonorific(tokens[j]) || isTitleHead(tokens[j]))) j++;
    if (k - j < 1) continue;
    if (memberBrackets(tokens, k + 1)) runs.push({ from: j, to: k + 1 });
  }
  if (runs.length === 0) return;
  const kept = segments.filter((o) => !runs.some((r) => o.from < r.to && r.from < o.to && !(o.from === r.from && o.to === r.to)));
  for (const r of runs) if (!kept.some((o) => o.from === r.from && o.to === r.to)) kept.push({ from: r.from, to: r.to, type: 'person', strength: 3 });
  kept.sort((a, b) => a.from - b.from);
  segments.splice(0, segments.length, ...kept);
}

/** Lower-case words for an institution named after a person or a place ("the Evelina London children's hospital"). */
const INSTITUTION_NOUNS = new Set(['hospital', 'hospice', 'school', 'academy', 'college', 'university', 'library', 'clinic', 'foundation', 'institute', 'charity', 'trust', 'gallery']);

/**
 * "St Thomas'", "St Mary's", "Guy's and St Thomas'": a saint's name in the possessive that ends its run is the
 * institution named after the saint (a hospital, a church, a school, a college), never the saint; a possessive
 * name coordinated with it is part of the same institution's name. "the Evelina London children's hospital":
 * after "the", a person's name before a lower-case word for an institution is that institution.
 */
function namedInstitutions(tokens: Token[], segments: Segment[]): void {
  const drop = new Set<Segment>();
  for (let j = 0; j < segments.length; j++) {
    const s = segments[j];
    if (s.type === 'title' || s.type === 'event' || s.entry || s.to - s.from < 2) continue;
    const first = tokens[s.from];
    const last = tokens[s.to - 1];
    const next = tokens[s.to];
    if (SAINT.test(first.key) && first.cap && last.possessive && !(next && next.cap && next.paragraph === last.paragraph && /^(?:['’][sS]?)?\s+$/.test(last.gap))) {
      // ("St Patrick's festival", "St Andrew's feast": a saint's day or its feast is no institution.)
      if (next && !next.cap && next.paragraph === last.paragraph && (eventHeadWords.has(next.key) || /^(?:feast|feasts|eve|night|celebrations?|festivities|weekend)$/.test(next.key))) {
        s.type = 'event';
        s.strength = 3;
        continue;
      }
      s.type = 'organization';
      s.strength = 3;
      // ("Guy's and St Thomas'": one name of two patrons.)
      const and = tokens[s.from - 1];
      const patron = tokens[s.from - 2];
      const prev = segments[j - 1];
      if (!patron || !/^(?:and|&)$/.test(and.key) || !patron.cap || !patron.possessive || patron.acronym || patron.paragraph !== first.paragraph || and.join !== 'space') continue;
      if (prev && prev.to > patron.i) {
        if (prev.from !== patron.i || prev.entry || prev.type === 'title' || prev.type === 'event') continue;
        drop.add(prev);
      }
      s.from = patron.i;
      continue;
    }
    const the = tokens[s.from - 1];
    if (s.type !== 'person' || s.role || !the || the.key !== 'the' || the.paragraph !== first.paragraph || last.possessive || last.join !== 'space') continue;
    for (let k = s.to; k < s.to + 3 && k < tokens.length; k++) {
      const t = tokens[k];
      if (t.cap || t.paragraph !== first.paragraph) break;
      if (INSTITUTION_NOUNS.has(t.key)) { s.type = 'organization'; s.strength = 3; break; }
      if (!(t.possessive || t.tags.has('Adjective')) || t.join !== 'space' && !t.possessive) break;
    }
  }
  if (drop.size) segments.splice(0, segments.length, ...segments.filter((o) => !drop.has(o)));
}

/**
 * "The Minister of Commerce and Consumer Affairs, Andrew Bayly, said": a portfolio after "and" that ends a minister's
 * or a secretary's office, right before the office holder's name in an apposition, is more of the office, no body.
 * "the Minister for Finance, Paschal Donohoe": two or three words no list explains, in an apposition right after an
 * office, name its holder.
 */
function officeAppositions(tokens: Token[], segments: Segment[]): void {
  const office = (t: Segment) => {
    if (t.type !== 'title') return false;
    for (let k = t.from; k + 1 < t.to; k++) if (PORTFOLIO_OFFICES.test(tokens[k].key) && /^(?:of|for)$/.test(tokens[k + 1].key)) return true;
    return false;
  };
  for (let k = 1; k < segments.length; k++) {
    const [t, s] = [segments[k - 1], segments[k]];
    const and = tokens[s.from - 1];
    const holder = segments[k + 1];
    if (s.entry || s.to - s.from > 3 || !(s.type === null || (s.type === 'organization' && s.strength <= 2)) || !office(t) || !and || and.key !== 'and' || t.to !== and.i) continue;
    if (and.join !== 'space' || tokens[t.to - 1].join !== 'space' || !/^,\s+$/.test(tokens[s.to - 1].gap) || !holder || holder.from !== s.to || holder.type !== 'person') continue;
    s.type = 'title';
    s.strength = 3;
  }
  for (let k = 1; k < segments.length; k++) {
    const [t, s] = [segments[k - 1], segments[k]];
    if (s.type !== null || s.entry || s.to - s.from < 2 || t.type !== 'title' || t.to !== s.from || !/^,\s+$/.test(tokens[t.to - 1].gap) || tokens[t.to - 1].paragraph !== tokens[s.from].paragraph) continue;
    if (!isTitleHead(tokens[t.to - 1]) && !office(t)) continue;
    // (The name ends the apposition, the clause or the sentence: "Paschal Donohoe, said", "Paschal Donohoe." or "Paschal Donohoe said".)
    const [last, after] = [tokens[s.to - 1], tokens[s.to]];
    const ends = !after || after.paragraph !== last.paragraph || after.initial || /^[,;:!?.)]/.test(last.gap) || (!after.cap && /^\s+$/.test(last.gap));
    if (!unknownNameWords(tokens, s.from, s.to) || !ends) continue;
    s.type = 'person';
    s.strength = 3;
  }
}

/**
 * "Minister for Transport, Tourism and Sport Shane Ross": the last word of portfolios listed before a name (after
 * "and" and another capitalized common noun) is no part of the name that follows it.
 */
function portfolioTails(tokens: Token[], segments: Segment[]): void {
  for (const s of segments) {
    if (s.type !== 'person' || s.strength > 2 || s.entry || s.role || s.to - s.from < 3) continue;
    const first = tokens[s.from];
    const and = tokens[s.from - 1];
    const given = tokens[s.from + 1];
    if (!and || !/^(?:and|&)$/.test(and.key) || and.paragraph !== first.paragraph || first.join !== 'space') continue;
    // (The word before "and" is another portfolio: a capitalized common noun inside the sentence, "Tourism".)
    const other = tokens[s.from - 2];
    if (!other || !other.cap || other.initial || other.acronym || other.possessive || other.paragraph !== first.paragraph || !other.tags.has('Noun') || ['Person', 'FirstName', 'LastName', 'Place', 'Organization'].some((t) => other.tags.has(t)) || isGivenName(other)) continue;
    if (first.tags.has('FirstName') || isGivenName(first) || !(given.tags.has('FirstName') || isGivenName(given))) continue;
    s.from++;
    s.strength = 3;
  }
}

/**
 * Parties named by one common word ("Labor" in Australia and Israel, "Liberal" in Australia and Canada, "the Nationals"),
 * each with the senses it has apart from the party ("Labor Day", "Labor Secretary", "liberal arts").
 */
const PARTY_WORDS_BY_SENSE: Record<string, string> = { labor: 'labor', liberal: 'liberal', liberals: 'liberal', nationals: 'nationals' };
/** After the party's word, anywhere: a member, an office or a government that only a party has ("Labor MP", "the Liberal government"). */
const PARTY_OFFICE_AFTER = /^(?:mp|mps|mla|mlas|mhr|mhrs|mpp|mpps|senator|backbencher|backbenchers|frontbencher|frontbenchers|frontbench|backbench|premier|government|candidate|caucus|spokesman|spokeswoman|spokesperson|powerbroker|powerbrokers)$/;
/** After it inside a sentence (at a sentence's start "Liberal voters" may be any): more of the party's people and places. */
const PARTY_WORD_AFTER = /^(?:leader|leaders|leadership|party|member|members|voters|supporters|figures|sources|seat|seats|stronghold|heartland|heartlands|faction|factions|campaign|senators|candidates|ministers|minister|state|federal|opposition)$/;
/** Parties standing beside it in a sentence ("the Coalition and Labor"). */
const RIVAL_PARTIES = /^(?:coalition|liberals|greens|nationals|likud|tories|lnp|ndp|labor|conservatives)$/;

/**
 * "Labor MP Josh Burns", "the Labor government's fund", "Labor's numbers", "The Liberal member for Bradfield": one sense
 * per document, a party written as one common word is the party wherever the text once shows it to be (a member, a
 * government or a leader of it after it, or a rival party in its sentence), and then stands alone or before such a word;
 * "Labor Day", "Labor Secretary" and "the Department of Labor" keep their senses (a capitalized word other than a
 * member's after it, or "of" before it).
 */
function oneWordParties(tokens: Token[], segments: Segment[]): void {
  const at = (k: number) => tokens[k];
  const candidate = (k: number) => {
    const t = at(k);
    if (!t.cap || t.acronym || t.heading || !(t.key in PARTY_WORDS_BY_SENSE) || !/^\p{Lu}\p{Ll}+$/u.test(t.text)) return false;
    const prev = at(k - 1);
    if (prev && prev.paragraph === t.paragraph && (prev.key === 'of' || (prev.cap && prev.join === 'space' && !prev.initial))) return false;
    const next = at(k + 1);
    if (next && next.paragraph === t.paragraph && next.cap && (t.join === 'space' || t.join === 'hyphen') && !PARTY_OFFICE_AFTER.test(next.key) && !PARTY_WORD_AFTER.test(next.key)) return false;
    // (Lower-case "minister" after it: a minister of the party; capitalized, a portfolio.)
    if (next && /^ministers?$/.test(next.key) && next.cap) return false;
    return true;
  };
  const sensed = new Set<string>();
  const found: number[] = [];
  for (let k = 0; k < tokens.length; k++) {
    if (!candidate(k)) continue;
    found.push(k);
    const t = at(k);
    const next = at(k + 1);
    const joined = !!next && next.paragraph === t.paragraph && t.join === 'space' && !t.possessive;
    if (joined && (PARTY_OFFICE_AFTER.test(next.key) || (!t.initial && PARTY_WORD_AFTER.test(next.key)))) { sensed.add(PARTY_WORDS_BY_SENSE[t.key]); continue; }
    // (A rival in its sentence: the words up to the sentence's end either side.)
    for (let j = k - 1; j >= 0 && j >= k - 12 && at(j).paragraph === t.paragraph && !at(j + 1).initial; j--) if (at(j).cap && RIVAL_PARTIES.test(at(j).key) && at(j).key !== t.key && !at(j).initial) sensed.add(PARTY_WORDS_BY_SENSE[t.key]);
    for (let j = k + 1; j < tokens.length && j <= k + 12 && at(j).paragraph === t.paragraph && !at(j).initial; j++) if (at(j).cap && RIVAL_PARTIES.test(at(j).key) && at(j).key !== t.key) sensed.add(PARTY_WORDS_BY_SENSE[t.key]);
  }
  if (sensed.size === 0) return;
  const segmentAt = new Map<number, Segment>();
  for (const s of segments) for (let k = s.from; k < s.to; k++) segmentAt.set(k, s);
  let added = false;
  for (const k of found) {
    const t = at(k);
    if (!sensed.has(PARTY_WORDS_BY_SENSE[t.key])) continue;
    // (At a sentence's start the capital says nothing: "Liberal arts colleges", but "Labor has promised", "Labor's plan".)
    const next = at(k + 1);
    const adjective = t.initial && !t.possessive && !!next && next.paragraph === t.paragraph && t.join === 'space' && !PARTY_OFFICE_AFTER.test(next.key) &&
      !(['Verb', 'Auxiliary', 'Modal', 'Copula'].some((tag) => next.tags.has(tag)) && !next.tags.has('Noun'));
    const s = segmentAt.get(k);
    if (adjective) {
      // (Nor may the one-sense rescan claim it there: a piece that names nothing holds the word.)
      if (!s) { segments.push({ from: k, to: k + 1, type: 'event', strength: 3 }); added = true; }
      else if (s.from === k && s.to === k + 1 && !s.entry && s.strength <= 2) { s.type = 'event'; s.strength = 3; }
      continue;
    }
    if (!s) {
      segments.push({ from: k, to: k + 1, type: 'organization', strength: 3 });
      added = true;
    } else if (s.from === k && s.to === k + 1 && !s.entry && s.type !== 'event' && s.strength <= 2) {
      s.type = 'organization';
      s.strength = 3;
    } else if (s.from === k && s.to > k + 1 && s.type === 'title' && !s.entry) {
      // ("Labor MP" read as one title: the party, then the member's office.)
      s.from = k + 1;
      segments.push({ from: k, to: k + 1, type: 'organization', strength: 3 });
      added = true;
    }
  }
  if (added) segments.sort((a, b) => a.from - b.from);
}

export function applyContextRules(tokens: Token[], segments: Segment[]): void {
  oneWordParties(tokens, segments);
  portfolioTails(tokens, segments);
  officeAppositions(tokens, segments);
  namedInstitutions(tokens, segments);
  parliamentaryMembers(tokens, segments);
  parliamentaryAddress(tokens, segments);
  // "the port of Umm Qasr", "his hometown of Sirte", "the northern city of Mosul": a name after a lower-case word for
  // a kind of settlement or area and "of" is that place (a capitalized head, "the Port of Rotterdam", names a body).
  for (const s of segments) {
    if (s.type === 'place' || s.type === 'title' || s.type === 'event' || s.strength >= 4 || s.to - s.from > 3) continue;
    const of = tokens[s.from - 1];
    const head = tokens[s.from - 2];
    if (!of || !head || of.key !== 'of' || head.cap || !SETTLEMENT_HEADS.has(head.key) || of.join !== 'space' || head.join !== 'space') continue;
    if (head.paragraph !== tokens[s.from].paragraph || tokens.slice(s.from, s.to).some((t) => t.possessive || t.acronym || t.tags.has('Plural'))) continue;
    s.type = 'place';
    s.entry = undefined;
    s.strength = 3;
  }
  // "Ellie Marsh, 19, from Shepton Mallet", "a man, 42, of Kettering": after a person's age in an apposition, "from" or
  // "of" and a name give the town they live in.
  for (const s of segments) {
    if (s.type === 'place' || s.type === 'title' || s.type === 'event' || s.strength >= 4 || s.to - s.from > 3) continue;
    const prep = tokens[s.from - 1];
    const age = tokens[s.from - 2];
    if (!prep || !age || !/^(?:from|of)$/.test(prep.key) || !/^\d{1,3}$/.test(age.text) || !/^,\s+$/.test(age.gap) || prep.join !== 'space') continue;
    const before = tokens[s.from - 3];
    if (!before || !/^,\s+$/.test(before.gap) || before.paragraph !== tokens[s.from].paragraph) continue;
    if (tokens.slice(s.from, s.to).some((t) => t.possessive || t.acronym)) continue;
    s.type = 'place';
    s.entry = undefined;
    s.strength = 3;
  }
  // "a terminal at Tajpur in West Bengal", "a clinic near Kisumu in Kenya": an unknown name after a preposition
  // of place and before "in" and a listed place is a place inside it.
  for (let k = 0; k + 1 < segments.length; k++) {
    const s = segments[k];
    const next = segments[k + 1];
    // (One plain word: "ObesityWeek in Dallas" is a conference, "University Hospitals in Cleveland" a body.)
    if (s.type !== null || s.entry || s.to - s.from !== 1 || !/^\p{Lu}\p{Ll}+$/u.test(tokens[s.from].text) || inLexicon(tokens[s.from].key) || tokens[s.from].tags.has('Plural')) continue;
    if (!next.entry || next.type !== 'place' || next.from !== s.to + 1) continue;
    const before = tokens[s.from - 1];
    const inWord = tokens[s.to];
    if (!before || !/^(?:at|in|near|outside)$/.test(before.key) || before.join !== 'space' || before.paragraph !== tokens[s.from].paragraph) continue;
    if (inWord.key !== 'in' || tokens[s.to - 1].join !== 'space' || inWord.join !== 'space' || tokens[s.from].initial || tokens[s.from].acronym) continue;
    s.type = 'place';
    s.strength = 2;
  }
  // "won an Oscar in 2022", "picked up a Grammy.": one capitalized word after "a" or "an", with no noun after it, is a
  // thing of that name (an award, a product), not a person ("a Trump ally" names him as a modifier, and stays).
  for (const s of segments) {
    if (s.type !== 'person' || s.entry || s.to - s.from !== 1) continue;
    const article = tokens[s.from - 1];
    const word = tokens[s.from];
    const next = tokens[s.to];
    if (!article || !/^an?$/.test(article.text) || article.join !== 'space' || article.paragraph !== word.paragraph || word.possessive || word.acronym) continue;
    const nounAfter = !!next && next.paragraph === word.paragraph && word.join === 'space' && /^\s+$/.test(word.gap) && (next.cap || next.tags.has('Noun') && !next.tags.has('Pronoun'));
    if (nounAfter) continue;
    s.type = 'event';
  }
  // "an Emmy winner", "Oscar nominee Ana Ruiz", "an Emmy-winning actress": a lone given name before a word for winning
  // or being nominated names the award, not a person ("a Trump nominee", a surname, names who nominated).
  for (const s of segments) {
    if (s.type !== 'person' || s.entry || s.to - s.from !== 1) continue;
    const word = tokens[s.from];
    const next = tokens[s.to];
    if (!next || next.paragraph !== word.paragraph || word.possessive || !(word.tags.has('FirstName') && !word.tags.has('LastName') || AWARD_WORDS.has(word.key))) continue;
    if (!(word.join === 'space' || word.join === 'hyphen') || !WON_WORDS.test(next.key)) continue;
    s.type = 'event';
  }
  // "the rapper Kano", "the singer Tempest": one capitalized word right after "the" and a performer's trade is a stage
  // name, a person, even when it is also a town's name or a common word.
  for (const s of segments) {
    if (s.type === 'person' || s.type === 'title' || s.to - s.from !== 1) continue;
    const word = tokens[s.from];
    const trade = tokens[s.from - 1];
    const article = tokens[s.from - 2];
    if (!trade || !article || word.initial || word.heading || word.acronym || trade.cap || !STAGE_TRADES.has(trade.key)) continue;
    if (!/^(?:the|a|an)$/i.test(article.key) || article.join !== 'space' || trade.join !== 'space' || article.paragraph !== word.paragraph) continue;
    if (word.join === 'space' && tokens[s.to]?.cap && tokens[s.to].paragraph === word.paragraph) continue;
    s.type = 'person';
    s.entry = undefined;
    s.strength = 3;
  }
  // "Her book The Pale Reef", "his novel Silent River", "her memoir, Prompt Corner,": the title of a work, no entity;
  // so is a ship's name after a word for a ship ("the French tug Abeille Normandie").
  for (const s of segments) {
    if (s.type === 'title' || s.type === 'event' || !(workTitle(tokens, s.from, s.to) || vesselName(tokens, s)) ) continue;
    s.type = 'event';
    s.entry = undefined;
    s.strength = 3;
  }
  // (Paragraphs that speak of a game: a score, a sports word, a word of a league.)
  const gameParagraphs = new Set<number>();
  for (const t of tokens) if (SCORE.test(t.text) || SPORTS_WORDS.test(t.key) || GAME_WORDS.test(t.key)) gameParagraphs.add(t.paragraph);
  // ("9.40am: Crews are spending the night": one word in "-s" no list knows, opening a sentence or a live blog's entry with
  // no word of a game in its paragraph, is the plural of a common noun the lexicon lacks, no club taking a plural verb.)
  const plainPlural = (s: Segment) => s.type === null && !s.entry && s.to - s.from === 1 && /[^su]s$/.test(tokens[s.from].key)
    && (tokens[s.from].initial || s.from > 0 && /:\s+$/.test(tokens[s.from - 1].gap)) && !gameParagraphs.has(tokens[s.from].paragraph);
  for (const s of segments) {
    if (!townAsClub(tokens, s) || plainPlural(s)) continue;
    s.type = 'organization';
    s.strength = 3;
  }
  townClubs(tokens, segments);
  nicknameTeams(tokens, segments, gameParagraphs);
  clubOfficeTowns(tokens, segments);
  clubPairs(tokens, segments, gameParagraphs);
  placeNicknameTeams(tokens, segments, gameParagraphs);
  scoreClubs(tokens, segments);
  wordClubs(tokens, segments);
  placeLists(tokens, segments);
  companyLists(tokens, segments);
  companyPairs(tokens, segments);
  // One sense per document for a name no list knows: "he" or "she" taking it up makes it a person,
  // before an apposition such as "a manufacturer" could read it as a company.
  for (const s of segments) {
    if (s.entry || s.type === 'title' || s.type === 'event' || s.strength >= 3 || s.type === 'place') continue;
    if (!unknownNameWords(tokens, s.from, s.to) || namedAfterKind(tokens, s.from, s.to)) continue;
    // A single word must be the subject of a verb ("Okonkwo said"), not the object of a preposition
    // ("The evacuation order for Bacacay was issued late. He said …").
    if (s.to - s.from === 1) {
      const before = s.from > 0 ? tokens[s.from - 1] : undefined;
      if (before && before.paragraph === tokens[s.from].paragraph && OBJECT_PREPOSITIONS.test(before.key)) continue;
      const v = tokens[s.to];
      if (!v || v.cap || tokens[s.from].join !== 'space' || !(speechVerbs.has(v.key) || (v.tags.has('Verb') && !v.tags.has('Gerund')))) continue;
    }
    if (!pronounTakesUp(tokens, s.from, s.to)) continue;
    s.type = 'person';
    s.strength = 3;
  }
  // "Vodacom said on Tuesday it would not follow its rivals", "Kestrova said its sales rose": a name no list knows whose
  // report speaks of itself as "its" is a body.
  for (const s of segments) {
    if (s.entry || s.type !== null || s.to - s.from > 3 || !unknownNameWords(tokens, s.from, s.to)) continue;
    const before = tokens[s.from - 1];
    if (before && before.paragraph === tokens[s.from].paragraph && OBJECT_PREPOSITIONS.test(before.key)) continue;
    if (!itsTakesUp(tokens, s.to)) continue;
    s.type = 'organization';
    s.strength = 3;
  }

  // "Eau Claire, Wis.", "Selma, Ala.", "Kharkiv, Ukraine": a name before a state or country is a place.
  for (let k = 0; k + 1 < segments.length; k++) {
    const s = segments[k];
    const next = segments[k + 1];
    if (!next.entry || next.entry.type !== 'place' || next.from !== s.to) continue;
    // An ambiguous state ("Georgia", "Washington") closes a "Town, State" pair only when punctuation follows it.
    if (next.entry.ambiguous && !/^[,.;)]/.test(tokens[next.to - 1].gap) && next.to < tokens.length) continue;
    if (!/^,\s+$/.test(tokens[s.to - 1].gap) || s.entry) continue;
    // ("Aliko Dangote, Africa's richest man,": a possessive place opens an apposition; only a word for a settlement
    // in it, "Kharkiv, Ukraine's second city", makes the name a place.)
    if (tokens[next.to - 1].possessive && !tokens.slice(next.to, next.to + 4).some((t) => t.paragraph === tokens[s.from].paragraph && SETTLEMENT_HEADS.has(t.key))) continue;
    // A dateline in capitals ("NEWPORT NEWS, Va. —") is a place whatever its last word.
    const dateline = tokens.slice(s.from, s.to).every((t) => t.text === t.text.toUpperCase()) && s.type !== 'title' && s.type !== 'event';
    if (!dateline && ((s.type !== null && s.type !== 'person' && s.type !== 'place') || s.strength >= 3)) continue;
    s.type = 'place';
    // (The dateline outweighs a head word that reads as an organization's elsewhere: "(D-Newport News)".)
    s.strength = dateline ? 4 : 3;
    // ("THE PAS, Man.", "THE DALLES, Ore.": a town whose name takes "The" keeps it in its dateline.)
    const the = tokens[s.from - 1];
    if (dateline && the?.text === 'THE' && the.paragraph === tokens[s.from].paragraph && the.join === 'space' && (the.i === 0 || tokens[the.i - 1].paragraph !== the.paragraph) && (k === 0 || segments[k - 1].to < the.i)) s.from--;
  }
  // "the Dongo Kundu bypass", "the Jomo Kenyatta airport": a name no list knows before a lower-case word for a road, a
  // line or a site built on the ground is that place (a person's name there is what the place is named after).
  for (const s of segments) {
    const next = tokens[s.to];
    if (s.entry || s.type === 'place' || s.type === 'title' || s.type === 'event' || s.strength >= 3 || !next || next.cap) continue;
    if (tokens[s.to - 1].join !== 'space' || tokens[s.to - 1].possessive || next.paragraph !== tokens[s.from].paragraph || !BUILT_PLACE_WORDS.has(next.key)) continue;
    s.type = 'place';
    s.strength = 3;
  }
  // "the Amazon rainforest", "the Congo basin": a listed name before a lower-case place word is the place.
  for (const s of segments) {
    const next = tokens[s.to];
    if (!s.entry || s.entry.type === 'place' || s.type === 'event' || !next || next.cap || tokens[s.to - 1].join !== 'space') continue;
    if (next.paragraph === tokens[s.from].paragraph && NATURAL_PLACE_WORDS.has(next.key)) {
      s.type = 'place';
      s.strength = 3;
      s.entry = undefined;
    }
  }
  // "the Valparaíso and O'Higgins regions", "New Hanover and Brunswick counties", "the Kotlyne district":
  // a lower-case word for an administrative area after names makes each of them a place (a plural one
  // every name of the list before it).
  const listBefore = (k: number): Segment[] => {
    const list = [segments[k]];
    for (let j = k - 1; j >= 0; j--) {
      const b = segments[j];
      const link = tokens[list[0].from - 1];
      const comma = b.to === list[0].from && /^,\s+$/.test(tokens[b.to - 1].gap);
      const and = b.to === list[0].from - 1 && (link.key === 'and' || link.key === 'or') && link.join === 'space' && /^,?\s+$/.test(tokens[b.to - 1].gap);
      if (!comma && !and) break;
      list.unshift(b);
    }
    return list;
  };
  for (let k = 0; k < segments.length; k++) {
    const s = segments[k];
    const next = tokens[s.to];
    const last = tokens[s.to - 1];
    // "in Ogun, Oyo and Ekiti States": the plural written with a capital closes the list's last name.
    if (s.to - s.from >= 2 && last.cap && AREA_PLURALS.has(last.key) && !s.entry && s.type !== 'title' && s.type !== 'event' && tokens[s.to - 2].join === 'space') {
      const list = listBefore(k);
      if (list.length >= 2 && list.every((m) => m === s || m.type === 'place' || m.type === null)) {
        s.to--;
        for (const m of list) {
          m.type = 'place';
          m.strength = 3;
        }
      }
      continue;
    }
    if (!next || next.cap || last.join !== 'space' || last.possessive || next.paragraph !== last.paragraph || s.type === 'title' || s.type === 'event') continue;
    const plural = AREA_PLURALS.has(next.key);
    if (!plural && !AREA_NOUNS.has(next.key)) continue;
    const list = plural ? listBefore(k) : [s];
    if (plural && list.length < 2) continue;
    for (const m of list) {
      if (m.type === 'title' || m.type === 'event' || (m.entry && m.entry.type !== 'place' && !m.entry.ambiguous) || (m.strength >= 3 && m.type !== 'place' && !m.entry)) continue;
      m.type = 'place';
      m.strength = 3;
      if (m.entry && m.entry.type !== 'place') m.entry = undefined;
    }
  }
  // "10 more Patriot systems", "Leopard tanks": a capitalized word before a plural word for weapons or
  // equipment names a model, not an organization (unless a list knows it as one).
  for (const s of segments) {
    if (s.to - s.from !== 1 || (s.entry && s.entry.type === 'organization' && !s.entry.ambiguous) || s.type === 'title' || s.type === 'event' || s.type === 'place' || s.strength >= 3) continue;
    const t = tokens[s.from];
    const next = tokens[s.to];
    if (!next || next.cap || t.join !== 'space' || t.possessive || t.acronym || next.paragraph !== t.paragraph || !EQUIPMENT_PLURALS.has(next.key)) continue;
    s.type = 'event';
    s.strength = 3;
  }
  // "chief executive of CareLink Rx", "economist at Cowry": the body a job is held in is an organization.
  for (const s of segments) {
    if (s.entry || s.strength >= 3 || (s.type !== null && s.type !== 'person') || s.from < 2 || s.to - s.from > 3) continue;
    const of = tokens[s.from - 1];
    const job = tokens[s.from - 2];
    if (!/^(?:of|at)$/.test(of.key) || of.join !== 'space' || job.join !== 'space' || job.cap || of.paragraph !== tokens[s.from].paragraph) continue;
    if (!(isTitleHead(job) || (isTitleWord(job) && s.from >= 3 && isTitleWord(tokens[s.from - 3]) && !tokens[s.from - 3].cap)) || /^(?:mayor|governor|premier|senator|representative|ambassador|lieutenant-governor|president|mp|mpp|mla|member|resident|residents|native|citizen|king|queen|prince|princess|emperor|bishop|archbishop)$/.test(job.key)) continue;
    if (tokens.slice(s.from, s.to).some((t) => t.tags.has('FirstName') || (t.tags.has('Place') && !t.tags.has('Organization')))) continue;
    // ("professor of Economics": a field of study is no body.)
    if (s.to - s.from === 1 && (inLexicon(tokens[s.from].key) || tokens[s.from].tags.has('Uncountable'))) continue;
    s.type = 'organization';
    s.strength = 3;
  }
  // "the MPP for Ottawa Centre", "the member for Tooting": a member's constituency is a place; so is the second
  // name of a constituency named for two ("the member for Leeds Central and Headingley").
  let constituencyEnd = -1;
  for (const s of segments) {
    if (s.from < 2 || s.type === 'title' || s.type === 'event' || (s.entry && s.entry.type !== 'place')) continue;
    const f = tokens[s.from - 1];
    const who = tokens[s.from - 2];
    if (f.join !== 'space' || who.join !== 'space' || f.paragraph !== tokens[s.from].paragraph) continue;
    const second = f.key === 'and' && s.from - 1 === constituencyEnd && !s.entry && s.to - s.from <= 3;
    if (!second && (f.key !== 'for' || !/^(?:mp|mpp|mla|mha|mna|td|msp|ms|member)$/.test(who.key) || (who.key === 'member' && who.cap))) continue;
    s.type = 'place';
    s.strength = 3;
    constituencyEnd = second ? -1 : s.to;
  }
  // "Bilawal Zardari's Pakistan Peoples Party", "Keir Starmer's government": a full name whose party,
  // movement or government follows is the person who leads it.
  for (let k = 0; k + 1 < segments.length; k++) {
    const s = segments[k];
    const org = segments[k + 1];
    if (s.entry || s.strength >= 3 || (s.type !== null && s.type !== 'person') || s.to - s.from < 2 || s.to - s.from > 3 || org.from !== s.to) continue;
    if (!tokens[s.to - 1].possessive || org.type !== 'organization' || !LED_BODIES.has(tokens[org.to - 1].key)) continue;
    if (tokens.slice(s.from, s.to).some((t) => t.acronym || orgHeadWords.has(t.key) || t.tags.has('Organization') || (t.tags.has('Place') && !t.tags.has('Person')))) continue;
    s.type = 'person';
    s.strength = 3;
  }
  // "Its chairman, Park Jae-won,": a name right after a job title and a comma is a person.
  for (const s of segments) {
    if (s.entry || s.strength >= 3 || (s.type !== null && s.type !== 'place' && s.type !== 'person') || s.from === 0) continue;
    const title = tokens[s.from - 1];
    if (title.cap || !/^,\s+$/.test(title.gap) || !isTitleHead(title) || title.paragraph !== tokens[s.from].paragraph) continue;
    if (s.to - s.from < 2 || s.to - s.from > 4) continue;
    s.type = 'person';
    s.strength = 3;
  }
  // "Maria Arena, the head of the EU mission, said": a given name and a word for a venue, with a person's role after a
  // comma and an article, is a person (the venue word is her surname), not a place no list knows, whatever the head
  // word made of it.
  for (const s of segments) {
    if (s.entry || s.type !== 'place' || s.to - s.from !== 2 || !isGivenName(tokens[s.from]) || tokens[s.from].acronym) continue;
    const article = tokens[s.to];
    const last = tokens[s.to - 1];
    if (!article || !/^(?:the|a|an)$/.test(article.key) || !/^,\s+$/.test(last.gap) || last.possessive || article.paragraph !== last.paragraph) continue;
    let k = s.to + 1;
    while (k < s.to + 3 && tokens[k] && !tokens[k].cap && !isTitleHead(tokens[k]) && tokens[k].tags.has('Adjective')) k++;
    if (!tokens[k] || tokens[k].cap || !isTitleHead(tokens[k])) continue;
    s.type = 'person';
    s.strength = 3;
  }
  // "Veridian, which is based in Austin", "Benfica have insisted", "Harrowgate also hold": a name no
  // list explains, followed by a which-clause or taking a plural verb, is an organization (a club or a
  // company in British usage), not a person.
  const opened: string[] = [];
  // ("Southern Vale Water, which supplies …": a capitalized compass word right before opens the body's name;
  // alone it was trimmed off as a word for a region.)
  const openCompass = (s: Segment) => {
    const opener = tokens[s.from - 1];
    if (opener && opener.cap && !opener.heading && !opener.acronym && opener.join === 'space' && opener.paragraph === tokens[s.from].paragraph &&
      COMPASS_OPENERS.has(opener.key) && !segments.some((o) => o.to === s.from)) {
      s.from--;
      opened.push(tokens.slice(s.from + 1, s.to).map((t) => t.key).join(' '));
    }
  };
  for (const s of segments) {
    if (s.entry || tokens[s.from].heading || s.to - s.from > 3) continue;
    if (!(s.type === null || (s.type === 'person' && s.strength <= 1) || (s.type === 'organization' && s.strength <= 2))) continue;
    if (tokens.slice(s.from, s.to).some((t) => t.tags.has('FirstName') || t.possessive)) continue;
    const last = tokens[s.to - 1];
    const next = tokens[s.to];
    const which = !!next && next.key === 'which' && /^,\s+$/.test(last.gap) && next.paragraph === last.paragraph;
    if (!which && !pluralVerbAfter(tokens, s.from, s.to)) continue;
    // ("United are", "Rovers have": a club's head word alone is left to the one club it stands for.)
    if (s.to - s.from === 1 && (orgHeadWords.has(tokens[s.from].key) || inLexicon(tokens[s.from].key))) continue;
    // ('"Absolutely hate this"', "'Don't leave it'": a sentence's first word that compromise reads as no noun.)
    const opensQuote = s.from > 0 && /(?:^|[\s,:])['‘"“]$/.test(tokens[s.from - 1].gap);
    if (s.to - s.from === 1 && (tokens[s.from].initial || opensQuote) && NOT_NOUN_TAGS.some((tag) => tokens[s.from].tags.has(tag))) continue;
    if (!which && plainPlural(s)) continue;
    s.type = 'organization';
    s.strength = 3;
    openCompass(s);
  }
  // (The name without its compass word, elsewhere, is the same body: "Vale Water said".)
  for (const s of segments) {
    if (opened.length && !s.entry && s.strength <= 2 && (s.type === null || s.type === 'person') && opened.includes(tokens.slice(s.from, s.to).map((t) => t.key).join(' '))) {
      s.type = 'organization';
      s.strength = 3;
    }
  }
  // "The state weather bureau, PAGASA, had raised …": capitals in an apposition to a lower-case
  // organization noun are that organization's initials.
  for (const s of segments) {
    if (s.entry || s.to - s.from !== 1 || !tokens[s.from].acronym || s.strength >= 3 || (s.type !== null && s.type !== 'organization') || s.from < 1) continue;
    const t = tokens[s.from];
    const noun = tokens[s.from - 1];
    if (noun.cap || noun.paragraph !== t.paragraph || !(orgHeadWords.has(noun.key) || orgDescriptors.has(noun.key))) continue;
    const comma = /^,\s+$/.test(noun.gap) && /^[,)]/.test(t.gap);
    if (!comma && !(noun.join === 'space' && /^[\s,.;:)]/.test(t.gap || ' '))) continue;
    s.type = 'organization';
    s.strength = 3;
  }
  // "the Wainwright family", "the Kennedy clan": a name before a lower-case word for kin is a family name.
  for (const s of segments) {
    if (s.entry || s.type !== null || s.to - s.from !== 1 || tokens[s.from].heading) continue;
    const last = tokens[s.to - 1];
    const next = tokens[s.to];
    if (!next || next.cap || last.join !== 'space' || last.possessive || next.paragraph !== last.paragraph || !/^(?:family|families|clan|dynasty)$/.test(next.key)) continue;
    s.type = 'person';
    s.strength = 2;
  }
  // "on several Trent engines", "two Ariel rockets": a lone given name between a quantifier and a lower-case plural noun
  // names a make or a model, not a person.
  for (const s of segments) {
    if (s.entry || s.type !== 'person' || s.strength > 2 || s.to - s.from !== 1 || s.from < 1 || tokens[s.from].heading || tokens[s.from].possessive) continue;
    const before = tokens[s.from - 1];
    const next = tokens[s.to];
    if (!next || next.cap || before.cap || before.paragraph !== tokens[s.from].paragraph || next.paragraph !== before.paragraph || tokens[s.from].join !== 'space') continue;
    if (!QUANTIFIERS.test(before.key) && !/^\d+$/.test(before.key)) continue;
    if (!/[^s]s$/.test(next.key) || !next.tags.has('Noun') || next.tags.has('Verb')) continue;
    s.type = null;
    s.strength = 0;
  }
  // "the Bab el-Mandeb strait", "the Jebel Ali port": a name guessed a person's, between "the" and a lower-case word for a
  // waterway or a port that closes the phrase, is the place that word names.
  for (const s of segments) {
    if (s.entry || s.type !== 'person' || s.strength > 2 || s.from < 1 || tokens[s.from].heading || isGivenName(tokens[s.from])) continue;
    const the = tokens[s.from - 1];
    const last = tokens[s.to - 1];
    const head = tokens[s.to];
    const after = tokens[s.to + 1];
    if (the.key !== 'the' || the.paragraph !== tokens[s.from].paragraph || !head || head.cap || last.join !== 'space' || last.possessive || head.paragraph !== last.paragraph) continue;
    if (!FEATURE_NOUNS.has(head.key) || (after && head.join === 'space' && after.tags.has('Noun') && !after.tags.has('Verb') && !after.tags.has('Pronoun'))) continue;
    s.type = 'place';
    s.strength = 3;
  }
  // "analysts at Bernstein", "economists at Itaú": where a firm's analysts work is the firm.
  for (const s of segments) {
    if (s.entry || s.strength >= 3 || (s.type !== null && s.type !== 'person' && s.type !== 'place') || s.from < 2) continue;
    if (tokens[s.from].tags.has('FirstName')) continue;
    const at = tokens[s.from - 1];
    const who = tokens[s.from - 2];
    if (at.key !== 'at' || at.paragraph !== tokens[s.from].paragraph || !FIRM_STAFF.has(who.key) || tokens[s.from].initial) continue;
    s.type = 'organization';
    s.strength = 3;
  }
  // "in Philadelphia and Camden": an unknown word coordinated with a place is a place (weakly).
  for (let k = 1; k < segments.length; k++) {
    const s = segments[k];
    const before = segments[k - 1];
    if (s.type !== null || s.to - s.from !== 1 || before.type !== 'place' || tokens[s.from].initial) continue;
    const link = tokens[s.from - 1];
    if (!link || (link.key !== 'and' && link.key !== 'or') || before.to !== s.from - 1 || tokens[before.to - 1].join !== 'space') continue;
    if (inLexicon(tokens[s.from].key) || (tokens[s.to] && tokens[s.to].cap && tokens[s.from].join === 'space')) continue;
    // ("at Dens Park and Rangers lost": a club's word alone is a club.)
    s.type = clubHeadWords.has(tokens[s.from].key) ? 'organization' : 'place';
    s.strength = 1;
  }
  // "Tom Odula in Nairobi and Aniruddha Ghosal in Hanoi", "Ana Ruiz and Kwame Mensah": an unknown
  // full name coordinated with a person, each maybe with the place they are in, is a person too.
  for (let k = 1; k < segments.length; k++) {
    const s = segments[k];
    if (s.entry || s.type !== null || s.to - s.from < 2 || s.to - s.from > 3 || tokens[s.from].initial || s.from < 2) continue;
    if (tokens.slice(s.from, s.to).some((t) => t.acronym || t.possessive || orgHeadWords.has(t.key) || t.tags.has('Organization'))) continue;
    const link = tokens[s.from - 1];
    if (link.key !== 'and' || link.join !== 'space') continue;
    let j = k - 1;
    let before = segments[j];
    // "… in Nairobi and": skip the place the previous person is in.
    if (before.type === 'place' && before.to === s.from - 1 && j > 0 && /^(?:in|from)$/.test(tokens[before.from - 1]?.key ?? '') && segments[j - 1].to === before.from - 1) before = segments[--j];
    else if (before.to !== s.from - 1) continue;
    if (before.type !== 'person' || before.to - before.from < 2 || tokens[before.to - 1].join !== 'space' || tokens[before.from].paragraph !== tokens[s.from].paragraph) continue;
    s.type = 'person';
    s.strength = 2;
  }
  // "Jefferies analyst Brent Thill", "Acme spokeswoman", "Brightline chief executive": an unknown
  // capitalized word before a job title is the organization the person works for.
  // (A word compromise reads as a surname too, "Tate director Maria Balshaw", before an office only a body has and its
  // holder's name: a person has advisers, aides and lawyers, not directors, managers or a chief executive.)
  for (const s of segments) {
    if (s.to - s.from !== 1 || tokens[s.from].initial || tokens[s.from].heading) continue;
    const last = tokens[s.to - 1];
    const next = tokens[s.to];
    if (!next || next.cap || last.join !== 'space' || next.paragraph !== last.paragraph) continue;
    const k = next.key.replace(/s$/, '');
    const chiefExecutive = k === 'chief' && tokens[s.to + 1]?.key === 'executive';
    if (s.type === 'person' && !s.entry && !s.role && s.strength <= 2 && !last.possessive && !last.tags.has('FirstName') && !isGivenName(last) && (BODY_OFFICES.has(k) || chiefExecutive)) {
      const holder = tokens[chiefExecutive ? s.to + 2 : s.to + 1];
      if (holder && holder.cap && !holder.acronym && holder.paragraph === last.paragraph && /^\s+$/.test(tokens[holder.i - 1].gap)) { s.type = 'organization'; s.strength = 2; }
      continue;
    }
    if (s.type !== null) continue;
    if (TRAILING_TITLES.has(k) || chiefExecutive) {
      // ("Waimakariri mayor Dan Gordon", "Albay governor": a mayor's or a governor's is a place.)
      s.type = PLACE_OFFICE_WORDS.test(k) ? 'place' : 'organization';
      s.strength = 2;
    }
  }
  // "the Exeter Ridge captain", "Saracens Vale head coach Margaret Okonjo": a name of two or three words no list
  // explains, right before a job title after "the", or before a title and the holder's name, is the body the holder
  // works for. (Not a given name first, "Donald Trump adviser Stephen Miller", nor a county or a city, "the Fulton
  // County sheriff".)
  for (const s of segments) {
    const n = s.to - s.from;
    if (n < 2 || n > 3 || s.entry || s.strength > 3 || s.type === 'title' || s.type === 'event' || s.type === 'organization' || tokens[s.from].heading) continue;
    const first = tokens[s.from];
    const last = tokens[s.to - 1];
    if (first.tags.has('FirstName') || isGivenName(first) || last.join !== 'space' || last.possessive || ADMIN_PLACE_HEADS.has(last.key)) continue;
    const next = tokens[s.to];
    if (!next || next.cap || next.paragraph !== last.paragraph) continue;
    // ("Consumer NZ chief executive Jon Duffy": "chief executive" is one title.)
    const twoWords = (next.key === 'head' && tokens[s.to + 1]?.key === 'coach') || (next.key === 'chief' && /^(?:executive|economist|officer)$/.test(tokens[s.to + 1]?.key ?? ''));
    const titleEnd = twoWords ? s.to + 2 : TRAILING_TITLES.has(next.key) || next.key === 'captain' ? s.to + 1 : -1;
    if (titleEnd < 0) continue;
    const prev = tokens[s.from - 1];
    const the = !!prev && prev.key === 'the' && prev.paragraph === first.paragraph;
    const holder = tokens[titleEnd];
    // (A place head typed the name firmly; only "the" before it, which no place takes before its officer's title
    // unless it is an administrative one, overrules that.)
    if (!the && (s.strength > 2 || !(holder && holder.cap && holder.paragraph === first.paragraph && tokens[titleEnd - 1].join === 'space'))) continue;
    // ("Palmerston North mayor Grant Smith": a mayor's or a governor's is a place.)
    if (PLACE_OFFICE_WORDS.test(next.key)) {
      if (s.type === null || s.strength <= 2) { s.type = 'place'; s.strength = 3; }
      continue;
    }
    s.type = 'organization';
    s.strength = 3;
  }
  // "battery maker Kessler Cells", "news agency TASS", "Neue Mitte party", "Coastal Commuter, another
  // large operator": a lower-case noun that only describes organizations, right before the name, right
  // after it or closing an apposition, makes a name no list explains an organization.
  // ("the advocacy group Equinox Initiative", "the nonprofit Marshall Project": a head that names plans as often as
  // the bodies that run them is the body's after such a noun.)
  for (const s of segments) {
    const bodyEvent = s.type === 'event' && s.to - s.from >= 2 && BODY_EVENT_HEADS.has(tokens[s.to - 1].key);
    if (s.entry || s.strength > 2 && !bodyEvent || s.type === 'title' || s.type === 'event' && !bodyEvent || tokens[s.from].heading) continue;
    if (!describedAsOrganization(tokens, s.from, s.to)) continue;
    s.type = 'organization';
    s.strength = 3;
    // ("Quantelle's cloud unit, Quantelle Sky,": a unit named after the company that owns it leaves that name to the company.)
    const owner = tokens.slice(Math.max(0, s.from - 4), s.from).some((t) => t.possessive && t.key === tokens[s.from].key);
    if (s.to - s.from >= 2 && !owner) s.stem = { from: s.from, to: s.to - 1 };
    // ("Southern Response, the Crown-owned insurer,": the compass word opens the described body's name too.)
    else if (s.to - s.from === 1) openCompass(s);
  }
  // "funded by Homes England, the government's housing agency", "Sport England, the sports council,": a capitalized
  // common noun inside the sentence before a listed country, the two described as an organization, name a public body.
  for (let k = 0; k < segments.length; k++) {
    const s = segments[k];
    const p = tokens[s.from - 1];
    if (s.entry?.type !== 'place' || s.to - s.from !== 1 || !p || !p.cap || p.initial || p.heading || p.acronym || p.possessive || p.join !== 'space') continue;
    if (p.paragraph !== tokens[s.from].paragraph || !tokens[s.from].tags.has('Country') || !p.tags.has('Noun') || p.tags.has('Adjective') || p.tags.has('Place')) continue;
    if ((segments[k - 1]?.to ?? 0) > s.from - 1 || !describedAsOrganization(tokens, s.from - 1, s.to)) continue;
    s.from--;
    s.type = 'organization';
    s.entry = undefined;
    s.strength = 3;
  }
  // "the INDIA bloc", "the NDA or the INDIA bloc": a listed place written in capitals it does not take
  // ("India") right before a word for a political grouping is the grouping's acronym, an organization.
  for (const s of segments) {
    if (s.entry?.type !== 'place' || s.entry.caps || s.to - s.from !== 1) continue;
    const t = tokens[s.from];
    const next = tokens[s.to];
    if (!t.acronym || t.text !== t.text.toUpperCase() || t.text.length < 3 || !next || next.paragraph !== t.paragraph || t.join !== 'space' || t.possessive) continue;
    if (!GROUPINGS_AFTER.has(next.key)) continue;
    s.type = 'organization';
    s.entry = undefined;
    s.strength = 3;
  }
  // "The Janata Dal (United), led by ...", "the Model Code of Conduct": a person's name takes no "the"
  // (a title before it is split off already). A name that only compromise's guess made a person, with
  // no given name in it and no noun after it (as in "the Trump administration"), is an organization,
  // or nothing when its words are all common English words.
  for (const s of segments) {
    if (s.entry || s.type !== 'person' || s.strength > 2 || s.to - s.from > 4) continue;
    const prev = s.from > 0 ? tokens[s.from - 1] : undefined;
    const first = tokens[s.from];
    const last = tokens[s.to - 1];
    const next = tokens[s.to];
    if (!prev || prev.key !== 'the' || prev.join !== 'space' || prev.paragraph !== first.paragraph || first.heading || last.possessive) continue;
    if (tokens.slice(s.from, s.to).some((t) => !t.cap || t.acronym || t.tags.has('FirstName') || knownNameWord(t.key) || isCommonGivenName(t.key))) continue;
    // The name closes its phrase: punctuation, a preposition, a conjunction or a verb of the clause follows.
    const closes = !next || next.paragraph !== last.paragraph || last.join !== 'space' || next.cap || next.tags.has('Preposition') || next.tags.has('Conjunction') ||
      next.tags.has('PastTense') || next.tags.has('Modal') || /^(?:has|have|had|is|was|are|were|will|would)$/.test(next.key);
    if (!closes) continue;
    // ("the Kennedys": a family.)
    if (/s$/.test(last.key) && !inLexicon(last.key.replace(/e?s$/, '')) && s.to - s.from === 1) continue;
    // ('"The Orchard Wall," a drama by …': a capitalized "The" and a closing quote make the title of a work;
    // "the Golden Globe", "the Grand Prix": an award or a race.)
    if ((prev.text === 'The' && /^[,.!?]?["”’]/.test(last.gap)) || AWARD_WORDS.has(last.key)) {
      s.type = null;
      s.strength = 0;
      continue;
    }
    // ("the Grand Serail in Beirut", "the Dolby Theatre": a building.)
    if (BUILDING_HEADS.has(last.key) && s.to - s.from >= 2) {
      s.type = 'place';
      s.strength = 2;
      continue;
    }
    const common = tokens.slice(s.from, s.to).every((t) => inLexicon(t.key) || inLexicon(t.key.replace(/e?s$/, '')) || (/[^l]ly$/.test(t.key) && t.key.length > 5));
    s.type = common ? null : 'organization';
    s.strength = common ? 0 : 2;
  }
  // "LONDON (Ledger) —", "OSLO, May 2 (Nordpost) -": the name in brackets between a dateline and its
  // dash is the outlet or wire that filed the story.
  for (const s of segments) {
    if (s.entry || s.type === 'title' || s.type === 'event' || s.from === 0 || s.to - s.from > 3) continue;
    const open = tokens[s.from - 1];
    if (!/\($/.test(open.gap) || !/^\)\s*[—–-]/.test(tokens[s.to - 1].gap)) continue;
    // The paragraph's first word, at most 8 words back.
    let opener = s.from - 1;
    let sentence = false;
    while (opener > 0 && tokens[opener - 1].paragraph === open.paragraph && s.from - opener < 9) if (tokens[opener--].initial) sentence = true;
    if (sentence || (opener > 0 && tokens[opener - 1].paragraph === open.paragraph)) continue;
    const head = tokens[opener];
    if (head.text.length < 3 || head.text !== head.text.toUpperCase()) continue;
    s.type = 'organization';
    s.strength = 3;
  }
  // A byline: "By Jane Doe" opens its line. (A headline's "… Used By Real Estate Developers" is no byline.)
  const bylines = new Set<Segment>();
  for (const s of segments) {
    if (s.type === 'title' || s.type === 'event' || s.entry || s.to - s.from < 2 || s.to - s.from > 3) continue;
    const by = s.from > 0 ? tokens[s.from - 1] : undefined;
    if (by && /^B[yY]$/.test(by.text) && (by.i === 0 || tokens[by.i - 1].paragraph !== by.paragraph || /\n/.test(tokens[by.i - 1].gap)) && (s.type === 'person' || s.type === null || s.type === 'place')) {
      s.type = 'person';
      s.strength = 3;
      bylines.add(s);
    }
  }
  // Headings capitalize every word: only listed names and clear person names count there.
  let prose: Set<string> | undefined;
  const proseWords = () => (prose ??= new Set(tokens.filter((t) => t.cap && !t.heading).map((t) => t.key)));
  for (const s of segments) {
    if (!tokens[s.from].heading || s.type === 'title' || s.type === 'event' || s.entry || bylines.has(s)) continue;
    if (s.type === 'person') {
      // "Hillary Asking Moderator", "Martin Luther King Honored": a headline's capitalized verb ends the name.
      for (let k = s.from + 1; k < s.to; k++) {
        if (verbFormWord(tokens[k].key)) {
          s.to = k;
          break;
        }
      }
      if (s.to - s.from === 1 && !(isGivenName(tokens[s.from]) && knownNameWord(tokens[s.from].key))) { s.type = null; s.strength = 0; continue; }
      // Then keep only the words tagged as a name.
      const named = (t: Token) => t.tags.has('Person') || t.tags.has('FirstName') || t.tags.has('LastName');
      while (s.to - s.from > 2 && (!named(tokens[s.to - 1]) || speechVerbs.has(tokens[s.to - 1].key))) s.to--;
      if (!named(tokens[s.to - 1])) { s.type = null; s.strength = 0; continue; }
    }
    if (s.type === 'person' && tokens[s.from].tags.has('FirstName')) continue;
    // "Rush Limbaugh: …" over "Limbaugh said …": a name of two words compromise reads as a person's, whose
    // last word the prose uses again, is that person.
    if (s.type === 'person' && s.to - s.from === 2 && tokens[s.from].tags.has('Person') && tokens[s.to - 1].tags.has('Person') && proseWords().has(tokens[s.to - 1].key)) continue;
    s.type = null;
    s.strength = 0;
  }
  // (After the heading rule: a credit line has no verb and reads as a heading.)
  // "(Reporting by Ritika Sen in Pune and Omar Aziz in Delhi; Editing by ...)": every name of a wire
  // credit line after "by" is a person.
  for (const s of segments) {
    if (s.entry || (s.type !== null && s.type !== 'person') || s.strength >= 3 || s.to - s.from < 2 || s.to - s.from > 3 || s.from < 2) continue;
    const p = tokens[s.from].paragraph;
    for (let k = s.from - 1; k > 0 && k >= s.from - 10 && tokens[k].paragraph === p; k--) {
      if (/[;.]/.test(tokens[k].gap)) break;
      if (tokens[k].key === 'by' && CREDIT_WORDS.has(tokens[k - 1].key)) {
        s.type = 'person';
        s.strength = 3;
        break;
      }
    }
  }
  theBeforeGivenName(tokens, segments);
  coordinatedPeople(tokens, segments);
  // (Last: no rule after it may read a name into a work's title.)
  titlesAfterWorkNouns(tokens, segments);
}

/**
 * "the Abbey said", "the Abbey's director": one word read as a person's only because it is also a given name, right
 * after "the", names no person (people are not named with "the"); left for the one-sense rescan.
 */
function theBeforeGivenName(tokens: Token[], segments: Segment[]): void {
  for (const s of segments) {
    if (s.type !== 'person' || s.strength > 2 || s.entry || s.role || s.honorific || s.to - s.from !== 1) continue;
    const t = tokens[s.from];
    const the = tokens[s.from - 1];
    const next = tokens[s.to];
    if (!the || the.key !== 'the' || the.join !== 'space' || the.paragraph !== t.paragraph || t.acronym || t.heading) continue;
    if (next && next.cap && next.paragraph === t.paragraph && t.join === 'space') continue;
    // ("the Wainwright family": a family's name.)
    if (next && next.paragraph === t.paragraph && /^(?:family|families|clan|dynasty|brothers|sisters|twins)$/.test(next.key)) continue;
    s.type = null;
    s.strength = 0;
  }
}

/**
 * "Moeen Ali and Jos Buttler fell": two words read as a body only weakly (a listed town's name, "Jos", then a word no
 * list knows) coordinated with a person's full name, and with no body's head of their own, are a person's name too.
 */
function coordinatedPeople(tokens: Token[], segments: Segment[]): void {
  const person = (o: Segment | undefined) => !!o && o.type === 'person' && o.strength >= 2 && o.to - o.from >= 2;
  for (let k = 0; k < segments.length; k++) {
    const s = segments[k];
    if (s.type !== 'organization' || s.strength > 2 || s.to - s.from !== 2 || orgHeadWords.has(tokens[s.to - 1].key) || tokens[s.to - 1].possessive) continue;
    if (!/^\p{Lu}\p{Ll}+$/u.test(tokens[s.from].text) || !/^\p{Lu}\p{Ll}+$/u.test(tokens[s.to - 1].text) || tokens[s.to - 1].tags.has('Plural')) continue;
    // (A town that is also a name, not a country: "China Evergrande" stays a company.)
    if (!matchAt(tokens, s.from, s.from + 1)?.ambiguous || inLexicon(tokens[s.to - 1].key)) continue;
    const before = segments[k - 1];
    const after = segments[k + 1];
    const linkBefore = !!before && before.to === s.from - 1 && tokens[s.from - 1].key === 'and' && tokens[before.to - 1].join === 'space' && tokens[s.from - 1].paragraph === tokens[s.from].paragraph;
    const linkAfter = !!after && after.from === s.to + 1 && tokens[s.to].key === 'and' && tokens[s.to - 1].join === 'space' && tokens[s.to].paragraph === tokens[s.from].paragraph;
    if (!(linkBefore && person(before)) && !(linkAfter && person(after))) continue;
    s.type = 'person';
    s.strength = 2;
    s.stem = undefined;
  }
}
