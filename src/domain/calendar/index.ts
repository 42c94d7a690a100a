/** Chinese working-day calendar (法定节假日 + 调休): shipped snapshot, user overrides, deadlines in working days. */
export { CALENDAR_OVERRIDE_KINDS, CalendarOverride, type CalendarOverrideInput } from './calendar-override';
export { isWeekend } from './is-weekend';
export { loadWorkdaySnapshot } from './load-workday-snapshot';
export { WorkdaySnapshot } from './workday-snapshot';
export { createWorkCalendar, type CalendarCoverage, type Deadline, type WorkCalendar } from './working-days';
