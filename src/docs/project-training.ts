import type * as Y from 'yjs';
import type { AttendanceKind } from '../domain/training/attendance';
import { completeness } from '../domain/training/completeness';
import { participantPassed, type AttendanceMark } from '../domain/training/session';
import { TRAINING_TYPE_INFO, type TrainingType } from '../domain/training/training-types';
import { workflowState } from '../domain/training/workflow';
import type { WorkflowEvent, WorkflowState } from '../domain/training/workflow-event';
import type { DocId } from './doc-id';
import {
  hasSignedIn, readArchive, readAttachments, readParticipants, readSession, readSessionEdits, readWorkflow,
  type SessionArchive, type StoredAttachment, type StoredParticipant, type StoredSession,
} from './training-doc';
import type { FieldEdit } from './person-doc';

/**
 * A training session as lists, the workbench, metrics and PDFs read it. Indexed keys (date, state, department,
 * plan item, archive group) are non-personal; participant names sit in the unindexed `attendance` list.
 */
export type TrainingRow = StoredSession & {
  docId: DocId;
  departmentId: string;
  planItemId: string;
  state: WorkflowState;
  events: WorkflowEvent[];
  firstSubmittedAt: number;
  submittedAt: number;
  reviewedAt: number;
  returnedAt: number;
  archivedAt: number;
  returnComment: string;
  /** Archive group 年份-部门代码-培训类型 and the claimed sequence number (0 = not archived). */
  archiveGroup: string;
  archiveSeq: number;
  archiveNumber: string;
  archive: SessionArchive;
  participants: number;
  attended: number;
  late: number;
  absent: number;
  passed: number;
  failed: number;
  attachments: StoredAttachment[];
  missing: string[];
  missingDocuments: string[];
  photos: number;
  unsigned: number;
  complete: boolean;
  standard: boolean;
  specialOps: boolean;
  edits: FieldEdit[];
  /** The participants as the hours ledger and histories read them (attendance.ts expands them with the session's keys). */
  attendance: Attendance[];
  /** Indexed (multi-entry): who took part, for a person's history and hours (one index entry per participant). */
  personIds: string[];
  /** Indexed (multi-entry, usually empty): re-training dates of failed participants, for the follow-up list. */
  retrainDates: string[];
};

/** One participant inside a session row: what the ParticipationRow has beyond the session's own keys. */
export type Attendance = Omit<ParticipationRow, 'id' | 'docId' | 'sessionId' | 'date' | 'type' | 'kind' | 'state'>;

/**
 * One person's participation in one session (`<sessionId>/<personId>`): the person's training history and the hours
 * ledger are queries over these (DESIGN §3.1: not stored twice). They are kept inside the session's row, not as rows
 * of their own: R's 200,000 attendance rows with their indexes made an initial sync and a restore several times
 * slower than its 20,000 session rows (see attendance-rows.ts for the reads).
 */
export type ParticipationRow = Omit<StoredParticipant, 'updatedAt'> & {
  id: string;
  docId: DocId;
  sessionId: string;
  date: string;
  type: TrainingType;
  /** What the hours count towards (attendance.ts); hours are 0 unless the person attended. */
  kind: AttendanceKind;
  hours: number;
  passed?: boolean;
  signed: boolean;
  /** Set only when the person failed and a re-training date was given (indexed: the follow-up list; absent = not indexed). */
  retrainDate?: string;
  state: WorkflowState;
};

const attendedMark = (m: AttendanceMark) => m === 'present' || m === 'late';

/** Projects a training doc to its session row, participants included. */
export function projectTraining(docId: DocId, doc: Y.Doc): { trainings: TrainingRow[] } {
  const s = readSession(doc);
  if (!s) return { trainings: [] };
  const parts = readParticipants(doc);
  const files = readAttachments(doc);
  const wf = workflowState(readWorkflow(doc));
  const arch = readArchive(doc);
  const info = TRAINING_TYPE_INFO[s.type] ?? TRAINING_TYPE_INFO.other;
  const passedOf = (p: StoredParticipant) => (attendedMark(p.mark) ? participantPassed(s.method, s.passMark, p) : undefined);
  const c = completeness({
    session: s,
    participants: parts.map((p) => ({ ...p, signed: hasSignedIn(p) })),
    attachments: files,
  });
  const results = parts.map(passedOf);
  const attendance: Attendance[] = parts.map((p, i) => {
    const { updatedAt: _u, retrainDate, ...rest } = p;
    const passed = results[i];
    return {
      ...rest, hours: attendedMark(p.mark) ? (s.hours ?? 0) : 0, ...(passed === undefined ? {} : { passed }), signed: hasSignedIn(p),
      ...(passed === false && retrainDate ? { retrainDate } : {}),
    };
  });
  const row: TrainingRow = {
    ...s, docId, departmentId: s.departmentId ?? '', planItemId: s.planItemId ?? '', state: wf.state, events: wf.steps,
    firstSubmittedAt: wf.firstSubmittedAt ?? 0, submittedAt: wf.submittedAt ?? 0, reviewedAt: wf.reviewedAt ?? 0,
    returnedAt: wf.returnedAt ?? 0, archivedAt: wf.archivedAt ?? 0, returnComment: wf.returnComment ?? '',
    archiveGroup: arch.claim?.group ?? '', archiveSeq: arch.claim?.seq ?? 0, archiveNumber: arch.number ?? '', archive: arch,
    participants: parts.length,
    attended: parts.filter((p) => attendedMark(p.mark)).length,
    late: parts.filter((p) => p.mark === 'late').length,
    absent: parts.filter((p) => p.mark === 'absent').length,
    passed: results.filter((r) => r === true).length,
    failed: results.filter((r) => r === false).length,
    attachments: files, missing: c.missing, missingDocuments: c.missingDocuments, photos: c.photos, unsigned: c.unsigned,
    complete: c.complete, standard: c.standard, specialOps: info.specialOps, edits: readSessionEdits(doc),
    attendance, personIds: parts.map((p) => p.personId), retrainDates: attendance.flatMap((a) => (a.retrainDate ? [a.retrainDate] : [])),
  };
  return { trainings: [row] };
}
