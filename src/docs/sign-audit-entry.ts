import { toBase64 } from '../crypto/base64';
import { signBytes } from '../crypto/device-keys';
import { auditSigningBytes, type AuditEntry, type UnsignedAuditEntry } from './audit-entry';

/** Signs an audit entry with the device's private signing key (the entry's `device` must be that device). */
export async function signAuditEntry(privateKey: CryptoKey, unsigned: UnsignedAuditEntry): Promise<AuditEntry> {
  const sig = await signBytes(privateKey, auditSigningBytes(unsigned));
  return { ...unsigned, sig: toBase64(sig) };
}
