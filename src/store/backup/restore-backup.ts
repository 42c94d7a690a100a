import { PROJECTION_VERSION, projectDoc } from '../../docs/project-doc';
import { docKind } from '../../docs/doc-id';
import { PROJECTION_TABLES } from '../../docs/rows';
import type { SafeLedgerDb } from '../db';
import { mapStorageError } from '../map-storage-error';
import { writeProjection } from '../write-projection';
import type { DecodedBackup } from './decode-backup';

/**
 * Replaces the database's content with a decoded backup in ONE transaction: if anything fails (quota, a crash),
 * the database is exactly as it was. Projections are computed from the docs, as a rebuild would.
 */
export async function restoreBackup(db: SafeLedgerDb, b: DecodedBackup): Promise<void> {
  const at = b.header.createdAt;
  const projections = b.docs.map((d) => projectDoc(d.docId, d.doc));
  const tables = ['updates', 'docs', 'meta', 'blobs', 'blobChunks', ...PROJECTION_TABLES];
  try {
    await db.transaction('rw', tables, async () => {
      for (const t of tables) await db.table(t).clear();
      await db.updates.bulkAdd(b.docs.map((d) => ({ docId: d.docId, u: d.state, at })));
      await db.docs.bulkPut(b.docs.map((d) => ({ docId: d.docId, kind: docKind(d.docId), n: 1, bytes: d.state.length, updatedAt: at })));
      for (let i = 0; i < b.docs.length; i++) {
        await writeProjection(db, b.docs[i]!.docId, docKind(b.docs[i]!.docId), projections[i]!);
      }
      await db.blobs.bulkPut(b.blobs);
      await db.blobChunks.bulkPut(b.chunks);
      const w = b.header.workspace;
      await db.meta.bulkPut([
        { key: 'workspace', value: { id: w.id, name: w.name, createdAt: w.createdAt, key: b.key, lastBackupAt: at } },
        { key: 'projectionVersion', value: PROJECTION_VERSION },
      ]);
    });
  } catch (e) {
    throw mapStorageError(e);
  } finally {
    b.docs.forEach((d) => d.doc.destroy());
  }
}
