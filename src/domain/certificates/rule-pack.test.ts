import { describe, expect, it } from 'vitest';
import { isAppError } from '../app-error';
import { effectiveRules } from './effective-rules';
import { loadRulePack } from './load-rule-pack';
import { RuleOverride } from './rule-pack';

const pack = loadRulePack();
const rule = (id: string) => pack.find((r) => r.id === id);
const override = (ruleId: string, value: number | string) =>
  RuleOverride.parse({ ruleId, value, by: '张安全', at: '2025-01-02', reason: '本省通知' });

describe('loadRulePack', () => {
  it('loads the numeric rules of the data files with unit, version and status', () => {
    expect(rule('special_operation_certificate.validity_years')).toMatchObject({ value: 6, unit: 'years', version: '2025.1', status: 'verified' });
    expect(rule('special_operation_certificate.review_interval_years')?.value).toBe(3);
    expect(rule('special_operation_certificate.extended_review_interval_years')?.value).toBe(6);
    expect(rule('special_operation_certificate.apply_window_days_before_due')).toMatchObject({ value: 60, unit: 'days' });
    expect(rule('special_operation_certificate.off_post_months_reexam')).toMatchObject({ value: 6, unit: 'months' });
    expect(rule('special_operation_certificate.authority_decision_working_days')?.unit).toBe('working-days');
    expect(rule('hazchem_manager_certificate.validity_years')?.value).toBe(3);
    expect(rule('hazchem_manager_certificate.assessment_deadline')).toMatchObject({ value: 6, unit: 'months' });
    expect(rule('training.manager.high_risk.annual_hours')).toMatchObject({ value: 16, unit: 'hours', status: 'verified' });
    expect(rule('training.manager.general.annual_hours')?.value).toBe(12);
  });

  it('keeps unverified and contradictory values visible as such', () => {
    expect(rule('special_operation_certificate.number_pattern')).toMatchObject({ value: 'T+id18', status: 'unverified' });
    expect(rule('hazchem_manager_certificate.renewal_window_days')).toMatchObject({ value: 60, status: 'contradictory' });
    expect(rule('training.new_worker.general.annual_hours')).toMatchObject({ value: 8, status: 'contradictory' });
  });

  it('derives the training-record rules as unverified, overridable app defaults with a Chinese source and note', () => {
    const expected: [string, number, string][] = [
      ['training.workflow.submit_hours', 24, 'hours'],
      ['training.workflow.review_working_days', 3, 'working-days'],
      ['training.workflow.fix_working_days', 2, 'working-days'],
      ['training.records.retention_years', 3, 'years'],
      ['training.records.special_ops_years_after_leaving', 5, 'years'],
      ['training.assessment.pass_mark', 80, 'points'],
    ];
    for (const [id, value, unit] of expected) {
      expect(rule(id)).toMatchObject({ value, unit, status: 'unverified', version: '2025.1' });
      expect(rule(id)?.source).toMatch(/[\u4e00-\u9fff]/);
      expect(rule(id)?.note).toMatch(/[\u4e00-\u9fff]/);
    }
    const local = effectiveRules(pack, [override('training.workflow.review_working_days', 5)]);
    expect(local.num('training.workflow.review_working_days')).toMatchObject({ value: 5, ref: { origin: 'override' } });
    expect(() => effectiveRules(pack, [override('training.workflow.fix_working_days', 1.5)])).toThrow('e.rule.valueRange');
  });

  it('skips text-only rules', () => {
    expect(rule('special_operation_certificate.review_refusal_grounds')).toBeUndefined();
  });
});

describe('effectiveRules', () => {
  it('without overrides returns the data values and a data ref', () => {
    expect(effectiveRules(pack).num('special_operation_certificate.review_interval_years')).toEqual({
      value: 3,
      ref: { id: 'special_operation_certificate.review_interval_years', version: '2025.1', status: 'verified', origin: 'data' },
    });
  });

  it('an override replaces the value, keeps the status and changes the version', () => {
    const rules = effectiveRules(pack, [override('hazchem_manager_certificate.renewal_window_days', 30)]);
    const r = rules.get('hazchem_manager_certificate.renewal_window_days');
    expect(r.value).toBe(30);
    expect(r.ref).toEqual({ id: r.id, version: '2025.1+local@2025-01-02', status: 'contradictory', origin: 'override' });
    expect(r.override?.by).toBe('张安全');
  });

  it('the last override of a rule wins', () => {
    const later = { ...override('training.manager.high_risk.annual_hours', 24), at: '2025-03-01' };
    const rules = effectiveRules(pack, [override('training.manager.high_risk.annual_hours', 20), later]);
    expect(rules.num('training.manager.high_risk.annual_hours')).toMatchObject({ value: 24, ref: { version: '2025.1+local@2025-03-01' } });
  });

  it.each([
    ['no.such_rule', 5, 'e.rule.unknown'],
    ['special_operation_certificate.validity_years', 'six', 'e.rule.valueType'],
    ['special_operation_certificate.validity_years', 2.5, 'e.rule.valueRange'],
    ['special_operation_certificate.apply_window_days_before_due', 0, 'e.rule.valueRange'],
  ])('refuses override %s = %s with %s', (id, value, reason) => {
    try {
      effectiveRules(pack, [override(id, value)]);
      expect.fail('no error');
    } catch (e) {
      expect(isAppError(e) && e.reason).toBe(reason);
    }
  });

  it('asking for a missing rule is an AppError', () => {
    expect(() => effectiveRules([]).get('special_operation_certificate.validity_years')).toThrow('e.rule.missing');
  });
});
