import { own } from '../../crypto/bytes';
import { hkdf } from '../../crypto/hkdf';

/** The joining device's public identity, as sent in its join request. */
export type JoinRequest = { deviceId: string; name: string; signPublic: string; agreePublic: string };

/** HMAC under a key derived from the invite secret over the request: proves the device holds the invite. */
export async function joinProof(inviteSecret: Uint8Array, r: JoinRequest): Promise<Uint8Array> {
  const key = await crypto.subtle.importKey('raw', own(await hkdf(inviteSecret, 'join')), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  const data = new TextEncoder().encode(`safeledger-join-v1|${r.deviceId}|${r.signPublic}|${r.agreePublic}`);
  return new Uint8Array(await crypto.subtle.sign('HMAC', key, data));
}

/** Constant-time-enough comparison of two proofs. */
export function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let d = 0;
  for (let i = 0; i < a.length; i++) d |= a[i]! ^ b[i]!;
  return d === 0;
}
