import { own, toHex } from './bytes';

/** Imports a raw key for HMAC-SHA-256. */
export function importHmacKey(raw: Uint8Array): Promise<CryptoKey> {
  return crypto.subtle.importKey('raw', own(raw), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
}

/** HMAC-SHA-256 bytes (session proofs, invite proofs). */
export async function hmacBytes(key: CryptoKey, data: Uint8Array): Promise<Uint8Array> {
  return new Uint8Array(await crypto.subtle.sign('HMAC', key, own(data)));
}

/** HMAC-SHA-256 hex: content addresses that reveal nothing without the workspace key. */
export async function hmacHex(key: CryptoKey, data: Uint8Array): Promise<string> {
  return toHex(new Uint8Array(await crypto.subtle.sign('HMAC', key, own(data))));
}
