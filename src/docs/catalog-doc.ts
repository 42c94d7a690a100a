import type * as Y from 'yjs';
import type { RuleOverrideEntry } from '../domain/certificates/rule-override-entry';

/** The `catalog` doc's override log: entry id → the entry (immutable; entries made on two devices both stay). */
const overrides = (doc: Y.Doc) => doc.getMap<unknown>('ruleOverrides');

/** The raw override entries, as stored (validated when folded: a peer's entry may be malformed). */
export function readRuleOverrides(doc: Y.Doc): unknown[] {
  const out: unknown[] = [];
  overrides(doc).forEach((v, id) => out.push(v && typeof v === 'object' ? { ...(v as object), id } : { id }));
  return out.sort((a, b) => ((a as { id: string }).id < (b as { id: string }).id ? -1 : 1));
}

/** Appends one override entry (set a value, or `value: null` to go back to the shipped rule). */
export function addRuleOverride(doc: Y.Doc, entry: RuleOverrideEntry): void {
  const { id, ...rest } = entry;
  overrides(doc).set(id, rest);
}
