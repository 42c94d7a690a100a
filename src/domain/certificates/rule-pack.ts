import { z } from 'zod';
import { isoDate, requiredText } from '../text';

/** How sure the shipped data is of a rule (domain README status marks [V] / [U] / [!]). */
export const RULE_STATUSES = ['verified', 'unverified', 'contradictory'] as const;
export type RuleStatus = (typeof RULE_STATUSES)[number];

/** Units a rule value may carry. 'pattern' is a named format (e.g. 'T+id18'), not a number. */
export const RULE_UNITS = ['years', 'months', 'days', 'working-days', 'hours', 'points', 'persons', 'pattern'] as const;
export type RuleUnit = (typeof RULE_UNITS)[number];

/** One rule as shipped: a value from versioned reference data, never a code constant. */
export const Rule = z.object({
  /** Dotted id, `<file section>.<rule>`, e.g. 'special_operation_certificate.validity_years'. */
  id: z.string().regex(/^[a-z0-9_]+(\.[a-z0-9_]+)+$/),
  value: z.union([z.number(), z.string()]),
  unit: z.enum(RULE_UNITS),
  /** Version of the data file the rule came from (data/rule-pack-versions.json). */
  version: z.string().min(1),
  source: z.string(),
  status: z.enum(RULE_STATUSES),
  /** Why the status is not 'verified', in the data's own words. */
  note: z.string().optional(),
});
export type Rule = z.output<typeof Rule>;

/**
 * A local override of one rule, entered by a user (e.g. a stricter local notice). It is applied on top of the
 * shipped pack and changes the version every result records.
 */
export const RuleOverride = z.object({
  ruleId: z.string().min(1),
  value: z.union([z.number(), z.string()]),
  by: requiredText(50),
  /** When the override was made (YYYY-MM-DD); part of the effective version. */
  at: isoDate,
  reason: requiredText(500),
});
export type RuleOverride = z.output<typeof RuleOverride>;

/** A rule pack: the list of rules in force, ids unique. */
export const RulePack = z
  .array(Rule)
  .refine((rules) => new Set(rules.map((r) => r.id)).size === rules.length, { error: 'e.rule.duplicateId' });
export type RulePack = z.output<typeof RulePack>;

/**
 * Where a rule value came from: shipped data, a local override, the certificate record itself, a certificate kind
 * the enterprise configured, or an app default.
 */
export type RuleOrigin = 'data' | 'override' | 'record' | 'configured' | 'default';

/** The reference every computed result carries for each rule it used. */
export type RuleRef = { id: string; version: string; status: RuleStatus; origin: RuleOrigin };
