import { own } from './bytes';
import { sha256Hex } from './sha256';

const SIGN = { name: 'ECDSA', namedCurve: 'P-256' } as const;
const AGREE = { name: 'ECDH', namedCurve: 'P-256' } as const;

/** A device's key pairs: ECDSA P-256 to sign, ECDH P-256 to receive wrapped keys. Private keys never leave WebCrypto. */
export type DeviceKeys = { sign: CryptoKeyPair; agree: CryptoKeyPair; signPublic: Uint8Array; agreePublic: Uint8Array };

/** Generates a device's key pairs (private keys non-extractable). */
export async function generateDeviceKeys(): Promise<DeviceKeys> {
  const sign = (await crypto.subtle.generateKey(SIGN, false, ['sign', 'verify'])) as CryptoKeyPair;
  const agree = (await crypto.subtle.generateKey(AGREE, false, ['deriveBits'])) as CryptoKeyPair;
  return {
    sign, agree,
    signPublic: new Uint8Array(await crypto.subtle.exportKey('raw', sign.publicKey)),
    agreePublic: new Uint8Array(await crypto.subtle.exportKey('raw', agree.publicKey)),
  };
}

/** Signs bytes with a device's private signing key. */
export async function signBytes(privateKey: CryptoKey, data: Uint8Array): Promise<Uint8Array> {
  return new Uint8Array(await crypto.subtle.sign({ name: 'ECDSA', hash: 'SHA-256' }, privateKey, own(data)));
}

/** Verifies a signature against a raw P-256 public key; false (never throws) on any malformed input. */
export async function verifyBytes(signPublic: Uint8Array, data: Uint8Array, sig: Uint8Array): Promise<boolean> {
  try {
    const key = await crypto.subtle.importKey('raw', own(signPublic), SIGN, false, ['verify']);
    return await crypto.subtle.verify({ name: 'ECDSA', hash: 'SHA-256' }, key, own(sig), own(data));
  } catch {
    return false;
  }
}

/** What people compare when a device joins: 'A1B2-C3D4-E5F6-0718' (first 8 bytes of SHA-256 of the signing key). */
export async function fingerprint(signPublic: Uint8Array): Promise<string> {
  const h = (await sha256Hex(signPublic)).slice(0, 16).toUpperCase();
  return h.match(/.{4}/g)!.join('-');
}

