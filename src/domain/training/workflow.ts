import type { WorkflowAction, WorkflowEvent, WorkflowState } from './workflow-event';

/** Which action leads from which state (T7). Anything else is ignored when folding. */
const NEXT: Record<WorkflowState, Partial<Record<WorkflowAction, WorkflowState>>> = {
  draft: { submit: 'submitted' },
  returned: { submit: 'submitted' },
  submitted: { review: 'reviewed', return: 'returned' },
  reviewed: { archive: 'archived', return: 'returned' },
  archived: {},
};

export type WorkflowView = {
  state: WorkflowState;
  /** Times (ms) of the steps that took effect: first and latest submission, latest review, return and archiving. */
  firstSubmittedAt?: number;
  submittedAt?: number;
  reviewedAt?: number;
  returnedAt?: number;
  archivedAt?: number;
  /** The comment of the latest return. */
  returnComment?: string;
  /** The events that took effect, in order. */
  steps: WorkflowEvent[];
};

/**
 * Folds the events of a record into its state. Events are ordered by time, then device, then action, so every
 * device computes the same state from the same set of events (e.g. a review and a return made at once on two
 * devices: the earlier wins, the later one is ignored if it no longer applies).
 */
export function workflowState(events: readonly WorkflowEvent[]): WorkflowView {
  const sorted = [...events].sort((a, b) => a.at - b.at || (a.device < b.device ? -1 : a.device > b.device ? 1 : a.action < b.action ? -1 : a.action > b.action ? 1 : 0));
  const v: WorkflowView = { state: 'draft', steps: [] };
  for (const e of sorted) {
    const next = NEXT[v.state][e.action];
    if (!next) continue;
    v.state = next;
    v.steps.push(e);
    if (e.action === 'submit') {
      v.firstSubmittedAt ??= e.at;
      v.submittedAt = e.at;
    } else if (e.action === 'review') v.reviewedAt = e.at;
    else if (e.action === 'return') {
      v.returnedAt = e.at;
      v.returnComment = e.comment;
    } else v.archivedAt = e.at;
  }
  return v;
}

/** Whether `action` is allowed now. */
export function canAct(state: WorkflowState, action: WorkflowAction): boolean {
  return NEXT[state][action] !== undefined;
}
