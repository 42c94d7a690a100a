import * as Y from 'yjs';
import { readRuleOverrides } from '../docs/catalog-doc';
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

/** Projection context plus the key of the overrides it was built from. */
export type StoreProjectionContext = ProjectionContext & Pick<ProjectionRules, 'key' | 'rules'>;

/** The context for an override log (e.g. the catalog doc's entries after a commit). */
export async function contextFromEntries(entries: readonly unknown[]): Promise<StoreProjectionContext> {
  return (await rulesCode()).projectionRules(entries);
}

/** The context for the catalog doc as the update log holds it (rebuilds and checks read the log, not projections). */
export async function contextFromLog(db: SafeLedgerDb): Promise<StoreProjectionContext> {
  const rows = await loadDocUpdates(db, CATALOG_DOC_ID);
  if (!rows.length) return contextFromEntries([]);
  const doc = new Y.Doc();
  Y.transact(doc, () => rows.forEach((r) => Y.applyUpdate(doc, r.u)));
  const ctx = await contextFromEntries(readRuleOverrides(doc));
  doc.destroy();
  return ctx;
}

const cached = new WeakMap<SafeLedgerDb, Promise<StoreProjectionContext>>();

/** The context in force for `db`, from its projected override rows (cached until `forgetProjectionContext`). */
export function projectionContext(db: SafeLedgerDb): Promise<StoreProjectionContext> {
  let p = cached.get(db);
  if (!p) {
    p = db.ruleOverrides.toArray().then(contextFromEntries);
    cached.set(db, p);
    p.catch(() => cached.delete(db));
  }
  return p;
}

/** Sets the context after a commit changed the overrides (or drops it so the next use re-reads them). */
export function setProjectionContext(db: SafeLedgerDb, ctx?: StoreProjectionContext): void {
  if (ctx) cached.set(db, Promise.resolve(ctx));
  else cached.delete(db);
}
