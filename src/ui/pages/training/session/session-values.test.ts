import { describe, expect, it } from 'vitest';
import type { TrainingRow } from '../../../../app/services';
import { SessionInput } from '../../../../domain/training/session';
import { changedFields, sessionValues } from './session-values';

describe('session form values', () => {
  it('start a new session as a valid draft once named (today, 定期复训, pass mark 80)', () => {
    const v = sessionValues();
    expect(v).toMatchObject({ type: 'refresher', passMark: '80', accidentRelated: false, start: '', hours: '' });
    expect(v.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(SessionInput.safeParse(v).success).toBe(false);
    expect(SessionInput.parse({ ...v, name: '定期复训' })).toMatchObject({ passMark: 80, hours: undefined, start: undefined });
  });

  it('round-trip a stored row and name only the fields edited', () => {
    const row = { name: '四新培训', type: 'four-new', date: '2025-03-04', start: '09:00', passMark: 70, hours: 2.5, accidentRelated: true } as unknown as TrainingRow;
    const base = sessionValues(row);
    expect(base).toMatchObject({ name: '四新培训', start: '09:00', end: '', passMark: '70', hours: '2.5', accidentRelated: true, method: '' });
    expect(changedFields(base, base)).toEqual([]);
    expect(changedFields({ ...base, end: '10:00', accidentRelated: false }, base)).toEqual(['end', 'accidentRelated']);
  });
});
