import { createSignal, Show } from 'solid-js';
import { Field } from '../../../components/Field';
import { t } from '../../../i18n/i18n';
import { QrCode } from './QrCode';

/**
 * A text to hand to another device: read-only, labelled, with a 复制 button and its QR code.
 */
export function CodeBox(props: { label: string; qrLabel: string; text: string; multiline?: boolean; hint?: string }) {
  const [copied, setCopied] = createSignal('');
  let field: HTMLInputElement | HTMLTextAreaElement | undefined;

  async function copy() {
    try {
      await navigator.clipboard.writeText(props.text);
      setCopied(t('sync.copied'));
    } catch {
      // No clipboard permission (e.g. plain http on the LAN): select the text so Ctrl+C works.
      field?.select();
      setCopied(t('sync.copyManually'));
    }
  }

  return (
    <div class="code-box">
      <div class="code-text">
        <Field label={props.label} hint={props.hint}>
          {(id, d) => (
            <div class="row">
              <Show when={props.multiline} fallback={<input id={id} ref={(el) => (field = el)} aria-describedby={d} readonly value={props.text} class="mono" />}>
                <textarea id={id} ref={(el) => (field = el)} aria-describedby={d} readonly rows={4} value={props.text} class="mono" />
              </Show>
              <button type="button" onClick={copy}>{t('sync.copy')}</button>
            </div>
          )}
        </Field>
        <Show when={copied()}><p class="ok small" role="status">{copied()}</p></Show>
      </div>
      <QrCode text={props.text} label={props.qrLabel} />
    </div>
  );
}
