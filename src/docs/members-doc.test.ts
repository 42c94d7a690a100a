import { describe, expect, it } from 'vitest';
import type { Role } from '../domain/roles';
import * as Y from 'yjs';
import { toBase64 } from '../crypto/base64';
import { generateDeviceKeys } from '../crypto/device-keys';
import { appendMemberEntry, foldMembers, readMemberEntries } from './members-doc';
import { signMemberEntry } from './sign-member-entry';

async function device(id: string) {
  const keys = await generateDeviceKeys();
  return {
    id, keys,
    record: { id, name: id, signPublic: toBase64(keys.signPublic), agreePublic: toBase64(keys.agreePublic) },
    signer: { deviceId: id, privateKey: keys.sign.privateKey },
  };
}

describe('members log', () => {
  it('folds genesis, approvals and removals; refuses non-admin, tampered and forged entries; order-independent', async () => {
    const root = await device('root');
    const b = await device('b');
    const c = await device('c');
    const g = await signMemberEntry(root.signer, { k: 'genesis', device: root.record, roles: ['admin', 'health'] }, '', 1);
    const afterGenesis = (await foldMembers([g], 'root')).lastHash.get('root')!;
    const addB = await signMemberEntry(root.signer, { k: 'device', device: b.record, roles: ['admin'] }, afterGenesis, 2);
    const s1 = await foldMembers([g, addB], 'root');
    expect(s1.invalid).toEqual([]);
    expect(s1.devices.get('b')!.roles).toEqual(['admin']);

    // Two admins append concurrently; a recorder tries to promote itself; one entry is tampered.
    const addC = await signMemberEntry(root.signer, { k: 'device', device: c.record, roles: ['recorder'] }, s1.lastHash.get('root')!, 3);
    const removeByB = await signMemberEntry(b.signer, { k: 'remove', deviceId: 'c' }, '', 4);
    const selfPromote = await signMemberEntry(c.signer, { k: 'device', device: c.record, roles: ['admin'] }, '', 5);
    const tampered = { ...(await signMemberEntry(b.signer, { k: 'device', device: b.record, roles: ['auditor'] }, '', 6)), roles: ['admin', 'health'] as Role[] };

    const docA = new Y.Doc();
    const docB = new Y.Doc();
    for (const e of [g, addB, addC, removeByB]) appendMemberEntry(docA, e);
    for (const e of [removeByB, addC, g, addB, selfPromote, tampered]) appendMemberEntry(docB, e);
    Y.applyUpdate(docA, Y.encodeStateAsUpdate(docB));
    Y.applyUpdate(docB, Y.encodeStateAsUpdate(docA));
    const fa = await foldMembers(readMemberEntries(docA), 'root');
    const fb = await foldMembers(readMemberEntries(docB), 'root');
    expect([...fa.devices.entries()]).toEqual([...fb.devices.entries()]);
    expect(fa.devices.get('c')!.removed).toBe(true);
    expect(fa.devices.get('c')!.roles).toEqual(['recorder']);
    expect(fa.devices.get('b')!.roles).toEqual(['admin']);
    expect(fa.invalid.map((i) => i.reason).sort()).toEqual(['bad-signature', 'not-admin']);

    // A genesis by anyone but the root device is refused.
    const fake = await signMemberEntry(b.signer, { k: 'genesis', device: b.record, roles: ['admin'] }, '', 0);
    expect((await foldMembers([fake], 'root')).invalid[0]!.reason).toBe('bad-genesis');
  });
});
