import { describe, expect, it } from 'vitest';
import { CertificateInput, type CertificateFormValues } from './certificate';
import { CERT_STATE_LABEL_KEYS } from './cert-state-labels';
import { effectiveRules, type EffectiveRules } from './effective-rules';
import { loadRulePack } from './load-rule-pack';
import { RuleOverride } from './rule-pack';
import { CERT_STATES, certificateSchedule } from './schedule';

const pack = loadRulePack();
const rules = effectiveRules(pack);
const hazchem = (v: Partial<CertificateFormValues> = {}) =>
  CertificateInput.parse({
    kind: 'hazchem-principal',
    number: 'AQ2022-0001',
    authority: '某省应急管理厅',
    firstIssueDate: '2022-05-10',
    retrainingHours: [{ year: 2024, hours: 16 }],
    ...v,
  });
const at = (today: string, v?: Partial<CertificateFormValues>, r: EffectiveRules = rules) => certificateSchedule(hazchem(v), today, r);
const overrideOf = (ruleId: string, value: number) =>
  RuleOverride.parse({ ruleId, value, by: '张安全', at: '2025-01-02', reason: '本省要求' });

describe('hazchem principal/manager schedule', () => {
  it('expires after 3 years; renewal window from 60 days before (a contradictory rule, shown as such)', () => {
    const s = at('2024-06-01');
    expect(s).toMatchObject({ state: 'valid', colour: 'green', expiry: '2025-05-10', nextEvent: 'renewal', windowStart: '2025-03-11' });
    expect(s.rules).toEqual([
      { id: 'hazchem_manager_certificate.validity_years', version: '2025.1', status: 'verified', origin: 'data' },
      { id: 'hazchem_manager_certificate.renewal_window_days', version: '2025.1', status: 'contradictory', origin: 'data' },
      { id: 'training.manager.high_risk.annual_hours', version: '2025.1', status: 'verified', origin: 'data' },
    ]);
    expect(at('2025-03-10', {}).state).toBe('valid');
    expect(at('2025-03-11', {}).state).toBe('review-due');
  });

  it('yellow when this year’s re-training hours are below 16, or not entered', () => {
    expect(at('2024-06-01', { retrainingHours: [{ year: 2024, hours: 15.5 }] }).colour).toBe('yellow');
    expect(at('2024-06-01', { retrainingHours: [{ year: 2023, hours: 40 }] }).colour).toBe('yellow');
    expect(at('2024-06-01', { kind: 'hazchem-manager' }).colour).toBe('green');
  });

  it('recorded training hours of the year add to the hours entered on the card', () => {
    const r = (v: Partial<CertificateFormValues>, trained: number) => certificateSchedule(hazchem(v), '2024-06-01', rules, trained).colour;
    expect(r({ retrainingHours: [] }, 16)).toBe('green');
    expect(r({ retrainingHours: [] }, 15.5)).toBe('yellow');
    expect(r({ retrainingHours: [{ year: 2024, hours: 8 }] }, 8)).toBe('green');
    expect(r({ retrainingHours: [{ year: 2023, hours: 8 }] }, 8)).toBe('yellow');
    expect(r({ retrainingHours: [], linkedToAccident: true }, 40)).toBe('red');
  });

  it('no yellow in the year of first issue (the initial training covers it)', () => {
    expect(at('2022-11-01', { retrainingHours: [] }).colour).toBe('green');
  });

  it('red when linked to an accident or expired', () => {
    expect(at('2024-06-01', { linkedToAccident: true })).toMatchObject({ state: 'valid', colour: 'red' });
    expect(at('2025-05-10', {}).colour).not.toBe('red');
    expect(at('2025-05-11', {})).toMatchObject({ state: 'expired', colour: 'red', daysUntilDue: -1 });
  });

  it('special-operations cards have no colour', () => {
    const so = CertificateInput.parse({ kind: 'special-operations', number: 'x', category: '3', item: '3.1', authority: 'a', firstIssueDate: '2022-01-01' });
    expect(certificateSchedule(so, '2024-01-01', rules).colour).toBeUndefined();
  });
});

describe('overrides change results and are recorded', () => {
  it('a stricter annual-hours rule turns 16 h yellow and the result records the local version', () => {
    const local = effectiveRules(pack, [overrideOf('training.manager.high_risk.annual_hours', 20)]);
    const s = at('2024-06-01', {}, local);
    expect(s.colour).toBe('yellow');
    expect(s.rules).toContainEqual({ id: 'training.manager.high_risk.annual_hours', version: '2025.1+local@2025-01-02', status: 'verified', origin: 'override' });
  });

  it('a 30-day renewal window moves the window start', () => {
    const local = effectiveRules(pack, [overrideOf('hazchem_manager_certificate.renewal_window_days', 30)]);
    expect(at('2025-03-11', {}, local)).toMatchObject({ state: 'valid', windowStart: '2025-04-10' });
  });

  it('a 2-year review interval for special operations moves the review due date', () => {
    const local = effectiveRules(pack, [overrideOf('special_operation_certificate.review_interval_years', 2)]);
    const so = CertificateInput.parse({ kind: 'special-operations', number: 'x', category: '3', item: '3.1', authority: 'a', firstIssueDate: '2020-03-15' });
    const s = certificateSchedule(so, '2022-01-20', local);
    expect(s).toMatchObject({ state: 'review-due', nextReviewDue: '2022-03-15' });
    expect(s.rules.find((r) => r.id === 'special_operation_certificate.review_interval_years')?.version).toBe('2025.1+local@2025-01-02');
    expect(certificateSchedule(so, '2022-01-20', rules).nextReviewDue).toBe('2023-03-15');
  });
});

describe("'other' kinds", () => {
  const other = (v: Partial<CertificateFormValues>) =>
    CertificateInput.parse({ kind: 'other', kindName: '叉车证', number: 'N1', authority: '市场监管局', firstIssueDate: '2024-01-01', ...v });

  it('use their own validity years, recorded as a rule of the record', () => {
    const s = certificateSchedule(other({ validityYears: 4 }), '2027-11-02', rules);
    expect(s).toMatchObject({ state: 'review-due', expiry: '2028-01-01', windowStart: '2027-11-02', daysUntilDue: 60 });
    expect(s.rules.map((r) => `${r.id}@${r.version}:${r.origin}`)).toEqual([
      'certificate.other.validity_years@record:record',
      'certificate.other.window_days@app-default:default',
    ]);
  });

  it('without validity years or end date nothing is due', () => {
    expect(certificateSchedule(other({}), '2030-01-01', rules)).toMatchObject({ state: 'valid', expiry: null, bucket: 'none' });
  });
});

it('every state has an i18n label key', () => {
  expect(CERT_STATES.map((s) => CERT_STATE_LABEL_KEYS[s])).toEqual([
    'cert.state.valid', 'cert.state.reviewDue', 'cert.state.reviewOverdue', 'cert.state.expired', 'cert.state.cancelled',
  ]);
});
