import { createResource, Show } from 'solid-js';
import { useApp } from '../../context';
import { t } from '../../i18n/i18n';

const mb = (n: number) => (n >= 1e9 ? `${(n / 1e9).toFixed(1)} GB` : `${(n / 1e6).toFixed(1)} MB`);

/** 存储: usage and quota, persistence (asked for; re-ask here), where the data lives. */
export function StorageSection() {
  const { services } = useApp();
  const [status, { refetch }] = createResource(() => services.storage.status());
  return (
    <section class="card" aria-labelledby="st-storage">
      <h2 id="st-storage">{t('settings.storage')}</h2>
      <Show when={status()}>
        {(s) => (
          <Show when={s().supported} fallback={<p>{t('storage.unsupported')}</p>}>
            <p data-testid="storage-usage">{t('storage.usage', { usage: mb(s().usage), quota: mb(s().quota) })}</p>
            <meter min={0} max={s().quota} value={s().usage} aria-label={t('settings.storage')} />
            <p classList={{ ok: s().persisted, warn: !s().persisted }}>{s().persisted ? t('storage.persisted') : t('storage.notPersisted')}</p>
            <Show when={!s().persisted}>
              <button type="button" onClick={async () => (await services.storage.persist(), refetch())}>{t('storage.request')}</button>
            </Show>
          </Show>
        )}
      </Show>
      <p class="muted">{t('storage.where')}</p>
    </section>
  );
}
