import Dexie from 'dexie';
import type { WorkCalendar } from '../domain/calendar/working-days';
import type { WorkdaySnapshot } from '../domain/calendar/workday-snapshot';
import type { CalendarOverride } from '../domain/calendar/calendar-override';
import type { SafeLedgerDb } from './db';

type CalendarCode = typeof import('../domain/calendar') & { snapshot: WorkdaySnapshot };
let code: Promise<CalendarCode> | undefined;

/** The calendar code and its data snapshot, imported on first use (kept out of the initial bundle). */
export function calendarCode(): Promise<CalendarCode> {
  code ??= import('../domain/calendar').then((m) => ({ ...m, snapshot: m.loadWorkdaySnapshot() }));
  code.catch(() => (code = undefined));
  return code;
}

/**
 * The valid overrides of the projected `calendarOverrides` rows (a peer may have sent anything: an invalid entry is
 * left out, never allowed to break every deadline), ordered by when they were made so that the later wins.
 */
export async function validOverrides(db: SafeLedgerDb): Promise<(CalendarOverride & { at: number; by: string })[]> {
  // Read first: inside a live query only reads made before awaiting other promises are sure to be tracked.
  const rows = await db.calendarOverrides.toArray();
  const { CalendarOverride } = await calendarCode();
  return rows.flatMap((r) => {
    const p = CalendarOverride.safeParse(r);
    if (!p.success) return [];
    return [{ ...p.data, at: typeof r.at === 'number' ? r.at : 0, by: typeof r.by === 'string' ? r.by : '' }];
  }).sort((a, b) => a.at - b.at || (a.date < b.date ? -1 : 1));
}

const cached = new WeakMap<SafeLedgerDb, Promise<WorkCalendar>>();
const watched = new WeakSet<SafeLedgerDb>();

/**
 * Drops `db`'s cached calendar whenever its calendarOverrides table changes, in this tab or another (a local save,
 * a synced catalog doc projected by the leader tab, a restore): Dexie reports both as 'storagemutated'.
 */
function watch(db: SafeLedgerDb) {
  if (watched.has(db)) return;
  watched.add(db);
  const prefix = `idb://${db.name}/calendarOverrides/`;
  Dexie.on('storagemutated', (parts: Record<string, unknown>) => {
    if (Object.keys(parts).some((k) => k.startsWith(prefix))) cached.delete(db);
  });
}

/**
 * The working-day calendar in force for `db`: the shipped snapshot plus the users' overrides (catalog doc, projected
 * to `calendarOverrides`). Cached per database until that table changes.
 */
export function workCalendar(db: SafeLedgerDb): Promise<WorkCalendar> {
  watch(db);
  let p = cached.get(db);
  if (!p) {
    p = Promise.all([calendarCode(), validOverrides(db)]).then(([c, overrides]) => c.createWorkCalendar(c.snapshot, overrides));
    cached.set(db, p);
    p.catch(() => cached.delete(db));
  }
  return p;
}
