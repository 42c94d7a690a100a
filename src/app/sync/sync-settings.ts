import { z } from 'zod';
import type { SafeLedgerDb } from '../../store/db';
export { ICE_PRESETS } from './ice-presets';

/** Signaling and ICE servers as entered in 设置 › 同步 (validated at the boundary). */
export const SyncSettingsSchema = z.object({
  signalingUrls: z.array(z.string().trim().max(300).regex(/^wss?:\/\/[^\s]+$/, 'v.sync.signalingUrl')).max(8),
  iceServers: z.array(z.string().trim().max(300).regex(/^(stun|turns?):[^\s]+$/, 'v.sync.iceUrl')).max(8),
});
export type SyncSettings = z.infer<typeof SyncSettingsSchema>;

/**
 * Default signaling: `npm start` serves the app on 127.0.0.1 with the signaling server on port 4444; the LAN
 * server (`npm start -- --lan`) serves both on one https origin under /signal. Elsewhere, none until entered.
 */
export function defaultSignaling(loc: { protocol: string; hostname: string; host: string } | undefined): string[] {
  if (!loc) return [];
  if (loc.hostname === '127.0.0.1' || loc.hostname === 'localhost') return ['ws://127.0.0.1:4444'];
  if (loc.protocol === 'https:' && /^(10|172\.(1[6-9]|2\d|3[01])|192\.168)\./.test(loc.hostname)) return [`wss://${loc.host}/signal`];
  return [];
}

/** The stored settings, or the defaults for where the app is served from. */
export async function loadSyncSettings(db: SafeLedgerDb): Promise<SyncSettings> {
  const stored = SyncSettingsSchema.safeParse((await db.meta.get('syncSettings'))?.value);
  if (stored.success) return stored.data;
  return { signalingUrls: defaultSignaling(typeof location === 'undefined' ? undefined : location), iceServers: [] };
}

export async function saveSyncSettings(db: SafeLedgerDb, s: SyncSettings): Promise<void> {
  await db.meta.put({ key: 'syncSettings', value: s });
}
