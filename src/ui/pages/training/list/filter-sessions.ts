import type { TrainingRow } from '../../../../app/services';

/** The in-memory conditions of the 培训记录 list (the date range and department are read with indexes). */
export type SessionFilter = { type?: string; state?: string; q?: string };

/** Rows meeting `f`; the search matches name, topic, instructor and archive number (case-insensitive). */
export function filterSessions(rows: readonly TrainingRow[], f: SessionFilter): TrainingRow[] {
  const q = (f.q ?? '').trim().toLowerCase();
  return rows.filter((r) =>
    (!f.type || r.type === f.type) &&
    (!f.state || r.state === f.state) &&
    (!q || [r.name, r.topic, r.instructor, r.archiveNumber].some((s) => (s ?? '').toLowerCase().includes(q))));
}
