import { AppError } from '../domain/app-error';
import { formatDateTime } from '../domain/format-date';
import type { BlobId } from '../domain/ids';
import { trainingDocId } from '../docs/doc-id';
import type { ParticipationRow, TrainingRow } from '../docs/rows';
import type { PdfImage, SigninSheetVm, TrainingParticipantVm, TrainingRecordVm } from '../reports/pdf';
import { ZH_TRAINING } from '../reports/pdf/training-labels';
import { createBlobStore } from '../store/blob-store';
import type { SafeLedgerDb } from '../store/db';
import { getWorkspace } from '../store/workspace-meta';
import { sessionAttendance } from '../store/queries/attendance-rows';

const hhmm = (ms: number | undefined) => (ms ? formatDateTime(ms).slice(11, 16) : undefined);

/**
 * Builds the view-models of the training PDFs (records, sign-in sheets) from the projections and the blob store:
 * names instead of ids, signatures and photos as bytes. A picture that has not arrived from a peer yet is left out
 * rather than blocking the PDF.
 */
export function createTrainingPdfVm(db: SafeLedgerDb) {
  const blobsP = getWorkspace(db).then((ws) => (ws ? createBlobStore(db, ws.key) : null));
  async function image(id: string | undefined): Promise<PdfImage | undefined> {
    const b = id ? await blobsP : null;
    if (!b || !id) return undefined;
    try {
      return await b.get(id as BlobId);
    } catch {
      return undefined;
    }
  }
  const deptNames = async () => new Map((await db.departments.toArray()).map((d) => [d.id as string, d.name]));

  async function load(id: string): Promise<{ row: TrainingRow; parts: ParticipationRow[]; depts: Map<string, string> }> {
    const [row, parts, depts] = await Promise.all([
      db.trainings.get(id), sessionAttendance(db, id), deptNames(),
    ]);
    if (!row) throw new AppError('training.e.gone');
    return { row, parts: parts.sort((a, b) => a.workNo.localeCompare(b.workNo)), depts };
  }

  const step = (a: { by: string; at: number } | undefined) => (a ? { by: a.by, at: formatDateTime(a.at) } : undefined);

  async function participant(p: ParticipationRow, depts: Map<string, string>): Promise<TrainingParticipantVm> {
    return {
      workNo: p.workNo, name: p.name, department: depts.get(p.departmentId) ?? '', mark: p.mark,
      ...(p.signedAt ? { signedAt: hhmm(p.signedAt) } : {}), signature: await image(p.signBlobId),
      ...(p.theory !== undefined ? { theory: p.theory } : {}), ...(p.practical !== undefined ? { practical: p.practical } : {}),
      ...(p.passed !== undefined ? { passed: p.passed } : {}), ...(p.retrainDate ? { retrainDate: p.retrainDate } : {}),
    };
  }

  /** 安全生产培训记录 of one session. */
  async function record(id: string): Promise<TrainingRecordVm> {
    const { row, parts, depts } = await load(id);
    const last = (action: string) => [...row.events].reverse().find((e) => e.action === action);
    const photos = row.attachments.filter((a) => a.kind === 'photo');
    return {
      ...(row.archiveNumber ? { number: row.archiveNumber } : {}),
      renumbered: row.archive.renumbered.map((r) => ({ from: r.from, to: r.to, at: formatDateTime(r.at) })),
      name: row.name, typeLabel: ZH_TRAINING.type[row.type], department: depts.get(row.departmentId) ?? '', date: row.date,
      ...(row.start ? { start: row.start } : {}), ...(row.end ? { end: row.end } : {}),
      place: row.place, instructor: row.instructor, topic: row.topic, summary: row.summary,
      ...(row.method ? { methodLabel: ZH_TRAINING.method[row.method] } : {}), passMark: row.passMark,
      ...(row.hours !== undefined ? { hours: row.hours } : {}), recorder: row.recorder, stateLabel: ZH_TRAINING.state[row.state],
      submitted: step(last('submit')), reviewed: step(last('review')), archived: step(last('archive')),
      participants: await Promise.all(parts.map((p) => participant(p, depts))),
      photos: (await Promise.all(photos.map((a) => image(a.blobId)))).filter((x): x is PdfImage => !!x),
      documents: row.attachments.filter((a) => a.kind !== 'photo').map((a) => ({ kindLabel: ZH_TRAINING.attachment[a.kind], name: a.name })),
    };
  }

  /** 签到表 of one session (blank boxes for those not signed yet). */
  async function signinSheet(id: string): Promise<SigninSheetVm> {
    const { row, parts, depts } = await load(id);
    return {
      name: row.name, typeLabel: ZH_TRAINING.type[row.type], department: depts.get(row.departmentId) ?? '', date: row.date,
      ...(row.start ? { start: row.start } : {}), ...(row.end ? { end: row.end } : {}), place: row.place, instructor: row.instructor,
      participants: await Promise.all(parts.filter((p) => p.mark !== 'absent').map(async (p) => ({
        workNo: p.workNo, name: p.name, department: depts.get(p.departmentId) ?? '',
        ...(p.signedAt ? { signedAt: hhmm(p.signedAt) } : {}), signature: await image(p.signBlobId),
      }))),
    };
  }

  /** The ids of the sessions held in a period (optionally one department), oldest first. */
  async function period(from: string, to: string, departmentId?: string): Promise<string[]> {
    const rows = departmentId
      ? await db.trainings.where('[departmentId+date]').between([departmentId, from], [departmentId, to], true, true).toArray()
      : await db.trainings.where('date').between(from, to, true, true).toArray();
    return rows.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : 1)).map((r) => r.id);
  }

  return { record, signinSheet, period };
}
