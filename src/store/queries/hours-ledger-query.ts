import type { AttendanceRow } from '../../domain/training/attendance';
import { hoursLedger, type HoursLedger } from '../../domain/training/hours-ledger';
import { hoursRequirement, type HoursRequirement, type TrainingOrg, type TrainingRole } from '../../domain/training/hours-requirement';
import type { CertificateRow, PersonRow } from '../../docs/rows';
import type { SafeLedgerDb } from '../db';
import { rulesInForce } from '../projection-context';
import { attendanceInRange, personAttendance } from './attendance-rows';

/** Why a person is held to the manager rules: a hazchem card held, or a post that requires one. */
export type RoleBasis = 'certificate' | 'post' | 'none';

/** The person fields the ledger shows (names stay in the payload, never indexed). */
export type LedgerPerson = {
  id: string; workNo: string; name: string; departmentId: string; postId: string; status: PersonRow['status'];
  role: TrainingRole; roleBasis: RoleBasis; startDate?: string;
};

/** One person's required and attended hours in the year. */
export type HoursLedgerEntry = { person: LedgerPerson; requirement: HoursRequirement; ledger: HoursLedger };

export type HoursLedgerAll = {
  year: number;
  org: TrainingOrg;
  /** Every person employed (not left) on `today`, in 工号 order. */
  entries: HoursLedgerEntry[];
  /** Those short of hours, largest shortfall first (ties in 工号 order), as shortfallList orders them. */
  shortfalls: HoursLedgerEntry[];
};

const HAZCHEM = new Set(['hazchem-principal', 'hazchem-manager']);
const HAZCHEM_QUALS = new Set(['kind:hazchem-principal', 'kind:hazchem-manager']);

/** First day with the enterprise: the hire date, else the employment history's first entry. */
const startOf = (p: PersonRow) => p.hireDate || [...(p.history ?? [])].map((h) => h.date).sort()[0];

/**
 * The hours ledger of every employed person in `year` (PRODUCT T9), from projections only:
 * 1. Role: 'manager' (主要负责人/安全生产管理人员 rules) if the person holds a hazchem principal/manager card that is not
 *    cancelled, or their post requires one (qualification `kind:hazchem-*`); otherwise 'worker'. App decision: the
 *    records hold no other mark of a 安管 appointment, and these are the people the manager rules are about.
 * 2. Start date: the hire date (a manager's appointment date is not recorded), so 'initial' hours are asked of
 *    people hired in `year`.
 * 3. Review dates: the due dates (复审 and 延期复审 alike, both need ≥ 8 h review training) of the person's
 *    special-operations cards that are not cancelled, from the indexed `due` of the certificate rows.
 * 4. Attendance: one range read of the year on the `date` index, grouped by person; no per-person query.
 * People hired after `today` are not employed yet and left out. `only`: just that person (the dossier), read by
 * person instead of by year.
 */
export async function hoursLedgerAll(db: SafeLedgerDb, year: number, today: string, only?: string): Promise<HoursLedgerAll> {
  const [from, to] = [`${year}-01-01`, `${year}-12-31`];
  const [{ rules }, org, people, posts, certs, rows] = await Promise.all([
    rulesInForce(db),
    db.org.get('org'),
    only === undefined
      ? db.people.where('status').anyOf(['active', 'away']).toArray()
      : db.people.get(only).then((p) => (p && p.status !== 'left' ? [p] : [])),
    db.posts.toArray(),
    only === undefined
      ? db.certificates.where('kind').anyOf(['special-operations', 'hazchem-principal', 'hazchem-manager']).toArray()
      : db.certificates.where('personId').equals(only).toArray(),
    only === undefined
      ? attendanceInRange(db, from, to)
      : personAttendance(db, only, from, to),
  ]);
  const trainingOrg: TrainingOrg = { industry: org?.industry ?? 'manufacturing', highRisk: org?.highRisk ?? false };
  const managerPosts = new Set(posts.filter((p) => p.qualifications.some((q) => HAZCHEM_QUALS.has(q))).map((p) => p.id as string));
  const holders = new Set<string>();
  const reviews = new Map<string, string[]>();
  for (const c of certs as CertificateRow[]) {
    if (c.cancelled || c.kind === 'other') continue;
    if (HAZCHEM.has(c.kind)) holders.add(c.personId);
    else if (c.due.startsWith(`${year}-`)) (reviews.get(c.personId) ?? reviews.set(c.personId, []).get(c.personId)!).push(c.due);
  }
  const byPerson = new Map<string, AttendanceRow[]>();
  for (const r of rows) {
    const list = byPerson.get(r.personId) ?? byPerson.set(r.personId, []).get(r.personId)!;
    list.push({ sessionId: r.sessionId, date: r.date, type: r.kind, hours: r.hours, ...(r.passed === undefined ? {} : { passed: r.passed }) });
  }
  const entries: HoursLedgerEntry[] = [];
  for (const p of people) {
    const startDate = startOf(p);
    if (startDate && startDate > today) continue;
    const roleBasis: RoleBasis = holders.has(p.id) ? 'certificate' : managerPosts.has(p.postId) ? 'post' : 'none';
    const role: TrainingRole = roleBasis === 'none' ? 'worker' : 'manager';
    const requirement = hoursRequirement({ role, ...(startDate ? { startDate } : {}), reviewDates: reviews.get(p.id) ?? [] }, trainingOrg, year, rules);
    entries.push({
      person: {
        id: p.id, workNo: p.workNo, name: p.name, departmentId: p.departmentId, postId: p.postId, status: p.status, role, roleBasis,
        ...(startDate ? { startDate } : {}),
      },
      requirement,
      ledger: hoursLedger(byPerson.get(p.id) ?? [], requirement),
    });
  }
  entries.sort((a, b) => a.person.workNo.localeCompare(b.person.workNo));
  // Array.prototype.sort is stable: equal shortfalls keep 工号 order.
  const shortfalls = entries.filter((e) => !e.ledger.met).sort((a, b) => b.ledger.shortfall - a.ledger.shortfall);
  return { year, org: trainingOrg, entries, shortfalls };
}
