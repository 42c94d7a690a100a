import { createEffect, createMemo, createSignal, For, Show } from 'solid-js';
import type { CertificateReminders as Reminders, Live } from '../../../app/services';
import { REMINDER_ORDER } from '../../../domain/certificates/reminder-bucket';
import { t } from '../../i18n/i18n';
import { createLive } from '../../primitives/create-live';

export type CertificateRemindersProps = {
  /** The reminders of all departments, or of one. */
  reminders: (departmentId?: string) => Live<Reminders>;
  departments: () => { id: string; name: string }[];
  /** The department this device's user heads, if any: the view starts limited to it. */
  ownDepartment?: string;
  /** Told once the first counts are shown (the workbench is "ready" with them). */
  onLoaded?: () => void;
};

const daysText = (n: number) => (n < 0 ? t('reminder.daysOver', { n: -n }) : n === 0 ? t('reminder.today') : t('reminder.daysLeft', { n }));

/** 工作台 › 证书到期提醒: counts by department and bucket (90/60/30/7/0 days, overdue), and the most urgent certificates. */
export function CertificateReminders(props: CertificateRemindersProps) {
  const [dept, setDept] = createSignal<string | undefined>(props.ownDepartment);
  // The members log loads after first paint: limit to the user's department once known, unless they already chose.
  let chosen = false;
  createEffect(() => {
    const own = props.ownDepartment;
    if (own && !chosen) setDept(own);
  });
  // One live query per chosen scope (the component re-subscribes when the department changes).
  const data = createMemo(() => {
    const d = dept();
    return createLive(props.reminders(d));
  });
  const r = () => data()();
  createEffect(() => r() && props.onLoaded?.());
  const name = (id: string) => (id ? (props.departments().find((d) => d.id === id)?.name ?? id) : t('reminder.noDepartment'));
  const sum = (b: string) => (r()?.byDepartment ?? []).reduce((n, d) => n + (d.counts[b] ?? 0), 0);
  return (
    <section class="card" aria-labelledby="wb-rem" data-testid="reminders" data-total={r()?.total}>
      <div class="page-head">
        <h2 id="wb-rem">{t('reminder.title')}</h2>
        <Show when={props.departments().length}>
          <label class="small">
            {t('reminder.department')}{' '}
            <select value={dept() ?? ''} onChange={(e) => ((chosen = true), setDept(e.currentTarget.value || undefined))}>
              <option value="">{t('reminder.allDepartments')}</option>
              <For each={props.departments()}>{(d) => <option value={d.id}>{d.name}</option>}</For>
            </select>
          </label>
        </Show>
      </div>
      <Show when={r()} fallback={<p class="muted">{t('reminder.loading')}</p>}>
        {(rem) => (
          <Show when={rem().total} fallback={<p class="muted">{t('reminder.none')}</p>}>
            <table class="reminders">
              <thead>
                <tr>
                  <th>{t('reminder.department')}</th>
                  <For each={REMINDER_ORDER}>{(b) => <th>{t(`reminder.bucket.${b}`)}</th>}</For>
                  <th>{t('reminder.total')}</th>
                </tr>
              </thead>
              <tbody>
                <For each={[...rem().byDepartment].sort((a, b) => b.total - a.total)}>
                  {(d) => (
                    <tr data-testid="reminder-dept" data-dept={d.departmentId}>
                      <td>{name(d.departmentId)}</td>
                      <For each={REMINDER_ORDER}>
                        {(b) => <td class={b === 'overdue' || b === 0 ? (d.counts[String(b)] ? 'hot' : '') : ''} data-bucket={String(b)}>{d.counts[String(b)] ?? ''}</td>}
                      </For>
                      <td>{d.total}</td>
                    </tr>
                  )}
                </For>
              </tbody>
              <tfoot>
                <tr>
                  <td>{t('reminder.total')}</td>
                  <For each={REMINDER_ORDER}>{(b) => <td>{sum(String(b)) || ''}</td>}</For>
                  <td>{rem().total}</td>
                </tr>
              </tfoot>
            </table>
            <h3>{t('reminder.urgent')}</h3>
            <ul class="todo">
              <For each={rem().urgent}>
                {(i) => (
                  <li class={i.daysLeft < 0 ? 'warn' : ''} data-testid="reminder-item">
                    <a href={`#/people/${i.personId}`}>{i.personName}</a>{' · '}
                    {i.kind === 'other' ? (i.kindName ?? '') : t(`cert.kind.${i.kind}`)} <span class="mono">{i.number}</span>{' · '}
                    {t(`reminder.event.${i.dueEvent || 'renewal'}`)} {i.due} <span class="muted">（{daysText(i.daysLeft)}）</span>
                  </li>
                )}
              </For>
            </ul>
          </Show>
        )}
      </Show>
    </section>
  );
}
