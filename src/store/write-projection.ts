import type { DocId, DocKind } from '../docs/doc-id';
import type { Projection } from '../docs/rows';
import type { SafeLedgerDb } from './db';
import { writeProjections } from './write-projections';

/**
 * Replaces one doc's rows in the tables its kind owns. Must run inside a transaction that also writes
 * the doc's update, so that both are there after a crash or neither is.
 */
export function writeProjection(db: SafeLedgerDb, docId: DocId, kind: DocKind, projection: Projection): Promise<void> {
  return writeProjections(db, [{ docId, kind, projection, fresh: false }]);
}
