import { CATALOG } from '../domain/certificates/catalog';
import type { BlobId, PersonId } from '../domain/ids';
import { PersonInput } from '../domain/person';
import { DoseEntryInput } from '../domain/person-dose';
import { CATALOG_VERSION, OperationInput, toOperationRecord } from '../domain/person-operation';
import { WorkEntryInput } from '../domain/person-work';
import { addCertificateScan, removeCertificateScan } from '../store/cert-scan-writes';
import type { SafeLedgerDb } from '../store/db';
import type { DocStore } from '../store/doc-store';
import { addOperation, removePersonRecord, savePersonRecord } from '../store/dossier-writes';
import { setPersonNote } from '../store/people-writes';
import { attempt, saveWith } from './form-result';
import { createUploadStore } from './store-upload';

export { SCAN_PDF_MAX_MB } from './store-upload';

/**
 * The dossier's records (PRODUCT P2, P3): work history, special-operations items, radiation doses, notes and
 * certificate scans. Loaded on demand (it carries the special-operations catalog); the dossier *shows* these from
 * the person projection without it. `putImage` downscales and stores a picture (services.ts).
 */
export function createDossierService(db: SafeLedgerDb, docs: DocStore, putImage: (file: Blob) => Promise<BlobId>) {
  /** A scan as stored: pictures downscaled, PDFs as they are up to SCAN_PDF_MAX_MB. */
  const storeScan = createUploadStore(db, putImage, 'person.e.scanType');

  return {
    /** The special-operations catalog: categories with their items (item value = code, or name when code-less). */
    catalog: CATALOG.categories.map((c) => ({
      code: c.code, name: c.name, items: (c.items ?? []).map((i) => ({ value: i.code ?? i.name, name: i.name, code: i.code })),
    })),
    /** Version of that catalog data (shown with it, stored with each item). */
    catalogVersion: CATALOG_VERSION,
    /** Adds (id null) or edits a 作业经历 line; on an edit only `changed` fields are written. */
    saveWork: (personId: PersonId, id: string | null, values: unknown, changed?: string[]) =>
      saveWith(WorkEntryInput, values, (v) => savePersonRecord(docs, personId, 'work', id, v, changed)),
    /** Adds (id null) or edits a 个人剂量 record; on an edit only `changed` fields are written. */
    saveDose: (personId: PersonId, id: string | null, values: unknown, changed?: string[]) =>
      saveWith(DoseEntryInput, values, (v) => savePersonRecord(docs, personId, 'doses', id, v, changed)),
    /** Adds a special-operations item from the catalog (a second copy of one item is refused). */
    addOperation: (personId: PersonId, values: unknown) =>
      saveWith(OperationInput, values, (v) => addOperation(docs, personId, toOperationRecord(v))),
    /** Deletes a work-history line, an operation item or a dose record. */
    remove: (personId: PersonId, kind: 'work' | 'ops' | 'doses', id: string) => attempt(() => removePersonRecord(docs, personId, kind, id)),
    /** Sets the notes (备注; '' clears them). */
    saveNote: (personId: PersonId, note: string) =>
      saveWith(PersonInput.shape.note, note, (v) => setPersonNote(docs, personId, v)),
    /** Stores a scan (picture or PDF) and attaches it to a certificate. */
    addScan: (personId: PersonId, certId: string, file: Blob & { name?: string }) =>
      attempt(async () => addCertificateScan(docs, personId, certId, { ...(await storeScan(file)), name: file.name?.slice(0, 80) })),
    /** Detaches a scan from a certificate. */
    removeScan: (personId: PersonId, certId: string, blobId: string) => attempt(() => removeCertificateScan(docs, personId, certId, blobId)),
  };
}
