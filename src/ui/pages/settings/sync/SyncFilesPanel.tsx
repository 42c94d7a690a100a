import { createSignal, Show } from 'solid-js';
import type { FieldError } from '../../../../app/services';
import { FormError } from '../../../components/FormError';
import { useApp } from '../../../context';
import { t } from '../../../i18n/i18n';

/**
 * 同步文件 (no network): a colleague exports a state summary; this device exports a sync file of what the
 * summary's device lacks (or everything); the colleague imports it. Files travel by USB stick or chat.
 */
export function SyncFilesPanel() {
  const { services } = useApp();
  const [summary, setSummary] = createSignal<File>();
  const [status, setStatus] = createSignal('');
  const [error, setError] = createSignal<FieldError>();
  const [busy, setBusy] = createSignal(false);

  async function run<T>(work: () => Promise<{ ok: true; value: T } | { ok: false; errors: Record<string, FieldError> }>, done: (v: T) => string) {
    setBusy(true);
    setStatus('');
    setError(undefined);
    const r = await work();
    setBusy(false);
    if (r.ok) setStatus(done(r.value));
    else setError(Object.values(r.errors)[0]);
  }

  function importFile(input: HTMLInputElement) {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    void run(() => services.sync.importBundle(file), (v) =>
      t('bundle.imported', { docs: v.docs, blobs: v.blobs }) + (v.refused ? t('bundle.importedRefused', { n: v.refused }) : ''));
  }

  return (
    <section class="sync-part" aria-labelledby="sy-files">
      <h3 id="sy-files">{t('bundle.title')}</h3>
      <p class="muted">{t('bundle.intro')}</p>
      <ol class="sync-steps">
        <li>
          <p>{t('bundle.step1')}</p>
          <button type="button" disabled={busy()} onClick={() => run(() => services.sync.exportSummary(), () => t('bundle.summaryExported'))}>
            {t('bundle.exportSummary')}
          </button>
        </li>
        <li>
          <p>{t('bundle.step2')}</p>
          <div class="row">
            <label>
              {t('bundle.summaryFile')}{' '}
              <input type="file" accept=".slsum" onChange={(e) => setSummary(e.currentTarget.files?.[0])} />
            </label>
            <button type="button" class="primary" disabled={busy()}
              onClick={() => run(() => services.sync.exportBundle(summary()), (v) => t('bundle.exported', { docs: v.docs, blobs: v.blobs }))}>
              {t('bundle.export')}
            </button>
          </div>
        </li>
        <li>
          <p>{t('bundle.step3')}</p>
          <label class="button">
            {busy() ? t('bundle.working') : t('bundle.import')}
            <input type="file" accept=".slsync" class="visually-hidden" aria-label={t('bundle.import')}
              disabled={busy()} onChange={(e) => importFile(e.currentTarget)} />
          </label>
        </li>
      </ol>
      <Show when={status()}><p class="ok" role="status">{status()}</p></Show>
      <FormError error={error()} />
    </section>
  );
}
