import type { PersonRow } from '../../docs/rows';

export type PeopleFilter = { q?: string; departmentId?: string; postId?: string; status?: string };

/**
 * Filters people rows in memory (a workspace has thousands, not millions, of people): free text over name,
 * 工号, ID-number fragment and phone; pinyin initials when `initials` knows the name (zs → 张三).
 * Sorted by 工号.
 */
export function filterPeople(rows: PersonRow[], f: PeopleFilter, initials?: (name: string) => string | undefined): PersonRow[] {
  const q = (f.q ?? '').trim().toLowerCase();
  const latin = /^[a-z]+$/.test(q);
  const out = rows.filter((r) => {
    if (f.departmentId && r.departmentId !== f.departmentId) return false;
    if (f.postId && r.postId !== f.postId) return false;
    if (f.status && r.status !== f.status) return false;
    if (!q) return true;
    if (r.name.includes(q) || r.workNo.toLowerCase().includes(q) || r.idNumber.toLowerCase().includes(q)) return true;
    if (r.phone?.includes(q)) return true;
    return latin && !!initials?.(r.name)?.startsWith(q);
  });
  return out.sort((a, b) => (a.workNo < b.workNo ? -1 : a.workNo > b.workNo ? 1 : 0));
}
