import { render } from 'solid-js/web';
import { App } from '../ui/App';
import { AppCtx } from '../ui/context';
import { locale } from '../ui/i18n/i18n';
import '../ui/styles.css';
import { createServices } from './services';
import { registerServiceWorker } from './sw-update';

/** Composition root: open the workspace store, then render the UI with its services. */
async function boot() {
  document.documentElement.lang = locale();
  const update = registerServiceWorker();
  const services = await createServices();
  // Diagnostics for browser tests and the bench: loaded beside the app, not in the first-paint bundle.
  void import('./debug-api').then((m) => m.installDebugApi(services));
  const root = document.getElementById('app')!;
  root.textContent = '';
  render(() => (
    <AppCtx.Provider value={{ services, update }}>
      <App />
    </AppCtx.Provider>
  ), root);
}

boot().catch((e) => {
  console.error(e);
  const el = document.getElementById('app');
  if (el) el.textContent = `安全台账无法启动：${String(e?.message ?? e)}。数据未被改动，请刷新重试。`;
});
