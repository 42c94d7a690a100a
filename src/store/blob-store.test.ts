import { describe, expect, it } from 'vitest';
import { randomBytes } from '../crypto/bytes';
import { createBlobStore } from './blob-store';
import { testWorkspace } from './test-db.testing';

describe('blob store', () => {
  it('chunks, encrypts, dedupes and verifies content', async () => {
    const w = testWorkspace();
    const blobs = createBlobStore(w.db, randomBytes(32));
    const bytes = randomBytes(150_000);
    const id = await blobs.put(bytes, 'image/jpeg');
    expect(await blobs.put(bytes, 'image/jpeg')).toBe(id);
    expect(await w.db.blobChunks.count()).toBe(3);
    for (const c of await w.db.blobChunks.toArray()) expect(c.data.length).toBeLessThanOrEqual(64_000);
    expect((await blobs.get(id)).bytes).toEqual(bytes);
    const c = (await w.db.blobChunks.toArray())[1]!;
    c.data[40]! ^= 1;
    await w.db.blobChunks.put(c);
    await expect(blobs.get(id)).rejects.toThrow();
    w.close();
  });
});
