import type { BackupHeader } from '../store/backup/backup-format';
import { encodeBackup } from '../store/backup/encode-backup';
import { buildWorkspace } from './build-workspace';

/**
 * The seed workspace as a SafeLedger backup file (the format `decodeBackup` and the app's restore read).
 * Deterministic: the backup time is the seed clock, so the same size and `app` always give the same bytes.
 */
export async function seedBackup(
  size: 'S' | 'R',
  app = 'seed',
  onProgress?: (done: number, total: number) => void,
): Promise<{ parts: Uint8Array[]; header: BackupHeader }> {
  const w = buildWorkspace(size, onProgress);
  return encodeBackup({ workspace: w.workspace, docs: w.docs, blobs: [], chunks: [], people: w.people, app, now: w.finishedAt });
}
