import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../certificates/date-math';
import type { CalendarOverrideInput } from './calendar-override';
import { loadWorkdaySnapshot } from './load-workday-snapshot';
import { createWorkCalendar } from './working-days';

const snapshot = loadWorkdaySnapshot();
const cal = createWorkCalendar(snapshot);
const override = (date: string, kind: 'holiday' | 'workday', note = ''): CalendarOverrideInput => ({ date, kind, note });
const range = (from: string, to: string) => {
  const out: string[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) out.push(d);
  return out;
};

describe('isWorkday on the Chinese calendar', () => {
  it('春节 2025: 01-28..02-04 off, the make-up Sunday 01-26 and Saturday 02-08 are workdays', () => {
    expect(range('2025-01-28', '2025-02-04').map(cal.isWorkday)).toEqual(Array(8).fill(false));
    expect(cal.isWorkday('2025-01-26')).toBe(true);
    expect(cal.isWorkday('2025-02-08')).toBe(true);
    expect(cal.isWorkday('2025-02-09')).toBe(false); // an ordinary Sunday
    expect(cal.isWorkday('2025-02-05')).toBe(true);
  });

  it('国庆·中秋 2025: 10-01..10-08 off, 09-28 (Sun) and 10-11 (Sat) are workdays', () => {
    expect(range('2025-10-01', '2025-10-08').some(cal.isWorkday)).toBe(false);
    expect(cal.isWorkday('2025-09-28')).toBe(true);
    expect(cal.isWorkday('2025-10-11')).toBe(true);
    expect(cal.isWorkday('2025-10-12')).toBe(false);
  });

  it('refuses a date that does not exist', () => {
    expect(() => cal.isWorkday('2025-02-30')).toThrow(RangeError);
    expect(() => cal.isWorkday('2025/02/03')).toThrow();
  });
});

describe('addWorkingDays: the n-th working day after the start day', () => {
  it('submitted Friday before 春节 2025: review within 3 working days counts the make-up Sunday and skips the holiday', () => {
    // 01-26 (make-up Sun) = 1, 01-27 (Mon) = 2, 01-28..02-04 off, 02-05 = 3.
    expect(cal.addWorkingDays('2025-01-24', 3)).toBe('2025-02-05');
    expect(cal.addWorkingDays('2025-02-07', 1)).toBe('2025-02-08');
  });

  it('国庆 2025: across the 8-day break and onto the make-up Saturday', () => {
    expect(cal.addWorkingDays('2025-09-26', 2)).toBe('2025-09-29'); // 09-28 (Sun) = 1, 09-29 = 2
    expect(cal.addWorkingDays('2025-09-30', 2)).toBe('2025-10-10');
    expect(cal.addWorkingDays('2025-09-30', 3)).toBe('2025-10-11');
  });

  it('the start day never counts, even when it is a workday; a holiday start counts from the next workday', () => {
    expect(cal.addWorkingDays('2025-03-03', 1)).toBe('2025-03-04');
    expect(cal.addWorkingDays('2025-10-03', 1)).toBe('2025-10-09');
    expect(cal.addWorkingDays('2025-10-03', 0)).toBe('2025-10-03');
  });

  it('spans a year boundary through 元旦 2026 (01-01..03 off, 01-04 Sunday worked)', () => {
    // 12-31 = 1, 01-04 (make-up Sun) = 2, 01-05 = 3.
    expect(cal.addWorkingDays('2025-12-30', 3)).toBe('2026-01-05');
    expect(cal.deadline('2025-12-30', 3)).toEqual({ due: '2026-01-05', estimated: false, calendarVersion: '2026.1' });
  });

  it('refuses a negative, fractional or absurd count', () => {
    expect(() => cal.addWorkingDays('2025-03-03', -1)).toThrow(RangeError);
    expect(() => cal.addWorkingDays('2025-03-03', 1.5)).toThrow(RangeError);
    expect(() => cal.addWorkingDays('2025-03-03', 1e9)).toThrow(RangeError);
  });
});

describe('workingDaysBetween counts (a, b]', () => {
  it('across 国庆 2025, signed, and zero for the same day', () => {
    expect(cal.workingDaysBetween('2025-09-30', '2025-10-11')).toBe(3);
    expect(cal.workingDaysBetween('2025-10-11', '2025-09-30')).toBe(-3);
    expect(cal.workingDaysBetween('2025-10-05', '2025-10-05')).toBe(0);
    expect(cal.workingDaysBetween('2025-01-24', '2025-02-08')).toBe(6); // 01-26, 01-27, 02-05, 02-06, 02-07, 02-08
  });

  it('is the inverse of addWorkingDays, and the due day is always a workday', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 365 * 7 - 30 }), fc.integer({ min: 0, max: 25 }), (offset, n) => {
        const start = addDays('2020-01-01', offset);
        const due = cal.addWorkingDays(start, n);
        expect(cal.workingDaysBetween(start, due)).toBe(n);
        if (n > 0) expect(cal.isWorkday(due)).toBe(true);
      }),
    );
  });
});

describe('user overrides', () => {
  it('an added holiday (company closure after 端午 2025) moves the deadline', () => {
    expect(cal.addWorkingDays('2025-05-30', 1)).toBe('2025-06-03');
    const closed = createWorkCalendar(snapshot, [override('2025-06-03', 'holiday', '厂区停电检修')]);
    expect(closed.isWorkday('2025-06-03')).toBe(false);
    expect(closed.addWorkingDays('2025-05-30', 1)).toBe('2025-06-04');
    expect(closed.version).toBe('2026.1+local');
  });

  it('an added workday (a Saturday worked, or a data holiday worked locally) counts', () => {
    const worked = createWorkCalendar(snapshot, [override('2025-03-08', 'workday'), override('2025-10-08', 'workday')]);
    expect(worked.addWorkingDays('2025-03-07', 1)).toBe('2025-03-08');
    expect(worked.addWorkingDays('2025-09-30', 1)).toBe('2025-10-08');
    expect(cal.isWorkday('2025-03-08')).toBe(false); // the base calendar is untouched
  });

  it('of two overrides for one date the later wins', () => {
    const c = createWorkCalendar(snapshot, [override('2025-03-10', 'holiday'), override('2025-03-10', 'workday')]);
    expect(c.isWorkday('2025-03-10')).toBe(true);
  });

  it('an invalid override is refused with a validation key and builds nothing', () => {
    expect(() => createWorkCalendar(snapshot, [override('2025-02-30', 'holiday')])).toThrow('v.date');
    expect(() => createWorkCalendar(snapshot, [{ date: '2025-03-10', kind: 'rest' as 'holiday', note: '' }])).toThrow('v.enum');
    expect(() => createWorkCalendar(snapshot, [override('2025-03-10', 'holiday', '<b>x</b>')])).toThrow('v.markup');
  });
});

describe('coverage and estimated deadlines', () => {
  it('reports the data years and what it covers', () => {
    expect(cal.coverage()).toEqual({ firstYear: 2020, lastYear: 2026, userYears: [] });
    expect(cal.covers('2026-12-31')).toBe(true);
    expect(cal.covers('2027-01-01')).toBe(false);
    expect(cal.covers('2019-12-31')).toBe(false);
  });

  it('beyond the data a deadline falls back to Mon–Fri and is flagged as an estimate', () => {
    // 12-31 (Thu) = 1, 2027-01-01 (Fri, guessed a workday) = 2, 01-04 (Mon) = 3.
    expect(cal.deadline('2026-12-30', 3)).toEqual({ due: '2027-01-04', estimated: true, calendarVersion: '2026.1' });
    expect(cal.deadline('2026-12-29', 2)).toMatchObject({ due: '2026-12-31', estimated: false });
    expect(cal.deadline('2019-12-30', 1)).toMatchObject({ due: '2019-12-31', estimated: true });
    expect(cal.deadline('2027-03-01', 0)).toMatchObject({ due: '2027-03-01', estimated: false });
  });

  it('once the user enters the next year, that year is covered and no longer estimated', () => {
    const next = createWorkCalendar(snapshot, [override('2027-01-01', 'holiday', '2027 年元旦')]);
    expect(next.coverage()).toEqual({ firstYear: 2020, lastYear: 2026, userYears: [2027] });
    expect(next.covers('2027-06-01')).toBe(true);
    expect(next.deadline('2026-12-30', 3)).toEqual({ due: '2027-01-05', estimated: false, calendarVersion: '2026.1+local' });
    expect(next.deadline('2027-12-30', 3)).toMatchObject({ due: '2028-01-04', estimated: true });
  });
});
