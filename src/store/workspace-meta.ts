import { randomBytes } from '../crypto/bytes';
import { newId } from '../domain/ids';
import type { SafeLedgerDb } from './db';

/**
 * The workspace this database holds. `key` (32 random bytes) addresses and encrypts blobs (the data key; it never
 * changes). `sync` is the secret of the current key epoch: room names, signaling encryption and bundle files derive
 * from it, and removing a device rotates it so the removed device receives nothing new.
 */
export type WorkspaceInfo = {
  id: string;
  name: string;
  createdAt: number;
  key: Uint8Array;
  lastBackupAt?: number;
  /** This device's id in the members log (set when the workspace is created or joined). */
  deviceId?: string;
  /** The device that created the workspace: the root of trust of the members log. */
  rootDeviceId?: string;
  /** Sync secret of the current key epoch. */
  sync?: { epoch: number; secret: Uint8Array };
  /** Key of the health access class; only on devices whose roles may read health docs. */
  healthKey?: Uint8Array;
};

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
