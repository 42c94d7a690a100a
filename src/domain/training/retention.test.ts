import { describe, expect, it } from 'vitest';
import { retentionDueList, retentionOf, type Retention } from './retention';

const rules = { years: 3, specialOpsYearsAfterLeaving: 5 };
const s = (date: string, over: { accidentRelated?: boolean; specialOps?: boolean } = {}) =>
  ({ date, accidentRelated: false, specialOps: false, ...over });

describe('retentionOf', () => {
  it('keeps a general record 3 years from the session date', () => {
    expect(retentionOf(s('2021-05-10'), [], rules)).toEqual({ class: 'general', until: '2024-05-10', pendingEmployment: false });
  });

  it('clamps a leap day to 02-28 of a common year and keeps it in a leap year', () => {
    expect(retentionOf(s('2020-02-29'), [], rules).until).toBe('2023-02-28');
    expect(retentionOf(s('2020-02-29'), [], { ...rules, years: 4 }).until).toBe('2024-02-29');
    expect(retentionOf(s('2019-03-01', { specialOps: true }), ['2019-02-28'], { years: 1, specialOpsYearsAfterLeaving: 5 }).until).toBe('2024-02-28');
  });

  it('keeps accident-related records permanently, whatever else holds', () => {
    expect(retentionOf(s('2010-01-01', { accidentRelated: true, specialOps: true }), ['2011-01-01'], rules))
      .toEqual({ class: 'permanent', until: null, pendingEmployment: false });
  });

  it('keeps special-operations records 5 years after the last participant left', () => {
    const r = retentionOf(s('2015-06-01', { specialOps: true }), ['2018-03-01', '2019-07-15', '2016-01-01'], rules);
    expect(r).toEqual({ class: 'special-ops', until: '2024-07-15', pendingEmployment: false });
  });

  it('is pending while any special-operations participant is still employed', () => {
    expect(retentionOf(s('2015-06-01', { specialOps: true }), ['2016-01-01', null], rules))
      .toEqual({ class: 'special-ops', until: null, pendingEmployment: true });
  });

  it('never ends a special-operations record before the general period', () => {
    expect(retentionOf(s('2022-06-01', { specialOps: true }), ['2010-01-01'], rules).until).toBe('2025-06-01');
    expect(retentionOf(s('2022-06-01', { specialOps: true }), [], rules).until).toBe('2025-06-01');
  });

  it('follows the rule values in force', () => {
    expect(retentionOf(s('2021-05-10'), [], { years: 10, specialOpsYearsAfterLeaving: 5 }).until).toBe('2031-05-10');
  });
});

describe('retentionDueList', () => {
  const row = (docId: string, until: string | null): { docId: string; retention: Retention } =>
    ({ docId, retention: { class: until ? 'general' : 'permanent', until, pendingEmployment: false } });

  it('lists records ending within 30 days or already ended, soonest first, with days left', () => {
    const rows = [row('d', '2025-04-01'), row('a', '2025-03-31'), row('b', '2025-02-01'), row('c', null), row('e', '2025-04-02'), row('f', '2025-03-01')];
    const due = retentionDueList(rows, '2025-03-02');
    expect(due.map((r) => [r.docId, r.daysLeft])).toEqual([['b', -29], ['f', -1], ['a', 29], ['d', 30]]);
  });

  it('counts days across a leap day and honours another horizon', () => {
    expect(retentionDueList([row('x', '2024-03-01')], '2024-02-28', 1)).toEqual([]);
    expect(retentionDueList([row('x', '2024-03-01')], '2024-02-28', 2).map((r) => r.daysLeft)).toEqual([2]);
  });

  it('orders equal dates by doc id', () => {
    expect(retentionDueList([row('z', '2025-01-01'), row('y', '2025-01-01')], '2025-01-01').map((r) => r.docId)).toEqual(['y', 'z']);
  });
});
