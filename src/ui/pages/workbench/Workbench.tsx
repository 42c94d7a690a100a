import { createEffect, createSignal, For, Show } from 'solid-js';
import { useApp } from '../../context';
import { t } from '../../i18n/i18n';
import { createLive } from '../../primitives/create-live';
import { useOrgNames } from '../people/use-org-names';
import { CertificateReminders } from './CertificateReminders';
import { TrainingTodo } from './TrainingTodo';

const WEEK = 7 * 24 * 3600 * 1000;

/** 工作台: today's figures and what needs action (reminders arrive with their modules). */
export function Workbench() {
  const { services } = useApp();
  const stats = createLive(services.people.stats);
  const ws = createLive(services.workspace);
  const org = useOrgNames();
  const sync = createLive(services.sync.view);
  /** A department head (not also admin or safety officer) starts with their own department's reminders. */
  const ownDept = () => {
    const v = sync();
    return v?.departmentId && !v.roles.some((r) => r === 'admin' || r === 'safety') ? v.departmentId : undefined;
  };
  const [remindersShown, setRemindersShown] = createSignal(false);
  const ready = () => !!stats() && remindersShown();
  createEffect(() => {
    if (ready()) performance.mark('sl:workbench-ready');
  });
  const tiles = () => {
    const s = stats();
    return s
      ? ([['workbench.people', s.active, '#/people'], ['workbench.away', s.away, '#/people'], ['workbench.left', s.left, '#/people'],
          ['workbench.departments', s.departments, '#/settings'], ['workbench.posts', s.posts, '#/settings']] as const)
      : [];
  };
  const backupAge = () => {
    const w = ws();
    return w ? (w.lastBackupAt ? Date.now() - w.lastBackupAt : Infinity) : 0;
  };

  return (
    <section class="page" aria-labelledby="wb-h" data-ready={ready() ? 'workbench' : undefined}>
      <h1 id="wb-h">{t('workbench.title')}</h1>
      <div class="tiles">
        <For each={tiles()}>
          {([key, n, href]) => (
            <a class="tile" href={href}>
              <span class="n">{n}</span>
              <span class="label">{t(key)}</span>
            </a>
          )}
        </For>
      </div>
      <CertificateReminders reminders={services.people.reminders} departments={() => org().departments} ownDepartment={ownDept()} onLoaded={() => setRemindersShown(true)} />
      {/* After the reminders: its query (rules, holiday data) must not delay what the workbench shows first. */}
      <Show when={ready()}>
        <TrainingTodo todo={services.training.todo()} departmentName={(id) => org().departments.find((d) => d.id === id)?.name ?? ''} />
      </Show>
      <h2>{t('workbench.todo')}</h2>
      <ul class="todo">
        <Show when={backupAge() > WEEK}>
          <li class="warn">
            {ws()?.lastBackupAt ? t('workbench.backupDue') : t('workbench.backupNever')} <a href="#/settings">{t('workbench.backupNow')}</a>
          </li>
        </Show>
        <Show when={stats() && stats()!.departments === 0}>
          <li class="warn">{t('workbench.setupOrg')} <a href="#/settings">{t('nav.settings')}</a></li>
        </Show>
        <li class="muted">{t('workbench.todoEmpty')}</li>
      </ul>
    </section>
  );
}
