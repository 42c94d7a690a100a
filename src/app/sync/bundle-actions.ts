import { verifyBytes } from '../../crypto/device-keys';
import { formatDate } from '../../domain/format-date';
import type { SafeLedgerDb } from '../../store/db';
import { signAs, type DeviceIdentity } from '../../store/device-identity';
import type { DocStore } from '../../store/doc-store';
import type { WorkspaceInfo } from '../../store/workspace-meta';
import { BUNDLE_EXT, exportBundle, exportStateSummary, importBundle, SUMMARY_EXT } from '../../sync/bundle';
import { attempt } from '../form-result';
import { downloadBytes } from './download';
import type { Membership } from './membership';

/** Sync by file (PRODUCT S3): a state summary out, a sync file (everything or what the summary lacks) out, and in. */
export function createBundleActions(
  db: SafeLedgerDb, docs: DocStore, workspace: () => Promise<WorkspaceInfo>, me: DeviceIdentity, membership: Membership,
) {
  const today = () => formatDate(Date.now());
  return {
    exportSummary: () => attempt(async () => {
      const ws = await workspace();
      downloadBytes(await exportStateSummary(db, ws, membership.myRoles()), `${ws.name}-状态摘要-${today()}${SUMMARY_EXT}`);
    }),
    exportBundle: (summary?: File) => attempt(async () => {
      const ws = await workspace();
      const r = await exportBundle(db, ws, {
        ...(summary ? { summary: new Uint8Array(await summary.arrayBuffer()) } : {}),
        roles: membership.myRoles(),
        signer: { deviceId: me.deviceId, sign: (d) => signAs(me, d) },
      });
      downloadBytes(r.bytes, `${ws.name}-同步文件-${today()}${BUNDLE_EXT}`);
      return { docs: r.docs, blobs: r.blobs };
    }),
    importBundle: (file: File) => attempt(async () => {
      const ws = await workspace();
      const r = await importBundle(db, docs, ws, new Uint8Array(await file.arrayBuffer()), {
        verifySigner: async (deviceId, data, sig) => {
          const d = membership.state().devices.get(deviceId);
          if (!d || d.removed) return 'unknown';
          return (await verifyBytes(d.signPublic, data, sig)) ? d.roles : null;
        },
      });
      return { docs: r.docs, blobs: r.blobs, refused: r.refused.length };
    }),
  };
}
