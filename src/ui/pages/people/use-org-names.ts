import { createMemo } from 'solid-js';
import type { DepartmentRow, PostRow } from '../../../app/services';
import { useApp } from '../../context';
import { createLive } from '../../primitives/create-live';

/** Departments and posts of the org doc, with id → name lookups for lists and forms. */
export function useOrgNames() {
  const { services } = useApp();
  const org = createLive(services.org.view);
  return createMemo(() => {
    const o = org();
    const departments: DepartmentRow[] = o?.departments ?? [];
    const posts: PostRow[] = o?.posts ?? [];
    const d = new Map(departments.map((x) => [x.id as string, x.name]));
    const p = new Map(posts.map((x) => [x.id as string, x.name]));
    return {
      departments,
      posts,
      profile: o?.profile,
      dept: (id: string) => d.get(id) ?? '',
      post: (id: string) => p.get(id) ?? '',
    };
  });
}
