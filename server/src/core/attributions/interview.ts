import type { Attribution, Entity, SourceDocument } from '../types';
import type { Draft } from './resolve';
import type { SentenceView } from './tokens';

/** "A: …", "**A.** …", "Answer: …": a paragraph that is the interviewee's answer. */
const ANSWER = /^[\s*_]*(A|Answer)[*_]*\s*[:.][*_]*\s+/;
/** Words before the interviewer's name: "spoke to", "talked with", "told", "interviewed by", "asked by". */
const INTERVIEWER = /\b(?:spoke|speaks|speaking|talked|talks|talking|sat\s+down)\s+(?:to|with)\s+(?:[\w'’.-]+\s+){0,4}$|\b(?:told|tells|interviewed\s+by|asked\s+by|questions\s+from)\s+(?:[\w'’.-]+\s+){0,4}$/i;
/** "Q: …", "**Q.** …", "Question: …": the interviewer's question. */
const QUESTION = /^[\s*_]*(?:Q|Question)[*_]*\s*[:.][*_]*\s+/;

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
  if (!firstQuestion) return [];
  // ("Q. Agent Turner, you testified …": the person the first question addresses answers it.)
  const opening = doc.prose.slice(firstQuestion.start, firstQuestion.end);
  const labelEnd = firstQuestion.start + (QUESTION.exec(opening)?.[0].length ?? 0);
  const addressed = entities.find((e) => e.type === 'person'
    && e.mentions.some((m) => m.start >= labelEnd && m.start <= labelEnd + 12 && /^,\s/.test(doc.text.slice(m.end, m.end + 2))));
  const who = addressed ?? namedBefore(doc, entities, firstQuestion.start);
  if (!who) return [];
  const out: Draft[] = [];
  for (const v of firstOfParagraph) {
    if (v.start < firstQuestion.start) continue;
    const text = doc.prose.slice(v.start, v.end);
    const m = ANSWER.exec(text);
    if (!m) continue;
    const labelStart = v.start + m.index + m[0].indexOf(m[1]);
    const label = { start: labelStart, end: labelStart + m[1].length, text: m[1] };
    const colonAt = v.start + m[0].search(/[:.]/);
    const cue = { start: labelStart, end: colonAt + 1, text: doc.text.slice(labelStart, colonAt + 1) };
    const predicate = { start: colonAt, end: colonAt + 1, text: doc.text.slice(colonAt, colonAt + 1) };
    const contentStart = v.start + m[0].length;
    const contentEnd = v.start + text.replace(/[\s.!?"”’]+$/, '').length;
    if (contentEnd <= contentStart) continue;
    const a: Attribution = {
      cue, predicate, cueClass: 'neutral', source: label, sourcePhrase: label, sourceKind: 'named-person', strength: 4,
      sourceName: who.name, sourceEntity: who.id, content: { start: contentStart, end: contentEnd }, sentence: v.index,
    };
    out.push({ a });
  }
  return out;
}

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
