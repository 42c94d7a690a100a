import { createEffect, createSignal, onCleanup, type Accessor } from 'solid-js';
import type { Live } from '../../../../app/services';

/**
 * Binds a live value that depends on reactive inputs (a year, a date range): re-subscribes when `source` changes and
 * keeps the previous value on screen until the new one arrives. `undefined` until the first result.
 */
export function liveOf<T>(source: () => Live<T> | undefined): Accessor<T | undefined> {
  const [value, setValue] = createSignal<T>();
  createEffect(() => {
    const live = source();
    if (live) onCleanup(live.subscribe((v) => setValue(() => v)));
  });
  return value;
}
