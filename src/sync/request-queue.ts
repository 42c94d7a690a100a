import type { DocId } from '../docs/doc-id';

/**
 * Docs to request from a peer (sync step 1), at most `limit` in flight, asked for `batch` at a time in one
 * message: a large initial sync neither floods the link nor holds thousands of diffs in memory at once, and does
 * not pay a message per doc. Requests added together (e.g. from one inventory list) go out together.
 */
export function createRequestQueue(limit: number, request: (docIds: DocId[]) => Promise<unknown>, batch = 64) {
  const waiting: DocId[] = [];
  const queued = new Set<DocId>();
  const inFlight = new Set<DocId>();
  let scheduled = false;

  function pump() {
    scheduled = false;
    while (inFlight.size < limit && waiting.length) {
      const ids = waiting.splice(0, Math.min(batch, limit - inFlight.size));
      for (const id of ids) {
        queued.delete(id);
        inFlight.add(id);
      }
      void request(ids);
    }
  }
  const schedule = () => {
    if (scheduled) return;
    scheduled = true;
    setTimeout(pump, 0);
  };

  return {
    add(docId: DocId) {
      if (queued.has(docId) || inFlight.has(docId)) return;
      queued.add(docId);
      waiting.push(docId);
      schedule();
    },
    /** The peer answered the request for `docId`. */
    done(docId: DocId) {
      if (inFlight.delete(docId)) schedule();
    },
    size: () => waiting.length + inFlight.size,
  };
}
