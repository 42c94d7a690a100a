import { describe, expect, it } from 'vitest';
import { isAppError } from '../app-error';
import { hoursRequirement, type TrainingOrg, type TrainingProfile } from './hours-requirement';
import { rulesWith } from './training.testing';

const rules = rulesWith();
const general: TrainingOrg = { industry: 'manufacturing', highRisk: false };
const hazchem: TrainingOrg = { industry: 'hazchem', highRisk: false };
const construction: TrainingOrg = { industry: 'construction', highRisk: false };
const req = (p: TrainingProfile, org: TrainingOrg, year = 2025, r = rules) => hoursRequirement(p, org, year, r);
const summary = (p: TrainingProfile, org: TrainingOrg, year = 2025) =>
  req(p, org, year).items.map((i) => [i.kind, i.hours, i.rule.id]);

describe('hoursRequirement', () => {
  it('manager, general industry: 12 h annual re-training; 32 h initial in the year of appointment', () => {
    expect(summary({ role: 'manager', startDate: '2019-04-01' }, general)).toEqual([['annual', 12, 'training.manager.general.annual_hours']]);
    expect(summary({ role: 'manager', startDate: '2025-04-01' }, general)).toEqual([['initial', 32, 'training.manager.general.initial_hours']]);
    expect(req({ role: 'manager' }, general)).toMatchObject({ track: 'manager.general', newThisYear: false, status: 'verified' });
  });

  it('manager, high-risk industry: 48 h initial, 16 h annual; the hand-set flag makes any industry high-risk', () => {
    expect(summary({ role: 'manager', startDate: '2025-01-10' }, hazchem)).toEqual([['initial', 48, 'training.manager.high_risk.initial_hours']]);
    expect(summary({ role: 'manager' }, hazchem)).toEqual([['annual', 16, 'training.manager.high_risk.annual_hours']]);
    expect(summary({ role: 'manager' }, { industry: 'other', highRisk: true })).toEqual([['annual', 16, 'training.manager.high_risk.annual_hours']]);
  });

  it('new worker in a high-risk industry needs 72 h and no annual re-training that year; 20 h the next year', () => {
    const p: TrainingProfile = { role: 'worker', startDate: '2025-03-01' };
    const mining: TrainingOrg = { industry: 'mining', highRisk: false };
    expect(req(p, mining)).toMatchObject({ track: 'new_worker.high_risk', newThisYear: true, items: [{ kind: 'initial', hours: 72 }] });
    expect(req(p, mining, 2026).items).toMatchObject([{ kind: 'annual', hours: 20, rule: { id: 'training.new_worker.high_risk.annual_hours' } }]);
  });

  it('construction workers: 32 h initial, 20 h annual; a construction firm flagged high-risk takes the stricter 72 h', () => {
    expect(summary({ role: 'worker', startDate: '2025-07-01' }, construction)).toEqual([['initial', 32, 'training.construction_new_worker.construction.initial_hours']]);
    expect(summary({ role: 'worker' }, construction)).toEqual([['annual', 20, 'training.construction_new_worker.construction.annual_hours']]);
    expect(req({ role: 'worker', startDate: '2025-07-01' }, { ...construction, highRisk: true }).items[0]?.hours).toBe(72);
  });

  it('the contradictory 8 h annual rule for general workers stays visible as contradictory, with its note', () => {
    const r = req({ role: 'worker', startDate: '2020-01-01' }, general);
    expect(r.items).toHaveLength(1);
    expect(r.items[0]).toMatchObject({ kind: 'annual', hours: 8, rule: { id: 'training.new_worker.general.annual_hours', status: 'contradictory', origin: 'data' } });
    expect(r.items[0]?.note).toContain('安委〔2012〕10号');
    expect(r.status).toBe('contradictory');
    // The same worker's first year uses the verified 24 h rule.
    expect(req({ role: 'worker', startDate: '2020-01-01' }, general, 2020)).toMatchObject({ status: 'verified', items: [{ kind: 'initial', hours: 24 }] });
  });

  it('a special-operations holder whose review falls this year needs 8 h review training before it', () => {
    const p: TrainingProfile = { role: 'worker', startDate: '2018-05-01', reviewDates: ['2025-09-30', '2028-09-30'] };
    expect(req(p, hazchem).items).toEqual([
      expect.objectContaining({ kind: 'annual', hours: 20 }),
      { kind: 'review', hours: 8, dueDate: '2025-09-30', rule: { id: 'special_operation_certificate.review_training_hours_min', version: '2025.1', status: 'verified', origin: 'data' } },
    ]);
    expect(req(p, hazchem, 2026).items.map((i) => i.kind)).toEqual(['annual']);
  });

  it('two reviews in a year need review training each; a repeated date counts once', () => {
    const p: TrainingProfile = { role: 'manager', reviewDates: ['2025-11-02', '2025-03-15', '2025-11-02'] };
    expect(req(p, general).items.filter((i) => i.kind === 'review').map((i) => i.dueDate)).toEqual(['2025-03-15', '2025-11-02']);
  });

  it('owes nothing in a year before the person starts', () => {
    const r = req({ role: 'worker', startDate: '2026-01-01', reviewDates: ['2025-06-01'] }, general);
    expect(r).toMatchObject({ items: [], newThisYear: false, status: 'verified' });
  });

  it('a local override changes the required hours and the version every result records', () => {
    const local = rulesWith(['training.manager.general.annual_hours', 16], ['special_operation_certificate.review_training_hours_min', 12]);
    const r = req({ role: 'manager', reviewDates: ['2025-05-05'] }, general, 2025, local);
    expect(r.items).toMatchObject([
      { kind: 'annual', hours: 16, rule: { version: '2025.1+local@2025-02-01', origin: 'override', status: 'verified' } },
      { kind: 'review', hours: 12, rule: { origin: 'override' } },
    ]);
    // An override of the contradictory rule keeps it contradictory.
    const worker = req({ role: 'worker' }, general, 2025, rulesWith(['training.new_worker.general.annual_hours', 12]));
    expect(worker).toMatchObject({ status: 'contradictory', items: [{ hours: 12, rule: { origin: 'override', status: 'contradictory' } }] });
  });

  it('a rule missing from the pack is an error, not a silent zero', () => {
    const broken = { ...rules, num: (id: string) => (id.includes('review') ? rules.num('no.such') : rules.num(id)) };
    try {
      hoursRequirement({ role: 'worker', reviewDates: ['2025-01-01'] }, general, 2025, broken);
      expect.unreachable();
    } catch (e) {
      expect(isAppError(e) && e.reason).toBe('e.rule.missing');
    }
  });
});
