import { For, Show } from 'solid-js';
import type { LedgerService, TrainingService } from '../../../../app/services';
import { formatDate } from '../../../../domain/format-date';
import { t } from '../../../i18n/i18n';
import { createLive } from '../../../primitives/create-live';

const MAX = 6;

/** 待办 beside the list: records awaiting review, records returned for fixes, failed participants to re-train. */
export function TodoBox(props: { training: TrainingService; ledger: LedgerService }) {
  const awaiting = createLive(props.ledger.awaiting());
  const followUps = createLive(props.training.followUps());
  const today = formatDate(Date.now());
  const of = (state: string) => (awaiting() ?? []).filter((r) => r.state === state);
  const sessions = (title: string, state: string, testid: string) => (
    <>
      <h3>{title}（{of(state).length}）</h3>
      <ul data-testid={testid}>
        <For each={of(state).slice(0, MAX)} fallback={<li class="tl-muted">{t('ledger.todo.none')}</li>}>
          {(r) => <li><a href={`#/training/${r.id}`}>{r.name}</a><span class="tl-muted">{r.date}</span></li>}
        </For>
      </ul>
    </>
  );
  return (
    <aside class="card tl-todo" aria-labelledby="tl-todo-h">
      <h2 id="tl-todo-h">{t('ledger.todo')}</h2>
      {sessions(t('ledger.todo.review'), 'submitted', 'todo-review')}
      {sessions(t('ledger.todo.returned'), 'returned', 'todo-returned')}
      <h3>{t('ledger.todo.followUps')}（{followUps()?.length ?? 0}）</h3>
      <ul data-testid="todo-followups">
        <For each={(followUps() ?? []).slice(0, MAX)} fallback={<li class="tl-muted">{t('ledger.todo.none')}</li>}>
          {(f) => (
            <li classList={{ 'tl-overdue': (f.retrainDate ?? '') < today }}>
              <a href={`#/people/${f.personId}`} title={t(`training.type.${f.type}`)}>{f.name} {f.workNo}</a>
              <span>{t('ledger.todo.retrain', { date: f.retrainDate ?? '' })}</span>
            </li>
          )}
        </For>
      </ul>
      <Show when={(followUps()?.length ?? 0) > MAX}><p class="tl-muted">…</p></Show>
    </aside>
  );
}
