import { maskIdNumber, maskPhone } from '../domain/mask';
import type { PersonRow } from '../docs/rows';
import { EDUCATION_LABELS, labelOf, STATUS_LABELS } from '../domain/roster/value-labels';
import { certificatesTemplate } from '../reports/xlsx/certificates-template';
import { peopleTemplate } from '../reports/xlsx/people-template';
import { writeSheet, type SheetSpec } from '../reports/xlsx/write-sheet';
import type { SafeLedgerDb } from '../store/db';
import { downloadBytes } from './sync/download';

export type { SheetSpec };

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const blob = (bytes: Uint8Array) => new Blob([bytes as BlobPart], { type: XLSX_MIME });

/** Which personal data an export shows in full; by default masked, as the lists show it (DESIGN §3.4). */
export type ExportPrivacy = { fullIdNumber?: boolean; fullPhone?: boolean };

/**
 * Excel templates and exports (X1), loaded on demand with the spreadsheet library.
 * Spreadsheet headers are the import's Chinese column names, so an export reads back through the same mapper.
 */
export function createExcelService(db: SafeLedgerDb) {
  return {
    /** 人员导入模板.xlsx (人员导入 + 说明). */
    peopleTemplate: (): Blob => blob(peopleTemplate()),
    /** 证书导入模板.xlsx (证书导入 + 说明 with the special-operations catalog). */
    certificatesTemplate: (): Blob => blob(certificatesTemplate()),
    /**
     * The people list as shown (`rows` = the filtered rows, in list order), with department and post names;
     * ID and phone numbers masked unless `privacy` says the viewer may see them in full.
     */
    async exportPeople(rows: readonly PersonRow[], privacy: ExportPrivacy = {}): Promise<Blob> {
      const [departments, posts] = await Promise.all([db.departments.toArray(), db.posts.toArray()]);
      const dept = new Map(departments.map((d) => [d.id as string, d.name]));
      const post = new Map(posts.map((p) => [p.id as string, p.name]));
      return blob(writeSheet({
        sheetName: '人员档案',
        columns: [
          { header: '工号', text: true }, { header: '姓名', width: 10 }, { header: '性别', width: 6 }, { header: '部门' }, { header: '岗位' },
          { header: '人员状态', width: 10 }, { header: '身份证号', width: 22, text: true }, { header: '出生日期', width: 12, text: true },
          { header: '手机号', width: 14, text: true }, { header: '入职日期', width: 12, text: true }, { header: '文化程度', width: 10 },
        ],
        rows: rows.map((p) => [
          p.workNo, p.name, p.sex === 'M' ? '男' : '女', dept.get(p.departmentId) ?? '', post.get(p.postId) ?? '', labelOf(STATUS_LABELS, p.status),
          privacy.fullIdNumber ? p.idNumber : maskIdNumber(p.idNumber), p.birthDate,
          p.phone ? (privacy.fullPhone ? p.phone : maskPhone(p.phone)) : '', p.hireDate ?? '', p.education ? labelOf(EDUCATION_LABELS, p.education) : '',
        ]),
      }));
    },
    /** Any list as .xlsx: see writeSheet for the spec (headers, widths, text columns; mask before calling). */
    exportRows: (spec: SheetSpec): Blob => blob(writeSheet(spec)),
    /** Saves a file through the browser's download. */
    async save(file: Blob, filename: string): Promise<void> {
      downloadBytes(new Uint8Array(await file.arrayBuffer()), filename, file.type || XLSX_MIME);
    },
  };
}
export type ExcelService = ReturnType<typeof createExcelService>;
