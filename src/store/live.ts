import { liveQuery } from 'dexie';

/** A value that changes over time; `subscribe` returns the unsubscribe function. */
export type Live<T> = { subscribe(next: (value: T) => void, error?: (e: unknown) => void): () => void };

/** Wraps a read of the database as a live value: re-run whenever the tables it read change (in any tab). */
export function live<T>(read: () => Promise<T>): Live<T> {
  return {
    subscribe(next, error) {
      const sub = liveQuery(read).subscribe({ next, error: error ?? ((e) => console.error(e)) });
      return () => sub.unsubscribe();
    },
  };
}
