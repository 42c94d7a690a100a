import { describe, expect, it } from 'vitest';
import { AttendanceRow } from './attendance';

const ok = { sessionId: 'sess-1', date: '2025-03-01', type: 'annual', hours: 4 };
const messages = (v: unknown) => {
  const r = AttendanceRow.safeParse(v);
  // Distinct messages: the shared isoDate schema may report one fault twice.
  return r.success ? [] : [...new Set(r.error.issues.map((i) => `${i.path.join('.')}:${i.message}`))];
};

describe('AttendanceRow', () => {
  it('accepts a row and keeps an assessment result', () => {
    expect(AttendanceRow.parse({ ...ok, hours: 3.5, passed: false })).toEqual({ ...ok, hours: 3.5, passed: false });
    expect(AttendanceRow.parse({ ...ok, sessionId: '  sess-1 ' }).sessionId).toBe('sess-1');
  });

  it.each([
    [{ ...ok, date: '2025-02-30' }, 'date:v.date'],
    [{ ...ok, date: '2025/03/01' }, 'date:v.date'],
    [{ ...ok, type: 'drill' }, 'type:v.enum'],
    [{ ...ok, hours: -1 }, 'hours:v.invalid'],
    [{ ...ok, hours: 201 }, 'hours:v.invalid'],
    [{ ...ok, hours: 1.25 }, 'hours:v.invalid'],
    [{ ...ok, hours: '4' }, 'hours:v.invalid'],
    [{ ...ok, sessionId: ' ' }, 'sessionId:v.required'],
  ])('refuses %j with a message key', (input, message) => {
    expect(messages(input)).toEqual([message]);
  });
});
