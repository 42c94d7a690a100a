import shipped from '../data/cn-workdays.json';
import { WorkdaySnapshot } from './workday-snapshot';

/**
 * The working-day snapshot, validated with zod (a malformed file throws a ZodError naming the bad entry).
 * Without an argument it loads the shipped src/domain/data/cn-workdays.json.
 */
export function loadWorkdaySnapshot(raw: unknown = shipped): WorkdaySnapshot {
  return WorkdaySnapshot.parse(raw);
}
