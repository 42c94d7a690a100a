import { certificateDue, type CertificateDue } from './certificate-due';
import type { Certificate } from './certificate';
import { effectiveRules, type EffectiveRules } from './effective-rules';
import { loadRulePack } from './load-rule-pack';
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

/** The shipped pack plus the overrides folded from `entries` (the catalog doc's override log). */
export function projectionRules(entries: readonly unknown[]): ProjectionRules {
  shipped ??= loadRulePack();
  const { overrides } = foldRuleOverrides(entries, shipped);
  const rules = effectiveRules(shipped, overrides);
  return {
    key: JSON.stringify(overrides.map((o) => [o.ruleId, o.value, o.at])),
    rules,
    certificateDue: (c) => certificateDue(c, rules),
  };
}
