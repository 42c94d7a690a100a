import { addDays, daysBetween } from '../../domain/certificates/date-math';
import { REMINDER_DAYS, reminderBucket, type ReminderBucket } from '../../domain/certificates/reminder-bucket';
import type { CertificateRow } from '../../docs/rows';
import type { SafeLedgerDb } from '../db';

/** The earliest date a due date can have (certificateDue's '' = nothing due sorts before it). */
const FIRST_DAY = '1900-01-01';

/** One certificate that needs action, with its holder. */
export type ReminderItem = {
  certificateId: string; personId: string; personName: string; departmentId: string;
  kind: CertificateRow['kind']; kindName?: string; number: string;
  due: string; dueEvent: CertificateRow['dueEvent']; daysLeft: number; bucket: Exclude<ReminderBucket, 'none'>;
};
export type CertificateReminders = {
  /** Counts by department id ('' = none) and bucket. */
  byDepartment: { departmentId: string; counts: Record<string, number>; total: number }[];
  total: number;
  /** The most urgent items (overdue first), for the workbench list. */
  urgent: ReminderItem[];
};

/**
 * Certificates due within the largest reminder step or overdue, from the `due` index (a range read of only the
 * certificates concerned, never the whole table). Holders who have left are not reminded of.
 * `departmentId` limits it to one department (the department head's view).
 */
export async function certificateReminders(db: SafeLedgerDb, today: string, departmentId?: string, urgentLimit = 8): Promise<CertificateReminders> {
  const horizon = addDays(today, Math.max(...REMINDER_DAYS));
  const rows = departmentId === undefined
    ? await db.certificates.where('due').between(FIRST_DAY, horizon, true, true).toArray()
    : await db.certificates.where('[departmentId+due]').between([departmentId, FIRST_DAY], [departmentId, horizon], true, true).toArray();
  const people = await db.people.bulkGet([...new Set(rows.map((r) => r.personId))]);
  const holder = new Map(people.filter((p) => p && p.status !== 'left').map((p) => [p!.id as string, p!]));
  const items: ReminderItem[] = [];
  for (const r of rows) {
    const p = holder.get(r.personId);
    if (!p) continue;
    const daysLeft = daysBetween(today, r.due);
    const bucket = reminderBucket(daysLeft);
    if (bucket === 'none') continue;
    items.push({
      certificateId: r.id, personId: r.personId, personName: p.name, departmentId: r.departmentId, kind: r.kind,
      ...(r.kindName ? { kindName: r.kindName } : {}), number: r.number, due: r.due, dueEvent: r.dueEvent, daysLeft, bucket,
    });
  }
  const depts = new Map<string, Record<string, number>>();
  for (const i of items) {
    const c = depts.get(i.departmentId) ?? depts.set(i.departmentId, {}).get(i.departmentId)!;
    c[String(i.bucket)] = (c[String(i.bucket)] ?? 0) + 1;
  }
  // Most urgent first: the most recently overdue (still catchable), then older overdue, then the soonest due.
  const rank = (i: ReminderItem) => (i.daysLeft < 0 ? -1_000_000 - i.daysLeft : i.daysLeft);
  items.sort((a, b) => rank(a) - rank(b) || (a.personName < b.personName ? -1 : 1));
  return {
    byDepartment: [...depts].map(([id, counts]) => ({ departmentId: id, counts, total: Object.values(counts).reduce((n, x) => n + x, 0) })),
    total: items.length,
    urgent: items.slice(0, urgentLimit),
  };
}
