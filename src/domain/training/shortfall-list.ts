import type { EffectiveRules } from '../certificates/effective-rules';
import type { AttendanceRow } from './attendance';
import { hoursLedger, type HoursLedger } from './hours-ledger';
import { hoursRequirement, type TrainingOrg, type TrainingProfile } from './hours-requirement';

/** A person short of hours in a year, with the ledger that shows where. */
export type ShortfallEntry<P> = { person: P; shortfall: number; ledger: HoursLedger };

/**
 * Who is short of training hours in `year`, and by how much (PRODUCT T9): the people whose ledger is not met,
 * largest shortfall first; ties keep the order of `people` (callers pass them sorted, e.g. by 工号).
 * People without rows in `rowsByPerson` have attended nothing. Which people to include (active staff, those who
 * left during the year) is the caller's choice.
 */
export function shortfallList<P extends TrainingProfile & { id: string }>(
  people: readonly P[],
  rowsByPerson: ReadonlyMap<string, readonly AttendanceRow[]>,
  year: number,
  org: TrainingOrg,
  rules: EffectiveRules,
): ShortfallEntry<P>[] {
  const out: ShortfallEntry<P>[] = [];
  for (const person of people) {
    const ledger = hoursLedger(rowsByPerson.get(person.id) ?? [], hoursRequirement(person, org, year, rules));
    if (!ledger.met) out.push({ person, shortfall: ledger.shortfall, ledger });
  }
  // Array.prototype.sort is stable, so equal shortfalls keep the input order.
  return out.sort((a, b) => b.shortfall - a.shortfall);
}
