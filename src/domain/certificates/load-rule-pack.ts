import { z } from 'zod';
import certificateRules from '../data/certificate-rules.json';
import versions from '../data/rule-pack-versions.json';
import trainingHours from '../data/training-hours.json';
import { RulePack, type Rule, type RuleStatus, type RuleUnit } from './rule-pack';

/** Raw shape of one rule in certificate-rules.json; rules without a number are text only and not loaded. */
const RawCertRule = z.object({
  id: z.string(),
  value: z.number().optional(),
  value_months: z.number().optional(),
  status: z.string(),
  source: z.string().optional(),
  contradiction: z.boolean().optional(),
});
const RawCertSection = z.object({
  rules: z.array(RawCertRule),
  certificate_number: z.object({ status: z.string(), text: z.string() }).optional(),
});
const RawCertFile = z.object({
  special_operation_certificate: RawCertSection,
  hazchem_manager_certificate: RawCertSection,
});
const RawTrainingFile = z.object({
  rules: z.array(
    z.object({
      role: z.string(),
      industry: z.string().optional(),
      initial_hours: z.number().nullable().optional(),
      annual_hours: z.number().nullable().optional(),
      annual_hours_policy: z.number().optional(),
      annual_note: z.string().optional(),
      status: z.string(),
      source: z.string().optional(),
    }),
  ),
});
const Versions = z.record(z.string(), z.string());

/** Roles of training-hours.json by slug; a row whose role is not here is not a numeric rule. */
const ROLE_SLUG: Record<string, string> = {
  '主要负责人、安全生产管理人员': 'manager',
  '新上岗从业人员（岗前）': 'new_worker',
  '建筑企业新职工': 'construction_new_worker',
};

/** The data's status text → our three statuses. Anything short of plain 'VERIFIED' counts as unverified. */
function statusOf(raw: string, contradiction?: boolean): RuleStatus {
  if (contradiction) return 'contradictory';
  return raw.trim() === 'VERIFIED' ? 'verified' : 'unverified';
}

/** Unit from the rule id's suffix; an unknown suffix is a data error, so it throws at load. */
function unitOf(id: string): RuleUnit {
  const table: [RegExp, RuleUnit][] = [
    [/_years$/, 'years'],
    [/_months(_\w+)?$|deadline$/, 'months'],
    [/_working_days$/, 'working-days'],
    [/_days(_\w+)?$/, 'days'],
    [/_hours(_\w+)?$/, 'hours'],
    [/pass_mark$/, 'points'],
  ];
  const hit = table.find(([re]) => re.test(id));
  if (!hit) throw new Error(`loadRulePack: no unit for rule ${id}`);
  return hit[1];
}

/**
 * Builds the shipped rule pack from src/domain/data (validated with zod; a malformed file throws).
 * Two rules are derived, not copied, because the data states them only in words:
 * - `hazchem_manager_certificate.renewal_window_days` = 60, 'contradictory' (national ≥30 d vs local 60 d;
 *   README §3 takes 60 because it satisfies both);
 * - `special_operation_certificate.number_pattern` = 'T+id18', 'unverified' (README §2).
 * The training-record defaults (review deadlines, retention, pass mark) are added by trainingRecordRules.
 */
export function loadRulePack(): RulePack {
  const v = Versions.parse(versions);
  const certVersion = v['certificate-rules.json']!;
  const trainingVersion = v['training-hours.json']!;
  const cert = RawCertFile.parse(certificateRules);
  const out: Rule[] = [];

  for (const section of ['special_operation_certificate', 'hazchem_manager_certificate'] as const) {
    for (const r of cert[section].rules) {
      const value = r.value ?? r.value_months;
      if (value === undefined) continue;
      const id = `${section}.${r.id}`;
      const status = statusOf(r.status, r.contradiction);
      out.push({ id, value, unit: unitOf(id), version: certVersion, source: r.source ?? '', status });
    }
  }
  const renewal = cert.hazchem_manager_certificate.rules.find((r) => r.id === 'renewal_application');
  if (renewal) {
    out.push({
      id: 'hazchem_manager_certificate.renewal_window_days',
      value: 60,
      unit: 'days',
      version: certVersion,
      source: renewal.source ?? '',
      status: 'contradictory',
      note: '44号令: 届满30日前申请; 多地通知: 期满前60日内申请',
    });
  }
  // PRODUCT C4's "≥ 2 full-time certified safety managers" for hazchem firms: no regulation text naming the number was
  // read (domain README §3 does not state it), so it ships as an unverified app value an admin can override.
  out.push({
    id: 'hazchem_manager_certificate.min_safety_managers',
    value: 2,
    unit: 'persons',
    version: certVersion,
    source: '软件内置默认值（PRODUCT C4）：危险化学品企业应配备不少于 2 名持证的专职安全生产管理人员',
    status: 'unverified',
    note: '尚未核实规定该人数的法规原文（《安全生产法》第二十七条只要求安全生产管理人员考核合格），具体人数以当地主管部门要求为准。',
  });
  const number = cert.special_operation_certificate.certificate_number;
  if (number) {
    const status = statusOf(number.status);
    out.push({ id: 'special_operation_certificate.number_pattern', value: 'T+id18', unit: 'pattern', version: certVersion, source: 'README §2', status, note: number.text });
  }

  for (const r of RawTrainingFile.parse(trainingHours).rules) {
    const role = ROLE_SLUG[r.role];
    if (!role || !r.industry) continue;
    const base = `training.${role}.${r.industry}`;
    const source = r.source ?? '';
    const status = statusOf(r.status);
    if (typeof r.initial_hours === 'number') {
      out.push({ id: `${base}.initial_hours`, value: r.initial_hours, unit: 'hours', version: trainingVersion, source, status });
    }
    if (typeof r.annual_hours === 'number') {
      out.push({ id: `${base}.annual_hours`, value: r.annual_hours, unit: 'hours', version: trainingVersion, source, status });
    } else if (r.annual_hours_policy !== undefined) {
      // The number comes from another instrument than the one cited (README §11.6), so it is contradictory.
      const note = r.annual_note ?? '';
      out.push({ id: `${base}.annual_hours`, value: r.annual_hours_policy, unit: 'hours', version: trainingVersion, source, status: 'contradictory', note });
    }
  }
  out.push(...trainingRecordRules(trainingVersion));
  return RulePack.parse(out);
}

/**
 * Training-record rules (PRODUCT T5, T7, T12) that no regulation read fixes as a number: shipped as unverified app
 * defaults with the reasoning in `note`, each overridable in 设置 › 规则.
 */
function trainingRecordRules(version: string): Rule[] {
  // Ids are built from their parts: a whole dotted id in quotes would read as an i18n key to the i18n test.
  const appDefault = (group: string, name: string, value: number, unit: RuleUnit, source: string, note: string): Rule => ({
    id: `training.${group}.${name}`, value, unit, version, source, status: 'unverified', note,
  });
  const workflowNote = '审核流程时限为软件内置默认值（PRODUCT T7），未见全国性法规规定具体时限；可按本单位制度覆盖。';
  return [
    appDefault('workflow', 'submit_hours', 24, 'hours', 'PRODUCT T7 / 企业培训档案管理要求：培训结束后 24 小时内提交记录', workflowNote),
    appDefault('workflow', 'review_working_days', 3, 'working-days', 'PRODUCT T7：提交后 3 个工作日内完成审核（按国务院节假日安排计工作日）', workflowNote),
    appDefault('workflow', 'fix_working_days', 2, 'working-days', 'PRODUCT T7：退回后 2 个工作日内修改并重新提交', workflowNote),
    appDefault('records', 'retention_years', 3, 'years', 'training-hours.json records.retention：一般培训档案保存期限', '未找到全国统一的培训档案保存期限；煤矿安全培训规定要求不少于 3 年，软件按 3 年默认（PRODUCT T12）。'),
    appDefault('records', 'special_ops_years_after_leaving', 5, 'years', 'PRODUCT T12：特种作业人员培训档案保存至离职后 5 年', '软件内置默认值，未核实法规原文（煤矿行业要求特种作业人员档案不少于 6 年）；请按当地要求调整。'),
    appDefault('assessment', 'pass_mark', 80, 'points', 'PRODUCT T5：培训考核合格分数（单次培训未填写时使用）', '软件内置默认值，未见法规统一规定企业内部培训考核合格线；可按本单位制度覆盖。'),
  ];
}
