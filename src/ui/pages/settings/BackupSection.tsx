import { createSignal, Show } from 'solid-js';
import { formatDateTime } from '../../../domain/format-date';
import { RestoreBackup } from '../../components/RestoreBackup';
import { useApp } from '../../context';
import { t } from '../../i18n/i18n';
import { createLive } from '../../primitives/create-live';

/** 备份与恢复: export the whole workspace to one file; restore replaces it (after the file checks out). */
export function BackupSection() {
  const { services } = useApp();
  const ws = createLive(services.workspace);
  const [busy, setBusy] = createSignal(false);
  const [done, setDone] = createSignal('');

  async function exportNow() {
    setBusy(true);
    const { blob, filename, header } = await services.backup.export();
    const a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = filename;
    a.click();
    setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
    setBusy(false);
    setDone(t('backup.exported', { file: filename, people: header.counts.people, docs: header.counts.docs, blobs: header.counts.blobs }));
  }

  return (
    <section class="card" aria-labelledby="st-backup">
      <h2 id="st-backup">{t('settings.backup')}</h2>
      <p>
        {ws()?.lastBackupAt ? t('backup.last', { date: formatDateTime(ws()!.lastBackupAt!) }) : t('backup.never')}
      </p>
      <div class="row">
        <button type="button" class="primary" disabled={busy()} onClick={exportNow}>{busy() ? t('backup.exporting') : t('backup.export')}</button>
        <RestoreBackup confirm />
      </div>
      <Show when={done()}><p class="ok" role="status">{done()}</p></Show>
      <p class="muted">{t('backup.restoreWarn')}</p>
    </section>
  );
}
