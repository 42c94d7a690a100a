import { z } from 'zod';
import { aesGcmDecrypt, aesGcmEncrypt, importAesKey } from '../../crypto/aes-gcm';
import { fromBase64, toBase64 } from '../../crypto/base64';
import { hkdf } from '../../crypto/hkdf';

const b64 = z.string().max(20_000_000).regex(/^[A-Za-z0-9+/=]*$/);

/** What an approved device receives: the workspace, its keys for the roles granted, and the members log. */
export const WelcomeSchema = z.object({
  workspace: z.object({ id: z.string().max(64), name: z.string().max(100), createdAt: z.number().int(), rootDeviceId: z.string().max(64) }),
  key: b64,
  sync: z.object({ epoch: z.number().int().min(0), secret: b64 }),
  healthKey: b64.optional(),
  /** The members doc as one Yjs update. */
  members: b64,
  deviceId: z.string().max(64),
});
export type Welcome = z.infer<typeof WelcomeSchema>;

/** Bytes in a Welcome as base64 (helper for the admin side). */
export const b64of = (bytes: Uint8Array) => toBase64(bytes);
export const bytesOf = (text: string) => fromBase64(text);

/** Seals the welcome under a key only the invite's holder can derive. */
export async function sealWelcome(inviteSecret: Uint8Array, w: Welcome): Promise<Uint8Array> {
  const key = await importAesKey(await hkdf(inviteSecret, 'welcome'));
  return aesGcmEncrypt(key, new TextEncoder().encode(JSON.stringify(w)));
}

/** Opens and validates a sealed welcome; null if it is not one for this invite. */
export async function openWelcome(inviteSecret: Uint8Array, sealed: Uint8Array): Promise<Welcome | null> {
  try {
    const key = await importAesKey(await hkdf(inviteSecret, 'welcome'));
    const r = WelcomeSchema.safeParse(JSON.parse(new TextDecoder().decode(await aesGcmDecrypt(key, sealed))));
    return r.success ? r.data : null;
  } catch {
    return null;
  }
}
