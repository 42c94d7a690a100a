import * as Y from 'yjs';
import { docStateHash } from '../docs/doc-state-hash';
import { PROJECTION_VERSION, projectDoc } from '../docs/project-doc';
import { PROJECTION_TABLES } from '../docs/rows';
import type { SafeLedgerDb } from './db';
import { loadDocUpdates } from './load-doc-updates';
import { contextFromLog, setProjectionContext } from './projection-context';
import { writeProjections, type ProjectionWrite } from './write-projections';

const BATCH = 200;

/**
 * Rebuilds every projection table (and each doc's state hash) from the update log. The version is written last, so a crash midway
 * leaves the old version and the rebuild runs again on next open.
 */
export async function rebuildProjections(db: SafeLedgerDb, onProgress?: (done: number, total: number) => void): Promise<void> {
  await db.transaction('rw', ['meta', ...PROJECTION_TABLES], async () => {
    await db.meta.delete('projectionVersion');
    for (const t of PROJECTION_TABLES) await db.table(t).clear();
  });
  const metas = await db.docs.toArray();
  const ctx = await contextFromLog(db);
  for (let i = 0; i < metas.length; i += BATCH) {
    const batch = metas.slice(i, i + BATCH);
    await db.transaction('rw', ['updates', 'docs', ...PROJECTION_TABLES], async () => {
      const items: ProjectionWrite[] = [];
      for (const m of batch) {
        const doc = new Y.Doc({ guid: m.docId });
        const rows = await loadDocUpdates(db, m.docId);
        Y.transact(doc, () => rows.forEach((r) => Y.applyUpdate(doc, r.u)));
        // The tables were cleared: nothing of this doc to delete first.
        items.push({ docId: m.docId, kind: m.kind, projection: projectDoc(m.docId, doc, ctx), fresh: true });
        await db.docs.update(m.docId, { h: docStateHash(doc) });
        doc.destroy();
      }
      await writeProjections(db, items);
    });
    onProgress?.(Math.min(i + BATCH, metas.length), metas.length);
  }
  await db.meta.put({ key: 'projectionVersion', value: PROJECTION_VERSION });
  setProjectionContext(db, ctx);
}

/** Rebuilds if the stored projection version is not the code's. */
export async function ensureProjections(db: SafeLedgerDb): Promise<boolean> {
  const v = (await db.meta.get('projectionVersion'))?.value;
  if (v === PROJECTION_VERSION) return false;
  await rebuildProjections(db);
  return true;
}
