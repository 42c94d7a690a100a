import { type Accessor } from 'solid-js';
import { OrgProfileInput, DepartmentInput, PostInput } from '../domain/org';
import { checkIdNumber } from '../domain/id-number';
import { PersonInput, type PersonFormValues } from '../domain/person';
import type { BlobId, DepartmentId, PersonId, PostId } from '../domain/ids';
import type { PersonRow, DepartmentRow, PostRow, OrgRow } from '../docs/rows';
import { editHistory, type EditView } from '../docs/edit-history';
import { autoCompact } from '../store/auto-compact';
import { openDb } from '../store/db';
import { createDocStore } from '../store/doc-store';
import { live, type Live } from '../store/live';
import { throttledLive } from '../store/throttled-live';
import { orgWrites } from '../store/org-writes';
import { createPeople, savePerson, setPersonPhoto } from '../store/people-writes';
import { createBlobStore } from '../store/blob-store';
import { downscaleImage } from './downscale-image';
import type { PeopleFilter } from '../store/queries/filter-people';
import { peopleStats, type PeopleStats } from '../store/queries/people-stats';
import { certificateReminders } from '../store/queries/certificate-reminders';
import { formatDate } from '../domain/format-date';
import { ensureProjections } from '../store/rebuild-projections';
import { requestPersistence, storageStatus } from '../store/storage-status';
import { getWorkspace, newWorkspaceInfo, putWorkspace, type WorkspaceInfo } from '../store/workspace-meta';
import { createBackupService } from './backup-service';
import { attempt, saveWith } from './form-result';
import { electLeader } from './leader-tab';
import { createPinyinInitials } from './pinyin-initials';
import { lazySyncService } from './sync/lazy-sync-service';
import { currentActor } from './current-actor';
import { ICE_PRESETS } from './sync/ice-presets';
import type { SyncServiceApi } from './sync-types';

export type { CertificateRow } from '../docs/rows';
export type { CertSchedule, CertificateFormValues } from '../domain/certificates';
export type RulesService = ReturnType<typeof import('./rules-service').createRulesService>;
export type { RuleView } from './rules-service';
export type { OtherCertKind } from '../domain/certificates/other-cert-kind';
export type TrainingService = import('./training-service').TrainingService;
export type { LedgerService, HoursLedgerAll, HoursLedgerEntry, QualityCounts, QualityMetrics, TrainingHistoryItem } from './ledger-service';
export type { TrainingFilter } from './training-service';
export type { TrainingTodo, TrainingTodoItem } from '../store/queries/training-todo';
export type { TrainingRow, ParticipationRow } from '../docs/rows';
export type CertificateService = Awaited<ReturnType<typeof import('./certificate-service').createCertificateService>>;
export type DossierService = ReturnType<typeof import('./dossier-service').createDossierService>;
export type { CardService, CardItem, VerifyResult } from './card-service';
export type { ImportService, ImportRead, ImportCheck, ImportError, ImportField, ColumnMapping, RosterField, RosterWriteResult } from './import-service';
export type { PersonRow, DepartmentRow, PostRow, OrgRow, PeopleStats, PeopleFilter, Live, WorkspaceInfo, PersonFormValues };
export type { SaveResult } from './form-result';
export type { EditView };
export type { CertificateReminders, ReminderItem } from '../store/queries/certificate-reminders';
export type * from './sync-types';
export type { FieldError } from '../domain/field-errors';
export type { StorageStatus } from '../store/storage-status';
export type OrgView = { profile: OrgRow | undefined; departments: DepartmentRow[]; posts: PostRow[] };

/**
 * The app's services: everything the UI may do, behind plain functions and live values.
 * The UI receives this object through context and never touches Dexie, Yjs or sync itself.
 */
/** The blob store of the workspace in `db` (null before a workspace exists). */
async function blobStoreOf(db: ReturnType<typeof openDb>) {
  const ws = await getWorkspace(db);
  return ws ? createBlobStore(db, ws.key) : null;
}

export async function createServices(dbName = 'safeledger') {
  const db = openDb(dbName);
  await db.open();
  await ensureProjections(db);
  const docs = createDocStore(db);
  const isLeader: Accessor<boolean> = electLeader(dbName);
  autoCompact(db, docs, isLeader);
  const org = orgWrites(db, docs);
  const pinyin = createPinyinInitials();
  const urls = new Map<string, Promise<string>>();
  /** Stores a picture downscaled; returns its blob id. */
  const putImage = async (file: Blob) => {
    const img = await downscaleImage(file);
    const b = await blobStoreOf(db);
    if (!b) throw new Error('no workspace');
    return b.put(img.bytes, img.mime, { width: img.width, height: img.height });
  };
  void requestPersistence();
  /** Loaded once: it follows the rule overrides live. */
  let certificateService: Promise<CertificateService> | undefined;
  let trainingService: Promise<TrainingService> | undefined;
  const sync: SyncServiceApi = lazySyncService(
    () => import('./sync/sync-service').then((m) => m.createSyncService(db, docs, isLeader)), ICE_PRESETS,
  );

  return {
    db,
    docs,
    isLeader,
    workspace: live(() => getWorkspace(db)) as Live<WorkspaceInfo | null>,
    /** Creates the workspace of an enterprise on this empty device. */
    createWorkspace: (name: string) =>
      saveWith(OrgProfileInput, { name, industry: 'manufacturing', highRisk: false }, async (profile) => {
        await putWorkspace(db, newWorkspaceInfo(profile.name));
        await org.saveProfile(profile);
      }),

    org: {
      view: live(async (): Promise<OrgView> => ({
        profile: await db.org.get('org'),
        departments: await db.departments.orderBy('code').toArray(),
        posts: await db.posts.toArray(),
      })),
      saveProfile: (values: unknown) => saveWith(OrgProfileInput, values, (v) => org.saveProfile(v)),
      /** Downscales and stores a logo; returns its blob id for the profile form. */
      putLogo: (file: Blob) => attempt(() => putImage(file)),
      saveDepartment: (id: DepartmentId | null, values: unknown) => saveWith(DepartmentInput, values, (v) => org.saveDepartment(id, v)),
      removeDepartment: (id: DepartmentId) => attempt(() => org.removeDepartment(id)),
      savePost: (id: PostId | null, values: unknown) => saveWith(PostInput, values, (v) => org.savePost(id, v)),
      removePost: (id: PostId) => attempt(() => org.removePost(id)),
    },

    people: {
      /** Every person (lists filter in memory); re-read at most every 300 ms while a sync or an import streams in. */
      rows: throttledLive(db, ['people'], () => db.people.toArray(), 300),
      stats: live(() => peopleStats(db)),
      /** Certificates due within 90 days or overdue, by department (all, or one department). */
      reminders: (departmentId?: string) =>
        throttledLive(db, ['certificates', 'people'], () => certificateReminders(db, formatDate(Date.now()), departmentId)),
      /** One person's row: null once known to be absent. */
      one: (id: string) => live(async () => (await db.people.get(id)) ?? null),
      /** Saves form values; on edit, only `changed` fields are written. */
      save: (id: PersonId | null, values: PersonFormValues, changed?: string[]) =>
        saveWith(PersonInput, values, (v) => savePerson(db, docs, id, v, changed)),
      createMany: (inputs: PersonFormValues[], batch?: number) => createPeople(db, docs, inputs.map((v) => PersonInput.parse(v)), batch),
      /** The people query (P5): filtering, certificate facts and saved queries, loaded with the people list. */
      query: { load: () => import('./query-service').then((m) => m.createQueryService(db, pinyin.keys)) },
      /** Birth date and sex from an ID number as typed (null while it is not valid). */
      derive: (idNumber: string) => {
        const r = checkIdNumber(idNumber);
        return r.ok ? { birthDate: r.birthDate, sex: r.sex } : null;
      },
      loadPinyin: () => pinyin.load(),
      /** The dossier's field edits, newest first, with values lost to concurrent edits flagged. */
      editHistory: (row: PersonRow) => editHistory(row.edits ?? [], row as unknown as Record<string, unknown>),
      /** Downscales and stores a photo, then links it to the person. */
      setPhoto: (id: PersonId, file: Blob) => attempt(async () => setPersonPhoto(docs, id, await putImage(file))),
      /** Work history, operation items, doses, notes and certificate scans: writes and the catalog, loaded on demand. */
      dossier: (): Promise<DossierService> => import('./dossier-service').then((m) => m.createDossierService(db, docs, putImage)),
    },

    /** Certificates and their rules (the rule pack and catalog load on demand, outside the initial bundle). */
    certificates: { load: () => (certificateService ??= import('./certificate-service').then((m) => m.createCertificateService(db, docs))) },
    /** PDF reports: 一人一档, 整改通知书, certificate cards (jsPDF and the CJK font load on first use). */
    pdf: { load: () => import('./pdf-service').then((m) => m.createPdfService(db)) },
    /** Excel templates and list exports (the spreadsheet library loads on demand). */
    excel: { load: () => import('./excel-service').then((m) => m.createExcelService(db)) },
    /** 证书台账 and compliance checks (无证上岗, 危化品安管人员), loaded with the 证书 page. */
    compliance: { load: () => import('./compliance-service').then((m) => m.createComplianceService(db)) },
    /** Certificate cards: signed QR payloads, issued and verified offline (loads on demand). */
    cards: { load: () => import('./card-service').then((m) => m.createCardService(db, docs)) },
    /** Rule packs in force and audited overrides (设置 › 规则). */
    rules: { load: () => import('./rules-service').then((m) => m.createRulesService(db, docs, currentActor(sync))) },
    /** Annual and special training plans with approval and plan vs actual (培训计划). */
    plans: { load: () => import('./plan-service').then((m) => m.createPlanService(db, docs, currentActor(sync))) },
    /** The working-day calendar: shipped holidays, users' overrides (设置 › 工作日历) and deadlines (loads on demand). */
    calendar: { load: () => import('./calendar-service').then((m) => m.createCalendarService(db, docs, currentActor(sync))) },
    /** Training records, sign-in, assessment and the review workflow (issue 5), loaded with the training pages. */
    training: {
      /** Records awaiting a workflow step and their deadlines, for the workbench (query code loads on demand). */
      todo: () => throttledLive(db, ['trainings', 'calendarOverrides', 'ruleOverrides'], async () => (await import('../store/queries/training-todo')).trainingTodo(db, Date.now()), 500),
      load: () => (trainingService ??= import('./training-service').then((m) => m.createTrainingService(db, docs, { actor: currentActor(sync), putImage, isLeader }))) },
    /** Retention and destruction of training records (培训档案保管, T12), loaded with its page. */
    retention: { load: () => import('./retention-service').then((m) => m.createRetentionService(db, docs, currentActor(sync))) },
    /** 学时台账 and 质量统计 (issue 5: T9, T11), loaded with those pages. */
    ledger: { load: () => import('./ledger-service').then((m) => m.createLedgerService(db)) },
    imports: { load: () => import('./import-service').then((m) => m.createImportService(db, docs)) },
    backup: createBackupService(db, docs),
    blobs: {
      /** An object URL for a stored blob (cached for the page's lifetime). */
      url(id: string): Promise<string> {
        let u = urls.get(id);
        if (!u) {
          u = blobStoreOf(db).then(async (b) => {
            const { bytes, mime } = await b!.get(id as BlobId);
            return URL.createObjectURL(new Blob([bytes as BlobPart], { type: mime }));
          });
          urls.set(id, u);
          u.catch(() => urls.delete(id));
        }
        return u;
      },
    },
    storage: { status: storageStatus, persist: requestPersistence },
    sync,
  };
}
export type Services = Awaited<ReturnType<typeof createServices>>;
