import { createReassembler, FrameError, toFrames } from './frames';
import type { Link } from './link';
import { decodeMessage, type SyncMessage } from './messages';

/**
 * Messages over a Link: splits each into ≤16 KiB frames sent one after another (awaiting the link's
 * backpressure), reassembles incoming frames, validates every message, and closes the link on garbage.
 */
export function createFramedLink(link: Link, onMessage: (m: SyncMessage) => void, onClose: (why: string) => void) {
  let nextId = 1;
  let closed = false;
  let tail: Promise<void> = Promise.resolve();

  const push = createReassembler((bytes) => {
    const m = decodeMessage(bytes);
    if (m) onMessage(m);
    else close('sync.e.malformed');
  });

  function close(why: string) {
    if (closed) return;
    closed = true;
    link.close(why);
    onClose(why);
  }

  link.onFrame((frame) => {
    if (closed) return;
    try {
      push(frame);
    } catch (e) {
      close(e instanceof FrameError ? 'sync.e.badFrame' : 'sync.e.malformed');
    }
  });
  link.onClose((why) => close(why || 'sync.e.linkClosed'));

  return {
    /** Queues a message; resolves when all its frames were handed to the link. */
    send(message: Uint8Array): Promise<void> {
      if (closed) return Promise.reject(new Error('closed'));
      const frames = toFrames(nextId++, message);
      tail = tail.then(async () => {
        for (const f of frames) if (!closed) await link.send(f);
      });
      return tail;
    },
    close,
    get closed() {
      return closed;
    },
  };
}
