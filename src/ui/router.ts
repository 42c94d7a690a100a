import { createSignal } from 'solid-js';

/** Hash routes (#/people/<id>): work from any static host and from the service worker's cached index.html. */
const read = () => (location.hash.replace(/^#/, '') || '/').split('?')[0]!;
const [path, setPath] = createSignal(read());
window.addEventListener('hashchange', () => setPath(read()));

/** The current route path, e.g. '/people/0190…'. */
export { path };

/** Navigates to a route path. */
export function go(to: string): void {
  location.hash = to;
}

/** Matches the current path against a pattern like '/people/:id'; returns params or null. */
export function match(pattern: string, p = path()): Record<string, string> | null {
  const a = pattern.split('/');
  const b = p.split('/');
  if (a.length !== b.length) return null;
  const out: Record<string, string> = {};
  for (let i = 0; i < a.length; i++) {
    if (a[i]!.startsWith(':')) out[a[i]!.slice(1)] = decodeURIComponent(b[i]!);
    else if (a[i] !== b[i]) return null;
  }
  return out;
}
