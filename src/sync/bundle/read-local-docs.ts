import { docKind, type DocId, type DocKind } from '../../docs/doc-id';
import type { SafeLedgerDb } from '../../store/db';
import { loadMergedUpdate } from '../../store/load-merged-update';

/** One stored doc as a bundle sees it: its whole log merged into one update, and its state hash. */
export type LocalDoc = { docId: DocId; kind: DocKind; h: string | undefined; merged: Uint8Array };

/**
 * Every doc of the database with its merged log (Y.mergeUpdates, without opening a Y.Doc), read in one
 * transaction so that docs and their `h` agree. Docs with an empty log are left out.
 */
export async function readLocalDocs(db: SafeLedgerDb): Promise<LocalDoc[]> {
  return db.transaction('r', db.docs, db.updates, async () => {
    const out: LocalDoc[] = [];
    for (const m of await db.docs.toArray()) {
      const merged = await loadMergedUpdate(db, m.docId);
      if (!merged) continue;
      out.push({ docId: m.docId, kind: docKind(m.docId), h: m.h, merged });
    }
    return out;
  });
}
