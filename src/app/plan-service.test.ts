import { describe, expect, it } from 'vitest';
import { newId } from '../domain/ids';
import { SessionInput } from '../domain/training/session';
import { planDocId, trainingDocId } from '../docs/doc-id';
import { writeParticipant, writeSession } from '../docs/training-doc';
import { savePerson } from '../store/people-writes';
import { personInput, testWorkspace } from '../store/test-db.testing';
import { createPlanService, type PlanView } from './plan-service';
import type { Actor } from './rules-service';

const safety: Actor = { deviceId: 'dev-a', name: '张安全', isAdmin: false, roles: ['safety'] };
const recorder: Actor = { deviceId: 'dev-b', name: '李记录', isAdmin: false, roles: ['recorder'] };
const YEAR = 2025;
const weld = newId();
const item = { title: '焊工年度复训', type: 'refresher', hours: '8', month: '3', departmentId: 'd1', targetPostIds: [weld] };

async function setup(who: Actor = safety) {
  const w = testWorkspace();
  let me = who;
  const svc = createPlanService(w.db, w.docs, async () => me);
  return { ...w, svc, as: (a: Actor) => (me = a) };
}

/** The next value of a live view that satisfies `ok`. */
function until(view: ReturnType<ReturnType<typeof createPlanService>['view']>, ok: (v: PlanView) => boolean): Promise<PlanView> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('view never matched')), 4000);
    const stop = view.subscribe((v) => {
      if (!ok(v)) return;
      clearTimeout(timer);
      queueMicrotask(stop);
      resolve(v);
    }, reject);
  });
}

describe('plan service', () => {
  it('refuses bad input with the plan messages and stores nothing', async () => {
    const { db, svc, close } = await setup();
    expect(await svc.saveItem(YEAR, null, { ...item, hours: '0', month: '13', title: '' })).toEqual({
      ok: false, errors: { hours: { key: 'plan.e.hours' }, month: { key: 'plan.e.month' }, title: { key: 'v.required' } },
    });
    expect(await svc.saveItem(YEAR, null, { ...item, hours: '' })).toMatchObject({ ok: false, errors: { hours: { key: 'plan.e.hours' } } });
    expect(await svc.saveItem(1999, null, item)).toMatchObject({ ok: false, errors: { '': { key: 'plan.e.year' } } });
    expect(await db.docs.get(planDocId(YEAR))).toBeUndefined();
    expect(await svc.items(YEAR)).toEqual([]);
    close();
  });

  it('lets only admins and safety officers edit and approve', async () => {
    const { svc, as, close } = await setup(recorder);
    expect(await svc.saveItem(YEAR, null, item)).toEqual({ ok: false, errors: { '': { key: 'plan.e.role' } } });
    as(safety);
    const saved = await svc.saveItem(YEAR, null, item);
    expect(saved.ok).toBe(true);
    as(recorder);
    expect(await svc.approve(YEAR)).toEqual({ ok: false, errors: { '': { key: 'plan.e.role' } } });
    expect(await svc.removeItem(YEAR, saved.ok ? saved.value : '')).toMatchObject({ ok: false });
    expect(await svc.items(YEAR)).toHaveLength(1);
    close();
  });

  it('saves, lists the year, approves, and flags an edit after approval', async () => {
    const { svc, close } = await setup();
    expect(await svc.approve(YEAR)).toEqual({ ok: false, errors: { '': { key: 'plan.e.empty' } } });
    const years: number[][] = [];
    const stopYears = svc.years.subscribe((y) => years.push(y));
    const a = await svc.saveItem(YEAR, null, item);
    const b = await svc.saveItem(YEAR, null, { ...item, title: '消防演练', type: 'drill', special: true, month: '6', targetPostIds: [] });
    expect(a.ok && b.ok).toBe(true);
    const id = a.ok ? a.value : '';
    expect(await svc.saveItem(YEAR, newId(), item)).toEqual({ ok: false, errors: { '': { key: 'plan.e.gone' } } });

    const view = svc.view(YEAR);
    const first = await until(view, (v) => v.items.length === 2);
    expect(first).toMatchObject({ exists: true, changedSinceApproval: false });
    expect(first.approval).toBeUndefined();
    expect(first.items.map((i) => [i.title, i.month, i.special])).toEqual([['焊工年度复训', 3, false], ['消防演练', 6, true]]);

    expect(await svc.approve(YEAR)).toEqual({ ok: true, value: undefined });
    const approved = await until(view, (v) => !!v.approval);
    expect(approved.approval).toMatchObject({ by: '张安全', device: 'dev-a' });

    // Only the changed field is written: a stale title in the form does not overwrite.
    expect(await svc.saveItem(YEAR, id, { ...item, title: '旧标题', hours: '12' }, ['hours'])).toMatchObject({ ok: true });
    const changed = await until(view, (v) => v.changedSinceApproval);
    expect(changed.items[0]).toMatchObject({ title: '焊工年度复训', hours: 12 });
    expect(changed.approval).toMatchObject({ by: '张安全' });

    expect(await svc.removeItem(YEAR, b.ok ? b.value : '')).toMatchObject({ ok: true });
    expect((await svc.items(YEAR)).map((i) => i.id)).toEqual([id]);
    await new Promise((r) => setTimeout(r, 50));
    expect(years.at(-1)).toEqual([YEAR]);
    stopYears();
    close();
  });

  it('shows plan vs actual from linked sessions and gives the active targets to pick from', async () => {
    const { db, docs, svc, close } = await setup();
    const [p1, p2, p3] = [
      await savePerson(db, docs, null, personInput(1, { postId: weld })),
      await savePerson(db, docs, null, personInput(2, { postId: weld })),
      await savePerson(db, docs, null, personInput(3, { postId: weld, status: 'left' })),
    ];
    const other = await savePerson(db, docs, null, personInput(4));
    const saved = await svc.saveItem(YEAR, null, { ...item, targetPersonIds: [other] });
    const id = saved.ok ? saved.value : '';
    expect(await svc.targets(YEAR, id)).toEqual([p1, p2, other]);
    // The third welder exists but has left: not a target.
    expect((await db.people.get(p3))!.status).toBe('left');

    const view = svc.view(YEAR);
    expect((await until(view, (v) => v.items.length === 1)).items[0]!.actual).toMatchObject({ sessions: 0, targeted: 3, trained: 0 });

    // A held session linked to the item, two of the three targets attended.
    const sid = newId();
    await docs.change(trainingDocId(sid), (doc) => {
      writeSession(doc, sid, SessionInput.parse({ name: '焊工复训', type: 'refresher', date: '2025-03-10', hours: 8, planItemId: id }), 1);
      writeParticipant(doc, p1, { workNo: 'W1', name: '测试1', departmentId: '', mark: 'present' }, 1);
      writeParticipant(doc, p2, { workNo: 'W2', name: '测试2', departmentId: '', mark: 'absent' }, 1);
      writeParticipant(doc, other, { workNo: 'W4', name: '测试4', departmentId: '', mark: 'late' }, 1);
    });
    const v = await until(view, (x) => x.items[0]!.actual.sessions === 1);
    expect(v.items[0]!.actual).toMatchObject({ held: 1, hoursDelivered: 8, targeted: 3, trained: 2, trainedTargets: 2, status: 'in-progress' });
    expect(v.items[0]!.targetPeople).toEqual([{ id: other, name: '测试4', workNo: 'W4' }]);
    close();
  });
});
