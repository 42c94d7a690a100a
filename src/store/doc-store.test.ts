import { describe, expect, it } from 'vitest';
import { idCheckChar } from '../domain/id-number';
import { PersonInput } from '../domain/person';
import { personDocId } from '../docs/doc-id';
import { readPerson } from '../docs/person-doc';
import { compactDoc } from './compact-doc';
import { createDocStore } from './doc-store';
import { createPeople, savePerson } from './people-writes';
import { testWorkspace } from './test-db.testing';
import { verifyProjections } from './verify-projections';

const valid = (body17: string) => body17 + idCheckChar(body17);
const input = (i: number, over: object = {}) =>
  PersonInput.parse({ name: `人员${i}`, workNo: `W${i}`, idNumber: valid(`11010119900101${String(i).padStart(3, '0')}`), status: 'active', ...over });

describe('doc store', () => {
  it('persists the update and the projection together', async () => {
    const w = testWorkspace();
    const id = await savePerson(w.db, w.docs, null, input(1));
    expect(await w.db.updates.count()).toBe(1);
    expect((await w.db.people.get(id))?.name).toBe('人员1');
    await savePerson(w.db, w.docs, id, input(1, { name: '人员一' }));
    expect((await w.db.people.get(id))?.name).toBe('人员一');
    expect(await verifyProjections(w.db)).toEqual([]);
    w.close();
  });

  it('refuses a duplicate 工号 and stores nothing', async () => {
    const w = testWorkspace();
    await savePerson(w.db, w.docs, null, input(1));
    const before = await w.db.updates.count();
    await expect(savePerson(w.db, w.docs, null, input(2, { workNo: 'W1' }))).rejects.toMatchObject({ reason: 'v.workNo.taken', field: 'workNo' });
    expect(await w.db.updates.count()).toBe(before);
    expect(await w.db.people.count()).toBe(1);
    expect(await w.db.docs.count()).toBe(1);
    w.close();
  });

  it('creates people in all-or-nothing batches', async () => {
    const w = testWorkspace();
    await createPeople(w.db, w.docs, [1, 2, 3].map((i) => input(i)), 2);
    await expect(createPeople(w.db, w.docs, [input(4), input(5, { workNo: 'W1' })], 10)).rejects.toMatchObject({ reason: 'v.workNo.taken' });
    expect(await w.db.people.count()).toBe(3);
    expect(await w.db.docs.count()).toBe(3);
    w.close();
  });

  it('compacts a log without changing the doc', async () => {
    const w = testWorkspace();
    const id = await savePerson(w.db, w.docs, null, input(1));
    for (let k = 0; k < 5; k++) await savePerson(w.db, w.docs, id, input(1, { name: `名${k}` }));
    expect(await w.db.updates.count()).toBe(6);
    expect(await compactDoc(w.db, personDocId(id))).toBe(true);
    expect(await w.db.updates.count()).toBe(1);
    w.docs.close(personDocId(id));
    expect(readPerson(await w.docs.open(personDocId(id)))?.name).toBe('名4');
    expect(await verifyProjections(w.db)).toEqual([]);
    w.close();
  });

  it('lets an open doc in another tab see a commit', async () => {
    const w = testWorkspace();
    const other = createDocStore(w.db);
    const id = await savePerson(w.db, w.docs, null, input(1));
    const doc = await other.open(personDocId(id));
    expect(readPerson(doc)?.name).toBe('人员1');
    const seen = new Promise<void>((resolve) => doc.on('update', () => resolve()));
    await savePerson(w.db, w.docs, id, input(1, { name: '改名' }));
    await seen;
    expect(readPerson(doc)?.name).toBe('改名');
    other.destroy();
    w.close();
  });
});

describe('partial edits', () => {
  it('write only the fields the user changed', async () => {
    const w = testWorkspace();
    const id = await savePerson(w.db, w.docs, null, input(1));
    await savePerson(w.db, w.docs, id, input(1, { phone: '13800138000' }), ['phone']);
    // A stale form (without the phone) that changed only the name must not clear the phone.
    await savePerson(w.db, w.docs, id, input(1, { name: '新名' }), ['name']);
    expect(await w.db.people.get(id)).toMatchObject({ name: '新名', phone: '13800138000' });
    w.close();
  });
});
