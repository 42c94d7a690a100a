import type { DepartmentId, PersonId, PostId } from '../domain/ids';
import type { OrgProfile } from '../domain/org';
import type { EmploymentEntry, Person } from '../domain/person';
import type { AuditRow } from './audit-doc';
import type { DocId } from './doc-id';
import type { FieldEdit } from './person-doc';
import type { StoredCertificate } from './person-certs';
import type { DossierRecords } from './person-dossier';
import type { TrainingRow, ParticipationRow } from './project-training';
import type { DestroyOrder } from './control-doc';

export type { TrainingRow, ParticipationRow };

/**
 * Projection rows: what lists, search and reports read. Indexed keys are non-personal (ids, codes, dates, status);
 * names and ID numbers sit in unindexed fields. Absent references are '' so compound indexes still hold the row.
 */
export type PersonRow = Omit<Person, 'departmentId' | 'postId'> & DossierRecords & {
  docId: DocId;
  history: EmploymentEntry[];
  /** Field edits (oldest first), to show values overwritten by concurrent edits. */
  edits: FieldEdit[];
  departmentId: DepartmentId | '';
  postId: PostId | '';
  updatedAt: number;
};
export type DepartmentRow = { id: DepartmentId; docId: DocId; name: string; code: string };
export type PostRow = { id: PostId; docId: DocId; name: string; departmentId: DepartmentId | ''; qualifications: string[] };
export type OrgRow = OrgProfile & { id: 'org'; docId: DocId };

/** A certificate as lists read it: the record plus its holder (ids only in indexed keys). */
export type CertificateRow = StoredCertificate & {
  docId: DocId; personId: string; departmentId: string;
  /** First unresolved due date under the rules in force ('' = none), indexed for reminders; see certificateDue. */
  due: string; dueEvent: '' | 'review' | 'renewal';
};
/** One entry of the catalog doc's rule-override log (raw: validated when folded). */
export type RuleOverrideRow = { id: string; docId: DocId } & Record<string, unknown>;
/** A certificate kind the enterprise configured (raw: validated where read, see other-cert-kind.ts). */
export type CertKindRow = { id: string; docId: DocId; name?: unknown; validityYears?: unknown; windowDays?: unknown };

/** A working-day override of the catalog doc (raw: validated where the calendar is built). */
export type CalendarOverrideRow = { id: string; docId: DocId; date: string } & Record<string, unknown>;

/** A destroy order of the control doc (`docId` is 'control'; `docIds` are the docs it destroys), and whether two people approved it. */
export type DestroyOrderRow = DestroyOrder & { docId: DocId; approved: boolean };

/** Every projection table and its row type. */
export type ProjectionRows = {
  people: PersonRow;
  departments: DepartmentRow;
  posts: PostRow;
  org: OrgRow;
  audit: AuditRow;
  certificates: CertificateRow;
  ruleOverrides: RuleOverrideRow;
  certKinds: CertKindRow;
  trainings: TrainingRow;
  calendarOverrides: CalendarOverrideRow;
  destroyOrders: DestroyOrderRow;
};
export type ProjectionTable = keyof ProjectionRows;
export const PROJECTION_TABLES: readonly ProjectionTable[] = ['people', 'departments', 'posts', 'org', 'audit', 'certificates', 'ruleOverrides', 'certKinds', 'trainings', 'calendarOverrides', 'destroyOrders'];

/** The rows one doc projects to, for each table that the doc's kind owns. */
export type Projection = { [T in ProjectionTable]?: ProjectionRows[T][] };
