import { z } from 'zod';
import versions from './data/rule-pack-versions.json';
import { CERT_V } from './certificates/certificate';
import { findCatalogItem } from './certificates/catalog';
import { isoDate, optional, requiredText } from './text';

/** Version of the shipped catalog (rule-pack-versions.json), stored with each item taken from it. */
export const CATALOG_VERSION: string = (versions as Record<string, string>)['special-operations-catalog.json'] ?? '';

/**
 * PRODUCT P2 — a special-operations item the person does (作业类别 + 操作项目), chosen from the 30号令 catalog:
 * `item` is the item code ('1.2'), or the item name for items the catalog lists without a code; `since` = doing it
 * since. Importing this module loads the catalog: only the on-demand dossier service does.
 */
export const OperationInput = z
  .object({ category: requiredText(10), item: requiredText(40), since: optional(isoDate) })
  .superRefine((o, ctx) => {
    if (!findCatalogItem(o.category, o.item)) ctx.addIssue({ code: 'custom', path: ['item'], message: CERT_V.catalog });
  });
export type OperationValues = z.input<typeof OperationInput>;

/**
 * An operation item as the dossier stores it: codes plus the names and the catalog version they were taken from,
 * so the dossier shows "1.2 低压电工作业" without loading the catalog.
 */
export type OperationRecord = z.output<typeof OperationInput> & { categoryName: string; itemName: string; catalogVersion: string };

/** Adds the catalog's names and version to a validated choice. */
export function toOperationRecord(o: z.output<typeof OperationInput>): OperationRecord {
  const hit = findCatalogItem(o.category, o.item);
  if (!hit) throw new Error('toOperationRecord: unvalidated catalog item');
  return { ...o, categoryName: hit.categoryName, itemName: hit.itemName, catalogVersion: CATALOG_VERSION };
}
