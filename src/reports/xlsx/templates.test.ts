import * as XLSX from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import { CATALOG } from '../../domain/certificates/catalog';
import { ROSTER_FIELD_SPECS, suggestMapping } from '../../domain/roster/column-map';
import { detectHeader } from '../../domain/roster/detect-header';
import { suggestMode } from '../../domain/roster/import-mode';
import { CERTIFICATES_TEMPLATE, certificatesTemplate } from './certificates-template';
import { PEOPLE_TEMPLATE, peopleTemplate } from './people-template';
import { readSheet } from './read-sheet';

const templates = [
  { name: 'people', build: peopleTemplate, columns: PEOPLE_TEMPLATE, sheet: '人员导入', mode: 'people' },
  { name: 'certificates', build: certificatesTemplate, columns: CERTIFICATES_TEMPLATE, sheet: '证书导入', mode: 'certificates' },
] as const;

describe.each(templates)('the $name template', ({ build, columns, sheet, mode }) => {
  const bytes = build();

  it('has a header of the names the importer recognises, every one mapped, and one example row', async () => {
    const { sheets } = await readSheet(bytes);
    expect(sheets.map((s) => s.name)).toEqual([sheet, '说明']);
    const rows = sheets[0]!.rows;
    const header = detectHeader(rows);
    expect(header?.index).toBe(0);
    expect(rows[0]).toEqual(columns.map((c) => ROSTER_FIELD_SPECS[c.field].label));
    expect(suggestMapping(rows[0]!)).toEqual(Object.fromEntries(columns.map((c, i) => [c.field, i])));
    expect(suggestMode(sheet, suggestMapping(rows[0]!))).toBe(mode);
    expect(rows[1]).toEqual(columns.map((c) => c.example));
    expect(rows.slice(2).every((r) => r.every((c) => c === ''))).toBe(true);
  });

  it('formats ID, 工号 and date columns as text, down the entry rows, and sizes the columns', () => {
    const ws = XLSX.read(bytes, { type: 'array', cellNF: true, cellStyles: true, sheetStubs: true }).Sheets[sheet]!;
    for (const field of ['workNo', 'idNumber'] as const) {
      const c = XLSX.utils.encode_col(columns.findIndex((x) => x.field === field));
      expect(ws[`${c}2`]?.z, field).toBe('@');
      expect(ws[`${c}300`]?.z, field).toBe('@');
    }
    const nameCol = XLSX.utils.encode_col(columns.findIndex((x) => x.field === 'name'));
    expect(ws[`${nameCol}300`]).toBeUndefined();
    const idWidth = ws['!cols']![columns.findIndex((x) => x.field === 'idNumber')]!;
    expect(idWidth.wch ?? idWidth.width).toBeGreaterThanOrEqual(20);
  });

  it('explains every column on the 说明 sheet: required or not, format, allowed values', async () => {
    const notes = (await readSheet(bytes)).sheets[1]!.rows;
    expect(notes[0]).toEqual(['列名', '是否必填', '填写格式', '说明']);
    for (const c of columns) {
      const line = notes.find((r) => r[0] === ROSTER_FIELD_SPECS[c.field].label);
      expect(line?.[1], c.field).toMatch(/必填|选填/);
      expect(line?.[2], c.field).not.toBe('');
    }
    const text = notes.map((r) => r.join('|')).join('\n');
    const lists = { 人员状态: '在职、离岗、离职', 证书类别: '特种作业操作证、危化品主要负责人合格证、危化品安全管理人员合格证、其他证书' };
    for (const [label, values] of Object.entries(lists)) {
      const inTemplate = columns.some((c) => ROSTER_FIELD_SPECS[c.field].label === label);
      expect(text.includes(`${label}|${values}`), label).toBe(inTemplate);
    }
  });
});

describe('the certificates template 说明', () => {
  it('lists the whole special-operations catalog with its codes', async () => {
    const notes = (await readSheet(certificatesTemplate())).sheets[1]!.rows;
    const start = notes.findIndex((r) => r.join('|') === '类别代码|作业类别|项目代码|准操项目');
    expect(start).toBeGreaterThan(0);
    const listed = notes.slice(start + 1).filter((r) => r[0] !== '');
    const items = CATALOG.categories.reduce((n, c) => n + Math.max(1, c.items?.length ?? 0), 0);
    expect(listed).toHaveLength(items);
    expect(listed).toContainEqual(['1', '电工作业', '1.2', '低压电工作业']);
    expect(listed).toContainEqual(['1', '电工作业', '（无代码，填名称）', '电力电缆作业']);
  });
});
