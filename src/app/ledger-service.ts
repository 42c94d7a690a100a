import { z } from 'zod';
import { AppError } from '../domain/app-error';
import { formatDate } from '../domain/format-date';
import type { QualityMetrics } from '../domain/training/quality-metrics';
import type { ParticipationRow, TrainingRow } from '../docs/rows';
import type { SafeLedgerDb } from '../store/db';
import type { Live } from '../store/live';
import { hoursLedgerAll, type HoursLedgerAll } from '../store/queries/hours-ledger-query';
import { trainingMetrics } from '../store/queries/training-metrics-query';
import { throttledLive } from '../store/throttled-live';
import { attendanceOf } from '../store/queries/attendance-rows';

export type { HoursLedgerAll, HoursLedgerEntry, LedgerPerson, RoleBasis } from '../store/queries/hours-ledger-query';
export type { QualityCounts, QualityMetrics } from '../domain/training/quality-metrics';

/** One line of a person's training history. */
export type TrainingHistoryItem = Pick<ParticipationRow, 'sessionId' | 'date' | 'type' | 'mark' | 'hours' | 'passed' | 'state'> & {
  name: string; archiveNumber: string;
};

/** Years the ledger and the metrics accept. */
const Year = z.number().int().min(2000).max(2100);
function year(y: number): number {
  if (!Year.safeParse(y).success) throw new AppError('ledger.e.year', 'year');
  return y;
}

/** Tables whose changes can move someone's hours: people, posts, certificates, attendance, the org and the rules. */
const HOURS_TABLES = ['people', 'posts', 'certificates', 'trainings', 'org', 'ruleOverrides'];

/**
 * 学时台账 and 质量统计 (PRODUCT T9, T11), loaded with those pages: live queries over the projections, re-read at most
 * every 500 ms while a sync or an import streams in. A year outside 2000–2100 is refused (AppError 'ledger.e.year').
 */
export function createLedgerService(db: SafeLedgerDb) {
  const today = () => formatDate(Date.now());
  return {
    /** Every employed person's hours in `y` against their rule, and who is short. */
    hours: (y: number): Live<HoursLedgerAll> => {
      const yr = year(y);
      return throttledLive(db, HOURS_TABLES, () => hoursLedgerAll(db, yr, today()), 500);
    },
    /** One person's hours in `y` (the dossier); no entry once they have left. */
    person: (personId: string, y: number): Live<HoursLedgerAll['entries'][number] | null> => {
      const yr = year(y);
      return throttledLive(db, HOURS_TABLES, async () => (await hoursLedgerAll(db, yr, today(), personId)).entries[0] ?? null, 300);
    },
    /** 完整率 / 及时率 / 规范率 of `y` per department and month (one department with `departmentId`). */
    metrics: (y: number, departmentId?: string): Live<QualityMetrics & { submitHours: number }> => {
      const yr = year(y);
      return throttledLive(db, ['trainings', 'ruleOverrides'], () => trainingMetrics(db, yr, Date.now(), departmentId || undefined), 500);
    },
    /** A person's sessions (dossier), newest first: what they attended with the session's name and archive number. */
    history: (personId: string): Live<TrainingHistoryItem[]> =>
      throttledLive(db, ['trainings'], async () => {
        // The session rows hold their participants: one multi-entry index read gives both.
        const sessions = await db.trainings.where('personIds').equals(personId).toArray();
        return sessions
          .flatMap((s) => attendanceOf(s).filter((a) => a.personId === personId).map((r) => ({
            sessionId: r.sessionId, date: r.date, type: r.type, mark: r.mark, hours: r.hours, ...(r.passed === undefined ? {} : { passed: r.passed }),
            name: s.name, archiveNumber: s.archiveNumber, state: r.state,
          })))
          .sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
      }, 300),
    /** Records waiting for a reviewer or for their author's fixes (the 培训记录 待办 box), oldest session first. */
    awaiting: (): Live<TrainingRow[]> =>
      throttledLive(db, ['trainings'], () => db.trainings.where('state').anyOf(['submitted', 'returned']).sortBy('date'), 500),
    /** Times the whole ledger of `y` once (bench `hours_ledger_R_ms`). */
    async time(y: number): Promise<{ ms: number; people: number; short: number }> {
      const t0 = performance.now();
      const r = await hoursLedgerAll(db, year(y), today());
      return { ms: performance.now() - t0, people: r.entries.length, short: r.shortfalls.length };
    },
  };
}
export type LedgerService = ReturnType<typeof createLedgerService>;
