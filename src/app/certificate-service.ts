import { CATALOG } from '../domain/certificates/catalog';
import { CertificateInput, type Certificate } from '../domain/certificates/certificate';
import { effectiveRules } from '../domain/certificates/effective-rules';
import { loadRulePack } from '../domain/certificates/load-rule-pack';
import { certificateSchedule, type CertSchedule } from '../domain/certificates/schedule';
import type { PersonId } from '../domain/ids';
import type { CertificateRow } from '../docs/rows';
import { deleteCertificate, saveCertificate } from '../store/certificate-writes';
import type { SafeLedgerDb } from '../store/db';
import type { DocStore } from '../store/doc-store';
import { live } from '../store/live';
import { attempt, saveWith } from './form-result';

/** Today as YYYY-MM-DD in the device's time zone (the schedules' "today"). */
function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** A person's certificates, their computed schedules under the rule pack in force, and their edits. */
export function createCertificateService(db: SafeLedgerDb, docs: DocStore) {
  const rules = effectiveRules(loadRulePack(), []);
  return {
    /** The special-operations catalog: categories with their items (item value = code, or name when code-less). */
    catalog: CATALOG.categories.map((c) => ({
      code: c.code, name: c.name, items: (c.items ?? []).map((i) => ({ value: i.code ?? i.name, name: i.name })),
    })),
    /** One person's certificates (live). */
    ofPerson: (personId: string) => live(() => db.certificates.where('personId').equals(personId).toArray()),
    /** State, due dates and reminder bucket of a certificate today (each result names the rules it used). */
    schedule: (cert: Certificate): CertSchedule => certificateSchedule(cert, today(), rules),
    save: (personId: PersonId, id: string | null, values: unknown) =>
      saveWith(CertificateInput, values, (c) => saveCertificate(docs, personId, id, c)),
    remove: (row: CertificateRow) => attempt(() => deleteCertificate(docs, row.personId as PersonId, row.id)),
  };
}
