import { z } from 'zod';
import { isoDate, requiredText } from '../text';
import { effectiveRules } from './effective-rules';
import type { RuleOverride, RulePack } from './rule-pack';

/**
 * One entry of the override log kept in the `catalog` doc: set a rule's value (`value`), or go back to the
 * shipped value (`value: null`). Entries are never edited; the newest entry of a rule decides.
 */
export const RuleOverrideEntry = z.object({
  id: z.string().min(1).max(64),
  ruleId: z.string().regex(/^[a-z0-9_]+(\.[a-z0-9_]+)+$/),
  value: z.union([z.number().finite(), z.string().max(100), z.null()]),
  by: requiredText(50),
  at: isoDate,
  /** Milliseconds since the epoch: orders entries made on different devices. */
  ts: z.number().int().min(0),
  reason: requiredText(500),
  device: z.string().max(64).default(''),
});
export type RuleOverrideEntry = z.output<typeof RuleOverrideEntry>;

/** True if the pack has the rule and (for a value) the rule can take it. */
function usable(e: RuleOverrideEntry, pack: RulePack): boolean {
  if (!pack.some((r) => r.id === e.ruleId)) return false;
  if (e.value === null) return true;
  try {
    effectiveRules(pack, [{ ruleId: e.ruleId, value: e.value, by: e.by, at: e.at, reason: e.reason }]);
    return true;
  } catch {
    return false;
  }
}

/** Entry order: by time, then id (ids are unique), so every device folds the same log alike. */
const order = (a: RuleOverrideEntry, b: RuleOverrideEntry) => a.ts - b.ts || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * The overrides in force after a log of entries: the newest entry per rule wins, `null` restores the shipped value.
 * Entries that do not parse, name an unknown rule or carry a value the rule cannot take (e.g. a peer on a newer
 * rule pack) are set aside in `ignored`, never thrown: one bad entry must not stop every schedule.
 */
export function foldRuleOverrides(raw: readonly unknown[], pack: RulePack): { overrides: RuleOverride[]; ignored: unknown[] } {
  const ignored: unknown[] = [];
  const entries: RuleOverrideEntry[] = [];
  for (const r of raw) {
    const p = RuleOverrideEntry.safeParse(r);
    if (p.success && usable(p.data, pack)) entries.push(p.data);
    else ignored.push(r);
  }
  const last = new Map<string, RuleOverrideEntry>();
  for (const e of entries.sort(order)) last.set(e.ruleId, e);
  const overrides: RuleOverride[] = [];
  for (const e of last.values()) {
    if (e.value !== null) overrides.push({ ruleId: e.ruleId, value: e.value, by: e.by, at: e.at, reason: e.reason });
  }
  return { overrides: overrides.sort((a, b) => (a.ruleId < b.ruleId ? -1 : 1)), ignored };
}
