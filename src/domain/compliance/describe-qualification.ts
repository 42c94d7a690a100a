import { CATALOG } from '../certificates/catalog';
import type { Qualification } from './qualification';

/** An i18n key and its parameters; the UI turns it into text (t(key, params)). */
export type LabelRef = { key: string; params?: Record<string, string> };

/**
 * How a qualification reads: 特种作业操作证：1.2 低压电工作业 / 电工作业（任一项目）, the certificate kind's name,
 * the name of an 'other' certificate, or legacy text as typed. Catalog names come from the catalog data.
 */
export function describeQualification(q: Qualification, catalog = CATALOG): LabelRef {
  switch (q.type) {
    case 'so': {
      const cat = catalog.categories.find((c) => c.code === q.category);
      const category = cat?.name ?? q.category;
      if (q.item === undefined) return { key: 'compliance.qual.soCategory', params: { category } };
      const hit = cat?.items?.find((i) => (i.code !== null ? i.code === q.item : i.name === q.item));
      const item = hit ? (hit.code !== null ? `${hit.code} ${hit.name}` : hit.name) : q.item;
      return { key: 'compliance.qual.soItem', params: { category, item } };
    }
    case 'kind':
      return { key: `cert.kind.${q.kind}` };
    case 'other':
      return { key: 'compliance.qual.other', params: { name: q.name } };
    case 'legacy':
      return { key: 'compliance.qual.legacy', params: { text: q.text } };
  }
}
