import type { CertSchedule, CertState } from '../domain/certificates/schedule';
import { SavedQueryInput, type SavedPeopleQuery } from '../domain/people-query';
import { isDefaultPeopleQuery, needsCertFacts, peopleQueryFromParams, peopleQueryToParams, type PeopleQuery } from '../domain/people-query-params';
import type { CertificateRow, PersonRow } from '../docs/rows';
import type { SafeLedgerDb } from '../store/db';
import { live, type Live } from '../store/live';
import { certFactsIndex, type CertFactsIndex } from '../store/queries/cert-facts';
import { filterPeople, type NamePinyin } from '../store/queries/filter-people';
import { savedPeopleQueries } from '../store/queries/saved-people-queries';
import { attempt, saveWith } from './form-result';

export type { CertFact, CertFactsIndex } from '../store/queries/cert-facts';
export type { SavedPeopleQuery } from '../domain/people-query';
export type { PeopleQuery } from '../domain/people-query-params';
export type QueryService = ReturnType<typeof createQueryService>;

/**
 * The people query (P5), loaded on demand with the people list: conditions to and from the URL, filtering,
 * each person's certificate facts for the certificate conditions, and this device's saved queries (常用筛选).
 * `pinyin` gives a name's pinyin once its dictionary is loaded (people.loadPinyin).
 */
export function createQueryService(db: SafeLedgerDb, pinyin: (name: string) => NamePinyin | undefined) {
  const saved = savedPeopleQueries(db);
  return {
    /** The query in URL parameters (unknown or bad values dropped), and back. */
    parse: peopleQueryFromParams,
    params: peopleQueryToParams,
    /** True for the list's default view (在职, nothing else). */
    isDefault: isDefaultPeopleQuery,
    /** True when the query has certificate conditions, which need `certFacts`. */
    needsCerts: needsCertFacts,
    /** People matching the query, by 工号 (nobody for certificate conditions until `facts` is given). */
    filter: (rows: readonly PersonRow[], q: PeopleQuery, facts?: CertFactsIndex) => filterPeople(rows, q, { pinyin, facts }),
    /** Saved queries, oldest first (live; entries that fail validation are skipped). */
    saved: live(() => saved.read()) as Live<SavedPeopleQuery[]>,
    /** Saves a query under a name: `{ name, query }` is validated; the name must be new on this device. */
    save: (values: unknown) => saveWith(SavedQueryInput, values, (v) => saved.add(v.name, v.query)),
    rename: (id: string, name: unknown) =>
      saveWith(SavedQueryInput.pick({ name: true }), { name }, (v) => saved.rename(id, v.name)),
    remove: (id: string) => attempt(() => saved.remove(id)),
    /**
     * Each person's certificates as query facts, rebuilt whenever certificates change. `schedule` is the
     * certificate service's (its rules and today), so states here are those the dossier shows.
     */
    certFacts: (schedule: (cert: CertificateRow) => CertSchedule): Live<CertFactsIndex> => {
      let known = new Map<string, { key: string; state: CertState }>();
      return live(async () => {
        const rows = await db.certificates.toArray();
        // A schedule costs ~20 µs; rows unchanged since the last rebuild (same content, same day) keep their state.
        const day = new Date().toDateString();
        const next = new Map<string, { key: string; state: CertState }>();
        const index = certFactsIndex(rows, (r) => {
          const key = day + JSON.stringify(r);
          const hit = known.get(r.id);
          const state = hit?.key === key ? hit.state : schedule(r).state;
          next.set(r.id, { key, state });
          return state;
        });
        known = next;
        return index;
      });
    },
  };
}
