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
  /** "the three months to September" (3), "the six months to June" (6): the quarter or half ending then. */
  monthsTo?: 3 | 6;
  /** A day number coordinated with the date before it ("2" in "August 1 and 2"): it takes that date's year. */
  coordinated?: boolean;
  /** May take a modifier on its left ("late", "mid-", "the end of", "around", "before"). */
  modifiable: boolean;
  /** Higher wins when two candidates cover exactly the same span. */
  priority: number;
}
