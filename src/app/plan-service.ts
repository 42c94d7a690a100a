import type * as Y from 'yjs';
import type { z } from 'zod';
import { AppError } from '../domain/app-error';
import { fieldErrors, type FieldError } from '../domain/field-errors';
import { formatDate } from '../domain/format-date';
import { newId } from '../domain/ids';
import { PlanItemInput, PlanYear, type PlanApproval } from '../domain/training/plan';
import { planActual, planTargets, type PlanActual } from '../domain/training/plan-actual';
import { planDocId } from '../docs/doc-id';
import {
  approvePlan, createPlan, hasPlanItem, readPlan, removePlanItem, writePlanItem, type StoredPlan, type StoredPlanItem,
} from '../docs/plan-doc';
import type { PersonRow } from '../docs/rows';
import type { SafeLedgerDb } from '../store/db';
import type { DocStore } from '../store/doc-store';
import { live, type Live } from '../store/live';
import { attempt, type SaveResult } from './form-result';
import type { Actor } from './rules-service';
import { attendanceOf } from '../store/queries/attendance-rows';

export type PlanTargetPerson = { id: string; name: string; workNo: string };
/** A plan item with where it stands and the named people it targets (name, 工号). */
export type PlanItemView = StoredPlanItem & { actual: PlanActual; targetPeople: PlanTargetPerson[] };
/** A year's plan as 培训计划 shows it; `exists` false until created. `today` is the day the actuals are computed for. */
export type PlanView = {
  year: number; exists: boolean; title: string; approval?: PlanApproval; changedSinceApproval: boolean; items: PlanItemView[]; today: string;
};
export type PlanService = ReturnType<typeof createPlanService>;

type Rows = { sessions: { id: string; planItemId: string; date: string; state: string; hours?: number }[];
  attendances: { sessionId: string; personId: string; mark: string }[]; people: PersonRow[] };

/** Messages of the plan rules (`plan.e.*`) win over the generic ones fieldErrors would give. */
function planErrors(error: z.ZodError): Record<string, FieldError> {
  const out = fieldErrors(error);
  for (const i of error.issues) if (i.message.startsWith('plan.')) out[String(i.path[0] ?? '')] = { key: i.message };
  return out;
}

const checkYear = (year: number) => {
  if (!PlanYear.safeParse(year).success) throw new AppError('plan.e.year');
  return year;
};

/** The sessions linked to the plan's items, their attendances and the people its items target. */
async function actualRows(db: SafeLedgerDb, plan: StoredPlan | null): Promise<Rows> {
  const items = plan?.items ?? [];
  const sessions = items.length ? await db.trainings.where('planItemId').anyOf(items.map((i) => i.id)).toArray() : [];
  const attendances = sessions.flatMap(attendanceOf);
  return {
    sessions: sessions.map((s) => ({ id: s.id, planItemId: s.planItemId, date: s.date, state: s.state, hours: s.hours })),
    attendances: attendances.map((a) => ({ sessionId: a.sessionId, personId: a.personId, mark: a.mark })),
    people: await targetable(db, items),
  };
}

/** People on the items' target posts and the items' named people (whatever their status; targeting filters). */
async function targetable(db: SafeLedgerDb, items: readonly StoredPlanItem[]): Promise<PersonRow[]> {
  const posts = [...new Set(items.flatMap((i) => i.targetPostIds))];
  const named = [...new Set(items.flatMap((i) => i.targetPersonIds))];
  const onPosts = posts.length ? await db.people.where('postId').anyOf(posts).toArray() : [];
  const people = new Map(onPosts.map((p) => [p.id, p]));
  for (const p of await db.people.bulkGet(named)) if (p) people.set(p.id, p);
  return [...people.values()];
}

function planView(year: number, plan: StoredPlan | null, rows: Rows): PlanView {
  const today = formatDate(Date.now());
  const byId = new Map<string, PersonRow>(rows.people.map((p) => [p.id, p]));
  return {
    year, exists: !!plan, title: plan?.title ?? '', ...(plan?.approval ? { approval: plan.approval } : {}),
    changedSinceApproval: !!plan?.changedSinceApproval, today,
    items: (plan?.items ?? []).map((it) => ({
      ...it,
      actual: planActual(year, it, today, rows),
      targetPeople: it.targetPersonIds.flatMap((id) => {
        const p = byId.get(id);
        return p ? [{ id, name: p.name, workNo: p.workNo }] : [];
      }),
    })),
  };
}

/**
 * Annual and special training plans (PRODUCT T2), one `plan/<year>` doc each: items, approval, plan vs actual.
 * Only admins and safety officers edit or approve a plan (peers refuse plan writes from other roles anyway).
 * Writes go through the doc store, so they are persisted, projected and audited like every change.
 */
export function createPlanService(db: SafeLedgerDb, docs: DocStore, actor: () => Promise<Actor>) {
  const mayEdit = async () => {
    const me = await actor();
    if (!me.isAdmin && !me.roles.some((r) => r === 'admin' || r === 'safety')) throw new AppError('plan.e.role');
    return me;
  };
  const read = async (year: number) => readPlan(await docs.open(planDocId(checkYear(year))));

  return {
    /** Years that have a plan doc (here or synced), ascending. */
    years: live(async () => (await db.docs.where('kind').equals('plan').primaryKeys()).map((id) => Number(id.slice(5))).sort((a, b) => a - b)),

    /**
     * The plan with plan vs actual per item: follows the plan doc (edits here, in other tabs, from peers) and the
     * trainings, attendances and people it links to.
     */
    view(year: number): Live<PlanView> {
      return {
        subscribe(next, error = (e) => console.error(e)) {
          const id = planDocId(checkYear(year));
          let stopped = false;
          let doc: Y.Doc | undefined;
          let key: string | undefined;
          let rows: Rows | undefined;
          let stopRows: (() => void) | undefined;
          const emit = () => !stopped && doc && rows && next(planView(year, readPlan(doc), rows));
          // The rows to read depend on the items: a new item or target re-subscribes, any other edit just re-emits.
          const onDoc = () => {
            const plan = doc ? readPlan(doc) : null;
            const k = JSON.stringify(plan?.items.map((i) => [i.id, i.targetPostIds, i.targetPersonIds]) ?? []);
            if (k === key) return void emit();
            key = k;
            stopRows?.();
            rows = undefined;
            stopRows = live(async () => {
              await db.docs.get(id); // a commit to the plan doc re-runs this read, which notices a reloaded doc
              return actualRows(db, plan);
            }).subscribe((r) => {
              if (doc?.isDestroyed) return void attach();
              rows = r;
              emit();
            }, error);
          };
          const attach = async () => {
            const d = await docs.open(id).catch((e) => void error(e));
            if (!d || stopped) return;
            doc?.off('update', onDoc);
            doc = d;
            d.on('update', onDoc);
            key = undefined;
            onDoc();
          };
          void attach();
          return () => {
            stopped = true;
            doc?.off('update', onDoc);
            stopRows?.();
          };
        },
      };
    },

    /** Creates the year's plan (`title` may be ''; the page then shows a default one). */
    create: (year: number, title = '') => attempt(async () => {
      await mayEdit();
      await docs.change(planDocId(checkYear(year)), (doc) => createPlan(doc, year, title.trim().slice(0, 100), Date.now()));
    }),

    /**
     * Adds (id null) or edits an item; on an edit only `changed` fields are written (all if omitted). Creates the plan
     * if needed. Returns the item id.
     */
    async saveItem(year: number, id: string | null, values: unknown, changed?: string[]): Promise<SaveResult<string>> {
      const parsed = PlanItemInput.safeParse(values);
      if (!parsed.success) return { ok: false, errors: planErrors(parsed.error) };
      return attempt(async () => {
        await mayEdit();
        const itemId = id ?? newId();
        await docs.change(planDocId(checkYear(year)), (doc) => {
          if (id && !hasPlanItem(doc, id)) throw new AppError('plan.e.gone');
          const at = Date.now();
          createPlan(doc, year, '', at);
          writePlanItem(doc, itemId, parsed.data, at, id ? changed : undefined);
        });
        return itemId;
      });
    },

    removeItem: (year: number, id: string) => attempt(async () => {
      await mayEdit();
      await docs.change(planDocId(checkYear(year)), (doc) => removePlanItem(doc, id));
    }),

    /** Approves the plan as it is now (admin or safety officer; a plan with no items cannot be approved). */
    approve: (year: number) => attempt(async () => {
      const me = await mayEdit();
      const plan = await read(year);
      if (!plan?.items.length) throw new AppError('plan.e.empty');
      if (plan.approval && !plan.changedSinceApproval) return;
      await docs.change(planDocId(year), (doc) => approvePlan(doc, { by: me.name || me.deviceId.slice(0, 8), at: Date.now(), device: me.deviceId }));
    }),

    /** The item's target people who are active now, in 工号 order (the session editor adds them as participants). */
    async targets(year: number, itemId: string): Promise<string[]> {
      const item = (await read(year))?.items.find((i) => i.id === itemId);
      if (!item) return [];
      const people = await targetable(db, [item]);
      const ids = new Set(planTargets(item, people));
      return people.filter((p) => ids.has(p.id)).sort((a, b) => a.workNo.localeCompare(b.workNo)).map((p) => p.id);
    },

    /** The year's items, in month order (a picker in the session editor). */
    items: async (year: number): Promise<StoredPlanItem[]> => (await read(year))?.items ?? [],
  };
}
