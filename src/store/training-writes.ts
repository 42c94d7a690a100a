import * as Y from 'yjs';
import { AppError } from '../domain/app-error';
import { newId } from '../domain/ids';
import type { AttendanceMark, ScoreInput, SessionInput } from '../domain/training/session';
import type { AttachmentKind } from '../domain/training/training-types';
import { workflowState } from '../domain/training/workflow';
import { trainingDocId } from '../docs/doc-id';
import {
  readParticipants, readSession, readWorkflow, removeAttachment, removeParticipant, writeAttachment, writeParticipant, writeSession,
} from '../docs/training-doc';
import type { SafeLedgerDb } from './db';
import type { DocStore } from './doc-store';

/**
 * Writes of one training session (PRODUCT T3–T6). A record can be edited while it is a draft or returned; once
 * submitted it is locked until the reviewer returns it (the workflow is in training-workflow-writes.ts).
 * Every write is refused with a Chinese message (an AppError key) and changes nothing when it does not apply.
 */
function assertEditable(doc: Y.Doc): void {
  if (!readSession(doc)) throw new AppError('training.e.gone');
  const { state } = workflowState(readWorkflow(doc));
  if (state !== 'draft' && state !== 'returned') throw new AppError('training.e.locked', undefined, { state });
}

async function checkDepartment(db: SafeLedgerDb, departmentId: string): Promise<void> {
  if (departmentId && !(await db.departments.get(departmentId))) throw new AppError('training.e.department', 'departmentId');
}

/** Creates a session (a draft); returns its id. */
export async function createSession(db: SafeLedgerDb, docs: DocStore, input: SessionInput): Promise<string> {
  const id = newId();
  const at = Date.now();
  await docs.change(trainingDocId(id), (doc) => writeSession(doc, id, input, at), { check: () => checkDepartment(db, input.departmentId) });
  return id;
}

/** Edits a session's fields; only `changed` fields are written (a stale form never overwrites a colleague's edit). */
export async function saveSession(db: SafeLedgerDb, docs: DocStore, id: string, input: SessionInput, changed?: readonly string[]): Promise<void> {
  const at = Date.now();
  await docs.change(trainingDocId(id), (doc) => {
    assertEditable(doc);
    writeSession(doc, id, input, at, changed);
  }, { check: () => checkDepartment(db, input.departmentId) });
}

/**
 * Adds people as expected participants, with their 工号 and department as they are now. A person who left the
 * company, or who is unknown, is refused (nothing is added). People already on the list are left as they are.
 */
export async function addParticipants(db: SafeLedgerDb, docs: DocStore, sessionId: string, personIds: readonly string[]): Promise<number> {
  const people = await db.people.bulkGet([...new Set(personIds)]);
  const missing = people.findIndex((p) => !p);
  if (missing >= 0) throw new AppError('training.e.personUnknown');
  const left = people.find((p) => p!.status === 'left');
  if (left) throw new AppError('training.e.personLeft', undefined, { name: left.name, workNo: left.workNo });
  let added = 0;
  const at = Date.now();
  await docs.change(trainingDocId(sessionId), (doc) => {
    assertEditable(doc);
    const have = new Set(readParticipants(doc).map((p) => p.personId));
    for (const p of people) {
      if (have.has(p!.id)) continue;
      writeParticipant(doc, p!.id, { workNo: p!.workNo, name: p!.name, departmentId: p!.departmentId }, at);
      added++;
    }
  });
  return added;
}

export async function dropParticipant(docs: DocStore, sessionId: string, personId: string): Promise<void> {
  await docs.change(trainingDocId(sessionId), (doc) => {
    assertEditable(doc);
    removeParticipant(doc, personId);
  });
}

function participantOf(doc: Y.Doc, personId: string) {
  const p = readParticipants(doc).find((x) => x.personId === personId);
  if (!p) throw new AppError('training.e.notParticipant');
  return p;
}

/** Marks attendance (出勤 / 迟到 / 缺勤). Marking someone absent clears their signature and scores. */
export async function markAttendance(docs: DocStore, sessionId: string, personId: string, mark: AttendanceMark): Promise<void> {
  const at = Date.now();
  await docs.change(trainingDocId(sessionId), (doc) => {
    assertEditable(doc);
    participantOf(doc, personId);
    const clear = mark === 'absent' || mark === 'expected'
      ? { signBlobId: undefined, signedAt: undefined, signMethod: undefined, theory: undefined, practical: undefined, retrainDate: undefined }
      : {};
    writeParticipant(doc, personId, { mark, markedAt: at, ...clear }, at);
  });
}

/** Records a sign-in: the signature picture (pad) or the badge scan; an expected participant becomes present. */
export async function signIn(docs: DocStore, sessionId: string, personId: string, sign: { blobId?: string; method: 'pad' | 'badge' }): Promise<void> {
  const at = Date.now();
  await docs.change(trainingDocId(sessionId), (doc) => {
    assertEditable(doc);
    const p = participantOf(doc, personId);
    const mark = p.mark === 'late' ? 'late' : 'present';
    writeParticipant(doc, personId, { mark, markedAt: p.markedAt ?? at, signedAt: at, signMethod: sign.method, ...(sign.blobId ? { signBlobId: sign.blobId } : {}) }, at);
  });
}

/** Records a participant's scores and, for a failure, the re-training date. Only attendees are scored. */
export async function scoreParticipant(docs: DocStore, sessionId: string, personId: string, s: ScoreInput): Promise<void> {
  const at = Date.now();
  await docs.change(trainingDocId(sessionId), (doc) => {
    assertEditable(doc);
    const p = participantOf(doc, personId);
    if (p.mark !== 'present' && p.mark !== 'late') throw new AppError('training.e.notAttended', undefined, { name: p.name });
    writeParticipant(doc, personId, { theory: s.theory, practical: s.practical, retrainDate: s.retrainDate }, at);
  });
}

/** Attaches a stored blob (photo, scan, document) to the session. */
export async function attachFile(
  docs: DocStore, sessionId: string, file: { blobId: string; kind: AttachmentKind; name: string; mime: string; width?: number; height?: number },
): Promise<string> {
  const id = newId();
  await docs.change(trainingDocId(sessionId), (doc) => {
    assertEditable(doc);
    writeAttachment(doc, { id, at: Date.now(), ...file });
  });
  return id;
}

export async function detachFile(docs: DocStore, sessionId: string, attachmentId: string): Promise<void> {
  await docs.change(trainingDocId(sessionId), (doc) => {
    assertEditable(doc);
    removeAttachment(doc, attachmentId);
  });
}
