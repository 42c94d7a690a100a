import { describe, expect, it } from 'vitest';
import { addDays, addYears } from '../domain/certificates/date-math';
import { formatDate } from '../domain/format-date';
import { newId } from '../domain/ids';
import type { Role } from '../domain/roles';
import { SessionInput } from '../domain/training/session';
import type { TrainingType } from '../domain/training/training-types';
import { trainingDocId, type DocId } from '../docs/doc-id';
import { writeParticipant, writeSession } from '../docs/training-doc';
import type { DocStore } from '../store/doc-store';
import type { Live } from '../store/live';
import { createPeople } from '../store/people-writes';
import { personInput, testWorkspace } from '../store/test-db.testing';
import { memoryLinkPair } from '../sync/memory-link';
import { testWorkspaceGroup, until } from '../../tests/sync/test-peer';
import { createRetentionService } from './retention-service';
import type { Actor } from './rules-service';

const today = formatDate(Date.now());
const ago = (years: number, days = 0) => addDays(addYears(today, -years), -days);
const once = <T>(l: Live<T>) => new Promise<T>((resolve) => {
  const stop = l.subscribe((v) => (queueMicrotask(() => stop()), resolve(v)));
});
const actor = (deviceId: string, name: string, roles: Role[]) => async (): Promise<Actor> => ({ deviceId, name, roles, isAdmin: roles.includes('admin') });

async function session(docs: DocStore, name: string, date: string, type: TrainingType, o: { accident?: boolean; people?: string[] } = {}): Promise<DocId> {
  const id = newId();
  await docs.change(trainingDocId(id), (doc) => {
    writeSession(doc, id, SessionInput.parse({ name, type, date, accidentRelated: !!o.accident }), 1);
    for (const p of o.people ?? []) writeParticipant(doc, p, { workNo: p.slice(-4), name: '某人', departmentId: '', mark: 'present' }, 1);
  });
  return trainingDocId(id);
}

async function filled(w = testWorkspace()) {
  const [stays, left, leftLongAgo] = await createPeople(w.db, w.docs, [
    personInput(1), personInput(2, { status: 'left', statusDate: ago(1) }), personInput(3, { status: 'left', statusDate: ago(6) }),
  ]);
  const ids = {
    overdue: await session(w.docs, '2021年度复训', ago(3, 10), 'refresher'),
    soon: await session(w.docs, '新员工厂级教育', ago(3, -20), 'level-company'),
    recent: await session(w.docs, '消防演练', ago(1), 'drill'),
    accident: await session(w.docs, '事故警示教育', ago(10), 'refresher', { accident: true }),
    soEmployed: await session(w.docs, '电工复审培训', ago(8), 'so-review', { people: [stays!, leftLongAgo!] }),
    soLeftRecently: await session(w.docs, '焊工复审培训', ago(8), 'so-review', { people: [left!, leftLongAgo!] }),
    soAllLeft: await session(w.docs, '高处作业复审', ago(8), 'so-review', { people: [leftLongAgo!] }),
  };
  return { w, ids };
}

describe('retention service', () => {
  it('lists records due within 30 days or overdue, by class, soonest first', async () => {
    const { w, ids } = await filled();
    const svc = createRetentionService(w.db, w.docs, actor('dev-a', '张安全', ['admin']));
    const due = await once(svc.dueList);
    expect(due.rules).toMatchObject({ years: 3, specialOpsYearsAfterLeaving: 5, verified: false });
    expect(due.items.map((i) => [i.docId, i.class, i.daysLeft])).toEqual([
      // Left 6 years ago: 5 years after leaving ended about a year ago.
      [ids.soAllLeft, 'special-ops', (Date.parse(addYears(ago(6), 5)) - Date.parse(today)) / 86_400_000],
      [ids.overdue, 'general', -10],
      [ids.soon, 'general', 20],
    ]);
    w.close();
  });

  it('needs an admin or safety officer and a reason, and only records whose retention ended', async () => {
    const { w, ids } = await filled();
    const nobody = createRetentionService(w.db, w.docs, actor('dev-c', '王记录', ['recorder']));
    const a = createRetentionService(w.db, w.docs, actor('dev-a', '张安全', ['safety']));
    expect(await nobody.request([ids.overdue], '保管期满')).toMatchObject({ ok: false, errors: { '': { key: 'destroy.e.role' } } });
    expect(await a.request([ids.overdue], '  ')).toMatchObject({ ok: false, errors: { reason: { key: 'v.required' } } });
    expect(await a.request([], '保管期满')).toMatchObject({ ok: false, errors: { docIds: { key: 'destroy.e.none' } } });
    expect(await a.request([ids.soon], '保管期满')).toMatchObject({ ok: false, errors: { docIds: { key: 'destroy.e.notDue' } } });
    expect(await a.request([ids.accident], '保管期满')).toMatchObject({ ok: false, errors: { docIds: { key: 'destroy.e.notDue' } } });
    expect(await w.db.destroyOrders.count()).toBe(0);
    w.close();
  });

  it('destroys only after two different people approved on two devices; the record leaves the list', async () => {
    const { w, ids } = await filled();
    const a = createRetentionService(w.db, w.docs, actor('dev-a', '张安全', ['safety']));
    const sameName = createRetentionService(w.db, w.docs, actor('dev-x', '张安全', ['admin']));
    const b = createRetentionService(w.db, w.docs, actor('dev-b', '李主任', ['admin']));
    const r = await a.request([ids.overdue, ids.soAllLeft], '保管期满，经审查无保存价值');
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    expect((await once(a.dueList)).items.filter((i) => i.requested).map((i) => i.docId).sort()).toEqual([ids.overdue, ids.soAllLeft].sort());
    expect(await a.request([ids.overdue], '再次申请')).toMatchObject({ ok: false, errors: { docIds: { key: 'destroy.e.alreadyRequested' } } });
    expect(await a.approve(r.value)).toMatchObject({ ok: false, errors: { '': { key: 'destroy.e.sameDevice' } } });
    expect(await sameName.approve(r.value)).toMatchObject({ ok: false, errors: { '': { key: 'destroy.e.samePerson' } } });
    expect(await w.db.trainings.count()).toBe(7);
    expect((await once(a.orders))[0]).toMatchObject({ state: 'pending' });

    expect(await b.approve(r.value)).toEqual({ ok: true, value: undefined });
    expect(await w.db.trainings.where('docId').anyOf([ids.overdue, ids.soAllLeft]).count()).toBe(0);
    expect(await w.db.trainings.count()).toBe(5);
    expect((await once(b.dueList)).items.map((i) => i.docId)).toEqual([ids.soon]);
    const [order] = await once(b.orders);
    expect(order).toMatchObject({ state: 'executed', approved: true });
    expect(await b.approve(r.value)).toMatchObject({ ok: false, errors: { '': { key: 'destroy.e.alreadyApproved' } } });

    const vm = await b.destructionPdfVm(r.value);
    expect(vm).toMatchObject({
      orderId: r.value, reason: '保管期满，经审查无保存价值', requestedBy: '张安全', requestedAt: today,
      approvals: [{ by: '张安全', at: today }, { by: '李主任', at: today }], executedAt: today,
    });
    expect(vm.records.map((x) => [x.name, x.retention])).toEqual([['2021年度复训', '一般（3 年）'], ['高处作业复审', '特种作业（离职后 5 年）']]);
    await expect(b.destructionPdfVm('nope')).rejects.toMatchObject({ reason: 'destroy.e.unknownOrder' });
    w.close();
  });
});

describe('destroy orders over sync', () => {
  it('a peer that still has the record learns the order and destroys it; the destroying device never takes it back', async () => {
    const g = testWorkspaceGroup();
    const a = await g.peer('A', ['admin']);
    const b = await g.peer('B', ['admin']);
    const { ids } = await filled(b);
    // A gets everything, then destroys offline while B keeps its copy.
    const [la, lb] = memoryLinkPair();
    const sa = a.engine.connect(la);
    b.engine.connect(lb);
    await until(async () => (await a.db.trainings.count()) === 7 && a.engine.idle() && b.engine.idle(), 20_000, 'initial sync');
    sa.close();
    const req = await createRetentionService(a.db, a.docs, actor('dev-a', '张安全', ['admin'])).request([ids.overdue], '保管期满');
    if (!req.ok) throw new Error(JSON.stringify(req.errors));
    expect((await createRetentionService(a.db, a.docs, actor('dev-b', '李主任', ['admin'])).approve(req.value)).ok).toBe(true);
    expect(await a.db.trainings.get(ids.overdue.slice('training/'.length))).toBeUndefined();
    // B edits the record meanwhile, so it differs and is offered again.
    await b.docs.change(ids.overdue, (doc) => doc.getMap('session').set('place', '三楼会议室'));

    const [la2, lb2] = memoryLinkPair();
    a.engine.connect(la2);
    b.engine.connect(lb2);
    await until(async () => !(await b.db.docs.get(ids.overdue)) && a.engine.idle() && b.engine.idle(), 20_000, 'B destroys');
    // A saw B offer the record and did not ask for it.
    expect(a.engine.log().filter((l) => l.reason === 'destroy.log.refused').map((l) => l.detail)).toContain(ids.overdue);
    for (const p of [a, b]) {
      expect(await p.db.docs.get(ids.overdue)).toBeUndefined();
      expect(await p.db.updates.where('[docId+seq]').between([ids.overdue, 0], [ids.overdue, Infinity]).count()).toBe(0);
      expect(await p.db.trainings.count()).toBe(6);
      expect(await p.db.destroyed.get(ids.overdue)).toMatchObject({ docId: ids.overdue });
    }
    a.close();
    b.close();
  });
});
