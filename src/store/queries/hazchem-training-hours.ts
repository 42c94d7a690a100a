import type { ParticipationRow } from '../../docs/rows';
import type { SafeLedgerDb } from '../db';
import { personAttendance } from './attendance-rows';

/**
 * What of a training record counts as a hazchem principal's/manager's re-training (PRODUCT C2): sessions whose
 * hours count towards annual re-training (定期复训, 管理人员再培训), and 管理人员资格培训（初训）, which a manager takes in
 * the first year in the role and which covers that year. Hours as the ledger counts them (attended; a failed
 * assessment still counts, see hoursLedger). Special-operations and other training do not count.
 */
export const countsAsHazchemRetraining = (r: Pick<ParticipationRow, 'kind' | 'type'>) => r.kind === 'annual' || r.type === 'manager-initial';

/**
 * Recorded re-training hours of `year` per holder: one [personId+date] range read per person (the holders of
 * hazchem cards are few). People without any such hours are absent from the map.
 */
export async function hazchemTrainingHours(db: SafeLedgerDb, year: number, personIds: Iterable<string>): Promise<Map<string, number>> {
  const out = new Map<string, number>();
  await Promise.all([...new Set(personIds)].map(async (id) => {
    const rows = await personAttendance(db, id, `${year}-01-01`, `${year}-12-31`);
    const hours = rows.filter(countsAsHazchemRetraining).reduce((s, r) => s + r.hours, 0);
    if (hours > 0) out.set(id, Math.round(hours * 10) / 10);
  }));
  return out;
}
