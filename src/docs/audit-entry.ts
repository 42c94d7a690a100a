import { digest } from 'lib0/hash/sha256';
import { z } from 'zod';
import { toHex } from '../crypto/bytes';
import { canonicalJson } from '../crypto/canonical-json';
import { parseDocId, type DocId } from './doc-id';

const id = z.string().min(1).max(64);
const hex64 = z.string().regex(/^[0-9a-f]{64}$/);

/** One doc an audited commit changed, and the fields it touched (see changedFields). */
export const AuditTargetSchema = z.object({
  doc: z.string().max(200).refine((d) => parseDocId(d) !== null, 'unknown doc id').transform((d) => d as DocId),
  fields: z.array(z.string().max(100)).max(500),
});
export type AuditTarget = z.infer<typeof AuditTargetSchema>;

/**
 * A signed, hash-chained audit entry (DESIGN §3.4): who (device, and the person using it) changed which docs and
 * fields when, with the hash of the update bytes. `prev` is the hash of the same device's previous entry, across
 * months ('' for its first). Entries arrive from peers: parse, never trust.
 */
export const AuditEntrySchema = z.object({
  device: id,
  personId: id.optional(),
  personName: z.string().max(50).optional(),
  docs: z.array(AuditTargetSchema).min(1).max(1000),
  at: z.number().int().min(0),
  updateHash: hex64,
  prev: z.union([hex64, z.literal('')]),
  sig: z.string().max(200).regex(/^[A-Za-z0-9+/=]+$/),
});
export type AuditEntry = z.infer<typeof AuditEntrySchema>;
export type UnsignedAuditEntry = Omit<AuditEntry, 'sig'>;

const utf8 = new TextEncoder();

/** The bytes a device signs: the entry without its signature, canonical JSON, under an audit-only label. */
export function auditSigningBytes(e: UnsignedAuditEntry): Uint8Array {
  const { sig: _drop, ...rest } = e as AuditEntry;
  return utf8.encode(`safeledger/audit\n${canonicalJson(rest)}`);
}

/**
 * Hash of a whole entry (with its signature): its id, and the `prev` of the device's next entry.
 * Synchronous (lib0's SHA-256) so that the projector, which runs inside a commit, can name rows by it.
 */
export function auditEntryHash(e: AuditEntry): string {
  return toHex(digest(utf8.encode(canonicalJson(e))));
}

/**
 * The `updateHash` of a commit: SHA-256 of the update when one doc changed; for several, SHA-256 of the
 * concatenated SHA-256s of each doc's update, in the entry's `docs` order.
 */
export function updatesHash(updates: readonly Uint8Array[]): string {
  if (updates.length === 1) return toHex(digest(updates[0]!));
  const all = new Uint8Array(32 * updates.length);
  updates.forEach((u, i) => all.set(digest(u), 32 * i));
  return toHex(digest(all));
}
