import { describe, expect, it } from 'vitest';
import { DOSE_ANNUAL_LIMIT_MSV, doseYears } from './dose-years';

const d = (from: string, to: string, dose: number) => ({ from, to, dose });

describe('annual dose sums', () => {
  it('sums per calendar year (by period end), exactly to 0.001 mSv, newest year first', () => {
    const years = doseYears([d('2025-04-01', '2025-06-30', 0.1), d('2024-12-01', '2025-01-31', 0.2), d('2024-01-01', '2024-03-31', 1.005)]);
    expect(years.map((y) => [y.year, y.total, y.over])).toEqual([[2025, 0.3, false], [2024, 1.005, false]]);
    expect(years[0]!.entries.map((e) => e.from)).toEqual(['2024-12-01', '2025-04-01']);
  });
  it('flags a year whose sum exceeds the limit (equal is not over)', () => {
    expect(DOSE_ANNUAL_LIMIT_MSV).toBe(20);
    expect(doseYears([d('2025-01-01', '2025-06-30', 12.5), d('2025-07-01', '2025-12-31', 8.001)])[0]).toMatchObject({ total: 20.501, over: true });
    expect(doseYears([d('2025-01-01', '2025-06-30', 12.5), d('2025-07-01', '2025-12-31', 7.5)])[0]).toMatchObject({ total: 20, over: false });
  });
});
