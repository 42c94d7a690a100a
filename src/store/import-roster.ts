import type * as Y from 'yjs';
import { AppError } from '../domain/app-error';
import type { Certificate } from '../domain/certificates/certificate';
import { newId, type PersonId } from '../domain/ids';
import type { Department, Post } from '../domain/org';
import type { ParsedCertRow, ParsedPersonRow, ParsedRow } from '../domain/roster/types';
import { ORG_DOC_ID, personDocId } from '../docs/doc-id';
import { writeDepartment, writePost } from '../docs/org-doc';
import { readCertificates, writeCertificate } from '../docs/person-certs';
import { writePerson } from '../docs/person-doc';
import type { SafeLedgerDb } from './db';
import type { DocChange, DocStore } from './doc-store';

/** What an import wrote. `certificates` counts certificates added or updated. */
export type RosterWriteResult = { peopleCreated: number; peopleUpdated: number; certificates: number };
/** Departments and posts the import creates along with the people (the user chose 自动新建). */
export type NewOrgEntries = { departments: Department[]; posts: Post[] };

/** The certificate fields a ledger carries; the others (reviews, 注销, 事故 …) are kept as recorded in the app. */
const LEDGER_FIELDS = ['kind', 'number', 'authority', 'category', 'item', 'firstIssueDate', 'validityEnd'] as const;

/** Adds a certificate, or updates the one with the same number (same catalog item when it has no number). */
function upsertCertificate(doc: Y.Doc, cert: Certificate, at: number): void {
  const same = readCertificates(doc).find((c) =>
    cert.number ? c.number === cert.number : !c.number && c.kind === cert.kind && c.category === cert.category && c.item === cert.item);
  if (!same) return void writeCertificate(doc, newId(), cert, at);
  const { id, updatedAt: _, ...kept } = same;
  const merged: Certificate = { ...kept };
  for (const f of LEDGER_FIELDS) if (cert[f] !== undefined) Object.assign(merged, { [f]: cert[f] });
  writeCertificate(doc, id, merged, at);
}

/**
 * Writes a dry-run-checked roster in ONE all-or-nothing transaction (DESIGN §3.5):
 * 1. person rows are grouped by ID number (one person may hold several certificates), certificate rows by the
 *    person on file they name;
 * 2. a person already on file (matched by ID number) keeps the dossier as is and gets the certificates
 *    added/updated; anyone else is created from the row;
 * 3. inside the transaction the check re-reads people and departments: a 工号 or ID number taken meanwhile
 *    (another tab, a peer), a holder deleted meanwhile or a department code in use aborts the whole import.
 *    Nothing is written if anything throws.
 */
export async function writeRoster(
  db: SafeLedgerDb, docs: DocStore, rows: readonly ParsedRow[], org: NewOrgEntries = { departments: [], posts: [] },
): Promise<RosterWriteResult> {
  const people = new Map<string, ParsedPersonRow[]>();
  const holders = new Map<string, ParsedCertRow[]>();
  for (const r of rows) {
    if (r.kind === 'person') people.set(r.person.idNumber, [...(people.get(r.person.idNumber) ?? []), r]);
    else holders.set(r.personId, [...(holders.get(r.personId) ?? []), r]);
  }
  const known = new Map((await db.people.toArray()).map((p) => [p.idNumber, p.id]));
  const at = Date.now();
  const created: { workNo: string; idNumber: string }[] = [];
  const changes: DocChange[] = [];
  if (org.departments.length || org.posts.length) {
    changes.push({
      docId: ORG_DOC_ID,
      mutate: (doc) => {
        for (const { id, ...d } of org.departments) writeDepartment(doc, id, d);
        for (const { id, ...p } of org.posts) writePost(doc, id, p);
      },
    });
  }
  const certsOf = (group: readonly ParsedRow[]) => group.flatMap((r) => (r.certificate ? [r.certificate] : []));
  for (const [idNumber, group] of people) {
    const existing = known.get(idNumber) as PersonId | undefined;
    const pid = existing ?? newId<PersonId>();
    if (!existing) created.push({ workNo: group[0]!.person.workNo, idNumber });
    const certs = certsOf(group);
    if (existing && certs.length === 0) continue;
    changes.push({
      docId: personDocId(pid),
      // One Yjs transaction per doc: one update to store, none to merge.
      mutate: (doc) => doc.transact(() => {
        if (!existing) writePerson(doc, pid, group[0]!.person, at);
        for (const c of certs) upsertCertificate(doc, c, at);
      }),
    });
  }
  for (const [pid, group] of holders) {
    changes.push({ docId: personDocId(pid as PersonId), mutate: (doc) => doc.transact(() => certsOf(group).forEach((c) => upsertCertificate(doc, c, at))) });
  }
  await docs.commit(changes, {
    check: async () => {
      const now = await db.people.toArray();
      const workNos = new Map(now.map((p) => [p.workNo, p]));
      const ids = new Set(now.map((p) => p.idNumber));
      for (const c of created) {
        const holder = workNos.get(c.workNo);
        if (holder) throw new AppError('v.workNo.taken', 'workNo', { name: holder.name });
        if (ids.has(c.idNumber)) throw new AppError('import.e.idTaken', 'idNumber');
      }
      if (new Set(created.map((c) => c.workNo)).size !== created.length) throw new AppError('v.workNo.taken', 'workNo');
      const stillThere = new Set(now.map((p) => p.id as string));
      if ([...holders.keys()].some((id) => !stillThere.has(id))) throw new AppError('import.e.holderGone');
      const codes = org.departments.map((d) => d.code);
      const clash = codes.length ? await db.departments.where('code').anyOf(codes).first() : undefined;
      if (clash) throw new AppError('v.dept.codeTaken', 'code', { name: clash.name });
    },
  });
  return {
    peopleCreated: created.length, peopleUpdated: people.size - created.length + holders.size, certificates: certsOf(rows).length,
  };
}
