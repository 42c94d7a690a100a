import type { Certificate } from '../certificates/certificate';
import type { CertSchedule } from '../certificates/schedule';

/** What the compliance checks read of a person (a people projection row fits). */
export type CompliancePerson = { id: string; name: string; workNo: string; status: string; departmentId: string; postId: string };
/** What they read of a post: its required qualification codes (see parseQualification). */
export type CompliancePost = { id: string; name: string; qualifications: readonly string[] };
/** A certificate with its id and holder (a certificates projection row fits). */
export type ComplianceCertificate = Certificate & { id: string; personId: string };
/** A certificate's schedule today; callers that already computed them pass a cached lookup. */
export type ScheduleOf = (cert: ComplianceCertificate) => Pick<CertSchedule, 'state' | 'colour' | 'expiry' | 'nextReviewDue'>;

/** Certificates grouped by holder. */
export function byHolder(certificates: readonly ComplianceCertificate[]): Map<string, ComplianceCertificate[]> {
  const out = new Map<string, ComplianceCertificate[]>();
  for (const c of certificates) {
    const list = out.get(c.personId);
    if (list) list.push(c);
    else out.set(c.personId, [c]);
  }
  return out;
}

/** The holder's latest card of a kind: the one whose validity started last (ties: the later id). */
export function latest(certs: readonly ComplianceCertificate[]): ComplianceCertificate | undefined {
  const start = (c: ComplianceCertificate) => c.validFrom ?? c.firstIssueDate;
  return certs.reduce<ComplianceCertificate | undefined>(
    (best, c) => (!best || start(c) > start(best) || (start(c) === start(best) && c.id > best.id) ? c : best),
    undefined,
  );
}
