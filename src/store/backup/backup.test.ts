import { describe, expect, it } from 'vitest';
import { idCheckChar } from '../../domain/id-number';
import { PersonInput } from '../../domain/person';
import { randomBytes } from '../../crypto/bytes';
import { createBlobStore } from '../blob-store';
import { orgWrites } from '../org-writes';
import { createPeople } from '../people-writes';
import { testWorkspace } from '../test-db.testing';
import { newWorkspaceInfo, putWorkspace } from '../workspace-meta';
import { decodeBackup } from './decode-backup';
import { exportBackup } from './export-backup';
import { restoreBackup } from './restore-backup';

const join = (parts: Uint8Array[]) => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let o = 0;
  for (const p of parts) (out.set(p, o), (o += p.length));
  return out;
};
const dump = async (db: ReturnType<typeof testWorkspace>['db']) =>
  Object.fromEntries(await Promise.all(['people', 'departments', 'posts', 'org'].map(async (t) => [t, await db.table(t).orderBy('id').toArray()])));

async function filled() {
  const w = testWorkspace();
  const info = newWorkspaceInfo('测试化工有限公司');
  await putWorkspace(w.db, info);
  const org = orgWrites(w.db, w.docs);
  await org.saveProfile({ name: '测试化工有限公司', industry: 'hazchem', highRisk: true });
  const dept = await org.saveDepartment(null, { name: '生产部', code: 'SC' });
  await createPeople(w.db, w.docs, [1, 2, 3].map((i) => {
    const body = `3201021985010${i}00${i}`;
    return PersonInput.parse({ name: `员工${i}`, workNo: `E${i}`, idNumber: body + idCheckChar(body), status: 'active', departmentId: dept });
  }));
  await createBlobStore(w.db, info.key).put(randomBytes(100_000), 'image/jpeg');
  return w;
}

describe('backup', () => {
  it('restores into an empty database with identical projections and readable blobs', async () => {
    const a = await filled();
    const { parts, header } = await exportBackup(a.db, 'test');
    expect(header.counts).toMatchObject({ docs: 4, blobs: 1, chunks: 2, people: 3 });
    const b = testWorkspace();
    await restoreBackup(b.db, await decodeBackup(join(parts)));
    expect(await dump(b.db)).toEqual(await dump(a.db));
    const ws = (await b.db.meta.get('workspace'))!.value as { key: Uint8Array };
    const blob = (await b.db.blobs.toArray())[0]!;
    expect((await createBlobStore(b.db, ws.key).get(blob.id as never)).bytes.length).toBe(100_000);
    a.close();
    b.close();
  });

  it("keeps the workspace's sync identity and this device's own identity", async () => {
    const a = await filled();
    const info = (await a.db.meta.get('workspace'))!.value as ReturnType<typeof newWorkspaceInfo>;
    const sync = { epoch: 2, secret: randomBytes(32) };
    await putWorkspace(a.db, { ...info, rootDeviceId: 'root-device', sync, healthKey: randomBytes(32) });
    const file = join((await exportBackup(a.db, 'test')).parts);
    const b = testWorkspace();
    await b.db.meta.put({ key: 'device', value: { deviceId: 'mine' } });
    await restoreBackup(b.db, await decodeBackup(file));
    const ws = (await b.db.meta.get('workspace'))!.value as { rootDeviceId: string; sync: typeof sync };
    expect(ws.rootDeviceId).toBe('root-device');
    expect(ws.sync).toEqual(sync);
    expect((await b.db.meta.get('device'))!.value).toEqual({ deviceId: 'mine' });
    a.close();
    b.close();
  });

  it('refuses foreign, truncated and tampered files, changing nothing', async () => {
    const a = await filled();
    const file = join((await exportBackup(a.db, 'test')).parts);
    const before = await dump(a.db);
    await expect(decodeBackup(new TextEncoder().encode('PK\u0003\u0004 not a backup'))).rejects.toMatchObject({ reason: 'e.backup.foreign' });
    await expect(decodeBackup(file.subarray(0, file.length - 10))).rejects.toMatchObject({ reason: 'e.backup.corrupt' });
    const tampered = file.slice();
    tampered[tampered.length - 100]! ^= 0xff;
    await expect(decodeBackup(tampered)).rejects.toMatchObject({ reason: 'e.backup.corrupt' });
    expect(await dump(a.db)).toEqual(before);
    a.close();
  });
});

describe('forking the demo', () => {
  it('gives a restored blob-free backup its own workspace id and key', async () => {
    const a = testWorkspace();
    const info = newWorkspaceInfo('演示');
    await putWorkspace(a.db, info);
    await orgWrites(a.db, a.docs).saveProfile({ name: '演示', industry: 'other', highRisk: false });
    const file = join((await exportBackup(a.db, 'test')).parts);
    const b = testWorkspace();
    await restoreBackup(b.db, await decodeBackup(file), { fork: true });
    const ws = (await b.db.meta.get('workspace'))!.value as { id: string; key: Uint8Array; name: string };
    expect(ws.name).toBe('演示');
    expect(ws.id).not.toBe(info.id);
    expect(ws.key).not.toEqual(info.key);
    a.close();
    b.close();
  });
});
