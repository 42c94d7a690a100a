import { importAesKey } from '../../crypto/aes-gcm';
import { hkdf } from '../../crypto/hkdf';
import type { WorkspaceInfo } from '../../store/workspace-meta';

/** The key epoch a bundle of this workspace is sealed under (null: no sync secret, data key used). */
export function bundleEpoch(ws: WorkspaceInfo): number | null {
  return ws.sync ? ws.sync.epoch : null;
}

/**
 * Key of bundle and summary bodies: hkdf(sync secret, 'bundle'). A device removed from the workspace loses the
 * next epoch's secret and so cannot read newer bundles. A workspace that has never set up sync has no sync
 * secret; it falls back to hkdf(data key, 'bundle') (every member holds the data key, but removal cannot revoke
 * it: such bundles are only as private as the data key). The header records which one (`epoch`).
 */
export async function bundleKey(ws: WorkspaceInfo): Promise<CryptoKey> {
  return importAesKey(await hkdf(ws.sync ? ws.sync.secret : ws.key, 'bundle'));
}

/** Key of the health section: hkdf(health key, 'bundle-health'); null on a device without the health key. */
export async function healthBundleKey(ws: WorkspaceInfo): Promise<CryptoKey | null> {
  return ws.healthKey ? importAesKey(await hkdf(ws.healthKey, 'bundle-health')) : null;
}
