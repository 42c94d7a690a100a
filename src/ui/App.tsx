import { lazy, Match, Show, Switch } from 'solid-js';
import { ComingSoon } from './components/ComingSoon';
import { Shell } from './components/Shell';
import { useApp } from './context';
import { t } from './i18n/i18n';
import { createLive } from './primitives/create-live';
import { match, path } from './router';
import { Welcome } from './pages/welcome/Welcome';
import { Workbench } from './pages/workbench/Workbench';
import { PeopleList } from './pages/people/PeopleList';
import { PersonPage } from './pages/people/PersonPage';

const Settings = lazy(() => import('./pages/settings/Settings'));
const ImportRoster = lazy(() => import('./pages/people/import/ImportRoster'));

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
              <Match when={path() === '/certificates'}><ComingSoon module="certificates" /></Match>
              <Match when={path() === '/training'}><ComingSoon module="training" /></Match>
              <Match when={path() === '/health'}><ComingSoon module="health" /></Match>
              <Match when={path() === '/hazards'}><ComingSoon module="hazards" /></Match>
              <Match when={path() === '/stats'}><ComingSoon module="stats" /></Match>
              <Match when={path() === '/settings'}><Settings /></Match>
            </Switch>
          </Shell>
        )}
      </Show>
    </Show>
  );
}
