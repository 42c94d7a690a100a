import { createSignal, Show } from 'solid-js';
import type { Services } from '../../app/services';
import { useApp } from '../context';
import { t } from '../i18n/i18n';

type SheetSpec = Parameters<Awaited<ReturnType<Services['excel']['load']>>['exportRows']>[0];

/** 导出 Excel of what a list shows; the spreadsheet library loads on the first click (certificate ledger, training lists). */
export function ExportButton(props: { sheet: () => SheetSpec; filename: () => string; disabled?: boolean }) {
  const { services } = useApp();
  const [busy, setBusy] = createSignal(false);
  const [error, setError] = createSignal('');
  async function run() {
    setBusy(true);
    setError('');
    try {
      const excel = await services.excel.load();
      await excel.save(excel.exportRows(props.sheet()), props.filename());
    } catch (e) {
      setError(t('certlist.exportFailed', { why: String((e as Error)?.message ?? e) }));
    } finally {
      setBusy(false);
    }
  }
  return (
    <>
      <button type="button" disabled={busy() || props.disabled} onClick={run}>{t('excel.export')}</button>
      <Show when={error()}><span class="error" role="alert">{error()}</span></Show>
    </>
  );
}
