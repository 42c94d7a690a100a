import { describe, expect, it } from 'vitest';
import { personInput } from '../../src/store/test-db.testing';
import { createPeople, savePerson } from '../../src/store/people-writes';
import { memoryLinkPair } from '../../src/sync/memory-link';
import { testWorkspaceGroup, until } from './test-peer';

const people = (db: { people: { orderBy(k: string): { toArray(): Promise<{ id: string; name: string }[]> } } }) =>
  db.people.orderBy('id').toArray().then((rows) => rows.map((r) => `${r.id}:${r.name}`));

describe('two peers over an in-memory link', () => {
  it('an empty peer receives everything, then live edits flow both ways', async () => {
    const g = testWorkspaceGroup();
    const a = await g.peer('A', ['admin']);
    const b = await g.peer('B', ['safety']);
    const ids = await createPeople(a.db, a.docs, Array.from({ length: 30 }, (_, i) => personInput(i)));
    const [la, lb] = memoryLinkPair();
    a.engine.connect(la);
    b.engine.connect(lb);
    await until(async () => (await b.db.people.count()) === 30 && a.engine.idle() && b.engine.idle(), 20_000, 'initial sync');
    expect(await people(b.db)).toEqual(await people(a.db));

    await savePerson(a.db, a.docs, ids[0]!, personInput(0, { name: '王小明' }), ['name']);
    await savePerson(b.db, b.docs, ids[1]!, personInput(1, { name: '李四' }), ['name']);
    await until(async () => (await b.db.people.get(ids[0]!))?.name === '王小明' && (await a.db.people.get(ids[1]!))?.name === '李四');
    expect(await people(b.db)).toEqual(await people(a.db));
    const hashes = async (db: typeof a.db) => (await db.docs.toArray()).map((d) => `${d.docId}:${d.h}`).sort();
    expect(await hashes(b.db)).toEqual(await hashes(a.db));
  });
});
