import { describe, expect, it } from 'vitest';
import type { CertificateRow } from '../docs/rows';
import type { CertSchedule } from '../domain/certificates/schedule';
import type { Live } from '../store/live';
import { testWorkspace } from '../store/test-db.testing';
import { createQueryService } from './query-service';

/** The next value of a live query that satisfies `ok`. */
const next = <T>(l: Live<T>, ok: (v: T) => boolean) =>
  new Promise<T>((resolve) => {
    const stop = l.subscribe((v) => {
      if (ok(v)) {
        setTimeout(() => stop());
        resolve(v);
      }
    });
  });

describe('query service', () => {
  it('filters with the pinyin it is given and reads its conditions from URL parameters', () => {
    const w = testWorkspace();
    const q = createQueryService(w.db, (n) => (n === '张三' ? { initials: 'zs', full: 'zhangsan' } : undefined));
    const rows = [{ id: 'p1', workNo: 'A1', name: '张三', idNumber: '', status: 'active', departmentId: 'd1', postId: '' }] as never[];
    expect(q.filter(rows, q.parse({ q: 'zhang', dept: 'd1' })).length).toBe(1);
    expect(q.filter(rows, q.parse({ q: 'zhang', dept: 'd2' })).length).toBe(0);
    expect(q.needsCerts(q.parse({ state: 'none' }))).toBe(true);
    w.close();
  });

  it('saves, renames and deletes named queries; refuses duplicates, empty names and empty queries', async () => {
    const w = testWorkspace();
    const q = createQueryService(w.db, () => undefined);
    const saved = await q.save({ name: '一车间逾期', query: { dept: 'd1', state: 'review-overdue' } });
    expect(saved).toMatchObject({ ok: true, value: { name: '一车间逾期', query: { dept: 'd1', state: 'review-overdue' } } });
    expect(await q.save({ name: ' 一车间逾期 ', query: { state: 'none' } })).toEqual({ ok: false, errors: { name: { key: 'v.query.nameTaken' } } });
    expect(await q.save({ name: '', query: { state: 'none' } })).toMatchObject({ ok: false, errors: { name: { key: 'v.required' } } });
    expect(await q.save({ name: '全部', query: {} })).toMatchObject({ ok: false, errors: { name: { key: 'v.query.empty' } } });
    expect(await q.save({ name: '坏', query: { state: 'lost' } })).toMatchObject({ ok: false });
    await q.save({ name: '无证', query: { state: 'none' } });
    expect(await q.rename(saved.ok ? saved.value.id : '', '无证')).toMatchObject({ ok: false, errors: { name: { key: 'v.query.nameTaken' } } });
    expect(await q.rename(saved.ok ? saved.value.id : '', '一车间复审逾期')).toMatchObject({ ok: true });
    const list = await next(q.saved, (l) => l.length === 2);
    expect(list.map((s) => s.name)).toEqual(['一车间复审逾期', '无证']);
    await q.remove(list[1]!.id);
    expect((await next(q.saved, (l) => l.length === 1))[0]!.name).toBe('一车间复审逾期');
    w.close();
  });

  it('skips a corrupt stored entry instead of failing, and keeps it when writing', async () => {
    const w = testWorkspace();
    const good = { id: 'g', name: '在册', query: { status: 'all' }, createdAt: 1 };
    await w.db.meta.put({ key: 'peopleQueries', value: [good, { id: 'x', name: 42 }, 'junk'] });
    const q = createQueryService(w.db, () => undefined);
    expect((await next(q.saved, () => true)).map((s) => s.id)).toEqual(['g']);
    expect(await q.save({ name: '离职', query: { status: 'left' } })).toMatchObject({ ok: true });
    expect(((await w.db.meta.get('peopleQueries'))!.value as unknown[]).length).toBe(4);
    await w.db.meta.put({ key: 'peopleQueries', value: { not: 'a list' } });
    expect(await next(q.saved, () => true)).toEqual([]);
    w.close();
  });

  it('keeps certificate facts live as certificates change', async () => {
    const w = testWorkspace();
    const q = createQueryService(w.db, () => undefined);
    let calls = 0;
    const schedule = (c: CertificateRow) => (calls++, { state: c.cancelled ? 'cancelled' : 'valid' }) as CertSchedule;
    const facts = q.certFacts(schedule);
    const cert = (id: string, personId: string, over: Partial<CertificateRow> = {}) =>
      ({ id, personId, docId: `person/${personId}`, departmentId: '', kind: 'special-operations', category: '1', item: '1.2', cancelled: false, due: '', dueEvent: '', ...over }) as unknown as CertificateRow;
    await w.db.certificates.bulkPut([cert('c1', 'p1'), cert('c2', 'p2')]);
    expect((await next(facts, (f) => f.size === 2)).get('p1')).toEqual([{ kind: 'special-operations', category: '1', item: '1.2', state: 'valid' }]);
    expect(calls).toBe(2);
    // Only the changed or new row is scheduled again; unchanged rows keep their state.
    const seen = next(facts, (f) => f.get('p2')?.[0]?.state === 'cancelled');
    await w.db.certificates.put(cert('c2', 'p2', { cancelled: true }));
    await seen;
    expect(calls).toBe(3);
    const added = next(facts, (f) => f.has('p3'));
    await w.db.certificates.put(cert('c3', 'p3', { kind: 'hazchem-manager' }));
    expect((await added).get('p3')).toEqual([{ kind: 'hazchem-manager', category: '1', item: '1.2', state: 'valid' }]);
    expect(calls).toBe(4);
    w.close();
  });
});
