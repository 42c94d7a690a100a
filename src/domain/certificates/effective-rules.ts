import { AppError } from '../app-error';
import type { Rule, RuleOverride, RulePack, RuleRef } from './rule-pack';
import { certKindKey, type OtherCertKind } from './other-cert-kind';

/** A rule as in force locally: the shipped rule, possibly with the override that replaced its value. */
export type EffectiveRule = Rule & { override?: RuleOverride; ref: RuleRef };

/** Effective rules by id, with typed access that records what was read. */
export type EffectiveRules = {
  readonly all: readonly EffectiveRule[];
  /** The rule or an AppError 'e.rule.missing' (a computation needs a rule the pack lacks). */
  get(id: string): EffectiveRule;
  /** The numeric value and its ref; AppError 'e.rule.notNumber' if the value is text. */
  num(id: string): { value: number; ref: RuleRef };
  /** The enterprise's configured 'other' kind of this name, if any (see other-cert-kind.ts). */
  otherKind(name: string | undefined): OtherCertKind | undefined;
};

/**
 * Applies local overrides on top of a pack. The last override of a rule wins (callers pass them in entry order).
 * An overridden rule keeps its data status (so 'unverified' stays visible) and gets the version
 * `<data version>+local@<at>`, which every result using it records. An override of an unknown rule, or of a
 * numeric rule with text (or the reverse), or a calendar or head-count
 * value (years, months, days) that is not a positive whole number, is refused with an AppError.
 */
export function effectiveRules(pack: RulePack, overrides: readonly RuleOverride[] = [], otherKinds: ReadonlyMap<string, OtherCertKind> = new Map()): EffectiveRules {
  const byId = new Map<string, EffectiveRule>();
  for (const rule of pack) byId.set(rule.id, { ...rule, ref: { id: rule.id, version: rule.version, status: rule.status, origin: 'data' } });
  for (const o of overrides) {
    const base = pack.find((r) => r.id === o.ruleId);
    if (!base) throw new AppError('e.rule.unknown', 'ruleId', { ruleId: o.ruleId });
    if (typeof base.value !== typeof o.value) throw new AppError('e.rule.valueType', 'value', { ruleId: o.ruleId });
    const whole = ['years', 'months', 'days', 'working-days', 'persons'].includes(base.unit);
    if (whole && !(Number.isInteger(o.value) && (o.value as number) > 0)) {
      throw new AppError('e.rule.valueRange', 'value', { ruleId: o.ruleId });
    }
    const version = `${base.version}+local@${o.at}`;
    byId.set(base.id, { ...base, value: o.value, version, override: o, ref: { id: base.id, version, status: base.status, origin: 'override' } });
  }
  const get = (id: string): EffectiveRule => {
    const r = byId.get(id);
    if (!r) throw new AppError('e.rule.missing', undefined, { ruleId: id });
    return r;
  };
  return {
    all: [...byId.values()],
    get,
    otherKind: (name) => (name ? otherKinds.get(certKindKey(name)) : undefined),
    num(id) {
      const r = get(id);
      if (typeof r.value !== 'number') throw new AppError('e.rule.notNumber', undefined, { ruleId: id });
      return { value: r.value, ref: r.ref };
    },
  };
}
