import Dexie from 'dexie';
import type { DocId } from '../docs/doc-id';
import type { SafeLedgerDb, UpdateRow } from './db';

/** A doc's update rows in log order, optionally only those after `afterSeq`. */
export function loadDocUpdates(db: SafeLedgerDb, docId: DocId, afterSeq = 0): Promise<UpdateRow[]> {
  return db.updates
    .where('[docId+seq]')
    .between([docId, afterSeq + 1], [docId, Dexie.maxKey], true, true)
    .toArray();
}
