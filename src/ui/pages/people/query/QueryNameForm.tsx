import { createSignal, createUniqueId, Show } from 'solid-js';
import type { FieldError, SaveResult } from '../../../../app/services';
import { t } from '../../../i18n/i18n';

/** An inline form for a saved query's name (save or rename); the message of a refused name shows at the field. */
export function QueryNameForm(props: { initial?: string; onSave: (name: string) => Promise<SaveResult<unknown>>; onDone: () => void }) {
  const [name, setName] = createSignal(props.initial ?? '');
  const [error, setError] = createSignal<FieldError>();
  const [busy, setBusy] = createSignal(false);
  const msg = createUniqueId();
  let input!: HTMLInputElement;
  const submit = async (e: Event) => {
    e.preventDefault();
    setBusy(true);
    const r = await props.onSave(name());
    setBusy(false);
    if (r.ok) props.onDone();
    else setError(r.errors.name ?? Object.values(r.errors)[0]);
  };
  queueMicrotask(() => input?.focus());
  return (
    <form class="query-name" onSubmit={submit} onKeyDown={(e) => e.key === 'Escape' && props.onDone()}>
      <input ref={input} aria-label={t('query.name')} placeholder={t('query.name')} maxLength={20} value={name()}
        aria-invalid={!!error()} aria-describedby={msg} onInput={(e) => (setName(e.currentTarget.value), setError())} />
      <button type="submit" class="primary" disabled={busy()}>{t('common.save')}</button>
      <button type="button" onClick={() => props.onDone()}>{t('common.cancel')}</button>
      <span id={msg} class="query-msg" role="alert">
        <Show when={error()}>{(er) => t(er().key, er().params)}</Show>
      </span>
    </form>
  );
}
