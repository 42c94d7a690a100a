import { createMemo, createResource, createSignal, For, Show } from 'solid-js';
import type { DestroyOrderView, RetentionDueItem, RetentionRuleView, RetentionService } from '../../../app/retention-service';
import type { FieldError } from '../../../app/services';
import { formatDate } from '../../../domain/format-date';
import { FormError } from '../../components/FormError';
import { useApp } from '../../context';
import { t } from '../../i18n/i18n';
import { createLive } from '../../primitives/create-live';
import { TrainingTabs } from './TrainingTabs';

/** 培训档案保管 (PRODUCT T12): the rules in force, records due, destruction requests and their approvals. */
export default function RetentionPage() {
  const { services } = useApp();
  const [svc] = createResource(() => services.retention.load());
  return (
    <section class="page retention" aria-labelledby="rt-h" data-ready={svc() ? 'retention' : undefined}>
      <TrainingTabs />
      <h1 id="rt-h">{t('retention.title')}</h1>
      <p class="muted">{t('retention.intro')}</p>
      <Show when={svc()} fallback={<p class="muted">{t('common.loading')}</p>}>{(s) => <Loaded svc={s()} />}</Show>
    </section>
  );
}

function Loaded(props: { svc: RetentionService }) {
  const due = createLive(props.svc.dueList);
  const orders = createLive(props.svc.orders);
  const [me] = createResource(() => props.svc.me());
  return (
    <>
      <Show when={due()}>{(d) => <Rules rules={d().rules} />}</Show>
      <Show when={due()} fallback={<p class="muted">{t('common.loading')}</p>}>
        {(d) => <DueList svc={props.svc} items={d().items} />}
      </Show>
      <section class="card" aria-labelledby="rt-orders">
        <h2 id="rt-orders">{t('retention.orders.title')}</h2>
        <Show when={orders()?.length} fallback={<p class="muted">{t('retention.orders.empty')}</p>}>
          <For each={orders()}>{(o) => <Order svc={props.svc} order={o} myDevice={me()?.deviceId ?? ''} />}</For>
        </Show>
      </section>
    </>
  );
}

function Rules(props: { rules: RetentionRuleView }) {
  const flag = () => (
    <Show when={!props.rules.verified}>
      {' '}<span class="state state-review-due" title={t('retention.rules.unverifiedHint')}>{t('retention.rules.unverified')}</span>
    </Show>
  );
  return (
    <section class="card" aria-labelledby="rt-rules">
      <h2 id="rt-rules">{t('retention.rules.title')}</h2>
      <ul class="retention-rules">
        <li>{t('retention.rules.general', { years: props.rules.years })}{flag()}</li>
        <li>{t('retention.rules.specialOps', { years: props.rules.specialOpsYearsAfterLeaving })}{flag()}</li>
        <li>{t('retention.rules.permanent')}</li>
        <li>{t('retention.rules.destroy')}</li>
      </ul>
      <p class="muted small">{t('retention.rules.unverifiedHint')}</p>
      <Show when={props.rules.fallback}><p class="small warn-text">{t('retention.rules.fallback')}</p></Show>
    </section>
  );
}

const left = (n: number) => (n > 0 ? t('retention.daysLeft', { n }) : n === 0 ? t('retention.dueToday') : t('retention.overdue', { n: -n }));

function DueList(props: { svc: RetentionService; items: RetentionDueItem[] }) {
  const [picked, setPicked] = createSignal<Set<string>>(new Set());
  const [reason, setReason] = createSignal('');
  const [errors, setErrors] = createSignal<Record<string, FieldError>>({});
  const [busy, setBusy] = createSignal(false);
  const [done, setDone] = createSignal(false);
  // Only records still listed (and destroyable) stay selected when the list changes.
  const selected = createMemo(() => props.items.filter((i) => picked().has(i.docId) && i.daysLeft <= 0 && !i.requested).map((i) => i.docId));
  const toggle = (id: string, on: boolean) => {
    const next = new Set(picked());
    if (on) next.add(id);
    else next.delete(id);
    setPicked(next);
  };
  const submit = async (e: Event) => {
    e.preventDefault();
    setBusy(true);
    setDone(false);
    const r = await props.svc.request(selected(), reason());
    setBusy(false);
    if (!r.ok) return setErrors(r.errors);
    setErrors({});
    setPicked(new Set<string>());
    setReason('');
    setDone(true);
  };
  return (
    <section class="card" aria-labelledby="rt-due">
      <h2 id="rt-due">{t('retention.due.title')}</h2>
      <Show when={props.items.length} fallback={<p class="muted" data-testid="due-empty">{t('retention.due.empty')}</p>}>
        <table class="audit-table">
          <thead>
            <tr>
              <th>{t('retention.col.select')}</th><th>{t('retention.col.number')}</th><th>{t('retention.col.name')}</th>
              <th>{t('retention.col.date')}</th><th>{t('retention.col.class')}</th><th>{t('retention.col.until')}</th>
              <th>{t('retention.col.daysLeft')}</th>
            </tr>
          </thead>
          <tbody>
            <For each={props.items}>
              {(i) => (
                <tr data-testid="due-row" data-doc={i.docId}>
                  <td>
                    <input
                      type="checkbox" aria-label={t('retention.selectRecord', { name: i.name })} checked={picked().has(i.docId)}
                      disabled={i.daysLeft > 0 || i.requested} title={i.daysLeft > 0 ? t('retention.notYet') : ''}
                      onChange={(e) => toggle(i.docId, e.currentTarget.checked)}
                    />
                  </td>
                  <td class="mono">{i.number || <span class="muted">{t('retention.noNumber')}</span>}</td>
                  <td>{i.name}</td>
                  <td>{i.date}</td>
                  <td>{t(`retention.class.${i.class}`)}</td>
                  <td>{i.until}</td>
                  <td>
                    <span class={`state ${i.daysLeft < 0 ? 'state-review-overdue' : 'state-review-due'}`}>{left(i.daysLeft)}</span>
                    <Show when={i.requested}> <span class="muted small">{t('retention.requested')}</span></Show>
                  </td>
                </tr>
              )}
            </For>
          </tbody>
        </table>
        <form class="row retention-request" onSubmit={submit} aria-label={t('retention.request')}>
          <label class="grow">
            {t('retention.reason')}
            <input name="reason" size={48} value={reason()} placeholder={t('retention.reasonHint')} onInput={(e) => setReason(e.currentTarget.value)} />
          </label>
          <button type="submit" disabled={busy() || !selected().length}>
            {selected().length ? t('retention.requestSelected', { n: selected().length }) : t('retention.request')}
          </button>
        </form>
        <FormError error={errors().reason ?? errors().docIds ?? errors()['']} />
        <Show when={done()}><p class="ok small" role="status">{t('retention.requestedOk')}</p></Show>
      </Show>
    </section>
  );
}

function Order(props: { svc: RetentionService; order: DestroyOrderView; myDevice: string }) {
  const { services } = useApp();
  const [error, setError] = createSignal<FieldError>();
  const [busy, setBusy] = createSignal(false);
  /** The 销毁确认单: jsPDF and the font load on first use. */
  const download = async () => {
    setBusy(true);
    try {
      const pdf = await services.pdf.load();
      const blob = await pdf.destruction(await props.svc.destructionPdfVm(o().id));
      await pdf.download(blob, `培训档案销毁确认单-${formatDate(o().executedAt ?? o().requestedAt)}.pdf`);
      setError(undefined);
    } catch (e) {
      const reason = (e as { reason?: string }).reason;
      setError({ key: reason ?? 'e.unexpected', params: { why: String((e as Error)?.message ?? e) } });
    } finally {
      setBusy(false);
    }
  };
  const o = () => props.order;
  const mine = () => o().approvals.some((a) => a.device === props.myDevice);
  const approve = async () => {
    // A second approval from this device is refused by the service with its own message: no need to confirm it.
    if (!mine() && !confirm(t('retention.confirmApprove', { n: o().docIds.length }))) return;
    setBusy(true);
    const r = await props.svc.approve(o().id);
    setBusy(false);
    setError(r.ok ? undefined : r.errors[''] ?? Object.values(r.errors)[0]);
  };
  const state = () => o().state === 'executed'
    ? t('retention.order.state.executed', { at: formatDate(o().executedAt!) })
    : o().state === 'approved' ? t('retention.order.state.approved') : t('retention.order.state.pending', { n: o().approvals.length });
  return (
    <article class="retention-order" data-testid="destroy-order" data-state={o().state}>
      <p>
        <span class={`state ${o().state === 'executed' ? 'state-cancelled' : 'state-review-due'}`}>{state()}</span>{' '}
        {t('retention.order.requested', { by: o().requestedBy, at: formatDate(o().requestedAt) })} · {t('retention.order.records', { n: o().docIds.length })}
      </p>
      <p class="small">{t('retention.order.reason', { reason: o().reason })}</p>
      <ul class="small">
        <For each={o().titles}>{(r) => <li><span class="mono">{r.number || t('retention.noNumber')}</span> {r.name}（{r.date}，{t(`retention.class.${r.retention}`)}，{t('retention.col.until')} {r.until}）</li>}</For>
      </ul>
      <p class="small">
        {t('retention.order.approvals')}：
        <For each={o().approvals}>{(a, i) => <>{i() ? '、' : ''}{t('retention.order.approval', { by: a.by, at: formatDate(a.at) })}</>}</For>
      </p>
      <Show when={o().state === 'pending'}>
        <p class="row">
          <button type="button" disabled={busy()} onClick={approve}>{t('retention.order.approve')}</button>
          <Show when={mine()}><span class="muted small">{t('retention.order.approvedByMe')}</span></Show>
        </p>
      </Show>
      <Show when={o().state === 'executed'}>
        <button type="button" disabled={busy()} onClick={download}>{t('retention.order.pdf')}</button>
      </Show>
      <FormError error={error()} />
    </article>
  );
}
