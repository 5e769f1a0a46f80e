import type { Term } from '../nlp';
import type { Attribution, Entity, SourceDocument, TextSpan } from '../types';
import { contentOf } from './content';
import { findCues, type FoundCue } from './cues';
import { resolveDrafts, type Draft, type PersonMention } from './resolve';
import type { TokRange } from './sources';
import { classifySource, isPersonToken } from './strength';
import { buildViews, isCapitalized, type SentenceView, type Tok } from './tokens';

/**
 * Who says what: cue, source, content, kind and strength of every attribution.
 * Works from the given terms only (no new parse); linear in the document.
 */
export function findAttributions(doc: SourceDocument, terms: Term[][], entities: Entity[]): Attribution[] {
  const views = buildViews(doc, terms);
  const { personWords, runs } = collectPeople(views, entities);
  const drafts: Draft[] = [];
  for (const view of views) {
    const found = findCues(view);
    const byCue = new Map<FoundCue, Draft>();
    for (const f of found) {
      const d = toDraft(doc, view, f, entities, personWords);
      if (!d) continue;
      if (f.parent) d.parent = byCue.get(f.parent);
      if (f.shape === 'participle' && d.parent) {
        // "…, saying …" shares its parent's source and kind.
        const p = d.parent.a;
        Object.assign(d.a, {
          source: p.source, sourceKind: p.sourceKind, strength: p.strength,
        });
        if (p.sourceName) d.a.sourceName = p.sourceName;
        if (p.sourceEntity) d.a.sourceEntity = p.sourceEntity;
        d.backRef = d.parent.backRef;
        d.pronoun = d.parent.pronoun;
      }
      byCue.set(f, d);
      drafts.push(d);
    }
  }
  return resolveDrafts(doc, views, drafts, entities, runs);
}

function span(doc: SourceDocument, start: number, end: number): TextSpan {
  return { start, end, text: doc.text.slice(start, end) };
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
 * Drops a lowercase descriptive title before a person's name ("US president Donald Trump",
 * "longtime pollster Pat Caddell"): the source is the name. Capitalized titles that are part
 * of the name ("President Obama", "Gov. Mike Pence", "Rep. Jones") stay.
 */
function trimTitle(toks: Tok[], r: TokRange, personWords: ReadonlySet<string>): TokRange {
  let nameStart = r.e;
  if (!isPersonToken(toks[r.e], personWords)) return r;
  while (nameStart > r.s && isCapitalized(toks[nameStart - 1]) && !/^(?:the|a|an)$/.test(toks[nameStart - 1].word)
    && !/['’]s$/.test(toks[nameStart - 1].text) && !/['’]/.test(toks[nameStart - 1].post)) nameStart--;
  if (nameStart === r.s) return r;
  const before = toks.slice(r.s, nameStart);
  // Only when a lowercase role word sits right before the name.
  const lastBefore = before[before.length - 1];
  if (isCapitalized(lastBefore) || !lastBefore.tags.has('Noun')) return r;
  return { s: nameStart, e: r.e };
}

function toDraft(doc: SourceDocument, view: SentenceView, f: FoundCue, entities: Entity[], personWords: ReadonlySet<string>): Draft | null {
  const toks = view.toks;
  let predicate = rangeSpan(doc, toks, f.pred);
  if (f.shape === 'colon' || f.shape === 'dash') {
    const re = f.shape === 'colon' ? /:/g : /[―—–]/g;
    re.lastIndex = f.shape === 'colon' ? toks[f.pred.e].end : toks[f.pred.e].start;
    const m = re.exec(doc.text);
    if (!m) return null;
    predicate = span(doc, m.index, m.index + 1);
  }
  let source: TextSpan | null = null;
  let cue: TextSpan = predicate;
  let kind: Attribution['sourceKind'] = 'none';
  let strength = 0;
  let draftExtra: Partial<Draft> = {};
  let sourceName: string | undefined;
  let sourceEntity: string | undefined;
  if (f.source) {
    let whole = f.source.whole;
    let core = f.source.core;
    if (whole.s === core.s && whole.e === core.e) {
      whole = core = trimTitle(toks, core, personWords);
    }
    source = rangeSpan(doc, toks, whole);
    if (/['’]s$/.test(source.text) && whole.e === core.e) source = span(doc, source.start, source.end - 2); // "Trump's claim"
    const cls = classifySource(toks, core, f.statement, entities, personWords);
    kind = cls.kind;
    strength = cls.strength;
    if (f.ownVerification) {
      kind = 'document';
      strength = 5;
    }
    if (cls.backRef) draftExtra.backRef = cls.backRef;
    if (cls.kind === 'pronoun') draftExtra.pronoun = toks[core.s].word;
    if (cls.entity) {
      sourceEntity = cls.entity.id;
      sourceName = cls.entity.name;
    }
    if (f.relayed) {
      const rel = classifySource(toks, f.relayed, false, entities, personWords);
      if (rel.kind === 'anonymous' || rel.kind === 'vague') draftExtra.relaysAnonymous = true;
    }
    // The cue as a reader sees it: source and predicate when they touch.
    const coreSpan = rangeSpan(doc, toks, core);
    switch (f.shape) {
      case 'verb':
      case 'relay':
      case 'noun':
        if (whole.e + 1 >= f.pred.s - 0 && whole.e < f.pred.s) cue = span(doc, source.start, predicate.end);
        break;
      case 'colon':
        cue = span(doc, source.start, predicate.end);
        break;
      case 'inverted':
        if (core.s === f.pred.e + 1) cue = span(doc, predicate.start, coreSpan.end);
        break;
      case 'according':
      case 'citing':
      case 'dash':
        cue = span(doc, predicate.start, source.end);
        break;
      default:
        break;
    }
  }
  const a: Attribution = {
    cue,
    predicate,
    cueClass: f.cls,
    source,
    sourceKind: kind,
    strength,
    content: contentOf(doc.text, doc.quotes, view, f),
    sentence: view.index,
  };
  if (sourceName) a.sourceName = sourceName;
  if (sourceEntity) a.sourceEntity = sourceEntity;
  return { a, ...draftExtra };
}

const TITLE_WORDS = /^(?:president|vice|governor|gov|senator|sen|representative|rep|mayor|gen|general|lt|col|sgt|capt|adm|dr|mr|mrs|ms|miss|prof|professor|judge|justice|secretary|minister|prime|chairman|chairwoman|chair|ceo|director|chief|officer|king|queen|prince|princess|pope|rev|reverend|sheriff|commissioner|attorney|speaker|leader|former|acting|retired|deputy|ambassador|administrator|councilman|councilwoman|delegate|del|sir|dame|lord|lady|st|saint|detective|officer|sergeant|coach|pastor|bishop|cardinal|rabbi|imam|father|sister|brother|auntie|uncle)$/;

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
      const gender = run.some((t) => t.tags.has('FemaleName')) ? 'f' : run.some((t) => t.tags.has('MaleName')) ? 'm' : undefined;
      runs.push({ start: run[0].start, name: run.map((t) => t.text).join(' '), gender, strength: 4 });
      i = j;
    }
  }
  return { personWords, runs };
}
