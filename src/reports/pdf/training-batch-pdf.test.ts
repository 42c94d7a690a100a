import { describe, expect, it } from 'vitest';
import { pdfInfo, pdfText } from './pdf-tools.testing';
import { trainingBatchPdf } from './training-batch-pdf';
import { BASE, record } from './training-pdf.testing';

const footer = (n: number, of: number) => new RegExp(`第\\s+${n}\\s+页\\s*/\\s*共\\s+${of}\\s+页`);

describe('trainingBatchPdf (培训记录批量导出)', () => {
  it('lists every record on a cover with the page it starts on, then each record from a new page, numbered over the file', async () => {
    const records = [
      record(3, { number: '2025-SC-FX-001', name: '一月安全复训', date: '2025-01-08' }),
      record(40, { number: '2025-SC-FX-002', name: '二月受限空间专项培训', date: '2025-02-12', department: '储运部' }),
      record(5, { number: undefined, name: '三月应急演练', date: '2025-03-05', stateLabel: '已审核', renumbered: [] }),
    ];
    const bytes = await trainingBatchPdf({ ...BASE(), records, period: { from: '2025-01-01', to: '2025-03-31' } });
    const pages = Number(pdfInfo(bytes)['Pages']);
    const texts = Array.from({ length: pages + 1 }, (_, p) => (p ? pdfText(bytes, p) : ''));
    const cover = texts[1]!;
    expect(cover).toContain('安全生产培训记录汇编');
    expect(cover).toContain('2025-01-01 至 2025-03-31');
    expect(cover).toContain('共 3 份记录');
    expect(cover).not.toContain('档案编号：');

    // Where does each record start? Its first page carries its title block and number.
    const firstPages = records.map((r) => {
      return texts.findIndex((t) => t.includes('一、培训基本信息') && t.includes(r.name));
    });
    expect(firstPages[0]).toBe(2);
    expect(firstPages[1]).toBeGreaterThan(firstPages[0]!);
    expect(firstPages[2]).toBeGreaterThan(firstPages[1]! + 1);
    expect(cover).toMatch(new RegExp(`1\\s+2025-SC-FX-001\\s+2025-01-08\\s+一月安全复训\\s+生产一车间\\s+3/3\\s+${firstPages[0]}`));
    expect(cover).toMatch(new RegExp(`2\\s+2025-SC-FX-002\\s+2025-02-12\\s+二月受限空间专项培训\\s+储运部\\s+38/40\\s+${firstPages[1]}`));
    expect(cover).toMatch(new RegExp(`3\\s+未归档\\s+2025-03-05\\s+三月应急演练\\s+生产一车间\\s+5/5\\s+${firstPages[2]}`));

    for (let p = 1; p <= pages; p++) {
      const t = texts[p]!;
      expect(t).toContain('安全生产培训记录');
      expect(t).toMatch(footer(p, pages));
      // Each record's pages carry its own number, and only its own attendees.
      const i = firstPages.findLastIndex((f) => f <= p);
      if (i >= 0) expect(t).toContain(`档案编号：${records[i]!.number ?? '未归档'}`);
    }
    // Each record's attendees are printed within its own pages.
    records.forEach((r, i) => {
      const own = texts.slice(firstPages[i], firstPages[i + 1] ?? pages + 1).join('\n');
      for (const p of r.participants) expect(own).toMatch(new RegExp(`${p.workNo}\\s+${p.name}\\s`));
    });
    expect(texts[firstPages[2]!]).toContain('应到 5 人');
  });

  it('says so when the period has no records', async () => {
    const bytes = await trainingBatchPdf({ ...BASE(), records: [], period: { from: '2024-01-01', to: '2024-12-31' } });
    expect(pdfText(bytes)).toContain('该期间没有培训记录。');
    expect(pdfInfo(bytes)['Pages']).toBe('1');
  });
});
