import { own } from './bytes';

/**
 * HKDF-SHA-256: derives independent keys from one secret, one `info` label per use (room name, signaling key,
 * bundle key, …), so that no derived value reveals the secret or another derived value.
 */
export async function hkdf(secret: Uint8Array, info: string, length = 32): Promise<Uint8Array> {
  const base = await crypto.subtle.importKey('raw', own(secret), 'HKDF', false, ['deriveBits']);
  const bits = await crypto.subtle.deriveBits(
    { name: 'HKDF', hash: 'SHA-256', salt: new Uint8Array(0), info: new TextEncoder().encode(`safeledger/${info}`) },
    base,
    length * 8,
  );
  return new Uint8Array(bits);
}
