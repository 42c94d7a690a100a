import { CATALOG } from '../certificates/catalog';
import type { HazchemManagersResult } from './hazchem-managers';
import { parseQualification, type Qualification } from './qualification';
import type { UnlicensedFinding, UnlicensedReason } from './unlicensed';

// The 整改通知书 is a Chinese document whatever the UI language, so its lines are written here in Chinese.

/** One 无证上岗 line of a 整改通知书 (fits the PDF view-model NoticeFindingVm). */
export type UnlicensedNoticeLine = { kind: 'unlicensed'; person: string; workNo: string; department: string; post: string; missing: string; basis: string };
/** The safety-manager shortfall as a 整改通知书 finding. */
export type ManagersNoticeLine = { kind: 'hazchem-managers'; required: number; actual: number; basis: string };

const REASON_ZH: Record<Exclude<UnlicensedReason, 'none'>, string> = {
  'review-overdue': '未按期复审，证书失效',
  expired: '证书已过期',
  cancelled: '证书已注销',
  'hazchem-red': '证书失效或涉事故',
};
/** 安全生产法(2021) Art 30 (special operations), Art 27 (hazchem principals and managers assessed). */
const BASIS_SO = '《中华人民共和国安全生产法》第三十条：特种作业人员必须按照国家有关规定经专门的安全作业培训，取得相应资格，方可上岗作业';
const BASIS_HC = '《中华人民共和国安全生产法》第二十七条：危险物品的生产、经营、储存单位的主要负责人和安全生产管理人员，应当经考核合格';

/** The required certificate in Chinese: 特种作业操作证（1.2 低压电工作业）, 危化品安全生产管理人员合格证, or its name. */
export function qualificationNameZh(q: Qualification): string {
  switch (q.type) {
    case 'so': {
      const cat = CATALOG.categories.find((c) => c.code === q.category);
      if (q.item === undefined) return `特种作业操作证（${cat?.name ?? q.category}，任一项目）`;
      const hit = cat?.items?.find((i) => (i.code !== null ? i.code === q.item : i.name === q.item));
      return `特种作业操作证（${hit ? (hit.code ? `${hit.code} ${hit.name}` : hit.name) : q.item}）`;
    }
    case 'kind':
      return q.kind === 'hazchem-principal' ? '危险化学品单位主要负责人安全合格证' : '危险化学品单位安全生产管理人员安全合格证';
    case 'other':
      return q.name;
    case 'legacy':
      return q.text;
  }
}

/** The selected 无证上岗 findings as notice lines; `deptName` resolves department ids. */
export function unlicensedNoticeLines(findings: readonly UnlicensedFinding[], deptName: (id: string) => string): UnlicensedNoticeLine[] {
  return findings.map((f) => {
    const q = parseQualification(f.qualification);
    const missing = qualificationNameZh(q) + (f.reason === 'none' ? '' : `（${REASON_ZH[f.reason]}${f.certificate ? `，证号 ${f.certificate.number}` : ''}）`);
    const basis = q.type === 'so' ? BASIS_SO : q.type === 'kind' ? BASIS_HC : '';
    return { kind: 'unlicensed', person: f.name, workNo: f.workNo, department: deptName(f.departmentId), post: f.postName, missing, basis };
  });
}

/** The shortfall of certified safety managers as a notice finding (undefined when the check passes or does not apply). */
export function managersNoticeLine(r: HazchemManagersResult): ManagersNoticeLine | undefined {
  if (!r.applicable || r.ok) return undefined;
  // The number's own source may be an app default (unverified), so the notice cites the statute it rests on.
  return { kind: 'hazchem-managers', required: r.required, actual: r.count, basis: BASIS_HC };
}
