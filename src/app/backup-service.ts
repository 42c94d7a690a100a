import { formatDate } from '../domain/format-date';
import type { SafeLedgerDb } from '../store/db';
import type { DocStore } from '../store/doc-store';
import type { BackupHeader } from '../store/backup/backup-format';
import { attempt, type SaveResult } from './form-result';

export type { BackupHeader };

/** Backup to one file and restore from it (PRODUCT S6). The codec loads on first use (not needed for first paint). */
export function createBackupService(db: SafeLedgerDb, docs: DocStore) {
  return {
    /** The whole workspace as a file, named 安全台账备份-<企业>-<date>.slbk. */
    async export(): Promise<{ blob: Blob; filename: string; header: BackupHeader }> {
      const { exportBackup } = await import('../store/backup/export-backup');
      const { parts, header } = await exportBackup(db, __APP_VERSION__);
      const date = formatDate(header.createdAt);
      const safeName = header.workspace.name.replace(/[\\/:*?"<>|\s]+/g, '_');
      return { blob: new Blob(parts as BlobPart[], { type: 'application/octet-stream' }), filename: `安全台账备份-${safeName}-${date}.slbk`, header };
    },

    /**
     * Checks a file completely and replaces the workspace with it; a bad file changes nothing.
     * `fork` gives the restored data a new workspace identity (used for the shared demo file).
     */
    restore: (file: Blob | Uint8Array, opts: { fork?: boolean } = {}): Promise<SaveResult<BackupHeader>> =>
      attempt(async () => {
        const bytes = file instanceof Uint8Array ? file : new Uint8Array(await file.arrayBuffer());
        const [{ decodeBackup }, { restoreBackup }] = await Promise.all([import('../store/backup/decode-backup'), import('../store/backup/restore-backup')]);
        const decoded = await decodeBackup(bytes);
        await restoreBackup(db, decoded, opts);
        docs.destroy();
        return decoded.header;
      }),
  };
}
