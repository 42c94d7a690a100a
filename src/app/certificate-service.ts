import { formatDate } from '../domain/format-date';
import { CATALOG } from '../domain/certificates/catalog';
import { CertificateInput, type Certificate } from '../domain/certificates/certificate';
import { projectionRules } from '../domain/certificates/projection-rules';
import { otherCertKinds } from '../store/queries/other-cert-kinds';
import { certificateSchedule, type CertSchedule } from '../domain/certificates/schedule';
import type { PersonId } from '../domain/ids';
import type { CertificateRow } from '../docs/rows';
import { deleteCertificate, saveCertificate } from '../store/certificate-writes';
import { rulesInForce } from '../store/projection-context';
import type { SafeLedgerDb } from '../store/db';
import type { DocStore } from '../store/doc-store';
import { live } from '../store/live';
import { hazchemTrainingHours } from '../store/queries/hazchem-training-hours';
import { attempt, saveWith } from './form-result';

/** Today as YYYY-MM-DD in the device's time zone (the schedules' "today"). */
const today = () => formatDate(Date.now());

/**
 * A person's certificates, their computed schedules under the rules in force (shipped pack + the catalog doc's
 * overrides, followed live), and their edits.
 */
export async function createCertificateService(db: SafeLedgerDb, docs: DocStore) {
  let rules = (await rulesInForce(db)).rules;
  // A catalog change re-dates the certificate rows in the same commit, so lists re-render with these rules.
  live(async () => [await db.ruleOverrides.toArray(), await db.certKinds.toArray()] as const)
    .subscribe(([overrides, kinds]) => (rules = projectionRules(overrides, kinds).rules));
  // Hazchem holders' recorded training hours this year, for the yellow state (followed live, like the rules).
  const trainedHours = async () => {
    const holders = await db.certificates.where('kind').anyOf(['hazchem-principal', 'hazchem-manager']).toArray();
    return hazchemTrainingHours(db, Number(today().slice(0, 4)), holders.map((c) => c.personId));
  };
  let trained = await trainedHours();
  live(trainedHours).subscribe((m) => (trained = m));
  return {
    /** The special-operations catalog: categories with their items (item value = code, or name when code-less). */
    catalog: CATALOG.categories.map((c) => ({
      code: c.code, name: c.name, items: (c.items ?? []).map((i) => ({ value: i.code ?? i.name, name: i.name })),
    })),
    /** Certificate kinds the enterprise configured (names offered when entering an 'other' certificate). */
    otherKinds: live(() => otherCertKinds(db)),
    /** One person's certificates (live). */
    ofPerson: (personId: string) => live(() => db.certificates.where('personId').equals(personId).toArray()),
    /** State, due dates and reminder bucket of a certificate today (each result names the rules it used). */
    schedule: (cert: Certificate & { personId?: string }): CertSchedule =>
      certificateSchedule(cert, today(), rules, cert.personId ? trained.get(cert.personId) : 0),
    save: (personId: PersonId, id: string | null, values: unknown) =>
      saveWith(CertificateInput, values, (c) => saveCertificate(docs, personId, id, c)),
    remove: (row: CertificateRow) => attempt(() => deleteCertificate(docs, row.personId as PersonId, row.id)),
  };
}
