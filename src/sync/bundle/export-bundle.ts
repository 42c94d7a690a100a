import * as Y from 'yjs';
import { aesGcmEncrypt } from '../../crypto/aes-gcm';
import { sha256Hex } from '../../crypto/sha256';
import { mayReadKind, mayWriteKind } from '../../docs/access-policy';
import { mayRead, type Role } from '../../domain/roles';
import type { SafeLedgerDb } from '../../store/db';
import type { WorkspaceInfo } from '../../store/workspace-meta';
import { byteWriter } from './byte-codec';
import { BUNDLE_MAGIC, BUNDLE_VERSION, type BundleHeader } from './bundle-format';
import { bundleEpoch, bundleKey, healthBundleKey } from './bundle-keys';
import { encodeSection, writeSection, type BundleSection } from './bundle-section';
import { bundleSignedBytes, encodeEnvelope } from './envelope';
import { readLocalDocs } from './read-local-docs';
import { readStateSummary, type StateSummary } from './read-state-summary';

/** The device that signs a bundle (its public key is in the members log). */
export type BundleSigner = { deviceId: string; sign(bytes: Uint8Array): Promise<Uint8Array> };

export type ExportBundleOptions = {
  /** The recipient's `.slsum`: then the bundle holds only what it lacks. Without it, everything. */
  summary?: Uint8Array;
  /** The recipient's roles when there is no summary (a summary carries its own). Unknown: health is sealed anyway. */
  recipientRoles?: readonly Role[];
  /** This device's roles: doc kinds it may not write are left out, since the recipient would refuse them. */
  roles?: readonly Role[];
  signer: BundleSigner;
  now?: number;
};

/** Yjs's encoding of an update with no structs and an empty delete set. */
const isEmptyUpdate = (u: Uint8Array) => u.length === 2 && u[0] === 0 && u[1] === 0;

/**
 * A bundle file (`.slsync`) for a device without a network path (USB stick, chat hand-over).
 *
 * 1. Each doc's log is merged (Y.mergeUpdates). With a summary, a doc is skipped when the recipient's state hash
 *    equals ours: the hash covers the state vector AND the delete set, so "same vector, other deletions" is
 *    still sent. Otherwise the doc goes as Y.diffUpdate(merged, their state vector); a diff always carries our
 *    whole delete set (small: ranges, no content), and is dropped only when it is empty.
 * 2. Health docs and health blobs go into a section sealed under hkdf(health key, 'bundle-health'), only when
 *    this device has the health key and the recipient's roles (if known) may read health.
 * 3. Blobs the recipient lacks are copied as stored (chunks encrypted under the data key).
 * 4. The body is sealed under the bundle key; the header (ids, counts, body length and SHA-256) is signed.
 */
export async function exportBundle(db: SafeLedgerDb, ws: WorkspaceInfo, opts: ExportBundleOptions): Promise<{ bytes: Uint8Array; docs: number; blobs: number }> {
  const summary: StateSummary | null = opts.summary ? await readStateSummary(ws, opts.summary) : null;
  const theirRoles = summary?.roles ?? opts.recipientRoles;
  const healthKey = await healthBundleKey(ws);
  const sendHealth = !!healthKey && (!theirRoles || mayRead(theirRoles, 'health'));
  const main: BundleSection = { docs: [], blobs: [] };
  const health: BundleSection = { docs: [], blobs: [] };

  for (const d of await readLocalDocs(db)) {
    if (d.kind === 'health' ? !sendHealth : theirRoles && !mayReadKind(theirRoles, d.kind)) continue;
    if (opts.roles && !mayWriteKind(opts.roles, d.kind)) continue;
    const theirs = summary?.docs.get(d.docId);
    if (theirs && d.h && theirs.h === d.h) continue;
    const update = theirs ? Y.diffUpdate(d.merged, theirs.sv) : d.merged;
    if (isEmptyUpdate(update)) continue;
    (d.kind === 'health' ? health : main).docs.push({ docId: d.docId, update });
  }

  for (const row of await db.blobs.toArray()) {
    const isHealth = row.cls === 'health';
    if (summary?.blobs.has(row.id) || (isHealth && !sendHealth)) continue;
    const parts = await db.blobChunks.where('[blobId+n]').between([row.id, 0], [row.id, row.chunks - 1], true, true).toArray();
    if (parts.length !== row.chunks) continue; // incomplete here: a peer that has it will send it
    (isHealth ? health : main).blobs.push({ row, chunks: parts.map((p) => p.data) });
  }

  const hasHealth = health.docs.length + health.blobs.length > 0;
  const sealedHealth = hasHealth ? await aesGcmEncrypt(healthKey!, encodeSection(health)) : new Uint8Array(0);
  const plain = writeSection(byteWriter(), main).bytes(sealedHealth).done();
  const body = await aesGcmEncrypt(await bundleKey(ws), plain);
  const header: BundleHeader = {
    format: 'safeledger-bundle', version: BUNDLE_VERSION, workspaceId: ws.id, epoch: bundleEpoch(ws),
    deviceId: opts.signer.deviceId, createdAt: opts.now ?? Date.now(), partial: !!summary,
    counts: {
      docs: main.docs.length, blobs: main.blobs.length,
      chunks: main.blobs.reduce((n, b) => n + b.chunks.length, 0), health: hasHealth,
    },
    bodyLength: body.length,
    bodySha256: await sha256Hex(body),
  };
  const headerBytes = new TextEncoder().encode(JSON.stringify(header));
  const sig = await opts.signer.sign(bundleSignedBytes(headerBytes));
  return {
    bytes: encodeEnvelope(BUNDLE_MAGIC, headerBytes, sig, body),
    docs: main.docs.length + health.docs.length,
    blobs: main.blobs.length + health.blobs.length,
  };
}
