import { DATELINE_OR_PLACE_COLON } from './dateline';
import { firstStartingAt } from './spans';
import { DENIAL_LEMMAS } from './model/rules-lexicon';
import type { Attribution, DateMention, Entity, SourceDocument, Span, TimelineEvent } from './types';

const MAX_SUMMARY_WORDS = 14;
// (Not a particle after a form of "be": "the worst is over", "prices are up".)
const TRAILING_GLUE = /(?:\s*,\s*(?:and\s+)?not|\s*[,;:—–-]\s*|\s+(?:on|in|at|by|during|since|until|from|of|for|to|with|as of|before|after|around|about|between|(?<!\b(?:is|are|was|were|be|been|being|['’]s|['’]re)\s+)over|and|or|but|than|rather than|instead of|that|which|who|when|where|the|a|an|its|his|her|their))+\s*$/i;
// (A sentence that opens on "That" has it as its subject, "That changes in September": only a lower-case "that" is glue.)
const LEADING_GLUE = /^\s*(?:[A-Za-z][A-Za-z.'’ -]{1,40}(?:\s*\([^()]{1,40}\))?:\s+|\([A-Za-z][^()]{1,40}\)\s*[—–-]{1,2}\s+|[,;:—–-]\s*|(?:[Aa]nd|[Bb]ut|[Oo]r|[Tt]hen|that)\s+|(?:[Ss]eparately|[Mm]eanwhile|[Hh]owever|[Mm]oreover|[Ff]urthermore|[Aa]dditionally|[Ii]n addition|[Nn]onetheless|[Nn]evertheless|[Ss]imilarly|[Ll]ikewise|[Ee]lsewhere|[Ii]ndeed|[Ii]n fact|[Aa]s a result|[Ss]till|[Ii]nstead|[Ff]rankly|[Hh]onestly|[Cc]learly|[Oo]bviously|[Aa]dmittedly|[Uu]ltimately|[Nn]ow|[Ff]irst|[Ss]econd|[Tt]hird|[Ff]inally|[Ll]astly|[Ff]irstly|[Ss]econdly),\s+|[Ss]o\s+(?=(?:I|we|you|they|the|this|that)\b))+/;

function words(s: string): string[] {
  return s.split(/\s+/).filter(Boolean);
}

/** At most `max` words; a cut summary ends on a word that carries meaning, then "…". */
function clip(s: string, max = MAX_SUMMARY_WORDS): string {
  const w = words(s);
  if (w.length <= max) return closeQuote(w.join(' '));
  const cut = w.slice(0, max).join(' ');
  return closeQuote(`${cut.replace(TRAILING_GLUE, '') || cut}…`);
}

/**
 * A quotation the summary opens inside and does not close, cut short or ended where the sentence's content ends
 * ('… said Ghana had "lost one of its sharpest minds'), gets its closing mark.
 */
function closeQuote(s: string): string {
  const opens = s.match(/“/g)?.length ?? 0;
  const closes = s.match(/”/g)?.length ?? 0;
  const odd = (s.match(/"/g)?.length ?? 0) % 2 === 1;
  // ('It was a scheme against people who trusted him," the prosecutor said': a quotation that began in an earlier
  // sentence gets its opening mark.)
  if (closes > opens && s.indexOf('”') < (s.indexOf('“') + 1 || Infinity)) return `“${s}`;
  if (odd && /^[^"]*[\p{L}\p{N}.,!?;:…]"(?=[\s,.;:!?…]|$)/u.test(s)) return `"${s}`;
  if (opens > closes || odd && /(?:^|\s)"[^"]*$/.test(s)) return `${s.replace(/[\s,;:]+$/, '')}${opens > closes ? '”' : '"'}`;
  return s;
}

const capitalize = (s: string) => s.replace(/^([“"‘]?)([a-z])/, (_, q: string, c: string) => q + c.toUpperCase());

/** Breaks between clauses: the end of a sentence, a semicolon, a comma before a coordinating word. */
const STOP = /[.;!?](?:\s|$)|,\s+(?:and|but|while|with)\s/g;
/** A period that ends an abbreviation ("Gov. Mike DeWine", "St. Louis", "U.S. officials") ends no clause. */
const ABBREVIATION_BEFORE = /(?:^|[\s(])(?:Gov|Sen|Rep|Reps|Sens|Dr|Mr|Mrs|Ms|St|Gen|Lt|Col|Capt|Sgt|Maj|Adm|Prof|Rev|Jr|Sr|Inc|Corp|Co|Ltd|No|Mt|Ft|vs|v|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|[A-Z]|(?:[A-Z]\.)+[A-Z])$/;

/** Every clause break in `s`, as [start, end). */
function clauseStops(s: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  STOP.lastIndex = 0;
  for (let m = STOP.exec(s); m; m = STOP.exec(s)) {
    if (m[0][0] === '.' && ABBREVIATION_BEFORE.test(s.slice(Math.max(0, m.index - 6), m.index))) continue;
    out.push([m.index, m.index + m[0].length]);
  }
  return out;
}

/**
 * What puts a date in time and goes with it when the date is cut from a summary: "on Monday", "over
 * the weekend", "as early as Friday", "dated September 30", "for the second time this year", "in the
 * three months ended June 28", "on the night of March 3", "in the early hours of Saturday", "in its fiscal first quarter".
 */
const TIME_PREP = new RegExp(`(?:^|[\\s,(—–"“‘]|(?=,))((?:,\\s*(?:which|that)\\s+(?:ended|ends|ending|began|begins|started|starts)|(?:${[
  'as\\s+(?:early|late|recently|soon|far\\s+back)\\s+as', '(?:only|just|even)(?:\\s+(?:in|on|at|by|since|until|before|after|from|during|over))?', 'as\\s+of', '(?:up\\s+)?until', 'till', 'through(?:out)?', 'during', 'since',
  'from', 'before', 'after', '(?:at\\s+|by\\s+|from\\s+|until\\s+)?(?:around|about|approximately|roughly)', 'by', 'on', 'in', 'into', 'at', 'over',
  'dating\\s+(?:back\\s+)?(?:to|from)', 'going\\s+back\\s+to', 'for(?:\\s+the\\s+[\\w-]+\\s+time)?', 'within', 'between',
  'across', 'starting', 'beginning', 'ending', 'ended', 'dated', '(?:later|earlier|early|late)\\s+in', '(?:for\\s+|in\\s+|during\\s+)?(?:much|most|all|part|some|the\\s+rest|the\\s+bulk)\\s+of',
].join('|')})(?:\\s+(?:the|its|their|his|her|our|this|that))?(?:\\s+same\\s+period(?:\\s+of)?|\\s+(?:(?:(?!(?:in|on|at|by|of|for|from|to|during|over|into)\\s)[\\w-]+\\s+){0,3}?(?:months?|weekends?|weeks?|days?|years?|hours|half|quarter|period|part|night|morning|evening|afternoon|eve|end|start|beginning|middle|turn))\\s+(?:ended|ending|to|through|of))?)\\s+(?:(?:early|late|mid|fiscal|financial|calendar)[\\s-]+)?)$`, 'i');
/** Words after a date that belong to it ("Thursday night", "2024-25", "autumn 2025 onwards"). */
const TIME_AFTER = /^(?:-\d{2,4}\b|\s+(?:night|evening|morning|afternoon|overnight|weekend|onwards?|and\s+beyond|and\s+next(?:\s+year)?(?=\s*[,.;:!?)]|$)|or\s+later|at\s+the\s+latest|at\s+the\s+earliest)\b|\s+of\s+(?:the\s+)?(?:previous|last|prior|current|same|next|this)\s+(?:fiscal|financial|calendar)?\s*(?:year)?\b|\s+(?:before|earlier|prior|later|ago)(?=\s*(?:[,.;:!?)]|$)))/i;
/** Nouns of a happening a season or year names ("the winter break", "the fall session"). */
const TIME_NOUN_AFTER = /^\s+(?:break|recess|session|term|semester|holidays?|vacation|window|transfer\s+window|meeting|elections?|campaign|festival|games|season)\b/i;
/** A word that makes the date after it a modifier of the noun that follows ("the June 2 election", "a 2004 memoir", "the company's 2023 revenue"). */
const DETERMINER_BEFORE = /(?:^|\s)(?:the|a|an|its|his|her|their|our|this|that|next|[\p{L}.]+['’]s)\s+$/iu;
/** A date that is the subject of its clause ("next winter will be very hard"): it stays. */
const VERB_AFTER = /^\s+(?:will|would|is|was|were|are|has|had|have|could|may|might|should|can|must|marks?|marked|saw|sees|brought|brings)\b/i;
/** A decade or year used as an adjective ("the 1990s-era reservoir system"): no time of an event. */
const ADJECTIVE_AFTER = /^-(?:era|style|vintage|type|like|inspired|themed|born|built|old|long)\b/i;
/** Irregular past participles (and two phrasal ones) that open a phrase describing a noun. */
const PARTICIPLES = 'born|built|written|known|led|held|made|taken|given|shown|seen|sold|bought|found|begun|drawn|grown|chosen|won|paid|laid|told|brought|sent|spent|kept|lost|heard|struck|understood|withdrawn|thrown|spoken|broken|stolen|sworn|done|set\\s+up|shut\\s+down|put|cut|hit';
const PARTICIPLE = new RegExp(`^(?:(?!\\w*eed\\b)[a-z]{3,}ed|${PARTICIPLES})\\b`);
/** Between the two ends of a range ("between 1971 and 1978", "from March to June"). */
const RANGE_GAP = /^\s*(?:(?:to|through|until|till)(?:\s+the\s+(?:morning|afternoon|evening|night|end|start|beginning|middle)\s+of)?|[-–—])\s*$/i;
/** Words of the present, never one end of a range ("in the late 1990s and now chairs"). */
/** What may stand before and after the day of a dateline: the place in capitals, and the agency with the dash. */
const DATELINE_BEFORE = /^\s*(?:\p{Lu}[\p{Lu}.'’-]+(?:\s+\p{Lu}[\p{Lu}.'’-]+)*(?:,\s*[\p{L}. ]{2,30})?,\s*)?$/u;
const DATELINE_AFTER = /^(?:,\s*\d{4})?\s*(?:\([^()\n]{1,40}\)\s*)?[—–-]{1,2}\s/;
const NOW = /^(?:now|today|tonight|currently|recently|soon|then|nowadays|these\s+days|at\s+the\s+moment|at\s+present)$/i;

export function isAdjectiveDate(text: string, d: Span): boolean {
  return ADJECTIVE_AFTER.test(text.slice(d.end, d.end + 12));
}

/** The words to cut with the date `d`: its preposition ("on", "over", "dated"), or only the date when it modifies a noun; null when it stays. */
function timePhrase(text: string, lo: number, d: Span): (Span & { sub?: string }) | null {
  const before = text.slice(lo, d.start);
  let end = d.end;
  const tail = TIME_AFTER.exec(text.slice(end, end + 30));
  if (tail) end += tail[0].length;
  const after = text.slice(end, end + 40);
  // "Today's decision" → "the decision".
  if (/^['’]s\b/.test(after)) return { start: d.start, end: end + 2, sub: /^\s*$/.test(before) || /[.!?]\s*$/.test(before) ? 'The' : 'the' };
  // "a rise in second-quarter operating profit": a date written as an adjective goes alone, its preposition stays.
  if (/^[\w]+-(?:quarter|half|year|month|week|day)$/i.test(text.slice(d.start, d.end)) && /^\s+[a-z]/.test(after)) return { start: d.start, end };
  // ("the Agency's decision of 3 May 2023 to refuse a permit": a full date after "of" goes with it.)
  const ofDay = /\sof\s+$/.exec(before) && /^(?:\d{1,2}(?:st|nd|rd|th)?\s+\p{L}+\.?,?\s+\d{4}|\p{L}+\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4})$/u.test(text.slice(d.start, d.end));
  if (ofDay) return { start: d.start - /of\s+$/.exec(before)![0].length, end };
  const prep = TIME_PREP.exec(before);
  // "We lost the whole of last August to it", "the floods of 2019": a date after "of" with no preposition of time is part
  // of its noun phrase, and stays.
  if (!prep && /\sof\s+$/.test(before) && !TIME_NOUN_OF.test(before)) return null;
  // ("The second quarter of this year was weak": a date that opens its clause before the verb is its subject, and stays.)
  if (!prep && VERB_AFTER.test(after) && (!/^(?:the|a|an)\s/i.test(text.slice(d.start, d.end)) || !/[\p{L}\d]/u.test(before))) return null;
  // "to mark Orthodox Easter", "celebrated Christmas": the feast kept is the object of the verb, and stays ("celebrated
  // Wednesday with relatives" is the time of the celebration).
  if (!prep && /\b(?:mark|celebrat|observ|commemorat)(?:e|es|ed|ing|s)?\s+$/i.test(before)
    && !/\d|\b(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|today|tonight|yesterday|tomorrow|this|last|next|January|February|March|April|May|June|July|August|September|October|November|December)\b/i.test(text.slice(d.start, d.end))) return null;
  if (!prep || !/^(?:the|this|next|last)\b/i.test(text.slice(d.start, d.end))) {
    if (DETERMINER_BEFORE.test(before) && /^\s+[a-z]/.test(after) && !/^\s+(?:and|or|to|through|until|till|when|as|than|ago|earlier|later|before|after)\b/.test(after)) return { start: d.start, end };
  } else {
    const noun = TIME_NOUN_AFTER.exec(after);
    if (noun) end += noun[0].length;
    // "would introduce legislation in the spring sitting of parliament": a date that names which sitting goes alone,
    // the noun and its article stay.
    else if (/^the\s/i.test(text.slice(d.start, d.end)) && /^\s+(?![a-z]+ed\s)[a-z]{3,}\s+of\s/.test(after) && !VERB_AFTER.test(after)) return { start: d.start + 4, end };
  }
  // "in the 2023-24 Iranian year": the date's noun goes with it.
  if (prep && /(?:the|its|their|his|her|our)\s+$/i.test(prep[1]) && !VERB_AFTER.test(after)) {
    for (const w of after.match(/^(?:\s+[\p{L}-]+){1,3}/u)?.[0].trim().split(/\s+/) ?? []) {
      if (NP_END.test(w) || !/(?:year|quarter|half|season|period|months?|weeks?|session|term|budget|cycle|window)$/i.test(w)) continue;
      end = text.indexOf(w, end) + w.length;
      break;
    }
  }
  const start = prep ? d.start - prep[1].length : d.start;
  // "Data from the survey office published in January showed …", "A report released on Tuesday found …": the participle
  // that the date completes goes with it, or it would dangle ("Data … published showed").
  const participle = prep && FINITE_AFTER.test(text.slice(end, end + 20)) ? NOUN_PARTICIPLE.exec(text.slice(lo, start)) : null;
  return { start: participle ? start - participle[1].length : start, end };
}

/** "and" or "but" before a subject that opens with a determiner (a name there is as often one of two nouns joined). */
const JOINED_CLAUSE = /\s(?:and|but)\s+(?=(?:the|a|an|his|her|its|their)\s)/gu;
/** A short subject and the verb of its clause ("the contractor had", "the union called"). */
const JOINED_SUBJECT_VERB = /^(?:(?:the|a|an|his|her|its|their)\s+)?(?:[\p{L}'’.-]+\s+){0,3}?(?:had|has|have|was|were|is|are|will|would|could|(?!\w*eed\b)[a-z]{3,}ed)\s/u;
/** A unit of time or a day before "of" ("the first weekend of", "last Monday of"): the date after it is part of a time phrase. */
const TIME_NOUN_OF = /\b(?:weekends?|weeks?|months?|days?|nights?|mornings?|evenings?|afternoons?|end|start|beginning|middle|turn|half|quarter|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\s+of\s+$/i;
/** A past participle after a noun, right before a time phrase ("figures published "). */
const NOUN_PARTICIPLE = new RegExp(String.raw`(?:^|\s)(?!(?:[Hh]e|[Ss]he|[Ii]t|[Tt]hey|[Ww]e|I|[Yy]ou|[Ww]ho|[Ww]hich|[Tt]hat|[Tt]here|was|were|is|are|be|been|being|has|have|had|not|never|also|then)\s)[\p{L}'’.-]+(\s+(?:(?!\w*eed\b)[a-z]{3,}ed|${PARTICIPLES})\s+)$`, 'u');
/** A source phrase's last word when it is a participle ("A report released"). */
const TRAILING_PARTICIPLE = new RegExp(`(?<=\\S)\\s+(?:(?!\\w*eed\\b)[a-z]{3,}ed|${PARTICIPLES})$`);
/** A finite verb right after a time phrase, whose subject is the noun before it. */
const FINITE_AFTER = /^\s+(?:found|showed|shows|suggested|suggests|revealed|reveals|indicated|indicates|concluded|concludes|estimated|estimates|said|says|put|puts|gave|gives|was|were|is|are|has|have|had|will|would|could|may|might)\b/;

/** Applies `re` (global) to `s`, keeping the position `at` on the same character. */
function edit(s: string, at: number, re: RegExp, to: string): [string, number] {
  let out = '';
  let last = 0;
  let pos = at;
  for (const x of s.matchAll(re)) {
    const a = x.index ?? 0;
    const b = a + x[0].length;
    const r = to.replace(/\$(\d)/g, (_, i: string) => x[+i] ?? '');
    out += s.slice(last, a) + r;
    if (b <= at) pos += r.length - (b - a);
    else if (a < at) pos -= at - a - Math.min(r.length, at - a);
    last = b;
  }
  return [out + s.slice(last), pos];
}


/** The clause with every time phrase cut out; `at` is where the date of the event was, `phrase` its words. */
/** Verbs of a run or a schedule in the present, which take a date of their own: "opened on Wednesday and runs until 19 November". */
const SCHEDULE_VERBS = '(?:runs|continues|lasts|closes|ends|opens|reopens|resumes|returns|starts|begins|expires|tours|transfers)';
const RUNS_UNTIL = new RegExp(`^\\s*,?\\s*and\\s+${SCHEDULE_VERBS}\\s*$`, 'i');
const SCHEDULE_FIRST = new RegExp(`^\\s*${SCHEDULE_VERBS}\\b`, 'i');
/** The "and" (or "but") before such a verb, or one in the past. */
const AND_OWN_VERB = new RegExp(`,?\\s(?:and|but)\\s+(?=(?:then\\s+|later\\s+)?(?:[a-z]{3,}ed|${SCHEDULE_VERBS})\\b)`, 'gi');

function cutDates(text: string, clause: Span, date: Span, others: Span[]): { s: string; at: number; phrase: string; andAfter: boolean; andBefore: boolean } {
  const dateline = DATELINE_OR_PLACE_COLON.exec(text.slice(clause.start, clause.end));
  const lo = clause.start + (dateline ? dateline[0].length : 0);
  const hi = clause.end;
  const spans = [date, ...others]
    .filter((o) => o.start >= lo && o.end <= hi && !isAdjectiveDate(text, o))
    .sort((a, b) => a.start - b.start);
  // Each date with its preposition; the ends of a range are one phrase.
  const cuts: Array<Span & { event: boolean; comma: boolean; sub?: string }> = [];
  for (const o of spans) {
    const p = timePhrase(text, lo, o);
    if (!p) continue;
    const event = o.start === date.start && o.end === date.end;
    const comma = text.slice(o.start, o.end).includes(',');
    const prev = cuts[cuts.length - 1];
    const gap = prev ? text.slice(prev.end, p.start) : '';
    const ranged = prev && (RANGE_GAP.test(gap) || /^\s*(?:and|or)\s*$/i.test(gap) && /^between\b/i.test(text.slice(prev.start, prev.end)))
      && !NOW.test(text.slice(o.start, o.end).trim());
    if (prev && (p.start <= prev.end || ranged)) {
      prev.end = Math.max(prev.end, p.end);
      prev.event ||= event;
      prev.comma ||= comma;
    } else cuts.push({ ...p, event, comma });
  }
  // The commas around a phrase: "In 2027, the plant" and "announced on February 5, 2025, plans" lose the
  // comma after it, "The company, on Monday, announced" both; "The memo, dated September 30 and signed by"
  // loses the "and".
  for (const c of cuts) {
    const left = text.slice(lo, c.start);
    const right = text.slice(c.end, hi);
    const conj = /^\s*(?:and|or)\s+/i.exec(right);
    const comma = /^\s*,\s*/.exec(right);
    if (/,\s*$/.test(left) && conj) c.end += conj[0].length;
    else if (comma && !/^\s*,\s*(?:and|but|or|while|with|which|who|whose|when|where|as|in\s+which)\b/i.test(right)) {
      const leftComma = /,\s*$/.exec(left);
      const opened = left.includes(',') && isInsert(left.slice(left.lastIndexOf(',') + 1).trim());
      if (leftComma) {
        // (Another insert may follow, closed by its own comma: "The plant, in 2019, built by …, was"; a verb that runs to the
        // end is the clause's own: "The walkout, in 2019, lasted eleven days".)
        const rest = right.slice(comma[0].length);
        // (A new subject after it ends an opening clause, which keeps its comma: "The last time the clubs met in a final, in
        // April 1998, Lincoln won 3-0".)
        const subject = /^(?:\p{Lu}\p{Ll}|(?:he|she|they|we|it|I)\s)/u.test(rest) && /\s(?:[a-z]{3,}ed|met|won|lost|was|were|had)(?=[\s,])/.test(left);
        if (!(isInsert(rest) && rest.includes(',')) && !subject && !left.slice(0, -leftComma[0].length).includes(',')) c.start -= leftComma[0].length;
        c.end += comma[0].length;
      // ("A hosepipe ban, announced last month, is due to come into force on Friday": for another date, an insert that is
      // only a participle and this date goes whole.)
      } else if (opened && !c.event && PARTICIPLE.test(left.slice(left.lastIndexOf(',') + 1).trim()) && words(left.slice(left.lastIndexOf(',') + 1)).length === 1) {
        c.start = lo + left.lastIndexOf(',');
        c.end += comma[0].length;
      // ("In a filing with the SEC on March 3, 2025, Northwind said": an opening phrase keeps the comma after it.)
      } else if (!left.trim() || (!opened && c.comma && !INTRO_PHRASE.test(left.trimStart()))) c.end += comma[0].length;
    }
  }
  // ("The consultation, which began on Monday and closes …": for its own date, the relative's verb stays, after its noun.)
  const ownCut = cuts.find((c) => c.event);
  const relativeVerb = ownCut && !hasVerb(text.slice(lo, ownCut.start)) ? /^,\s*(?:which|that)\s+([a-z]+)\s/i.exec(text.slice(ownCut.start, ownCut.end)) : null;
  if (ownCut && relativeVerb && !ownCut.sub) ownCut.sub = relativeVerb[1];
  // "travel to Derby on Tuesday and host Norbury on Saturday": the other verb has its own date.
  const own = cuts.findIndex((c) => c.event);
  // ("revived its battery effort in mid-2022 and opened a pilot line in Toledo, Ohio, in June 2024": so does a verb in the
  // past right after "and", whatever commas its own phrase holds.)
  const between = own >= 0 && own + 1 < cuts.length ? text.slice(cuts[own].end, cuts[own + 1].start) : '';
  const andAfter = !!between && (/\s(?:and|or|but)\s/i.test(between) && !/[,;.]/.test(between)
    || /^\s*(?:and|or)\s+(?:then\s+|later\s+)?[a-z]{3,}ed\b/i.test(between) && !/[;.]/.test(between));
  // ("revived its battery effort in mid-2022 and opened a pilot line in June 2024": for the second date, the verb in the past
  // right after "and" is the event's, with the subject of the first.)
  const before = own > 0 ? text.slice(cuts[own - 1].end, cuts[own].start) : '';
  const andBefore = (/^\s*,?\s*(?:and|but)\s+(?:then\s+|later\s+)?[a-z]{3,}ed\b/i.test(before) || RUNS_UNTIL.test(before)) && !/[;.]/.test(before);
  let s = '';
  let from = lo;
  let phrase = '';
  // A date that stays in the clause ("the class of 1985") still marks where the event's words are.
  const uncut = cuts.some((c) => c.event) ? -1 : date.start;
  const slice = (a: number, b: number) => (uncut >= a && uncut < b ? `${text.slice(a, uncut)}\u0001${text.slice(uncut, b)}` : text.slice(a, b));
  for (const c of cuts) {
    let kept = slice(from, c.start);
    // "a Thursday interview" → "an interview".
    if (!c.sub && /(?:^|\s)[Aa]\s+$/.test(kept) && /^\s*[aeiou]/i.test(text.slice(c.end, hi))) kept = kept.replace(/([Aa])(\s+)$/, '$1n$2');
    s += `${kept}${c.event ? '\u0001' : ''}${c.sub ? ` ${c.sub} ` : ' '}`;
    if (c.event) phrase = text.slice(c.start, c.end);
    from = c.end;
  }
  s += slice(from, hi);
  let at = s.indexOf('\u0001');
  s = s.replace('\u0001', '');
  // (The relative clause ends at its comma: "The strike, which started on Monday, has shut 40 schools" → "The strike started".)
  const closing = relativeVerb && at >= 0 ? s.indexOf(',', at) : -1;
  if (closing > 0) s = s.slice(0, closing);
  if (at < 0) at = date.start < lo ? 0 : s.length;
  [s, at] = edit(s, at, /\s+/g, ' ');
  [s, at] = edit(s, at, / (?=[,;:.!?)])/g, '');
  [s, at] = edit(s, at, /\( /g, '(');
  [s, at] = edit(s, at, /\s*(?:"\s*"|“\s*”|‘\s*’|\(\s*\))/g, '');
  [s, at] = edit(s, at, /,(?=[,.;])/g, '');
  [s, at] = edit(s, at, /^ /g, '');
  return { s, at: Math.max(0, Math.min(at, s.length)), phrase, andAfter, andBefore };
}

const RELATIVE = /^(?:which|who|whom|whose|when|where|(?:in|at|during|after|of|on|by|under|for|from|with|through|into|to|over)\s+(?:which|whom))\b\s*/i;
/** The words that open a phrase set off by commas inside a clause: an apposition, a relative clause, a participle. */
const OPENER = /^(?:the|a|an|one|now|once|formerly|then|also|both|each|which|who|whom|whose|when|where|(?:in|at|during|after|of|on|by|under|for)\s+which)\b/i;
function isInsert(t: string): boolean {
  return OPENER.test(t) || PARTICIPLE.test(t);
}
/** An apposition that says how its noun came about ("a firm founded by …"). */
const MADE_APPOSITION = /^(?:the|a|an)\s+(?:[\p{L}'’-]+\s+){1,3}?(?=(?:[a-z]{3,}ed|born|built|written|led|held|made)\b)/iu;
/** The words after a noun's name in its phrase ("the research led by", "the documents of"). */
const NOUN_END = /\s(?:of|by|from|in|at|for|with|on|to)\s.*$/i;

/** "was" or "were", for the noun phrase `np`. */
function be(np: string): string {
  const head = np.replace(NOUN_END, '').trim().split(/\s+/).pop() ?? '';
  return /^(?:they|we|you)$/i.test(head) || (/[^s]s$/.test(head) && !/(?:us|is|ics|news)$/i.test(head) && /^[a-z]/.test(head)) ? 'were' : 'was';
}

interface Piece { start: number; end: number; text: string }

function piecesOf(seg: string): Piece[] {
  const out: Piece[] = [];
  let from = 0;
  for (const m of seg.matchAll(/,\s+/g)) {
    out.push({ start: from, end: m.index ?? 0, text: seg.slice(from, m.index) });
    from = (m.index ?? 0) + m[0].length;
  }
  out.push({ start: from, end: seg.length, text: seg.slice(from) });
  return out;
}

/** A name at the end of `s` ("… activist investor Corbin Partners", "the Seimas"). */
const NAME_AT_END = /(?:^|\s)((?:the\s+)?(?:\p{Lu}[\p{L}'’.&-]*\s+(?:(?:de|del|della|la|da|di|do|dos|van|von|der|den|al|bin|le|of)\s+)*)*\p{Lu}[\p{L}'’.&-]*)$/u;
/** A noun phrase at the end of `s` ("… heard arguments in a case about cellphone data"). */
const NP_AT_END = /^.*(?:^|\s)((?:the|a|an|its|their|his|her|our)\s+[^,]*)$/i;

/** A passive that only a ruling, an order, a law or a paper undergoes: "was vacated", "had been quashed", "was issued". */
const DOCUMENT_PASSIVE = /^(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\s+(?:later\s+|subsequently\s+|since\s+|then\s+|also\s+)?(?:vacated|quashed|overturned|overruled|stayed|upheld|passed|set\s+aside|struck\s+down|lifted|revoked|rescinded|repealed|withdrawn|reversed|enacted|amended|issued|signed|filed|served|published|tabled|ratified|challenged|appealed)\b/i;
/** A common noun phrase and the name of who issued it: "a stay order from the Bombay High Court". Group 1 is the noun phrase. */
const ISSUED_BY_NAME = /(?:^|\s)((?:a|an|the|its|their|his|her)\s+[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,3})\s+(?:from|of|by|issued\s+by)\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’.&-]*\s+)*\p{Lu}[\p{L}'’.&-]*$/u;

/** What a relative clause or apposition after `head` is about: the subject that `head` is, else the name or noun phrase it ends with. */
function antecedent(head: string, whole: boolean): string {
  // ("Archaeologists said the tree stumps, exposed on Monday, were …": after a reporting verb, its clause's subject.)
  const reported = /^.*\b(?:said|says|told|added|stated|reported|announced|warned|argued|claimed|explained|believe[sd]?|think|thinks|thought)\s+(?:that\s+)?((?:the|a|an|this|these|those)\s.+)$/i.exec(head);
  if (reported && words(reported[1]).length <= 8) return reported[1];
  if (whole && words(head).length <= 8 && !/\b(?:he|she|they|we|i|it|there)\b/i.test(head)) return head;
  return NAME_AT_END.exec(head)?.[1] ?? NP_AT_END.exec(head)?.[1] ?? (whole ? head : '');
}

/** The subject a sentence opens with, when it is a name or a pronoun ("The Elmridge Municipal Water Authority knew …"). */
/** A clause that opens on a common irregular past ("…, and went on to the London School of Economics"): a verb with no subject of its own. */
const IRREGULAR_VERBS = '(?:went|came|became|began|took|made|gave|got|left|won|lost|ran|saw|told|said|found|held|kept|led|met|paid|sold|sent|spent|stood|wrote|brought|bought|built|fell|felt|grew|knew|rose|set|struck|drove|flew|fled|fought|put|read|spoke|taught|thought|understood|chose|drew|broke|beat|hit|shut|sought|sat|sang|swore|withdrew|oversaw|undertook|overtook|rebuilt|forgave)';
const IRREGULAR_PAST = new RegExp(`^\\s*${IRREGULAR_VERBS}\\s`);
/** One of those verbs anywhere. */
const IRREGULAR_WORD = new RegExp(`\\b${IRREGULAR_VERBS}\\b`);

const SUBJECT = /^(?!(?:The|A|An)\s+[a-z])(?:(?:The|A|An)\s+)?(?:\p{Lu}[\p{L}'’.&-]*\s+)*\p{Lu}[\p{L}'’.&-]*(?=\s+[a-z])|^(?:He|She|It|They|We|I)\b/u;

/** What opens a short noun phrase: its article or possessive and up to three words ("The", "Its new finance"); then its last word. */
const ARTICLE_LEAD = String.raw`(?:The|A|An|Its|His|Her|Their)\s+(?:[\p{L}'’.-]+\s+){0,3}?`;
const NP_WORD = String.raw`[\p{L}'’.-]+`;
/** A noun phrase with its article or possessive, alone. */
const ARTICLE_NOUN = new RegExp(String.raw`^\s*${ARTICLE_LEAD}${NP_WORD}\s*$`, 'u');
/** A short subject with its article or possessive, before the clause's verb ("The company revived"). */
const ARTICLE_SUBJECT = new RegExp(String.raw`^(${ARTICLE_LEAD}${NP_WORD})(?=\s+(?:[a-z]{3,}ed|was|were|had|has)\b)`, 'u');
/** The subject of a verb of a schedule, with its article or a noun alone ("Work begins in September and ends by March"). */
const SCHEDULED_SUBJECT = new RegExp(String.raw`^[\s*•–-]*((?:${ARTICLE_LEAD})?${NP_WORD})(?=\s+${SCHEDULE_VERBS}\b)`, 'u');

/** Words that end a noun phrase after its modifiers. */
const NP_END = /^(?:in|on|at|of|for|to|by|with|from|and|or|but|that|which|who|when|where|is|was|were|are|will|would|has|had|have|as|than|after|before)$/i;

/** "weeks before the June 2 general election": the date names a happening, the noun after it. */
function datedNoun(text: string, clause: Span, date: Span): string {
  const before = text.slice(clause.start, date.start);
  const det = /\b(?:before|after|ahead\s+of|until|since|following|prior\s+to|run-up\s+to)\s+(the|its|their|his|her|this|next)\s+$/i.exec(before);
  if (!det) return '';
  const np: string[] = [];
  const rest = text.slice(date.end, clause.end).trim();
  let used = 0;
  let closed = false;
  for (const w of rest.split(/\s+/)) {
    const bare = w.replace(/[,;:.!?)”"’]+$/, '');
    if (!/^[a-z][\w'’-]*$/.test(bare) || NP_END.test(bare) || np.length === 4 || /^(?:we|he|she|they|i|you|it)$/.test(bare) || IRREGULAR_WORD.test(bare)) break;
    np.push(bare);
    used = rest.indexOf(w, used) + w.length;
    if (bare !== w) {
      closed = true;
      break;
    }
  }
  if (!np.length) return '';
  // ("since the 2020 election in Belarus": where or whose the happening was goes with it.)
  const where = closed ? null : /^\s+((?:in|of|at)\s+(?:the\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3})/u.exec(rest.slice(used));
  return capitalize(`${det[1]} ${np.join(' ')}${where ? ` ${where[1]}` : ''}`);
}

// (Lower case: a capitalized word in -ing is a name, "a former finance officer, Blessing Eze, filed …".)
const TAIL_ADJUNCT = /^(?:including|such\s+as|according\s+to|down|up|compared|[a-z]{3,}ing)\b/;

/** Without a quotation mark that closes nothing or opens nothing ("…to recover.\"", "\"They come again, …"). */
function balance(t: string): string {
  if ((t.match(/["“”]/g)?.length ?? 0) % 2 === 0) return t;
  if (/["”][\s.,;:]*$/.test(t) && !/^["“]/.test(t)) return t.replace(/[\s.,;:]*["”]\s*$/, '');
  if (/^["“]/.test(t)) return t.replace(/^["“]\s*/, '');
  return t.replace(/[\s,;:]*["“]\s*$/, '');
}

/** A phrase that opens a sentence before its subject: a participle or a preposition ("Born in Kumasi", "After the vote"). */
const INTRO_PHRASE = /^(?:(?:[A-Z][a-z]{2,}(?:ed|ing)|Born|Raised|Built|Founded|Written|Taken|Given|Known|Chosen)\s+[a-z]|(?:After|Before|During|Despite|Since|Following|Under|With|Without|In|On|At|As|For|By|Like|Unlike|Once|While|When|Although|Though|Because)\b)/;

/** The words of a summary, cut to the limit: trailing phrases after the date's one first, then phrases set off by commas before it. */
function fit(pieces: Piece[], k: number): string {
  let last = pieces.length - 1;
  // A relative clause after the date ends the clause ("…over water in the mid-2010s, when a drought …").
  for (let i = k + 1; i < pieces.length; i++) if (RELATIVE.test(pieces[i].text)) { last = i - 1; break; }
  const kept = pieces.slice(0, last + 1).map((p, i) => ({ ...p, i, keep: true }));
  const count = () => kept.filter((p) => p.keep).reduce((n, p) => n + words(p.text).length, 0);
  // A trailing adjunct ("…, leaving flowers", "…, according to …", "…, down from 44%") goes first.
  const adjunct = kept.findIndex((p) => p.i > k && TAIL_ADJUNCT.test(p.text) && !(p.i === 1 && /^(?:including|such\s+as)\b/i.test(p.text) && /^[a-z]/.test(pieces[2]?.text ?? '')));
  if (adjunct > 0 && count() > MAX_SUMMARY_WORDS) for (let i = adjunct; i <= last; i++) kept[i].keep = false;
  const droppable = kept
    .filter((p) => p.i > 0 && p.i < last && p.i !== k && /^[a-z]/.test(pieces[p.i + 1].text) && !RELATIVE.test(pieces[p.i + 1].text)
      && (p.i === 1 && !INTRO_PHRASE.test(pieces[0].text) || isInsert(p.text) || /^(?:including|such\s+as)\b/i.test(p.text)))
    .sort((x, y) => y.text.length - x.text.length);
  for (const p of droppable) {
    if (count() <= MAX_SUMMARY_WORDS) break;
    p.keep = false;
  }
  let out = '';
  for (const p of kept) {
    if (!p.keep) continue;
    // (An opening phrase keeps its comma when the insert after it goes: "Born in Kumasi, then part of …, she was" →
    // "Born in Kumasi, she was"; a subject does not: "Lionel Carraway, the soul singer, died" → "Lionel Carraway died".)
    const joint = kept[p.i - 1]?.keep || p.i > 1 && !kept[1].keep && kept[0].keep && INTRO_PHRASE.test(kept[0].text) && kept.slice(1, p.i).every((x) => !x.keep) ? ', ' : ' ';
    out += out ? `${joint}${p.text}` : p.text;
  }
  return out;
}

/**
 * A short summary of what happened at `date`: the clause that holds it, with the date and every
 * other date of `others` cut out with its preposition ("Between 1971 and 1978 he recorded nine
 * albums" → "He recorded nine albums"). A phrase set off by commas that holds the date is the
 * summary, with the noun it describes ("Grace Mwangi, who joined the ministry", "The analysis was
 * published"); others are left out when the summary would be too long ("Lionel Carraway, the soul
 * singer …, died" → "Lionel Carraway died").
 */
/** A clock time in brackets with its zone: "(04:00 GMT)", "(1540 GMT)". */
const ZONE_TIME = /\s*\(\s*\d{1,2}:?\d{2}\s*(?:[ap]\.?m\.?\s*)?(?:GMT|UTC|Z|[A-Z]{2,4}T)\s*\)/g;

export function summarize(text: string, clause: Span, date: Span, others: Span[] = [], cut?: ReturnType<typeof cutDates>): string {
  const fallback = clip(text.slice(clause.start, clause.end));
  const noun = datedNoun(text, clause, date);
  if (noun) return noun;
  const { s, at, phrase, andAfter, andBefore } = cut ?? cutDates(text, clause, date, others);
  // The clause that holds the date: between breaks (", with" only ends one).
  let a = 0;
  let b = s.length;
  const starts = [0];
  for (const [x, y] of clauseStops(s)) {
    if (y <= at && !/^,\s+with\s$/.test(s.slice(x, y))) starts.push(y);
    else if (x >= at) { b = x; break; }
  }
  // "…to the Department of Environment, Great Lakes, and Energy that year": a list's last item is no clause.
  while (starts.length > 1 && words(s.slice(starts[starts.length - 1], b)).length < 3 && /,\s+(?:and|but)\s$/.test(s.slice(0, starts[starts.length - 1]))) starts.pop();
  a = starts[starts.length - 1];
  // "…had cleared the bills last week and the contractor had assured that work would resume from November 15": a clause
  // joined by "and" or "but" with a subject and a verb of its own, after one with its own verb, is the date's.
  let joined: RegExpExecArray | null = null;
  for (const x of s.slice(a, at).matchAll(JOINED_CLAUSE)) joined = x;
  if (joined && hasVerb(s.slice(a, a + joined.index!)) && !/\bbetween\s+(?:[\p{L}'’.-]+\s+){0,3}[\p{L}'’.-]+$/u.test(s.slice(a, a + joined.index!)) && JOINED_SUBJECT_VERB.test(s.slice(a + joined.index! + joined[0].length, at))) a += joined.index! + joined[0].length;
  // (Inside a relative clause, "Hamlet, which opened on Wednesday and runs until 19 November", the relative keeps its
  // noun: the verbs before the "and" go below.)
  let relativeAnd = false;
  let verbless = '';
  if (andBefore) {
    let and: RegExpExecArray | null = null;
    for (const x of s.slice(a, at).matchAll(AND_OWN_VERB)) and = x;
    relativeAnd = !!and && /(?:^|,\s+)(?:which|who)\s+[^,]*$/i.test(s.slice(a, a + and.index!));
    // ("The consultation, which began on Monday and closes on 30 January": with the relative and its date cut out, a noun
    // phrase without a verb is left before the "and", and it is the subject.)
    const pre = and ? s.slice(a, a + and.index!) : '';
    if (and && !relativeAnd && !hasVerb(pre) && !IRREGULAR_WORD.test(pre) && ARTICLE_NOUN.test(pre)) verbless = pre.trim();
    if (and && !relativeAnd) a += and.index! + and[0].length;
  }
  // (…and the relative's comma closes it: "The consultation closes", not "…closes, asks residents".)
  const comma = verbless ? s.indexOf(',', at) : -1;
  if (comma >= 0) b = Math.min(b, comma);
  if (andAfter) {
    const and = /(?:^|\s)(?:and|or|but)\s/i.exec(s.slice(at, b));
    if (and) b = at + and.index;
  }
  // ", but did not notify residents": the verb takes the subject of the clause before it.
  let subject = '';
  if (a > 0 && (/^\s*(?:did|does|do|was|were|is|are|had|has|have|would|will|could|can|should|may|might|must|[a-z]{3,}ed)(?=[\s.,;:!?]|$)/.test(s.slice(a).replace(LEADING_GLUE, ''))
    || IRREGULAR_PAST.test(s.slice(a).replace(LEADING_GLUE, '')) || andBefore && SCHEDULE_FIRST.test(s.slice(a)))) {
    // (A subject with its article: "The company revived … and opened …".)
    subject = verbless || (SUBJECT.exec(s)?.[0] ?? (andBefore ? ARTICLE_SUBJECT.exec(s)?.[1] ?? SCHEDULED_SUBJECT.exec(s)?.[1] ?? '' : ''));
  }
  // Without its opening glue ("Separately, the company said …"), and with the subject it lacks.
  const bare = s.slice(a, b).replace(LEADING_GLUE, '');
  const seg = subject ? `${subject} ${bare}` : bare;
  const m = Math.max(0, at - (b - bare.length) + (subject ? subject.length + 1 : 0));
  const pieces = piecesOf(seg);
  const k = Math.max(0, pieces.findIndex((p) => p.start <= m && m <= p.end));
  const piece = pieces[k];
  const next: Piece | undefined = pieces[k + 1];
  // ("began at 6am local time (04:00 GMT)": the time in another zone goes with the time cut out.)
  // ("Vollmer took over": the particle of a phrasal verb is no glue.)
  const unglue = (t: string) => (/\b(?:took|take|takes|taken|taking|handed|hand|hands|turned|stepped|steps|step)\s+over\s*$/i.test(t) ? t.trimEnd() : t.replace(TRAILING_GLUE, ''));
  // ('"Now they're saying 2028 at the earliest."': a quotation mark left open before a word cut out goes with it, and so
  // does the mark that closes it.)
  const unquote = (t: string) => (/^["“]\s+/.test(t) ? t.replace(/^["“]\s+/, '').replace(/["”]/, '') : t);
  // ("(The briefing was concluded at 2:02 p.m.)": a transcript's note in brackets reads without them.)
  const polish = (t: string) => capitalize(clip(unglue(balance(unquote(t.replace(LEADING_GLUE, '').replace(ZONE_TIME, '').replace(/^\s*\(([^()]*)\)\s*$/, '$1'))).replace(/[\s.,;:]+(["”’]?)$/, '$1'))));
  // ("That was the first week of February 2007", "Ask me the Thursday before": a clause of one or two words that ends
  // on a copula or an object word once its date is cut says nothing; the clause is kept whole.)
  const finish = (t: string) => {
    const out = polish(t);
    const empty = !out || words(out).length <= 2 && /(?:^|\s)(?:was|is|were|are|be|been|being|me|us|what|who|about|of|that|this|not|[\w]+:)$/i.test(out)
      || words(out).length === 3 && /\s(?:was|is|were|are)$/i.test(out);
    return empty ? clip(sentenceOf(text, clause, date)).replace(/[\s.,;:]+(["”’]?)$/, '$1').replace(/^["“‘]/, '') : out;
  };
  // "has gained 9% since early July, when the Bank of Japan raised rates": the date is when the "when" clause happened;
  // so it is when the date is what a clause is ("The last time voters considered a tax was in March 2016, when a levy passed").
  const predicated = /\b(?:was|were)\s*$/i.test(seg.slice(piece.start, m));
  if (next && (/^(?:since|until|till)\b/i.test(phrase) || predicated) && /^when\s/i.test(next.text) && !seg.slice(m, piece.end).trim()) {
    const rest = pieces.slice(k + 1);
    return finish(fit([{ ...rest[0], text: rest[0].text.replace(/^when\s+/i, '') }, ...rest.slice(1)], 0));
  }
  const relative = restrictiveRelative(seg, piece, m);
  if (relative) return finish(relative);
  // A phrase set off by commas right after the noun it describes.
  if (k > 0 && (k === 1 || !isInsert(pieces[k - 1].text))) {
    const head = pieces[k - 1].text;
    const inside = piece.text;
    const follows = next && /^[a-z]/.test(next.text);
    const rel = RELATIVE.exec(inside);
    // "Corbin Partners, which disclosed a stake in the spring", "a case …, which is expected to be decided before": the noun did it.
    // Only a relative that is the subject of its clause: not "rural counties, which Hadley won".
    // ("McIlwraith, who had pleaded guilty last month, for eight years": the date is the relative clause's, whatever follows.)
    if (rel && /^(?:who|which)\b/i.test(rel[0]) && (!follows || /^(?:who|which)\s/i.test(inside)) && /^(?!(?:the|a|an|he|she|they|it|we|i|you|his|her|its|their|our|this|these|those)\b)[a-z]/.test(inside.slice(rel[0].length))) {
      // (A possessive noun phrase, "Romero's tenure, which began …", is what the relative is about.)
      const possessed = k === 1 && /^(?:\p{Lu}[\p{L}.-]*\s+)*\p{Lu}[\p{L}.-]*['’]s?\s+[a-z]+(?:\s+[a-z]+)?$/u.test(head.trim()) ? head.trim() : '';
      // ("Ionis Pharmaceuticals in Carlsbad, California, which licensed it": a town and its region set off after a name
      // say where the name is; the name is what the relative is about.)
      const town = k > 1 && /^\s*\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2}\s*$/u.test(head) ? /\s+in\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2}\s*$/u.exec(pieces[k - 2].text) : null;
      const located = town ? NAME_AT_END.exec(pieces[k - 2].text.slice(0, town.index))?.[1] ?? '' : '';
      // ("a stay order from the Bombay High Court, which was vacated": what only a ruling or a paper undergoes is said of
      // the noun before the name that issued it, not of the name.)
      const issued = DOCUMENT_PASSIVE.test(inside.slice(rel[0].length)) ? ISSUED_BY_NAME.exec(head)?.[1] ?? '' : '';
      const found = possessed || located || issued || antecedent(/^\d+$/.test(head) && k > 1 ? pieces[k - 2].text : head, false);
      // ("Shares in Halvorsen, which have gained …": the noun the verb agrees with.)
      const number = numberOf(inside.slice(rel[0].length));
      const agreed = number && found && plural(found.split(/\s+/).pop() ?? '') !== (number === 'many') ? nounBefore(head, false, number) : '';
      const noun = agreed.length > found.length ? agreed : found;
      const told = relativeAnd ? inside.slice(rel[0].length).replace(/^[\s\S]*\s(?:and|but)\s+/i, '') : inside.slice(rel[0].length);
      if (noun && !/^(?:its|his|her|their|the|a|an|our)$/i.test(noun.trim())) return finish(`${noun} ${told}`);
    }
    if (rel && /^when\b/i.test(rel[0]) && !follows) return finish(inside.slice(rel[0].length));
    // "The 2.1-km flyover, whose foundation stone was laid in 2018, …": the noun's own thing did it.
    if (rel && /^whose\s/i.test(rel[0]) && /^[a-z]/.test(inside.slice(rel[0].length))) {
      const owner = antecedent(head, k === 1);
      const apostrophe = text.includes('’') ? '’' : "'";
      if (owner && !/\b(?:he|she|they|it|we|i)$/i.test(owner)) return finish(`${owner}${apostrophe}${/s$/.test(owner) ? '' : 's'} ${inside.slice(rel[0].length)}`);
    }
    // "…at Yaba Higher College, from which she graduated in 1949": what the clause tells, with the noun put back.
    const prep = rel && !follows ? /^(\w+)\s+(?:which|whom)\s+$/i.exec(rel[0]) : null;
    const object = prep ? antecedent(head, false) : '';
    if (rel && prep && object && /^(?:i|we|you|he|she|they|it|the|a|an|\p{Lu}[\p{L}'’.-]*)\s+[a-z]/u.test(inside.slice(rel[0].length))) {
      return finish(`${inside.slice(rel[0].length)} ${prep[1].toLowerCase()} ${object}`);
    }
    // "Hidrotecnia del Pacífico, a firm founded in 2019 by …": the firm was founded.
    const made: RegExpExecArray | null = next ? null : MADE_APPOSITION.exec(inside);
    const name = NAME_AT_END.exec(head);
    if (made && name) return finish(`${name[1]} was ${inside.slice(made[0].length)}`);
    if (follows && (OPENER.test(inside) || k === 1 && PARTICIPLE.test(inside))) {
      // "A previous analysis, published in 2022, found …": the analysis was published.
      if (PARTICIPLE.test(inside) && !rel && k === 1) {
        const noun = antecedent(head, k === 1);
        return finish(`${noun} ${be(noun)} ${inside}`);
      }
      return finish(`${head}, ${inside}`);
    }
  }
  return finish(fit(pieces, k));
}

/** A relative pronoun that is the subject of its clause, with the verb after it ("that began", "who had fled", "which will open"). */
const SUBJECT_RELATIVE = new RegExp(String.raw`(?:^|\s)(?:that|which|who)\s+(?=(?:(?:first|later|then|also|only|once|originally|finally)\s+)?(?:(?!\w*eed\b)[a-z]{2,}ed|${IRREGULAR_VERBS})\b|(?:will|would|has|had|have|was|were|is|are|can|could)\s+(?:not\s+|never\s+|also\s+)?[a-z]{2,}\b)`, 'g');
const FINITE_VERBS = '(?:is|are|was|were|has|have|had|will|would|can|could|may|might|must|should|did|does)';
const FINITE = new RegExp(`\\b${FINITE_VERBS}\\b`);
/** The main clause's verb right where a relative clause ends ("… last month called the ruling"). */
const MAIN_VERB_FIRST = new RegExp(`^\\s*(?:[a-z]{3,}ed|${FINITE_VERBS}|${IRREGULAR_VERBS})\\b`);

/**
 * "…, ending a dispute that began in March 2017", "Police arrested a man who escaped in May": a date inside a relative
 * clause with no comma before it is when the clause happened, and the noun it follows did it ("A dispute began"). Only
 * when the relative clause runs to the end of the clause: in "The company that won the contract in 2019 has collapsed"
 * the clause goes on after it.
 */
function restrictiveRelative(seg: string, piece: Piece, m: number): string {
  const before = seg.slice(piece.start, m);
  let rel: RegExpMatchArray | undefined;
  for (const x of before.matchAll(SUBJECT_RELATIVE)) rel = x;
  if (!rel || rel.index === undefined) return '';
  const clause = before.slice(rel.index + rel[0].length);
  // The relative clause has one verb before the date. After it, the relative clause goes on to the end with no verb of
  // its own, or ends right there, where the main clause's verb comes ("Advocates who sued … last month called the
  // ruling …"); anything else is too uncertain.
  const rest = clause.replace(/^(?:(?:will|would|has|had|have|was|were|is|are|can|could)\s+(?:not\s+|never\s+|also\s+)?)?\S+/, '');
  if (FINITE.test(rest) || IRREGULAR_WORD.test(rest) || /["“”]/.test(rest)) return '';
  const after = seg.slice(m, piece.end);
  const mainVerb = MAIN_VERB_FIRST.test(after);
  if (!mainVerb && (FINITE.test(after) || IRREGULAR_WORD.test(after))) return '';
  const head = before.slice(0, rel.index).trimEnd();
  let noun = nounBefore(head, /^who$/i.test(rel[0].trim()), numberOf(clause));
  if (!noun) return '';
  // "…," said Lorraine Pettiford, a retired teacher who has banked there since the 1980s': a noun in apposition to a
  // name stands for the name.
  if (head.startsWith(noun) && /^(?:a|an|the)\s/i.test(noun) && piece.start > 0) {
    const name = NAME_AT_END.exec(seg.slice(0, piece.start).replace(/[\s,]+$/, ''))?.[1];
    if (name && !/^the\s/i.test(name)) noun = name;
  }
  return `${noun} ${seg.slice(piece.start + rel.index + rel[0].length, mainVerb ? m : piece.end).trim()}`;
}

/** The number a relative clause's first verb shows ("was" one, "have" many), if any. */
function numberOf(clause: string): 'one' | 'many' | null {
  const v = /^\s*(\S+)/.exec(clause)?.[1].toLowerCase();
  return v === 'was' || v === 'is' || v === 'has' || v === 'does' ? 'one' : v === 'were' || v === 'are' || v === 'have' || v === 'do' ? 'many' : null;
}

/** A plural common noun ("inspections", "shares"); names and words in -ss, -us, -is are not. */
function plural(w: string): boolean {
  return /^[a-z][a-z'’-]*[^su'’]s$/.test(w) || /^[a-z]+ies$/.test(w);
}

const DETERMINER = /^(?:the|a|an|its|his|her|their|our|this|these|those|some|many|several|two|three|four|five|\d[\d,.]*)$/i;
const NOT_IN_NOUN = /^(?:in|on|at|by|for|from|to|with|into|over|under|after|before|during|about|against|between|through|and|or|but|is|are|was|were|be|been|has|have|had|will|would|can|could|may|might|must|should|did|does|do|said|says|told|argued|believed?|thought|think|claimed?|that|which|who|he|she|it|they|we|i|you)$/i;

/**
 * The noun phrase that `head` ends with ("after repairs" → "repairs", "ending a dispute" → "a dispute", "the head of
 * the Transport Authority"). For "who", a place or body after a preposition is left for the person before it ("a
 * nurse from Swindon who …" → "a nurse").
 */
function nounBefore(head: string, person: boolean, number: 'one' | 'many' | null = null): string {
  const ws = head.split(/\s+/).filter(Boolean);
  let i = ws.length;
  const take = (): number => {
    let n = 0;
    while (i > 0 && n < 6) {
      const w = ws[i - 1];
      if (/[,;:]$/.test(w)) break;
      // ("the University of Galway": "of" between capitals is inside a name.)
      if (/^of$/i.test(w) && /^\p{Lu}/u.test(ws[i] ?? '') && /^\p{Lu}/u.test(ws[i - 2] ?? '')) { i--; n++; continue; }
      // (A word in -ed or -ing is a verb before the noun, "approved repairs", unless a determiner comes first, "a retired teacher".)
      if (NOT_IN_NOUN.test(w) || /^[a-z]{3,}(?:ed|ing)$/.test(w) && n > 0 && !DETERMINER.test(ws[i - 2] ?? '')) break;
      i--;
      n++;
      if (DETERMINER.test(w)) break;
    }
    return n;
  };
  let n = take();
  if (person && n > 0 && i > 0 && /^(?:at|from|of|in|with|for|on)$/i.test(ws[i - 1]) && ws.slice(i).some((w) => /^\p{Lu}/u.test(w))) {
    const end = i - 1;
    i = end;
    n = take();
    return n > 0 && !DETERMINER.test(ws[end - 1]) ? ws.slice(i, end).join(' ') : '';
  }
  // ("a standard for bridge inspections that was adopted", "Shares in Halvorsen, which have gained": a noun whose number
  // the verb does not agree with is inside a phrase that completes the noun before it.)
  if (number && n > 0 && i > 1 && /^(?:for|of|on|in|with|about|from)$/i.test(ws[i - 1]) && plural(ws[ws.length - 1]) !== (number === 'many')) {
    i--;
    if (take() > 0) n = ws.length - i;
  }
  if (n === 0 || DETERMINER.test(ws[ws.length - 1]) || /^(?:its|his|her|their|our)$/i.test(ws[i])) return n > 0 && ws.length - i > 1 ? ws.slice(i).join(' ') : '';
  return ws.slice(i).join(' ');
}

/** The sentence of `clause` that holds `date` (a quotation may run over several). */
function sentenceOf(text: string, clause: Span, date: Span): string {
  const t = text.slice(clause.start, clause.end);
  let a = 0;
  for (const m of t.matchAll(/[.!?]["”’]?\s+/g)) {
    const e = (m.index ?? 0) + m[0].length;
    if (clause.start + e <= date.start) a = e;
    else break;
  }
  const rest = t.slice(a);
  const b = rest.search(/[.!?]["”’]?(?:\s|$)/);
  return b >= 0 && clause.start + a + b >= date.end ? rest.slice(0, b + 1) : rest;
}

/** What may stand between a reporting verb and the time it was said ("said on", "said in a statement late"). */
const AFTER_PREDICATE = /^\s*,?\s*(?:(?:in|at|during)\s+(?:a|an|the|his|her|their|its)\s+(?:[\w’'-]+\s+){1,3})?(?:on|in|at|late|early|this|last)?\s*$/i;
/** Who hears a statement, after "told": a capitalized name ("The Associated Press") or one of these nouns. */
const LISTENER_WORD = String.raw`(?:[A-Z][\w’'.&-]*|reporters|journalists|jury|court|news|press|conference|lawmakers|parliament|senators|investors|analysts|media|panel|committee|hearing|inquiry|inquest|tribunal|radio|television|broadcaster|newspaper|magistrates|councillors)`;
/** The listener right after "told" ("The Associated Press", "reporters", "a press conference"). */
const LISTENER_WORDS = new RegExp(String.raw`^\s+((?:(?:the|a|an)\s+)?${LISTENER_WORD}(?:\s+(?:[A-Z][\w’'.&-]*|reporters|journalists|jury|court|news|press|conference|radio|television))*)`);
/** A listener between the verb and the time ("told The Associated Press on Monday", "told reporters on", "told the jury on"). */
const LISTENER = new RegExp(String.raw`^\s+(?:(?:the|a|an)\s+)?(?:${LISTENER_WORD}\s+){1,4}(?=(?:on|in|at|late|early|this|last)\b)`);

/** The predicate ends in "told", "tells" or "telling", so a listener may follow it. */
function isTold(text: string, a: Attribution): boolean {
  return /^(?:told|tells|telling)$/i.test(text.slice(a.predicate.start, a.predicate.end).trim().split(/\s+/).pop() ?? '');
}

/** Is the date `d` the time of the attribution's saying: right after its predicate, or right before it ("Officials on Thursday said")? */
function dateOfCue(text: string, a: Attribution, d: Span): boolean {
  if (d.start >= a.predicate.end) {
    const between = text.slice(a.predicate.end, d.start);
    return AFTER_PREDICATE.test(between) || isTold(text, a) && AFTER_PREDICATE.test(between.replace(LISTENER, ' '));
  }
  const phrase = a.sourcePhrase ?? a.source;
  // (Not after a relative clause in the source, whose time it is: "Advocates who sued … last month called the ruling".)
  return d.end <= a.predicate.start && /^\s*,?\s*(?:[a-z]+ly\s+)?$/.test(text.slice(d.end, a.predicate.start)) && (!phrase || phrase.end <= d.start)
    && !(phrase && /\b(?:who|which|that)\s+\S/i.test(text.slice(phrase.start, phrase.end)));
}

const DENIAL = new RegExp(`(?:^|\\s)(?:${DENIAL_LEMMAS.join('|')})$`, 'i');
/** "He denied that …", "The company disputed the figures": the content is what the source says is untrue. */
function isDenial(text: string, a: Attribution): boolean {
  return a.cueClass === 'denial' || DENIAL.test(text.slice(a.predicate.start, a.predicate.end).trim());
}

const one = (text: string, s: Span | null | undefined) => (s ? text.slice(s.start, s.end).replace(/\s+/g, ' ').trim() : '');

/** Who spoke, by name when the cue says "he" or "which". */
function speaker(text: string, a: Attribution): string {
  const source = one(text, a.source);
  // ("Data from the survey office published in January showed …": the participle the date completed goes with it.)
  const phrase = one(text, a.sourcePhrase ?? a.source).replace(TRAILING_PARTICIPLE, '');
  // ("Gwen Ashdown-Reyes, who told investors …", "the Supreme Court, which agreed …": the relative pronoun's antecedent
  // is the source, with its article.)
  if (/^(?:who|which|that)$/i.test(phrase) && source && !/^(?:who|which|that|he|she|they|it|we|i)$/i.test(source)) {
    return /((?:\bthe\s+)?(?:\p{Lu}[\p{L}'’.-]*\s+)*\p{Lu}[\p{L}'’.-]*)$/u.exec(source)?.[1] ?? source;
  }
  if (a.sourceName && /^(?:he|she|they|it|we|i|who|which|that)$/i.test(phrase || source)) return a.sourceName;
  return phrase;
}

/** "Health Minister Aden Duale said the program would expand": who said what, for an event dated by its saying. */
function statementSummary(text: string, a: Attribution, nameStarts: Set<number> = new Set()): string {
  const denial = isDenial(text, a);
  // A denial keeps its "that": "Frank Dolan denied that deputies had acted improperly".
  const that = denial && a.content && /\bthat\s*$/i.test(text.slice(a.predicate.end, a.content.start)) ? 'that ' : '';
  let what = one(text, a.content).replace(DATELINE_OR_PLACE_COLON, '').replace(denial ? /^$/ : /^that\s+/i, '').replace(/[\s,;:.]+$/, '');
  // ("Fewer than half of countries have laboratories …, a WHO report found": moved after the cue, the sentence's first
  // word is no longer first; a name, an acronym or "I" keeps its capital.)
  const quotedContent = a.content !== null && /["“‘]/.test(text.slice(Math.max(0, a.content.start - 1), a.content.start + 1));
  if (a.content && a.content.end <= a.predicate.start && !quotedContent) {
    // (Past a dateline the summary leaves out: "MUMBAI: The civic body will …".)
    const raw = text.slice(a.content.start, a.content.end);
    const from = a.content.start + (DATELINE_OR_PLACE_COLON.exec(raw.trimStart())?.[0].length ?? 0) + (raw.length - raw.trimStart().length);
    const first = from + (/^[^\p{L}]*/u.exec(text.slice(from, a.content.end))?.[0].length ?? 0);
    if (!nameStarts.has(first) && /^\p{Lu}\p{Ll}/u.test(what) && !/^I\b/.test(what)) what = what[0].toLowerCase() + what.slice(1);
  }
  // "Wielgosz flagged the bucket in a post on X": the channel comes after what was done.
  if (a.content && a.content.end <= a.predicate.start && /^in\s/i.test(one(text, a.predicate)) && !denial) return capitalize(clip(`${speaker(text, a)} ${what} ${one(text, a.predicate)}`));
  // ("His nephew told The Associated Press …", "Keane told reporters that …": the listener stays with the verb.)
  const listener = isTold(text, a)
    ? LISTENER_WORDS.exec(text.slice(a.predicate.end, a.predicate.end + 60))?.[1] ?? '' : '';
  // ("Its chief executive, Lars-Erik Halvorsen, said": an apposition closes with its comma.)
  const who = speaker(text, a);
  const said = `${who}${(who.match(/,/g)?.length ?? 0) === 1 && !/,$/.test(who) ? ',' : ''} ${one(text, a.predicate)}${listener ? ` ${listener}` : ''}`.trim();
  // Words inside quotation marks stay a quotation.
  const summary = quotedContent ? `${said}: “${clip(what.replace(/^["“‘]|["”’]$/g, ''), Math.max(4, MAX_SUMMARY_WORDS - words(said).length))}”` : clip(`${said} ${that}${what}`);
  return capitalize(summary);
}

/** A date inside what a source denies: the event is the denial ("Frank Dolan denied that deputies had acted improperly"), never the claim. */
function denialSummary(text: string, a: Attribution, date: Span, others: Span[]): string {
  const content = a.content!;
  const { s } = cutDates(text, content, date, others);
  const that = /\bthat\s*$/i.test(text.slice(a.predicate.end, content.start)) ? 'that ' : '';
  return capitalize(clip(`${speaker(text, a)} ${one(text, a.predicate)} ${that}${s.replace(/[\s,;:.]+$/, '')}`.trim()));
}

/** Content with no verb ("disclosed a 4 percent stake in the spring"): a noun phrase, no clause to summarize. */
function isNounPhrase(content: string): boolean {
  const s = content.replace(/,\s+(?:which|who|whom|whose|where|when)\b[^,]*,/gi, ' ').split(/,|\s(?:and|but|while|that|which|who)\s/)[0];
  // A first word in -ed is an adjective ("adjusted earnings per share"); a later one, or an auxiliary, makes a clause.
  // A content that opens with a capital or a pronoun opens a clause ("Pinebrook expects …", "we expect …").
  return !/^(?:\p{Lu}|(?:i|we|you|he|she|they|it)\s)/u.test(s.trim()) && !hasVerb(s);
}

/** Words that make a clause of the words around them: an auxiliary, a common irregular past, a later word in -ed. */
function hasVerb(s: string): boolean {
  return /\b(?:is|are|was|were|be|been|being|will|would|shall|should|can|could|may|might|must|has|have|had|do|does|did|fell|rose|grew|said|made|took|won|lost|cut|hit|set|went|came|gave|saw|left|began|became|met|paid|sold|bought|told|held|kept|brought|ran|put|spent|sent|found|led|built|wrote)\b/i.test(s)
    || /\s[a-z]{3,}ed\b/i.test(s.trim());
}

/**
 * Content that is an object and an infinitive ("expects final yields to be known", "urged residents to store water"):
 * no clause of its own, so the summary keeps who expects or urges it.
 */
function isInfinitive(content: string): boolean {
  // (Or an infinitive alone: "plans to cut debt by $1 billion by March 2022".)
  if (/^to\s+[a-z]{2,}\b/.test(content.trim())) return true;
  const m = /^((?:[\p{L}\d'’%$.&-]+\s+){1,6}?)to\s+[a-z]{2,}\b/u.exec(content.trim());
  // (An object pronoun is an object too: "expect it to close".)
  return !!m && /^[a-z]/.test(m[1]) && !/^(?:i|we|you|he|she|they)\s/i.test(m[1]) && !hasVerb(` ${m[1]}`);
}

/**
 * How well the event is sourced: the attribution that dates it by its saying, else the strongest one
 * over it; "Marsh reportedly told supporters he would not concede" is hearsay whoever it names.
 */
function eventStrength(spoken: Attribution | undefined, covering: Attribution[]): number {
  if (spoken) return spoken.strength;
  const hearsay = covering.filter((a) => a.cueClass === 'hearsay');
  if (hearsay.length) return Math.min(...hearsay.map((a) => a.strength));
  return covering.length ? Math.max(...covering.map((a) => a.strength)) : 0;
}

/** "from 1.15 billion ", "from 4.8% ", "from $349.8 million ": the figure a change started from. */
const FROM_FIGURE = /\bfrom\s+(?:about\s+|around\s+|nearly\s+|roughly\s+)?[$€£¥₦]?\d[\d.,]*\s*(?:%|per\s*cent|percent|bn|mn|[bmk]\b)?(?:\s*(?:billion|million|thousand|trillion))?(?:\s+[a-z]+)?\s+$/i;
/** Words that make the date after them the baseline of a comparison. */
const BASELINE_BEFORE = /\b(?:since|than|compared\s+(?:with|to)|versus|vs\.?)\s+(?:the\s+same\s+\w+\s+(?:of\s+)?)?$/i;
/**
 * A record or a gap measured back to a date ("the highest since 1992", "its biggest one-day rise since
 * early 2017", "for the first time since 2015", "have not won a Senate race in Texas since 1988"): what
 * the sentence tells happened now, not then.
 */
const RECORD_SINCE = /(?:\b(?:the|its|their|his|her|our|a)\s+(?:[\w’'-]+\s+){0,2}?(?:(?!(?:inter|pro|re|for|gu|qu|t|con|ar|ch|n|r|w|harv|hon|mod|earn|sugg|inv|manif|dig|prot|att|det|inf)est\b)[a-z]{2,}est|most|least|fewest|best|worst|first|only)\b(?:\s+[\w’'-]+){0,4}?|\b(?:ha(?:s|ve|d)\s+(?:not|never)|(?:hasn|haven|hadn)['’]t|never)\b[^,;:]*?)\s+since\s+$/i;

/** A period the clause counts in ("for the second time this year", "so far this month"): a frame when the clause has a date inside it. */
const FRAME = /^(?:so\s+far\s+|earlier\s+|later\s+)?this\s+(?:year|month|week|quarter|season|decade)$/i;

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

  const nameStarts = new Set(mentions.map((m) => m.start));
  const valued = (d: DateMention) => d.value !== null && !/_REF$/.test(d.value) && !isAdjectiveDate(doc.text, d);
  // Summaries are written from the text without Markdown's emphasis and link syntax ("on **Thursday**",
  // "[Aquentis Water](https://…)"), blanked so that every offset stays where it is.
  const marked = /\*\*|__|\]\(/.test(doc.text) ? doc.text.replace(/\*\*|__|\[(?=[^\]\n]{1,200}\]\()|\]\([^)\s]*\)/g, (m) => ' '.repeat(m.length)) : doc.text;
  // (And without the emphasis marks the document model left out of the prose: "_The Guardian_ reported".)
  const plain = unmarked(marked, doc.excluded);
  const datesOf = new Map<number, DateMention[]>();
  for (const d of dates) {
    if (d.value === null) continue;
    const list = datesOf.get(d.sentence) ?? [];
    list.push(d);
    datesOf.set(d.sentence, list);
  }
  const datedInSentence = (i: number) => (datesOf.get(i) ?? []).filter(valued).length;
  const events: TimelineEvent[] = [];
  for (const d of dates) {
    // "the 1990s-era reservoir system": a date used as an adjective is no event.
    if (!valued(d)) continue;
    const sentence = doc.sentences[d.sentence];
    if (!sentence) continue;
    const row = doc.paragraphs[sentence.paragraph]?.row;
    const told = row ? rowEvent(doc, plain, row, d, mentions, eventStrength(undefined, bySentence.get(d.sentence) ?? [])) : null;
    if (told) {
      events.push(told);
      continue;
    }
    // "MORNING REPORT, TUESDAY 5 MARCH 2013", "Third Quarter Fiscal 2026 Highlights": a heading or a programme's
    // furniture, with no lower-case word, states nothing that happened.
    if (!/\b[a-z]{3,}\b/.test(doc.text.slice(sentence.start, sentence.end))) continue;
    const inSentence = datesOf.get(d.sentence) ?? [];
    const others = inSentence.filter((o) => o !== d);
    // "Aug 7 (Reuters) - A federal appeals court on Thursday revived …", "LONDON, Aug 7 (Reuters) -": the day of a
    // dateline is when the story was filed; beside the day the sentence tells of, it is no event of its own.
    if (datedInSentence(d.sentence) > 1 && DATELINE_BEFORE.test(doc.text.slice(sentence.start, d.start))
      && DATELINE_AFTER.test(doc.text.slice(d.end, d.end + 40))) continue;
    // "rose 7% on Wednesday, its best day since January", "grew 6% in the second quarter from a year
    // earlier": beside another date, one named as the baseline of a comparison is no event of its own,
    // unless a clause tells what happened then ("since early July, when the Bank of Japan raised rates").
    const before = doc.text.slice(Math.max(sentence.start, d.start - 24), d.start);
    const whenAfter = /^\s*,\s*when\s/i.test(doc.text.slice(d.end, d.end + 8));
    if (datedInSentence(d.sentence) > 1 && !whenAfter && (BASELINE_BEFORE.test(before)
      || /\bfrom\s+$/i.test(before) && /\b(?:earlier|ago|before|previous|prior|last)\b/i.test(d.text)
      // ("rose to 1.41 billion crowns from 1.15 billion a year earlier": the figure it rose from is the baseline.)
      || /\b(?:earlier|ago|before|previous|prior|last)\b/i.test(d.text) && FROM_FIGURE.test(doc.text.slice(Math.max(sentence.start, d.start - 60), d.start)))) continue;
    // "Revenue was $412.7 million, compared with $349.8 million in the same quarter of 2025", "rose to 5.1%, up
    // from 4.8% in March": the date of a baseline set off by a comma is no event, even the sentence's only one.
    // (Not the comma of a figure: "against Rs 11,200 crore in".)
    let comma = doc.text.lastIndexOf(',', d.start);
    while (comma > sentence.start && /\d/.test(doc.text[comma - 1]) && /\d/.test(doc.text[comma + 1] ?? '')) comma = doc.text.lastIndexOf(',', comma - 1);
    if (comma >= sentence.start && /^,\s*(?:compared\s+(?:with|to)|up\s+from|down\s+from|against|versus|vs\.?)\s/i.test(doc.text.slice(comma, d.start))
      && !/[;:—–]/.test(doc.text.slice(comma, d.start))) continue;
    // "peaked at 14.2 metres, above the previous record set in 1954", "its highest level since …": the date of a
    // record the sentence measures against is no event of that sentence.
    if (/\b(?:record|high|low|peak|level|levels|mark|best|worst)\b(?:\s+of\s+[^;]{1,40}?)?\s+(?:set|reached|recorded|seen|hit|last\s+seen)\s+(?:back\s+)?(?:in|on|during)\s+$/i.test(doc.text.slice(Math.max(sentence.start, d.start - 80), d.start))) continue;
    if (!whenAfter && RECORD_SINCE.test(doc.text.slice(Math.max(sentence.start, d.start - 120), d.start))) continue;
    const after = doc.text.slice(d.end, d.end + 30);
    // "cut emissions 32 percent from 2005 levels", "Corn futures for December delivery": a baseline and a contract
    // month tell no time of what the sentence says happened.
    if (/^\s+levels?\b/i.test(after) || /^\s+(?:delivery|contracts?|futures|options)\b/i.test(after)) continue;
    // "fell to 19.3 per cent, from 28.6 per cent in 2009": the figure it changed from is a baseline too.
    if (comma >= sentence.start && /^,\s*from\s+(?:about\s+|around\s+|nearly\s+|roughly\s+)?[$€£¥]?(?!(?:1[89]|20)\d\d\b)\d(?![^,;:—–]*\s(?:to|through|until|and)\s)[^,;:—–]*\s(?:(?:in|on|during|at\s+the\s+end\s+of)\s+)?$/i.test(doc.text.slice(comma, d.start))) continue;
    // "It was issued on Friday, not Thursday", "in 2019 rather than 2018": the date set aside is no event.
    if (datedInSentence(d.sentence) > 1 && /(?:,\s*(?:and\s+)?not|\brather\s+than|\binstead\s+of)\s+(?:on\s+|in\s+)?$/i.test(before)) continue;
    // "…displaced between January and October, amid fighting with dissidents who rejected a 2016 peace deal": beside
    // another date, a year that only says which deal, election or law is meant dates nothing the sentence tells.
    if (datedInSentence(d.sentence) > 1 && d.precision === 'year' && /\b(?:a|an)\s+$/i.test(before)
      && /^\s+[a-z][a-z-]+/.test(doc.text.slice(d.end, d.end + 20)) && !/^\s+(?:was|were|is|are|has|had|have|will|would|saw|marked)\b/i.test(doc.text.slice(d.end, d.end + 12))) continue;
    // "would begin work on next year's budget in the winter": a year in the possessive says which budget, talks or
    // summit is meant; beside another date of its clause, which tells when the thing happens, it is no event of its own
    // ("Brazil, which hosted last year's Cop30, said it would convene a meeting in March" keeps its relative clause's).
    if (d.precision === 'year' && /^['’]s\s+\S/.test(doc.text.slice(d.end, d.end + 12))
      && others.some((o) => valued(o) && !/[,;:—–()]/.test(doc.text.slice(Math.min(o.end, d.end), Math.max(o.start, d.start))))) continue;
    // "raised rates in July for the second time this year": the year is the frame of the July event.
    if (FRAME.test(d.text.trim()) && others.some((o) => valued(o) && o.value !== d.value && o.value!.startsWith(d.value!))) continue;
    // "…, according to a state inspection report released in October": beside the time of what happened, the date
    // of the document a cue names is no event of the sentence.
    // (Only beside a day something happened on: a figure counted over a period is dated by its release.)
    if (others.some((o) => valued(o) && o.precision === 'day' && !(o.start >= d.start && o.end <= d.end)) && (bySentence.get(d.sentence) ?? []).some((a) => {
      const phrase = a.sourcePhrase ?? a.source;
      return !!phrase && phrase.start <= d.start && d.end <= Math.max(phrase.end, a.cue.end) && a.cue.start <= d.start && a.sourceKind === 'document'
        && (a.cueClass === 'according-to' || !!a.content && a.content.end <= a.cue.start);
    })) continue;
    let covering = (bySentence.get(d.sentence) ?? []).filter(
      (a) => !a.content || (a.content.start <= d.start && a.content.end >= d.end),
    );
    // '"Dredging was supposed to be done by 2018. It's now almost 2020 …," Baptiste said': a quotation whose cue
    // comes in a later sentence covers this one too.
    if (covering.length === 0) {
      for (let k = d.sentence + 1; k <= d.sentence + 2 && covering.length === 0; k++) {
        covering = (bySentence.get(k) ?? []).filter((a) => !!a.source && !!a.content && a.content.start <= d.start && a.content.end >= d.end);
      }
    }
    // Of nested contents ("Okonkwo said Pinebrook expects revenue of … for fiscal 2025"), the outermost is the clause;
    // a denial among them makes the event the denial.
    const holders = covering.filter((a) => a.content && a.content.start <= d.start && a.content.end >= d.end)
      .sort((a, b) => a.content!.start - b.content!.start || b.content!.end - a.content!.end);
    const holder = holders[0];
    const denial = holders.filter((a) => isDenial(doc.text, a)).pop();
    // Content that is only a noun phrase ("which disclosed a 4 percent stake in the spring") is summarized with its cue.
    const held = holder?.content ? cutDates(plain, holder.content, d, others) : undefined;
    // (Nor one whose subject points back to the source: "The authority said its own review would report by June".)
    const clause = holder?.content && held && !isNounPhrase(held.s) && !isInfinitive(held.s) && !/^(?:its|his|her|their)\s/i.test(held.s.trim()) ? holder.content : sentence;
    // "Duale said on Monday that …", "…, Duale said Tuesday": the date is when the source spoke, so
    // the event is the statement, as strong as its attribution.
    // (Not a relative pronoun nobody resolved: "…, who told investors in February that …" says who in the summary's own words.)
    const spoken = holder ? undefined : (bySentence.get(d.sentence) ?? []).find((a) => a.content && !a.inherited && dateOfCue(doc.text, a, d)
      && !(!a.sourceName && /^(?:who|which|that)$/i.test(one(doc.text, a.source))));
    const ids = entityIdsIn(mentions, sentence);
    events.push({
      date: d.value!,
      mod: d.mod,
      precision: d.precision,
      start: sentence.start,
      end: sentence.end,
      dateSpan: { start: d.start, end: d.end },
      summary: spoken ? statementSummary(plain, spoken, nameStarts)
        : denial ? denialSummary(plain, denial, d, others)
          : summarize(plain, clause, d, others, clause === holder?.content ? held : undefined),
      entities: ids,
      strength: eventStrength(spoken, covering),
    });
  }
  // One event per dated statement: a sentence that names the same time twice ("Friday from 4 p.m. to
  // 7 p.m.", a dateline's day and "on Wednesday") is one event, the best-sourced of its readings.
  const sameTime = new Map<string, TimelineEvent>();
  for (const e of events) {
    const key = `${e.start}:${e.end}:${e.date}:${e.mod ?? ''}`;
    const seen = sameTime.get(key);
    if (!seen || e.strength > seen.strength) sameTime.set(key, e);
  }
  const kept = sameTime.size < events.length ? new Set(sameTime.values()) : null;
  const out = kept ? events.filter((e) => kept.has(e)) : events;
  const keys = new Map<string, string>();
  const keyOf = (value: string) => {
    let key = keys.get(value);
    if (key === undefined) keys.set(value, (key = timexStart(value)));
    return key;
  };
  return out.sort((a, b) => keyOf(a.date).localeCompare(keyOf(b.date)) || a.start - b.start);
}

/** The ids of the entities mentioned in a span, in the order of their first mention there (`mentions` sorted by start). */
function entityIdsIn(mentions: Array<{ id: string; start: number }>, span: Span): string[] {
  const ids: string[] = [];
  for (let i = firstStartingAt(mentions, span.start); i < mentions.length && mentions[i].start < span.end; i++) {
    if (!ids.includes(mentions[i].id)) ids.push(mentions[i].id);
  }
  return ids;
}

/** The text with every excluded run of emphasis marks ('*', '_', '~') blanked; offsets unchanged. */
function unmarked(text: string, excluded: readonly Span[]): string {
  let out = '';
  let pos = 0;
  for (const s of excluded) {
    if (s.end - s.start > 3 || !/^[*_~]+$/.test(text.slice(s.start, s.end))) continue;
    out += text.slice(pos, s.start) + ' '.repeat(s.end - s.start);
    pos = s.end;
  }
  return pos === 0 ? text : out + text.slice(pos);
}

/**
 * The event of a date that is a table cell of its own ("| March 3 | Talks collapsed | Port of Durban |"): the
 * row's other cells tell it. Null for a date in a cell that says more (a sentence, summarized as any other).
 */
function rowEvent(doc: SourceDocument, plain: string, row: Span, d: DateMention, mentions: Array<{ id: string; start: number }>, strength: number): TimelineEvent | null {
  const cells = doc.paragraphs.filter((p) => p.row?.start === row.start);
  const own = cells.find((p) => p.start <= d.start && d.end <= p.end);
  if (!own || words(`${plain.slice(own.start, d.start)} ${plain.slice(d.end, own.end)}`).length > 1) return null;
  const told = cells.filter((p) => p !== own).map((p) => plain.slice(p.start, p.end).trim());
  const ids = entityIdsIn(mentions, row);
  return {
    date: d.value!,
    mod: d.mod,
    precision: d.precision,
    start: row.start,
    end: row.start + doc.text.slice(row.start, row.end).trimEnd().length,
    dateSpan: { start: d.start, end: d.end },
    summary: capitalize(clip(told.filter(Boolean).join(' · '))) || clip(d.text),
    entities: ids,
    strength,
  };
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
