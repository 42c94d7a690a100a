import { createMemo, createResource, createSignal, For, Show } from 'solid-js';
import type { FieldError } from '../../../app/services';
import type { PlanService, PlanView } from '../../../app/plan-service';
import { formatDateTime } from '../../../domain/format-date';
import { FormError } from '../../components/FormError';
import { useApp } from '../../context';
import { hashParams, setHashParams } from '../../hash-params';
import { t } from '../../i18n/i18n';
import { createLive } from '../../primitives/create-live';
import { PlanItemForm } from './plans/PlanItemForm';
import { PlanItemRow } from './plans/PlanItemRow';
import './plans/plans.css';
import { TrainingTabs } from './TrainingTabs';

const KINDS = ['all', 'annual', 'special'] as const;
type Kind = (typeof KINDS)[number];

/** 培训计划 (PRODUCT T2): a year's annual and special plan items, approval, and plan vs actual per item. */
export default function PlansPage() {
  const { services } = useApp();
  const [svc] = createResource(() => services.plans.load());
  return (
    <section class="page plans" aria-labelledby="plan-h">
      <TrainingTabs />
      <Show when={svc()} fallback={<><h1 id="plan-h">{t('plan.title')}</h1><p class="muted">{t('common.loading')}</p></>}>
        {(s) => <Loaded svc={s()} />}
      </Show>
    </section>
  );
}

function Loaded(props: { svc: PlanService }) {
  const thisYear = new Date().getFullYear();
  const year = () => Number(hashParams().year) || thisYear;
  const stored = createLive(props.svc.years);
  const years = createMemo(() => [...new Set([...(stored() ?? []), thisYear, thisYear + 1, year()])].sort((a, b) => b - a));
  return (
    <>
      <div class="page-head">
        <h1 id="plan-h">{t('plan.title')}</h1>
        <label class="plan-year">
          {t('plan.year')}
          <select onChange={(e) => setHashParams({ year: e.currentTarget.value })}>
            <For each={years()}>{(y) => <option value={y} selected={y === year()}>{y}</option>}</For>
          </select>
        </label>
      </div>
      {/* keyed: another year binds a new live view */}
      <Show when={year()} keyed>{(y) => <YearPlan svc={props.svc} year={y} />}</Show>
    </>
  );
}

function YearPlan(props: { svc: PlanService; year: number }) {
  const view = createLive(props.svc.view(props.year));
  const [error, setError] = createSignal<FieldError>();
  const run = async (p: Promise<{ ok: boolean; errors?: Record<string, FieldError> }>) => {
    const r = await p;
    setError(r.ok ? undefined : Object.values(r.errors ?? {})[0]);
  };
  return (
    <Show when={view()} fallback={<p class="muted">{t('common.loading')}</p>}>
      {(v) => (
        <Show when={v().exists} fallback={
          <div class="card">
            <p>{t('plan.none', { year: props.year })}</p>
            <button type="button" class="primary" onClick={() => run(props.svc.create(props.year))}>{t('plan.create', { year: props.year })}</button>
            <FormError error={error()} />
          </div>
        }>
          <Approval view={v()} onApprove={() => run(props.svc.approve(props.year))} />
          <FormError error={error()} />
          <Items svc={props.svc} view={v()} onError={setError} />
        </Show>
      )}
    </Show>
  );
}

function Approval(props: { view: PlanView; onApprove: () => void }) {
  const a = () => props.view.approval;
  return (
    <div class="card plan-head" data-testid="plan-approval">
      <h2>{props.view.title || t('plan.titleOf', { year: props.view.year })}</h2>
      <span class="spacer" />
      <Show when={a()} fallback={<span class="plan-status s-not-started">{t('plan.unapproved')}</span>}>
        {(x) => <span class="plan-status s-done">{t('plan.approvedBy', { by: x().by, at: formatDateTime(x().at) })}</span>}
      </Show>
      <Show when={props.view.changedSinceApproval}><span class="plan-status s-overdue">{t('plan.changed')}</span></Show>
      <Show when={!a() || props.view.changedSinceApproval}>
        <button type="button" class="primary" onClick={() => props.onApprove()}>{a() ? t('plan.reapprove') : t('plan.approve')}</button>
      </Show>
    </div>
  );
}

function Items(props: { svc: PlanService; view: PlanView; onError: (e?: FieldError) => void }) {
  const [kind, setKind] = createSignal<Kind>('all');
  /** The item being edited ('new' = the add form), by id: a live update must not rebuild an open form. */
  const [editing, setEditing] = createSignal<string | null>(null);
  const byId = createMemo(() => new Map(props.view.items.map((i) => [i.id, i])));
  const shown = createMemo(() => props.view.items.filter((i) => kind() === 'all' || i.special === (kind() === 'special')));
  const months = createMemo(() => [...new Set(shown().map((i) => i.month))]);
  const remove = async (id: string) => {
    const r = await props.svc.removeItem(props.view.year, id);
    props.onError(r.ok ? undefined : Object.values(r.errors)[0]);
  };
  return (
    <section class="card" aria-label={t('plan.title')}>
      <div class="page-head">
        <div class="plan-kinds" role="group" aria-label={t('plan.kind')}>
          <For each={KINDS}>
            {(k) => (
              <button type="button" aria-pressed={kind() === k} onClick={() => setKind(k)}>
                {k === 'all' ? t('common.all') : t(`plan.${k}`)}
              </button>
            )}
          </For>
        </div>
        <button type="button" onClick={() => setEditing('new')}>{t('plan.add')}</button>
      </div>
      <Show when={editing() === 'new'}>
        <PlanItemForm svc={props.svc} year={props.view.year} onDone={() => setEditing(null)} />
      </Show>
      <Show when={shown().length === 0}><p class="muted">{t('plan.empty')}</p></Show>
      <For each={months()}>
        {(m) => (
          <div class="plan-month">
            <h3>{t('plan.month', { m })}</h3>
            <ul class="list">
              <For each={shown().filter((i) => i.month === m).map((i) => i.id)}>
                {(id) => (
                  <Show when={byId().get(id)}>
                    {(i) => (
                      <Show when={editing() === id} fallback={
                        <PlanItemRow item={i()} year={props.view.year} onEdit={() => setEditing(id)} onRemove={() => remove(id)} />
                      }>
                        <li><PlanItemForm svc={props.svc} year={props.view.year} row={i()} onDone={() => setEditing(null)} /></li>
                      </Show>
                    )}
                  </Show>
                )}
              </For>
            </ul>
          </div>
        )}
      </For>
    </section>
  );
}
