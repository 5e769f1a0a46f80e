import {
  ANONYMOUS_BACK_REFERENCES, ANONYMOUS_HEADS, OFFICE_HEADS, ANONYMOUS_MARKERS, OUTLET_ALIASES, PERSON_RANKS, REPORT_BACK_REFERENCES, SINGULAR_SOURCE,
  VAGUE_COLLECTIVE_HEADS,
  PROFESSION_HEADS, UNIQUE_OFFICE, DESCRIBED_BODY,
} from '../model/rules-lexicon';
import { FIELD_OFFICIALS, OWN_PEOPLE, ROLE_HEADS, TAKEN_UP_OWNERS } from '../model/cues';
import { entitiesOverlapping } from '../entities/lookup';
import type { Attribution, Span } from '../types';
import type { RuleContext } from './rule';
import { alternation, attributionsCovering, attributionsInSentence, isHeadingLike, isIssuersOwnReport, overlaps, perContext, sentenceProse, textOf } from './util';
import { isDemandOn, isOwnAction, putsQuestion } from './voice';

/**
 * How an attribution's source is unnamed:
 * - `vague-anonymous`: "people familiar with the matter", "the sources" (strength 1);
 * - `described-anonymous`: "two senior Treasury officials" (organization, role or count; strength 2);
 * - `collective`: a crowd or generic authority, "some analysts", "critics", "research".
 */
export type Unnamed = 'vague-anonymous' | 'described-anonymous' | 'collective';

const BACK_REFERENCE = new RegExp(ANONYMOUS_BACK_REFERENCES, 'i');
const MARKER = new RegExp(`\\b${ANONYMOUS_MARKERS}\\b`, 'i');
const COLLECTIVE_HEAD = new RegExp(`(?:^|\\s)${alternation(VAGUE_COLLECTIVE_HEADS)}$`, 'i');
/** A profession speaking as a crowd, bare or with a vague quantifier and adjectives: "Clinicians", "some family doctors". */
const PROFESSION_CROWD = new RegExp(
  `^(?:(?:some|many|most|other)\\s+)?(?!(?:several|a|an|one|two|three|four|five|the|these|those|his|her|their|our|its)\\s)(?:[a-z-]+\\s+)?${alternation(PROFESSION_HEADS)}$`, 'i');
/** Verbs with which a crowd states a view to the reader: "Clinicians say", "some doctors believe", "lawyers said". */
const CROWD_VIEW_VERB = /^(?:say|says|said|believe|believes|believed|think|thinks|argue|argues|argued|warn|warns|warned|fear|fears|feared|agree|agreed|suggest|suggests|suggested|worry|worried)$/i;
/** A crowd's range that names none of it: "from across the spectrum", "around the world", "of all stripes". */
const VAGUE_SCOPE = /\s+(?:(?:from\s+)?(?:across|around|throughout|all\s+over)\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,2}[\p{L}-]+|of\s+all\s+(?:stripes|persuasions|kinds|sides))$/iu;
const GENERIC_AUTHORITY = /^(?:(?:new|recent|some|many|several|most|other)\s+)*(?:research|studies|a study|one study|science|surveys|a survey|scientists|experts)$/i;
const REPORT_BACK_REFERENCE = new RegExp(REPORT_BACK_REFERENCES, 'i');
const COUNT = /^(?:two|three|four|five|six|seven|eight|nine|ten|several|a few|a handful of|multiple|\d+)\s/i;
const SINGULAR = new RegExp(SINGULAR_SOURCE, 'i');
/** An unnamed relay: "local media", "state media", "a report". relayed-report's, not anonymous-source's. */
// ("English media", "the Serbian press", "Reports in the Serbian press", "A report in a Mumbai tabloid": a people's or a
// place's media, and a report in an unnamed outlet.)
const GENERIC_RELAY = /^(?:(?:[Aa]|[Aa]n|[Oo]ne|[Aa]nother|[Ss]ome|[Ss]everal|[Tt]he|[Ll]ocal|[Ss]tate|[Ss]tate-run|[Ss]tate-owned|[Oo]fficial|[Ff]oreign|[Nn]ational|[Rr]egional|[Dd]omestic|[Ww]estern|[Oo]ther|US|U\.S\.|[A-Z][a-z]+(?:an|ese|ish|ch|eli|ani|aqi|udi|iti|shi|ali|ini))\s+)*(?:(?:[Rr]eports?|[Aa]rticles?|[Ss]tories)\s+(?:in|by|on)\s+(?:(?:a|an|the|local|state|[A-Z][a-z]+(?:an|ese|ish|ch|eli|ani|aqi|udi|iti|shi|ali|ini))\s+)*)?(?:media|press|news media|news outlets?|outlets?|newspapers?|papers|tabloids?|broadcasters?|television|tv|TV|reports?|[Rr]eports?|news reports?|media reports?)$/;
/** Role heads that leave a source unnamed even with an organization beside them ("Treasury officials", "a ministry spokesperson"). */
const ROLE_HEAD = new RegExp(`^${alternation(ANONYMOUS_HEADS)}$`, 'i');

/**
 * True for "Two senior Treasury officials", "Officials in the finance ministry", "Ford
 * executives": the head noun (the last word before any preposition) is a role, and nobody is named.
 */
function isDescribedRole(context: RuleContext, core: Span): boolean {
  const text = context.document.text.slice(core.start, core.end).trim();
  const head = text.split(/\s+(?:in|at|from|of|with|for|on|inside|within|close to|familiar with)\s+/i)[0].split(/\s+/).pop() ?? '';
  if (!ROLE_HEAD.test(head.replace(/[’']s$/, ''))) return false;
  // ("the club's medical staff", "Acme's legal team": a body's own department speaks for the body, no one unnamed.)
  if (/^(?:staff|team|office|department|unit|desk)$/i.test(head) && /\p{L}['’]s\s/u.test(text)) return false;
  return !entitiesOverlapping(context.entities, core).some((e) => e.type === 'person');
}

const RANK_OR_QUANTIFIER = /^(?:a|an|the|one|some|many|most|several|other|others|two|three|four|five|few|senior|top|high-ranking|high|ranking|junior|former|current|unnamed|anonymous|unidentified|key|certain|various|numerous|both|all|these|those|this|that)$/i;
const ROLE_ONLY = new RegExp(`^${alternation(ANONYMOUS_HEADS.filter((h) => !/^(?:sources\?|people|persons\?|insiders\?|individuals\?)$/.test(h)))}$`, 'i');

/**
 * "Officials in the finance ministry", "administration officials", "a ministry spokesperson":
 * a role tied to an organization is a described source (strength 2); "a senior official" or
 * "people familiar with the matter" are not.
 */
function hasOrganizationSpecifier(core: string): boolean {
  const parts = core.trim().split(/\s+(in|at|from|of|for|with|inside|within)\s+/i);
  const words = parts[0].split(/\s+/);
  const head = (words[words.length - 1] ?? '').replace(/[’']s$/, '');
  if (!ROLE_ONLY.test(head)) return false;
  if (parts.length > 1) return true;
  return words.slice(0, -1).some((w) => !RANK_OR_QUANTIFIER.test(w) && !/^[-–—,]$/.test(w));
}

/** True when the head noun of the source (before any preposition or clause) is an anonymous head. */
function hasAnonymousHead(context: RuleContext, a: Attribution): boolean {
  const core = sourceCore(context, a);
  const text = context.document.text.slice(core.start, core.end).trim();
  const head = text.split(/\s+(?:in|at|from|of|with|for|on|to|inside|within|close to|familiar with|briefed on)\s+/i)[0].split(/\s+/).pop() ?? '';
  // "a senior whip", "a former minister": one unnamed person, ranked but not named.
  if (RANKED_ONE.test(text) && /^[a-z-]+$/.test(head)) return true;
  return ANY_ANONYMOUS_HEAD.test(head.replace(/[’']s$/, ''))
    || OFFICE_HEAD.test(head) && !/^(?:the|his|her|its|their|our|this|that)\s/i.test(text);
}

const OFFICE_HEAD = new RegExp(`^${alternation(OFFICE_HEADS)}$`, 'i');

const RANKED_ONE = new RegExp(`^(?:a|an|one|another)\\s+${alternation(PERSON_RANKS)}\\s+[a-z-]+$`, 'i');
const ANY_ANONYMOUS_HEAD = new RegExp(`^${alternation(ANONYMOUS_HEADS)}$`, 'i');
const ANY_ANONYMOUS_HEAD_WORD = new RegExp(`^(?:${alternation(ANONYMOUS_HEADS)}|${alternation(OFFICE_HEADS)})$`, 'i');
/** A phrase that opens with a count: "two lawmakers", "3 officials", "a dozen diplomats". */
const COUNTED = /^(?:two|three|four|five|six|seven|eight|nine|ten|a\s+dozen|dozens\s+of|\d+)\s/i;

/** True for an unnamed relay such as "local media" or "a report". */
export function isGenericRelay(text: string): boolean {
  return GENERIC_RELAY.test(text.trim());
}

/** The source phrase without a relative clause or apposition: "Two senior Treasury officials". */
export function sourceCore(context: RuleContext, a: Attribution): Span {
  const s = a.source!;
  const text = context.document.text.slice(s.start, s.end);
  const cut = /,|\s(?:who|whom|which|that)\s/.exec(text);
  return cut && cut.index > 0 ? { start: s.start, end: s.start + cut.index } : { start: s.start, end: s.end };
}

/**
 * "Some diplomats", "many officials": a quantified crowd of unnamed people, vague as well as anonymous.
 * ("Several teachers", "several committee chairmen" are a count: described, not vague.)
 */
export function isQuantifiedCrowd(context: RuleContext, a: Attribution): boolean {
  if (!a.source) return false;
  const core = sourceCore(context, a);
  return /^(?:some|many|most|various|numerous|other)\s+\S/i.test(context.document.text.slice(core.start, core.end).trim());
}

/** Attributions sorted by cue start, once per analysis. */
const attributionsByCue = perContext((context: RuleContext): Attribution[] =>
  [...context.attributions].sort((x, y) => x.cue.start - y.cue.start));

function firstCueAtOrAfter(ordered: readonly Attribution[], offset: number): number {
  let lo = 0;
  let hi = ordered.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ordered[mid].cue.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const ANONYMOUS_HEAD = new RegExp(`\\b${alternation(ANONYMOUS_HEADS)}\\b`, 'i');

function rawAnonymousHead(context: RuleContext, a: Attribution): string {
  const core = sourceCore(context, a);
  const text = context.document.text.slice(core.start, core.end).toLowerCase();
  const m = ANONYMOUS_HEAD.exec(text);
  return m ? m[0] : text.split(/\s+/).pop() ?? '';
}

/** The head noun of an anonymous source, singular ("officials" → "official"), for matching back-references. */
export function anonymousHead(context: RuleContext, a: Attribution): string {
  const head = rawAnonymousHead(context, a);
  if (head === 'people' || head === 'persons') return 'person';
  return head.replace(/s$/, '');
}

/** Whether the head noun of an anonymous source is plural ("officials", "people familiar with …", "one of the people"). */
export function pluralHead(context: RuleContext, a: Attribution): boolean {
  return /(?:s|^people)$/.test(rawAnonymousHead(context, a));
}

/** True when the source names someone (a person, an organization, an outlet, a document). */
export function isNamed(a: Attribution): boolean {
  switch (a.sourceKind) {
    case 'named-person': case 'named-organization': case 'outlet': case 'document': return true;
    case 'pronoun': return Boolean(a.sourceEntity || a.sourceName);
    default: return false;
  }
}

/** A person or organization named inside the span (entity mention or a capitalized word past the first). */
export function namesSomeone(context: RuleContext, span: Span): boolean {
  if (entitiesOverlapping(context.entities, span).some((e) => e.type !== 'place')) return true;
  const words = context.document.text.slice(span.start, span.end).split(/\s+/);
  return words.slice(1).some((w) => /^\p{Lu}[\p{L}'’.-]*$/u.test(w) && !/^(?:I|US|U\.S\.|UK|EU)$/.test(w));
}

/** "The research, published in The Lancet on Wednesday", "The survey, conducted by Ipsos": a study identified by name. */
const IDENTIFIED_STUDY = /^\s*["“]?(?:The|This|That)\s+(?:new\s+)?(?:study|research|survey|paper|analysis|report|trial|findings)\b[^.]*?\b(?:published|conducted|carried\s+out|led|run|commissioned|funded|released|produced)\s+(?:\w+\s+){0,2}?(?:in|by|from|at)\s+(?:the\s+)?\p{Lu}/u;
/** "…, the study, published in BMC Public Health, found": the study identified inside the sentence. */
const STUDY_NAMED_INSIDE = /\b[Tt]he\s+(?:new\s+)?(?:study|research|survey|paper|analysis|trial|findings),\s+(?:which\s+was\s+)?(?:published|conducted|carried\s+out|led|run|commissioned|funded|released|produced)\s+(?:\w+\s+){0,2}?(?:in|by|from|at)\s+(?:the\s+)?\p{Lu}/u;
/** "Researchers at the universities of Southampton and Edinburgh analysed …": the team that made the study, by where it works. */
export const STUDY_TEAM = /^\s*(?:[Tt]he\s+)?(?:[Rr]esearchers|[Ss]cientists|[Ii]nvestigators|[Aa]uthors|(?:[Aa]|[Tt]he)\s+(?:research\s+)?team)\s+(?:at|from|of|led\s+by)\s+(?:the\s+)?(?:[Uu]niversit(?:y|ies)\s+of\s+)?\p{Lu}/u;

/**
 * "…, according to a study of more than 80,000 people. The research, published in The Lancet on Wednesday,
 * followed …": a single study the lede leaves unnamed and the next sentence identifies is no generic authority.
 */
function identifiedNext(context: RuleContext, a: Attribution): boolean {
  if (!a.source || !/^(?:a|one|this)\s+(?:new\s+|recent\s+)?(?:study|survey)$/i.test(sourceText(context, a))) return false;
  const k = context.document.sentences.findIndex((x) => x.start <= a.source!.start && a.source!.start < x.end);
  return k >= 0 && context.document.sentences.slice(k + 1, k + 3).some((x) => {
    const text = context.document.prose.slice(x.start, x.end);
    return IDENTIFIED_STUDY.test(text) || STUDY_NAMED_INSIDE.test(text) || STUDY_TEAM.test(text);
  });
}

/** The source text with a leading "some"/"many" kept, lower-cased and trimmed of punctuation. */
function sourceText(context: RuleContext, a: Attribution): string {
  return a.source ? context.document.text.slice(a.source.start, a.source.end).replace(/\s+/g, ' ').trim() : '';
}

/** True for "the sources", "the people", "one of the people": a source introduced earlier. */
export function isBackReference(context: RuleContext, a: Attribution): boolean {
  const text = sourceText(context, a);
  return BACK_REFERENCE.test(text) && !MARKER.test(text);
}

/** True for a source that is a single unnamed person: "a person familiar with the matter", "one source". */
export function isSingularAnonymous(context: RuleContext, a: Attribution): boolean {
  const text = sourceText(context, a);
  return SINGULAR.test(text) && !/\bof the\b/i.test(text) && classify(context, a)?.endsWith('anonymous') === true
    && !/^(?:spokes(?:person|man|woman)|representative)$/i.test(anonymousHead(context, a));
}

/** How the attribution's source is unnamed, or null when it names someone or has no source. */
const classifyMemo = perContext(() => new Map<Attribution, Unnamed | null>());

/** What kind of unnamed source an attribution has, if any; computed once per attribution. */
export function classify(context: RuleContext, a: Attribution): Unnamed | null {
  const memo = classifyMemo(context);
  if (memo.has(a)) return memo.get(a)!;
  const result = classifyUncached(context, a);
  memo.set(a, result);
  return result;
}

/**
 * "The chief executive said", "The Brixley manager claimed": one office holder called by the office, in a
 * story that has named people before: a back-reference to one of them, nobody granted anonymity.
 */
function officeHolderBackReference(context: RuleContext, a: Attribution, text: string): boolean {
  const t = text.trim();
  return /^the\s+(?:[\p{L}'’-]+\s+){0,2}[\p{L}-]+$/iu.test(t) && !/s$/i.test(t) && !a.anonymityReason && firstPersonStart(context) < a.cue.start;
}

/**
 * "France's labor minister", "Ford's chief executive", "Ohio's governor": an office a named country, city or body
 * has one holder of identifies that person as a name would ("a minister", "Ford's spokesman", "Italy's deputy
 * minister" do not: there are several).
 */
const NAMED_OWNERS_OFFICE = new RegExp(String.raw`^\p{Lu}[\p{L}.&-]*(?:\s+\p{Lu}[\p{L}.&-]*){0,3}['’]s?\s+${UNIQUE_OFFICE}$`, 'u');

/**
 * The same office of a country or body the story has named, taken up by "the" or "its": "the country's central bank
 * governor", "its finance director" (the attribution layer gives "its" this office only after a body was named).
 */
const TAKEN_UP_OFFICE = new RegExp(String.raw`^(?:[Tt]he\s+${alternation(TAKEN_UP_OWNERS)}['’]s|[Ii]ts)\s+${UNIQUE_OFFICE}$`, 'u');

function uniqueOfficeHolder(context: RuleContext, a: Attribution, text: string): boolean {
  if (TAKEN_UP_OFFICE.test(text.trim()) && !a.anonymityReason && !/\b(?:deputy|assistant|junior|vice|former|ex|acting|associate|regional|shadow)\b/i.test(text)) return true;
  const m = NAMED_OWNERS_OFFICE.exec(text.trim());
  if (!m || a.anonymityReason || /\b(?:deputy|assistant|junior|vice|former|ex|acting|associate|regional|state|shadow)\b/i.test(text)) return false;
  // The owner is a name the text knows, not a sentence-opening common word ("Officials' chief …").
  const owner = text.trim().replace(/['’]s?\s.*$/, '');
  return entitiesOverlapping(context.entities, { start: a.source!.start, end: a.source!.start + owner.length }).some((e) => e.type !== 'person');
}

/**
 * "Obama's former campaign strategist", "Foster's parliamentary assistant": one person described by a role toward someone
 * the story names is identified by it; nobody was granted anonymity ("two of Obama's aides" are several, not one).
 */
const PERSONS_ROLE = /^\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2}['’]s?\s+(?:[a-z-]+\s+){0,3}[a-z-]*[^s\s]$/u;

function namedPersonsOwn(context: RuleContext, a: Attribution, text: string): boolean {
  const t = text.trim();
  if (!PERSONS_ROLE.test(t) || a.anonymityReason || /\b(?:unnamed|anonymous|unidentified|source|sources|official|officials)\b/i.test(t)) return false;
  const owner = t.replace(/['’]s?\s.*$/, '');
  return entitiesOverlapping(context.entities, { start: a.source!.start, end: a.source!.start + owner.length }).some((e) => e.type === 'person');
}

/** Where the document first names a person (Infinity when it names none), once per analysis. */
const firstPersonStart = perContext((context: RuleContext): number => {
  let first = Infinity;
  for (const e of context.entities) if (e.type === 'person' && e.mentions.length > 0) first = Math.min(first, e.mentions[0].start);
  return first;
});

/**
 * "Senator from Texas says …", "Member of House panel says …", "Lawmaker urges …": a singular role with no
 * article, which only headlines and decks write, stands for the person the story goes on to name.
 */
function headlineRole(context: RuleContext, a: Attribution): boolean {
  const sentence = context.document.sentences[a.sentence];
  if (!a.source || !sentence || sentence.paragraph > 2) return false;
  if (sentenceProse(context, sentence).split(/\s+/).filter(Boolean).length > 30) return false;
  const m = /^(\p{Lu}[\p{Ll}-]+)(?:\s+(\S+))?/u.exec(context.document.text.slice(a.source.start, a.source.end));
  if (!m || (m[2] && /^\p{Lu}/u.test(m[2]))) return false;
  const w = m[1].toLowerCase();
  return ROLE_HEADS.has(w) && (ROLE_HEADS.has(`${w}s`) || ROLE_HEADS.has(w.replace(/man$/, 'men')) && w.endsWith('man'));
}

function classifyUncached(context: RuleContext, a: Attribution): Unnamed | null {
  if (!a.source) return null;
  const text = sourceText(context, a);
  if (a.sourceKind === 'document') {
    return GENERIC_AUTHORITY.test(text) && !namesSomeone(context, a.source) && !identifiedNext(context, a) ? 'collective' : null;
  }
  if (isGenericRelay(text) || headlineRole(context, a)) return null;
  // "The minister later said" after "Prime Minister Keir Starmer": a back-reference resolved to someone named.
  if (a.sourceKind === 'named-person' && a.sourceName) return null;
  // "…, disaster officials said" in the lede, their body named by the story: identified.
  if (a.sourceKind === 'named-organization' && a.sourceEntity && a.sentence === 0 && FIELD_OFFICIALS.test(text.trim())) return null;
  if (a.sourceKind === 'named-organization' || a.sourceKind === 'named-person') {
    // "Phoenix and its officers", "Cruz and his aides": the party named speaks with its own people.
    const party = /^(.+?)\s+and\s+(?:his|her|its|their)\s+([\p{L}'’-]+)$/u.exec(text.trim());
    if (party && OWN_PEOPLE.test(party[2].toLowerCase()) && entitiesOverlapping(context.entities, { start: a.source.start, end: a.source.start + party[1].length }).length > 0) return null;
    // A count and a role with nobody named ("Two senior Treasury officials, who asked not to be identified").
    const core = sourceCore(context, a);
    const coreText = context.document.text.slice(core.start, core.end).trim();
    const person = entitiesOverlapping(context.entities, core).some((e) => e.type === 'person');
    // ("Ford's chief executive said": the one holder of an office of a body named is identified by it.)
    if (person || uniqueOfficeHolder(context, a, text)) return null;
    return isDescribedRole(context, core) || /\b(?:unnamed|anonymous|unidentified)\b/i.test(coreText)
      ? 'described-anonymous' : null;
  }
  if (a.sourceKind !== 'anonymous' && a.sourceKind !== 'vague') return null;
  // "Three people were killed when a bus overturned, officials said." in the lede of a story whose body names the
  // officials ("Garda Superintendent Mary Byrne told reporters …"): the lede sums up their accounts.
  if (ledeOfficialsNamedLater(context, a, text) || ledeRoleNamedLater(context, a, text)) return null;
  // ("Authority officials told us …", "Officials expect …" in an auditor's or an inspectorate's own report: the officials
  // of the body it audits, which the report names, speak on its record; no one is granted anonymity.)
  if (isIssuersOwnReport(context) && ISSUER_REPORT_OFFICIALS.test(text.trim().replace(/^\p{Lu}(?=\p{Ll}+$)/u, (c) => c.toLowerCase()))) return null;
  // "The three members who voted no, led by Ana Fuentes, said": a group whose leader the aside names is identified.
  if (/^,\s*(?:led|headed)\s+by\s+(?:\p{Lu}[\p{L}'’.-]*\s+){0,3}\p{Lu}[\p{L}'’.-]*,/u.test(context.document.text.slice(a.source.end, a.predicate.start))) return null;
  // "negotiators said in a joint statement": a statement is issued on the record, by whoever signs it.
  if (/^\s+(?:\w+\s+){0,2}?in\s+a\s+(?:joint\s+|written\s+|brief\s+)?statement\b/i.test(context.document.prose.slice(a.predicate.end, a.predicate.end + 48))) return null;
  // Strength 2 is a described source (organization and role, or a count); 1 a vague one.
  const anonymousStrength = (): Unnamed =>
    a.strength >= 2 || COUNT.test(text) || hasOrganizationSpecifier(context.document.text.slice(sourceCore(context, a).start, sourceCore(context, a).end))
      ? 'described-anonymous' : 'vague-anonymous';
  if (BACK_REFERENCE.test(text) && !MARKER.test(text)) {
    // "one of the people" is as vague as the people it points back to.
    const head = anonymousHead(context, a);
    // The nearest earlier anonymous source with the same head: walk back from this cue.
    const ordered = attributionsByCue(context);
    let antecedent: Attribution | undefined;
    // ("the officials" after "three U.S. officials … one official": a plural points back to a plural.)
    for (let k = firstCueAtOrAfter(ordered, a.cue.start) - 1; k >= 0; k--) {
      const x = ordered[k];
      if (x.source && x.cue.start < a.cue.start && x !== a
        && (x.sourceKind === 'anonymous' || x.sourceKind === 'vague') && !isBackReference(context, x)
        && anonymousHead(context, x) === head && pluralHead(context, x) === pluralHead(context, a)) {
        antecedent = x;
        break;
      }
    }
    if (antecedent) {
      const c = classify(context, antecedent);
      if (c === 'vague-anonymous' || c === 'described-anonymous') return c;
    }
    if (officeHolderBackReference(context, a, text) && !/\b(?:officials?|sources?|persons?|people|insiders?|individuals?)$/i.test(text.trim())) return null;
    return anonymousStrength();
  }
  if (MARKER.test(text)) return anonymousStrength();
  // "The chief executive said", "The Brixley manager claimed": one office holder, written as the story
  // calls someone it has named; nobody granted anonymity (anonymity is flagged where it is granted).
  if (officeHolderBackReference(context, a, text) || uniqueOfficeHolder(context, a, text) || namedPersonsOwn(context, a, text)) return null;
  const head = text.replace(/\s*,.*$/, '').replace(/\s+(?:at|from|of|with|in|on|for|who|that|across|around|throughout)\s.*$/i, '');
  // "Two lawmakers told AFP", "three officials": a count describes its sources (strength 2), an anonymous source, not a crowd.
  if (COUNTED.test(head) && COLLECTIVE_HEAD.test(head) && ANY_ANONYMOUS_HEAD_WORD.test(head.split(/\s+/).pop() ?? '')) return anonymousStrength();
  // "Five former carers told the BBC", "Three nurses said": a count of people by what they do, none named.
  if (COUNTED.test(head) && /^[a-z][a-z-]*(?:ers|ees|ists|ians|ants|ents|ors|nurses|doctors|officers|workers|staff)$/.test(head.split(/\s+/).pop() ?? '')
    && !namesSomeone(context, a.source)) return anonymousStrength();
  // "one energy analyst, who asked not to be named": one person granted anonymity, no crowd.
  // ("One City economist tells the paper", "a Goldman Sachs analyst said": one market commentator, whose trade is to be
  // quoted by name, quoted without one, is an anonymous source too.)
  const commentator = /^(?:a|an|one|another)\s+(?:[\w.'’-]+\s+){0,3}(?:analyst|economist|strategist|trader|banker|fund\s+manager)$/i.test(head)
    && !entitiesOverlapping(context.entities, a.source).some((e) => e.type === 'person');
  if (COLLECTIVE_HEAD.test(head) && /^(?:a|an|one|another)\s/i.test(head) && a.anonymityReason || commentator) return anonymousStrength();
  // "Several teachers said privately that …", "Some board members privately acknowledged": unnamed people who told the
  // story what they would not say in public are its anonymous sources, not a crowd speaking to the reader.
  // ("Some in the Coalition", "many at the Fed": a bare quantifier in a named organization names nobody in it.)
  const someIn = /^(?:some|many|others|most|several|few)$/i.test(head) && entitiesOverlapping(context.entities, a.source).some((e) => e.type === 'organization')
    && !entitiesOverlapping(context.entities, a.source).some((e) => e.type === 'person');
  if (/\bprivately\b/i.test(context.document.text.slice(a.source.end, a.predicate.end + 12)) && (someIn || !namesSomeone(context, a.source))
    && (COLLECTIVE_HEAD.test(head) || /s$/i.test(head) && !/['’]s$/.test(head))) return anonymousStrength();
  // "Lawyers for the pension fund said": counsel speak for the party they act for, on its record; nobody is hidden.
  // ("His lawyers said", "her solicitors": the counsel of someone the story names.)
  if (/^(?:lawyers|attorneys|solicitors|barristers|counsel)\s+(?:for|representing|acting\s+for)\s|^(?:his|her|their)\s+(?:lawyers|attorneys|solicitors|barristers|legal\s+team)$/i.test(text.trim())) return null;
  // ("Defense lawyers argued", "prosecution lawyers said", "Government lawyers said", "Crown counsel told the court": the
  // side of a case they act for names them as well.)
  if (/^(?:the\s+)?(?:defen[cs]e|prosecution|plaintiffs?['’]?|government|state|federal|crown|city|county|council)\s+(?:lawyers|attorneys|solicitors|barristers|counsel|team)$/i.test(text.trim())) return null;
  // "Some doctors believe", "Clinicians say", "…, lawyers said": a profession that speaks as a crowd to the reader.
  // Not "Doctors told her …" (one person's doctors, to her), nor "Lawyers for the pension fund" or "Doctors at St
  // Vincent's" (the counsel or staff of someone named), nor "Doctors still do not know" (no view stated).
  if (PROFESSION_CROWD.test(text.trim().replace(VAGUE_SCOPE, '')) && !namesSomeone(context, a.source) && CROWD_VIEW_VERB.test(context.document.text.slice(a.predicate.start, a.predicate.end).trim().split(/\s+/).pop() ?? '')) return 'collective';
  if (COLLECTIVE_HEAD.test(head) || /^(?:some|many|others|most|several)$/i.test(head)) {
    // "Analysts at Morgan Stanley, led by Dana Reyes" names its group: not vague.
    return namesSomeone(context, a.source) && !someIn ? null : 'collective';
  }
  if (GENERIC_AUTHORITY.test(text)) return 'collective';
  // Only a source word makes an anonymous source: "a senior official", "Ford executives". "The
  // Indiana governor" or "the former president" point back to someone named, "an architect" is
  // a person in the story, not a source granted anonymity.
  // "A worker, who asked not to be named, said": whoever is granted anonymity is an anonymous source.
  // "Three ANC councillors", "several SPD backbenchers": a group of unnamed people the engine
  // described by their role (plural: never one person named before).
  const described = a.sourceKind === 'anonymous' && /s$/i.test(head) && !/['’]s$/.test(head);
  return hasAnonymousHead(context, a) || a.anonymityReason || described ? anonymousStrength() : null;
}

/** The audited body's people as an auditor's report calls them: "officials", "Authority officials", "department staff". */
const ISSUER_REPORT_OFFICIALS = /^(?:(?:the|its|their)\s+)?(?:(?:\p{Lu}[\p{L}'’-]*|department|agency|authority|council|ministry|board|program|programme|project|hospital|school|district|city|county|company)\s+){0,4}(?:officials|staff|management|personnel|employees|representatives|officers|managers)$/u;

/** Modifiers of "officials" that mark a group kept anonymous, not one the body goes on to name. */
const ANONYMOUS_OFFICIALS = /^(?:senior|some|many|several|other|top|anonymous|unnamed|administration|intelligence|western|foreign|military|security)$/;
/** A title that makes a named speaker an official ("Garda Superintendent Mary Byrne", "a spokeswoman for the council"). */
const OFFICIAL_TITLE = /\b(?:officials?|officers?|ministers?|premier|mayor|governor|president|secretary|commissioner|superintendent|inspector|sergeant|chief|director|spokes(?:man|woman|person)|councill?or|senator|chancellor|administrator|sheriff|commander|ambassador|coordinator|controller|registrar|coroner|prosecutor|attorney\s+general|taoiseach|tánaiste)\b/i;

/** The first paragraph of the body: the one of the first sentence of eight words or more that is no heading. */
const ledeParagraph = perContext((context: RuleContext): number => {
  for (const sentence of context.document.sentences) {
    if (isHeadingLike(context, sentence)) continue;
    if (sentenceProse(context, sentence).split(/\s+/).length >= 8) return sentence.paragraph;
  }
  return -1;
});

/**
 * Bare "officials", with no reason for anonymity, in a story that grants no one anonymity, whom the story identifies:
 * "…, officials said." in the lede of a story whose later paragraphs quote officials by name (or a spokesperson for a
 * named body); "Officials expect the cost to rise." right after what a report found (its account goes on), or right
 * before an official named ("The council's head of finance, Kathy Quinn, said …").
 */
function ledeOfficialsNamedLater(context: RuleContext, a: Attribution, text: string): boolean {
  // ("Officials expect …": the capital that opens the sentence.)
  const m = FIELD_OFFICIALS.exec(text.trim().replace(/^\p{Lu}(?=\p{Ll})/u, (c) => c.toLowerCase()));
  if (!m || (m[1] && ANONYMOUS_OFFICIALS.test(m[1])) || a.anonymityReason) return false;
  if (context.attributions.some((x) => x.anonymityReason)) return false;
  const namedOfficial = (x: Attribution) => (x.sourceKind === 'named-person' || x.sourceKind === 'named-organization')
    && OFFICIAL_TITLE.test(context.document.text.slice((x.sourcePhrase ?? x.source ?? x.cue).start, (x.sourcePhrase ?? x.source ?? x.cue).end));
  if (context.document.sentences[a.sentence]?.paragraph === ledeParagraph(context)) {
    return context.attributions.some((x) => x.cue.start > a.cue.end && namedOfficial(x));
  }
  return attributionsInSentence(context, a.sentence - 1).some((x) => x.sourceKind === 'document')
    || attributionsInSentence(context, a.sentence + 1).some(namedOfficial);
}

/** "A Treasury minister", "an Ulster Bank economist": one person called by a role, with no word that hides them. */
const LEDE_ROLE = /^(?:a|an)\s+((?:[\p{L}'’-]+\s+){0,3}[\p{L}'’-]+)$/iu;
const HIDDEN_ROLE = /\b(?:sources?|persons?|people|insiders?|officials?|individuals?|senior|unnamed|anonymous|unidentified)\b/i;

/**
 * "A Treasury minister has denied leaking the budget." in the lede of a story that goes on to quote "Treasury minister
 * Jane Doe": the lede holds back the name the body gives, under the same role; nobody was granted anonymity.
 */
function ledeRoleNamedLater(context: RuleContext, a: Attribution, text: string): boolean {
  const m = LEDE_ROLE.exec(text.trim());
  if (!m || a.anonymityReason || HIDDEN_ROLE.test(m[1]) || context.document.sentences[a.sentence]?.paragraph !== ledeParagraph(context)) return false;
  const role = new RegExp(`(?:^|[\\s,])${m[1].toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+')}(?:$|[\\s,])`, 'u');
  return context.attributions.some((x) => x.cue.start > a.cue.end && x.sourceKind === 'named-person'
    && role.test(context.document.text.slice((x.sourcePhrase ?? x.source ?? x.cue).start, (x.sourcePhrase ?? x.source ?? x.cue).end).toLowerCase()));
}

/** An outlet's name normalized for comparison: "the FT" and "Financial Times" agree. */
export function outletName(text: string): string {
  let name = text.replace(/\s+/g, ' ').trim().toLowerCase().replace(/[’']s$/, '');
  name = OUTLET_ALIASES[name] ?? name;
  name = name.replace(/^the\s+/, '');
  return OUTLET_ALIASES[name] ?? name;
}

/** The key of an outlet: an entity id when the entity layer knows it, else its normalized name. */
export function outletKey(context: RuleContext, span: Span): string {
  const organization = entitiesOverlapping(context.entities, span).find((e) => e.type === 'organization');
  if (organization) return `entity:${organization.id}`;
  let name = context.document.text.slice(span.start, span.end).replace(/\s+/g, ' ').trim().toLowerCase();
  name = name.replace(/[’']s$/, '');
  name = OUTLET_ALIASES[name] ?? name;
  name = name.replace(/^the\s+/, '');
  return `outlet:${OUTLET_ALIASES[name] ?? name}`;
}

/** True for "the report", "the newspaper": an outlet introduced earlier. */
export function isReportBackReference(context: RuleContext, a: Attribution): boolean {
  return Boolean(a.source) && REPORT_BACK_REFERENCE.test(sourceText(context, a));
}

export interface SourceChains {
  /** Chain key of each sourced attribution (attributions with no source, or an unresolved pronoun, have none). */
  keyOf: Map<Attribution, string>;
  /** Attributions in document order. */
  ordered: Attribution[];
}

/**
 * Source chains: attributions that go back to the same source share a key. Anonymous sources
 * relayed by an outlet belong to the outlet's chain; back-references ("the sources", "the
 * report") join the chain they refer to.
 */
export const chainsOf = perContext((context: RuleContext): SourceChains => {
  const ordered = [...context.attributions].sort((a, b) => a.cue.start - b.cue.start);
  const keyOf = new Map<Attribution, string>();
  let lastOutlet: string | undefined;
  let lastAnonymous: string | undefined;
  for (const a of ordered) {
    if (!a.source || a.sourceKind === 'none' || isOwnAction(context, a)) continue;
    if (a.sourceKind === 'pronoun' && !a.sourceEntity && !a.sourceName) continue;
    let key: string;
    const unnamed = classify(context, a);
    if (a.relayedBy) {
      key = outletKey(context, a.relayedBy);
      lastOutlet = key;
    } else if (isReportBackReference(context, a) && lastOutlet) {
      key = lastOutlet;
    } else if (a.sourceKind === 'outlet') {
      key = outletKey(context, a.source);
      lastOutlet = key;
    } else if (unnamed && unnamed !== 'collective' && isBackReference(context, a) && lastAnonymous) {
      key = lastAnonymous;
    } else if (a.sourceEntity) {
      key = `entity:${a.sourceEntity}`;
    } else {
      const entity = entitiesOverlapping(context.entities, a.source!).find((e) => e.type !== 'place');
      key = entity ? `entity:${entity.id}` : `text:${(a.sourceName ?? sourceText(context, a)).toLowerCase().replace(/^the\s+/, '')}`;
    }
    if (unnamed && unnamed !== 'collective') lastAnonymous = key;
    keyOf.set(a, key);
  }
  return { keyOf, ordered };
});

const CITED_AS_SAYING = /^(?:cited|cites|citing|quoted|quotes|quoting)\s+(.+?)\s+as\s+(?:saying|telling|stating|writing)\b/i;

/**
 * Anonymous sources folded into an outlet's cue: "Yonhap cited an unnamed Hanseong executive
 * as saying". The engine gives one attribution to the outlet; the rules that judge anonymous
 * sources also see the person cited, relayed by that outlet.
 */
export const embeddedSources = perContext((context: RuleContext): Attribution[] => {
  const out: Attribution[] = [];
  for (const a of context.attributions) {
    if (!a.source) continue;
    const predicate = context.document.text.slice(a.predicate.start, a.predicate.end);
    const m = CITED_AS_SAYING.exec(predicate);
    if (!m) continue;
    const start = a.predicate.start + predicate.indexOf(m[1], m[0].indexOf(' '));
    const source = { start, end: start + m[1].length, text: m[1] };
    if (context.attributions.some((x) => x.source && overlaps(x.source, source))) continue;
    const virtual: Attribution = {
      cue: a.cue, predicate: a.predicate, cueClass: a.cueClass, source, sourceKind: 'anonymous',
      strength: COUNT.test(m[1]) || hasOrganizationSpecifier(m[1]) || /\b\p{Lu}/u.test(m[1].replace(/^\S+\s/, '')) ? 2 : 1,
      content: a.content, relayedBy: { start: a.source.start, end: a.source.end, text: a.source.text }, sentence: a.sentence,
    };
    const c = classify(context, virtual);
    if (c === 'vague-anonymous' || c === 'described-anonymous') out.push(virtual);
  }
  return out;
});

/** The document's attributions plus the anonymous sources folded into outlets' cues. */
export function attributionsWithEmbedded(context: RuleContext): Attribution[] {
  const embedded = embeddedSources(context);
  return embedded.length === 0 ? context.attributions : [...context.attributions, ...embedded];
}

/**
 * True when the attribution lies inside what a named source (not an outlet, which relays its sources) says: "Board
 * members at the time thought the deal was reckless, she recalls" tells of people the story granted nothing.
 */
export function toldByNamed(context: RuleContext, a: Attribution): boolean {
  return !a.relayedBy && attributionsCovering(context, a.cue).some((o) => o !== a && isNamed(o) && o.sourceKind !== 'outlet' && !o.relayedBy);
}

/** Attributions (embedded ones included) whose source is unnamed, vague or described: the anonymous sources. */
/**
 * "A union representing some of the workers", "An association of local traders": one body, unnamed, described by whom
 * it stands for; the crowd it stands for is not the source, and nobody was granted anonymity.
 */
export function describedBody(context: RuleContext, a: Attribution): boolean {
  return !!a.source && DESCRIBED_BODY.test(textOf(context, a.sourcePhrase ?? a.source).trim());
}

export const anonymousAttributions = perContext((context: RuleContext): Attribution[] =>
  attributionsWithEmbedded(context).filter((a) => {
    // (A question put is no account: "Delegates questioned how the firm would compete".)
    if (!a.source || isOwnAction(context, a) || isDemandOn(a) || putsQuestion(context, a)) return false;
    const unnamed = classify(context, a);
    return unnamed === 'vague-anonymous' || unnamed === 'described-anonymous';
  }));
