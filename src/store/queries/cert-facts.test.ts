import { describe, expect, it } from 'vitest';
import type { CertificateRow } from '../../docs/rows';
import { CertificateInput } from '../../domain/certificates/certificate';
import { effectiveRules } from '../../domain/certificates/effective-rules';
import { loadRulePack } from '../../domain/certificates/load-rule-pack';
import { certificateSchedule } from '../../domain/certificates/schedule';
import { certFactsIndex } from './cert-facts';

const rules = effectiveRules(loadRulePack());
const TODAY = '2025-06-01';
const base = CertificateInput.parse({
  kind: 'special-operations', number: 'T1', category: '1', item: '1.2', authority: '某市应急管理局', firstIssueDate: '2024-01-10',
});
const row = (i: number, personId: string, over: Partial<CertificateRow> = {}) =>
  ({ ...base, id: `c${i}`, docId: `person/${personId}`, personId, departmentId: '', due: '', dueEvent: '', ...over }) as CertificateRow;

describe('certFactsIndex', () => {
  it('groups each holder\'s certificates with kind, category, item and state today', () => {
    const idx = certFactsIndex(
      [row(1, 'p1'), row(2, 'p1', { firstIssueDate: '2018-01-10', category: '4', item: '4.1' }), row(3, 'p2', { cancelled: true })],
      (r) => certificateSchedule(r, TODAY, rules).state,
    );
    expect(idx.get('p1')).toEqual([
      { kind: 'special-operations', category: '1', item: '1.2', state: 'valid' },
      { kind: 'special-operations', category: '4', item: '4.1', state: 'expired' },
    ]);
    expect(idx.get('p2')).toEqual([{ kind: 'special-operations', category: '1', item: '1.2', state: 'cancelled' }]);
    expect(idx.has('p3')).toBe(false);
  });

  it('indexes 6,000 certificates with the real schedule (time printed, not asserted)', () => {
    const issued = ['2015-01-15', '2024-01-10', '2022-05-01']; // expired, valid, review missed on 2025-05-01
    const rows = Array.from({ length: 6000 }, (_, i) => row(i, `p${i % 2000}`, { firstIssueDate: issued[Math.floor(i / 2000)]! }));
    const t0 = performance.now();
    const idx = certFactsIndex(rows, (r) => certificateSchedule(r, TODAY, rules).state);
    const ms = performance.now() - t0;
    expect(idx.size).toBe(2000);
    expect([...idx.values()].every((l) => l.length === 3)).toBe(true);
    for (const l of idx.values()) expect(l.map((f) => f.state)).toEqual(['expired', 'valid', 'review-overdue']);
    console.log(`certFactsIndex, 6,000 certificates with certificateSchedule: ${ms.toFixed(1)} ms`);
  });
});
