import { Show } from 'solid-js';
import type { FieldError } from '../../app/services';
import { t } from '../i18n/i18n';

/** A form-level error (one not tied to a field). */
export function FormError(props: { error?: FieldError }) {
  return (
    <Show when={props.error}>
      {(e) => <p class="form-error" role="alert">{t(e().key, e().params)}</p>}
    </Show>
  );
}
