import Dexie from 'dexie';
import type { Live } from './live';

/**
 * A live value for reads that are costly to repeat (reminders, the certificate ledger): re-read when one of
 * `tables` changes (in this tab or another), at most once per `ms`, with a trailing read after a burst. A sync or
 * an import commits hundreds of batches; a liveQuery would redo the whole read after every one of them.
 */
export function throttledLive<T>(db: Dexie, tables: readonly string[], read: () => Promise<T>, ms = 500): Live<T> {
  return {
    subscribe(next, error) {
      let stopped = false;
      let running = false;
      let again = false;
      let timer: ReturnType<typeof setTimeout> | undefined;
      let last = 0;
      const run = async () => {
        if (running) return void (again = true);
        running = true;
        last = Date.now();
        try {
          const v = await read();
          if (!stopped) next(v);
        } catch (e) {
          if (!stopped) (error ?? ((x) => console.error(x)))(e);
        } finally {
          running = false;
        }
        if (again && !stopped) {
          again = false;
          schedule();
        }
      };
      function schedule() {
        if (timer || stopped) return;
        timer = setTimeout(() => {
          timer = undefined;
          void run();
        }, Math.max(0, last + ms - Date.now()));
      }
      const prefixes = tables.map((t) => `idb://${db.name}/${t}/`);
      const onChange = (parts: Record<string, unknown>) => {
        if (Object.keys(parts).some((k) => prefixes.some((p) => k.startsWith(p)))) schedule();
      };
      Dexie.on('storagemutated', onChange);
      void run();
      return () => {
        stopped = true;
        clearTimeout(timer);
        Dexie.on('storagemutated').unsubscribe(onChange);
      };
    },
  };
}
