import type { Attribution, Entity, SourceDocument } from '../types';
import { MAIL_LABEL_BEFORE } from '../document';
import type { Draft } from './resolve';
import { PERSON_ROLES } from './strength';
import type { SentenceView } from './tokens';

/** "A: …", "**A.** …", "Answer: …": a paragraph that is the interviewee's answer. */
const ANSWER = /^[\s*_]*(A|Answer)[*_]*\s*[:.][*_]*(?:\s+|$)/;
/** Words before the interviewer's name: "spoke to", "talked with", "told", "interviewed by", "asked by". */
const INTERVIEWER = /\b(?:spoke|speaks|speaking|talked|talks|talking|sat\s+down)\s+(?:to|with)\s+(?:[\w'’.-]+\s+){0,4}$|\b(?:told|tells|interviewed\s+by|asked\s+by|questions\s+from)\s+(?:[\w'’.-]+\s+){0,4}$/i;
/** "Q: …", "**Q.** …", "Question: …": the interviewer's question. */
const QUESTION = /^[\s*_]*(?:Q|Question)[*_]*\s*[:.][*_]*(?:\s+|$)/;

/**
 * A question-and-answer interview ("Q: … / A: …"): each answer is the interviewee's turn, the person the
 * first question addresses by name, else the person the text named before its first question (the standfirst:
 * "Lorna Baptiste runs the port's tug company. …").
 * The label is the cue and the source, as a transcript's "NAME:" is; the turn then holds the whole answer.
 * Nothing is made when no one is named before the questions.
 */
export function interviewDrafts(doc: SourceDocument, views: SentenceView[], entities: Entity[]): Draft[] {
  const firstOfParagraph = views.filter((v, i) => i === 0 || views[i - 1].paragraph !== v.paragraph);
  const firstQuestion = firstOfParagraph.find((v) => QUESTION.test(doc.prose.slice(v.start, v.end)));
  if (!firstQuestion) return emphasisedInterview(doc, views, entities);
  // ("Q. Agent Turner, you testified …": the person the first question addresses answers it.)
  const opening = doc.prose.slice(firstQuestion.start, firstQuestion.end);
  const labelEnd = firstQuestion.start + (QUESTION.exec(opening)?.[0].length ?? 0);
  const addressed = entities.find((e) => e.type === 'person'
    && e.mentions.some((m) => m.start >= labelEnd && m.start <= labelEnd + 12 && /^,\s/.test(doc.text.slice(m.end, m.end + 2))));
  const who = addressed ?? namedBefore(doc, entities, firstQuestion.start);
  if (!who) return [];
  const out: Draft[] = [];
  const position = new Map(views.map((x, k) => [x, k]));
  for (const v of firstOfParagraph) {
    if (v.start < firstQuestion.start) continue;
    const text = doc.prose.slice(v.start, v.end);
    const m = ANSWER.exec(text);
    if (!m) continue;
    // ("Answer:" alone on its line, the answer on the lines below: the turn is the paragraph after the label.)
    const below = m[0].length === text.length ? views[position.get(v)! + 1] : undefined;
    const labelStart = v.start + m.index + m[0].indexOf(m[1]);
    const label = { start: labelStart, end: labelStart + m[1].length, text: m[1] };
    const colonAt = v.start + m[0].search(/[:.]/);
    const cue = { start: labelStart, end: colonAt + 1, text: doc.text.slice(labelStart, colonAt + 1) };
    const predicate = { start: colonAt, end: colonAt + 1, text: doc.text.slice(colonAt, colonAt + 1) };
    const said = below && below.paragraph !== v.paragraph && !QUESTION.test(doc.prose.slice(below.start, below.end)) ? below : v;
    const saidText = doc.prose.slice(said.start, said.end);
    const contentStart = said === v ? v.start + m[0].length : said.start;
    const contentEnd = said.start + saidText.replace(/[\s.!?"”’]+$/, '').length;
    if (contentEnd <= contentStart) continue;
    const a: Attribution = {
      cue, predicate, cueClass: 'neutral', source: label, sourcePhrase: label, sourceKind: 'named-person', strength: 4,
      sourceName: who.name, sourceEntity: who.id, content: { start: contentStart, end: contentEnd }, sentence: said.index,
    };
    out.push({ a });
  }
  return out;
}

/** A paragraph set wholly in bold or italics, as a Q&A with no labels prints its questions: "**How did you learn …?**". */
const EMPHASISED = /^\s*(\*\*|__|\*|_)(?![\s*_])[^\n]*[^\s*_]\1\s*$/;
const ASKS = /\?\s*(?:\*\*|__|\*|_)\s*$/;

/**
 * A Q&A with no labels, its questions set in bold or italics as paragraphs of their own (two or more ask): each
 * paragraph up to the next such one is the interviewee's answer, the person named before the first question. After
 * the last question the answer is the paragraph after it and those that go on in the first person; the story's own
 * paragraphs may follow. Each sentence is an attribution: the question is the cue, its closing mark the predicate, the
 * interviewee's first mention the source.
 */
function emphasisedInterview(doc: SourceDocument, views: SentenceView[], entities: Entity[]): Draft[] {
  const paragraphs: SentenceView[][] = [];
  for (const v of views) {
    const last = paragraphs[paragraphs.length - 1];
    if (last && last[0].paragraph === v.paragraph) last.push(v);
    else paragraphs.push([v]);
  }
  // (The paragraph as written, from the start of its first line to the end of its last: a Markdown reading leaves the
  // emphasis out of the prose and of the paragraph.)
  const text = (p: SentenceView[]) => {
    const para = doc.paragraphs[p[0].paragraph];
    const [s0, e0] = para ? [para.start, para.end] : [p[0].start, p[p.length - 1].end];
    const end = doc.text.indexOf('\n', e0);
    return doc.text.slice(doc.text.lastIndexOf('\n', s0 - 1) + 1, end < 0 ? doc.text.length : end);
  };
  const emphasised = paragraphs.map((p) => text(p).length < 400 && EMPHASISED.test(text(p)));
  const asks = paragraphs.filter((p, k) => emphasised[k] && ASKS.test(text(p)));
  if (asks.length < 2) return [];
  const first = paragraphs.findIndex((_, k) => emphasised[k]);
  const who = namedBefore(doc, entities, paragraphs[first][0].start);
  const mention = who?.mentions.find((m) => m.start < paragraphs[first][0].start);
  if (!who || !mention) return [];
  const source = { start: mention.start, end: mention.end, text: doc.text.slice(mention.start, mention.end) };
  const turns: { question: SentenceView[]; answer: SentenceView[][] }[] = [];
  const lastQuestion = emphasised.lastIndexOf(true);
  for (let k = first; k < paragraphs.length; k++) {
    const p = paragraphs[k];
    const turn = turns[turns.length - 1];
    if (emphasised[k]) turns.push({ question: p, answer: [] });
    else if (turn && (turn.answer.length === 0 || k < lastQuestion || FIRST_OR_SECOND_PERSON.test(text(p)))) turn.answer.push(p);
    else break;
  }
  // (An explainer's questions, "**What is the finance bill?**", are answered by the story in the third person; an
  // interviewee answers in the first, in most of the answers.)
  const own = turns.filter((t) => t.answer.some((p) => FIRST_PERSON.test(text(p)))).length;
  if (own * 2 < turns.filter((t) => t.answer.length > 0).length) return [];
  const out: Draft[] = [];
  for (const { question, answer } of turns) for (const p of answer) {
    const asked = text(question);
    const at = doc.text.lastIndexOf('\n', question[0].start - 1) + 1;
    const qStart = at + (asked.length - asked.replace(/^[\s*_]+/, '').length);
    const qEnd = at + asked.replace(/[\s*_]+$/, '').length;
    const cue = { start: qStart, end: qEnd, text: doc.text.slice(qStart, qEnd) };
    const predicate = { start: qEnd - 1, end: qEnd, text: doc.text.slice(qEnd - 1, qEnd) };
    p.forEach((v, n) => {
      const end = v.start + doc.prose.slice(v.start, v.end).replace(/[\s"”’]+$/, '').length;
      const a: Attribution = {
        cue, predicate, cueClass: 'neutral', source, sourcePhrase: source, sourceKind: 'named-person', strength: 4,
        sourceName: who.name, sourceEntity: who.id, content: { start: v.start, end }, sentence: v.index, ...(n > 0 ? { inherited: true } : {}),
      };
      out.push({ a });
    });
  }
  return out;
}

/** The speaker's own first person: "I", "me", "my", "we", "us", "our" ("you" may be an explainer's reader). */
const FIRST_PERSON = /\b(?:I|I['’](?:m|ve|d|ll)|me|my|we|we['’](?:re|ve|d|ll)|us|our)\b/;

/** The first person the text names before `limit` who neither asks the questions nor speaks under a label. */
function namedBefore(doc: SourceDocument, entities: Entity[], limit: number): Entity | undefined {
  let who: { entity: Entity; start: number } | undefined;
  for (const e of entities) {
    if (e.type !== 'person') continue;
    // (A transcript's labelled speakers, "MS. ESPOSITO: …", are counsel or members asking, not the one who answers.)
    if (e.mentions.some((m) => /^\s*:/.test(doc.text.slice(m.end, m.end + 3)))) continue;
    // ("The minister spoke to Maria Santos of the Straits Times", "interviewed by Dan Reyes": the interviewer asks.)
    const m = e.mentions.find((x) => !INTERVIEWER.test(doc.text.slice(Math.max(0, x.start - 40), x.start)));
    if (m && m.start < limit && (!who || m.start < who.start)) who = { entity: e, start: m.start };
  }
  return who?.entity;
}

const FIRST_OR_SECOND_PERSON = /\b(?:I|I['’](?:m|ve|d|ll)|me|my|we|we['’](?:re|ve|d|ll)|us|our|you|your)\b/;

/**
 * A line that names who speaks next, as a call or hearing transcript does: the name alone, or with a title
 * after a dash ("Ingrid Solheim -- Chief Executive Officer", "Operator"), or with a parliament's seat and party
 * in brackets ("Tim Farron (Westmorland and Lonsdale) (LD)"). No end punctuation, a few words.
 */
const SPEAKER_LINE = /^[ \t]*\p{Lu}[\p{L}'’.-]*(?:[ \t]+\p{Lu}[\p{L}'’.-]*){0,3}(?:[ \t]+\([^()\n]{1,60}\)){0,2}(?:[ \t]+(?:--|—|–|-)[ \t]+[^\n.!?:;]{1,80}[^\n.!?:;\s])?(?<![.!?])[ \t]*$/u;

/** A speaker's line of a person's name (two to four words) and a title after a dash: "Martin Oyelaran -- Chief Financial Officer". */
const TITLED_NAME = /^[ \t]*((?:Mrs?|Ms|Dr)?\.?[ \t]*\p{Lu}[\p{Ll}'’.-]+(?:[ \t]+\p{Lu}[\p{L}'’.-]+){1,3})[ \t]+(?:--|—|–)[ \t]+\p{Lu}/u;

/** An office holder's line with the name in brackets, as Hansard prints a minister: "The Secretary of State for Health (Wes Streeting)". */
const OFFICE_LINE = /^[ \t]*The[ \t]+\p{Lu}[^\n()]{2,120}\([ \t]*(\p{Lu}[^\n()]{1,60}?)[ \t]*\)[ \t]*$/u;

/** Whether a line names the speaker of the words below it. */
export function isSpeakerLine(line: string): boolean {
  return SPEAKER_LINE.test(line) || OFFICE_LINE.test(line);
}

/** Where a speaker line's person may begin: its first word, past an honorific ("Dr Caroline Johnson (…) (Con)"), or the office line's bracket. */
function nameStarts(line: string, at: number): number[] {
  const office = OFFICE_LINE.exec(line);
  if (office) return [at + line.indexOf('(' + office[1]) + 1, at + line.lastIndexOf(office[1])];
  const lead = /^[ \t]*(?:(?:Mrs?|Ms|Mx|Dr|Sir|Dame|Lord|Lady|Baroness|Baron|Rev|Prof)\.?[ \t]+)?/.exec(line)![0].length;
  const indent = /^[ \t]*/.exec(line)![0].length;
  return [at + indent, at + lead];
}

/**
 * A transcript that names each speaker on a line of its own, above what they say (an earnings call, a
 * hearing): the line's person is the source of the paragraph after it, a turn that goes on to the next such line.
 * Only where two lines or more name a person the text knows; the name is cue and source.
 */
export function speakerLineDrafts(doc: SourceDocument, views: SentenceView[], entities: Entity[]): Draft[] {
  const persons = entities.filter((e) => e.type === 'person');
  const lines: Array<{ view: SentenceView; entity?: Entity; name: { start: number; end: number } }> = [];
  for (let i = 0; i + 1 < views.length; i++) {
    const v = views[i];
    const next = views[i + 1];
    const p = doc.paragraphs[v.paragraph];
    if (next.paragraph === v.paragraph || !p || p.start !== v.start && doc.prose.slice(p.start, v.start).trim() !== '') continue;
    const line = doc.prose.slice(v.start, v.end);
    // (An e-mail's header value, "From: Daniel Mwangi", "To: …", is no line above spoken words: its label is blank in the prose.)
    if (!isSpeakerLine(line) || MAIL_LABEL_BEFORE.test(doc.text.slice(doc.text.lastIndexOf('\n', v.start - 1) + 1, v.start))) continue;
    const starts = nameStarts(line, v.start);
    let found: { entity?: Entity; name: { start: number; end: number } } | undefined;
    for (const e of persons) {
      const m = e.mentions.find((x) => starts.includes(x.start) && x.end <= v.end);
      if (m) found = { entity: e, name: { start: m.start, end: m.end } };
    }
    // ("Martin Oyelaran -- Chief Financial Officer": a name and a title after a dash is a speaker's line whether or not the
    // entity layer knows the name; it counts once two lines name people it knows.)
    const titled = found ? null : TITLED_NAME.exec(line);
    if (titled) found = { name: { start: v.start + titled.index + titled[0].indexOf(titled[1]), end: v.start + titled.index + titled[0].indexOf(titled[1]) + titled[1].length } };
    if (found && !isSpeakerLine(doc.prose.slice(next.start, next.end))) lines.push({ view: next, ...found });
  }
  if (lines.filter((l) => l.entity).length < 2) return [];
  // (A feature's subheadings that name people, "Jane Whitlock ¶ Whitlock, 45, runs …", are no turns: most turns of a
  // transcript speak in the first or second person outside any quotation.)
  const spoken = lines.filter((line, k) => {
    const to = k + 1 < lines.length ? lines[k + 1].name.start : doc.prose.length;
    return FIRST_OR_SECOND_PERSON.test(doc.prose.slice(line.view.start, to).replace(/[“"][^”"\n]*[”"]/g, ''));
  });
  if (spoken.length * 2 < lines.length) return [];
  return lines.map(({ view, entity, name }) => {
    const cue = { start: name.start, end: name.end, text: doc.text.slice(name.start, name.end) };
    const a: Attribution = {
      cue, predicate: cue, cueClass: 'neutral', source: cue, sourcePhrase: cue, sourceKind: 'named-person', strength: 4,
      sourceName: entity?.name ?? cue.text, sourceEntity: entity?.id, content: { start: view.start, end: view.end }, sentence: view.index,
    };
    return { a };
  });
}

/**
 * A hearing's printed record labels each turn with the speaker's title and surname in capitals, closed by a period:
 * "Senator HOLLOWAY. Thank you, Madam Chair.", "Mr. WHITAKER. Senator, we have hired …", "The CHAIRMAN. The committee
 * will come to order." Group 1 is the label without its period.
 */
const RECORD_LABEL = /^[ \t]*((?:(?:Mr|Mrs|Ms|Mx|Dr|Sen|Rep|Gov|Gen|Adm)\.|Senator|Representative|Chairman|Chairwoman|Chair|Secretary|Admiral|General|Judge|Justice|Governor|Mayor|Commissioner|Administrator|Director|Ambassador|Delegate|The)[ \t]+\p{Lu}[\p{Lu}'’-]{2,}(?:[ \t]+(?:of[ \t]+)?\p{Lu}[\p{Lu}'’-]+)?)\.(?=[ \t]+\S)/u;

/**
 * Turns of a hearing's record ("Senator HOLLOWAY. …"): the label names the speaker of what follows, a turn that goes on to
 * the next label. Only where two paragraphs or more open with one. The label is cue and source; its period is the predicate.
 */
export function recordLabelDrafts(doc: SourceDocument, views: SentenceView[], entities: Entity[]): Draft[] {
  const found: Array<{ v: number; label: { start: number; end: number } }> = [];
  for (let i = 0; i < views.length; i++) {
    const v = views[i];
    const p = doc.paragraphs[v.paragraph];
    if (!p || p.start !== v.start && doc.prose.slice(p.start, v.start).trim() !== '') continue;
    const m = RECORD_LABEL.exec(doc.prose.slice(v.start, Math.min(v.end + 200, p.end)));
    const at = m ? v.start + m.index + m[0].indexOf(m[1]) : -1;
    if (m) found.push({ v: i, label: { start: at, end: at + m[1].length } });
  }
  if (found.length < 2) return [];
  const persons = entities.filter((e) => e.type === 'person');
  const out: Draft[] = [];
  for (const { v, label } of found) {
    const view = views[v];
    // (The label may be a sentence of its own, "Mr. WHITAKER.", or open the sentence it labels.)
    const alone = doc.prose.slice(label.end + 1, view.end).trim() === '';
    const said = alone ? views[v + 1] : view;
    if (!said || said.paragraph !== view.paragraph) continue;
    const content = alone ? { start: said.start, end: said.end } : { start: label.end + 1 + (/^\s*/.exec(doc.prose.slice(label.end + 1))?.[0].length ?? 0), end: view.end };
    const entity = persons.find((e) => e.mentions.some((x) => x.start >= label.start && x.end <= label.end));
    const cue = { start: label.start, end: label.end, text: doc.text.slice(label.start, label.end) };
    const dot = { start: label.end, end: label.end + 1, text: doc.text.slice(label.end, label.end + 1) };
    const a: Attribution = {
      cue, predicate: dot, cueClass: 'neutral', source: cue, sourcePhrase: cue, sourceKind: 'named-person', strength: 4,
      sourceName: entity?.name ?? cue.text, sourceEntity: entity?.id, content, sentence: view.index,
    };
    out.push({ a });
  }
  return out;
}

/**
 * A speaker's label alone on its line, closed by a colon, above the words it labels, as a court's judgment or a
 * hearing's transcript prints it: "MRS JUSTICE OKONJO:", "MR HARDING KC (for the defendant):", "Lord Reed:".
 * Group 1 is the label without its bracket and colon.
 */
const LABEL_LINE = /^[ \t]*[*_]{0,2}(\p{Lu}[\p{L}'’.-]*(?:[ \t]+\p{Lu}[\p{L}'’.-]*){0,5})(?:[ \t]+\([^()\n]{1,60}\))?[ \t]*:[*_]{0,2}[ \t]*$/u;
/** Whether a line is a speaker's label alone, closed by a colon ("MRS JUSTICE OKONJO:"). */
export function isLabelLine(line: string): boolean {
  return LABEL_LINE.test(line);
}

/** Who speaks in a broadcast or a meeting by role, not by name: "PRESENTER:", "HOST:", "CALLER:". */
export const TURN_ROLES = /^(?:presenter|host|interviewer|anchor|moderator|reporter|correspondent|caller|narrator|announcer|voice|voices|audience|crowd|speaker|question|answer|unidentified|male|female|man|woman|student|member|members|panelist|panellist|guest|clerk|court|interpreter|translator|operator|participant|respondent|chorus|all|both|together)$/;

/** A label that names a person by an honorific, a judge's or counsel's title or rank, or a part in the record. */
const PERSON_LABEL = /^(?:(?:mrs?|ms|mx|dr|sir|dame|lord|lady|baroness|judge|justice)\.?\s|the\s+(?:court|chair|chairman|chairwoman|witness|judge|president|speaker|clerk|registrar|coroner|commissioner|interpreter|defendant|accused)$)|\s(?:kc|qc|sc|j|lj)$/i;

/**
 * Turns under a speaker's label alone on its line ("MRS JUSTICE OKONJO:" ¶ "This is a claim for judicial review …"):
 * the label names the speaker of the paragraphs below it, a turn that goes on to the next label. Only where two such
 * lines or more name a person, by an honorific or a title, by a role, or by a name the text knows. The label is cue and
 * source, as a speaker's line is.
 */
export function labelLineDrafts(doc: SourceDocument, views: SentenceView[], entities: Entity[]): Draft[] {
  const found: Array<{ next: SentenceView; label: { start: number; end: number } }> = [];
  for (let i = 0; i + 1 < views.length; i++) {
    const v = views[i];
    const next = views[i + 1];
    const p = doc.paragraphs[v.paragraph];
    if (next.paragraph === v.paragraph || !p || doc.prose.slice(p.start, p.end).trim() !== doc.prose.slice(v.start, v.end).trim()) continue;
    const line = doc.prose.slice(v.start, v.end);
    const m = LABEL_LINE.exec(line);
    if (!m || isLabelLine(doc.prose.slice(next.start, next.end))) continue;
    const start = v.start + m.index + m[0].indexOf(m[1]);
    const label = { start, end: start + m[1].length };
    const words = m[1].split(/[ \t]+/);
    // ("Question:", "Answer:" name no speaker: the interview's own turns say who answers.)
    const named = PERSON_LABEL.test(m[1]) || words.length === 1 && (PERSON_ROLES.test(m[1].toLowerCase()) || TURN_ROLES.test(m[1].toLowerCase()) && !/^(?:question|answer)$/i.test(m[1]))
      || entities.some((e) => e.type === 'person' && e.mentions.some((x) => x.start >= label.start && x.end <= label.end));
    if (named) found.push({ next, label });
  }
  if (found.length < 2) return [];
  const persons = entities.filter((e) => e.type === 'person');
  return found.map(({ next, label }) => {
    const entity = persons.find((e) => e.mentions.some((x) => x.start >= label.start && x.end <= label.end));
    const cue = { start: label.start, end: label.end, text: doc.text.slice(label.start, label.end) };
    // ("HOST:", "PRESENTER:": the programme's own part speaks for it, as the same label before the words does.)
    const part = !entity && TURN_ROLES.test(cue.text.toLowerCase());
    const a: Attribution = {
      cue, predicate: cue, cueClass: 'neutral', source: cue, sourcePhrase: cue, sourceKind: part ? 'named-organization' : 'named-person', strength: part ? 3 : 4,
      sourceName: entity?.name ?? cue.text, sourceEntity: entity?.id, content: { start: next.start, end: next.end }, sentence: next.index,
    };
    return { a };
  });
}
