import { ANONYMITY_REASONS } from '../model/cues';
import type { Attribution, Diagnostic } from '../types';
import type { Rule, RuleContext } from './rule';
import { anonymousAttributions, anonymousHead, describedBody, isBackReference, pluralHead, sourceCore, toldByNamed } from './sources';
import { alternation, diagnostic, q, sentenceProse, textOf, yearOf } from './util';

const REASON = new RegExp(`\\b${alternation(ANONYMITY_REASONS)}`, 'i');

/** True when a reason for anonymity is given for the attribution, in its sentence or the next or previous one. */
function explained(context: RuleContext, a: Attribution): boolean {
  if (a.anonymityReason) return true;
  const sentences = context.document.sentences;
  for (let i = a.sentence - 1; i <= a.sentence + 1; i++) {
    const s = sentences[i];
    if (!s) continue;
    const m = REASON.exec(sentenceProse(context, s));
    // (In a sentence next to it, a reason in a relative clause belongs to that sentence's own source: "The official, who
    // did not wish to be named, said …" explains nobody else.)
    if (m && (i === a.sentence || !/\b(?:who|whom)\s+(?:had\s+)?$/i.test(sentenceProse(context, s).slice(Math.max(0, m.index - 12), m.index)))) return true;
  }
  return false;
}

/** A date right at the cue ("admitted last year", "in 2019 said") whose period ended in an earlier year than the story's. */
function saidLongBefore(context: RuleContext, a: Attribution): boolean {
  const year = yearOf(context.published);
  if (year === null || !a.source) return false;
  const from = a.source.end;
  const to = a.predicate.end + 24;
  return context.dates.some((d) => d.sentence === a.sentence && d.start >= from && d.end <= to && !d.mod
    && !!d.value && /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/.test(d.value) && Number(d.value.slice(0, 4)) < year
    && !/\bago\b|\bsince\b/i.test(context.document.text.slice(d.start, d.end)));
}

/**
 * Anonymous sources with no reason for their anonymity near them. One finding per group of
 * anonymous sources (an introduction and its back-references, or everyone an outlet relays),
 * placed on the introduction, and only when no member of the group is explained.
 */
export const anonymityUnexplained: Rule = {
  id: 'anonymity-unexplained',
  summary: 'Anonymous sources are used and no reason for their anonymity is given.',
  defaultSeverity: 'information',
  check(context) {
    const anonymous = anonymousAttributions(context)
      // A spokesperson speaks for the organization on the record: nobody granted them anonymity.
      .filter((a) => !/^(?:spokes(?:person|man|woman)|representative)s?$/i.test(anonymousHead(context, a)))
      // "Russian officials have repeatedly insisted …", "officials have publicly said …": a stance said again and in
      // public is on the record; nobody was granted anonymity for it.
      .filter((a) => !/\b(?:repeatedly|publicly|openly|consistently|long)\s+(?:\w+\s+)?$/i.test(context.document.text.slice(a.cue.start, a.predicate.start))
        && !/^\s*(?:have|has|had)?\s*(?:repeatedly|publicly|openly|consistently)\b/i.test(a.predicate.text))
      // "Board members at the time thought the deal was reckless, she recalls": people a named source tells of are
      // in that source's account; the story granted them nothing.
      .filter((a) => !toldByNamed(context, a))
      // ("A neighbourhood group representing 40 families said": a body the story describes rather than names asked for
      // no anonymity.)
      .filter((a) => !describedBody(context, a))
      // "Health officials admitted last year that …", "officials said in 2019": a statement dated a year or more before the
      // story was made in public then; the story granted nobody anonymity for it.
      .filter((a) => !saidLongBefore(context, a))
      .sort((a, b) => a.cue.start - b.cue.start);
    const groups: Attribution[][] = [];
    const byRelay = new Map<string, Attribution[]>();
    const byHead = new Map<string, Attribution[]>();
    const byReference = new Map<string, Attribution[]>();
    const bySpan = new Map<string, Attribution[]>();
    let last: Attribution[] | undefined;
    for (const a of anonymous) {
      const relay = a.relayedBy ? textOf(context, a.relayedBy).toLowerCase().replace(/^the\s+/, '') : undefined;
      const head = anonymousHead(context, a);
      // (Two cues of one source phrase, "Sources close to the military said … but insisted", are one source.)
      const at = sourceCore(context, a);
      let group = relay ? byRelay.get(relay) : bySpan.get(`${at.start}:${at.end}`);
      // "the officials" goes back to the last officials introduced, "the people" to the last people.
      // ("the officials" after "three officials … one official": a plural goes back to a plural.)
      const number = pluralHead(context, a) ? 'plural' : 'one';
      // (And to the group the story has gone back to before, its main sources, over a group cited once in between:
      // "the officials said" after "Russian officials have insisted" still means the story's officials.)
      const backReference = isBackReference(context, a);
      if (!group && backReference) group = byReference.get(`${head}/${number}`) ?? byHead.get(`${head}/${number}`) ?? byHead.get(head) ?? last;
      if (backReference && group) byReference.set(`${head}/${number}`, group);
      // "…, said one senior administration official" after "three U.S. officials … spoke on the condition of
      // anonymity because …": "one" picks a member of the officials introduced before, whose anonymity the story
      // has explained; so do "another official", "a second official" and "the other official". (A reason given to the
      // one does not explain a crowd before it.)
      const plurals = byReference.get(`${head}/plural`) ?? byHead.get(`${head}/plural`);
      if (!group && /^(?:one|another|a\s+(?:second|third|fourth)|the\s+other)\s/i.test(textOf(context, at)) && plurals?.some((x) => explained(context, x))) group = plurals;
      if (!group) {
        group = [];
        groups.push(group);
      }
      if (relay && !byRelay.has(relay)) byRelay.set(relay, group);
      bySpan.set(`${at.start}:${at.end}`, group);
      byHead.set(head, group);
      byHead.set(`${head}/${number}`, group);
      group.push(a);
      last = group;
    }
    const out: Diagnostic[] = [];
    for (const group of groups) {
      if (group.some((a) => explained(context, a))) continue;
      const first = group.find((a) => !isBackReference(context, a)) ?? group[0];
      const more = group.length > 1 ? ` (cited ${group.length} times)` : '';
      const source = sourceCore(context, first);
      out.push(diagnostic(
        'anonymity-unexplained', source, 'information',
        `No reason given for anonymity: ${q(textOf(context, source))}${more}`,
      ));
    }
    return out;
  },
};
