import { z } from 'zod';
import { AppError } from '../domain/app-error';
import { addDays, addYears } from '../domain/certificates/date-math';
import { formatDate } from '../domain/format-date';
import { newId } from '../domain/ids';
import { requiredText } from '../domain/text';
import { retentionDueList, retentionOf, type RetentionClass, type RetentionRules } from '../domain/training/retention';
import { CONTROL_DOC_ID, writeDestroyApproval, writeDestroyRequest, type DestroyTitle } from '../docs/control-doc';
import type { DestroyOrderRow, PersonRow } from '../docs/rows';
import type { SafeLedgerDb } from '../store/db';
import type { DocStore } from '../store/doc-store';
import { live, type Live } from '../store/live';
import { projectionRules } from '../domain/certificates/projection-rules';
import { attempt, saveWith, type SaveResult } from './form-result';
import type { DestructionVm } from '../reports/pdf/training-view-models';
import type { Actor } from './rules-service';
import { attendanceOf } from '../store/queries/attendance-rows';

/** The retention rules in force; `fallback` while the rule pack does not ship them yet (3 and 5 years). */
export type RetentionRuleView = RetentionRules & { verified: boolean; fallback: boolean };
/** A record on the due list. `requested`: an order to destroy it awaits its second approval. */
export type RetentionDueItem = {
  docId: string; number: string; name: string; date: string; class: RetentionClass; until: string; daysLeft: number; requested: boolean;
};
export type RetentionDue = { today: string; rules: RetentionRuleView; items: RetentionDueItem[] };
export type DestroyOrderView = DestroyOrderRow & { state: 'pending' | 'approved' | 'executed'; executedAt?: number };
/** What the 销毁确认单 prints (src/reports/pdf/destruction-pdf.ts). */
export type { DestructionVm };

/** Rule ids (built, so the i18n key scan does not take them for message keys). */
const rule = (name: string) => `training.records.${name}`;
const YEARS = rule('retention_years');
const SO_YEARS = rule('special_ops_years_after_leaving');
const DESTROYERS = ['admin', 'safety'];
const RequestForm = z.object({ docIds: z.array(z.string().min(1).max(200)).max(5000), reason: requiredText(500) });
/** The retention as the 销毁确认单 prints it, with the rule values in force. */
const classLabel = (c: string, r: RetentionRules) =>
  c === 'general' ? `一般（${r.years} 年）` : c === 'special-ops' ? `特种作业（离职后 ${r.specialOpsYearsAfterLeaving} 年）` : c === 'permanent' ? '永久' : c;

/** When a person left ('' not left; null = left, date unknown). */
function leftOn(p: PersonRow | undefined): string | null | '' {
  if (!p) return null;
  if (p.status !== 'left') return '';
  return p.statusDate ?? [...(p.history ?? [])].reverse().find((h) => h.status === 'left')?.date ?? null;
}

/**
 * Retention and destruction of training records (PRODUCT T12, DESIGN §3.4): the due list, destroy orders in the
 * control doc (requested by an admin or safety officer, approved by two different people on two devices), and the
 * 销毁确认单's view model. Execution happens in the store (destroy-docs.ts) on every device.
 */
export function createRetentionService(db: SafeLedgerDb, docs: DocStore, actor: () => Promise<Actor>) {
  /** Reads only Dexie (live queries track what they read): the rule code is part of this chunk. */
  async function rules(): Promise<RetentionRuleView> {
    const [overrides, kinds] = await Promise.all([db.ruleOverrides.toArray(), db.certKinds.toArray()]);
    try {
      const r = projectionRules(overrides, kinds).rules;
      const y = r.get(YEARS);
      return { years: r.num(YEARS).value, specialOpsYearsAfterLeaving: r.num(SO_YEARS).value, verified: y.status === 'verified', fallback: false };
    } catch {
      return { years: 3, specialOpsYearsAfterLeaving: 5, verified: false, fallback: true };
    }
  }

  /** Records whose retention has ended or ends within `aheadDays`, read by the date index (general period bound). */
  async function due(today: string, ruleView: RetentionRuleView, aheadDays = 30): Promise<RetentionDueItem[]> {
    // A special-ops period never ends before the general one: only sessions old enough for that can be due.
    const bound = addDays(addYears(addDays(today, aheadDays), -ruleView.years), 1);
    const sessions = (await db.trainings.where('date').belowOrEqual(bound).toArray()).filter((s) => !s.accidentRelated);
    const so = sessions.filter((s) => s.specialOps);
    const parts = so.flatMap(attendanceOf);
    const people = new Map((await db.people.bulkGet([...new Set(parts.map((p) => p.personId as PersonRow['id']))])).flatMap((p) => (p ? [[p.id, p] as const] : [])));
    const pending = new Set((await db.destroyOrders.toArray()).filter((o) => !o.approved).flatMap((o) => o.docIds));
    const rows = sessions.map((s) => {
      const left = parts.filter((p) => p.docId === s.docId).map((p) => leftOn(people.get(p.personId as PersonRow['id']))).map((d) => (d === '' ? null : d));
      return { s, docId: s.docId, retention: retentionOf({ date: s.date, accidentRelated: !!s.accidentRelated, specialOps: s.specialOps }, left, ruleView) };
    });
    return retentionDueList(rows, today, aheadDays).map(({ s, retention, daysLeft }) => ({
      docId: s.docId, number: s.archiveNumber, name: s.name, date: s.date, class: retention.class, until: retention.until!, daysLeft,
      requested: pending.has(s.docId),
    }));
  }

  async function mayDestroy(): Promise<Actor> {
    const me = await actor();
    if (!me.isAdmin && !me.roles.some((r) => DESTROYERS.includes(r))) throw new AppError('destroy.e.role');
    if (!me.name.trim() || !me.deviceId) throw new AppError('destroy.e.noName');
    return me;
  }

  async function orderViews(): Promise<DestroyOrderView[]> {
    const [orders, gone] = await Promise.all([db.destroyOrders.toArray(), db.destroyed.toArray()]);
    return orders.map((o) => {
      const runs = gone.filter((g) => g.orderId === o.id).map((g) => g.at);
      const executedAt = runs.length ? Math.min(...runs) : undefined;
      return { ...o, state: executedAt ? 'executed' : o.approved ? 'approved' : 'pending', ...(executedAt ? { executedAt } : {}) } as DestroyOrderView;
    }).sort((a, b) => b.requestedAt - a.requestedAt);
  }

  return {
    /** The rules in force and the records due within 30 days (or overdue), soonest first. */
    dueList: live(async (): Promise<RetentionDue> => {
      const today = formatDate(Date.now());
      const r = await rules();
      return { today, rules: r, items: await due(today, r) };
    }) as Live<RetentionDue>,
    /** Every destroy order, newest first, with its state on this device. */
    orders: live(orderViews) as Live<DestroyOrderView[]>,
    /** Who acts on this device (the page marks orders this device already approved). */
    me: () => actor(),
    /**
     * Requests the destruction of records whose retention has ended (admin or safety officer; a reason is
     * required). The requester's approval is the first of the two. Resolves with the order id.
     */
    request: (docIds: string[], reason: string): Promise<SaveResult<string>> => saveWith(RequestForm, { docIds, reason }, async (v) => {
      if (!v.docIds.length) throw new AppError('destroy.e.none', 'docIds');
      const me = await mayDestroy();
      const today = formatDate(Date.now());
      const ended = new Map((await due(today, await rules(), 0)).map((i) => [i.docId, i]));
      const items = [...new Set(v.docIds)].map((id) => ended.get(id));
      if (items.some((i) => !i)) throw new AppError('destroy.e.notDue', 'docIds');
      if (items.some((i) => i!.requested)) throw new AppError('destroy.e.alreadyRequested', 'docIds');
      const titles: DestroyTitle[] = items.map((i) => ({
        docId: i!.docId, number: i!.number, name: i!.name, date: i!.date, retention: i!.class, until: i!.until,
      }));
      const id = newId();
      const at = Date.now();
      await docs.change(CONTROL_DOC_ID, (doc) => writeDestroyRequest(doc, {
        id, docIds: titles.map((t) => t.docId), titles, reason: v.reason, requestedBy: me.name.trim(), requestedDevice: me.deviceId, requestedAt: at,
      }, { device: me.deviceId, by: me.name.trim(), at }));
      return id;
    }),
    /** Approves an order; refused for a person or device that already approved it. Two people: it is executed. */
    approve: (orderId: string): Promise<SaveResult> => attempt(async () => {
      const me = await mayDestroy();
      const o = await db.destroyOrders.get(orderId);
      if (!o) throw new AppError('destroy.e.unknownOrder');
      if (o.approved) throw new AppError('destroy.e.alreadyApproved');
      if (o.approvals.some((a) => a.device === me.deviceId)) throw new AppError('destroy.e.sameDevice');
      if (o.approvals.some((a) => a.by.trim().toLowerCase() === me.name.trim().toLowerCase())) throw new AppError('destroy.e.samePerson');
      await docs.change(CONTROL_DOC_ID, (doc) => {
        if (!writeDestroyApproval(doc, orderId, { device: me.deviceId, by: me.name.trim(), at: Date.now() })) throw new AppError('destroy.e.unknownOrder');
      });
      await docs.sweep();
    }),
    /** The 销毁确认单 of an order (AppError 'destroy.e.unknownOrder' if it is not known here). */
    async destructionPdfVm(orderId: string): Promise<DestructionVm> {
      const o = (await orderViews()).find((x) => x.id === orderId);
      if (!o) throw new AppError('destroy.e.unknownOrder');
      const when = (ms: number) => formatDate(ms);
      const r = await rules();
      return {
        orderId: o.id, reason: o.reason, requestedBy: o.requestedBy, requestedAt: when(o.requestedAt),
        approvals: o.approvals.map((a) => ({ by: a.by, at: when(a.at) })),
        ...(o.executedAt ? { executedAt: when(o.executedAt) } : {}),
        records: o.titles.map((t) => ({ number: t.number, name: t.name, date: t.date, retention: classLabel(t.retention, r), until: t.until })),
      };
    },
  };
}
export type RetentionService = ReturnType<typeof createRetentionService>;
