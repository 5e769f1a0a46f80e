import { MONTHS } from './dates/lexicon';
import type { FrontMatter, Span } from './types';

const FENCE = /^(---|\.\.\.)[ \t]*$/;
/** How far we look for a closing fence before treating the block as unterminated. */
const MAX_FRONT_MATTER_LINES = 60;

interface Line extends Span {
  /** Offset just past the line break (or the end of text). */
  next: number;
  content: string;
}

function* lines(text: string, from: number): Generator<Line> {
  let start = from;
  while (start < text.length) {
    const nl = text.indexOf('\n', start);
    const stop = nl < 0 ? text.length : nl;
    const end = stop > start && text.charCodeAt(stop - 1) === 13 ? stop - 1 : stop;
    yield { start, end, next: nl < 0 ? text.length : nl + 1, content: text.slice(start, end) };
    start = nl < 0 ? text.length : nl + 1;
  }
}

/** True for a real calendar date written `YYYY-MM-DD`. */
export function isIsoDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1) return false;
  const days = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  return d <= days;
}

/** 1-12 for a month's name or its abbreviation ("Sept.", "Mar"), else 0. */
function monthNumber(word: string): number {
  const key = word.toLowerCase().replace(/\.$/, '');
  return Object.hasOwn(MONTHS, key) ? MONTHS[key] : 0;
}

/** A time of day and its zone after a date ("10:00:00 GMT", "10:00 +0000", "at 9.30am EST"). */
const TRAILING_TIME = /(?:,?\s+(?:at\s+)?\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?(?:\s*(?:[A-Z]{2,5}|[+-]\d{2}:?\d{2}|UTC[+-]?\d*))?)$/i;

/**
 * Accepts `YYYY-MM-DD`, an ISO timestamp, `YYYY/MM/DD`, and a date with the month in words as
 * feeds and sites write it ("May 20, 2026", "20 May 2026", "Wed, 20 May 2026 10:00:00 GMT");
 * returns `YYYY-MM-DD` or undefined. A date in figures other than year first ("05/06/2026") is
 * refused: the order of its day and month cannot be told.
 */
export function normalizePublished(raw: string): string | undefined {
  const text = raw.trim();
  let m = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(text);
  let iso: string | undefined;
  if (m) iso = `${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}`;
  else {
    const written = text.replace(TRAILING_TIME, '').replace(/^(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+/i, '');
    let year = '';
    let month = 0;
    let day = '';
    if ((m = /^([A-Za-z]+\.?)\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$/.exec(written))) [month, day, year] = [monthNumber(m[1]), m[2], m[3]];
    else if ((m = /^(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]+\.?),?\s+(\d{4})$/.exec(written))) [day, month, year] = [m[1], monthNumber(m[2]), m[3]];
    if (month) iso = `${year}-${String(month).padStart(2, '0')}-${day.padStart(2, '0')}`;
  }
  return iso && isIsoDate(iso) ? iso : undefined;
}

/** Keys that give the publication date, the first present wins ("date" last: it may be an event's date in other schemes). */
export const PUBLISHED_KEYS = ['published', 'pubdate', 'datepublished', 'date_published', 'published_at', 'publication_date', 'publishdate', 'published_date', 'date'];

function unquote(value: string): { value: string; shift: number } {
  const m = /^(['"])(.*)\1$/.exec(value);
  return m ? { value: m[2], shift: 1 } : { value, shift: 0 };
}

/**
 * Reads a `---` fenced block at the top of the text. Never throws: anything odd becomes an
 * entry of `errors`. An unterminated block ends at its first blank line.
 */
export function parseFrontMatter(text: string): FrontMatter {
  const result: FrontMatter = { span: null, fields: {}, valueSpans: {}, errors: [] };
  const iterator = lines(text, 0);
  const first = iterator.next();
  if (first.done || !/^---[ \t]*$/.test(first.value.content)) return result;

  const body: Line[] = [];
  let end = -1;
  let count = 0;
  for (const line of iterator) {
    if (FENCE.test(line.content)) {
      end = line.next;
      break;
    }
    if (++count > MAX_FRONT_MATTER_LINES) break;
    body.push(line);
  }
  if (end < 0) {
    const blank = body.findIndex((l) => l.content.trim() === '');
    const kept = blank < 0 ? body : body.slice(0, blank);
    body.length = 0;
    body.push(...kept);
    end = kept.length ? kept[kept.length - 1].next : first.value.next;
    result.errors.push({
      span: { start: first.value.start, end: first.value.end },
      message: 'Front matter is not closed with a "---" line; it was read up to the first blank line.',
    });
  }
  result.span = { start: 0, end };

  for (const line of body) {
    const raw = line.content;
    if (raw.trim() === '' || raw.trimStart().startsWith('#')) continue;
    const m = /^\s*([A-Za-z_][\w-]*)\s*:\s?(.*)$/.exec(raw);
    if (!m) {
      if (/^\s+\S/.test(raw) || /^\s*-\s/.test(raw)) continue; // nested YAML values are allowed, not read
      result.errors.push({ span: { start: line.start, end: line.end }, message: `Front matter line is not "key: value": ${raw.trim().slice(0, 60)}` });
      continue;
    }
    const key = m[1].toLowerCase();
    const rawValue = m[2].replace(/\s+#.*$/, '');
    const leading = rawValue.length - rawValue.trimStart().length;
    const trimmed = rawValue.trim();
    const { value, shift } = unquote(trimmed);
    const valueStart = line.start + raw.length - m[2].length + leading + shift;
    result.fields[key] = value;
    result.valueSpans[key] = { start: valueStart, end: valueStart + value.length };
  }

  const f = result.fields;
  if (f.title) result.title = f.title;
  if (f.outlet ?? f.source ?? f.publisher) result.outlet = f.outlet ?? f.source ?? f.publisher;
  if (f.author ?? f.byline) result.author = f.author ?? f.byline;
  if (f.url ?? f.link) result.url = f.url ?? f.link;
  const dateKey = PUBLISHED_KEYS.find((key) => f[key] !== undefined);
  if (dateKey) {
    result.publishedKey = dateKey;
    const published = normalizePublished(f[dateKey]);
    if (published) result.published = published;
    else
      result.errors.push({
        span: result.valueSpans[dateKey],
        message: `"${dateKey}: ${f[dateKey]}" is not a date Sourcelens can read (write it as YYYY-MM-DD, or as "May 20, 2026"); relative dates are not anchored to it.`,
      });
  }
  return result;
}

/**
 * True when `text` is how a story names the outlet that published it (the front matter's
 * `outlet`): the name itself, with or without "The" or a possessive, or its last words written
 * with a capital ("the Sentinel" in the "Riverside Daily Sentinel", as a paper calls itself).
 * With `loosely`, also a longer or shorter form that begins as it does ("The ABC" in an "ABC
 * News" story), which may be another body of the same name ("Washington" in a Washington Post
 * story).
 */
export function namesOwnOutlet(outlet: string | undefined, text: string, loosely = false): boolean {
  if (!outlet) return false;
  const norm = (x: string) => x.toLowerCase().replace(/^the\s+/, '').replace(/[’']s$/, '').replace(/\s+/g, ' ').trim();
  const a = norm(outlet);
  const b = norm(text);
  if (a === '' || b === '') return false;
  return a === b || loosely && (a.startsWith(`${b} `) || b.startsWith(`${a} `)) || /^\p{Lu}/u.test(text.replace(/^the\s+/i, '')) && a.endsWith(` ${b}`);
}
