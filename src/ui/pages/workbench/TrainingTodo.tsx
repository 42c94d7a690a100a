import { For, Show } from 'solid-js';
import type { Live, TrainingTodo as Todo } from '../../../app/services';
import { t } from '../../i18n/i18n';
import { createLive } from '../../primitives/create-live';

const STEPS = ['submit', 'review', 'fix', 'archive'] as const;
const SHOWN = 8;

/**
 * Training records awaiting a workflow step (T7, W1): how many per step, how many overdue on the working-day
 * calendar, and the most urgent with links. Read from the open records only (never the whole table).
 */
export function TrainingTodo(props: { todo: Live<Todo>; departmentName: (id: string) => string }) {
  const todo = createLive(props.todo);
  return (
    <section class="card" aria-labelledby="wb-tr" data-testid="training-todo" data-overdue={todo()?.overdue}>
      <div class="page-head">
        <h2 id="wb-tr">{t('training.todo.title')}</h2>
        <a href="#/training" class="small">{t('training.todo.all')}</a>
      </div>
      <Show when={todo()} fallback={<p class="muted">{t('common.loading')}</p>}>
        {(d) => (
          <Show when={d().items.length} fallback={<p class="muted">{t('training.todo.none')}</p>}>
            <p>
              <For each={STEPS.filter((s) => d().byStep[s])}>
                {(s) => <span class="chip">{t(`training.todo.step.${s}`)} {d().byStep[s]}</span>}
              </For>
              <Show when={d().overdue}>
                <span class="chip hot">{t('training.todo.overdue', { n: d().overdue })}</span>
              </Show>
            </p>
            <ul class="todo">
              <For each={d().items.slice(0, SHOWN)}>
                {(i) => (
                  <li class={i.overdue ? 'warn' : ''} data-testid="training-todo-item">
                    <a href={`#/training/${i.id}`}>{i.name}</a>{' · '}
                    <span class="muted">{i.date} {props.departmentName(i.departmentId)}</span>{' · '}
                    {t(`training.todo.step.${i.step}`)} {t('training.todo.due', { due: i.due })}
                    <Show when={i.estimated}> <span class="muted">{t('training.todo.estimated')}</span></Show>
                    <Show when={i.overdue}> <strong>{t('training.todo.late', { n: i.daysOverdue })}</strong></Show>
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
