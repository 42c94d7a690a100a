import { toBase64 } from '../crypto/base64';
import { signBytes } from '../crypto/device-keys';
import type { MemberBody, MemberEntry } from './member-entry';
import { memberSigningBytes } from './members-doc';

/** Builds and signs a members-log entry by this device, chained to its previous entry. */
export async function signMemberEntry(
  signer: { deviceId: string; privateKey: CryptoKey }, body: MemberBody, prev: string, at = Date.now(),
): Promise<MemberEntry> {
  const unsigned = { ...body, by: signer.deviceId, at, prev } as Omit<MemberEntry, 'sig'>;
  const sig = await signBytes(signer.privateKey, memberSigningBytes(unsigned));
  return { ...unsigned, sig: toBase64(sig) } as MemberEntry;
}
