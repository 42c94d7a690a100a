import * as Y from 'yjs';

/**
 * A 64-bit hash (hex) of a doc's state: its state vector AND its delete set. Deleting in Yjs adds no struct, so
 * two replicas with equal state vectors may still differ; the snapshot covers both. Both encodings sort by
 * client, so equal states hash equally on every device. Not a security measure: a peer is trusted to send
 * what it has, and this only finds docs worth comparing.
 */
export function docStateHash(doc: Y.Doc): string {
  return hash64(Y.encodeSnapshot(Y.snapshot(doc)));
}

/** cyrb53-style 64-bit hash of bytes, as 16 hex digits. */
export function hash64(bytes: Uint8Array): string {
  let h1 = 0xdeadbeef ^ bytes.length;
  let h2 = 0x41c6ce57 ^ bytes.length;
  for (let i = 0; i < bytes.length; i++) {
    const c = bytes[i]!;
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (h2 >>> 0).toString(16).padStart(8, '0') + (h1 >>> 0).toString(16).padStart(8, '0');
}
