import { describe, expect, it } from 'vitest';
import { planActual, planTargets, type PlanActualAttendance, type PlanActualPerson, type PlanActualSession } from './plan-actual';

const people: PlanActualPerson[] = [
  { id: 'a', postId: 'weld', status: 'active' },
  { id: 'b', postId: 'weld', status: 'active' },
  { id: 'c', postId: 'weld', status: 'left' }, // left the company: not targeted
  { id: 'd', postId: 'elec', status: 'active' },
  { id: 'e', postId: 'elec', status: 'away' },
];
const item = { id: 'i1', month: 3, hours: 8, targetPostIds: ['weld'], targetPersonIds: ['d', 'e'] };
const s = (id: string, date: string, extra: Partial<PlanActualSession> = {}): PlanActualSession => ({ id, planItemId: 'i1', date, state: 'draft', hours: 4, ...extra });
const at = (sessionId: string, personId: string, mark = 'present'): PlanActualAttendance => ({ sessionId, personId, mark });

describe('plan vs actual', () => {
  it('targets active people on the target posts and the named active people', () => {
    expect(planTargets(item, people)).toEqual(['a', 'b', 'd']);
    expect(planTargets({ targetPostIds: [], targetPersonIds: [] }, people)).toEqual([]);
  });

  it('is not started before its month ends and overdue after, while no linked session has been held', () => {
    const future = { sessions: [s('s1', '2025-04-10')], attendances: [], people };
    expect(planActual(2025, item, '2025-03-31', future)).toMatchObject({ sessions: 1, held: 0, status: 'not-started', completion: 0 });
    expect(planActual(2025, item, '2025-04-01', future)).toMatchObject({ held: 0, status: 'overdue' });
    // A session linked to another item does not count.
    const other = { sessions: [s('x', '2025-03-02', { planItemId: 'i2' })], attendances: [at('x', 'a')], people };
    expect(planActual(2025, item, '2025-05-01', other)).toMatchObject({ sessions: 0, trained: 0, status: 'overdue' });
  });

  it('counts held sessions, hours, and distinct attendees who attended; done once every target is trained', () => {
    const rows = {
      sessions: [s('s1', '2025-03-05', { state: 'archived' }), s('s2', '2025-03-20', { hours: 3.5 }), s('s3', '2025-12-01')],
      attendances: [
        at('s1', 'a'), at('s1', 'b', 'late'), at('s1', 'd', 'absent'), at('s2', 'a'), at('s2', 'z'), // z: not a target
        at('s3', 'd'), // s3 is not held yet
      ],
      people,
    };
    const r = planActual(2025, item, '2025-04-01', rows);
    expect(r).toEqual({
      sessions: 3, held: 2, archived: 1, hoursDelivered: 7.5, targeted: 3, trained: 3, trainedTargets: 2, completion: 2 / 3,
      status: 'in-progress',
    });
    const done = planActual(2025, item, '2025-12-02', rows);
    expect(done).toMatchObject({ held: 3, trainedTargets: 3, completion: 1, status: 'done' });
  });

  it('without targets, completion is delivered hours against planned hours', () => {
    const open = { ...item, targetPostIds: [], targetPersonIds: [] };
    const rows = { sessions: [s('s1', '2025-03-05')], attendances: [at('s1', 'a')], people };
    expect(planActual(2025, open, '2025-03-06', rows)).toMatchObject({ targeted: 0, trained: 1, completion: 0.5, status: 'in-progress' });
    const more = { ...rows, sessions: [...rows.sessions, s('s2', '2025-03-06', { hours: 6 })] };
    expect(planActual(2025, open, '2025-03-06', more)).toMatchObject({ hoursDelivered: 10, completion: 1, status: 'done' });
  });
});
