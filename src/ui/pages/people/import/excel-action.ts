import { createSignal } from 'solid-js';
import type { FieldError, Services } from '../../../../app/services';
import { useApp } from '../../../context';

/** The Excel service, as loaded on demand (the spreadsheet library comes with it). */
export type ExcelService = Awaited<ReturnType<Services['excel']['load']>>;

/**
 * One Excel download button's behaviour: loads the Excel service on demand, builds the file, saves it under
 * `filename`; `busy` while it works, `error` (an i18n message) if it failed.
 */
export function createExcelAction() {
  const { services } = useApp();
  const [busy, setBusy] = createSignal(false);
  const [error, setError] = createSignal<FieldError>();
  async function run(build: (x: ExcelService) => Blob | Promise<Blob>, filename: string): Promise<void> {
    setBusy(true);
    setError(undefined);
    try {
      const x = await services.excel.load();
      await x.save(await build(x), filename);
    } catch (e) {
      setError({ key: 'excel.e.failed', params: { why: String((e as Error)?.message ?? e) } });
    } finally {
      setBusy(false);
    }
  }
  return { busy, error, run };
}
