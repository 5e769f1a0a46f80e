/**
 * Rule pass: time expressions that chrono does not find or does not normalise the way TIMEX3
 * does (years, decades, centuries, quarters, seasons, "last month", "two weeks ago", weekdays,
 * "now", "in the past", vague expressions). Every rule works on one sentence at a time.
 */
import { PLACE_HEADS } from '../model/lexicon';
import type { TimexMod } from '../types';
import { isValidDate } from './calendar';
import type { Candidate } from './candidate';
import { AS_EARLY_AS, countOf, FULL_MONTH, MONTH_TOKEN, MONTHS, NUM, ORDINALS, unitOf, UNIT, WEEKDAYS } from './lexicon';
import type { Rel, Season, Sem, ShiftUnit } from './resolve';

/** Patterns used by the rules below. */
// "year-end", "year end"; not the end of a half year ("since the half-year end").
const YEAR_END = /(?<!\bhalf[-\s])\byear[-\s]end\b/gi;
const UNIT_END = /\b(month|quarter)[-\s]end\b/gi;
const MONTH_END = new RegExp(`\\b(${FULL_MONTH})-end\\b`, 'g');
const CASUAL_PHRASES = /\b(?:last\s+night|this\s+(?:morning|afternoon|evening)|the\s+day\s+(?:before\s+yesterday|after\s+tomorrow))\b/gi;
const FOUR_DIGITS = /\b\d{4}\b/g;
/** "FY24", "FY 2024"; not "FY2023/24", which spans two years. */
const FISCAL_YEAR = /\bFY\s?(\d{4}|\d{2})\b(?!\s?[/–-]\s?\d)/g;
const PRESENT = /\b(?:right\s+now|now|currently|presently|nowadays|these\s+days|at\s+present)\b(?![-'’]\w)/gi;
const FUTURE_REF = /\b(?:in|into|for)\s+(the\s+(?:near\s+|distant\s+|foreseeable\s+|immediate\s+|not[-\s]too[-\s]distant\s+)?future)\b(?!\s+of\b)/gi;
/**
 * "in the coming weeks", "over the coming months", "in the days ahead", "the coming weeks would be
 * critical": an unspecified time ahead, as "in the near future" is ("the weeks ahead of the vote" is not). With a count ("the coming three months") it stays a vague period.
 */
const COMING_UNITS = /\b(?:(?:in|over|during|within|for|into)\s+)?(the\s+(?:coming|upcoming)\s+(?:days|weeks|months|years)|the\s+(?:days|weeks|months|years)\s+ahead)\b(?!\s+of\b)/gi;
const RECENTLY = /\b(?:recently|lately)\b/gi;
const OVER_THE_YEARS = /\b(?:over|through|across|down)\s+(the\s+(?:years|decades|centuries))\b/gi;
const PAST_REF = new RegExp(
    `\\b(?:in|into|from|of|for)\\s+(the\\s+(?:recent\\s+|distant\\s+|not[-\\s]too[-\\s]distant\\s+)?past)\\b(?!\\s+(?:${NUM}\\s+)?${UNIT})(?!\\s+(?:few|several|couple)\\b)`,
    'gi',
  );

/**
 * The year a fiscal year is named for, written with two or four digits ("24" -> "2024"). Which months
 * it covers differs from one organisation to the next, and the output format (docs/analysis-json.md)
 * has no fiscal value, so the value is the year of its name.
 */
function fiscalYear(digits: string): string {
  return digits.length === 2 ? `${Number(digits) >= 70 ? '19' : '20'}${digits}` : digits;
}

/** Words of a game in play: a quarter in their sentence is a period of the game, not of a year. */
const GAME_PLAY = /\b(?:scor(?:ed|es|ing)|touchdowns?|field\s+goals?|free\s+throws?|three-pointers?|rebounds?|baskets?|layups?|interceptions?|fumbles?|rushing|passing\s+yards|led\s+\d+-\d+|trailed\s+(?:by\s+)?\d+|quarterback|half[-\s]?time|quarter[-\s]time|three[-\s]quarter[-\s]time|buzzer|possessions?|free\s+kicks?|siren|umpires?|referees?|kicked|penalty\s+(?:kicks?|goals?|tries|try|corners?|shots?)|power[-\s]plays?|sin[-\s]bin|\d+-\d+\s+(?:lead|deficit))\b/i;

function add(
  out: Candidate[],
  start: number,
  end: number,
  sem: Sem,
  opts: { mod?: TimexMod; modifiable?: boolean; priority?: number; edge?: 'start' | 'end'; onlyTense?: 'past' | 'future' } = {},
): void {
  out.push({
    start,
    end,
    sem,
    mod: opts.mod ?? null,
    modifiable: opts.modifiable ?? true,
    priority: opts.priority ?? 2,
    ...(opts.edge ? { edge: opts.edge } : {}),
    ...(opts.onlyTense ? { onlyTense: opts.onlyTense } : {}),
  });
}

/** Every match of a global regex in `s` (exec loop: no clone of the regex per call, unlike matchAll). */
function matches(re: RegExp, s: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(s)) !== null) {
    out.push(m);
    if (m[0].length === 0) re.lastIndex++;
  }
  return out;
}

/** Offset of capture group `g` inside a match (the first occurrence of its text at or after the match start). */
function groupStart(m: RegExpMatchArray, g: number): number {
  const text = m[g] ?? '';
  return (m.index ?? 0) + m[0].indexOf(text);
}

function inner(word: string | undefined): TimexMod {
  if (!word) return null;
  const w = word.toLowerCase();
  if (w === 'early') return 'START';
  if (w === 'late') return 'END';
  if (w === 'mid' || w === 'middle') return 'MID';
  return null; // "earlier", "later"
}

function relOf(word: string): { rel: Rel; n: number } {
  const w = word.toLowerCase().replace(/\s+/g, ' ');
  if (w === 'last' || w === 'past' || w === 'previous' || w === 'this past') return { rel: 'last', n: -1 };
  if (w === 'next' || w === 'coming' || w === 'this coming') return { rel: 'next', n: 1 };
  return { rel: 'this', n: 0 };
}

const QUALIFIER_MODS: Record<string, TimexMod> = {
  'more than': 'BEFORE', over: 'BEFORE', 'at least': 'BEFORE', 'just over': 'BEFORE', 'well over': 'BEFORE',
  'a little over': 'BEFORE', 'a little more than': 'BEFORE', 'little more than': 'BEFORE',
  'less than': 'AFTER', under: 'AFTER', nearly: 'AFTER', almost: 'AFTER', 'just under': 'AFTER',
  'fewer than': 'AFTER', barely: 'AFTER', 'not even': 'AFTER',
  about: 'APPROX', around: 'APPROX', roughly: 'APPROX', approximately: 'APPROX', some: 'APPROX',
  only: null, just: null,
};
const QUAL =
  '(?:more\\s+than|a\\s+little\\s+(?:over|more\\s+than)|little\\s+more\\s+than|just\\s+over|well\\s+over|over|at\\s+least|' +
  'less\\s+than|fewer\\s+than|just\\s+under|under|nearly|almost|barely|not\\s+even|about|around|roughly|approximately|some|only|just)';

/** The meaning of "n units" away from the anchor (negative = past), at the granularity TIMEX3 uses. */
function shiftSem(unit: string, n: number, half: boolean): Sem {
  switch (unit) {
    case 'second':
    case 'minute':
    case 'hour':
      return half ? { k: 'vague' } : { k: 'shift', unit: 'day', n: 0 };
    case 'day':
      return half ? { k: 'vague' } : { k: 'shift', unit: 'day', n };
    case 'week':
      return half ? { k: 'vague' } : { k: 'shift', unit: 'week', n };
    case 'month':
      return half ? { k: 'vague' } : { k: 'shift', unit: 'month', n };
    case 'quarter':
      return half ? { k: 'vague' } : { k: 'shift', unit: 'quarter', n };
    case 'year':
      return half ? { k: 'shift', unit: 'month', n: n * 12 + Math.sign(n) * 6 } : { k: 'shift', unit: 'year', n };
    case 'decade':
      return half ? { k: 'vague' } : { k: 'shift', unit: 'decade', n };
    case 'century':
      return half ? { k: 'vague' } : { k: 'shift', unit: 'century', n };
    default:
      return { k: 'vague' };
  }
}

// "two weeks ago", "more than a decade ago", "decades ago", "a year and a half ago"
const AGO = new RegExp(
  `\\b(?:(${QUAL})\\s+)?(?:(${NUM})\\s+)?(${UNIT})(\\s+and\\s+a\\s+half)?\\s+(ago|from\\s+now)\\b`,
  'gi',
);

/** "a fortnight ago", "two fortnights ago": two weeks a fortnight (British, Irish and Australian usage). */
const FORTNIGHT_AGO = /\b(?:(a|one|two|three)\s+)fortnights?\s+ago\b/gi;
/** "two weekends ago": the weekend of the week that many weeks back, as "last weekend" is the last week's. */
const WEEKENDS_AGO = /\b(two|three|four|2|3|4)\s+weekends\s+ago\b/gi;

function ruleAgo(s: string, out: Candidate[]): void {
  if (/fortnight/i.test(s)) {
    for (const m of matches(FORTNIGHT_AGO, s)) {
      const n = ({ a: 1, one: 1, two: 2, three: 3 } as Record<string, number>)[m[1].toLowerCase()] ?? 1;
      add(out, m.index ?? 0, (m.index ?? 0) + m[0].length, shiftSem('week', -2 * n, false), { priority: 3, modifiable: false });
    }
  }
  if (/weekends/i.test(s)) {
    for (const m of matches(WEEKENDS_AGO, s)) {
      const n = countOf(m[1]) ?? 2;
      add(out, m.index ?? 0, (m.index ?? 0) + m[0].length, shiftSem('week', -n, false), { priority: 3, modifiable: false });
    }
  }
  for (const m of matches(AGO, s)) {
    // "some 4,500 years ago": a count in thousands is no day a calendar of news can name; the whole phrase, no value.
    const grouped = /(?:\b(?:some|about|around|roughly|nearly|almost|over|more\s+than|at\s+least)\s+)?\d{1,3}(?:,\d{3})*,$/.exec(s.slice(Math.max(0, (m.index ?? 0) - 40), m.index ?? 0));
    if (grouped) {
      add(out, (m.index ?? 0) - grouped[0].length, (m.index ?? 0) + m[0].length, { k: 'vague' }, { modifiable: false, priority: 4 });
      continue;
    }
    const qual = m[1]?.toLowerCase().replace(/\s+/g, ' ');
    const count = countOf(m[2]);
    const unitWord = m[3];
    const unit = unitOf(unitWord);
    const plural = unit !== unitWord.toLowerCase(); // "years", "centuries"
    const sign = m[5].toLowerCase() === 'ago' ? -1 : 1;
    if (!m[2] && !plural) continue; // "year ago" alone is not an expression
    let sem: Sem;
    if (count === null) sem = { k: 'vague' };
    else sem = shiftSem(unit, sign * count, !!m[4]);
    const mod = sem.k === 'vague' || !qual ? null : (QUALIFIER_MODS[qual] ?? null);
    // "Three years ago this month": one expression, the month that many years back.
    const end = (m.index ?? 0) + m[0].length;
    const thisMonth = count !== null && unit === 'year' && !m[4] && sign < 0 ? /^\s+this\s+month\b/i.exec(s.slice(end)) : null;
    if (thisMonth && count !== null) {
      add(out, m.index ?? 0, end + thisMonth[0].length, shiftSem('month', -12 * count, false), { mod, modifiable: false, priority: 4 });
      continue;
    }
    // A qualifier on a vague expression ("some years ago") stays in the span, the value stays null.
    add(out, m.index ?? 0, end, sem, { mod, modifiable: false, priority: 3 });
  }
}

// "in two weeks", "in 10 days' time": that many units after the anchor, at the granularity "two weeks ago" has.
// Only in a clause about what lies ahead: "sold out in two weeks" is a duration.
const IN_UNITS = new RegExp(`\\bin\\s+(${NUM})\\s+(days?|weeks?|fortnights?|months?|years?)(?:['’]\\s*time|\\s+time)?\\b(?!\\s+(?:of|than|since|before|after|later|earlier)\\b|['’]|-)`, 'gi');

function ruleInUnits(s: string, out: Candidate[]): void {
  for (const m of matches(IN_UNITS, s)) {
    const count = countOf(m[1]);
    if (count === null || /^(?:some|many|few|several)$/i.test(m[1])) continue;
    // "her first network interview in two months", "the highest in three years": a span looked back over.
    if (/\b(?:first|only|(?!(?:inter|pro|re|for|gu|qu|t|con|ar|ch|n|r|w)est\b)[a-z]{2,}est|most|least|biggest|best|worst)\b[^,.;:]{0,40}$/i.test(s.slice(Math.max(0, (m.index ?? 0) - 48), m.index))) continue;
    const st = groupStart(m, 1);
    // ("in a fortnight", British usage: two weeks.)
    const fortnight = /^fortnight/i.test(m[2]);
    add(out, st, (m.index ?? 0) + m[0].length, shiftSem(fortnight ? 'week' : unitOf(m[2]), fortnight ? 2 * count : count, false), { modifiable: false, priority: 2, onlyTense: 'future' });
  }
}

// "launched 112 drones at Ukraine overnight": the night just past, given the value of the day it
// ends in (a time of day takes its day's value), the publication day. An adjective ("an overnight
// stay", "overnight trading") and a weekday named with it ("overnight Monday") are left alone, as is
// "overnight" outside a past clause ("will not change overnight", "would inspect its fleet overnight").
// ("disappeared almost overnight": the idiom for "suddenly" names no night; nor does a habit, "usually overnight".)
const OVERNIGHT = /(?<!\b(?:an?|the|its|their|almost|virtually|practically|nearly|seemingly|literally|usually|often|always|typically|sometimes|mostly)\s+)\bovernight\b(?=\s*(?:[,.;:!?)"”—–]|$)|\s+(?:and|or|but|on|in|at|as|after|before|from|with|while|when|near|across|over|against|amid|to|the|a|an|local|there|here|Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)\b)(?!\s+(?:(?:into|on)\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)/gi;

function ruleOvernight(s: string, out: Candidate[]): void {
  for (const m of matches(OVERNIGHT, s)) {
    add(out, m.index ?? 0, (m.index ?? 0) + m[0].length, { k: 'shift', unit: 'day', n: 0 }, { modifiable: false, priority: 1, onlyTense: 'past' });
    out[out.length - 1].reportDay = true;
  }
}

// "in Sept.", "since Aug.", "in Aug. and Oct.": a month abbreviated with its full stop and no day after it (chrono reads
// the abbreviation only with a day). Only after a preposition of time, or joined to one so found; not before a number.
const ABBR_MONTH = /\b(in|since|until|till|by|through|during|from|before|after|early|late|mid|(?:and|or|to|through)(?=\s+[A-Z]))[\s-]+(Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.(?!\s*\d|\w|\s+(?:del|de|la|da|di|do|dos|van|von|le)\s)/gi;
const ABBR_MONTH_BEFORE = /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)[a-z]*\.?\s*$/;

function ruleAbbreviatedMonths(s: string, out: Candidate[]): void {
  for (const m of matches(ABBR_MONTH, s)) {
    const st = groupStart(m, 2);
    if (!/^[A-Z]/.test(m[2])) continue;
    // ("a call from Jan.", "a sketch by Dec.": the two abbreviations that are also first names, after a word that takes a person.)
    if (/^(?:Jan|Dec)$/.test(m[2]) && !/^(?:in|since|until|till|through|during|early|late|mid)$/i.test(m[1]) && !ABBR_MONTH_BEFORE.test(s.slice(Math.max(0, (m.index ?? 0) - 12), m.index))) continue;
    // "and Oct." is a month only right after one ("in Aug. and Oct.").
    if (/^(?:and|or|to|through)$/.test(m[1]) && !ABBR_MONTH_BEFORE.test(s.slice(Math.max(0, (m.index ?? 0) - 12), m.index))) continue;
    add(out, st, st + m[2].length + 1, { k: 'm', month: MONTHS[m[2].toLowerCase()] }, { priority: 1 });
  }
}

// "the transportation office's September analysis", "before the August recess": a month naming a
// noun's time. Not a name ("April Smith", capitalised after it), nor "May" after "the" ("the May
// government"); the year comes from the tense, as for a month alone.
const MONTH_MODIFIER = new RegExp(
  `(?:\\b(the|its|their|his|her|our)|['’]s)\\s+(${FULL_MONTH})\\s+(?!(?:of|for|to|and|or|in|on|at|by|with|from|as|is|was|were|are|will|would|has|had|that|which|who|the|a|an|this|last|next)\\b)[a-z]{3,}\\b`,
  'g',
);

function ruleMonthModifier(s: string, out: Candidate[]): void {
  for (const m of matches(MONTH_MODIFIER, s)) {
    if (m[2] === 'May' && m[1]?.toLowerCase() === 'the') continue;
    const st = groupStart(m, 2);
    add(out, st, st + m[2].length, { k: 'm', month: MONTHS[m[2].toLowerCase()] }, { priority: 1 });
  }
}

// "last month", "this week", "next year", "early next year", "earlier this month", "this past weekend"
const REL_UNIT =
  /\b(?:(early|earlier|late|later|mid)[\s-]+)?(this\s+past|this\s+coming|last|this|next|past|coming|previous|current)\s+(?:(?:fiscal|financial)\s+(?=year\b))?(week|weekend|month|year|quarter|decade|century)\b/gi;

/** "this time" (or "about this time") right before "last year" or "next year". */
const THIS_TIME_BEFORE = /\b(?:(?:about|around|roughly)\s+)?this\s+time\s+$/i;

/**
 * "in the next fiscal", "exports grew in the last fiscal": Indian usage, "fiscal" for the fiscal year, when no noun follows
 * ("the next fiscal stimulus" is no time).
 */
const REL_FISCAL = /\b(last|next|current|previous|this|coming)\s+fiscal\b(?=\s*(?:[,.;:)]|$)|\s+(?:and|or|to|as|when|with|from|in|on|at|after|before|the|it|he|she|they|said|says|is|was|will|would|amid|despite|due)\b)/gi;

function ruleRelativeUnit(s: string, out: Candidate[]): void {
  for (const m of matches(REL_FISCAL, s)) {
    add(out, m.index ?? 0, (m.index ?? 0) + m[0].length, { k: 'shift', unit: 'year', n: relOf(m[1]).n }, { priority: 3 });
  }
  for (const m of matches(REL_UNIT, s)) {
    const { n } = relOf(m[2]);
    const word = m[2].toLowerCase();
    // "past"/"coming" without "this" read as a duration ("the past week") unless nothing precedes them.
    if ((word === 'past' || word === 'coming') && /\bthe\s+$/i.test(s.slice(0, m.index))) continue;
    const unitWord = m[3].toLowerCase();
    const unit: ShiftUnit = unitWord === 'weekend' ? 'week' : (unitWord as ShiftUnit);
    // "topped the box office this weekend" on a Monday is the weekend just past, "opens this weekend" the coming one:
    // the tense of the clause decides, as for "the weekend".
    // "this time last year", "at this time next year": the same time of the year before or after, to the month.
    const sameTime = unitWord === 'year' && n !== 0 && !m[1] ? THIS_TIME_BEFORE.exec(s.slice(Math.max(0, (m.index ?? 0) - 24), m.index)) : null;
    const sem: Sem = unitWord === 'weekend' && word === 'this' ? { k: 'weekend' } : sameTime ? { k: 'shift', unit: 'month', n: 12 * n } : { k: 'shift', unit, n };
    // ("the end of the current fiscal year": "the current year" is one expression, so an edge before it attaches.)
    const the = word === 'current' && !m[1] ? /\bthe\s+$/i.exec(s.slice(Math.max(0, (m.index ?? 0) - 4), m.index)) : null;
    add(out, (m.index ?? 0) - (sameTime ? sameTime[0].length : 0) - (the ? the[0].length : 0), (m.index ?? 0) + m[0].length, sem, {
      mod: inner(m[1]),
      modifiable: !m[1],
      priority: 3,
    });
  }
}

// "the week before last", "the year after next": two units from the anchor.
const UNIT_BEFORE_LAST = /\bthe\s+(week|month|year)\s+(before\s+last|after\s+next)\b/gi;

function ruleBeforeLast(s: string, out: Candidate[]): void {
  for (const m of matches(UNIT_BEFORE_LAST, s)) {
    const n = /^before/i.test(m[2]) ? -2 : 2;
    add(out, m.index ?? 0, (m.index ?? 0) + m[0].length, { k: 'shift', unit: m[1].toLowerCase() as ShiftUnit, n }, { modifiable: true, priority: 3 });
  }
}

// "the end of the year", "the beginning of the month"
const EDGE_OF_THE =
  /\b(the\s+)?(?:very\s+)?(end|close|beginning|start|middle|first\s+half|second\s+half|latter\s+half|latter\s+part|early\s+part|first\s+part|last\s+part)\s+of\s+the\s+(?:(?:calendar|fiscal|financial)\s+(?=year))?(year|month|week|decade|century|quarter)\b/gi;

/** The edge ("end", "beginning") or the part ("middle", "first half") a phrase "the … of" names: an edge or a mod. */
export function edgeOrMod(word: string): { mod: TimexMod; edge?: 'start' | 'end' } {
  const w = word.toLowerCase().replace(/\s+/g, ' ');
  const edge = w === 'end' || w === 'close' ? 'end' : w === 'beginning' || w === 'start' ? 'start' : undefined;
  if (edge) return { mod: null, edge };
  return { mod: w === 'middle' ? 'MID' : w === 'first half' || w === 'early part' || w === 'first part' ? 'START' : 'END' };
}

function ruleEdgeOfThe(s: string, out: Candidate[]): void {
  for (const m of matches(EDGE_OF_THE, s)) {
    const unit = m[3].toLowerCase() as ShiftUnit;
    add(out, m.index ?? 0, (m.index ?? 0) + m[0].length, { k: 'shift', unit, n: 0 }, { ...edgeOrMod(m[2]), modifiable: false, priority: 3 });
  }
  // "by month-end", "at quarter-end": the edge of the publication's month or quarter, as "year-end" is of its year.
  for (const m of matches(UNIT_END, s)) {
    add(out, m.index ?? 0, (m.index ?? 0) + m[0].length, { k: 'shift', unit: m[1].toLowerCase() as ShiftUnit, n: 0 }, { modifiable: false, edge: 'end' });
  }
  // "till March-end" (Indian usage): the end of that month.
  for (const m of matches(MONTH_END, s)) {
    add(out, m.index ?? 0, (m.index ?? 0) + m[0].length, { k: 'm', month: MONTHS[m[1].toLowerCase()] }, { mod: 'END', modifiable: false, priority: 2 });
  }
  for (const m of matches(YEAR_END, s)) {
    add(out, m.index ?? 0, (m.index ?? 0) + m[0].length, { k: 'shift', unit: 'year', n: 0 }, {
      modifiable: false,
      edge: 'end',
    });
  }
}

/**
 * "profit fell 8 percent in the first half", "the deal should close in the second half": in a sentence about a
 * business's or an economy's figures, a half with no "of" is one of the year (in a game's report it is the match's).
 */
function ruleBareHalf(s: string, out: Candidate[]): void {
  if (!BUSINESS_WORDS.test(s)) return;
  for (const m of matches(BARE_HALF, s)) {
    const st = groupStart(m, 1);
    add(out, st, st + m[1].length, { k: 'shift', unit: 'year', n: 0 }, { mod: /^first$/i.test(m[2]) ? 'START' : 'END', modifiable: false, priority: 2 });
  }
}

/** "in the first half", "during the second half": a half of something the sentence does not name. */
const BARE_HALF = /\b(?:in|during|for|over|by|through)\s+(the\s+(first|second)\s+half)\b(?!\s+(?:of|century)\b|[-–])/gi;
/** Words of a business's or an economy's figures and deals. */
const BUSINESS_WORDS = /\b(?:profits?|revenues?|sales|earnings|income|margins?|growth|GDP|economy|output|deal|merger|acquisition|takeover|dividends?|orders|shipments|deliveries|investment|exports|imports|inflation)\b/i;

// "slip into the new year", "talks resume in the New Year": the year to come (or the one just begun).
// Not "the Lunar New Year", nor the holiday ("New Year's Day").
const THE_NEW_YEAR = /\b(?:in|into|until|till|by|before|after|over|through|during|from|for|since|to|of)\s+(the\s+new\s+year)\b(?!['’]s|\s+(?:day|eve)\b)/gi;

function ruleNewYear(s: string, out: Candidate[]): void {
  for (const m of matches(THE_NEW_YEAR, s)) {
    const st = groupStart(m, 1);
    add(out, st, st + m[1].length, { k: 'newyear' }, { priority: 2 });
  }
}

// "the first ten months of the year", "the last week of the month", "the first weekend of the month": the period whose part it names.
// Only "the year" / "the month" is the candidate here; `index.ts` widens it over the part, as it does
// before a written year or month ("the first nine months of 2023", "the first week of January").
const PART_OF_THE = new RegExp(
  `\\bthe\\s+(?:(?:first|second|third|fourth|last|final)\\s+(?:week(?:end)?|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|(?:first|last|final|opening|closing)\\s+(?:${NUM})\\s+(?:days|weeks|months|quarters))\\s+of\\s+(the\\s+(?:year|month))\\b`,
  'gi',
);

function rulePartOfThe(s: string, out: Candidate[]): void {
  for (const m of matches(PART_OF_THE, s)) {
    const st = groupStart(m, 1);
    const unit: ShiftUnit = /year$/i.test(m[1]) ? 'year' : 'month';
    add(out, st, st + m[1].length, { k: 'shift', unit, n: 0 }, { modifiable: false, priority: 2 });
  }
}

// "yesterday", "today", "tomorrow", "tonight", "last night", "this morning", "earlier today"
const CASUAL = /\b(?:(earlier|later|early|late)\s+)?(yesterday|today|tomorrow|tonight)\b/gi;

function ruleCasual(s: string, out: Candidate[]): void {
  for (const m of matches(CASUAL, s)) {
    const word = m[2];
    const idx = m.index ?? 0;
    const wordStart = groupStart(m, 2);
    // "USA Today", "the Today show": a capitalised "Today" inside a sentence is a name.
    if ((word === 'Today' || word === 'TODAY') && !/^\s*["“'‘(]?\s*$/.test(s.slice(0, wordStart))) continue;
    if (/^\s+[Ss]how\b/.test(s.slice(wordStart + word.length))) continue;
    const w = word.toLowerCase();
    const n = w === 'yesterday' ? -1 : w === 'tomorrow' ? 1 : 0;
    add(out, idx, idx + m[0].length, { k: 'shift', unit: 'day', n }, { mod: inner(m[1]), modifiable: !m[1], priority: 3 });
  }
  for (const m of matches(CASUAL_PHRASES, s)) {
    // "told CBS This Morning on Monday": words of a day written in capitals inside a sentence name a programme.
    if (/^\p{Lu}\S*\s+\p{Lu}/u.test(m[0]) && !/^\s*["“'‘(]?\s*$/.test(s.slice(0, m.index ?? 0))) continue;
    const t = m[0].toLowerCase();
    const n = t.startsWith('last') ? -1 : t.includes('before yesterday') ? -2 : t.includes('after tomorrow') ? 2 : 0;
    add(out, m.index ?? 0, (m.index ?? 0) + m[0].length, { k: 'shift', unit: 'day', n }, { priority: 3 });
  }
}

const WEEKDAY_RE =
  /\b(?:(this\s+past|this\s+coming|last|next|this|coming|past)\s+)?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b(?!s\b)/gi;
/** Capitalised words before a weekday that make it a name ("Super Tuesday", "Black Friday"). */
const WEEKDAY_NAME_BEFORE = new Set(
  'super black good cyber ash palm holy easter bloody giving maundy shrove fat manic blue low whit plough mothering small girl man sheffield'.split(' '),
);
/** Capitalised words after a weekday that make it a name ("Sunday Times", "Saturday Night Live"). */
const WEEKDAY_NAME_AFTER = new Set(
  (
    'times telegraph express mirror herald post star independent sport night morning review business tribune ' +
    'observer mail journal edition show service today people sun world record age club group movement school ' +
    'magazine politics live football massacre agreement'
  ).split(' '),
);

function ruleWeekday(s: string, out: Candidate[]): void {
  for (const m of matches(WEEKDAY_RE, s)) {
    const name = m[2];
    if (name[0] !== name[0].toUpperCase()) continue; // "sunday" lowercase is not news style; skip noise
    const nameStart = groupStart(m, 2);
    const before = /([A-Za-z]+)\s+$/.exec(s.slice(Math.max(0, nameStart - 20), nameStart));
    if (!m[1] && before && /^[A-Z]/.test(before[1]) && WEEKDAY_NAME_BEFORE.has(before[1].toLowerCase())) continue;
    const after = /^\s+([A-Z][a-z]+)/.exec(s.slice(nameStart + name.length, nameStart + name.length + 20));
    if (after && WEEKDAY_NAME_AFTER.has(after[1].toLowerCase())) continue;
    // "on a Sunday morning", "one Monday in May": an indefinite weekday names no particular day; "went
    // fishing on the Wednesday" names a day of the story's own week, which the publication date does not give.
    // ("the Friday before Labor Day" is a day the text anchors.)
    const article = m[1] ? null : /\b(a|an|one|any|the)\s+$/i.exec(s.slice(Math.max(0, nameStart - 6), nameStart));
    const indefinite = article && !(/^the$/i.test(article[1])
      && /^\s+(?:before|after|of|following|prior)\b/i.test(s.slice(nameStart + name.length, nameStart + name.length + 12))) ? article : null;
    if (indefinite) {
      add(out, nameStart - indefinite[0].length, nameStart + name.length, { k: 'vague' }, { modifiable: false, priority: 1 });
      continue;
    }
    // "said on Monday last week", "Friday next week": that weekday of the week before or after the publication's.
    const ofWeek = m[1] ? null : /^\s+(last|next)\s+week\b(?![-'’])/i.exec(s.slice(nameStart + name.length));
    if (ofWeek) {
      add(out, nameStart, nameStart + name.length + ofWeek[0].length, { k: 'wd', weekday: WEEKDAYS[name.toLowerCase()], rel: 'this' }, { priority: 2, modifiable: false });
      out[out.length - 1].dayOffset = /^last$/i.test(ofWeek[1]) ? -7 : 7;
      continue;
    }
    // "last Thursday week" (British usage): the Thursday a week before last Thursday.
    const weekBefore = m[1] && /^last$/i.test(m[1]) ? /^\s+week\b(?!-)/i.exec(s.slice(nameStart + name.length)) : null;
    if (weekBefore) {
      add(out, m.index ?? 0, nameStart + name.length + weekBefore[0].length, { k: 'wd', weekday: WEEKDAYS[name.toLowerCase()], rel: 'last' }, { priority: 2, modifiable: false });
      out[out.length - 1].dayOffset = -7;
      continue;
    }
    // "on Thursday week", "Tuesday fortnight", "a week on Friday", "a week from Monday" (British, Irish
    // and Australian usage; the last also American): that many weeks after the coming weekday.
    // ("next Tuesday week" is "Tuesday week" too: a week after next Tuesday.)
    const later = m[1] && !/^next$/i.test(m[1]) ? null : /^\s+(week|fortnight)\b(?![-'’])/i.exec(s.slice(nameStart + name.length));
    // ("two weeks on Friday": a fortnight.)
    const earlier = m[1] || later ? null : /\b(?:(?:a|one)\s+(week|fortnight)|two\s+(weeks))\s+(?:on|from)\s+$/i.exec(s.slice(Math.max(0, nameStart - 24), nameStart));
    const span = later ?? earlier;
    if (span) {
      add(out, m[1] ? m.index ?? 0 : nameStart - (earlier ? earlier[0].length : 0), nameStart + name.length + (later ? later[0].length : 0),
        { k: 'wd', weekday: WEEKDAYS[name.toLowerCase()], rel: span[1] ? span[1].toLowerCase() as 'week' | 'fortnight' : 'fortnight' }, { priority: 2, modifiable: false });
      continue;
    }
    // "meets on the first Tuesday of every month", "the last Friday in each month": a day that recurs, no one day.
    const recurs = /^\s+(?:of|in)\s+(?:every|each)\s+(?:month|year|quarter)\b/i.exec(s.slice(nameStart + name.length));
    // (An ordinal before the name, or "last" read as the weekday's own word: "the last Friday".)
    const from = m[1] ? m.index ?? 0 : nameStart;
    const nth = !recurs ? null : m[1] ? (/^last$/i.test(m[1]) ? /\bthe\s+$/i.exec(s.slice(Math.max(0, from - 4), from)) : null)
      : /\bthe\s+(?:first|second|third|fourth|fifth|final|last|1st|2nd|3rd|4th|5th)\s+$/i.exec(s.slice(Math.max(0, from - 16), from));
    if (recurs && nth) {
      add(out, from - nth[0].length, nameStart + name.length + recurs[0].length, { k: 'vague' }, { modifiable: false, priority: 2 });
      continue;
    }
    const rel = m[1] ? relOf(m[1]).rel : null;
    add(out, m.index ?? 0, (m.index ?? 0) + m[0].length, { k: 'wd', weekday: WEEKDAYS[name.toLowerCase()], rel }, {
      priority: 1,
    });
  }
}

// "over the weekend", "by the weekend", "until the weekend", "until at least the weekend", "spent the weekend"; "this weekend" is handled
// with the relative units. As a clause's subject ("said the weekend had been the busiest", "The weekend saw 40 arrests")
// it is a weekend too; its clause's tense says which.
const THE_WEEKEND = /\b(?:(?:over|during|on|at|for|through|throughout|by|until|till|before|after|since|from|into|spent|spend|spends|spending)\s+(?:at\s+least\s+|as\s+(?:early|late|soon)\s+as\s+)?(the\s+weekend)\b(?!['’]s)|(the\s+weekend)\s+(?:had|has|was|saw|brought|is|will)\s)/gi;

/** "the weekend before his arrest", "the weekend of the play-off": a weekend placed by an event, which its sentence does not date. */
const WEEKEND_OF_EVENT = /^\s+(?:of|before|after|following|preceding)\s+(?:the|his|her|their|its|our|my|your|a|an|that)\s+(?!(?:\d|(?:January|February|March|April|May|June|July|August|September|October|November|December)\b))/i;

function ruleWeekend(s: string, out: Candidate[]): void {
  for (const m of matches(THE_WEEKEND, s)) {
    const g = m[1] ? 1 : 2;
    const st = groupStart(m, g);
    add(out, st, st + m[g].length, WEEKEND_OF_EVENT.test(s.slice(st + m[g].length, st + m[g].length + 40)) ? { k: 'vague' } : { k: 'weekend' }, { priority: 2 });
  }
}

// Holidays: fixed dates and the US movable ones news mentions most.
// A holiday before "Agreement", "accord", "deal", "Rising", "Offensive" or "Massacre" names a treaty or an event
// ("the Good Friday Agreement", "the Tet Offensive"), not a day.
const HOLIDAY =
  /\b(?:((?:Lunar|Chinese)\s+New\s+Year|Diwali|Deepavali|Eid(?:[\s-]+(?:al|ul|el)-(?:Fitr|Adha))?|Hanukkah|Chanukah|Rosh\s+Hashanah|Yom\s+Kippur|Passover|Holi|Vesak|Orthodox\s+Christmas(?:\s+Eve|\s+Day)?|Orthodox\s+Easter(?:\s+Sunday|\s+Day)?|Christmas\s+Eve|Christmas(?:\s+Day)?|New\s+Year['’]s\s+Eve|New\s+Year['’]s(?:\s+Day)?|Independence\s+Day|(?:the\s+)?Fourth\s+of\s+July|July\s+Fourth|Valentine['’]s\s+Day|Halloween|Veterans\s+Day|Thanksgiving(?:\s+Day)?|Labor\s+Day|Memorial\s+Day|Election\s+Day|Inauguration\s+Day|Boxing\s+Day|St\.?\s+Patrick['’]s\s+Day|Remembrance\s+Day|Armistice\s+Day|Canada\s+Day|Australia\s+Day|Anzac\s+Day|Bastille\s+Day|Juneteenth|Good\s+Friday|Black\s+Friday|Cyber\s+Monday|Easter\s+Monday|Ash\s+Wednesday|Easter(?:\s+Sunday|\s+Day)?(?!\s+(?:Island|Rising|Bunny|[Ee]ggs?|[Ee]gg\s+hunt)\b)))\b(?!\s+(?:[Aa]greements?|[Aa]ccords?|deal|Rising|Uprising|Offensive|Massacre)\b)(?:\s+(\d{4})\b)?/g;

const HOLIDAY_THING =
  /^\s+(?:trees?|cards?|presents?|gifts?|lights|carols?|music|songs?|decorations?|ornaments?|markets?|movies?|specials?|costumes?|candy|sales?|bonus(?:es)?|stockings?|spirit|story|stories|miracle|schemes?|plans?|programmes?|programs?|campaigns?|appeals?|ads?|adverts?|advertis(?:ing|ements?)|shopping|shoppers|parking|displays?|menus?|jumpers?|sweaters?|hampers?|crackers?|puddings?|cakes?|wreaths?|windows?|catalog(?:ue)?s?|albums?|singles?|number\s+ones?|films?|episodes?|ranges?|products?|orders?|bookings?|deliveries|turkeys?|trading|rota|timetables?|opening\s+hours|jobs?|staff|workers)\b/;

function holidayId(name: string): string {
  const n = name.toLowerCase().replace(/['’]/g, "'").replace(/\s+/g, ' ').replace(/^the /, '');
  // The Orthodox feasts keep the Julian calendar: Orthodox Christmas is 7 January, Orthodox Easter its own Sunday.
  if (n.startsWith('orthodox ')) return n === 'orthodox christmas eve' ? 'orthodox-christmas-eve' : n.startsWith('orthodox christmas') ? 'orthodox-christmas' : 'orthodox-easter';
  if (n === 'lunar new year' || n === 'chinese new year') return 'lunar-new-year';
  if (n === 'christmas eve') return 'christmas-eve';
  if (n.startsWith('christmas')) return 'christmas';
  if (n === "new year's eve") return 'new-years-eve';
  if (n.startsWith("new year's")) return 'new-year';
  if (n === 'independence day' || n === 'fourth of july' || n === 'july fourth') return 'independence-day';
  if (n.startsWith('valentine')) return 'valentines-day';
  if (n.startsWith('thanksgiving')) return 'thanksgiving';
  if (/^st\.? patrick's day$/.test(n)) return 'st-patricks-day';
  if (n === 'armistice day') return 'remembrance-day';
  if (n === 'easter' || n === 'easter sunday' || n === 'easter day') return 'easter';
  return n.replace(/ /g, '-');
}

/** The capitalized word after a holiday, when it is the head of a place's name ("Easter Road", "Christmas Island"). */
const PLACE_HEAD_AFTER = /^\s+([A-Z][a-z]+)\b/;
const placeHeadWords = new Set(PLACE_HEADS);

function ruleHolidays(s: string, out: Candidate[]): void {
  for (const m of matches(HOLIDAY, s)) {
    const id = holidayId(m[1]);
    const idx = m.index ?? 0;
    if (!m[2] && HOLIDAY_THING.test(s.slice(idx + m[0].length))) continue; // "Christmas trees" are not a date
    // ('"Black Friday" is now a brand name': the name quoted by itself is talked about, no day.)
    if (/["“‘']$/.test(s.slice(Math.max(0, idx - 1), idx)) && /^["”’']/.test(s.slice(idx + m[0].length))) continue;
    // "the Easter Road stadium", "flights to Christmas Island": a holiday's name before a capitalized place head names the place.
    const head = m[2] ? null : PLACE_HEAD_AFTER.exec(s.slice(idx + m[0].length, idx + m[0].length + 24));
    if (head && placeHeadWords.has(head[1].toLowerCase())) continue;
    // "Jonathan Eid", "Eid Mubarak Khan": a short feast's name next to another capitalized word is a person's.
    if ((id === 'eid' || id === 'holi') && (/\b(?!(?:Happy|Muslims?|Hindus?|Sikhs?|This|Last|Next|After|Before|During|For|On|At|Since|Until|By|Over|The)\b)\p{Lu}[\p{L}'’-]*\s+$/u.test(s.slice(Math.max(0, idx - 24), idx))
      || PLACE_HEAD_AFTER.test(s.slice(idx + m[0].length, idx + m[0].length + 24)))) continue;
    // "a two-week Easter recess", "an Easter egg hunt": after "a" or "an", a holiday naming a kind of break or custom is no
    // day ("in a Labor Day interview" still dates the interview).
    if (!m[2] && /\b(?:a|an)\s+(?:[\w-]+\s+)?$/i.test(s.slice(Math.max(0, idx - 24), idx))
      && /^\s+(?:recess|break|holidays?|vacation|tradition|custom|eggs?|hunt)\b/.test(s.slice(idx + m[0].length))) continue;
    // "Christmas tree", "Halloween costume" still name the day. A time named after it is not that day: "the Christmas
    // recess", "over the Easter holidays", "the Christmas period" are its month (not the New Year's, which straddles
    // two); "the Easter weekend", "Labor Day weekend" its weekend; "Christmas week" the week it falls in (not "Easter Week", the one after).
    // (The span leaves out "the": "said the Easter break would be" is no report dated by it.)
    let end = idx + m[0].length;
    const period = HOLIDAY_PERIOD.exec(s.slice(end, end + 40));
    const kind = !period ? undefined : period[2] ? 'weekend' : period[3] ? (id.includes('easter') ? undefined : 'week') : id.startsWith('new-year') ? undefined : 'month';
    if (period && kind) end += period[1].length;
    // "Christmas of 1944", "Boxing Day, 2004,", "the Christmas holidays of 2019": the year written after it.
    const written = m[2] ? null : HOLIDAY_YEAR_AFTER.exec(s.slice(end, end + 12));
    if (written) end += written[0].length;
    const year = m[2] ?? written?.[1];
    // "Easter last year", "the Easter weekend last year", "Anzac Day two years ago": that year's.
    const shifted = year ? null : HOLIDAY_YEAR_SHIFT.exec(s.slice(end, end + 30));
    const yearShift = !shifted ? undefined : shifted[1] ? { last: -1, this: 0, next: 1 }[shifted[1].toLowerCase()] : -(countOf(shifted[2]) ?? NaN);
    if (shifted && yearShift !== undefined && Number.isFinite(yearShift)) end += shifted[0].length;
    // "unwell since the previous Christmas", "the following Easter": the one before or after the story's time.
    const stepped = year || shifted ? null : /\bthe\s+(previous|preceding|following|next)\s+$/i.exec(s.slice(Math.max(0, idx - 16), idx));
    const sem: Sem = {
      k: 'holiday',
      id,
      ...(stepped ? { step: /^(?:previous|preceding)$/i.test(stepped[1]) ? -1 : 1 } : {}),
      ...(year ? { year: Number(year) } : {}),
      ...(shifted && yearShift !== undefined && Number.isFinite(yearShift) ? { yearShift } : {}),
      ...(period && kind ? { period: kind } : {}),
    };
    add(out, stepped ? idx - stepped[0].length : idx, end, sem, { priority: stepped ? 3 : 2 });
  }
}

/** A time named after a holiday (also with the New Year: "the Christmas and New Year break"): its weekend (group 2), its week (3), or a break or season of it. */
const HOLIDAY_PERIOD = /^(\s+(?:and\s+New\s+Year(?:['’]s)?\s+)?(?:(?:(?:long|holiday|bank\s+holiday)\s+)?(weekend)|(week)|(?:school\s+|festive\s+|holiday\s+)?(?:recess|break|holidays|vacation|period|season|fortnight|hols)))\b/i;
/** A year written after a holiday with "of", "in" or a comma ("Christmas of 1944", "Boxing Day, 2004,"). */
const HOLIDAY_YEAR_AFTER = /^(?:\s+(?:of|in)\s+|,\s*)((?:1[6-9]|20)\d\d)\b(?![,.]?\d)/;
/** "last year", "next year", "two years ago" after a holiday. */
const HOLIDAY_YEAR_SHIFT = new RegExp(`^\\s+(?:(last|this|next)\\s+year|(${NUM})\\s+years?\\s+ago)\\b`, 'i');

// "the 1990s", "the early 2000s", "the '90s", "1980's"
const DECADE_FULL = /\b(the\s+)?(?:(early|mid|late)(?:\s+|-))?((?:1[0-9]|20)[0-9])0['’]?s\b/gi;
const DECADE_APOSTROPHE = /(?:\b(the)\s+)?(?:\b(early|mid|late)(?:\s+|-))?['’](\d)0s\b/gi;
/** A short decade coordinated after a full one: " and 70s", " and the '70s", " to 90s". */
const DECADE_PAIR = /^\s+(?:and|or|to|through)\s+(?:the\s+)?(['’]?\d0s)\b(?!\s*(?:degrees|percent|%|mph))/i;
const DECADE_THE = /\b(the)\s+(?:(early|mid|late)(?:\s+|-))?(\d)0s\b(?!\s*(?:degrees|percent|%|mph))/gi;

/** What a reading "in the 60s" is of: temperatures, highs and lows, or a verb of reaching a value ("will reach the 60s", "dipped into the 30s"). */
const TEMPERATURE_BEFORE = /\b(?:temperatures?|temps|highs?|lows?|readings?|degrees|thermometers?|mercury|heat\s+index|wind\s+chills?|reach(?:es|ed|ing)?|top(?:s|ped|ping)?\s+out|(?:climb|dip|drop|fall|fell|rise|rose|soar|plunge)[a-z]*\s+into|hover(?:s|ed|ing)?)\b[^.;]{0,30}$/i;

/** "the Sixties", "the mid-Fifties", "the nineteen-seventies": a decade in words, as British, Irish and Australian papers write it. */
const DECADE_WORD = /\b(the)\s+(?:(early|mid|late)(?:\s+|-))?(nineteen[\s-]?)?(twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\b(?!\s*(?:degrees|percent|%|mph))/gi;
const DECADE_WORDS: Record<string, number> = { twenties: 2, thirties: 3, forties: 4, fifties: 5, sixties: 6, seventies: 7, eighties: 8, nineties: 9 };
/** "the Sixties and Seventies", "the late Fifties to the early Sixties": a decade in words joined to one before it. */
const DECADE_WORD_PAIR = /^\s+(?:and|or|to|through|into)\s+((?:the\s+)?(?:(early|mid|late)(?:\s+|-))?(twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))\b/i;
/** What a reading "in the sixties" is of ("highs in the sixties", "will reach the seventies"); not "as high since the Seventies". */
const READING_BEFORE = /\b(?:temperatures?|temps|highs|lows|readings?|degrees|thermometers?|mercury|heat\s+index|wind\s+chills?|reach(?:es|ed|ing)?|(?:climb|dip|drop|fall|fell|rise|rose|soar|plunge)[a-z]*\s+into|hover(?:s|ed|ing)?)\b[^.;]{0,30}$/i;

function ruleDecadeWords(s: string, out: Candidate[], anchorYear: number | null): void {
  // (The latest such decade begun by the publication, as for "the '90s": "the Nineties" written in 1995 are the 1990s.)
  const current = anchorYear === null ? 20 : Math.floor(anchorYear / 100);
  const decade = (word: string, nineteen: boolean) => {
    const d = DECADE_WORDS[word.toLowerCase()];
    return `${nineteen ? 19 : d * 10 + current * 100 <= (anchorYear ?? 2000) ? current : current - 1}${d}`;
  };
  for (const m of matches(DECADE_WORD, s)) {
    if (READING_BEFORE.test(s.slice(Math.max(0, (m.index ?? 0) - 60), m.index))) continue;
    const end = (m.index ?? 0) + m[0].length;
    add(out, m.index ?? 0, end, { k: 'abs', value: decade(m[4], !!m[3]), precision: 'decade' }, { mod: inner(m[2]), modifiable: !m[2], priority: 2 });
    const pair = DECADE_WORD_PAIR.exec(s.slice(end));
    if (pair && !/^the\s/i.test(pair[1])) {
      const st = end + pair[0].length - pair[1].length;
      add(out, st, end + pair[0].length, { k: 'abs', value: decade(pair[3], !!m[3]), precision: 'decade' }, { mod: inner(pair[2]), modifiable: false, priority: 2 });
    }
  }
}

function ruleDecades(s: string, out: Candidate[], anchorYear: number | null): void {
  for (const m of matches(DECADE_FULL, s)) {
    // "the late 1800s", "the early 1900s": a hundred years, written as its century ("18"); "the 2000s" is the decade.
    const hundreds = /^1\d0$/.test(m[3]);
    add(out, m.index ?? 0, (m.index ?? 0) + m[0].length, hundreds ? { k: 'abs', value: m[3].slice(0, 2), precision: 'century' } : { k: 'abs', value: m[3], precision: 'decade' }, {
      mod: inner(m[2]),
      modifiable: !m[2],
      priority: 2,
    });
    // "in the 1960s and 70s": a decade written short after a full one is of the same century.
    const end = (m.index ?? 0) + m[0].length;
    const pair = DECADE_PAIR.exec(s.slice(end));
    if (pair) {
      const st = end + pair[0].length - pair[1].length;
      add(out, st, end + pair[0].length, { k: 'abs', value: m[3].slice(0, 2) + pair[1][pair[1].length - 3], precision: 'decade' }, { priority: 2 });
    }
  }
  for (const m of [...matches(DECADE_APOSTROPHE, s), ...matches(DECADE_THE, s)]) {
    const d = Number(m[3]);
    // "temperatures in the mid-40s", "highs in the 60s", "will reach the 90s": a reading, not a decade.
    if (m[0].indexOf("'") < 0 && m[0].indexOf('’') < 0 && TEMPERATURE_BEFORE.test(s.slice(Math.max(0, (m.index ?? 0) - 60), m.index))) continue;
    // "the '10s" and "the '00s" are this century's; "the '90s" the last century's.
    const current = anchorYear === null ? 20 : Math.floor(anchorYear / 100);
    const century = d * 10 + current * 100 <= (anchorYear ?? 2000) ? current : current - 1;
    add(out, m.index ?? 0, (m.index ?? 0) + m[0].length, { k: 'abs', value: `${century}${d}`, precision: 'decade' }, {
      mod: inner(m[2]),
      modifiable: !m[2],
      priority: 2,
    });
  }
}

// "after the '93 flood", "since '08", "the class of '85": a year written with an apostrophe and its last two digits, after a
// word that takes a year (or "the" before a noun). It is of the century that puts it no later than the publication.
const SHORT_YEAR = /\b(in|since|after|before|until|till|by|from|of|through|the)\s+['’](\d\d)\b(?!['’]|\.\d|\s*(?:%|per\b|percent\b|s\b))/gi;

function ruleShortYears(s: string, out: Candidate[], anchorYear: number | null): void {
  for (const m of matches(SHORT_YEAR, s)) {
    // ("the '93 flood": after "the", only before a noun.)
    if (/^the$/i.test(m[1]) && !/^\s+[a-z]{3,}/.test(s.slice((m.index ?? 0) + m[0].length))) continue;
    const yy = Number(m[2]);
    const ref = anchorYear ?? 2000;
    const century = Math.floor(ref / 100) * 100 + yy <= ref ? Math.floor(ref / 100) : Math.floor(ref / 100) - 1;
    const st = (m.index ?? 0) + m[0].length - m[2].length - 1;
    add(out, st, st + m[2].length + 1, { k: 'abs', value: String(century * 100 + yy), precision: 'year' }, { priority: 1 });
  }
}

// "the 19th century", "the early 20th century", "the twenty-first century", "21st-century"
const CENTURY =
  /\b(the\s+)?(?:(early|mid|late)(?:\s+|-))?(\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty[-\s]first|twenty[-\s]second)[\s-]+century\b/gi;

/**
 * "the turn of the century", "the turn of the millennium": about the year the century (millennium) turned that lies nearest
 * the publication; "the turn of the 20th century": about 1900. No value without a publication date, nor in a sentence that
 * names a year a lifetime before that turn ("The mill, built in 1887, closed at the turn of the century": 1900, not 2000).
 */
const TURN_OF = /\b(?:the\s+)?turn\s+of\s+the\s+(?:(\d{1,2}(?:st|nd|rd|th)|nineteenth|twentieth|twenty[-\s]first)[\s-]+)?(century|millennium)\b/gi;

function ruleTurnOf(s: string, out: Candidate[], anchorYear: number | null): void {
  for (const m of matches(TURN_OF, s)) {
    const ord = m[1]?.toLowerCase().replace(/\s+/, '-');
    const n = !ord ? null : /^\d/.test(ord) ? parseInt(ord, 10) : ORDINALS[ord];
    const unit = /^millennium$/i.test(m[2]) ? 1000 : 100;
    let year = n ? (n - 1) * unit : anchorYear === null ? null : Math.round(anchorYear / unit) * unit;
    if (year !== null && !n && [...s.matchAll(/\b(1[5-9]\d\d|20\d\d)\b/g)].some((y) => Number(y[1]) < year! - 50)) year = null;
    add(out, m.index ?? 0, (m.index ?? 0) + m[0].length, year === null ? { k: 'vague' } : { k: 'abs', value: String(year), precision: 'year' }, {
      mod: year === null ? null : 'APPROX',
      modifiable: false,
      priority: 3,
    });
  }
}

function ruleCenturies(s: string, out: Candidate[]): void {
  for (const m of matches(CENTURY, s)) {
    const ord = m[3].toLowerCase();
    const n = /^\d/.test(ord) ? parseInt(ord, 10) : ORDINALS[ord.replace(/\s+/, '-')];
    if (!n || n < 1 || n > 22) continue;
    add(out, m.index ?? 0, (m.index ?? 0) + m[0].length, { k: 'abs', value: String(n - 1).padStart(2, '0'), precision: 'century' }, {
      mod: inner(m[2]),
      modifiable: !m[2],
    });
  }
}

/** A quarter named without a year, with the words around it (for `gameQuarterStory`). */
const BARE_QUARTER = /\b(?:first|second|third|fourth|final|last|1st|2nd|3rd|4th)[\s-]+quarter\b(?!\s+of\s+(?:(?:19|20)\d\d|fiscal|FY|the\s+year|this|last|next)\b)/gi;

/**
 * One sense per document: a story whose quarters are told in sentences of play ("led by 11 points midway through the final
 * quarter") and never beside figures of business numbers its other bare quarters by the game too ("hurt his ankle in the third
 * quarter"). Only the words within a sentence's reach of each quarter are read.
 */
export function gameQuarterStory(text: string): boolean {
  let game = 0;
  for (const m of text.matchAll(BARE_QUARTER)) {
    const at = m.index ?? 0;
    const around = text.slice(Math.max(0, at - 160), at + m[0].length + 160);
    if (BUSINESS_WORDS.test(around)) return false;
    if (GAME_PLAY.test(around)) game++;
  }
  return game > 0;
}

// "the third quarter (of 2025)", "fourth-quarter", "Q2 2026", "2026 Q2", "Q3"
const QUARTER_WORDS =
  /\b(the\s+)?(first|second|third|fourth|final|1st|2nd|3rd|4th)[\s-]+(?:fiscal\s+)?quarter\b(?:\s+of\s+(?:(\d{4})(?![-–/]\d)|(this|last|next)\s+year|(?:fiscal\s+(?:year\s+)?|FY\s?)(\d{4}|\d{2})\b|the\s+(?:fiscal\s+)?year|((?:19|20)\d\d)[-–/](\d\d)\b))?/gi;
const QUARTER_Q = /\b(?:(\d{4})\s*[-/ ]?\s*)?Q([1-4])(?:\b|(?=FY\d))(?:\s*(?:of\s+)?(\d{4})\b|\s*['’](\d\d)\b|\s*(?:of\s+)?(?:fiscal\s+(?:year\s+)?|FY\s?)(\d{2}|\d{4})\b)?/g;

// "the October-December period", "the April–June quarter": a calendar quarter written as its months.
const MONTH_RANGE_QUARTER = /\b(?:the\s+)?(January|April|July|October)\s*[-–]\s*(March|June|September|December)\s+(?:period|quarter|months)\b/g;
/** "in April-May", "March–April": two months joined by a dash, without a year after them (a year is chrono's to lend). */
const MONTH_DASH_MONTH = new RegExp(String.raw`\b(${FULL_MONTH})\s*[-–]\s*(${FULL_MONTH})\b(?![-–]|\s*,?\s*(?:19|20)\d\d\b|\s+(?:period|quarter|months)\b)`, 'g');

/** The month after the dash of a range of months, which chrono leaves out ("the polls are scheduled for April-May"). */
function ruleMonthDashMonth(s: string, out: Candidate[]): void {
  for (const m of matches(MONTH_DASH_MONTH, s)) {
    const start = groupStart(m, 2);
    add(out, start, start + m[2].length, { k: 'm', month: MONTHS[m[2].toLowerCase()] }, { priority: 2 });
  }
}

const QUARTER_OF_FIRST_MONTH: Record<string, [number, string]> = { January: [1, 'March'], April: [2, 'June'], July: [3, 'September'], October: [4, 'December'] };

function ruleMonthRangeQuarters(s: string, out: Candidate[]): void {
  for (const m of matches(MONTH_RANGE_QUARTER, s)) {
    const [q, last] = QUARTER_OF_FIRST_MONTH[m[1]];
    if (m[2] !== last) continue;
    add(out, m.index ?? 0, (m.index ?? 0) + m[0].length, { k: 'q', q }, { priority: 3 });
  }
}

function quarterOf(word: string): number {
  const w = word.toLowerCase();
  if (/^\d/.test(w)) return parseInt(w, 10);
  return ORDINALS[w] ?? 0;
}

// "fiscal 2026's second quarter", "FY26's first quarter", "2025's fourth quarter": the year in the possessive.
const YEAR_POSSESSIVE_QUARTER = /\b(?:(?:(?:fiscal|financial)\s+(?:year\s+)?|FY\s?)(\d{4}|\d\d)|((?:19|20)\d\d))['’]s\s+(first|second|third|fourth|final|1st|2nd|3rd|4th)[\s-]+quarter\b/gi;

/**
 * Days that name one event of one year ("the Jan. 6 attack", "the Sept. 11 attacks", "9/11"): the
 * day of that event, whatever the publication date.
 */
const NAMED_DAYS: [RegExp, string][] = [
  [/\bJan(?:uary|\.)? 6(?:th)?(?=,?\s+(?:\d{4}\s+)?(?:attack|riot|insurrection|committee|select committee|defendants?|rioters|hearings?|probe|investigation|prosecutions?|pardons?)\b)/g, '2021-01-06'],
  [/\b(?:Sept(?:ember|\.)? 11(?:th)?(?=,?\s+(?:attacks?|terror|terrorist|terrorism|hijackers|hijackings|commission|memorial(?!\s+(?:events?|services?|ceremon(?:y|ies)|observances?))|victims)\b)|9\/11)/g, '2001-09-11'],
];

const ORDINAL_DAYS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth',
  'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth', 'twentieth', 'twenty-first',
  'twenty-second', 'twenty-third', 'twenty-fourth', 'twenty-fifth', 'twenty-sixth', 'twenty-seventh', 'twenty-eighth', 'twenty-ninth',
  'thirtieth', 'thirty-first'];
/** "the first of July", "the 5th of November 2019": a day written as an ordinal of its month (British and spoken usage). */
const ORDINAL_OF_MONTH = new RegExp(`\\bthe\\s+(${ORDINAL_DAYS.join('|')}|\\d{1,2}(?:st|nd|rd|th))\\s+of\\s+(${FULL_MONTH})\\b(?:,?\\s+((?:19|20)\\d\\d)\\b)?`, 'gi');

function ruleOrdinalOfMonth(s: string, out: Candidate[]): void {
  for (const m of matches(ORDINAL_OF_MONTH, s)) {
    const word = m[1].toLowerCase();
    const day = /^\d/.test(word) ? parseInt(word, 10) : ORDINAL_DAYS.indexOf(word) + 1;
    const month = MONTHS[m[2].toLowerCase()];
    if (day < 1 || day > 31 || !month) continue;
    const sem: Sem = m[3] ? { k: 'abs', value: `${m[3]}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`, precision: 'day' } : { k: 'md', month, day };
    add(out, m.index ?? 0, (m.index ?? 0) + m[0].length, sem, { priority: 4 });
  }
}

function ruleNamedDays(s: string, out: Candidate[]): void {
  for (const [re, value] of NAMED_DAYS) {
    for (const m of matches(re, s)) add(out, m.index ?? 0, (m.index ?? 0) + m[0].length, { k: 'abs', value, precision: 'day' }, { priority: 4, modifiable: false });
  }
}

/**
 * "H1 2026", "H2 FY25", "1H26": a half of a (fiscal) year in financial shorthand, written as its year with START or
 * END, as "the first half of 2025" is (the output format has no half-year value).
 */
const HALF_YEAR = /\b(?:H([12])(?:\s*FY\s*'?|\s*'|\s+)|([12])H\s*(?:FY\s*)?'?)((?:19|20)\d\d|\d\d)\b(?![-.,:]\d)/g;

function ruleHalves(s: string, out: Candidate[]): void {
  for (const m of matches(HALF_YEAR, s)) {
    const half = m[1] ?? m[2];
    add(out, m.index ?? 0, (m.index ?? 0) + m[0].length, { k: 'abs', value: fiscalYear(m[3]), precision: 'year' }, { mod: half === '1' ? 'START' : 'END', priority: 3, modifiable: false });
  }
}

/** "the December half", "the June half-year of 2023": the half year ending in that month (Australian usage), as "the six months to December" is. */
const MONTH_HALF = /\b(?:[Tt]he\s+)?(June|December)[\s-]+half(?:[\s-]year)?\b(?:\s+(?:of\s+)?((?:19|20)\d\d))?/g;

function ruleMonthHalves(s: string, out: Candidate[]): void {
  for (const m of matches(MONTH_HALF, s)) {
    const month = MONTHS[m[1].toLowerCase()];
    add(out, m.index ?? 0, (m.index ?? 0) + m[0].length, m[2] ? { k: 'abs', value: `${m[2]}-${String(month).padStart(2, '0')}`, precision: 'month' } : { k: 'm', month }, { priority: 4, modifiable: false });
    out[out.length - 1].monthsTo = 6;
  }
}

/** "1Q24", "3Q FY25", "2Q 2023": a quarter in financial shorthand, number first. */
const NUMBER_FIRST_QUARTER = /\b([1-4])Q\s*(?:FY\s*)?'?((?:19|20)\d\d|\d\d)\b(?![-.,:]\d)/g;

/** "the December quarter", "the March-quarter CPI", "the September quarter of 2024": a quarter named by its last month (Australian and New Zealand usage). */
const MONTH_QUARTER = /\b(?:[Tt]he\s+)?(March|June|September|December)[\s-]+quarter\b(?:\s+(?:of\s+)?((?:19|20)\d\d))?/g;

function ruleQuarters(s: string, out: Candidate[]): void {
  for (const m of matches(NUMBER_FIRST_QUARTER, s)) {
    add(out, m.index ?? 0, (m.index ?? 0) + m[0].length, { k: 'abs', value: `${fiscalYear(m[2])}-Q${m[1]}`, precision: 'quarter' }, { priority: 3, modifiable: false });
  }
  for (const m of matches(MONTH_QUARTER, s)) {
    const q = Math.ceil(MONTHS[m[1].toLowerCase()] / 3);
    const sem: Sem = m[2] ? { k: 'abs', value: `${m[2]}-Q${q}`, precision: 'quarter' } : { k: 'q', q };
    add(out, m.index ?? 0, (m.index ?? 0) + m[0].length, sem, { priority: 4 });
  }
  for (const m of matches(YEAR_POSSESSIVE_QUARTER, s)) {
    const q = quarterOf(m[3]);
    if (q < 1 || q > 4) continue;
    const year = m[1] ? fiscalYear(m[1]) : m[2];
    add(out, m.index ?? 0, (m.index ?? 0) + m[0].length, { k: 'abs', value: `${year}-Q${q}`, precision: 'quarter' }, { priority: 3 });
  }
  for (const m of matches(QUARTER_WORDS, s)) {
    const q = quarterOf(m[2]);
    if (q < 1 || q > 4) continue;
    const before = s.slice(0, m.index);
    if (!m[1] && /\b(?:a|one|per|each|every)\s*$/i.test(before)) continue;
    // "the fourth quarter of Saturday's game": a quarter of something other than a year.
    if (!m[3] && !m[4] && !m[5] && !m[6] && /^\s+of\s+(?!fiscal\s+\d{4}\b|FY)/i.test(s.slice((m.index ?? 0) + m[0].length))) continue;
    // "He scored 12 points in the second quarter": a period of a game, in a sentence about play.
    if (!m[3] && !m[4] && !m[5] && !m[6] && !/year$/i.test(m[0]) && GAME_PLAY.test(s)) continue;
    let sem: Sem;
    // "the second quarter of 2023-24": a quarter of the fiscal year that ends in the second year (`index.ts` places it).
    if (m[6]) {
      if ((Number(m[6]) + 1) % 100 !== Number(m[7])) continue;
      sem = { k: 'abs', value: `${Number(m[6]) + 1}-Q${q}`, precision: 'quarter' };
    } else if (m[3]) sem = { k: 'abs', value: `${m[3]}-Q${q}`, precision: 'quarter' };
    else if (m[5]) sem = { k: 'abs', value: `${fiscalYear(m[5])}-Q${q}`, precision: 'quarter' };
    else if (m[4]) sem = { k: 'qyear', q, n: relOf(m[4]).n };
    else if (/year$/i.test(m[0])) sem = { k: 'qyear', q, n: 0 };
    else sem = { k: 'q', q };
    add(out, m.index ?? 0, (m.index ?? 0) + m[0].length, sem, { priority: 2 });
  }
  for (const m of matches(QUARTER_Q, s)) {
    const q = Number(m[2]);
    const yearText = m[1] ?? m[3] ?? (m[4] ? `20${m[4]}` : undefined) ?? (m[5] ? fiscalYear(m[5]) : undefined);
    const at = m.index ?? 0;
    // "Q1. Ruth Jones (Newport West) (Lab)": a question's number opening its line, as a parliament's record numbers them.
    if (!yearText && /(?:^|\n)[ \t]*$/.test(s.slice(Math.max(0, at - 8), at)) && /^[.)](?:$|[ \t]+\p{Lu})/u.test(s.slice(at + m[0].length, at + m[0].length + 3))) continue;
    const sem: Sem = yearText ? { k: 'abs', value: `${yearText}-Q${q}`, precision: 'quarter' } : { k: 'q', q };
    add(out, at, at + m[0].length, sem, { priority: 2 });
  }
}

// "this spring", "last summer", "the fall of 2019", "winter 2025", "in the spring", "the spring of last year"
/** A season, with its year and the academic or legislative period it names ("the fall semester of 2025"). */
const SEASON =
  /\b(?:(this\s+past|this\s+coming|this|last|next|past|coming)\s+|(the)\s+)?(spring|summer|fall|autumn|winter)\b(?:(?:\s+(?:semester|term|session))?\s+(?:of\s+)?(\d{4})\b|\s+of\s+(last|this|next)\s+year\b)?/gi;
const SEASON_CODE: Record<string, Season> = { spring: 'SP', summer: 'SU', fall: 'FA', autumn: 'FA', winter: 'WI' };
const AS_EARLY_AS_RE = new RegExp(AS_EARLY_AS, 'i');
const SEASON_CUE = new RegExp(String.raw`\b(?:in|during|by|until|till|through|since|over|for|before|after|early|late|mid|each|every|that|this)[\s-]*$|${AS_EARLY_AS}`, 'i');

/** Crops named by the season they are sown in ("winter wheat", "spring barley", "winter-sown oilseed rape"). */
const SEASON_CROP = /^(?:\s+|-)(?:sown\s+)?(?:wheat|barley|oats|rye|triticale|cereals?|grains?|crops?|rapeseed|oilseed|canola|beans|peas|onions|potatoes)\b/i;

/** "the 2022-23 winter", "the 1995/96 winter": the winter that begins in December of the first year, as "the winter of 2022-23" is. */
const SPLIT_YEAR_WINTER = /\b(?:the\s+)?((?:19|20)\d\d)\s?[/–-]\s?(\d{2}|\d{4})\s+winter\b/gi;

function ruleSeasons(s: string, out: Candidate[], anchorYear: number | null): void {
  for (const m of matches(SPLIT_YEAR_WINTER, s)) {
    if ((Number(m[1]) + 1) % (m[2].length === 2 ? 100 : 10000) !== Number(m[2]) || SEASON_CROP.test(s.slice((m.index ?? 0) + m[0].length))) continue;
    add(out, m.index ?? 0, (m.index ?? 0) + m[0].length, { k: 'abs', value: `${m[1]}-WI`, precision: 'season' }, { priority: 3 });
  }
  for (const m of matches(SEASON, s)) {
    const word = m[3];
    const idx = m.index ?? 0;
    const wordStart = groupStart(m, 3);
    const before = s.slice(0, idx);
    // Capitalised inside a sentence without a year: a name ("Arab Spring", "Winter Olympics").
    if (/^[A-Z]/.test(word) && !m[4] && /[A-Za-z]/.test(s.slice(0, wordStart)) && !/^(?:the|this|last|next|in)\b/i.test(m[0])) continue;
    if (!m[1] && !m[4] && !m[5]) {
      if (!m[2] && !SEASON_CUE.test(before)) continue; // "spring up", "a fall in prices"
      if (m[2] && !/\b(?:in|during|by|until|till|through|since|over|before|after|of|for|all|that|throughout)\s+$/i.test(before) && !AS_EARLY_AS_RE.test(before)) continue;
      const rest = s.slice(idx + m[0].length);
      if (/^\s+of\b/i.test(rest)) continue; // "the fall of Rome"
      if (word.toLowerCase() === 'fall' && /^\s+(?:in|to|from|by|on)\b/i.test(rest)) continue;
      if (SEASON_CROP.test(rest)) continue; // "the winter wheat crop": a crop sown in that season
    }
    const season = SEASON_CODE[word.toLowerCase()];
    let sem: Sem;
    let end = idx + m[0].length;
    if (m[4]) {
      sem = { k: 'abs', value: `${m[4]}-${season}`, precision: 'season' };
      // "the winter of 2022-23", "winter 2022/23": the winter that begins in December of the first year.
      const next = season === 'WI' ? /^\s?[/–-]\s?(\d{2}|\d{4})\b(?![/–-]?\d)/.exec(s.slice(end)) : null;
      if (next && (Number(m[4]) + 1) % (next[1].length === 2 ? 100 : 10000) === Number(next[1])) end += next[0].length;
    }
    // "the spring of last year": the season of the year before the publication's.
    else if (m[5] && anchorYear !== null) sem = { k: 'abs', value: `${anchorYear + relOf(m[5]).n}-${season}`, precision: 'season' };
    else {
      if (m[5]) end -= /\s+of\s+\w+\s+year$/i.exec(m[0])![0].length;
      sem = { k: 'season', season, rel: m[1] ? relOf(m[1]).rel : null };
    }
    add(out, idx, end, sem, { priority: 2 });
  }
}

/** Previous words that make a following four-digit number a year. */
const YEAR_CUES = new Set(
  (
    'in since by of from until till throughout during before after early late mid around circa year the below above ' +
    'between fiscal spring summer fall autumn winter as than since until ending end start beginning ' +
    'middle class election vintage season campaign cycle budget dated born founded established built'
  ).split(' '),
);
/** Nouns after a number that make it a count, not a year ("2000 workers"). */
const COUNT_NOUNS = new Set(
  (
    'people percent per cent points votes voters miles feet meters metres kilometers acres tons pounds dollars ' +
    'euros hours minutes calories jobs troops soldiers residents members students workers employees cases deaths ' +
    'words pages times units homes cars rounds shares signatures delegates'
  ).split(' '),
);
/** Words before a number that make it an identifier ("Room 2016", "H.R. 2016"). */
const ID_WORDS = new Set(
  'no number room flight route highway section page bill model suite unit apartment vol volume chapter article rule item version code'.split(' '),
);

/**
 * Does a word after a number look like a plural noun ("2000 workers")? Singular nouns in -s ("a
 * 2014 analysis", "the 2008 crisis", "the 2020 census", "a 2019 status report") do not.
 */
function plural(word: string): boolean {
  return /s$/.test(word) && !/(?:ss|us|is|news)$/.test(word);
}

function ruleYears(s: string, out: Candidate[]): void {
  for (const m of matches(FOUR_DIGITS, s)) {
    const idx = m.index ?? 0;
    const year = Number(m[0]);
    const p = s[idx - 1] ?? '';
    const pp = s[idx - 2] ?? '';
    const n = s[idx + 4] ?? '';
    const nn = s[idx + 5] ?? '';
    if ('$€£¥#@/\\'.includes(p) && p !== '') continue;
    if ((p === '.' || p === ',' || p === ':') && /\d/.test(pp)) continue;
    if ((p === '-' || p === '–') && /\d/.test(pp) && !/(?:^|\D)\d{4}[-–]$/.test(s.slice(Math.max(0, idx - 6), idx))) continue;
    if (n === '%' || ((n === '.' || n === ',' || n === ':' || n === '/') && /\d/.test(nn))) continue;
    if ((n === '-' || n === '–') && /^\d{3}(?!\d)|^\d{5}/.test(s.slice(idx + 5))) continue;
    const rest = s.slice(idx + 4, idx + 40);
    if (/^\s*(?:%|percent\b|per\s?cent\b)/i.test(rest)) continue;
    const head = s.slice(Math.max(0, idx - 40), idx);
    const prevWordMatch = /([A-Za-z]+)(['’]s)?[\s-]*$/.exec(head);
    const prevWord = prevWordMatch ? prevWordMatch[1] : '';
    const possessive = !!prevWordMatch?.[2];
    const prevLower = prevWord.toLowerCase();
    const monthBefore = /\b(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?,?\s+(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?$/.test(head);
    const listCue = /^(?:and|or|to|through)$/.test(prevLower) && /\d{4}\W{0,3}\s*[A-Za-z]+\s*$/.test(head);
    const strong = monthBefore || possessive || listCue || YEAR_CUES.has(prevLower) || /\bmid-$/i.test(head);
    if (ID_WORDS.has(prevLower) && !possessive) continue;
    if (strong) {
      if (year < 1000 || year > 2199) continue;
    } else {
      if (year < 1900 || year > 2099) continue;
      const next = /^\s+([a-z]+)/.exec(rest);
      if (next && (COUNT_NOUNS.has(next[1]) || (plural(next[1]) && !/^(?:was|is|has|as|its|this|his|plus|versus)$/.test(next[1])))) continue;
      // After a capitalised word inside the sentence: a name ("Vision 2030", "Windows 2000").
      if (prevWordMatch && /^[A-Z]/.test(prevWord) && /\S/.test(head.slice(0, prevWordMatch.index))) continue;
      if (/\d\s*$/.test(head)) continue; // "10 2019" is a list of numbers
    }
    let start = idx;
    const theYear = /\bthe\s+year\s+$/i.exec(head);
    const fiscal = /\b(?:fiscal\s+(?:year\s+)?|financial\s+year\s+)$/i.exec(head);
    if (theYear) start = idx - theYear[0].length;
    else if (fiscal) start = idx - fiscal[0].length;
    // "fiscal 2023", "fiscal year 2023", "the 2023 fiscal year", "the 2024 financial year": the fiscal year (not "fiscal
    // 2023/24", a split year).
    const fiscalAfter = /^\s+(?:fiscal|financial)\s+year\b/i.exec(s.slice(idx + 4));
    const value = (fiscal || fiscalAfter) && !/^\s?[/–-]\s?\d/.test(s.slice(idx + 4)) ? fiscalYear(m[0]) : m[0];
    if (fiscalAfter && !fiscal && !theYear && /\bthe\s+$/i.test(head)) start = idx - /\bthe\s+$/i.exec(head)![0].length;
    add(out, start, idx + 4 + (fiscalAfter && !fiscal ? fiscalAfter[0].length : 0), { k: 'abs', value, precision: 'year' }, { priority: 1 });
  }
  for (const m of matches(FISCAL_YEAR, s)) {
    add(out, m.index ?? 0, (m.index ?? 0) + m[0].length, { k: 'abs', value: fiscalYear(m[1]), precision: 'year' }, { priority: 1 });
  }
}

// PRESENT_REF, PAST_REF, FUTURE_REF
function ruleRefs(s: string, out: Candidate[]): void {
  for (const m of matches(PRESENT, s)) {
    const rest = s.slice((m.index ?? 0) + m[0].length);
    if (/^Now$/.test(m[0]) && /^\s+that\b/i.test(rest)) continue; // "Now that ..." is a conjunction
    // A capitalised "Now" after a capitalised word is part of a name ("Larry King Now").
    if (/^Now$/.test(m[0]) && /[A-Z][a-z]*\s+$/.test(s.slice(Math.max(0, (m.index ?? 0) - 20), m.index))) continue;
    add(out, m.index ?? 0, (m.index ?? 0) + m[0].length, { k: 'ref', value: 'PRESENT_REF' }, { modifiable: false, priority: 1 });
  }
  for (const m of matches(PAST_REF, s)) {
    const st = groupStart(m, 1);
    add(out, st, st + m[1].length, { k: 'ref', value: 'PAST_REF' }, { modifiable: false });
  }
  for (const m of [...matches(FUTURE_REF, s), ...matches(COMING_UNITS, s)]) {
    const st = groupStart(m, 1);
    add(out, st, st + m[1].length, { k: 'ref', value: 'FUTURE_REF' }, { modifiable: false, priority: 3 });
  }
}

// Vague expressions: value null. Durations ("for months", "for at least an hour", "within two
// weeks", "six years") are not time expressions here: the output format has no duration value.
const RECENT = /\brecent\s+(?:years|months|weeks|days|decades)\b/gi;
// ("last fortnight", British usage, is the two weeks just past, as "the past fortnight".)
const THE_PAST_UNITS = new RegExp(
  `\\b(?:the\\s+(?:past|last|next|coming|previous|following|preceding)\\s+(?:(?:${NUM})\\s+)?(?:days?|weeks?|fortnights?|months?|years?|decades?|hours?|centuries)|(?:last|past|previous)\\s+fortnight)\\b`,
  'gi',
);
const UNITS_RELATIVE_TO_EVENT = new RegExp(
  `\\b(?:(${NUM})\\s+)?(seconds?|minutes?|hours?|days?|weeks?|fortnights?|months?|years?|decades?)(?=\\s+(?:later|earlier|after|before|prior|afterwards?)\\b)`,
  'gi',
);

// "the 2023/24 season", "the 2025-26 financial year", "this season": a period across two years, or a
// season of a sport or a crop, has no TIMEX3 value.
const SPLIT_YEAR = /\b(?:the\s+)?(?:19|20)\d\d\s?[/–-]\s?(?:(?:19|20)\d\d|\d\d)\s+(?:season|campaign|(?:financial|fiscal|tax|school|academic|budget|marketing|crop)\s+year|fiscal|term|winter|budget)\b/gi;
/** The same written with its name first: "FY2023/24", "fiscal 2023-24", "the financial year 2023/24". */
const SPLIT_YEAR_AFTER = /(?:\bFY\s?|\b(?:the\s+)?fiscal\s+(?:year\s+)?|\b(?:the\s+)?(?:financial|tax|school|academic|budget)\s+year\s+)(?:19|20)\d\d\s?[/–-]\s?(?:(?:19|20)\d\d|\d\d)\b(?![/–-]?\d)/gi;
const THIS_SEASON = /\b(?:this|last|next)\s+season\b/gi;
const BARE_SPLIT_YEAR = /\b(?:19|20)(\d\d)[/–-](\d\d)\b(?![/–-]?\d)/g;

function ruleVague(s: string, out: Candidate[]): void {
  const vague: Sem = { k: 'vague' };
  for (const m of [...matches(SPLIT_YEAR, s), ...matches(SPLIT_YEAR_AFTER, s)]) add(out, m.index ?? 0, (m.index ?? 0) + m[0].length, vague, { modifiable: false, priority: 3 });
  // "up from £8.1m in 2016-17": a year written with the next one's last two digits is a financial or school year.
  for (const m of matches(BARE_SPLIT_YEAR, s)) {
    if ((Number(m[1]) + 1) % 100 !== Number(m[2])) continue;
    add(out, m.index ?? 0, (m.index ?? 0) + m[0].length, vague, { modifiable: false, priority: 2 });
  }
  for (const m of matches(THIS_SEASON, s)) add(out, m.index ?? 0, (m.index ?? 0) + m[0].length, vague, { modifiable: false, priority: 1 });
  for (const m of matches(RECENT, s)) add(out, m.index ?? 0, (m.index ?? 0) + m[0].length, vague, { modifiable: false });
  for (const m of matches(RECENTLY, s)) add(out, m.index ?? 0, (m.index ?? 0) + m[0].length, vague, { modifiable: false, priority: 0 });
  for (const m of matches(THE_PAST_UNITS, s)) add(out, m.index ?? 0, (m.index ?? 0) + m[0].length, vague, { modifiable: false, priority: 2 });
  for (const m of matches(UNITS_RELATIVE_TO_EVENT, s)) {
    if (!m[1] && !/s$/i.test(m[2])) continue; // "the day after" is not a time expression here
    if (/\bthe\s+$/i.test(s.slice(0, m.index)) && !m[1]) continue;
    // "47 times in a fortnight after telling the company": a length of time, not a time after the event.
    if (/fortnight/i.test(m[2]) && /\b(?:in|within|for|over|during)\s+$/i.test(s.slice(0, m.index))) continue;
    add(out, m.index ?? 0, (m.index ?? 0) + m[0].length, vague, { modifiable: false, priority: 0 });
  }
  for (const m of matches(OVER_THE_YEARS, s)) {
    const st = groupStart(m, 1);
    add(out, st, st + m[1].length, vague, { modifiable: false, priority: 0 });
  }
  // "on the eve of the vote": the day before an event, as "days after the election" is a time after one; its date is
  // the event's, which the sentence does not give.
  for (const m of matches(THE_EVE_OF, s)) add(out, m.index ?? 0, (m.index ?? 0) + m[1].length, vague, { modifiable: false, priority: 0 });
}
const THE_EVE_OF = /\b(the\s+eve)\s+of\s+(?:the|a|an|this|that|its|their|his|her|next|last)\s+(?!(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b|\d)/gi;

// Anaphoric expressions, read against the time mentioned last (`Sem` kind 'anaphor').
const SAME_PERIOD = new RegExp(
  `\\bthe\\s+same\\s+(quarter|period|month|time)\\s+(?:(?:(${NUM})\\s+years?\\s+(?:earlier|before|ago|prior))|last\\s+year|a\\s+year\\s+ago|(?:of\\s+)?the\\s+(?:previous|prior|preceding)\\s+year)\\b`,
  'gi',
);
const YEAR_AGO_PERIOD = /\bthe\s+year[-\s](?:earlier|ago|before)\s+(quarter|period)\b/gi;
// ("Two decades later": ten years to a decade. "Two years on, it is still driving": British for later.)
/** A verb in the simple past: an irregular one news tells a life with, or a regular "-ed". */
const STORY_PAST = /\b(?:died|won|lost|left|came|went|became|began|took|made|fell|rose|gave|found|sold|bought|met|wrote|ran|moved|[a-z]{3,}ed)\b/i;
const UNITS_LATER = new RegExp(`\\b(${NUM})\\s+(decades?|years?|months?|fortnights?|weeks?|days?)\\s+(later|earlier|afterwards?|on(?=\\s*[,;:]|\\s+from\\b))\\b(?!\\s+than\\b)`, 'gi');
// (Not "above the previous winter high of 80,525 megawatts": there "previous" qualifies the record.)
const THE_FOLLOWING_SEASON = /\bthe\s+(following|previous|preceding|prior)\s+(spring|summer|fall|autumn|winter)\b(?!\s*(?:\d|of\b|'s|’s)|\s+(?:high|low|record|peak|levels?|average|demand|maximum|minimum)\b)/gi;
const THE_FOLLOWING = /\bthe\s+(following|previous|preceding|prior|next)\s+(decade|year|month|week|day|night|evening|morning|afternoon)\b(?!\s*(?:\d|of\b|'s|’s))/gi;
// "that year", "later that month", "that decade", "the same week", "that same month": the unit of the time the story last named.
/** "the end of ", "the first half of " written just before a date: its edge (group 2) or part. */
export const EDGE_PREFIX =
  /\b(the\s+)?(?:very\s+)?(end|close|beginning|start|middle|first\s+half|second\s+half|latter\s+half|latter\s+part|early\s+part|first\s+part|last\s+part)\s+of\s+$/i;
const THAT_UNIT = /\b(?:(?:later|earlier)\s+)?(?:that(?:\s+same)?|the\s+same)\s+(year|month|week|decade)\b(?![-–]|\s+(?:ago|later|earlier|before|after)\b)/gi;
// "later that day", "the same night", "earlier in the day": the day the story last named.
const THAT_DAY = /\b(?:(?:(?:later|earlier)\s+)?(?:that(?:\s+same)?|the\s+same)\s+(?:day|night|morning|afternoon|evening)|(?:earlier|later)\s+in\s+the\s+(?:day|evening|morning|afternoon))\b(?!\s*(?:'s|’s))/gi;
// "in 2023, down from 497 the year before": the unit before or after the time the story last named,
// when nothing follows that it would be counted from ("the day before the vote" is another rule's).
const THE_UNIT_BEFORE = /\bthe\s+(year|month|week|day)\s+(before|earlier|after|later)(?:\s+that)?\b(?=\s*(?:[,.;:!?)"”—–]|$)|\s+(?:and|but|or|when|as|while)\b)/gi;
const IN_THE_QUARTER = /\b(?:in|during|for|over|through|across)\s+(the\s+(?:latest\s+|most\s+recent\s+|same\s+)?quarter)\b(?![-–]|\s+(?:of|century|mile|point|final|ended|ending)\b|\s+(?:to|through)\s+(?:the\s+end\s+of\s+)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec))/gi;

function ruleAnaphors(s: string, out: Candidate[]): void {
  for (const m of matches(SAME_PERIOD, s)) {
    const years = m[2] ? countOf(m[2]) : 1;
    if (years === null) continue;
    const same = m[1].toLowerCase() === 'quarter' ? 'quarter' : 'period';
    const lastYear = /\blast\s+year$/i.test(m[0]);
    add(out, m.index ?? 0, (m.index ?? 0) + m[0].length, { k: 'anaphor', unit: 'year', n: -years, same, ...(lastYear ? { lastYear } : {}) }, { modifiable: false, priority: 3 });
  }
  for (const m of matches(YEAR_AGO_PERIOD, s)) {
    const same = m[1].toLowerCase() === 'quarter' ? 'quarter' : 'period';
    add(out, m.index ?? 0, (m.index ?? 0) + m[0].length, { k: 'anaphor', unit: 'year', n: -1, same }, { modifiable: false, priority: 3 });
  }
  for (const m of matches(UNITS_LATER, s)) {
    const count = countOf(m[1]);
    if (count === null) continue;
    const unit = unitOf(m[2]);
    const sign = /^earlier$/i.test(m[3]) ? -1 : 1;
    // ("Seven years on, the site is home to a plant": told in the present, it is the time of writing, counted
    // from a start the text need not have named last.)
    // ("Two years on, her father died": a verb in the simple past goes on with the story, as "was" does.)
    const rest = s.slice((m.index ?? 0) + m[0].length);
    if (/^on$/i.test(m[3]) && !(/\b(?:was|were|had|did)\b/i.test(rest)
      || STORY_PAST.test(rest) && !/\b(?:is|are|has|have|will|remains?)\b/i.test(rest))) {
      add(out, m.index ?? 0, (m.index ?? 0) + m[0].length, { k: 'vague' }, { modifiable: false, priority: 3 });
      continue;
    }
    // ("A fortnight later": fourteen days.)
    const sem: Sem = unit === 'week' || unit === 'fortnight' ? { k: 'anaphor', unit: 'day', n: sign * (unit === 'week' ? 7 : 14) * count }
      : unit === 'decade' ? { k: 'anaphor', unit: 'year', n: sign * 10 * count }
        : { k: 'anaphor', unit: unit as 'year' | 'month' | 'day', n: sign * count };
    add(out, m.index ?? 0, (m.index ?? 0) + m[0].length, sem, { modifiable: false, priority: 3 });
  }
  for (const m of matches(THAT_DAY, s)) {
    add(out, m.index ?? 0, (m.index ?? 0) + m[0].length, { k: 'anaphor', unit: 'day', n: 0 }, { modifiable: false, priority: 3 });
  }
  for (const m of matches(THE_FOLLOWING, s)) {
    const w = m[1].toLowerCase();
    // "the next year" also means the coming twelve months: only "the next day" and "the next week" are read back.
    if (w === 'next' && /decade|year|month/i.test(m[2])) continue;
    const sign = w === 'following' || w === 'next' ? 1 : -1;
    const word = m[2].toLowerCase();
    // "the previous evening", "the next morning": the day before or after.
    const unit = /^(?:night|evening|morning|afternoon)$/.test(word) ? 'day' : (word as 'decade' | 'year' | 'month' | 'week' | 'day');
    // With no time named before, the story's own time is the publication date ("until the previous
    // week"); not for "the next day", whose unnamed reference is more often a past event than today.
    add(out, m.index ?? 0, (m.index ?? 0) + m[0].length, { k: 'anaphor', unit, n: sign, ...(sign < 0 ? { pub: true } : {}) }, { modifiable: false, priority: 3 });
  }
  for (const m of matches(THE_UNIT_BEFORE, s)) {
    const sign = /^(?:before|earlier)$/i.test(m[2]) ? -1 : 1;
    const unit = m[1].toLowerCase() as 'year' | 'month' | 'week' | 'day';
    add(out, m.index ?? 0, (m.index ?? 0) + m[0].length, { k: 'anaphor', unit, n: sign, ...(sign < 0 ? { pub: true } : {}) }, { modifiable: false, priority: 3 });
  }
  for (const m of matches(THAT_UNIT, s)) {
    const unit = m[1].toLowerCase() as 'year' | 'month' | 'week' | 'decade';
    // "by the end of that month", "in the middle of that year": the edge or the part of the time named last.
    const of = /^(?:later|earlier)\b/i.test(m[0]) ? null : EDGE_PREFIX.exec(s.slice(Math.max(0, (m.index ?? 0) - 32), m.index));
    const start = (m.index ?? 0) - (of ? of[0].length : 0);
    add(out, start, (m.index ?? 0) + m[0].length, { k: 'anaphor', unit, n: 0 }, { ...(of ? edgeOrMod(of[2]) : {}), modifiable: false, priority: 3 });
  }
  for (const m of matches(THE_FOLLOWING_SEASON, s)) {
    const season = SEASON_CODE[m[2].toLowerCase()];
    const n = m[1].toLowerCase() === 'following' ? 1 : -1;
    add(out, m.index ?? 0, (m.index ?? 0) + m[0].length, { k: 'anaphor', unit: 'year', n, season }, { modifiable: false, priority: 3 });
  }
  for (const m of matches(IN_THE_QUARTER, s)) {
    const st = groupStart(m, 1);
    add(out, st, st + m[1].length, { k: 'anaphor', unit: 'year', n: 0, same: 'quarter' }, { modifiable: false, priority: 1 });
  }
  // "up from 13.4% in the previous quarter": the quarter before the one the story last named (the publication's, when
  // it named none), as "the previous month" is.
  for (const m of matches(THE_PREVIOUS_QUARTER, s)) {
    add(out, m.index ?? 0, (m.index ?? 0) + m[0].length, { k: 'anaphor', unit: 'month', n: -3, same: 'quarter', pub: true }, { modifiable: false, priority: 4 });
  }
}

const THE_PREVIOUS_QUARTER = /\bthe\s+(?:previous|preceding|prior)\s+quarter\b(?![-–]|\s+of\b|['’]s)/gi;

// Sets ("every Monday", "each quarter") and the holiday season: time expressions with no single value.
const SETS = new RegExp(
  `\\b(?:every|each)\\s+(?:other\\s+)?(?:night|morning|afternoon|evening|weekend|week|month|quarter|year|season|monsoon|spring|summer|fall|autumn|winter|` +
    `${Object.keys(WEEKDAYS).filter((w) => w.length > 3).join('|')})\\b`,
  'gi',
);
const HOLIDAY_SEASON = /\b(?:the\s+)?holiday\s+season\b|\b(?:through|over|during|for|before|after|until|around)\s+(the\s+holidays)\b/gi;

function ruleSets(s: string, out: Candidate[]): void {
  for (const m of matches(SETS, s)) add(out, m.index ?? 0, (m.index ?? 0) + m[0].length, { k: 'vague' }, { modifiable: false, priority: 3 });
  for (const m of matches(HOLIDAY_SEASON, s)) {
    const st = m[1] ? groupStart(m, 1) : (m.index ?? 0);
    add(out, st, st + (m[1] ?? m[0]).length, { k: 'vague' }, { modifiable: false, priority: 1 });
  }
}

// "1 September next year", "March 3 last year": a day whose year is given relative to the anchor.
const DAY_OF_RELATIVE_YEAR = new RegExp(
  `\\b(?:(\\d{1,2})(?:st|nd|rd|th)?\\s+(${MONTH_TOKEN})\\.?|(${MONTH_TOKEN})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?)\\s+(next|last|this)\\s+year\\b`,
  'g',
);

// "June next year", "in March of last year": a month whose year is given relative to the anchor.
const MONTH_OF_RELATIVE_YEAR = new RegExp(`\\b(${FULL_MONTH}|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.)\\s+(?:of\\s+)?(next|last|this)\\s+year\\b`, 'g');

function ruleDayOfRelativeYear(s: string, out: Candidate[], anchorYear: number): void {
  for (const m of matches(MONTH_OF_RELATIVE_YEAR, s)) {
    const y = anchorYear + relOf(m[2]).n;
    add(out, m.index ?? 0, (m.index ?? 0) + m[0].length, { k: 'abs', value: `${y}-${String(MONTHS[m[1].toLowerCase().replace('.', '')]).padStart(2, '0')}`, precision: 'month' }, { priority: 3 });
  }
  for (const m of matches(DAY_OF_RELATIVE_YEAR, s)) {
    const day = Number(m[1] ?? m[4]);
    const month = MONTHS[(m[2] ?? m[3]).toLowerCase()];
    if (!month || day < 1 || day > 31) continue;
    const y = anchorYear + relOf(m[5]).n;
    add(out, m.index ?? 0, (m.index ?? 0) + m[0].length, { k: 'abs', value: `${y}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`, precision: 'day' }, { priority: 3 });
  }
}

// "arrested on the 14th", "its decision of the 15th": a day of the month named by its ordinal alone. Not an
// ordinal of something else ("the 14th century", "the 15th of March", "on the 18th hole").
const DAY_ORDINAL = /(?<!\b(?:top|bottom|end|middle|start|half|part|rest|close|beginning)\s+)\b(?:on|of)\s+the\s+((?:[12]?\d|3[01])(?:st|nd|rd|th))\b(?!\s*(?:of\b|century|centuries|floor|minute|anniversary|time|place|round|day|week|month|year|hole|inning|innings|over|lap|stage|leg|race|game|match|test|frame|set|mile|birthday|amendment|district|precinct|ward|street|avenue|division|fleet|army|congress|parliament|edition|season|overall|pick|seed|percentile|annual|straight|consecutive|largest|biggest|highest|most|best|worst|[A-Z]))/g;

/** "2024/04/05", "2024.03.14": a year, month and day written with slashes or dots, year first (as East Asian and some court papers write them). */
const YEAR_FIRST_SLASHED = /(?<![\d/.-])((?:19|20)\d\d)([/.])(0[1-9]|1[0-2])\2(0[1-9]|[12]\d|3[01])(?![\d/]|\.\d)/g;

function ruleYearFirstSlashed(s: string, out: Candidate[]): void {
  for (const m of matches(YEAR_FIRST_SLASHED, s)) {
    if (!isValidDate(Number(m[1]), Number(m[3]), Number(m[4]))) continue;
    // ("version 2023.12.01": a software release numbered by its date names no day of the story.)
    if (m[2] === '.' && /\b(?:version|v|release|build|update|firmware)\s*$/i.test(s.slice(Math.max(0, (m.index ?? 0) - 12), m.index))) continue;
    add(out, m.index ?? 0, (m.index ?? 0) + m[0].length, { k: 'abs', value: `${m[1]}-${m[3]}-${m[4]}`, precision: 'day' }, { priority: 2 });
  }
}

/** "Thursday the 4th": a day of the month named with its weekday (a month after it is chrono's: "Tuesday the 12th of March"). */
const WEEKDAY_THE_NTH = /\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+the\s+([12]?\d|3[01])(?:st|nd|rd|th)\b(?!\s+of\b)/g;

/** "the 5th of this month", "on the 20th of last month": a day of a month named relative to the publication's. */
const DAY_OF_MONTH_REL = /\bthe\s+([12]?\d|3[01])(?:st|nd|rd|th)\s+of\s+(this|last|next|the\s+(?:current|previous|past|following|coming))\s+month\b/gi;

function ruleDayOrdinal(s: string, out: Candidate[]): void {
  for (const m of matches(DAY_OF_MONTH_REL, s)) {
    const day = parseInt(m[1], 10);
    const rel = m[2].toLowerCase();
    const months = /this|current/.test(rel) ? 0 : /last|previous|past/.test(rel) ? -1 : 1;
    if (day >= 1) add(out, m.index ?? 0, (m.index ?? 0) + m[0].length, { k: 'dom', day, months }, { priority: 3, modifiable: false });
  }
  for (const m of matches(WEEKDAY_THE_NTH, s)) {
    const day = parseInt(m[1], 10);
    if (day >= 1) add(out, m.index ?? 0, (m.index ?? 0) + m[0].length, { k: 'dom', day }, { priority: 2 });
  }
  for (const m of matches(DAY_ORDINAL, s)) {
    const st = groupStart(m, 1);
    const day = parseInt(m[1], 10);
    // (The pattern takes 0 to 31.)
    if (day < 1) continue;
    add(out, st - 'the '.length, st + m[1].length, { k: 'dom', day }, { priority: 1 });
  }
}

/** All rule candidates of one (masked) sentence. */
export function ruleCandidates(s: string, anchorYear: number | null): Candidate[] {
  const out: Candidate[] = [];
  // Cheap tests first: most sentences have no time expression of a given kind.
  const lower = s.toLowerCase();
  const digits = /\d/.test(s);
  if (lower.includes('ago') || lower.includes('from now')) ruleAgo(s, out);
  if (/\b(?:last|this|next|past|coming|previous|current)\s/.test(lower)) ruleRelativeUnit(s, out);
  if (lower.includes(' of the ') || lower.includes('year') || /(?:month|quarter|[a-z])[-\s]end\b/.test(lower)) ruleEdgeOfThe(s, out);
  if (lower.includes(' half')) ruleBareHalf(s, out);
  if (/(?:June|December)[\s-]+half/.test(s)) ruleMonthHalves(s, out);
  if (/ (?:before last|after next)/.test(lower)) ruleBeforeLast(s, out);
  if (lower.includes('new year')) ruleNewYear(s, out);
  if (lower.includes(' of the ')) rulePartOfThe(s, out);
  if (/yesterday|today|tomorrow|tonight|night|morning|afternoon|evening/.test(lower)) ruleCasual(s, out);
  if (lower.includes('day')) ruleWeekday(s, out);
  if (lower.includes('weekend')) ruleWeekend(s, out);
  if (digits && /\bthe\s+\d{1,2}(?:st|nd|rd|th)\b/.test(s)) ruleDayOrdinal(s, out);
  if (/Christmas|New Year|Diwali|Deepavali|Eid\b|Hanukkah|Chanukah|Rosh Hashanah|Yom Kippur|Passover|Holi\b|Vesak|Independence|Fourth|Valentine|Halloween|Veterans|Thanksgiving|Labor Day|Memorial Day|Election Day|Inauguration Day|Boxing Day|Patrick|Remembrance Day|Armistice Day|Canada Day|Australia Day|Anzac Day|Bastille Day|Juneteenth|Easter|Good Friday|Ash Wednesday|Black Friday|Cyber Monday/.test(s)) ruleHolidays(s, out);
  if (digits && /0['’]?s\b/.test(s)) ruleDecades(s, out, anchorYear);
  if (/ties\b/.test(lower)) ruleDecadeWords(s, out, anchorYear);
  if (lower.includes('century')) ruleCenturies(s, out);
  if (digits && /['’]\d\d\b/.test(s)) ruleShortYears(s, out, anchorYear);
  if (lower.includes('turn of the')) ruleTurnOf(s, out, anchorYear);
  if (digits && /(?:19|20)\d\d[/.]\d/.test(s)) ruleYearFirstSlashed(s, out);
  if (lower.includes('quarter') || /Q[1-4]|[1-4]Q/.test(s)) ruleQuarters(s, out);
  if (/\b(?:H[12]|[12]H)/.test(s)) ruleHalves(s, out);
  if (/(?:January|April|July|October)\s*[-–]/.test(s)) ruleMonthRangeQuarters(s, out);
  if (/(?:ary|rch|ril|May|une|uly|ust|ber)\s*[-–]\s*[A-Z]/.test(s)) ruleMonthDashMonth(s, out);
  if (/spring|summer|fall|autumn|winter/.test(lower)) ruleSeasons(s, out, anchorYear);
  if (digits) ruleYears(s, out);
  if (/Jan(?:uary|\.)? 6|Sept(?:ember|\.)? 11|9\/11/.test(s)) ruleNamedDays(s, out);
  if (/ of (?:January|February|March|April|May|June|July|August|September|October|November|December)/.test(s)) ruleOrdinalOfMonth(s, out);
  if (/now|current|present|these days|past|future|coming|ahead/.test(lower)) ruleRefs(s, out);
  if (/recent|lately|second|minute|hour|day|week|fortnight|month|year|decade|centur|generation|season|fiscal|fy|eve of/.test(lower) || /\d{4}[/–-]\d\d\b/.test(s)) ruleVague(s, out);
  if (anchorYear !== null && / (?:next|last|this) year/.test(lower)) ruleDayOfRelativeYear(s, out, anchorYear);
  if (/later|earlier|afterward|following|previous|preceding|prior|same|next|that|before|after|year[-\s](?:ago|earlier|before)|quarter|(?:decade|year|month|week|day)s?\s+on\b/.test(lower)) ruleAnaphors(s, out);
  if (/every|each|holiday/.test(lower)) ruleSets(s, out);
  if (lower.includes('in ') && /days?|weeks?|fortnight|months?|years?/.test(lower)) ruleInUnits(s, out);
  if (lower.includes('overnight')) ruleOvernight(s, out);
  if (/(?:January|February|March|April|May|June|July|August|September|October|November|December) [a-z]/.test(s)) ruleMonthModifier(s, out);
  if (/\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.(?!\s*\d)/.test(s)) ruleAbbreviatedMonths(s, out);
  return out;
}
