/**
 * Time expressions of a document, normalised to TIMEX3 values against the publication date.
 *
 * chrono-node finds calendar dates, once per paragraph chunk of at most MAX_CHUNK characters
 * (never the whole document: chrono is super-linear on large inputs); the rules in `rules.ts`
 * find everything else, one sentence at a time. Only text inside sentences is read, with
 * excluded spans (front matter, code, URLs) blanked.
 * Overlaps are resolved in favour of the longer span, modifiers on the left are attached
 * ("late 2025", "the end of 2019", "around 2010", "before 2020"), parts of a period join it ("the
 * first week of January", "the three months to September"), a time of day joins its day's span, and
 * dates without a year take the year of a dated one they run to or are coordinated with, else are
 * placed by the tense of their clause (`tense.ts`).
 */
import { datelineLength } from '../dateline';
import { firstStartingAt } from '../spans';
import type { DateMention, SourceDocument, Span, TimexMod } from '../types';
import type { Candidate } from './candidate';
import { chronoCandidates, numericDayFirst } from './chronoPass';
import { addDays, addMonths, dayNumber, daysInMonth, fmtCentury, fmtDay, fmtDecade, fmtMonth, fromDayNumber, fmtQuarter, fmtWeek, fmtYear, isValidDate, parseAnchor, weekday, type Ymd } from './calendar';
import { FULL_MONTH, MONTH_TOKEN, MONTHS, NUM, ORDINALS, WEEKDAYS } from './lexicon';
import { holidayDate, isRelative, nthWeekdayOf, resolveAnaphor, resolveSem, type Reference, type Resolved, type Sem, type Tense } from './resolve';
import { southernStory } from './hemisphere';
import { EDGE_PREFIX, edgeOrMod, gameQuarterStory, ruleCandidates } from './rules';
import { tenseAt, tenseSignals } from './tense';

/** Whether the next occurrence of a date lies at most three weeks after the anchor. */
function imminent(sem: Sem, anchor: Ymd | null): boolean {
  const next = anchor ? parseAnchor(resolveSem(sem, anchor, 'future').value) : null;
  if (!anchor || !next) return false;
  const days = dayNumber(next.y, next.m, next.d) - dayNumber(anchor.y, anchor.m, anchor.d);
  return days >= 0 && days <= 21;
}

/** Longest piece of text handed to the passes at once; longer sentences are cut at a space. */
const MAX_CHUNK = 4000;

const URL_IN_TEXT = /\b(?:https?:\/\/|www\.)\S+/g;

/** Keeps the longest candidates, and of equal ones the higher priority; returns them in text order. */
function selectCandidates(cands: Candidate[]): Candidate[] {
  const sorted = [...cands].sort(
    (a, b) => b.end - b.start - (a.end - a.start) || b.priority - a.priority || a.start - b.start,
  );
  const chosen: Candidate[] = [];
  for (const c of sorted) {
    if (c.end <= c.start) continue;
    if (chosen.some((o) => c.start < o.end && o.start < c.end)) continue;
    chosen.push(c);
  }
  return chosen.sort((a, b) => a.start - b.start);
}

/**
 * "early 2024", "mid-December", "early in 2027", "late in March". Not "late on Sunday": "late on"
 * places an event in the day, and the project's gold leaves it out of the span ("Sunday", no mod).
 */
const INNER_PREFIX = /\b(early|late|mid|middle)(?:\s+|-)$|\b(early|late)\s+(?:in|on)\s+$|\bmid-$/i;
/**
 * An approximator before a date is part of it ("around 2019" = 2019, APPROX). Prepositions such as
 * "before", "by", "until" and "since" are not: TIMEX3 treats them as signals outside the expression,
 * so "since 2021" is the date 2021 with no mod (BEFORE and AFTER are for "more than a decade ago").
 */
const OUTER_PREFIX =
  /\b(around|circa|approximately|roughly|about|sometime\s+in|some\s+time\s+in|sometime\s+around)\s+$/i;
const OUTER_MODS: Record<string, TimexMod> = {
  around: 'APPROX', circa: 'APPROX', approximately: 'APPROX', roughly: 'APPROX', about: 'APPROX',
  'sometime in': 'APPROX', 'some time in': 'APPROX', 'sometime around': 'APPROX',
};
/** Words before "about" that make it "approximately" rather than "on the subject of". */
const ABOUT_OK = /(?:^|[,;(—–]\s*|\b(?:in|from|since|until|till|by|to|of|at|born|built|founded|dated|dating|and|or|was|were|is|began|begun|started|ended|until)\s+)$/i;

/** "the night after Thanksgiving", "the day before the vote on March 3": a day next to a dated day. */
const DAY_NEXT_TO = /\bthe\s+(?:day|night|morning|afternoon|evening)\s+(after|before)\s+$/i;
/** A date given as the time something is set for ("set a hearing for December 15"): it lies ahead. */
const SCHEDULED_FOR = /\b(?:set|scheduled|slated|planned|postponed|delayed|moved|pushed|adjourned|deferred|re-?scheduled|(?:re-?)?booked|called|remanded|bailed|reserved|stood\s+down)\b(?:\s+[\w'’-]+){0,7}?\s+(?:for|until|till|to)\s+(?:the\s+)?$|\b(?:(?:trial|hearing|sentencing|court|release|deadline|election|vote|start|launch|completion|target|due)\s+date\s+(?:of|for)|(?:conference|hearing|session|appointment)\s+for|deadline\s+of|(?:plan|budget|spending|target|forecast|guidance|outlook|schedule)\s+for\s+(?:the\s+)?)\s*$/i;
/** What a month's figures are called before it: "the consumer price index for August", "payroll data for March". */
const DATA_FOR = /\b(?:index|indices|data|figures|numbers|statistics|report|reading|readings|payrolls|sales|inflation|output|orders|prices|survey)\s+for\s+$/i;
/** What a quarter's results are called, after it ("third-quarter results", "fourth-quarter earnings") or before it. */
const QUARTER_RESULTS_AFTER = /^\s*(?:(?:financial|operating|trading)\s+)?(?:results|earnings|numbers|figures|report)\b/i;
const QUARTER_RESULTS_BEFORE = /\b(?:results|earnings|numbers|figures)\s+for\s+(?:(?:the|its|their)\s+)?$/i;
/** A street after a number: the number is a house number. */
const ADDRESS_AFTER = /^\s+(?:[NSEW]\.?\s+)?(?:\p{Lu}[\p{L}'’.-]*\s+){1,3}(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Drive|Dr|Lane|Ln|Way|Court|Ct|Place|Pl|Pike|Highway|Hwy|Parkway|Pkwy|Terrace|Circle)\b/u;
/** Nouns a weekday names a kind of ("Sunday hours", "Friday prayers"). */
// ("on Saturday mornings", "Sunday evenings": a part of the day in the plural is a habit, no one day.)
const WEEKDAY_MODIFIES = /^\s+(?:hours|classes|services|prayers|sessions|editions?|markets|shifts|schedules?|school|brunch|papers?|night\s+lights|mornings|afternoons|evenings|nights|lunchtimes)\b/i;
/** A habit's adverb in the clause before a month: "typically circulates from", "usually reaches its minimum in". */
const HABIT_BEFORE = /\b(?:typically|usually|normally|generally|traditionally|customarily|routinely|tends?\s+to|each\s+year|every\s+year|annually)\b[^,;:.!?]{0,60}$/i;
/** "each year", "every month", "annually": the date recurs. */
const RECURS_AFTER = /^,?\s+(?:(?:each|every)\s+(?:year|month|week|spring|summer|fall|autumn|winter)|annually|yearly)\b/i;
/** An infinitive task with a deadline: "to file a compliance affidavit by", "and be completed by". */
const TASK_BY = /\b(?:directed|ordered|told|asked|instructed|required|urged|given|gave|expected|due|scheduled|set|agreed|promised|pledged|vowed|plans?|planned|aims?|wants?|wanted|needs?|has|have)\b(?:\s+[\w'’-]+){0,6}?\s+to\s+(?:[\w'’-]+\s+){1,8}?by\s+$/i;
/** A year that sets the time of its sentence: opening it ("In 2023 the drought …") or set off after its subject ("The last drought, in 2023, lasted …"). */
const YEAR_SCOPE = /^\s*In\s+((?:19|20)\d\d)\b|,\s*in\s+((?:19|20)\d\d)\s*,/;
/** What ends the clause of such a year: a new clause or a new subject. */
const SCOPE_ENDS = /[;:]|,\s*and\b|\b(?:but|which|who|while|whereas|when|since|after|now|today|this|last|next)\b/i;
/** The working week as a run of weekdays: "Monday through Friday", "Monday to Saturday", "Monday-Friday". */
const WORKING_WEEK = /\bMondays?\s*(?:through|thru|to|until|till|[-–])\s*(?:Fri|Satur|Sun)days?\b/g;
/** A result after "after", up to its date: "after edging Collingwood by a single point at the SCG on". */
const RESULT_AFTER = /\bafter\s+(?:beating|defeating|edging|winning|losing|drawing|thrashing|overcoming|knocking\s+out|eliminating|clinching|securing|sealing|upsetting|routing|stunning)\b[^.;,]*$/i;
/** A run of periods counted back from now: "the past 12 months", "the last three years". */
const PAST_SPAN = /^the\s+(?:past|last|previous)\s+(?:[\w-]+\s+)?(?:days|weeks|months|quarters|years)$/i;
/** How far ahead of a telling in the past a day set for something lies at most; beyond it, it is the one just past. */
const SET_AHEAD_DAYS = 270;
/** A plan told as one that no longer holds: "had originally been scheduled for", "was originally set for". */
const FORMER_PLAN = /\b(?:had\s+(?:\w+ly\s+)?been|(?:was|were)\s+originally|(?:was|were)\s+initially)\s+(?:\w+ly\s+)?(?:scheduled|set|slated|planned|due)\b(?:\s+[\w'’-]+){0,4}?\s+(?:for|on|to)\s+(?:the\s+)?$/i;

/**
 * A window something is in force for: "issued a hard freeze warning from 9 p.m. Tuesday until noon Wednesday", "a
 * curfew from 8 p.m. Friday": it opens about when it is announced, so the nearest such days, whatever the tense of
 * the announcement.
 */
const WINDOW_FROM = /\b(?:warnings?|watch(?:es)?|advisor(?:y|ies)|alerts?|orders?|curfews?|closures?|bans?|restrictions?|outages?|lockdowns?)\b[^.;]{0,50}?\bfrom\b(?:[^;]{1,40}?\b(?:until|till|to|through))?\s+(?:[\d:.]+\s*(?:a\.?m\.?|p\.?m\.?)\s+|noon\s+|midnight\s+)?$/i;

/**
 * What someone was asked, told or set to do ("asked customers to conserve power Wednesday morning", "was on a
 * path to strike the coast by Friday night"): told in the past, it lies about when it was asked, so the nearest
 * such day; by a deadline ("by", "until", "through"), the one ahead.
 */
const ASKED_TO = /\b(?:asked|urged|told|ordered|called\s+on|advised|warned|directed|instructed|encouraged|planned|hoped|vowed|promised|pledged|agreed|decided|was\s+due|were\s+due|(?:was|were)\s+(?:on\s+(?:a\s+|the\s+)?(?:path|course|track)|set|scheduled|expected|poised|likely))\b(?:\s+(?!(?:and|but|or|which|who|that|when|after|since|because|before)\b)[\w'’$.,-]+){0,4}?\s+to\s+(?!be\b)[a-z]+\b(?:\s+(?!(?:and|but|or|which|who|that|when|after|since|because)\b)[\w'’$.,-]+){0,8}?\s+(?:(by|until|till|through|before)\s+(?:at\s+least\s+)?(?:[\d:.]+\s*(?:a\.?m\.?|p\.?m\.?)\s+)?|(?:on|at|from)\s+)?$/i;

/** A commitment to do something, up to the date of what is to be done: "agreed to revisit the rules in". */
const COMMITTED_TO = /\b(?:agreed|promised|pledged|vowed|decided|resolved|committed\s+(?:itself|themselves|himself|herself))\s+to\s+(?!be\b)[a-z]+\b(?:\s+(?!(?:and|but|or|which|who|that|when|after|since|because|before|was|were|had)\b)[\w'’$.,-]+){0,12}?\s+(?:in|on|at|during|by|before|from)\s+(?:the\s+)?(?:(?:early|late|mid)[\s-]+)?$/i;

/**
 * A time the text moves to without dating it ("when he was 6", "by 12 he was leading the choir",
 * "People laughed at him when he started"): after it, "That summer" or "Two years later" no longer
 * counts from the last date stated, so it has no value until the text states one again.
 */
const UNDATED_TIME = /\bwhen\s+(?:he|she|they|I|we|you)\s+(?:was|were)\s+(?:\d{1,2}|(?:a|an)\s+(?:child|boy|girl|baby|toddler|teenager|teen|kid|student|schoolboy|schoolgirl|young\s+(?:man|woman))|young|little|in\s+(?:high\s+school|college|school|(?:his|her|their)\s+(?:teens|twenties|thirties|forties|fifties|sixties)))\b|\bwhen\s+(?:he|she|they|I|we|you)\s+(?:first\s+)?(?:started|began|arrived|retired|graduated)\b|\b(?:at|by)\s+(?:the\s+)?age\s+(?:of\s+)?\d{1,2}\b|\bby\s+\d{1,2},?\s+(?:he|she|they|I|we)\b|\bas\s+a\s+(?:child|boy|girl|teenager|teen|schoolboy|schoolgirl|young\s+(?:man|woman))\b|\bin\s+(?:his|her|their)\s+(?:teens|twenties|thirties|forties|fifties|sixties|seventies|eighties)\b/i;

/**
 * A deadline: "gave them until 4pm on 8 July to appeal", "has until Friday to respond": time that is
 * given or had up to a date, for a task after it (not a delay: "criticized for waiting until February to tell").
 */
const DEADLINE_BEFORE = /\b(?:ha(?:s|ve|d)|having|g[ai]ve[sn]?|giving|grant(?:s|ed|ing)?|allow(?:s|ed|ing)?)\b(?:\s+[\w'’-]+){0,4}?\s+(?:until|till)\s+(?:[\w.:]+\s+on\s+)?$/i;
const DEADLINE_AFTER = /^\s+to\s+[a-z]/;

/**
 * The end of a state someone is told or expected to keep ("should keep windows closed until at
 * least Wednesday", "Stay indoors until Friday", "will remain shut till 3 March", "runs until Diwali on November 12"): it
 * lies ahead.
 */
const UNTIL_BEFORE = /\b(?:[Uu]ntil|[Tt]ill|[Tt]hrough)\s+(?:at\s+least\s+|as\s+late\s+as\s+|(?:[A-Z][\w'’-]*\s+){1,3}on\s+)?$/;
const DIRECTIVE =
  /\b(?:should|must|will|shall|ought\s+to|needs?\s+to|ha(?:ve|s)\s+to|(?:are|is|were|was)\s+(?:advised|urged|told|asked|warned)\s+to)\b|['’]ll\b|^\s*["“‘]?\s*(?:please\b|do\s+not\b|don['’]t\b|(?:stay|keep|avoid|remain|wait|hold|leave|use|check|call|close|shelter|boil|limit)\b)/i;

/**
 * An act that imposes a state up to a time ("canceled all flights until at least noon Wednesday",
 * "suspended trading until Monday"): told in the past, the act is recent and the state's end lies
 * ahead of it, as a directive's does. A state kept ("stayed closed until Saturday") is not such an
 * act; a passive one ("were canceled until") counts only with "at least", which leaves the end open.
 */
const IMPOSES_UNTIL =
  /\b(?<!\b(?:stayed|stays|stay|remained|remains|remain|kept|keeps|keep)\s+)(?:cancell?ed|called\s+off|suspended|closed|shut(?:\s+down)?|halted|grounded|postponed|delayed|banned|barred|paused|extend(?:s|ed|ing)?|prolong(?:s|ed|ing)?|locked\s+down|evacuated|restricted|blocked|ordered|truce|ceasefire|cease-fire|moratorium|curfew|freeze|lockdown)\b(?:\s+(?!(?:and|but|or|which|who|that|when|after|since)\b)[\w'’-]+){0,6}?\s+(?:until|till|through)\s+(at\s+least\s+)?$/i;
const PASSIVE_BEFORE = /\b(?:was|were|been|be|is|are|being)\s+$/i;

/** A target's date: "a national target of 78 per cent by March", "the goal of net zero by 2050" (the near one ahead, else the last). */
/** A change to an event's plan ("has been postponed", "was called off"): the event's day may lie on either side. */
const PLAN_CHANGED = /\b(?:postpon|cancel|call(?:ed|s|ing)?\s+off|scrap|delay|reschedul|moved|brought\s+forward|put\s+off|suspend)/i;

const TARGET_BY = /\b(?:target|goal|deadline|aim|ambition|pledge|promise|commitment)\b(?:\s+(?!(?:and|but|which|who|when|after|since)\b)[\w'’%.,-]+){0,6}?\s+by\s+$/i;

/**
 * A carmaker's name after a year, then a model or a kind of vehicle: "the 2026 Toyota Camry", "a 2019 Honda Civic",
 * "the 2027 Ford F-150", "a 2015 Subaru wagon". The year is the model year, a name, not a time (not "the 2019
 * Ford Foundation report" or "the 2008 Tata Motors deal").
 */
const MODEL_YEAR_AFTER = new RegExp(
  '^\\s+(?:' +
    'Toyota|Honda|Ford|Chevrolet|Chevy|Tesla|BMW|Mercedes(?:-Benz)?|Audi|Volkswagen|VW|Nissan|Hyundai|Kia|Subaru|Mazda|Jeep|' +
    'Dodge|Ram|GMC|Cadillac|Buick|Lincoln|Lexus|Acura|Infiniti|Porsche|Ferrari|Lamborghini|Volvo|Jaguar|Land\\s+Rover|' +
    'Range\\s+Rover|Mitsubishi|Chrysler|Rivian|Lucid|Polestar|BYD|Genesis|Mini|Fiat|Alfa\\s+Romeo|Maserati|Bentley|' +
    'Rolls-Royce|Aston\\s+Martin|McLaren|Peugeot|Renault|Citro[eë]n|Skoda|Škoda|Suzuki|Maruti|Tata|Mahindra|Holden|' +
    'Pontiac|Saturn|Oldsmobile|Plymouth|Harley-Davidson|Ducati|Kawasaki|Yamaha' +
    ")\\s+(?!(?:Motors?|Group|Foundation|Corp|Corporation|Company|Co|Inc|Holdings|Center|Centre|Stadium|Field|Classic|Cup|Open|Championships?|Prize|Awards?|Report|Memorial|Institute|Trophy|Series|Grand)\\b)" +
    "(?:[\\p{Lu}\\d][\\p{L}\\d-]*|(?:sedan|SUV|pickup|truck|hatchback|coupe|convertible|minivan|van|wagon|crossover|model|motorcycle|EV)s?\\b)",
  'u',
);
/**
 * A boundary of a year that recurs, told in the present simple: "The company's fiscal year ends on Sept. 30", "the
 * school year begins in September", "the financial year runs from April 1 to March 31". The day or month is one of
 * every year, not one time, so it has no year (not "the fiscal year ended on Sept. 30", one such day, nor "the current
 * fiscal year ends in March", one such year).
 */
const YEAR_BOUNDARY_BEFORE =
  /\b(?<!\b(?:current|this|next|last|coming|present|new|previous|past|\d{4})\s+)(?:fiscal|financial|tax|school|academic|budget|accounting|business|marketing|crop|water|legislative)\s+years?\s+(?:(?:typically|usually|normally|always|also)\s+)?(?:ends|begins|starts|closes|opens|runs\s+(?:from|to|through|until|till)|runs\s+from\s+[^.;]{1,24}?\s+(?:to|through|until|till))\s+(?:on\s+|in\s+)?$|\b(?:ends|closes|begins|starts)\s+its\s+(?:fiscal|financial)\s+year\s+(?:on\s+|in\s+)?$/i;
/** The name of a statute before its year: "Act, 2011", "Act 2006", "(Amendment) Regulations 2019". */
const STATUTE_BEFORE = /\b(?:Act|Acts|Code|Regulations?|Ordinance|Bill|Rules|Decree|Amendment)(?:\s*\([^()]{1,40}\))?,?\s+(?:of\s+)?$/;

const FISCAL_YEAR_ENDS = /\b(?:fiscal|financial)\s+(?:year|(?:19|20)\d\d)\b[^.;]{0,40}?\b(?:ends?|ending|ended|closes?|runs?\s+(?:through|to)|to)\s+(?:in\s+|on\s+)?(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?(?:\s+(\d{1,2}))?/gi;
/** "The company, which ends its financial year in June": the verb before the year. */
const ENDS_ITS_YEAR = /\b(?:ends|closes)\s+its\s+(?:fiscal|financial)\s+year\s+(?:in\s+|on\s+)?(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?(?:\s+(\d{1,2}))?/i;
/** "its fiscal first quarter", "fiscal Q2", "Q3 FY27": a quarter counted in the fiscal year. */
const FISCAL_QUARTER_NAMED = /\b(?:fiscal|financial)[-\s]+(?:(?:first|second|third|fourth)[-\s]+quarter|Q[1-4])\b|\bQ[1-4]\s*FY\s*\d/i;
/** "the third quarter ended December 31", "its second quarter ending 30 September": a numbered quarter and the month it ended. */
const QUARTER_ENDED_IN = /\b(first|second|third|fourth)\s+quarter\s+(?:ended|ending|to)\s+(?:on\s+)?(?:(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b|\d{1,2}(?:st|nd|rd|th)?\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*)/i;

/**
 * Does the story number its quarters by the fiscal year, as it shows by ending one where the fiscal count puts it ("the
 * third quarter ended December 31" of a year that ends in March), not where the calendar's does?
 */
function quarterEndedFiscally(text: string, fiscalEnd: number): boolean {
  const m = QUARTER_ENDED_IN.exec(text);
  if (!m) return false;
  const n = ORDINALS[m[1].toLowerCase()];
  const month = MONTHS[(m[2] ?? m[3]).toLowerCase()];
  const q = Math.floor((month - 1) / 3) + 1;
  return q !== n && fiscalQuarterOfYear(n, fiscalEnd) === q;
}

/** A month named by the calendar inside a quarter's words ("the December quarter"): the quarter is the calendar's. */
const FULL_MONTH_WORD = new RegExp(`\\b${FULL_MONTH}\\b`);
const FISCAL_QUARTER_ENDED = /\bfiscal\s+(first|second|third|fourth)\s+quarter\b[^]{0,160}?\b(?:three\s+months|quarter)\s+(?:ended|ending|to)\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(\d{1,2})/i;

/**
 * The month a story's fiscal year ends in (1-12), when the story says so ("fiscal 2015, which ends in March", "its fiscal
 * second quarter … the three months ended Sept. 30"), else null.
 */
function fiscalYearEnd(text: string): number | null {
  // "The fiscal year ends June 30" before "fiscal 2026, which ended March 31", and never "its third quarter of
  // fiscal 2026, which ended March 31", where what ended is the quarter.
  const all = [...text.matchAll(FISCAL_YEAR_ENDS)].filter((m) => !/\bquarter\s+of\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, m.index! - 20), m.index)));
  const year = all.find((m) => /^fiscal\s+year/i.test(m[0])) ?? all[0] ?? ENDS_ITS_YEAR.exec(text);
  let end: number | null = year ? MONTHS[year[1].toLowerCase()] : null;
  if (end === null) {
    const quarter = FISCAL_QUARTER_ENDED.exec(text);
    if (quarter) {
      const n = ORDINALS[quarter[1].toLowerCase()];
      const ended = MONTHS[quarter[2].toLowerCase()];
      end = ((ended - 3 * n + 24 - 1) % 12) + 1;
    }
  }
  // An Indian company's financial year runs from April to March by law: a story that counts in rupees
  // and crores ("₹2,209 crore", "Rs 450 crore") means that year when it writes "Q3FY25".
  if (end === null && INDIAN_MONEY.test(text) && INDIAN_UNITS.test(text)) end = 3;
  return end;
}

/** "the second quarter of fiscal 2027, which ended Oct. 31": a fiscal quarter and the day it ended. */
const FISCAL_QUARTER_OF_ENDED = /\b(first|second|third|fourth)\s+quarter\s+of\s+fiscal\s+((?:19|20)\d\d)\s*,?\s+(?:which|that)\s+(?:ended|closed)\s+(?:on\s+)?(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:\s*,\s*((?:19|20)\d\d))?/i;

/**
 * When the story's fiscal quarters do not follow calendar quarters but it says when one of them ended, the number of
 * quarters from a fiscal quarter ("Q2 of fiscal 2027") to the calendar quarter of its last day (2026-Q4); else null.
 */
function fiscalQuarterShift(text: string, anchor: Ymd | null): number | null {
  const m = FISCAL_QUARTER_OF_ENDED.exec(text);
  if (!m) return null;
  const fq = ORDINALS[m[1].toLowerCase()];
  const fy = Number(m[2]);
  const month = MONTHS[m[3].toLowerCase()];
  // The day, with no year, is the last such day before the report, as "ended Oct. 31" is read in the story.
  const year = m[4] ? Number(m[4]) : anchor ? (month <= anchor.m ? anchor.y : anchor.y - 1) : null;
  if (year === null) return null;
  const shift = year * 4 + Math.floor((month - 1) / 3) - (fy * 4 + fq - 1);
  // (A fiscal year's quarters lie within a year of the calendar year it is named for.)
  return Math.abs(shift) < 5 ? shift : null;
}

const INDIAN_MONEY = /₹|\bRs\.?\s?\d|\bINR\b/;
const INDIAN_UNITS = /\b(?:crore|lakh)s?\b/i;

/**
 * "Q1 FY27" when the fiscal year ends in March: fiscal 2027 began in April 2026, so its first quarter
 * is the calendar quarter April to June 2026.
 */
function calendarQuarter(value: string, fiscalEnd: number): string {
  const [, fy, fq] = /^(\d{4})-Q([1-4])$/.exec(value)!.map(Number);
  const first = addMonths(fy - 1, fiscalEnd + 1 + 3 * (fq - 1), 0);
  return fmtQuarter(first.y, fiscalQuarterOfYear(fq, fiscalEnd));
}

/** The calendar quarter (1-4) that a fiscal year's quarter `fq` covers, when the fiscal year ends with month `fiscalEnd` (3, 6, 9 or 12). */
function fiscalQuarterOfYear(fq: number, fiscalEnd: number): number {
  return ((fiscalEnd / 3 + fq - 1) % 4) + 1;
}

/** A subject who expects, forecasts or predicts something, then what (at most ten words), up to the date. */
/** What is counted over a period, after its name ("Christmas period trading", "Easter weekend sales"). */
const PERIOD_FIGURES = /^\s+(?:trading|sales|figures|results|data|numbers|spending|footfall|performance)\b/i;
const EXPECTS_BEFORE = /\b(?:he|she|they|we|i|it|[A-Z][\w'’-]+|officials|analysts|economists|executives|forecasters|investors|traders)\s+(?:also\s+)?(?:expect|expects|expected|forecast|forecasts|predicted|predicts|anticipates|anticipated)\b(?:\s+(?!(?:and|but|or|which|who|when|because)\b)[\w'’$.%-]+){0,10}?\s+(?:(?:in|on|by|for|at|during|until)\s+)?(?:the\s+)?$/;

/** "filings due Sept. 20", "is due on Friday": a date something is due by (the near one ahead, else the last). */
const DUE_BEFORE = /(?<!\b(?:was|were|been)\s+)\b(?:due|deadline)\s+(?:on\s+|by\s+|in\s+|for\s+)?$/i;

/** "the week of 13 October", "the weekend of June 14-15": the ISO week of the day (a weekend is written as its week, as "last weekend" is). */
const WEEK_OF = /\bthe\s+week(?:end)?\s+of\s+$/i;

/** "the week ended Oct. 9", "the week that ended on Friday": a week named by its last day. */
const WEEK_ENDED = /\bthe\s+week\s+(?:(?:that\s+|which\s+)?(?:ended|ending)\s+(?:on\s+)?|to\s+)$/i;

/** After a month: a plural noun or an event noun, no "of" ("the February outages", "the March election"). */
const MONTH_NAMES_EVENT = /^\s+(?:(?!of\b|and\b|to\b|through\b|until\b|or\b|is\b|was\b|will\b)[a-z]{3,}(?:s\b|\s+(?:election|vote|meeting|summit|deadline|storm|flood|fire|attack|strike|report|hearing|ruling|deal|outage|crash|shooting)\b)|(?:election|vote|meeting|summit|deadline|target|strike|hearing|ruling|review|talks)\b)/;
/** "in 2017, when …": the year whose when-clause holds the date (no other year after it). */
const WHEN_YEAR = /\b((?:19|20)\d\d),\s+when\b(?![^;]*\b(?:19|20)\d\d\b)(?:(?!,\s*(?:and|but)\s)[^;])*$/;

const THAT_SEASON = /\b(that\s+)(?:summer|spring|autumn|fall|winter|year)\b/i;

/** "That summer, on 5 June": a season or year pointed back to before the day ("confirmed that spring break would …" opens a clause). */
function thatSeasonBefore(lead: string): boolean {
  const m = THAT_SEASON.exec(lead);
  // ("appealed in November of that year, and the panel heard arguments on April 14": the year of a month the sentence
  // named; the story goes on from that month, and a later day may lie in the next year.)
  if (m && /\bof\s+$/i.test(lead.slice(Math.max(0, m.index - 4), m.index))) return false;
  return m !== null && !CLAUSE_THAT.test(lead.slice(Math.max(0, m.index - 40), m.index + m[1].length));
}

/** "said that", "so that": "that" opening a clause, not pointing at a time ("that December"). */
/** The clause's verb, after a time, says what has not happened yet: "has not been confirmed", "have yet to be set". */
const NOT_YET_AFTER = /^[^.;:,!?]*?\b(?:(?:has|have)\s+(?:not|n['’]t|never)\s+(?:yet\s+)?been\b|(?:has|have|is|are)\s+(?:yet|still)\s+to\b)/i;
/** "'s close", "'s closing price" after a weekday: a market's close (not "close of business", not a closing date). */
const MARKET_CLOSE_AFTER = /^['’]s\s+(?:close\b(?!\s+of\b)|closing\s+(?:share\s+|stock\s+)?(?:price|level|value|rate|quote|mark)s?\b|settlement\s+price\b)/i;
const CLAUSE_THAT = /\b(?:said|says|say|added|adds|noted|notes|told\s+\w+|reported|reports|warned|argued|claimed|believes?|believed|thinks?|thought|knew|knows?|showed|shows|found|finds|expects?|expected|announced|insisted|stated|wrote|writes|confirmed|acknowledged|suggested|indicated|estimated|predicted|so|such|now|given)\s+that\s+$/i;

/** Between a quarter and the day it ended: ", which ended", " ending". */
/**
 * A source that reports the sentence after its date (", the company said in its annual report", ", according to the
 * ministry"): what it tells is the story's present, not a time an earlier sentence of the paragraph went back to.
 */
const REPORTED_AFTER = /^[^.;:]*,\s*(?:according\s+to\b|(?:the|a|an|its|his|her|their)\s+[\w'’.-]+(?:\s+[\w'’.-]+){0,3}\s+(?:said|says|reported|reports|announced|told|wrote|added|disclosed)\b)/i;
const QUARTER_ENDED = /^\s*,?\s*(?:(?:which|that)\s+)?(?:ended|ends|ending|closed)\s+(?:on\s+)?$/i;

/**
 * "fiscal 2026, which ends in January", "fiscal 2026, which began in October": a month that bounds
 * a fiscal year just named. A fiscal year is named for the calendar year it ends in, so it ends
 * in that year and began in the year before (unless it began in January).
 */
/** A fiscal year named in a date's text ("the end of FY26", "the start of fiscal 2025", "the financial year 2024"). */
const FISCAL_YEAR_IN = /\b(?:fiscal|financial|FY)/i;
const FISCAL_YEAR_NAME = /^(?:the\s+)?(?:fiscal|financial|FY)\b/i;
/** A year across two years, with the first year's number: "2025-26", "2023/24", "1999–2000". */
const SPLIT_YEARS = /\b((?:19|20)\d\d)\s?[/–-]\s?(?:19|20)?(\d\d)\b/;
const FISCAL_BOUND = /^\s*,?\s*(?:(?:which|that)\s+)?(?:(ends|ended|ending|closes|closed|runs\s+(?:through|to|until)|ran\s+(?:through|to|until))|(begins|began|beginning|starts|started|starting))\s+(?:in\s+)?$/i;

/**
 * Dates introduced as the moment something takes effect ("resigned with effect from January 31",
 * "effective March 1", "starting June 3"): the clause's past tense tells when the decision was
 * made, not where the date lies, so such a date takes the nearest year.
 */
/**
 * "up from 14.5 percent in October", "compared with 3.1% in March": before the time of the figure a change is measured
 * from. (Not a verb of leaving: "would step down from the board in March".)
 */
const MEASURED_FROM = /(?<!\b(?:step|steps|stepped|stepping|stand|stands|stood|standing|climb|climbs|climbing|come|comes|coming|back|backs|backing|move|moves|moving)\s+)\b(?:up|down)\s+from\s+[^,;]{1,40}?\s+(?:in|on)\s+$|\bcompared\s+(?:with|to)\s+[^,;]{1,40}?\s+(?:in|on)\s+$/i;

/** A year back, as the baseline of a comparison (`COMPARED_FROM` before it). */
/** "the quarter ended", "the 13 weeks to", "the three months ending on": before the day a quarter ends. */
const QUARTER_TO_DAY = /\b(?:quarter|(?:three|3)\s+months|(?:twelve|thirteen|12|13)\s+weeks)\s+(?:ended|ending|to|through)\s+(?:on\s+)?$/i;
const YEAR_BACK = /^(?:a|one)\s+year\s+(?:ago|earlier|before|previously)$/i;
/** What a figure is compared with: "rose 4% from", "up from $3.1 billion", "higher than", "compared with 2.1%", "on". */
const COMPARED_FROM = /\b(?:from|than|compared\s+(?:with|to)|versus|vs\.?|against|over|on)\s+(?:(?:the\s+)?[\w$£€¥₹.,%-]+\s+){0,4}$/i;

const TAKES_EFFECT = /\b(?:with\s+(?:immediate\s+)?effect\s+(?:from|on|as\s+of)|(?:effective|starting|beginning|commencing)(?:\s+(?:from|on|as\s+of))?|(?:takes?|comes?|goes?|enters?)\s+(?:into\s+)?(?:effect|force)(?:\s+(?:from|on|in|at|as\s+of))?)\s+$/i;

/**
 * What may stand between a date without a year and a later date that lends it its year: a range
 * ("between January and March 2019", "from December to March 2019", "January-March 2019") or a
 * coordination ("suspended on 6 June and arrested on 19 June 2019", "on 3, 6 and 19 June 2019").
 */
const LENDS_YEAR = /^\s*(?:(?:,\s*)?(?:and|or|to|through|until|till|[-–—])\s*(?:(?:[a-z]+\s+){0,3}?(?:on|in)\s+)?|,\s*)$/;
const RANGE_LINK = /^\s*(?:to|through|until|till|[-–—])\s*$/;

/** Year, month and (if stated) day a candidate writes out in full ("19 June 2019", "March 2019"). */
function writtenDate(c: Candidate): { y: number; m: number; d?: number } | null {
  if (c.sem.k !== 'abs' || (c.sem.precision !== 'day' && c.sem.precision !== 'month')) return null;
  const v = /^(\d{4})-(\d\d)(?:-(\d\d))?$/.exec(c.sem.value);
  if (!v) return null;
  return { y: Number(v[1]), m: Number(v[2]), ...(v[3] ? { d: Number(v[3]) } : {}) };
}

/**
 * A date without a year, joined to a following date with a year ("between January and March 2019",
 * "on 6 June and arrested on 19 June 2019"), takes that year; in a range whose first month comes
 * later in the year than the last ("from December to March 2019"), the year before. A coordination
 * that would put the first date after the second is left to the tense.
 */
function lendYears(s: string, chosen: Candidate[]): void {
  for (let k = chosen.length - 2; k >= 0; k--) {
    const c = chosen[k];
    const sem = c.sem;
    if (sem.k !== 'md' && !(sem.k === 'm' && !sem.rel)) continue;
    const from = writtenDate(chosen[k + 1]);
    const link = s.slice(c.end, chosen[k + 1].start);
    if (!from || !LENDS_YEAR.test(link)) continue;
    const day = sem.k === 'md' ? sem.day : 0;
    const inOrder = sem.month < from.m || (sem.month === from.m && (from.d === undefined || day <= from.d));
    const range = RANGE_LINK.test(link) || (/^\s*and\s*$/.test(link) && /\bbetween\s+$/i.test(s.slice(Math.max(0, c.start - 12), c.start)));
    if (!inOrder && !range) continue;
    const y = inOrder ? from.y : from.y - 1;
    if (sem.k === 'md') {
      if (day > daysInMonth(y, sem.month)) continue;
      c.sem = { k: 'abs', value: fmtDay({ y, m: sem.month, d: day }), precision: 'day' };
    } else c.sem = { k: 'abs', value: `${fmtYear(y)}-${String(sem.month).padStart(2, '0')}`, precision: 'month' };
  }
}

/** "the first week of", "the last week of": before a month or a year. */
const NTH_WEEK_OF = /\bthe\s+(first|second|third|fourth|last|final)\s+week\s+of\s+$/i;
const NTH: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, fifth: 5, '1st': 1, '2nd': 2, '3rd': 3, '4th': 4, '5th': 5 };
/** "the last Monday of October", "the first Tuesday in November", "the second Saturday of next month": that weekday of the month. */
const NTH_WEEKDAY_OF = /\bthe\s+(first|second|third|fourth|fifth|last|final|1st|2nd|3rd|4th|5th)\s+(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|weekend)\s+(?:of|in)\s+$/i;
/** A half year named in a date's text ("the first half of 2019", "the first six months of fiscal 2025"). */
const HALF_OF = /\b(?:first|second|latter)\s+half\b|\bsix\s+months\b/i;

/** "the three months to", "the six months ended (the end of)", "the quarter to": before the month that ends a quarter or a half. */
const MONTHS_TO = /\b(?:the\s+)?(?:(three|3|six|6|twelve|12)\s+months|(13|26|52)\s+weeks|(quarter|half[-\s]year|(?:full\s+|calendar\s+)?year))\s+(?:to|ended|ending|through|until|till)\s+(?:the\s+end\s+of\s+)?$/i;
/** "the first ten months of", "the last two weeks of": a part of the month or year that follows. */
const PART_OF = new RegExp(`\\bthe\\s+(?:first|last|final|opening|closing)\\s+(?:${NUM})\\s+(?:days|weeks|months|quarters)\\s+of\\s+$`, 'i');

/** The calendar unit a candidate names, with its month (and day) when it states them. */
function unitNamed(c: Candidate): { unit: 'year' | 'month' | 'day'; month?: number; day?: number } | null {
  const sem = c.sem;
  if (sem.k === 'm') return { unit: 'month', month: sem.month };
  if (sem.k === 'md') return { unit: 'day', month: sem.month, day: sem.day };
  if (sem.k === 'newyear') return { unit: 'year' };
  if (sem.k === 'shift' && (sem.unit === 'year' || sem.unit === 'month')) return { unit: sem.unit };
  if (sem.k === 'abs') {
    if (sem.precision === 'year' && /^\d{4}$/.test(sem.value)) return { unit: 'year' };
    const v = /^\d{4}-(\d\d)(?:-(\d\d))?$/.exec(sem.value);
    if (v && sem.precision === 'month') return { unit: 'month', month: Number(v[1]) };
    if (v && sem.precision === 'day') return { unit: 'day', month: Number(v[1]), day: Number(v[2]) };
  }
  return null;
}

/**
 * A part of a period written before it joins it: "the first week of January" (that ISO week),
 * "the three months to September" (the quarter it ends), "the first ten months of the year" (the
 * year). Vague candidates inside the part ("the last three months") are dropped.
 */
function attachPeriodParts(s: string, chosen: Candidate[]): Candidate[] {
  let floor = 0;
  const dropped = new Set<Candidate>();
  for (const c of chosen) {
    const named = unitNamed(c);
    const left = s.slice(floor, c.start);
    if (c.sem.k !== 'vague') floor = c.end;
    if (!named || c.edge || c.mod) continue;
    let m: RegExpExecArray | null;
    if (named.unit === 'month' && (m = NTH_WEEKDAY_OF.exec(s.slice(Math.max(0, c.start - 40), c.start)))) {
      const w = m[1].toLowerCase();
      // ("the last weekend of August": the ISO week of its last Saturday.)
      const weekend = /^weekend$/i.test(m[2]);
      c.nthWeekday = { n: w === 'last' || w === 'final' ? -1 : NTH[w], weekday: weekend ? 6 : WEEKDAYS[m[2].toLowerCase()], ...(weekend ? { weekend } : {}) };
    } else if (named.unit !== 'day' && (m = NTH_WEEK_OF.exec(left))) {
      const w = m[1].toLowerCase();
      c.nthWeek = w === 'last' || w === 'final' ? -1 : ['first', 'second', 'third', 'fourth'].indexOf(w) + 1;
    } else if (named.month && (m = MONTHS_TO.exec(left))) {
      // ("the 12 months to 31 December 2023", "the year to December": the calendar year; a year to another month has no value here.)
      // ("the 26 weeks to 2 July": a retailer's half of whole weeks.)
      const period = m[1] ?? m[2] ?? m[3];
      const months = /^(?:three|3|13|quarter)$/i.test(period) ? 3 : /^(?:twelve|12|52|(?:full\s+|calendar\s+)?year)$/i.test(period) ? 12 : 6;
      // A day must close the month ("the three months to 30 June"), or a fiscal period of whole
      // weeks that ends within a week of the month's end ("the three months ended June 28", "ended July 2").
      const endMonth = periodEndMonth(named.month, named.day);
      if (endMonth === null || endMonth % months !== 0) continue;
      c.monthsTo = months;
    } else if (named.unit !== 'day' && (m = PART_OF.exec(left))) {
      // The value stays the period's; "the first six months of 2024" is its first half, written as the year with START.
      const half = named.unit === 'year' ? /\b(first|last|final)\s+six\s+months\b/i.exec(m[0]) : null;
      if (half) c.mod = half[1].toLowerCase() === 'first' ? 'START' : 'END';
    } else continue;
    c.start -= m[0].length;
    c.modifiable = false;
    for (const o of chosen) if (o !== c && o.start >= c.start && o.end <= c.start + m[0].length) dropped.add(o);
  }
  return dropped.size ? chosen.filter((c) => !dropped.has(c)) : chosen;
}

/**
 * The month a period ending on `day` of `month` closes: that month when the day is within its last
 * week (a fiscal period of whole weeks: "June 28"), the month before when it is within the first
 * week ("July 2"); null when the day closes no month. Without a day, the month itself.
 */
function periodEndMonth(month: number, day: number | undefined): number | null {
  if (day === undefined) return month;
  if (day > daysInMonth(2023, month) - 7) return month;
  if (day <= 7) return month === 1 ? 12 : month - 1;
  return null;
}

/** The ISO week of the n-th (n = -1: last) Thursday of a month, which is the week that falls mostly in it. */
function nthWeekOf(y: number, m: number, n: number): string {
  return fmtWeek({ y, m, d: nthWeekdayOf(y, m, 4, n) });
}

/** A clock time: "11.30pm", "6:30 a.m.", "noon"; with "at" before it also "14:30". */
const CLOCK_AMPM = String.raw`(?:\d{1,2}(?:[:.]\d\d)?\s*(?:a\.m\.|p\.m\.|a\.m\b|p\.m\b|am\b|pm\b)|noon\b|midday\b|midnight\b)`;
/** A 24-hour time written as four digits, known as one by the zone after it: "0930 local time", "2200 GMT". */
const CLOCK_24_ZONES = String.raw`(?:GMT|UTC|BST|CET|CEST|EET|EEST|WET|MSK|IST|JST|KST|SGT|HKT|PHT|ICT|WIB|PKT|AEST|AEDT|AWST|ACST|NZST|NZDT|ET|EST|EDT|PT|PST|PDT|local\s+time)`;
const CLOCK_24 = String.raw`(?:[01]\d|2[0-3])[0-5]\d(?:\s+(?:hrs|hours)\b|(?=\s+${CLOCK_24_ZONES}\b))`;
/** The expression writes its year ("January 2018", "3 May 2011", "Aug. 3, 2021"). */
function writtenYear(text: string): boolean {
  return /\b(?:1[5-9]|20)\d\d\b/.test(text);
}

/** A relative clause set off by commas: ", which opened on 9 November and was due to close on Friday evening,". */
const BACKGROUND_RELATIVE = /,\s*(?:who|which)\b[^,;:]*,/gi;

/** A price or a quantity set for a month: "its selling price for Arab Light crude to Asia for", "quotas for". */
const SET_FOR = /\b(?:prices?|OSPs?|premiums?|differentials?|allocations?|quotas?|supply|supplies|shipments?|cargoes|output|production|nominations?)\b[^.;]{0,40}\bfor\s+$/i;
/** A reporting verb right before a day, with at most a listener between: "police said on", "the jury was told on", "told reporters". */
const REPORT_DAY_BEFORE = /\b(?:said|says|told|heard|announced|reported|added|confirmed|stated|testified|wrote|tweeted|posted|explained|noted)\s+(?:(?:the|a|an|in|at|reporters|journalists|the|jury|court|media|press|lawmakers|parliament|investors|analysts|police|inquest|tribunal|hearing|committee|council|news|conference|briefing|statement|interview|[A-Z][\w.'’-]*)\s+){0,4}?(?:on\s+|late\s+|early\s+)?$/;
/** Four digits that a zone or "hrs" after them makes a time of day, not a year: "by 1500 GMT", "at 1130 IST". */
const CLOCK_NOT_YEAR = new RegExp(`^${CLOCK_24}`);
const CLOCK_ANY = String.raw`(?:${CLOCK_AMPM}|${CLOCK_24}|\d{1,2}[:.]\d\d\b(?:\s*(?:hrs|h)\b)?)`;
/** A sentence with a clock time in it, the only kind of expression that may stand in one with no other candidate. */
const HAS_CLOCK = new RegExp(String.raw`\d\s*[ap]\.?m\b|\b(?:noon|midday|midnight)\b|\b${CLOCK_24}`, 'i');
const ZONE = String.raw`(?:\s+(?:GMT|BST|UTC|CET|CEST|EET|EEST|WET|MSK|EST|EDT|CST|CDT|MST|MDT|PST|PDT|AKST|AKDT|HST|ET|CT|MT|PT|IST|PKT|ICT|WIB|SGT|HKT|PHT|KST|JST|AWST|ACST|ACDT|AEST|AEDT|NZST|NZDT|local\s+time|(?:Eastern|Central|Western|Mountain|Pacific|Atlantic)(?:\s+(?:European|African|Australian|Indonesian?))?(?:\s+(?:Standard\s+|Daylight\s+|Summer\s+)?[Tt]ime)?|(?:[A-Z][a-z]+\s+){1,2}(?:Standard|Daylight)\s+Time|[A-Z][a-z]+\s+time)\b)?`;
const APPROX_WORD = String.raw`(?:around\s+|about\s+|approximately\s+)?`;
/** The same time in another zone, in brackets: "(1200 GMT)", "(0400 ET)"; not one that names a day of its own ("(0100 GMT Monday)"). */
const ZONE_BRACKET = String.raw`(?:\s*\(\s*\d{1,2}(?:[:.]?\d\d)?\s*(?:[ap]\.?m\.?\s*)?(?:GMT|UTC|ET|EST|EDT|PT|PST|PDT|CET|BST|KST|JST|SGT|HKT|IST|AEST|AEDT)\s*\))?`;
/** A time before a day: "at 11.30pm on 4 June", "6:30 a.m. Thursday", "at 7 a.m. (1200 GMT) on Sunday". */
const TIME_BEFORE_DAY = new RegExp(`(?:\\bat\\s+${APPROX_WORD}(${CLOCK_ANY}${ZONE})|(?<![\\w.:,])((?:${CLOCK_AMPM}|${CLOCK_24})${ZONE}))${ZONE_BRACKET}\\s+(?:on\\s+)?$`, 'i');
/** A time after a day: "December 15 at 1:30 p.m.", "Tuesday, 3pm". */
const TIME_AFTER_DAY = new RegExp(`^(?:\\s*,)?\\s+(?:at\\s+${APPROX_WORD}${CLOCK_ANY}|${CLOCK_AMPM})${ZONE}`, 'i');

/** A clock time after a preposition ("shortly after 9 p.m.", "as of 10 p.m.", "by 6 p.m."). */
const LONE_CLOCK = new RegExp(`\\b(?:at|by|after|before|until|till|past|since|of|around|about|approximately|from|to)\\s+((?:${CLOCK_AMPM}|${CLOCK_24})${ZONE})`, 'gi');
/** What makes a clock time one of no particular day: "on any night", "every day", "each morning", "daily", "on a Sunday". */
const ANY_DAY_AFTER = /^\s+(?:(?:on|in|during)\s+)?(?:any|every|each|most|some)\s+(?:day|night|morning|afternoon|evening|weekday|week)s?\b|^\s+(?:daily|nightly)\b|^\s+on\s+an?\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b/i;
/**
 * A live-blog entry's timestamp opening its paragraph: "12:15 a.m. ET — Secretary of State …",
 * "**9:05 a.m.** The storm …", "11:40 a.m. EDT: Officials …" (bold or not, then a dash, a colon or the bold's end).
 */
const BLOG_STAMP = new RegExp(`^\\s*(?:\\*\\*|__)?\\s*(\\d{1,2}(?:[:.]\\d\\d)?\\s*(?:a\\.m\\.|p\\.m\\.|am\\b|pm\\b)${ZONE})(?=\\s*[—–]|\\s+-\\s|\\s*:\\s|\\s*(?:\\*\\*|__)\\s*(?:[—–:]\\s*)?\\S)`, 'i');

/**
 * Clock times no day stands next to become expressions of their own, with the value of their day
 * (`Candidate.clock`): a time of day takes its day's value, as the project's gold has it.
 */
function loneClockTimes(s: string, chosen: Candidate[]): Candidate[] {
  const found: Candidate[] = [];
  const stamp = BLOG_STAMP.exec(s);
  if (stamp) found.push(clockCandidate(s.indexOf(stamp[1]), stamp[1], 'blog'));
  LONE_CLOCK.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = LONE_CLOCK.exec(s)) !== null) {
    const start = m.index + m[0].length - m[1].length;
    // "at 3am on any night", "at 6 a.m. every day": a time of no one day.
    if (ANY_DAY_AFTER.test(s.slice(m.index + m[0].length, m.index + m[0].length + 24))) continue;
    found.push(clockCandidate(start, m[1], 'story'));
  }
  const free = found.filter((f) => !chosen.some((c) => c.start < f.end && f.start < c.end));
  return free.length ? [...chosen, ...free].sort((a, b) => a.start - b.start) : chosen;
}

function clockCandidate(start: number, text: string, clock: 'story' | 'blog'): Candidate {
  const trimmed = text.replace(/\s+$/, '');
  return { start, end: start + trimmed.length, sem: { k: 'shift', unit: 'day', n: 0 }, mod: null, modifiable: false, priority: 1, clock };
}

/** Days from a day of weekday `from` to the next (`dir` > 0) or the last (`dir` < 0) `target` weekday, never 0. */
function weekdayOffset(from: number, target: number, dir: number): number {
  return dir > 0 ? ((target - from + 6) % 7) + 1 : -(((from - target + 6) % 7) + 1);
}

/** A day named as a night: "the night of June 10", "late on Saturday", "late Monday" (the day's own text included), … */
const NIGHT_OF = /\b(?:(?:night|evening)\s+of\s+(?:the\s+)?|late\s+(?:on\s+)?)$/i;
/** … or "late Monday", "10.45pm on Saturday" (an evening's time joined to the day), … */
const NIGHT_TEXT = /^late\b|\b(?:[6-9]|1[01])(?:[:.]\d\d)?\s*p\.?m\b/i;
/** … or "Saturday night", "Monday evening". */
const NIGHT_AFTER = /^\s+(?:night|evening)\b/i;

/** An expression that opens with a clock time: "5 p.m. on Thursday", "noon Friday". */
const CLOCK_START = new RegExp(`^(?:${CLOCK_ANY})`, 'i');

/** A weekday named right after a clock time, past an aside in brackets: the time's own day. */
const OWN_DAY_AFTER = /^(?:\s*\([^)]*\))?\s*(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day\b(?!\s+(?:night|evening))/i;

/** The small hours of a story's night: a clock time from midnight to before 5 a.m., or "after midnight". */
/** The day after a "YYYY-MM-DD" day. */
function nextDay(value: string): string {
  const [y, m, d] = value.split('-').map(Number);
  return fmtDay(addDays({ y, m, d }, 1));
}

function smallHoursAfter(text: string, before: string): boolean {
  return smallHours(text) || /^midnight$/i.test(text) && /\b(?:after|past)\s+$/i.test(before);
}

/** The small hours of a live blog's night: from midnight to before 5 a.m. */
function smallHours(text: string): boolean {
  const m = /^(\d{1,2})(?:[:.]\d\d)?\s*a\.?m\b/i.exec(text);
  return !!m && (Number(m[1]) === 12 || Number(m[1]) < 5);
}

/**
 * A time of day written next to a day joins its span ("11.30pm on 4 June 2019", "December 15 at
 * 1:30 p.m."); the value stays the day's, as the project's gold annotates it. "around"/"about"
 * before the time is the time's approximation, not the day's, and stays out.
 */
function attachTimes(s: string, chosen: Candidate[]): void {
  for (let k = 0; k < chosen.length; k++) {
    const c = chosen[k];
    const sem = c.sem;
    if (!namesADay(c) && !(sem.k === 'shift' && sem.unit === 'day')) continue;
    const floor = k > 0 ? chosen[k - 1].end : 0;
    const ceiling = k + 1 < chosen.length ? chosen[k + 1].start : s.length;
    const before = TIME_BEFORE_DAY.exec(s.slice(floor, c.start));
    if (before) {
      const time = before[1] ?? before[2];
      c.start = floor + before.index + before[0].indexOf(time);
    }
    const after = TIME_AFTER_DAY.exec(s.slice(c.end, ceiling));
    if (after && !before) c.end += after[0].length;
  }
}

/** Does the candidate name one day (so a day before or after it can be counted)? */
function namesADay(c: Candidate): boolean {
  const k = c.sem.k;
  return k === 'md' || k === 'wd' || (c.sem.k === 'holiday' && !c.sem.period) || (k === 'abs' && c.sem.precision === 'day');
}

/**
 * "the Friday before Labor Day", "the Monday after Christmas": the weekday and the day it is
 * counted from become one expression (`weekdayNextTo`), the weekday's own candidate is dropped.
 */
function mergeWeekdayNextTo(s: string, chosen: Candidate[]): Candidate[] {
  for (let k = 0; k + 1 < chosen.length; k++) {
    const wd = chosen[k];
    const day = chosen[k + 1];
    if (wd.sem.k !== 'wd' || wd.sem.rel !== null || !namesADay(day)) continue;
    // "on Thursday (Nov 27)": the date in brackets says which Thursday; the two are one expression.
    const close = /^\s*\)/.exec(s.slice(day.end));
    if (/^\s*\(\s*$/.test(s.slice(wd.end, day.start)) && close) {
      day.start = wd.start;
      day.end += close[0].length;
      day.modifiable = false;
      chosen.splice(k, 1);
      continue;
    }
    // "on Tuesday the 12th of March": the weekday before a date written with "the" is that date's.
    if (/^,?\s+$/.test(s.slice(wd.end, day.start)) && /^the\s/i.test(s.slice(day.start, day.end))) {
      day.start = wd.start;
      day.modifiable = false;
      chosen.splice(k, 1);
      continue;
    }
    const the = /\bthe\s+$/i.exec(s.slice(0, wd.start));
    const link = /^\s+(before|after)\s+$/i.exec(s.slice(wd.end, day.start));
    if (!the || !link) continue;
    day.start = wd.start - the[0].length;
    day.weekdayNextTo = { weekday: wd.sem.weekday, dir: link[1].toLowerCase() === 'after' ? 1 : -1 };
    day.modifiable = false;
    chosen.splice(k, 1);
  }
  return chosen;
}

/** Attaches modifiers written to the left of each expression, widening its span. */
function attachModifiers(s: string, chosen: Candidate[]): void {
  let prevEnd = 0;
  for (const c of chosen) {
    const kind = c.sem.k;
    const dayNext = namesADay(c) ? DAY_NEXT_TO.exec(s.slice(prevEnd, c.start)) : null;
    if (dayNext) {
      c.start -= dayNext[0].length;
      c.dayOffset = dayNext[1].toLowerCase() === 'after' ? 1 : -1;
      prevEnd = c.end;
      continue;
    }
    if (c.modifiable && kind !== 'ref' && kind !== 'vague') {
      const left = s.slice(prevEnd, c.start);
      const edge = EDGE_PREFIX.exec(left);
      const innerMatch = edge ? null : INNER_PREFIX.exec(left);
      if (edge) {
        const part = edgeOrMod(edge[2]);
        c.start -= edge[0].length;
        if (part.edge) c.edge = part.edge;
        else c.mod = part.mod;
      } else if (innerMatch) {
        const w = (innerMatch[1] ?? innerMatch[2] ?? 'mid').toLowerCase();
        c.start -= innerMatch[0].length;
        c.mod = w === 'early' ? 'START' : w === 'late' ? 'END' : 'MID';
      }
      const possessive = /^(?:\s+(?:night|morning|afternoon|evening))?['’]s\b/.test(s.slice(c.end));
      if (c.mod === null && !c.edge && !possessive) {
        const outer = OUTER_PREFIX.exec(s.slice(prevEnd, c.start));
        if (outer) {
          const w = outer[1].toLowerCase().replace(/\s+/g, ' ');
          const ok = w !== 'about' || ABOUT_OK.test(s.slice(Math.max(prevEnd, c.start - outer[0].length - 20), c.start - outer[0].length));
          if (ok) {
            c.start -= outer[0].length;
            c.mod = OUTER_MODS[w] ?? null;
          }
        }
      }
    }
    prevEnd = c.end;
  }
}

/** Blanks excluded spans (from index `first` of the sorted list) and URLs inside `[from, to)`, keeping every offset. */
function maskedSlice(source: string, from: number, to: number, excluded: Span[], first: number): string {
  let s = source.slice(from, to);
  let arr: string[] | null = null;
  for (let k = first; k < excluded.length && excluded[k].start < to; k++) {
    const e = excluded[k];
    if (e.end <= from) continue;
    arr ??= s.split('');
    for (let i = Math.max(e.start, from); i < Math.min(e.end, to); i++) arr[i - from] = ' ';
  }
  if (arr) s = arr.join('');
  if (s.includes('://') || s.includes('www.')) s = s.replace(URL_IN_TEXT, (u) => ' '.repeat(u.length));
  return s;
}

/** A piece of one sentence (the whole sentence unless it is longer than MAX_CHUNK). */
interface Unit extends Span {
  sentence: number;
  paragraph: number;
}

/** Sentences cut into pieces of at most MAX_CHUNK characters, after whitespace. */
function units(doc: SourceDocument, source: string): Unit[] {
  const out: Unit[] = [];
  for (const sentence of doc.sentences) {
    let pos = sentence.start;
    while (sentence.end - pos > MAX_CHUNK) {
      let cut = pos + MAX_CHUNK;
      const space = source.lastIndexOf(' ', cut);
      if (space > pos + MAX_CHUNK / 2) cut = space + 1;
      out.push({ start: pos, end: cut, sentence: sentence.index, paragraph: sentence.paragraph });
      pos = cut;
    }
    out.push({ start: pos, end: sentence.end, sentence: sentence.index, paragraph: sentence.paragraph });
  }
  return out;
}

/** Does the quarter `value` (YYYY-Qn) begin after the day `anchor`? */
function startsAfter(value: string, anchor: { y: number; m: number }): boolean {
  const q = /^(\d{4})-Q([1-4])$/.exec(value);
  return !!q && Number(q[1]) * 12 + (Number(q[2]) - 1) * 3 > anchor.y * 12 + anchor.m - 1;
}

/** "Monday through Wednesday", "from Monday to Wednesday", "between Monday and Wednesday", "Monday-Wednesday". */
function weekdayRangeLink(s: string, a: Candidate, b: Candidate): boolean {
  const link = s.slice(a.end, b.start);
  // ("on Sunday or Monday", "Wednesday and Thursday": two days named together are in order, within a week.)
  return RANGE_LINK.test(link) || /^\s*(?:and|or)\s*$/.test(link);
}

/** The first and last day of a year, month or day value ("2007", "2007-07", "2007-07-14"); null for other values. */
function refEdges(value: string): { first: Ymd; last: Ymd } | null {
  const m = /^(\d{4})(?:-(\d\d)(?:-(\d\d))?)?$/.exec(value);
  if (!m) return null;
  const y = Number(m[1]);
  if (m[3]) return { first: { y, m: Number(m[2]), d: Number(m[3]) }, last: { y, m: Number(m[2]), d: Number(m[3]) } };
  if (m[2]) return { first: { y, m: Number(m[2]), d: 1 }, last: { y, m: Number(m[2]), d: daysInMonth(y, Number(m[2])) } };
  return { first: { y, m: 1, d: 1 }, last: { y, m: 12, d: 31 } };
}

/** The day number of a "YYYY-MM-DD" value. */
function dayNumberOf(v: string): number {
  return dayNumber(Number(v.slice(0, 4)), Number(v.slice(5, 7)), Number(v.slice(8, 10)));
}

/** Days from one "YYYY-MM-DD" value to another. */
function daysBetween(from: string, to: string): number {
  return dayNumberOf(to) - dayNumberOf(from);
}

/**
 * Two weekdays resolved one by one may run backwards or lie more than a week apart ("from Monday
 * through Wednesday could reach" on a Tuesday: next Monday, this Wednesday). Either end may be the
 * one misplaced: of the two ranges that keep one end and move the other by a week, the one the
 * tense allows (a past range ends by the anchor, a future one ends on or after it) and that lies
 * nearest the anchor (zero when it contains it). Null when the ends are already in order.
 */
function weekdayRange(a: string, b: string, anchor: { y: number; m: number; d: number }, tense: Tense, choice = false): [string, string] | null {
  const day = dayNumberOf;
  if (!/^\d{4}-\d\d-\d\d$/.test(a) || !/^\d{4}-\d\d-\d\d$/.test(b)) return null;
  const da = day(a);
  const db = day(b);
  if (da <= db && db - da <= 6) return null;
  const now = dayNumber(anchor.y, anchor.m, anchor.d);
  const shift = (x: number) => fmtDay(fromDayNumber(x));
  const options: [number, number][] = da > db ? [[da - 7, db], [da, db + 7]] : [[da + 7, db], [da, db - 7]];
  const valid = options.filter(([x, y]) => x <= y && y - x <= 6);
  // (Two days offered as a choice ahead, "on Sunday or Monday", both lie ahead; a range ahead may have begun.)
  const allowed = valid.filter(([x, y]) => (tense === 'past' ? y <= now : tense === 'future' ? (choice ? x >= now : y >= now) : true));
  const pool = allowed.length ? allowed : valid;
  if (!pool.length) return null;
  const dist = ([x, y]: [number, number]) => (x <= now && now <= y ? 0 : Math.min(Math.abs(x - now), Math.abs(y - now)));
  const best = pool.reduce((p, q) => (dist(q) < dist(p) ? q : p));
  return [shift(best[0]), shift(best[1])];
}

/** Does the value of this meaning depend on the tense of its clause? */
function needsTense(c: Candidate): boolean {
  const sem = c.sem;
  return sem.k === 'md' || sem.k === 'dom' || sem.k === 'q' || sem.k === 'weekend' || sem.k === 'newyear' || (sem.k === 'holiday' && sem.year === undefined && sem.yearShift === undefined) || (sem.k === 'm' && !sem.rel) || ((sem.k === 'season' || sem.k === 'wd') && !sem.rel);
}

/**
 * chrono's reference. Only the components a text states are read from chrono, never the ones it
 * infers, so the reference is a fixed date in a leap year (chrono drops "February 29" when the
 * reference year has none).
 */
const CHRONO_REF = new Date(Date.UTC(2024, 6, 1, 12));

/** A head line that is a month and year alone ("March 2019", "*Published: Sept. 2004*"), as releases and newsletters are dated. */
const MONTH_LINE = new RegExp(String.raw`^\s*(?:\*\*?|__?)?(?:(?:Posted|Published|Released|Issued|Dated|Date)(?:\s+(?:on|in))?\s*:?\s+)?(${MONTH_TOKEN})\.?,?\s+((?:19|20)\d\d)\s*(?:\*\*?|__?)?\s*$`, 'i');
/** A dateline with a month and year: "LONDON, March 2019 —", "HARARE, Zimbabwe, June 2004 (IPS) --". */
const MONTH_DATELINE = new RegExp(String.raw`^\s*\p{Lu}[\p{Lu}.'’]+(?:\s+\p{Lu}[\p{Lu}.'’]+)*,\s*(?:[^—–\n,]{1,30},\s*)?(${MONTH_TOKEN})\.?,?\s+((?:19|20)\d\d)\s*(?:\([^)\n]{1,40}\)\s*)?[—–-]{1,2}\s`, 'u');
/** How many of the body's first non-empty lines may date it (headline, standfirst, byline…). */
const HEAD_LINES = 8;

/** The month and year a document dates itself by in a head line of its own, or null. Reads the first lines only. */
export function statedMonth(text: string, from: number): Ymd | null {
  let pos = from;
  for (let n = 0; n < HEAD_LINES && pos < text.length;) {
    const nl = text.indexOf('\n', pos);
    const line = text.slice(pos, nl < 0 ? text.length : nl);
    if (line.trim() !== '') {
      n++;
      const m = (line.length <= 60 ? MONTH_LINE.exec(line) : null) ?? MONTH_DATELINE.exec(line);
      if (m) return { y: Number(m[2]), m: MONTHS[m[1].toLowerCase()], d: 1 };
    }
    if (nl < 0) break;
    pos = nl + 1;
  }
  return null;
}

/**
 * Every time expression in the sentences of `doc`, with its TIMEX3 value resolved against
 * `published` (`YYYY-MM-DD`). Without a publication date, expressions that need one get value null, unless the
 * document dates itself by a month ("March 2019" under the headline): then those that are the same on the first and
 * the last day of that month ("earlier this month", "last year", "the 1st of April" told as ahead) get that value.
 */
export function findDates(doc: SourceDocument, published: string | null): DateMention[] {
  const month = published ? null : statedMonth(doc.text, doc.frontMatter.span?.end ?? 0);
  if (!month) return findDatesAt(doc, published);
  const last = new Map(findDatesAt(doc, fmtDay({ ...month, d: daysInMonth(month.y, month.m) })).map((d) => [`${d.start}:${d.end}`, d]));
  return findDatesAt(doc, fmtDay(month)).map((d) => {
    const other = last.get(`${d.start}:${d.end}`);
    return other && other.value === d.value && other.mod === d.mod ? d : { ...d, value: null };
  });
}

function findDatesAt(doc: SourceDocument, published: string | null): DateMention[] {
  const anchor = parseAnchor(published);
  const source = typeof doc.prose === 'string' && doc.prose.length === doc.text.length ? doc.prose : doc.text;
  const excluded = [...(doc.excluded ?? [])].sort((a, b) => a.start - b.start);
  const out: DateMention[] = [];
  const statedEnd = fiscalYearEnd(source);
  const fiscalEnd = statedEnd !== null && statedEnd % 3 === 0 && statedEnd !== 12 ? statedEnd : null;
  // A fiscal year that ends inside a calendar quarter ("the quarter ended Oct. 27" of a fiscal third quarter: it ends in late
  // January): its quarters are read as the calendar quarters they end in, as that of "its fiscal first quarter, which ended
  // Sept. 30" is.
  const roundedEnd = statedEnd === null || fiscalEnd !== null ? null : Math.ceil(statedEnd / 3) * 3;
  const quarterEnd = fiscalEnd ?? (roundedEnd !== null && roundedEnd !== 12 ? roundedEnd : null);
  const dayFirst = numericDayFirst(source);
  // A story that numbers the company's quarters by its fiscal year ("its fiscal first quarter") numbers them so throughout.
  const fiscalQuarters = quarterEnd !== null && (FISCAL_QUARTER_NAMED.test(source) || quarterEndedFiscally(source, quarterEnd));
  const quarterShift = quarterEnd === null ? fiscalQuarterShift(source, anchor) : null;
  const south = southernStory(source);
  const gameQuarters = gameQuarterStory(source);
  // The last time the text stated (not an anaphoric one), and the last quarter, for "two years later", "in the quarter".
  let lastRef: Reference | null = null;
  let lastRefParagraph = -1;
  /** The time named last was counted back from the publication ("Anzac Day two years ago"): an aside of its paragraph. */
  let lastRefAgo = false;
  /** The year of the last dated mention, anaphoric ones included ("Two years later"). */
  let storyYear: string | undefined;
  /** The value of the last dated mention, anaphoric ones included: where the story's clock stands. */
  let storyValue: string | undefined;
  /** The days the text wrote with their year, by month and day ("6-6" for "June 6, 1944"). */
  const writtenDays = new Map<string, string>();
  let lastHalf: TimexMod | undefined;
  /** Set when the text has moved to a time it does not date (`UNDATED_TIME`) since its last stated one. */
  let undated = false;
  let lastQuarter: Reference | null = null;
  /** The first quarter the story named: the one it reports on, which "the previous quarter" is counted back from. */
  let storyQuarter: Reference | null = null;
  /** The last quarter named that had begun by the publication date. */
  let lastBegunQuarter: Reference | null = null;
  /**
   * The first day named in the last paragraph that named one (outside quotations): the day of a clock
   * time standing alone there or in the next two paragraphs. A paragraph's first day is its story's;
   * later ones are mostly background ("won the run-off on Sunday. The margin was smaller than in the
   * first round on Oct. 2."). A day earlier in the clock time's own sentence comes first (`sentenceDay`).
   */
  let paragraphDay: { paragraph: number; value: string; night: boolean; lede?: boolean; morning?: string } | null = null;
  let sentenceDay: { sentence: number; value: string; night: boolean } | null = null;
  /** The day a report was made ("told the court on Tuesday"): what it reports counts back from it. */
  let speechDay: { sentence: number; end: number; value: string } | null = null;
  /** The first day the story named outside quotations (the lede's): the day its quotations were most likely spoken. */
  let ledeDay: { value: string; night: boolean } | null = null;
  // (Quotations come in document order and never overlap: the last one starting at or before `at` is the only candidate.)
  const inQuotation = (at: number) => (doc.quotes[firstStartingAt(doc.quotes, at + 1) - 1]?.end ?? -1) > at;
  /** The last day the text gave with its year ("August 7, 2024"), and its paragraph. */
  let lastFullDay: { paragraph: number; value: string } | null = null;
  /** The last month the text gave with its year ("August of 2024"), and its sentence. */
  let lastFullMonth: { sentence: number; value: string; end: number } | null = null;
  /** The last month or day the text wrote with its year ("30 June 2023"), its paragraph and sentence. */
  let lastWritten: { paragraph: number; sentence: number; value: string } | null = null;
  /** The last year, season or quarter the text wrote with its year ("the spring of 1944"), and its paragraph. */
  let lastWrittenPeriod: { paragraph: number; value: string } | null = null;
  /** The year a sentence opened with ("In 1961 he was sent …"), which the rest of its paragraph is told in. */
  let yearFrame: { paragraph: number; sentence: number; year: string } | null = null;
  const all = units(doc, source);
  let firstExcluded = 0;
  let i = 0;
  while (i < all.length) {
    // A chunk: consecutive units of one paragraph, at most MAX_CHUNK characters; chrono runs once per chunk.
    let j = i + 1;
    while (j < all.length && all[j].paragraph === all[i].paragraph && all[j].end - all[i].start <= MAX_CHUNK) j++;
    const chunkStart = all[i].start;
    const chunkEnd = all[j - 1].end;
    while (firstExcluded < excluded.length && excluded[firstExcluded].end <= chunkStart) firstExcluded++;
    const chunk = maskedSlice(source, chunkStart, chunkEnd, excluded, firstExcluded);
    const fromChrono = chronoCandidates(chunk, CHRONO_REF, dayFirst);
    for (let k = i; k < j; k++) {
      const u = all[k];
      const s = chunk.slice(u.start - chunkStart, u.end - chunkStart);
      if (!/[A-Za-z0-9]/.test(s)) continue;
      const cands = ruleCandidates(s, anchor ? anchor.y : null);
      const shift = u.start - chunkStart;
      for (const c of fromChrono) {
        if (c.start >= shift && c.end <= shift + s.length) cands.push({ ...c, start: c.start - shift, end: c.end - shift });
      }
      if (cands.length === 0 && !HAS_CLOCK.test(s)) {
        if (UNDATED_TIME.test(s)) undated = true;
        continue;
      }
      let chosen = mergeWeekdayNextTo(s, selectCandidates(cands.filter((c) => !(c.end - c.start === 4 && CLOCK_NOT_YEAR.test(s.slice(c.start, c.end + 16))))));
      lendYears(s, chosen);
      chosen = attachPeriodParts(s, chosen);
      attachModifiers(s, chosen);
      attachTimes(s, chosen);
      chosen = loneClockTimes(s, chosen);
      let signals: ReturnType<typeof tenseSignals> | null = null;
      let prevValue: string | null = null;
      const firstOut = out.length;
      let nightOut: DateMention | null = null;
      const clockOuts: DateMention[] = [];
      /** The end of "of that year" taken into the month before it ("in September of that year"). */
      let swallowedTo = -1;
      /** The last quarter or month the sentence named (its value null when it could not be placed), for `YEAR_BACK`. */
      let sentencePeriod: Resolved | null = null;
      /** The sentence named a run of periods back from now that has no value ("in the past 12 months"). */
      let sentenceSpan = false;
      for (const c of chosen) {
        if (c.start < swallowedTo) continue;
        // ("after hurting his ankle in the third quarter", in a story whose quarters are a game's.)
        if (gameQuarters && c.sem.k === 'q' && !FULL_MONTH_WORD.test(s.slice(c.start, c.end))) continue;
        // "Most of us work Monday through Friday", "the office is open Monday to Saturday": the working week told in the present
        // is a schedule, no days.
        if (c.sem.k === 'wd' && !c.sem.rel) {
          const run = [...s.matchAll(WORKING_WEEK)].find((w) => (w.index ?? 0) <= c.start && c.end <= (w.index ?? 0) + w[0].length);
          if (run && tenseAt(signals ??= tenseSignals(s), c.start, c.end, s) === null) continue;
        }
        let tense: Tense = null;
        let setInPast = false;
        if (c.onlyTense) {
          signals ??= tenseSignals(s);
          if (tenseAt(signals, c.start, c.end, s) !== c.onlyTense) continue;
        }
        // A clock time alone in a clause with no tense is a habit or a schedule ("airs weekdays from
        // 6 a.m.", "gets up at 3 a.m."), not a time of one day.
        if (c.clock === 'story') {
          signals ??= tenseSignals(s);
          if (tenseAt(signals, c.start, c.end, s) === null) continue;
        }
        if (anchor && needsTense(c)) {
          signals ??= tenseSignals(s);
          const lead = /^(?:until|till)\s+/i.exec(s.slice(c.start, c.end))?.[0] ?? '';
          const before = s.slice(Math.max(0, c.start - 60), c.start);
          const deadline = DEADLINE_BEFORE.test(before + lead) && DEADLINE_AFTER.test(s.slice(c.end, c.end + 20));
          // The clause up to the date: from the last strong break of the sentence.
          const upTo = s.slice(0, c.start).split(/[;—–]/).pop() ?? '';
          // ("Ballots are available until 5 p.m. Friday", "The exhibit runs through Sunday", "a bill that keeps the government
          // funded through April 30": a state that holds now, to a time ahead.)
          const until = UNTIL_BEFORE.test((before + lead).replace(/(?:\d{1,2}(?::\d\d)?\s*[ap]\.?m\.?|noon|midnight)\s+$/i, ''))
            && (DIRECTIVE.test(upTo) || /\b(?:is|are|remains?|stays?|runs?|continues?|lasts|last(?=\s+(?:until|till|through)\b)|keeps?|extends?)\b/i.test(upTo) && !/\b(?:was|were|had)\b/i.test(upTo));
          const imposed = IMPOSES_UNTIL.exec(before + lead);
          const imposes = !!imposed && (!!imposed[1] || !PASSIVE_BEFORE.test((before + lead).slice(0, imposed.index)));
          // (A plan that no longer holds may lie on either side of publication: the nearest date.)
          if (FORMER_PLAN.test(before + lead)) tense = null;
          // "directed the secretary to file an affidavit by March 20", "be completed by May 31": a deadline set for a
          // task lies ahead of the order that sets it.
          else if (TASK_BY.test(s.slice(Math.max(0, c.start - 120), c.start))) tense = 'future';
          else if (deadline || until || SCHEDULED_FOR.test(before + lead)) {
            tense = 'future';
            // "The case was adjourned twice, first until 12 February", told on 15 March: a day set in the past may itself be
            // past; one ahead of the telling lies within months of it, not almost a year.
            setInPast = !deadline && !until && c.sem.k === 'md' && tenseAt(signals, c.start, c.end, s) === 'past';
          }
          // The end of an imposed state: a weekday the one ahead, a date the near one ahead (else the past one).
          else if (imposes) tense = c.sem.k === 'wd' || c.sem.k === 'weekend' ? 'future' : 'planned';
          // ("The next rate decision is due on 21 September": told in the present, it lies ahead.)
          // (So is a bare "due" in a sentence told in the future: "will be tendered in July, with bids due by 9 August".)
          // (And so is one set off before a verb of the present or the future: "Diwali releases, due in mid-November, are expected to
          // slow its run".)
          else if (DUE_BEFORE.test(before)) tense = /\b(?:is|are)\s+(?:\w+ly\s+)?due\s+(?:on\s+|by\s+|in\s+|for\s+)?$/i.test(before) || tenseAt(signals, c.start, c.end, s) === 'future'
            || /,\s*due\s+(?:on\s+|by\s+|in\s+|for\s+)?$/i.test(before) && /^[^,.;]{0,30},\s+(?:is|are|will|shall|remains?|looks?|seems?)\b/i.test(s.slice(c.end)) ? 'future' : 'planned';
          else if (TARGET_BY.test(before)) tense = 'planned';
          // "cut its selling price for November", "supplies for March": a month a price or a quantity is set for may
          // lie on either side of the telling, whatever its tense: the nearest.
          else if (c.sem.k === 'm' && !c.sem.rel && SET_FOR.test(before)) tense = null;
          // "up from 14.5 percent in October", "compared with 3.1% in March": the figure a change is measured from is past.
          else if (MEASURED_FROM.test(before)) tense = 'past';
          // ", rising to 25% by October", ", beginning in mid-January": a change or a start with no verb of its own is read
          // to the nearest such date, whatever the tense of the clause it hangs on.
          else if (/,\s*(?:rising|falling|climbing|increasing|growing|reaching|dropping|declining|starting|beginning|ending|expiring|running)\b(?:(?!\b(?:is|are|was|were|has|have|had|will|would|did)\b)[^,;])*$/i.test(upTo)) {
            // (Ahead when the clause it hangs on is: "will take charge, starting with Saturday's trip".)
            const main = tenseAt(signals, c.start, c.end, s);
            tense = main === 'past' ? null : main;
          }
          // "declared a ceasefire to mark Orthodox Easter": a holiday kept by what is done is the nearest one, either side.
          else if (c.sem.k === 'holiday' && /\bto\s+(?:mark|celebrate|observe|commemorate)\s+$/i.test(before)) tense = null;
          // "Orthodox Easter, which falls on Sunday": a day a holiday falls on, told in the present, is still to come.
          else if (c.sem.k === 'wd' && !c.sem.rel && /\bwhich\s+falls\s+(?:on\s+)?$/i.test(before)) tense = 'future';
          // "The St Patrick's Day parade has been postponed": a holiday naming an event is that event's day, the nearest
          // one, whatever the tense of what is said about the event.
          // (Not when the clause tells in the past what was done at the event, with no change of plan: "He spoke at a Christmas
          // party", "held a Thanksgiving dinner".)
          else if (c.sem.k === 'holiday' && (c.sem.period || /^\s+(?:parades?|celebrations?|festivities|festival|holiday|weekend|break|match|game|fixture|concert|service|mass|market|rush|sales?|dinner|lunch|party|march|rally|events?)\b/i.test(s.slice(c.end, c.end + 20)))
            && !(tenseAt(signals, c.start, c.end, s) === 'past' && !PLAN_CHANGED.test(s))
            // (A time named after it told as still ahead is the one ahead: "MPs will return after the Easter recess"; not its
            // figures: "Christmas period trading figures will be published on Thursday" are of the nearest.)
            && !(c.sem.period && tenseAt(signals, c.start, c.end, s) === 'future' && !PERIOD_FIGURES.test(s.slice(c.end, c.end + 24)))) tense = null;
          // "voted to push the election back to Dec. 15", "postponed the hearing until March 3", "recommended that the
          // election be held on June 2": a new date set for something, or a subjunctive of what should happen, lies ahead.
          else if (/\b(?:push(?:ed|es|ing)?|put(?:s|ting)?(?=(?:\s+[\w'’-]+){0,3}?\s+(?:off|back)\b)|mov(?:e|ed|es|ing)|postpon(?:e|ed|es|ing)|delay(?:ed|s|ing)?|defer(?:red|s|ring)?|reschedul(?:e|ed|es|ing))\s+(?:[\w'’-]+\s+){0,8}?(?:back\s+)?(?:to|until|till)\s+(?:after\s+)?(?:on\s+)?$/i.test(s.slice(Math.max(0, c.start - 100), c.start) + lead)
            || /\bthat\s+(?:[\w'’-]+\s+){1,5}?be\s+(?:held|staged|rescheduled|postponed|moved|completed|paid|delivered|published|released)\s+(?:on|in|by|before)?\s*$/i.test(before + lead)
            // ("recommended that a new policy be in place before the summer": a subjunctive after a verb of demand.)
            || /\b(?:recommend|urge|demand|propose|request|require|insist|order)(?:ed|s)?\s+that\s+(?:[\w'’-]+\s+){1,6}?be\s+(?:[\w'’-]+\s+){1,3}?(?:before|by|in|on|until)\s+(?:the\s+)?$/i.test(s.slice(Math.max(0, c.start - 100), c.start) + lead)) tense = 'future';
          // "Corn futures for December delivery", "the March contract": a contract month lies ahead.
          else if (c.sem.k === 'm' && !c.sem.rel && /^\s+(?:delivery|contracts?|futures)\b/i.test(s.slice(c.end, c.end + 20))) tense = 'future';
          // (Read over a longer reach: "warnings for much of Wales and south-west England from 3am until 9pm on Saturday".)
          else if (WINDOW_FROM.test(s.slice(Math.max(0, c.start - 120), c.start) + lead)) tense = null;
          // "Negotiators agreed to revisit the rules at the mid-year talks in Bonn in June": what is agreed, promised or
          // pledged lies ahead of the commitment; a month or a season then is the one ahead, not the nearest.
          else if (c.sem.k !== 'wd' && c.sem.k !== 'weekend' && COMMITTED_TO.test(upTo)) tense = 'future';
          else if (ASKED_TO.test(upTo)) tense = ASKED_TO.exec(upTo)![1] ? 'future' : null;
          // "The company had forecast in January that it would add 2.5 million subscribers in the first quarter": a forecast
          // made before the story's time is of a time just ahead of it or already past.
          else if (/\bhad\s+(?:\w+ly\s+)?(?:forecast|predicted|expected|projected|said|planned|promised|pledged|hoped|estimated|guided|told)\b/i.test(upTo) && /\bwould\b/i.test(upTo)) tense = 'planned';
          // "The Treasurer said he expected the update in December": what someone expects lies ahead of their saying so.
          else if (EXPECTS_BEFORE.test(upTo) && !/\b(?:than|as)\s+(?:\w+\s+)?expected\b/i.test(upTo)) tense = 'future';
          // "takes effect Jan. 1": the nearest such date, as the report may come either side of it;
          // the one ahead when the clause says it is still to come ("The cap will apply … beginning Jan. 1").
          else if (TAKES_EFFECT.test(before)) tense = tenseAt(signals, c.start, c.end, s) === 'future' ? 'future' : null;
          // "a review of the February outages": a month naming a known event is the nearest such month.
          else if (c.sem.k === 'm' && !c.sem.rel && /\bthe\s+$/i.test(before) && MONTH_NAMES_EVENT.test(s.slice(c.end, c.end + 24))) tense = null;
          // "the price index for August", "data for March": a month's figures are released after it.
          else if (c.sem.k === 'm' && !c.sem.rel && DATA_FOR.test(before)) tense = 'past';
          // "will report third-quarter results", "results for the third quarter": results are of a quarter under way or over.
          // (Not an outlook: "expects fourth-quarter earnings to rise" is of a quarter ahead.)
          else if (c.sem.k === 'q' && (QUARTER_RESULTS_AFTER.test(s.slice(c.end, c.end + 30)) || QUARTER_RESULTS_BEFORE.test(before))
            && !/\b(?:expect|forecast|project|predict|see|sees|saw|guid|outlook|estimat|anticipat)/i.test(s.slice(0, c.start))) tense = 'past';
          // "Sydney will face Geelong in Saturday's final after edging Collingwood on Friday night": a result that opens the
          // way to what lies ahead is told whatever its time; its weekday is the nearest.
          else if ((c.sem.k === 'wd' || c.sem.k === 'md') && !('rel' in c.sem && c.sem.rel) && RESULT_AFTER.test(upTo)) tense = null;
          else tense = tenseAt(signals, c.start, c.end, s);
          // "The shop closed before Christmas": a holiday that a past event came right before, with no other time in the
          // sentence to place the event near the telling, is the last one; a plan's grace is for a scheduled event ("met
          // days before the vote on March 14"), not for the calendar's own days.
          // ("Retailers cut prices ahead of Black Friday" days before it: the coming one, when it is at most three weeks off.)
          if (tense === 'planned' && c.sem.k === 'holiday' && !c.sem.period && chosen.length === 1
            && /\b(?:before|ahead\s+of|prior\s+to)\s+$/i.test(before) && !imminent(c.sem, anchor)) tense = 'past';
        }
        let sem = c.sem;
        // "this weekend": the one just past only when told in the past early in the week ("topped the box office this
        // weekend" on a Monday); else the coming one ("is aiming to win … this weekend", "was focused on … this weekend").
        // Written on a Sunday, it is the weekend under way ("this weekend's broadcast"), whatever the tense.
        if (sem.k === 'weekend' && anchor && /^this\b/i.test(s.slice(c.start, c.end))) {
          tense = weekday(anchor) === 0 || (tense === 'past' && [1, 2].includes(weekday(anchor))) ? 'past' : 'future';
        }
        const after = s.slice(c.end, c.end + 40);
        // "the 1400 block of Wyoming Street", "1900 Main Street": a number in an address is no year.
        if (sem.k === 'abs' && sem.precision === 'year' && (/^\s+block\b/i.test(after)
          || ADDRESS_AFTER.test(after) && !/\b(?:in|since|during|until|before|after|by)\s+$/i.test(s.slice(Math.max(0, c.start - 8), c.start)))) continue;
        // "the Money Laundering (Prohibition) Act, 2011", "the Criminal Justice Act 2006": a year in a statute's name.
        if (sem.k === 'abs' && sem.precision === 'year' && STATUTE_BEFORE.test(s.slice(Math.max(0, c.start - 40), c.start))) continue;
        // "the 2026 Toyota Camry": a model year.
        if (sem.k === 'abs' && sem.precision === 'year' && MODEL_YEAR_AFTER.test(after)) continue;
        // "Sunday hours", "Saturday classes": a weekday that names a kind of thing, not a day.
        if (sem.k === 'wd' && !sem.rel && WEEKDAY_MODIFIES.test(after)) continue;
        // "its fiscal second quarter" when the story says the fiscal year ends in March: the calendar quarter it covers.
        // ("… its fiscal first quarter … the acquisition is expected to close in Q3": a bare quarter of such a story too, but
        // not one said to be the calendar's, nor months named by the calendar: "the July-September period", "the
        // December quarter", "the October-December quarter".)
        if (sem.k === 'q' && quarterEnd && (/\bfiscal\s+$/i.test(s.slice(Math.max(0, c.start - 8), c.start)) || /\bfiscal\s+quarter\b/i.test(s.slice(c.start, c.end))
          || fiscalQuarters && /\bquarter\b|\bQ[1-4]\b/i.test(s.slice(c.start, c.end)) && !FULL_MONTH_WORD.test(s.slice(c.start, c.end))
            && !/\bcalendar\s+(?:year\s+)?$/i.test(s.slice(Math.max(0, c.start - 14), c.start)))) {
          sem = { k: 'q', q: fiscalQuarterOfYear(sem.q, quarterEnd) };
        }
        // "This summer has brought a string of bad news", in a Sydney story in January: the summer in progress.
        if (south && (sem.k === 'season' || (sem.k === 'anaphor' && sem.season))) sem = { ...sem, south };
        // "its Q1 FY27 results", "the second quarter of fiscal 2026", when the story says when its fiscal year ends.
        const splitYear = sem.k === 'abs' && sem.precision === 'quarter' && /\d{4}[-–/]\d\d$/.test(s.slice(c.start, c.end));
        if (sem.k === 'abs' && sem.precision === 'quarter' && quarterEnd && (splitYear || /FY|fiscal|financial/i.test(s.slice(c.start, c.end))) && /^\d{4}-Q[1-4]$/.test(sem.value)) {
          sem = { ...sem, value: calendarQuarter(sem.value, quarterEnd) };
        } else if (splitYear) {
          // (A fiscal year written "2023-24" whose months the story does not give: no calendar quarter.)
          sem = { k: 'vague' };
        } else if (sem.k === 'abs' && sem.precision === 'quarter' && quarterShift !== null && /FY|fiscal|financial/i.test(s.slice(c.start, c.end)) && /^\d{4}-Q[1-4]$/.test(sem.value)) {
          // "the second quarter of fiscal 2026" beside "the second quarter of fiscal 2027, which ended Oct. 31": a year earlier.
          const [fy, fq] = sem.value.split('-Q').map(Number);
          const n = fy * 4 + fq - 1 + quarterShift;
          sem = { ...sem, value: fmtQuarter(Math.floor(n / 4), (n % 4) + 1) };
        }
        let r: Resolved;
        let counted: Reference | null = null;
        if (sem.k === 'anaphor') {
          // ("Attrition fell to 12.9% from 13.4% in the previous quarter": before the quarter its sentence named, else before
          // the one the story reports on, not before one it brought up in passing.)
          const sentenceQuarter: Reference | null = sentencePeriod?.precision === 'quarter' && sentencePeriod.value ? { value: sentencePeriod.value, precision: 'quarter' } : null;
          let ref: Reference | null = sem.same === 'quarter' && sem.unit === 'month' ? sentenceQuarter ?? storyQuarter
            : sem.same === 'quarter' && sem.n === 0 ? lastQuarter : lastRef;
          // "told the court on Tuesday that he had seen the accused the previous night": a day or week counted back in what
          // was reported is the reported "last night", "yesterday", "last week", counted from the day it was said.
          const said = speechDay as { sentence: number; end: number; value: string } | null;
          if ((sem.unit === 'day' || sem.unit === 'week') && sem.n < 0 && !sem.same && said?.sentence === u.sentence && c.start >= said.end) {
            ref = { value: said.value, precision: 'day' };
          }
          // "prices would rise in the fourth quarter. Volumes fell in the quarter": what happened
          // cannot lie in a quarter still ahead; the quarter is the last one named that has begun.
          if (ref === lastQuarter && ref && anchor && startsAfter(ref.value, anchor)) {
            signals ??= tenseSignals(s);
            if (tenseAt(signals, c.start, c.end, s) === 'past') ref = lastBegunQuarter;
          }
          // ("The previous record was set on Anzac Day two years ago. ¶ Earlier in the day, the reserves lost": a day counted
          // back from publication is an aside; a later paragraph's "earlier in the day" is of the story's own day, not of it.)
          if (sem.unit === 'day' && sem.n === 0 && !sem.same && lastRefAgo && u.paragraph !== lastRefParagraph) ref = null;
          if (!ref && sem.pub && anchor) ref = { value: fmtDay(anchor), precision: 'day' };
          // "the same period last year": last year is the publication's; the period is the one named last
          // only when that lies in the publication's year ("since 2019" names no period of this year).
          if (sem.lastYear && anchor && (!ref || Number(ref.value.slice(0, 4)) !== anchor.y)) r = { value: fmtYear(anchor.y - 1), precision: 'year' };
          else r = resolveAnaphor(sem, undated && !sem.pub ? null : ref);
          // "received three doses, followed by a booster a year later": counted on from a time the text gave, an
          // account told in the past cannot end after publication; the time it counts from is then not the one named.
          // (Nor counted back: "… rise in the run-up to Christmas. The previous day, the chamber had written to councillors".)
          // (Not what has not happened yet: "Funding for the following year has not been confirmed" may lie ahead.)
          if (r.value && anchor && sem.n !== 0 && /^\d{4}(?:-\d\d){0,2}$/.test(r.value) && r.value > fmtDay(anchor).slice(0, r.value.length)
            && (signals ??= tenseSignals(s)) && tenseAt(signals, c.start, c.end, s) === 'past' && !NOT_YET_AFTER.test(s.slice(c.end, c.end + 60))) r = { value: null, precision: r.precision };
          // "in November 2020. A year later … That same month": a year or month counted on from the time named
          // last is where the story now is, and keeps that time's month ("that same month" is November 2021).
          // (Not a day: "the following morning … earlier that evening" goes back to the night first told. Not a count
          // back either: "from $1.17 billion a year earlier" is a baseline, and the story stays where it was.)
          if (r.value && sem.n > 0 && !sem.same && !sem.season && (sem.unit === 'year' || sem.unit === 'month')) {
            counted = sem.unit === 'year' && ref && /^\d{4}-\d\d(?:-\d\d)?$/.test(ref.value)
              ? { value: r.value + ref.value.slice(4, 7), precision: 'month' } : { value: r.value, precision: r.precision };
          }
        } else if (sem.k === 'season' && sem.rel === 'next' && anchor && storyValue && Number(storyValue.slice(0, 4)) < anchor.y
          && /\bthe\s+$/i.test(s.slice(Math.max(0, c.start - 4), c.start)) && tenseAt(signals ??= tenseSignals(s), c.start, c.end, s) === 'past') {
          // "The village was rebuilt in 1947. The next winter was the coldest on record": told in the past, "the next" season
          // is the one after the time the story has reached, not after the publication. (A year alone counts from its middle.)
          const month = /^\d{4}-\d\d/.test(storyValue) ? Number(storyValue.slice(5, 7)) : 6;
          r = resolveSem(sem, { y: Number(storyValue.slice(0, 4)), m: month, d: 1 }, 'past');
        } else r = resolveSem(sem, anchor, tense);
        // "She had been unwell since the previous Christmas", after "July 2007": the one before the time the story last named
        // (the publication's day when it named none); "the following Easter" the one after it.
        if (sem.k === 'holiday' && sem.step && anchor) {
          const edges = lastRef ? refEdges(lastRef.value) : { first: anchor, last: anchor };
          r = edges ? resolveSem({ ...sem, step: undefined }, addDays(sem.step < 0 ? edges.first : edges.last, sem.step), sem.step < 0 ? 'past' : 'future') : { value: null, precision: r.precision };
        }
        // "Snow clearing was over budget by the middle of December. — Three storms came in ten days, starting on the 8th": a day of
        // the month alone, right after a month or a day the story named, is of that month (when it has passed).
        if (sem.k === 'dom' && sem.months === undefined && anchor && lastRef && u.paragraph - lastRefParagraph <= 1
          && /^\d{4}-\d\d(?:-\d\d)?$/.test(lastRef.value) && /^the\s+\d/i.test(s.slice(c.start, c.end))) {
          const [ly, lm] = lastRef.value.split('-').map(Number);
          if (isValidDate(ly, lm, sem.day) && dayNumber(ly, lm, sem.day) <= dayNumber(anchor.y, anchor.m, anchor.d) && tense !== 'future') {
            r = { value: fmtDay({ y: ly, m: lm, d: sem.day }), precision: 'day' };
          }
        }
        // "She was born on 3 May 1924. Her father fished in the summer months and cut turf in the spring": a bare season told
        // in the past where the story stands years back (at a month or a day; a bare year is often background) is of the
        // story's time, which it does not date; nor is a season's "months" one season ("in the winter months").
        if (sem.k === 'season' && !sem.rel && r.value && anchor && /^the\s/i.test(s.slice(c.start, c.end))
          && (/^\s+months\b/i.test(after) || tense === 'past' && lastRef && u.paragraph - lastRefParagraph <= 1
            && /^\d{4}-/.test(lastRef.value) && Number(lastRef.value.slice(0, 4)) < anchor.y - 1)) r = { value: null, precision: r.precision };
        if (setInPast && anchor && r.value && /^\d{4}-\d\d-\d\d$/.test(r.value)
          && dayNumber(...(r.value.split('-').map(Number) as [number, number, number])) - dayNumber(anchor.y, anchor.m, anchor.d) > SET_AHEAD_DAYS) r = resolveSem(sem, anchor, 'past');
        let { value, precision } = r;
        value = rereadEdgeOrDeadline(sem, c, value, anchor, tense, s, chosen, lastRef && u.paragraph - lastRefParagraph <= 2 ? lastRef : null, fiscalEnd);
        // "cleared its final Commons hurdle on Wednesday night … a spokesperson said: 'tonight the House has voted'", published
        // on Thursday: in a story of the day before publication, a quotation's "today" or "tonight" is that day, when it was said.
        if (sem.k === 'shift' && sem.unit === 'day' && sem.n === 0 && anchor && ledeDay && ledeDay.value === fmtDay(addDays(anchor, -1))
          && inQuotation(u.start + c.start) && (/^tonight$/i.test(s.slice(c.start, c.end)) ? ledeDay.night : /^today$/i.test(s.slice(c.start, c.end)))) {
          value = ledeDay.value;
        }
        // "The company's fiscal year ends on Sept. 30": a day of every year.
        if ((sem.k === 'md' || (sem.k === 'm' && !sem.rel)) && YEAR_BOUNDARY_BEFORE.test(s.slice(Math.max(0, c.start - 80), c.start))) value = null;
        // "campaigned in Ankeny on Wednesday, the final week before Monday's caucuses": a weekday after "before" or
        // "ahead of" lies after the day its sentence has just named.
        const dayBefore = sentenceDay as { sentence: number; value: string } | null;
        if (sem.k === 'wd' && !sem.rel && value && dayBefore?.sentence === u.sentence && value <= dayBefore.value
          && !/^(?:midnight|noon|dawn|dusk|\d)/i.test(s.slice(c.start, c.end))
          && /\b(?:before|ahead\s+of|on\s+the\s+eve\s+of|in\s+the\s+run[-\s]up\s+to|in\s+advance\s+of)\s+$/i.test(s.slice(Math.max(0, c.start - 24), c.start))) {
          const [y, m, d] = dayBefore.value.split('-').map(Number);
          const day = { y, m, d };
          value = fmtDay(addDays(day, weekdayOffset(weekday(day), sem.weekday, 1)));
        }
        // "on Sunday, and the Sunday after that": a week after the day just named.
        const afterThat = sem.k === 'wd' && !sem.rel && value && /\bthe\s+$/i.test(s.slice(Math.max(0, c.start - 4), c.start)) ? /^\s+after\s+(?:that|next)\b/i.exec(after) : null;
        if (afterThat && value) {
          const base = prevValue && /^\d{4}-\d\d-\d\d$/.test(prevValue) ? prevValue : value;
          const [by, bm, bd] = base.split('-').map(Number);
          value = fmtDay(addDays({ y: by, m: bm, d: bd }, 7));
          // (The expression is the whole "the Sunday after that".)
          c.start -= 'the '.length;
          c.end += afterThat[0].length;
        }
        // "a premium of 18% to Monday's closing price", "40% above Friday's close": a market's close is a price already
        // made, so its weekday lies on or before the publication's day whatever the sentence's tense.
        if (sem.k === 'wd' && !sem.rel && value && anchor && value > fmtDay(anchor) && MARKET_CLOSE_AFTER.test(after)) {
          const [cy, cm, cd] = value.split('-').map(Number);
          value = fmtDay(addDays({ y: cy, m: cm, d: cd }, -7));
        }
        // "Armistice Day, November 11, brought crowds": a day set off after a date that falls on it is that date.
        const appositive = chosen[chosen.indexOf(c) - 1];
        if (sem.k === 'md' && prevValue && appositive && /^\d{4}-\d\d-\d\d$/.test(prevValue) && /^\s*,\s*$/.test(s.slice(appositive.end, c.start))
          && Number(prevValue.slice(5, 7)) === sem.month && Number(prevValue.slice(8, 10)) === sem.day) value = prevValue;
        // "2" in "August 1 and 2": the year of the day it is coordinated with.
        if (c.coordinated && sem.k === 'md' && prevValue && /^\d{4}-\d\d-\d\d$/.test(prevValue) && Number(prevValue.slice(5, 7)) === sem.month) {
          value = fmtDay({ y: Number(prevValue.slice(0, 4)), m: sem.month, d: sem.day });
        }
        // "In 2009 a fire … a concert that December", "Two years later … That summer": a month or a
        // season named with "that" lies in the year the story last named, not the publication's; so
        // does a day in the sentence of such a season ("That summer, on 5 June, …").
        // (Not "added that early November traffic …": there "that" opens a clause.)
        const thatTime = (sem.k === 'm' || sem.k === 'season') && /\bthat\s+$/i.test(s.slice(Math.max(0, c.start - 6), c.start)) && !CLAUSE_THAT.test(s.slice(Math.max(0, c.start - 40), c.start))
          || sem.k === 'md' && thatSeasonBefore(s.slice(0, c.start));
        // "In March of that year": the month of the year the story last named.
        const ofThatYearMatch = sem.k === 'm' || sem.k === 'md' ? /^\s+of\s+(?:that|the\s+same)\s+year\b/i.exec(after) : null;
        const ofThatYear = ofThatYearMatch !== null;
        // (The words that name the year belong to the month's expression, as in "March of last year", and are no date of their own.)
        if (ofThatYearMatch) {
          c.end += ofThatYearMatch[0].length;
          swallowedTo = c.end;
        }
        if (value && (thatTime || ofThatYear) && undated) value = null;
        if (value && storyYear && (thatTime || ofThatYear) && /^\d{4}/.test(value)) value = storyYear + value.slice(4);
        // "married in June 1952. A year later, her son was born. That year she opened a bakery": "that year" is the year
        // the story last named, counted years included.
        if (value && storyYear && sem.k === 'anaphor' && sem.unit === 'year' && sem.n === 0 && !sem.same && /^\d{4}$/.test(value)) value = storyYear;
        // "was in 2017, when Walker signed a plan in late September": a month in the when-clause of a year.
        const whenYear = (sem.k === 'm' && !sem.rel || sem.k === 'md') ? WHEN_YEAR.exec(s.slice(0, c.start)) : null;
        if (value && whenYear && /^\d{4}/.test(value)) value = whenYear[1] + value.slice(4);
        // "On June 6, 1944, … He landed at Gold Beach on the morning of June 6": a day the text wrote with its year, told
        // again in the past without it, is the same day.
        const written: string | undefined = sem.k === 'md' ? writtenDays.get(`${sem.month}-${sem.day}`) : undefined;
        // (Not when the weekday written with it is not that day's: "born on 29 Nov. 1950 … It happened on Sunday, 29th November".)
        const writtenWeekday = /\b(mon|tues|wednes|thurs|fri|satur|sun)day\b/i.exec(s.slice(c.start, c.end));
        if (value && written && tense === 'past' && !(writtenWeekday && parseAnchor(written) && weekday(parseAnchor(written)!) !== WEEKDAYS[`${writtenWeekday[1].toLowerCase()}day`])) value = written;
        // ("a study published Wednesday … The study appeared in the journal on June 19": a weekday the text placed is a day
        // it has written too.)
        const dayKey = value && /^\d{4}-\d\d-\d\d$/.test(value) ? `${Number(value.slice(5, 7))}-${Number(value.slice(8, 10))}` : null;
        if (dayKey && value && (sem.k === 'abs' && writtenYear(s.slice(c.start, c.end)) || sem.k === 'wd' && !sem.rel && !writtenDays.has(dayKey))) {
          writtenDays.set(dayKey, value);
        }
        const prevCand = chosen[chosen.indexOf(c) - 1];
        // "Four years ago, Ellery trailed briefly in September": a month told in the past after a year counted back
        // in its sentence lies in that year.
        if (sem.k === 'm' && !sem.rel && value && prevCand && prevValue && /^\d{4}$/.test(prevValue) && tense !== 'future'
          && /\bago$/i.test(s.slice(prevCand.start, prevCand.end)) && /^\d{4}/.test(value)) value = prevValue + value.slice(4);
        // "In 2023 the drought lasted from late June to mid-September", "The last drought, in 2023, lasted from late June": a
        // year opening the sentence, or set off after its subject, is the time of the clause; a bare month or day told in
        // the past in it lies in that year.
        // (So does "the start of the year" there: "In 2022, the start of the year was delayed by a week".)
        const scoped = sem.k === 'm' && !sem.rel || sem.k === 'md' || sem.k === 'shift' && sem.unit === 'year' && sem.n === 0 && !!c.edge && /^the\b/i.test(s.slice(c.start, c.end));
        const scope: RegExpExecArray | null = scoped && value && tense !== 'future' && anchor ? YEAR_SCOPE.exec(s.slice(0, c.start)) : null;
        if (scope && value && anchor) {
          const year: number = Number(scope[1] ?? scope[2]);
          const between = s.slice(scope.index + scope[0].length, c.start);
          if (year < anchor.y && !SCOPE_ENDS.test(between) && !/\b(?:19|20)\d\d\b/.test(between)) value = String(year) + value.slice(4);
        }
        // "In 1961 he was sent to build a bridge. Work began in March": a year opening a sentence sets the time of its
        // paragraph; the first bare month or day a later sentence of it tells in the past lies in that year, until the
        // text names another time.
        const frame = yearFrame as { paragraph: number; sentence: number; year: string } | null;
        if ((sem.k === 'm' && !sem.rel || sem.k === 'md') && value && tense === 'past' && !prevCand && frame
          && frame.paragraph === u.paragraph && frame.sentence !== u.sentence && /^\d{4}/.test(value)
          && !(sem.k === 'md' && sem.day > daysInMonth(Number(frame.year), sem.month))) value = frame.year + value.slice(4);
        // "wrote to him twice last year, in June and again in November", "In 2019, in March": a month set off right after a
        // year names a month of that year.
        if (sem.k === 'm' && !sem.rel && value && prevCand && prevValue && /^\d{4}$/.test(prevValue)
          && /^\s*[,—–]\s*(?:in\s+)?$/.test(s.slice(prevCand.end, c.start)) && /^\d{4}/.test(value)) value = prevValue + value.slice(4);
        // "complained in January 2018 and again in March", "was appointed on 3 May 2011 and resigned in October": a bare
        // month told in the past after a month or day its sentence dated lies in the months that follow that one.
        const writtenBefore = lastWritten as { paragraph: number; sentence: number; value: string } | null;
        const prevDated = prevValue && /^\d{4}-\d\d(?:-\d\d)?$/.test(prevValue) && prevCand && writtenYear(s.slice(prevCand.start, prevCand.end)) ? prevValue : null;
        const fromSentence = sem.k === 'm' && !sem.rel && !!value && !!prevDated && tense === 'past'
          && /^\s*(?:,\s*)?(?:and|but|then|before|until|till|to|through)?\b[^.;:]*$/i.test(s.slice(prevCand!.end, c.start)) && s.slice(prevCand!.end, c.start).length < 80
          // (Not across a new reported clause: "said homelessness had risen every month since July 2014 and that the figure
          // for October, published last week, was the highest".)
          && !/\b(?:that|which|who|whose|because|while|whereas)\b/i.test(s.slice(prevCand!.end, c.start));
        // "Their draft report, dated 30 June 2023, said … A final version, issued in August, softened that language": a
        // bare month opening the dates of a sentence told in the past, within half a year after a date its paragraph gave
        // with its year, goes on from that date.
        const fromParagraph = !fromSentence && sem.k === 'm' && !sem.rel && !!value && tense === 'past' && !prevCand && !thatTime && !ofThatYear
          && writtenBefore?.paragraph === u.paragraph && writtenBefore.sentence !== u.sentence && !REPORTED_AFTER.test(s.slice(c.end));
        if (value && sem.k === 'm' && (fromSentence || fromParagraph)) {
          const base = fromSentence ? prevDated! : writtenBefore!.value;
          const py: number = Number(base.slice(0, 4));
          const pm: number = Number(base.slice(5, 7));
          const y: number = sem.month >= pm ? py : py + 1;
          if ((fromSentence || y * 12 + sem.month - (py * 12 + pm) <= 6) && (!anchor || y < anchor.y || y === anchor.y && sem.month <= anchor.m)) value = `${y}${value.slice(4)}`;
        }
        const bounded: number = sem.k === 'm' && !sem.rel ? sem.month : 0;
        const bound = bounded && prevCand && prevValue && /^\d{4}$/.test(prevValue) && FISCAL_YEAR_NAME.test(s.slice(prevCand.start, prevCand.end))
          ? FISCAL_BOUND.exec(s.slice(prevCand.end, c.start)) : null;
        if (bound && value && prevValue) {
          const year: number = Number(prevValue) - (bound[2] && bounded !== 1 ? 1 : 0);
          value = `${year}${value.slice(4)}`;
        }
        // "The fiscal year 2025-26 ends in March", "the 2023/24 season, which began in August": a year across two years
        // ends in the second and begins in the first.
        const split: RegExpExecArray | null = bounded && value && prevCand ? SPLIT_YEARS.exec(s.slice(prevCand.start, prevCand.end)) : null;
        const splitBound: RegExpExecArray | null = split && (Number(split[1]) + 1) % 100 === Number(split[2]) ? FISCAL_BOUND.exec(s.slice(prevCand!.end, c.start)) : null;
        if (split && splitBound && value) value = `${Number(split[1]) + (splitBound[1] ? 1 : 0)}${value.slice(4)}`;
        // "heavy rainfall between August 3 and August 7, 2024 … had recorded 320 mm of rain on August 5": a bare
        // day told in the past, close to a full date the text has just given, is in that date's year.
        // (In its paragraph, or told in the past perfect of background; a later paragraph in the simple past may
        // be back in the present: "appointed on 26 November 2021. ¶ Rovers last won a league game on 23 December".)
        // (So is the next paragraph of a history, the full date years before the publication and the last time the text named
        // in its year: "The cable arrived late on November 11, 1918. ¶ On November 12 the Premier declared a holiday.")
        // (Not a day written with a weekday the history's year does not give it: "born on 29 Nov. 1950. ¶ It happened on Sunday,
        // 29th November".)
        const history = !!lastFullDay && !!anchor && Number(lastFullDay.value.slice(0, 4)) <= anchor.y - 10 && !!lastRef
          && lastRef.value.slice(0, 4) === lastFullDay.value.slice(0, 4) && !/\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b/i.test(s.slice(c.start, c.end));
        // (And a holiday told in the past there: "Armistice Day brought crowds to the Domain".)
        const bareDay = sem.k === 'md' ? sem : sem.k === 'holiday' && !sem.period && sem.year === undefined && sem.yearShift === undefined && history ? sem : null;
        if (bareDay && value && tense === 'past' && lastFullDay
          && (u.paragraph === lastFullDay.paragraph || u.paragraph - lastFullDay.paragraph === 1 && (history || /\bhad\s+(?:not\s+|never\s+|already\s+)?(?:been|[a-z]+(?:ed|en|wn|ght|id))\b/i.test(s)))) {
          const [fy, fm, fd] = lastFullDay.value.split('-').map(Number);
          const full = dayNumber(fy, fm, fd);
          let near: number | null = null;
          for (const y of [fy - 1, fy, fy + 1]) {
            const md = bareDay.k === 'md' ? { m: bareDay.month, d: bareDay.day } : holidayDate(bareDay.id, y);
            if (!md || md.d > daysInMonth(y, md.m)) continue;
            const n = dayNumber(y, md.m, md.d);
            if (Math.abs(n - full) <= 62 && (near === null || Math.abs(n - full) < Math.abs(near - full))) near = n;
          }
          if (near !== null && (!anchor || near <= dayNumber(anchor.y, anchor.m, anchor.d))) {
            value = fmtDay(fromDayNumber(near));
            // (The history goes on from this paragraph.)
            if (history) lastFullDay = { value: lastFullDay.value, paragraph: u.paragraph };
          }
        }
        // "took place between June and August of 2024 … within the 90-day window before the Nov. 5 general election": a
        // bare day told in the past, or as what something came before, in the sentence of a month given with its year,
        // lies in that month's year when it falls within a quarter of it.
        const fullMonth = lastFullMonth as { sentence: number; value: string; end: number } | null;
        if (sem.k === 'md' && value && (tense === 'past' || tense === 'planned') && fullMonth?.sentence === u.sentence && anchor) {
          const [fy, fm] = fullMonth.value.split('-').map(Number);
          const first = dayNumber(fy, fm, 1);
          const last = dayNumber(fy, fm, daysInMonth(fy, fm));
          let near: number | null = null;
          let nearGap = 93;
          for (const y of [fy - 1, fy, fy + 1]) {
            if (sem.day > daysInMonth(y, sem.month)) continue;
            const n = dayNumber(y, sem.month, sem.day);
            const gap = n < first ? first - n : n > last ? n - last : 0;
            if (gap < nearGap) [near, nearGap] = [n, gap];
          }
          // ("broke down in October 2022 and returned to service on August 2": a second verb joined by "and" tells what came
          // after, so the day is not before the month.)
          // Nor is a month told in a relative clause the main clause's ("Unit 4, which broke down in October last year, returned
          // to service on August 2").
          const sequel = near !== null && near < first && fullMonth.end <= c.start && (SEQUEL_VERB.test(s.slice(fullMonth.end, c.start))
            || [...s.matchAll(BACKGROUND_RELATIVE)].some((r) => (r.index ?? 0) < fullMonth.end && fullMonth.end <= (r.index ?? 0) + r[0].length && (r.index ?? 0) + r[0].length <= c.start));
          if (near !== null && !sequel && near <= dayNumber(anchor.y, anchor.m, anchor.d)) value = fmtDay(fromDayNumber(near));
        }
        // "In the spring of 1944, commanders gathered … on June 5 the order was given": a bare day told in the past, in the
        // paragraph of a season or a quarter written with its year before the publication's, lies in the twelve months from
        // that period's start, not in the publication's year. (A bare year is often background the next sentence leaves:
        // "The plant opened in 1998. On March 3 it announced job cuts".)
        const period = lastWrittenPeriod as { paragraph: number; value: string } | null;
        if (sem.k === 'md' && value && tense === 'past' && anchor && period?.paragraph === u.paragraph && !lastFullDay && !written) {
          const py = Number(period.value.slice(0, 4));
          const tail = period.value.slice(5);
          const start = tail[0] === 'Q' ? 3 * Number(tail[1]) - 2 : ({ SP: 3, SU: 6, FA: 9, WI: 12 } as Record<string, number>)[tail] ?? 1;
          const y = sem.month >= start ? py : py + 1;
          if (y < anchor.y && sem.day <= daysInMonth(y, sem.month)) value = fmtDay({ y, m: sem.month, d: sem.day });
        }
        if (value && writtenYear(s.slice(c.start, c.end)) && /^\d{4}-(?:SP|SU|FA|WI|Q[1-4])$/.test(value)) lastWrittenPeriod = { value, paragraph: u.paragraph };
        else if (value && sem.k !== 'vague' && sem.k !== 'md' && sem.k !== 'anaphor') lastWrittenPeriod = null;
        if (sem.k === 'abs' && precision === 'day' && value) lastFullDay = { value, paragraph: u.paragraph };
        if (sem.k === 'abs' && precision === 'month' && value) lastFullMonth = { value, sentence: u.sentence, end: c.end };
        // (Any other time the text moves to ends the run: "in the summer of 2025 … The plaintiffs appealed in November".)
        if (value && /^\d{4}-\d\d/.test(value) && (precision === 'month' || precision === 'day') && writtenYear(s.slice(c.start, c.end))) {
          lastWritten = { value, paragraph: u.paragraph, sentence: u.sentence };
        // (A bare day placed in the run's own year keeps it: "in late October 1918, aboard the liner Niagara, which docked on
        // October 12. By the second week of November, schools had closed".)
        } else if (value && sem.k !== 'vague' && !(sem.k === 'md' && lastWritten && lastWritten.paragraph === u.paragraph && value.slice(0, 4) === lastWritten.value.slice(0, 4))) lastWritten = null;
        // "arrested on Friday 8 June 2012. He was released the following Tuesday": the weekday after the day the story gave.
        // ("The final is on the 27th. Ask me the Thursday before.": the weekday before or after it, with nothing after.)
        const nextTo = sem.k === 'wd' && !sem.rel && /\bthe\s+$/i.test(s.slice(Math.max(0, c.start - 4), c.start))
          ? /^\s+(before|after)(?=\s*(?:[,.;:!?)"”—–]|$))/i.exec(s.slice(c.end, c.end + 12)) : null;
        if (nextTo && lastRef?.precision !== 'day') value = null;
        else if (sem.k === 'wd' && !sem.rel && lastRef?.precision === 'day' && (nextTo || /\bthe\s+(?:following|next)\s+$|\bthe\s+previous\s+$/i.test(s.slice(Math.max(0, c.start - 16), c.start)))) {
          const [ry, rm, rd] = lastRef.value.split('-').map(Number);
          const back = nextTo ? /^before$/i.test(nextTo[1]) : /previous\s+$/i.test(s.slice(Math.max(0, c.start - 16), c.start));
          value = fmtDay(addDays({ y: ry, m: rm, d: rd }, weekdayOffset(weekday({ y: ry, m: rm, d: rd }), sem.weekday, back ? -1 : 1)));
        } else if (sem.k === 'wd' && !sem.rel && lastRef && /\bthe\s+(?:following|previous)\s+$/i.test(s.slice(Math.max(0, c.start - 16), c.start))) {
          // "in the spring of 2023 … on a Friday evening, and he resigned the following Monday": the weekday after a day
          // the story did not date is no day of the publication week, and no day the text can tell.
          value = null;
        }
        if (sem.k === 'abs' && precision === 'year' && value && anchor && Number(value) < anchor.y - 1 && /^\s*In\s+$/i.test(s.slice(0, c.start))) {
          yearFrame = { paragraph: u.paragraph, sentence: u.sentence, year: value };
        } else if (value && sem.k !== 'vague' && (!/^\d{4}/.test(value) || value.slice(0, 4) !== yearFrame?.year)) yearFrame = null;
        if (value && /^\d{4}/.test(value) && sem.k !== 'vague') {
          storyYear = value.slice(0, 4);
          storyValue = value;
        }
        if (c.clock && value && anchor) {
          if (c.clock === 'blog') {
            if (smallHours(s.slice(c.start, c.end))) value = fmtDay(addDays(anchor, 1));
          } else {
            // (Further on too, for a time told in the past, when the story's first day, in the past week, is still the only
            // one it named: "voted 5-2 late Monday … [four paragraphs on] The council adjourned shortly after 11 p.m." is Monday's.)
            signals ??= tenseSignals(s);
            const told: boolean = !!paragraphDay?.lede && paragraphDay.value < fmtDay(anchor) && paragraphDay.value >= fmtDay(addDays(anchor, -7)) &&
              tenseAt(signals, c.start, c.end, s) === 'past';
            const sentenceNamed = sentenceDay as { sentence: number; value: string; night: boolean } | null;
            const named: { value: string; night: boolean; morning?: string } | null = sentenceNamed?.sentence === u.sentence ? sentenceNamed
              : paragraphDay && (u.paragraph - paragraphDay.paragraph <= 2 || told) ? paragraphDay : null;
            let day: string | null = named?.value ?? null;
            // ("… on the night of January 17 and into Sunday morning. … It resumed at 9.15am": a morning time is that next day's.)
            const morning: string | undefined = named?.morning;
            if (morning && /^\d{1,2}(?:[:.]\d\d)?\s*a\.?m\b/i.test(s.slice(c.start, c.end))) day = morning;
            // "on the night of June 10 … Shortly after midnight", "Saturday night … at 1.30am": the small hours after a
            // night named by its day are the next day's.
            // (Not when the time names its own day after it: "The blast occurred at 3:40 a.m. (1840 GMT Saturday) on Sunday.")
            // ("On 30 November, TDs sat until 1.15am": what ran on until the small hours ended on the next day, unless the range
            // began in them: "closed from 1am to 5am".)
            const before = s.slice(Math.max(0, c.start - 24), c.start);
            const ranOn = /\b(?:until|till|to|through)\s+(?:about\s+|around\s+|nearly\s+|almost\s+|after\s+)?$/i.test(before)
              && !/(?:\d\s*a\.?m\.?|midnight)\s+(?:to|until|till|through)\s+$/i.test(before);
            if (day && (named?.night || ranOn) && smallHoursAfter(s.slice(c.start, c.end), s.slice(Math.max(0, c.start - 16), c.start))
              && !OWN_DAY_AFTER.test(s.slice(c.end, c.end + 40))) {
              const [y, m, d] = day.split('-').map(Number);
              day = fmtDay(addDays({ y, m, d }, 1));
            }
            if (day) {
              // Not a day on the other side of publication from the time's own tense: "closed through
              // Monday. … halted flights at noon" is today's noon, not Monday's.
              signals ??= tenseSignals(s);
              const tense = tenseAt(signals, c.start, c.end, s);
              const today = fmtDay(anchor);
              const across = tense === 'past' && day > today || tense === 'future' && day < today;
              if (!across) value = day;
            }
          }
        } else if (value && precision === 'day' && sem.k !== 'vague') {
          // (Not the day of a report when the story has a day of its own: "The party was on June 7, 2024. Mr Crowe told
          // the jury on Wednesday that an argument broke out at around 1am.")
          const storyDay = paragraphDay as { paragraph: number; value: string } | null;
          const reported = !!storyDay && u.paragraph - storyDay.paragraph <= 2 && REPORT_DAY_BEFORE.test(s.slice(Math.max(0, c.start - 48), c.start));
          const night = NIGHT_OF.test(s.slice(Math.max(0, c.start - 20), c.start)) || NIGHT_TEXT.test(s.slice(c.start, c.end)) || NIGHT_AFTER.test(s.slice(c.end, c.end + 12));
          if (!reported) sentenceDay = { sentence: u.sentence, value, night };
          const current = paragraphDay as { paragraph: number; value: string } | null;
          // (Not the dateline's day: "BAMAKO, Nov 3, 2019 (AFP) - … an attack … on Friday" tells of Friday.)
          const dateline = u.start === doc.paragraphs[u.paragraph]?.start && c.start < datelineLength(s);
          // (Nor a day told in a relative clause, which is background: "The summit, which opened on 9 November, ran 12 hours over
          // time. … He brought down the gavel at 4.12am" is the story's day, not 9 November.)
          const background = [...s.matchAll(BACKGROUND_RELATIVE)].some((r) => (r.index ?? 0) < c.start && c.end <= (r.index ?? 0) + r[0].length);
          // (Nor, for the next paragraphs, the day of a report: "… found him unconscious, the court was told on Thursday.
          // A neighbour called at 1.50am" is the night of the story's day.)
          if (current?.paragraph !== u.paragraph && !inQuotation(u.start + c.start) && !dateline && !background && !reported) {
            paragraphDay = { paragraph: u.paragraph, value, night, lede: !paragraphDay };
            ledeDay ??= { value, night };
          }
          // "closed on the night of January 17 and into Sunday morning": the paragraph's night runs into the next day it names.
          else if (current?.paragraph === u.paragraph && paragraphDay?.night && value === nextDay(paragraphDay.value)) paragraphDay.morning = value;
        }
        prevValue = value;
        if ((c.dayOffset || c.weekdayNextTo) && value && precision === 'day') {
          const [y, m, d] = value.split('-').map(Number);
          let offset = c.dayOffset ?? 0;
          if (c.weekdayNextTo) {
            offset = weekdayOffset(weekday({ y, m, d }), c.weekdayNextTo.weekday, c.weekdayNextTo.dir);
          }
          value = fmtDay(addDays({ y, m, d }, offset));
        }
        const ym = value ? /^(\d{4})(?:-(\d\d))?/.exec(value) : null;
        let halfMod: TimexMod | undefined;
        if (c.nthWeekday && ym?.[2]) {
          const [y, m] = [Number(ym[1]), Number(ym[2])];
          const d = nthWeekdayOf(y, m, c.nthWeekday.weekday, c.nthWeekday.n);
          value = d > daysInMonth(y, m) ? null : c.nthWeekday.weekend ? fmtWeek({ y, m, d }) : fmtDay({ y, m, d });
          precision = c.nthWeekday.weekend ? 'week' : 'day';
        } else if (c.nthWeek && ym) {
          // "the first week of the year" is that of January, "the last week of the year" that of December.
          const month = ym[2] ? Number(ym[2]) : c.nthWeek > 0 ? 1 : 12;
          value = nthWeekOf(Number(ym[1]), month, c.nthWeek);
          precision = 'week';
        } else if (c.monthsTo && ym?.[2]) {
          // "ended July 2": the period closes June.
          const day = /^\d{4}-\d\d-(\d\d)$/.exec(value ?? '');
          const { y, m } = day && Number(day[1]) <= 7 ? addMonths(Number(ym[1]), Number(ym[2]), -1) : { y: Number(ym[1]), m: Number(ym[2]) };
          // A half year is written as its year with START or END, as "the first half of 2025" is:
          // the output format (docs/analysis-json.md) has no half-year value.
          if (c.monthsTo === 3) {
            value = fmtQuarter(y, m / 3);
            precision = 'quarter';
          } else if (c.monthsTo === 12) {
            value = fmtYear(y);
            precision = 'year';
          } else {
            value = fmtYear(y);
            precision = 'year';
            halfMod = m === 6 ? 'START' : 'END';
          }
        }
        // "police said on Tuesday", "the jury was told on Wednesday": the day of a report is no time of the story it
        // tells, so after a day the story gave, "that night" and "two days later" still count from that day.
        const reportDay = precision === 'day' && lastRef?.precision === 'day' && u.paragraph === lastRefParagraph
          && REPORT_DAY_BEFORE.test(s.slice(Math.max(0, c.start - 48), c.start));
        // (Only a report made more than a week after the day the story told: "The crash happened on Friday. Police said on
        // Monday that the driver had been drinking the previous night" is the night before the crash.)
        if (precision === 'day' && value && REPORT_DAY_BEFORE.test(s.slice(Math.max(0, c.start - 48), c.start))
          && !(lastRef?.precision === 'day' && daysBetween(lastRef.value, value) <= 7)) speechDay = { sentence: u.sentence, end: c.end, value };
        if (counted && value) {
          lastRef = counted;
          lastRefParagraph = u.paragraph;
          lastRefAgo = false;
        }
        if (sem.k !== 'anaphor' && value && /^(?:decade|year|quarter|season|month|week|day)$/.test(precision) && !reportDay) {
          lastRef = { value, precision };
          lastRefParagraph = u.paragraph;
          lastRefAgo = /\bago\b/i.test(s.slice(c.start, c.end));
          undated = false;
          // ("the first half of 2019 … a year earlier": the half a figure is measured over, as "the six months to June" is.)
          lastHalf = halfMod ?? (precision === 'year' && (c.mod === 'START' || c.mod === 'END') && HALF_OF.test(s.slice(c.start, c.end)) ? c.mod : undefined);
          // ("Gross margin in the quarter was 46.2%, up from 44.9% in the fourth quarter of fiscal 2025. … revenue fell 6% in
          // the quarter": a quarter a figure is measured from is no quarter the story goes on to tell of.)
          if (precision === 'quarter' && /-Q[1-4]$/.test(value) && !MEASURED_FROM.test(s.slice(Math.max(0, c.start - 60), c.start))) {
            lastQuarter = lastRef;
            storyQuarter ??= lastRef;
            if (!anchor || !startsAfter(value, anchor)) lastBegunQuarter = lastRef;
          }
        }
        // "the same period a year earlier" after "the six months to June" is that half of the year before.
        if (sem.k === 'anaphor' && precision === 'year' && lastHalf) halfMod = lastHalf;
        let mod = halfMod ?? c.mod;
        if (c.edge) {
          const fiscal = precision === 'year' && value !== null && /^\d{4}$/.test(value) && FISCAL_YEAR_IN.test(s.slice(c.start, c.end));
          if (fiscal && fiscalEnd) {
            // "the end of fiscal 2026" when the story says the fiscal year ends in June: June 2026; its start, July 2025.
            const { y, m } = c.edge === 'end' ? { y: Number(value), m: fiscalEnd } : addMonths(Number(value), fiscalEnd, -11);
            value = fmtMonth(y, m);
            precision = 'month';
          } else if (fiscal) {
            // "before the end of FY26": a fiscal year whose months the story does not give ends in a month it does not say.
            mod = c.edge === 'end' ? 'END' : 'START';
          } else if (precision === 'year') {
            // "the end of 2019" is its last month (seed gold), "the beginning of 2020" its first.
            value = value === null ? null : `${value}-${c.edge === 'end' ? '12' : '01'}`;
            precision = 'month';
          } else mod = c.edge === 'end' ? 'END' : 'START';
        }
        // "H1 FY22", "the first half of the financial year", when the story's fiscal year ends in June: its first half is the
        // second of the calendar year before, its second the first of its own; ending in March or September, a half straddles
        // two calendar years and has no value.
        if (fiscalEnd && precision === 'year' && value && /^\d{4}$/.test(value) && (mod === 'START' || mod === 'END')
          && /(?:\b|\d[HQ])(?:fiscal|financial|FY)/i.test(s.slice(c.start, c.end)) && /\bhalf\b|\bH[12]|\b[12]H/i.test(s.slice(c.start, c.end))) {
          if (fiscalEnd !== 6) [value, mod] = [null, null];
          else if (mod === 'START') [value, mod] = [String(Number(value) - 1), 'END'];
          else mod = 'START';
        }
        // "its fiscal first quarter, which ended Sept. 30": the calendar quarter of the day it ended.
        if (precision === 'quarter' && sem.k !== 'anaphor') {
          const next = chosen[chosen.indexOf(c) + 1];
          if (next && namesADay(next) && QUARTER_ENDED.test(s.slice(c.end, next.start))) {
            // ("For the second quarter, ending December 31, it guided revenue of …": a quarter that ends or is ending
            // may end just ahead of a past report; only "ended" or "closed" puts the day behind it.)
            const ending = /\bend(?:s|ing)\b/i.test(s.slice(c.end, next.start)) && tense === 'past' ? null : tense;
            const day = resolveSem(next.sem, anchor, ending).value;
            if (day) {
              value = `${day.slice(0, 4)}-Q${Math.floor((Number(day.slice(5, 7)) - 1) / 3) + 1}`;
              lastRef = { value, precision };
              lastQuarter = lastRef;
              storyQuarter ??= lastRef;
              if (!anchor || !startsAfter(value, anchor)) lastBegunQuarter = lastRef;
            }
          }
        }
        // "by June 30 each year", "every March": a date that recurs is no one day; nor is the month of a
        // habit ("RSV typically circulates from October through March").
        const habit = (sem.k === 'm' || sem.k === 'season' || sem.k === 'md') && !('rel' in sem && sem.rel) && HABIT_BEFORE.test(s.slice(Math.max(0, c.start - 70), c.start));
        if (RECURS_AFTER.test(after) || habit || /\b(?:every|each)\s+$/i.test(s.slice(Math.max(0, c.start - 7), c.start))) {
          value = null;
          precision = 'unknown';
        }
        // "Revenue in the quarter rose 4% from a year ago", "March exports were up 3% on a year earlier": a baseline a year
        // back from a quarter or a month its sentence named is that quarter or month a year earlier (null when that was not
        // placed: no year is better than a wrong one). "A year earlier" counts back from the time the text named last, so
        // after a sentence of its own on a quarter or a month ("… in the third quarter. Net income was $1bn, up from $800m a
        // year earlier"), that quarter or month a year earlier.
        // "prosecuted 14 landlords in the past 12 months, up from nine the year before": counted back from a run of months
        // that has no value, not from the time the story named last.
        if (sentenceSpan && sem.k === 'anaphor' && sem.n < 0) value = null;
        if (!value && PAST_SPAN.test(s.slice(c.start, c.end))) sentenceSpan = true;
        const lastPeriod: Resolved | null = sem.k === 'anaphor' && !undated && (lastRef?.precision === 'quarter' || lastRef?.precision === 'month') ? lastRef : null;
        if ((sentencePeriod ?? lastPeriod) && YEAR_BACK.test(s.slice(c.start, c.end)) && COMPARED_FROM.test(s.slice(Math.max(0, c.start - 48), c.start))) {
          const p: Resolved = (sentencePeriod ?? lastPeriod)!;
          value = p.value && fmtYear(Number(p.value.slice(0, 4)) - 1) + p.value.slice(4);
          // (A 53rd ISO week a year back is the last week of a year that has only 52.)
          if (value && /-W53$/.test(value) && !fmtWeek({ y: Number(value.slice(0, 4)), m: 12, d: 28 }).endsWith('W53')) value = `${value.slice(0, 4)}-W52`;
          precision = p.precision;
          mod = null;
        // ("down 6 per cent on the same week a year earlier": a week, too, is compared with its own a year back.)
        // ("sales in the quarter ended Oct. 27 rose 4% from a year earlier": the quarter a day ends is the calendar quarter
        // it mostly covers, that of its middle, some 45 days back: Q3 for Sept. 30 or Oct. 27, Q4 of the year before for Jan. 31.)
        } else if (precision === 'day' && value && /^\d{4}-\d\d-\d\d$/.test(value) && QUARTER_TO_DAY.test(s.slice(Math.max(0, c.start - 40), c.start))) {
          const mid = addDays(parseAnchor(value)!, -45);
          sentencePeriod = { value: fmtQuarter(mid.y, Math.floor((mid.m - 1) / 3) + 1), precision: 'quarter' };
        } else if (sem.k !== 'vague') sentencePeriod = precision === 'quarter' || precision === 'month' || precision === 'week' && value && /^\d{4}-W\d\d$/.test(value) ? { value, precision } : null;
        let start = u.start + c.start;
        const end = u.start + c.end;
        // "That summer", "that December": the demonstrative is part of the expression, as in "that year".
        if (thatTime && (sem.k === 'm' || sem.k === 'season')) start -= /\bthat\s+$/i.exec(s.slice(Math.max(0, c.start - 6), c.start))?.[0].length ?? 0;
        const weekOf = precision === 'day' && value ? WEEK_OF.exec(s.slice(Math.max(0, c.start - 16), c.start)) : null;
        if (weekOf && value) {
          const [y, m, d] = value.split('-').map(Number);
          value = fmtWeek({ y, m, d });
          precision = 'week';
          start -= weekOf[0].length;
        }
        // "the week ended Oct. 9", "the week to March 3": seven days to that day, written as the ISO week that holds most of them.
        const weekEnded = precision === 'day' && value && !weekOf ? WEEK_ENDED.exec(s.slice(Math.max(0, c.start - 32), c.start)) : null;
        if (weekEnded && value) {
          const [y, m, d] = value.split('-').map(Number);
          value = fmtWeek(addDays({ y, m, d }, -3));
          precision = 'week';
          start -= weekEnded[0].length;
        }
        // "Between January and September", "from December to March": a range of months does not run backwards;
        // the end nearer the publication stays and the other moves by a year.
        if (anchor && value && sem.k === 'm' && !sem.rel && prevCand?.sem.k === 'm' && !prevCand.sem.rel && out[out.length - 1]?.value
          // (Nor does a pair: "its share of the budget for September and October".)
          && out[out.length - 1].start === u.start + prevCand.start && (RANGE_LINK.test(s.slice(prevCand.end, c.start)) || /^\s*(?:and|or)\s*$/.test(s.slice(prevCand.end, c.start)))
          && out[out.length - 1].value! > value && /^\d{4}-\d\d$/.test(value)) {
          const first = out[out.length - 1];
          const nowMonth = `${anchor.y}-${String(anchor.m).padStart(2, '0')}`;
          if (value <= nowMonth) first.value = `${Number(first.value!.slice(0, 4)) - 1}${first.value!.slice(4)}`;
          else value = `${Number(value.slice(0, 4)) + 1}${value.slice(4)}`;
        }
        // "from Monday through Wednesday": the two ends of a range of weekdays are read together.
        const prevOut = out[out.length - 1];
        if (anchor && value && sem.k === 'wd' && !sem.rel && prevCand?.sem.k === 'wd' && !prevCand.sem.rel && prevOut?.value
          && prevOut.start === u.start + prevCand.start && weekdayRangeLink(s, prevCand, c)) {
          const range = weekdayRange(prevOut.value, value, anchor, tense, /^\s*(?:and|or)\s*$/.test(s.slice(prevCand.end, c.start)));
          if (range) [prevOut.value, value] = range;
        } else if (anchor && value && sem.k === 'wd' && prevCand?.sem.k === 'wd' && prevOut?.value && prevOut.start === u.start + prevCand.start
          && RANGE_LINK.test(s.slice(prevCand.end, c.start)) && !sem.rel !== !prevCand.sem.rel && /^\d{4}-\d\d-\d\d$/.test(prevOut.value)) {
          // "from Monday to Wednesday next week", "from next Monday to Wednesday": the week one end
          // states is the week of the whole range.
          const gap = (sem.weekday - prevCand.sem.weekday + 7) % 7;
          const at = (v: string) => dayNumber(Number(v.slice(0, 4)), Number(v.slice(5, 7)), Number(v.slice(8, 10)));
          if (sem.rel) prevOut.value = fmtDay(fromDayNumber(at(value) - gap));
          else value = fmtDay(fromDayNumber(at(prevOut.value) + gap));
        }
        out.push({
          start,
          end,
          text: doc.text.slice(start, end),
          value,
          mod,
          precision,
          relative: isRelative(c.sem),
          sentence: u.sentence,
        });
        if (c.reportDay) nightOut = out[out.length - 1];
        if (c.clock === 'story') clockOuts.push(out[out.length - 1]);
      }
      // "born in Lagos in 1950 and moved to London at age 9": the sentence ends at a time it does not date.
      // ("In 2010, at the age of 76, she sailed": an age set off by a comma right after the time restates it.)
      if (chosen.length > 0) {
        const rest = s.slice(Math.max(...chosen.map((c) => c.end)));
        const age = UNDATED_TIME.exec(rest);
        if (age && !/^\s*,\s*$/.test(rest.slice(0, age.index))) undated = true;
      }
      // "from 1 p.m. to 5 p.m. on Thursday": the first time of a range is on the day the second names.
      for (const clock of clockOuts) {
        const next = out[out.indexOf(clock) + 1];
        if (next && next.precision === 'day' && next.value && CLOCK_START.test(next.text)
          && RANGE_LINK.test(doc.text.slice(clock.end, next.start))) clock.value = next.value;
      }
      // "launched drones overnight, the air force said on Tuesday": the night ends on the day of the report.
      // ("The last increase, in 2013, had doubled stall fees overnight": beside a time years back it is the idiom for
      // "suddenly", no night just past.)
      const night0 = nightOut as DateMention | null;
      if (night0 && anchor && out.slice(firstOut).some((d) => d !== night0 && d.value && /^\d{4}(?:-\d\d){0,2}$/.test(d.value) && Number(d.value.slice(0, 4)) < anchor.y)) {
        out.splice(out.indexOf(night0), 1);
        nightOut = null;
      }
      if (nightOut) {
        const night = nightOut;
        const report = out.slice(firstOut).find((d) => d !== night && d.precision === 'day' && d.value
          && REPORTED_ON.test(s.slice(Math.max(0, d.start - u.start - 30), d.start - u.start)));
        if (report) night.value = report.value;
        else {
          // "were told to leave overnight after the river rose late Tuesday": the night after a day's late hours
          // ends the next day.
          const evening = out.slice(firstOut).find((d) => d !== night && d.precision === 'day' && d.value && d.mod === 'END' && /^late\b/i.test(d.text));
          const day = evening && parseAnchor(evening.value);
          if (day) night.value = fmtDay(addDays(day, 1));
        }
      }
    }
    i = j;
  }
  return out;
}

/** A day right after a reporting verb ("the air force said on Tuesday"): the day of the report. */
/**
 * Two readings the tense of a clause changes after the plain one.
 * "She said she would name a cabinet by Friday", published on a Friday: a deadline set for a weekday is not the day it is
 * set on, so it is next week's (unless the sentence told of an earlier day the words were said on: "said on Thursday he would
 * act by Friday" is the next day). "Will speak on Friday" on a Friday stays the day itself, as wire copy writes it.
 * "In the Fifties she organised a petition. By the end of the decade, she had become a familiar voice": told in the past, the
 * end of "the decade" (month, year, century) still ahead of the publication is not the one meant; it is the one the story
 * last named (`ref`), when that lies before the current one. Else the one just gone ("shares slid at month-end", published on
 * the 9th, is last month's), for a century (or a decade) only early in the next: "By the end of the century the city had
 * changed", published in 2001.
 * (First, a fiscal year counted from the publication's is named for the year it ends in, when the story says which month.)
 */
function rereadEdgeOrDeadline(sem: Sem, c: Candidate, value: string | null, anchor: Ymd | null, tense: Tense, s: string, chosen: Candidate[], ref: Reference | null, fiscalEnd: number | null): string | null {
  if (!anchor || !value) return value;
  // "last fiscal year", "the next fiscal", when the story says when its fiscal year ends: the fiscal year is named for the
  // calendar year it ends in, so "last fiscal year" in October, of a year ending in June, is the one ended that June.
  if (sem.k === 'shift' && sem.unit === 'year' && fiscalEnd && FISCAL_YEAR_IN.test(s.slice(c.start, c.end))) {
    value = fmtYear((anchor.m <= fiscalEnd ? anchor.y : anchor.y + 1) + sem.n);
  }
  if (sem.k === 'wd' && !sem.rel && tense === 'future' && weekday(anchor) === sem.weekday && value === fmtDay(anchor)
    && DEADLINE_WEEKDAY.test(s.slice(Math.max(0, c.start - 16), c.start)) && !chosen.some((o) => o.end <= c.start && o.sem.k === 'wd')) {
    return fmtDay(addDays(anchor, 7));
  }
  // "the last weekend of the month was the busiest", "in the last week of the month": told in the past, a part of the month
  // still ahead is of the month the story last named, else of the month before.
  // (Not when the sentence looks ahead: "said it expected October to be busier, with the break falling in the last week of the month".)
  if (sem.k === 'shift' && sem.n === 0 && sem.unit === 'month' && (c.nthWeek || c.nthWeekday) && partAhead(c, value, anchor)
    && tenseAt(tenseSignals(s), c.start, c.end, s) === 'past' && !/\b(?:expect|forecast|predict|anticipat|plan|schedul)\w*/i.test(s.slice(0, c.start))) {
    const held = ref ? unitHolding(ref, 'month') : null;
    return held && held < value ? held : resolveSem({ k: 'shift', unit: 'month', n: -1 }, anchor, null).value;
  }
  if (sem.k !== 'shift' || sem.n !== 0 || c.edge !== 'end' || sem.unit === 'week' || sem.unit === 'day') return value;
  // ("the end of the current year" says which; so does a fiscal year, whose end the story may not give.)
  if (/\b(?:current|this|fiscal|financial|FY)\b/i.test(s.slice(c.start, c.end)) || tenseAt(tenseSignals(s), c.start, c.end, s) !== 'past') return value;
  const held = ref ? unitHolding(ref, sem.unit) : null;
  if (held && held.length === value.length && held < value) return held;
  if (sem.unit === 'century' && anchor.y % 100 >= 10 || sem.unit === 'decade' && anchor.y % 10 >= 2) return value;
  // (Not on the unit's last day: "shares fell at month-end", published on the 31st, is that day's.)
  // (Nor when the sentence speaks of the future or of what may be anywhere: "we expect continued momentum through year-end".)
  if (resolveSem(sem, addDays(anchor, 1), null).value !== value || tenseSignals(s).some((x) => x.kind === 'future' || x.kind === 'modal')) return value;
  return resolveSem({ k: 'shift', unit: sem.unit, n: -1 }, anchor, null).value;
}

/** Does the week or weekday of month `value` a candidate names ("the last week of", "the first Monday of") begin after the anchor? */
function partAhead(c: Candidate, value: string, anchor: Ymd): boolean {
  const [y, m] = value.split('-').map(Number);
  if (!m) return false;
  // (A week of the month begins on the Monday before its Thursday.)
  const d = c.nthWeekday ? nthWeekdayOf(y, m, c.nthWeekday.weekday, c.nthWeekday.n) : c.nthWeek ? nthWeekdayOf(y, m, 4, c.nthWeek) - 3 : null;
  return d !== null && dayNumber(y, m, d) > dayNumber(anchor.y, anchor.m, anchor.d);
}

/** The month, quarter, year, decade or century a time the story named lies in ("1957-03" -> "195" for a decade), or null. */
function unitHolding(ref: Reference, unit: string): string | null {
  if (ref.precision === unit) return ref.value;
  if (unit === 'quarter') return /^\d{4}-\d\d/.test(ref.value) ? fmtQuarter(Number(ref.value.slice(0, 4)), Math.floor((Number(ref.value.slice(5, 7)) - 1) / 3) + 1) : null;
  const len = unit === 'month' ? 7 : unit === 'year' ? 4 : unit === 'decade' ? 3 : 2;
  return (unit === 'month' ? /^\d{4}-\d\d/ : /^\d{4}/).test(ref.value) ? ref.value.slice(0, len) : null;
}

/** A second past verb joined by "and" ("and returned", "and then reopened"): what it tells came after the first. */
const SEQUEL_VERB = /\b(?:and|but)\s+(?:then\s+|later\s+|finally\s+|eventually\s+)?[a-z]+ed\b/i;

/** A deadline's word before a weekday: "by Friday", "no later than Friday". */
const DEADLINE_WEEKDAY = /\b(?:by|before|until|till|no\s+later\s+than)\s+$/i;
const REPORTED_ON = /\b(?:said|says|reported|reports|announced|told|added|confirmed|stated)\s+(?:(?:late|early)\s+)?(?:on\s+)?$/i;
