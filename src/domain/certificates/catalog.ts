import { z } from 'zod';
import raw from '../data/special-operations-catalog.json';

const Item = z.object({ code: z.string().nullable(), name: z.string(), status: z.string() });
const Category = z.object({
  code: z.string(),
  name: z.string(),
  status: z.string(),
  code_status: z.string().optional(),
  items: z.array(Item).optional(),
});

/** The special-operations catalog (特种作业目录) as shipped in data/special-operations-catalog.json. */
export const SpecialOperationsCatalog = z.object({ categories: z.array(Category).min(1) });
export type SpecialOperationsCatalog = z.output<typeof SpecialOperationsCatalog>;

/** A catalog entry a certificate names; `verified` is false when the code or the item is not confirmed. */
export type CatalogMatch = { categoryName: string; itemName: string; verified: boolean };

/** The shipped catalog, validated once at module load (a malformed file fails loudly). */
export const CATALOG: SpecialOperationsCatalog = SpecialOperationsCatalog.parse(raw);

/**
 * Finds a category and item. `item` is the item code (e.g. '2.1') or, for items the catalog lists without a code
 * (电力电缆作业 …), the exact item name. Category 11 (其他作业) has no list, so any non-empty item is accepted.
 * Returns undefined when the pair is not in the catalog.
 */
export function findCatalogItem(categoryCode: string, item: string, catalog = CATALOG): CatalogMatch | undefined {
  const cat = catalog.categories.find((c) => c.code === categoryCode);
  if (!cat || item.trim() === '') return undefined;
  const codeSure = cat.status === 'VERIFIED' && !/UNVERIFIED/.test(cat.code_status ?? '');
  if (!cat.items || cat.items.length === 0) return { categoryName: cat.name, itemName: item.trim(), verified: false };
  const hit = cat.items.find((i) => (i.code !== null ? i.code === item : i.name === item));
  if (!hit) return undefined;
  return { categoryName: cat.name, itemName: hit.name, verified: codeSure && hit.status === 'VERIFIED' };
}
