/**
 * A tiny length-prefixed binary codec for bundle files: big-endian u8/u32, byte strings and UTF-8 strings.
 * The reader checks every length against what is left, so a truncated or forged file fails with a RangeError
 * instead of reading past its end.
 */
const utf8 = new TextEncoder();
const utf8Strict = new TextDecoder('utf-8', { fatal: true });

export type ByteWriter = {
  u8(n: number): ByteWriter;
  u32(n: number): ByteWriter;
  raw(b: Uint8Array): ByteWriter;
  /** u32 length ‖ bytes. */
  bytes(b: Uint8Array): ByteWriter;
  /** u32 length ‖ UTF-8. */
  str(s: string): ByteWriter;
  done(): Uint8Array;
};

/** A growing writer; `done()` joins the parts into one array. */
export function byteWriter(): ByteWriter {
  const parts: Uint8Array[] = [];
  const u32b = (n: number) => {
    const b = new Uint8Array(4);
    new DataView(b.buffer).setUint32(0, n);
    return b;
  };
  const w: ByteWriter = {
    u8: (n) => (parts.push(Uint8Array.of(n)), w),
    u32: (n) => (parts.push(u32b(n)), w),
    raw: (b) => (parts.push(b), w),
    bytes: (b) => (parts.push(u32b(b.length), b), w),
    str: (s) => w.bytes(utf8.encode(s)),
    done() {
      const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
      let off = 0;
      for (const p of parts) (out.set(p, off), (off += p.length));
      return out;
    },
  };
  return w;
}

export type ByteReader = {
  u8(): number;
  u32(): number;
  raw(n: number): Uint8Array;
  bytes(max?: number): Uint8Array;
  str(max?: number): string;
  /** Bytes not read yet. */
  left(): number;
};

/** A bounds-checked reader over `buf`; `bytes()` returns copies, so the result never aliases the file. */
export function byteReader(buf: Uint8Array): ByteReader {
  const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  let off = 0;
  const need = (n: number) => {
    if (n < 0 || off + n > buf.length) throw new RangeError('byteReader: past the end');
  };
  const r: ByteReader = {
    u8: () => (need(1), buf[off++]!),
    u32: () => (need(4), (off += 4), view.getUint32(off - 4)),
    raw: (n) => (need(n), (off += n), buf.slice(off - n, off)),
    bytes(max = Infinity) {
      const n = r.u32();
      if (n > max) throw new RangeError('byteReader: field too long');
      return r.raw(n);
    },
    str: (max = 10_000) => utf8Strict.decode(r.bytes(max)),
    left: () => buf.length - off,
  };
  return r;
}
