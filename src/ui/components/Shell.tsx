import { createSignal, For, onCleanup, type JSX } from 'solid-js';
import { useApp } from '../context';
import { t } from '../i18n/i18n';
import { path } from '../router';
import { UpdateBanner } from './UpdateBanner';

const NAV = [
  ['/', 'nav.workbench', '◧'],
  ['/people', 'nav.people', '☰'],
  ['/certificates', 'nav.certificates', '▣'],
  ['/verify', 'verify.title', '▦'],
  ['/training', 'nav.training', '✎'],
  ['/health', 'nav.health', '✚'],
  ['/hazards', 'nav.hazards', '⚠'],
  ['/stats', 'nav.stats', '▥'],
  ['/settings', 'nav.settings', '⚙'],
] as const;

/** The app frame: navigation for every module, workspace name, online / leader state, update prompt. */
export function Shell(props: { workspaceName: string; children: JSX.Element }) {
  const { services } = useApp();
  const [online, setOnline] = createSignal(navigator.onLine);
  const on = () => setOnline(navigator.onLine);
  window.addEventListener('online', on);
  window.addEventListener('offline', on);
  onCleanup(() => (window.removeEventListener('online', on), window.removeEventListener('offline', on)));
  const active = (to: string) => (to === '/' ? path() === '/' : path() === to || path().startsWith(`${to}/`));

  return (
    <div class="shell">
      <header class="topbar">
        <span class="brand">
          <img src="icons/icon.svg" alt="" width="28" height="28" />
          {t('app.name')}
        </span>
        <span class="ws" title={props.workspaceName}>{props.workspaceName}</span>
        <span class="status">
          <span class="pill" classList={{ off: !online() }}>{online() ? t('shell.online') : t('shell.offline')}</span>
          <span class="pill subtle" title={t('shell.leaderHint')}>{services.isLeader() ? t('shell.leader') : t('shell.follower')}</span>
        </span>
      </header>
      <nav class="sidenav" aria-label={t('nav.main')}>
        <ul>
          <For each={NAV}>
            {([to, key, icon]) => (
              <li>
                <a href={`#${to}`} aria-current={active(to) ? 'page' : undefined}>
                  <span class="icon" aria-hidden="true">{icon}</span>
                  {t(key)}
                </a>
              </li>
            )}
          </For>
        </ul>
      </nav>
      <main class="content">{props.children}</main>
      <UpdateBanner />
    </div>
  );
}
