import { CERT_V, CertificateInput, type Certificate } from '../certificates/certificate';
import { fieldErrors } from '../field-errors';
import { ROSTER_FIELD_SPECS, ROSTER_FIELDS, type RosterField } from './column-map';
import { notAfterToday, type Raise, type RowValues } from './row-values';
import type { RosterContext } from './types';
import { CERT_KIND_LABELS, labelReader } from './value-labels';

const CERT_FIELD: Record<string, RosterField> = {
  number: 'certNumber', authority: 'authority', firstIssueDate: 'firstIssue', validityEnd: 'validUntil',
  item: 'item', category: 'category', kindName: 'kindName', kind: 'certKind',
};
const readKind = labelReader(CERT_KIND_LABELS);

/** True when any certificate cell of the row is filled (a `people` row may carry no certificate). */
export const hasCertificate = (v: RowValues) => ROSTER_FIELDS.some((f) => ROSTER_FIELD_SPECS[f].group === 'cert' && v[f] !== undefined);

/**
 * Reads the certificate a row carries: its kind (证书类别, 特种作业操作证 when empty), the catalog category and item
 * by name or code (special operations only), and validates with the CertificateInput schema. Number, issuer and
 * first issue date must be filled, and 作业类别/准操项目 for a special-operations card.
 */
export function parseCert(v: RowValues, ctx: RosterContext, raise: Raise, has: (f: RosterField) => boolean): Certificate | undefined {
  const kind = v.certKind ? readKind(v.certKind) : 'special-operations';
  if (!kind) raise('certKind', 'import.e.badCertKind', { value: v.certKind ?? '' });
  const special = kind === 'special-operations';
  const needed: RosterField[] = ['certNumber', 'authority', 'firstIssue', ...(special ? ['category', 'item'] as const : []), ...(kind === 'other' ? ['kindName'] as const : [])];
  for (const f of needed) if (v[f] === undefined) raise(f, 'import.e.required');
  notAfterToday(v, 'firstIssue', ctx.today, raise);
  if (!kind) return undefined;

  const categoryCode = special && v.category ? ctx.lookupCategory(v.category) : undefined;
  if (special && v.category && !categoryCode) raise('category', 'import.e.unknownCategory', { value: v.category });
  const itemCode = categoryCode && v.item ? ctx.lookupItem(v.item, categoryCode) : undefined;
  if (categoryCode && v.item && !itemCode) raise('item', 'import.e.unknownItem', { value: v.item, category: v.category ?? '' });
  const cert = CertificateInput.safeParse({
    kind, kindName: v.kindName ?? '', number: v.certNumber ?? '', authority: v.authority ?? '',
    category: categoryCode ?? '', item: itemCode ?? '', firstIssueDate: v.firstIssue ?? '', validityEnd: v.validUntil ?? '',
  });
  if (!cert.success) {
    const catalogTold = has('category') || has('item');
    for (const [f, e] of Object.entries(fieldErrors(cert.error))) {
      if (catalogTold && e.key === CERT_V.catalog) continue;
      if (f === 'validityEnd' && e.key === CERT_V.dateOrder) raise('validUntil', 'import.e.expiryBeforeIssue', { value: v.validUntil ?? '', first: v.firstIssue ?? '' });
      else raise(CERT_FIELD[f] ?? 'item', e.key, e.params);
    }
  }
  return cert.success ? cert.data : undefined;
}
