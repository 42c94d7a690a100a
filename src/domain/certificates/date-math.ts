/**
 * Calendar-date arithmetic on 'YYYY-MM-DD' strings, without time zones (UTC day numbers only).
 *
 * Convention (domain README §10): validity and review dates are calendar-year offsets of the issue date, and a
 * date that does not exist in the target month is clamped to that month's last day — 02-29 + 1 y → 02-28,
 * 08-31 + 6 months → 02-28/29. Clamping backwards never lets a due date fall after the anniversary, so a
 * reminder is never late.
 */
const MS_PER_DAY = 86_400_000;

function parts(date: string): [number, number, number] {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) throw new Error(`date-math: not a YYYY-MM-DD date: ${date}`);
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');
const daysInMonth = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

/** Adds calendar months, clamping the day to the target month's length. */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = parts(date);
  const index = y * 12 + (m - 1) + months;
  const ty = Math.floor(index / 12);
  const tm = (index % 12) + 1;
  return `${pad(ty, 4)}-${pad(tm)}-${pad(Math.min(d, daysInMonth(ty, tm)))}`;
}

/** Adds calendar years (02-29 → 02-28 in a common year). */
export function addYears(date: string, years: number): string {
  return addMonths(date, years * 12);
}

/** Day number since 1970-01-01. */
function dayNumber(date: string): number {
  const [y, m, d] = parts(date);
  return Date.UTC(y, m - 1, d) / MS_PER_DAY;
}

/** Adds (or with a negative count, subtracts) days. */
export function addDays(date: string, days: number): string {
  return new Date((dayNumber(date) + days) * MS_PER_DAY).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}
