import * as Y from 'yjs';
import type { OtherCertKindInput } from '../domain/certificates/other-cert-kind';
import type { RuleOverrideEntry } from '../domain/certificates/rule-override-entry';
import { writeFields } from './write-fields';

/** The `catalog` doc's override log: entry id → the entry (immutable; entries made on two devices both stay). */
const overrides = (doc: Y.Doc) => doc.getMap<unknown>('ruleOverrides');
/** The enterprise's own certificate kinds: id → Y.Map of fields (concurrent edits of different fields merge). */
const certKinds = (doc: Y.Doc) => doc.getMap<Y.Map<unknown>>('certKinds');

/** What the catalog doc says about the rules in force, raw (validated where it is folded: a peer may be wrong). */
export type CatalogRules = { overrides: unknown[]; kinds: unknown[] };

const byId = (a: unknown, b: unknown) => ((a as { id: string }).id < (b as { id: string }).id ? -1 : 1);

/** The raw override entries, as stored. */
export function readRuleOverrides(doc: Y.Doc): unknown[] {
  const out: unknown[] = [];
  overrides(doc).forEach((v, id) => out.push(v && typeof v === 'object' ? { ...(v as object), id } : { id }));
  return out.sort(byId);
}

/** The configured certificate kinds, as stored. */
export function readCertKinds(doc: Y.Doc): unknown[] {
  const out: unknown[] = [];
  certKinds(doc).forEach((m, id) => out.push(m instanceof Y.Map ? { ...(m.toJSON() as object), id } : { id }));
  return out.sort(byId);
}

/** Overrides and configured kinds together: every projection that dates certificates needs both. */
export function readCatalogRules(doc: Y.Doc): CatalogRules {
  return { overrides: readRuleOverrides(doc), kinds: readCertKinds(doc) };
}

/** Appends one override entry (set a value, or `value: null` to go back to the shipped rule). */
export function addRuleOverride(doc: Y.Doc, entry: RuleOverrideEntry): void {
  const { id, ...rest } = entry;
  overrides(doc).set(id, rest);
}

/** Adds or edits a configured certificate kind; returns the fields that changed. */
export function writeCertKind(doc: Y.Doc, id: string, input: OtherCertKindInput): string[] {
  let changed: string[] = [];
  doc.transact(() => {
    let m = certKinds(doc).get(id);
    if (!m) certKinds(doc).set(id, (m = new Y.Map()));
    changed = writeFields(m, { validityYears: undefined, windowDays: undefined, ...input });
  });
  return changed;
}

/** Removes a configured kind (certificates of that name fall back to their own validity and the default window). */
export function removeCertKind(doc: Y.Doc, id: string): void {
  certKinds(doc).delete(id);
}
