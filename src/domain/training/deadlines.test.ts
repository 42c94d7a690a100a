import { describe, expect, it } from 'vitest';
import { loadWorkdaySnapshot } from '../calendar/load-workday-snapshot';
import { createWorkCalendar } from '../calendar/working-days';
import { effectiveRules } from '../certificates/effective-rules';
import { loadRulePack } from '../certificates/load-rule-pack';
import { RuleOverride } from '../certificates/rule-pack';
import { deadlineRules, sessionEnd, submittedOnTime, trainingDeadline, type DeadlineRow } from './deadlines';

const cal = createWorkCalendar(loadWorkdaySnapshot());
const rules = { submitHours: 24, reviewDays: 3, fixDays: 2 };
/** An instant given as China Standard Time. */
const cst = (s: string) => Date.parse(`${s.replace(' ', 'T')}:00+08:00`);
const row = (over: Partial<DeadlineRow>): DeadlineRow => ({ date: '2025-09-30', end: '17:00', state: 'draft', submittedAt: 0, returnedAt: 0, ...over });

describe('trainingDeadline: submit', () => {
  it('a draft is due 24 hours after the session ends, to the minute (+08:00)', () => {
    const r = row({});
    expect(trainingDeadline(r, cal, rules, cst('2025-10-01 16:59'))).toEqual({ step: 'submit', due: '2025-10-01 17:00', estimated: false, overdue: false, daysOverdue: 0 });
    expect(trainingDeadline(r, cal, rules, cst('2025-10-01 17:00'))).toMatchObject({ overdue: true, daysOverdue: 1 });
    expect(trainingDeadline(r, cal, rules, cst('2025-10-03 18:00'))).toMatchObject({ overdue: true, daysOverdue: 2 });
  });

  it('without an end time the session ends at 24:00 of its date; the rule value is respected', () => {
    expect(sessionEnd({ date: '2025-09-30' })).toBe(cst('2025-10-01 00:00'));
    expect(trainingDeadline(row({ end: undefined }), cal, rules, 0)?.due).toBe('2025-10-02 00:00');
    expect(trainingDeadline(row({ end: '' }), cal, { ...rules, submitHours: 48 }, 0)?.due).toBe('2025-10-03 00:00');
  });

  it('refuses nonsense rule values', () => {
    expect(() => trainingDeadline(row({}), cal, { ...rules, submitHours: -1 }, 0)).toThrow();
    expect(() => trainingDeadline(row({ state: 'submitted', submittedAt: 1 }), cal, { ...rules, reviewDays: 1.5 }, 0)).toThrow();
  });
});

describe('trainingDeadline: working-day steps on the Chinese calendar', () => {
  it('submitted 2025-09-30: 3 working days skip 国庆 and land on the make-up Saturday 10-11', () => {
    const r = row({ state: 'submitted', submittedAt: cst('2025-09-30 15:00') });
    expect(trainingDeadline(r, cal, rules, cst('2025-10-11 23:59'))).toEqual({ step: 'review', due: '2025-10-11', estimated: false, overdue: false, daysOverdue: 0 });
    expect(trainingDeadline(r, cal, rules, cst('2025-10-12 00:00'))).toMatchObject({ overdue: true, daysOverdue: 1 });
    expect(trainingDeadline(r, cal, rules, cst('2025-10-15 09:00'))).toMatchObject({ overdue: true, daysOverdue: 4 });
  });

  it('the submission day is the China day, not the UTC day', () => {
    // 2025-09-29 20:00 UTC is 09-30 04:00 in China: counted from 09-30 → 10-11 (from 09-29 it would be 10-10).
    expect(trainingDeadline(row({ state: 'submitted', submittedAt: Date.parse('2025-09-29T20:00:00Z') }), cal, rules, 0)?.due).toBe('2025-10-11');
  });

  it('returned before 春节 2025: fix within 2 working days counts the make-up Sunday 01-26', () => {
    const r = row({ state: 'returned', submittedAt: cst('2025-01-23 10:00'), returnedAt: cst('2025-01-24 10:00') });
    expect(trainingDeadline(r, cal, rules, cst('2025-01-25 10:00'))).toMatchObject({ step: 'fix', due: '2025-01-27', overdue: false });
    expect(trainingDeadline(r, cal, { ...rules, fixDays: 3 }, 0)?.due).toBe('2025-02-05');
  });

  it('reviewed: filing is due the next working day after the review (an app default, no legal deadline)', () => {
    const r = row({ state: 'reviewed', submittedAt: cst('2025-02-06 09:00'), reviewedAt: cst('2025-02-07 16:00') });
    expect(trainingDeadline(r, cal, rules, 0)).toMatchObject({ step: 'archive', due: '2025-02-08', estimated: false });
    expect(trainingDeadline(r, cal, { ...rules, archiveDays: 2 }, 0)?.due).toBe('2025-02-10');
  });

  it('beyond the shipped calendar (2027) the deadline is an estimate', () => {
    const r = row({ date: '2026-12-29', state: 'submitted', submittedAt: cst('2026-12-30 10:00') });
    expect(trainingDeadline(r, cal, rules, 0)).toMatchObject({ step: 'review', due: '2027-01-04', estimated: true });
    const entered = createWorkCalendar(loadWorkdaySnapshot(), [{ date: '2027-01-01', kind: 'holiday', note: '2027 年元旦' }]);
    expect(trainingDeadline(r, entered, rules, 0)).toMatchObject({ due: '2027-01-05', estimated: false });
  });

  it('an archived record has no deadline', () => {
    expect(trainingDeadline(row({ state: 'archived', submittedAt: 1 }), cal, rules, Date.now())).toBeNull();
  });
});

describe('submittedOnTime (及时率)', () => {
  it('compares the first submission with session end + submitHours', () => {
    expect(submittedOnTime(row({ submittedAt: cst('2025-10-01 17:00') }), rules)).toBe(true);
    expect(submittedOnTime(row({ submittedAt: cst('2025-10-01 17:01') }), rules)).toBe(false);
    expect(submittedOnTime(row({ firstSubmittedAt: cst('2025-10-01 09:00'), submittedAt: cst('2025-10-08 09:00') }), rules)).toBe(true);
    expect(submittedOnTime(row({ submittedAt: cst('2025-10-01 17:01') }), { submitHours: 48 })).toBe(true);
    expect(submittedOnTime(row({}), rules)).toBeUndefined();
  });
});

describe('deadlineRules', () => {
  it('reads the rule pack, overrides applied', () => {
    const pack = loadRulePack();
    expect(deadlineRules(effectiveRules(pack))).toEqual({ submitHours: 24, reviewDays: 3, fixDays: 2 });
    const o = RuleOverride.parse({ ruleId: 'training.workflow.review_working_days', value: 5, by: '张安全', at: '2025-01-02', reason: '公司制度' });
    expect(deadlineRules(effectiveRules(pack, [o])).reviewDays).toBe(5);
  });
});
