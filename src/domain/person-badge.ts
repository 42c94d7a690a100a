import { z } from 'zod';
import { AppError } from './app-error';

/** Prefix and version of a person badge's QR text (SafeLedger Badge, version 1). */
const PREFIX = 'SLB1';

/**
 * What a person badge's QR code says (PRODUCT T4: an attendee signs in by scanning their badge): the person's id
 * and 工号, nothing personal (no name, no ID number), so a lost badge leaks nothing. The id is an opaque UUID,
 * compared in lower case; the 工号 follows the person record's rule (1–20 of A–Z a–z 0–9 _ -, so never a '.').
 */
export const PersonBadge = z
  .object({
    personId: z
      .string()
      .regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, { error: 'badge.e.personId' })
      .transform((s) => s.toLowerCase()),
    workNo: z.string().regex(/^[A-Za-z0-9_-]{1,20}$/, { error: 'badge.e.workNo' }),
  })
  .strict();
export type PersonBadge = z.output<typeof PersonBadge>;

/**
 * The QR text of a person badge: `SLB1.<personId>.<workNo>`. Throws an AppError (reason 'badge.e.personId' or
 * 'badge.e.workNo', field named) for input that would not parse back.
 */
export function encodeBadge(badge: { personId: string; workNo: string }): string {
  const r = PersonBadge.safeParse(badge);
  if (!r.success) {
    const issue = r.error.issues[0]!;
    throw new AppError(issue.message.startsWith('badge.') ? issue.message : 'badge.e.invalid', issue.path.join('.') || undefined);
  }
  return `${PREFIX}.${r.data.personId}.${r.data.workNo}`;
}

/** Reads a scanned or pasted badge text; null for anything that is not a well-formed person badge. */
export function parseBadge(text: string): PersonBadge | null {
  if (typeof text !== 'string' || text.length > 80) return null;
  const parts = text.trim().split('.');
  if (parts.length !== 3 || parts[0] !== PREFIX) return null;
  const r = PersonBadge.safeParse({ personId: parts[1], workNo: parts[2] });
  return r.success ? r.data : null;
}
