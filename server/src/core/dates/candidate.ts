import type { TimexMod } from '../types';
import type { Sem } from './resolve';

/** A time expression found in one sentence; offsets are relative to the sentence text. */
export interface Candidate {
  start: number;
  end: number;
  sem: Sem;
  mod: TimexMod;
  /**
   * "the end of" / "the beginning of": on a year this gives its last / first month
   * ("the end of 2019" = 2019-12, as the seed gold has it), otherwise mod END / START.
   */
  edge?: 'start' | 'end';
  /** "the day after X" (+1), "the night before X" (-1): days from the day X names. */
  dayOffset?: number;
  /** "the Friday before Labor Day": the nearest such weekday (0 = Sunday) before (-1) or after (1) the day. */
  weekdayNextTo?: { weekday: number; dir: 1 | -1 };
  /** "the first week of January" (1), "the last week of the year" (-1): that week of the month or year. */
  nthWeek?: number;
  /** "the last Monday of October": the n-th (-1: last) such weekday (0 = Sunday) of the month; `weekend`: the week of that Saturday ("the first weekend of May"). */
  nthWeekday?: { n: number; weekday: number; weekend?: boolean };
  /** "the three months to September" (3), "the six months to June" (6), "the 12 months to December" (12): the quarter, half or year ending then. */
  monthsTo?: 3 | 6 | 12;
  /** A day number coordinated with the date before it ("2" in "August 1 and 2"): it takes that date's year. */
  coordinated?: boolean;
  /**
   * A time expression only in a clause of this tense ("in two weeks" ahead, not "sold out in two
   * weeks"; "overnight" of the night just past, not "will not change overnight"): dropped otherwise.
   */
  onlyTense?: 'past' | 'future';
  /** "overnight": the day of the report when the sentence names it ("the air force said on Tuesday"), else the publication day. */
  reportDay?: boolean;
  /**
   * A clock time with no day next to it ("shortly after 9 p.m."): it takes the value of its day, the
   * day the paragraph last named, else the publication day; 'blog' for a live-blog entry's timestamp
   * ("12:15 a.m. ET — …"), whose small hours are those of the night after the publication day.
   */
  clock?: 'story' | 'blog';
  /** May take a modifier on its left ("late", "mid-", "the end of", "around", "before"). */
  modifiable: boolean;
  /** Higher wins when two candidates cover exactly the same span. */
  priority: number;
}
