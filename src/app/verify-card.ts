import { parseCompact, verifyCompact } from '../crypto/compact-envelope';
import { CertCardWire, type CertCard } from '../domain/cert-card';
import type { CertState } from '../domain/certificates/schedule';
import type { Member } from '../docs/members-doc';

/** 有效 / 已过期 / 签名无效 / 无法识别. */
export type VerifyKind = 'valid' | 'expired' | 'invalid' | 'unknown';

/**
 * Why: `not-card` (not a SafeLedger card), `malformed` (our prefix, but broken), `other-workspace`, `unknown-device`
 * (a device this workspace never had) → unknown; `bad-signature` (forged or altered), `device-removed` → invalid.
 */
export type VerifyReason = 'not-card' | 'malformed' | 'other-workspace' | 'unknown-device' | 'bad-signature' | 'device-removed';

/** This device's own record of the certificate a card names (state today), when it has one. */
export type LocalCert = { certificateId: string; personId: string; state: CertState; expiry: string | null };

/** The outcome of a scan; `card` holds the decoded fields whenever they could be read (unverified unless valid/expired). */
export type VerifyResult = {
  kind: VerifyKind;
  reason?: VerifyReason;
  card?: CertCard;
  /** Who issued it, as the members log names the device (person · device). */
  signer?: string;
  local?: LocalCert;
};

/** What verification needs from the workspace: its tag, its member devices by tag, and a local lookup. */
export type VerifyContext = {
  workspaceTag: string;
  deviceByTag: (tag: string) => Member | undefined;
  findLocal: (card: CertCard) => Promise<LocalCert | undefined>;
};

/**
 * Verifies a scanned text offline. The signature must check against the issuing device's key in the members log;
 * a card signed by a device since removed is refused as invalid, because a removed device may be a lost one whose
 * key now signs anything (its cards are to be reissued). A valid signature is `expired` once today is after the
 * card's validity end, or when this device's own record says the certificate has expired.
 */
export async function verifyCard(text: string, today: string, ctx: VerifyContext): Promise<VerifyResult> {
  const env = parseCompact(text);
  if (!env.ok) return { kind: 'unknown', reason: env.reason === 'not-envelope' ? 'not-card' : 'malformed' };
  const parsed = CertCardWire.safeParse(env.envelope.value);
  if (!parsed.success) return { kind: 'unknown', reason: 'malformed' };
  const card = parsed.data;
  if (card.workspace !== ctx.workspaceTag) return { kind: 'unknown', reason: 'other-workspace', card };
  const device = ctx.deviceByTag(card.device);
  if (!device) return { kind: 'unknown', reason: 'unknown-device', card };
  if (!(await verifyCompact(env.envelope, device.signPublic))) return { kind: 'invalid', reason: 'bad-signature', card };
  const signer = device.personName ? `${device.personName} · ${device.name}` : device.name;
  if (device.removed) return { kind: 'invalid', reason: 'device-removed', card, signer };
  const local = await ctx.findLocal(card);
  const expired = (card.validTo !== undefined && today > card.validTo) || local?.state === 'expired';
  return { kind: expired ? 'expired' : 'valid', card, signer, ...(local ? { local } : {}) };
}
