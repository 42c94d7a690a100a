import type * as Y from 'yjs';
import { AppError } from '../domain/app-error';
import { formatDate } from '../domain/format-date';
import type { Role } from '../domain/roles';
import { archiveGroup, formatArchiveNumber, nextClaimSeq, resolveArchiveNumbers } from '../domain/training/archive-number';
import { completeness } from '../domain/training/completeness';
import type { TrainingType } from '../domain/training/training-types';
import { canAct, workflowState } from '../domain/training/workflow';
import type { WorkflowAction } from '../domain/training/workflow-event';
import { trainingDocId } from '../docs/doc-id';
import {
  appendWorkflow, hasSignedIn, readArchive, readAttachments, readParticipants, readSession, readWorkflow, writeArchiveClaim, writeArchiveNumber,
} from '../docs/training-doc';
import type { SafeLedgerDb } from './db';
import type { DocStore } from './doc-store';

/** Who acts: the device's person and roles (signed members log). */
export type WorkflowActor = { deviceId: string; name: string; roles: readonly Role[] };

/** Reviewing, returning and archiving are the safety officer's (or an admin's) steps; anyone who records may submit. */
const REVIEWERS: readonly Role[] = ['admin', 'safety'];

function assertComplete(doc: Y.Doc): void {
  const s = readSession(doc)!;
  const c = completeness({
    session: s,
    participants: readParticipants(doc).map((p) => ({ ...p, signed: hasSignedIn(p) })),
    attachments: readAttachments(doc),
  });
  if (!c.complete) throw new AppError('training.e.incomplete', undefined, { n: c.missing.length });
  if (!c.allMarked) throw new AppError('training.e.unmarked');
}

/** The archive number group 年份-部门代码-培训类型 of a session (T8); the department must exist and have a valid code. */
async function groupOf(db: SafeLedgerDb, s: { date: string; departmentId?: string; type: TrainingType }): Promise<string> {
  const dept = s.departmentId ? await db.departments.get(s.departmentId) : undefined;
  return archiveGroup(s.date, dept?.code ?? '', s.type);
}

/**
 * Takes one workflow step (T7). Submitting needs the 12 elements and every participant marked, and the session to
 * have taken place; returning needs a comment; archiving claims the next free number of the record's group as this
 * device knows it (numbers claimed offline elsewhere are reconciled by reconcileArchiveNumbers).
 */
export async function takeWorkflowStep(
  db: SafeLedgerDb, docs: DocStore, id: string, action: WorkflowAction, actor: WorkflowActor, comment?: string,
): Promise<void> {
  if (action !== 'submit' && !actor.roles.some((r) => REVIEWERS.includes(r))) throw new AppError('training.e.reviewerRole');
  if (action === 'return' && !comment?.trim()) throw new AppError('training.e.returnComment', 'comment');
  const docId = trainingDocId(id);
  const doc = await docs.open(docId);
  const s = readSession(doc);
  if (!s) throw new AppError('training.e.gone');
  const group = action === 'archive' ? await groupOf(db, s) : '';
  const claimed = group ? await db.trainings.where('[archiveGroup+archiveSeq]').between([group, 0], [group, Infinity]).toArray() : [];
  const at = Date.now();
  await docs.change(docId, (d) => {
    const { state } = workflowState(readWorkflow(d));
    if (!canAct(state, action)) throw new AppError('training.e.step', undefined, { state });
    if (action === 'submit') {
      if (readSession(d)!.date > formatDate(at)) throw new AppError('training.e.notHeld');
      assertComplete(d);
    }
    appendWorkflow(d, { action, at, by: actor.name, device: actor.deviceId, ...(comment?.trim() ? { comment: comment.trim() } : {}) });
    if (action === 'archive' && !readArchive(d).claim) {
      // Claims and the numbers collisions resolved to: a new claim lands on neither.
      const others = claimed.filter((r) => r.id !== id);
      const seq = nextClaimSeq([...others.map((r) => ({ seq: r.archiveSeq })), ...others.map((r) => ({ seq: Number(r.archiveNumber.split('-').at(-1)) || 0 }))]);
      writeArchiveClaim(d, { group, seq, at, device: actor.deviceId }, formatArchiveNumber(group, seq));
    }
  });
}

/**
 * Brings the stored archive numbers of `groups` in line with the deterministic resolution of every claim this
 * device knows (archive-number.ts). Devices that archived offline at once claimed the same number; each device
 * computes the same winner and renumbers the others alike, so their writes converge. Each change is logged in the
 * record (and signed into the audit trail by the commit). Returns how many records were renumbered.
 */
export async function reconcileArchiveNumbers(db: SafeLedgerDb, docs: DocStore, groups: Iterable<string>): Promise<number> {
  let n = 0;
  for (const group of new Set(groups)) {
    const rows = await db.trainings.where('[archiveGroup+archiveSeq]').between([group, 0], [group, Infinity]).toArray();
    const resolved = resolveArchiveNumbers(rows.filter((r) => r.archive.claim).map((r) => ({ sessionId: r.id, claim: r.archive.claim! })));
    for (const r of rows) {
      const want = resolved.get(r.id)?.number;
      if (!want || want === r.archiveNumber) continue;
      await docs.change(trainingDocId(r.id), (doc) => {
        if (writeArchiveNumber(doc, want, Date.now())) n++;
      });
    }
  }
  return n;
}
