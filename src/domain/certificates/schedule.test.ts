import { describe, expect, it } from 'vitest';
import { CertificateInput, type CertificateFormValues } from './certificate';
import { effectiveRules } from './effective-rules';
import { loadRulePack } from './load-rule-pack';
import { certificateSchedule } from './schedule';

const rules = effectiveRules(loadRulePack());
const cert = (v: Partial<CertificateFormValues> = {}) =>
  CertificateInput.parse({
    kind: 'special-operations',
    number: 'T11010519491231002X',
    category: '1',
    item: '1.2',
    authority: '某市应急管理局',
    firstIssueDate: '2020-03-15',
    ...v,
  });
const at = (today: string, v?: Partial<CertificateFormValues>) => certificateSchedule(cert(v), today, rules);

describe('special-operations schedule', () => {
  it('reviews at 3 years, expires at 6, and lists the rules used', () => {
    const s = at('2022-06-01');
    expect(s).toMatchObject({ state: 'valid', expiry: '2026-03-15', nextReviewDue: '2023-03-15', nextEvent: 'review', windowStart: '2023-01-14' });
    expect(s.rules.map((r) => `${r.id}@${r.version}`)).toEqual([
      'special_operation_certificate.validity_years@2025.1',
      'special_operation_certificate.apply_window_days_before_due@2025.1',
      'special_operation_certificate.review_interval_years@2025.1',
      'special_operation_certificate.off_post_months_reexam@2025.1',
    ]);
  });

  it.each([
    ['2023-01-13', 'valid', 61, 90],
    ['2023-01-14', 'review-due', 60, 60],
    ['2023-03-08', 'review-due', 7, 7],
    ['2023-03-15', 'review-due', 0, 0],
    ['2023-03-16', 'review-overdue', -1, 'overdue'],
  ] as const)('on %s the card is %s, %i days left, bucket %s', (today, state, days, bucket) => {
    expect(at(today)).toMatchObject({ state, daysUntilDue: days, bucket, nextReviewDue: '2023-03-15' });
  });

  it('a passed review in time moves the next due event to the renewal at expiry', () => {
    const s = at('2023-03-16', { reviews: [{ date: '2023-02-20', result: 'passed' }] });
    expect(s).toMatchObject({ state: 'valid', nextReviewDue: '2026-03-15', nextEvent: 'renewal', windowStart: '2026-01-14' });
  });

  it('a review passed after the due date does not cure the lapse (Art 26)', () => {
    expect(at('2023-04-01', { reviews: [{ date: '2023-03-20', result: 'passed' }] }).state).toBe('review-overdue');
  });

  it('two failed reviews void the card before the due date', () => {
    const reviews = [{ date: '2023-02-01', result: 'failed' as const }, { date: '2023-02-20', result: 'failed' as const }];
    expect(at('2023-02-25', { reviews })).toMatchObject({ state: 'review-overdue', daysUntilDue: 18 });
    expect(at('2023-02-25', { reviews: reviews.slice(0, 1) }).state).toBe('review-due');
  });

  it('with the 10-year extension the 3-year review is skipped (review every 6 years)', () => {
    const s = at('2023-03-16', { extendedReview: true });
    expect(s).toMatchObject({ state: 'valid', nextReviewDue: '2026-03-15', nextEvent: 'renewal' });
    expect(s.rules.map((r) => r.id)).toContain('special_operation_certificate.extended_review_interval_years');
    expect(s.rules.map((r) => r.id)).not.toContain('special_operation_certificate.review_interval_years');
  });

  it('expires the day after expiry', () => {
    const reviews = [{ date: '2023-03-01', result: 'passed' as const }];
    expect(at('2026-03-15', { reviews })).toMatchObject({ state: 'review-due', daysUntilDue: 0 });
    expect(at('2026-03-16', { reviews })).toMatchObject({ state: 'expired', nextReviewDue: '2026-03-15', daysUntilDue: -1, bucket: 'overdue' });
    expect(at('2026-03-16')).toMatchObject({ state: 'expired', nextEvent: 'renewal' });
  });

  it('a card issued on a leap day falls due on 28 February', () => {
    const s = at('2022-12-29', { firstIssueDate: '2020-02-29' });
    expect(s).toMatchObject({ state: 'valid', expiry: '2026-02-28', nextReviewDue: '2023-02-28', windowStart: '2022-12-30', daysUntilDue: 61 });
    expect(at('2022-12-30', { firstIssueDate: '2020-02-29' }).state).toBe('review-due');
  });

  it('uses the card’s own start and end when entered', () => {
    const s = at('2024-06-01', { validFrom: '2023-05-10', validityEnd: '2029-05-09' });
    expect(s).toMatchObject({ expiry: '2029-05-09', nextReviewDue: '2026-05-10' });
    expect(s.rules.map((r) => r.id)).not.toContain('special_operation_certificate.validity_years');
  });

  it('off post 5 months: no re-exam; 6 months: practical re-exam required until one is recorded', () => {
    const five = [{ from: '2024-01-10', to: '2024-07-09' }];
    const six = [{ from: '2024-01-10', to: '2024-07-10' }];
    expect(at('2024-09-01', { offPost: five }).practicalReexamRequired).toBe(false);
    expect(at('2024-09-01', { offPost: six }).practicalReexamRequired).toBe(true);
    expect(at('2024-09-01', { offPost: [{ ...six[0]!, reexamDate: '2024-07-20' }] }).practicalReexamRequired).toBe(false);
    expect(at('2024-07-09', { offPost: [{ from: '2024-01-10' }] }).practicalReexamRequired).toBe(false);
    expect(at('2024-07-10', { offPost: [{ from: '2024-01-10' }] }).practicalReexamRequired).toBe(true);
  });

  it('a cancelled card is cancelled whatever the dates, with nothing due', () => {
    expect(at('2023-03-16', { cancelled: true })).toMatchObject({ state: 'cancelled', daysUntilDue: null, bucket: 'none' });
  });
});
