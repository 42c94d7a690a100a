import { PROJECTION_VERSION, projectDoc } from '../../docs/project-doc';
import { docStateHash } from '../../docs/doc-state-hash';
import { readCatalogRules } from '../../docs/catalog-doc';
import { CATALOG_DOC_ID, docKind } from '../../docs/doc-id';
import { PROJECTION_TABLES } from '../../docs/rows';
import { AppError } from '../../domain/app-error';
import type { SafeLedgerDb } from '../db';
import { newWorkspaceInfo, type WorkspaceInfo } from '../workspace-meta';
import { fromBase64 } from '../../crypto/base64';
import { mapStorageError } from '../map-storage-error';
import { contextFromCatalog, setProjectionContext } from '../projection-context';
import { writeProjections } from '../write-projections';
import { blobRefs, executeDestroyOrders } from '../destroy-docs';
import type { DecodedBackup } from './decode-backup';

/**
 * Replaces the database's content with a decoded backup in ONE transaction: if anything fails (quota, a crash),
 * the database is exactly as it was. Projections are computed from the docs, as a rebuild would.
 */
/** The workspace's sync identity from the file (a fork starts a new group: none). */
function syncOf(b: DecodedBackup, opts: { fork?: boolean }): Partial<WorkspaceInfo> {
  const s = b.header.sync;
  if (opts.fork || !s) return {};
  return {
    rootDeviceId: s.rootDeviceId, sync: { epoch: s.epoch, secret: fromBase64(s.secret) },
    ...(s.healthKey ? { healthKey: fromBase64(s.healthKey) } : {}),
  };
}

export async function restoreBackup(db: SafeLedgerDb, b: DecodedBackup, opts: { fork?: boolean } = {}): Promise<void> {
  const at = b.header.createdAt;
  const catalog = b.docs.find((d) => d.docId === CATALOG_DOC_ID);
  const ctx = await contextFromCatalog(catalog ? readCatalogRules(catalog.doc) : { overrides: [], kinds: [] });
  const projections = b.docs.map((d) => projectDoc(d.docId, d.doc, ctx));
  const people = projections.reduce((n, p) => n + (p.people?.length ?? 0), 0);
  if (people !== b.header.counts.people) throw new AppError('e.backup.corrupt', undefined, { why: 'people' });
  // A fork (the shared demo file) gets its own workspace id and key, so two devices that opened the demo are
  // not one workspace. Blobs are keyed and encrypted by the old key, so only a blob-free backup can be forked.
  if (opts.fork && b.blobs.length) throw new Error('restoreBackup: cannot fork a backup with attachments');
  const w = opts.fork ? newWorkspaceInfo(b.header.workspace.name) : { ...b.header.workspace, key: b.key };
  const tables = ['updates', 'docs', 'meta', 'blobs', 'blobChunks', ...PROJECTION_TABLES];
  try {
    await db.transaction('rw', [...tables, 'destroyed'], async () => {
      // Docs this device destroyed stay destroyed (DESIGN §3.4): the registry is not cleared, and an older file's
      // copies of them and of their attachments are not written (unless a kept doc references the same blob).
      const gone = await db.destroyed.toArray();
      const goneDocs = new Set<string>(gone.map((g) => g.docId));
      const keep = b.docs.map((d, i) => ({ d, p: projections[i]! })).filter((x) => !goneDocs.has(x.d.docId));
      const used = blobRefs(keep.map((x) => x.p), new Set());
      const goneBlobs = new Set(gone.flatMap((g) => g.blobs).filter((id) => !used.has(id)));
      // The device's own identity (keys) is not part of a workspace: it survives a restore.
      for (const t of tables) await (t === 'meta' ? db.meta.where('key').notEqual('device').delete() : db.table(t).clear());
      await db.updates.bulkAdd(keep.map(({ d }) => ({ docId: d.docId, u: d.state, at })));
      await db.docs.bulkPut(keep.map(({ d }) => ({
        docId: d.docId, kind: docKind(d.docId), n: 1, bytes: d.state.length, updatedAt: at, h: docStateHash(d.doc),
      })));
      // Every table was cleared above: the docs' rows are written in one request per table.
      await writeProjections(db, keep.map(({ d, p }) => ({ docId: d.docId, kind: docKind(d.docId), projection: p, fresh: true })));
      await db.blobs.bulkPut(b.blobs.filter((x) => !goneBlobs.has(x.id)));
      await db.blobChunks.bulkPut(b.chunks.filter((x) => !goneBlobs.has(x.blobId)));
      await db.meta.bulkPut([
        { key: 'workspace', value: { id: w.id, name: w.name, createdAt: w.createdAt, key: w.key, lastBackupAt: opts.fork ? undefined : at, ...syncOf(b, opts) } },
        { key: 'projectionVersion', value: PROJECTION_VERSION },
      ]);
    });
    setProjectionContext(db, ctx);
    // The file's own approved destroy orders apply again (its docs may predate their execution).
    await executeDestroyOrders(db, { forget: (_ids, wipe) => wipe() });
  } catch (e) {
    throw mapStorageError(e);
  } finally {
    b.docs.forEach((d) => d.doc.destroy());
  }
}
