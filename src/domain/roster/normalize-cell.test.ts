import { describe, expect, it } from 'vitest';
import { normalizeCell } from './normalize-cell';
import { excelSerialToIso, parseDateText } from './parse-date';

describe('normalizeCell', () => {
  it('trims and collapses spaces, full-width and no-break ones included', () => {
    expect(normalizeCell('text', ' 戴英 ')).toEqual({ ok: true, value: '戴英' });
    expect(normalizeCell('text', '\u3000生产\u3000\u3000一车间\u00A0')).toEqual({ ok: true, value: '生产 一车间' });
    expect(normalizeCell('text', '   ')).toEqual({ ok: true, value: '' });
  });

  it('upper-cases the x of an ID number and drops inner and full-width spaces', () => {
    expect(normalizeCell('id', ' 34010419880606881x ')).toEqual({ ok: true, value: '34010419880606881X' });
    expect(normalizeCell('id', '３４０１０４ 19880606881ｘ')).toEqual({ ok: true, value: '34010419880606881X' });
  });

  it.each([
    ['2018.11.17', '2018-11-17'], ['2018/11/17', '2018-11-17'], ['2018-11-17', '2018-11-17'],
    ['2018年11月17日', '2018-11-17'], ['2018年1月7日', '2018-01-07'], ['20181117', '2018-11-17'],
    ['2018.1.7', '2018-01-07'], ['２０１８．１１．１７', '2018-11-17'], ['43421', '2018-11-17'],
    ['2018-11-17 00:00:00', '2018-11-17'], [' 2018.11.17 ', '2018-11-17'],
  ])('reads the date %s', (raw, iso) => {
    expect(normalizeCell('date', raw)).toEqual({ ok: true, value: iso });
  });

  it.each(['2018.02.30', '2018.13.01', '2018', '18.11.17', '2018-11', '明年', '20181317', '2018.11.17.1'])(
    'refuses %s with import.e.badDate and the value',
    (raw) => {
      expect(normalizeCell('date', raw)).toEqual({ ok: false, key: 'import.e.badDate', params: { value: raw } });
    },
  );
});

describe('excelSerialToIso', () => {
  it('counts like Excel, including its phantom 1900-02-29', () => {
    expect(excelSerialToIso(1)).toBe('1900-01-01');
    expect(excelSerialToIso(59)).toBe('1900-02-28');
    expect(excelSerialToIso(61)).toBe('1900-03-01');
    expect(excelSerialToIso(42344.75)).toBe('2015-12-06');
    expect(excelSerialToIso(0, true)).toBe('1904-01-01');
    expect(excelSerialToIso(0)).toBeUndefined();
    expect(parseDateText('99999')).toBe('2173-10-13');
  });
});
