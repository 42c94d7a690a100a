import { createSignal } from 'solid-js';
import type { FieldError, SaveResult } from '../../app/services';
import { t } from '../i18n/i18n';
import { FormError } from './FormError';

/** A button that takes a picture (file or, on phones, the camera) and hands it to `onPick`. */
export function ImagePicker(props: { label: string; onPick: (file: File) => Promise<SaveResult<unknown>> }) {
  const [busy, setBusy] = createSignal(false);
  const [error, setError] = createSignal<FieldError>();
  async function pick(input: HTMLInputElement) {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    setBusy(true);
    const r = await props.onPick(file);
    setBusy(false);
    setError(r.ok ? undefined : Object.values(r.errors)[0]);
  }
  return (
    <div class="image-picker">
      <label class="button">
        {busy() ? t('common.saving') : props.label}
        <input type="file" accept="image/*" class="visually-hidden" aria-label={props.label} disabled={busy()} onChange={(e) => pick(e.currentTarget)} />
      </label>
      <FormError error={error()} />
    </div>
  );
}
