import { generateDeviceKeys, signBytes, type DeviceKeys } from '../crypto/device-keys';
import { newId } from '../domain/ids';
import type { SafeLedgerDb } from './db';

/** This device: its id in members logs, a name people recognise, and its key pairs (kept in IndexedDB as CryptoKeys). */
export type DeviceIdentity = { deviceId: string; name: string; keys: DeviceKeys };

/** A readable default device name from the browser, e.g. "Windows · Chrome". */
function defaultName(): string {
  const ua = typeof navigator === 'undefined' ? '' : navigator.userAgent;
  const os = /Windows/.test(ua) ? 'Windows' : /Android/.test(ua) ? 'Android' : /iPhone|iPad/.test(ua) ? 'iOS' : /Mac/.test(ua) ? 'macOS' : /Linux/.test(ua) ? 'Linux' : '设备';
  const browser = /Edg\//.test(ua) ? 'Edge' : /Chrom/.test(ua) ? 'Chrome' : /Firefox/.test(ua) ? 'Firefox' : /Safari/.test(ua) ? 'Safari' : '';
  return browser ? `${os} · ${browser}` : os;
}

/** The device's identity, created on first use. It survives restores (it is not part of a workspace). */
export async function loadOrCreateDeviceIdentity(db: SafeLedgerDb): Promise<DeviceIdentity> {
  const stored = (await db.meta.get('device'))?.value as DeviceIdentity | undefined;
  if (stored?.keys?.sign?.privateKey) return stored;
  const identity: DeviceIdentity = { deviceId: newId(), name: defaultName(), keys: await generateDeviceKeys() };
  await db.meta.put({ key: 'device', value: identity });
  return identity;
}

/** Renames this device (shown to colleagues in their device lists). */
export async function renameDevice(db: SafeLedgerDb, name: string): Promise<void> {
  const d = await loadOrCreateDeviceIdentity(db);
  await db.meta.put({ key: 'device', value: { ...d, name: name.trim().slice(0, 60) || d.name } });
}

/** Signs with this device's key. */
export const signAs = (d: DeviceIdentity, data: Uint8Array) => signBytes(d.keys.sign.privateKey, data);
