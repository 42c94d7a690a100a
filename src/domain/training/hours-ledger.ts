import type { RuleRef, RuleStatus } from '../certificates/rule-pack';
import { ATTENDANCE_KINDS, type AttendanceKind, type AttendanceRow, type RequirementKind } from './attendance';
import type { HoursRequirement } from './hours-requirement';
import { worstStatus } from './worst-status';

/** One required kind of hours against what was attended. */
export type HoursLine = {
  kind: RequirementKind;
  required: number;
  /** Hours that count towards it. */
  counted: number;
  /** Attended hours of this kind whose assessment failed (see hoursLedger for which of them count). */
  failedHours: number;
  shortfall: number;
  met: boolean;
  rules: RuleRef[];
  status: RuleStatus;
};

/** One person's hours in one calendar year. */
export type HoursLedger = {
  year: number;
  /** Attended hours by kind (failed assessments included). */
  byKind: Record<AttendanceKind, number>;
  total: number;
  lines: HoursLine[];
  /** Sum of the lines' shortfalls. */
  shortfall: number;
  met: boolean;
  status: RuleStatus;
};

/** 学时 are kept to one decimal; sums of 0.1s drift in binary floating point. */
const round1 = (h: number) => Math.round(h * 10) / 10;

/**
 * The person's ledger for `requirement.year` (PRODUCT T9). Rows are counted in the calendar year of their date
 * (12-31 and 01-01 fall in different years). Per kind:
 * 1. A row appears once per session and day; a repeated (sessionId, date) is a duplicate projection and the first
 *    one is kept, so hours are never counted twice.
 * 2. Failed assessments: review training counts only if not failed — the domain README §2 says a review is
 *    refused when the holder had "no training or failed exam". For initial and annual training the README is
 *    silent, so (app decision) attended hours count and the failed hours are shown beside them (T5 schedules the
 *    re-training).
 * 3. Hours count only towards their own kind ('other' towards none): App decision, so that review training at an
 *    outside body does not hide a missing in-house annual re-training.
 * 4. Several requirements of one kind (two reviews in a year) add up into one line.
 */
export function hoursLedger(rows: readonly AttendanceRow[], requirement: HoursRequirement): HoursLedger {
  const prefix = `${requirement.year}-`;
  const seen = new Set<string>();
  const byKind = Object.fromEntries(ATTENDANCE_KINDS.map((k) => [k, 0])) as Record<AttendanceKind, number>;
  const counted = { ...byKind };
  const failed = { ...byKind };
  for (const r of rows) {
    const key = `${r.sessionId}\u0000${r.date}`;
    if (!r.date.startsWith(prefix) || seen.has(key)) continue;
    seen.add(key);
    byKind[r.type] += r.hours;
    if (r.passed === false) failed[r.type] += r.hours;
    if (!(r.passed === false && r.type === 'review')) counted[r.type] += r.hours;
  }
  const lines: HoursLine[] = [];
  for (const kind of ['initial', 'annual', 'review'] as const) {
    const items = requirement.items.filter((i) => i.kind === kind);
    if (items.length === 0) continue;
    const required = round1(items.reduce((s, i) => s + i.hours, 0));
    const got = round1(counted[kind]);
    const shortfall = round1(Math.max(0, required - got));
    const rules = [...new Map(items.map((i) => [i.rule.id, i.rule])).values()];
    const status = worstStatus(rules.map((r) => r.status));
    lines.push({ kind, required, counted: got, failedHours: round1(failed[kind]), shortfall, met: shortfall === 0, rules, status });
  }
  for (const k of ATTENDANCE_KINDS) byKind[k] = round1(byKind[k]);
  const shortfall = round1(lines.reduce((s, l) => s + l.shortfall, 0));
  return {
    year: requirement.year,
    byKind,
    total: round1(ATTENDANCE_KINDS.reduce((s, k) => s + byKind[k], 0)),
    lines,
    shortfall,
    met: shortfall === 0,
    status: requirement.status,
  };
}
