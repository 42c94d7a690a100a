import { z } from 'zod';
import { text } from '../text';

/**
 * The review workflow (T7): draft → submitted → reviewed → archived, or returned with comments and resubmitted.
 * A record keeps every step as an event (a Y.Array in the session doc), so steps taken on two devices at once are
 * both kept; workflow.ts folds them into the state every device computes alike.
 */
export const WORKFLOW_ACTIONS = ['submit', 'review', 'return', 'archive'] as const;
export type WorkflowAction = (typeof WORKFLOW_ACTIONS)[number];
export const WORKFLOW_STATES = ['draft', 'submitted', 'reviewed', 'returned', 'archived'] as const;
export type WorkflowState = (typeof WORKFLOW_STATES)[number];

export const WorkflowEvent = z.object({
  action: z.enum(WORKFLOW_ACTIONS),
  /** When (ms since epoch, the acting device's clock). */
  at: z.number().int().nonnegative(),
  /** Who acted (display name of the device's person) and on which device. */
  by: text(50),
  device: text(64),
  /** Required when returning a record: what to fix. */
  comment: text(500).optional(),
});
export type WorkflowEvent = z.output<typeof WorkflowEvent>;

/**
 * The claim a device makes when it archives a record: the number group 年份-部门代码-培训类型 and the sequence
 * number it saw free. Two devices archiving offline may claim the same number; archive-number.ts resolves that
 * deterministically.
 */
export const ArchiveClaim = z.object({
  group: z.string().regex(/^\d{4}-[A-Z0-9]{2,4}-[A-Z]{2}$/),
  seq: z.number().int().positive(),
  at: z.number().int().nonnegative(),
  device: text(64),
});
export type ArchiveClaim = z.output<typeof ArchiveClaim>;

/** A number change made by the resolution, kept in the record (audit trail and PDF show it). */
export type ArchiveRenumbering = { from: string; to: string; at: number };
