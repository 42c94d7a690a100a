import { describe, expect, it } from 'vitest';
import { certificateDue } from './certificate-due';
import { CertificateInput } from './certificate';
import { effectiveRules } from './effective-rules';
import { loadRulePack } from './load-rule-pack';
import { foldRuleOverrides } from './rule-override-entry';

const pack = loadRulePack();
const WINDOW = 'special_operation_certificate.apply_window_days_before_due';
const e = (id: string, ts: number, value: number | string | null, ruleId = WINDOW) => ({ id, ruleId, value, by: '李', at: '2026-11-01', ts, reason: '通知' });

describe('foldRuleOverrides', () => {
  it('keeps the newest entry per rule, whatever order the entries arrive in; null restores the shipped value', () => {
    const log = [e('a', 1, 90), e('b', 3, 30), e('c', 2, 45)];
    expect(foldRuleOverrides(log, pack).overrides.map((o) => o.value)).toEqual([30]);
    expect(foldRuleOverrides([...log].reverse(), pack).overrides.map((o) => o.value)).toEqual([30]);
    expect(foldRuleOverrides([...log, e('d', 4, null)], pack).overrides).toEqual([]);
  });

  it('same time on two devices: the entry id decides, identically everywhere', () => {
    expect(foldRuleOverrides([e('b', 5, 20), e('a', 5, 10)], pack).overrides[0]!.value).toBe(20);
  });

  it('sets aside malformed entries, unknown rules and values the rule cannot take', () => {
    const r = foldRuleOverrides([{ nonsense: true }, e('a', 1, 30, 'x.unknown'), e('b', 2, 'sixty'), e('c', 3, 0), e('d', 4, 15)], pack);
    expect(r.overrides.map((o) => o.value)).toEqual([15]);
    expect(r.ignored).toHaveLength(4);
  });
});

describe('certificateDue', () => {
  const rules = effectiveRules(pack);
  const so = (over: Record<string, unknown>) => CertificateInput.parse({
    kind: 'special-operations', number: 'T1', authority: 'x', category: '1', item: '1.1', firstIssueDate: '2020-05-31', ...over,
  });
  it('is the first review not passed, else the renewal at expiry; it does not move as days pass', () => {
    expect(certificateDue(so({}), rules)).toEqual({ due: '2023-05-31', dueEvent: 'review' });
    expect(certificateDue(so({ reviews: [{ date: '2023-05-01', result: 'passed' }] }), rules)).toEqual({ due: '2026-05-31', dueEvent: 'renewal' });
    // A review passed after its due date does not cure the missed one (30号令 Art 26): still due (overdue) then.
    expect(certificateDue(so({ reviews: [{ date: '2023-07-01', result: 'passed' }] }), rules)).toEqual({ due: '2023-05-31', dueEvent: 'review' });
  });
  it('nothing is due for a cancelled card', () => {
    expect(certificateDue(so({ cancelled: true }), rules)).toEqual({ due: '', dueEvent: '' });
  });
});
