import { randomBytes } from '../crypto/bytes';
import { newId } from '../domain/ids';
import type { SafeLedgerDb } from './db';

/**
 * The workspace this database holds. `key` (32 random bytes) addresses and encrypts blobs; later issues
 * derive sync room names from it and wrap it under the app-lock passphrase.
 */
export type WorkspaceInfo = { id: string; name: string; createdAt: number; key: Uint8Array; lastBackupAt?: number };

/** The workspace record, or null for an empty database (the welcome screen). */
export async function getWorkspace(db: SafeLedgerDb): Promise<WorkspaceInfo | null> {
  return ((await db.meta.get('workspace'))?.value as WorkspaceInfo | undefined) ?? null;
}

/** A new workspace record (not yet stored). */
export function newWorkspaceInfo(name: string, now = Date.now()): WorkspaceInfo {
  return { id: newId(now), name, createdAt: now, key: randomBytes(32) };
}

/** Stores the workspace record. */
export async function putWorkspace(db: SafeLedgerDb, info: WorkspaceInfo): Promise<void> {
  await db.meta.put({ key: 'workspace', value: info });
}
