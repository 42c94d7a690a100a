import * as Y from 'yjs';
import { fromBase64 } from '../../crypto/base64';
import { sha256Hex } from '../../crypto/sha256';
import { AppError } from '../../domain/app-error';
import { parseDocId, type DocId } from '../../docs/doc-id';
import type { BlobChunkRow, BlobRow } from '../db';
import { BackupHeader, BACKUP_MAGIC, BlobMeta, MAX_RECORD, REC_BLOB, REC_CHUNK, REC_DOC } from './backup-format';

const dec = new TextDecoder('utf-8', { fatal: true });

export type DecodedBackup = {
  header: BackupHeader;
  key: Uint8Array;
  docs: { docId: DocId; state: Uint8Array; doc: Y.Doc }[];
  blobs: BlobRow[];
  chunks: BlobChunkRow[];
};

const corrupt = (why: string) => new AppError('e.backup.corrupt', undefined, { why });

/**
 * Reads and checks a backup file completely before anything is written: magic (else 'e.backup.foreign'),
 * manifest schema, body hash, every record's bounds, doc ids, that every doc state loads, and the counts.
 */
export async function decodeBackup(file: Uint8Array): Promise<DecodedBackup> {
  if (file.length < BACKUP_MAGIC.length + 4 || BACKUP_MAGIC.some((b, i) => file[i] !== b)) {
    throw new AppError('e.backup.foreign');
  }
  const view = new DataView(file.buffer, file.byteOffset, file.byteLength);
  const hLen = view.getUint32(BACKUP_MAGIC.length);
  const hStart = BACKUP_MAGIC.length + 4;
  if (hLen > 1_000_000 || hStart + hLen > file.length) throw corrupt('header');
  let header: BackupHeader;
  try {
    header = BackupHeader.parse(JSON.parse(dec.decode(file.subarray(hStart, hStart + hLen))));
  } catch {
    throw corrupt('header');
  }
  const body = file.subarray(hStart + hLen);
  if ((await sha256Hex(body)) !== header.bodySha256) throw corrupt('hash');

  const out: DecodedBackup = { header, key: fromBase64(header.key), docs: [], blobs: [], chunks: [] };
  const bv = new DataView(body.buffer, body.byteOffset, body.byteLength);
  let off = 0;
  const str16 = (p: Uint8Array) => {
    if (p.length < 2) throw corrupt('record');
    const n = new DataView(p.buffer, p.byteOffset).getUint16(0);
    if (2 + n > p.length) throw corrupt('record');
    return { s: dec.decode(p.subarray(2, 2 + n)), rest: p.subarray(2 + n) };
  };
  try {
    while (off < body.length) {
      if (off + 5 > body.length) throw corrupt('record');
      const type = body[off]!;
      const len = bv.getUint32(off + 1);
      if (len > MAX_RECORD || off + 5 + len > body.length) throw corrupt('record');
      const p = body.subarray(off + 5, off + 5 + len);
      off += 5 + len;
      if (type === REC_DOC) {
        const { s, rest } = str16(p);
        const parsed = parseDocId(s);
        if (!parsed) throw corrupt('docId');
        const doc = new Y.Doc();
        Y.applyUpdate(doc, rest);
        // A self-contained state never leaves structs waiting for missing updates.
        if (doc.store.pendingStructs || doc.store.pendingDs) throw corrupt('doc');
        out.docs.push({ docId: parsed.id, state: rest.slice(), doc });
      } else if (type === REC_BLOB) {
        out.blobs.push(BlobMeta.parse(JSON.parse(dec.decode(p))) as BlobRow);
      } else if (type === REC_CHUNK) {
        const { s, rest } = str16(p);
        if (rest.length < 4) throw corrupt('record');
        out.chunks.push({ blobId: s, n: new DataView(rest.buffer, rest.byteOffset).getUint32(0), data: rest.slice(4) });
      } else throw corrupt('record');
    }
  } catch (e) {
    out.docs.forEach((d) => d.doc.destroy());
    throw e instanceof AppError ? e : corrupt('record');
  }
  const c = header.counts;
  if (out.docs.length !== c.docs || out.blobs.length !== c.blobs || out.chunks.length !== c.chunks) throw corrupt('counts');
  return out;
}
