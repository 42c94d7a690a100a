import type { CertKind } from '../certificates/certificate';
import type { EDUCATIONS, PersonStatus } from '../person';

type Education = (typeof EDUCATIONS)[number];

/**
 * How ledgers write coded values, per value: the first label is the one the import template, its 说明 sheet and
 * exports use; the others are read too. (Spreadsheets are Chinese-first: these are data, not UI strings.)
 */
export const STATUS_LABELS: Record<PersonStatus, readonly string[]> = {
  active: ['在职', '在岗'],
  away: ['离岗', '停岗'],
  left: ['离职', '已离职'],
};

export const EDUCATION_LABELS: Record<Education, readonly string[]> = {
  primary: ['小学'],
  junior: ['初中'],
  senior: ['高中', '职高'],
  vocational: ['中专/技校', '中专', '技校', '中技'],
  college: ['大专', '专科', '大学专科'],
  bachelor: ['本科', '大学本科', '大学'],
  master: ['硕士', '研究生'],
  doctor: ['博士'],
};

export const CERT_KIND_LABELS: Record<CertKind, readonly string[]> = {
  'special-operations': ['特种作业操作证', '特种作业', '特种作业证', '操作证'],
  'hazchem-principal': ['危化品主要负责人合格证', '主要负责人合格证', '主要负责人'],
  'hazchem-manager': ['危化品安全管理人员合格证', '安全管理人员合格证', '安全生产管理人员合格证', '安全管理人员', '安全生产管理人员'],
  other: ['其他证书', '其他'],
};

/** A reader for one of the label tables: label (or the code itself) → code, undefined when unknown. */
export function labelReader<K extends string>(table: Record<K, readonly string[]>): (text: string) => K | undefined {
  const by = new Map<string, K>();
  for (const [code, labels] of Object.entries(table) as [K, readonly string[]][]) {
    by.set(code.toUpperCase(), code);
    for (const l of labels) by.set(l.toUpperCase(), code);
  }
  return (text) => by.get(text.replace(/\s+/g, '').toUpperCase());
}

/** The label a template or an export writes for a code. */
export const labelOf = <K extends string>(table: Record<K, readonly string[]>, code: K): string => table[code][0]!;
