import type { Accessor } from 'solid-js';
import { AppError } from '../domain/app-error';
import type { BlobId } from '../domain/ids';
import { parseBadge } from '../domain/person-badge';
import { ATTENDANCE_MARKS, PASS_MARK_RULE, ScoreInput, SessionInput, type AttendanceMark } from '../domain/training/session';
import { ATTACHMENT_KINDS, type AttachmentKind } from '../domain/training/training-types';
import type { WorkflowAction } from '../domain/training/workflow-event';
import { docKind, trainingDocId, type DocId } from '../docs/doc-id';
import type { ParticipationRow, TrainingRow } from '../docs/rows';
import { createBlobStore } from '../store/blob-store';
import type { SafeLedgerDb } from '../store/db';
import type { DocStore } from '../store/doc-store';
import { live, type Live } from '../store/live';
import { throttledLive } from '../store/throttled-live';
import {
  addParticipants, attachFile, createSession, detachFile, dropParticipant, markAttendance, saveSession, scoreParticipant, signIn,
} from '../store/training-writes';
import { reconcileArchiveNumbers, takeWorkflowStep } from '../store/training-workflow-writes';
import { getWorkspace } from '../store/workspace-meta';
import { projectionContext } from '../store/projection-context';
import { workCalendar } from '../store/work-calendar';
import { deadlineRules, trainingDeadline, type TrainingDeadline } from '../domain/training/deadlines';
import { attempt, saveWith } from './form-result';
import type { Actor } from './rules-service';
import { createUploadStore } from './store-upload';
import { personAttendance, retrainAttendance, sessionAttendance } from '../store/queries/attendance-rows';

/** Which sessions a list shows: a date range (YYYY-MM-DD, inclusive), optionally one department. */
export type TrainingFilter = { from: string; to: string; departmentId?: string };

const PNG = [0x89, 0x50, 0x4e, 0x47];

/**
 * Training records (PRODUCT T3–T8): sessions, participants, sign-in, scores, evidence and the review workflow.
 * Loaded with the training pages. On the leader tab it keeps archive numbers reconciled as records arrive from
 * other devices (two devices archiving offline may have claimed the same number).
 */
export function createTrainingService(
  db: SafeLedgerDb, docs: DocStore, deps: { actor: () => Promise<Actor>; putImage: (file: Blob) => Promise<BlobId>; isLeader: Accessor<boolean> },
) {
  const storeUpload = createUploadStore(db, deps.putImage, 'training.e.fileType');
  const blobs = async () => {
    const ws = await getWorkspace(db);
    if (!ws) throw new Error('no workspace');
    return createBlobStore(db, ws.key);
  };

  // Archive numbers: after any commit touching archived training docs, reconcile their groups (leader tab only;
  // every device computes the same numbers, so concurrent reconciliations converge).
  const pending = new Set<DocId>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const flush = async () => {
    timer = undefined;
    const ids = [...pending].map((d) => d.slice('training/'.length));
    pending.clear();
    const rows = (await db.trainings.bulkGet(ids)).filter((r): r is TrainingRow => !!r && !!r.archiveGroup);
    if (rows.length) await reconcileArchiveNumbers(db, docs, rows.map((r) => r.archiveGroup));
  };
  const off = docs.onCommit((changes) => {
    for (const c of changes) if (docKind(c.docId) === 'training') pending.add(c.docId);
    if (pending.size && deps.isLeader() && !timer) timer = setTimeout(() => void flush().catch((e) => console.error(e)), 300);
  });

  return {
    /** Stops reconciling (tests; the app keeps the service for the page's lifetime). */
    stop() {
      off();
      clearTimeout(timer);
    },
    /** Sessions in a date range, newest first (re-read at most every 300 ms while a sync streams in). */
    list: (f: TrainingFilter): Live<TrainingRow[]> =>
      throttledLive(db, ['trainings'], async () => {
        const rows = f.departmentId
          ? await db.trainings.where('[departmentId+date]').between([f.departmentId, f.from], [f.departmentId, f.to], true, true).toArray()
          : await db.trainings.where('date').between(f.from, f.to, true, true).toArray();
        return rows.sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : (b.start ?? '').localeCompare(a.start ?? '')));
      }, 300),
    /** One session (null once known to be absent). */
    one: (id: string): Live<TrainingRow | null> => live(async () => (await db.trainings.get(id)) ?? null),
    /** The workflow step the session waits for and its deadline on the working-day calendar (null once archived). */
    deadline: (id: string): Live<TrainingDeadline | null> =>
      live(async () => {
        const row = await db.trainings.get(id);
        if (!row) return null;
        const [ctx, cal] = await Promise.all([projectionContext(db), workCalendar(db)]);
        return trainingDeadline(row, cal, deadlineRules(ctx.rules), Date.now());
      }),
    /** The pass mark a new session starts with: the rule in force (设置 › 规则 may override the default 80). */
    defaultPassMark: async (): Promise<number> => (await projectionContext(db)).rules.num(PASS_MARK_RULE).value,
    /** Its participants, in 工号 order. */
    participants: (id: string): Live<ParticipationRow[]> =>
      live(() => sessionAttendance(db, id)),
    /** Failed participants with a re-training date who have not passed a later session of the same type (T5). */
    followUps: (): Live<ParticipationRow[]> =>
      // Re-read at most every 500 ms during a sync; one read of each failed person's sessions, not one per failure.
      throttledLive(db, ['trainings'], async () => {
        const failed = await retrainAttendance(db);
        const out: ParticipationRow[] = [];
        const byPerson = new Map<string, ParticipationRow[]>();
        for (const f of failed) byPerson.set(f.personId, [...(byPerson.get(f.personId) ?? []), f]);
        for (const [personId, fails] of byPerson) {
          const passed = (await personAttendance(db, personId)).filter((l) => l.passed === true);
          out.push(...fails.filter((f) => !passed.some((l) => l.date > f.date && l.type === f.type)));
        }
        return out.sort((a, b) => a.retrainDate!.localeCompare(b.retrainDate!));
      }, 500),

    create: (values: unknown) => saveWith(SessionInput, values, (v) => createSession(db, docs, v)),
    save: (id: string, values: unknown, changed?: string[]) => saveWith(SessionInput, values, (v) => saveSession(db, docs, id, v, changed)),
    addParticipants: (id: string, personIds: string[]) => attempt(() => addParticipants(db, docs, id, personIds)),
    removeParticipant: (id: string, personId: string) => attempt(() => dropParticipant(docs, id, personId)),
    mark: (id: string, personId: string, mark: AttendanceMark) =>
      attempt(async () => {
        if (!ATTENDANCE_MARKS.includes(mark)) throw new AppError('v.enum');
        await markAttendance(docs, id, personId, mark);
      }),
    /** Stores a signature drawn on the pad (a PNG) and signs the participant in. */
    signWithPad: (id: string, personId: string, png: Blob) =>
      attempt(async () => {
        const bytes = new Uint8Array(await png.arrayBuffer());
        if (bytes.length < 8 || PNG.some((b, i) => bytes[i] !== b)) throw new AppError('e.image.invalid');
        const blobId = await (await blobs()).put(bytes, 'image/png');
        await signIn(docs, id, personId, { blobId, method: 'pad' });
      }),
    /**
     * Signs in by a scanned badge (SLB1.<personId>.<workNo>): someone not yet on the list who is employed is added
     * first. Returns the person's name.
     */
    signWithBadge: (id: string, text: string) =>
      attempt(async () => {
        const badge = parseBadge(text);
        if (!badge) throw new AppError('training.e.badge');
        const person = await db.people.get(badge.personId);
        if (!person || person.workNo !== badge.workNo) throw new AppError('training.e.badgeUnknown');
        if (!(await db.trainings.get(id))?.personIds.includes(person.id)) await addParticipants(db, docs, id, [person.id]);
        await signIn(docs, id, person.id, { method: 'badge' });
        return person.name;
      }),
    score: (id: string, personId: string, values: unknown) => saveWith(ScoreInput, values, (v) => scoreParticipant(docs, id, personId, v)),
    /** Stores a photo (downscaled; anything but a picture is refused) or a document/scan and attaches it. */
    attach: (id: string, file: Blob & { name?: string }, kind: AttachmentKind) =>
      attempt(async () => {
        if (!ATTACHMENT_KINDS.includes(kind)) throw new AppError('v.enum');
        if (kind === 'photo' && !file.type.startsWith('image/')) throw new AppError('training.e.photoType');
        const stored = kind === 'photo' ? { blobId: await deps.putImage(file), mime: 'image/jpeg' } : await storeUpload(file);
        return attachFile(docs, id, { ...stored, kind, name: (file.name ?? '').slice(0, 80) });
      }),
    detach: (id: string, attachmentId: string) => attempt(() => detachFile(docs, id, attachmentId)),
    /** One workflow step (submit, review, return with a comment, archive). */
    act: (id: string, action: WorkflowAction, comment?: string) =>
      attempt(async () => takeWorkflowStep(db, docs, id, action, await deps.actor(), comment)),
  };
}
export type TrainingService = ReturnType<typeof createTrainingService>;
