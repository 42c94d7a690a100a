import * as Y from 'yjs';
import type { DocId } from '../docs/doc-id';
import type { SafeLedgerDb } from './db';
import { loadDocUpdates } from './load-doc-updates';

/**
 * The whole update logs of many docs, each merged into one update (no Y.Doc opened), read in one transaction with
 * the requests in flight together; null for a doc without a log. Serving a peer's initial sync one doc per
 * transaction made it wait on storage latency for every doc.
 */
export async function loadMergedUpdates(db: SafeLedgerDb, docIds: readonly DocId[]): Promise<(Uint8Array | null)[]> {
  const logs = await db.transaction('r', db.updates, () => Promise.all(docIds.map((id) => loadDocUpdates(db, id))));
  return logs.map((rows) => (!rows.length ? null : rows.length === 1 ? rows[0]!.u : Y.mergeUpdates(rows.map((r) => r.u))));
}
