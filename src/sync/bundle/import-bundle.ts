import * as Y from 'yjs';
import { mayWriteKind } from '../../docs/access-policy';
import type { DocId } from '../../docs/doc-id';
import type { SafeLedgerDb } from '../../store/db';
import type { DocStore } from '../../store/doc-store';
import { mapStorageError } from '../../store/map-storage-error';
import type { WorkspaceInfo } from '../../store/workspace-meta';
import { BUNDLE_ORIGIN } from './bundle-format';
import { decodeBundle, type VerifySigner } from './decode-bundle';

export type ImportBundleResult = {
  /** Docs that changed here. */
  docs: number;
  /** Blobs newly stored. */
  blobs: number;
  /** Docs not applied: the signer's roles may not write their kind ('bundle.notAllowed'). */
  refused: { docId: DocId; reason: string }[];
  /** Blobs not stored because they were damaged at the exporter (wrong size or content address). */
  refusedBlobs: { blobId: string; reason: string }[];
  /** Docs applied whose updates wait for changes this device has not seen yet (Yjs keeps them pending). */
  incomplete: DocId[];
  /** The bundle had health records, and this device has no health key: they were not read. */
  healthSkipped: boolean;
};

/** Docs per all-or-nothing commit. */
const BATCH = 100;

/**
 * Imports a bundle file. Everything is checked first (decodeBundle); a bad file throws AppError('bundle.*') and
 * changes nothing. Then: blobs in one transaction (before the docs that reference them), and doc updates
 * through the doc store, BATCH docs per transaction, origin 'remote:bundle'. Docs of kinds the signer may not
 * write are refused and reported, as sync refuses them from a peer. A storage failure midway leaves earlier
 * batches applied; importing the same file again is harmless (Yjs updates are idempotent).
 */
export async function importBundle(
  db: SafeLedgerDb, docStore: DocStore, ws: WorkspaceInfo, bytes: Uint8Array, opts: { verifySigner: VerifySigner },
): Promise<ImportBundleResult> {
  const b = await decodeBundle(ws, bytes, opts.verifySigner);
  const result: ImportBundleResult = {
    docs: 0, blobs: 0, refused: [], refusedBlobs: b.badBlobs.map((blobId) => ({ blobId, reason: 'bundle.badBlob' })),
    incomplete: [], healthSkipped: b.healthSkipped,
  };

  const have = new Set(await db.blobs.bulkGet(b.blobs.map((x) => x.row.id)).then((rows) => rows.filter((r) => r).map((r) => r!.id)));
  // Attachments of records destroyed here (DESIGN §3.4) are not stored again.
  const ids = b.blobs.map((x) => x.row.id);
  for (const r of await db.destroyed.where('blobs').anyOf(ids).toArray()) r.blobs.forEach((id) => have.add(id));
  const fresh = b.blobs.filter((x) => !have.has(x.row.id));
  if (fresh.length) {
    try {
      await db.transaction('rw', db.blobs, db.blobChunks, async () => {
        await db.blobChunks.bulkPut(fresh.flatMap((x) => x.chunks.map((data, n) => ({ blobId: x.row.id, n, data }))));
        await db.blobs.bulkPut(fresh.map((x) => x.row));
      });
    } catch (e) {
      throw mapStorageError(e);
    }
    result.blobs = fresh.length;
  }

  const gone = new Set<string>(await db.destroyed.where('docId').anyOf(b.docs.map((d) => d.docId)).primaryKeys());
  const allowed = b.docs.filter((d) => {
    const ok = mayWriteKind(b.signerRoles, d.kind);
    if (!ok) result.refused.push({ docId: d.docId, reason: 'bundle.notAllowed' });
    else if (gone.has(d.docId)) result.refused.push({ docId: d.docId, reason: 'destroy.log.refused' });
    return ok && !gone.has(d.docId);
  });
  for (let i = 0; i < allowed.length; i += BATCH) {
    const batch = allowed.slice(i, i + BATCH);
    result.docs += await docStore.commit(batch.map((d) => ({
      docId: d.docId,
      mutate: (doc: Y.Doc) => {
        Y.applyUpdate(doc, d.update, BUNDLE_ORIGIN);
        if (doc.store.pendingStructs || doc.store.pendingDs) result.incomplete.push(d.docId);
      },
    })), { origin: BUNDLE_ORIGIN });
  }
  return result;
}
