import { describe, expect, it } from 'vitest';
import { DoseEntryInput } from './person-dose';

const ok = { from: '2025-01-01', to: '2025-03-31', dose: '0.125', org: '江苏省疾控中心', reportNo: 'JS-2025-001', note: '' };
const err = (v: object) => {
  const r = DoseEntryInput.safeParse({ ...ok, ...v });
  // The first message per field is the one the form shows.
  return r.success ? null : [...new Set(r.error.issues.map((i) => String(i.path[0])))].map((f) => `${f}:${r.error.issues.find((i) => i.path[0] === f)!.message}`).join(',');
};

describe('dose record', () => {
  it('takes the dose in mSv with up to 3 decimals', () => {
    expect(DoseEntryInput.parse(ok)).toEqual({ from: '2025-01-01', to: '2025-03-31', dose: 0.125, org: '江苏省疾控中心', reportNo: 'JS-2025-001' });
    expect(DoseEntryInput.parse({ ...ok, dose: 0 }).dose).toBe(0);
    expect(DoseEntryInput.parse({ ...ok, dose: '12' }).dose).toBe(12);
  });
  it('refuses negative, over-precise or non-numeric doses, a missing period end and a reversed period', () => {
    expect(err({ dose: '-0.1' })).toBe('dose:v.person.dose');
    expect(err({ dose: '0.1255' })).toBe('dose:v.person.dose');
    expect(err({ dose: 'abc' })).toBe('dose:v.person.dose');
    expect(err({ dose: '' })).toBe('dose:v.person.dose');
    expect(err({ to: '' })).toBe('to:v.date');
    expect(err({ to: '2024-12-31' })).toBe('to:v.person.order');
  });
});
