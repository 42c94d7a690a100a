import { toBase64 } from '../../crypto/base64';
import { sha256Hex } from '../../crypto/sha256';
import type { BlobChunkRow, BlobRow } from '../db';
import type { WorkspaceInfo } from '../workspace-meta';
import { BACKUP_MAGIC, BACKUP_VERSION, REC_BLOB, REC_CHUNK, REC_DOC, type BackupHeader } from './backup-format';

const enc = new TextEncoder();

export type BackupContent = {
  workspace: WorkspaceInfo;
  docs: { docId: string; state: Uint8Array }[];
  blobs: BlobRow[];
  chunks: BlobChunkRow[];
  people: number;
  app: string;
  now?: number;
};

function record(type: number, ...parts: Uint8Array[]): Uint8Array {
  const len = parts.reduce((n, p) => n + p.length, 0);
  const out = new Uint8Array(5 + len);
  out[0] = type;
  new DataView(out.buffer).setUint32(1, len);
  let off = 5;
  for (const p of parts) (out.set(p, off), (off += p.length));
  return out;
}

function u16str(s: string): Uint8Array {
  const b = enc.encode(s);
  const out = new Uint8Array(2 + b.length);
  new DataView(out.buffer).setUint16(0, b.length);
  out.set(b, 2);
  return out;
}

function u32(n: number): Uint8Array {
  const out = new Uint8Array(4);
  new DataView(out.buffer).setUint32(0, n);
  return out;
}

/**
 * Encodes a workspace as one backup file: magic, u32 header length, header JSON (manifest with counts and the
 * body's SHA-256), then the body records `[type u8][len u32][payload]`. Returns parts for a Blob or a file.
 */
export async function encodeBackup(c: BackupContent): Promise<{ parts: Uint8Array[]; header: BackupHeader }> {
  const body: Uint8Array[] = [
    ...c.docs.map((d) => record(REC_DOC, u16str(d.docId), d.state)),
    ...c.blobs.map((b) => record(REC_BLOB, enc.encode(JSON.stringify(b)))),
    ...c.chunks.map((ch) => record(REC_CHUNK, u16str(ch.blobId), u32(ch.n), ch.data)),
  ];
  const all = new Uint8Array(body.reduce((n, p) => n + p.length, 0));
  let off = 0;
  for (const p of body) (all.set(p, off), (off += p.length));
  const header: BackupHeader = {
    format: 'safeledger-backup',
    version: BACKUP_VERSION,
    createdAt: c.now ?? Date.now(),
    app: c.app,
    workspace: { id: c.workspace.id, name: c.workspace.name, createdAt: c.workspace.createdAt },
    key: toBase64(c.workspace.key),
    ...(c.workspace.rootDeviceId && c.workspace.sync ? {
      sync: {
        rootDeviceId: c.workspace.rootDeviceId, epoch: c.workspace.sync.epoch, secret: toBase64(c.workspace.sync.secret),
        ...(c.workspace.healthKey ? { healthKey: toBase64(c.workspace.healthKey) } : {}),
      },
    } : {}),
    counts: { docs: c.docs.length, blobs: c.blobs.length, chunks: c.chunks.length, people: c.people },
    bodySha256: await sha256Hex(all),
  };
  const h = enc.encode(JSON.stringify(header));
  return { parts: [BACKUP_MAGIC, u32(h.length), h, all], header };
}
