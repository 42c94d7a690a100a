import { describe, expect, it } from 'vitest';
import { PlanItemInput, PlanYear } from './plan';

const ok = { title: '焊工年度复训', type: 'refresher', hours: '8', month: '3', departmentId: 'd1', targetPostIds: ['p1', 'p1'] };
const issue = (values: Record<string, unknown>) => {
  const r = PlanItemInput.safeParse(values);
  return r.success ? null : r.error.issues.map((i) => [String(i.path[0]), i.message]);
};

describe('plan item input', () => {
  it('accepts form values: numbers from text, targets de-duplicated, defaults filled', () => {
    expect(PlanItemInput.parse(ok)).toEqual({
      title: '焊工年度复训', type: 'refresher', special: false, targetPostIds: ['p1'], targetPersonIds: [], hours: 8, month: 3,
      departmentId: 'd1', note: '',
    });
    expect(PlanItemInput.parse({ ...ok, hours: 0.5, special: true }).hours).toBe(0.5);
  });

  it('refuses hours outside 0.5–200 or finer than a tenth, with the plan message', () => {
    for (const hours of ['0', '0.4', '200.5', '1.25', 'abc', '']) expect(issue({ ...ok, hours })).toEqual([['hours', 'plan.e.hours']]);
    expect(issue({ ...ok, hours: '200' })).toBeNull();
  });

  it('refuses a month outside 1–12, a missing title or department, an unknown type, markup', () => {
    expect(issue({ ...ok, month: '13' })).toEqual([['month', 'plan.e.month']]);
    expect(issue({ ...ok, month: '2.5' })).toEqual([['month', 'plan.e.month']]);
    expect(issue({ ...ok, title: '  ' })).toEqual([['title', 'v.required']]);
    expect(issue({ ...ok, departmentId: '' })).toEqual([['departmentId', 'v.required']]);
    expect(issue({ ...ok, type: 'party' })).toEqual([['type', 'v.enum']]);
    expect(issue({ ...ok, note: '<script>' })).toEqual([['note', 'v.markup']]);
  });

  it('checks the plan year', () => {
    expect(PlanYear.safeParse(2025).success).toBe(true);
    expect(PlanYear.safeParse(1999).success).toBe(false);
    expect(PlanYear.safeParse(2025.5).success).toBe(false);
  });
});
