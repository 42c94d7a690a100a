import { hash64 } from '../docs/doc-state-hash';
import type { DocId } from '../docs/doc-id';

/** Number of buckets: equal workspaces compare in one round of 256 × 8 bytes. */
export const BUCKETS = 256;
const utf8 = new TextEncoder();

/** The bucket of a doc id (stable on every device). */
export function bucketOf(docId: string): number {
  return parseInt(hash64(utf8.encode(docId)).slice(0, 2), 16);
}

/** Docs grouped by bucket, each bucket sorted by id. */
export function groupByBucket(docs: Map<DocId, string>): [DocId, string][][] {
  const groups: [DocId, string][][] = Array.from({ length: BUCKETS }, () => []);
  for (const [id, h] of docs) groups[bucketOf(id)]!.push([id, h]);
  for (const g of groups) g.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  return groups;
}

/** 256 bucket hashes (8 bytes each) over the docs' state hashes. */
export function bucketHashes(groups: [DocId, string][][]): Uint8Array {
  const out = new Uint8Array(BUCKETS * 8);
  groups.forEach((g, i) => {
    if (!g.length) return;
    const h = hash64(utf8.encode(g.map(([id, dh]) => `${id}:${dh}`).join('\n')));
    for (let j = 0; j < 8; j++) out[i * 8 + j] = parseInt(h.slice(j * 2, j * 2 + 2), 16);
  });
  return out;
}

/** Indices of buckets whose hashes differ. */
export function differingBuckets(mine: Uint8Array, theirs: Uint8Array): number[] {
  const out: number[] = [];
  for (let i = 0; i < BUCKETS; i++) {
    for (let j = 0; j < 8; j++) {
      if (mine[i * 8 + j] !== theirs[i * 8 + j]) {
        out.push(i);
        break;
      }
    }
  }
  return out;
}
