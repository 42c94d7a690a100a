import { addDays } from '../certificates/date-math';
import { CalendarOverride, type CalendarOverrideInput } from './calendar-override';
import { isWeekend } from './is-weekend';
import type { WorkdaySnapshot } from './workday-snapshot';

/** Years the calendar knows exactly: the shipped data's range, plus later or earlier years the user has entered. */
export type CalendarCoverage = {
  /** First and last year of the shipped data ("节假日数据至 lastYear 年" is what users are shown). */
  firstYear: number;
  lastYear: number;
  /** Years outside the data that count as known because the user entered overrides for them. */
  userYears: number[];
};

/** A computed deadline. `estimated` is true when a day counted was guessed Mon–Fri (outside the coverage). */
export type Deadline = { due: string; estimated: boolean; calendarVersion: string };

/**
 * Working days on the Chinese calendar (statutory holidays and 调休 make-up workdays), 'YYYY-MM-DD' strings only.
 *
 * Counting convention: the start date never counts. `addWorkingDays(d, n)` is the n-th working day strictly after
 * `d` — "提交后 3 个工作日内" submitted on `d` is due by the end of `addWorkingDays(d, 3)` — and
 * `workingDaysBetween(a, b)` counts the working days in (a, b], so `workingDaysBetween(d, addWorkingDays(d, n)) === n`.
 */
export type WorkCalendar = {
  /** Snapshot version, with '+local' appended when user overrides are applied. */
  readonly version: string;
  isWorkday(date: string): boolean;
  /** n ≥ 0 (integer). n = 0 returns `date` itself. */
  addWorkingDays(date: string, n: number): string;
  /** Working days in (a, b]; negative when b is before a, 0 when equal. */
  workingDaysBetween(a: string, b: string): number;
  coverage(): CalendarCoverage;
  /** True when the date's year is in the shipped data or is a year the user has entered overrides for. */
  covers(date: string): boolean;
  /** `addWorkingDays` plus whether any day counted lies outside the coverage (Mon–Fri guess). */
  deadline(date: string, n: number): Deadline;
};

/** Longest count accepted; a larger n is a programming error, not a deadline. */
const MAX_WORKING_DAYS = 3660;

function assertDate(date: string): void {
  // addDays throws on a malformed string and normalises an impossible day (02-30), which then no longer matches.
  if (addDays(date, 0) !== date) throw new RangeError(`working-days: not a calendar date: ${date}`);
}

const yearOf = (date: string) => Number(date.slice(0, 4));

/**
 * Builds the calendar from the validated snapshot and the user's overrides (validated here with zod; an invalid one
 * throws and nothing is built). Precedence for a date: override, then the data, then Mon–Fri.
 *
 * A year outside the data becomes "covered" as soon as the user has entered any override in it: the expected use is
 * typing in the State Council's next-year arrangement, after which that year's deadlines are no longer estimates.
 */
export function createWorkCalendar(snapshot: WorkdaySnapshot, overrides: readonly CalendarOverrideInput[] = []): WorkCalendar {
  const local = new Map<string, boolean>();
  for (const o of overrides.map((x) => CalendarOverride.parse(x))) local.set(o.date, o.kind === 'workday');

  const data = new Map<string, boolean>();
  for (const days of Object.values(snapshot.years)) {
    for (const date of Object.keys(days.holidays)) data.set(date, false);
    for (const date of Object.keys(days.workdays)) data.set(date, true);
  }

  const { firstYear, lastYear, version } = snapshot._meta;
  const inData = (y: number) => y >= firstYear && y <= lastYear;
  const userYears = [...new Set([...local.keys()].map(yearOf))].filter((y) => !inData(y)).sort((a, b) => a - b);
  const coveredYear = (y: number) => inData(y) || userYears.includes(y);
  const workday = (date: string) => local.get(date) ?? data.get(date) ?? !isWeekend(date);
  const calendarVersion = local.size > 0 ? `${version}+local` : version;

  function deadline(date: string, n: number): Deadline {
    assertDate(date);
    if (!Number.isInteger(n) || n < 0 || n > MAX_WORKING_DAYS) {
      throw new RangeError(`working-days: n must be an integer 0..${MAX_WORKING_DAYS}, got ${n}`);
    }
    let due = date;
    let estimated = false;
    for (let left = n; left > 0; ) {
      due = addDays(due, 1);
      if (!coveredYear(yearOf(due))) estimated = true;
      if (workday(due)) left--;
    }
    return { due, estimated, calendarVersion };
  }

  function workingDaysBetween(a: string, b: string): number {
    assertDate(a);
    assertDate(b);
    if (b < a) return -workingDaysBetween(b, a);
    let count = 0;
    for (let d = addDays(a, 1); d <= b; d = addDays(d, 1)) if (workday(d)) count++;
    return count;
  }

  return {
    version: calendarVersion,
    isWorkday: (date) => (assertDate(date), workday(date)),
    addWorkingDays: (date, n) => deadline(date, n).due,
    workingDaysBetween,
    coverage: () => ({ firstYear, lastYear, userYears: [...userYears] }),
    covers: (date) => (assertDate(date), coveredYear(yearOf(date))),
    deadline,
  };
}
