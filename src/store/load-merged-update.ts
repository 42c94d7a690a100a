import * as Y from 'yjs';
import type { DocId } from '../docs/doc-id';
import type { SafeLedgerDb } from './db';
import { loadDocUpdates } from './load-doc-updates';

/** A doc's whole update log as one update (Y.mergeUpdates, no Y.Doc opened); null if the doc has no log. */
export async function loadMergedUpdate(db: SafeLedgerDb, docId: DocId): Promise<Uint8Array | null> {
  const rows = await loadDocUpdates(db, docId);
  if (!rows.length) return null;
  return rows.length === 1 ? rows[0]!.u : Y.mergeUpdates(rows.map((r) => r.u));
}
