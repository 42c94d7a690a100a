import * as Y from 'yjs';
import { aesGcmEncrypt } from '../../crypto/aes-gcm';
import type { Role } from '../../domain/roles';
import type { SafeLedgerDb } from '../../store/db';
import type { WorkspaceInfo } from '../../store/workspace-meta';
import { byteWriter } from './byte-codec';
import { BUNDLE_VERSION, SUMMARY_MAGIC, type SummaryHeader, type SummaryMeta } from './bundle-format';
import { bundleEpoch, bundleKey } from './bundle-keys';
import { encodeEnvelope } from './envelope';
import { readLocalDocs } from './read-local-docs';

/**
 * A state summary file (`.slsum`): per doc its Yjs state vector and state hash (state vector + delete set), the
 * blob ids held, and this device's id and roles, sealed under the bundle key. The other device answers with a
 * bundle of only what this one lacks. Health docs are listed only if this device holds them (i.e. may read them).
 */
export async function exportStateSummary(db: SafeLedgerDb, ws: WorkspaceInfo, roles: readonly Role[], now = Date.now()): Promise<Uint8Array> {
  const docs = await readLocalDocs(db);
  const blobs = (await db.blobs.toArray()).map((b) => b.id);
  const meta: SummaryMeta = { roles: [...roles], blobs, docs: docs.length };
  const w = byteWriter().str(JSON.stringify(meta));
  for (const d of docs) w.str(d.docId).bytes(Y.encodeStateVectorFromUpdate(d.merged)).str(d.h ?? '');
  const header: SummaryHeader = {
    format: 'safeledger-summary', version: BUNDLE_VERSION, workspaceId: ws.id, epoch: bundleEpoch(ws),
    deviceId: ws.deviceId ?? 'unknown', createdAt: now,
  };
  const body = await aesGcmEncrypt(await bundleKey(ws), w.done());
  return encodeEnvelope(SUMMARY_MAGIC, new TextEncoder().encode(JSON.stringify(header)), new Uint8Array(0), body);
}
