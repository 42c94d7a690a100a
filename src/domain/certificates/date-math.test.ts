import { describe, expect, it } from 'vitest';
import { addDays, addMonths, addYears, daysBetween } from './date-math';

describe('date-math', () => {
  it('adds years; 02-29 clamps to 02-28 in a common year and stays 02-29 in a leap year', () => {
    expect(addYears('2021-03-15', 3)).toBe('2024-03-15');
    expect(addYears('2020-02-29', 3)).toBe('2023-02-28');
    expect(addYears('2020-02-29', 4)).toBe('2024-02-29');
  });

  it('adds months with clamping at month end', () => {
    expect(addMonths('2024-08-31', 6)).toBe('2025-02-28');
    expect(addMonths('2023-08-31', 6)).toBe('2024-02-29');
    expect(addMonths('2024-01-10', 6)).toBe('2024-07-10');
    expect(addMonths('2024-11-30', 3)).toBe('2025-02-28');
  });

  it('adds and subtracts days across months and years', () => {
    expect(addDays('2023-03-15', -60)).toBe('2023-01-14');
    expect(addDays('2024-03-15', -60)).toBe('2024-01-15');
    expect(addDays('2024-12-31', 1)).toBe('2025-01-01');
  });

  it('counts days between dates', () => {
    expect(daysBetween('2023-01-14', '2023-03-15')).toBe(60);
    expect(daysBetween('2023-03-16', '2023-03-15')).toBe(-1);
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
  });

  it('refuses malformed dates', () => {
    expect(() => addDays('2023/01/01', 1)).toThrow();
  });
});
