import type { DocId } from '../docs/doc-id';

const BATCH = 64;

/**
 * Collects a peer's step-1 requests and serves them in batches, one batch after another: one storage read for up
 * to 64 docs, and the session's inbox never waits on storage. How many are pending is bounded by the peer's own
 * requests in flight.
 */
export function createServeQueue(
  serve: (batch: { docId: DocId; sv: Uint8Array }[]) => Promise<void>, onError: (e: unknown) => void,
) {
  let waiting: { docId: DocId; sv: Uint8Array }[] = [];
  let running = false;

  async function drain() {
    running = true;
    while (waiting.length) {
      const batch = waiting.slice(0, BATCH);
      waiting = waiting.slice(BATCH);
      try {
        await serve(batch);
      } catch (e) {
        onError(e);
      }
    }
    running = false;
  }

  return {
    add(req: { docId: DocId; sv: Uint8Array }) {
      waiting.push(req);
      // Start on the next microtask, so requests that arrive together are read together.
      if (!running) {
        running = true;
        queueMicrotask(() => void drain());
      }
    },
    size: () => waiting.length,
  };
}
