import { inLexicon } from './compromiseLexicon';
import { groupNouns, orgDescriptors, orgHeads as orgHeadWords, speechVerbs } from './lexicon';
import { pluralVerbAfter } from './candidates';
import type { Segment } from './segment';
import { isTitleHead, TRAILING_TITLES } from './titles';
import type { Token } from './tokens';

/** People whose employer is named after "at": "analysts at Bernstein". */
const FIRM_STAFF = new Set(['analyst', 'analysts', 'economist', 'economists', 'strategist', 'strategists', 'banker', 'bankers', 'trader', 'traders', 'researchers', 'engineers', 'executives', 'executive', 'lawyers', 'partner', 'partners']);

const NATURAL_PLACE_WORDS = new Set(['rainforest', 'river', 'basin', 'delta', 'jungle', 'valley', 'region', 'estuary', 'watershed', 'forest']);

/** Lower-case nouns after a name that make it an organization ("the Neue Mitte party"). */
const ORG_NOUNS_AFTER = new Set(['party', 'movement', 'bloc', 'faction', 'militia', 'coalition', 'alliance', 'company', 'firm', 'chain', 'newspaper', 'network', 'union', ...groupNouns]);
/** Appositions that name a business's place among others ("a smaller rival"); also said of people. */
const RIVALS = new Set(['rival', 'competitor', 'challenger', 'peer', 'spinoff', 'spin-off', 'unit']);
const APPOSITION_OPENERS = new Set(['a', 'an', 'another', 'the']);

/** Is the name at `[from, to)` described as an organization by the words right around it? */
function describedAsOrganization(tokens: Token[], from: number, to: number): boolean {
  const first = tokens[from];
  const last = tokens[to - 1];
  const prev = from > 0 ? tokens[from - 1] : undefined;
  if (prev && !first.initial && !prev.cap && prev.paragraph === first.paragraph && /^\s+$/.test(prev.gap) && orgDescriptors.has(prev.key)) return true;
  // "told the Courier", "told the Record": people are not told with "the" before their name.
  const verb = from > 1 ? tokens[from - 2] : undefined;
  if (prev?.key === 'the' && verb && /^(?:told|tells|telling)$/.test(verb.key) && to - from === 1 && !first.initial && prev.paragraph === first.paragraph) return true;
  const next = tokens[to];
  if (!next || next.paragraph !== last.paragraph || next.cap) return false;
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
  for (let k = to + 1; k <= to + 4 && k < tokens.length; k++) {
    const t = tokens[k];
    if (t.paragraph !== last.paragraph || (t.cap && !/\d/.test(t.text) && t.join !== 'hyphen')) return false;
    if ((orgDescriptors.has(t.key) || (!personal && RIVALS.has(t.key))) && !t.possessive && /^[,.;)]/.test(t.gap)) return true;
    if (t.join !== 'space' && t.join !== 'hyphen') return false;
  }
  return false;
}

/**
 * Context rules over the typed pieces of every run, in document order: the words around a name
 * decide what it is when the name alone cannot ("Eau Claire, Wis.", "Jefferies analyst",
 * "in Philadelphia and Camden"), and headings keep only what is certain. Linear.
 */
/** Words before "by" in a wire credit line ("Reporting by", "Editing by", "Additional reporting by"). */
const CREDIT_WORDS = new Set(['reporting', 'editing', 'writing', 'compiled', 'graphics', 'photography']);

export function applyContextRules(tokens: Token[], segments: Segment[]): void {
  // "Eau Claire, Wis.", "Selma, Ala.", "Kharkiv, Ukraine": a name before a state or country is a place.
  for (let k = 0; k + 1 < segments.length; k++) {
    const s = segments[k];
    const next = segments[k + 1];
    if (!next.entry || next.entry.type !== 'place' || next.from !== s.to) continue;
    // An ambiguous state ("Georgia", "Washington") closes a "Town, State" pair only when punctuation follows it.
    if (next.entry.ambiguous && !/^[,.;)]/.test(tokens[next.to - 1].gap) && next.to < tokens.length) continue;
    if (!/^,\s+$/.test(tokens[s.to - 1].gap) || s.entry) continue;
    // A dateline in capitals ("NEWPORT NEWS, Va. —") is a place whatever its last word.
    const dateline = tokens.slice(s.from, s.to).every((t) => t.text === t.text.toUpperCase()) && s.type !== 'title' && s.type !== 'event';
    if (!dateline && ((s.type !== null && s.type !== 'person' && s.type !== 'place') || s.strength >= 3)) continue;
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
  // "Its chairman, Park Jae-won,": a name right after a job title and a comma is a person.
  for (const s of segments) {
    if (s.entry || s.strength >= 3 || (s.type !== null && s.type !== 'place' && s.type !== 'person') || s.from === 0) continue;
    const title = tokens[s.from - 1];
    if (title.cap || !/^,\s+$/.test(title.gap) || !isTitleHead(title) || title.paragraph !== tokens[s.from].paragraph) continue;
    if (s.to - s.from < 2 || s.to - s.from > 4) continue;
    s.type = 'person';
    s.strength = 3;
  }
  // "Veridian, which is based in Austin", "Benfica have insisted", "Harrowgate also hold": a name no
  // list explains, followed by a which-clause or taking a plural verb, is an organization (a club or a
  // company in British usage), not a person.
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
    s.type = 'organization';
    s.strength = 3;
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
    s.type = 'place';
    s.strength = 1;
  }
  // "Jefferies analyst Brent Thill", "Acme spokeswoman", "Brightline chief executive": an unknown
  // capitalized word before a job title is the organization the person works for.
  for (const s of segments) {
    if (s.type !== null || s.to - s.from !== 1 || tokens[s.from].initial || tokens[s.from].heading) continue;
    const last = tokens[s.to - 1];
    const next = tokens[s.to];
    if (!next || next.cap || last.join !== 'space' || next.paragraph !== last.paragraph) continue;
    const k = next.key.replace(/s$/, '');
    if (TRAILING_TITLES.has(k) || (k === 'chief' && tokens[s.to + 1]?.key === 'executive')) {
      s.type = 'organization';
      s.strength = 2;
    }
  }
  // "battery maker Kessler Cells", "news agency TASS", "Neue Mitte party", "Coastal Commuter, another
  // large operator": a lower-case noun that only describes organizations, right before the name, right
  // after it or closing an apposition, makes a name no list explains an organization.
  for (const s of segments) {
    if (s.entry || s.strength > 2 || s.type === 'title' || s.type === 'event' || tokens[s.from].heading) continue;
    if (!describedAsOrganization(tokens, s.from, s.to)) continue;
    s.type = 'organization';
    s.strength = 3;
    if (s.to - s.from >= 2) s.stem = { from: s.from, to: s.to - 1 };
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
  // Headings capitalize every word: only listed names and clear person names count there.
  for (const s of segments) {
    if (!tokens[s.from].heading || s.type === 'title' || s.type === 'event' || s.entry) continue;
    // A byline or credit line: "By Jane Doe", "(Reporting by Lena Marsh; Editing by Ravi Chandran)".
    if (s.from > 0 && tokens[s.from - 1].key === 'by' && s.to - s.from >= 2 && s.to - s.from <= 3 && (s.type === 'person' || s.type === null || s.type === 'place')) {
      s.type = 'person';
      s.strength = 3;
      continue;
    }
    if (s.type === 'person') {
      // "Hillary Asking Moderator": keep only the words tagged as a name.
      const named = (t: Token) => t.tags.has('Person') || t.tags.has('FirstName') || t.tags.has('LastName');
      while (s.to - s.from > 2 && (!named(tokens[s.to - 1]) || speechVerbs.has(tokens[s.to - 1].key))) s.to--;
      if (!named(tokens[s.to - 1])) { s.type = null; s.strength = 0; continue; }
    }
    if (s.type === 'person' && tokens[s.from].tags.has('FirstName')) continue;
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
}
