import { z } from 'zod';
import { CERT_KINDS, type CertKind } from './certificates/certificate';
import { maskIdNumber } from './mask';
import { isoDate } from './text';

/** A short id tag (base64url): the random tail of a workspace or device id (see cardTag in the app). */
const tag = z.string().regex(/^[A-Za-z0-9_-]{6,32}$/);
const line = (max: number) => z.string().min(1).max(max);

/**
 * What a certificate card's QR code says (PRODUCT C5), before signing. The holder's ID number is masked; so is the
 * certificate number where it contains the ID number (特种作业操作证 numbers are 'T' + the ID number).
 * `validTo` absent = no fixed end. Who signed is `device`; the workspace's members log holds its public key.
 */
export const CertCard = z
  .object({
    version: z.literal(1),
    workspace: tag,
    name: line(30),
    maskedId: line(18).optional(),
    number: line(40),
    kind: z.enum(CERT_KINDS),
    kindName: line(40).optional(),
    category: line(10).optional(),
    item: line(40).optional(),
    validFrom: isoDate,
    validTo: isoDate.optional(),
    enterprise: line(100),
    device: tag,
    issued: isoDate,
  })
  .strict();
export type CertCard = z.output<typeof CertCard>;

/**
 * On the wire a card is a JSON array in this order ('' for an absent field) and kinds are 2-letter codes: no keys
 * to repeat, so a typical card with its signature stays near 320 characters, a version ≤ 15 QR code at ECC level M.
 */
const WIRE = [
  'version', 'workspace', 'name', 'maskedId', 'number', 'kind', 'kindName', 'category', 'item', 'validFrom', 'validTo',
  'enterprise', 'device', 'issued',
] as const satisfies readonly (keyof CertCard)[];
const KIND_CODES: Record<CertKind, string> = { 'special-operations': 'so', 'hazchem-principal': 'hp', 'hazchem-manager': 'hm', other: 'ot' };

/** The card as the array that gets signed. */
export function cardToWire(card: CertCard): (string | number)[] {
  return WIRE.map((k) => (k === 'kind' ? KIND_CODES[card.kind] : (card[k] ?? '')));
}

/** Parses the signed array back into a card (anything else fails, e.g. a missing field or an unknown kind). */
export const CertCardWire = z
  .array(z.union([z.string().max(200), z.number()]))
  .length(WIRE.length)
  .transform((a) => {
    const o: Record<string, unknown> = {};
    WIRE.forEach((k, i) => {
      const v = a[i];
      if (v !== '') o[k] = k === 'kind' ? (CERT_KINDS.find((c) => KIND_CODES[c] === v) ?? v) : v;
    });
    return o;
  })
  .pipe(CertCard);

/** A certificate number as a card shows it: the holder's ID number inside it masked like the ID itself. */
export function maskCertNumber(number: string, idNumber: string): string {
  if (idNumber.length < 9) return number;
  const at = number.toUpperCase().indexOf(idNumber.toUpperCase());
  return at < 0 ? number : number.slice(0, at) + maskIdNumber(idNumber) + number.slice(at + idNumber.length);
}
