import { describe, expect, it } from 'vitest';
import { fieldErrors } from '../field-errors';
import { CertificateInput, type CertificateFormValues } from './certificate';
import { certificateWarnings } from './certificate-warnings';
import { effectiveRules } from './effective-rules';
import { loadRulePack } from './load-rule-pack';

const rules = effectiveRules(loadRulePack());
const ID = '11010519491231002X';
const base: CertificateFormValues = {
  kind: 'special-operations',
  number: `T${ID}`,
  category: '2',
  item: '2.1',
  authority: '北京市应急管理局',
  firstIssueDate: '2020-03-15',
};
const errors = (v: Partial<CertificateFormValues>) => {
  const r = CertificateInput.safeParse({ ...base, ...v });
  return r.success ? {} : fieldErrors(r.error);
};

describe('CertificateInput', () => {
  it('accepts a special-operations card and fills defaults', () => {
    const c = CertificateInput.parse(base);
    expect(c).toMatchObject({ extendedReview: false, cancelled: false, linkedToAccident: false, reviews: [], offPost: [] });
  });

  it('checks category/item against the catalog', () => {
    expect(errors({ item: '2.9' })).toEqual({ item: { key: 'v.cert.catalog' } });
    expect(errors({ category: '3', item: '2.1' })).toEqual({ item: { key: 'v.cert.catalog' } });
    expect(errors({ category: '1', item: '电力电缆作业' })).toEqual({});
    expect(errors({ category: '11', item: '有限空间作业' })).toEqual({});
    expect(errors({ category: '12', item: '1' })).toEqual({ item: { key: 'v.cert.catalog' } });
  });

  it("needs a kind name for 'other' but no catalog item", () => {
    const other = { kind: 'other' as const, category: undefined, item: undefined };
    expect(errors(other)).toEqual({ kindName: { key: 'v.cert.kindName' } });
    expect(errors({ ...other, kindName: '叉车证', validityYears: 4 })).toEqual({});
  });

  it('refuses dates out of order and a year entered twice', () => {
    expect(errors({ validityEnd: '2020-03-15' })).toEqual({ validityEnd: { key: 'v.cert.dateOrder' } });
    expect(errors({ offPost: [{ from: '2024-05-01', to: '2024-04-01' }] })).toEqual({ offPost: { key: 'v.cert.dateOrder' } });
    const hours = [{ year: 2024, hours: 8 }, { year: 2024, hours: 8 }];
    expect(errors({ retrainingHours: hours })).toEqual({ retrainingHours: { key: 'v.cert.yearTwice' } });
  });
});

describe('certificateWarnings', () => {
  const warn = (v: Partial<CertificateFormValues>, holder?: string) =>
    certificateWarnings(CertificateInput.parse({ ...base, ...v }), rules, holder).map((w) => w.key);

  it("'T' + the holder's ID number gives no warning, also typed in lower case", () => {
    expect(warn({}, ID)).toEqual([]);
    expect(warn({ number: `t${ID.toLowerCase()}` }, ID)).toEqual([]);
  });

  it('another number is a warning, not an error, citing the unverified rule', () => {
    const c = CertificateInput.parse({ ...base, number: '31010119800101' });
    const [w] = certificateWarnings(c, rules, ID);
    expect(w).toEqual({
      key: 'cert.warn.numberPattern',
      field: 'number',
      rules: [{ id: 'special_operation_certificate.number_pattern', version: '2025.1', status: 'unverified', origin: 'data' }],
    });
    expect(warn({ number: 'T110105194912310021' })).toEqual(['cert.warn.numberPattern']);
    expect(warn({ number: `T${ID}` }, '110101200001010011')).toEqual(['cert.warn.numberPattern']);
  });

  it('flags items whose catalog code is only inferred', () => {
    expect(warn({ category: '5', item: '5.1' }, ID)).toEqual(['cert.warn.catalogUnverified']);
    expect(warn({ category: '1', item: '继电保护作业' }, ID)).toEqual(['cert.warn.catalogUnverified']);
  });

  it('has nothing to say about hazchem certificates', () => {
    expect(warn({ kind: 'hazchem-manager', number: 'AQ-001' })).toEqual([]);
  });
});
