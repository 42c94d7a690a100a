import type { CertKind } from '../certificates/certificate';
import type { HazchemColour } from '../certificates/hazchem-colour';
import type { ReminderBucket } from '../certificates/reminder-bucket';
import type { CertSchedule, CertState } from '../certificates/schedule';
import type { ComplianceCertificate, CompliancePerson } from './inputs';

/** One line of the 证书台账: the certificate, its holder and its schedule today, precomputed for fast filtering. */
export type LedgerRow = {
  id: string;
  personId: string;
  name: string;
  workNo: string;
  departmentId: string;
  postId: string;
  personStatus: string;
  kind: CertKind;
  kindName: string;
  category: string;
  item: string;
  number: string;
  authority: string;
  firstIssueDate: string;
  state: CertState;
  colour?: HazchemColour;
  practicalReexamRequired: boolean;
  expiry: string | null;
  /** Next due event (review or renewal); past when overdue. */
  dueDate: string | null;
  dueEvent: 'review' | 'renewal' | null;
  daysLeft: number | null;
  bucket: ReminderBucket;
  /** Lower-cased certificate number, searched as typed. */
  numberLc: string;
};

/**
 * The 证书台账 rows: every certificate with its holder's 工号, department and post and its schedule (from
 * `scheduleOf`, computed once per load). Sorted most urgent first: by next due date (none last), then 工号.
 * Certificates whose holder is unknown (not yet synced) keep empty holder fields.
 */
export function certificateLedger(
  certificates: readonly ComplianceCertificate[],
  people: readonly CompliancePerson[],
  scheduleOf: (c: ComplianceCertificate) => CertSchedule,
): LedgerRow[] {
  const byId = new Map(people.map((p) => [p.id, p]));
  const rows = certificates.map((c): LedgerRow => {
    const p = byId.get(c.personId);
    const s = scheduleOf(c);
    const row: LedgerRow = {
      id: c.id, personId: c.personId, name: p?.name ?? '', workNo: p?.workNo ?? '', departmentId: p?.departmentId ?? '',
      postId: p?.postId ?? '', personStatus: p?.status ?? '', kind: c.kind, kindName: c.kindName ?? '', category: c.category ?? '',
      item: c.item ?? '', number: c.number, authority: c.authority, firstIssueDate: c.firstIssueDate, state: s.state, practicalReexamRequired: s.practicalReexamRequired, expiry: s.expiry,
      dueDate: s.state === 'cancelled' ? null : s.nextReviewDue, dueEvent: s.nextEvent, daysLeft: s.daysUntilDue, bucket: s.bucket,
      numberLc: c.number.toLowerCase(),
    };
    if (s.colour) row.colour = s.colour;
    return row;
  });
  return rows.sort((a, b) => {
    if (a.dueDate !== b.dueDate) return a.dueDate === null ? 1 : b.dueDate === null ? -1 : a.dueDate < b.dueDate ? -1 : 1;
    return a.workNo < b.workNo ? -1 : a.workNo > b.workNo ? 1 : 0;
  });
}
