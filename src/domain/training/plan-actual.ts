/** Where a plan item stands (T2 计划 vs 实际). */
export const PLAN_STATUSES = ['not-started', 'in-progress', 'done', 'overdue'] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];

/** What plan-vs-actual needs of a plan item. */
export type PlanActualItem = { id: string; month: number; hours: number; targetPostIds: readonly string[]; targetPersonIds: readonly string[] };
/** A session carrying out some plan item (its `planItemId`), with its state and 学时. */
export type PlanActualSession = { id: string; planItemId: string; date: string; state: string; hours?: number };
/** One participation in a session: who, and whether they attended (present or late). */
export type PlanActualAttendance = { sessionId: string; personId: string; mark: string };
/** A person as targeting needs them: only active people are targeted. */
export type PlanActualPerson = { id: string; postId: string; status: string };

export type PlanActual = {
  /** Sessions linked to the item; of those, held (date ≤ today) and archived. */
  sessions: number;
  held: number;
  archived: number;
  /** 学时 of the held sessions (each counted once, however many attended). */
  hoursDelivered: number;
  /** People the item targets: active people on its target posts, plus its target people who are active. */
  targeted: number;
  /** Distinct people who attended a held linked session (targeted or not). */
  trained: number;
  /** Targeted people among the trained. */
  trainedTargets: number;
  /** 0–1: trained targets / targeted; without targets, hours delivered / planned hours (at most 1). */
  completion: number;
  status: PlanStatus;
};

const attended = (mark: string) => mark === 'present' || mark === 'late';
const lastDayOfMonth = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);

/** Person ids an item targets: active people on its posts, and its named people who are still active. */
export function planTargets(item: Pick<PlanActualItem, 'targetPostIds' | 'targetPersonIds'>, people: readonly PlanActualPerson[]): string[] {
  const posts = new Set(item.targetPostIds);
  const named = new Set(item.targetPersonIds);
  return people.filter((p) => p.status === 'active' && (posts.has(p.postId) || named.has(p.id))).map((p) => p.id);
}

/**
 * Plan vs actual of one item of the `year` plan, as of `today` (YYYY-MM-DD). An item with no held session is
 * 逾期 (overdue) once its month has passed, 未开始 before; with one it is 已完成 when completion reaches 1, else 进行中.
 * Pure: the caller passes the rows of the sessions linked to the item (others are ignored), their attendances and
 * the people who may be targeted.
 */
export function planActual(
  year: number, item: PlanActualItem, today: string, rows: {
    sessions: readonly PlanActualSession[]; attendances: readonly PlanActualAttendance[]; people: readonly PlanActualPerson[];
  },
): PlanActual {
  const linked = rows.sessions.filter((s) => s.planItemId === item.id);
  const held = linked.filter((s) => s.date <= today);
  const heldIds = new Set(held.map((s) => s.id));
  const trained = new Set(rows.attendances.filter((a) => heldIds.has(a.sessionId) && attended(a.mark)).map((a) => a.personId));
  const targets = planTargets(item, rows.people);
  const trainedTargets = targets.filter((id) => trained.has(id)).length;
  const hoursDelivered = Math.round(held.reduce((sum, s) => sum + (s.hours ?? 0), 0) * 10) / 10;
  const completion = targets.length
    ? trainedTargets / targets.length
    : held.length ? Math.min(1, item.hours > 0 ? hoursDelivered / item.hours : 1) : 0;
  const status: PlanStatus = !held.length
    ? (today > lastDayOfMonth(year, item.month) ? 'overdue' : 'not-started')
    : completion >= 1 ? 'done' : 'in-progress';
  return {
    sessions: linked.length, held: held.length, archived: linked.filter((s) => s.state === 'archived').length, hoursDelivered,
    targeted: targets.length, trained: trained.size, trainedTargets, completion, status,
  };
}
