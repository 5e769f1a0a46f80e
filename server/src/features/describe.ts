import type { DateMention } from '../core/types';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const SEASONS: Record<string, string> = { SP: 'spring', SU: 'summer', FA: 'autumn', WI: 'winter' };
const MODS: Record<string, string> = { START: 'the start of ', MID: 'the middle of ', END: 'the end of ', APPROX: 'about ', BEFORE: 'before ', AFTER: 'after ' };

/** A TIMEX3 value in words: "January 2026", "13 January 2026", "the 1990s". */
export function describeValue(value: string | null): string {
  if (value === null) return 'no calendar date (vague)';
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value))) {
    const day = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
    const weekday = day.toLocaleDateString('en-US', { weekday: 'long', timeZone: 'UTC' });
    return `${weekday}, ${+m[3]} ${MONTHS[+m[2] - 1]} ${m[1]}`;
  }
  if ((m = /^(\d{4})-(\d{2})$/.exec(value))) return `${MONTHS[+m[2] - 1]} ${m[1]}`;
  if ((m = /^(\d{4})-W(\d{2})$/.exec(value))) return `week ${+m[2]} of ${m[1]}`;
  if ((m = /^(\d{4})-Q([1-4])$/.exec(value))) return `quarter ${m[2]} of ${m[1]}`;
  if ((m = /^(\d{4})-H([12])$/.exec(value))) return `half ${m[2]} of ${m[1]}`;
  if ((m = /^(\d{4})-(SP|SU|FA|WI)$/.exec(value))) return `${SEASONS[m[2]]} ${m[1]}`;
  if (/^\d{4}$/.test(value)) return value;
  if (/^\d{3}$/.test(value)) return `the ${value}0s`;
  if (/^\d{2}$/.test(value)) return `the ${ordinal(Number(value) + 1)} century`;
  if (value === 'PRESENT_REF') return 'the present';
  if (value === 'PAST_REF') return 'the past';
  if (value === 'FUTURE_REF') return 'the future';
  return value;
}

/** 1st, 2nd, 3rd, 4th ... 11th, 12th, 13th ... 21st. */
function ordinal(n: number): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th';
  return `${n}${suffix}`;
}

export function describeDate(date: DateMention): string {
  const mod = date.mod ? MODS[date.mod] ?? '' : '';
  return `${mod}${describeValue(date.value)}`;
}

const STRENGTH: Record<number, string> = {
  5: 'a document, data or the outlet’s own verification',
  4: 'a named person',
  3: 'a named organization or statement',
  2: 'an anonymous source described by role or number',
  1: 'a vague or relayed anonymous source',
  0: 'no source at all',
};

export function describeStrength(strength: number): string {
  return STRENGTH[strength] ?? 'unknown';
}
