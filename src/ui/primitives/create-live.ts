import { createSignal, onCleanup, type Accessor } from 'solid-js';
import type { Live } from '../../app/services';

/**
 * Binds a live value (a database query that re-runs on change, in any tab) to a Solid signal for the
 * lifetime of the calling component. `undefined` until the first result.
 */
export function createLive<T>(source: Live<T>): Accessor<T | undefined> {
  const [value, setValue] = createSignal<T>();
  const stop = source.subscribe((v) => setValue(() => v));
  onCleanup(stop);
  return value;
}
