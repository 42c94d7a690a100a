import { deadlineRules, trainingDeadline, type TrainingDeadline } from '../../domain/training/deadlines';
import type { WorkflowState } from '../../domain/training/workflow-event';
import type { SafeLedgerDb } from '../db';
import { projectionContext } from '../projection-context';
import { workCalendar } from '../work-calendar';

/** A training record waiting for a workflow step, with its deadline on the working-day calendar. */
export type TrainingTodoItem = TrainingDeadline & { id: string; name: string; date: string; departmentId: string; state: WorkflowState };

export type TrainingTodo = {
  /** Overdue first (most days late first), then by due date. */
  items: TrainingTodoItem[];
  overdue: number;
  /** Open records per step (submit / review / fix / archive). */
  byStep: Record<TrainingDeadline['step'], number>;
};

const OPEN: WorkflowState[] = ['draft', 'submitted', 'returned', 'reviewed'];

/**
 * Training records not yet archived and their deadlines (T7; workbench W1). Reads only the open records through
 * the `state` index: archived records, the bulk of the table, are never loaded.
 */
export async function trainingTodo(db: SafeLedgerDb, now: number): Promise<TrainingTodo> {
  const rows = await db.trainings.where('state').anyOf(OPEN).toArray();
  const [ctx, cal] = await Promise.all([projectionContext(db), workCalendar(db)]);
  const rules = deadlineRules(ctx.rules);
  const byStep: TrainingTodo['byStep'] = { submit: 0, review: 0, fix: 0, archive: 0 };
  const items: TrainingTodoItem[] = [];
  for (const r of rows) {
    const d = trainingDeadline(r, cal, rules, now);
    if (!d) continue;
    byStep[d.step]++;
    items.push({ ...d, id: r.id, name: r.name, date: r.date, departmentId: r.departmentId, state: r.state });
  }
  items.sort((a, b) => b.daysOverdue - a.daysOverdue || (a.due < b.due ? -1 : a.due > b.due ? 1 : 0));
  return { items, overdue: items.filter((i) => i.overdue).length, byStep };
}
