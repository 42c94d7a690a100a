import { createSignal, Show } from 'solid-js';
import type { FieldError } from '../../app/services';
import { useApp } from '../context';
import { t } from '../i18n/i18n';
import { FormError } from './FormError';

/**
 * Picks a backup file and restores it. The file is checked completely first; a foreign or damaged file
 * is refused with a message and the workspace stays as it was. With `confirm`, asks before replacing data.
 */
export function RestoreBackup(props: { confirm: boolean }) {
  const { services } = useApp();
  const [error, setError] = createSignal<FieldError>();
  const [busy, setBusy] = createSignal(false);

  async function pick(input: HTMLInputElement) {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    if (props.confirm && !window.confirm(t('backup.restoreWarn'))) return;
    setBusy(true);
    setError(undefined);
    const r = await services.backup.restore(file);
    setBusy(false);
    if (!r.ok) return setError(Object.values(r.errors)[0]);
    location.reload();
  }

  return (
    <div class="restore">
      <label class="button">
        {busy() ? t('backup.restoring') : t('backup.restore')}
        <input type="file" accept=".slbk,application/octet-stream" class="visually-hidden" aria-label={t('backup.file')}
          disabled={busy()} onChange={(e) => pick(e.currentTarget)} />
      </label>
      <Show when={error()}>
        <FormError error={error()} />
      </Show>
    </div>
  );
}
