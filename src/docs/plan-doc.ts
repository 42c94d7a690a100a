import * as Y from 'yjs';
import type { PlanApproval, PlanItemInput } from '../domain/training/plan';
import { writeFields } from './write-fields';

/**
 * A year's training plan, `plan/<year>` (DESIGN §3.1):
 * - `plan`: the year, the title and the approval (who, when, device, and the digest of the items it approved);
 * - `items`: one nested Y.Map per item keyed by a generated id: items added on two devices are all kept, and
 *   concurrent edits of different fields of one item merge.
 * Editing an approved plan keeps the approval; the plan reads as changed since approval while the digest of its
 * items differs from the approved one (every device computes the same digest, so they agree once merged).
 */
export type StoredPlanItem = PlanItemInput & { id: string; createdAt?: number; updatedAt?: number };
export type StoredApproval = PlanApproval & { digest: string };
export type StoredPlan = {
  year: number;
  title: string;
  items: StoredPlanItem[];
  approval?: StoredApproval;
  changedSinceApproval: boolean;
};

const head = (doc: Y.Doc) => doc.getMap<unknown>('plan');
const items = (doc: Y.Doc) => doc.getMap<Y.Map<unknown>>('items');
const BOOKKEEPING = new Set(['id', 'createdAt', 'updatedAt']);

/** Items in month order, then creation (id) order. */
export function readPlanItems(doc: Y.Doc): StoredPlanItem[] {
  const out: StoredPlanItem[] = [];
  items(doc).forEach((m, id) => {
    if (m instanceof Y.Map) out.push({ ...(m.toJSON() as PlanItemInput), id });
  });
  return out.sort((a, b) => a.month - b.month || (a.id < b.id ? -1 : 1));
}

/** The plan; null while the doc is empty (not created, or not yet synced). */
export function readPlan(doc: Y.Doc): StoredPlan | null {
  const h = head(doc);
  const year = h.get('year');
  if (typeof year !== 'number') return null;
  const list = readPlanItems(doc);
  const approval = h.get('approval') as StoredApproval | undefined;
  return {
    year, title: String(h.get('title') ?? ''), items: list, ...(approval ? { approval } : {}),
    changedSinceApproval: !!approval && approval.digest !== planDigest(list),
  };
}

/** Creates the plan (year and title); a plan that exists keeps its own. */
export function createPlan(doc: Y.Doc, year: number, title: string, at: number): void {
  if (typeof head(doc).get('year') === 'number') return;
  doc.transact(() => writeFields(head(doc), { year, title, createdAt: at }));
}

export function hasPlanItem(doc: Y.Doc, id: string): boolean {
  return items(doc).get(id) instanceof Y.Map;
}

/**
 * Creates or updates an item field by field; `only` limits an edit to the fields the user changed, so a stale form
 * never overwrites what another device changed meanwhile. Returns the changed fields.
 */
export function writePlanItem(doc: Y.Doc, id: string, value: PlanItemInput, at: number, only?: readonly string[]): string[] {
  const all = value as Record<string, unknown>;
  const fields = only ? Object.fromEntries(only.filter((k) => k in all).map((k) => [k, all[k]])) : { ...all };
  let changed: string[] = [];
  doc.transact(() => {
    let m = items(doc).get(id);
    if (!(m instanceof Y.Map)) {
      m = new Y.Map();
      items(doc).set(id, m);
      m.set('createdAt', at);
    }
    changed = writeFields(m, fields);
    if (changed.length) m.set('updatedAt', at);
  });
  return changed;
}

export function removePlanItem(doc: Y.Doc, id: string): void {
  items(doc).delete(id);
}

/** Records an approval of the items as they are now (a later approval replaces it). */
export function approvePlan(doc: Y.Doc, approval: PlanApproval): void {
  head(doc).set('approval', { ...approval, digest: planDigest(readPlanItems(doc)) });
}

/**
 * A digest of the items' content (not their bookkeeping), independent of key order: cyrb53 over canonical JSON.
 * It only detects change; it is not a security measure (the signed audit trail is).
 */
export function planDigest(list: readonly StoredPlanItem[]): string {
  const canon = [...list].sort((a, b) => (a.id < b.id ? -1 : 1)).map((it) => [
    it.id, Object.keys(it).filter((k) => !BOOKKEEPING.has(k)).sort().map((k) => [k, (it as Record<string, unknown>)[k]]),
  ]);
  const s = JSON.stringify(canon);
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}
