import type { Link } from './link';

/** Misbehaviour of a test link: a seeded random source and how often frames are duplicated or held back. */
export type Chaos = { random: () => number; duplicate?: number; reorder?: number };

/**
 * Two connected in-memory Links (tests and simulations). Delivery is asynchronous; with `chaos`, frames are
 * sometimes delivered twice or overtaken by later ones — the protocol must not care.
 */
export function memoryLinkPair(chaos?: Chaos): [Link, Link] {
  type End = { frame?: (f: Uint8Array) => void; close?: (why: string) => void; closed: boolean; held: Uint8Array[] };
  const ends: [End, End] = [{ closed: false, held: [] }, { closed: false, held: [] }];

  function deliver(to: End, f: Uint8Array) {
    setTimeout(() => !to.closed && to.frame?.(f), 0);
  }

  function make(me: End, other: End): Link {
    return {
      kind: 'memory',
      async send(frame) {
        if (me.closed) throw new Error('closed');
        const copy = frame.slice();
        if (chaos && chaos.random() < (chaos.reorder ?? 0)) {
          other.held.push(copy);
          setTimeout(() => {
            while (other.held.length) deliver(other, other.held.shift()!);
          }, 2);
          return;
        }
        deliver(other, copy);
        if (chaos && chaos.random() < (chaos.duplicate ?? 0)) deliver(other, copy);
        // Frames held back are released after a later one: they arrive out of order.
        while (other.held.length) deliver(other, other.held.shift()!);
      },
      onFrame: (cb) => void (me.frame = cb),
      onClose: (cb) => void (me.close = cb),
      close(why = 'closed') {
        for (const e of [me, other]) {
          if (e.closed) continue;
          e.closed = true;
          const cb = e.close;
          setTimeout(() => cb?.(why), 0);
        }
      },
    };
  }
  return [make(ends[0], ends[1]), make(ends[1], ends[0])];
}
