import { Show, type JSX } from 'solid-js';
import type { FieldError } from '../../app/services';
import { t } from '../i18n/i18n';

let seq = 0;

/** A labelled form control with its hint and its error message (announced, tied by aria-describedby). */
export function Field(props: { label: string; error?: FieldError; hint?: string; required?: boolean; children: (id: string, describedBy: string) => JSX.Element }) {
  const id = `f${++seq}`;
  return (
    <div class="field" classList={{ invalid: !!props.error }}>
      <label for={id}>
        {props.label}
        <Show when={props.required}>
          <span class="req" aria-hidden="true"> *</span>
        </Show>
      </label>
      {props.children(id, `${id}-msg`)}
      <div id={`${id}-msg`} class="msg" role={props.error ? 'alert' : undefined}>
        {props.error ? t(props.error.key, props.error.params) : props.hint ?? ''}
      </div>
    </div>
  );
}
