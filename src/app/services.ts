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
import { orgWrites } from '../store/org-writes';
import { createPeople, savePerson, setPersonPhoto } from '../store/people-writes';
import { createBlobStore } from '../store/blob-store';
import { downscaleImage } from './downscale-image';
import { filterPeople, type PeopleFilter } from '../store/queries/filter-people';
import { peopleStats, type PeopleStats } from '../store/queries/people-stats';
import { ensureProjections } from '../store/rebuild-projections';
import { requestPersistence, storageStatus } from '../store/storage-status';
import { getWorkspace, newWorkspaceInfo, putWorkspace, type WorkspaceInfo } from '../store/workspace-meta';
import { createBackupService } from './backup-service';
import { attempt, saveWith } from './form-result';
import { electLeader } from './leader-tab';
import { createPinyinInitials } from './pinyin-initials';
import { lazySyncService } from './sync/lazy-sync-service';
import { ICE_PRESETS } from './sync/ice-presets';
import type { SyncServiceApi } from './sync-types';

export type { CertificateRow } from '../docs/rows';
export type { CertSchedule, CertificateFormValues } from '../domain/certificates';
export type CertificateService = ReturnType<typeof import('./certificate-service').createCertificateService>;
export type { ImportService, ImportRead, ImportCheck, ImportError, ImportField, ColumnMapping, RosterField, RosterWriteResult } from './import-service';
export type { PersonRow, DepartmentRow, PostRow, OrgRow, PeopleStats, PeopleFilter, Live, WorkspaceInfo, PersonFormValues };
export type { SaveResult } from './form-result';
export type { EditView };
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
      rows: live(() => db.people.toArray()),
      stats: live(() => peopleStats(db)),
      /** One person's row: null once known to be absent. */
      one: (id: string) => live(async () => (await db.people.get(id)) ?? null),
      /** Saves form values; on edit, only `changed` fields are written. */
      save: (id: PersonId | null, values: PersonFormValues, changed?: string[]) =>
        saveWith(PersonInput, values, (v) => savePerson(db, docs, id, v, changed)),
      createMany: (inputs: PersonFormValues[], batch?: number) => createPeople(db, docs, inputs.map((v) => PersonInput.parse(v)), batch),
      filter: (rows: PersonRow[], f: PeopleFilter) => filterPeople(rows, f, pinyin.of),
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
    },

    /** Certificates and their rules (the rule pack and catalog load on demand, outside the initial bundle). */
    certificates: { load: () => import('./certificate-service').then((m) => m.createCertificateService(db, docs)) },
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
