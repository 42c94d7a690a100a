import type { BlobRow } from '../../store/db';
import { byteReader, byteWriter, type ByteReader, type ByteWriter } from './byte-codec';
import { MAX_PART } from './bundle-format';

/** Docs and blobs of one section (the main one, or the health one sealed under the health key). */
export type BundleSection = {
  docs: { docId: string; update: Uint8Array }[];
  blobs: { row: BlobRow; chunks: Uint8Array[] }[];
};

/** u32 docs ‖ (docId, update)* ‖ u32 blobs ‖ (row JSON, chunk*)*. */
export function writeSection(w: ByteWriter, s: BundleSection): ByteWriter {
  w.u32(s.docs.length);
  for (const d of s.docs) w.str(d.docId).bytes(d.update);
  w.u32(s.blobs.length);
  for (const b of s.blobs) {
    w.str(JSON.stringify(b.row));
    b.chunks.forEach((c) => w.bytes(c));
  }
  return w;
}

/**
 * Reads a section; rows are parsed as JSON only (the caller validates them). `chunkCount(row)` says how many
 * chunks follow a row, checked so a forged count cannot make the reader run away.
 */
export function readSection(r: ByteReader, chunkCount: (row: unknown) => number): { docs: BundleSection['docs']; blobs: { row: unknown; chunks: Uint8Array[] }[] } {
  const docs: BundleSection['docs'] = [];
  for (let i = r.u32(); i > 0; i--) docs.push({ docId: r.str(200), update: r.bytes(MAX_PART) });
  const blobs: { row: unknown; chunks: Uint8Array[] }[] = [];
  for (let i = r.u32(); i > 0; i--) {
    const row: unknown = JSON.parse(r.str(2000));
    const n = chunkCount(row);
    const chunks: Uint8Array[] = [];
    for (let j = 0; j < n; j++) chunks.push(r.bytes(MAX_PART));
    blobs.push({ row, chunks });
  }
  return { docs, blobs };
}

/** A whole section as bytes (the health section before sealing). */
export function encodeSection(s: BundleSection): Uint8Array {
  return writeSection(byteWriter(), s).done();
}

/** Reads a whole section; trailing bytes are an error. */
export function decodeSection(bytes: Uint8Array, chunkCount: (row: unknown) => number) {
  const r = byteReader(bytes);
  const s = readSection(r, chunkCount);
  if (r.left() !== 0) throw new RangeError('trailing bytes');
  return s;
}
