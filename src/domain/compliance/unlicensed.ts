import type { EffectiveRules } from '../certificates/effective-rules';
import { certificateSchedule } from '../certificates/schedule';
import { certificateMeets } from './certificate-meets';
import { byHolder, latest, type ComplianceCertificate, type CompliancePerson, type CompliancePost, type ScheduleOf } from './inputs';
import { parseQualification } from './qualification';
import { standing, type LapseReason } from './standing';

/** Why a person lacks a required qualification: no certificate of that kind, or their latest one has lapsed. */
export type UnlicensedReason = 'none' | LapseReason;

/** One 无证上岗 finding: a person on a post that requires a qualification they do not hold today. */
export type UnlicensedFinding = {
  personId: string;
  name: string;
  workNo: string;
  departmentId: string;
  postId: string;
  postName: string;
  /** The required qualification's code (parseQualification / describeQualification read it). */
  qualification: string;
  reason: UnlicensedReason;
  /** The certificate that explains the reason (the latest of the required kind), absent when none is held. */
  certificate?: { id: string; number: string; expiry: string | null; dueDate: string | null };
};

/**
 * 无证上岗 (PRODUCT C4; 安全生产法 Art 30, 97(7)): every active person whose post requires a qualification they do
 * not hold through a certificate that qualifies today (standing() = 'held': 有效 or 待复审, hazchem not red).
 * Legacy free-text requirements are not enforced. When several certificates of the kind exist and none qualifies,
 * the latest one explains why. Sorted by department, 工号, then the post's order of requirements.
 * `scheduleOf` lets a caller reuse schedules it already computed with the same `today` and `rules`.
 */
export function unlicensed(
  people: readonly CompliancePerson[],
  posts: readonly CompliancePost[],
  certificates: readonly ComplianceCertificate[],
  today: string,
  rules: EffectiveRules,
  scheduleOf: ScheduleOf = (c) => certificateSchedule(c, today, rules),
): UnlicensedFinding[] {
  const postById = new Map(posts.map((p) => [p.id, p]));
  const certs = byHolder(certificates);
  const out: UnlicensedFinding[] = [];
  for (const person of people) {
    if (person.status !== 'active') continue;
    const post = postById.get(person.postId);
    if (!post) continue;
    for (const code of post.qualifications) {
      const q = parseQualification(code);
      if (q.type === 'legacy') continue;
      const matching = (certs.get(person.id) ?? []).filter((c) => certificateMeets(c, q));
      if (matching.some((c) => standing(scheduleOf(c)) === 'held')) continue;
      const base = { personId: person.id, name: person.name, workNo: person.workNo, departmentId: person.departmentId, postId: post.id, postName: post.name, qualification: code };
      const last = latest(matching);
      if (!last) {
        out.push({ ...base, reason: 'none' });
        continue;
      }
      const s = scheduleOf(last);
      out.push({
        ...base,
        reason: standing(s) as LapseReason,
        certificate: { id: last.id, number: last.number, expiry: s.expiry, dueDate: s.nextReviewDue },
      });
    }
  }
  return out.sort((a, b) => cmp(a.departmentId, b.departmentId) || cmp(a.workNo, b.workNo));
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
