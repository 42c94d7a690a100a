import { certificateDue, type CertificateDue } from './certificate-due';
import type { Certificate } from './certificate';
import { effectiveRules, type EffectiveRules } from './effective-rules';
import { loadRulePack } from './load-rule-pack';
import { otherKindsByName } from './other-cert-kind';
import { foldRuleOverrides } from './rule-override-entry';
import type { RulePack } from './rule-pack';

/** What projections need from the rules in force (loaded on demand, outside the initial bundle). */
export type ProjectionRules = {
  /** Identifies the overrides in force; stores compare it to know whether stored due dates are current. */
  key: string;
  rules: EffectiveRules;
  certificateDue(c: Certificate): CertificateDue;
};

let shipped: RulePack | undefined;

/**
 * The shipped pack plus the overrides folded from `entries` (the catalog doc's override log) and the enterprise's
 * configured 'other' certificate kinds (`kinds`, the catalog doc's kind rows).
 */
export function projectionRules(entries: readonly unknown[], kinds: readonly unknown[] = []): ProjectionRules {
  shipped ??= loadRulePack();
  const { overrides } = foldRuleOverrides(entries, shipped);
  const byName = otherKindsByName(kinds);
  const rules = effectiveRules(shipped, overrides, byName);
  return {
    key: JSON.stringify([overrides.map((o) => [o.ruleId, o.value, o.at]), [...byName.values()].map((k) => [k.id, k.name, k.validityYears, k.windowDays]).sort()]),
    rules,
    certificateDue: (c) => certificateDue(c, rules),
  };
}
