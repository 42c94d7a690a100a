/** Branded ids: opaque UUID v7 strings, never personal data (Yjs keeps map keys forever). */
declare const brand: unique symbol;
export type Brand<T, B extends string> = T & { readonly [brand]: B };

export type PersonId = Brand<string, 'PersonId'>;
export type DepartmentId = Brand<string, 'DepartmentId'>;
export type PostId = Brand<string, 'PostId'>;
export type BlobId = Brand<string, 'BlobId'>;

/** Bytes from the platform CSPRNG, drawn 4 KiB at a time (one call per id made bulk imports slow). */
let pool = new Uint8Array(0);
let used = 0;
function secureRandom(n: number): Uint8Array {
  if (used + n > pool.length) {
    pool = crypto.getRandomValues(new Uint8Array(4096));
    used = 0;
  }
  used += n;
  return pool.slice(used - n, used);
}

/**
 * UUID v7 (RFC 9562): 48-bit ms timestamp, then random bits, so ids sort by creation time.
 * `now` and `random` are injectable so the seed is deterministic.
 */
export function newId<T extends string = string>(
  now: number = Date.now(),
  random: (n: number) => Uint8Array = secureRandom,
): T {
  const b = random(16);
  let t = now;
  for (let i = 5; i >= 0; i--) {
    b[i] = t % 256;
    t = Math.floor(t / 256);
  }
  b[6] = (b[6]! & 0x0f) | 0x70;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const h = Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}` as T;
}

export const ID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
