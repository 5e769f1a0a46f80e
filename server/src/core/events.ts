import type { Attribution, DateMention, Entity, SourceDocument, Span, TimelineEvent } from './types';

const MAX_SUMMARY_WORDS = 14;
const TRAILING_GLUE = /(?:\s*[,;:—–-]\s*|\s+(?:on|in|at|by|during|since|until|from|of|as of|before|after|around|about|and|or|that|which|the|a|an))+\s*$/i;
const LEADING_GLUE = /^\s*(?:[,;:—–-]\s*|(?:and|but|or|then|that)\s+)+/i;

function words(s: string): string[] {
  return s.split(/\s+/).filter(Boolean);
}

function clip(s: string, max = MAX_SUMMARY_WORDS): string {
  const w = words(s);
  return w.length <= max ? w.join(' ') : `${w.slice(0, max).join(' ')}…`;
}

/**
 * A short summary of what happened at `date`: the clause before the date when it says who
 * did what ("Tesla's Shanghai factory began construction"), else the words around it.
 */
const STOP = /[.;!?](?:\s|$)|,\s+(?:and|but|while|with|which)\s/g;
/** A period that ends an abbreviation ("Gov. Mike DeWine", "St. Louis", "U.S. officials") ends no clause. */
const ABBREVIATION_BEFORE = /(?:^|[\s(])(?:Gov|Sen|Rep|Reps|Sens|Dr|Mr|Mrs|Ms|St|Gen|Lt|Col|Capt|Sgt|Maj|Adm|Prof|Rev|Jr|Sr|Inc|Corp|Co|Ltd|No|Mt|Ft|vs|[A-Z]|(?:[A-Z]\.)+[A-Z])$/;

/** Index of the first clause break in `rest`, or -1. */
function clauseStop(rest: string): number {
  STOP.lastIndex = 0;
  for (let m = STOP.exec(rest); m; m = STOP.exec(rest)) {
    if (m[0][0] === '.' && ABBREVIATION_BEFORE.test(rest.slice(Math.max(0, m.index - 6), m.index))) continue;
    return m.index;
  }
  return -1;
}

export function summarize(text: string, clause: Span, date: Span): string {
  const before = text.slice(clause.start, date.start).replace(/\s+/g, ' ').replace(TRAILING_GLUE, '').replace(LEADING_GLUE, '');
  const afterEnd = (() => {
    const rest = text.slice(date.end, clause.end);
    const stop = clauseStop(rest);
    return date.end + (stop < 0 ? rest.length : stop);
  })();
  const after = text.slice(date.end, afterEnd).replace(/\s+/g, ' ').replace(LEADING_GLUE, '').replace(TRAILING_GLUE, '');
  const b = /^(?:on|in|at|by|during|since|until|from|before|after|around|about|early|late|mid|as of)?$/i.test(before.trim()) ? [] : words(before);
  if (b.length >= 4) return clip(b.slice(-MAX_SUMMARY_WORDS).join(' ').replace(/^[a-z]/, (c) => c.toUpperCase()));
  const joined = `${b.join(' ')} ${after}`.trim();
  return clip(joined.replace(/^[a-z]/, (c) => c.toUpperCase())) || clip(text.slice(clause.start, clause.end));
}

/** What may stand between a reporting verb and the time it was said ("said on", "said in a statement late"). */
const AFTER_PREDICATE = /^\s*,?\s*(?:(?:in|at|during)\s+(?:a|an|the|his|her|their|its)\s+(?:[\w’'-]+\s+){1,3})?(?:on|in|at|late|early|this|last)?\s*$/i;

/** Is the date `d` the time of the attribution's saying: right after its predicate, or right before it ("Officials on Thursday said")? */
function dateOfCue(text: string, a: Attribution, d: Span): boolean {
  if (d.start >= a.predicate.end) return AFTER_PREDICATE.test(text.slice(a.predicate.end, d.start));
  const phrase = a.sourcePhrase ?? a.source;
  return d.end <= a.predicate.start && /^\s*,?\s*(?:[a-z]+ly\s+)?$/.test(text.slice(d.end, a.predicate.start)) && (!phrase || phrase.end <= d.start);
}

/** "Health Minister Aden Duale said the program would expand": who said what, for an event dated by its saying. */
function statementSummary(text: string, a: Attribution): string {
  const one = (s: Span | null | undefined) => (s ? text.slice(s.start, s.end).replace(/\s+/g, ' ').trim() : '');
  const who = one(a.sourcePhrase ?? a.source);
  const what = one(a.content).replace(/^that\s+/i, '').replace(/[\s,;:.]+$/, '');
  const said = `${who} ${one(a.predicate)}`.trim();
  // Words inside quotation marks stay a quotation.
  const quoted = a.content !== null && /["“‘]/.test(text.slice(Math.max(0, a.content.start - 1), a.content.start + 1));
  const summary = quoted ? `${said}: “${clip(what.replace(/^["“‘]|["”’]$/g, ''), Math.max(4, MAX_SUMMARY_WORDS - words(said).length))}”` : clip(`${said} ${what}`);
  return summary.replace(/^[a-z]/, (c) => c.toUpperCase());
}

/** Words that make the date after them the baseline of a comparison. */
const BASELINE_BEFORE = /\b(?:since|than|compared\s+(?:with|to)|versus|vs\.?)\s+(?:the\s+same\s+\w+\s+(?:of\s+)?)?$/i;

/** One event per dated statement: the data of the timeline. Dates without a value are not events. */
export function buildEvents(
  doc: SourceDocument, dates: DateMention[], entities: Entity[], attributions: Attribution[],
): TimelineEvent[] {
  const bySentence = new Map<number, Attribution[]>();
  for (const a of attributions) {
    const list = bySentence.get(a.sentence) ?? [];
    list.push(a);
    bySentence.set(a.sentence, list);
  }
  const mentions = entities
    .flatMap((e) => e.mentions.map((m) => ({ id: e.id, start: m.start })))
    .sort((a, b) => a.start - b.start);

  const datedInSentence = new Map<number, number>();
  for (const d of dates) if (d.value !== null && !/_REF$/.test(d.value)) datedInSentence.set(d.sentence, (datedInSentence.get(d.sentence) ?? 0) + 1);
  const events: TimelineEvent[] = [];
  for (const d of dates) {
    if (d.value === null || /_REF$/.test(d.value)) continue;
    const sentence = doc.sentences[d.sentence];
    if (!sentence) continue;
    // "rose 7% on Wednesday, its best day since January", "grew 6% in the second quarter from a year
    // earlier": beside another date, one named as the baseline of a comparison is no event of its own.
    const before = doc.text.slice(Math.max(sentence.start, d.start - 24), d.start);
    if ((datedInSentence.get(d.sentence) ?? 0) > 1 && (BASELINE_BEFORE.test(before)
      || /\bfrom\s+$/i.test(before) && /\b(?:earlier|ago|before|previous|prior|last)\b/i.test(d.text))) continue;
    const covering = (bySentence.get(d.sentence) ?? []).filter(
      (a) => !a.content || (a.content.start <= d.start && a.content.end >= d.end),
    );
    const holder = covering.find((a) => a.content && a.content.start <= d.start && a.content.end >= d.end);
    const clause = holder?.content ?? sentence;
    // "Duale said on Monday that …", "…, Duale said Tuesday": the date is when the source spoke, so
    // the event is the statement, as strong as its attribution.
    const spoken = holder ? undefined : (bySentence.get(d.sentence) ?? []).find((a) => a.content && !a.inherited && dateOfCue(doc.text, a, d));
    const ids: string[] = [];
    let lo = 0;
    let hi = mentions.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (mentions[mid].start < sentence.start) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < mentions.length && mentions[i].start < sentence.end; i++) {
      if (!ids.includes(mentions[i].id)) ids.push(mentions[i].id);
    }
    events.push({
      date: d.value,
      mod: d.mod,
      precision: d.precision,
      start: sentence.start,
      end: sentence.end,
      dateSpan: { start: d.start, end: d.end },
      summary: spoken ? statementSummary(doc.text, spoken) : summarize(doc.text, clause, d),
      entities: ids,
      strength: spoken ? spoken.strength : covering.length ? Math.max(...covering.map((a) => a.strength)) : 0,
    });
  }
  const keys = new Map<string, string>();
  const keyOf = (value: string) => {
    let key = keys.get(value);
    if (key === undefined) keys.set(value, (key = timexStart(value)));
    return key;
  };
  return events.sort((a, b) => keyOf(a.date).localeCompare(keyOf(b.date)) || a.start - b.start);
}

/** Orders TIMEX3 values by the first day they can stand for ("2019" before "2019-01-07" before "2019-02"). */
export function compareTimex(a: string, b: string): number {
  return timexStart(a).localeCompare(timexStart(b));
}

function timexStart(v: string): string {
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})-Q([1-4])$/.exec(v))) return `${m[1]}-${String((+m[2] - 1) * 3 + 1).padStart(2, '0')}`;
  if ((m = /^(\d{4})-(SP|SU|FA|WI)$/.exec(v))) return `${m[1]}-${{ WI: '01', SP: '03', SU: '06', FA: '09' }[m[2]]}`;
  if ((m = /^(\d{4})-W(\d{2})$/.exec(v))) {
    const day = new Date(Date.UTC(+m[1], 0, 4 + (+m[2] - 1) * 7));
    return day.toISOString().slice(0, 10);
  }
  if ((m = /^(\d{4})-H([12])$/.exec(v))) return `${m[1]}-${m[2] === '1' ? '01' : '07'}`;
  if (/^\d{3}$/.test(v)) return `${v}0`;
  if (/^\d{2}$/.test(v)) return `${v}00`;
  return v;
}
