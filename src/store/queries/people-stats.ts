import type { SafeLedgerDb } from '../db';

/** Workbench figures from indexed counts (never a table scan). */
export async function peopleStats(db: SafeLedgerDb) {
  const [active, away, left, departments, posts] = await Promise.all([
    db.people.where('status').equals('active').count(),
    db.people.where('status').equals('away').count(),
    db.people.where('status').equals('left').count(),
    db.departments.count(),
    db.posts.count(),
  ]);
  return { active, away, left, total: active + away + left, departments, posts };
}
export type PeopleStats = Awaited<ReturnType<typeof peopleStats>>;
