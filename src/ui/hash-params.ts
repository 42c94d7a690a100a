import { createSignal } from 'solid-js';

/** The `?a=b&…` part of the hash route (#/people?dept=…), which router.ts leaves out of the path. */
const search = () => location.hash.split('?')[1] ?? '';
const [raw, setRaw] = createSignal(search());
window.addEventListener('hashchange', () => setRaw(search()));

/** The current route's parameters (reactive). */
export const hashParams = (): Record<string, string> => Object.fromEntries(new URLSearchParams(raw()));

/**
 * Sets the current route's parameters. By default a new history entry (the back button returns to the previous
 * set); `replace` rewrites the current entry instead (for typing, so each keystroke is not a step back).
 */
export function setHashParams(next: Readonly<Record<string, string>>, replace = false): void {
  const qs = new URLSearchParams(next).toString();
  const hash = `${location.hash.split('?')[0] || '#/'}${qs ? `?${qs}` : ''}`;
  if (!replace) location.hash = hash;
  else {
    history.replaceState(history.state, '', hash);
    setRaw(qs);
  }
}
