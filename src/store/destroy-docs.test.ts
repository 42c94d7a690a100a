import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { randomBytes } from '../crypto/bytes';
import { CONTROL_DOC_ID, writeDestroyApproval, writeDestroyRequest } from '../docs/control-doc';
import { trainingDocId, type DocId } from '../docs/doc-id';
import { writeAttachment, writeParticipant, writeSession } from '../docs/training-doc';
import { newId } from '../domain/ids';
import { SessionInput } from '../domain/training/session';
import { decodeBackup } from './backup/decode-backup';
import { exportBackup } from './backup/export-backup';
import { restoreBackup } from './backup/restore-backup';
import { createBlobStore } from './blob-store';
import { createDocStore } from './doc-store';
import { executeDestroyOrders } from './destroy-docs';
import { testWorkspace } from './test-db.testing';
import { newWorkspaceInfo, putWorkspace } from './workspace-meta';

type W = ReturnType<typeof testWorkspace>;
const until = async (f: () => Promise<boolean>, what: string) => {
  for (let i = 0; i < 200 && !(await f()); i++) await new Promise((r) => setTimeout(r, 10));
  if (!(await f())) throw new Error(`timed out: ${what}`);
};
const join = (parts: Uint8Array[]) => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let o = 0;
  for (const p of parts) (out.set(p, o), (o += p.length));
  return out;
};

/** A training doc with one photo and one signed participant; returns its doc id. */
async function session(w: W, name: string, photo: string, sign: string): Promise<DocId> {
  const id = newId();
  const docId = trainingDocId(id);
  await w.docs.change(docId, (doc) => {
    writeSession(doc, id, SessionInput.parse({ name, type: 'refresher', date: '2020-03-01' }), 1);
    writeParticipant(doc, newId(), { workNo: 'W1', name: '王五', departmentId: '', mark: 'present', signBlobId: sign }, 1);
    writeAttachment(doc, { id: newId(), blobId: photo, kind: 'photo', name: 'p.jpg', mime: 'image/jpeg', at: 1 });
  });
  return docId;
}

async function filled() {
  const w = testWorkspace();
  const info = newWorkspaceInfo('测试化工有限公司');
  await putWorkspace(w.db, info);
  const blobs = createBlobStore(w.db, info.key);
  const own = await blobs.put(randomBytes(70_000), 'image/jpeg');
  const sign = await blobs.put(randomBytes(500), 'image/png');
  const shared = await blobs.put(randomBytes(800), 'image/jpeg');
  const a = await session(w, '2020年度全员培训', own, sign);
  const b = await session(w, '2020年消防演练', shared, shared);
  // The shared photo is also attached to A.
  await w.docs.change(a, (doc) => writeAttachment(doc, { id: newId(), blobId: shared, kind: 'photo', name: 'q.jpg', mime: 'image/jpeg', at: 2 }));
  return { w, a, b, own, sign, shared };
}

/** Requests the destruction of `docIds` (approved by two people on two devices unless `approvals` says 1). */
async function order(w: W, docIds: string[], approvals = 2) {
  const id = newId();
  await w.docs.change(CONTROL_DOC_ID, (doc) => {
    writeDestroyRequest(doc, { id, docIds, titles: [], reason: '保管期满', requestedBy: '张安全', requestedDevice: 'dev-a', requestedAt: 1 }, { device: 'dev-a', by: '张安全', at: 1 });
    if (approvals > 1) writeDestroyApproval(doc, id, { device: 'dev-b', by: '李主任', at: 2 });
  });
  await w.docs.sweep();
  return id;
}

const state = async (w: W, docId: DocId) => ({
  updates: await w.db.updates.where('[docId+seq]').between([docId, 0], [docId, Infinity]).count(),
  meta: !!(await w.db.docs.get(docId)),
  trainings: await w.db.trainings.where('docId').equals(docId).count(),
  attendance: (await w.db.trainings.where('docId').equals(docId).toArray()).flatMap((r) => r.attendance).length,
});
const blobIds = async (w: W) => (await w.db.blobs.toCollection().primaryKeys()).sort();
const chunkIds = async (w: W) => [...new Set((await w.db.blobChunks.toArray()).map((c) => c.blobId))].sort();

describe('executeDestroyOrders', () => {
  it('deletes an approved order’s docs, projections and unshared blobs, and records them', async () => {
    const { w, a, b, own, sign, shared } = await filled();
    expect(await state(w, a)).toEqual({ updates: 2, meta: true, trainings: 1, attendance: 1 });
    await order(w, [a]);
    expect(await state(w, a)).toEqual({ updates: 0, meta: false, trainings: 0, attendance: 0 });
    expect(await state(w, b)).toEqual({ updates: 1, meta: true, trainings: 1, attendance: 1 });
    expect(await blobIds(w)).toEqual([shared]);
    expect(await chunkIds(w)).toEqual([shared]);
    const reg = await w.db.destroyed.get(a);
    expect(reg?.blobs.sort()).toEqual([own, sign].sort());
    expect(await w.docs.isDestroyed(a)).toBe(true);
    // Idempotent: a second run changes nothing.
    expect(await executeDestroyOrders(w.db, w.docs)).toEqual([]);
    w.close();
  });

  it('does nothing while an order has one approval, or names a singleton', async () => {
    const { w, a } = await filled();
    await order(w, [a, 'org', 'members', 'not a doc'], 1);
    expect((await state(w, a)).meta).toBe(true);
    await order(w, ['org', 'members', CONTROL_DOC_ID]);
    expect(await w.db.destroyed.count()).toBe(0);
    expect(await w.db.docs.get(CONTROL_DOC_ID)).toMatchObject({ docId: CONTROL_DOC_ID, kind: 'control' });
    w.close();
  });

  it('refuses the doc afterwards: a peer’s copy is dropped, a local edit fails', async () => {
    const { w, a } = await filled();
    const stale = new Y.Doc();
    await w.docs.open(a).then((d) => Y.applyUpdate(stale, Y.encodeStateAsUpdate(d)));
    await order(w, [a]);
    expect(await w.docs.applyUpdates(a, [Y.encodeStateAsUpdate(stale)], 'remote:peer')).toBe(0);
    await expect(w.docs.change(a, (doc) => doc.getMap('session').set('name', 'x'))).rejects.toMatchObject({ reason: 'destroy.e.destroyed' });
    expect(await state(w, a)).toEqual({ updates: 0, meta: false, trainings: 0, attendance: 0 });
    w.close();
  });

  it('another tab of the same database refuses the doc too', async () => {
    const { w, a } = await filled();
    const other = createDocStore(w.db);
    await other.open(a);
    await order(w, [a]);
    await until(async () => (await other.isDestroyed(a)), 'the other tab learns of it');
    await expect(other.change(a, (doc) => doc.getMap('session').set('name', 'x'))).rejects.toMatchObject({ reason: 'destroy.e.destroyed' });
    expect((await state(w, a)).meta).toBe(false);
    other.destroy();
    w.close();
  });

  it('keeps a doc destroyed when an older backup without the order is restored', async () => {
    const { w, a, b, own, shared } = await filled();
    const old = join((await exportBackup(w.db, 'test')).parts);
    await order(w, [a]);
    await restoreBackup(w.db, await decodeBackup(old));
    expect(await state(w, a)).toEqual({ updates: 0, meta: false, trainings: 0, attendance: 0 });
    expect((await state(w, b)).meta).toBe(true);
    expect(await blobIds(w)).not.toContain(own);
    expect(await blobIds(w)).toContain(shared);
    expect(await w.db.destroyed.get(a)).toMatchObject({ docId: a });
    w.close();
  });

  it('re-applies the approved orders a restored file holds', async () => {
    const { w, a, own } = await filled();
    // The order reaches the log without being executed (as in a file made by a device that had not run it yet).
    const doc = new Y.Doc();
    writeDestroyRequest(doc, { id: 'o1', docIds: [a], titles: [], reason: '保管期满', requestedBy: '张安全', requestedDevice: 'dev-a', requestedAt: 1 }, { device: 'dev-a', by: '张安全', at: 1 });
    writeDestroyApproval(doc, 'o1', { device: 'dev-b', by: '李主任', at: 2 });
    await w.db.updates.add({ docId: CONTROL_DOC_ID, u: Y.encodeStateAsUpdate(doc), at: 1 });
    await w.db.docs.put({ docId: CONTROL_DOC_ID, kind: 'control', n: 1, bytes: 1, updatedAt: 1 });
    const file = join((await exportBackup(w.db, 'test')).parts);
    const fresh = testWorkspace();
    await restoreBackup(fresh.db, await decodeBackup(file));
    expect(await state(fresh, a)).toEqual({ updates: 0, meta: false, trainings: 0, attendance: 0 });
    expect(await blobIds(fresh)).not.toContain(own);
    expect((await fresh.db.destroyOrders.toArray()).map((o) => o.approved)).toEqual([true]);
    w.close();
    fresh.close();
  });
});
