import { describe, expect, it } from 'vitest';
import type { CertificateRow, PersonRow } from '../../docs/rows';
import type { CertState } from '../../domain/certificates/schedule';
import { certFactsIndex } from './cert-facts';
import { filterPeople, type NamePinyin } from './filter-people';

const row = (workNo: string, name: string, over: Partial<PersonRow> = {}) =>
  ({ id: workNo, workNo, name, idNumber: '110101200001010010', status: 'active', departmentId: 'd1', postId: '', ...over }) as PersonRow;
const cert = (personId: string, over: Partial<CertificateRow> & { state: CertState }) =>
  ({ id: `${personId}-${Math.random()}`, personId, kind: 'special-operations', category: '1', item: '1.1', ...over }) as CertificateRow & { state: CertState };
const index = (certs: (CertificateRow & { state: CertState })[]) => certFactsIndex(certs, (c) => (c as unknown as { state: CertState }).state);
const ids = (rows: PersonRow[]) => rows.map((r) => r.workNo);

describe('filterPeople', () => {
  const rows = [
    row('A2', '张三', { phone: '13800138000' }),
    row('A1', '李四', { status: 'left', departmentId: 'd2' as never }),
    row('B1', '王五', { idNumber: '32010219850110003X', postId: 'p1' as never }),
    row('B2', '单田芳', { departmentId: 'd2' as never }),
  ];
  const py: Record<string, NamePinyin> = {
    张三: { initials: 'zs', full: 'zhangsan' }, 李四: { initials: 'ls', full: 'lisi' },
    王五: { initials: 'ww', full: 'wangwu' }, 单田芳: { initials: 'stf', full: 'shantianfang' },
  };
  const pinyin = (n: string) => py[n];

  it('searches name, 工号, ID fragment, phone, pinyin initials and full pinyin prefix', () => {
    const q = (q: string) => ids(filterPeople(rows, { q, status: 'all' }, { pinyin }));
    expect(q('张')).toEqual(['A2']);
    expect(q('a')).toEqual(['A1', 'A2']); // 工号 only: 'a' starts no pinyin here
    expect(q('0003x')).toEqual(['B1']);
    expect(q('138001')).toEqual(['A2']);
    expect(q('zs')).toEqual(['A2']);
    expect(q('wang')).toEqual(['B1']);
    expect(q('shant')).toEqual(['B2']);
    expect(q('s')).toEqual(['B2']); // initials 'stf' and full 'shan…'; 张三's 's' is not at the start
    expect(q('  ZS ')).toEqual(['A2']);
    expect(q('ang')).toEqual([]); // inside a syllable: no match
  });

  it('without the pinyin dictionary, latin text matches only 工号 and ID letters', () => {
    expect(ids(filterPeople(rows, { q: 'zs', status: 'all' }))).toEqual([]);
  });

  it('defaults to 在职; status all shows everyone', () => {
    expect(ids(filterPeople(rows, {}))).toEqual(['A2', 'B1', 'B2']);
    expect(ids(filterPeople(rows, { status: 'all' }))).toEqual(['A1', 'A2', 'B1', 'B2']);
    expect(ids(filterPeople(rows, { status: 'left' }))).toEqual(['A1']);
  });

  it('combines department, post, status and text with AND', () => {
    expect(ids(filterPeople(rows, { dept: 'd1' }))).toEqual(['A2', 'B1']);
    expect(ids(filterPeople(rows, { dept: 'd1', post: 'p1' }))).toEqual(['B1']);
    expect(ids(filterPeople(rows, { dept: 'd2', status: 'all' }))).toEqual(['A1', 'B2']);
    expect(ids(filterPeople(rows, { dept: 'd2', status: 'all', q: '李' }))).toEqual(['A1']);
    expect(ids(filterPeople(rows, { dept: 'd2', q: '张' }))).toEqual([]);
  });

  it('matches certificate conditions on one and the same certificate', () => {
    const facts = index([
      cert('A2', { state: 'valid', category: '1', item: '1.1' }),
      cert('A2', { state: 'expired', category: '4', item: '4.1' }),
      cert('B1', { state: 'review-due', category: '1', item: '1.2' }),
      cert('A1', { state: 'review-overdue', kind: 'hazchem-manager', category: undefined, item: undefined }),
    ]);
    const f = (q: Parameters<typeof filterPeople>[1]) => ids(filterPeople(rows, { status: 'all', ...q }, { facts }));
    expect(f({ state: 'expired' })).toEqual(['A2']);
    expect(f({ cat: '1' })).toEqual(['A2', 'B1']);
    expect(f({ cat: '1', item: '1.2' })).toEqual(['B1']);
    expect(f({ cat: '1', state: 'expired' })).toEqual([]); // A2's expired card is category 4, not 1
    expect(f({ cat: '4', state: 'expired' })).toEqual(['A2']);
    expect(f({ kind: 'hazchem-manager' })).toEqual(['A1']);
    expect(f({ kind: 'hazchem-manager', state: 'review-overdue', status: 'active' })).toEqual([]); // A1 has left
    expect(f({ state: 'none' })).toEqual(['B2']);
    expect(f({ state: 'none', kind: 'hazchem-manager' })).toEqual(['A2', 'B1', 'B2']); // no card of that kind
    expect(f({ state: 'review-due', dept: 'd1', q: 'ww' })).toEqual([]); // no pinyin given
    expect(ids(filterPeople(rows, { state: 'review-due', dept: 'd1', q: 'ww' }, { facts, pinyin }))).toEqual(['B1']);
  });

  it('shows nobody for a certificate condition until the facts are there (not everyone)', () => {
    expect(filterPeople(rows, { state: 'none' })).toEqual([]);
    expect(filterPeople(rows, { cat: '1' })).toEqual([]);
  });

  it('filters 2,000 people with 6,000 certificates correctly (time printed, not asserted)', () => {
    const STATES: CertState[] = ['valid', 'review-due', 'review-overdue', 'expired', 'cancelled'];
    const people: PersonRow[] = [];
    const certs: (CertificateRow & { state: CertState })[] = [];
    for (let i = 0; i < 2000; i++) {
      const workNo = `W${String(i).padStart(4, '0')}`;
      people.push(row(workNo, `测试${i}`, {
        departmentId: `d${i % 40}` as never, postId: `p${i % 150}` as never, status: i % 10 === 9 ? 'left' : 'active',
        idNumber: `3201021985${String(i).padStart(4, '0')}123X`,
      }));
      // Every fourth person has none; the others four each: 6,000 certificates.
      if (i % 4 !== 3) for (let k = 0; k < 4; k++) certs.push(cert(workNo, { state: STATES[(i + k) % 5]!, category: String(1 + ((i + k) % 10)), item: `${1 + ((i + k) % 10)}.${k % 3}` }));
    }
    expect(certs.length).toBe(6000);
    const t0 = performance.now();
    const facts = index(certs);
    const tIndex = performance.now() - t0;
    const has = new Set(certs.map((c) => c.personId));
    const expected = people.filter((p) => p.departmentId === 'd5' && p.status === 'active'
      && certs.some((c) => c.personId === p.id && c.state === 'expired' && c.category === '9')).map((p) => p.workNo);
    const times: number[] = [];
    const run = <T,>(fn: () => T) => {
      const s = performance.now();
      const r = fn();
      times.push(performance.now() - s);
      return r;
    };
    for (let rep = 0; rep < 5; rep++) {
      expect(ids(run(() => filterPeople(people, { dept: 'd5', state: 'expired', cat: '9' }, { facts })))).toEqual(expected);
      expect(run(() => filterPeople(people, { state: 'none', status: 'all' }, { facts })).length).toBe(2000 - has.size);
      expect(ids(run(() => filterPeople(people, { q: '19850123', status: 'all' }, { facts })))).toEqual(['W0123']);
      expect(run(() => filterPeople(people, { q: '测试1', dept: 'd1' }, { facts })).every((p) => p.departmentId === 'd1' && p.name.includes('测试1'))).toBe(true);
    }
    expect(expected.length).toBeGreaterThan(0);
    expect(filterPeople(people, { dept: 'd5', state: 'valid', cat: '9' }, { facts })).toEqual([]); // 9 is only ever expired
    times.sort((a, b) => a - b);
    console.log(`filterPeople at 2,000 people / 6,000 certificates: index ${tIndex.toFixed(1)} ms, filter median ${times[times.length >> 1]!.toFixed(2)} ms, max ${times.at(-1)!.toFixed(2)} ms`);
  });
});
