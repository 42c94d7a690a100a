import { hmacBytes, importHmacKey } from '../../crypto/hmac';
import { hkdf } from '../../crypto/hkdf';

/** The joining device's public identity, as sent in its join request. */
export type JoinRequest = { deviceId: string; name: string; signPublic: string; agreePublic: string };

/** HMAC under a key derived from the invite secret over the request: proves the device holds the invite. */
export async function joinProof(inviteSecret: Uint8Array, r: JoinRequest): Promise<Uint8Array> {
  const key = await importHmacKey(await hkdf(inviteSecret, 'join'));
  return hmacBytes(key, new TextEncoder().encode(`safeledger-join-v1|${r.deviceId}|${r.signPublic}|${r.agreePublic}`));
}
