/**
 * A dateline that opens a story ("WASHINGTON —", "FRANKFURT, July 23 (Meridian Wire) -",
 * "CULIACÁN, Mexico —", "ISLAMABAD (Reuters) -"): the place the story was filed from, never part
 * of a claim or of an event's summary.
 */
export const DATELINE = /^\s*\p{Lu}[\p{Lu}.'’]+(?:\s+\p{Lu}[\p{Lu}.'’]+)*(?:,\s*[^—–()\n,]{1,40}?){0,2}\s*(?:\([^)]*\)\s*)?[—–-]{1,2}\s+/u;

/** Length of the dateline opening `text`, or 0. */
export function datelineLength(text: string): number {
  const m = DATELINE.exec(text);
  return m ? m[0].length : 0;
}
