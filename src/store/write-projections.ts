import { OWNED_TABLES } from '../docs/project-doc';
import type { DocId, DocKind } from '../docs/doc-id';
import type { Projection } from '../docs/rows';
import type { SafeLedgerDb } from './db';

/** One doc's projection to write; `fresh` = the doc had no rows before (nothing to delete). */
export type ProjectionWrite = { docId: DocId; kind: DocKind; projection: Projection; fresh: boolean };

/**
 * writeProjection for many docs at once, with one delete and one bulkPut per table: replaces each doc's rows in
 * the tables its kind owns. Must run inside the transaction that writes the docs' updates.
 */
export async function writeProjections(db: SafeLedgerDb, items: readonly ProjectionWrite[]): Promise<void> {
  const byTable = new Map<string, { replace: DocId[]; rows: unknown[] }>();
  for (const { docId, kind, projection, fresh } of items) {
    for (const table of OWNED_TABLES[kind] ?? []) {
      const rows = (projection as Record<string, unknown[] | undefined>)[table] ?? [];
      let e = byTable.get(table);
      if (!e) byTable.set(table, (e = { replace: [], rows: [] }));
      // One row per person doc, keyed by the person id: a put replaces it.
      if (!fresh && !(table === 'people' && rows.length === 1)) e.replace.push(docId);
      e.rows.push(...rows);
    }
  }
  for (const [table, { replace, rows }] of byTable) {
    const t = db.table(table);
    if (replace.length) await t.where('docId').anyOf(replace).delete();
    if (rows.length) await t.bulkPut(rows);
  }
}
