import { MONTH_TOKEN } from './dates/lexicon';
import { normalizePublished } from './frontMatter';

/**
 * A dateline that opens a story ("WASHINGTON —", "FRANKFURT, July 23 (Meridian Wire) -",
 * "CULIACÁN, Mexico —", "ISLAMABAD (Reuters) -"): the place the story was filed from, never part
 * of a claim or of an event's summary.
 */
const WIRE = String.raw`\p{Lu}[\p{Lu}.'’]+(?:\s+\p{Lu}[\p{Lu}.'’]+)*(?:,\s*[^—–()\n,]{1,40}?){0,2}\s*(?:\([^)]*\)\s*)?[—–-]{1,2}\s+`;
/**
 * A live blog's timestamp opening an entry ("**9:05 a.m.**", "11:40 a.m. EDT:", "12:15 a.m. ET —", "Update, 3:40 p.m.:",
 * "21:30 - ", "20:40 BST —").
 */
const STAMP = String.raw`(?:\*\*|__)?\s*(?:(?:Update|Updated|Posted)(?:\s+at)?,?\s+)?(?:\d{1,2}(?:[:.]\d\d)?\s*(?:a\.m\.|p\.m\.|am\b|pm\b)|(?:[01]?\d|2[0-3])[:.][0-5]\d\b)(?:\s+\p{Lu}{2,4}\b)?\s*(?:(?:\*\*|__)\s*(?:[—–:]\s*)?|[—–:]\s+|\s-\s+)(?=\S)`;
export const DATELINE = new RegExp(String.raw`^\s*(?:${WIRE}|${STAMP})`, 'u');

/**
 * A dateline, or a place before a colon ("Mumbai: Deccan Steel on Monday reported …"). Only where
 * no speaker label can stand (an event's summary): in a transcript "Smith: The plan …" is a turn.
 */
export const DATELINE_OR_PLACE_COLON = new RegExp(String.raw`^\s*(?:${WIRE}|${STAMP}|\p{Lu}[\p{L}.'’]+(?:\s+\p{Lu}[\p{L}.'’]+)?:\s+(?=\p{Lu}))`, 'u');

/** Length of the dateline opening `text`, or 0. */
export function datelineLength(text: string): number {
  const m = DATELINE.exec(text);
  return m ? m[0].length : 0;
}

const MONTH = String.raw`${MONTH_TOKEN}\.?`;
const WEEKDAY = String.raw`(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)(?:day|nesday|rsday|urday|sday)?\.?,?\s+`;
/** A full date, captured whole: "Aug. 1, 2024", "14 March 2019", "2024-08-01". */
const FULL_DATE = String.raw`(${MONTH}\s+\d{1,2}(?:st|nd|rd|th)?,?\s+(?:19|20)\d\d|\d{1,2}(?:st|nd|rd|th)?\s+${MONTH},?\s+(?:19|20)\d\d|(?:19|20)\d\d-\d\d-\d\d)\b`;
/** A dateline that carries a year: "PITTSBURGH, Aug. 1, 2024 /PRNewswire/ --", "LIMERICK, Ireland, Sept. 12, 2016 --". */
const DATED_DATELINE = new RegExp(String.raw`^\s*\p{Lu}[\p{Lu}.'’]+(?:\s+\p{Lu}[\p{Lu}.'’]+)*,\s*(?:[^—–()\n,/]{1,40},\s*)?${FULL_DATE},?\s*(?:\/[^/\n]{1,40}\/\s*|\([^)\n]{1,60}\)\s*)?[—–-]{1,2}\s`, 'u');
/** A header line that states when the text was issued: "Posted: 14 March 2019", "*Published on March 14, 2019 at 9:00 am*", "Sent: Tuesday, March 4, 2025 10:14 AM". */
const LABELLED = new RegExp(String.raw`^\s*(?:\*\*?|__?)?(?:Judgment\s+(?:handed\s+down|delivered|given)|Handed\s+down|Date\s+of\s+(?:judgment|decision|publication|issue)|Posted|Published|Released|Issued|Dated|Date|Sent|Recorded|Broadcast|Aired|Delivered|Filed)(?:\s+(?:on|at))?\s*:?\s+(?:${WEEKDAY})?${FULL_DATE}`, 'iu');
/** A line that is a date alone, as wire copy and releases head a story: "March 21, 2003", "Friday, 21 March 2003 10:42 GMT". */
const DATE_ALONE = new RegExp(String.raw`^\s*(?:\*\*?|__?)?(?:${WEEKDAY})?${FULL_DATE}(?:,?\s+(?:at\s+)?\d{1,2}[:.]\d\d(?:\s*[ap]\.?m\.?)?(?:\s+\p{Lu}{2,4})?)?\s*(?:\*\*?|__?)?\s*$`, 'iu');

/** How many of the body's first lines may state the document's date (a release's "FOR IMMEDIATE RELEASE", headline, byline…). */
const HEAD_LINES = 10;

/**
 * The date a document states for itself in its first lines, when it carries a year: a dateline's
 * ("PITTSBURGH, Aug. 1, 2024 /PRNewswire/ --"), a header's ("Posted: 14 March 2019", "Sent: Tuesday,
 * March 4, 2025 10:14 AM") or a line that is a date alone. A dateline without a year
 * ("WASHINGTON, March 3 (Reuters) -") states none. Linear in the first lines only.
 */
export function statedDocumentDate(text: string, from = 0): { date: string; start: number; end: number } | null {
  let pos = from;
  for (let n = 0; n < HEAD_LINES && pos < text.length; ) {
    const nl = text.indexOf('\n', pos);
    const end = nl < 0 ? text.length : nl;
    const line = text.slice(pos, end);
    if (line.trim() !== '') {
      n++;
      const m = (line.length <= 200 ? LABELLED.exec(line) ?? DATE_ALONE.exec(line) : null) ?? DATED_DATELINE.exec(line);
      const iso = m ? normalizePublished(m[1]) : undefined;
      if (m && iso) return { date: iso, start: pos + m.index, end: pos + m.index + m[0].length };
    }
    if (nl < 0) break;
    pos = nl + 1;
  }
  return null;
}
