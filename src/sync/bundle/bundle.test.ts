import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { randomBytes } from '../../crypto/bytes';
import { healthDocId, personDocId, type DocId } from '../../docs/doc-id';
import type { PersonId } from '../../domain/ids';
import { createBlobStore } from '../../store/blob-store';
import { orgWrites } from '../../store/org-writes';
import { createPeople, savePerson } from '../../store/people-writes';
import { personInput, testWorkspace } from '../../store/test-db.testing';
import { newWorkspaceInfo, putWorkspace, type WorkspaceInfo } from '../../store/workspace-meta';
import { asDevice, dumpDb, syncedWorkspace, testDevice, testMembers } from './bundle.testing';
import { decodeBundle } from './decode-bundle';
import { exportBundle } from './export-bundle';
import { exportStateSummary } from './export-state-summary';
import { importBundle } from './import-bundle';

const PROJECTIONS = ['people', 'departments', 'posts', 'org'] as const;
const projections = async (db: ReturnType<typeof testWorkspace>['db']) =>
  Object.fromEntries(await Promise.all(PROJECTIONS.map(async (t) => [t, await db.table(t).orderBy('id').toArray()])));

async function devices() {
  const a = await testDevice('dev-a');
  const b = await testDevice('dev-b');
  const rec = await testDevice('dev-rec');
  const verifySigner = testMembers([
    { device: a, roles: ['admin', 'health'] },
    { device: b, roles: ['safety'] },
    { device: rec, roles: ['recorder'] },
  ]);
  return { a, b, rec, verifySigner };
}

/** Device A: org, three people, a photo, a health archive, a catalog map. */
async function deviceA() {
  const w = testWorkspace();
  const ws = syncedWorkspace(newWorkspaceInfo('测试化工有限公司'), 'dev-a');
  await putWorkspace(w.db, ws);
  const org = orgWrites(w.db, w.docs);
  await org.saveProfile({ name: '测试化工有限公司', industry: 'hazchem', highRisk: true });
  await org.saveDepartment(null, { name: '生产部', code: 'SC' });
  const people = await createPeople(w.db, w.docs, [1, 2, 3].map((i) => personInput(i)));
  await createBlobStore(w.db, ws.key).put(randomBytes(70_000), 'image/jpeg');
  await w.docs.change(healthDocId(people[0]!), (d) => d.getMap('exams').set('2026', '职业禁忌证：无'));
  await w.docs.change('catalog' as DocId, (d) => (d.getMap('c').set('k1', 1), d.getMap('c').set('k2', 2)));
  return { ...w, ws, people };
}

/** A device of the same workspace with an empty database. */
async function emptyDevice(ws: WorkspaceInfo) {
  const w = testWorkspace();
  await putWorkspace(w.db, ws);
  return { ...w, ws };
}

describe('bundle files', () => {
  it('a full bundle gives an empty device identical projections and readable blobs', async () => {
    const { a: devA, verifySigner } = await devices();
    const a = await deviceA();
    const c = await emptyDevice(asDevice(a.ws, 'dev-c', true));
    const out = await exportBundle(a.db, a.ws, { signer: devA });
    expect(out).toMatchObject({ docs: 6, blobs: 1 }); // org (with its departments), catalog, 3 people, 1 health
    const res = await importBundle(c.db, c.docs, c.ws, out.bytes, { verifySigner });
    expect(res).toMatchObject({ docs: 6, blobs: 1, refused: [], refusedBlobs: [], incomplete: [], healthSkipped: false });
    expect(await projections(c.db)).toEqual(await projections(a.db));
    const blob = (await c.db.blobs.toArray())[0]!;
    expect((await createBlobStore(c.db, c.ws.key).get(blob.id as never)).bytes.length).toBe(70_000);
    expect((await c.docs.open(healthDocId(a.people[0]!))).getMap('exams').get('2026')).toBe('职业禁忌证：无');
    // Importing the same file again changes nothing.
    expect(await importBundle(c.db, c.docs, c.ws, out.bytes, { verifySigner })).toMatchObject({ docs: 0, blobs: 0 });
    a.close();
    c.close();
  });

  it('summary from B → bundle from A → B has A\'s changes and keeps its own', async () => {
    const { a: devA, b: devB, verifySigner } = await devices();
    const a = await deviceA();
    const b = await emptyDevice(asDevice(a.ws, 'dev-b', false));
    await importBundle(b.db, b.docs, b.ws, (await exportBundle(a.db, a.ws, { signer: devA })).bytes, { verifySigner });
    const [p1, p2] = a.people as [PersonId, PersonId];

    // Diverge: A renames p1, adds a person and deletes a catalog key (a pure delete: A's state vector for the
    // catalog does not move); B renames p2.
    await savePerson(a.db, a.docs, p1, personInput(1, { name: '甲改名' }), ['name']);
    const [p4] = await createPeople(a.db, a.docs, [personInput(4)]);
    await a.docs.change('catalog' as DocId, (d) => d.getMap('c').delete('k1'));
    await savePerson(b.db, b.docs, p2, personInput(2, { name: '乙改名' }), ['name']);
    const svBefore = Y.encodeStateVector(await b.docs.open('catalog' as DocId));
    expect(Y.encodeStateVector(await a.docs.open('catalog' as DocId))).toEqual(svBefore);

    const newBlob = await createBlobStore(a.db, a.ws.key).put(randomBytes(10), 'image/png');

    const summary = await exportStateSummary(b.db, b.ws, ['safety']);
    const out = await exportBundle(a.db, a.ws, { summary, signer: devA });
    // p1, p4, catalog (same state vector, other delete set) and the new blob; not the unchanged docs, not health,
    // not the blob B already has.
    expect(out).toMatchObject({ docs: 3, blobs: 1 });
    const res = await importBundle(b.db, b.docs, b.ws, out.bytes, { verifySigner });
    expect(res).toMatchObject({ docs: 3, refused: [], incomplete: [], healthSkipped: false });

    const name = async (id: PersonId) => (await b.db.people.get(id))?.name;
    expect(await name(p1)).toBe('甲改名');
    expect(await name(p2)).toBe('乙改名');
    expect(await name(p4!)).toBe('测试4');
    expect((await b.docs.open('catalog' as DocId)).getMap('c').toJSON()).toEqual({ k2: 2 });
    expect(await b.db.docs.get(healthDocId(p1))).toBeUndefined();
    expect((await createBlobStore(b.db, b.ws.key).get(newBlob)).mime).toBe('image/png');

    // The way back: B's change reaches A, and then both hold the same projections.
    const back = await exportBundle(b.db, b.ws, { summary: await exportStateSummary(a.db, a.ws, ['admin', 'health']), signer: devB });
    expect(back.docs).toBe(1);
    await importBundle(a.db, a.docs, a.ws, back.bytes, { verifySigner });
    expect(await projections(a.db)).toEqual(await projections(b.db));
    a.close();
    b.close();
  });

  it('keeps health records from devices that may not read them', async () => {
    const { a: devA, verifySigner } = await devices();
    const a = await deviceA();
    const hid = healthDocId(a.people[0]!);
    const b = await emptyDevice(asDevice(a.ws, 'dev-b', false));
    // For a non-health summary the health doc is not in the file at all…
    const forB = await exportBundle(a.db, a.ws, { summary: await exportStateSummary(b.db, b.ws, ['safety']), signer: devA });
    const withKey = await decodeBundle(a.ws, forB.bytes, verifySigner);
    expect(withKey.header.counts.health).toBe(false);
    expect(withKey.docs.map((d) => d.kind)).not.toContain('health');
    expect(forB.docs).toBe(5);
    // …and a full bundle seals it under the health key, which B lacks.
    const res = await importBundle(b.db, b.docs, b.ws, (await exportBundle(a.db, a.ws, { signer: devA })).bytes, { verifySigner });
    expect(res).toMatchObject({ docs: 5, healthSkipped: true });
    expect(await b.db.docs.get(hid)).toBeUndefined();
    expect((await b.db.updates.toArray()).map((u) => u.docId)).not.toContain(hid);
    a.close();
    b.close();
  });

  it('leaves out a blob that is damaged at the exporter, and says so', async () => {
    const { a: devA, verifySigner } = await devices();
    const a = await deviceA();
    const chunk = (await a.db.blobChunks.toArray())[1]!;
    chunk.data[40]! ^= 0xff;
    await a.db.blobChunks.put(chunk);
    const c = await emptyDevice(asDevice(a.ws, 'dev-c', false));
    const res = await importBundle(c.db, c.docs, c.ws, (await exportBundle(a.db, a.ws, { signer: devA })).bytes, { verifySigner });
    expect(res).toMatchObject({ blobs: 0, refusedBlobs: [{ blobId: chunk.blobId, reason: 'bundle.badBlob' }], docs: 5 });
    expect(await c.db.blobs.count()).toBe(0);
    expect(await c.db.blobChunks.count()).toBe(0);
    a.close();
    c.close();
  });

  it('refuses doc kinds the signer may not write', async () => {
    const { rec, verifySigner } = await devices();
    const a = await deviceA();
    const c = await emptyDevice(asDevice(a.ws, 'dev-c', false));
    const res = await importBundle(c.db, c.docs, c.ws, (await exportBundle(a.db, a.ws, { signer: rec })).bytes, { verifySigner });
    expect(res.refused.map((r) => r.docId).sort()).toEqual(['catalog', 'org']);
    expect(res.refused[0]!.reason).toBe('bundle.notAllowed');
    expect(res.docs).toBe(3);
    expect(await c.db.org.count()).toBe(0);
    expect(await c.db.people.count()).toBe(3);
    a.close();
    c.close();
  });

  it('refuses damaged, foreign and forged files, changing nothing', async () => {
    const { a: devA, rec, verifySigner } = await devices();
    const a = await deviceA();
    const b = await emptyDevice(asDevice(a.ws, 'dev-b', false));
    await createPeople(b.db, b.docs, [personInput(9)]);
    const file = (await exportBundle(a.db, a.ws, { signer: devA })).bytes;
    const before = await dumpDb(b.db);
    const refuse = (bytes: Uint8Array, reason: string, ws = b.ws) =>
      expect(importBundle(b.db, b.docs, ws, bytes, { verifySigner })).rejects.toMatchObject({ name: 'AppError', reason });

    await refuse(new TextEncoder().encode('PK\u0003\u0004 not a bundle'), 'bundle.badFile');
    await refuse(file.subarray(0, file.length - 10), 'bundle.badFile');
    for (const at of [file.length - 1, file.length - 5000, 400]) {
      const flipped = file.slice();
      flipped[at]! ^= 0x01;
      await expect(importBundle(b.db, b.docs, b.ws, flipped, { verifySigner })).rejects.toMatchObject({
        reason: expect.stringMatching(/^bundle\.(tampered|badFile|badSignature)$/),
      });
    }
    // A header edited so that it still parses (a later creation time): only the signature can tell.
    const edited = file.slice();
    const at = Buffer.from(edited).indexOf('"createdAt":') + '"createdAt":'.length;
    edited[at] = edited[at] === 0x39 ? 0x38 : edited[at]! + 1;
    await refuse(edited, 'bundle.badSignature');
    const foreign = syncedWorkspace(newWorkspaceInfo('别的公司'), 'dev-a');
    const x = await emptyDevice(foreign);
    await refuse((await exportBundle(x.db, foreign, { signer: devA })).bytes, 'bundle.otherWorkspace');
    await refuse(file, 'bundle.otherEpoch', { ...b.ws, sync: { epoch: 2, secret: randomBytes(32) } });
    // Signed by a device key that is not dev-a's, though it claims to be dev-a.
    await refuse((await exportBundle(a.db, a.ws, { signer: { deviceId: 'dev-a', sign: rec.sign } })).bytes, 'bundle.badSignature');
    await refuse((await exportBundle(a.db, a.ws, { signer: { deviceId: 'dev-x', sign: rec.sign } })).bytes, 'bundle.unknownSigner');
    // Right workspace and epoch, but a secret this device does not hold.
    await refuse(file, 'bundle.tampered', { ...b.ws, sync: { epoch: 1, secret: randomBytes(32) } });

    // A damaged or foreign summary is refused too, before anything is exported.
    const summary = await exportStateSummary(b.db, b.ws, ['safety']);
    await expect(exportBundle(a.db, a.ws, { summary: summary.subarray(0, summary.length - 1), signer: devA })).rejects.toMatchObject({ reason: 'bundle.badFile' });
    await expect(exportBundle(x.db, foreign, { summary, signer: devA })).rejects.toMatchObject({ reason: 'bundle.otherWorkspace' });

    expect(await dumpDb(b.db)).toEqual(before);
    a.close();
    b.close();
    x.close();
  });
});
