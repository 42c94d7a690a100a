import { z } from 'zod';
import { AppError } from '../app-error';
import { isoDate } from '../text';

/**
 * One held session as the quality metrics (PRODUCT T11) count it. The caller decides what "held" is (sessions dated
 * on or before today) and computes `onTime` against the submit deadline (≤ 24 h after the session):
 * true = first submitted in time; false = first submitted late, or not submitted and already overdue;
 * null = not submitted yet and not yet due (left out of 及时率 until it is).
 */
export const QualityInput = z.object({
  departmentId: z.string().max(64),
  date: isoDate,
  complete: z.boolean(),
  standard: z.boolean(),
  onTime: z.boolean().nullable(),
});
export type QualityInput = z.input<typeof QualityInput>;

/**
 * Counts and rates of a group of sessions. Rates are 0–1, or null when their base is 0 (nothing to rate, not 0 %).
 * - 完整率 completeRate = records with all 12 core elements / sessions held;
 * - 及时率 timelyRate = records first submitted within the submit deadline / records due for submission (timelyBase);
 * - 规范率 standardRate = records meeting the standard (complete, every mandatory document, ≥ 3 photos, every attendee
 *   signed: completeness.ts `standard`) / sessions held.
 */
export type QualityCounts = {
  held: number;
  complete: number;
  onTime: number;
  timelyBase: number;
  standard: number;
  completeRate: number | null;
  timelyRate: number | null;
  standardRate: number | null;
};

export type QualityMetrics = {
  /** Months (YYYY-MM) reported, ascending. */
  months: string[];
  /** Departments with at least one session, ascending by id ('' = no department). */
  departments: string[];
  /** Per department per month, only where sessions were held. */
  cells: ({ departmentId: string; month: string } & QualityCounts)[];
  /** Per month over all departments, one per reported month (empty months have held 0 and null rates). */
  byMonth: ({ month: string } & QualityCounts)[];
  /** Per department over all reported months. */
  byDepartment: ({ departmentId: string } & QualityCounts)[];
  total: QualityCounts;
};

type Tally = { held: number; complete: number; onTime: number; timelyBase: number; standard: number };
const empty = (): Tally => ({ held: 0, complete: 0, onTime: 0, timelyBase: 0, standard: 0 });
const rate = (n: number, base: number) => (base === 0 ? null : n / base);
const withRates = (t: Tally): QualityCounts => ({
  ...t, completeRate: rate(t.complete, t.held), timelyRate: rate(t.onTime, t.timelyBase), standardRate: rate(t.standard, t.held),
});
function add(map: Map<string, Tally>, key: string, r: z.output<typeof QualityInput>): void {
  let t = map.get(key);
  if (!t) map.set(key, (t = empty()));
  t.held++;
  if (r.complete) t.complete++;
  if (r.standard) t.standard++;
  if (r.onTime !== null) {
    t.timelyBase++;
    if (r.onTime) t.onTime++;
  }
}

/**
 * 完整率, 及时率, 规范率 per department per month (T11). With `months` (YYYY-MM), only those months are reported,
 * each present in `byMonth` even without sessions (a chart's x axis); otherwise the months that have sessions.
 * A malformed row throws an AppError naming it (e.g. reason 'v.date', field 'rows.3.date').
 */
export function qualityMetrics(rows: readonly QualityInput[], months?: readonly string[]): QualityMetrics {
  if (months?.some((m) => !/^\d{4}-(0[1-9]|1[0-2])$/.test(m))) throw new AppError('v.date', 'months');
  const wanted = months ? new Set(months) : null;
  const cell = new Map<string, Tally>();
  const month = new Map<string, Tally>();
  const dept = new Map<string, Tally>();
  const total = new Map<string, Tally>();
  rows.forEach((raw, i) => {
    const p = QualityInput.safeParse(raw);
    if (!p.success) {
      const issue = p.error.issues[0]!;
      throw new AppError(issue.message.startsWith('v.') ? issue.message : 'e.unexpected', `rows.${i}.${issue.path.join('.')}`, { why: issue.message });
    }
    const r = p.data;
    const m = r.date.slice(0, 7);
    if (wanted && !wanted.has(m)) return;
    add(cell, `${r.departmentId}\u0000${m}`, r);
    add(month, m, r);
    add(dept, r.departmentId, r);
    add(total, '', r);
  });
  const monthList = [...(wanted ?? month.keys())].filter((m, i, a) => a.indexOf(m) === i).sort();
  const departments = [...dept.keys()].sort();
  return {
    months: monthList,
    departments,
    cells: [...cell.entries()]
      .map(([k, t]) => {
        const [departmentId, m] = k.split('\u0000') as [string, string];
        return { departmentId, month: m, ...withRates(t) };
      })
      .sort((a, b) => (a.departmentId < b.departmentId ? -1 : a.departmentId > b.departmentId ? 1 : a.month < b.month ? -1 : 1)),
    byMonth: monthList.map((m) => ({ month: m, ...withRates(month.get(m) ?? empty()) })),
    byDepartment: departments.map((d) => ({ departmentId: d, ...withRates(dept.get(d)!) })),
    total: withRates(total.get('') ?? empty()),
  };
}
