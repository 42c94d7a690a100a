import { describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import { loadWorkdaySnapshot } from './load-workday-snapshot';

const shipped = loadWorkdaySnapshot();

/** A small valid snapshot to break one way at a time. */
function sample() {
  return {
    _meta: { source: 'test', version: 't.1', firstYear: 2025, lastYear: 2026 },
    years: {
      '2025': { holidays: { '2025-10-01': '国庆节' } as Record<string, string>, workdays: { '2025-09-28': '国庆节' } as Record<string, string> },
      '2026': { holidays: { '2026-01-01': '元旦' } as Record<string, string>, workdays: { '2026-01-04': '元旦' } as Record<string, string> },
    } as Record<string, unknown>,
  };
}

function failure(raw: unknown): string {
  try {
    loadWorkdaySnapshot(raw);
  } catch (e) {
    expect(e).toBeInstanceOf(ZodError);
    return (e as ZodError).issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('\n');
  }
  throw new Error('snapshot was accepted');
}

describe('cn-workdays.json snapshot', () => {
  it('ships 2020 through 2026 with source and version', () => {
    expect(shipped._meta).toMatchObject({ firstYear: 2020, lastYear: 2026, version: '2026.1' });
    expect(shipped._meta.source).toContain('chinese-days@1.5.7');
    expect(Object.keys(shipped.years)).toEqual(['2020', '2021', '2022', '2023', '2024', '2025', '2026']);
  });

  it('holds the 2025 and 2026 State Council arrangements', () => {
    expect(shipped.years['2025']!.workdays).toEqual({ '2025-01-26': '春节', '2025-02-08': '春节', '2025-04-27': '劳动节', '2025-09-28': '国庆节', '2025-10-11': '国庆节' });
    expect(Object.keys(shipped.years['2025']!.holidays).filter((d) => d.startsWith('2025-10'))).toHaveLength(8);
    expect(shipped.years['2026']!.workdays).toEqual({
      '2026-01-04': '元旦', '2026-02-14': '春节', '2026-02-28': '春节', '2026-05-09': '劳动节', '2026-09-20': '国庆节', '2026-10-10': '国庆节',
    });
  });

  it('accepts the valid sample', () => {
    expect(loadWorkdaySnapshot(sample())._meta.lastYear).toBe(2026);
  });

  it('refuses a malformed date', () => {
    const raw = sample();
    raw.years['2025'] = { holidays: { '2025-13-01': '国庆节' }, workdays: {} };
    expect(failure(raw)).toContain('years.2025.holidays.2025-13-01');
  });

  it('refuses a date filed under another year and a day that is both kinds', () => {
    const raw = sample();
    raw.years['2026'] = { holidays: { '2025-10-02': '国庆节', '2026-01-04': '元旦' }, workdays: { '2026-01-04': '元旦' } };
    const msg = failure(raw);
    expect(msg).toContain('2025-10-02 is filed under 2026');
    expect(msg).toContain('2026-01-04 is both a holiday and a workday');
  });

  it('refuses a make-up workday on a weekday', () => {
    const raw = sample();
    raw.years['2025'] = { holidays: {}, workdays: { '2025-09-29': '国庆节' } };
    expect(failure(raw)).toContain('make-up workday 2025-09-29 is not a Saturday or Sunday');
  });

  it('refuses a lastYear that claims more than the data holds, and a gap', () => {
    expect(failure({ ...sample(), _meta: { ...sample()._meta, lastYear: 2027 } })).toContain('year 2027 is missing');
    const gap = sample();
    gap._meta.firstYear = 2024;
    expect(failure(gap)).toContain('year 2024 is missing');
    expect(failure({ ...sample(), _meta: { ...sample()._meta, lastYear: 2025 } })).toContain('do not match 2025–2025');
  });

  it('refuses a file without _meta or with the wrong shape', () => {
    expect(failure({ years: {} })).toContain('_meta');
    expect(failure({ ...sample(), years: { '2025': { holidays: ['2025-10-01'] } } })).toContain('years.2025');
  });
});
