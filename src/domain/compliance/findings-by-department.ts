import type { UnlicensedFinding } from './unlicensed';

/** Per department: how many people lack a qualification and how many findings they have; most people first. */
export function findingsByDepartment(findings: readonly UnlicensedFinding[]): { departmentId: string; people: number; findings: number }[] {
  const by = new Map<string, { people: Set<string>; findings: number }>();
  for (const f of findings) {
    const d = by.get(f.departmentId) ?? { people: new Set<string>(), findings: 0 };
    d.people.add(f.personId);
    d.findings += 1;
    by.set(f.departmentId, d);
  }
  return [...by]
    .map(([departmentId, d]) => ({ departmentId, people: d.people.size, findings: d.findings }))
    .sort((a, b) => b.people - a.people || (a.departmentId < b.departmentId ? -1 : 1));
}
