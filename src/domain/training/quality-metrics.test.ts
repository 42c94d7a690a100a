import { describe, expect, it } from 'vitest';
import { isAppError } from '../app-error';
import { qualityMetrics, type QualityInput } from './quality-metrics';

const row = (departmentId: string, date: string, complete: boolean, standard: boolean, onTime: boolean | null): QualityInput => ({
  departmentId, date, complete, standard, onTime,
});

describe('qualityMetrics (T11: 完整率, 及时率, 规范率)', () => {
  const rows = [
    row('d-a', '2025-03-02', true, true, true),
    row('d-a', '2025-03-15', true, false, false),
    row('d-a', '2025-03-30', false, false, null), // not yet due: out of the 及时率 base
    row('d-a', '2025-04-01', true, true, true),
    row('d-b', '2025-03-10', false, false, false),
    row('d-b', '2025-04-20', true, false, true),
  ];

  it('counts per department per month with rates over the right bases', () => {
    const m = qualityMetrics(rows);
    expect(m.months).toEqual(['2025-03', '2025-04']);
    expect(m.departments).toEqual(['d-a', 'd-b']);
    const aMarch = m.cells.find((c) => c.departmentId === 'd-a' && c.month === '2025-03')!;
    expect(aMarch).toEqual({
      departmentId: 'd-a', month: '2025-03', held: 3, complete: 2, onTime: 1, timelyBase: 2, standard: 1,
      completeRate: 2 / 3, timelyRate: 0.5, standardRate: 1 / 3,
    });
    expect(m.cells.map((c) => `${c.departmentId} ${c.month} ${c.held}`)).toEqual(['d-a 2025-03 3', 'd-a 2025-04 1', 'd-b 2025-03 1', 'd-b 2025-04 1']);
  });

  it('totals per month, per department and overall', () => {
    const m = qualityMetrics(rows);
    expect(m.byMonth.map((x) => [x.month, x.held, x.complete, x.onTime, x.timelyBase, x.standard])).toEqual([
      ['2025-03', 4, 2, 1, 3, 1],
      ['2025-04', 2, 2, 2, 2, 1],
    ]);
    const b = m.byDepartment.find((x) => x.departmentId === 'd-b')!;
    expect([b.held, b.completeRate, b.timelyRate, b.standardRate]).toEqual([2, 0.5, 0.5, 0]);
    expect(m.total).toMatchObject({ held: 6, complete: 4, onTime: 3, timelyBase: 5, standard: 2 });
    expect(m.total.timelyRate).toBeCloseTo(0.6);
  });

  it('reports null (not 0) where the base is empty', () => {
    const m = qualityMetrics([row('d-a', '2025-05-05', false, false, null)]);
    expect(m.total).toEqual({ held: 1, complete: 0, onTime: 0, timelyBase: 0, standard: 0, completeRate: 0, timelyRate: null, standardRate: 0 });
    const none = qualityMetrics([]);
    expect(none.total.completeRate).toBeNull();
    expect(none.months).toEqual([]);
  });

  it('with a list of months, keeps only those and fills empty months for a chart axis', () => {
    const m = qualityMetrics(rows, ['2025-04', '2025-05', '2025-04']);
    expect(m.months).toEqual(['2025-04', '2025-05']);
    expect(m.byMonth.map((x) => [x.month, x.held, x.completeRate])).toEqual([['2025-04', 2, 1], ['2025-05', 0, null]]);
    expect(m.cells.every((c) => c.month === '2025-04')).toBe(true);
    expect(m.total.held).toBe(2);
  });

  it('refuses a malformed row or month, naming it', () => {
    const reason = (f: () => unknown) => {
      try {
        f();
        return 'no error';
      } catch (e) {
        return isAppError(e) ? `${e.reason}@${e.field}` : String(e);
      }
    };
    expect(reason(() => qualityMetrics([rows[0]!, row('d-a', '2025-02-30', true, true, true)]))).toBe('v.date@rows.1.date');
    expect(reason(() => qualityMetrics([{ ...rows[0]!, complete: 'yes' as unknown as boolean }]))).toMatch(/^e\.unexpected@rows\.0\.complete/);
    expect(reason(() => qualityMetrics(rows, ['2025-13']))).toBe('v.date@months');
  });
});
