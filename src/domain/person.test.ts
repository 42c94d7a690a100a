import { describe, expect, it } from 'vitest';
import { fieldErrors } from './field-errors';
import { derivePerson, PersonInput } from './person';
import type { PersonId } from './ids';

const good = { name: ' 张三 ', workNo: 'A001', idNumber: '11010519491231002x', status: 'active', phone: '138 0013 8000' };

describe('PersonInput', () => {
  it('normalises and derives', () => {
    const p = PersonInput.parse(good);
    expect(p).toMatchObject({ name: '张三', idNumber: '11010519491231002X', phone: '13800138000' });
    expect(derivePerson('x' as PersonId, p)).toMatchObject({ birthDate: '1949-12-31', sex: 'F' });
  });

  it('names every bad field with a message key', () => {
    const r = PersonInput.safeParse({
      name: '<script>alert(1)</script>', workNo: '', idNumber: '110101200001010011', status: 'x', phone: '123',
    });
    expect(r.success).toBe(false);
    const e = fieldErrors(r.error!);
    expect(e.name?.key).toBe('v.markup');
    expect(e.workNo?.key).toBe('v.required');
    expect(e.idNumber?.key).toBe('v.id.check');
    expect(e.status?.key).toBe('v.enum');
    expect(e.phone?.key).toBe('v.phone');
  });

  it('refuses over-long text with the limit', () => {
    const r = PersonInput.safeParse({ ...good, name: '张'.repeat(31) });
    expect(fieldErrors(r.error!).name).toEqual({ key: 'v.tooLong', params: { max: 30 } });
  });

  it('names the reason of a bad optional field', () => {
    const r = PersonInput.safeParse({ ...good, hireDate: '2024-02-30', phone: '12' });
    expect(fieldErrors(r.error!)).toMatchObject({ hireDate: { key: 'v.date' }, phone: { key: 'v.phone' } });
  });

  it('treats empty optional fields as absent', () => {
    expect(PersonInput.parse({ ...good, phone: '', hireDate: '' }).hireDate).toBeUndefined();
  });
});

describe('OrgProfileInput', () => {
  it('names a bad USCC check character', async () => {
    const { OrgProfileInput } = await import('./org');
    const r = OrgProfileInput.safeParse({ name: 'x', uscc: '914403001922038217', industry: 'other', highRisk: false });
    expect(fieldErrors(r.error!).uscc?.key).toBe('v.uscc.check');
    expect(OrgProfileInput.parse({ name: 'x', industry: 'other', highRisk: false }).uscc).toBeUndefined();
  });
});
