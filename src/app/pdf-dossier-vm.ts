import { AppError } from '../domain/app-error';
import { findCatalogItem } from '../domain/certificates/catalog';
import type { EffectiveRules } from '../domain/certificates/effective-rules';
import { certificateSchedule } from '../domain/certificates/schedule';
import { maskIdNumber, maskPhone } from '../domain/mask';
import type { PersonRow } from '../docs/rows';
import type { DossierCertificate, DossierVm, DossierWork } from '../reports/pdf/view-models';
import type { SafeLedgerDb } from '../store/db';

/** 作业经历 as the person projection carries it (when the dossier records are present). */
type WorkRow = { from: string; to?: string; employer: string; work: string; years?: number; note?: string };

/** Options of the dossier PDF: `maskIdNumber` prints 1101**********002X instead of the full number. */
export type DossierPdfOptions = { maskIdNumber?: boolean };

/**
 * The 一人一档 view-model of one person from the projections: names for ids, certificates with their schedule on
 * `today` under `rules`. The phone is masked as on the dossier screen; the ID number only if asked.
 * Throws AppError('person.notFound') for an unknown id. Font, enterprise and logo are added by the caller.
 */
export async function dossierViewModel(
  db: SafeLedgerDb, personId: string, rules: EffectiveRules, today: string, o: DossierPdfOptions = {},
): Promise<Omit<DossierVm, 'font' | 'enterprise' | 'logo' | 'generatedOn'>> {
  const p: PersonRow | undefined = await db.people.get(personId);
  if (!p) throw new AppError('person.notFound');
  const [departments, posts, certs] = await Promise.all([
    db.departments.toArray(), db.posts.toArray(), db.certificates.where('personId').equals(personId).toArray(),
  ]);
  const dept = (id?: string) => departments.find((d) => d.id === id)?.name;
  const post = (id?: string) => posts.find((x) => x.id === id)?.name;

  const certificates: DossierCertificate[] = certs
    .sort((a, b) => a.firstIssueDate.localeCompare(b.firstIssueDate) || a.id.localeCompare(b.id))
    .map((c) => {
      const s = certificateSchedule(c, today, rules);
      const hit = c.category && c.item ? findCatalogItem(c.category, c.item) : undefined;
      return {
        kind: c.kind, kindName: c.kindName, number: c.number, authority: c.authority,
        category: hit?.categoryName ?? c.category, item: hit?.itemName ?? c.item,
        firstIssueDate: c.firstIssueDate, validFrom: c.validFrom, expiry: s.expiry, state: s.state,
        nextDue: s.state === 'cancelled' ? null : s.nextReviewDue, nextEvent: s.nextEvent,
        colour: s.colour, practicalReexamRequired: s.practicalReexamRequired, reviews: c.reviews ?? [],
      };
    });
  const work = ((p as PersonRow & { workHistory?: WorkRow[] }).workHistory ?? []).map(
    (w): DossierWork => ({ from: w.from, to: w.to, employer: w.employer, work: w.work, years: w.years, note: w.note }),
  );
  return {
    person: {
      name: p.name, workNo: p.workNo, idNumber: o.maskIdNumber ? maskIdNumber(p.idNumber) : p.idNumber,
      sex: p.sex, birthDate: p.birthDate, phone: p.phone ? maskPhone(p.phone) : undefined,
      department: dept(p.departmentId), post: post(p.postId), status: p.status, statusDate: p.statusDate,
      statusReason: p.statusReason, hireDate: p.hireDate, education: p.education,
    },
    history: (p.history ?? []).map((h) => ({ date: h.date, status: h.status, department: dept(h.departmentId), post: post(h.postId), reason: h.reason })),
    certificates,
    workHistory: work,
    notes: p.note ? [p.note] : [],
  };
}
