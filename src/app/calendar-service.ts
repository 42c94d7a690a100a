import { z } from 'zod';
import { AppError } from '../domain/app-error';
import { CalendarOverride } from '../domain/calendar/calendar-override';
import type { Deadline, WorkCalendar } from '../domain/calendar/working-days';
import { isoDate } from '../domain/text';
import { removeCalendarOverride, writeCalendarOverride } from '../docs/calendar-overrides-doc';
import { CATALOG_DOC_ID } from '../docs/doc-id';
import type { SafeLedgerDb } from '../store/db';
import type { DocStore } from '../store/doc-store';
import { live, type Live } from '../store/live';
import { calendarCode, validOverrides, workCalendar } from '../store/work-calendar';
import { attempt, saveWith, type SaveResult } from './form-result';
import type { Actor } from './rules-service';

/** One user override as 设置 › 工作日历 lists it. */
export type CalendarOverrideView = { date: string; kind: 'holiday' | 'workday'; note: string; at: number; by: string };

/** What 设置 › 工作日历 shows: the shipped data's years and origin, and the overrides in date order. */
export type CalendarView = {
  dataFrom: number;
  dataThrough: number;
  /** Version deadlines record: the snapshot's, with '+local' once overrides apply. */
  version: string;
  /** Where the data comes from, e.g. 'chinese-days 1.5.7'. */
  source: string;
  /** Years beyond the data that users have entered overrides for. */
  userYears: number[];
  overrides: CalendarOverrideView[];
};

/** Form text → number; text that is no number becomes -1 so that it gets the range message, not '必填'. */
const num = (v: unknown) => {
  if (v === '' || v === null || v === undefined) return undefined;
  const n = typeof v === 'string' ? Number(v.trim()) : v;
  return typeof n === 'number' && Number.isNaN(n) ? -1 : n;
};
const DueForm = z.object({
  date: isoDate,
  days: z.preprocess(num, z.number({ error: 'calendar.e.days' }).int({ error: 'calendar.e.days' })
    .min(0, { error: 'calendar.e.days' }).max(366, { error: 'calendar.e.days' })),
});

/** Admins and safety officers keep the calendar (deadlines of every record depend on it). */
const mayEdit = (a: Actor) => a.isAdmin || a.roles.includes('admin') || a.roles.includes('safety');

/**
 * The working-day calendar's user overrides (e.g. next year's State Council arrangement before the app ships it),
 * kept in the synced catalog doc; every change goes through the doc store, so the audit writer signs it and every
 * cached calendar (store/work-calendar) follows.
 */
export function createCalendarService(db: SafeLedgerDb, docs: DocStore, actor: () => Promise<Actor>) {
  async function editor(): Promise<Actor> {
    const me = await actor();
    if (!mayEdit(me)) throw new AppError('calendar.e.role');
    return me;
  }
  return {
    view: live(async (): Promise<CalendarView> => {
      const overrides = await validOverrides(db);
      const { snapshot } = await calendarCode();
      const byDate = new Map(overrides.map((o) => [o.date, o]));
      const { firstYear, lastYear, version, source } = snapshot._meta;
      const pkg = /([\w-]+)@(\d[\w.]*)/.exec(source);
      const years = [...new Set([...byDate.keys()].map((d) => Number(d.slice(0, 4))))];
      return {
        dataFrom: firstYear,
        dataThrough: lastYear,
        version: byDate.size ? `${version}+local` : version,
        source: pkg ? `${pkg[1]} ${pkg[2]}` : source,
        userYears: years.filter((y) => y < firstYear || y > lastYear).sort((a, b) => a - b),
        overrides: [...byDate.values()].sort((a, b) => (a.date < b.date ? -1 : 1)).map(({ date, kind, note, at, by }) => ({ date, kind, note, at, by })),
      };
    }) as Live<CalendarView>,

    /** Whether this device may change the calendar. */
    mayEdit: async () => mayEdit(await actor()),

    /** Adds or replaces the override of a date (admin or safety officer). One that changes nothing is refused. */
    save: (values: unknown): Promise<SaveResult> => saveWith(CalendarOverride, values, async (o) => {
      const me = await editor();
      const { snapshot, createWorkCalendar } = await calendarCode();
      if (createWorkCalendar(snapshot).isWorkday(o.date) === (o.kind === 'workday')) {
        throw new AppError(o.kind === 'workday' ? 'calendar.e.alreadyWorkday' : 'calendar.e.alreadyHoliday', 'kind', { date: o.date });
      }
      const by = me.name || me.deviceId.slice(0, 8);
      await docs.change(CATALOG_DOC_ID, (doc) => writeCalendarOverride(doc, { ...o, at: Date.now(), by }));
    }),

    /** Removes the override of a date: the shipped data applies again. */
    remove: (date: string): Promise<SaveResult> => attempt(async () => {
      const d = isoDate.safeParse(date);
      if (!d.success) throw new AppError('v.date', 'date');
      await editor();
      if (!(await db.calendarOverrides.get(d.data))) throw new AppError('calendar.e.notFound', 'date', { date: d.data });
      await docs.change(CATALOG_DOC_ID, (doc) => removeCalendarOverride(doc, d.data));
    }),

    /** The calendar in force (shipped data plus overrides). */
    calendar: (): Promise<WorkCalendar> => workCalendar(db),

    /** 计算截止日: the `days`-th working day after `date` (the start day does not count). */
    due: (values: unknown): Promise<SaveResult<Deadline>> => saveWith(DueForm, values, async (v) => (await workCalendar(db)).deadline(v.date, v.days)),
  };
}
export type CalendarService = ReturnType<typeof createCalendarService>;
