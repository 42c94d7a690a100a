import * as Y from 'yjs';
import type { SafeLedgerDb } from '../db';
import { loadDocUpdates } from '../load-doc-updates';
import { getWorkspace } from '../workspace-meta';
import { encodeBackup } from './encode-backup';
import type { BackupHeader } from './backup-format';

/**
 * Exports the whole workspace: each doc's state (its log replayed into a `gc: true` doc, so deleted content is
 * not carried), all blobs with their encrypted chunks, and the workspace key. Records the time of the backup.
 */
export async function exportBackup(db: SafeLedgerDb, app: string): Promise<{ parts: Uint8Array[]; header: BackupHeader }> {
  const workspace = await getWorkspace(db);
  if (!workspace) throw new Error('exportBackup: no workspace');
  const snapshot = await db.transaction('r', ['docs', 'updates', 'blobs', 'blobChunks', 'people'], async () => {
    const docs: { docId: string; state: Uint8Array }[] = [];
    for (const m of await db.docs.toArray()) {
      const rows = await loadDocUpdates(db, m.docId);
      if (rows.length === 1) docs.push({ docId: m.docId, state: rows[0]!.u });
      else {
        const doc = new Y.Doc();
        Y.transact(doc, () => rows.forEach((r) => Y.applyUpdate(doc, r.u)));
        docs.push({ docId: m.docId, state: Y.encodeStateAsUpdate(doc) });
        doc.destroy();
      }
    }
    return { docs, blobs: await db.blobs.toArray(), chunks: await db.blobChunks.toArray(), people: await db.people.count() };
  });
  const out = await encodeBackup({ workspace, app, ...snapshot });
  await db.meta.put({ key: 'workspace', value: { ...workspace, lastBackupAt: out.header.createdAt } });
  return out;
}
