import { describe, expect, it } from 'vitest';
import { describeQualification } from './describe-qualification';
import { parseQualification, qualificationCode } from './qualification';
import { suggestQualification } from './suggest-qualification';

describe('parseQualification', () => {
  it.each([
    ['so:1:1.2', { type: 'so', category: '1', item: '1.2' }],
    ['so:1:电力电缆作业', { type: 'so', category: '1', item: '电力电缆作业' }],
    ['so:11', { type: 'so', category: '11' }],
    ['so:11:有限空间作业', { type: 'so', category: '11', item: '有限空间作业' }],
    ['kind:hazchem-manager', { type: 'kind', kind: 'hazchem-manager' }],
    ['kind:hazchem-principal', { type: 'kind', kind: 'hazchem-principal' }],
    ['kind:other:特种设备-叉车', { type: 'other', name: '特种设备-叉车' }],
  ] as const)('reads %s and writes it back unchanged', (code, q) => {
    expect(parseQualification(code)).toEqual(q);
    expect(qualificationCode(parseQualification(code))).toBe(code);
  });

  it.each(['1.2 低压电工作业', 'so:1:9.9', 'so:99', 'so:1:', 'kind:special-operations', 'kind:other:', 'kind:', ''])(
    'keeps %j as legacy text (never enforced)',
    (code) => expect(parseQualification(code)).toEqual({ type: 'legacy', text: code }),
  );
});

describe('describeQualification', () => {
  it('names catalog items with their code, categories with their name, kinds by i18n key', () => {
    expect(describeQualification(parseQualification('so:1:1.2'))).toEqual({ key: 'compliance.qual.soItem', params: { category: '电工作业', item: '1.2 低压电工作业' } });
    expect(describeQualification(parseQualification('so:1:电气试验作业')).params?.item).toBe('电气试验作业');
    expect(describeQualification(parseQualification('so:2'))).toEqual({ key: 'compliance.qual.soCategory', params: { category: '焊接与热切割作业' } });
    expect(describeQualification(parseQualification('kind:hazchem-manager'))).toEqual({ key: 'cert.kind.hazchem-manager' });
    expect(describeQualification(parseQualification('随便写的'))).toEqual({ key: 'compliance.qual.legacy', params: { text: '随便写的' } });
  });
});

describe('suggestQualification', () => {
  it.each([
    ['1.2 低压电工作业', 'so:1:1.2'],
    ['1.2', 'so:1:1.2'],
    ['9.10 氧化工艺作业', 'so:9:9.10'],
    ['电气试验作业', 'so:1:电气试验作业'],
    ['熔化焊接与热切割作业', 'so:2:2.1'],
    ['危险化学品安全管理人员', 'kind:hazchem-manager'],
    ['危化品主要负责人', 'kind:hazchem-principal'],
  ])('recognises %j as %s', (text, code) => {
    const q = suggestQualification(text);
    expect(q && qualificationCode(q)).toBe(code);
  });

  it.each(['特种设备-叉车', '1.2 高压电工作业', '电工'])('does not guess %j', (text) => expect(suggestQualification(text)).toBeUndefined());
});
