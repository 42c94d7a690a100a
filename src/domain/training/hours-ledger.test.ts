import { describe, expect, it } from 'vitest';
import { hoursLedger } from './hours-ledger';
import { hoursRequirement, type TrainingOrg, type TrainingProfile } from './hours-requirement';
import { row, rulesWith } from './training.testing';

const rules = rulesWith();
const hazchem: TrainingOrg = { industry: 'hazchem', highRisk: false };
const general: TrainingOrg = { industry: 'manufacturing', highRisk: false };
const need = (p: TrainingProfile, org: TrainingOrg, year = 2025) => hoursRequirement(p, org, year, rules);

describe('hoursLedger', () => {
  it('hours spread across kinds count only towards their own requirement', () => {
    const holder = need({ role: 'manager', reviewDates: ['2025-10-01'] }, hazchem); // 16 h annual + 8 h review
    const l = hoursLedger(
      [row('2025-02-10', 'annual', 6), row('2025-06-10', 'annual', 4), row('2025-08-01', 'review', 8), row('2025-05-12', 'other', 3)],
      holder,
    );
    expect(l.byKind).toEqual({ initial: 0, annual: 10, review: 8, other: 3 });
    expect(l.total).toBe(21);
    expect(l.lines).toMatchObject([
      { kind: 'annual', required: 16, counted: 10, shortfall: 6, met: false, rules: [{ id: 'training.manager.high_risk.annual_hours' }] },
      { kind: 'review', required: 8, counted: 8, shortfall: 0, met: true },
    ]);
    expect(l).toMatchObject({ year: 2025, shortfall: 6, met: false, status: 'verified' });
  });

  it('a new high-risk worker with 72 h initial training meets the year', () => {
    const r = need({ role: 'worker', startDate: '2025-03-01' }, hazchem);
    const rows = [row('2025-02-24', 'initial', 24), row('2025-02-25', 'initial', 24), row('2025-02-26', 'initial', 24)];
    expect(hoursLedger(rows, r)).toMatchObject({ met: true, shortfall: 0, lines: [{ kind: 'initial', required: 72, counted: 72 }] });
    expect(hoursLedger(rows.slice(1), r)).toMatchObject({ met: false, shortfall: 24 });
  });

  it('hours on 12-31 belong to that year, hours on 01-01 to the next', () => {
    const p: TrainingProfile = { role: 'manager', startDate: '2020-01-01' };
    const rows = [row('2024-12-31', 'annual', 12), row('2025-01-01', 'annual', 5)];
    expect(hoursLedger(rows, need(p, general, 2024))).toMatchObject({ total: 12, met: true });
    expect(hoursLedger(rows, need(p, general, 2025))).toMatchObject({ total: 5, shortfall: 7, met: false });
  });

  it('failed review training does not count (README §2); failed annual training counts and is shown', () => {
    const r = need({ role: 'worker', reviewDates: ['2025-09-30'] }, hazchem); // 20 h annual + 8 h review
    const l = hoursLedger(
      [row('2025-08-01', 'review', 8, { passed: false }), row('2025-03-01', 'annual', 20, { passed: false }), row('2025-04-01', 'other', 2, { passed: false })],
      r,
    );
    expect(l.lines).toMatchObject([
      { kind: 'annual', counted: 20, failedHours: 20, met: true },
      { kind: 'review', counted: 0, failedHours: 8, shortfall: 8, met: false },
    ]);
    expect(l.byKind.review).toBe(8);
    // A passed resit makes up the review hours.
    const resit = row('2025-08-20', 'review', 8, { passed: true });
    expect(hoursLedger([row('2025-08-01', 'review', 8, { passed: false }), resit, row('2025-03-01', 'annual', 20)], r).met).toBe(true);
  });

  it('a session projected twice for the same day counts once; the same session on another day counts again', () => {
    const r = need({ role: 'manager' }, general); // 12 h
    const a = row('2025-03-01', 'annual', 6, { sessionId: 'dup' });
    expect(hoursLedger([a, { ...a }], r)).toMatchObject({ total: 6, shortfall: 6 });
    expect(hoursLedger([a, { ...a, date: '2025-03-02' }], r)).toMatchObject({ total: 12, met: true });
  });

  it('half hours add up without floating-point drift', () => {
    const r = need({ role: 'worker' }, general); // 8 h, contradictory rule
    const l = hoursLedger([row('2025-01-05', 'annual', 2.7), row('2025-01-06', 'annual', 2.7), row('2025-01-07', 'annual', 2.6)], r);
    expect(l).toMatchObject({ total: 8, met: true, status: 'contradictory', lines: [{ counted: 8, status: 'contradictory' }] });
  });

  it('two reviews in a year add up to one review line', () => {
    const r = need({ role: 'worker', reviewDates: ['2025-03-01', '2025-11-01'] }, general);
    const l = hoursLedger([row('2025-02-01', 'review', 8), row('2025-01-10', 'annual', 8)], r);
    expect(l.lines.find((x) => x.kind === 'review')).toMatchObject({ required: 16, counted: 8, shortfall: 8, rules: [{ id: 'special_operation_certificate.review_training_hours_min' }] });
  });

  it('a year with nothing required is met whatever was attended', () => {
    expect(hoursLedger([], need({ role: 'worker', startDate: '2026-02-01' }, general))).toMatchObject({ lines: [], met: true, total: 0 });
  });

  it('an override raising the requirement turns a met year into a shortfall', () => {
    const rows = [row('2025-04-01', 'annual', 12)];
    const p: TrainingProfile = { role: 'manager' };
    expect(hoursLedger(rows, hoursRequirement(p, general, 2025, rules)).met).toBe(true);
    const stricter = hoursRequirement(p, general, 2025, rulesWith(['training.manager.general.annual_hours', 16]));
    expect(hoursLedger(rows, stricter)).toMatchObject({ met: false, shortfall: 4, lines: [{ rules: [{ origin: 'override' }] }] });
  });
});
