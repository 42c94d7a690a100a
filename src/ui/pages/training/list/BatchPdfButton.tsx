import { createSignal, Show } from 'solid-js';
import type { FieldError } from '../../../../app/services';
import { isAppError } from '../../../../domain/app-error';
import { FormError } from '../../../components/FormError';
import { useApp } from '../../../context';
import { t } from '../../../i18n/i18n';

/**
 * 批量导出 PDF (T10): every record held in the list's period (and department, if one is chosen) in one PDF behind
 * an index page. jsPDF and the font load on the first click.
 */
export function BatchPdfButton(props: { from: () => string; to: () => string; departmentId: () => string; disabled?: boolean }) {
  const { services } = useApp();
  const [busy, setBusy] = createSignal(false);
  const [error, setError] = createSignal<FieldError>();
  async function run() {
    setBusy(true);
    setError(undefined);
    try {
      const pdf = await services.pdf.load();
      const blob = await pdf.trainingBatch(props.from(), props.to(), props.departmentId() || undefined);
      await pdf.download(blob, `${t('training.batch.file')}-${props.from()}_${props.to()}.pdf`);
    } catch (e) {
      setError(isAppError(e) ? { key: e.reason, params: e.params } : { key: 'e.unexpected', params: { why: String((e as Error)?.message ?? e) } });
    } finally {
      setBusy(false);
    }
  }
  return (
    <>
      <button type="button" disabled={busy() || props.disabled} onClick={() => void run()} data-testid="batch-pdf">
        {busy() ? t('training.batch.busy') : t('training.batch.pdf')}
      </button>
      <Show when={error()}><FormError error={error()} /></Show>
    </>
  );
}
