import type { DocId } from '../docs/doc-id';
import { COMPACT_AFTER, compactDoc } from './compact-doc';
import type { SafeLedgerDb } from './db';
import type { DocStore } from './doc-store';

/** After commits, compacts docs whose log grew past the threshold, while `enabled()` (the leader tab). */
export function autoCompact(db: SafeLedgerDb, docs: DocStore, enabled: () => boolean): () => void {
  const due = new Set<DocId>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const run = async () => {
    timer = undefined;
    for (const id of [...due]) {
      due.delete(id);
      const meta = await db.docs.get(id);
      if (meta && meta.n >= COMPACT_AFTER) await compactDoc(db, id).catch((e) => console.warn('compaction', id, e));
    }
  };
  return docs.onCommit((changes) => {
    if (!enabled()) return;
    changes.forEach((c) => due.add(c.docId));
    timer ??= setTimeout(run, 2_000);
  });
}
