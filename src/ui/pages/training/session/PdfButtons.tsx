import { createSignal } from 'solid-js';
import type { FieldError } from '../../../../app/services';
import { isAppError } from '../../../../domain/app-error';
import { FormError } from '../../../components/FormError';
import { useApp } from '../../../context';
import { t } from '../../../i18n/i18n';

/** 培训记录 / 签到表 PDFs (T10, T4): the PDF service (and jsPDF with it) loads on the first click. */
export function PdfButtons(props: { id: string; name: string }) {
  const { services } = useApp();
  const [busy, setBusy] = createSignal(false);
  const [error, setError] = createSignal<FieldError>();
  async function make(kind: 'trainingRecord' | 'signinSheet') {
    setBusy(true);
    try {
      const p = await services.pdf.load();
      const blob = await p[kind](props.id);
      await p.download(blob, `${t(kind === 'trainingRecord' ? 'session.title' : 'session.pdf.signinFile')}-${props.name}.pdf`);
      setError(undefined);
    } catch (e) {
      setError(isAppError(e) ? { key: e.reason, params: e.params } : { key: 'e.unexpected', params: { why: String((e as Error)?.message ?? e) } });
    } finally {
      setBusy(false);
    }
  }
  return (
    <>
      <div class="row ts-pdf">
        <button type="button" disabled={busy()} onClick={() => void make('trainingRecord')}>{t('session.pdf.record')}</button>
        <button type="button" disabled={busy()} onClick={() => void make('signinSheet')}>{t('session.pdf.signin')}</button>
      </div>
      <FormError error={error()} />
    </>
  );
}
