import { lazy, Match, Show, Switch } from 'solid-js';
import { ComingSoon } from './components/ComingSoon';
import { Shell } from './components/Shell';
import { useApp } from './context';
import { t } from './i18n/i18n';
import { createLive } from './primitives/create-live';
import { match, path } from './router';
import { Workbench } from './pages/workbench/Workbench';

// Every page but the workbench loads on first visit (the service worker has them cached): first paint stays small.
const PeopleList = lazy(() => import('./pages/people/PeopleList').then((m) => ({ default: m.PeopleList })));
const PersonPage = lazy(() => import('./pages/people/PersonPage').then((m) => ({ default: m.PersonPage })));
const Settings = lazy(() => import('./pages/settings/Settings'));
/** Only a device without a workspace sees it (once). */
const Welcome = lazy(() => import('./pages/welcome/Welcome').then((m) => ({ default: m.Welcome })));
const ImportRoster = lazy(() => import('./pages/people/import/ImportRoster'));
const CertificatesPage = lazy(() => import('./pages/certificates/CertificatesPage'));
const VerifyPage = lazy(() => import('./pages/verify/VerifyPage'));

/** Routes: the welcome screen until a workspace exists, then the shell with one page per module. */
export function App() {
  const { services } = useApp();
  const workspace = createLive(services.workspace);
  return (
    <Show when={workspace() !== undefined} fallback={<p class="boot">{t('common.loading')}</p>}>
      <Show when={workspace()} fallback={<Welcome />}>
        {(ws) => (
          <Shell workspaceName={ws().name}>
            <Switch fallback={<Workbench />}>
              <Match when={path() === '/people'}><PeopleList /></Match>
              <Match when={path() === '/people/import'}><ImportRoster /></Match>
              {/* keyed: another person's id builds a new page (its live query is bound to the id). */}
              <Match when={match('/people/:id')?.id} keyed>{(id) => <PersonPage id={id} />}</Match>
              <Match when={path() === '/certificates'}><CertificatesPage /></Match>
              <Match when={path() === '/training'}><ComingSoon module="training" /></Match>
              <Match when={path() === '/health'}><ComingSoon module="health" /></Match>
              <Match when={path() === '/hazards'}><ComingSoon module="hazards" /></Match>
              <Match when={path() === '/stats'}><ComingSoon module="stats" /></Match>
              <Match when={path() === '/settings'}><Settings /></Match>
              <Match when={path() === '/verify'}><VerifyPage /></Match>
            </Switch>
          </Shell>
        )}
      </Show>
    </Show>
  );
}
