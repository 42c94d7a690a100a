/**
 * Annual dose limit for radiation workers, mSv per calendar year. An app default: domain/README.md does not hold
 * this number; GB 18871-2002 is commonly quoted as 20 mSv/year averaged over 5 years (50 mSv in any one year),
 * unverified here. The UI says it is an app default.
 */
export const DOSE_ANNUAL_LIMIT_MSV = 20;

/** One calendar year of dose records: its entries (by period), their sum in mSv and whether it exceeds the limit. */
export type DoseYear<T> = { year: number; total: number; over: boolean; entries: T[] };

/**
 * Groups dose records by calendar year and sums them. A period that spans New Year counts in the year it ends
 * (the report's year). Sums are exact to 0.001 mSv (added as integer µSv). Newest year first.
 */
export function doseYears<T extends { from: string; to: string; dose: number }>(doses: readonly T[], limit = DOSE_ANNUAL_LIMIT_MSV): DoseYear<T>[] {
  const byYear = new Map<number, T[]>();
  for (const d of doses) {
    const y = Number(d.to.slice(0, 4));
    byYear.set(y, [...(byYear.get(y) ?? []), d]);
  }
  return [...byYear.entries()]
    .sort((a, b) => b[0] - a[0])
    .map(([year, entries]) => {
      const total = entries.reduce((s, d) => s + Math.round(d.dose * 1000), 0) / 1000;
      return { year, total, over: total > limit, entries: [...entries].sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0)) };
    });
}
