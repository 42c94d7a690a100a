import { addDays, addYears, daysBetween } from '../certificates/date-math';

/** Retention classes of a training record (PRODUCT T12). */
export const RETENTION_CLASSES = ['general', 'special-ops', 'permanent'] as const;
export type RetentionClass = (typeof RETENTION_CLASSES)[number];

/** The rule values in force (training.records.retention_years, …special_ops_years_after_leaving). */
export type RetentionRules = { years: number; specialOpsYearsAfterLeaving: number };

export type Retention = {
  class: RetentionClass;
  /** Last day of the retention period (YYYY-MM-DD); null = permanent, or not known while someone is still employed. */
  until: string | null;
  /** A special-operations record whose period cannot start yet: a participant is still employed. */
  pendingEmployment: boolean;
};

/**
 * How long a training record is kept (T12):
 * 1. accident-related: permanently;
 * 2. special operations: `specialOpsYearsAfterLeaving` years after the LAST participant left, never earlier than the
 *    general period; unknown (pending) while anyone is still employed. `participantsLeft` holds each special-ops
 *    participant's leave date (null = still employed); a session without participants keeps the general period;
 * 3. otherwise: `years` after the session date. 02-29 + n years is 02-28 in a common year (date-math.ts).
 */
export function retentionOf(
  session: { date: string; accidentRelated: boolean; specialOps: boolean },
  participantsLeft: readonly (string | null)[],
  rules: RetentionRules,
): Retention {
  if (session.accidentRelated) return { class: 'permanent', until: null, pendingEmployment: false };
  const general = addYears(session.date, rules.years);
  if (!session.specialOps) return { class: 'general', until: general, pendingEmployment: false };
  if (participantsLeft.some((d) => d === null)) return { class: 'special-ops', until: null, pendingEmployment: true };
  const last = (participantsLeft as string[]).reduce<string | null>((m, d) => (m === null || d > m ? d : m), null);
  const after = last === null ? general : addYears(last, rules.specialOpsYearsAfterLeaving);
  return { class: 'special-ops', until: after > general ? after : general, pendingEmployment: false };
}

/**
 * Records whose retention ends within `aheadDays` of `today` or has already ended (the due list), with the days
 * left (negative = overdue), soonest first; ties by docId so every device lists them alike.
 */
export function retentionDueList<T extends { docId: string; retention: Retention }>(
  rows: readonly T[], today: string, aheadDays = 30,
): (T & { daysLeft: number })[] {
  const horizon = addDays(today, aheadDays);
  return rows
    .filter((r) => r.retention.until !== null && r.retention.until <= horizon)
    .map((r) => ({ ...r, daysLeft: daysBetween(today, r.retention.until!) }))
    .sort((a, b) => a.daysLeft - b.daysLeft || (a.docId < b.docId ? -1 : a.docId > b.docId ? 1 : 0));
}
