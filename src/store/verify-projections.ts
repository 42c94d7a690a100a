import * as Y from 'yjs';
import { OWNED_TABLES, projectDoc } from '../docs/project-doc';
import { PROJECTION_TABLES, type ProjectionTable } from '../docs/rows';
import type { SafeLedgerDb } from './db';
import { loadDocUpdates } from './load-doc-updates';
import { contextFromLog } from './projection-context';

/** Rows sorted by id in a stable JSON form, for comparing tables. */
const canon = (rows: { id: string }[]) => rows.map((r) => JSON.stringify(r, Object.keys(r).sort())).sort();

/**
 * Compares the stored projection tables with what the update log projects to (read-only).
 * Returns the names of tables that differ (empty = consistent). Used by tests and 设置 › 诊断.
 */
export async function verifyProjections(db: SafeLedgerDb): Promise<ProjectionTable[]> {
  const ctx = await contextFromLog(db);
  const expected = new Map<ProjectionTable, { id: string }[]>(PROJECTION_TABLES.map((t) => [t, []]));
  for (const m of await db.docs.toArray()) {
    const doc = new Y.Doc({ guid: m.docId });
    const rows = await loadDocUpdates(db, m.docId);
    Y.transact(doc, () => rows.forEach((r) => Y.applyUpdate(doc, r.u)));
    const p = projectDoc(m.docId, doc, ctx);
    for (const t of OWNED_TABLES[m.kind] ?? []) expected.get(t)!.push(...((p[t] ?? []) as { id: string }[]));
    doc.destroy();
  }
  const bad: ProjectionTable[] = [];
  for (const t of PROJECTION_TABLES) {
    const stored = canon((await db.table(t).toArray()) as { id: string }[]);
    if (JSON.stringify(stored) !== JSON.stringify(canon(expected.get(t)!))) bad.push(t);
  }
  return bad;
}
