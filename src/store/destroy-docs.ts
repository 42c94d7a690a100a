import Dexie from 'dexie';
import { isApproved } from '../docs/control-doc';
import { parseDocId, type DocId } from '../docs/doc-id';
import { PROJECTION_TABLES, type ProjectionTable } from '../docs/rows';
import type { SafeLedgerDb } from './db';
import type { DocStore } from './doc-store';

/** Kinds a destroy order may name: records, never the workspace's own singletons or the audit trail. */
const DESTROYABLE = new Set(['training', 'plan', 'person', 'health', 'monitoring', 'hazard', 'risk']);
/** Projection tables that may reference blobs (the audit trail and the orders themselves never do). */
const REFERRING = PROJECTION_TABLES.filter((t) => t !== 'audit' && t !== 'destroyOrders');

/** Every string under a key ending in `blobId` (attachments[].blobId, signBlobId, photoBlobId, logoBlobId …). */
export function blobRefs(value: unknown, out: Set<string>): Set<string> {
  if (Array.isArray(value)) value.forEach((v) => blobRefs(v, out));
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (typeof v === 'string' && /blobid$/i.test(k)) out.add(v);
      else if (typeof v === 'object') blobRefs(v, out);
    }
  }
  return out;
}

/**
 * Deletes docs for good, in one transaction (DESIGN §3.4):
 * 1. collect the blobs their projection rows reference, before anything is deleted;
 * 2. keep those another live doc still references (blobs are content-addressed, so two records may share one);
 * 3. delete the docs' update rows, metadata, every projection row and the unshared blobs;
 * 4. record each doc (and its deleted blobs) in the local `destroyed` registry, which no restore clears.
 */
async function wipeDocs(db: SafeLedgerDb, items: { docId: DocId; orderId: string }[]): Promise<void> {
  const ids = items.map((i) => i.docId);
  const doomed = new Set<string>(ids);
  await db.transaction('rw', ['updates', 'docs', 'destroyed', 'blobs', 'blobChunks', ...PROJECTION_TABLES], async () => {
    const perDoc = new Map<string, Set<string>>(ids.map((id) => [id, new Set()]));
    for (const t of REFERRING) {
      for (const row of await db.table(t).where('docId').anyOf(ids).toArray()) blobRefs(row, perDoc.get(row.docId)!);
    }
    const candidates = new Set([...perDoc.values()].flatMap((s) => [...s]));
    const shared = new Set<string>();
    if (candidates.size) {
      for (const t of REFERRING as ProjectionTable[]) {
        await db.table(t).each((row: { docId: string }) => {
          if (!doomed.has(row.docId)) for (const b of blobRefs(row, new Set())) if (candidates.has(b)) shared.add(b);
        });
      }
    }
    const deletable = [...candidates].filter((b) => !shared.has(b));
    for (const id of ids) await db.updates.where('[docId+seq]').between([id, Dexie.minKey], [id, Dexie.maxKey], true, true).delete();
    await db.docs.bulkDelete(ids);
    for (const t of PROJECTION_TABLES) await db.table(t).where('docId').anyOf(ids).delete();
    for (const b of deletable) await db.blobChunks.where('[blobId+n]').between([b, Dexie.minKey], [b, Dexie.maxKey], true, true).delete();
    await db.blobs.bulkDelete(deletable);
    const at = Date.now();
    await db.destroyed.bulkPut(items.map((i) => ({
      docId: i.docId, orderId: i.orderId, at, blobs: [...perDoc.get(i.docId)!].filter((b) => !shared.has(b)),
    })));
  });
}

/**
 * Executes every approved destroy order of the control doc whose docs this device has not destroyed yet. Idempotent:
 * runs after any change to the control doc (local, synced, another tab) and at start. Resolves with the docs
 * destroyed now. Afterwards the doc store refuses those docs (doc-store.ts) and sync never offers or requests them.
 */
export async function executeDestroyOrders(db: SafeLedgerDb, store: Pick<DocStore, 'forget'>): Promise<DocId[]> {
  const done = new Set<string>(await db.destroyed.toCollection().primaryKeys());
  const items = new Map<DocId, string>();
  for (const o of await db.destroyOrders.toArray()) {
    if (!o.approved || !isApproved(o)) continue;
    for (const raw of o.docIds) {
      const p = parseDocId(raw);
      if (p && DESTROYABLE.has(p.kind) && !done.has(p.id) && !items.has(p.id)) items.set(p.id, o.id);
    }
  }
  if (!items.size) return [];
  const list = [...items].map(([docId, orderId]) => ({ docId, orderId }));
  await store.forget(list.map((i) => i.docId), () => wipeDocs(db, list));
  return list.map((i) => i.docId);
}
