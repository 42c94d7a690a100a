import { TRAINING_TYPE_INFO } from '../../domain/training/training-types';
import type { ParticipationRow, TrainingRow } from '../../docs/rows';
import type { SafeLedgerDb } from '../db';

/** A session row's participants as ParticipationRows (the session's keys added to each). */
export function attendanceOf(row: TrainingRow): ParticipationRow[] {
  const kind = (TRAINING_TYPE_INFO[row.type] ?? TRAINING_TYPE_INFO.other).counts;
  return row.attendance.map((a) => ({
    ...a, id: `${row.id}/${a.personId}`, docId: row.docId, sessionId: row.id, date: row.date, type: row.type, kind, state: row.state,
  }));
}

/** One session's participants (in 工号 order). */
export async function sessionAttendance(db: SafeLedgerDb, sessionId: string): Promise<ParticipationRow[]> {
  const row = await db.trainings.get(sessionId);
  return row ? attendanceOf(row).sort((a, b) => a.workNo.localeCompare(b.workNo)) : [];
}

/** The participants of several sessions. */
export async function sessionsAttendance(db: SafeLedgerDb, sessionIds: readonly string[]): Promise<ParticipationRow[]> {
  const rows = await db.trainings.bulkGet([...sessionIds]);
  return rows.flatMap((r) => (r ? attendanceOf(r) : []));
}

/** One person's participations, dated `from`–`to` (inclusive, YYYY-MM-DD), oldest first: one multi-entry index read. */
export async function personAttendance(db: SafeLedgerDb, personId: string, from = '', to = '\uffff'): Promise<ParticipationRow[]> {
  const rows = await db.trainings.where('personIds').equals(personId).toArray();
  return rows
    .filter((r) => r.date >= from && r.date <= to)
    .flatMap((r) => attendanceOf(r).filter((a) => a.personId === personId))
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/** Every participation of the sessions dated `from`–`to` (inclusive): one range read on the date index. */
export async function attendanceInRange(db: SafeLedgerDb, from: string, to: string): Promise<ParticipationRow[]> {
  return (await db.trainings.where('date').between(from, to, true, true).toArray()).flatMap(attendanceOf);
}

/** Failed participants with a re-training date (the sparse multi-entry index keeps this read small). */
export async function retrainAttendance(db: SafeLedgerDb): Promise<ParticipationRow[]> {
  const rows = await db.trainings.where('retrainDates').above('').distinct().toArray();
  return rows.flatMap((r) => attendanceOf(r).filter((a) => !!a.retrainDate));
}
