import { OUTLET_NAME_WORDS, OUTLET_NAMES, VERIFICATION_NEGATIONS, VERIFICATION_PHRASES } from '../model/rules-lexicon';
import { namesOwnOutlet } from '../frontMatter';
import type { Attribution, Diagnostic, RelatedSpan } from '../types';
import type { Rule, RuleContext } from './rule';
import { anonymousAttributions, isGenericRelay, isReportBackReference, outletKey, outletName, sourceCore } from './sources';
import { alternation, diagnostic, q, sentenceProse, textOf } from './util';

const VERIFIED = new RegExp(`\\b${alternation(VERIFICATION_PHRASES)}\\b`, 'i');
const NOT_VERIFIED = new RegExp(`\\b${VERIFICATION_NEGATIONS}\\s+(?:\\w+\\s+){0,2}(?:verify|verified|confirm|confirmed|see|seen|review|reviewed|obtain|obtained)\\b`, 'i');
/** Own reporting rather than relaying: "Reuters reviewed the filing", "documents seen by the FT". */
const OWN_VERIFICATION = /^(?:reviewed|has reviewed|had reviewed|have reviewed|saw|has seen|had seen|seen|obtained|has obtained|examined|analy[sz]ed|verified|confirmed|found|tested|counted|calculated|compiled)$/i;

const OUTLET_NAME = new RegExp(`^(?:the\\s+)?(?:${OUTLET_NAMES.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})\\b`, 'i');
const OUTLET_WORD = new RegExp(OUTLET_NAME_WORDS);
/** A passive quotation with the outlet as its agent: "was quoted by the state news agency TASS as saying". */
const QUOTED_BY = /\bquoted\s+by\s+(.+?)\s+as\s+(?:saying|telling|stating|writing)$/i;
/** Kinds of outlet written before a name ("the state news agency TASS", "the daily Kompas"). */
const OUTLET_KIND = /\b(?:news\s+agency|newspaper|daily|broadcaster|tabloid|weekly|magazine|television|radio)\b/i;
const REPORTING = /^(?:reported|reports|report|according to|cited|cites|citing|quoted|quotes|wrote|writes|published|publishes|said|says|broadcast|aired)\b/i;

/** The document's own outlet ("The ABC understands …" in an ABC story): its own reporting, relayed from no one. */
function isOwnOutlet(context: RuleContext, text: string): boolean {
  return namesOwnOutlet(context.document.frontMatter.outlet, text, true);
}

function isRelaySource(context: RuleContext, a: Attribution): boolean {
  if (!a.source) return false;
  if (isOwnOutlet(context, textOf(context, a.source))) return false;
  if (a.sourceKind === 'outlet') return true;
  const text = textOf(context, a.source);
  if (isGenericRelay(text)) return true;
  // The entity layer may call an outlet an organization ("Politico Europe", "Yonhap News Agency").
  if (a.sourceKind !== 'named-organization' || !REPORTING.test(textOf(context, a.predicate))) return false;
  const name = text.replace(/^[\p{Lu}][\p{L}]+[’']s\s+/u, ''); // "South Korea's Yonhap News Agency"
  // "the Medical Examiner's Office", "the Inspector General's office": a public office, whatever word names it.
  if (/\b(?:Office|Department|Bureau|Commission|Ministry|Authority|Board|Court|Council|Service|Coroner)s?$/i.test(name) && !/\bNews\s+Service$/i.test(name)) return false;
  return OUTLET_NAME.test(name) || OUTLET_WORD.test(name);
}

/** True when something in one of these sentences says the outlet's report was checked; memoised per sentence. */
function verified(context: RuleContext, sentences: Iterable<number>, memo: Map<number, boolean>): boolean {
  for (const index of sentences) {
    let hit = memo.get(index);
    if (hit === undefined) {
      const s = context.document.sentences[index];
      const text = s ? sentenceProse(context, s) : '';
      hit = s !== undefined && VERIFIED.test(text) && !NOT_VERIFIED.test(text);
      memo.set(index, hit);
    }
    if (hit) return true;
  }
  return false;
}

/**
 * The claim rests on another outlet ("Bloomberg reported", "according to the FT"). A warning
 * when that outlet itself cites anonymous sources and nothing says it was verified.
 */
export const relayedReport: Rule = {
  id: 'relayed-report',
  summary: "The claim rests on another outlet's reporting.",
  defaultSeverity: 'information',
  check(context) {
    const own = context.document.frontMatter.outlet;
    const ownName = own ? outletName(own) : undefined;
    const ordered = [...context.attributions].sort((a, b) => a.cue.start - b.cue.start);
    const anonymous = anonymousAttributions(context);
    // Index the anonymous sources once by the outlet that relays them (or by sentence when none
    // is named), so each relay looks up its own instead of scanning them all: linear in the document.
    const byOutlet = new Map<string, number[]>();
    const bySentence = new Map<number, number[]>();
    anonymous.forEach((x, i) => {
      if (!x.source || isGenericRelay(textOf(context, x.source))) return;
      const map = x.relayedBy ? byOutlet : bySentence;
      const key = x.relayedBy ? outletKey(context, x.relayedBy) : x.sentence;
      const list = (map as Map<string | number, number[]>).get(key) ?? [];
      list.push(i);
      (map as Map<string | number, number[]>).set(key, list);
    });
    const memo = new Map<number, boolean>();
    const verifiedByOutlet = new Map<string, boolean>();
    const out: Diagnostic[] = [];
    let previousOutlet: string | undefined;
    for (const a of ordered) {
      // "Novak was quoted by the state news agency TASS as saying …": the speaker is named, and the words rest on the
      // outlet that quoted them.
      const quotedBy = QUOTED_BY.exec(textOf(context, a.cue));
      if (quotedBy && a.source && a.sourceKind !== 'outlet') {
        const outlet = quotedBy[1];
        const name = /(\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*)*)$/u.exec(outlet)?.[1] ?? outlet;
        if (!isOwnOutlet(context, outlet) && (OUTLET_NAME.test(name) || OUTLET_WORD.test(outlet) || OUTLET_KIND.test(outlet))) {
          out.push(diagnostic('relayed-report', a.cue, 'information', `Relayed report: the claim rests on reporting by ${outlet}`, claimOf(a, outlet)));
        }
        continue;
      }
      if (!isRelaySource(context, a) && !(isReportBackReference(context, a) && previousOutlet)) continue;
      // "media reports", "according to reports": unnamed reports in the plural are hearsay's.
      if (/\breports$/i.test(textOf(context, a.source!))) continue;
      // "told Reuters": the outlet is the one asking, the speaker is the source.
      if (/^told\b/i.test(textOf(context, a.cue))) continue;
      if (OWN_VERIFICATION.test(a.predicate.text.trim()) || a.cueClass === 'evidential' || a.strength >= 5) continue;
      const backReference = isReportBackReference(context, a) && previousOutlet !== undefined;
      const key = backReference ? previousOutlet! : outletKey(context, a.source!);
      if (backReference) continue; // "the report said": the relay was already shown where the outlet was named
      // ("several papers claim …; the paper says …": a singular "the paper" is none of a plural group.)
      if (!/papers$/i.test(textOf(context, a.source!))) previousOutlet = key;
      if (ownName && outletName(textOf(context, a.source!)) === ownName) continue;
      const viaOutlet = byOutlet.get(key) ?? [];
      const inSentence = bySentence.get(a.sentence) ?? [];
      const relayed = [...viaOutlet, ...inSentence].sort((x, y) => x - y).map((i) => anonymous[i]).filter((x) => x !== a);
      const outlet = textOf(context, a.source!);
      let outletVerified = verifiedByOutlet.get(key);
      if (outletVerified === undefined) {
        outletVerified = verified(context, viaOutlet.map((i) => anonymous[i].sentence), memo);
        verifiedByOutlet.set(key, outletVerified);
      }
      const isVerified = outletVerified || verified(context, [a.sentence, ...inSentence.map((i) => anonymous[i].sentence)], memo);
      if (relayed.length > 0 && !isVerified) {
        const first = relayed[0];
        const related: RelatedSpan[] = [
          { ...sourceCore(context, first), message: `Anonymous source cited by ${outlet}` },
        ];
        related.push(...claimOf(a, outlet) ?? []);
        out.push(diagnostic(
          'relayed-report', a.cue, 'warning',
          `Relayed report: the claim rests on ${outlet}, which cites anonymous sources (${q(textOf(context, sourceCore(context, first)))}); nothing says it was verified`,
          related,
        ));
      } else {
        const unnamed = isGenericRelay(outlet);
        out.push(diagnostic(
          'relayed-report', a.cue, 'information',
          unnamed ? `Relayed report: the claim rests on unnamed outlets (${q(outlet)})` : `Relayed report: the claim rests on reporting by ${outlet}`,
          claimOf(a, outlet),
        ));
      }
    }
    return out;
  },
};

/** The related span of the claim an outlet's report carries, when the attribution has one. */
function claimOf(a: Attribution, outlet: string): RelatedSpan[] | undefined {
  return a.content ? [{ start: a.content.start, end: a.content.end, message: `The claim that rests on ${outlet}` }] : undefined;
}
