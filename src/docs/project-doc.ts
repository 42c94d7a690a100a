import type * as Y from 'yjs';
import { docKind, type DocId, type DocKind } from './doc-id';
import { projectAuditDoc } from './audit-doc';
import type { CertificateDue } from '../domain/certificates/certificate-due';
import type { Certificate } from '../domain/certificates/certificate';
import { readCatalogRules } from './catalog-doc';
import { readOrg } from './org-doc';
import { readCertificates } from './person-certs';
import { readDossierRecords } from './person-dossier';
import { readEdits, readHistory, readPerson } from './person-doc';
import type { Projection, ProjectionTable } from './rows';
import { readCalendarOverrides } from './calendar-overrides-doc';
import { projectTraining } from './project-training';
import { isApproved, readDestroyOrders } from './control-doc';

/** Bump when a projector changes: stores rebuild every projection from the docs on next open. */
export const PROJECTION_VERSION = 12;

/** Which projection tables each doc kind owns (its rows there are replaced when it is projected). */
export const OWNED_TABLES: Partial<Record<DocKind, ProjectionTable[]>> = {
  person: ['people', 'certificates'],
  org: ['org', 'departments', 'posts'],
  audit: ['audit'],
  catalog: ['ruleOverrides', 'certKinds', 'calendarOverrides'],
  training: ['trainings'],
  control: ['destroyOrders'],
};

/**
 * What a projector needs beyond the doc: the rules in force (shipped pack + the catalog doc's overrides), to store
 * each certificate's due date. Stores load it on demand (src/store/projection-context.ts).
 */
export type ProjectionContext = { certificateDue(c: Certificate): CertificateDue };

/** Pure projector: doc state → rows. The same function serves live edits, sync and full rebuilds. */
export function projectDoc(docId: DocId, doc: Y.Doc, ctx: ProjectionContext): Projection {
  switch (docKind(docId)) {
    case 'person': {
      const p = readPerson(doc);
      if (!p) return { people: [], certificates: [] };
      return {
        certificates: readCertificates(doc).map((c) => ({ ...c, docId, personId: p.id, departmentId: p.departmentId ?? '', ...ctx.certificateDue(c) })),
        people: [{
          ...p, docId, departmentId: p.departmentId ?? '', postId: p.postId ?? '', updatedAt: p.updatedAt ?? 0, history: readHistory(doc), edits: readEdits(doc), ...readDossierRecords(doc),
        }],
      };
    }
    case 'org': {
      const o = readOrg(doc);
      return {
        org: o.profile ? [{ ...o.profile, id: 'org', docId }] : [],
        departments: o.departments.map((d) => ({ id: d.id, docId, name: d.name, code: d.code })),
        posts: o.posts.map((p) => ({
          id: p.id, docId, name: p.name, departmentId: p.departmentId ?? '', qualifications: p.qualifications ?? [],
        })),
      };
    }
    case 'audit':
      return { audit: projectAuditDoc(docId, doc) };
    case 'catalog':
    {
      const { overrides, kinds } = readCatalogRules(doc);
      const row = (e: unknown) => ({ ...(e as object), id: (e as { id: string }).id, docId });
      const calendarOverrides = readCalendarOverrides(doc).map((e) => ({ ...(e as object), id: (e as { date: string }).date, date: (e as { date: string }).date, docId }));
      return { ruleOverrides: overrides.map(row), certKinds: kinds.map(row), calendarOverrides };
    }
    case 'training':
      return projectTraining(docId, doc);
    case 'control':
      return { destroyOrders: readDestroyOrders(doc).map((o) => ({ ...o, docId, approved: isApproved(o) })) };
    default:
      return {};
  }
}
