import type { RuleOverrideEntry } from '../domain/certificates/rule-override-entry';
import { addRuleOverride } from '../docs/catalog-doc';
import { CATALOG_DOC_ID } from '../docs/doc-id';
import type { DocStore } from './doc-store';

/**
 * Appends an override entry to the catalog doc. The commit re-dates every certificate under the new rules in the
 * same transaction (see doc-store), and the audit writer signs the change like any other edit.
 */
export async function writeRuleOverride(docs: DocStore, entry: RuleOverrideEntry): Promise<void> {
  await docs.change(CATALOG_DOC_ID, (doc) => addRuleOverride(doc, entry));
}
