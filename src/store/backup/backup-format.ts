import { z } from 'zod';

/** File magic: identifies a SafeLedger backup before anything else is read. */
export const BACKUP_MAGIC = new TextEncoder().encode('SAFELEDGER-BACKUP\n');
export const BACKUP_VERSION = 1;
/** Record types in the body: a doc's state, a blob's metadata, one stored (encrypted) chunk of a blob. */
export const REC_DOC = 1;
export const REC_BLOB = 2;
export const REC_CHUNK = 3;
/** Upper bound for one record (a doc's state or a chunk); larger means a damaged or foreign file. */
export const MAX_RECORD = 64 * 1024 * 1024;

/** The manifest at the head of a backup: what it holds and the SHA-256 of the body. */
export const BackupHeader = z.object({
  format: z.literal('safeledger-backup'),
  version: z.literal(BACKUP_VERSION),
  createdAt: z.number().int().nonnegative(),
  app: z.string().max(40),
  workspace: z.object({ id: z.string().max(60), name: z.string().max(100), createdAt: z.number().int().nonnegative() }),
  key: z.string().regex(/^[A-Za-z0-9+/]{43}=$/),
  /** Sync identity of the workspace (absent in files made before sync): restoring keeps the device in its group. */
  sync: z.object({
    rootDeviceId: z.string().max(60),
    epoch: z.number().int().nonnegative(),
    secret: z.string().regex(/^[A-Za-z0-9+/]{43}=$/),
    healthKey: z.string().regex(/^[A-Za-z0-9+/]{43}=$/).optional(),
  }).optional(),
  counts: z.object({
    docs: z.number().int().nonnegative(),
    blobs: z.number().int().nonnegative(),
    chunks: z.number().int().nonnegative(),
    people: z.number().int().nonnegative(),
  }),
  bodySha256: z.string().regex(/^[0-9a-f]{64}$/),
});
export type BackupHeader = z.infer<typeof BackupHeader>;

/** Blob rows in a backup: the one schema for blob rows at every boundary. */
export { BlobRowSchema as BlobMeta } from '../blob-row-schema';
