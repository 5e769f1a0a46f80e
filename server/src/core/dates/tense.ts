/**
 * News-tense signals: whether the clause around a date speaks of the past or the future, so a
 * date without a year ("January 13", "April", "Saturday") can be placed before or after the
 * publication date.
 *
 * Each word of the sentence may be a signal: past (a past-tense verb, "ago", "last"), future
 * ("will", "plans to", "is expected to", "next", "upcoming"), neutral (present "is"), modal
 * ("would", "could", "possible": neutral, but future in reported speech), planned (a plan in the
 * past perfect, "had been due to": the near occurrence ahead, else the past one), or a reporting
 * verb ("said", "says"), which is weaker: the tense of the clause a date sits in usually wins over
 * the reporting verb that frames it.
 */
import type { Tense } from './resolve';

/**
 * 'planned': a plan told in the past perfect ("had been due to"); 'modal': a modal or a word of
 * possibility ("could", "would", "possible", "likely"), neutral on its own but pointing ahead in
 * reported speech.
 */
type Kind = 'past' | 'future' | 'neutral' | 'planned' | 'modal' | 'report-past' | 'report-present';

interface Signal {
  pos: number;
  end: number;
  kind: Kind;
  /** A modal verb opening a verb group ("could take place"), not negated, nor a word of possibility ("possible"). */
  verb?: boolean;
}

const IRREGULAR_PAST = new Set(
  (
    'was were had did ago began came went told made took gave met spoke wrote saw held led left won lost ran sent spent ' +
    'built bought sold brought thought found got knew grew fell rose became broke chose drove flew forgot hid kept ' +
    'laid paid rode rang sang sat shook shot slept stood stole struck swore taught threw understood woke wore withdrew ' +
    'sought fought caught felt heard meant dealt lent overtook arose bore drew dug fled forbade forgave froze hung ' +
    'mistook overcame oversaw rebuilt shone slid sprang spun stuck strove swam swept swung tore undertook upheld wept beat ' +
    'previously formerly once earlier already last yesterday since been'
  ).split(' '),
);

const REPORT_PAST = new Set(
  (
    'said told reported announced added wrote stated noted explained argued claimed cited asked replied confirmed ' +
    'denied insisted warned suggested acknowledged tweeted posted commented disclosed revealed indicated'
  ).split(' '),
);

const REPORT_PRESENT = new Set(
  'says say tells announces adds writes explains argues according citing asks warns'.split(' '),
);

const NEUTRAL = new Set('is are am now currently'.split(' '));

/** Modals and words of possibility: no tense of their own, but what they speak of lies ahead of a report. */
const MODAL = new Set('would could might may should must can possible impossible likely unlikely probable improbable inevitable possibly probably perhaps maybe'.split(' '));

const FUTURE_WORDS = new Set(
  (
    'will shall upcoming next forthcoming soon tomorrow expected scheduled slated anticipated projected if unless payable ' +
    // What is forecast lies ahead; fixtures are written in the present ("Rovers face Hull on Saturday").
    'forecast forecasts face faces hosts plays meets visits travels opens begins starts resumes ' +
    // "returns to post on Friday", "They travel to Plymouth on Saturday", "The draw takes place on Saturday".
    'returns travel arrives departs heads convenes reconvenes premieres debuts ' +
    // "Voting ends on Sunday", "The offer expires Friday", "The sale closes at noon on Monday".
    'ends closes expires concludes launches ' +
    // The same with a plural subject ("Pre-orders open Tuesday", "Polls close at 8 p.m.").
    'open begin start resume arrive depart convene reconvene close host meet play visit ' +
    // What is expected or predicted now lies ahead ("economists expect another cut before Christmas").
    'expect expects anticipate anticipates predict predicts'
  ).split(' '),
);

/**
 * "had been expected in May", "had been due to be presented on 12 November": a plan in the past
 * perfect; the date may lie just ahead of publication (the plan still stood) or before it.
 */
const PAST_PERFECT = /\bhad\s+(?:not\s+)?been\s+$/i;
const PLANNED_GROUP = /\bhad\s+(?:not\s+)?(?:been\s+(?:due|scheduled|set|slated|expected|supposed|planned|meant|poised|likely)|wanted|hoped|planned|intended|aimed|expected)\s+to\b/gi;
/**
 * "offered to post the interns by July 1", "ordered both sides to report back on June 4", "agreed in January to
 * repay it by March": what was offered, promised or ordered comes after the offer or the order, which is
 * itself recent, so the date is a plan: the near occurrence ahead, else the past one ("agreed to the terms" is no plan).
 * The group opens at "to": a date between the verb and "to" is the time of the offer ("agreed in January to").
 */
const COMMITMENT_GROUP =
  /(?<=\b(?:offered|agreed|promised|pledged|vowed|threatened|undertook|ordered|directed|instructed|urged|asked)\s+(?:(?!to\b)[A-Za-z'’-]+\s+){0,3}?)to\s+(?!(?:the|a|an|his|her|its|their|our|my|your|this|that|these|those|date)\b)(?=[a-z])/gi;

/**
 * "The council had proposed shutting the branch at the end of April", "recommended closing it in June": a proposal of
 * an action is a plan, near the telling on either side.
 */
const PROPOSAL_GROUP = /\b(?:proposed|proposes|propose|suggested|suggests|recommended|recommends|mooted|considered|considering|contemplated)\s+(?=(?!(?:during|morning|evening|nothing|something|anything|everything)\b)[a-z]{3,}ing\b)/gi;

/** A modal opens a verb group whose participles are not past tenses ("should keep windows closed"); "could have" does not. */
const MODAL_GROUP = /\b(?:would|could|might|may|should|must|can|shall)\b(?!\s+(?:not\s+)?have\b)/gi;

/** -ed words that are not past-tense verbs, or lean to the future. */
const NOT_PAST_ED = new Set(
  (
    'need speed indeed feed seed heed breed greed bed red shed hundred wed sacred naked wicked based related limited ' +
    'advanced supposed alleged united beloved embed proceed succeed exceed steed weed deed tweed reed creed ' +
    'expected scheduled slated planned anticipated projected proposed intended'
  ).split(' '),
);

/** A present that schedules: "takes place", "get under way", "kicks off". */
// ("The trial continues at 10am on Monday": a hearing that goes on after a break; not "continues to insist".)
// ("Tickets go on sale at 9am on Tuesday": a sale told in the present is one scheduled.)
const TAKES_PLACE = /\b(?:takes?\s+place|gets?\s+under\s*way|kicks?\s+off|gets?\s+going|go(?:es)?\s+on\s+sale|continues(?=\s+(?:on|at|next|tomorrow)\b))\b/gi;

/** Verb groups that look past but speak of a plan or a condition ("if she were to win in November"). */
const NEUTRAL_GROUP = /\b(?:was|were)\s+to\b/gi;

/**
 * Phrases that open a future verb group; the group's words (up to a few) count as future. A wish
 * or plan told in the simple past ("wanted to finish it by the summer", "was going to") is of
 * something after it, as "was due to" is; in the past perfect ("had planned to") it is a plan.
 */
const FUTURE_GROUP =
  /\b(?:to\s+be\s+(?:carried\s+out|completed|held|paid|built|delivered|launched|implemented|finished|opened|released|published|decided|announced|signed)|will|won['’]t|shall|(?:is|are|am|'s|'re)\s+going\s+to|gonna|plans?\s+to|planning\s+to|intends?\s+to|intending\s+to|(?:is|are|'s|'re|be)\s+(?:expected|scheduled|set|slated|due|poised|likely|about)\s+to|(?:was|were)\s+(?:set|due|poised|likely|about)\s+to|expects?\s+to|aims?\s+to|hopes?\s+to|(?:was|were)\s+going\s+to|prepar(?:es?|ing)\s+to|(?<!\bhad\s+(?:not\s+)?)(?:wanted|hoped|planned|intended|aimed|expected)\s+to|(?:has|have|needs?|wants?)\s+to|(?:is|are)\s+to\s+be|(?:is|are|am|'s|'re)\s+due|(?<!\bhad\s+(?:not\s+)?)expect(?:s|ed)?\s+(?!to\b)(?:[A-Za-z]+['’]?s?\s+){1,3}?to)\b|['’]ll\b/gi;

const AUXILIARY_PAST = new Set('was were had did ago previously formerly once earlier already yesterday'.split(' '));
/** A subject (or "had") right before a verb: "we expected", "than analysts expected", "had anticipated". */
const FINITE_SUBJECT = /(?:\b(?:I|we|you|they|he|she|it|who|had)|\b(?:than|as)(?:\s+(?!(?:the|a|an|is|was|be|been|are|were|being)\b|[A-Za-z'’-]+ly\b)[A-Za-z'’-]+){1,2})\s+$/;
// ("that" is left out: "drills that began on April 11" is a relative clause, not a determiner.)
// After "was" or "were" the participle is passive too ("if the demands were not addressed by mid-June"): the
// copula, a past of its own, carries the tense.
const PASSIVE_OR_ADJECTIVE = /\b(?:be|been|being|is|are|am|get|gets|a|an|the|this|these|those|its|his|her|their|our|your|my|(?:was|were)(?:\s+not)?)\s+$/i;

// (Not the letters of a clock time: the "am" of "9am" is no present copula.)
const WORD = /(?<!\d)[A-Za-z]+(?:['’][a-z]+)?/g;
// ("the Peruvian sol hit a record low": so after a singular noun with its article.)
const BARE_PAST = /\b(?:he|she|it|(?!(?:The|A|An|This|That|These|Those|Its|His|Her|Their|Our|My|Your|Each|Every|No|Any|Some)\b)[A-Z][a-z]+|(?:the|its|their|his|her)\s+(?:[A-Za-z-]+\s+){0,2}(?!(?:to|and|or|will|would|can|could|may|might|must|should|not)\b)[a-z]+[^s\W])\s+(?:also\s+|then\s+|later\s+|first\s+)?(set|put|cut|hit|let|quit|shut|spread|cast|hurt|burst|split|upset)\b(?!\s+(?:to|for)\b)/g;

function classify(word: string): Kind | null {
  const w = word.toLowerCase();
  if (REPORT_PAST.has(w)) return 'report-past';
  if (REPORT_PRESENT.has(w)) return 'report-present';
  // ("won the French Open in June", "the U.S. Open semifinals": a capitalized "Open" names a tournament.)
  if (FUTURE_WORDS.has(w) && !(w === 'open' && word !== w)) return 'future';
  // "We're playing them on Saturday", "I'm not thinking past Aug. 11": a present written short.
  if (NEUTRAL.has(w) || /^(?:i|we|you|they|he|she|it|that|there|who)['’](?:m|re|s)$/.test(w)) return 'neutral';
  if (MODAL.has(w) && !(w === 'may' && word === 'May')) return 'modal';
  if (IRREGULAR_PAST.has(w)) return 'past';
  if (w.length > 4 && w.endsWith('ed') && word === w && !NOT_PAST_ED.has(w)) return 'past';
  return null;
}

/** All tense signals of a sentence, positions relative to the sentence text. */
export function tenseSignals(sentence: string): Signal[] {
  const out: Signal[] = [];
  const groups: { start: number; end: number }[] = [];
  let m: RegExpExecArray | null;
  for (const [re, kind] of [[FUTURE_GROUP, 'future'], [PLANNED_GROUP, 'planned'], [COMMITMENT_GROUP, 'planned'], [PROPOSAL_GROUP, 'planned']] as const) {
    re.lastIndex = 0;
    while ((m = re.exec(sentence)) !== null) {
      // The group runs over the next three words ("will be held", "plans to visit China").
      let end = m.index + m[0].length;
      const rest = /^(?:\s+(?:not\s+)?[A-Za-z]+){0,3}/.exec(sentence.slice(end));
      if (rest) end += rest[0].length;
      groups.push({ start: m.index, end });
      out.push({ pos: m.index, end: m.index + m[0].length, kind });
    }
  }
  MODAL_GROUP.lastIndex = 0;
  while ((m = MODAL_GROUP.exec(sentence)) !== null) {
    if (groups.some((g) => g.start <= m!.index && m!.index < g.end)) continue;
    // "May" capitalised is the month or a name, not the modal.
    if (m[0] === 'May') continue;
    let end = m.index + m[0].length;
    // The group stops where a new clause opens ("could not remember what happened").
    const rest = /^(?:\s+(?:not\s+)?(?!(?:what|which|who|whom|whose|that|when|where|why|how|if|because|after|before|since|until)\b)[A-Za-z]+){0,3}/i.exec(sentence.slice(end));
    if (rest) end += rest[0].length;
    groups.push({ start: m.index, end });
    // A negated modal is as often of the past ("could not be reached for comment on Friday").
    const negated = /^\s+not\b/i.test(sentence.slice(m.index + m[0].length));
    out.push({ pos: m.index, end: m.index + m[0].length, kind: 'modal', ...(negated ? {} : { verb: true }) });
  }
  // "The draw takes place on Saturday": a scheduled event told in the present.
  TAKES_PLACE.lastIndex = 0;
  while ((m = TAKES_PLACE.exec(sentence)) !== null) {
    groups.push({ start: m.index, end: m.index + m[0].length });
    out.push({ pos: m.index, end: m.index + m[0].length, kind: 'future' });
  }
  NEUTRAL_GROUP.lastIndex = 0;
  while ((m = NEUTRAL_GROUP.exec(sentence)) !== null) {
    groups.push({ start: m.index, end: m.index + m[0].length });
    // "if she were to win in November" speaks of the future; "the talks were to resume" is unclear.
    const conditional = /\b(?:if|unless)\b[^,;]*$/i.test(sentence.slice(Math.max(0, m.index - 60), m.index));
    out.push({ pos: m.index, end: m.index + m[0].length, kind: conditional ? 'future' : 'neutral' });
  }
  // "Mr Pearson set off on 3 February", "She put the figure at …": a verb whose past is its bare form,
  // after a singular subject (whose present would take -s), is past.
  BARE_PAST.lastIndex = 0;
  while ((m = BARE_PAST.exec(sentence)) !== null) {
    const at = m.index + m[0].length - m[1].length;
    out.push({ pos: at, end: at + m[1].length, kind: 'past' });
  }
  groups.sort((a, b) => a.start - b.start);
  WORD.lastIndex = 0;
  let g = 0;
  while ((m = WORD.exec(sentence)) !== null) {
    while (g < groups.length && groups[g].end <= m.index) g++;
    if (g < groups.length && groups[g].start <= m.index) continue;
    let kind = classify(m[0]);
    // A participle after "be" or a determiner is passive or adjectival ("should be allowed to
    // expire", "a designated day"), not a past tense.
    if (kind === 'past' && !AUXILIARY_PAST.has(m[0].toLowerCase()) && PASSIVE_OR_ADJECTIVE.test(sentence.slice(Math.max(0, m.index - 12), m.index))) kind = null;
    // "The ban would have allowed police to issue fines from Oct. 26", "would have opened in March": a participle after a
    // modal's "have" tells of a plan that did not come about, on either side of the telling but near it.
    if (kind === 'past' && /\b(?:would|could|should|might|must|may)\s+(?:not\s+)?have\s+(?:\w+ly\s+)?$/i.test(sentence.slice(Math.max(0, m.index - 30), m.index))) kind = 'planned';
    // "filed their returns on Friday", "the travel ban": a noun, not a verb of the schedule.
    // ("The store was open Tuesday": an adjective after a copula.)
    if (kind === 'future' && /^(?:open|close)$/i.test(m[0]) && /\b(?:was|were|is|are|be|been|being|remains?|remained|stays?|stayed|kept|keeps?)\s+(?:\w+ly\s+)?$/i.test(sentence.slice(Math.max(0, m.index - 20), m.index))) kind = null;
    // ("threw open his back yard on Labor Day", "the door swung open", "forced it open": the result of a verb of force.)
    if (kind === 'future' && /^open$/i.test(m[0]) && /\b(?:threw|throws?|throwing|thrown|flung|flings?|broke|breaks?|broken|burst|bursts|swung|swings?|pried|pries|prised|forced|forces?|cracked|cracks?|blew|blown|tore|torn|ripped|kicked|pushed|pulled|slid|sprang|sprung|flew|flies|creaked|levered|jimmied)\s+(?:(?:it|them|him|her|(?:the|a|an|its|his|her|their|our|my)(?:\s+[\w'’-]+){1,3})\s+)?$/i.test(sentence.slice(Math.max(0, m.index - 40), m.index))) kind = null;
    // (Nor one that opens the sentence capitalized, a subject: "Travel over the Thanksgiving weekend was heavy".)
    // ("watched the play on Saturday", "Shakespeare's plays", "a state visit on Friday": nouns.)
    if (kind === 'future' && /^(?:returns|travel|heads|debuts|premieres|open|close|start|begin|plays?|visit)$/i.test(m[0]) && (/(?:\b(?:the|a|an|its|their|his|her|our|your|my|tax|annual|investment|stock|fund|air|business|foreign|state|official|school|new|first|last|two|three|several)|['’]s)\s+$/i.test(sentence.slice(Math.max(0, m.index - 14), m.index))
      || /^[A-Z]/.test(m[0]) && /^\s*$/.test(sentence.slice(0, m.index)) && /^\s+(?:over|during|in|on|at|for|to|from|between|across|through|was|were|is|are|has|have|had)\b/.test(sentence.slice(m.index + m[0].length, m.index + m[0].length + 12)))) kind = null;
    // "after a scheduled review on Oct. 17", "the expected decision": a participle that only describes a noun.
    if (kind === 'future' && /ed$/i.test(m[0]) && /\b(?:a|an|the|its|their|his|her|our|this|that)\s+$/i.test(sentence.slice(Math.max(0, m.index - 7), m.index))
      && /^\s+[a-z]+/.test(sentence.slice(m.index + m[0].length, m.index + m[0].length + 12)) && !/^\s+(?:to|for|on|in|at|by)\b/i.test(sentence.slice(m.index + m[0].length, m.index + m[0].length + 5))) kind = null;
    // "failed to agree on next year's budget late on Wednesday": "next" of a year names a time itself, no tense of the clause.
    // So does "next" of a time owned by a noun ("booked a place in next Saturday's grand final after winning on Friday").
    if (kind === 'future' && /^next$/i.test(m[0]) && /^\s+(?:(?:year|decade|season)(?:['’]s)?\b|(?:week|weekend|month|quarter|(?:mon|tues|wednes|thurs|fri|satur|sun)day)['’]s\b)/i.test(sentence.slice(m.index + 4, m.index + 20))) kind = null;
    if (kind === 'future' && PAST_PERFECT.test(sentence.slice(Math.max(0, m.index - 20), m.index))) kind = 'planned';
    // "faster than we expected in the spring", "as analysts had anticipated": with a subject of its
    // own, a participle of expectation is a finite past verb, not "is expected (to)".
    else if (kind === 'future' && /ed$/i.test(m[0]) && FINITE_SUBJECT.test(sentence.slice(Math.max(0, m.index - 40), m.index))) kind = 'past';
    // "a 90% cut in emissions compared with 1990 levels": after a noun or a figure, "compared with" is a preposition, no tense.
    if (kind === 'past' && /^compared$/i.test(m[0]) && /^\s+(?:with|to)\b/i.test(sentence.slice(m.index + 8, m.index + 14))
      && /(?:[%\d]|\b(?!(?:he|she|it|they|we|i|you|who|which|that|also|then|had|have|has)\b)[a-z]+)\s+$/.test(sentence.slice(Math.max(0, m.index - 20), m.index))) kind = null;
    // "no earlier than January 12", "not earlier than 2028": a comparison of times, no tense.
    if (kind === 'past' && /^earlier$/i.test(m[0]) && /^\s+than\b/i.test(sentence.slice(m.index + 7, m.index + 13))) kind = null;
    // "rose less than expected in February", "better-than-expected profit": a comparison, no tense.
    if (kind === 'future' && /^(?:expected|anticipated|forecast|projected|feared|hoped)$/i.test(m[0]) && /\b(?:than|as)[\s-]+$/i.test(sentence.slice(Math.max(0, m.index - 6), m.index))) kind = null;
    // "growth in the first quarter probably contracted": an adverb of likelihood over a past verb speaks of the past.
    if (kind === 'modal' && /^(?:possibly|probably|perhaps|maybe)$/i.test(m[0])) {
      const nextWord = /^\s+([A-Za-z]+)/.exec(sentence.slice(m.index + m[0].length))?.[1] ?? '';
      if (classify(nextWord) === 'past' || /^(?:have|had|has)$/i.test(nextWord)) kind = null;
    }
    // "as soon as possible", "where possible": no possibility of an event.
    if (kind === 'modal' && /\b(?:as|where|if|when)\s+$/i.test(sentence.slice(Math.max(0, m.index - 8), m.index))) kind = null;
    // "You've got the grand final on the 27th", "she has got a hearing on Monday": "have got" is "have", a present.
    if (kind === 'past' && /^got$/i.test(m[0]) && /(?:['’]ve|['’]s|\bhave|\bhas)\s+$/i.test(sentence.slice(Math.max(0, m.index - 6), m.index))) kind = 'neutral';
    // "should have negotiated": a modal of the past.
    if (kind === 'modal' && /^\s+(?:not\s+)?have\b/i.test(sentence.slice(m.index + m[0].length, m.index + m[0].length + 12))) kind = 'neutral';
    // "the profit it forecast in April": a time right after the verb is when the forecast was made.
    if (/^forecasts?$/i.test(m[0]) && /^\s+(?:in|on|at|last|earlier|this|that|for|since)\b/i.test(sentence.slice(m.index + m[0].length, m.index + m[0].length + 10))) {
      kind = m[0].length === 8 ? 'past' : null;
    }
    if (kind) out.push({ pos: m.index, end: m.index + m[0].length, kind });
  }
  out.sort((a, b) => a.pos - b.pos);
  return out;
}

/** Between a present copula and the date of a schedule: "is in", "are on", "is set for", or nothing ("is Nov. 5"). */
const PRESENT_SCHEDULE_GAP = /^\s+(?:(?:set|slated|scheduled|planned|due)\s+(?:for|on|in)\s+|(?:in|on|at)\s+)?$/i;

function tenseOf(kind: Kind): Tense {
  if (kind === 'past' || kind === 'report-past') return 'past';
  if (kind === 'future') return 'future';
  if (kind === 'planned') return 'planned';
  return null;
}

function pick(signals: Signal[], start: number, end: number, from: number, to: number, sentence = ''): Tense | undefined {
  let before: Signal | null = null;
  let after: Signal | null = null;
  for (const s of signals) {
    if (s.pos < from || s.end > to) continue;
    if (s.end <= start) before = s;
    else if (s.pos >= end && after === null) after = s;
  }
  const reporting = (s: Signal) => s.kind === 'report-past' || s.kind === 'report-present';
  // A modal verb before the date opens a verb group of what can or may happen ("a medical could
  // take place as early as Friday"): it speaks of what lies ahead ("could have" is not a modal group).
  if (before && before.verb) return 'future';
  // "The next hearing is on March 8": a present copula takes the time of a word of the future before it.
  if (before && before.kind === 'neutral') {
    for (const s of signals) if (s.pos >= from && s.end <= before.pos && s.kind === 'future') return 'future';
    // "The election is in November", "Election Day is Nov. 5": a present copula right before the date tells a schedule.
    if (/^(?:is|are)$/i.test(sentence.slice(before.pos, before.end)) && PRESENT_SCHEDULE_GAP.test(sentence.slice(before.end, start))) return 'future';
  }
  // "Snow is possible Saturday night", "Rain is likely Sunday": a word of possibility after a present
  // copula speaks of what lies ahead ("was possible" of the past).
  if (before && before.kind === 'modal') {
    let copula: Signal | null = null;
    for (const s of signals) if (s.pos >= from && s.end <= before.pos) copula = s;
    if (copula?.kind === 'neutral') return 'future';
    if (copula?.kind === 'past') return 'past';
  }
  if (before && !reporting(before)) return tenseOf(before.kind);
  if (after && !reporting(after)) return tenseOf(after.kind);
  if (before) return tenseOf(before.kind);
  // "holds rallies in Michigan on Sunday, his campaign said": a cue set off after the content tells when it was
  // said, not when the content happens (with no verb of its own in the clause, the nearest such day).
  if (after && reporting(after) && /,/.test(sentence.slice(end, after.pos))) return null;
  if (after) return tenseOf(after.kind);
  return undefined;
}

/** Clause boundaries: punctuation (a comma between digits does not count), quote marks and conjunctions. */
const CLAUSE_BREAK = /[;:—–()"“”]|,(?!\d)|\b(?:and|but|that|because|while|although|though|whereas)\b/gi;

function clauseBreaks(sentence: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  CLAUSE_BREAK.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CLAUSE_BREAK.exec(sentence)) !== null) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}

/**
 * Does the modal `x` speak of the date at `[start, end)`? Not when a past verb other than a copula
 * stands between them ("could not remember what happened in October").
 */
function modalReaches(signals: Signal[], x: Signal, start: number, end: number, sentence: string): boolean {
  const lo = Math.min(x.end, end);
  const hi = Math.max(x.pos, start);
  return !signals.some((y) => y.kind === 'past' && y.pos >= lo && y.end <= hi && !/^(?:was|were|been)$/i.test(sentence.slice(y.pos, y.end)));
}

/** ", who joined in August,", ", which opened in 2019,": relative clauses set off by commas (or running to the end). */
const RELATIVE_CLAUSE = /,\s*(?:who|whom|whose|which)\b[^,;:—–()"“”]*(?:,|$)/gi;

/**
 * "President Paulo Cardim, who is expected to seek re-election in October, announced …": a date at the end of a
 * relative clause set off before the verb is the clause's, not the time of what the verb reports.
 */
function inRelativeBefore(sentence: string, start: number, verbAt: number): boolean {
  return relativeClauses(sentence).some((r) => r.start <= start && r.end <= verbAt + 1 && r.end >= start);
}

function relativeClauses(sentence: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  RELATIVE_CLAUSE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = RELATIVE_CLAUSE.exec(sentence)) !== null) {
    out.push({ start: m.index, end: m.index + m[0].length });
    if (m[0].endsWith(',')) RELATIVE_CLAUSE.lastIndex--;
  }
  return out;
}

/**
 * Tense that applies to an expression at `[start, end)` of the sentence:
 * 0. in reported speech, a clause with a modal or a word of possibility: future;
 * 1. within its clause, the nearest signal before it (a reporting verb only when no other
 *    signal follows in the clause; a modal verb, not negated: future), else the nearest after it;
 * 2. a fronted adverbial ("On Election Day, I will vote"): the first signal after the comma;
 * 3. else the nearest signal before it anywhere in the sentence outside relative clauses (a modal
 *    verb, or a modal in reported speech: future); else none.
 * A past date that something came before ("days before the session on November 14") is 'planned'.
 */
export function tenseAt(signals: Signal[], start: number, end: number, sentence: string): Tense {
  // "will pay a 31 percent premium to the closing price on Monday": a price a market has closed at is one already set.
  if (CLOSING_PRICE_BEFORE.test(sentence.slice(Math.max(0, start - 40), start))) return 'past';
  const tense = clauseTense(signals, start, end, sentence);
  if (tense !== 'past') return tense;
  // "Unions have threatened further action in March if talks fail": a date that a condition follows is that of
  // something that may yet happen, a plan told in the past.
  if (CONDITION_AFTER.test(sentence.slice(end, end + 12))) return 'planned';
  // "coming days before the final session on November 14", "ahead of the vote in March": in a past
  // clause, the date of what something came before lies after that (recent) past, so it may lie
  // just ahead, as a plan told in the past does. Not when a verb of its own stands between
  // ("before he was arrested on March 3").
  // (Not "shortly before midnight Sunday": a time of day before the date is a time on that day.)
  const aheadMatch = AHEAD_OF.exec(sentence.slice(Math.max(0, start - 80), start));
  const clockFirst = /^(?:midnight|noon|dawn|daybreak|dusk|sunrise|sunset|\d{1,2}(?::\d\d)?\s*[ap]\.?m\.?)\b/i.test(sentence.slice(start, end));
  const ahead = aheadMatch && !clockFirst && !/\b(?:before|after)\s+(?:midnight|noon|dawn|daybreak|dusk|sunrise|sunset|\d{1,2}(?::\d\d)?\s*[ap]\.?m\.?)\s+$/i.test(aheadMatch[0]) ? aheadMatch : null;
  // "said Ukraine needed more air defence before the summer", "demanded a vote by March": what is
  // needed, wanted or demanded by a deadline is still to come when it is asked for, and the date
  // ahead of the report; so for "before", "by" and "ahead of" after a verb of need or demand.
  const deadline = ahead ?? DEADLINE_BY.exec(sentence.slice(Math.max(0, start - 80), start));
  if (deadline) {
    const at = start - deadline[0].length;
    let verb: Signal | null = null;
    for (const x of signals) if (x.end <= at && x.kind === 'past') verb = x;
    if (verb && DESIDERATIVE.test(sentence.slice(verb.pos, verb.end))
      && !signals.some((x) => x.pos >= verb!.end && x.end <= start && x.kind === 'past')) return 'future';
  }
  if (ahead) {
    const from = start - ahead[0].length + ahead[0].search(/\S/);
    if (!signals.some((x) => x.pos >= from && x.end <= start && x.kind !== 'neutral')) {
      // "was ending his campaign to unite the party before the May 5 primary": what is done in order to be ready
      // before a date lies ahead of the doing, maybe well ahead, so the date is the nearest one (and "returned home
      // to see the family before Christmas", told in March, the Christmas just past).
      let verb: Signal | null = null;
      for (const x of signals) if (x.end <= from && x.kind === 'past') verb = x;
      if (verb && PURPOSE_BEFORE.test(sentence.slice(verb.end, start))) return null;
      return 'planned';
    }
  }
  return tense;
}

/** "the closing price on", "its closing level on": the date of a market's close. */
const CLOSING_PRICE_BEFORE = /\bclosing\s+(?:share\s+)?(?:price|level|value|quote)s?\s+(?:on\s+|of\s+)$/i;

/** "if" or "unless" opening a condition right after the date. */
const CONDITION_AFTER = /^\s*,?\s*(?:if|unless)\s/i;

/** Past verbs of need, wish or demand: what they ask for lies after them. */
const DESIDERATIVE = /^(?:needed|wanted|sought|demanded|urged|requested|required|wished|hoped|vowed|promised|pledged|planned|intended|aimed|raced|rushed|scrambled|hurried|pushed|worked|moved)$/i;
/** "by the summer", "by March": a deadline. */
const DEADLINE_BY = /\bby\s+(?:the\s+(?:end|start|beginning|middle)\s+of\s+)?$/i;

/**
 * An infinitive of purpose, then "before" or "ahead of" a date: "to unite the party before the May 5 primary" (not
 * "to" before a place or a noun: "moved to Lagos before", "went back to work before").
 */
const PURPOSE_BEFORE =
  /\bto\s+(?!(?:be|the|a|an|his|her|its|their|our|my|your|this|that|these|those|work|court|school|church|bed|power|office|prison|jail|hospital|town|hand)\b)[a-z]+\b(?:\s+(?!(?:and|but|or|which|who|that|when|after|since|because|was|were|had|did)\b)[\w'’$.,-]+){0,8}?\s+(?:before|ahead\s+of|prior\s+to|in\s+advance\s+of|in\s+time\s+for)\s+(?:[\w'’-]+\s+){0,5}?(?:(?:on|in|at)\s+)?$/;
/** "before the final session on", "ahead of the vote in", "days before": what comes before the date. */
const AHEAD_OF = /\b(?:before|ahead\s+of|prior\s+to|in\s+advance\s+of|in\s+the\s+(?:run|lead)[-\s]up\s+to)\s+(?:(?!(?:and|but|or|which|who|that|when|after|since)\b)[\w'’-]+\s+){0,5}?(?:(?:on|in|at)\s+)?$/i;

/** A relative pronoun, a verb in the present and at most a preposition: all that stands before the date in its clause. */
const RELATIVE_PRESENT = /^\s*(?:that|which|who)\s+(?:[a-z]+[^s\W]s|is|are|has|have|remains?|(?:take|come)\s+(?:effect|into\s+force))\s+(?:(?:on|in|at|by|from)\s+)?$/i;

/** "from October", "from the 14th": a date a state or action starts at; and what closes a range after it. */
const FROM_START = /\bfrom\s+(?:the\s+)?$/i;
const RANGE_END = /^\s*(?:to|until|till|through|thru|and|-|–|—)(?:\s|$)/i;

/** A dateline's place in capitals, with its country, date or agency in brackets: "DUBLIN", "LAGOS, Nigeria (Reuters)". */
const DATELINE_BEFORE = /^\s*\p{Lu}[\p{Lu}.'’ ]+(?:,[^—–\n]{1,40})?(?:\s*\([^()\n]{1,30}\))?\s*$/u;

function clauseTense(signals: Signal[], start: number, end: number, sentence: string): Tense {
  const breaks = clauseBreaks(sentence);
  let from = 0;
  let to = sentence.length;
  let opener = '';
  for (const b of breaks) {
    if (b.end <= start) {
      from = b.end;
      opener = sentence.slice(b.start, b.end);
    } else if (b.start >= end) {
      to = b.start;
      break;
    }
  }
  // Reported speech about what could, would or may happen ("Reis told reporters that a cut in
  // August was entirely possible"): the clause speaks of what lies ahead of the report, whatever
  // the tense of the reporting verb and of the backshifted "was".
  const reported = signals.some((x) => x.kind === 'report-past' || x.kind === 'report-present');
  // "said on Thursday the government should ...": a date right after the reporting verb is the report's.
  // So is one right before it ("Officials on Thursday said the clinics would stay open").
  // "On Monday he said he would resign", "On Thursday the minister told reporters …": a date opening the
  // sentence before its subject and reporting verb is the report's too.
  const fronted = (x: Signal) => /^\s*(?:(?:late|early)\s+)?(?:on|in|at)?\s*$/i.test(sentence.slice(0, start))
    && /^\s*,?\s*(?:[\p{L}'’.-]+\s+){0,4}$/u.test(sentence.slice(end, x.pos)) && !signals.some((y) => y.pos >= end && y.end <= x.pos);
  // (Not a date that is the subject of what is said: "said Easter would be the earliest point", "said Friday was the deadline".)
  const subject = /^\s+(?:would|will|could|might|should|was|is|were|are|has|had)\b/i.test(sentence.slice(end, end + 12));
  const report = signals.find((x) => (x.kind === 'report-past' || x.kind === 'report-present') && (
    x.end <= start && !(subject && /^\s+$/.test(sentence.slice(x.end, start))) && /^\s+(?:(?:late|early)\s+(?:on\s+|in\s+)?|on\s+|in\s+|at\s+)?$/i.test(sentence.slice(x.end, start))
    || x.pos >= end && (/^\s*,?\s*(?:[a-z]+ly\s+)?$/.test(sentence.slice(end, x.pos)) && !inRelativeBefore(sentence, start, x.pos) || fronted(x))));
  const ofReport = report !== undefined;
  if (reported && !ofReport && signals.some((x) => x.kind === 'modal' && x.pos >= from && x.end <= to && modalReaches(signals, x, start, end, sentence))) return 'future';
  // The time of a past report is past, whatever the reported clause says of the future ("said on Monday he would not").
  if (report?.kind === 'report-past') return 'past';
  const inClause = pick(signals, start, end, from, to, sentence);
  if (inClause !== undefined) return inClause;
  // "banning them online from October", "prepare to strike for five days from Saturday": a start
  // told with no verb of its own is of what is about to begin; a start already past has its past
  // verb ("the strike ran from Monday"), and a range ("from Monday to Friday") is only a span.
  // ("covers the period from Sept. 13 onward": a span that runs on from a start it may already have passed.)
  if (FROM_START.test(sentence.slice(Math.max(0, start - 12), start)) && !RANGE_END.test(sentence.slice(end)) && !/^\s+onwards?\b/i.test(sentence.slice(end))
    && !signals.some((x) => x.kind === 'past' || x.kind === 'planned')) return 'future';
  // "in the fiscal year that ends on June 30", "fiscal 2026, which begins July 1": a relative
  // clause whose verb is in the present tells a time that holds now, whatever the main clause's tense.
  const lead = sentence.slice(from, start);
  if (RELATIVE_PRESENT.test((/^that$/i.test(opener) ? 'that ' : '') + lead)
    && !(/^that$/i.test(opener) && signals.some((x) => x.end <= from && /^\s*$/.test(sentence.slice(x.end, from - opener.length))))) return null;
  // Past the clause, a relative clause the date is not in ("the striker, who joined in August,")
  // says nothing of the main clause's time.
  const relative = relativeClauses(sentence).filter((r) => !(r.start <= start && end <= r.end));
  const outside = signals.filter((x) => !relative.some((r) => r.start <= x.pos && x.end <= r.end));
  // Fronted: the clause opens the sentence (or follows a conjunction) and a comma closes it.
  // (So does one right after a dateline: "DUBLIN — By the end of the year, the plant had closed.")
  // (Not the "and" of a range: "between October and March, and that it expected …".)
  const rangeAnd = /^and$/i.test(opener) && /\bbetween\s+(?:[\w'’.-]+\s+){0,3}[\w'’.-]+\s*$/i.test(sentence.slice(0, from - opener.length));
  const opensClause = from === 0 || /^[a-z]/i.test(opener) && !rangeAnd || /^["“(]$/.test(opener)
    || /^\s*[—–-]{1,2}\s*$/.test(opener) && DATELINE_BEFORE.test(sentence.slice(0, from - opener.length));
  if (opensClause && sentence[to] === ',' && sentence.slice(from, start).trim().split(/\s+/).length <= 4) {
    const first = outside.find((s) => s.pos >= to);
    // ("… on Saturday and in Michigan on Sunday, his campaign said": a clause joined by "and" before a trailing cue is
    // content, and the cue tells when it was said.)
    const joined = /^(?:and|or|but)$/i.test(opener) && first && (first.kind === 'report-past' || first.kind === 'report-present');
    // ('"Ask me again in December," he said': a quotation closes after the comma; the cue that follows tells when it
    // was said, not when what it says happens.)
    // (Not a title in quotation marks, its words capitalized but for small ones: 'the broadcast of "Fox News Sunday," Pence said'.)
    const opening = Math.max(sentence.lastIndexOf('"', start), sentence.lastIndexOf('“', start));
    const quoted = first && (first.kind === 'report-past' || first.kind === 'report-present') && /["”]/.test(sentence.slice(to, first.pos))
      && /(?:^|\s)(?!(?:the|a|an|of|and|or|in|on|at|for|to|with|by|from)\s)\p{Ll}/u.test(sentence.slice(opening + 1, to));
    if (first && !joined && !quoted) return tenseOf(first.kind);
  }
  let before: Signal | null = null;
  for (const s of outside) if (s.end <= start) before = s;
  // "Tickets go on sale on Tuesday, the RFU said in a statement, with holders given priority until Nov. 30": a cue
  // set off between commas after its content tells when it was said; a clause after it with no verb of its own goes
  // on with the content, so it takes the content's tense (none without one), not the cue's.
  if (before && (before.kind === 'report-past' || before.kind === 'report-present')) {
    const cue = before;
    const comma = sentence.lastIndexOf(',', cue.pos);
    const trailing = comma > 0 && /^\s*(?:[\p{L}'’.-]+\s+){1,5}$/u.test(sentence.slice(comma + 1, cue.pos))
      && !outside.some((s) => s.pos > comma && s.end <= cue.pos) && /,/.test(sentence.slice(cue.end, from));
    if (trailing) {
      let content: Signal | null = null;
      for (const s of outside) if (s.end <= comma && s.kind !== 'report-past' && s.kind !== 'report-present') content = s;
      return content ? tenseOf(content.kind) : null;
    }
  }
  // The nearest signal before a clause without one is a modal ("would begin in Glasgow and
  // Manchester in March", where "and" joins names, not clauses): as within the clause, a modal verb
  // points ahead, and so does a word of possibility in reported speech.
  if (before?.kind === 'modal' && (before.verb || (reported && !ofReport))) return 'future';
  return before ? tenseOf(before.kind) : null;
}
