import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { MAX_FRAME } from './link';

/** Largest message the reassembler accepts (a whole doc diff or one blob); larger ones close the link. */
export const MAX_MESSAGE = 32 * 1024 * 1024;
/** Bytes reserved for the frame header (kind, message id, index, count as varuints). */
const HEADER = 16;
const PART = MAX_FRAME - HEADER;

/** Splits one message into frames ≤ MAX_FRAME: header (message id, part index, part count) + payload slice. */
export function toFrames(msgId: number, message: Uint8Array): Uint8Array[] {
  const count = Math.max(1, Math.ceil(message.length / PART));
  const frames: Uint8Array[] = [];
  for (let i = 0; i < count; i++) {
    const e = encoding.createEncoder();
    encoding.writeVarUint(e, msgId);
    encoding.writeVarUint(e, i);
    encoding.writeVarUint(e, count);
    encoding.writeUint8Array(e, message.subarray(i * PART, (i + 1) * PART));
    frames.push(encoding.toUint8Array(e));
  }
  return frames;
}

/** Why a frame was refused (the session closes the link and logs it). */
export class FrameError extends Error {}

/**
 * Reassembles messages from frames that may arrive reordered or duplicated. Completed message ids are
 * remembered (bounded) so a duplicated frame never delivers a message twice.
 */
export function createReassembler(deliver: (message: Uint8Array) => void) {
  const partial = new Map<number, { parts: (Uint8Array | undefined)[]; got: number; bytes: number }>();
  const done = new Set<number>();
  let buffered = 0;

  function remember(id: number) {
    done.add(id);
    if (done.size > 8192) done.delete(done.values().next().value!);
  }

  return function push(frame: Uint8Array): void {
    if (frame.length > MAX_FRAME) throw new FrameError(`frame of ${frame.length} bytes`);
    let id: number, index: number, count: number;
    try {
      const d = decoding.createDecoder(frame);
      id = decoding.readVarUint(d);
      index = decoding.readVarUint(d);
      count = decoding.readVarUint(d);
      frame = decoding.readTailAsUint8Array(d);
    } catch {
      throw new FrameError('malformed frame header');
    }
    if (!count || index >= count || count * PART > MAX_MESSAGE + PART) throw new FrameError('bad frame numbering');
    if (done.has(id)) return;
    if (count === 1) {
      remember(id);
      deliver(frame);
      return;
    }
    let p = partial.get(id);
    if (!p) partial.set(id, (p = { parts: new Array(count), got: 0, bytes: 0 }));
    if (p.parts.length !== count) throw new FrameError('inconsistent part count');
    if (p.parts[index]) return;
    p.parts[index] = frame;
    p.got++;
    p.bytes += frame.length;
    buffered += frame.length;
    if (buffered > MAX_MESSAGE * 2) throw new FrameError('too much unfinished data');
    if (p.got < count) return;
    partial.delete(id);
    buffered -= p.bytes;
    remember(id);
    const out = new Uint8Array(p.bytes);
    let at = 0;
    for (const part of p.parts) {
      out.set(part!, at);
      at += part!.length;
    }
    deliver(out);
  };
}
