import { randomBytes } from '../../src/crypto/bytes';
import { newId } from '../../src/domain/ids';
import type { Role } from '../../src/domain/roles';
import { testWorkspace } from '../../src/store/test-db.testing';
import { createStoreHost, type MemberDirectory } from '../../src/sync/store-host';
import { createSyncEngine } from '../../src/sync/sync-engine';

/** A workspace shared by test peers: ids, keys and a members directory every peer consults. */
export function testWorkspaceGroup() {
  const ws = { id: newId(), key: randomBytes(32), syncSecret: randomBytes(32) };
  const keys = new Map<string, { pub: CryptoKey; name: string; roles: Role[]; removed: boolean }>();
  const members: MemberDirectory = {
    lookup: (id) => keys.get(id) ?? null,
    async verify(id, data, sig) {
      const k = keys.get(id);
      return !!k && crypto.subtle.verify({ name: 'ECDSA', hash: 'SHA-256' }, k.pub, sig as BufferSource, data as BufferSource);
    },
  };

  /** A device of this workspace with its own database, store host and sync engine. */
  async function peer(name: string, roles: Role[], over: { syncSecret?: Uint8Array; member?: boolean } = {}) {
    const pair = (await crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, false, ['sign', 'verify'])) as CryptoKeyPair;
    const deviceId = newId();
    if (over.member !== false) keys.set(deviceId, { pub: pair.publicKey, name, roles, removed: false });
    const w = testWorkspace();
    const host = createStoreHost({
      db: w.db, docs: w.docs, members,
      workspace: { ...ws, syncSecret: over.syncSecret ?? ws.syncSecret },
      device: {
        id: deviceId,
        sign: async (d) => new Uint8Array(await crypto.subtle.sign({ name: 'ECDSA', hash: 'SHA-256' }, pair.privateKey, d as BufferSource)),
      },
    });
    const engine = createSyncEngine(host);
    return { ...w, name, deviceId, host, engine, privateKey: pair.privateKey };
  }
  return { ws, members, keys, peer };
}

/** Resolves once `cond` holds (polling), or rejects after `ms`. */
export async function until(cond: () => boolean | Promise<boolean>, ms = 20_000, what = 'condition'): Promise<void> {
  const end = Date.now() + ms;
  while (!(await cond())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}
