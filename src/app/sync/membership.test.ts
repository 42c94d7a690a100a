import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { toBase64 } from '../../crypto/base64';
import { MEMBERS_DOC_ID } from '../../docs/doc-id';
import { loadOrCreateDeviceIdentity } from '../../store/device-identity';
import { testWorkspace } from '../../store/test-db.testing';
import { getWorkspace, newWorkspaceInfo, putWorkspace } from '../../store/workspace-meta';
import { createMembership } from './membership';

const recordOf = (d: Awaited<ReturnType<typeof loadOrCreateDeviceIdentity>>) => ({
  id: d.deviceId, name: d.name, signPublic: toBase64(d.keys.signPublic), agreePublic: toBase64(d.keys.agreePublic),
});

describe('membership', () => {
  it('founds the log, admits devices with the health key only for health roles, and rotates the secret on removal', async () => {
    const a = testWorkspace();
    await putWorkspace(a.db, newWorkspaceInfo('测试公司'));
    const meA = await loadOrCreateDeviceIdentity(a.db);
    const ma = await createMembership(a.db, a.docs, meA, () => undefined);
    const ws = (await ma.bootstrap())!;
    expect(ws.rootDeviceId).toBe(meA.deviceId);
    expect(ma.myRoles()).toEqual(['admin', 'health']);

    // Two other devices, each with its own database (only their identities matter here).
    const b = testWorkspace();
    const c = testWorkspace();
    const meB = await loadOrCreateDeviceIdentity(b.db);
    const meC = await loadOrCreateDeviceIdentity(c.db);
    await ma.approve(recordOf(meB), ['recorder']);
    await ma.approve(recordOf(meC), ['health', 'safety'], undefined, 'dept-1');
    expect(Object.keys(ma.state().healthGrants)).toEqual([meC.deviceId]);
    // A department is recorded only for a department head.
    expect(ma.state().devices.get(meC.deviceId)!.departmentId).toBeUndefined();

    await ma.remove(meB.deviceId);
    expect(ma.state().devices.get(meB.deviceId)!.removed).toBe(true);
    const after = (await getWorkspace(a.db))!;
    expect(after.sync!.epoch).toBe(1);
    expect(after.sync!.secret).not.toEqual(ws.sync!.secret);
    expect(Object.keys(ma.state().secrets.get(1)!).sort()).toEqual([meA.deviceId, meC.deviceId].sort());

    // C receives the log (as sync would deliver it) and adopts the new secret and the health key.
    await putWorkspace(c.db, { ...ws, deviceId: meC.deviceId, sync: ws.sync, healthKey: undefined });
    const mc = await createMembership(c.db, c.docs, meC, () => undefined);
    await c.docs.applyUpdates(MEMBERS_DOC_ID, [Y.encodeStateAsUpdate(await a.docs.open(MEMBERS_DOC_ID))]);
    await mc.refresh();
    const wc = (await getWorkspace(c.db))!;
    const d = testWorkspace();
    const meD = await loadOrCreateDeviceIdentity(d.db);
    await ma.approve(recordOf(meD), ['depthead'], '车间主任', 'dept-1');
    expect(ma.state().devices.get(meD.deviceId)).toMatchObject({ departmentId: 'dept-1', personName: '车间主任', roles: ['depthead'] });
    expect(wc.sync).toEqual(after.sync);
    expect(wc.healthKey).toEqual(after.healthKey);
    [a, b, c].forEach((w) => w.close());
  });
});
