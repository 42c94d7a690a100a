import { AppError } from '../app-error';
import { TRAINING_TYPE_INFO, type TrainingType } from './training-types';
import { ArchiveClaim } from './workflow-event';

/**
 * Archive numbers 年份-部门代码-培训类型-序号 (PRODUCT T8, e.g. 2024-CG-SC-015), unique across devices that archive
 * offline at the same time.
 *
 * A device archiving a record claims the next sequence number of the group that it knows of (nextClaimSeq over the
 * claims and resolved numbers it has) and stores the claim in the record. Claims never change afterwards; the number
 * in force is a pure function of the set of claims (resolveArchiveNumbers), so every device that has seen the same
 * claims shows the same numbers, whatever order they arrived in.
 */
export type ResolvedArchiveNumber = {
  number: string;
  seq: number;
  /** True when the record lost its claimed number to an earlier claim and was given another. */
  collided: boolean;
};

const DEPT_CODE = /^[A-Z0-9]{2,4}$/;

/**
 * The number group `年份-部门代码-培训类型` of a session: the year of its date, the organising department's code and
 * the type's code. A department code that cannot go into a number throws AppError 'archive.e.deptCode'.
 */
export function archiveGroup(date: string, deptCode: string, type: TrainingType): string {
  if (!DEPT_CODE.test(deptCode)) throw new AppError('archive.e.deptCode', 'departmentId', { code: deptCode });
  return `${date.slice(0, 4)}-${deptCode}-${TRAINING_TYPE_INFO[type].code}`;
}

/** `2024-CG-SC` + 15 → `2024-CG-SC-015` (at least three digits). */
export function formatArchiveNumber(group: string, seq: number): string {
  return `${group}-${String(seq).padStart(3, '0')}`;
}

/** The sequence number to claim: one above the highest known (1 for an empty group). */
export function nextClaimSeq(existing: readonly { seq: number }[]): number {
  return existing.reduce((max, e) => Math.max(max, e.seq), 0) + 1;
}

type Entry = { sessionId: string; claim: ArchiveClaim };

/** Total order of claims: sequence number, then claim time, device and session id (every device sorts alike). */
function byClaim(a: Entry, b: Entry): number {
  const c = a.claim;
  const d = b.claim;
  if (c.seq !== d.seq) return c.seq - d.seq;
  if (c.at !== d.at) return c.at - d.at;
  if (c.device !== d.device) return c.device < d.device ? -1 : 1;
  return a.sessionId < b.sessionId ? -1 : a.sessionId > b.sessionId ? 1 : 0;
}

/**
 * Resolves the claims of every group to unique numbers. Per group:
 * 1. claims are sorted by (seq, at, device, sessionId);
 * 2. the first claimant of each seq keeps it;
 * 3. every other claimant of a seq (a collision loser), in that order, gets the smallest seq above its claimed one
 *    that no claim in the group holds and no earlier loser was given.
 * Step 3 looks for the first free number above the claim rather than past the group's highest claim: a device
 * that knows the resolved numbers claims above them (nextClaimSeq), so a loser's number then stays put when later
 * records are archived, instead of moving every time the group grows.
 * Invalid claims (a peer may send anything) are left out of the result.
 */
export function resolveArchiveNumbers(claims: readonly { sessionId: string; claim: unknown }[]): Map<string, ResolvedArchiveNumber> {
  const groups = new Map<string, Entry[]>();
  for (const c of claims) {
    const p = ArchiveClaim.safeParse(c.claim);
    if (!p.success) continue;
    const list = groups.get(p.data.group) ?? [];
    list.push({ sessionId: c.sessionId, claim: p.data });
    groups.set(p.data.group, list);
  }
  const out = new Map<string, ResolvedArchiveNumber>();
  for (const [group, list] of groups) {
    list.sort(byClaim);
    const taken = new Set(list.map((e) => e.claim.seq));
    const winners = new Set<number>();
    for (const e of list) {
      let seq = e.claim.seq;
      const collided = winners.has(seq);
      if (collided) {
        while (taken.has(seq)) seq++;
        taken.add(seq);
      } else winners.add(seq);
      out.set(e.sessionId, { number: formatArchiveNumber(group, seq), seq, collided });
    }
  }
  return out;
}
