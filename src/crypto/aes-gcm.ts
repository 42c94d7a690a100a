import { own, randomBytes } from './bytes';

const IV_BYTES = 12;
/** Bytes AES-GCM adds: the IV in front and the 16-byte tag. */
export const AES_GCM_OVERHEAD = IV_BYTES + 16;

/** Imports a raw 256-bit key for AES-GCM. */
export function importAesKey(raw: Uint8Array): Promise<CryptoKey> {
  return crypto.subtle.importKey('raw', own(raw), 'AES-GCM', false, ['encrypt', 'decrypt']);
}

/** AES-GCM with a random 96-bit IV; output = iv ‖ ciphertext+tag. */
export async function aesGcmEncrypt(key: CryptoKey, plain: Uint8Array): Promise<Uint8Array> {
  const iv = randomBytes(IV_BYTES);
  const ct = new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv: own(iv) }, key, own(plain)));
  const out = new Uint8Array(IV_BYTES + ct.length);
  out.set(iv);
  out.set(ct, IV_BYTES);
  return out;
}

/** Inverse of aesGcmEncrypt; throws if the data was altered or the key is wrong. */
export async function aesGcmDecrypt(key: CryptoKey, sealed: Uint8Array): Promise<Uint8Array> {
  const iv = own(sealed.subarray(0, IV_BYTES));
  const ct = own(sealed.subarray(IV_BYTES));
  return new Uint8Array(await crypto.subtle.decrypt({ name: 'AES-GCM', iv }, key, ct));
}
