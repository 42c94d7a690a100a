import { describe, expect, it } from 'vitest';
import { testWorkspace } from './test-db.testing';
import { throttledLive } from './throttled-live';

describe('throttledLive', () => {
  it('reads once at once, then at most once per interval during a burst of commits, ending on the final state', async () => {
    const { db, close } = testWorkspace();
    let reads = 0;
    const seen: number[] = [];
    const stop = throttledLive(db, ['departments'], async () => {
      reads++;
      return db.departments.count();
    }, 100).subscribe((n) => seen.push(n));
    await new Promise((r) => setTimeout(r, 20));
    expect(seen).toEqual([0]);
    for (let i = 0; i < 20; i++) await db.departments.put({ id: `d${i}` as never, docId: 'org' as never, name: `部门${i}`, code: 'AA' });
    await new Promise((r) => setTimeout(r, 300));
    expect(seen.at(-1)).toBe(20);
    expect(reads).toBeLessThan(8);
    // Changes to other tables do not trigger a read.
    const before = reads;
    await db.posts.put({ id: 'p' as never, docId: 'org' as never, name: '岗位', departmentId: '', qualifications: [] });
    await new Promise((r) => setTimeout(r, 200));
    expect(reads).toBe(before);
    stop();
    await db.departments.put({ id: 'late' as never, docId: 'org' as never, name: '晚', code: 'BB' });
    await new Promise((r) => setTimeout(r, 200));
    expect(reads).toBe(before);
    close();
  });
});
