import { createSignal, Show } from 'solid-js';
import type { PersonRow } from '../../../app/services';
import { isAppError } from '../../../domain/app-error';
import { formatDate } from '../../../domain/format-date';
import { useApp } from '../../context';
import { useSeesPersonal } from '../../primitives/use-sees-personal';
import { t } from '../../i18n/i18n';

/** 导出档案 PDF on the dossier header: builds the 一人一档 PDF and hands it to the browser as a download. */
export function DossierActions(props: { person: PersonRow }) {
  const { services } = useApp();
  const seesPersonal = useSeesPersonal();
  const [busy, setBusy] = createSignal(false);
  const [error, setError] = createSignal('');
  const exportPdf = async () => {
    setBusy(true);
    setError('');
    try {
      const p = props.person;
      const pdf = await services.pdf.load();
      await pdf.download(await pdf.dossier(p.id, { maskIdNumber: !seesPersonal() }), t('pdf.file.dossier', { name: p.name, workNo: p.workNo, date: formatDate(Date.now()) }));
    } catch (e) {
      setError(isAppError(e) ? t(e.reason, e.params) : t('e.unexpected', { why: String(e) }));
    }
    setBusy(false);
  };
  /** 打印胸卡: the person's badge with its QR code, scanned at training sign-in. */
  const [badgeBusy, setBadgeBusy] = createSignal(false);
  const printBadge = async () => {
    setBadgeBusy(true);
    setError('');
    try {
      const p = props.person;
      const pdf = await services.pdf.load();
      await pdf.download(await pdf.badges([p.id]), t('badge.file', { name: p.name, date: formatDate(Date.now()) }));
    } catch (e) {
      setError(isAppError(e) ? t(e.reason, e.params) : t('e.unexpected', { why: String(e) }));
    }
    setBadgeBusy(false);
  };
  return (
    <div class="row" style="margin-left:auto">
      <Show when={error()}><span class="form-error" role="alert">{error()}</span></Show>
      <button type="button" onClick={exportPdf} disabled={busy()}>{busy() ? t('pdf.generating') : t('pdf.exportDossier')}</button>
      <button type="button" onClick={printBadge} disabled={badgeBusy()}>{badgeBusy() ? t('pdf.generating') : t('badge.print')}</button>
    </div>
  );
}
