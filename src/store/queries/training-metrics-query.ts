import { formatDate } from '../../domain/format-date';
import { deadlineRules, sessionEnd, submittedOnTime } from '../../domain/training/deadlines';
import { qualityMetrics, type QualityInput, type QualityMetrics } from '../../domain/training/quality-metrics';
import type { SafeLedgerDb } from '../db';
import { rulesInForce } from '../projection-context';

const HOUR = 3_600_000;

/** The twelve months of a year, YYYY-MM. */
const monthsOf = (year: number) => Array.from({ length: 12 }, (_, i) => `${year}-${String(i + 1).padStart(2, '0')}`);

/**
 * 完整率, 及时率 and 规范率 of `year` per department per month (PRODUCT T11), from the trainings rows of the year (one
 * range read on `date`, or on `[departmentId+date]` for one department). Sessions dated after today are not held yet
 * and left out. 及时率 uses the submit deadline in force (≤ 24 h after the session, overridable): a record never
 * submitted counts as late once that deadline has passed, and is not rated before. Every month of the year is
 * reported (the chart's x axis). `submitHours`: the deadline used.
 */
export async function trainingMetrics(db: SafeLedgerDb, year: number, now: number, departmentId?: string): Promise<QualityMetrics & { submitHours: number }> {
  const from = `${year}-01-01`;
  const to = `${year}-12-31`;
  const [{ rules }, rows] = await Promise.all([
    rulesInForce(db),
    departmentId === undefined
      ? db.trainings.where('date').between(from, to, true, true).toArray()
      : db.trainings.where('[departmentId+date]').between([departmentId, from], [departmentId, to], true, true).toArray(),
  ]);
  const dl = deadlineRules(rules);
  const today = formatDate(now);
  const inputs: QualityInput[] = [];
  for (const r of rows) {
    if (r.date > today) continue;
    const submitted = submittedOnTime(r, dl);
    const onTime = submitted ?? (now >= sessionEnd(r) + dl.submitHours * HOUR ? false : null);
    inputs.push({ departmentId: r.departmentId, date: r.date, complete: r.complete, standard: r.standard, onTime });
  }
  return { ...qualityMetrics(inputs, monthsOf(year)), submitHours: dl.submitHours };
}
