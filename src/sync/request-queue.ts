import type { DocId } from '../docs/doc-id';

/**
 * Docs to request from a peer (sync step 1), at most `limit` in flight: a large initial sync neither floods the
 * link nor holds thousands of diffs in memory at once.
 */
export function createRequestQueue(limit: number, request: (docId: DocId) => Promise<unknown>) {
  const waiting: DocId[] = [];
  const queued = new Set<DocId>();
  const inFlight = new Set<DocId>();

  function pump() {
    while (inFlight.size < limit && waiting.length) {
      const id = waiting.shift()!;
      queued.delete(id);
      inFlight.add(id);
      void request(id);
    }
  }

  return {
    add(docId: DocId) {
      if (queued.has(docId) || inFlight.has(docId)) return;
      queued.add(docId);
      waiting.push(docId);
      pump();
    },
    /** The peer answered the request for `docId`. */
    done(docId: DocId) {
      if (inFlight.delete(docId)) pump();
    },
    size: () => waiting.length + inFlight.size,
  };
}
