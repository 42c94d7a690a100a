import { createEffect, createMemo, createResource, createSignal, Match, on, Show, Switch, type JSX } from 'solid-js';
import { createStore } from 'solid-js/store';
import type { FieldError, ParticipationRow, TrainingRow, TrainingService } from '../../../app/services';
import { completeness } from '../../../domain/training/completeness';
import type { AssessmentMethod } from '../../../domain/training/session';
import { TRAINING_TYPES, type TrainingType } from '../../../domain/training/training-types';
import { useApp } from '../../context';
import { hashParams } from '../../hash-params';
import { t } from '../../i18n/i18n';
import { createLive } from '../../primitives/create-live';
import { go } from '../../router';
import { CompletenessPanel } from './session/CompletenessPanel';
import { EvidencePanel } from './session/EvidencePanel';
import type { PlanItemLite } from './session/session-values';
import { ParticipantsPanel } from './session/ParticipantsPanel';
import { SessionForm } from './session/SessionForm';
import { changedFields, SESSION_FIELDS, sessionValues, type SessionValues } from './session/session-values';
import { WorkflowBar } from './session/WorkflowBar';
import { TrainingTabs } from './TrainingTabs';
import './session/session.css';

/**
 * 培训记录 (T3–T8): records a session — its 12 elements, participants, sign-in, scores, photos and documents — with
 * the completeness shown live, and moves it through review to the archive. `id` 'new' creates a draft
 * (#/training/new?plan=<year>:<itemId> starts from a plan item).
 */
export default function SessionPage(props: { id: string }) {
  const { services } = useApp();
  const [svc] = createResource(() => services.training.load());
  return (
    <section class="page ts-page" aria-labelledby="ts-h">
      <TrainingTabs />
      <Show when={svc()} fallback={<><h1 id="ts-h">{t('session.title')}</h1><p class="muted">{t('common.loading')}</p></>}>
        {(s) => (
          <Show when={props.id !== 'new'} fallback={<NewSession svc={s()} />}>
            <Existing svc={s()} id={props.id} />
          </Show>
        )}
      </Show>
    </section>
  );
}

/** Completeness of the form as typed, with the stored participants and attachments. */
function liveCompleteness(v: SessionValues, parts: readonly ParticipationRow[], row?: TrainingRow) {
  return completeness({
    session: { ...v, type: (TRAINING_TYPES as readonly string[]).includes(v.type) ? v.type : 'other', method: (v.method || undefined) as AssessmentMethod | undefined },
    participants: parts,
    attachments: row?.attachments ?? [],
  });
}

/** The items of the plan of the year a date falls in. */
function usePlanItems(date: () => string) {
  const { services } = useApp();
  const year = () => Number(date().slice(0, 4)) || undefined;
  const [items] = createResource(year, async (y) => {
    const plans = await services.plans.load();
    return plans.items(y);
  });
  return items;
}

/** The page layout: the editing column and, beside it (below on narrow screens), completeness and workflow. */
function Layout(props: { main: JSX.Element; side: JSX.Element }) {
  return (
    <div class="ts-layout">
      <div class="ts-main">{props.main}</div>
      <aside class="ts-side">{props.side}</aside>
    </div>
  );
}

function NewSession(props: { svc: TrainingService }) {
  const { services } = useApp();
  const [v, set] = createStore<SessionValues>(sessionValues());
  const [errors, setErrors] = createSignal<Record<string, FieldError>>({});
  const [busy, setBusy] = createSignal(false);
  const items = usePlanItems(() => v.date);
  // The rule in force gives the pass mark, unless the user already typed one.
  const shipped = v.passMark;
  void props.svc.defaultPassMark().then((n) => v.passMark === shipped && set('passMark', String(n)), () => undefined);
  const fromPlan = (i: PlanItemLite | undefined) => {
    if (!i) return;
    if ((TRAINING_TYPES as readonly string[]).includes(i.type)) set('type', i.type as TrainingType);
    if (i.hours) set('hours', String(i.hours));
    if (i.departmentId) set('departmentId', i.departmentId);
    if (!v.name.trim()) set('name', i.title);
  };
  // #/training/new?plan=<year>:<itemId>: the plan item fills in type, 学时 and department.
  const plan = /^(\d{4}):(.+)$/.exec(hashParams().plan ?? '');
  if (plan) {
    void (async () => {
      const plans = await services.plans.load();
      const item = (await plans.items(Number(plan[1]))).find((i) => i.id === plan[2]);
      if (!item) return;
      set('planItemId', item.id);
      if (!v.date.startsWith(plan[1]!)) set('date', `${plan[1]}-01-01`);
      fromPlan(item);
    })();
  }
  async function create() {
    setBusy(true);
    const r = await props.svc.create({ ...v });
    setBusy(false);
    if (!r.ok) return setErrors(r.errors);
    go(`/training/${r.value}`);
  }
  const c = createMemo(() => liveCompleteness(v, []));
  return (
    <>
      <div class="page-head"><h1 id="ts-h">{t('session.new')}</h1></div>
      <Layout
        main={
          <section class="card">
            <SessionForm values={v} set={set} errors={errors()} disabled={false} busy={busy()} submitLabel={t('session.create')} onSubmit={() => void create()}
              planItems={items()} onPlanItem={fromPlan} />
            <p class="muted small">{t('session.createHint')}</p>
          </section>
        }
        side={<CompletenessPanel c={c()} attended={0} />}
      />
    </>
  );
}

function Existing(props: { svc: TrainingService; id: string }) {
  const row = createLive(props.svc.one(props.id));
  const parts = createLive(props.svc.participants(props.id));
  return (
    <Switch fallback={<p class="muted">{t('common.loading')}</p>}>
      <Match when={row() === null}>
        <h1 id="ts-h">{t('session.title')}</h1>
        <p>{t('session.notFound')}</p>
      </Match>
      <Match when={row()}>{(r) => <Editor svc={props.svc} row={r()} parts={parts() ?? []} />}</Match>
    </Switch>
  );
}

function Editor(props: { svc: TrainingService; row: TrainingRow; parts: ParticipationRow[] }) {
  const [baseline, setBaseline] = createSignal(sessionValues(props.row));
  const [v, set] = createStore<SessionValues>({ ...baseline() });
  const [errors, setErrors] = createSignal<Record<string, FieldError>>({});
  const [busy, setBusy] = createSignal(false);
  const [saved, setSaved] = createSignal(false);
  const editable = () => props.row.state === 'draft' || props.row.state === 'returned';
  const items = usePlanItems(() => v.date);
  // A field changed elsewhere (another device, a sync) shows its new value unless it is being edited here.
  createEffect(on(() => props.row, (row) => {
    const now = sessionValues(row);
    const base = baseline();
    const next = { ...base };
    for (const k of SESSION_FIELDS) {
      if (now[k] === base[k]) continue;
      if (v[k] === base[k]) set(k, now[k] as never);
      (next as Record<string, unknown>)[k] = now[k];
    }
    setBaseline(next);
  }, { defer: true }));
  async function save() {
    setBusy(true);
    setSaved(false);
    const snapshot = { ...v };
    const r = await props.svc.save(props.row.id, snapshot, changedFields(snapshot, baseline()));
    setBusy(false);
    if (!r.ok) return setErrors(r.errors);
    setErrors({});
    setBaseline(snapshot);
    setSaved(true);
  }
  const dirty = () => changedFields(v, baseline()).length > 0;
  const c = createMemo(() => liveCompleteness(v, props.parts, props.row));
  return (
    <>
      <div class="page-head">
        <h1 id="ts-h">{props.row.name} <span class={`ts-state ts-state-${props.row.state}`}>{t(`training.state.${props.row.state}`)}</span></h1>
        <Show when={props.row.archiveNumber}><span class="mono ts-no">{props.row.archiveNumber}</span></Show>
      </div>
      <Show when={!editable()}>
        <p class="ts-locked" role="note">{props.row.state === 'archived' ? t('session.lockedArchived') : t('training.e.locked')}</p>
      </Show>
      <Layout
        main={
          <>
            <section class="card" aria-labelledby="ts-b-h">
              <div class="ts-card-head">
                <h2 id="ts-b-h">{t('session.section.basic')}</h2>
                <Show when={editable() && saved() && !dirty()}><span class="ok" role="status" data-testid="saved">{t('common.saved')}</span></Show>
                <Show when={dirty()}><span class="warn small">{t('session.unsaved')}</span></Show>
              </div>
              <SessionForm values={v} set={set} errors={errors()} disabled={!editable()} busy={busy()} submitLabel={t('common.save')}
                onSubmit={() => void save()} planItems={items()} />
            </section>
            <ParticipantsPanel svc={props.svc} row={props.row} parts={props.parts} editable={editable()} planYear={Number(props.row.date.slice(0, 4))} />
            <EvidencePanel svc={props.svc} row={props.row} editable={editable()} />
          </>
        }
        side={
          <>
            <CompletenessPanel c={c()} attended={props.row.attended} />
            <WorkflowBar svc={props.svc} row={props.row} c={c()} unsaved={dirty()} />
          </>
        }
      />
    </>
  );
}
