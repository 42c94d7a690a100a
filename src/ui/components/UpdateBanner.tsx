import { Show } from 'solid-js';
import { useApp } from '../context';
import { t } from '../i18n/i18n';

/** "新版本可用 — 刷新": the new service worker takes over only when the user says so. */
export function UpdateBanner() {
  const { update } = useApp();
  return (
    <Show when={update.available()}>
      <div class="toast update" role="status">
        <span>{t('update.available')}</span>
        <button type="button" class="primary" onClick={() => update.apply()}>{t('update.reload')}</button>
        <button type="button" onClick={() => update.dismiss()}>{t('update.later')}</button>
      </div>
    </Show>
  );
}
