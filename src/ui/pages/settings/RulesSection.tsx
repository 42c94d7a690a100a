import { createMemo, createResource, createSignal, For, Show } from 'solid-js';
import type { FieldError, RulesService, RuleView } from '../../../app/services';
import { FormError } from '../../components/FormError';
import { useApp } from '../../context';
import { t } from '../../i18n/i18n';
import { createLive } from '../../primitives/create-live';

const GROUPS = ['special_operation_certificate', 'hazchem_manager_certificate', 'training'] as const;

/** 设置 › 规则: every rule in force with its source and status; an admin overrides a value with a reason. */
export function RulesSection() {
  const { services } = useApp();
  const [svc] = createResource(() => services.rules.load());
  const sync = createLive(services.sync.view);
  return (
    <section class="card rules" aria-labelledby="st-rules">
      <h2 id="st-rules">{t('rules.title')}</h2>
      <p class="muted small">{t('rules.intro')}</p>
      <Show when={sync() && !sync()!.isAdmin}><p class="muted small">{t('rules.adminOnly')}</p></Show>
      <Show when={svc()} fallback={<p class="muted">{t('common.loading')}</p>}>
        {(s) => <RulesTable svc={s()} admin={!!sync()?.isAdmin} />}
      </Show>
    </section>
  );
}

function RulesTable(props: { svc: RulesService; admin: boolean }) {
  const rules = createLive(props.svc.view);
  const groups = createMemo(() => GROUPS.map((g) => ({ g, rules: (rules() ?? []).filter((r) => r.id.startsWith(`${g}.`)) })));
  return (
    <For each={groups()}>
      {(grp) => (
        <Show when={grp.rules.length}>
          <h3>{t(`rules.group.${grp.g}`)}</h3>
          <table class="audit-table rules-table">
            <thead>
              <tr>
                <th>{t('rules.col.rule')}</th><th>{t('rules.col.value')}</th><th>{t('rules.col.status')}</th>
                <th>{t('rules.col.source')}</th><th>{t('rules.col.actions')}</th>
              </tr>
            </thead>
            <tbody>
              <For each={grp.rules}>{(r) => <RuleRow svc={props.svc} rule={r} admin={props.admin} />}</For>
            </tbody>
          </table>
        </Show>
      )}
    </For>
  );
}

/** A rule's name in Chinese, else its id. */
function ruleName(id: string) {
  const key = `rules.name.${id}`;
  const s = t(key);
  return s === key ? id : s;
}

const withUnit = (v: number | string, unit: string) => `${v}${unit === 'pattern' ? '' : ` ${t(`rules.unit.${unit}`)}`}`;

function RuleRow(props: { svc: RulesService; rule: RuleView; admin: boolean }) {
  const [mode, setMode] = createSignal<'override' | 'reset' | null>(null);
  const [value, setValue] = createSignal('');
  const [reason, setReason] = createSignal('');
  const [errors, setErrors] = createSignal<Record<string, FieldError>>({});
  const [busy, setBusy] = createSignal(false);
  const r = () => props.rule;
  const open = (m: 'override' | 'reset') => {
    setMode(m);
    setValue(String(r().value));
    setReason('');
    setErrors({});
  };
  const submit = async (e: Event) => {
    e.preventDefault();
    setBusy(true);
    const res = mode() === 'override'
      ? await props.svc.override(r().id, { value: value(), reason: reason() })
      : await props.svc.reset(r().id, { reason: reason() });
    setBusy(false);
    if (res.ok) setMode(null);
    else setErrors(res.errors);
  };
  return (
    <>
      <tr data-testid="rule-row" data-rule={r().id} data-overridden={r().override ? 'yes' : undefined}>
        <td>{ruleName(r().id)}<div class="muted small mono">{r().id}</div></td>
        <td>
          <strong data-testid="rule-value">{withUnit(r().value, r().unit)}</strong>
          <Show when={r().override}><div class="small warn-text">{t('rules.overridden', { shipped: withUnit(r().shipped, r().unit) })}</div></Show>
        </td>
        <td>
          <span class={`state ${r().status === 'verified' ? 'state-valid' : r().status === 'contradictory' ? 'state-review-overdue' : 'state-review-due'}`} title={r().note ?? ''}>
            {t(`rules.status.${r().status}`)}
          </span>
        </td>
        <td class="small">
          <div class="rule-src" title={r().source}>{r().source}</div>
          <div class="muted">{t('rules.version', { v: r().ref.version })}</div>
        </td>
        <td>
          <Show when={props.admin}>
            <button type="button" class="link" onClick={() => open('override')}>{t('rules.override')}</button>
            <Show when={r().override}> <button type="button" class="link" onClick={() => open('reset')}>{t('rules.reset')}</button></Show>
          </Show>
        </td>
      </tr>
      <Show when={mode()}>
        <tr>
          <td colSpan={5}>
            <form class="row rule-form" onSubmit={submit}>
              <Show when={mode() === 'override'}>
                <label>{t('rules.newValue')} <input name="value" value={value()} onInput={(e) => setValue(e.currentTarget.value)} size={8} /></label>
              </Show>
              <label class="grow">{t('rules.reason')} <input name="reason" value={reason()} onInput={(e) => setReason(e.currentTarget.value)} /></label>
              <button type="submit" disabled={busy()}>{mode() === 'override' ? t('rules.save') : t('rules.saveReset')}</button>
              <button type="button" class="link" onClick={() => setMode(null)}>{t('common.cancel')}</button>
            </form>
            <FormError error={errors().value ?? errors().reason ?? errors()['']} />
          </td>
        </tr>
      </Show>
      <Show when={r().history.length}>
        <tr class="rule-history">
          <td colSpan={5}>
            <details>
              <summary class="small">{t('rules.history', { n: r().history.length })}</summary>
              <ul class="small">
                <For each={r().history}>
                  {(h) => (
                    <li>{t('rules.historyEntry', {
                      at: h.at, by: h.by, value: h.value === null ? t('rules.historyReset') : withUnit(h.value, r().unit), reason: h.reason,
                    })}</li>
                  )}
                </For>
              </ul>
            </details>
          </td>
        </tr>
      </Show>
    </>
  );
}
