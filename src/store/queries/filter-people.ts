import type { PersonRow } from '../../docs/rows';
import { needsCertFacts, type PeopleQuery } from '../../domain/people-query-params';
import type { CertFact, CertFactsIndex } from './cert-facts';

export type PeopleFilter = PeopleQuery;
/** A name's pinyin for search: initials (张三 → zs) and the full syllables joined (zhangsan). */
export type NamePinyin = { initials: string; full: string };
export type FilterPeopleOptions = {
  /** The pinyin of a name, or undefined while the dictionary is not loaded. */
  pinyin?: (name: string) => NamePinyin | undefined;
  /** Each person's certificates; needed only by certificate conditions (no match until it is given). */
  facts?: CertFactsIndex;
};

/**
 * Filters people rows in memory (a workspace has thousands, not millions, of people). Conditions combine with AND:
 * department, post, status (absent = 在职, 'all' = any), certificate conditions (see PeopleQuery), and free text
 * over name, 工号, ID-number fragment and phone, or for latin letters pinyin initials (zs → 张三) and the start of
 * the full pinyin (wang → 王五). Sorted by 工号.
 */
export function filterPeople(rows: readonly PersonRow[], f: PeopleQuery, opts: FilterPeopleOptions = {}): PersonRow[] {
  const q = (f.q ?? '').trim().toLowerCase();
  const latin = /^[a-z]+$/.test(q);
  const status = f.status ?? 'active';
  const cert = certMatcher(f, opts.facts);
  const out = rows.filter((r) => {
    if (f.dept && r.departmentId !== f.dept) return false;
    if (f.post && r.postId !== f.post) return false;
    if (status !== 'all' && r.status !== status) return false;
    if (cert && !cert(r.id)) return false;
    if (!q) return true;
    if (r.name.toLowerCase().includes(q) || r.workNo.toLowerCase().includes(q) || r.idNumber.toLowerCase().includes(q)) return true;
    if (r.phone?.includes(q)) return true;
    if (!latin) return false;
    const py = opts.pinyin?.(r.name);
    return !!py && (py.initials.startsWith(q) || py.full.startsWith(q));
  });
  return out.sort((a, b) => (a.workNo < b.workNo ? -1 : a.workNo > b.workNo ? 1 : 0));
}

/** The certificate part of a query as a test on a person id (null when the query has none). */
function certMatcher(f: PeopleQuery, facts: CertFactsIndex | undefined): ((personId: string) => boolean) | null {
  if (!needsCertFacts(f)) return null;
  if (!facts) return () => false;
  const fits = (c: CertFact) => (!f.kind || c.kind === f.kind) && (!f.cat || c.category === f.cat) && (!f.item || c.item === f.item);
  if (f.state === 'none') return (id) => !facts.get(id)?.some(fits);
  return (id) => !!facts.get(id)?.some((c) => fits(c) && (!f.state || c.state === f.state));
}
