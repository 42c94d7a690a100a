import type { TrainingRow } from '../../../../app/services';
import { formatDate } from '../../../../domain/format-date';
import { DEFAULT_PASS_MARK } from '../../../../domain/training/session';
import type { TrainingType } from '../../../../domain/training/training-types';

/** The session form's values as typed (strings, one checkbox); SessionInput parses them at the service. */
export type SessionValues = {
  name: string; type: TrainingType; date: string; start: string; end: string; place: string; instructor: string;
  departmentId: string; topic: string; summary: string; method: string; passMark: string; hours: string;
  recorder: string; planItemId: string; accidentRelated: boolean;
};

export const SESSION_FIELDS = [
  'name', 'type', 'date', 'start', 'end', 'place', 'instructor', 'departmentId', 'topic', 'summary', 'method', 'passMark',
  'hours', 'recorder', 'planItemId', 'accidentRelated',
] as const satisfies readonly (keyof SessionValues)[];

const str = (v: unknown) => (v === undefined || v === null ? '' : String(v));

/** Form values of a stored session, or of a new one (today, 定期复训, pass mark 80). */
export function sessionValues(row?: TrainingRow | null): SessionValues {
  if (!row) {
    return {
      name: '', type: 'refresher', date: formatDate(Date.now()), start: '', end: '', place: '', instructor: '', departmentId: '',
      topic: '', summary: '', method: '', passMark: String(DEFAULT_PASS_MARK), hours: '', recorder: '', planItemId: '', accidentRelated: false,
    };
  }
  const out = { accidentRelated: !!row.accidentRelated } as SessionValues;
  for (const k of SESSION_FIELDS) if (k !== 'accidentRelated') (out as Record<string, unknown>)[k] = str(row[k]);
  return out;
}

/** The fields whose value differs from the baseline (an edit writes only these). */
export function changedFields(v: SessionValues, baseline: SessionValues): string[] {
  return SESSION_FIELDS.filter((k) => v[k] !== baseline[k]);
}

/** A plan item as the session editor uses it (type, 学时 and department pre-fill a session). */
export type PlanItemLite = { id: string; title: string; type: string; hours?: number; departmentId?: string };
