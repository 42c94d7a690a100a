import { AppError } from '../../domain/app-error';
import { newId } from '../../domain/ids';
import { MAX_SAVED_QUERIES, QUERY_V, SavedPeopleQuery } from '../../domain/people-query';
import { isDefaultPeopleQuery, type PeopleQuery } from '../../domain/people-query-params';
import type { SafeLedgerDb } from '../db';

/** The meta row holding this device's saved people queries (per device: meta is neither synced nor shared). */
const KEY = 'peopleQueries';

/** A stored list split into valid entries and the rest (corrupt, or written by a newer version): the rest is
 * skipped when reading but kept when writing, so nothing the user saved is thrown away by a misreading. */
function split(value: unknown): { ok: SavedPeopleQuery[]; rest: unknown[] } {
  const ok: SavedPeopleQuery[] = [];
  const rest: unknown[] = [];
  for (const e of Array.isArray(value) ? value : []) {
    const r = SavedPeopleQuery.safeParse(e);
    if (r.success) ok.push(r.data);
    else rest.push(e);
  }
  return { ok, rest };
}

/**
 * 常用筛选 of the people list on this device: read (validated on the way in), add, rename, remove. Each change
 * is one read-modify-write transaction, so two tabs saving at once both keep their entry.
 */
export function savedPeopleQueries(db: SafeLedgerDb) {
  const load = async () => split((await db.meta.get(KEY))?.value);
  const change = <T>(edit: (list: SavedPeopleQuery[]) => T) =>
    db.transaction('rw', db.meta, async () => {
      const { ok: list, rest } = await load();
      const result = edit(list);
      await db.meta.put({ key: KEY, value: [...list, ...rest] });
      return result;
    });
  const checkName = (list: SavedPeopleQuery[], name: string, except?: string) => {
    if (list.some((s) => s.name === name && s.id !== except)) throw new AppError(QUERY_V.nameTaken, 'name');
  };
  return {
    /** Saved queries, oldest first (invalid entries skipped). */
    read: async () => (await load()).ok,
    /** Saves `query` under `name` (unique on this device); returns the new entry. */
    add: (name: string, query: PeopleQuery, now = Date.now()) =>
      change((list) => {
        if (isDefaultPeopleQuery(query)) throw new AppError(QUERY_V.empty, 'name');
        checkName(list, name);
        if (list.length >= MAX_SAVED_QUERIES) throw new AppError(QUERY_V.tooMany, 'name', { max: MAX_SAVED_QUERIES });
        const entry: SavedPeopleQuery = { id: newId(now), name, query, createdAt: now };
        list.push(entry);
        return entry;
      }),
    /** Renames a saved query (no-op if it is gone). */
    rename: (id: string, name: string) =>
      change((list) => {
        checkName(list, name, id);
        const s = list.find((x) => x.id === id);
        if (s) s.name = name;
      }),
    /** Deletes a saved query. */
    remove: (id: string) =>
      change((list) => {
        const i = list.findIndex((x) => x.id === id);
        if (i >= 0) list.splice(i, 1);
      }),
  };
}
