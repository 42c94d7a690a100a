import { randomBytes } from '../../crypto/bytes';
import type { Role } from '../../domain/roles';
import type { SafeLedgerDb } from '../../store/db';
import type { WorkspaceInfo } from '../../store/workspace-meta';
import type { BundleSigner } from './export-bundle';
import type { VerifySigner } from './decode-bundle';

/** A device with an ECDSA P-256 key, standing in for a member's device key in tests. */
export async function testDevice(deviceId: string): Promise<BundleSigner & { publicKey: CryptoKey }> {
  const kp = (await crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, false, ['sign', 'verify'])) as CryptoKeyPair;
  return {
    deviceId,
    publicKey: kp.publicKey,
    sign: async (b) => new Uint8Array(await crypto.subtle.sign({ name: 'ECDSA', hash: 'SHA-256' }, kp.privateKey, b as Uint8Array<ArrayBuffer>)),
  };
}

/** A members log in miniature: device id → public key and roles. */
export function testMembers(devices: { device: { deviceId: string; publicKey: CryptoKey }; roles: Role[] }[]): VerifySigner {
  return async (deviceId, bytes, sig) => {
    const m = devices.find((d) => d.device.deviceId === deviceId);
    if (!m) return 'unknown';
    const ok = await crypto.subtle.verify({ name: 'ECDSA', hash: 'SHA-256' }, m.device.publicKey, sig as Uint8Array<ArrayBuffer>, bytes as Uint8Array<ArrayBuffer>);
    return ok ? m.roles : null;
  };
}

/** The same workspace as seen by another device (optionally without the health key). */
export function asDevice(ws: WorkspaceInfo, deviceId: string, health: boolean): WorkspaceInfo {
  const { healthKey, ...rest } = ws;
  return { ...rest, deviceId, ...(health && healthKey ? { healthKey } : {}) };
}

/** A workspace with sync secret and health key. */
export function syncedWorkspace(base: WorkspaceInfo, deviceId: string): WorkspaceInfo {
  return { ...base, deviceId, sync: { epoch: 1, secret: randomBytes(32) }, healthKey: randomBytes(32) };
}

/** Every table of a database, for before/after comparisons. */
export async function dumpDb(db: SafeLedgerDb): Promise<Record<string, unknown[]>> {
  return Object.fromEntries(await Promise.all(db.tables.map(async (t) => [t.name, await t.toArray()])));
}
