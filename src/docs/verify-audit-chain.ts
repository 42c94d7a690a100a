import { fromBase64 } from '../crypto/base64';
import { verifyBytes } from '../crypto/device-keys';
import { auditEntryHash, auditSigningBytes, type AuditEntry } from './audit-entry';

/** What verification says of one entry; anything but 'ok' is shown in red. */
export type AuditVerdict = 'ok' | 'bad-signature' | 'broken-chain' | 'unknown-device';

/**
 * Verifies audit entries of any devices and months (pass all of a device's entries: a chain is checked against
 * the entries given). Per entry, in input order:
 * 1. 'unknown-device' if `publicKeyOf` has no signing key for its device (not in the members log);
 * 2. 'bad-signature' if the signature does not cover its content (it was altered);
 * 3. 'broken-chain' if its `prev` is not the hash of an entry of the same device given here (an entry was removed
 *    or altered before it), or if another entry of the device already continues the same `prev` (a fork: the
 *    earlier one by time, then hash, keeps the link).
 * Removing a device's newest entries cannot be detected from the chain alone.
 */
export async function verifyAuditChain(
  entries: readonly AuditEntry[], publicKeyOf: (deviceId: string) => Uint8Array | undefined,
): Promise<AuditVerdict[]> {
  const hashes = entries.map(auditEntryHash);
  const known = new Set(entries.map((e, i) => `${e.device} ${hashes[i]}`));
  // The first claimant (by time, then hash) of each `prev` link of a device.
  const order = entries.map((_, i) => i).sort((a, b) => entries[a]!.at - entries[b]!.at || cmp(hashes[a]!, hashes[b]!));
  const linkOwner = new Map<string, number>();
  for (const i of order) {
    const key = `${entries[i]!.device} ${entries[i]!.prev}`;
    if (!linkOwner.has(key)) linkOwner.set(key, i);
  }
  return Promise.all(
    entries.map(async (e, i): Promise<AuditVerdict> => {
      const key = publicKeyOf(e.device);
      if (!key) return 'unknown-device';
      if (!(await verifyBytes(key, auditSigningBytes(e), safeB64(e.sig)))) return 'bad-signature';
      if (e.prev !== '' && !known.has(`${e.device} ${e.prev}`)) return 'broken-chain';
      if (linkOwner.get(`${e.device} ${e.prev}`) !== i && hashes[linkOwner.get(`${e.device} ${e.prev}`)!] !== hashes[i]) return 'broken-chain';
      return 'ok';
    }),
  );
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function safeB64(s: string): Uint8Array {
  try {
    return fromBase64(s);
  } catch {
    return new Uint8Array(0);
  }
}
