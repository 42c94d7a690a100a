import { aesGcmDecrypt, aesGcmEncrypt, importAesKey } from './aes-gcm';
import { own } from './bytes';
import { hkdf } from './hkdf';

const AGREE = { name: 'ECDH', namedCurve: 'P-256' } as const;
const PUBLIC_BYTES = 65;

async function sharedKey(privateKey: CryptoKey, publicRaw: Uint8Array): Promise<CryptoKey> {
  const pub = await crypto.subtle.importKey('raw', own(publicRaw), AGREE, false, []);
  const bits = new Uint8Array(await crypto.subtle.deriveBits({ name: 'ECDH', public: pub }, privateKey, 256));
  return importAesKey(await hkdf(bits, 'wrap'));
}

/**
 * Wraps a secret for one device: ephemeral ECDH with the device's agreement key, HKDF, AES-GCM.
 * Output = ephemeral public key (65 bytes) ‖ sealed secret.
 */
export async function wrapFor(recipientAgreePublic: Uint8Array, secret: Uint8Array): Promise<Uint8Array> {
  const eph = (await crypto.subtle.generateKey(AGREE, true, ['deriveBits'])) as CryptoKeyPair;
  const ephPublic = new Uint8Array(await crypto.subtle.exportKey('raw', eph.publicKey));
  const sealed = await aesGcmEncrypt(await sharedKey(eph.privateKey, recipientAgreePublic), secret);
  const out = new Uint8Array(ephPublic.length + sealed.length);
  out.set(ephPublic);
  out.set(sealed, ephPublic.length);
  return out;
}

/** Unwraps a secret wrapped for this device; throws if it was not wrapped for it or was altered. */
export async function unwrap(myAgreePrivate: CryptoKey, wrapped: Uint8Array): Promise<Uint8Array> {
  const key = await sharedKey(myAgreePrivate, wrapped.subarray(0, PUBLIC_BYTES));
  return aesGcmDecrypt(key, wrapped.subarray(PUBLIC_BYTES));
}
