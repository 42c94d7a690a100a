import type { OtherCertKindInput } from '../domain/certificates/other-cert-kind';
import { newId } from '../domain/ids';
import { removeCertKind, writeCertKind } from '../docs/catalog-doc';
import { CATALOG_DOC_ID } from '../docs/doc-id';
import type { DocStore } from './doc-store';

/**
 * Adds (id null) or edits a configured certificate kind in the catalog doc; returns its id. The commit re-dates
 * the certificates of that name in the same transaction (see doc-store), and the audit trail records it.
 */
export async function saveCertKind(docs: DocStore, id: string | null, input: OtherCertKindInput): Promise<string> {
  const kid = id ?? newId();
  await docs.change(CATALOG_DOC_ID, (doc) => writeCertKind(doc, kid, input));
  return kid;
}

/** Removes a configured kind: certificates of that name keep their own validity and the default window. */
export async function deleteCertKind(docs: DocStore, id: string): Promise<void> {
  await docs.change(CATALOG_DOC_ID, (doc) => removeCertKind(doc, id));
}
