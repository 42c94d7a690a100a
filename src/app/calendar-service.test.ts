import { afterEach, describe, expect, it } from 'vitest';
import type { Role } from '../domain/roles';
import { testWorkspace } from '../store/test-db.testing';
import { createCalendarService } from './calendar-service';

let ws: ReturnType<typeof testWorkspace>;
afterEach(() => ws?.close());

const actor = (roles: Role[], isAdmin = false) => async () => ({ deviceId: 'dev-1', name: '张安全', isAdmin, roles });
const errorKey = (r: { ok: boolean; errors?: Record<string, { key: string }> }) => (r.ok ? null : Object.values(r.errors!)[0]!.key);

describe('calendar service', () => {
  it('a safety officer adds and removes an override; the calendar follows', async () => {
    ws = testWorkspace();
    const svc = createCalendarService(ws.db, ws.docs, actor(['safety']));
    expect(await svc.save({ date: '2027-01-01', kind: 'holiday', note: '2027 年元旦' })).toEqual({ ok: true, value: undefined });
    expect(await ws.db.calendarOverrides.get('2027-01-01')).toMatchObject({ kind: 'holiday', note: '2027 年元旦', by: '张安全' });
    await expect.poll(async () => (await svc.calendar()).isWorkday('2027-01-01')).toBe(false);
    expect(await svc.due({ date: '2026-12-30', days: '3' })).toEqual({ ok: true, value: { due: '2027-01-05', estimated: false, calendarVersion: '2026.1+local' } });
    expect((await svc.remove('2027-01-01')).ok).toBe(true);
    expect(await ws.db.calendarOverrides.count()).toBe(0);
  });

  it('refuses other roles, pointless and invalid input, and changes nothing', async () => {
    ws = testWorkspace();
    const recorder = createCalendarService(ws.db, ws.docs, actor(['recorder']));
    expect(errorKey(await recorder.save({ date: '2027-01-01', kind: 'holiday' }))).toBe('calendar.e.role');
    expect(await recorder.mayEdit()).toBe(false);
    const admin = createCalendarService(ws.db, ws.docs, actor([], true));
    expect(await admin.mayEdit()).toBe(true);
    expect(errorKey(await admin.save({ date: '2025-10-01', kind: 'holiday' }))).toBe('calendar.e.alreadyHoliday');
    expect(errorKey(await admin.save({ date: '2025-10-11', kind: 'workday' }))).toBe('calendar.e.alreadyWorkday');
    expect(errorKey(await admin.save({ date: '2025-02-30', kind: 'holiday' }))).toBe('v.date');
    expect(errorKey(await admin.save({ date: '2027-01-01', kind: 'rest' }))).toBe('v.enum');
    expect(errorKey(await admin.remove('2027-01-01'))).toBe('calendar.e.notFound');
    expect(errorKey(await admin.due({ date: '2026-12-30', days: 'x' }))).toBe('calendar.e.days');
    expect(await ws.db.calendarOverrides.count()).toBe(0);
  });
});
