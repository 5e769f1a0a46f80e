/**
 * A dateline that opens a story ("WASHINGTON —", "FRANKFURT, July 23 (Meridian Wire) -",
 * "CULIACÁN, Mexico —", "ISLAMABAD (Reuters) -"): the place the story was filed from, never part
 * of a claim or of an event's summary.
 */
const WIRE = String.raw`\p{Lu}[\p{Lu}.'’]+(?:\s+\p{Lu}[\p{Lu}.'’]+)*(?:,\s*[^—–()\n,]{1,40}?){0,2}\s*(?:\([^)]*\)\s*)?[—–-]{1,2}\s+`;
/** A live blog's timestamp opening an entry ("**9:05 a.m.**", "11:40 a.m. EDT:", "12:15 a.m. ET —", "Update, 3:40 p.m.:"). */
const STAMP = String.raw`(?:\*\*|__)?\s*(?:(?:Update|Updated|Posted)(?:\s+at)?,?\s+)?\d{1,2}(?:[:.]\d\d)?\s*(?:a\.m\.|p\.m\.|am\b|pm\b)(?:\s+\p{Lu}{2,4}\b)?\s*(?:(?:\*\*|__)\s*(?:[—–:]\s*)?|[—–:]\s+|\s-\s+)(?=\S)`;
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
