import { aesGcmDecrypt, aesGcmEncrypt, importAesKey } from '../../crypto/aes-gcm';
import { fromBase64, toBase64 } from '../../crypto/base64';
import { toHex } from '../../crypto/bytes';
import { hkdf } from '../../crypto/hkdf';

/** What one workspace secret gives the signaling layer: a room topic and sealed payloads. */
export type SignalCipher = {
  /** Topic on the signaling server: hex of hkdf(secret, 'room'); reveals nothing about the secret. */
  readonly topic: string;
  /** JSON → AES-GCM (key hkdf(secret, 'signal'), random IV) → base64. */
  seal(message: unknown): Promise<string>;
  /** Inverse of seal; `undefined` for anything not sealed with this secret (other rooms, garbage, tampering). */
  open(data: string): Promise<unknown>;
};

/** Derives the signaling topic and payload key from the workspace secret. */
export async function createSignalCipher(secret: Uint8Array): Promise<SignalCipher> {
  const topic = toHex(await hkdf(secret, 'room'));
  const key = await importAesKey(await hkdf(secret, 'signal'));
  return {
    topic,
    async seal(message) {
      return toBase64(await aesGcmEncrypt(key, new TextEncoder().encode(JSON.stringify(message))));
    },
    async open(data) {
      try {
        const plain = await aesGcmDecrypt(key, fromBase64(data));
        return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(plain)) as unknown;
      } catch {
        return undefined;
      }
    },
  };
}
