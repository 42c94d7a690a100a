import { afterEach, describe, expect, it, vi } from 'vitest';
import { CertificateInput } from '../domain/certificates/certificate';
import { addYears } from '../domain/certificates/date-math';
import { formatDate } from '../domain/format-date';
import type { PersonId } from '../domain/ids';
import { FONT, pdfInfo, pdfText } from '../reports/pdf/pdf-tools.testing';
import { saveCertificate } from '../store/certificate-writes';
import { orgWrites } from '../store/org-writes';
import { createPeople } from '../store/people-writes';
import { personInput, testWorkspace } from '../store/test-db.testing';
import { createPdfService } from './pdf-service';

// The browser fetches the font and keeps it in Cache Storage; here it is read from node_modules.
vi.mock('./pdf-font', () => ({ loadPdfFont: async () => FONT }));

const today = formatDate(Date.now());
const bytes = async (b: Blob) => new Uint8Array(await b.arrayBuffer());

async function workspace() {
  const w = testWorkspace();
  const org = orgWrites(w.db, w.docs);
  await org.saveProfile({ name: '苏州测试化工有限公司', industry: 'hazchem', highRisk: true });
  const dept = await org.saveDepartment(null, { name: '生产一车间', code: 'SC' });
  const post = await org.savePost(null, { name: '维修电工', departmentId: dept, qualifications: [] });
  const [id] = await createPeople(w.db, w.docs, [personInput(1, { name: '孙电工', departmentId: dept, postId: post, phone: '13800138000' })]);
  const cert = (number: string, firstIssueDate: string) => CertificateInput.parse({
    kind: 'special-operations', number, category: '1', item: '1.2', authority: '苏州市应急管理局', firstIssueDate,
  });
  await saveCertificate(w.docs, id as PersonId, null, cert('T-VALID', addYears(today, -1)));
  await saveCertificate(w.docs, id as PersonId, null, cert('T-OLD', addYears(today, -7)));
  return { ...w, id: id! };
}

describe('createPdfService', () => {
  const open: { close(): void }[] = [];
  afterEach(() => open.splice(0).forEach((w) => w.close()));

  it('builds the dossier from the projections: names for ids, certificate states today, masked phone', async () => {
    const w = await workspace();
    open.push(w);
    const row = (await w.db.people.get(w.id))!;
    const text = pdfText(await bytes(await createPdfService(w.db).dossier(w.id)));
    for (const s of ['苏州测试化工有限公司', '孙电工', row.workNo, row.idNumber, '生产一车间', '维修电工', '138****8000', 'T-VALID', 'T-OLD',
      '电工作业', '低压电工作业', '已过期', `生成日期：${today}`]) expect(text).toContain(s);
    expect(text).toMatch(/状态\s+有效/);
    expect(text).not.toContain('13800138000');

    const masked = pdfText(await bytes(await createPdfService(w.db).dossier(w.id, { maskIdNumber: true })));
    expect(masked).not.toContain(row.idNumber);
    expect(masked).toContain(`${row.idNumber.slice(0, 4)}**********${row.idNumber.slice(-4)}`);
  });

  it('refuses an unknown person, a notice without findings, a past deadline and a malformed finding', async () => {
    const w = await workspace();
    open.push(w);
    const pdf = createPdfService(w.db);
    await expect(pdf.dossier('nobody')).rejects.toMatchObject({ reason: 'person.notFound' });
    const finding = { kind: 'hazchem-managers', required: 2, actual: 1 };
    await expect(pdf.rectificationNotice([], { deadline: '2999-01-01' })).rejects.toMatchObject({ reason: 'v.required' });
    await expect(pdf.rectificationNotice([finding], { deadline: '2000-01-01' })).rejects.toMatchObject({ reason: 'pdf.e.deadlinePast', field: 'deadline' });
    await expect(pdf.rectificationNotice([finding], { deadline: '2999-02-30' })).rejects.toMatchObject({ reason: 'v.date', field: 'deadline' });
    await expect(pdf.rectificationNotice([{ kind: 'unlicensed', person: '', missing: 'x' }], { deadline: '2999-01-01' }))
      .rejects.toMatchObject({ reason: 'v.required', field: '0.person' });
  });

  it('writes the notice to the departments named in the findings, with a default requirement', async () => {
    const w = await workspace();
    open.push(w);
    const findings = [
      { kind: 'unlicensed', person: '王焊工', workNo: 'W017', department: '维修车间', post: '焊工', missing: '特种作业操作证（2.1 熔化焊接与热切割作业）', basis: '' },
      { kind: 'hazchem-managers', required: 2, actual: 0, basis: '《中华人民共和国安全生产法》第二十七条' },
    ];
    const text = pdfText(await bytes(await createPdfService(w.db).rectificationNotice(findings, { deadline: '2999-01-31' })));
    for (const s of ['整改通知书', '编号：ZG', '维修车间：', '王焊工', '熔化焊接与热切割作业', '尚缺 2 名', '第二十七条', '立即停止', '请于 2999-01-31 前完成整改']) {
      expect(text).toContain(s);
    }
  });

  it('prints certificate cards from issued card items (signed fields as given) and times a batch for the bench', async () => {
    const w = await workspace();
    open.push(w);
    const pdf = createPdfService(w.db);
    const item = {
      certificateId: 'c1', personId: 'p1', qrText: 'SIGNED.PAYLOAD', categoryName: '电工作业', itemName: '低压电工作业',
      card: { version: 1, name: '孙电工', maskedId: '1101**********002X', number: 'T1101**********002X', kind: 'special-operations' as const,
        category: '1', item: '1.2', validFrom: '2024-01-01', validTo: '2030-01-01', enterprise: '苏州测试化工有限公司' },
    };
    const cards = await bytes(await pdf.certificateCards(Array.from({ length: 9 }, () => item)));
    expect(pdfInfo(cards)['Pages']).toBe('2');
    expect(pdfText(cards)).toContain('T1101**********002X');
    await expect(pdf.certificateCards([{ ...item, qrText: '' }])).rejects.toMatchObject({ field: '0.qrText' });

    const timed = await pdf.timeCards(2);
    expect(timed.bytes).toBeGreaterThan(1000);
    expect(timed.ms).toBeGreaterThan(0);
    await expect(pdf.timeCards(3)).rejects.toThrow(/only 2 certificates/);
  });
});
