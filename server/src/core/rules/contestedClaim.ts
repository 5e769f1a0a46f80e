import { APPENDED_DENIAL } from '../model/cues';
import { DENIAL_LEMMAS } from '../model/rules-lexicon';
import type { Attribution, Diagnostic, Span } from '../types';
import type { Rule, RuleContext } from './rule';
import { isNamed } from './sources';
import { attributionsInSentence, diagnostic, overlaps, perContext, q, textOf, trimPunctuation } from './util';

const DENIAL = new RegExp(`^(?:${DENIAL_LEMMAS.join('|')})$`, 'i');
const STOP = new Set(('the a an of to in on at for and or but that this it its was were is are be been has have had with by from as '
  + 'not no any which who would could will said says say report reports reported denied deny denies rejected '
  + 'disputed claim claims account statement they he she we their his her there than into about after before').split(' '));
/** A denial whose object only points back ("the report", "that account", "it"): the claim is the nearest earlier one. */
const POINTER = /^(?:it|this|that|these|those|them|(?:(?:the|that|this|these|those|such)\s+)?(?:report|reports|claim|claims|account|story|allegations?|accusations?|suggestions?|characteri[sz]ation|rumou?rs?|speculation|article|idea|figures?|numbers?|toll|count|tally|estimates?|data))$/i;

function words(text: string): Set<string> {
  return new Set(text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 2 && !STOP.has(w)));
}

/** The content words of each sentence, computed once per analysis (denials look back over the same sentences). */
const wordsBySentence = perContext(() => new Map<number, Set<string>>());

function sentenceWords(context: RuleContext, index: number): Set<string> {
  const memo = wordsBySentence(context);
  let own = memo.get(index);
  if (!own) {
    const s = context.document.sentences[index];
    memo.set(index, (own = words(context.document.prose.slice(s.start, s.end))));
  }
  return own;
}

/**
 * Verbs that deny whatever follows them; "reject", "dismiss" deny only a claim ("rejected that account", "rejected the
 * idea that …"), not a proposal ("rejected the idea", "rejected the offer").
 */
const STRONG_DENIAL = /^(?:den(?:y|ies|ied|ying)|disput|refut|rebut|contradict|disavow)/i;
const CLAIM_OBJECT = /^\s*(?:that\b|(?:the|this|that|these|those|such|his|her|their|its|any|all|earlier|previous|initial)\s+(?:[\w'’-]+\s+){0,2}(?:report|reports|claim|claims|account|accounts|allegation|allegations|argument|arguments|characteri[sz]ation|suggestion|suggestions|accusation|accusations|(?:idea|notion)(?=\s+that\b)|criticism|assertion|assertions|story|stories|rumou?rs?|speculation|premise|charges?|version|description|portrayal|findings?|figures?|numbers?|conclusions?)\b)/i;

/** Requests and proposals one may deny or reject, after the verb ("denied an application", "rejected a levy"). */
const REFUSED_THING = /^\s*(?:(?:the|a|an|this|that|these|those|its|their|his|her|our|any|all|every|several|\w+['’]s)\s+)?(?:[\w-]+\s+){0,2}?(?:applications?|requests?|permits?|appeals?|motions?|bail|lev(?:y|ies)|tax(?:es)?|bonds?|measures?|proposals?|offers?|bids?|plans?|deals?|contracts?|petitions?|entry|access|visas?|licen[cs]es?|bills?|amendments?|nominations?|budgets?|ordinances?|settlements?|mergers?|takeovers?|pay|raises?|wages?|asylum|parole|extradition|extension|invitation)\b/i;

/** A passive predicate told in the active: "was later denied" (by the council) is what the council "denied". */
function activeVerb(predicate: string): string {
  const p = predicate.trim();
  return /^(?:is|are|was|were|be|been|(?:has|have|had)\s+been)\s/i.test(p) ? p.slice(p.lastIndexOf(' ') + 1) : p;
}

/** True for a denial made by someone named: "Xiaomi denied the report", "Hanseong rejected that account". */
function isNamedDenial(context: RuleContext, a: Attribution): boolean {
  if (!a.source || !isNamed(a)) return false;
  const predicate = textOf(context, a.predicate);
  if (a.cueClass !== 'denial' && !DENIAL.test(predicate)) return false;
  // ("She does not dispute the figure", "never denied it": a denial negated accepts the claim.)
  if (/\b(?:not|never|n['’]t)\b/i.test(predicate) || /\b(?:not|never|n['’]t)\s+$/i.test(context.document.text.slice(a.cue.start, a.predicate.start))) return false;
  // ("The commission denied an application", "rejected the offer": refusing a request or a proposal denies no claim.)
  const said = context.document.text.slice(a.cue.end, a.cue.end + 60);
  if (REFUSED_THING.test(said) && !/^\s*that\s+(?:the|a|an|it|he|she|they|we|i|his|her|its|their|there|this|these|those)\b/i.test(said)) return false;
  if (STRONG_DENIAL.test(activeVerb(predicate))) return true;
  const object = a.content
    ? context.document.text.slice(a.content.start, a.content.end)
    : context.document.text.slice(a.cue.end, context.document.sentences[a.sentence]?.end ?? a.cue.end);
  const rest = context.document.text.slice(a.cue.end, a.cue.end + 80);
  return CLAIM_OBJECT.test(object) || CLAIM_OBJECT.test(rest);
}

/** How many sentences back a denial's claim is looked for: bounded, so the rule stays linear. */
const CLAIM_WINDOW = 40;

/** The earlier claim a denial contests, as the content of its attribution or its sentence. */
function findClaim(context: RuleContext, denial: Attribution): { span: Span; cue?: Span } | null {
  const doc = context.document;
  const same = (x: Attribution) => !!x.source && (x.sourceEntity !== undefined && x.sourceEntity === denial.sourceEntity
    || (x.sourceName ?? textOf(context, x.source)).toLowerCase() === (denial.sourceName ?? textOf(context, denial.source!)).toLowerCase());
  const before = (i: number) => {
    const s = doc.sentences[i];
    const a = attributionsInSentence(context, i).find((x) => x.content && !isNamedDenial(context, x));
    // Nobody contests what they said themselves ("… would comply with it. He denied that deputies …").
    if (a && same(a)) return null;
    return a ? { span: { start: a.content!.start, end: a.content!.end }, cue: a.cue } : { span: trimPunctuation(context, s) };
  };
  const contentText = denial.content ? textOf(context, denial.content).replace(/^that\s+/i, '') : '';
  // "denied the report in a statement", "disputed that account on Tuesday": a pointer and an adjunct.
  // ("later disputed that, telling WWL-TV …": a pointer right after the verb, closed by a comma.)
  const pointerAfterCue = /^\s+(?:that|this|it|these|those)\s*[,.;—–]/i.test(context.document.text.slice(denial.predicate.end, denial.predicate.end + 12));
  const pointer = !denial.content || pointerAfterCue || POINTER.test(contentText.replace(/[.,;]$/, '').replace(/\s+(?:in|on|at|during|last|earlier|later|outright|as|to|with|through|via|flatly|strongly)\b.*$/i, ''));
  // "Arango's campaign has accused Cepeda of being soft on crime, a charge Cepeda denies": the claim is
  // the clause the denial is set against, in the same sentence.
  // ("The union said the company had cut wages, which Acme denies": so is the clause before "which".)
  const sentence = doc.sentences[denial.sentence];
  const lead = sentence ? doc.text.slice(sentence.start, denial.cue.start) : '';
  const against = APPENDED_DENIAL.exec(lead);
  if (sentence && against) {
    const end = sentence.start + against.index;
    if (denial.content && denial.content.end <= denial.cue.start) return { span: { start: denial.content.start, end: Math.min(denial.content.end, end) } };
    const other = attributionsInSentence(context, denial.sentence).find((x) => x !== denial && x.content && x.content.start < end && x.cue.end <= end);
    if (other?.content) return { span: { start: other.content.start, end: Math.min(other.content.end, end) }, cue: other.cue };
    if (end > sentence.start) return { span: trimPunctuation(context, { start: sentence.start, end }) };
  }
  const first = denial.sentence - 1;
  if (first < 0) return null;
  if (pointer) return before(first);
  // An explicit denial ("denied that it had chosen a site") contests the earlier sentence that says most of the same.
  const target = words(contentText);
  let best = -1;
  let bestScore = 0;
  for (let i = first; i >= Math.max(0, first - CLAIM_WINDOW); i--) {
    const own = sentenceWords(context, i);
    let shared = 0;
    for (const w of target) if (own.has(w)) shared++;
    const score = shared / Math.max(1, Math.min(target.size, own.size));
    if (shared >= Math.min(2, target.size) && shared > 0 && score > bestScore) {
      best = i;
      bestScore = score;
    }
  }
  // A denial that says what it denies ("denied any wrongdoing", "denied reports that the budget had
  // been cut") contests only a sentence that speaks of it, never just the one before.
  return best >= 0 ? before(best) : null;
}

/** A named party denies or disputes a claim made in the document: shown on the denial and on the claim. */
export const contestedClaim: Rule = {
  id: 'contested-claim',
  summary: 'A named party denies or disputes a claim in the document.',
  defaultSeverity: 'information',
  check(context) {
    const out: Diagnostic[] = [];
    const at = new Map<string, Diagnostic>();
    const key = (s: Span) => `${s.start}:${s.end}`;
    for (const a of context.attributions) {
      if (!isNamedDenial(context, a)) continue;
      const claim = findClaim(context, a);
      if (!claim) continue;
      const who = a.sourceName ?? textOf(context, a.source!);
      const verb = activeVerb(textOf(context, a.predicate));
      const claimText = textOf(context, claim.span);
      const short = claimText.length > 70 ? `${claimText.slice(0, 69).trimEnd()}…` : claimText;
      // One finding per denial cue; a denial that goes on (an inherited quote) adds the claims it contests.
      const existing = at.get(key(a.cue));
      if (existing) {
        if (!existing.related?.some((r) => r.start === claim.span.start)) existing.related?.push({ ...claim.span, message: `The claim ${who} ${verb}` });
      } else {
        const d = diagnostic(
          'contested-claim', a.cue, 'information', `Contested: ${who} ${verb} the claim ${q(short)}`,
          [{ ...claim.span, message: `The claim ${who} ${verb}` }],
        );
        if (!at.has(key(d))) at.set(key(d), d);
        out.push(d);
      }
      const claimSpan = claim.span;
      if (!overlaps(claimSpan, a.cue) && !at.has(key(claimSpan))) {
        const d = diagnostic(
          'contested-claim', claimSpan, 'information', `Contested claim: ${who} ${verb} it`,
          [{ start: a.cue.start, end: a.cue.end, message: `${who} ${verb} this` }],
        );
        at.set(key(d), d);
        out.push(d);
      }
    }
    return out;
  },
};
