import { describe, expect, it } from 'vitest';
import { managersNoticeLine, unlicensedNoticeLines } from './notice-lines';
import type { UnlicensedFinding } from './unlicensed';

const base = { personId: 'a', name: '王五', workNo: 'E9', departmentId: 'd1', postId: 'p1', postName: '电工' };

describe('notice lines (整改通知书)', () => {
  it('writes the missing certificate and the reason in Chinese, with the legal basis', () => {
    const fs: UnlicensedFinding[] = [
      { ...base, qualification: 'so:1:1.2', reason: 'none' },
      { ...base, qualification: 'kind:hazchem-manager', reason: 'expired', certificate: { id: 'c', number: 'AQ-1', expiry: '2024-01-01', dueDate: null } },
      { ...base, qualification: 'kind:other:特种设备-叉车', reason: 'cancelled', certificate: { id: 'd', number: 'F-1', expiry: null, dueDate: null } },
    ];
    const lines = unlicensedNoticeLines(fs, (id) => (id === 'd1' ? '机修车间' : ''));
    expect(lines.map((l) => l.missing)).toEqual([
      '特种作业操作证（1.2 低压电工作业）',
      '危险化学品单位安全生产管理人员安全合格证（证书已过期，证号 AQ-1）',
      '特种设备-叉车（证书已注销，证号 F-1）',
    ]);
    expect(lines[0]).toMatchObject({ kind: 'unlicensed', person: '王五', workNo: 'E9', department: '机修车间', post: '电工' });
    expect(lines[0]!.basis).toContain('第三十条');
    expect(lines[1]!.basis).toContain('第二十七条');
    expect(lines[2]!.basis).toBe('');
  });

  it('turns a shortfall into a finding, and nothing when the check passes', () => {
    const rule = { id: 'x', value: 2, version: 'v', status: 'unverified' as const, source: 'PRODUCT C4' };
    const short = { applicable: true as const, basis: 'industry' as const, required: 2, count: 1, short: 1, ok: false, counted: [], notCounted: [], rule };
    expect(managersNoticeLine(short)).toMatchObject({ kind: 'hazchem-managers', required: 2, actual: 1, basis: expect.stringContaining('第二十七条') });
    expect(managersNoticeLine({ ...short, count: 2, short: 0, ok: true })).toBeUndefined();
    expect(managersNoticeLine({ applicable: false, reason: 'not-hazchem' })).toBeUndefined();
  });
});
