import { describe, expect, it } from 'vitest';
import rules from './data/id-validation.json';
import { checkIdNumber, idCheckChar } from './id-number';

describe('checkIdNumber', () => {
  it.each(rules.resident_id_gb11643_1999.test_vectors)('follows the data file for $id', (v) => {
    const r = checkIdNumber(v.id, '2026-11-23');
    expect(r.ok).toBe(v.valid);
    if (r.ok && 'birth' in v) {
      expect(r.birthDate).toBe(v.birth);
      expect(r.sex).toBe(v.sex === '男' ? 'M' : 'F');
    }
  });

  it('names the reason', () => {
    expect(checkIdNumber('110101199902300017')).toEqual({ ok: false, reason: 'date' });
    expect(checkIdNumber('110101200001010011')).toEqual({ ok: false, reason: 'check' });
    expect(checkIdNumber('99010120000101001X')).toEqual({ ok: false, reason: 'province' });
    expect(checkIdNumber('1101012000')).toEqual({ ok: false, reason: 'format' });
  });

  it('normalises full-width digits and lower-case x', () => {
    const r = checkIdNumber('１１０１０５１９４９１２３１００２x');
    expect(r).toMatchObject({ ok: true, value: '11010519491231002X' });
  });

  it('rejects births in the future', () => {
    const body = '11010120300101001';
    expect(checkIdNumber(body + idCheckChar(body), '2026-11-23')).toEqual({ ok: false, reason: 'date' });
  });

  it('uses every entry of the check table, including sum mod 11 = 10 → "2"', () => {
    const seen = new Set<string>();
    for (let n = 0; n < 2000 && seen.size < 11; n++) {
      const body = `1101011990010${String(n).padStart(4, '0')}`.slice(0, 17);
      seen.add(idCheckChar(body));
    }
    expect([...seen].sort().join('')).toBe('0123456789X');
  });

  it('upgrades a legacy 15-digit number', () => {
    const r = checkIdNumber('110105491231002');
    expect(r).toMatchObject({ ok: true, birthDate: '1949-12-31', sex: 'F' });
  });
});
