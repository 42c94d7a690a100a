import * as Y from 'yjs';
import { z } from 'zod';
import type { DocId } from './doc-id';

/** The `control` singleton (DESIGN §3.1): destroy orders. */
export const CONTROL_DOC_ID = 'control' as DocId;

const line = (max: number) => z.string().max(max);
/** What a destroyed record was, for the 销毁确认单: archive number, session name, dates; never personal data. */
export const DestroyTitle = z.object({
  docId: line(200), number: line(60), name: line(200), date: line(10), retention: line(20), until: line(10),
});
export type DestroyTitle = z.infer<typeof DestroyTitle>;
export const DestroyApproval = z.object({ device: line(100), by: line(100), at: z.number() });
export type DestroyApproval = z.infer<typeof DestroyApproval>;

/** A destroy order as read from the doc (validated: a peer may send anything). Approvals sorted by time. */
export const DestroyOrder = z.object({
  id: line(100),
  docIds: z.array(line(200)).min(1).max(5000),
  titles: z.array(DestroyTitle).max(5000),
  reason: line(500),
  requestedBy: line(100),
  requestedDevice: line(100),
  requestedAt: z.number(),
  approvals: z.array(DestroyApproval),
});
export type DestroyOrder = z.infer<typeof DestroyOrder>;

/**
 * Layout: Y.Map 'destroyOrders' keyed by order id → Y.Map of the order's fixed fields (docIds and titles are set
 * once, at the request) and 'approvals', a nested Y.Map keyed by device id → { by, at }. The nested map is made with
 * the order, so two devices approving at once both add an entry and both stay.
 */
const orders = (doc: Y.Doc) => doc.getMap<Y.Map<unknown>>('destroyOrders');

/** Adds a new order with the requester's approval (the requester may be one of the two people). */
export function writeDestroyRequest(doc: Y.Doc, o: Omit<DestroyOrder, 'approvals'>, first?: DestroyApproval): void {
  doc.transact(() => {
    const m = new Y.Map<unknown>();
    orders(doc).set(o.id, m);
    for (const [k, v] of Object.entries(o)) if (k !== 'id') m.set(k, v);
    const approvals = new Y.Map<unknown>();
    m.set('approvals', approvals);
    if (first) approvals.set(first.device, { by: first.by, at: first.at });
  });
}

/** Adds one device's approval to an order; false if the order is unknown here. */
export function writeDestroyApproval(doc: Y.Doc, orderId: string, a: DestroyApproval): boolean {
  const approvals = orders(doc).get(orderId)?.get('approvals');
  if (!(approvals instanceof Y.Map)) return false;
  approvals.set(a.device, { by: a.by, at: a.at });
  return true;
}

/** Every well-formed order, oldest request first (malformed entries are left out). */
export function readDestroyOrders(doc: Y.Doc): DestroyOrder[] {
  const out: DestroyOrder[] = [];
  orders(doc).forEach((m, id) => {
    if (!(m instanceof Y.Map)) return;
    const a = m.get('approvals');
    const approvals = a instanceof Y.Map ? [...a.entries()].map(([device, v]) => ({ ...(v as object), device })) : [];
    const p = DestroyOrder.safeParse({ ...m.toJSON(), id, approvals });
    if (p.success) out.push({ ...p.data, approvals: p.data.approvals.sort((x, y) => x.at - y.at || (x.device < y.device ? -1 : 1)) });
  });
  return out.sort((a, b) => a.requestedAt - b.requestedAt || (a.id < b.id ? -1 : 1));
}

const person = (s: string) => s.trim().toLowerCase();

/**
 * An order is approved once two different people approved it: two approvals with different person names AND
 * different devices (one person on two devices, or two names typed on one device, is not two people).
 */
export function isApproved(order: Pick<DestroyOrder, 'approvals'>): boolean {
  const a = order.approvals.filter((x) => person(x.by));
  return a.some((x, i) => a.some((y, j) => j > i && x.device !== y.device && person(x.by) !== person(y.by)));
}
