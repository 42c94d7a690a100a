import Dexie, { type Table } from 'dexie';
import type { DocId, DocKind } from '../docs/doc-id';
import { AUDIT_ROW_INDEX } from '../docs/audit-doc';
import type { ProjectionRows } from '../docs/rows';
import type { AccessClass } from '../domain/roles';

/** One Yjs update of one doc (DESIGN §3.2): appended in the same transaction as the rows it projects to. */
export type UpdateRow = { seq?: number; docId: DocId; u: Uint8Array; at: number };
/**
 * Per-doc bookkeeping: update rows since the last compaction, bytes, last change, and `h`, the hash of the doc's
 * state (docStateHash) that sync inventories compare without opening the doc.
 */
export type DocMetaRow = { docId: DocId; kind: DocKind; n: number; bytes: number; updatedAt: number; h?: string };
export type MetaRow = { key: string; value: unknown };
/** A stored attachment; `cls` 'health' blobs are only sent to devices that may read health docs. */
export type BlobRow = {
  id: string; mime: string; size: number; chunks: number; width?: number; height?: number; createdAt: number; cls?: AccessClass;
};
export type BlobChunkRow = { blobId: string; n: number; data: Uint8Array };
/**
 * A doc this device destroyed (DESIGN §3.4), kept outside the workspace's data: a restore never clears it, so an
 * older backup cannot bring the doc back. `blobs`: attachments deleted with it (a stale peer's copies are refused).
 */
export type DestroyedRow = { docId: DocId; orderId: string; at: number; blobs: string[] };

/** The workspace database: update log, doc metadata, projections, blobs. */
export type SafeLedgerDb = Dexie & {
  updates: Table<UpdateRow, number>;
  docs: Table<DocMetaRow, DocId>;
  meta: Table<MetaRow, string>;
  blobs: Table<BlobRow, string>;
  blobChunks: Table<BlobChunkRow, [string, number]>;
  destroyed: Table<DestroyedRow, DocId>;
} & { [T in keyof ProjectionRows]: Table<ProjectionRows[T], string> };

/** Opens (creating if needed) the database of one workspace. */
export function openDb(name = 'safeledger'): SafeLedgerDb {
  const db = new Dexie(name) as SafeLedgerDb;
  db.version(1).stores({
    updates: '++seq, [docId+seq]',
    docs: 'docId, kind',
    meta: 'key',
    blobs: 'id',
    blobChunks: '[blobId+n]',
    people: 'id, docId, workNo, status, [departmentId+status], postId',
    departments: 'id, docId, code',
    posts: 'id, docId, departmentId',
    org: 'id, docId',
  });
  // v2: the signed audit trail, projected from audit docs.
  db.version(2).stores({ audit: AUDIT_ROW_INDEX });
  // v3: certificates, projected from person docs.
  db.version(3).stores({ certificates: 'id, docId, personId, kind, validityEnd, departmentId' });
  // v4: certificate due dates for reminders (workbench counts by department), the catalog doc's rule overrides.
  db.version(4).stores({
    certificates: 'id, docId, personId, kind, validityEnd, departmentId, due, [departmentId+due]',
    ruleOverrides: 'id, docId',
  });
  // v5: certificate kinds the enterprise configures (catalog doc).
  db.version(5).stores({ certKinds: 'id, docId' });
  // v6: certificate indexes no query uses are dropped (each costs a write per row: a 5,000-row import felt it).
  db.version(6).stores({ certificates: 'id, docId, personId, kind, due, [departmentId+due]' });
  // v7: training sessions and attendance (issue 5), the working-day calendar's overrides (catalog doc).
  db.version(7).stores({
    trainings: 'id, docId, date, state, [departmentId+date], planItemId, [archiveGroup+archiveSeq]',
    attendances: 'id, docId, sessionId, [personId+date], date, retrainDate',
    calendarOverrides: 'id, docId',
  });
  // v8: destroy orders (control doc) and this device's registry of destroyed docs and the blobs deleted with them.
  db.version(8).stores({ destroyOrders: 'id, docId', destroyed: 'docId, *blobs' });
  // v9: attendance lives inside the session rows (multi-entry person index): 200,000 rows of their own made an
  // initial sync and a restore of R several times slower.
  db.version(9).stores({
    attendances: null,
    trainings: 'id, docId, date, state, [departmentId+date], planItemId, [archiveGroup+archiveSeq], *personIds, *retrainDates',
  });
  return db;
}
