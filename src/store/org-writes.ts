import { AppError } from '../domain/app-error';
import { newId, type DepartmentId, type PostId } from '../domain/ids';
import type { DepartmentInput, OrgProfile, PostInput } from '../domain/org';
import { ORG_DOC_ID } from '../docs/doc-id';
import { removeOrgEntry, writeDepartment, writePost, writeProfile } from '../docs/org-doc';
import type { SafeLedgerDb } from './db';
import type { DocStore } from './doc-store';

/** Edits of the `org` doc: enterprise profile, departments (unique 2-letter codes), posts. */
export function orgWrites(db: SafeLedgerDb, docs: DocStore) {
  return {
    saveProfile: (input: OrgProfile) => docs.change(ORG_DOC_ID, (doc) => writeProfile(doc, input)),

    async saveDepartment(id: DepartmentId | null, input: DepartmentInput): Promise<DepartmentId> {
      const did = id ?? newId<DepartmentId>();
      await docs.change(ORG_DOC_ID, (doc) => writeDepartment(doc, did, input), {
        check: async () => {
          const holder = await db.departments.where('code').equals(input.code).first();
          if (holder && holder.id !== did) throw new AppError('v.dept.codeTaken', 'code', { name: holder.name });
        },
      });
      return did;
    },

    async removeDepartment(id: DepartmentId): Promise<void> {
      await docs.change(ORG_DOC_ID, (doc) => removeOrgEntry(doc, 'departments', id), {
        check: async () => {
          const n = await db.people.where('[departmentId+status]').between([id, ''], [id, '\uffff']).count();
          if (n > 0) throw new AppError('e.dept.inUse', undefined, { n });
        },
      });
    },

    async savePost(id: PostId | null, input: PostInput): Promise<PostId> {
      const pid = id ?? newId<PostId>();
      await docs.change(ORG_DOC_ID, (doc) => writePost(doc, pid, input));
      return pid;
    },

    async removePost(id: PostId): Promise<void> {
      await docs.change(ORG_DOC_ID, (doc) => removeOrgEntry(doc, 'posts', id), {
        check: async () => {
          const n = await db.people.where('postId').equals(id).count();
          if (n > 0) throw new AppError('e.post.inUse', undefined, { n });
        },
      });
    },
  };
}
