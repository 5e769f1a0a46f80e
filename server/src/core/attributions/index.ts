import type { Term } from '../nlp';
import { firstStartingAt } from '../spans';
import { citationDrafts } from './citations';
import { interviewDrafts, labelLineDrafts, recordLabelDrafts, speakerLineDrafts } from './interview';
import type { Attribution, Entity, SourceDocument, TextSpan } from '../types';
import { contentOf } from './content';
import { findCues, RECORD_PARTS, type FoundCue } from './cues';
import { resolveDrafts, type Draft, type PersonMention } from './resolve';
import { appositiveEnd, type TokRange } from './sources';
import { classifySource, findAnonymityReason, isPersonToken, PERSON_ROLES } from './strength';
import { buildViews, commaAfter, isCapitalized, type SentenceView, type Tok } from './tokens';
import { APPENDED_DENIAL } from '../model/cues';
import { FEMALE_GIVEN_NAMES, isCommonGivenName, MALE_GIVEN_NAMES } from '../model/people';

/** "nothing more until …", "nothing about the budget": an object that says nothing was said (not "nothing had changed"). */
const NOTHING_SAID = /^nothing(?:\s+(?:more|else|further|new))?\s+(?:more|else|further|about|on|of|to|until|beyond|regarding|in|at|for|when|after|before|while)\b/i;

/**
 * Who says what: cue, source, content, kind and strength of every attribution.
 * Works from the given terms only (no new parse); linear in the document.
 */
/** Heads that describe no one, with or without a reason for their anonymity: "people familiar with", "sources", "some". */
const UNDESCRIBED = /\b(?:people|persons?|sources?|insiders?|individuals?|someone|somebody|others|some|many|familiar|close|briefed|knowledge)\b/i;

export function findAttributions(doc: SourceDocument, terms: Term[][], entities: Entity[]): Attribution[] {
  const views = buildViews(doc, terms);
  markNames(views, entities);
  const mentions = mentionIndex(entities);
  const { personWords, runs } = collectPeople(views, entities);
  const drafts: Draft[] = [];
  let prevView: SentenceView | undefined;
  for (const view of views) {
    const found = findCues(view).filter((f, _, all) => !holdsOtherVerb(f, all) && !describesOtherSource(f, all) && !planInTrailingContent(view, f, all)
      && !insideAgentlessReport(doc, view, f) && !headingLabel(view, f, all, personWords));
    const byCue = new Map<FoundCue, Draft>();
    const viewDrafts: Draft[] = [];
    for (const f of found) {
      const d = toDraft(doc, view, f, entities, personWords, mentions);
      if (!d) continue;
      if (f.answersPrevious) answerPrevious(doc, d, prevView, drafts);
      viewDrafts.push(d);
      if (f.parent) d.parent = byCue.get(f.parent);
      if (f.shape === 'participle' && d.parent) {
        // "…, saying …" shares its parent's source and kind.
        const p = d.parent.a;
        Object.assign(d.a, {
          source: p.source, sourceKind: p.sourceKind, strength: p.strength,
        });
        if (p.sourcePhrase) d.a.sourcePhrase = p.sourcePhrase;
        if (p.sourceName) d.a.sourceName = p.sourceName;
        if (p.sourceEntity) d.a.sourceEntity = p.sourceEntity;
        d.backRef = d.parent.backRef;
        d.pronoun = d.parent.pronoun;
      }
      byCue.set(f, d);
    }
    endBeforeNextSpeaker(doc, viewDrafts);
    relativeInAppositive(doc, viewDrafts);
    // "no audit has confirmed it", "No official has confirmed the figures": nobody is the source of what
    // no one said (such a cue still ends the content of the one before it); "No 10" is a name.
    // ("The source did not want to be named": what is said of the source's anonymity is no claim of the source's.)
    // ("He would say nothing more until …": a cue whose object is "nothing" reports that nothing was said.)
    drafts.push(...viewDrafts.filter((d) => (!d.a.source || !/^(?:no|none|neither|nobody|nothing)\b(?!\.?\s*\d)/i.test(d.a.source.text))
      && !(d.a.content && (/^to\s+be\s+(?:named|identified|quoted|interviewed\s+on\s+the\s+record)\b/i.test(doc.text.slice(d.a.content.start, d.a.content.end))
        || NOTHING_SAID.test(doc.text.slice(d.a.content.start, d.a.content.end))))));
    prevView = view;
  }
  const answers = interviewDrafts(doc, views, entities);
  const citations = [...citationDrafts(doc, views, new Set(drafts.map((d) => d.a.sentence))), ...answers,
    ...speakerLineDrafts(doc, views, entities), ...recordLabelDrafts(doc, views, entities), ...labelLineDrafts(doc, views, entities)];
  if (answers.length) {
    // An interviewee's answer is their own words, as a quotation is: who they say told them something ("The insurance
    // people tell me …") is their source, not the story's; no attribution is made inside it.
    const answered = new Set(answers.map((d) => doc.sentences[d.a.sentence]?.paragraph));
    let n = 0;
    for (const d of drafts) if (!answered.has(doc.sentences[d.a.sentence]?.paragraph)) drafts[n++] = d;
    drafts.length = n;
  }
  if (citations.length) {
    drafts.push(...citations);
    drafts.sort((x, y) => x.a.sentence - y.a.sentence);
  }
  return resolveDrafts(doc, views, drafts, entities, runs);
}

/**
 * "UNITED NATIONS: Secretary-General António Guterres said in a statement …": a label in capitals before a colon
 * whose sentence names its own speaker right after it heads a section of a roundup; it speaks for nobody.
 */
function headingLabel(view: SentenceView, f: FoundCue, all: FoundCue[], personWords: ReadonlySet<string>): boolean {
  const toks = view.toks;
  if (f.shape !== 'colon' || !f.source || f.source.whole.s !== 0 || !toks.slice(0, f.pred.e + 1).every((t) => /^[^a-z]*[A-Z][^a-z]*$/.test(t.text))) return false;
  // ("HUTCHINS: The Federal Aviation Administration told my office …": a person's name is a transcript's speaker.)
  if (toks.slice(0, f.pred.e + 1).some((t) => personWords.has(t.word) || t.tags.has('Person') || t.tags.has('LastName') || t.tags.has('FirstName'))) return false;
  const from = f.pred.e + 1;
  return !!toks[from] && !toks[from].inQuote && all.some((g) => g !== f && g.shape === 'verb' && !!g.source && g.source.whole.s === from
    && !toks[from].tags.has('Pronoun'));
}

/** "Data … show the second round found …": a cue whose source (its core, not an aside) holds another cue's verb is no cue. */
function holdsOtherVerb(f: FoundCue, all: FoundCue[]): boolean {
  return !!f.source && all.some((g) => g !== f && g.pred.s >= f.source!.core.s && g.pred.e <= f.source!.core.e);
}

/**
 * "Local TD Catherine Connolly, who has opposed the plans, said", "One Labor MP, who did not wish to be
 * named, said": a cue inside another's source phrase with no clause of its own describes that source.
 */
function describesOtherSource(f: FoundCue, all: FoundCue[]): boolean {
  return !/^(?:that|clause|quote|colon)$/.test(f.complement)
    && all.some((g) => g !== f && !!g.source && g.source.whole.e > g.source.core.e && f.pred.s > g.source.core.e && f.pred.e <= g.source.whole.e);
}

/**
 * "Halcyon plans to spend $1.5 billion by 2030, two people briefed on the plans said": a plan (or a stance voiced) inside
 * what a trailing cue reports is that cue's content, not an attribution of its own (a belief with its
 * own holders stays one: "some officials believe that …, the report said").
 */
function planInTrailingContent(view: SentenceView, f: FoundCue, all: FoundCue[]): boolean {
  // ("Pilots raised concerns about vibration, said Tobias Brennan": a stance voiced inside it too.)
  const stance = /^(?:raise|voice|express)$/.test(f.lemma) && f.complement === 'object';
  return (f.cls === 'cognition' && f.complement === 'inf' || stance) && !!f.source && all.some((g) => g !== f && g.contentSide === 'before' && !!g.source
    && g.source.whole.s > f.pred.e && view.toks.slice(f.pred.e + 1, g.source.whole.s).every((t) => !t.inQuote));
}

function span(doc: SourceDocument, start: number, end: number): TextSpan {
  return { start, end, text: doc.text.slice(start, end) };
}

/** Without a possessive ending: "Trump" of "Trump's claim". */
function dropPossessive(doc: SourceDocument, s: TextSpan): TextSpan {
  return /['’]s$/.test(s.text) ? span(doc, s.start, s.end - 2) : s;
}

function rangeSpan(doc: SourceDocument, toks: Tok[], r: TokRange): TextSpan {
  let end = toks[r.e].end;
  // "Rep. Jane Doe (D-N.Y.)": close an opened bracket.
  const text = doc.text.slice(toks[r.s].start, end);
  if ((text.match(/\(/g) ?? []).length > (text.match(/\)/g) ?? []).length) {
    const close = doc.text.indexOf(')', end);
    if (close >= 0 && close - end <= 3) end = close + 1;
  }
  return span(doc, toks[r.s].start, end);
}

/**
 * The name inside a source phrase: titles, roles and possessive modifiers before a
 * capitalized name are dropped ("US president Donald Trump", "Chief Executive Marcus Hale",
 * "Ms. Okoye", "South Korea's Yonhap News Agency" give the name). Phrases that do not end in a
 * name, or where the name follows a determiner or a preposition ("the Financial Times",
 * "a spokeswoman for Ford"), stay whole.
 */
function trimTitle(toks: Tok[], r: TokRange): TokRange {
  const last = toks[r.e];
  // ("A senior Tory MP": a role written as initials ends no name.)
  if (!isCapitalized(last) || TITLE_WORDS.test(last.word) || last.tags.has('Honorific') || /^(?:mps?|meps?|tds?|mlas?|msps?|mpps?|mks?|ceos?|cfos?)$/.test(last.word)) return r;
  let n = r.e;
  while (n > r.s) {
    const p = toks[n - 1];
    if (n - 2 >= r.s && /^[-‐]$/.test(toks[n - 2].post) && isCapitalized(toks[n - 2])) {
      n -= 2; // "Min-ji Seo"
      continue;
    }
    if (!isCapitalized(p) || /^(?:the|a|an)$/.test(p.word) || TITLE_WORDS.test(p.word.replace(/\.$/, '')) || p.tags.has('Honorific')
      || /['’]s?$/.test(p.text) || /['’]/.test(p.post) || /[,;:()]/.test(p.post)) break;
    n--;
  }
  if (n === r.s) return r;
  // ("A senior Republican", "one prominent Tory": a party's member, described, is no name.)
  if (n === r.e && PARTY_MEMBER.test(last.word)) return r;
  // A name inside a prepositional phrase is not the source: "a spokesperson for Germany's Economy Ministry".
  // (A title that holds "of" is no such phrase: "deputy secretary of defense Michael Grant", "chief of staff Ana Ruiz";
  // "a spokeswoman for Sen. Ana Ruiz", "the secretary of the union, Jo Lim" keep theirs.)
  const prep = toks.slice(r.s, n).findIndex((t) => /^(?:of|for|at|by|with|from|in|on|to)$/.test(t.word)) + r.s;
  if (prep >= r.s && !titleWithOf(toks, prep, n)) return r;
  const p = toks[n - 1];
  const strip = TITLE_WORDS.test(p.word.replace(/\.$/, '')) || p.tags.has('Honorific') || /['’]s?$/.test(p.text) || /['’]/.test(p.post)
    || !isCapitalized(p) && p.tags.has('Noun') && !p.tags.has('Pronoun') && !p.tags.has('Determiner') && !/^(?:of|for|at|by|with|from|in|on|to)$/.test(p.word);
  return strip ? { s: n, e: r.e } : r;
}

/**
 * "secretary of defense Michael Grant", "chief of staff Ana Ruiz": an office named with "of" and
 * bare lower-case nouns, right before a person's given name, is one title.
 */
function titleWithOf(toks: Tok[], prep: number, name: number): boolean {
  const head = toks[prep - 1];
  const between = toks.slice(prep + 1, name);
  return toks[prep].word === 'of' && !!head && TITLE_WORDS.test(head.word) && between.length >= 1 && between.length <= 2
    && between.every((t) => !isCapitalized(t) && !t.tags.has('Determiner') && !/['’]/.test(t.text + t.post) && !/^(?:of|for|at|by|with|from|in|on|to)$/.test(t.word))
    && !toks.slice(prep + 1, name).some((t) => /[,;:()]/.test(t.post))
    && (toks[name].tags.has('FirstName') || isCommonGivenName(toks[name].word));
}

function toDraft(doc: SourceDocument, view: SentenceView, f: FoundCue, entities: Entity[], personWords: ReadonlySet<string>, mentions: TextSpan[]): Draft | null {
  void personWords;
  const toks = view.toks;
  let predicate = rangeSpan(doc, toks, f.pred);
  if (f.shape === 'colon' || f.shape === 'dash') {
    const re = f.shape === 'colon' ? /:/g : /[―—–]/g;
    re.lastIndex = f.shape === 'colon' || toks[f.pred.e].inQuote ? toks[f.pred.e].end : toks[f.pred.e].start;
    const m = re.exec(doc.text);
    if (!m) return null;
    predicate = span(doc, m.index, m.index + 1);
  }
  let source: TextSpan | null = null;
  let sourcePhrase: TextSpan | undefined;
  let cue: TextSpan = predicate;
  let kind: Attribution['sourceKind'] = 'none';
  let strength = 0;
  let draftExtra: Partial<Draft> = {};
  let sourceName: string | undefined;
  let sourceEntity: string | undefined;
  if (f.source) {
    const whole = f.source.whole;
    // ("Mr Patrick Walsh (52), of Navan": an age in brackets, as Irish and British copy writes it, is no part of the name.)
    const fullCore = f.source.core.e > f.source.core.s && /^\d{1,3}$/.test(toks[f.source.core.e].text) && /\(\s*$/.test(toks[f.source.core.e - 1].post)
      ? { s: f.source.core.s, e: f.source.core.e - 1 } : f.source.core;
    // The source is the name alone (no title, no apposition): "Daniel Mercado" in
    // "Daniel Mercado, a lawyer for Lutz, said"; the cue spans the whole stretch.
    const core = trimTitle(toks, fullCore);
    source = widenToMention(doc, dropPossessive(doc, rangeSpan(doc, toks, core)), mentions);
    // "…, according to an analysis by Jane Doe, a former aide.": the appositive closes the sentence.
    // ("…, according to people who received it.": a relative clause with no comma that closes the sentence describes the source.)
    const restrictive = f.shape === 'according' && f.contentSide === 'before' && /^(?:who|whose)$/.test(toks[whole.e + 1]?.word ?? '') && !commaAfter(toks[whole.e])
      && toks.slice(whole.e + 1).every((t) => !t.inQuote);
    const phrase = restrictive ? { s: whole.s, e: toks.length - 1 } : f.shape === 'according' && f.contentSide === 'before' ? { s: whole.s, e: appositiveEnd(toks, whole.e) }
      : f.source.shown !== undefined ? { s: f.source.shown, e: whole.e } : whole;
    sourcePhrase = dropPossessive(doc, rangeSpan(doc, toks, f.source.relative ?? phrase));
    if (!f.source.relative && (sourcePhrase.start > source.start || sourcePhrase.end < source.end)) {
      sourcePhrase = span(doc, Math.min(sourcePhrase.start, source.start), Math.max(sourcePhrase.end, source.end));
    }
    const cls = classifySource(toks, core, f.statement, entities, personWords);
    kind = cls.kind;
    strength = cls.strength;
    if (f.ownVerification) {
      kind = 'document';
      strength = 5;
    }
    // "with several papers claiming that …", "most papers say": newspapers, counted, that report (papers that show are documents).
    if (kind === 'document' && f.cls !== 'evidential' && core.e === core.s + 1 && /^(?:several|many|most|some|other|both|all)$/.test(toks[core.s].word)
      && /^(?:papers|newspapers)$/.test(toks[core.e].word)) {
      kind = 'outlet';
      strength = 1;
    }
    // ("traders who spoke on condition of anonymity said", "economists who asked not to be named": people of a trade the
    // reporter spoke to, described by it and by the reason they are not named, not a vague crowd.)
    // (Not "people familiar with the matter, who asked not to be identified": the table's vague source, whatever the reason.)
    if (kind === 'vague' && !cls.backRef && !UNDESCRIBED.test(doc.text.slice(source.start, source.end).split(/,|\s(?:who|which|that)\s/)[0])
      && findAnonymityReason(doc.prose, sourcePhrase.start, sourcePhrase.end)) {
      kind = 'anonymous';
      strength = 2;
    }
    if (cls.backRef) draftExtra.backRef = cls.backRef;
    // A transcript label naming a role ("MINISTER:") points back to the person who holds it.
    if (f.shape === 'colon' && core.s === core.e && (PERSON_ROLES.test(toks[core.s].word) || RECORD_PARTS.test(toks[core.s].word))) {
      draftExtra.backRef = 'person';
      // ("THE WITNESS:", "THE COURT:": a record names its participants by their part in it; whoever that is, it is no
      // anonymous source.)
      const ofRecord = whole.s === core.s - 1 && toks[whole.s].text === 'THE';
      kind = ofRecord ? 'named-person' : 'anonymous';
      strength = ofRecord ? 4 : 2;
    }
    // ("his argument that …": a possessive stands for its subject form.)
    if (cls.kind === 'pronoun') draftExtra.pronoun = ({ his: 'he', her: 'she', their: 'they', its: 'it', our: 'we', my: 'i' } as Record<string, string>)[toks[core.s].word] ?? toks[core.s].word;
    if (cls.entity) {
      sourceEntity = cls.entity.id;
      sourceName = cls.entity.name;
    }
    if (f.relayed) {
      const rel = classifySource(toks, f.relayed, false, entities, personWords);
      if (rel.kind === 'anonymous' || rel.kind === 'vague') draftExtra.relaysAnonymous = true;
    }
    // The cue as a reader sees it: source and predicate when they touch.
    const coreSpan = rangeSpan(doc, toks, fullCore);
    // ("told the official Saudi Press Agency (SPA)": an addressee's bracketed short name keeps its closing bracket.)
    const closing = f.cueEnd !== undefined && toks[f.cueEnd] && /^\)/.test(toks[f.cueEnd].post) && /\(/.test(toks[f.cueEnd - 1]?.post ?? '') ? 1 : 0;
    const cueEnd = f.cueEnd !== undefined && toks[f.cueEnd] ? Math.max(predicate.end, toks[f.cueEnd].end + closing) : predicate.end;
    switch (f.shape) {
      case 'verb':
      case 'relay':
      case 'noun':
        if (f.adjacent && whole.e < f.pred.s) cue = span(doc, source.start, cueEnd);
        else if (whole.e + 1 === f.pred.s) cue = span(doc, source.start, cueEnd);
        else cue = span(doc, predicate.start, cueEnd);
        break;
      case 'colon':
        cue = span(doc, source.start, predicate.end);
        break;
      case 'channel':
        cue = predicate;
        break;
      case 'inverted':
        if (fullCore.s === f.pred.e + 1) cue = span(doc, predicate.start, coreSpan.end);
        break;
      case 'according':
      case 'citing':
      case 'dash':
        cue = span(doc, f.cueStart !== undefined ? toks[f.cueStart].start : predicate.start, rangeSpan(doc, toks, whole).end);
        break;
      default:
        break;
    }
  }
  // "Reports say", "according to media reports": hearsay with a generic source.
  const cueClass = source && /^(?:(?:media|news|press|local|state|some|unconfirmed|earlier|several)\s+)?(?:reports|rumou?rs)$/i.test(source.text) ? 'hearsay' : f.cls;
  const a: Attribution = {
    cue,
    predicate,
    cueClass,
    source,
    sourceKind: kind,
    strength,
    content: contentOf(doc.text, doc.quotes, view, f),
    sentence: view.index,
  };
  if (sourcePhrase) a.sourcePhrase = sourcePhrase;
  if (sourceName) a.sourceName = sourceName;
  if (sourceEntity) a.sourceEntity = sourceEntity;
  return { a, ...draftExtra };
}

/**
 * "Critics claimed she took gifts. This was denied by her office.": the denial's content is what the sentence before
 * reports (its last attribution's content), else that whole sentence.
 */
function answerPrevious(doc: SourceDocument, d: Draft, prev: SentenceView | undefined, drafts: Draft[]): void {
  if (!prev) return;
  for (let k = drafts.length - 1; k >= 0 && drafts[k].a.sentence === prev.index; k--) {
    const c = drafts[k].a.content;
    if (c && c.start >= prev.start && c.end <= prev.end) {
      d.a.content = c;
      return;
    }
  }
  const t = doc.text.slice(prev.start, prev.end);
  const lead = t.length - t.trimStart().length;
  const body = t.trim().replace(/[\s.!?"'“”‘’]+$/, '');
  if (body) d.a.content = { start: prev.start + lead, end: prev.start + lead + body.length };
}

/** A member of a party, written with its capital ("a senior Republican", "two Tories"). */
const PARTY_MEMBER = /^(?:republican|democrat|tory|tories|conservative|liberal|socialist|communist|nationalist|unionist|progressive|independent|labourite|peronist|gaullist)s?$/;
const TITLE_WORDS = /^(?:president|vice|governor|gov|senator|sen|representative|rep|mayor|gen|general|lt|col|sgt|capt|adm|dr|mr|mrs|ms|miss|prof|professor|judge|justice|secretary|minister|prime|chairman|chairwoman|chair|ceo|director|chief|officer|king|queen|prince|princess|pope|rev|reverend|sheriff|commissioner|attorney|speaker|leader|former|acting|retired|deputy|ambassador|administrator|councilman|councilwoman|delegate|del|sir|dame|lord|lady|st|saint|detective|officer|sergeant|coach|pastor|bishop|cardinal|rabbi|imam|father|sister|brother|auntie|uncle|executive|manager|editor|founder|cofounder|co-founder|spokesman|spokeswoman|spokesperson|host|moderator|correspondent|treasurer|chancellor|premier|superintendent|inspector|auditor|comptroller|trustee|provost|dean|principal|captain|lieutenant|colonel|sergeant|corporal|admiral|marshal|chairperson|counsel|adviser|advisor|aide|assistant|associate|senior|ceo|cfo|coo|cto|chief|md|phd|nominee|candidate|lawmaker|congressman|congresswoman|assemblyman|assemblywoman|economist|analyst|lawyer|pollster|strategist)$/;

/**
 * "Tom Reyes, a teacher who said he was near the steps, told the Record …": a cue in a relative clause on the
 * appositive of a named person's source phrase is that person's; what it reports ends with the appositive.
 */
function relativeInAppositive(doc: SourceDocument, drafts: Draft[]): void {
  for (const d of drafts) {
    const own = d.a.source;
    if (!own || d.a.inherited || !/^\s*(?:who|whom)\s/i.test(doc.text.slice(own.end, d.a.predicate.start + 1))) continue;
    const o = drafts.find((x) => x !== d && x.a.sourceKind === 'named-person' && !!x.a.source && !!x.a.sourcePhrase
      && x.a.source.end < own.start && x.a.sourcePhrase.start <= x.a.source.start && d.a.predicate.end <= x.a.sourcePhrase.end
      && /^\s*,\s*$/.test(doc.text.slice(x.a.source.end, own.start)));
    if (!o) continue;
    const phrase = o.a.sourcePhrase!;
    Object.assign(d.a, { source: o.a.source, sourceKind: o.a.sourceKind, strength: o.a.strength });
    if (o.a.sourceName) d.a.sourceName = o.a.sourceName;
    if (o.a.sourceEntity) d.a.sourceEntity = o.a.sourceEntity;
    if (d.a.content && d.a.content.end > phrase.end) d.a.content = { start: d.a.content.start, end: phrase.end };
  }
}

/**
 * "Logan said that the data did not justify a pause, while Harker told an audience that …": the
 * content of a cue stops where another speaker of the same sentence begins, with the conjunction
 * that joins them.
 */
function endBeforeNextSpeaker(doc: SourceDocument, drafts: Draft[]): void {
  for (const d of drafts) {
    const c = d.a.content;
    if (!c || d.a.inherited) continue;
    for (const o of drafts) {
      // "denied that the board had withheld information, saying …": a participle of the same speaker starts new content.
      if (o.parent === d && /ing$/.test(o.a.predicate.text) && o.a.cue.start > c.start && o.a.cue.start < c.end
        && /,\s*$/.test(doc.text.slice(c.start, o.a.cue.start))) {
        d.a.content = { start: c.start, end: c.start + doc.text.slice(c.start, o.a.cue.start).replace(/[\s,;]+$/, '').length };
        continue;
      }
      // ("Ellery wrote that the results showed weak demand, but added that …": a second speech verb of the speaker
      // named before the content, in the same tense, ends it too; "Police say two men entered … and demanded cash"
      // goes on inside the content.)
      const sameSubject = !!o.a.source && !!d.a.source && o.a.source.start === d.a.source.start && o.a.source.end === d.a.source.end;
      const start = o.a.source && o.a.source.start < o.a.cue.start && (o.a.source.start > c.start || !sameSpeakerGoesOn(d.a, o.a) && !sameSubject) ? o.a.source.start : o.a.cue.start;
      // ("The data suggest that modest activity helps, said Dr. Brandt", "Board members thought the deal was reckless,
      // she recalls": a trailing cue that reports the whole clause, this cue and all, ends this content before it.)
      if (o !== d && o.a.content && start > c.start && start < c.end && o.a.content.start <= d.a.cue.start && o.a.content.end <= start
        && /,\s*$/.test(doc.text.slice(c.start, start))) {
        d.a.content = { start: c.start, end: c.start + doc.text.slice(c.start, start).replace(/[\s,;]+$/, '').length };
        continue;
      }
      // (A pronoun speaker inside the content is someone in the reported speech, unless it is the shared subject itself.)
      if (o === d || !o.a.source || o.a.predicate.text === ':' || start <= c.start || start >= c.end || o.a.sourceKind === 'pronoun' && !sameSubject) continue;
      const before = doc.text.slice(c.start, start);
      // ("The accused accepted that he had signed the payments but maintained that he relied on consultants": a
      // second verb of the same subject with its own "that" ends the first content, with or without a comma.)
      // ("Tambe lamented that the areas flooded every year and bemoaned the lack of …", "conceded that his client had
      // erred but insisted he meant no harm": so does one whose own content follows right after it, an object or a clause,
      // once the coordination was read as the speaker's and not as the reported clause's subject's.)
      const shared = sameSubject && start === o.a.cue.start && !!o.a.content
        && (/^\s*that\s*$/i.test(doc.text.slice(o.a.predicate.end, o.a.content.start)) || o.a.content.start === o.a.predicate.end + 1 && o.a.content.start > start);
      // ("The union said the company had cut wages, which Acme denies": another party's denial appended to the
      // content ends it; "the plan, which officials say will cost more," is a parenthesis inside it.)
      // (Before the phrase, title and all: "…, which Ms Greer denied".)
      const appended = o.a.cueClass === 'denial' ? APPENDED_DENIAL.exec(doc.text.slice(c.start, Math.max(c.start, Math.min(start, o.a.sourcePhrase?.start ?? start)))) : null;
      if (appended && !sameSubject) {
        d.a.content = { start: c.start, end: c.start + appended.index };
        continue;
      }
      // ("Supporters say rents have risen 40 percent; landlord groups say …": so does a semicolon alone.)
      if (!/(?:[,;]\s*(?:while|whereas|and|but)|;)\s*$/i.test(before) && !(shared && /\s(?:and|but)\s*$/i.test(before))) continue;
      d.a.content = { start: c.start, end: c.start + before.replace(/[\s,;]*(?:\b(?:while|whereas|and|but|as)\s*)?$/i, '').length };
    }
  }
}

const GOES_ON = /^(?:added|adds|said|says|noted|notes|stressed|stresses|warned|warns|explained|explains|insisted|insists|acknowledged|acknowledges|conceded|concedes|argued|argues|wrote|writes|told|tells)$/;

/** "… said X, but added Y": the second cue is a speech verb of the first's speaker, in the first one's tense. */
function sameSpeakerGoesOn(first: Attribution, second: Attribution): boolean {
  const last = (p: TextSpan) => p.text.trim().split(/\s+/).pop()!.toLowerCase();
  const verb = last(second.predicate);
  const present = (w: string) => /[^s]s$/.test(w) && w !== 'was' && w !== 'has';
  return !!first.source && !!second.source && first.source.text === second.source.text && GOES_ON.test(verb)
    && present(verb) === present(last(first.predicate));
}

/** Every entity mention, in document order. */
function mentionIndex(entities: Entity[]): TextSpan[] {
  return entities.flatMap((e) => e.mentions).sort((a, b) => a.start - b.start || b.end - a.end);
}

/**
 * A source the subject scan cut inside a name the entity layer read whole grows to that name:
 * "Quispe Mamani" of "Álvaro Quispe Mamani said", "Rooyen" of "Pieter van Rooyen, a biologist,
 * said", "Trust" of "The Rovers Supporters' Trust said". A source is never shortened.
 */
function widenToMention(doc: SourceDocument, source: TextSpan, mentions: TextSpan[]): TextSpan {
  // Mentions do not overlap, so only the last one starting at or before the source can hold it.
  const m = mentions[firstStartingAt(mentions, source.start + 1) - 1];
  if (!m || m.end < source.end || m.start === source.start && m.end === source.end) return source;
  return span(doc, m.start, Math.max(m.end, source.end));
}

const PERSON_TAG = 'Person';
const PLACE_TAG = 'Place';

/**
 * "It is widely believed that Bush has already decided to invade": what nobody is said to believe is not made
 * Bush's own word by the cognition verb inside it (the passive attribution stays the sentence's only source).
 */
const AGENTLESS_OPENING = /^[\s"“]*it\s+(?:is|was|has\s+been|had\s+been)\s+(?:\w+ly\s+)?(?:believed|thought|understood|said|rumou?red|assumed|expected|feared|reported|known|claimed|alleged|suspected)\s+that\s/i;

function insideAgentlessReport(doc: SourceDocument, view: SentenceView, f: FoundCue): boolean {
  if (f.cls !== 'cognition') return false;
  const m = AGENTLESS_OPENING.exec(doc.prose.slice(view.start, view.end));
  return !!m && view.toks[f.pred.s] !== undefined && view.toks[f.pred.s].start >= view.start + m[0].length;
}

/** Honorifics that say whether the person is a man or a woman. */
const HONORIFIC_GENDER = /^(?:Mr|Mrs|Ms|Miss|Sir|Dame|Lady|Lord|Smt|Shri)\.?$/;

/**
 * Tags the words of every person and place mention the entity layer found, which knows names
 * compromise's lexicon lacks ("Priya Raghunathan") and carries a name across the document: the
 * subject rules ("Its chief executive, Priya Raghunathan, said") then see a person, and a
 * dateline ("KISUMU: …") a place.
 */
function markNames(views: SentenceView[], entities: Entity[]): void {
  // "Sen. Patty Murray, the ranking member of the Senate Health, Education, Labor and Pensions Committee,
  // said": a comma inside an organization's name sets off no appositive.
  const listed = entities.filter((e) => e.type === 'organization').flatMap((e) => e.mentions).filter((m) => m.text.includes(','))
    .sort((a, b) => a.start - b.start);
  if (listed.length > 0) {
    let k = 0;
    for (const v of views) {
      for (const t of v.toks) {
        while (k < listed.length && listed[k].end <= t.end) k++;
        if (k < listed.length && listed[k].start <= t.start && t.end < listed[k].end && /^,\s*$/.test(t.post)) t.post = t.post.slice(1);
      }
    }
  }
  const spans = entities.filter((e) => e.type !== 'organization')
    .flatMap((e) => e.mentions.map((m) => ({ start: m.start, end: m.end, tag: e.type === 'person' ? PERSON_TAG : PLACE_TAG })))
    .sort((a, b) => a.start - b.start);
  let m = 0;
  for (const v of views) {
    for (const t of v.toks) {
      while (m < spans.length && spans[m].end <= t.start) m++;
      if (m >= spans.length) return;
      const { start, end, tag } = spans[m];
      if (start <= t.start && t.end <= end && !t.tags.has(tag)) {
        // "Mato Grosso do Sul": a small word inside a name is no auxiliary or verb.
        const inner = !isCapitalized(t) && (t.tags.has('Verb') || t.tags.has('Auxiliary') || t.tags.has('Modal') || t.tags.has('Copula'));
        // ("Janes later told reporters": a person's name read as a verb where it opens a sentence is the name.)
        const verbName = tag === PERSON_TAG && isCapitalized(t) && t === v.toks[0] && t.tags.has('Verb') && !t.tags.has('Noun');
        t.tags = inner || verbName ? new Set(['Noun', 'ProperNoun', tag]) : new Set(t.tags).add(tag);
      }
    }
  }
}

/** Words of person names (for "Trump said" after "Donald Trump") and where names occur. */
function collectPeople(views: SentenceView[], entities: Entity[]): { personWords: Set<string>; runs: PersonMention[] } {
  const personWords = new Set<string>();
  const runs: PersonMention[] = [];
  for (const e of entities) {
    if (e.type !== 'person') continue;
    for (const alias of e.aliases) for (const w of alias.split(/\s+/)) if (/^[A-Z]/.test(w)) personWords.add(w.toLowerCase());
  }
  for (const v of views) {
    const toks = v.toks;
    for (let i = 0; i < toks.length; i++) {
      if (!isCapitalized(toks[i])) continue;
      let j = i;
      while (j + 1 < toks.length && isCapitalized(toks[j + 1]) && /^\s*$/.test(toks[j].post)) j++;
      const run = toks.slice(i, j + 1);
      const named = run.some((t) => t.tags.has('FirstName') || t.tags.has('Honorific') && run.length > 1 || t.tags.has('Person') && run.length > 1);
      if (named && !run.some((t) => t.tags.has('Organization'))) {
        for (const t of run) if (!t.tags.has('Honorific') && !TITLE_WORDS.test(t.word)) personWords.add(t.word.replace(/['’]s$/, ''));
      }
      i = j;
    }
  }
  for (const v of views) {
    const toks = v.toks;
    for (let i = 0; i < toks.length; i++) {
      if (!isPersonToken(toks[i], personWords)) continue;
      let j = i;
      while (j + 1 < toks.length && isPersonToken(toks[j + 1], personWords) && /^\s*$/.test(toks[j].post)) j++;
      let run = toks.slice(i, j + 1);
      while (run.length > 1 && (run[0].tags.has('Honorific') || TITLE_WORDS.test(run[0].word))) run = run.slice(1);
      // An honorific says more than a first name compromise guesses at ("Mr Bertie Harrington", "Smt Vandana Kulkarni").
      const honorific = [toks[i - 1], ...toks.slice(i, j + 1)].find((t) => !!t && HONORIFIC_GENDER.test(t.text))?.text.toLowerCase().replace(/\.$/, '');
      const gender = honorific ? (/^(?:mr|sir|lord|shri)$/.test(honorific) ? 'm' : /^(?:mrs|ms|miss|dame|lady|smt)$/.test(honorific) ? 'f' : undefined)
        : run.some((t) => t.tags.has('FemaleName')) ? 'f' : run.some((t) => t.tags.has('MaleName')) ? 'm'
          : run.length > 1 && FEMALE_GIVEN_NAMES.has(run[0].word) ? 'f' : run.length > 1 && MALE_GIVEN_NAMES.has(run[0].word) ? 'm' : undefined;
      runs.push({ start: run[0].start, name: run.map((t) => t.text).join(' '), gender, strength: 4 });
      i = j;
    }
  }
  return { personWords, runs };
}
