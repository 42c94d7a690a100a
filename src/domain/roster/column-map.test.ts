import { describe, expect, it } from 'vitest';
import { ROSTER_FIELD_SPECS, ROSTER_FIELDS, suggestMapping } from './column-map';
import { detectHeader } from './detect-header';

describe('suggestMapping', () => {
  it('maps headers written the way firms write them', () => {
    const header = ['序 号', '工号', '姓  名', '身份证号码（18位）', '部门/车间', '工种', '作业类别', '操作项目', '证号', '发证日期', '有效期', '下次复审', '发证机关', '备注', '联系电话'];
    expect(suggestMapping(header)).toEqual({
      seq: 0, workNo: 1, name: 2, idNumber: 3, department: 4, post: 5, category: 6, item: 7,
      certNumber: 8, firstIssue: 9, validUntil: 10, nextReview: 11, authority: 12, remark: 13, phone: 14,
    });
  });

  it('prefers an exact name over a contained one, and gives each column one field', () => {
    expect(suggestMapping(['持证人身份证号码', '身份证号', '下次复审日期'])).toEqual({ idNumber: 1, nextReview: 2 });
    expect(suggestMapping(['有效期至', '有效期'])).toEqual({ validUntil: 0 });
  });

  it('has a template label that is its own first synonym for every field', () => {
    for (const f of ROSTER_FIELDS) expect(suggestMapping([ROSTER_FIELD_SPECS[f].label])).toEqual({ [f]: 0 });
  });
});

describe('detectHeader', () => {
  it('skips a title and a 填报 line to the header row', () => {
    const rows = [
      ['某某公司特种作业人员台账（2026年）', '', ''],
      ['填报部门：安环部    填报日期：2026年11月10日', '', ''],
      ['序号', '姓名', '身份证号码', '作业类别'],
      ['1', '张三', '11010519491231002X', '电工作业'],
    ];
    expect(detectHeader(rows)).toEqual({ index: 2, columns: ['序号', '姓名', '身份证号码', '作业类别'], score: 4 });
  });

  it('finds nothing in a sheet without a header', () => {
    expect(detectHeader([['张三', '11010519491231002X'], ['说明：有效期6年']])).toBeUndefined();
  });
});
