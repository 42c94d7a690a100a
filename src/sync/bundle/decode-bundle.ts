import * as Y from 'yjs';
import { aesGcmDecrypt, importAesKey } from '../../crypto/aes-gcm';
import { importHmacKey } from '../../crypto/hmac';
import { sha256Hex } from '../../crypto/sha256';
import { AppError } from '../../domain/app-error';
import type { Role } from '../../domain/roles';
import { parseDocId, type DocId, type DocKind } from '../../docs/doc-id';
import type { BlobRow } from '../../store/db';
import type { WorkspaceInfo } from '../../store/workspace-meta';
import { byteReader } from './byte-codec';
import { BUNDLE_MAGIC, BundleBlobRow, BundleHeader } from './bundle-format';
import { bundleKey, healthBundleKey } from './bundle-keys';
import { decodeSection, readSection } from './bundle-section';
import { checkBlob } from './check-blob';
import { bundleSignedBytes, checkSameWorkspace, decodeEnvelope } from './envelope';

/**
 * Checks a device's signature with its public key from the members log: its current roles, null if the
 * signature is wrong, 'unknown' if the device is not (or no longer) a member.
 */
export type VerifySigner = (deviceId: string, bytes: Uint8Array, sig: Uint8Array) => Promise<Role[] | null | 'unknown'>;

export type DecodedBundle = {
  header: BundleHeader;
  signerRoles: Role[];
  docs: { docId: DocId; kind: DocKind; update: Uint8Array }[];
  /** Blobs that are whole and match their content address. */
  blobs: { row: BlobRow; chunks: Uint8Array[] }[];
  /** Blobs that are not (damaged at the exporter): reported, not stored. */
  badBlobs: string[];
  /** The bundle has a health section this device cannot open (it has no health key). */
  healthSkipped: boolean;
};

const bad = (why: string) => new AppError('bundle.badFile', undefined, { why });
const chunkCount = (row: unknown) => {
  const n = (row as { chunks?: unknown } | null)?.chunks;
  if (typeof n !== 'number' || !Number.isInteger(n) || n < 1 || n > 100_000) throw new RangeError('chunks');
  return n;
};

/**
 * Reads and checks a bundle completely, writing nothing: frame and header (zod), workspace and key epoch,
 * body length and SHA-256, the signer's signature (members log), decryption, every part (doc ids, which section
 * a kind belongs in, that each update decodes, blob rows (zod), chunk counts and content addresses), and counts.
 * Throws AppError('bundle.*') on the first failure.
 */
export async function decodeBundle(ws: WorkspaceInfo, file: Uint8Array, verifySigner: VerifySigner): Promise<DecodedBundle> {
  const env = decodeEnvelope(file, BUNDLE_MAGIC);
  const parsed = BundleHeader.safeParse(env.header);
  if (!parsed.success) throw bad('header');
  const header = parsed.data;
  checkSameWorkspace(header, ws);
  if (env.body.length !== header.bodyLength || (await sha256Hex(env.body)) !== header.bodySha256) {
    throw new AppError('bundle.tampered', undefined, { why: 'hash' });
  }
  const roles = await verifySigner(header.deviceId, bundleSignedBytes(env.headerBytes), env.sig);
  if (roles === 'unknown') throw new AppError('bundle.unknownSigner', undefined, { device: header.deviceId });
  if (!roles) throw new AppError('bundle.badSignature');

  let plain: Uint8Array;
  try {
    plain = await aesGcmDecrypt(await bundleKey(ws), env.body);
  } catch {
    throw new AppError('bundle.tampered', undefined, { why: 'decrypt' });
  }
  let main: ReturnType<typeof readSection>;
  let sealedHealth: Uint8Array;
  try {
    const r = byteReader(plain);
    main = readSection(r, chunkCount);
    sealedHealth = r.bytes();
    if (r.left() !== 0) throw new RangeError('trailing bytes');
  } catch {
    throw bad('body');
  }
  const c = header.counts;
  if (main.docs.length !== c.docs || main.blobs.length !== c.blobs || main.blobs.reduce((n, b) => n + b.chunks.length, 0) !== c.chunks) {
    throw bad('counts');
  }
  if (c.health !== sealedHealth.length > 0) throw bad('health');

  let health: ReturnType<typeof readSection> = { docs: [], blobs: [] };
  const hKey = c.health ? await healthBundleKey(ws) : null;
  if (hKey) {
    let hPlain: Uint8Array;
    try {
      hPlain = await aesGcmDecrypt(hKey, sealedHealth);
    } catch {
      throw new AppError('bundle.tampered', undefined, { why: 'health' });
    }
    try {
      health = decodeSection(hPlain, chunkCount);
    } catch {
      throw bad('health');
    }
  }

  const out: DecodedBundle = { header, signerRoles: roles, docs: [], blobs: [], badBlobs: [], healthSkipped: c.health && !hKey };
  const seen = new Set<string>();
  const takeDocs = (docs: typeof main.docs, inHealth: boolean) => {
    for (const d of docs) {
      const id = parseDocId(d.docId);
      // Health docs travel only in the sealed section, everything else only outside it.
      if (!id || (id.kind === 'health') !== inHealth || seen.has(id.id)) throw bad('docId');
      seen.add(id.id);
      try {
        Y.decodeUpdate(d.update);
      } catch {
        throw bad('update');
      }
      out.docs.push({ docId: id.id, kind: id.kind, update: d.update });
    }
  };
  takeDocs(main.docs, false);
  takeDocs(health.docs, true);

  const keys = { aes: await importAesKey(ws.key), mac: await importHmacKey(ws.key) };
  const takeBlobs = async (blobs: typeof main.blobs, inHealth: boolean) => {
    for (const b of blobs) {
      const row = BundleBlobRow.safeParse(b.row);
      if (!row.success || (row.data.cls === 'health') !== inHealth || seen.has(row.data.id)) throw bad('blob');
      seen.add(row.data.id);
      if (await checkBlob(keys, row.data, b.chunks)) out.blobs.push({ row: row.data, chunks: b.chunks });
      else out.badBlobs.push(row.data.id);
    }
  };
  await takeBlobs(main.blobs, false);
  await takeBlobs(health.blobs, true);
  return out;
}
