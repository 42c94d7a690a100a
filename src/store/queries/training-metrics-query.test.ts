import { afterEach, describe, expect, it } from 'vitest';
import { trainingMetrics } from './training-metrics-query';
import { trainingWorkspace } from './training-query.testing';

let w: ReturnType<typeof trainingWorkspace>;
afterEach(() => w?.close());

/** A session with all 12 core elements (its participants carry 工号 and department; they sit the written test). */
const FULL = {
  type: 'refresher', start: '09:00', end: '11:00', place: '一号培训室', instructor: '王老师', topic: '操作规程', summary: '讲解岗位操作规程',
  method: 'written', recorder: '李记录', hours: 2,
} as const;
const at = (iso: string) => Date.parse(`${iso}+08:00`);

describe('trainingMetrics', () => {
  it('rates held sessions per department and month: complete, standard, submitted within 24 h', async () => {
    w = trainingWorkspace();
    const a = await w.department('生产部', 'SC');
    const b = await w.department('仓储部', 'CC');
    const pa = await w.person({ departmentId: a });
    const pb = await w.person({ departmentId: b });

    // January, 生产部: one standard record submitted the same evening, one complete record submitted 3 days late.
    const std = await w.session({ ...FULL, departmentId: a, date: '2025-01-10' }, { present: [pa] });
    await w.evidence(std, [pa], 3, ['score-sheet']);
    await w.submitAt(std, at('2025-01-10T18:00:00'));
    const late = await w.session({ ...FULL, departmentId: a, date: '2025-01-20' }, { present: [pa] });
    await w.submitAt(late, at('2025-01-23T09:00:00'));
    // February, 仓储部: an incomplete draft never submitted (overdue), and one held today (not due yet).
    await w.session({ name: '班前会', departmentId: b, date: '2025-02-05' }, { present: [pb] });
    await w.session({ ...FULL, departmentId: b, date: '2025-02-28', end: '23:00' }, { present: [pb] });
    // Not held yet, and another year: left out.
    await w.session({ ...FULL, departmentId: b, date: '2025-03-15' }, { present: [pb] });
    await w.session({ ...FULL, departmentId: a, date: '2024-12-31' }, { present: [pa] });

    const m = await trainingMetrics(w.db, 2025, at('2025-02-28T12:00:00'));
    expect(m.months).toHaveLength(12);
    const cell = (d: string, month: string) => m.cells.find((c) => c.departmentId === d && c.month === month);
    expect(cell(a, '2025-01')).toMatchObject({ held: 2, complete: 2, standard: 1, timelyBase: 2, onTime: 1, completeRate: 1, standardRate: 0.5, timelyRate: 0.5 });
    expect(cell(b, '2025-02')).toMatchObject({ held: 2, complete: 1, standard: 0, timelyBase: 1, onTime: 0, completeRate: 0.5, timelyRate: 0 });
    expect(m.byMonth.find((x) => x.month === '2025-03')).toMatchObject({ held: 0, completeRate: null });
    expect(m.total.held).toBe(4);
    expect(m.submitHours).toBe(24);

    const onlyA = await trainingMetrics(w.db, 2025, at('2025-02-28T12:00:00'), a);
    expect(onlyA.departments).toEqual([a]);
    expect(onlyA.total).toMatchObject({ held: 2, completeRate: 1 });
  });
});
