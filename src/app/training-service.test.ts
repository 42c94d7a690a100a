import { createSignal } from 'solid-js';
import { describe, expect, it } from 'vitest';
import type { BlobId, DepartmentId } from '../domain/ids';
import { encodeBadge } from '../domain/person-badge';
import type { Role } from '../domain/roles';
import { trainingDocId } from '../docs/doc-id';
import { writeArchiveClaim } from '../docs/training-doc';
import { orgWrites } from '../store/org-writes';
import { savePerson } from '../store/people-writes';
import { personInput, testWorkspace } from '../store/test-db.testing';
import { newWorkspaceInfo, putWorkspace } from '../store/workspace-meta';
import { createTrainingService } from './training-service';

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);
const png = () => new Blob([PNG], { type: 'image/png' });
const photo = (name = 'p.jpg') => new File([new Uint8Array([0xff, 0xd8, 0xff, 1])], name, { type: 'image/jpeg' });

async function setup(roles: Role[] = ['safety']) {
  const w = testWorkspace();
  await putWorkspace(w.db, newWorkspaceInfo('测试'));
  const dept = await orgWrites(w.db, w.docs).saveDepartment(null, { name: '生产部', code: 'SC' });
  const people = [];
  for (let i = 1; i <= 4; i++) people.push(await savePerson(w.db, w.docs, null, personInput(i, { departmentId: dept })));
  const left = await savePerson(w.db, w.docs, null, personInput(9, { status: 'left', statusDate: '2025-01-01', statusReason: '辞职' }));
  let img = 0;
  const svc = createTrainingService(w.db, w.docs, {
    actor: async () => ({ deviceId: 'dev-a', name: '王安全', isAdmin: false, roles }),
    putImage: async () => `img-${img++}` as BlobId,
    isLeader: createSignal(true)[0],
  });
  return { ...w, svc, dept, people, left, close: () => (svc.stop(), w.close()) };
}

const session = (dept: DepartmentId, over: Record<string, unknown> = {}) => ({
  name: '2025年安全操作规程复训', type: 'refresher', date: '2025-03-04', start: '09:00', end: '11:30', place: '一号培训室',
  instructor: '王建国', departmentId: dept, topic: '安全操作规程', summary: '讲解岗位安全操作规程与事故案例', method: 'written',
  passMark: 80, hours: 4, recorder: '李芳', ...over,
});

describe('training service', () => {
  it('refuses bad input with its message and stores nothing', async () => {
    const { db, svc, dept, left, people, close } = await setup();
    expect(await svc.create(session(dept, { start: '10:00', end: '09:00' }))).toEqual({ ok: false, errors: { end: { key: 'training.e.endBeforeStart' } } });
    expect(await svc.create(session('no-such-dept' as DepartmentId))).toEqual({ ok: false, errors: { departmentId: { key: 'training.e.department' } } });
    expect(await db.trainings.count()).toBe(0);
    const r = await svc.create(session(dept));
    if (!r.ok) throw new Error('create');
    const id = r.value;
    expect(await svc.addParticipants(id, [people[0]!, left])).toMatchObject({ ok: false, errors: { '': { key: 'training.e.personLeft' } } });
    expect((await db.trainings.get(id))!.attendance).toEqual([]);
    await svc.addParticipants(id, [people[0]!]);
    await svc.mark(id, people[0]!, 'present');
    expect(await svc.score(id, people[0]!, { theory: 105 })).toEqual({ ok: false, errors: { theory: { key: 'training.e.scoreRange' } } });
    expect((await db.trainings.get(id))!.attendance[0]!.theory).toBeUndefined();
    const text = new File(['not a picture'], 'photo.txt', { type: 'text/plain' });
    expect(await svc.attach(id, text, 'photo')).toEqual({ ok: false, errors: { '': { key: 'training.e.photoType' } } });
    expect((await db.trainings.get(id))!.attachments).toEqual([]);
    expect(await svc.signWithPad(id, people[0]!, new Blob(['x'], { type: 'image/png' }))).toMatchObject({ ok: false });
    close();
  });

  it('records a session through sign-in, scores, evidence, review and archiving with a number', async () => {
    const { db, svc, dept, people, close } = await setup();
    expect(await svc.defaultPassMark()).toBe(80);
    const id = ((await svc.create(session(dept))) as { value: string }).value;
    await svc.addParticipants(id, people);
    for (const p of people.slice(0, 3)) expect(await svc.signWithPad(id, p, png())).toEqual({ ok: true, value: undefined });
    const badge = encodeBadge({ personId: people[3]!, workNo: 'W4' });
    expect(await svc.signWithBadge(id, badge)).toEqual({ ok: true, value: '测试4' });
    expect(await svc.signWithBadge(id, 'SLB1.nonsense')).toMatchObject({ ok: false, errors: { '': { key: 'training.e.badge' } } });
    for (const [i, p] of people.entries()) await svc.score(id, p, { theory: i === 0 ? 60 : 90, retrainDate: i === 0 ? '2025-04-03' : '' });
    expect((await db.trainings.get(id))!.attendance.find((a) => a.personId === people[0])).toMatchObject({ passed: false, retrainDate: '2025-04-03', hours: 4 });
    expect((await db.trainings.where('retrainDates').equals('2025-04-03').count())).toBe(1);
    expect((await db.trainings.where('personIds').equals(people[1]!).count())).toBe(1);
    // Incomplete (no recorder) → refused, naming how many elements are missing.
    await svc.save(id, session(dept, { recorder: '' }), ['recorder']);
    expect(await svc.act(id, 'submit')).toEqual({ ok: false, errors: { '': { key: 'training.e.incomplete', params: { n: 1 } } } });
    await svc.save(id, session(dept), ['recorder']);
    for (let i = 0; i < 3; i++) await svc.attach(id, photo(`p${i}.jpg`), 'photo');
    const row = (await db.trainings.get(id))!;
    expect(row).toMatchObject({ complete: true, photos: 3, unsigned: 0, attended: 4, passed: 3, failed: 1, missingDocuments: ['score-sheet'] });
    expect(await svc.act(id, 'submit')).toEqual({ ok: true, value: undefined });
    expect(await svc.save(id, session(dept, { place: '改' }), ['place'])).toMatchObject({ ok: false, errors: { '': { key: 'training.e.locked' } } });
    expect(await svc.act(id, 'return')).toMatchObject({ ok: false, errors: { comment: { key: 'training.e.returnComment' } } });
    expect(await svc.act(id, 'archive')).toMatchObject({ ok: false, errors: { '': { key: 'training.e.step' } } });
    expect(await svc.act(id, 'review')).toEqual({ ok: true, value: undefined });
    expect(await svc.act(id, 'archive')).toEqual({ ok: true, value: undefined });
    expect((await db.trainings.get(id))).toMatchObject({ state: 'archived', archiveNumber: '2025-SC-FX-001' });
    const follow = await new Promise<unknown[]>((r) => { const off = svc.followUps().subscribe((v) => (r(v), queueMicrotask(off))); });
    expect(follow).toHaveLength(1);
    close();
  });

  it('refuses to archive a record whose department (and so its code) is gone, and stores no number', async () => {
    const { db, docs, svc, people, close } = await setup();
    const org = orgWrites(db, docs);
    const gone = await org.saveDepartment(null, { name: '临时项目部', code: 'LS' });
    const id = ((await svc.create(session(gone))) as { value: string }).value;
    await svc.addParticipants(id, [people[0]!]);
    await svc.signWithPad(id, people[0]!, png());
    await svc.score(id, people[0]!, { theory: 90 });
    await svc.act(id, 'submit');
    await svc.act(id, 'review');
    await org.removeDepartment(gone);
    expect(await svc.act(id, 'archive')).toMatchObject({ ok: false, errors: { departmentId: { key: 'archive.e.deptCode' } } });
    expect(await db.trainings.get(id)).toMatchObject({ state: 'reviewed', archiveNumber: '', archiveSeq: 0 });
    close();
  });

  it('lets only a safety officer or an admin review; a recorder may submit', async () => {
    const { svc, dept, people, close } = await setup(['recorder']);
    const id = ((await svc.create(session(dept, { method: 'written' }))) as { value: string }).value;
    await svc.addParticipants(id, [people[0]!]);
    await svc.signWithPad(id, people[0]!, png());
    await svc.score(id, people[0]!, { theory: 90 });
    expect(await svc.act(id, 'submit')).toEqual({ ok: true, value: undefined });
    expect(await svc.act(id, 'review')).toMatchObject({ ok: false, errors: { '': { key: 'training.e.reviewerRole' } } });
    close();
  });

  it('renumbers a record whose number another device claimed offline (the later claim moves) and logs the change in the record', async () => {
    const { db, docs, svc, dept, close } = await setup();
    const ids: string[] = [];
    for (let i = 0; i < 2; i++) ids.push(((await svc.create(session(dept))) as { value: string }).value);
    // Both were archived offline on two devices, each claiming 2025-SC-FX-001.
    const claims = [{ at: 1000, device: 'dev-b' }, { at: 2000, device: 'dev-a' }];
    for (const [i, id] of ids.entries()) {
      await docs.change(trainingDocId(id), (d) => writeArchiveClaim(d, { group: '2025-SC-FX', seq: 1, ...claims[i]! }, '2025-SC-FX-001'));
    }
    await new Promise((r) => setTimeout(r, 800));
    const rows = await db.trainings.bulkGet(ids);
    expect(rows.map((r) => r!.archiveNumber)).toEqual(['2025-SC-FX-001', '2025-SC-FX-002']);
    expect(rows[1]!.archive.renumbered).toMatchObject([{ from: '2025-SC-FX-001', to: '2025-SC-FX-002' }]);
    close();
  });
});
