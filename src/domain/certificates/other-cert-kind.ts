import { z } from 'zod';
import { optional, requiredText } from '../text';

/**
 * A certificate kind the enterprise configures beyond the regulated ones (特种设备作业人员证, 急救员证 …), with its
 * own validity and reminder window. Certificates of kind 'other' whose name matches take these as their rules
 * (a validity entered on the certificate itself still wins).
 */
export const OtherCertKindInput = z.object({
  name: requiredText(40),
  validityYears: optional(z.number().int().min(1).max(50)),
  windowDays: optional(z.number().int().min(1).max(365)),
});
export type OtherCertKindInput = z.output<typeof OtherCertKindInput>;
export type OtherCertKind = OtherCertKindInput & { id: string };

/** Names compare trimmed, with inner spaces collapsed and case ignored (as typed on certificates). */
export const certKindKey = (name: string) => name.trim().replace(/\s+/g, ' ').toLowerCase();

/** Configured kinds by name key; rows that do not parse (a peer's malformed entry) are skipped. */
export function otherKindsByName(rows: readonly unknown[]): Map<string, OtherCertKind> {
  const out = new Map<string, OtherCertKind>();
  for (const r of rows) {
    const p = OtherCertKindInput.safeParse(r);
    const id = (r as { id?: unknown })?.id;
    if (p.success && typeof id === 'string') out.set(certKindKey(p.data.name), { ...p.data, id });
  }
  return out;
}
