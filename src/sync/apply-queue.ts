import type { DocId } from '../docs/doc-id';
import type { SyncHost } from './sync-host';

const BATCH_DOCS = 100;
const DELAY_MS = 15;

/**
 * Collects peer updates and persists them in batches (one transaction for up to 100 docs): an initial sync of
 * thousands of docs is not thousands of transactions. Batches run one after another.
 */
export function createApplyQueue(
  host: SyncHost, origin: string, onPending: (docs: DocId[]) => void, onApplied: () => void, onError: (e: unknown) => void,
) {
  let waiting = new Map<DocId, Uint8Array[]>();
  let running = 0;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let chain: Promise<void> = Promise.resolve();

  function flush() {
    timer = null;
    const batch = [...waiting].map(([docId, updates]) => ({ docId, updates }));
    waiting = new Map();
    running += batch.length;
    chain = chain
      .then(() => host.apply(batch, origin))
      .then((pending) => {
        if (pending.length) onPending(pending);
      }, onError)
      .finally(() => {
        running -= batch.length;
        onApplied();
      });
  }

  return {
    add(docId: DocId, update: Uint8Array) {
      const list = waiting.get(docId);
      if (list) list.push(update);
      else waiting.set(docId, [update]);
      if (waiting.size >= BATCH_DOCS) {
        if (timer) clearTimeout(timer);
        flush();
      } else timer ??= setTimeout(flush, DELAY_MS);
    },
    size: () => waiting.size + running,
  };
}
