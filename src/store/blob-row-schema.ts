import { z } from 'zod';

/**
 * A stored attachment's row as it crosses a boundary (backup file, sync file, peer message): checked once, here.
 * The chunks themselves are checked by decrypting them and re-hashing the content (blob-store putRaw).
 */
export const BlobRowSchema = z.object({
  id: z.string().regex(/^[0-9a-f]{64}$/),
  mime: z.string().max(100).regex(/^[\w.+-]+\/[\w.+-]+$/),
  size: z.number().int().nonnegative().max(256 * 1024 * 1024),
  chunks: z.number().int().positive().max(100_000),
  width: z.number().int().positive().max(100_000).optional(),
  height: z.number().int().positive().max(100_000).optional(),
  createdAt: z.number().int().nonnegative(),
  cls: z.enum(['general', 'health']).optional(),
});
