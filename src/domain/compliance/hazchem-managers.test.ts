import { describe, expect, it } from 'vitest';
import { effectiveRules } from '../certificates/effective-rules';
import { loadRulePack } from '../certificates/load-rule-pack';
import type { Rule } from '../certificates/rule-pack';
import { cert, person } from './compliance.testing';
import { hazchemManagers } from './hazchem-managers';
import { HAZCHEM_MANAGERS_MIN_RULE } from './hazchem-managers-rule';

const rules = effectiveRules(loadRulePack());
const TODAY = '2025-06-01';
const hazchem = { industry: 'hazchem', highRisk: false } as const;
const mgr = (id: string, who: string, v = {}) =>
  cert(id, who, { kind: 'hazchem-manager', category: undefined, item: undefined, firstIssueDate: '2025-01-10', ...v });

describe('hazchemManagers (≥ 2 持证安管人员)', () => {
  it('does not apply to an ordinary manufacturer, applies to hazchem or high-risk firms', () => {
    expect(hazchemManagers({ industry: 'manufacturing', highRisk: false }, [], [], TODAY, rules)).toEqual({ applicable: false, reason: 'not-hazchem' });
    expect(hazchemManagers(undefined, [], [], TODAY, rules)).toEqual({ applicable: false, reason: 'no-profile' });
    expect(hazchemManagers({ industry: 'manufacturing', highRisk: true }, [], [], TODAY, rules)).toMatchObject({ applicable: true, basis: 'high-risk' });
  });

  it('is short by 1 with one valid manager; others are listed with why they do not count', () => {
    const people = [person('a'), person('b'), person('c', { status: 'left' }), person('d'), person('e')];
    const certs = [
      mgr('m1', 'a'),
      mgr('m1b', 'a', { firstIssueDate: '2024-02-01' }), // a second card: a is still counted once
      mgr('m2', 'b', { firstIssueDate: '2021-01-10' }), // 3-year validity ended 2024-01-10
      mgr('m3', 'c'),
      mgr('m4', 'd', { linkedToAccident: true }),
      cert('p1', 'e', { kind: 'hazchem-principal', category: undefined, item: undefined, firstIssueDate: '2025-01-10' }),
    ];
    const r = hazchemManagers(hazchem, people, certs, TODAY, rules);
    if (!r.applicable) throw new Error('should apply');
    expect(r).toMatchObject({ basis: 'industry', required: 2, count: 1, short: 1, ok: false });
    expect(r.counted.map((h) => h.personId)).toEqual(['a']);
    expect(r.notCounted.map((h) => `${h.personId}:${h.reason}`)).toEqual(['b:expired', 'c:inactive', 'd:hazchem-red']);
    expect(r.rule).toMatchObject({ id: HAZCHEM_MANAGERS_MIN_RULE, value: 2, status: 'unverified' });
  });

  it('is ok with two, and a yellow (training hours short) card still counts', () => {
    const yellow = mgr('m2', 'b', { firstIssueDate: '2024-02-01' }); // no 2025 hours entered → yellow
    const r = hazchemManagers(hazchem, [person('a'), person('b')], [mgr('m1', 'a'), yellow], TODAY, rules);
    expect(r).toMatchObject({ applicable: true, count: 2, short: 0, ok: true });
    if (r.applicable) expect(r.counted[1]!.colour).toBe('yellow');
  });

  it('reads the number from the rule pack when the pack carries it', () => {
    const extra: Rule = { id: HAZCHEM_MANAGERS_MIN_RULE, value: 3, unit: 'points', version: 'x-1', source: '某省规定', status: 'verified' };
    const r = hazchemManagers(hazchem, [person('a'), person('b')], [mgr('m1', 'a'), mgr('m2', 'b')], TODAY, effectiveRules([...loadRulePack(), extra]));
    expect(r).toMatchObject({ required: 3, short: 1, ok: false, rule: { version: 'x-1', status: 'verified', source: '某省规定' } });
  });
});
