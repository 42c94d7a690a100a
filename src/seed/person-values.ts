import type { DepartmentId, PostId } from '../domain/ids';
import type { PersonFormValues } from '../domain/person';
import { chineseName } from './chinese-names';
import { createIdNumbers } from './id-numbers';
import type { DeptPlan, OrgPlan, PostPlan } from './org-plans';
import type { Prng } from './prng';

/** A department as created in the org doc, with its posts' ids, for assigning people. */
export type SeededDept = { id: DepartmentId; plan: DeptPlan; posts: { id: PostId; plan: PostPlan }[] };

const DAY = 86_400_000;
const ms = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
const iso = (t: number) => new Date(t).toISOString().slice(0, 10);
const addYears = (date: string, n: number) => {
  const y = Number(date.slice(0, 4)) + n;
  const md = date.slice(4) === '-02-29' ? '-03-01' : date.slice(4);
  return `${y}${md}`;
};
/** A day in [lo, hi] (ISO dates), skewed towards hi when skew < 1. */
const dayBetween = (rng: Prng, lo: string, hi: string, skew = 1) =>
  iso(ms(lo) + Math.floor(Math.pow(rng.next(), skew) * ((ms(hi) - ms(lo)) / DAY + 1)) * DAY);

type Education = NonNullable<PersonFormValues['education']>;
const EDUCATION: Record<'office' | 'plant' | 'engineer', readonly (readonly [Education, number])[]> = {
  office: [['junior', 2], ['senior', 6], ['vocational', 9], ['college', 30], ['bachelor', 44], ['master', 8], ['doctor', 1]],
  plant: [['primary', 1], ['junior', 25], ['senior', 25], ['vocational', 28], ['college', 15], ['bachelor', 6]],
  engineer: [['college', 15], ['bachelor', 60], ['master', 22], ['doctor', 3]],
};
/** Mobile prefixes in use by the three carriers (and 170/171 virtual operators). */
const MOBILE = [
  '130', '131', '132', '133', '134', '135', '136', '137', '138', '139', '147', '150', '151', '152', '153', '155',
  '156', '157', '158', '159', '166', '170', '171', '173', '175', '176', '177', '178', '180', '181', '182', '183',
  '184', '185', '186', '187', '188', '189', '191', '193', '195', '198', '199',
];
const NOTES = ['兼职安全员', '义务消防队员', '应急救援队员', '工会小组长'];
const LEFT_REASONS: readonly (readonly [string, number])[] = [['辞职', 6], ['合同到期', 3], ['协商解除劳动合同', 1]];
const AWAY_REASONS: readonly (readonly [string, number])[] = [['病假', 5], ['工伤休养', 2], ['脱产培训', 1]];

/** Seed clock facts: the day the workspace is built and the reference date for ages. */
const TODAY = '2026-01-04';
const AGE_REF = '2026-01-01';

/**
 * Form values for the plan's number of people (exactly its `active` count of them active, the rest away or left with a date
 * and reason), spread over the departments by weight, each with a post of their department, a valid unique ID
 * number whose sex matches the name, hire date 2000–2025 and after the 18th birthday, mobile phone and education.
 * 工号 are the plan's prefix + 4 digits in hire order. Unvalidated: the caller parses them with PersonInput.
 */
export function makePersonValues(rng: Prng, plan: OrgPlan, depts: readonly SeededDept[]): PersonFormValues[] {
  const ids = createIdNumbers(rng, AGE_REF);
  const inactive = new Set(rng.shuffle([...Array(plan.people).keys()]).slice(0, plan.people - plan.active));
  const phones = new Set<string>();
  const deptWeights = depts.map((d) => [d, d.plan.weight] as const);
  const out: { v: PersonFormValues; order: string }[] = [];

  for (let i = 0; i < plan.people; i++) {
    const dept = rng.weighted(deptWeights);
    const sex = rng.chance(plan.maleShare[dept.plan.kind]) ? 'M' : 'F';
    const { idNumber, birthDate } = ids.next(sex);
    const age = Number(AGE_REF.slice(0, 4)) - Number(birthDate.slice(0, 4)) - (birthDate.slice(5) > AGE_REF.slice(5) ? 1 : 0);
    const post = dept.posts.length && rng.chance(0.98) ? rng.weighted(dept.posts.map((p) => [p, p.plan[1]] as const)) : undefined;

    const adult = addYears(birthDate, 18);
    const hireDate = dayBetween(rng, adult > '2000-01-01' ? adult : '2000-01-01', '2025-12-31', 0.8);

    const edu = post?.plan[0].includes('工程师') ? EDUCATION.engineer : EDUCATION[dept.plan.kind];
    let phone: string | undefined;
    if (rng.chance(0.96)) {
      do phone = rng.pick(MOBILE) + String(rng.int(0, 99_999_999)).padStart(8, '0');
      while (phones.has(phone));
      phones.add(phone);
    }

    const v: PersonFormValues = {
      name: chineseName(rng, sex),
      workNo: '',
      idNumber,
      phone,
      departmentId: dept.id,
      postId: post?.id,
      hireDate,
      status: 'active',
      education: rng.chance(0.97) ? rng.weighted(edu) : undefined,
    };

    if (inactive.has(i)) {
      const retire = sex === 'M' ? age >= 59 : age >= 50;
      const left = retire || rng.chance(0.65);
      v.status = left ? 'left' : 'away';
      v.statusReason = left
        ? retire && rng.chance(0.8) ? '退休' : rng.weighted(LEFT_REASONS)
        : sex === 'F' && age < 40 && rng.chance(0.4) ? '产假' : rng.weighted(AWAY_REASONS);
      const floor = left ? '2019-01-01' : '2025-07-01';
      const after = iso(ms(hireDate) + 30 * DAY);
      const lo = after > floor ? after : floor;
      v.statusDate = lo <= TODAY ? dayBetween(rng, lo, TODAY) : TODAY;
    } else if (rng.chance(0.04)) {
      v.note = rng.pick(NOTES);
    }
    out.push({ v, order: `${hireDate}#${String(i).padStart(6, '0')}` });
  }

  out.sort((a, b) => (a.order < b.order ? -1 : a.order > b.order ? 1 : 0));
  return out.map(({ v }, n) => ({ ...v, workNo: plan.workNoPrefix + String(n + 1).padStart(4, '0') }));
}
