import { z } from 'zod';
import { fromBase64Url, toBase64Url } from '../../crypto/base64url';

/**
 * An invitation to join a workspace (PRODUCT S2): shown by an admin device as a QR code or link. It carries a
 * one-time secret (the joining device proves it knows it; the admin still checks the device's fingerprint and
 * approves a role) and the signaling URLs where the admin's device waits. It carries no workspace key.
 */
export const InviteSchema = z.object({
  v: z.literal(1),
  w: z.string().max(64),
  n: z.string().max(100),
  s: z.string().regex(/^[A-Za-z0-9_-]{22,64}$/),
  u: z.array(z.string().max(300).regex(/^wss?:\/\//)).max(8),
  x: z.number().int(),
});
export type Invite = z.infer<typeof InviteSchema>;

const PREFIX = 'SLI1.';

/** The text form used in links and QR codes. */
export function encodeInvite(invite: Invite): string {
  return PREFIX + toBase64Url(new TextEncoder().encode(JSON.stringify(invite)));
}

/** Parses an invite code (or a link containing one); null if it is not a valid invite. */
export function decodeInvite(text: string): Invite | null {
  const at = text.indexOf(PREFIX);
  if (at < 0) return null;
  try {
    const raw = decodeURIComponent(text.slice(at + PREFIX.length).trim().split(/[\s&#]/)[0]!);
    const r = InviteSchema.safeParse(JSON.parse(new TextDecoder().decode(fromBase64Url(raw))));
    return r.success ? r.data : null;
  } catch {
    return null;
  }
}

/** The invite's secret bytes. */
export function inviteSecret(invite: Invite): Uint8Array {
  return fromBase64Url(invite.s);
}
