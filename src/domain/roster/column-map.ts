import type { CellKind } from './normalize-cell';

/** The fields a special-operations roster (特种作业人员台账) row can fill. `seq` (序号) is recognised, then ignored. */
export const ROSTER_FIELDS = [
  'seq', 'workNo', 'name', 'idNumber', 'sex', 'department', 'post', 'status', 'phone', 'hireDate', 'education',
  'certKind', 'kindName', 'category', 'item', 'certNumber', 'authority', 'firstIssue', 'validUntil', 'nextReview', 'remark',
] as const;
export type RosterField = (typeof ROSTER_FIELDS)[number];

/** Which record a field fills: the person, the certificate the row carries, or neither (序号, 备注). */
export type FieldGroup = 'person' | 'cert' | 'other';

/** What a field is called, how its cells are cleaned, which record it fills, and its other names. */
export type RosterFieldSpec = { label: string; kind: CellKind; group: FieldGroup; synonyms: readonly string[] };

/** Field specs. The first synonym is the label of the import template; the others are what firms' ledgers use. */
export const ROSTER_FIELD_SPECS: Record<RosterField, RosterFieldSpec> = {
  seq: { label: '序号', kind: 'text', group: 'other', synonyms: ['序号', '序', 'NO'] },
  workNo: { label: '工号', kind: 'text', group: 'person', synonyms: ['工号', '员工编号', '职工编号', '员工工号', '人员编号', '员工号'] },
  name: { label: '姓名', kind: 'text', group: 'person', synonyms: ['姓名', '员工姓名', '人员姓名', '持证人', '持证人姓名', '名字'] },
  idNumber: {
    label: '身份证号', kind: 'id', group: 'person',
    synonyms: ['身份证号', '身份证号码', '身份证', '公民身份号码', '身份证件号码', '证件号码'],
  },
  sex: { label: '性别', kind: 'text', group: 'person', synonyms: ['性别'] },
  department: {
    label: '部门', kind: 'text', group: 'person',
    synonyms: ['部门', '车间', '所属部门', '所在部门', '部门/车间', '车间/部门', '所属车间', '单位', '所在单位'],
  },
  post: { label: '岗位', kind: 'text', group: 'person', synonyms: ['岗位', '工种', '岗位/工种', '工作岗位', '所在岗位', '岗位名称'] },
  status: { label: '人员状态', kind: 'text', group: 'person', synonyms: ['人员状态', '在职状态', '在岗状态', '用工状态', '状态'] },
  phone: { label: '手机号', kind: 'text', group: 'person', synonyms: ['手机号', '手机号码', '联系电话', '手机', '电话', '联系方式'] },
  hireDate: { label: '入职日期', kind: 'date', group: 'person', synonyms: ['入职日期', '入厂日期', '入职时间', '入厂时间', '参加工作时间'] },
  education: { label: '文化程度', kind: 'text', group: 'person', synonyms: ['文化程度', '学历'] },
  certKind: { label: '证书类别', kind: 'text', group: 'cert', synonyms: ['证书类别', '证书种类', '证书类型', '证件类别'] },
  kindName: { label: '证书名称', kind: 'text', group: 'cert', synonyms: ['证书名称', '证件名称'] },
  category: {
    label: '作业类别', kind: 'text', group: 'cert',
    synonyms: ['作业类别', '作业类型', '特种作业类别', '操作类别', '类别'],
  },
  item: { label: '准操项目', kind: 'text', group: 'cert', synonyms: ['准操项目', '操作项目', '作业项目', '准操作项目'] },
  certNumber: {
    label: '证书编号', kind: 'text', group: 'cert',
    synonyms: ['证书编号', '证号', '证书号', '操作证号', '操作证编号', '证件编号', '特种作业操作证号'],
  },
  authority: { label: '发证机关', kind: 'text', group: 'cert', synonyms: ['发证机关', '发证单位', '发证部门'] },
  firstIssue: {
    label: '初领日期', kind: 'date', group: 'cert',
    synonyms: ['初领日期', '发证日期', '取证日期', '初次领证日期', '领证日期', '取证时间', '发证时间'],
  },
  validUntil: {
    label: '有效期至', kind: 'date', group: 'cert',
    synonyms: ['有效期至', '有效期', '有效期限', '有效期截止', '有效截止日期', '到期日期', '截止日期'],
  },
  nextReview: {
    label: '复审日期', kind: 'date', group: 'other',
    synonyms: ['复审日期', '下次复审', '应复审日期', '下次复审日期', '复审时间'],
  },
  remark: { label: '备注', kind: 'text', group: 'other', synonyms: ['备注', '说明'] },
};

/** Which sheet column (0-based) fills which field: plain data, so the user can change it before the dry run. */
export type ColumnMapping = Partial<Record<RosterField, number>>;

/** A header cell reduced to what names it: no spaces, half-width, upper-case, no (…) note, no trailing * or colon. */
export function headerKey(cell: string): string {
  return cell
    .replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[\s\u00A0\u3000]+/g, '')
    .replace(/\([^)]*\)/g, '')
    .replace(/[*:]+$/, '')
    .replace(/^\*+/, '')
    .toUpperCase();
}

const EXACT = new Map<string, RosterField>();
for (const f of ROSTER_FIELDS) for (const s of ROSTER_FIELD_SPECS[f].synonyms) EXACT.set(headerKey(s), f);
/** Synonyms of three or more characters, longest first, for headers that only contain one (持证人身份证号码). */
const PARTIAL = [...EXACT].filter(([k]) => k.length >= 3).sort((a, b) => b[0].length - a[0].length);

/** The field a header cell names, matching exactly first and then by the longest contained synonym. */
export function matchHeader(cell: string): RosterField | undefined {
  const key = headerKey(cell);
  if (key === '') return undefined;
  return EXACT.get(key) ?? PARTIAL.find(([k]) => key.includes(k))?.[1];
}

/**
 * Proposes a mapping from a header row: each field takes the first column naming it exactly, then the first
 * still-free column containing one of its synonyms. Columns naming nothing known stay unmapped.
 */
export function suggestMapping(headerCells: readonly string[]): ColumnMapping {
  const mapping: ColumnMapping = {};
  const taken = new Set<number>();
  const exactPass = (i: number) => EXACT.get(headerKey(headerCells[i] ?? ''));
  const partialPass = (i: number) => matchHeader(headerCells[i] ?? '');
  for (const pass of [exactPass, partialPass]) {
    headerCells.forEach((_, i) => {
      const field = taken.has(i) ? undefined : pass(i);
      if (field !== undefined && mapping[field] === undefined) {
        mapping[field] = i;
        taken.add(i);
      }
    });
  }
  return mapping;
}
