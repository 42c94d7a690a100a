import * as Y from 'yjs';
import { aesGcmDecrypt } from '../../crypto/aes-gcm';
import { AppError } from '../../domain/app-error';
import type { Role } from '../../domain/roles';
import { parseDocId, type DocId } from '../../docs/doc-id';
import type { WorkspaceInfo } from '../../store/workspace-meta';
import { byteReader } from './byte-codec';
import { MAX_PART, SUMMARY_MAGIC, SummaryHeader, SummaryMeta } from './bundle-format';
import { bundleKey } from './bundle-keys';
import { checkSameWorkspace, decodeEnvelope } from './envelope';

/** What another device says it has (its roles are its own claim: they steer, the health key protects). */
export type StateSummary = {
  deviceId: string;
  createdAt: number;
  roles: Role[];
  docs: Map<DocId, { sv: Uint8Array; h: string }>;
  blobs: Set<string>;
};

/** Opens and checks a `.slsum` file of this workspace; AppError('bundle.*') if it is not one. */
export async function readStateSummary(ws: WorkspaceInfo, file: Uint8Array): Promise<StateSummary> {
  const env = decodeEnvelope(file, SUMMARY_MAGIC);
  const parsed = SummaryHeader.safeParse(env.header);
  if (!parsed.success) throw new AppError('bundle.badFile', undefined, { why: 'header' });
  checkSameWorkspace(parsed.data, ws);
  let plain: Uint8Array;
  try {
    plain = await aesGcmDecrypt(await bundleKey(ws), env.body);
  } catch {
    throw new AppError('bundle.tampered', undefined, { why: 'decrypt' });
  }
  try {
    const r = byteReader(plain);
    const meta = SummaryMeta.parse(JSON.parse(r.str(MAX_PART)));
    const docs = new Map<DocId, { sv: Uint8Array; h: string }>();
    for (let i = 0; i < meta.docs; i++) {
      const id = parseDocId(r.str(200));
      if (!id) throw new Error('doc id');
      const sv = r.bytes(MAX_PART);
      Y.decodeStateVector(sv); // throws on a malformed vector, which Y.diffUpdate would choke on later
      docs.set(id.id, { sv, h: r.str(100) });
    }
    if (r.left() !== 0) throw new Error('trailing');
    return { deviceId: parsed.data.deviceId, createdAt: parsed.data.createdAt, roles: meta.roles, docs, blobs: new Set(meta.blobs) };
  } catch {
    throw new AppError('bundle.badFile', undefined, { why: 'summary' });
  }
}
