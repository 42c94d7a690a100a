import { createSignal, For, Show } from 'solid-js';
import { createStore } from 'solid-js/store';
import type { FieldError, SaveResult } from '../../../../app/services';
import { Field } from '../../../components/Field';
import { FormError } from '../../../components/FormError';
import { t } from '../../../i18n/i18n';

/** One input of a record form; dates are typed as YYYY-MM-DD (as in the person form). */
export type FieldSpec = { key: string; label: string; required?: boolean; date?: boolean; numeric?: boolean; hint?: string };

/**
 * Adds or edits one dossier record (作业经历, 个人剂量). Messages appear at their fields in Chinese; on an edit
 * `changed` names only the fields the user touched, so a concurrent edit of another field elsewhere is kept.
 */
export function RecordForm(props: {
  label: string;
  specs: FieldSpec[];
  initial?: Record<string, unknown>;
  onSave: (values: Record<string, string>, changed: string[]) => Promise<SaveResult<unknown>>;
  onRemove?: () => Promise<SaveResult<unknown>>;
  onDone: () => void;
}) {
  const baseline: Record<string, string> = Object.fromEntries(props.specs.map((s) => [s.key, String(props.initial?.[s.key] ?? '')]));
  const [v, setV] = createStore({ ...baseline });
  const [errors, setErrors] = createSignal<Record<string, FieldError>>({});
  const [busy, setBusy] = createSignal(false);

  async function run(op: () => Promise<SaveResult<unknown>>) {
    setBusy(true);
    const r = await op();
    setBusy(false);
    if (!r.ok) return setErrors(r.errors);
    props.onDone();
  }
  function submit(e: Event) {
    e.preventDefault();
    void run(() => props.onSave({ ...v }, props.specs.map((s) => s.key).filter((k) => v[k] !== baseline[k])));
  }
  const remove = () => props.onRemove && confirm(t('person.deleteConfirm')) && void run(props.onRemove);

  return (
    <form class="form grid record-form" onSubmit={submit} novalidate aria-label={props.label}>
      <For each={props.specs}>
        {(s) => (
          <Field label={s.label} error={errors()[s.key]} hint={s.hint ?? (s.date ? 'YYYY-MM-DD' : undefined)} required={s.required}>
            {(id, d) => (
              <input id={id} name={s.key} aria-describedby={d} aria-invalid={!!errors()[s.key]} aria-required={s.required}
                inputmode={s.date ? 'numeric' : s.numeric ? 'decimal' : undefined} value={v[s.key]} onInput={(e) => setV(s.key, e.currentTarget.value)} />
            )}
          </Field>
        )}
      </For>
      <FormError error={errors()['']} />
      <div class="actions">
        <button type="submit" class="primary" disabled={busy()}>{busy() ? t('common.saving') : t('common.save')}</button>
        <button type="button" onClick={() => props.onDone()}>{t('common.cancel')}</button>
        <Show when={props.onRemove}><button type="button" class="link danger" onClick={remove}>{t('common.delete')}</button></Show>
      </div>
    </form>
  );
}
