import { describe, expect, it } from 'vitest';
import type { PersonRow } from '../../docs/rows';
import { filterPeople } from './filter-people';

const row = (workNo: string, name: string, over: Partial<PersonRow> = {}) =>
  ({ id: workNo, workNo, name, idNumber: '110101200001010010', status: 'active', departmentId: 'd1', postId: '', ...over }) as PersonRow;

describe('filterPeople', () => {
  const rows = [row('A2', '张三'), row('A1', '李四', { status: 'left', departmentId: 'd2' as never }), row('B1', '王五', { idNumber: '32010219850110003X' })];
  const py: Record<string, string> = { 张三: 'zs', 李四: 'ls', 王五: 'ww' };

  it('matches name, 工号, ID fragment and pinyin initials', () => {
    expect(filterPeople(rows, { q: '张' }).map((r) => r.workNo)).toEqual(['A2']);
    expect(filterPeople(rows, { q: 'a' }, (n) => py[n]).map((r) => r.workNo)).toEqual(['A1', 'A2']);
    expect(filterPeople(rows, { q: '0003x' }).map((r) => r.workNo)).toEqual(['B1']);
    expect(filterPeople(rows, { q: 'zs' }, (n) => py[n]).map((r) => r.workNo)).toEqual(['A2']);
  });

  it('combines filters', () => {
    expect(filterPeople(rows, { status: 'active', departmentId: 'd1' }).map((r) => r.workNo)).toEqual(['A2', 'B1']);
  });
});
