import { createSignal, For, Show } from 'solid-js';
import type { FieldError, TrainingRow, TrainingService } from '../../../../app/services';
import { formatDateTime } from '../../../../domain/format-date';
import type { Completeness } from '../../../../domain/training/completeness';
import { canAct } from '../../../../domain/training/workflow';
import type { WorkflowAction } from '../../../../domain/training/workflow-event';
import { FormError } from '../../../components/FormError';
import { t } from '../../../i18n/i18n';
import { PdfButtons } from './PdfButtons';
import { createLive } from '../../../primitives/create-live';

/**
 * 审核流程 (T7, T8): the state, the steps taken (who, when, comment), the deadline, the steps allowed now — 提交审核
 * (disabled with the reason while the record is incomplete), 审核通过, 退回 (with a comment), 归档 — and the archive
 * number with any renumbering.
 */
export function WorkflowBar(props: { svc: TrainingService; row: TrainingRow; c: Completeness; unsaved?: boolean }) {
  const [error, setError] = createSignal<FieldError>();
  const [returning, setReturning] = createSignal(false);
  const [comment, setComment] = createSignal('');
  const [busy, setBusy] = createSignal(false);
  const deadline = createLive(props.svc.deadline(props.row.id));
  const can = (a: WorkflowAction) => canAct(props.row.state, a);
  /** Why 提交审核 is not possible yet ('' = it is). */
  const blocked = () =>
    props.unsaved ? t('session.wf.saveFirst')
      : !props.c.complete ? t('session.wf.incomplete', { list: props.c.missing.map((k) => t(`training.element.${k}`)).join('、') })
      : !props.c.allMarked ? t('training.e.unmarked') : '';

  async function act(a: WorkflowAction) {
    setBusy(true);
    const r = await props.svc.act(props.row.id, a, a === 'return' ? comment() : undefined);
    setBusy(false);
    setError(r.ok ? undefined : Object.values(r.errors)[0]);
    if (r.ok && a === 'return') (setReturning(false), setComment(''));
  }

  return (
    <section class="card ts-flow" aria-labelledby="ts-w-h" data-testid="workflow" data-state={props.row.state}>
      <div class="ts-card-head">
        <h2 id="ts-w-h">{t('session.wf.title')}</h2>
        <span class={`ts-state ts-state-${props.row.state}`}>{t(`training.state.${props.row.state}`)}</span>
      </div>
      <Show when={props.row.archiveNumber}>
        <p class="ts-archive">{t('session.wf.archiveNo')}<strong class="mono" data-testid="archive-number">{props.row.archiveNumber}</strong></p>
      </Show>
      <For each={props.row.archive.renumbered}>
        {(n) => <p class="warn small" data-testid="renumbered">{t('session.wf.renumbered', { from: n.from, to: n.to, at: formatDateTime(n.at) })}</p>}
      </For>
      <Show when={props.row.state === 'returned' && props.row.returnComment}>
        <p class="ts-returned">{t('session.wf.returnedWith', { comment: props.row.returnComment })}</p>
      </Show>
      <Show when={deadline()}>
        {(d) => (
          <p classList={{ 'ts-due': true, 'ts-overdue': d().overdue }} data-testid="deadline">
            {t(`session.wf.due.${d().step}`, { due: d().due })}
            <Show when={d().overdue}> · {t('session.wf.overdue', { n: d().daysOverdue })}</Show>
            <Show when={d().estimated}><span class="muted small"> {t('session.wf.estimated')}</span></Show>
          </p>
        )}
      </Show>
      <div class="ts-actions">
        <Show when={can('submit')}>
          <button type="button" class="primary" disabled={busy() || !!blocked()} onClick={() => void act('submit')}>{t('session.wf.submit')}</button>
        </Show>
        <Show when={can('review')}>
          <button type="button" class="primary" disabled={busy()} onClick={() => void act('review')}>{t('session.wf.review')}</button>
        </Show>
        <Show when={can('archive')}>
          <button type="button" class="primary" disabled={busy()} onClick={() => void act('archive')}>{t('session.wf.archive')}</button>
        </Show>
        <Show when={can('return') && !returning()}>
          <button type="button" disabled={busy()} onClick={() => setReturning(true)}>{t('session.wf.return')}</button>
        </Show>
      </div>
      <Show when={can('submit') && blocked()}><p class="muted small" data-testid="submit-blocked">{blocked()}</p></Show>
      <Show when={returning()}>
        <form class="ts-return" onSubmit={(e) => (e.preventDefault(), void act('return'))}>
          <label for="ts-ret">{t('session.wf.comment')}</label>
          <textarea id="ts-ret" rows={3} value={comment()} onInput={(e) => setComment(e.currentTarget.value)} />
          <div class="actions">
            <button type="submit" class="primary" disabled={busy()}>{t('session.wf.confirmReturn')}</button>
            <button type="button" onClick={() => (setReturning(false), setError(undefined))}>{t('common.cancel')}</button>
          </div>
        </form>
      </Show>
      <FormError error={error()} />
      <PdfButtons id={props.row.id} name={props.row.name} />
      <Show when={props.row.events.length}>
        <h3>{t('session.wf.history')}</h3>
        <ol class="ts-steps" data-testid="steps">
          <For each={props.row.events}>
            {(e) => (
              <li>
                <span class="mono small">{formatDateTime(e.at)}</span> {e.by || t('session.wf.someone')} · {t(`session.wf.${e.action}`)}
                <Show when={e.comment}><div class="muted small">{e.comment}</div></Show>
              </li>
            )}
          </For>
        </ol>
      </Show>
    </section>
  );
}
