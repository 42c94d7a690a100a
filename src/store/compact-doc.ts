import * as Y from 'yjs';
import type { DocId } from '../docs/doc-id';
import type { SafeLedgerDb } from './db';
import { loadDocUpdates } from './load-doc-updates';

/** Compact a doc once its log has this many rows. */
export const COMPACT_AFTER = 50;

/**
 * Replaces a doc's update rows with one update holding the same state (DESIGN §3.2).
 * 1. Read all rows of the doc inside one rw transaction (no commit can interleave).
 * 2. Replay them into a `gc: true` doc, which also drops deleted content, and re-encode.
 * 3. Delete the rows and add the merged one; reset the doc's row count.
 * Peers sync by state vector, so the merged update serves anyone who has not seen some of the rows.
 */
export async function compactDoc(db: SafeLedgerDb, docId: DocId): Promise<boolean> {
  return db.transaction('rw', db.updates, db.docs, async () => {
    const rows = await loadDocUpdates(db, docId);
    if (rows.length < 2) return false;
    const doc = new Y.Doc({ gc: true });
    Y.transact(doc, () => rows.forEach((r) => Y.applyUpdate(doc, r.u)));
    const merged = Y.encodeStateAsUpdate(doc);
    doc.destroy();
    await db.updates.bulkDelete(rows.map((r) => r.seq!));
    await db.updates.add({ docId, u: merged, at: Date.now() });
    const meta = await db.docs.get(docId);
    if (meta) await db.docs.put({ ...meta, n: 1, bytes: merged.length });
    return true;
  });
}
