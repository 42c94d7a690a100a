import type * as Y from 'yjs';
import type { CalendarOverride } from '../domain/calendar/calendar-override';

/**
 * The working-day calendar's user overrides (e.g. next year's State Council arrangement), kept in the synced
 * `catalog` doc as a Y.Map keyed by date (a date is not personal data): of two entries for one date made at once,
 * Yjs keeps one on every device alike. Entries are raw here and validated where they are read.
 */
const calendar = (doc: Y.Doc) => doc.getMap<unknown>('calendar');

export type StoredCalendarOverride = CalendarOverride & { at: number; by: string };

/** The override entries as stored (raw: a peer may send anything), in date order. */
export function readCalendarOverrides(doc: Y.Doc): unknown[] {
  const out: unknown[] = [];
  calendar(doc).forEach((v, date) => out.push(v && typeof v === 'object' ? { ...(v as object), date } : { date }));
  return out.sort((a, b) => ((a as { date: string }).date < (b as { date: string }).date ? -1 : 1));
}

/** Sets a validated override for its date. */
export function writeCalendarOverride(doc: Y.Doc, o: StoredCalendarOverride): void {
  calendar(doc).set(o.date, { ...o });
}

/** Removes the override of a date (the shipped data applies again). */
export function removeCalendarOverride(doc: Y.Doc, date: string): void {
  calendar(doc).delete(date);
}
