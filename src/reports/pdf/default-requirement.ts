import type { NoticeFindingVm } from './view-models';

const BY_KIND: Record<NoticeFindingVm['kind'], string> = {
  unlicensed: '立即停止上述人员从事需持证的作业，安排其参加安全技术培训并考核合格、取得相应证书后方可上岗；整改期间由持有效证书的人员替岗作业。',
  'hazchem-managers': '按规定配齐专职安全生产管理人员，并组织其参加安全生产知识和管理能力考核，取得合格证。',
  other: '针对上述问题制定整改措施，明确责任人，按期整改到位。',
};

/** The 整改要求 printed when the issuer writes none: one sentence per kind of finding, in a fixed order. */
export function defaultRequirement(findings: readonly NoticeFindingVm[]): string {
  const kinds = (Object.keys(BY_KIND) as NoticeFindingVm['kind'][]).filter((k) => findings.some((f) => f.kind === k));
  return kinds.map((k, i) => (kinds.length > 1 ? `${i + 1}. ${BY_KIND[k]}` : BY_KIND[k])).join('\n');
}
