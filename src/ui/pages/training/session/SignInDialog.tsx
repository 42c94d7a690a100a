import { createSignal, onMount } from 'solid-js';
import type { FieldError } from '../../../../app/services';
import { FormError } from '../../../components/FormError';
import { SignaturePad } from '../../../components/SignaturePad';
import { t } from '../../../i18n/i18n';

/** 签名 (T4): a modal with the signature pad; 确定 stores the signature, 取消 leaves the participant as they were. */
export function SignInDialog(props: { name: string; workNo: string; onConfirm: (png: Blob) => Promise<FieldError | undefined>; onCancel: () => void }) {
  let dialog!: HTMLDialogElement;
  const [png, setPng] = createSignal<Blob | null>(null);
  const [busy, setBusy] = createSignal(false);
  const [error, setError] = createSignal<FieldError>();
  onMount(() => dialog.showModal());
  async function confirm() {
    const b = png();
    if (!b) return;
    setBusy(true);
    const e = await props.onConfirm(b);
    setBusy(false);
    setError(e);
  }
  return (
    <dialog ref={dialog} class="ts-dialog" aria-labelledby="ts-sd-h" onCancel={(e) => (e.preventDefault(), props.onCancel())}>
      <h2 id="ts-sd-h">{t('session.s.dialog', { name: props.name, workNo: props.workNo })}</h2>
      <SignaturePad label={t('session.s.signFor', { name: props.name })} width={560} height={220} onChange={setPng} />
      <FormError error={error()} />
      <div class="actions">
        <button type="button" class="primary" disabled={!png() || busy()} onClick={() => void confirm()}>{busy() ? t('common.saving') : t('common.confirm')}</button>
        <button type="button" onClick={() => props.onCancel()}>{t('common.cancel')}</button>
      </div>
    </dialog>
  );
}
