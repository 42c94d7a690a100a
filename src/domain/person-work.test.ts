import { describe, expect, it } from 'vitest';
import { WorkEntryInput } from './person-work';

const ok = { from: '2015-03-01', to: '', employer: ' 苏州某化工厂 ', work: '低压电工', years: '', note: '' };
const errs = (v: object) => {
  const r = WorkEntryInput.safeParse({ ...ok, ...v });
  return r.success ? {} : Object.fromEntries(r.error.issues.map((i) => [String(i.path[0]), i.message]));
};

describe('work history entry', () => {
  it('accepts form values; empty optionals are absent and text is trimmed', () => {
    expect(WorkEntryInput.parse({ ...ok, years: '４.5' })).toEqual({ from: '2015-03-01', employer: '苏州某化工厂', work: '低压电工', years: 4.5 });
  });
  it('refuses an end before the start, bad years, missing fields and markup', () => {
    expect(errs({ to: '2015-02-28' })).toEqual({ to: 'v.person.order' });
    expect(errs({ years: '-1' })).toEqual({ years: 'v.person.years' });
    expect(errs({ years: '4.25' })).toEqual({ years: 'v.person.years' });
    expect(errs({ years: '81' })).toEqual({ years: 'v.person.years' });
    expect(Object.keys(errs({ employer: '  ', from: '2015-02-30', note: '<b>x</b>' })).sort()).toEqual(['employer', 'from', 'note']);
  });
});
