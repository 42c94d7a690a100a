import { daysBetween } from '../certificates/date-math';

/** True for a Saturday or Sunday ('YYYY-MM-DD', no time zone). 1970-01-01 was a Thursday (day 4, Sunday = 0). */
export function isWeekend(date: string): boolean {
  const dow = (((daysBetween('1970-01-01', date) + 4) % 7) + 7) % 7;
  return dow === 0 || dow === 6;
}
