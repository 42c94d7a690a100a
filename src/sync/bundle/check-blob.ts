import { aesGcmDecrypt, AES_GCM_OVERHEAD } from '../../crypto/aes-gcm';
import { hmacHex } from '../../crypto/hmac';
import { CHUNK_PLAIN } from '../../store/blob-store';
import type { BlobRow } from '../../store/db';

/**
 * True if a blob copied from another device is whole and is what its id says: as many chunks as the row says,
 * each within the stored size limit and decrypting under the data key, the plain size matching, and the content
 * hashing (HMAC under the data key) to the id.
 */
export async function checkBlob(keys: { aes: CryptoKey; mac: CryptoKey }, row: BlobRow, chunks: Uint8Array[]): Promise<boolean> {
  if (chunks.length !== row.chunks || chunks.some((c) => c.length > CHUNK_PLAIN + AES_GCM_OVERHEAD)) return false;
  let plain: Uint8Array[];
  try {
    plain = await Promise.all(chunks.map((c) => aesGcmDecrypt(keys.aes, c)));
  } catch {
    return false;
  }
  const bytes = new Uint8Array(plain.reduce((n, p) => n + p.length, 0));
  if (bytes.length !== row.size) return false;
  let off = 0;
  for (const p of plain) (bytes.set(p, off), (off += p.length));
  return (await hmacHex(keys.mac, bytes)) === row.id;
}
