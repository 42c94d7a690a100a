import { describe, expect, it } from 'vitest';
import { effectiveRules } from '../certificates/effective-rules';
import { loadRulePack } from '../certificates/load-rule-pack';
import { certificateSchedule } from '../certificates/schedule';
import { certificateLedger } from './certificate-ledger';
import { cert, person } from './compliance.testing';
import { filterLedger } from './filter-ledger';

const rules = effectiveRules(loadRulePack());
const TODAY = '2025-06-01';
const people = [
  person('a', { name: '张三', workNo: 'E002', departmentId: 'd1', postId: 'p1' }),
  person('b', { name: '李四', workNo: 'E001', departmentId: 'd2', postId: 'p2' }),
];
const certs = [
  cert('c1', 'a', { number: 'T110105194912310021', firstIssueDate: '2024-01-01' }), // review 2027-01-01
  cert('c2', 'a', { category: '2', item: '2.1', number: 'WELD-7', firstIssueDate: '2022-06-20' }), // review 2025-06-20 → 19 days
  cert('c3', 'b', { firstIssueDate: '2018-01-10' }), // expired 2024-01-10
  cert('c4', 'b', { kind: 'hazchem-manager', category: undefined, item: undefined, number: 'AQ-1', firstIssueDate: '2024-02-01' }), // yellow
  cert('c5', 'b', { cancelled: true, number: 'OLD-1' }),
];
const rows = certificateLedger(certs, people, (c) => certificateSchedule(c, TODAY, rules));
const ids = (f: Parameters<typeof filterLedger>[1], holders?: Set<string>) => filterLedger(rows, f, holders).map((r) => r.id);

describe('certificateLedger', () => {
  it('joins holders and schedules, most urgent first, cancelled last', () => {
    expect(rows.map((r) => r.id)).toEqual(['c3', 'c2', 'c1', 'c4', 'c5']);
    expect(rows[1]).toMatchObject({ name: '张三', workNo: 'E002', departmentId: 'd1', postId: 'p1', state: 'review-due', dueDate: '2025-06-20', daysLeft: 19, bucket: 30 });
    expect(rows[0]).toMatchObject({ state: 'expired', bucket: 'overdue', expiry: '2024-01-10' });
    expect(rows.find((r) => r.id === 'c4')).toMatchObject({ colour: 'yellow', state: 'valid' });
    expect(rows.at(-1)).toMatchObject({ id: 'c5', state: 'cancelled', dueDate: null, bucket: 'none' });
  });
});

describe('filterLedger', () => {
  it('combines department, post, kind, category, item and state', () => {
    expect(ids({ departmentId: 'd1' })).toEqual(['c2', 'c1']);
    expect(ids({ postId: 'p2', kind: 'special-operations' })).toEqual(['c3', 'c5']);
    expect(ids({ category: '2' })).toEqual(['c2']);
    expect(ids({ category: '1', item: '1.2', state: 'valid' })).toEqual(['c1']);
    expect(ids({ state: 'yellow' })).toEqual(['c4']);
    expect(ids({ state: 'expired', departmentId: 'd1' })).toEqual([]);
  });

  it('reminder buckets are cumulative up to N days; overdue apart', () => {
    expect(ids({ bucket: '30' })).toEqual(['c2']);
    expect(ids({ bucket: '7' })).toEqual([]);
    expect(ids({ bucket: 'overdue' })).toEqual(['c3']);
    expect(ids({ bucket: '90' })).toEqual(['c2']);
  });

  it('searches the certificate number, and the holder through the people search result', () => {
    expect(ids({ q: 'weld' })).toEqual(['c2']);
    expect(ids({ q: '李四' })).toEqual(['c3', 'c4', 'c5']);
    expect(ids({ q: 'ls' }, new Set(['b']))).toEqual(['c3', 'c4', 'c5']);
    expect(ids({ q: 'ls' })).toEqual([]);
    expect(ids({ q: 'aq', departmentId: 'd2' }, new Set())).toEqual(['c4']);
  });
});
