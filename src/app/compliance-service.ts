import { CATALOG } from '../domain/certificates/catalog';
import { projectionRules, type ProjectionRules } from '../domain/certificates/projection-rules';
import { certificateSchedule, type CertSchedule } from '../domain/certificates/schedule';
import { certificateLedger, type LedgerRow } from '../domain/compliance/certificate-ledger';
import { filterLedger, type LedgerFilter } from '../domain/compliance/filter-ledger';
import { findingsByDepartment } from '../domain/compliance/findings-by-department';
import { hazchemManagers, type HazchemManagersResult } from '../domain/compliance/hazchem-managers';
import type { ComplianceCertificate } from '../domain/compliance/inputs';
import { unlicensed, type UnlicensedFinding } from '../domain/compliance/unlicensed';
import { formatDate } from '../domain/format-date';
import type { DepartmentRow, OrgRow, PersonRow, PostRow } from '../docs/rows';
import type { SafeLedgerDb } from '../store/db';
import { hazchemTrainingHours } from '../store/queries/hazchem-training-hours';
import { throttledLive } from '../store/throttled-live';

/** Everything the 证书 page shows, computed once per change of the data it reads (never per keystroke). */
export type ComplianceView = {
  /** The day the states were computed for (YYYY-MM-DD, device time zone). */
  today: string;
  /** 证书台账, most urgent first. */
  rows: LedgerRow[];
  /** Holders, for the people search (pinyin initials) and for names. */
  people: PersonRow[];
  departments: DepartmentRow[];
  posts: PostRow[];
  /** The enterprise profile (industry, high-risk flag), absent before it is entered. */
  profile: OrgRow | undefined;
  /** 无证上岗 findings and their counts per department. */
  findings: UnlicensedFinding[];
  byDepartment: ReturnType<typeof findingsByDepartment>;
  /** 危化品 ≥ N 持证安管人员. */
  managers: HazchemManagersResult;
};

/**
 * The certificates list and compliance checks (PRODUCT C4). Schedules use the same code and rules in force as the
 * dossier (shipped pack + the workspace's overrides), each certificate once per load.
 */
export function createComplianceService(db: SafeLedgerDb) {
  let rules: ProjectionRules | undefined;
  /** Rules in force for the catalog's override log and configured kinds (refolded only when they changed). */
  const rulesFor = (entries: readonly unknown[], kinds: readonly unknown[]) => {
    const next = projectionRules(entries, kinds);
    if (!rules || rules.key !== next.key) rules = next;
    return rules.rules;
  };
  return {
    /** The special-operations catalog: categories with their items (item value = code, or name when code-less). */
    catalog: CATALOG.categories.map((c) => ({
      code: c.code, name: c.name, items: (c.items ?? []).map((i) => ({ value: i.code ?? i.name, name: i.name })),
    })),
    view: throttledLive(db, ['certificates', 'people', 'departments', 'posts', 'org', 'ruleOverrides', 'certKinds', 'trainings'], async (): Promise<ComplianceView> => {
      const [certs, people, departments, posts, org, overrides, kinds] = await Promise.all([
        db.certificates.toArray(), db.people.toArray(), db.departments.orderBy('code').toArray(), db.posts.toArray(),
        db.org.get('org'), db.ruleOverrides.toArray(), db.certKinds.toArray(),
      ]);
      const today = formatDate(Date.now());
      const r = rulesFor(overrides, kinds);
      // Hazchem cards' yellow state counts the holders' recorded training hours of this year (PRODUCT C2).
      const trained = await hazchemTrainingHours(db, Number(today.slice(0, 4)), certs.filter((c) => c.kind !== 'special-operations' && c.kind !== 'other').map((c) => c.personId));
      const schedules = new Map<string, CertSchedule>();
      const scheduleOf = (c: ComplianceCertificate) => {
        let s = schedules.get(c.id);
        if (!s) schedules.set(c.id, (s = certificateSchedule(c, today, r, trained.get(c.personId))));
        return s;
      };
      const findings = unlicensed(people, posts, certs, today, r, scheduleOf);
      return {
        today, people, departments, posts, profile: org, findings, byDepartment: findingsByDepartment(findings),
        rows: certificateLedger(certs, people, scheduleOf),
        managers: hazchemManagers(org, people, certs, today, r, scheduleOf),
      };
    }, 500),
    /** The ledger rows meeting `f`; `holders` = ids of the people the search text matched (people.filter). */
    filter: (rows: readonly LedgerRow[], f: LedgerFilter, holders?: ReadonlySet<string>) => filterLedger(rows, f, holders),
  };
}
export type ComplianceService = ReturnType<typeof createComplianceService>;
