import type { Term } from '../nlp';
import type { Attribution, Diagnostic, RelatedSpan, RuleId, Sentence, Severity, Span } from '../types';
import type { RuleContext } from './rule';
import { OUTLETS } from '../model/organizations';
import { OUTLET_NAME_WORDS } from '../model/rules-lexicon';

/** True when the two half-open spans share at least one code unit. */
export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/** True when `inner` lies inside `outer`. */
export function within(inner: Span, outer: Span): boolean {
  return inner.start >= outer.start && inner.end <= outer.end;
}

/** The document text of a span, whitespace collapsed, for messages. */
export function textOf(context: RuleContext, span: Span): string {
  return context.document.text.slice(span.start, span.end).replace(/\s+/g, ' ').trim();
}

/** A span's text shortened for a message. */
export function excerpt(context: RuleContext, span: Span, max = 80): string {
  const text = textOf(context, span);
  return text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;
}

/** Builds one diagnostic; `related` entries with empty spans are dropped. */
export function diagnostic(
  code: RuleId, span: Span, severity: Severity, message: string, related?: RelatedSpan[],
): Diagnostic {
  const d: Diagnostic = { start: span.start, end: span.end, code, severity, message };
  const kept = related?.filter((r) => r.end > r.start);
  if (kept && kept.length > 0) d.related = kept;
  return d;
}

/** Drops diagnostics that repeat an earlier one on the same span. */
export function dedupe(diagnostics: Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return diagnostics.filter((d) => {
    const key = `${d.code}:${d.start}:${d.end}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** A regular-expression match inside one sentence, with document offsets. */
export interface SentenceMatch extends Span {
  sentence: Sentence;
  match: RegExpExecArray;
}

const expressions = new Map<string, RegExp>();

/**
 * One RegExp per pattern and flags, kept: V8 drops the compiled code of regular expressions it
 * only finds through its compilation cache at each full garbage collection, and the rules' long
 * alternations cost more to compile again than to run on a document.
 */
function compiled(pattern: string, flags: string): RegExp {
  const key = `${flags}/${pattern}`;
  let re = expressions.get(key);
  if (!re) expressions.set(key, (re = new RegExp(pattern, flags)));
  return re;
}

/**
 * Every match of `pattern` (a source string, case-insensitive unless `flags` says otherwise)
 * inside each sentence's prose, with document offsets. Matches never cross sentences.
 */
export function matchSentences(context: RuleContext, pattern: string, flags = 'gi'): SentenceMatch[] {
  const re = compiled(pattern, flags.includes('g') ? flags : `${flags}g`);
  const out: SentenceMatch[] = [];
  for (const sentence of context.document.sentences) {
    const text = context.document.prose.slice(sentence.start, sentence.end);
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text)) !== null) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      out.push({ start: sentence.start + m.index, end: sentence.start + m.index + m[0].length, sentence, match: m });
    }
  }
  return out;
}

/** `(?:a|b|c)` of a word list, for building patterns. */
export function alternation(words: readonly string[]): string {
  return `(?:${words.join('|')})`;
}

/** The prose of a sentence. */
export function sentenceProse(context: RuleContext, sentence: Span): string {
  return context.document.prose.slice(sentence.start, sentence.end);
}

/** Index of the sentence that contains `offset`, or -1. */
export function sentenceIndexAt(context: RuleContext, offset: number): number {
  const sentences = context.document.sentences;
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid];
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/** True when the span sits inside a direct quotation (the speaker's words, not the author's). */
export function inQuote(context: RuleContext, span: Span): boolean {
  // Quotes are in document order and do not overlap: only the last one starting at or before the span can hold it.
  const quotes = context.document.quotes;
  let lo = 0;
  let hi = quotes.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (quotes[mid].inner.start <= span.start) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found >= 0 && span.end <= quotes[found].inner.end;
}

/** Index of the first span in a sorted, non-overlapping list that ends after `offset`. */
export function firstEndingAfter(spans: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** True when a sorted, non-overlapping list of spans has one overlapping `span` (binary search). */
export function anyOverlap(spans: readonly Span[], span: Span): boolean {
  const k = firstEndingAfter(spans, span.start);
  return k < spans.length && spans[k].start < span.end;
}

/** The terms (words) that overlap a span, in order. */
export function termsIn(context: RuleContext, span: Span): Term[] {
  const out: Term[] = [];
  const paragraphs = context.document.paragraphs;
  for (let i = firstEndingAfter(paragraphs, span.start); i < paragraphs.length && paragraphs[i].start < span.end; i++) {
    const paragraph = context.terms[i] ?? [];
    if (paragraph.length === 0) continue;
    if (paragraph[paragraph.length - 1].end <= span.start || paragraph[0].start >= span.end) continue;
    for (const t of paragraph) if (t.end > span.start && t.start < span.end) out.push(t);
  }
  return out;
}

/** A list item's bullet or number, or a Markdown footnote's label, opening a line: "- ", "2. ", "[^1]: ". */
const LINE_MARK = /^(?:[-*+•]|\d{1,3}[.)]|\[\^[^\]\s]{1,20}\]:)[ \t]+/;

/** The span without the bullet or footnote label that opens it, its trailing sentence punctuation and closing marks. */
export function trimPunctuation(context: RuleContext, span: Span): Span {
  let end = span.end;
  const text = context.document.text;
  while (end > span.start && /[\s.!?;:,…]/.test(text[end - 1])) end--;
  // ("… per billion.[^1]": a footnote's mark after the stop.)
  const note = /[.!?]\[\^?[\w-]{1,12}\]$/.exec(text.slice(Math.max(span.start, end - 16), end));
  if (note) end -= note[0].length;
  let start = span.start;
  while (start < end && /\s/.test(text[start])) start++;
  const mark = LINE_MARK.exec(text.slice(start, Math.min(end, start + 32)));
  if (mark && start + mark[0].length < end) start += mark[0].length;
  return { start, end };
}

/** True for a heading, a title or a line that is not a sentence (no closing punctuation). */
export function isHeadingLike(context: RuleContext, sentence: Sentence): boolean {
  const doc = context.document;
  const paragraph = doc.paragraphs[sentence.paragraph];
  const paragraphText = paragraph ? doc.text.slice(paragraph.start, paragraph.end) : '';
  if (/^\s{0,3}#{1,6}\s/.test(paragraphText)) return true;
  const text = doc.text.slice(sentence.start, sentence.end).trim();
  if (!/[.!?…]["'”’)\]»]*$/.test(text) && !/[.!?…]["'”’)\]»]*\s*$/.test(text)) {
    // A line with no sentence-final punctuation that is its paragraph's only sentence: a heading.
    if (sentencesPerParagraph(context)[sentence.paragraph] === 1) return true;
  }
  const title = doc.frontMatter.title;
  if (title && normalizeSpace(title) === normalizeSpace(text.replace(/^#+\s*/, ''))) return true;
  return false;
}

/** Headings of the parts of a document that make no news claims: a press release's boilerplate, a method note. */
const BOILERPLATE_HEADING = /^(?:about\b|forward[- ]looking|safe harbou?r|cautionary (?:note|statement)|(?:media|press|investor) (?:contacts?|relations)|contacts?\b|notes? to editors|methodology|methods\b|disclaimer|disclosures?\b|legal notice|terms of use)/i;

/** A paragraph that is a heading: a Markdown heading, or one short line in bold. */
function headingText(text: string): string | null {
  const md = /^\s{0,3}#{1,6}\s+(.+?)\s*#*\s*$/.exec(text);
  if (md && !text.includes('\n')) return md[1];
  const bold = /^\s*(?:\*\*|__)([^*_\n]{1,80})(?:\*\*|__)\s*:?\s*$/.exec(text);
  return bold ? bold[1] : null;
}

/**
 * Paragraphs under a boilerplate heading ("About Norrvik Robotics", "Forward-Looking Statements",
 * "Methodology", "Media contact"), up to the next heading: the document describing itself, not claims.
 */
export const boilerplateParagraphs = perContext((context: RuleContext): Set<number> => {
  const out = new Set<number>();
  const doc = context.document;
  let inside = false;
  for (const p of doc.paragraphs) {
    const heading = headingText(doc.text.slice(p.start, p.end));
    if (heading !== null) inside = BOILERPLATE_HEADING.test(heading.trim());
    else if (inside) out.add(p.index);
  }
  return out;
});

/** How many sentences each paragraph has. */
export const sentencesPerParagraph = perContext((context: RuleContext): number[] => {
  const counts = new Array<number>(context.document.paragraphs.length).fill(0);
  for (const s of context.document.sentences) counts[s.paragraph] = (counts[s.paragraph] ?? 0) + 1;
  return counts;
});

/**
 * A Q&A's turn label opening a paragraph: "Q:", "**Question:**", "A.", "Answer:"; a broadcast transcript's interviewer
 * asks as "Q:" does ("PRESENTER:", "HOST:", "Interviewer:").
 */
const INTERVIEW_TURN = /^\s*(?:[*_]{1,2})?(?:(Q|Question|A|Answer)(?:[*_]{1,2})?\s*[:.]|(INTERVIEWER|Interviewer|PRESENTER|Presenter|HOST|Host|ANCHOR|Anchor|MODERATOR|Moderator)(?:[*_]{1,2})?\s*:)\s/;

/** A paragraph that opens with a speaker's label: "**CBW:** …", "Ozor: …", "MCHUNU: …". Group 1 is the label. */
const TURN_LABEL = /^\s*[*_]{0,2}(\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*){0,2})[*_]{0,2}\s*:[*_]{0,2}\s/u;

/**
 * The interviewer's label in a Q&A whose turns name their speakers ("**CBW:** Why now? ¶ **Ozor:** …"): the one label
 * whose turns, two or more, mostly ask (a question mark in at least half of them) while the other labels' turns mostly
 * do not.
 */
function interviewerLabel(context: RuleContext, labels: Array<string | undefined>): string | undefined {
  const turns = new Map<string, { n: number; asking: number }>();
  context.document.paragraphs.forEach((p, i) => {
    const label = labels[i];
    if (!label) return;
    const t = turns.get(label) ?? { n: 0, asking: 0 };
    t.n++;
    if (context.document.text.slice(p.start, p.end).includes('?')) t.asking++;
    turns.set(label, t);
  });
  if (turns.size < 2) return undefined;
  const asking = [...turns].filter(([, t]) => t.n >= 2 && t.asking * 2 >= t.n);
  const answering = [...turns].filter(([, t]) => t.asking * 3 < t.n);
  return asking.length === 1 && answering.length >= 1 && answering.length === turns.size - 1 ? asking[0][0] : undefined;
}

/** The Q&A turn each paragraph opens with, question or answer, if any. */
export const interviewTurns = perContext((context: RuleContext): Array<'question' | 'answer' | undefined> => {
  const texts = context.document.paragraphs.map((p) => context.document.text.slice(p.start, p.end));
  const labels = texts.map((t) => (INTERVIEW_TURN.test(t) ? undefined : TURN_LABEL.exec(t)?.[1]));
  const interviewer = interviewerLabel(context, labels);
  return texts.map((t, i) => {
    const m = INTERVIEW_TURN.exec(t);
    if (m) return m[1] === 'A' || m[1] === 'Answer' ? 'answer' : 'question';
    // ("**BD:** Some investors say the sector is overcrowded.": the interviewer's prompt, question mark or not.)
    if (interviewer && labels[i]) return labels[i] === interviewer ? 'question' : 'answer';
    return undefined;
  });
});

/**
 * A speaker's turn in an interview or a transcript: a label before the words ("A: …", "MINISTER: …", "Senator HOLLOWAY. …"),
 * or a speaker's line or label above them ("MAYOR LINDA OKAFOR:" ¶ …), which is cue, predicate and source at once.
 */
export function isSpeakerTurn(a: Attribution): boolean {
  return /^[:.]$/.test(a.predicate.text) || a.predicate.start === a.cue.start && a.predicate.end === a.cue.end
    && !!a.source && a.source.start === a.cue.start && a.source.end === a.cue.end;
}

/**
 * "Adaeze Okafor chairs the board of the pension commission. She served as commissioner …": a sentence of an interview's
 * introduction, before its first turn, that presents someone who answers in the turns (named, or "he", "she").
 */
export function introducesInterviewee(context: RuleContext, sentence: Sentence): boolean {
  const { firstTurn, speakers } = interviewSpeakers(context);
  if (sentence.end > firstTurn || speakers.size === 0) return false;
  if (/^\s*(?:he|she)\b/i.test(context.document.text.slice(sentence.start, sentence.end))) return true;
  return context.entities.some((e) => speakers.has(e.id) && e.mentions.some((m) => m.start >= sentence.start && m.end <= sentence.end));
}

/** Where the first turn of an interview or a transcript starts (Infinity with fewer than two), and who answers in them. */
const interviewSpeakers = perContext((context: RuleContext): { firstTurn: number; speakers: Set<string> } => {
  const turns = context.attributions.filter((a) => !a.inherited && isSpeakerTurn(a));
  if (turns.length < 2) return { firstTurn: Infinity, speakers: new Set() };
  const speakers = new Set(turns.filter((a) => interviewTurns(context)[context.document.sentences[a.sentence]?.paragraph ?? -1] !== 'question')
    .map((a) => a.sourceEntity).filter((e): e is string => !!e));
  return { firstTurn: Math.min(...turns.map((a) => a.cue.start)), speakers };
});

/** True when the sentence asks a question. */
export function isQuestion(context: RuleContext, sentence: Sentence): boolean {
  if (/\?["'”’)\]»]*\s*$/.test(context.document.text.slice(sentence.start, sentence.end))) return true;
  // An interviewer's prompt in a Q&A, question mark or not ("Q: The council is considering rezoning the waterfront.").
  return interviewTurns(context)[sentence.paragraph] === 'question';
}

function normalizeSpace(s: string): string {
  return s.replace(/\s+/g, ' ').trim().toLowerCase();
}

/** The attributions whose cue sits in the given sentence. */
export function attributionsInSentence(context: RuleContext, index: number): Attribution[] {
  return attributionsBySentence(context).get(index) ?? [];
}

const attributionsBySentence = perContext((context: RuleContext): Map<number, Attribution[]> => {
  const map = new Map<number, Attribution[]>();
  for (const a of context.attributions) {
    const list = map.get(a.sentence) ?? [];
    list.push(a);
    map.set(a.sentence, list);
  }
  return map;
});

/** The attributions whose content holds the whole span (any number, in order of content start). */
export function attributionsCovering(context: RuleContext, span: Span): Attribution[] {
  const { byStart, longest } = contentIndex(context);
  // The last content starting at or before the span; none that starts more than the longest content before it can reach it.
  let lo = 0;
  let hi = byStart.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (byStart[mid].content!.start <= span.start) lo = mid + 1;
    else hi = mid;
  }
  const out: Attribution[] = [];
  for (let i = lo - 1; i >= 0 && byStart[i].content!.start >= span.start - longest; i--) {
    if (span.end <= byStart[i].content!.end) out.push(byStart[i]);
  }
  return out.reverse();
}

/** Attributions with content, sorted by where it starts, and the longest content: a covering lookup stays near-linear over a long document. */
const contentIndex = perContext((context: RuleContext) => {
  const byStart = context.attributions.filter((a) => a.content).sort((a, b) => a.content!.start - b.content!.start);
  const longest = byStart.reduce((n, a) => Math.max(n, a.content!.end - a.content!.start), 0);
  return { byStart, longest };
});

/** Year of a `YYYY...` value or date, or null. */
export function yearOf(value: string | null | undefined): number | null {
  const m = value ? /^(\d{4})/.exec(value) : null;
  return m ? Number(m[1]) : null;
}

/** A short quoted form for messages: 'text'. */
export function q(text: string): string {
  return `'${text}'`;
}

/** Memoizes a derived value per rule context (all rules of one run share the context object). */
export function perContext<T>(compute: (context: RuleContext) => T): (context: RuleContext) => T {
  const cache = new WeakMap<RuleContext, T>();
  return (context) => {
    let value = cache.get(context);
    if (value === undefined) {
      value = compute(context);
      cache.set(context, value);
    }
    return value;
  };
}

/** A wire's mark in a press release's dateline ("AUSTIN, Texas--(BUSINESS WIRE)--", "/PRNewswire/"). */
const RELEASE_WIRE = /--\s*\(?\s*(?:BUSINESS\s+WIRE|GLOBE\s+NEWSWIRE|ACCESSWIRE|PRNewswire|Business\s+Wire)\s*\)?\s*--|\/\s*PRNewswire(?:-\w+)?\s*\/|\(\s*(?:BUSINESS\s+WIRE|GLOBE\s+NEWSWIRE|PRNewswire)\s*\)/;

/**
 * A press release: the issuing organization speaks in every sentence, so its text is its own attributed
 * account, not an author's unattributed claims (known by the wire in its dateline or the front matter's outlet).
 */
export const isPressRelease = perContext((context: RuleContext): boolean => {
  const outlet = context.document.frontMatter.outlet ?? '';
  if (/^(?:business\s+wire|pr\s*newswire|globe\s*newswire|accesswire|press\s+release)$/i.test(outlet.trim())) return true;
  // (The wire's mark is in the dateline, which may follow "FOR IMMEDIATE RELEASE" and a headline or two.)
  const text = context.document.text;
  if (context.document.paragraphs.slice(0, RELEASE_HEAD_PARAGRAPHS).some((p) => {
    const head = text.slice(p.start, Math.min(p.end, p.start + 400));
    return RELEASE_WIRE.test(head) || RELEASE_LABEL.test(head);
  })) return true;
  // ("… today announced record milk intake … ¶ About Greenfield Dairy Co-operative ¶ Greenfield is one of …": the
  // issuer's boilerplate, headed by its name, which the first paragraph names too.)
  const first = context.document.paragraphs[0];
  return !!first && context.document.paragraphs.slice(1).some((p) => {
    const name = ABOUT_ISSUER.exec(text.slice(p.start, p.end))?.[1];
    return !!name && text.slice(first.start, first.end).includes(name);
  });
});

/** The heading of a release's boilerplate, a line of its own: "About Greenfield Dairy Co-operative", "## About Acme Corp.". */
const ABOUT_ISSUER = /^\s*(?:#{1,4}\s*)?[*_]{0,2}About\s+(\p{Lu}[\p{L}\d&.,'’ -]{1,80}?)[*_]{0,2}\s*:?[ \t]*(?:\n|$)/u;

/** How many opening paragraphs may hold a release's label or its wire's dateline. */
const RELEASE_HEAD_PARAGRAPHS = 5;
/** A paragraph that is a release's label alone: "FOR IMMEDIATE RELEASE", "PRESS RELEASE", "News Release". */
const RELEASE_LABEL = /^\s*(?:for\s+immediate\s+release|(?:press|news|media)\s+release)\s*:?\s*$/i;

/**
 * Heads of the names of bodies that publish their own findings: offices of government, courts,
 * companies, universities, hospitals, charities ("Vellmar County Public Health Department",
 * "Office of the Inspector General", "Brightwater Systems Inc."). News words (press, times, news)
 * are not among them.
 */
const ISSUER_HEADS = new Set([
  'agency', 'administration', 'authority', 'bureau', 'commission', 'committee', 'council', 'department', 'ministry', 'office',
  'service', 'board', 'court', 'tribunal', 'parliament', 'assembly', 'senate', 'legislature', 'government', 'police', 'inspectorate',
  'regulator', 'ombudsman', 'association', 'federation', 'union', 'society', 'institute', 'institution', 'foundation', 'fund', 'trust',
  'center', 'centre', 'organization', 'organisation', 'university', 'college', 'hospital', 'laboratory', 'bank', 'inc', 'corp',
  'corporation', 'company', 'ltd', 'limited', 'llc', 'plc', 'ag', 'gmbh', 'co-operative', 'cooperative', 'co-op', 'charity',
  'coalition', 'alliance', 'partnership',
]);

/**
 * Words that make a name a news outlet's: the maintained list relayed-report uses ("Times", "Gazette",
 * "Broadcasting"), and more that front matter writes ("Canadian Broadcasting Corporation" and "Subcontinent Wire
 * Service" are no issuers).
 */
const OUTLET_WORD = new RegExp(OUTLET_NAME_WORDS, 'i');
const MORE_OUTLET_WORDS = new Set(['press', 'media', 'network', 'world', 'publishing', 'publications', 'weekly', 'review', 'report', 'reporter',
  'standard', 'independent', 'mirror', 'express', 'observer', 'record', 'tv', 'newswire', 'broadcaster', 'newspaper', 'newspapers']);

const LISTED_OUTLETS = new Set(OUTLETS.flatMap((o) => [...o.names, ...(o.short ?? [])]).map((n) => n.toLowerCase()));

/** Whether a name in the front matter names a body (not a news outlet, not a person): see ISSUER_HEADS. */
function namesIssuer(name: string): boolean {
  const plain = name.trim().replace(/[.,;]+$/, '');
  if (!plain || LISTED_OUTLETS.has(plain.toLowerCase()) || LISTED_OUTLETS.has(plain.toLowerCase().replace(/^the\s+/, ''))) return false;
  const words = plain.split(/\s+/).map((w) => w.toLowerCase().replace(/[.,]/g, ''));
  if (words.length < 2 || OUTLET_WORD.test(plain) || words.some((w) => MORE_OUTLET_WORDS.has(w))) return false;
  // "Office of the Inspector General", "Ministry of Defence", "University of Leeds".
  if (ISSUER_HEADS.has(words[0]) && words[1] === 'of') return true;
  return ISSUER_HEADS.has(words[words.length - 1]);
}

/**
 * A document its publisher issued about its own work: the front matter's outlet (or author) is a
 * body, not a news outlet, as in an agency's report, a court's ruling or a company's filing. Its
 * statements in its own voice are that body's account, attributed by the document itself.
 */
export const isIssuersOwnReport = perContext((context: RuleContext): boolean => {
  const { outlet, author } = context.document.frontMatter;
  return [outlet, author].some((name) => !!name && namesIssuer(name));
});
