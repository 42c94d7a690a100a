import * as Y from 'yjs';
import { readCatalogRules, type CatalogRules } from '../docs/catalog-doc';
import { CATALOG_DOC_ID } from '../docs/doc-id';
import type { ProjectionContext } from '../docs/project-doc';
import type { ProjectionRules } from '../domain/certificates/projection-rules';
import type { SafeLedgerDb } from './db';
import { loadDocUpdates } from './load-doc-updates';

type RulesModule = typeof import('../domain/certificates/projection-rules');
let rulesModule: Promise<RulesModule> | undefined;

/** The rule pack code and data, imported on first use (kept out of the initial bundle). */
function rulesCode(): Promise<RulesModule> {
  rulesModule ??= import('../domain/certificates/projection-rules');
  return rulesModule;
}

/** Projection context plus the key of the catalog content it was built from, and the rules themselves. */
export type StoreProjectionContext = ProjectionContext & Pick<ProjectionRules, 'key' | 'rules'>;

/** The context for what a catalog doc holds (e.g. after a commit changed it). */
export async function contextFromCatalog(c: CatalogRules): Promise<StoreProjectionContext> {
  return (await rulesCode()).projectionRules(c.overrides, c.kinds);
}

/** The context for the catalog doc as the update log holds it (rebuilds and checks read the log, not projections). */
export async function contextFromLog(db: SafeLedgerDb): Promise<StoreProjectionContext> {
  const rows = await loadDocUpdates(db, CATALOG_DOC_ID);
  if (!rows.length) return contextFromCatalog({ overrides: [], kinds: [] });
  const doc = new Y.Doc();
  Y.transact(doc, () => rows.forEach((r) => Y.applyUpdate(doc, r.u)));
  const ctx = await contextFromCatalog(readCatalogRules(doc));
  doc.destroy();
  return ctx;
}

/** The rules in force from the projected catalog rows (what lists and services read). */
export async function rulesInForce(db: SafeLedgerDb): Promise<StoreProjectionContext> {
  const [overrides, kinds] = await Promise.all([db.ruleOverrides.toArray(), db.certKinds.toArray()]);
  return contextFromCatalog({ overrides, kinds });
}

const cached = new WeakMap<SafeLedgerDb, Promise<StoreProjectionContext>>();

/** The context in force for `db` (cached until `setProjectionContext`). */
export function projectionContext(db: SafeLedgerDb): Promise<StoreProjectionContext> {
  let p = cached.get(db);
  if (!p) {
    p = rulesInForce(db);
    cached.set(db, p);
    p.catch(() => cached.delete(db));
  }
  return p;
}

/** Sets the context after a commit changed the catalog (or drops it so the next use re-reads it). */
export function setProjectionContext(db: SafeLedgerDb, ctx?: StoreProjectionContext): void {
  if (ctx) cached.set(db, Promise.resolve(ctx));
  else cached.delete(db);
}
