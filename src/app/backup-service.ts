import type { SafeLedgerDb } from '../store/db';
import type { DocStore } from '../store/doc-store';
import { decodeBackup } from '../store/backup/decode-backup';
import { exportBackup } from '../store/backup/export-backup';
import { restoreBackup } from '../store/backup/restore-backup';
import type { BackupHeader } from '../store/backup/backup-format';
import { attempt, type SaveResult } from './form-result';

export type { BackupHeader };

/** Backup to one file and restore from it (PRODUCT S6). */
export function createBackupService(db: SafeLedgerDb, docs: DocStore) {
  return {
    /** The whole workspace as a file, named 安全台账备份-<企业>-<date>.slbk. */
    async export(): Promise<{ blob: Blob; filename: string; header: BackupHeader }> {
      const { parts, header } = await exportBackup(db, __APP_VERSION__);
      const date = new Date(header.createdAt).toISOString().slice(0, 10);
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
        const decoded = await decodeBackup(bytes);
        await restoreBackup(db, decoded, opts);
        docs.destroy();
        return decoded.header;
      }),
  };
}
