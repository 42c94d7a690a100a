import { aesGcmDecrypt, aesGcmEncrypt, AES_GCM_OVERHEAD, importAesKey } from '../crypto/aes-gcm';
import { hmacHex, importHmacKey } from '../crypto/hmac';
import { AppError } from '../domain/app-error';
import type { BlobId } from '../domain/ids';
import type { BlobRow, SafeLedgerDb } from './db';
import { mapStorageError } from './map-storage-error';

/** Stored chunks stay under 64,000 bytes: larger values become separate files in Chromium (DESIGN §3.2). */
export const CHUNK_PLAIN = 64_000 - AES_GCM_OVERHEAD;

/**
 * Attachments: content-addressed by HMAC-SHA-256 under the workspace key, AES-GCM encrypted in chunks.
 * Docs reference blobs by id; blob bytes never enter a Y.Doc.
 */
export function createBlobStore(db: SafeLedgerDb, workspaceKey: Uint8Array) {
  const keys = Promise.all([importHmacKey(workspaceKey), importAesKey(workspaceKey)]);

  return {
    /** Stores bytes (idempotent: the same content gives the same id). */
    async put(bytes: Uint8Array, mime: string, dims?: { width: number; height: number }): Promise<BlobId> {
      const [mac, aes] = await keys;
      const id = (await hmacHex(mac, bytes)) as BlobId;
      if (await db.blobs.get(id)) return id;
      const chunks: Uint8Array[] = [];
      for (let i = 0; i < bytes.length || i === 0; i += CHUNK_PLAIN) {
        chunks.push(await aesGcmEncrypt(aes, bytes.subarray(i, i + CHUNK_PLAIN)));
      }
      const row: BlobRow = { id, mime, size: bytes.length, chunks: chunks.length, createdAt: Date.now(), ...dims };
      try {
        await db.transaction('rw', db.blobs, db.blobChunks, async () => {
          await db.blobChunks.bulkPut(chunks.map((data, n) => ({ blobId: id, n, data })));
          await db.blobs.put(row);
        });
      } catch (e) {
        throw mapStorageError(e);
      }
      return id;
    },

    /** The decrypted bytes and type; throws AppError('e.blob.missing') if absent or damaged. */
    async get(id: BlobId): Promise<{ bytes: Uint8Array; mime: string }> {
      const [mac, aes] = await keys;
      const row = await db.blobs.get(id);
      if (!row) throw new AppError('e.blob.missing');
      const parts = await db.blobChunks.where('[blobId+n]').between([id, 0], [id, row.chunks - 1], true, true).toArray();
      if (parts.length !== row.chunks) throw new AppError('e.blob.missing');
      const plain = await Promise.all(parts.map((p) => aesGcmDecrypt(aes, p.data)));
      const bytes = new Uint8Array(row.size);
      let off = 0;
      for (const p of plain) (bytes.set(p, off), (off += p.length));
      if ((await hmacHex(mac, bytes)) !== id) throw new AppError('e.blob.missing');
      return { bytes, mime: row.mime };
    },

    has: async (id: BlobId) => !!(await db.blobs.get(id)),

    /** The stored (encrypted) form, as sent to a peer; null if absent or incomplete. */
    async raw(id: string): Promise<{ row: BlobRow; chunks: Uint8Array[] } | null> {
      const row = await db.blobs.get(id);
      if (!row) return null;
      const parts = await db.blobChunks.where('[blobId+n]').between([id, 0], [id, row.chunks - 1], true, true).toArray();
      return parts.length === row.chunks ? { row, chunks: parts.map((p) => p.data) } : null;
    },

    /**
     * Stores a blob received in encrypted form after checking it: every chunk decrypts under the workspace key
     * and the content hashes to the blob's id. False (nothing stored) otherwise.
     */
    async putRaw(row: BlobRow, chunks: Uint8Array[]): Promise<boolean> {
      const [mac, aes] = await keys;
      if (chunks.length !== row.chunks || chunks.some((c) => c.length > CHUNK_PLAIN + AES_GCM_OVERHEAD)) return false;
      let plain: Uint8Array[];
      try {
        plain = await Promise.all(chunks.map((c) => aesGcmDecrypt(aes, c)));
      } catch {
        return false;
      }
      const bytes = new Uint8Array(plain.reduce((n, p) => n + p.length, 0));
      let off = 0;
      for (const p of plain) (bytes.set(p, off), (off += p.length));
      if (bytes.length !== row.size || (await hmacHex(mac, bytes)) !== row.id) return false;
      try {
        await db.transaction('rw', db.blobs, db.blobChunks, async () => {
          await db.blobChunks.bulkPut(chunks.map((data, n) => ({ blobId: row.id, n, data })));
          await db.blobs.put(row);
        });
      } catch (e) {
        throw mapStorageError(e);
      }
      return true;
    },
  };
}
export type BlobStore = ReturnType<typeof createBlobStore>;
