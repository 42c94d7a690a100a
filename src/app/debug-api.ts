import { verifyProjections } from '../store/verify-projections';
import { PROJECTION_TABLES } from '../docs/rows';
import type { Services } from './services';

/**
 * `window.__safeledger`: a small diagnostics surface used by the browser tests and `npm run bench`
 * (read-only dumps, consistency check, bulk write). It holds no secrets beyond what the page can already read.
 */
export function installDebugApi(s: Services) {
  const api = {
    version: __APP_VERSION__,
    /** Projection tables sorted by id. */
    dump: async () => Object.fromEntries(await Promise.all(PROJECTION_TABLES.map(async (t) => [t, await s.db.table(t).orderBy('id').toArray()]))),
    /** Row counts of the log and projection tables. */
    counts: async () => Object.fromEntries(await Promise.all(['updates', 'docs', 'blobs', ...PROJECTION_TABLES].map(async (t) => [t, await s.db.table(t).count()]))),
    /** Tables whose rows differ from a rebuild from the docs ([] = consistent). */
    verifyProjections: () => verifyProjections(s.db),
    /** Replaces the workspace with a backup file's bytes (then reload the page). */
    restore: async (bytes: Uint8Array) => {
      const r = await s.backup.restore(bytes);
      if (!r.ok) throw new Error(JSON.stringify(r.errors));
      return r.value;
    },
    /** The backup file of this workspace as bytes. */
    exportBytes: async () => new Uint8Array(await (await s.backup.export()).blob.arrayBuffer()),
    /** Creates `n` people `batch` per transaction (工号 `${prefix}-<i>`); for the crash test. */
    createPeople: (n: number, batch: number, prefix: string) =>
      s.people.createMany(
        Array.from({ length: n }, (_, i) => ({ name: `批量${i}`, workNo: `${prefix}-${i}`, idNumber: '11010519491231002X', status: 'active' })),
        batch,
      ),
  };
  (globalThis as unknown as { __safeledger: typeof api }).__safeledger = api;
  return api;
}
