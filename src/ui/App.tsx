import { lazy, Match, Show, Switch } from 'solid-js';
import { ComingSoon } from './components/ComingSoon';
import { Shell } from './components/Shell';
import { useApp } from './context';
import { t, withTrainingMessages } from './i18n/i18n';
import { createLive } from './primitives/create-live';
import { match, path } from './router';
import { Workbench } from './pages/workbench/Workbench';

// Every page but the workbench loads on first visit (the service worker has them cached): first paint stays small.
// Pages showing the training module load its messages with their code (withTrainingMessages).
const PeopleList = lazy(() => import('./pages/people/PeopleList').then((m) => ({ default: m.PeopleList })));
const PersonPage = lazy(() => withTrainingMessages(import('./pages/people/PersonPage')).then((m) => ({ default: m.PersonPage })));
const Settings = lazy(() => withTrainingMessages(import('./pages/settings/Settings')));
/** Only a device without a workspace sees it (once). */
const Welcome = lazy(() => import('./pages/welcome/Welcome').then((m) => ({ default: m.Welcome })));
const ImportRoster = lazy(() => import('./pages/people/import/ImportRoster'));
const CertificatesPage = lazy(() => import('./pages/certificates/CertificatesPage'));
const VerifyPage = lazy(() => import('./pages/verify/VerifyPage'));
const SessionPage = lazy(() => withTrainingMessages(import('./pages/training/SessionPage')));
const TrainingList = lazy(() => withTrainingMessages(import('./pages/training/TrainingList')));
const LedgerPage = lazy(() => withTrainingMessages(import('./pages/training/LedgerPage')));
const MetricsPage = lazy(() => withTrainingMessages(import('./pages/training/MetricsPage')));
const PlansPage = lazy(() => withTrainingMessages(import('./pages/training/PlansPage')));
const RetentionPage = lazy(() => withTrainingMessages(import('./pages/training/RetentionPage')));

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
              <Match when={path() === '/training'}><TrainingList /></Match>
              <Match when={path() === '/training/ledger'}><LedgerPage /></Match>
              <Match when={path() === '/training/metrics'}><MetricsPage /></Match>
              <Match when={path() === '/training/plans'}><PlansPage /></Match>
              <Match when={path() === '/training/retention'}><RetentionPage /></Match>
              {/* keyed: another session builds a new page ('new' is the empty form). */}
              <Match when={match('/training/:id')?.id} keyed>{(id) => <SessionPage id={id} />}</Match>
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
