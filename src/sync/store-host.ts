import * as Y from 'yjs';
import { hmacBytes, importHmacKey } from '../crypto/hmac';
import type { DocId } from '../docs/doc-id';
import type { Role } from '../domain/roles';
import { createBlobStore } from '../store/blob-store';
import type { SafeLedgerDb } from '../store/db';
import type { DocStore } from '../store/doc-store';
import { loadMergedUpdate } from '../store/load-merged-update';
import { loadMergedUpdates } from '../store/load-merged-updates';
import type { PeerIdentity, SyncHost } from './sync-host';

/** Who is a member, as far as sync needs to know (built from the members log). */
export type MemberDirectory = {
  /** Roles of a device; null if it is not a current member (unknown or removed). */
  lookup(deviceId: string): { name: string; roles: Role[]; removed: boolean } | null;
  /** Checks a device's signature with its public key from the members log. */
  verify(deviceId: string, data: Uint8Array, sig: Uint8Array): Promise<boolean>;
};

export type StoreHostOptions = {
  db: SafeLedgerDb;
  docs: DocStore;
  workspace: { id: string; key: Uint8Array; syncSecret: Uint8Array };
  device: { id: string; sign(data: Uint8Array): Promise<Uint8Array> };
  members: MemberDirectory;
};

/** The SyncHost of a workspace database: reads the docs table and update log, writes through the doc store. */
export function createStoreHost(o: StoreHostOptions): SyncHost {
  const { db, docs, members } = o;
  const blobs = createBlobStore(db, o.workspace.key);
  const macKey = importHmacKey(o.workspace.syncSecret);
  const blobListeners = new Set<(id: string) => void>();
  // Fires inside the writing transaction: tell peers only once it has committed. Hooked only while someone
  // listens, so engines restarted with new settings leave no hooks behind.
  const onCreating = (_key: unknown, row: { id: string }, txn: { on(ev: 'complete', f: () => void): void }) => {
    txn.on('complete', () => blobListeners.forEach((l) => l(row.id)));
  };

  const merged = (docId: DocId) => loadMergedUpdate(db, docId);

  return {
    workspaceId: o.workspace.id,
    deviceId: o.device.id,
    roles: () => members.lookup(o.device.id)?.roles ?? [],
    mac: async (data) => hmacBytes(await macKey, data),
    sign: (data) => o.device.sign(data),
    async verifyPeer(deviceId, data, sig): Promise<PeerIdentity | { refused: string }> {
      const m = members.lookup(deviceId);
      if (!m) return { refused: 'sync.e.unknownDevice' };
      if (m.removed) return { refused: 'sync.e.removedDevice' };
      if (!(await members.verify(deviceId, data, sig))) return { refused: 'sync.e.badSignature' };
      return { deviceId, name: m.name, roles: m.roles };
    },
    async inventory() {
      const out = new Map<DocId, string>();
      await db.docs.each((d) => void out.set(d.docId, d.h ?? ''));
      return out;
    },
    async stateVector(docId) {
      const u = await merged(docId);
      return u ? Y.encodeStateVectorFromUpdate(u) : new Uint8Array([0]);
    },
    async diffs(requests) {
      const all = await loadMergedUpdates(db, requests.map((r) => r.docId));
      // A peer without the doc (empty state vector) lacks all of it: the stored update as is, not re-encoded.
      const empty = (sv: Uint8Array) => sv.length === 1 && sv[0] === 0;
      return all.map((u, i) => (!u ? null : empty(requests[i]!.sv) ? u : Y.diffUpdate(u, requests[i]!.sv)));
    },
    async apply(batch, origin) {
      const pending: DocId[] = [];
      await docs.commit(batch.map(({ docId, updates }) => ({
        docId,
        mutate: (doc) => {
          Y.transact(doc, () => updates.forEach((u) => Y.applyUpdate(doc, u)), origin);
          if (doc.store.pendingStructs || doc.store.pendingDs) pending.push(docId);
        },
      })), { origin });
      return pending;
    },
    onCommit: (l) => docs.onCommit(l),
    async blobIds() {
      const out: { id: string; cls: 'general' | 'health' }[] = [];
      await db.blobs.each((b) => void out.push({ id: b.id, cls: b.cls ?? 'general' }));
      return out;
    },
    getBlob: (id) => blobs.raw(id),
    putBlob: (b) => blobs.putRaw(b.row, b.chunks),
    destroyed: {
      doc: (docId) => docs.isDestroyed(docId),
      blobs: async (ids) => new Set((await db.destroyed.where('blobs').anyOf(ids).toArray()).flatMap((r) => r.blobs)),
    },
    onBlob(l) {
      if (!blobListeners.size) db.blobs.hook('creating', onCreating as never);
      blobListeners.add(l);
      return () => {
        blobListeners.delete(l);
        if (!blobListeners.size) db.blobs.hook('creating').unsubscribe(onCreating as never);
      };
    },
  };
}

