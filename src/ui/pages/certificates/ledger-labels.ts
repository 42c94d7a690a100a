import { CATALOG } from '../../../domain/certificates/catalog';
import type { LedgerRow } from '../../../domain/compliance/certificate-ledger';
import { t } from '../../i18n/i18n';

const categories = new Map(CATALOG.categories.map((c) => [c.code, c]));

/** 特种作业操作证 / 危化品… / the name of an 'other' certificate. */
export function kindLabel(r: Pick<LedgerRow, 'kind' | 'kindName'>): string {
  return r.kind === 'other' ? r.kindName : t(`cert.kind.${r.kind}`);
}

/** Catalog names of a special-operations card: 电工作业 and 1.2 低压电工作业 (codes as entered when not found). */
export function itemParts(r: Pick<LedgerRow, 'kind' | 'category' | 'item'>): { category: string; item: string } {
  if (r.kind !== 'special-operations') return { category: '', item: '' };
  const cat = categories.get(r.category);
  const hit = cat?.items?.find((i) => (i.code !== null ? i.code === r.item : i.name === r.item));
  return { category: cat?.name ?? r.category, item: hit ? (hit.code ? `${hit.code} ${hit.name}` : hit.name) : r.item };
}

/** 电工作业 · 1.2 低压电工作业; '' for other kinds. */
export function itemLabel(r: Pick<LedgerRow, 'kind' | 'category' | 'item'>): string {
  const p = itemParts(r);
  return p.category ? `${p.category} · ${p.item}` : '';
}

/** 19 天 / 今日到期 / 逾期 3 天 / — . */
export function daysLabel(days: number | null): string {
  if (days === null) return '—';
  if (days === 0) return t('certlist.dueToday');
  return days > 0 ? t('certlist.days', { n: days }) : t('certlist.daysOverdue', { n: -days });
}
