import { OWNED_TABLES } from '../docs/project-doc';
import type { DocId, DocKind } from '../docs/doc-id';
import type { Projection } from '../docs/rows';
import type { SafeLedgerDb } from './db';

/**
 * Replaces a doc's rows in the tables its kind owns. Must run inside a transaction that also writes
 * the doc's update, so that both are there after a crash or neither is.
 */
export async function writeProjection(db: SafeLedgerDb, docId: DocId, kind: DocKind, projection: Projection): Promise<void> {
  for (const table of OWNED_TABLES[kind] ?? []) {
    const rows = projection[table] ?? [];
    const t = db.table(table);
    if (table === 'people' && rows.length === 1) {
      // One row per person doc, keyed by the person id: a put replaces it.
      await t.put(rows[0]);
      continue;
    }
    await t.where('docId').equals(docId).delete();
    if (rows.length) await t.bulkPut(rows);
  }
}
