import { describe, expect, it } from 'vitest';
import { addDays } from './add-days';

describe('addDays', () => {
  it('counts calendar days across month and year ends and leap days', () => {
    expect(addDays('2025-01-15', 30)).toBe('2025-02-14');
    expect(addDays('2025-12-10', 30)).toBe('2026-01-09');
    expect(addDays('2024-02-10', 30)).toBe('2024-03-11');
    expect(addDays('2025-02-10', 30)).toBe('2025-03-12');
  });
  it('gives "" for a date that does not parse', () => {
    expect(addDays('', 30)).toBe('');
    expect(addDays('2025-13-40', 30)).toBe('');
  });
});
