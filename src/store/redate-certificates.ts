import type { ProjectionContext } from '../docs/project-doc';
import type { SafeLedgerDb } from './db';

/**
 * Recomputes every certificate's due date under new rules (an override was set or withdrawn). Reads the
 * certificates table, never the person docs: the rows hold every field the schedule uses. Call inside the
 * transaction that writes the catalog doc's change, so the rules and the dates they give change together.
 */
export async function redateCertificates(db: SafeLedgerDb, ctx: ProjectionContext): Promise<number> {
  const rows = await db.certificates.toArray();
  const changed = [];
  for (const r of rows) {
    const d = ctx.certificateDue(r);
    if (d.due !== r.due || d.dueEvent !== r.dueEvent) changed.push({ ...r, ...d });
  }
  if (changed.length) await db.certificates.bulkPut(changed);
  return changed.length;
}
