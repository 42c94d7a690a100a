import type { CertKind } from '../../domain/certificates/certificate';
import type { HazchemColour } from '../../domain/certificates/hazchem-colour';
import type { CertState } from '../../domain/certificates/schedule';
import type { EDUCATIONS, PersonStatus } from '../../domain/person';

/**
 * The PDF reports' own labels. They are Chinese whatever the UI language: the documents are Chinese regulatory
 * records (一人一档, 整改通知书, 证卡) that are filed and shown to inspectors as such.
 */
export const ZH = {
  confidential: '内部资料 注意保密',
  // Two spaces around the numbers: with one, pdftotext -layout glues CJK and digits ("第1页") and search misses it.
  page: (n: number, of: number) => `第  ${n}  页 / 共  ${of}  页`,
  generatedOn: (d: string) => `生成日期：${d}`,
  none: '—',
  sex: { M: '男', F: '女' } as Record<'M' | 'F', string>,
  education: {
    primary: '小学', junior: '初中', senior: '高中', vocational: '中专/技校', college: '大专', bachelor: '本科', master: '硕士', doctor: '博士',
  } as Record<(typeof EDUCATIONS)[number], string>,
  status: { active: '在职', away: '离岗', left: '离职' } as Record<PersonStatus, string>,
  certKind: {
    'special-operations': '特种作业操作证',
    'hazchem-principal': '危化品主要负责人安全生产知识和管理能力考核合格证',
    'hazchem-manager': '危化品安全生产管理人员安全生产知识和管理能力考核合格证',
    other: '其他证书',
  } as Record<CertKind, string>,
  certKindShort: {
    'special-operations': '特种作业操作证',
    'hazchem-principal': '危化品主要负责人合格证',
    'hazchem-manager': '危化品安管人员合格证',
    other: '其他证书',
  } as Record<CertKind, string>,
  certState: {
    valid: '有效',
    'review-due': '待复审',
    'review-overdue': '复审逾期（失效）',
    expired: '已过期',
    cancelled: '已注销',
  } as Record<CertState, string>,
  colour: { green: '绿（正常）', yellow: '黄（培训学时不足）', red: '红（失效或涉事故）' } as Record<HazchemColour, string>,
  nextEvent: { review: '复审', renewal: '换证' } as Record<'review' | 'renewal', string>,
  reviewResult: { passed: '合格', failed: '不合格' } as Record<'passed' | 'failed', string>,
  reexam: '离岗 6 个月以上，需重新进行实际操作考试',
} as const;

/** 一、二、三 … for numbered sections (1–10). */
export function sectionNumber(n: number): string {
  return '一二三四五六七八九十'[n - 1] ?? String(n);
}
