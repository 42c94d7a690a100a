import { createSignal, Show } from 'solid-js';
import type { CertificateRow } from '../../../../app/services';
import { isAppError } from '../../../../domain/app-error';
import { formatDate } from '../../../../domain/format-date';
import { useApp } from '../../../context';
import { t } from '../../../i18n/i18n';

/** 打印证书卡片: signs a card for each certificate not cancelled (this device's key) and downloads the cards PDF. */
export function PrintCardsButton(props: { rows: readonly CertificateRow[] }) {
  const { services } = useApp();
  const [busy, setBusy] = createSignal(false);
  const [error, setError] = createSignal('');
  const ids = () => props.rows.filter((r) => !r.cancelled).map((r) => r.id);
  async function print() {
    setBusy(true);
    setError('');
    try {
      const [cards, pdf] = await Promise.all([services.cards.load(), services.pdf.load()]);
      const items = await cards.issue(ids());
      const name = t('card.file', { name: items[0]!.card.name, date: formatDate(Date.now()) });
      await pdf.download(await pdf.certificateCards(items), name);
    } catch (e) {
      setError(isAppError(e) ? t(e.reason, e.params) : t('e.unexpected', { why: String(e) }));
    }
    setBusy(false);
  }
  return (
    <Show when={ids().length}>
      <span class="row" style="margin-left:auto">
        <Show when={error()}><span class="form-error" role="alert">{error()}</span></Show>
        <button type="button" onClick={print} disabled={busy()}>{busy() ? t('pdf.generating') : t('card.print')}</button>
      </span>
    </Show>
  );
}
