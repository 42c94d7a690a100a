import { AppError } from '../../domain/app-error';
import { byteReader, byteWriter } from './byte-codec';
import { BUNDLE_VERSION, MAX_HEADER, MAX_PART, MAX_SIG } from './bundle-format';

/** The outer frame shared by bundles and summaries: magic ‖ u8 version ‖ header JSON ‖ signature ‖ sealed body. */
export type Envelope = { headerBytes: Uint8Array; header: unknown; sig: Uint8Array; body: Uint8Array };

/** Encodes the frame; `headerBytes` are signed as they are, so they are stored verbatim. */
export function encodeEnvelope(magic: Uint8Array, headerBytes: Uint8Array, sig: Uint8Array, body: Uint8Array): Uint8Array {
  return byteWriter().raw(magic).u8(BUNDLE_VERSION).bytes(headerBytes).bytes(sig).bytes(body).done();
}

/**
 * Reads the frame, checking magic, version and every length; the header is parsed as JSON but not yet
 * validated. Throws AppError('bundle.badFile') (not one of ours, or truncated) or ('bundle.newerVersion').
 */
export function decodeEnvelope(file: Uint8Array, magic: Uint8Array): Envelope {
  if (file.length < magic.length + 1 || magic.some((b, i) => file[i] !== b)) throw new AppError('bundle.badFile', undefined, { why: 'magic' });
  const r = byteReader(file.subarray(magic.length));
  const version = r.u8();
  if (version > BUNDLE_VERSION) throw new AppError('bundle.newerVersion');
  if (version !== BUNDLE_VERSION) throw new AppError('bundle.badFile', undefined, { why: 'version' });
  try {
    const headerBytes = r.bytes(MAX_HEADER);
    const sig = r.bytes(MAX_SIG);
    const body = r.bytes(MAX_PART);
    if (r.left() !== 0) throw new RangeError('trailing bytes');
    return { headerBytes, header: JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(headerBytes)), sig, body };
  } catch {
    throw new AppError('bundle.badFile', undefined, { why: 'frame' });
  }
}

/** Refuses a file of another workspace, or one sealed under another key epoch than this device's. */
export function checkSameWorkspace(header: { workspaceId: string; epoch: number | null }, ws: { id: string; sync?: { epoch: number } }): void {
  if (header.workspaceId !== ws.id) throw new AppError('bundle.otherWorkspace');
  if (header.epoch !== (ws.sync ? ws.sync.epoch : null)) throw new AppError('bundle.otherEpoch');
}

/** What the exporter signs: a label ‖ the header bytes (which hold the body's length and SHA-256). */
export function bundleSignedBytes(headerBytes: Uint8Array): Uint8Array {
  const label = new TextEncoder().encode('safeledger-bundle-v1\n');
  const out = new Uint8Array(label.length + headerBytes.length);
  out.set(label);
  out.set(headerBytes, label.length);
  return out;
}
