/**
 * Document-level resolution, in text order: pronoun sources to the last fitting person,
 * back-references ("the sources", "the report") to the earlier anonymous source or outlet,
 * relays (an outlet citing anonymous sources weakens to 1), anonymity reasons, and
 * inheritance of the previous sentence's attribution by a sentence that continues a quote.
 */
import { datelineLength } from '../dateline';
import type { Attribution, Entity, SourceDocument, Span, TextSpan } from '../types';
import { AUDIENCE_WORDS, FIELD_OFFICIALS, TAKEN_UP_OWNERS } from '../model/cues';
import { firstStartingAt } from '../spans';
import { DESCRIBED_PERSON, findAnonymityReason, KIN, LEGAL_AGENT, ORG_WORDS, PERSON_ROLES, singular } from './strength';
import { titleBefore } from '../entities/titles';
import { isLabelLine, isSpeakerLine, TURN_ROLES } from './interview';
import { quoteAt, type SentenceView } from './tokens';

/** An attribution under construction, with what resolution needs. */
export interface Draft {
  a: Attribution;
  backRef?: 'anonymous' | 'report' | 'org' | 'orgs' | 'person';
  /** Relay shapes ("cited the sources as saying") cite anonymous sources. */
  relaysAnonymous?: boolean;
  /** The cue is a participle or "citing" continuing this earlier draft. */
  parent?: Draft;
  /** Pronoun word, when the source is one. */
  pronoun?: string;
  /** Female / male hint of a resolved or named person. */
  gender?: 'f' | 'm';
}

interface PersonMention {
  start: number;
  /** End of the mention, for mentions the entity layer found. */
  end?: number;
  name: string;
  entity?: string;
  gender?: 'f' | 'm';
  strength: number;
}

const ANON = new Set(['anonymous', 'vague']);
/** The body that issued the last report the text names ("a report from the Harbor Policy Institute"), when it is no outlet. */
function bodyReportBefore(prose: string): string | undefined {
  const m = [...prose.matchAll(/\breport\s+(?:by|from)\s+(?:the\s+)?((?:\p{Lu}[\p{L}'’&-]*\s+(?:(?:of|for|and|on)\s+)?){0,5}\p{Lu}[\p{L}'’&-]*)/gu)].at(-1);
  return m && m[1].split(/\s+/).some((w) => /^\p{Lu}/u.test(w) && ORG_WORDS.test(w.toLowerCase())) ? m[1] : undefined;
}

/**
 * "The city's finance department had recommended the increase in a report released last Thursday": the body that
 * opens the sentence that brought in the last report written of before (not far before, and not a news report).
 */
function bodyReportIntroduced(prose: string): string | undefined {
  const m = [...prose.slice(-1500).matchAll(/\b(?:a|an|its|their)\s+(?:[\p{L}-]+\s+){0,2}?report\b/giu)].at(-1);
  if (!m) return undefined;
  const at = prose.length - Math.min(1500, prose.length) + m.index!;
  const before = prose.slice(Math.max(prose.lastIndexOf('. ', at), prose.lastIndexOf('\n', at)) + 1, at).trim();
  if (/\b(?:newspapers?|paper|magazine|broadcaster|reporters?|journalists?|news|reported|reporting)\b/i.test(before)) return undefined;
  const words = before.split(/\s+/);
  const k = words.findIndex((w) => ORG_WORDS.test(w.toLowerCase().replace(/['’]s$/, '').replace(/[^\p{L}]/gu, '')));
  return k >= 0 && k <= 5 ? words.slice(0, k + 1).join(' ') : undefined;
}

/** A scientific paper written of before: a journal, a study or a paper that was published, a preprint. */
const SCIENTIFIC_PAPER = /\b(?:(?:published|appeared|appears)\s+(?:\w+\s+){0,3}in\s+(?:the\s+)?(?:journal|proceedings)|journal\s+\p{Lu}|(?:study|paper|research)\s+(?:was\s+|is\s+)?published|preprint|peer[-\s]reviewed)\b/u;
/** "several papers", "most newspapers": outlets counted, none named ("the paper" after them is none of them). */
const UNNAMED_PAPERS = /^(?:several|many|most|some|other|both|all)\s+(?:news)?papers$/i;

function norm(s: string): string {
  return s.toLowerCase().replace(/^the\s+/, '').replace(/['’]s$/, '').trim();
}

const AUDIENCE = new RegExp(`^the\\s+${AUDIENCE_WORDS}$`, 'i');
/** Counsel in a case, by role or by a barrister's rank after the name. */
/** The rank a senior barrister writes after the name: Senior Counsel, King's or Queen's Counsel. */
const BARRISTER_RANK = '(?:SC|KC|QC)';
const COUNSEL = new RegExp(`\\b(?:counsel|prosecutors?|barristers?|solicitors?|lawyers?|attorneys?|advocates?|${BARRISTER_RANK}\\b)`, 'i');
const RANK_ENDS_NAME = new RegExp(`\\s${BARRISTER_RANK}$`);
const RANK_FOLLOWS = new RegExp(`^,?\\s+${BARRISTER_RANK}\\b`);
const TOLD_AUDIENCE = new RegExp(`\\btold\\s+(?:the\\s+)?${AUDIENCE_WORDS}\\b`, 'i');

export function resolveDrafts(
  doc: SourceDocument, views: SentenceView[], drafts: Draft[], entities: Entity[], personRuns: PersonMention[],
): Attribution[] {
  // People mentioned in the text, from entities when present, else from name runs.
  const people: PersonMention[] = [];
  for (const e of entities) {
    if (e.type !== 'person') continue;
    for (const m of e.mentions) people.push({ start: m.start, end: m.end, name: e.name, entity: e.id, strength: 4 });
  }
  if (people.length === 0) people.push(...personRuns);
  people.sort((x, y) => x.start - y.start);
  genderFromRuns(people, personRuns);
  const genderOf = new Map<string, 'f' | 'm'>();
  for (const p of people) if (p.entity && p.gender) genderOf.set(p.entity, p.gender);
  genderFromPronouns(doc, views, people, genderOf);
  const byId = new Map(entities.map((e) => [e.id, e]));

  let lastAnon: Draft | undefined;
  const anonDrafts: Draft[] = [];
  /** The last attribution to a body, until a person or an unnamed source speaks: who "he said" right after may be. */
  let lastBody: Draft | undefined;
  /** Organizations that spoke as news outlets: never "the company" later. */
  const outletEntities = new Set<string>();
  const orgMentions = entities.filter((e) => e.type === 'organization').flatMap((e) => e.mentions.map((m) => ({ start: m.start, end: m.end, id: e.id })))
    .sort((x, y) => x.start - y.start);
  const entitiesIn = (span: Span | undefined): string[] => {
    if (!span) return [];
    const out: string[] = [];
    for (let k = firstStartingAt(orgMentions, span.start); k < orgMentions.length && orgMentions[k].start < span.end; k++) out.push(orgMentions[k].id);
    return out;
  };
  /** The last single unnamed speaker: an anonymous source or a spokesperson for a body. */
  let lastOne: Draft | undefined;
  let lastOutlet: Draft | undefined;
  /** The last report cited as a document ("according to a staff report released last week"). */
  let lastReportDoc: Draft | undefined;
  let lastOrg: Draft | undefined;
  const done: Draft[] = [];
  let lastNamed: Draft | undefined;
  let lastNonPerson: Draft | undefined;
  let lastPluralSource: Draft | undefined;
  /** Who gives the speech the document is, from its title (see speakerOfText): found at the first "I", null for none. */
  let textSpeaker: { name: string; entity?: string } | null | undefined;
  /** The bodies the last plural back-reference ("the two companies") was found to mean. */
  let lastBodies: { head: string; sentence: number; names: string[] } | undefined;
  let lastSingularSource: Draft | undefined;
  // "police said" in a story that names the force ("the Brackenridge Police Department"): that force.
  // (Not a union or a charity of police officers: "the Fraternal Order of Police", "the Police Federation".)
  const policeForce = entities.find((e) => e.type === 'organization' && anyName(e, /\b(?:police|constabulary|sheriff'?s?)\b/i)
    && !anyName(e, /\b(?:order|union|federation|association|benevolent|foundation|league|brotherhood|guild|lodge|fund|officers)\b/i));
  const topic = obituaryTopic(doc, people);
  /** Where the text first speaks of "the council", "the trust" …, once per head noun. */
  const firstUseOf = new Map<string, number>();
  let pi = 0;
  for (let index = 0; index < drafts.length; index++) {
    const d = drafts[index];
    const a = d.a;
    while (pi < people.length && people[pi].start < a.cue.start) pi++;
    if (policeForce && (a.sourceKind === 'vague' || a.sourceKind === 'named-organization') && !a.sourceName && a.source && /^(?:the\s+)?police$/i.test(a.source.text.trim())) {
      a.sourceKind = 'named-organization';
      a.strength = 3;
      a.sourceName = policeForce.name;
      a.sourceEntity = policeForce.id;
    }
    // "said his daughter, Maria Lopez.", "said a spokesman, Eric Fenwell,": the name in apposition
    // right after an unnamed source is that source.
    // ("a military spokesman, Lt. Col. Steven Boylan,": titles may stand before the name.)
    const apposedSpokes = a.sourceKind === 'named-organization' && /\bspokes(?:man|woman|person)$/i.test(a.source?.text ?? '');
    // ("A spokesman for the defence minister, Linda Reynolds, said": the name is the minister's.)
    const forPrincipal = !!a.sourcePhrase && a.sourcePhrase.end > a.source!.end + 2 && /\b(?:spokes(?:man|woman))\s+(?:for|of|to)\s+(?:[\p{L}'’-]+\s+){0,3}(?:minister|secretary|president|governor|mayor|senator|premier|chancellor|ambassador|chairman|chairwoman|chief|director|commissioner|leader|king|queen|prince|princess|candidate|nominee|judge|prosecutor|general|defendant|actor|singer|star|player|coach|owner|founder)$/iu.test(a.source?.text ?? '');
    if ((a.sourceKind === 'anonymous' || a.sourceKind === 'vague' || apposedSpokes) && a.source && !forPrincipal) {
      // ("The governor of Pernambuco, Miguel Albuquerque Neves, said": the role's phrase may run on to the comma.)
      const whole = a.sourcePhrase && a.sourcePhrase.start === a.source.start && a.sourcePhrase.end > a.source.end ? a.sourcePhrase : undefined;
      const ofPhrase = whole ? /^\s+(?:of|for|at|in)\s+[^,;]{1,60}?,\s+/.exec(doc.text.slice(a.source.end, whole.end)) : null;
      const gap = /^,\s+/.exec(doc.text.slice(a.source.end, a.source.end + 4)) ?? ofPhrase;
      const at = gap ? a.source.end + gap[0].length : -1;
      let p: PersonMention | undefined;
      for (let k = gap ? firstStartingAt(people, at) : people.length; k < people.length && people[k].start <= at + 30 && !p; k++) {
        const x = people[k];
        if (x.entity && x.end !== undefined && /^(?:\p{Lu}[\p{L}.-]*\s+){0,3}$/u.test(doc.text.slice(at, x.start))) p = x;
      }
      // ("her son, Daniel Hart of Santa Fe, who said": a hometown after the name.)
      if (p && /^\s*(?:[,.;!?"”]|of\s+\p{Lu}|$)/u.test(doc.text.slice(p.end!, p.end! + 5))) {
        a.sourceKind = 'named-person';
        a.strength = 4;
        a.sourceName = p.name;
        a.sourceEntity = p.entity;
        d.backRef = undefined;
      }
    }
    // ("A spokesperson for Corvel Pharma said … '…,' the spokesperson said": the same spokesperson, the same kind of source.)
    if (a.source && /^the\s+spokes(?:man|woman|person)$/i.test(a.source.text.trim()) && !a.sourceName) {
      for (let k = index - 1; k >= 0 && k >= index - 12; k--) {
        const x = drafts[k].a;
        if (x === a || !x.source || !/\bspokes(?:man|woman|person)\b/i.test(x.sourcePhrase?.text ?? x.source.text) || /^the\s+spokes/i.test(x.source.text.trim())) continue;
        a.sourceKind = x.sourceKind;
        a.strength = x.strength;
        a.sourceName = x.sourceName ?? (x.sourcePhrase ?? x.source).text;
        if (x.sourceEntity) a.sourceEntity = x.sourceEntity;
        break;
      }
    }
    // Relays: the anonymous source of a "citing" cue is relayed by the parent outlet.
    if (d.parent && ANON.has(a.sourceKind) && d.parent.a.source && (d.parent.a.sourceKind === 'outlet' || d.parent.relaysAnonymous !== undefined)) {
      a.relayedBy = d.parent.a.source;
      d.parent.relaysAnonymous = true;
    }
    // "The jury was told that …", "the inquest was told …": the hearing is who listened, not who spoke. The one the
    // last sentences had addressing it ("Crowe told the jury …") goes on speaking, as a pronoun would go back to
    // them; with no one named, or another speaker since, the passive leaves its speaker unstated.
    // ("Counsel said Mthembu was ill. The court heard that he had been admitted to hospital": the court that heard is
    // the audience of the counsel who just spoke; with no counsel or other speaker to the court before, it stays.)
    const told = !!a.source && !!a.predicate && /^(?:was|were|has\s+been|have\s+been|had\s+been)\s+told$/i.test(a.predicate.text.trim());
    const heard = !!a.source && !!a.predicate && /^heard$/i.test(a.predicate.text.trim());
    let courtSpeaker: Draft | undefined;
    if (a.source && (told || heard) && AUDIENCE.test(a.source.text.trim())) {
      for (let k = index - 1; k >= 0 && drafts[k].a.sentence >= a.sentence - 2; k--) {
        const x = drafts[k].a;
        if (!x.source || x.inherited) continue;
        // (A cue inside what an earlier one reports is part of that account: "told the jury … Dr Mulligan, who found …".)
        if (drafts.slice(Math.max(0, k - 4), k).some((y) => y.a.content && y.a.content.start <= x.cue.start && x.cue.end <= y.a.content.end)) continue;
        if (/^told$/i.test(x.predicate?.text.trim() ?? '') && TOLD_AUDIENCE.test(x.cue.text)
          || heard && x.sourceKind !== 'none' && COUNSEL.test(`${x.source.text} ${x.sourceName ?? ''}`)) courtSpeaker = drafts[k];
        break;
      }
    }
    if (a.source && (told || heard && courtSpeaker) && AUDIENCE.test(a.source.text.trim())) {
      const speaker = courtSpeaker;
      a.sourcePhrase = undefined;
      a.source = null;
      if (speaker) {
        a.sourceKind = 'pronoun';
        a.strength = speaker.a.strength;
        a.sourceName = speaker.a.sourceName ?? speaker.a.source!.text;
        if (speaker.a.sourceEntity) a.sourceEntity = speaker.a.sourceEntity;
      } else {
        a.sourceKind = 'none';
        a.strength = 0;
      }
      d.backRef = undefined;
    }
    // ("The former employee who provided the documents said" after "Both commissioners … declined to comment": a
    // back-reference by a role points to the last unnamed source of that role, not to any unnamed source.)
    const role = d.backRef === 'anonymous' ? anonymousRole(a.source?.text ?? '') : undefined;
    let meant = lastAnon;
    if (d.backRef === 'anonymous' && role && anonymousRole(lastAnon?.a.source?.text ?? '') !== role) {
      meant = undefined;
      for (let k = anonDrafts.length - 1; k >= 0 && !meant; k--) if (anonymousRole(anonDrafts[k].a.source?.text ?? '') === role) meant = anonDrafts[k];
    }
    if (d.backRef === 'anonymous' && meant) {
      a.sourceKind = meant.a.sourceKind;
      a.strength = meant.a.strength;
      a.sourceName = meant.a.sourceName ?? meant.a.source?.text;
      if (meant.a.relayedBy) a.relayedBy = meant.a.relayedBy;
      if (meant.a.anonymityReason && !a.anonymityReason) a.anonymityReason = meant.a.anonymityReason;
    } else if (d.backRef === 'anonymous' && role && (a.source?.text ?? '').trim().split(/\s+/).length > 2) {
      // (With no unnamed source of that role before, a role with more said of it is a described source of its own.)
      a.sourceKind = 'anonymous';
      a.strength = 2;
    }
    // "One official said … Another said": one more of the same kind of unnamed source, not the same one
    // ("Two other MPs … said. One of the MPs said … The other said": so is the second of two).
    // ("One of the sources said … A second source said": with the head noun the last one had.)
    const more = /^(?:another|the\s+other|(?:a|one|the)\s+(?:second|third|fourth|fifth))(?:\s+([a-z]+))?$/i.exec(a.source?.text.trim() ?? '');
    if (!d.backRef && lastAnon && a.source && more && (!more[1] || new RegExp(`\\b${singular(more[1].toLowerCase())}`, 'i').test(lastAnon.a.source?.text ?? ''))) {
      a.sourceKind = lastAnon.a.sourceKind;
      a.strength = lastAnon.a.strength;
    }
    // "According to a staff report released last week, … The report, prepared by the finance department,
    // estimated": "the report" is the document cited last, when no outlet was cited since.
    if (d.backRef === 'report' && lastReportDoc && /\breport$/i.test(a.source?.text ?? '')
      && (!lastOutlet || lastOutlet.a.cue.start < lastReportDoc.a.cue.start)) {
      a.sourceKind = 'document';
      a.strength = 5;
      a.sourceName = lastReportDoc.a.sourceName ?? lastReportDoc.a.source?.text;
      d.backRef = undefined;
    }
    if (d.backRef === 'report' && lastOutlet) {
      a.sourceName = lastOutlet.a.sourceName ?? lastOutlet.a.source?.text;
      a.strength = lastOutlet.a.strength;
    } else if (d.backRef === 'report' && /^the\s+paper$/i.test(a.source?.text ?? '') && SCIENTIFIC_PAPER.test(doc.prose.slice(0, a.cue.start))) {
      // "The study, published in the journal Nature Microbiology, … the paper said": with no outlet named before,
      // the paper is the published study, a document, not a newspaper.
      a.sourceKind = 'document';
      a.strength = 5;
      d.backRef = undefined;
    } else if (d.backRef === 'report' && /^the\s+report$/i.test(a.source?.text ?? '')) {
      // "The campaign pointed to a report from the Harbor Policy Institute … according to the report": with no outlet
      // cited before, the report is the one a named body issued (or brought in: "The finance department had recommended
      // it in a report"), a document, not a news report.
      const body = bodyReportBefore(doc.prose.slice(0, a.cue.start)) ?? bodyReportIntroduced(doc.prose.slice(0, a.cue.start));
      if (body) {
        a.sourceKind = 'document';
        a.strength = 5;
        a.sourceName = body;
        d.backRef = undefined;
      }
    }
    if (d.backRef === 'org' && !a.sourceName) {
      // The nearest organization mentioned before ("the agency" after "the Federal Aviation Administration").
      let best: { start: number; e: Entity } | undefined;
      const head = (a.source?.text ?? '').toLowerCase().split(/\s+/).pop() ?? '';
      const govHead = /^(?:agency|ministry|department|regulator|authority|court|police|government|administration|commission|bureau|office|council|committee)$/.test(head);
      const firmHead = /^(?:company|firm|automaker|carmaker|maker|airline|bank|lender|insurer|retailer|startup|manufacturer|club|team|utility|operator|miner|producer|developer|chipmaker|drugmaker|conglomerate|chain|brokerage|carrier|refiner)$/.test(head);
      // "The union disputed that account" after a company's statement: only a workers' body is the union.
      const unionHead = /^(?:union|unions)$/.test(head);
      // ("Republicans filed a petition … The party argued": only a political party is the party, never the outlet of the dateline.)
      const partyHead = head === 'party';
      // ("The trust said" after "Public Health England said", when the story spoke of "the trust" before it named that
      // body: the trust is another, unnamed one; "the government" is no council named before.)
      if (kindOf(head) >= 0 && !firstUseOf.has(head)) firstUseOf.set(head, doc.text.search(new RegExp(`\\b[Tt]he\\s+${head}\\b`)));
      const firstUse = firstUseOf.get(head) ?? -1;
      const sameKind = (e: Entity) => !otherKind(head, [e.name, ...e.aliases])
        && !(firstUse >= 0 && firstUse < (e.mentions[0]?.start ?? 0) && !named(e));
      const fits = (e: Entity) => (!unionHead || anyName(e, LABOR_NAME)) && (!partyHead || anyName(e, PARTY_NAME)) && sameKind(e);
      // "The group said" after "Homes First Coalition, a tenants' group, said": a group is any body but a public one,
      // a coalition, a league or an association as much as a company.
      const groupHead = /^groups?$/.test(head);
      // An organization whose name holds the head noun comes first ("the authority" after "the Elmridge
      // Municipal Water Authority", not the City Council named since).
      const named = (e: Entity) => [e.name, ...e.aliases].some((x) => x.toLowerCase().split(/\s+/).includes(head));
      // (An exchange or an outlet is never "the company": "shares rose on the New York Stock Exchange", "the
      // Yomiuri newspaper reported … The company said".)
      const notFirm = (e: Entity) => anyName(e, EXCHANGE_NAME) || outletEntities.has(e.id);
      // A subject in the last sentences is meant before a name in an object or an aside ("Sundial Energy
      // Corp. shares rose on the New York Stock Exchange. …, the company said").
      let subject: { start: number; e: Entity } | undefined;
      const firstNear = doc.sentences[Math.max(0, a.sentence - 2)]?.start ?? 0;
      for (const pass of [true, false]) {
        for (const e of entities) {
          if (e.type !== 'organization' || pass && !named(e)) continue;
          const gov = anyName(e, GOV_NAME);
          const body = gov || anyName(e, NON_FIRM_NAME);
          if (!pass && (govHead && !gov || firmHead && (body || notFirm(e)) || groupHead && (gov || notFirm(e)) || !fits(e))) continue;
          // From the last mention before the cue back: the nearest one, and the nearest that opens a recent sentence.
          for (let k = firstStartingAt(e.mentions, a.cue.start) - 1; k >= 0; k--) {
            const m = e.mentions[k];
            if (m.end > a.cue.start || inDateline(doc, m.start)) continue;
            if (!best || m.start > best.start) best = { start: m.start, e };
            if (pass || m.start < firstNear || subject && subject.start >= m.start) break;
            if (leadsSentence(doc, m.start)) {
              subject = { start: m.start, e };
              break;
            }
          }
        }
        if (best) break;
      }
      if (best && subject && subject.e !== best.e && !leadsSentence(doc, best.start)) best = subject;
      // A body never at the head of a sentence before ("Analysts surveyed by FactSet had expected …", "agreed to
      // acquire Calder Vision") yields to the last one that was, however far back: the story is about that one.
      if (best && !named(best.e) && !best.e.mentions.some((m) => m.end <= a.cue.start && leadsSentence(doc, m.start))) {
        let leader: { start: number; e: Entity } | undefined;
        for (const e of entities) {
          if (e.type !== 'organization' || e === best.e || govHead && !anyName(e, GOV_NAME) || firmHead && (anyName(e, GOV_NAME) || anyName(e, NON_FIRM_NAME) || notFirm(e))
            || groupHead && (anyName(e, GOV_NAME) || notFirm(e)) || !fits(e)) continue;
          for (let k = firstStartingAt(e.mentions, a.cue.start) - 1; k >= 0; k--) {
            const m = e.mentions[k];
            if (m.end > a.cue.start || !leadsSentence(doc, m.start) || inDateline(doc, m.start)) continue;
            if (!leader || m.start > leader.start) leader = { start: m.start, e };
            break;
          }
        }
        if (leader) best = leader;
      }
      const lastName = lastOrg ? lastOrg.a.sourceName ?? lastOrg.a.source?.text ?? '' : '';
      // ("The CRU said the terminal, proposed by Ballylongford Energy Partners, … The company expects": a regulator is no company.)
      // ("A spokesman for the Democratic Center party said … The government had hoped": a party is no government.)
      const lastFits = !!lastOrg && (!unionHead || LABOR_NAME.test(lastName)) && (!partyHead || PARTY_NAME.test(lastName)) && !(firmHead && (GOV_NAME.test(lastName) || NON_FIRM_NAME.test(lastName)))
        && !(govHead && !GOV_NAME.test(lastName)) && !(groupHead && GOV_NAME.test(lastName))
        && (lastOrg.a.sourceEntity && byId.has(lastOrg.a.sourceEntity) ? sameKind(byId.get(lastOrg.a.sourceEntity)!) : !otherKind(head, [lastName]));
      // A company named since the last one that spoke takes over only as a sentence's subject, not as an
      // object or inside an aside ("Norrvik agreed to acquire Calder Vision GmbH. The company expects …").
      const sameSentence = (start: number) => { const sent = doc.sentences[a.sentence]; return !!sent && sent.start <= start && start < sent.end; };
      const subjectSince = (e: Entity, from: number) => {
        for (let k = firstStartingAt(e.mentions, from + 1); k < e.mentions.length && e.mentions[k].end <= a.cue.start; k++) if (opensSentence(doc, e.mentions[k].start)) return true;
        return false;
      };
      // ("The Fargo School Board postponed a vote … The Fargo Education Association said … The board plans to vote": the
      // body whose name holds the head noun, over the last one that spoke, whose name does not.)
      const headInName = !!best && named(best.e) && !!lastOrg && head.length > 2 && !lastName.toLowerCase().split(/\s+/).includes(head);
      if (best && (!lastFits || headInName || best.start > lastOrg!.a.cue.start && (subjectSince(best.e, lastOrg!.a.cue.start) || sameSentence(best.start) || lastOrg!.a.sentence < a.sentence - 3))) {
        a.sourceName = best.e.name;
        a.sourceEntity = best.e.id;
      } else if (lastOrg && lastFits) {
        // The body itself, not a spokesperson for it ("A spokesman for Tri-County" → "Tri-County"), and
        // nothing from a phrase that names no body ("A spokesman for the firm", "the firm").
        const written = lastOrg.a.source?.text ?? '';
        const body = /\bspokes(?:man|woman|person)\s+(?:for|at|of)\s+(?:the\s+)?(\p{Lu}.*)$/u.exec(written)?.[1];
        const unnamed = /^(?:[Tt]he|[Aa]n?)\s+\p{Ll}/u.test(written) || /\bspokes(?:man|woman|person)\b/i.test(written);
        if (lastOrg.a.sourceName || body || !unnamed) a.sourceName = lastOrg.a.sourceName ?? body ?? written;
        if (lastOrg.a.sourceEntity) a.sourceEntity = lastOrg.a.sourceEntity;
      }
    }
    // "Vodacom and Safaricom agreed to merge … The two companies said": the bodies named in the last sentences.
    // ("According to the companies", right after: the same bodies, said back again.)
    if (d.backRef === 'orgs') {
      const head = pluralHead(a.source?.text);
      // ("The two companies expect … The firms said": the same pair, whatever word for their kind the story uses, a few
      // sentences on; not "the unions" after "the companies".)
      // ("The banks said" is no word for any body: only the same head, or one generic word for another.)
      const sameWord = !!lastBodies && (lastBodies.head === head || GENERIC_BODIES.test(lastBodies.head) && GENERIC_BODIES.test(head));
      const again = lastBodies && sameWord && lastBodies.sentence >= a.sentence - (lastBodies.head === head ? 2 : PLURAL_REACH) ? lastBodies.names : undefined;
      const bodies = again ?? bodiesNamedBefore(doc, entities, a, outletEntities).map((e) => e.name);
      // ("Both firms said", a paragraph or two after the lede that named them: the bodies of the head's kind named in the
      // last sentences, when there are as many as the phrase counts.)
      const wanted = countOf(a.source?.text ?? '', doc.text.slice(Math.max(0, (a.source?.start ?? 0) - 6), a.source?.start ?? 0));
      if (bodies.length < 2 && wanted > 0) {
        const wider = bodiesNamedBefore(doc, entities, a, outletEntities, PLURAL_REACH).filter((e) => bodyFitsHead([e.name, ...e.aliases], singular(head)));
        // ("Harlow Steel and Pennine Wire agreed …": or the names of the bodies that last spoke together, found or not.)
        const together = lastOrg?.a.source && lastOrg.a.sentence >= a.sentence - PLURAL_REACH ? lastOrg.a.source.text.trim().split(/\s*,\s*(?:and\s+)?|\s+and\s+/) : [];
        const names = together.length >= 2 && together.every((x) => /^\p{Lu}/u.test(x) && !/^the\s/i.test(x) && bodyFitsHead([x], singular(head))) ? together : wider.map((e) => e.name);
        if (names.length === wanted) bodies.splice(0, bodies.length, ...names);
      }
      if (bodies.length >= 2) {
        a.sourceKind = 'named-organization';
        a.strength = 3;
        a.sourceName = bodies.join(' and ');
        lastBodies = { head, sentence: a.sentence, names: bodies };
      }
    }
    // "The Charity Commission said … A spokeswoman said …": a spokesperson for no body named in the phrase speaks
    // for the organization that spoke in the sentence before (strength 3, as the table has it).
    if (a.sourceKind === 'anonymous' && a.source && /^(?:a|an|the)\s+spokes(?:man|woman|person)$/i.test((a.sourcePhrase ?? a.source).text.trim())
      && lastOrg?.a.source && lastOrg.a.sentence >= a.sentence - 2 && !d.backRef) {
      a.sourceKind = 'named-organization';
      a.strength = 3;
      a.sourceName = lastOrg.a.sourceName ?? lastOrg.a.source.text;
      if (lastOrg.a.sourceEntity) a.sourceEntity = lastOrg.a.sourceEntity;
    }
    if (d.backRef === 'person') {
      // "the judge" after "Mr Justice Pemberton-Clarke": the last person the role was given to.
      const role = roleHead(a.source?.text ?? '');
      // ("her son said" after "her son, Daniel Hart": the person the role was written before, in the last sentences.)
      // ("Counsel said" after "Dermot Crowe SC told the jury": a barrister's rank after the name says the person is counsel.)
      const silk = role.test('counsel');
      const introduced = (): Entity | undefined => {
        const from = doc.sentences[Math.max(0, a.sentence - 6)]?.start ?? 0;
        for (let k = pi - 1; k >= 0 && people[k].start >= from; k--) {
          const p = people[k];
          if (!p.entity || p.start >= a.cue.start) continue;
          const before = doc.text.slice(Math.max(0, p.start - 40), p.start);
          if (new RegExp(`${role.source},?\\s+$`, 'i').test(before)) return byId.get(p.entity);
          const e = byId.get(p.entity);
          if (silk && e && (RANK_ENDS_NAME.test(e.name) || RANK_FOLLOWS.test(doc.text.slice(p.end ?? p.start, (p.end ?? p.start) + 5)))) return e;
        }
        // ("THE CHAIR:" after "Ms Aoife Brannigan (Chair)" in a committee's list of members, however far back: the
        // office in brackets after the name marks its one holder.)
        const bracket = new RegExp(`^\\s*\\((?:${role.source})\\)`, 'i');
        const holder = people.find((p) => p.entity && p.start < a.cue.start && bracket.test(doc.text.slice(p.end ?? p.start, (p.end ?? p.start) + 24)));
        return holder?.entity ? byId.get(holder.entity) : undefined;
      };
      // "the Missouri Democrat", "the 67-year-old", "the former Ohio governor": a description on second reference
      // of the person the last sentences named.
      const described = (): Entity | undefined => {
        const byPlay = DESCRIBED_PERSON.test((a.source?.text ?? '').toLowerCase());
        if (!SECOND_REFERENCE.test(a.source?.text ?? '') && !byPlay) return undefined;
        // (An age or a playing position fits anyone: only the subject of the sentence before, or a name in the same
        // sentence, is meant by it.)
        // (Counted from where the attribution starts: a quotation before its cue may run over several sentences.)
        const opens = byPlay ? firstStartingAt(doc.sentences, Math.min(a.cue.start, a.content?.start ?? a.cue.start) + 1) - 1 : a.sentence;
        const from = doc.sentences[Math.max(0, opens - (byPlay ? 1 : 3))]?.start ?? 0;
        for (let k = pi - 1; k >= 0 && people[k].start >= from; k--) {
          const p = people[k];
          if (!p.entity || p.start >= a.cue.start || doc.quotes.some((q) => q.inner.start <= p.start && p.start < q.inner.end)) continue;
          // (Or the speaker of the last cue, after a phrase that opens its sentence: "In a post-match interview with
          // BBC Sport, Dunmore said …")
          const spoke = !!lastNamed?.a.source && lastNamed.a.sourceEntity === p.entity && lastNamed.a.source.start <= p.start && p.start < lastNamed.a.source.end;
          if (byPlay && p.start < (doc.sentences[opens]?.start ?? 0) && !leadsSentence(doc, p.start) && !spoke) continue;
          // (An office must fit: "the Texas senator" is not the congresswoman named last.)
          const e = byId.get(p.entity);
          // ("the former Ohio governor" describes a past office, not the title the story gives.)
          // ("the 24-year-old", "the right-hander" name no office to fit.)
          if (e?.role && !byPlay && !PARTY_HEAD.test(a.source?.text ?? '') && !/\bformer\b/i.test(a.source?.text ?? '') && !role.test(e.role)) continue;
          return e;
        }
        return undefined;
      };
      // "the accused", "the defendant" in a trial report: the person the story names as charged, pleading or on trial.
      const onTrial = (): Entity | undefined => {
        if (!/\b(?:accused|defendant)$/i.test(a.source?.text ?? '')) return undefined;
        for (let k = 0; k < pi; k++) {
          const p = people[k];
          if (!p.entity || p.start >= a.cue.start || doc.quotes.some((q) => q.inner.start <= p.start && p.start < q.inner.end)) continue;
          const after = doc.text.slice(p.end ?? p.start, (p.end ?? p.start) + 80);
          if (ON_TRIAL.test(after)) return byId.get(p.entity);
        }
        return undefined;
      };
      // "according to her son" before "her son, Daniel Lowe, said": a relative the story introduces by name only once,
      // anywhere, is that person wherever the story calls them so (one sense per document).
      const kin = (): Entity | undefined => {
        const text = (a.source?.text ?? '').trim().toLowerCase();
        if (!/^(?:his|her|their)\s+\S+$/.test(text) || !(KIN.test(text.split(/\s+/)[1]) || LEGAL_AGENT.test(text.split(/\s+/)[1]))) return undefined;
        const kinBefore = new RegExp(`\\b${text.replace(/\s+/, '\\s+')},\\s+$`, 'i');
        const found = new Set<string>();
        for (const p of people) {
          if (p.entity && kinBefore.test(doc.text.slice(Math.max(0, p.start - 30), p.start))) found.add(p.entity);
        }
        return found.size === 1 ? byId.get([...found][0]) : undefined;
      };
      // (Counsel on both sides of a case: the nearest one named in the last sentences.)
      // ("His lawyer said": the lawyer of the one the story is about, introduced near, or by that name anywhere; not
      // any lawyer named before, who may act for someone else.)
      const agent = /^(?:his|her|their)\s+\S+$/i.test((a.source?.text ?? '').trim()) && role.source.includes('lawyer');
      const actsFor = (): Entity | undefined => {
        const own = (a.source?.text ?? '').trim().split(/\s+/)[0].toLowerCase();
        const from = doc.sentences[Math.max(0, a.sentence - 2)]?.start ?? 0;
        for (let k = pi - 1; k >= 0 && people[k].start >= from; k--) {
          const p = people[k];
          const e = p.entity ? byId.get(p.entity) : undefined;
          if (!e || p.start >= a.cue.start) continue;
          const before = doc.text.slice(Math.max(0, p.start - 40), p.start);
          const intro = /\b(his|her|their)\s+(?:[\p{L}-]+\s+)?(?:lawyer|attorney|solicitor|barrister|counsel|advocate),?\s+$/iu.exec(before);
          // (Introduced as someone else's: "Her attorney, Daniel Reyes" is not "his lawyer".)
          if (intro) return intro[1].toLowerCase() === own ? e : undefined;
          // ("The union's lawyer, Fiona McAlister": a body's lawyer, not his.)
          if (/['’]s?\s+(?:[\p{L}-]+\s+)?(?:lawyer|attorney|solicitor|barrister|counsel|advocate),?\s+$/iu.test(before)) continue;
          if (e.role && role.test(e.role) || RANK_ENDS_NAME.test(e.name) || RANK_FOLLOWS.test(doc.text.slice(p.end ?? p.start, (p.end ?? p.start) + 5))) return e;
        }
        return undefined;
      };
      const found = agent ? actsFor() ?? kin()
        : (silk ? introduced() : undefined) ?? lastWithRole(people, pi, byId, role) ?? introduced() ?? described() ?? onTrial() ?? kin();
      // ("The Queensland Council of Social Service said … Its chief executive said", after "The council's chief executive,
      // Colin Jensen": the office of the body "its" takes up is held by a person named since that body, or by nobody named.)
      const itsBody = /^its\s/i.test(a.source?.text ?? '') ? lastBodyBefore(entities, a.cue.start) : -1;
      const named = found && itsBody >= 0 && !people.some((p) => p.entity === found.id && p.start > itsBody && p.start < a.cue.start) ? undefined : found;
      if (named) {
        a.sourceKind = 'named-person';
        a.strength = 4;
        a.sourceName = named.name;
        a.sourceEntity = named.id;
      }
    }
    if (a.sourceKind === 'pronoun' && d.pronoun) {
      if (d.pronoun === 'he' || d.pronoun === 'she' || d.pronoun === 'i') {
        // The last fitting person: the nearest person mention or named-person source.
        // Not a person named after the pronoun ("He thanked his wife, Colleen, and said") nor inside
        // what the pronoun's speaker says ('"Cuyahoga and Franklin have not reported," he said').
        const limit = a.source ? a.source.start : a.cue.start;
        const own = a.content;
        // ("Asked whether Pritchard had made contact, he said …": whoever the question was about is not who answers it.)
        const sent = doc.sentences[a.sentence];
        const asked = !!sent && sent.start < limit && QUESTION_ASIDE.test(doc.text.slice(sent.start, limit)) ? sent.start : -1;
        let cand: PersonMention | undefined;
        for (let k = pi - 1; k >= 0; k--) {
          const p = people[k];
          if (p.start >= limit || own && p.start >= own.start && p.start < own.end || p.start >= asked && asked >= 0) continue;
          if (d.pronoun === 'he' ? p.gender === 'f' : d.pronoun === 'she' ? p.gender === 'm' : false) continue;
          // ("Thank you, Mayor Chen, for that introduction. … I promised": whom the speaker addresses is not the speaker.)
          if (d.pronoun === 'i' && addressed(doc.text, p)) continue;
          cand = p;
          break;
        }
        // "Calloway declined to discuss Moreira. '…,' he said": the subject of the sentence before
        // is more likely meant than a person it named after its verb.
        if (cand && (!lastNamed?.a.content || lastNamed.a.cue.start < cand.start)) cand = subjectOver(cand, people, views, doc, a.sentence, d.pronoun) ?? cand;
        const prevNamed = lastNamed;
        // "Minister Ntuli said he had spoken to Thabo Mokoena. He said …": a person named only inside
        // what the last speaker said, in the sentence before, does not take the speaker's place.
        const insideSpeech = !!prevNamed && !!cand && !!prevNamed.a.content && prevNamed.a.sentence >= a.sentence - 1
          && cand.start >= prevNamed.a.content.start && cand.start < prevNamed.a.content.end && cand.entity !== prevNamed.a.sourceEntity;
        // ('"Every unit matters," she told reporters outside Abbott Northwestern. She added …': nor does a name in the
        // last speaker's own cue, after the speaker: whom or where she told it.)
        const inCue = !!prevNamed && !!cand && prevNamed.a.sentence >= a.sentence - 1 && cand.entity !== prevNamed.a.sourceEntity
          && cand.start >= (prevNamed.a.source?.end ?? prevNamed.a.cue.start) && cand.start < prevNamed.a.cue.end;
        // "One pharmacist, who asked not to be named, said … '…,' she said": a single unnamed person who
        // spoke last, after anyone named, is who the pronoun means.
        // (The phrase, or the source itself when the phrase is only the relative pronoun: "a nurse from Sunderland who says".)
        const lastPhrase = lastOne?.a.source ? (lastOne.a.sourcePhrase && !/^(?:who|which|that)$/i.test(lastOne.a.sourcePhrase.text.trim())
          ? lastOne.a.sourcePhrase.text : lastOne.a.source.text) : '';
        const roleGender = lastOne?.a.source ? (/\b(?:spokesman|chairman|businessman|congressman|councilman|father|husband|son|brother|man)\b/i.test(lastPhrase) ? 'm'
          : /\b(?:spokeswoman|chairwoman|businesswoman|congresswoman|councilwoman|mother|wife|daughter|sister|woman)\b/i.test(lastPhrase) ? 'f' : undefined) : undefined;
        // ("The EU's foreign policy chief said … '…,' she said in a post on X": so is the one holder of an office the
        // sentence before named, in the pronoun's paragraph, over a person named in an earlier one.)
        const officeHolder = !!lastOne && OFFICE_OF_NAMED.test(lastPhrase.trim()) && lastOne.a.sentence === a.sentence - 1
          && doc.sentences[lastOne.a.sentence]?.paragraph === doc.sentences[a.sentence]?.paragraph
          && (!cand || (doc.sentences[firstStartingAt(doc.sentences, cand.start + 1) - 1]?.paragraph ?? -1) < (doc.sentences[a.sentence]?.paragraph ?? 0));
        const anon = lastOne && lastOne.a.sentence >= a.sentence - 2 && lastOne.a.source && d.pronoun !== 'i'
          && !(d.pronoun === 'he' && roleGender === 'f' || d.pronoun === 'she' && roleGender === 'm')
          && (/^(?:one|a|an|another)\s/i.test(lastPhrase) || officeHolder) && !isPluralSource(lastOne.a.source.text)
          && (!cand || lastOne.a.cue.start > cand.start) && (!prevNamed || lastOne.a.cue.start > prevNamed.a.cue.start) ? lastOne : undefined;
        // 'The European Commission said … "…," he said': right after a body spoke, a pronoun no named person fits is
        // the body's speaker.
        // (Only when no person of the pronoun's gender is near to go back to: none named in the last three sentences.)
        const far = !cand || lastBody !== undefined && cand.start < lastBody.a.cue.start && cand.start < (doc.sentences[a.sentence - 2]?.start ?? 0);
        const orgSpeaker = !anon && far && lastBody && lastBody.a.sentence >= a.sentence - 1 && d.pronoun !== 'i'
          && !(prevNamed && fitsGender(prevNamed, d.pronoun) && prevNamed.a.sentence >= a.sentence - 2) ? lastBody : undefined;
        // "The chief constable faced questions about the raid. He said …": the one holder of a role, unnamed, who is the
        // subject of the sentence before (and of the paragraph's), over anyone named before it.
        const role = anon ? undefined : roleSubjectBefore(views, doc, a.sentence, d.pronoun);
        const roleFirst = !!role && (!cand || cand.start < role.start) && (!prevNamed || prevNamed.a.cue.start < role.start)
          && (!lastOne || lastOne.a.cue.start < role.start);
        if (anon) {
          a.sourceName = anon.a.source!.text;
          a.strength = anon.a.strength;
          if (anon.a.relayedBy) a.relayedBy = anon.a.relayedBy;
        } else if (role && roleFirst) {
          a.sourceName = role.text;
          a.strength = 2;
        } else if (orgSpeaker) {
          a.sourceName = orgSpeaker.a.sourceName ?? orgSpeaker.a.source?.text;
          if (orgSpeaker.a.sourceEntity) a.sourceEntity = orgSpeaker.a.sourceEntity;
          a.strength = orgSpeaker.a.strength;
        } else if (prevNamed && (!cand || prevNamed.a.cue.start > cand.start || insideSpeech || inCue) && fitsGender(prevNamed, d.pronoun)) {
          a.sourceName = prevNamed.a.sourceName ?? prevNamed.a.source?.text;
          a.sourceEntity = prevNamed.a.sourceEntity;
          a.strength = prevNamed.a.strength;
        } else if (cand) {
          a.sourceName = cand.name;
          a.sourceEntity = cand.entity;
          a.strength = cand.strength;
        }
        // ("Remarks by Governor Elena Ruiz at the State Water Summit": in a speech's or a testimony's text, "I" outside a
        // quotation is the one who gives it.)
        if (d.pronoun === 'i' && !quoteAt(doc.quotes, a.cue.start)) {
          if (textSpeaker === undefined) textSpeaker = speakerOfText(doc, entities) ?? null;
          const speaker = textSpeaker;
          if (speaker) {
            a.sourceName = speaker.name;
            a.sourceEntity = speaker.entity;
            a.strength = 4;
          }
        }
        // In an obituary, a pronoun in a paragraph that names nobody else is the person who died.
        if (topic && d.pronoun !== 'i' && a.sourceEntity !== topic.entity && (d.pronoun === 'he' ? topic.gender === 'm' : topic.gender === 'f')
          && !speaksInParagraph(doc, people, done, a, a.sourceEntity)) {
          a.sourceName = topic.name;
          a.sourceEntity = topic.entity;
          a.strength = topic.strength;
        }
      } else {
        // they / it / we: the last non-person source, of the pronoun's number when one is near
        // ('"…," they wrote' after analysts, "It found" after a study).
        // "We're hearing the DUP will vote against", "we understand", "we have been told": the outlet's own word for
        // what unnamed people told it, outside any quotation; no one said it before.
        const newsroom = d.pronoun === 'we' && !doc.quotes.some((q) => q.inner.start <= a.cue.start && a.cue.start < q.inner.end)
          && /\b(?:hear|hearing|heard|understand|understood|learn|learned|learnt|told)\b/i.test(a.predicate.text);
        if (newsroom) {
          a.sourceKind = 'vague';
          a.strength = 1;
        }
        const plural = d.pronoun === 'they' ? lastPluralSource : d.pronoun === 'it' ? lastSingularSource : undefined;
        const near = plural && (d.pronoun === 'it' || plural.a.sentence >= a.sentence - 3);
        // (A document is never "they": "a declaration filed by …" is no group that speaks.)
        const prev = newsroom ? undefined : near && !(d.pronoun === 'they' && plural.a.sourceKind === 'document') ? plural
          : lastNonPerson && !(d.pronoun === 'they' && lastNonPerson.a.sourceKind === 'document') ? lastNonPerson : undefined;
        if (prev) {
          a.sourceName = prev.a.sourceName ?? prev.a.source?.text;
          a.sourceEntity = prev.a.sourceEntity;
          a.strength = prev.a.strength;
          if (prev.a.relayedBy) a.relayedBy = prev.a.relayedBy;
        }
      }
    }
    if (ANON.has(a.sourceKind) && !a.anonymityReason && a.source) {
      const s = doc.sentences[a.sentence];
      const next = doc.sentences[a.sentence + 1];
      const prev = doc.sentences[a.sentence - 1];
      const from = prev && prev.paragraph === s.paragraph ? prev.start : s.start;
      const to = next && next.paragraph === s.paragraph ? next.end : s.end;
      // The source's own sentence first, then the sentences next to it, where a reason given to the source of another
      // cue is that source's ("According to a BCCI official, who did not wish to be named, … However, a senior member
      // … denied"); one given to people the next sentence names explains them ("The newspaper cited two advisers who
      // asked not to be named").
      const own = findAnonymityReason(doc.prose, s.start, s.end);
      const near = own ? undefined : [findAnonymityReason(doc.prose, from, s.start), findAnonymityReason(doc.prose, s.end, to)]
        .find((r) => r && !drafts.some((x) => x.a.source && x.a.source.start <= r.start && r.start <= x.a.source.end + 2
          && /^[\s,]*$/.test(doc.prose.slice(x.a.source.end, Math.max(x.a.source.end, r.start)))));
      const r = own ?? near;
      // (It ends where the content it sits before begins: "According to a local official who spoke on condition of
      // anonymity, the evacuation order …".)
      if (r && a.content && r.start < a.content.start && a.content.start < r.end) r.end = r.start + doc.prose.slice(r.start, a.content.start).replace(/[\s,;:—–-]+$/, '').length;
      if (r) a.anonymityReason = r;
      else delete a.anonymityReason;
    }
    // ("A spokesman for the Alzheimer's Society said …": one unnamed person speaking for a body is who a later
    // "he" means, as an anonymous one is.)
    const spokesperson = a.sourceKind === 'named-organization' && /^(?:a|an|one|another)\s(?:[\w'’-]+\s){0,3}?(?:spokes(?:man|woman|person)|official|representative|executive)\b/i.test(a.sourcePhrase?.text ?? a.source?.text ?? '');
    if (ANON.has(a.sourceKind) && a.source && !d.backRef) {
      lastAnon = d;
      anonDrafts.push(d);
    }
    if ((ANON.has(a.sourceKind) || spokesperson) && a.source && !d.backRef) lastOne = d;
    if (a.sourceKind === 'outlet' && a.source && !d.backRef && !UNNAMED_PAPERS.test(a.source.text)) lastOutlet = d;
    if (a.sourceKind === 'document' && /\breports?\b/i.test(a.source?.text ?? '')) lastReportDoc = d;
    if (a.sourceKind === 'outlet') for (const e of entitiesIn(a.source ?? undefined)) outletEntities.add(e);
    // (An office holder speaks for no body later called "the company": "Ford's chief executive said".)
    if (a.sourceKind === 'named-organization' && a.source && !d.backRef && !OFFICE_OF_NAMED.test(a.source.text.trim())) lastOrg = d;
    if (a.sourceKind === 'named-organization' && a.source && !a.inherited) lastBody = d;
    else if (a.source && (a.sourceKind === 'named-person' || ANON.has(a.sourceKind) || a.sourceKind === 'pronoun')) lastBody = undefined;
    done.push(d);
    if (a.sourceKind === 'named-person' || a.sourceKind === 'pronoun' && a.sourceName && (d.pronoun === 'he' || d.pronoun === 'she' || d.pronoun === 'i')) {
      // Who the speaker is as "he" or "she" may later call them: from the pronoun, else from the name.
      d.gender ??= d.pronoun === 'he' ? 'm' : d.pronoun === 'she' ? 'f' : a.sourceEntity ? genderOf.get(a.sourceEntity) : undefined;
      lastNamed = d;
    }
    if (a.source && a.sourceKind !== 'named-person' && a.sourceKind !== 'pronoun' && a.sourceKind !== 'none') {
      lastNonPerson = d;
      if (isPluralSource(a.source.text)) lastPluralSource = d;
      else lastSingularSource = d;
    }
  }

  surnameLabels(doc, done.map((d) => d.a), entities);
  bracketLabels(doc, done.map((d) => d.a));
  // Outlets that relay anonymous sources anywhere in the document weaken to 1.
  const relaying = new Set<string>();
  for (const d of done) {
    if (d.a.relayedBy) relaying.add(norm(d.a.relayedBy.text));
    if (d.relaysAnonymous && d.a.source) relaying.add(norm(d.a.source.text));
  }
  for (const d of done) {
    if (d.a.sourceKind !== 'outlet' || !d.a.source) continue; // own verification is kind 'document' and keeps 5
    const name = norm(d.a.sourceName ?? d.a.source.text);
    if (relaying.has(name) || d.backRef === 'report' && lastOutlet && relaying.has(norm(lastOutlet.a.source!.text))) d.a.strength = 1;
    // ("several papers": outlets, none named, stay at 1.)
    else if (d.backRef !== 'report' && !UNNAMED_PAPERS.test(d.a.source.text)) d.a.strength = 3;
  }
  identifyLede(doc, done.map((d) => d.a), people, byId);
  identifyLedeOfficials(doc, done.map((d) => d.a), entities);
  studyAuthors(doc, done.map((d) => d.a));
  return inherit(doc, views, done.map((d) => d.a));
}

/** A turn label in capitals that opens a paragraph: "MOKONYANE:", "MAYNIER:". Group 1 is the word. */
const CAPS_LABEL = /^[*_]{0,2}(\p{Lu}[\p{Lu}'’-]{4,})[*_]{0,2}:/u;

/**
 * "MOKONYANE: We will complete the pipeline by June. ¶ MAYNIER: Minister, that is what you said": a transcript whose turns
 * two labels or more open with a surname in capitals names a person by each (4), though no entity knows the name; not a
 * role ("PRESENTER", "CHAIRPERSON") nor a body's name, nor a word with no vowel ("NTSB").
 */
function surnameLabels(doc: SourceDocument, attributions: Attribution[], entities: Entity[]): void {
  const labels = attributions.filter((a) => {
    if (a.predicate.text !== ':' || !a.source || a.sourceEntity || a.sourceKind !== 'named-organization') return false;
    const word = CAPS_LABEL.exec(doc.text.slice(a.cue.start, a.cue.end + 1))?.[1];
    if (!word || word !== a.source.text.trim() || !/[AEIOUY]/.test(word) || [ORG_WORDS, PERSON_ROLES, TURN_ROLES].some((re) => re.test(word.toLowerCase()))) return false;
    const p = doc.paragraphs.find((x) => x.start <= a.cue.start && a.cue.start < x.end);
    return !!p && doc.text.slice(p.start, a.cue.start).trim().replace(/[*_]/g, '') === ''
      && !entities.some((e) => e.type === 'organization' && e.mentions.some((m) => m.start <= a.source!.start && a.source!.end <= m.end));
  });
  if (new Set(labels.map((a) => a.source!.text.trim())).size < 2) return;
  for (const a of labels) {
    a.sourceKind = 'named-person';
    a.strength = 4;
  }
}

/** A part's label and the bracket that opens before its holder's name, at the start of a line: "MINISTER (". */
const LABEL_BRACKET = /(?:^|\n)[ \t]*[*_]{0,2}(\p{Lu}[\p{L}'’.-]*(?:[ \t]+\p{Lu}[\p{L}'’.-]*)?)[ \t]*\([ \t]*$/u;

/**
 * "MINISTER (PETER KARIUKI): We were warned … ¶ HOST: Critics say … ¶ MINISTER: I received that letter": a transcript
 * that names a part's holder in brackets once labels the later turns by the part alone; they are the holder's turns,
 * as strong and as named (they were anonymous sources "MINISTER").
 */
function bracketLabels(doc: SourceDocument, attributions: Attribution[]): void {
  const holders = new Map<string, Attribution>();
  for (const a of attributions) {
    if (a.predicate.text !== ':' || !a.source) continue;
    const label = LABEL_BRACKET.exec(doc.text.slice(Math.max(0, a.source.start - 60), a.source.start))?.[1];
    if (label && /^\s*\)/.test(doc.text.slice(a.source.end, a.source.end + 3))) {
      holders.set(label.toUpperCase(), a);
      continue;
    }
    const holder = holders.get(a.source.text.trim().toUpperCase());
    if (!holder || holder === a) continue;
    a.sourceKind = holder.sourceKind;
    a.strength = holder.strength;
    a.sourceName = holder.sourceName ?? holder.source!.text;
    if (holder.sourceEntity) a.sourceEntity = holder.sourceEntity;
    else delete a.sourceEntity;
    delete a.anonymityReason;
  }
}

/** How many sentences back a plural back-reference ("the two firms", "both companies") may reach for its bodies. */
const PLURAL_REACH = 6;

/** Generic words for bodies of any trade, which a story uses for one another: "the two companies" … "the firms". */
const GENERIC_BODIES = /^(?:companies|firms|businesses|groups|corporations|organi[sz]ations)$/;

/** The number a plural back-reference counts ("the two firms", "both banks", "the three unions"), or 0. */
function countOf(phrase: string, before: string): number {
  const w = /\b(both|two|three|four)\s/i.exec(phrase)?.[1] ?? (/\bboth\s*$/i.test(before) ? 'both' : '');
  return { both: 2, two: 2, three: 3, four: 4 }[w.toLowerCase() as 'both'] ?? 0;
}

/** Whether a body is of the kind a head noun says: a public body is no "company", a company no "agency". */
function bodyFitsHead(names: readonly string[], head: string): boolean {
  const k = kindOf(head);
  if (k >= 0) return !otherKind(head, names) && names.some((x) => nameKind(x) === k);
  if (/^(?:company|firm|bank|lender|insurer|retailer|carrier|airline|business|maker|manufacturer|operator|developer|producer|utility|miner|chain)$/.test(head)) {
    return !names.some((x) => GOV_NAME.test(x) || NON_FIRM_NAME.test(x));
  }
  return true;
}

/** The head noun of a plural back-reference: "companies" for "The two companies". */
function pluralHead(source: string | undefined): string {
  return (source ?? '').trim().toLowerCase().split(/\s+/).pop() ?? '';
}

/**
 * The organizations named in the sentence of `a` (before its cue) and the two sentences before it, in the order they
 * were first named there; not an outlet that spoke, nor an exchange where shares trade.
 */
function bodiesNamedBefore(doc: SourceDocument, entities: Entity[], a: Attribution, outlets: ReadonlySet<string>, back = 2): Entity[] {
  const from = doc.sentences[Math.max(0, a.sentence - back)]?.start ?? 0;
  const found: { start: number; e: Entity }[] = [];
  for (const e of entities) {
    if (e.type !== 'organization' || outlets.has(e.id) || anyName(e, EXCHANGE_NAME)) continue;
    const m = e.mentions.find((x) => x.start >= from && x.end <= a.cue.start && !inDateline(doc, x.start));
    if (m) found.push({ start: m.start, e });
  }
  return found.sort((x, y) => x.start - y.start).map((x) => x.e);
}

/** Where the last organization or place named before `limit` starts, or -1. */
function lastBodyBefore(entities: Entity[], limit: number): number {
  let last = -1;
  for (const e of entities) {
    if (e.type === 'person') continue;
    for (const m of e.mentions) if (m.end <= limit && m.start > last) last = m.start;
  }
  return last;
}

/** "the researchers", "the study's authors": the people who wrote a paper, said back. */
const STUDY_AUTHORS = /^the\s+(?:(?:study|paper|report|trial|review|analysis)['’]s\s+)?(?:researchers|authors|scientists|investigators|team)$/i;
/** What they do in writing: the paper's own words. */
const WRITTEN = /^(?:wrote|write|writes|written|concluded|conclude|concludes|reported|report|reports|noted|note|notes|found|find|finds|estimated|estimate|estimates|cautioned|caution|cautions)$/i;
const PAPER = /\b(?:study|studies|paper|trial|journal|meta-analysis|preprint|findings)\b/i;

/**
 * "The study, published on Wednesday in The Lancet, followed 48,000 adults … People who walked had fewer heart attacks,
 * the researchers wrote.": the definite authors of a paper the story has just described write in that paper; what they
 * wrote, concluded or found is the document's (strength 5), not a vague group's ("Researchers say" stays vague).
 */
function studyAuthors(doc: SourceDocument, list: Attribution[]): void {
  for (const a of list) {
    if (!a.source || a.sourceKind !== 'vague' || !STUDY_AUTHORS.test((a.sourcePhrase ?? a.source).text.trim())) continue;
    const verb = a.predicate.text.trim().split(/\s+/).pop() ?? '';
    if (!WRITTEN.test(verb)) continue;
    const earlier = doc.sentences[Math.max(0, a.sentence - 3)];
    if (!earlier || !PAPER.test(doc.text.slice(earlier.start, a.source.start))) continue;
    a.sourceKind = 'document';
    a.strength = 5;
  }
}

/**
 * Delayed identification: a wire lede gives a person by role ("A former finance director for a rural electric
 * cooperative testified Thursday …", "Kenya's opposition leader rejected …") and the next paragraph names them
 * as its subject ("Ruth Ann Pelletier, 58, was …"). The lede's source is that person, not someone anonymous.
 */
function identifyLede(doc: SourceDocument, list: Attribution[], people: PersonMention[], byId: ReadonlyMap<string, Entity>): void {
  const first = doc.sentences[0];
  if (!first) return;
  // The next paragraph's first sentence, when the lede is at most two sentences or the next paragraph follows it.
  const next = doc.sentences.find((s) => s.paragraph > first.paragraph);
  if (!next || next.paragraph !== first.paragraph + 1 && doc.sentences.filter((s) => s.paragraph === first.paragraph).length > 2) return;
  for (const a of list) {
    if (a.sentence > 1 || doc.sentences[a.sentence]?.paragraph !== first.paragraph || a.anonymityReason || a.sourceName) continue;
    if ((a.sourceKind !== 'anonymous' && a.sourceKind !== 'vague') || !a.source) continue;
    const phrase = (a.sourcePhrase ?? a.source).text;
    if (!/^(?:a|an|the)\s|^\p{Lu}[\p{L}.-]*['’]s\s/iu.test(phrase) || /s$/i.test(phrase.replace(/\s+(?:for|of|at|in|from|with)\s.*$/i, ''))) continue;
    // (Not the words of anonymity: "A senior official said … ¶ Jane Doe, a spokeswoman, declined to comment.")
    if (/\b(?:officials?|sources?|person|people|insiders?|aides?|advis[eo]rs?|diplomats?|spokes\w+|familiar|briefed|knowledge|unnamed|anonymous)\b/i.test(phrase)) continue;
    // That sentence opens with a person the text has not named before.
    const k = firstStartingAt(people, next.start);
    const p = people[k];
    if (!p || p.start >= next.end || !p.entity || !/^[\s"“'‘(]*$/.test(doc.text.slice(next.start, p.start))) continue;
    const e = byId.get(p.entity);
    if (!e || e.mentions[0].start < next.start) continue;
    a.sourceKind = 'named-person';
    a.strength = 4;
    a.sourceName = e.name;
    a.sourceEntity = e.id;
  }
}

/** A lede that reports a death: "…, has died. He was 84.", "…, who died on Sunday", "dies at 84". */
const DEATH_LEDE = /\b(?:has died|have died|had died|died|dies|passed away|was found dead)\b/i;

/**
 * The person an obituary is about: the first person named in a lede that reports a death, with the gender
 * their mentions show. Undefined when the lede reports none, or names a person of unknown gender.
 */
function obituaryTopic(doc: SourceDocument, people: PersonMention[]): PersonMention | undefined {
  const first = doc.sentences[0];
  if (!first) return undefined;
  const lede = doc.sentences.filter((x) => x.paragraph === first.paragraph);
  const end = lede[lede.length - 1].end;
  if (!DEATH_LEDE.test(doc.text.slice(first.start, end))) return undefined;
  const p = people.find((x) => x.entity && x.start >= first.start && x.start < first.end);
  if (!p) return undefined;
  const gender = people.find((x) => x.entity === p.entity && x.gender)?.gender;
  return gender ? { ...p, gender } : undefined;
}

/**
 * True when `entity` is named, or speaks, in the paragraph of `a` before its cue: the pronoun may mean them.
 */
function speaksInParagraph(doc: SourceDocument, people: PersonMention[], done: Draft[], a: Attribution, entity: string | undefined): boolean {
  if (!entity) return false;
  const para = doc.sentences[a.sentence]?.paragraph;
  const start = doc.sentences.find((x) => x.paragraph === para)?.start ?? a.cue.start;
  return people.some((p) => p.entity === entity && p.start >= start && p.start < a.cue.start)
    || done.some((d) => d.a.sourceEntity === entity && d.a.cue.start >= start && d.a.cue.start < a.cue.start);
}

/** A public body's name: the heads a government office, agency or service goes by. */
const PUBLIC_BODY = /\b(?:office|department|ministry|agency|authority|council|commission|bureau|service|administration|board|directorate|police|force|secretariat)\b/i;

/**
 * "…, disaster officials said on Monday. ¶ The Office of Civil Defense in Bicol said eight of the fatalities …": a
 * wire lede gives officials by their field only, and the story then names their body, in the next paragraph's
 * first attribution or anywhere by a name that holds the field ("the National Disaster Risk Reduction and
 * Management Council"). The lede's officials are that body's, not an anonymous source.
 */
function identifyLedeOfficials(doc: SourceDocument, list: Attribution[], entities: readonly Entity[]): void {
  const first = doc.sentences[0];
  if (!first) return;
  const next = doc.sentences.find((s) => s.paragraph === first.paragraph + 1);
  for (const a of list) {
    if (a.sentence !== 0 || a.anonymityReason || a.sourceName || !a.source || a.sourceKind !== 'anonymous' && a.sourceKind !== 'vague') continue;
    const m = FIELD_OFFICIALS.exec((a.sourcePhrase ?? a.source).text.trim());
    if (!m) continue;
    const field = m[1] ? new RegExp(`\\b${m[1]}\\b`, 'i') : null;
    const body = field && entities.find((e) => e.type === 'organization' && PUBLIC_BODY.test(e.name) && field.test(e.name))
      || (next && list.find((x) => x.sentence === next.index && x.sourceKind === 'named-organization' && !!x.sourceEntity && PUBLIC_BODY.test(x.source?.text ?? ''))
        ?.sourceEntity);
    const e = typeof body === 'string' ? entities.find((x) => x.id === body) : body;
    if (!e) continue;
    a.sourceKind = 'named-organization';
    a.strength = 3;
    a.sourceName = e.name;
    a.sourceEntity = e.id;
  }
  officialsOfSubject(doc, list, entities);
}

/**
 * "Police have arrested the owner in Udaipur. Officials said he had been evading arrest": bare officials right after a
 * sentence of their paragraph whose subject is the police or a public body are that body's: described by it (2), as
 * "police officials" are, not a vague crowd.
 */
function officialsOfSubject(doc: SourceDocument, list: Attribution[], entities: readonly Entity[]): void {
  for (const a of list) {
    if (a.anonymityReason || a.sourceName || !a.source || a.sourceKind !== 'anonymous' && a.sourceKind !== 'vague') continue;
    if (!/^officials$/i.test((a.sourcePhrase ?? a.source).text.trim())) continue;
    const here = doc.sentences[a.sentence];
    const before = doc.sentences[a.sentence - 1];
    if (!here || !before || before.paragraph !== here.paragraph || doc.text.slice(here.start, a.source.start).trim() !== '') continue;
    const opening = doc.text.slice(before.start, before.end);
    const body = entities.find((e) => e.type === 'organization' && PUBLIC_BODY.test(e.name)
      && e.mentions.some((m) => m.start >= before.start && doc.text.slice(before.start, m.start).trim().replace(/^the$/i, '') === ''));
    if (!body && !/^(?:the\s+)?police\b/i.test(opening)) continue;
    a.sourceKind = 'anonymous';
    a.strength = 2;
  }
}

/**
 * Gives every mention of a person the gender its first name shows in any mention ("Carla
 * Jiménez" is female, so a later "she" skips "Raymond Vos" for her). `people` is in text order.
 */
function genderFromRuns(people: PersonMention[], runs: PersonMention[]): void {
  const byEntity = new Map<string, 'f' | 'm' | null>();
  let k = 0;
  for (const r of [...runs].sort((x, y) => x.start - y.start)) {
    while (k < people.length && (people[k].end ?? people[k].start + 1) <= r.start) k++;
    const p = people[k];
    if (!r.gender || !p?.entity || p.start > r.start) continue;
    const seen = byEntity.get(p.entity);
    byEntity.set(p.entity, seen === undefined || seen === r.gender ? r.gender : null); // conflicting cues: none
  }
  for (const p of people) {
    const g = p.entity ? byEntity.get(p.entity) : undefined;
    if (g) p.gender = g;
  }
}

/** The role word of "the judge", with the forms titles write it in ("Mr Justice", "Judge"). */
function roleHead(source: string): RegExp {
  const head = source.toLowerCase().split(/\s+/).pop() ?? '';
  const forms = head === 'judge' || head === 'justice' || head === 'court' ? 'judge|justice' : head === 'chair' || head === 'chairman' || head === 'chairwoman' ? 'chair|chairman|chairwoman|chairperson'
    : head === 'lawyer' || head === 'attorney' || head === 'barrister' || head === 'solicitor' || head === 'counsel' ? 'lawyer|attorney|barrister|solicitor|counsel|kc|qc'
      : head === 'chief' || head === 'executive' || head === 'ceo' ? 'chief|executive|ceo'
        // ("the governor" after "Gov. Raymond Castellano", "the congresswoman" after "Rep. Ann Cole".)
        : head === 'governor' ? 'governor|gov' : head === 'senator' ? 'senator|sen'
          : /^(?:congress(?:man|woman)|representative)$/.test(head) ? 'congressman|congresswoman|representative|rep'
            : head === 'president' ? 'president|pres' : head === 'general' ? 'general|gen' : head.replace(/[^a-z]/g, '');
  return new RegExp(`\\b(?:${forms})\\b`, 'i');
}

const PARTY_HEAD = /\b(?:democrat|republican|tory|conservative|liberal|candidate|nominee|incumbent|challenger|leader)$/i;
/**
 * "Nick Clegg has lost his seat", "Michele Bachmann said she would not quit": a pronoun after the only person a
 * sentence names tells that person's gender when the name did not (outside quotations, by a clear majority of
 * such sentences). Each person mention gets the gender found.
 */
function genderFromPronouns(doc: SourceDocument, views: SentenceView[], people: PersonMention[], genderOf: Map<string, 'f' | 'm'>): void {
  const votes = new Map<string, { m: number; f: number }>();
  let k = 0;
  for (const v of views) {
    while (k < people.length && people[k].start < v.start) k++;
    let only: PersonMention | undefined;
    let many = false;
    for (let j = k; j < people.length && people[j].start < v.end; j++) {
      const p = people[j];
      if (!p.entity) continue;
      if (only && only.entity !== p.entity) many = true;
      only ??= p;
    }
    if (!only?.entity || many || genderOf.has(only.entity)) continue;
    let after = doc.text.slice(only.end ?? only.start, v.end);
    // (Quotations are in order and never overlap: from the last one starting before the name's end.)
    for (let j = Math.max(0, firstStartingAt(doc.quotes, only.end ?? only.start) - 1); j < doc.quotes.length && doc.quotes[j].start < v.end; j++) {
      const q = doc.quotes[j];
      if (q.end <= (only.end ?? only.start)) continue;
      const a = Math.max(0, q.start - (only.end ?? only.start));
      const b = Math.min(after.length, q.end - (only.end ?? only.start));
      after = after.slice(0, a) + ' '.repeat(Math.max(0, b - a)) + after.slice(b);
    }
    const male = /\b(?:he|his|him|himself)\b/i.test(after);
    const female = /\b(?:she|her|hers|herself)\b/i.test(after);
    if (male === female) continue;
    const tally = votes.get(only.entity) ?? { m: 0, f: 0 };
    if (male) tally.m++;
    else tally.f++;
    votes.set(only.entity, tally);
  }
  for (const [id, t] of votes) if (t.m !== t.f && Math.min(t.m, t.f) * 3 <= Math.max(t.m, t.f)) genderOf.set(id, t.m > t.f ? 'm' : 'f');
  for (const p of people) if (p.entity && !p.gender && genderOf.has(p.entity)) p.gender = genderOf.get(p.entity);
}

/** A second reference by description: "the Missouri Democrat", "the 67-year-old congresswoman", "the former Ohio governor". */
const SECOND_REFERENCE = /^the\s+(?:(?:former|then|longtime|veteran|embattled|incumbent|\d{1,3}-year-old|[A-Z][\w.'’-]*)\s+){1,3}(?:democrat|republican|tory|conservative|liberal|governor|senator|congressman|congresswoman|lawmaker|legislator|candidate|nominee|incumbent|challenger|mayor|president|leader|minister|premier|chancellor)$/i;

/** The person entity with the role among the first `count` mentions, the latest first. */
/**
 * What follows a defendant's name in a trial report: "(34), of Mallow, has pleaded not guilty", "is charged with …",
 * and in a sentencing report "58, was convicted in March", "was found guilty", "was sentenced".
 */
const ON_TRIAL = /^[^.;]*?\b(?:(?:has|had)\s+)?(?:pleaded|pleads|pled|denies|denied|is\s+charged|was\s+charged|is\s+accused|was\s+accused|is\s+on\s+trial|went\s+on\s+trial|stood\s+trial|is\s+standing\s+trial|(?:was|has\s+been)\s+(?:convicted|found\s+guilty|sentenced))\b/i;

function lastWithRole(people: PersonMention[], count: number, byId: ReadonlyMap<string, Entity>, role: RegExp): Entity | undefined {
  for (let k = count - 1; k >= 0; k--) {
    const p = people[k];
    if (!p.entity) continue;
    const e = byId.get(p.entity);
    if (e?.role && role.test(e.role)) return e;
  }
  return undefined;
}

const GOV_NAME = /\b(?:agency|administration|commission|bureau|office|service|authority|department|ministry|council|committee|court|police|coastguard|guard|army|navy|military|brigade|government|congress|senate|parliament|FBI|FAA|SEC|FDA|CDC|EPA|IRS|NTSB|FTC|FCC|NLRB|WHO|EU|UN|NATO)\b|\b(?:National|Federal|State)\b.*\bBoard\b/i;
/** A mention at `start` opens its sentence (past quote marks and "the"): the sentence's subject. */
function opensSentence(doc: SourceDocument, start: number): boolean {
  const sent = doc.sentences[firstStartingAt(doc.sentences, start + 1) - 1];
  return !!sent && start < sent.end && /^[\s"“'‘(]*(?:the\s+)?$/i.test(afterDateline(doc, sent.start, start));
}

/** The mention at `start` is inside its sentence's dateline ("JOHANNESBURG, Oct 9 (Reuters) -"): the wire that filed the story, not a party to it. */
function inDateline(doc: SourceDocument, start: number): boolean {
  const sent = doc.sentences[firstStartingAt(doc.sentences, start + 1) - 1];
  return !!sent && start < sent.start + datelineLength(doc.text.slice(sent.start, sent.end));
}

/** The text of a sentence from its start to `start`, past a dateline ("SAN FRANCISCO — Lumora unveiled …"). */
function afterDateline(doc: SourceDocument, from: number, start: number): string {
  const before = doc.text.slice(from, start);
  return before.slice(datelineLength(before));
}

/** A name at the head of its sentence, after at most a few words ("Activist investor Blackwater Bay Capital holds …", "In 2019 Acme …"). */
function leadsSentence(doc: SourceDocument, start: number): boolean {
  const sent = doc.sentences[firstStartingAt(doc.sentences, start + 1) - 1];
  if (!sent || start >= sent.end) return false;
  const before = afterDateline(doc, sent.start, start);
  // ("The chief executive of Pelham Insurance has been pushed out", "Shareholders of Northland voted": the body
  // whose officer, board or owners open the sentence is what the sentence is about.)
  if (OFFICER_OF.test(before)) return true;
  return /^[\s"“'‘(]*(?:[\p{L}\d][\p{L}\d'’-]*,?\s+){0,3}$/u.test(before) && !/\b(?:of|from|with|by|to|for|on|at|and|or)\s+$/i.test(before);
}

const OFFICER_OF = /^[\s"“'‘(]*(?:the|its|a)\s+(?:(?:former|new|interim|acting|outgoing|deputy|chief|vice|executive|managing|senior)\s+){0,3}(?:executive|officer|ceo|chairman|chairwoman|chair|president|director|founder|owner|owners|board|shareholders|employees|staff|workers|spokesman|spokeswoman|spokesperson|head|boss|leadership|management)\s+(?:of|at)\s+(?:the\s+)?$/i;

/** The role an unnamed source is called by ("official" of "two senior officials"), or undefined for a generic one ("the sources", "the people"). */
function anonymousRole(text: string): string | undefined {
  const m = /\b(officials?|insiders?|aides?|executives?|advisers?|advisors?|diplomats?|staffers?|employees?|lobbyists?|delegates?)\b/i.exec(text);
  return m ? m[1].toLowerCase().replace(/s$/, '').replace(/^advisor$/, 'adviser') : undefined;
}

/**
 * Kinds of institution a name says it is by its head noun ("Welsh Government", "Alberta Students' Executive Council",
 * "Department of Employment"), one group per kind; the executive offices of a state stand for one another.
 */
const INSTITUTION_KINDS: readonly RegExp[] = [
  /^(?:government|executive|administration)$/, /^(?:council|councils)$/, /^(?:court|tribunal)$/, /^trust$/, /^(?:union|unions)$/,
  /^(?:university|college)$/, /^(?:hospital|infirmary)$/, /^(?:party)$/, /^(?:parliament|assembly|legislature|congress|senate)$/,
  /^(?:committee)$/, /^(?:agency|authority|commission|bureau|office|department|ministry|service|regulator|inspectorate|directorate)$/,
];
const kindOf = (word: string): number => INSTITUTION_KINDS.findIndex((re) => re.test(word));

/** The kind a name gives itself: its last word, or the word before "of" ("Department of Employment"). */
function nameKind(name: string): number {
  const words = name.toLowerCase().replace(/['’]s\b/g, '').split(/\s+/);
  const of = words.indexOf('of');
  const k = kindOf(words[words.length - 1] ?? '');
  return k >= 0 ? k : of > 0 ? kindOf(words[of - 1]) : -1;
}

/** "the government" is no council, "the council" no government: a name of another kind of institution than the head says. */
function otherKind(head: string, names: readonly string[]): boolean {
  const k = kindOf(head);
  if (k < 0) return false;
  return names.every((n) => { const m = nameKind(n); return m >= 0 && m !== k; });
}

/** Whether the entity's name or one of its aliases matches. */
function anyName(e: Entity, re: RegExp): boolean {
  return re.test(e.name) || e.aliases.some((x) => re.test(x));
}

/** One holder of an office of a named body or country: "The EU's foreign policy chief", "Ford's chief executive". */
const OFFICE_OF_NAMED = new RegExp(String.raw`^(?:(?:(?:the\s+)?\p{Lu}[\p{L}.&-]*(?:\s+\p{Lu}[\p{L}.&-]*){0,3}|[Tt]he\s+(?:${TAKEN_UP_OWNERS.join('|')}))['’]s?|[Ii]ts)\s+(?:[\p{Ll}-]+\s+){0,3}(?:chief|minister|president|head|secretary|director|commissioner|governor|mayor|ambassador|envoy|leader|chair|chairman|chairwoman|executive|ceo)$`, 'u');

/** A greeting or thanks right before a name, or a name alone on its line opening a letter ("Priya,", "Dan —"). */
const GREETING_BEFORE = /\b(?:thank\s+you|thanks|dear|hello|hi|welcome|congratulations|good\s+(?:morning|afternoon|evening))\s*,?\s+(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}$/iu;

/** Whether a person is named as the one addressed: "Thank you, Mayor Chen, for …", "Dear Ms Okafor", "Priya,¶". */
function addressed(text: string, p: PersonMention): boolean {
  if (GREETING_BEFORE.test(text.slice(Math.max(0, p.start - 60), p.start))) return true;
  const end = p.end ?? p.start + p.name.length;
  const lineStart = text.lastIndexOf('\n', p.start - 1) + 1;
  return text.slice(lineStart, p.start).trim() === '' && /^\s*(?:,|[—–]|--)\s*(?:\n|$|\p{Ll})/u.test(text.slice(end, end + 4));
}

/**
 * The title of a speech, a statement or a testimony as the document's title gives it: "Remarks by Governor Elena Ruiz at
 * the State Water Summit", "Testimony of Dr. Ana Flores before the Senate Committee", "Statement from Chair Lee".
 */
const SPEECH_TITLE = /^\s*(?:(?:full\s+text|transcript|read)\s*[:—–-]\s*)?(?:(?:prepared|opening|closing|keynote|written|oral)\s+)?(?:remarks|speech|statement|testimony|address|keynote|lecture|sermon|eulogy|commencement\s+address)\s+(?:as\s+(?:prepared|delivered)(?:\s+for\s+delivery)?\s+)?(?:by|of|from)\s+(.+?)(?:\s*(?:,|\s(?:at|to|before|on|in|during|for)\s).*)?$/i;

/** Who gives the speech or testimony the document is, from its title: a person the text names, else the title's name. */
function speakerOfText(doc: SourceDocument, entities: Entity[]): { name: string; entity?: string } | undefined {
  const title = doc.frontMatter.title ?? /^\s*#\s+(.+)$/m.exec(doc.text.slice(0, 300))?.[1];
  const m = title ? SPEECH_TITLE.exec(title) : null;
  if (!m) return undefined;
  const words = [...m[1].matchAll(/\S+/g)];
  let name = m[1].trim();
  for (const w of words.slice(1)) {
    const t = titleBefore(m[1], w.index!);
    if (t && t.start === 0) {
      name = m[1].slice(w.index!).trim();
      break;
    }
  }
  if (!/^\p{Lu}/u.test(name) || name.split(/\s+/).length > 5) return undefined;
  const person = entities.find((e) => e.type === 'person' && (name === e.name || name.endsWith(' ' + e.name) || e.aliases.includes(name)));
  return person ? { name: person.name, entity: person.id } : { name };
}

/** A question put to the speaker opening the sentence before its pronoun: "Asked whether Pritchard had made contact, ". */
const QUESTION_ASIDE = /^[\s"“‘']*(?:when\s+)?(?:asked|pressed|questioned|quizzed|challenged)\s+(?:about|on|over|whether|if|why|how|what|who|when|where|to)\b[^.;:"“”]*,\s*$/i;

/** Exchanges and markets: where a company's shares trade, never the company. */
const EXCHANGE_NAME = /\b(?:exchange|nasdaq|nyse|bourse|stock market)\b/i;
/** Bodies that are no company: "the company" never means them. */
const NON_FIRM_NAME = /\b(?:union|workers|teamsters|guild|federation|association|university|college|party|league|institute|foundation|coalition|board)\b/i;
/** A political party: what "the party" can mean. */
const PARTY_NAME = /\b(?:party|parti|partei|partido|GOP|Labour|Tories|Conservatives|Democrats|Republicans|Liberals|Greens)\b/i;
/** A workers' body: what "the union" can mean. */
const LABOR_NAME = /\b(?:union|workers|teamsters|guild|federation|employees|nurses|teachers|unite|unison|AFL-CIO|SEIU|UAW)\b/i;

/** "analysts at Jefferies", "two officials", "documents": a plural head before any post-modifier, in lower case. */
function isPluralSource(text: string): boolean {
  const words = text.split(/\s+(?:at|of|for|from|in|with|who|familiar|close|by|filed|published|released|issued|compiled|obtained|seen|reviewed)\s/)[0].trim().split(/\s+/);
  // A capital on the first word only opens the sentence ("Analysts at Jefferies"); one later names ("Corvanta Systems").
  const head = words.length === 1 ? words[0].toLowerCase() : words[words.length - 1];
  return /^[a-z][a-z-]*s$/.test(head) && !/(?:ss|us|is|news)$/.test(head);
}

/**
 * The person who is the subject of the sentence before sentence `current`, when `cand` (the last
 * person mentioned) is named later in that same sentence, after a verb, and the subject fits the
 * pronoun: the subject opens the sentence with no verb before it.
 */
function subjectOver(
  cand: PersonMention, people: PersonMention[], views: SentenceView[], doc: SourceDocument, current: number, pronoun: string,
): PersonMention | undefined {
  const prev = doc.sentences[current - 1];
  const view = views[current - 1];
  if (!prev || !view || cand.start < prev.start || cand.start >= prev.end || doc.sentences[current].paragraph !== prev.paragraph) return undefined;
  const first = firstStartingAt(people, prev.start);
  const subject = first < people.length && people[first].start < cand.start ? people[first] : undefined;
  if (!subject || subject.entity === cand.entity && subject.entity !== undefined) return undefined;
  if (pronoun === 'he' ? subject.gender === 'f' : pronoun === 'she' ? subject.gender === 'm' : false) return undefined;
  const beforeSubject = view.toks.filter((t) => t.start < subject.start);
  if (beforeSubject.some((t) => t.tags.has('Verb') && !/^\p{Lu}/u.test(t.text) || /[,;:]/.test(t.post))) return undefined;
  // A verb must stand between the subject and the later person ("met", "declined to discuss").
  if (!view.toks.some((t) => t.start > subject.start && t.start < cand.start && t.tags.has('Verb'))) return undefined;
  return subject;
}

/** Role words that say whether their holder is a man or a woman. */
const MALE_ROLE = /^(?:spokesman|chairman|congressman|councilman|selectman|alderman)$/;
const FEMALE_ROLE = /^(?:spokeswoman|chairwoman|congresswoman|councilwoman|selectwoman)$/;

/**
 * The subject of the sentence before, in the same paragraph, when it is the holder of a role with no name ("The mayor
 * was asked about the closures", "The chief constable faced questions"): "the", up to two words, the role, then the
 * verb. Its text and start, or undefined.
 */
function roleSubjectBefore(views: SentenceView[], doc: SourceDocument, current: number, pronoun: string): { text: string; start: number } | undefined {
  const prev = doc.sentences[current - 1];
  const toks = views[current - 1]?.toks;
  if (!prev || !toks || prev.paragraph !== doc.sentences[current]?.paragraph || toks[0]?.word !== 'the') return undefined;
  for (let j = 1; j <= 3 && j + 1 < toks.length; j++) {
    const t = toks[j];
    if (t.inQuote || /[,;:()]/.test(toks[j - 1].post) || /^\p{Lu}/u.test(t.text) && j > 1) return undefined;
    if (!PERSON_ROLES.test(t.word) && !MALE_ROLE.test(t.word) && !FEMALE_ROLE.test(t.word)) continue;
    const v = toks[j + 1];
    // ("The chief constable": a role word that describes the next one.)
    if (!/[,;:()]/.test(t.post) && (PERSON_ROLES.test(v.word) || v.tags.has('Noun') && !v.tags.has('Verb'))) continue;
    if (/[,;:()]/.test(t.post) || v.inQuote || !(v.tags.has('Verb') || v.tags.has('Auxiliary') || v.tags.has('Copula')) || v.tags.has('Noun') && !v.tags.has('Verb')) return undefined;
    if (pronoun === 'he' && FEMALE_ROLE.test(t.word) || pronoun === 'she' && MALE_ROLE.test(t.word)) return undefined;
    return { text: doc.text.slice(toks[0].start, t.end), start: toks[0].start };
  }
  return undefined;
}

function fitsGender(d: Draft, pronoun: string): boolean {
  if (!d.gender) return true;
  return pronoun === 'he' ? d.gender === 'm' : pronoun === 'she' ? d.gender === 'f' : true;
}

/**
 * Whether an attribution of a later sentence takes in this quotation: its cue stands in a sentence
 * the quotation reaches, or in one of the two after it (looked up there only, so that a long
 * document of quotations stays linear).
 */
function laterCueOf(doc: SourceDocument, bySentence: Map<number, Attribution[]>, index: number, quote: Span): boolean {
  let after = 0;
  for (let i = index + 1; i < doc.sentences.length && after <= 2; i++) {
    if (doc.sentences[i].start > quote.end) after++;
    for (const x of bySentence.get(i) ?? []) {
      if (x.content !== null && x.content.start <= quote.end && x.content.end >= quote.start) return true;
    }
  }
  return false;
}

/**
 * A sentence with no cue of its own inherits the previous sentence's attribution in the same
 * paragraph when it continues that attribution's quotation (or opens a new one right after a
 * quoted speaker).
 */
/** A speaker's label opening a paragraph ("MS. ALVAREZ:", "Q:", "Answer:"). */
const ANY_LABEL = /^[\s"“*_]*(?:[A-Z][A-Z.'’ ()-]{0,40}|Q|A|Question|Answer)\s*:/;
/** An interviewer's label ("Q:", "Q.", "Question:", "PRESENTER:", "Host:"). */
const QUESTION_LABEL = /^[\s"“*_]*(?:Q|Question|INTERVIEWER|Interviewer|PRESENTER|Presenter|HOST|Host|ANCHOR|Anchor|MODERATOR|Moderator)[*_]*\s*[:.]\s/;

function inherit(doc: SourceDocument, views: SentenceView[], list: Attribution[]): Attribution[] {
  const bySentence = new Map<number, Attribution[]>();
  for (const a of list) {
    const arr = bySentence.get(a.sentence) ?? [];
    arr.push(a);
    bySentence.set(a.sentence, arr);
  }
  const out: Attribution[] = [];
  let carry: Attribution | undefined;
  let carryQuote: ReturnType<typeof quoteAt>;
  let carryParagraph = -1;
  // A transcript's speaker label ("MS. ALVAREZ: …") holds for its whole paragraph, whoever the speaker quotes in it;
  // in a transcript (two labels or more) it holds until the next label ("MS. WHITLOW: … I have two things. ¶
  // First, … ¶ Second, we welcome …"), and "we" or "I" in the turn is the speaker.
  // (A label before the words, or a speaker's line above them.)
  const labelled = (a: Attribution) => speakerTurn(doc, a) || lineTurn(doc, a);
  let labels = 0;
  for (const a of list) if (labelled(a) && ++labels >= 2) break;
  let turn: Attribution | undefined;
  let turnParagraph = -1;
  // (In a Q&A, a paragraph with no label before the next question goes on with the answer: "A: Partly. … ¶ The new
  // berth will double that by 2015. ¶ Q: …". One pass from the end finds, for each paragraph, the next label.)
  const beforeQuestion: boolean[] = new Array(doc.paragraphs.length).fill(false);
  let nextQuestion = false;
  for (let p = doc.paragraphs.length - 1; p >= 0; p--) {
    beforeQuestion[p] = nextQuestion;
    const text = doc.prose.slice(doc.paragraphs[p].start, doc.paragraphs[p].end);
    if (QUESTION_LABEL.test(text)) nextQuestion = true;
    else if (ANY_LABEL.test(text)) nextQuestion = false;
  }
  for (const v of views) {
    let own = bySentence.get(v.index);
    if (turn && turnParagraph !== v.paragraph) {
      // ("QUESTION: …", "Q: …", "PRESENTER: …": any label ends the turn, named or not.)
      const opensTurn = own?.some(labelled) || ANY_LABEL.test(doc.prose.slice(v.start, v.end));
      // (A turn under a speaker's line goes on to the next such line, whatever its paragraphs say.)
      // (Nor over a label alone on its line, "MR HARDING KC (for the defendant):", which opens the next turn.)
      const line = doc.prose.slice(v.start, v.end);
      const underLine = lineTurn(doc, turn) && !isSpeakerLine(line) && !isLabelLine(line);
      if (labels < 2 || opensTurn || !(underLine || turnGoesOn(doc, v.paragraph) || beforeQuestion[v.paragraph])) turn = undefined;
      else turnParagraph = v.paragraph;
    }
    const speaker = own?.find(labelled) ?? turn;
    if (speaker && own) {
      own = own.map((a) => a !== speaker && a.sourceKind === 'pronoun' && a.source && /^(?:we|i)$/i.test(a.source.text.trim()) && !a.inherited
        ? { ...a, sourceName: speaker.sourceName ?? speaker.source?.text, sourceEntity: speaker.sourceEntity, strength: speaker.strength } : a);
    }
    if (own && own.some((a) => a.cueClass !== 'hearsay')) {
      out.push(...own);
      const speakers = own.filter((a) => a.cueClass !== 'hearsay' && a.source);
      carry = speakers[speakers.length - 1];
      carryQuote = undefined;
      carryParagraph = v.paragraph;
      const label = speakers.find(labelled);
      if (label) {
        turn = label;
        turnParagraph = v.paragraph;
      }
      continue;
    }
    // Here the sentence has no cue of its own, or hearsay only: a speaker's turn goes on over it.
    if (turn) {
      if (own) out.push(...own);
      // (A label that is a sentence of its own, "Mr. WHITAKER.", already holds the sentence after it.)
      if (!(turn.content && turn.content.start === v.start && turn.content.end === v.end)) {
        out.push({ ...turn, content: { start: v.start, end: v.end }, sentence: v.index, inherited: true });
      }
      continue;
    }
    if (own) out.push(...own);
    // ('"We have banked most of it," the Treasurer told reporters. ¶ "There are hard choices ahead."': in house styles of
    // one sentence to a paragraph, a paragraph that is only a quotation, right after a quoted speaker's, goes on with it,
    // unless a cue of its own follows.)
    const nextParagraphQuote = !!carry && v.paragraph === carryParagraph + 1 && v.toks.length > 0 && v.toks.every((t) => t.inQuote)
      && doc.paragraphs[v.paragraph]?.start !== undefined && /^[\s"“]*$/.test(doc.prose.slice(doc.paragraphs[v.paragraph].start, v.toks[0].start))
      && carry.content !== null && doc.quotes.some((q) => q.inner.start < carry!.content!.end && carry!.content!.start < q.inner.end)
      && !laterCueOf(doc, bySentence, v.index, quoteAt(doc.quotes, v.toks[0].start)?.inner ?? { start: v.start, end: v.end });
    if (nextParagraphQuote) carryParagraph = v.paragraph;
    if (!carry || carryParagraph !== v.paragraph || v.toks.length === 0) {
      carry = undefined;
      continue;
    }
    const first = v.toks[0];
    // The content it carries, or a quotation an inherited sentence opened that goes on here.
    const continuesQuote = carry.content !== null && carry.content.start <= first.start && first.start < carry.content.end
      || !!carryQuote && first.inQuote && carryQuote.inner.start <= first.start && first.start < carryQuote.inner.end;
    const opensQuote = first.inQuote && /[“"]/.test(doc.prose.slice(v.start, first.start));
    const wholeQuote = v.toks.every((t) => t.inQuote);
    // '"The walls just fell. I carried my mother out," said Nurhayati': a quotation whose own cue comes later is not the last
    // speaker's. (A denial goes on in the quotation that follows it, whoever's cue closes that: "Hanseong rejected that
    // account. \"There has been no discussion …,\" spokesperson Min-ji Seo said.")
    const opened = opensQuote && carry.cueClass !== 'denial' ? quoteAt(doc.quotes, first.start) : undefined;
    const ownCueLater = !!opened && laterCueOf(doc, bySentence, v.index, opened.inner);
    if (continuesQuote || opensQuote && wholeQuote && !ownCueLater || speakerTurn(doc, carry)) {
      const inherited: Attribution = {
        ...carry,
        content: { start: v.start, end: v.end },
        sentence: v.index,
        inherited: true,
      };
      out.push(inherited);
      carryQuote = first.inQuote ? quoteAt(doc.quotes, first.start) : undefined;
    } else {
      carry = undefined;
    }
  }
  return out;
}

/**
 * Does a transcript speaker's turn go on over a paragraph with no label of its own? Not over an
 * interviewer's question set in bold or italics ("**Would you do it again?**"), a stage direction in
 * brackets ("(SOUNDBITE OF MUSIC)"), nor over the author's own closing paragraphs: a turn that goes on
 * speaks in the first or second person, quotes, or opens with a spoken connective ("And", "First,").
 */
function turnGoesOn(doc: SourceDocument, paragraph: number): boolean {
  const p = doc.paragraphs[paragraph];
  if (!p) return false;
  const text = doc.prose.slice(p.start, p.end).trim();
  if (/^(?:\*\*|__|\*|_)[^*_][\s\S]*(?:\*\*|__|\*|_)$/.test(text) || /^[([][\s\S]*[)\]]$/.test(text)) return false;
  return /\b(?:I|I['’](?:m|ve|d|ll)|me|my|mine|we|we['’](?:re|ve|d|ll)|us|our|ours|you|your|yours)\b/i.test(text) || /["“”]/.test(text)
    || /^(?:and|but|so|well|now|look|first|second|third|finally|also|then|again|yes|no|right|of course|honestly)\b/i.test(text);
}

/**
 * A speaker label opening its paragraph ("MINISTER: Let me be clear. …"): the whole paragraph is
 * the speaker's turn, so every sentence after the label's own is theirs too.
 */
function speakerTurn(doc: SourceDocument, a: Attribution): boolean {
  // (A hearing record's label closed by a period, "Senator HOLLOWAY.", opens its turn.)
  if (a.predicate.text === '.' && a.source && a.predicate.start === a.source.end && a.cue.end === a.source.end) return true;
  if (a.predicate.text !== ':' || !a.source) return false;
  const s = doc.sentences[a.sentence];
  const prev = doc.sentences[a.sentence - 1];
  // (An honorific the label keeps out of the name may open it: "MS. ALVAREZ:", "MR HADDAD:", "THE CHAIR:"; or the
  // part whose holder is in brackets: "HOST (JANE ODUYA):".)
  return (!prev || prev.paragraph !== s.paragraph) && /^[\s"“'‘]*(?:[A-Z][A-Za-z]{0,4}\.\s+|(?:MRS?|MS|MX|DR|SIR|DAME|THE)\s+|[A-Z][A-Za-z'’.-]+(?:\s+[A-Z][A-Za-z'’.-]+)?\s*\(\s*)?$/.test(doc.prose.slice(s.start, a.source.start));
}

/** A speaker's line above their words ("Ingrid Solheim -- Chief Executive Officer"): the cue is in an earlier paragraph. */
function lineTurn(doc: SourceDocument, a: Attribution): boolean {
  const s = doc.sentences[a.sentence];
  return !a.inherited && !!s && a.predicate.start === a.cue.start && a.predicate.end === a.cue.end && a.cue.end <= (doc.paragraphs[s.paragraph]?.start ?? 0);
}

export type { PersonMention, TextSpan };
