/** Words and pattern pieces shared by the date rules. */

export const MONTHS: Record<string, number> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
  july: 7, jul: 7, august: 8, aug: 8, september: 9, sep: 9, sept: 9, october: 10, oct: 10, november: 11, nov: 11,
  december: 12, dec: 12,
};

export const FULL_MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December)';
export const MONTH_TOKEN =
  '(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)';

export const WEEKDAYS: Record<string, number> = {
  sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6,
};

export const NUMBER_WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
  hundred: 100, 'a hundred': 100, 'one hundred': 100, 'a dozen': 12, dozen: 12, 'a couple of': 2, 'a couple': 2, 'couple of': 2,
};

/** A count before a time unit: a number, a number word, or a vague quantity. */
export const NUM =
  '(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[-\\s](?:one|two|three|four|five|six|seven|eight|nine)|\\d{1,3}|a\\s+couple(?:\\s+of)?|couple\\s+of|a\\s+few|a\\s+dozen|(?:a|one)\\s+hundred|a\\s+number\\s+of|dozens\\s+of|hundreds\\s+of|' +
  'an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|' +
  'seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|dozen|few|several|many|some|countless)';

export const UNIT =
  '(?:seconds?|minutes?|hours?|days?|weeks?|months?|quarters?|years?|decades?|century|centuries|generations?)';

/** Count of a NUM match; null when vague ("a few", "several"). */
export function countOf(num: string | undefined): number | null {
  if (!num) return null;
  const w = num.toLowerCase().replace(/\s+/g, ' ');
  if (/^\d+$/.test(w)) return Number(w);
  const compound = /^(\w+)[- ](\w+)$/.exec(w);
  if (compound && NUMBER_WORDS[compound[1]] >= 20 && NUMBER_WORDS[compound[2]] < 10) return NUMBER_WORDS[compound[1]] + NUMBER_WORDS[compound[2]];
  return NUMBER_WORDS[w] ?? null;
}

export function unitOf(word: string): string {
  const w = word.toLowerCase();
  if (w === 'centuries') return 'century';
  return w.endsWith('s') ? w.slice(0, -1) : w;
}

export const ORDINALS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17,
  eighteenth: 18, nineteenth: 19, twentieth: 20, 'twenty-first': 21, 'twenty first': 21, 'twenty-second': 22,
  final: 4, last: 4,
};

/** "as early as May", "as far back as the spring", "as late as June": a bound given to a time (a pattern's end, before the time). */
export const AS_EARLY_AS = String.raw`\bas\s+(?:early|late|soon|far\s+back|recently)\s+as\s+$`;
