import { checkIdNumber } from '../id-number';
import { normalizeIdText } from '../normalize-id-text';
import { findCatalogItem } from './catalog';
import type { Certificate } from './certificate';
import type { EffectiveRules } from './effective-rules';
import type { RuleRef } from './rule-pack';

/** A soft finding: the record is saved anyway; the UI shows `key` (an i18n key) and which rule said so. */
export type CertWarning = { key: string; field: string; rules: RuleRef[] };

/**
 * Soft checks of a valid certificate.
 * - 'cert.warn.numberPattern': a special-operations number is not 'T' + the holder's ID number (or, without the
 *   holder's ID, not 'T' + a valid ID). The rule is UNVERIFIED in the data, so this never blocks saving.
 * - 'cert.warn.catalogUnverified': the category/item code is only inferred in the catalog data.
 */
export function certificateWarnings(cert: Certificate, rules: EffectiveRules, holderIdNumber?: string): CertWarning[] {
  if (cert.kind !== 'special-operations') return [];
  const out: CertWarning[] = [];
  const pattern = rules.get('special_operation_certificate.number_pattern');
  if (pattern.value === 'T+id18') {
    const n = normalizeIdText(cert.number);
    const ok = holderIdNumber
      ? n === `T${normalizeIdText(holderIdNumber)}`
      : n.startsWith('T') && checkIdNumber(n.slice(1), '9999-12-31').ok;
    if (!ok) out.push({ key: 'cert.warn.numberPattern', field: 'number', rules: [pattern.ref] });
  }
  const match = findCatalogItem(cert.category ?? '', cert.item ?? '');
  if (match && !match.verified) out.push({ key: 'cert.warn.catalogUnverified', field: 'item', rules: [] });
  return out;
}
