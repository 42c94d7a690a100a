import * as Y from 'yjs';
import type { Department, DepartmentInput, OrgProfile, Post, PostInput } from '../domain/org';
import type { DepartmentId, PostId } from '../domain/ids';
import { writeFields } from './write-fields';

/** The org doc: `profile` (fields), `departments` and `posts` (id → Y.Map of fields). */
export type OrgState = { profile: OrgProfile | null; departments: Department[]; posts: Post[] };

const profile = (doc: Y.Doc) => doc.getMap<unknown>('profile');
const departments = (doc: Y.Doc) => doc.getMap<Y.Map<unknown>>('departments');
const posts = (doc: Y.Doc) => doc.getMap<Y.Map<unknown>>('posts');

function entries<T>(map: Y.Map<Y.Map<unknown>>): T[] {
  const out: T[] = [];
  map.forEach((v, id) => {
    if (v instanceof Y.Map) out.push({ ...(v.toJSON() as object), id } as T);
  });
  return out;
}

/** Reads the whole org doc (small: tens of departments, hundreds of posts). */
export function readOrg(doc: Y.Doc): OrgState {
  const p = profile(doc);
  return {
    profile: p.has('name') ? (p.toJSON() as OrgProfile) : null,
    departments: entries<Department>(departments(doc)),
    posts: entries<Post>(posts(doc)),
  };
}

/** Sets the enterprise profile fields that changed. */
export function writeProfile(doc: Y.Doc, input: OrgProfile): string[] {
  let changed: string[] = [];
  doc.transact(() => {
    changed = writeFields(profile(doc), input as Record<string, unknown>);
  });
  return changed;
}

function upsert(map: Y.Map<Y.Map<unknown>>, id: string, fields: Record<string, unknown>): string[] {
  let entry = map.get(id);
  if (!(entry instanceof Y.Map)) {
    entry = new Y.Map<unknown>();
    map.set(id, entry);
  }
  return writeFields(entry, fields);
}

/** Adds or edits a department. */
export function writeDepartment(doc: Y.Doc, id: DepartmentId, input: DepartmentInput): string[] {
  let changed: string[] = [];
  doc.transact(() => (changed = upsert(departments(doc), id, input)));
  return changed;
}

/** Adds or edits a post. */
export function writePost(doc: Y.Doc, id: PostId, input: PostInput): string[] {
  let changed: string[] = [];
  doc.transact(() => (changed = upsert(posts(doc), id, input)));
  return changed;
}

/** Removes a department or post entry by id. */
export function removeOrgEntry(doc: Y.Doc, kind: 'departments' | 'posts', id: string): void {
  doc.transact(() => (kind === 'departments' ? departments(doc) : posts(doc)).delete(id));
}
