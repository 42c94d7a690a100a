import { createSignal, For, Show, type JSX } from 'solid-js';
import type { FieldError, SaveResult } from '../../app/services';
import { t } from '../i18n/i18n';
import { FormError } from './FormError';

export type EditableListProps<T extends { id: string; name: string }> = {
  /** Id of the heading (the section is labelled by it). */
  headingId: string;
  title: string;
  addLabel: string;
  emptyText: string;
  rows: T[];
  /** The row's content before its buttons. */
  item: (row: T) => JSX.Element;
  /** The add/edit form; calls onDone when saved or cancelled. */
  form: (row: T | undefined, onDone: () => void) => JSX.Element;
  remove: (row: T) => Promise<SaveResult<unknown>>;
  listClass?: string;
};

/** A settings card listing named rows, with add, edit and delete (a refused delete shows its message). */
export function EditableList<T extends { id: string; name: string }>(props: EditableListProps<T>) {
  const [editing, setEditing] = createSignal<T | 'new' | null>(null);
  const [error, setError] = createSignal<FieldError>();
  async function remove(row: T) {
    const r = await props.remove(row);
    setError(r.ok ? undefined : Object.values(r.errors)[0]);
  }
  return (
    <section class="card" aria-labelledby={props.headingId}>
      <div class="page-head">
        <h2 id={props.headingId}>{props.title}</h2>
        <button type="button" onClick={() => setEditing('new')}>{props.addLabel}</button>
      </div>
      <Show when={editing()}>
        {(e) => props.form(e() === 'new' ? undefined : (e() as T), () => setEditing(null))}
      </Show>
      <FormError error={error()} />
      <Show when={props.rows.length === 0}><p class="muted">{props.emptyText}</p></Show>
      <ul class={`list ${props.listClass ?? ''}`}>
        <For each={props.rows}>
          {(row) => (
            <li>
              {props.item(row)}
              <span class="spacer" />
              <button type="button" class="link" onClick={() => setEditing(() => row)}>{t('common.edit')}</button>
              <button type="button" class="link danger" onClick={() => remove(row)} aria-label={`${t('common.delete')} ${row.name}`}>{t('common.delete')}</button>
            </li>
          )}
        </For>
      </ul>
    </section>
  );
}
