import { describe, expect, it } from 'vitest';
import type { AttendanceRow } from './attendance';
import type { TrainingOrg, TrainingProfile } from './hours-requirement';
import { shortfallList } from './shortfall-list';
import { row, rulesWith } from './training.testing';

const org: TrainingOrg = { industry: 'metallurgy', highRisk: false };
type P = TrainingProfile & { id: string; name: string };
const people: P[] = [
  { id: 'a', name: '张三', role: 'worker' }, // 20 h annual
  { id: 'b', name: '李四', role: 'manager' }, // 16 h annual
  { id: 'c', name: '王五', role: 'worker', startDate: '2025-06-01' }, // 72 h initial
  { id: 'd', name: '赵六', role: 'worker', reviewDates: ['2025-12-01'] }, // 20 h annual + 8 h review
  { id: 'e', name: '钱七', role: 'worker' }, // 20 h annual
];
const rows = new Map<string, AttendanceRow[]>([
  ['a', [row('2025-03-01', 'annual', 20)]],
  ['b', [row('2025-03-01', 'annual', 10), row('2024-03-01', 'annual', 16)]],
  ['c', [row('2025-05-20', 'initial', 24)]],
  ['d', [row('2025-03-01', 'annual', 14)]],
  ['e', [row('2025-03-01', 'annual', 12)]],
]);

describe('shortfallList', () => {
  it('lists the people short of hours, largest shortfall first; those who met it are left out', () => {
    const list = shortfallList(people, rows, 2025, org, rulesWith());
    expect(list.map((e) => [e.person.name, e.shortfall])).toEqual([['王五', 48], ['赵六', 14], ['钱七', 8], ['李四', 6]]);
    expect(list.find((e) => e.person.id === 'd')?.ledger.lines.map((l) => [l.kind, l.shortfall])).toEqual([['annual', 6], ['review', 8]]);
  });

  it('ties keep the order of the people given', () => {
    const twins: P[] = [{ id: 'y', name: '乙', role: 'manager' }, { id: 'x', name: '甲', role: 'manager' }];
    expect(shortfallList(twins, new Map(), 2025, org, rulesWith()).map((e) => e.person.id)).toEqual(['y', 'x']);
  });

  it('a person with no rows has attended nothing; a local override can clear or add shortfalls', () => {
    const list = shortfallList([people[0]!], new Map(), 2025, org, rulesWith());
    expect(list).toMatchObject([{ person: { id: 'a' }, shortfall: 20 }]);
    const lower = rulesWith(['training.new_worker.high_risk.annual_hours', 12]);
    expect(shortfallList(people, rows, 2025, org, lower).map((e) => e.person.id)).toEqual(['c', 'd', 'b']);
  });
});
