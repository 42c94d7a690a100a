import { createReassembler, FrameError, toFrames } from './frames';
import type { Link } from './link';
import { decodeMessage, type SyncMessage } from './messages';

type Handlers = { message: (m: SyncMessage) => void; close: (why: string) => void };

/**
 * Messages over a Link: splits each into ≤16 KiB frames sent one after another (awaiting the link's
 * backpressure), reassembles incoming frames, validates every message, and closes the link on garbage.
 * Messages that arrive while nobody listens are kept, so a link can pass from the join exchange to a sync
 * session without losing the peer's first messages.
 */
export function createFramedLink(link: Link) {
  let nextId = 1;
  let closedFor: string | null = null;
  let tail: Promise<void> = Promise.resolve();
  let handlers: Handlers | null = null;
  const waiting: SyncMessage[] = [];

  const push = createReassembler((bytes) => {
    const m = decodeMessage(bytes);
    if (!m) return close('sync.e.malformed');
    if (handlers) handlers.message(m);
    else if (waiting.push(m) > 5000) close('sync.e.flood');
  });

  function close(why: string) {
    if (closedFor !== null) return;
    closedFor = why;
    link.close(why);
    handlers?.close(why);
  }

  link.onFrame((frame) => {
    if (closedFor !== null) return;
    try {
      push(frame);
    } catch (e) {
      close(e instanceof FrameError ? 'sync.e.badFrame' : 'sync.e.malformed');
    }
  });
  link.onClose((why) => close(why || 'sync.e.linkClosed'));

  return {
    kind: link.kind,
    /** Sets (or replaces) who receives messages; kept ones are delivered first. */
    listen(message: Handlers['message'], onClose: Handlers['close']) {
      handlers = { message, close: onClose };
      while (waiting.length && handlers.message === message) message(waiting.shift()!);
      if (closedFor !== null) onClose(closedFor);
    },
    /** Stops delivering (messages are kept for the next listener). */
    pause() {
      handlers = null;
    },
    /** Queues a message; resolves when all its frames were handed to the link. */
    send(message: Uint8Array): Promise<void> {
      if (closedFor !== null) return Promise.reject(new Error('closed'));
      const frames = toFrames(nextId++, message);
      tail = tail.then(async () => {
        for (const f of frames) if (closedFor === null) await link.send(f);
      });
      return tail;
    },
    close,
    get closed() {
      return closedFor !== null;
    },
  };
}

export type FramedLink = ReturnType<typeof createFramedLink>;
