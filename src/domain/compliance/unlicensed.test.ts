import { describe, expect, it } from 'vitest';
import { effectiveRules } from '../certificates/effective-rules';
import { loadRulePack } from '../certificates/load-rule-pack';
import { certificateSchedule } from '../certificates/schedule';
import { cert, person } from './compliance.testing';
import { findingsByDepartment } from './findings-by-department';
import { unlicensed } from './unlicensed';

const rules = effectiveRules(loadRulePack());
const TODAY = '2025-06-01';
const electrician = { id: 'p1', name: '电工', qualifications: ['so:1:1.2'] };
const run = (people: Parameters<typeof unlicensed>[0], certs: Parameters<typeof unlicensed>[2], posts = [electrician]) =>
  unlicensed(people, posts, certs, TODAY, rules);
const brief = (fs: ReturnType<typeof unlicensed>) => fs.map((f) => `${f.personId}:${f.qualification}:${f.reason}`);

describe('unlicensed (无证上岗)', () => {
  it('lists the person without a card and the one whose card expired, not the one with a valid card', () => {
    const people = [person('a'), person('b'), person('c')];
    const certs = [cert('ca', 'a'), cert('cb', 'b', { firstIssueDate: '2018-01-10' })]; // b: 6-year validity ended 2024-01-10
    const fs = run(people, certs);
    expect(brief(fs)).toEqual(['b:so:1:1.2:expired', 'c:so:1:1.2:none']);
    expect(fs[0]).toMatchObject({ name: '人员b', workNo: 'Wb', departmentId: 'd1', postName: '电工', certificate: { id: 'cb', number: 'T-cb', expiry: '2024-01-10' } });
    expect(fs[1]!.certificate).toBeUndefined();
  });

  it('counts 待复审 as held, 复审逾期 and 已注销 as not, and explains with the latest card', () => {
    // Issued 2022-07-01: review due 2025-07-01, window open on 2025-06-01 → review-due, still held.
    const reviewDue = cert('c1', 'a', { firstIssueDate: '2022-07-01' });
    // Issued 2022-03-01: review due 2025-03-01 missed → review-overdue.
    const overdue = cert('c2', 'b', { firstIssueDate: '2022-03-01' });
    const old = cert('c3', 'c', { firstIssueDate: '2015-01-01' });
    const cancelled = cert('c4', 'c', { firstIssueDate: '2024-01-01', cancelled: true });
    expect(certificateSchedule(reviewDue, TODAY, rules).state).toBe('review-due');
    const fs = run([person('a'), person('b'), person('c')], [reviewDue, overdue, old, cancelled]);
    expect(brief(fs)).toEqual(['b:so:1:1.2:review-overdue', 'c:so:1:1.2:cancelled']);
    expect(fs[1]!.certificate?.id).toBe('c4');
  });

  it('a valid card of another item, or of another kind, does not count; any item counts for a category requirement', () => {
    const certs = [cert('c1', 'a', { item: '1.1' }), cert('c2', 'b', { kind: 'other', kindName: '低压电工作业', category: undefined, item: undefined })];
    expect(brief(run([person('a'), person('b')], certs))).toEqual(['a:so:1:1.2:none', 'b:so:1:1.2:none']);
    expect(run([person('a')], certs, [{ id: 'p1', name: '电工', qualifications: ['so:1'] }])).toEqual([]);
  });

  it('skips people who are not active, posts without requirements and legacy free text', () => {
    const posts = [electrician, { id: 'p2', name: '文员', qualifications: [] }, { id: 'p3', name: '叉车司机', qualifications: ['特种设备-叉车'] }];
    const people = [person('a', { status: 'away' }), person('b', { status: 'left' }), person('c', { postId: 'p2' }), person('d', { postId: 'p3' }), person('e', { postId: '' })];
    expect(run(people, [], posts)).toEqual([]);
  });

  it('hazchem: a red (accident-linked) card does not count; other certificates match by name', () => {
    const posts = [{ id: 'p1', name: '安全员', qualifications: ['kind:hazchem-manager', 'kind:other:特种设备-叉车'] }];
    const hc = (id: string, who: string, v = {}) => cert(id, who, { kind: 'hazchem-manager', category: undefined, item: undefined, firstIssueDate: '2025-01-10', ...v });
    const fork = (id: string, who: string) => cert(id, who, { kind: 'other', kindName: ' 特种设备-叉车 ', category: undefined, item: undefined, validityYears: 4 });
    const certs = [hc('h1', 'a'), fork('f1', 'a'), hc('h2', 'b', { linkedToAccident: true }), fork('f2', 'b')];
    expect(brief(run([person('a'), person('b')], certs, posts))).toEqual(['b:kind:hazchem-manager:hazchem-red']);
  });

  it('sorts by department then 工号 and counts people per department', () => {
    const people = [person('z', { departmentId: 'd2' }), person('b'), person('a')];
    const posts = [{ id: 'p1', name: '电焊工', qualifications: ['so:1:1.2', 'so:2:2.1'] }];
    const fs = run(people, [], posts);
    expect(brief(fs)).toEqual(['a:so:1:1.2:none', 'a:so:2:2.1:none', 'b:so:1:1.2:none', 'b:so:2:2.1:none', 'z:so:1:1.2:none', 'z:so:2:2.1:none']);
    expect(findingsByDepartment(fs)).toEqual([{ departmentId: 'd1', people: 2, findings: 4 }, { departmentId: 'd2', people: 1, findings: 2 }]);
  });

  it('uses the schedules the caller passes', () => {
    const calls: string[] = [];
    run([person('a')], [cert('c1', 'a')]);
    unlicensed([person('a')], [electrician], [cert('c1', 'a')], TODAY, rules, (c) => (calls.push(c.id), { state: 'expired', expiry: null, nextReviewDue: null }));
    expect(calls).toEqual(['c1', 'c1']);
  });
});
