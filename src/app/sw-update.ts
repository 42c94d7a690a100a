import { Workbox } from 'workbox-window';
import { createSignal } from 'solid-js';

/**
 * Registers the service worker (production builds only). When a new version is waiting, `available()` turns
 * true; `apply()` (the user's click on 刷新) tells it to skip waiting and reloads once it controls the page.
 */
export function registerServiceWorker() {
  const [available, setAvailable] = createSignal(false);
  let wb: Workbox | undefined;
  if ('serviceWorker' in navigator && import.meta.env.PROD) {
    wb = new Workbox(`${import.meta.env.BASE_URL}sw.js`);
    wb.addEventListener('waiting', () => setAvailable(true));
    void wb.register();
  }
  return {
    available,
    apply() {
      if (!wb) return;
      wb.addEventListener('controlling', () => location.reload());
      wb.messageSkipWaiting();
    },
    dismiss: () => setAvailable(false),
  };
}
