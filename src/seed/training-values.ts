import type { SessionFormValues } from '../domain/training/session';
import { TRAINING_TYPE_INFO, type TrainingType } from '../domain/training/training-types';
import type { WorkflowAction } from '../domain/training/workflow-event';
import { chineseName } from './chinese-names';
import type { Prng } from './prng';

const DAY = 86_400_000;
const ms = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
const iso = (t: number) => new Date(t).toISOString().slice(0, 10);

/** Who may be trained: employed on the session's day (hired before it, not yet left). */
export type Trainee = { id: string; workNo: string; name: string; departmentId: string; hireDate: string; leftDate?: string };
export type SeedDepartment = { id: string; code: string; name: string };

/** How many sessions, over which days; the last `open` of them are still in the review workflow. */
export type TrainingPlanSize = {
  sessions: number; from: string; to: string; open: number; openFrom: string; openTo: string;
  /** Participants per session, at most the department's employed people. */
  participants: readonly [number, number];
};

/** One seeded session: its form values, participants with marks and scores, workflow steps and archive claim. */
export type SeededSession = {
  values: SessionFormValues;
  participants: { person: Trainee; mark: 'present' | 'late' | 'absent'; theory?: number; practical?: number; retrainDate?: string; signedAt?: number }[];
  steps: { action: WorkflowAction; at: number; by: string; comment?: string }[];
  archive?: { group: string; seq: number; at: number };
};

const TYPES: readonly (readonly [TrainingType, number])[] = [
  ['refresher', 35], ['drill', 12], ['four-new', 8], ['other', 12], ['so-review', 9], ['level-company', 3], ['level-workshop', 3],
  ['level-team', 3], ['transfer', 5], ['manager-annual', 7], ['manager-initial', 1], ['so-initial', 2],
];
const HOURS: Record<TrainingType, number> = {
  'level-company': 8, 'level-workshop': 8, 'level-team': 8, refresher: 4, transfer: 4, 'so-initial': 16, 'so-review': 8,
  'manager-initial': 16, 'manager-annual': 8, 'four-new': 2, drill: 2, other: 2,
};
const TOPICS: Record<TrainingType, readonly string[]> = {
  'level-company': ['公司安全生产规章制度与劳动纪律', '从业人员安全生产权利和义务'],
  'level-workshop': ['车间危险因素与安全操作规程', '车间应急处置与个人防护用品使用'],
  'level-team': ['岗位安全操作规程', '交接班安全注意事项与事故案例'],
  refresher: ['年度安全生产再培训', '安全操作规程复训', '典型事故案例警示教育'],
  transfer: ['转岗人员车间级、班组级安全教育', '复工人员安全教育'],
  'so-initial': ['特种作业取证培训（理论）', '特种作业取证培训（实操）'],
  'so-review': ['特种作业操作证复审培训', '特种作业安全技术复训'],
  'manager-initial': ['安全生产管理人员初次培训'],
  'manager-annual': ['安全生产管理人员年度再培训', '主要负责人安全生产知识再培训'],
  'four-new': ['新设备操作安全培训', '新工艺安全技术交底', '新材料危险特性与防护'],
  drill: ['火灾疏散应急演练', '危化品泄漏应急演练', '触电急救演练'],
  other: ['消防器材使用培训', '职业病防护知识培训', '安全月专题讲座'],
};
const PLACES = ['一号培训室', '三楼会议室', '车间现场', '消防训练场', '实操培训基地'];
const REVIEWERS = ['陈卫东', '刘晓明'];

/**
 * Seeded training sessions (DESIGN §2: R has 20,000 sessions with 200,000 attendance rows), oldest first, with
 * participants from the organising department's employed people, marks, written-test scores (a few
 * failures with re-training dates), and the review steps: archived with a number claimed in date order, except
 * the last `open` sessions, which are drafts, awaiting review, returned or reviewed. Unvalidated: the caller parses.
 */
export function makeTrainingSessions(rng: Prng, size: TrainingPlanSize, depts: readonly SeedDepartment[], people: readonly Trainee[]): SeededSession[] {
  const byDept = new Map<string, Trainee[]>();
  for (const p of people) byDept.set(p.departmentId, [...(byDept.get(p.departmentId) ?? []), p]);
  const staffed = depts.filter((d) => (byDept.get(d.id)?.length ?? 0) >= 5);
  const span = (lo: string, hi: string) => iso(ms(lo) + rng.int(0, (ms(hi) - ms(lo)) / DAY) * DAY);
  const dates = [
    ...Array.from({ length: size.sessions - size.open }, () => span(size.from, size.to)).sort(),
    ...Array.from({ length: size.open }, () => span(size.openFrom, size.openTo)).sort(),
  ];
  const seqs = new Map<string, number>();
  return dates.map((date, i) => {
    const open = i >= size.sessions - size.open;
    const dept = rng.pick(staffed);
    const type = rng.weighted(TYPES);
    const startH = rng.pick([8, 9, 10, 13, 14, 15]);
    const hours = HOURS[type];
    const endH = Math.min(startH + Math.max(1, Math.ceil(hours > 4 ? 4 : hours)), 21);
    const hh = (h: number, m = 0) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
    const method = type === 'drill' ? 'practical' : type === 'so-review' || type === 'so-initial' ? 'written-practical' : 'written';
    const values: SessionFormValues = {
      name: `${date.slice(0, 4)}年${dept.name}${rng.pick(TOPICS[type])}`,
      type, date, start: hh(startH, rng.pick([0, 30])), end: hh(endH, 30), place: rng.pick(PLACES),
      instructor: chineseName(rng, rng.chance(0.7) ? 'M' : 'F'), departmentId: dept.id, topic: rng.pick(TOPICS[type]),
      summary: `讲解${rng.pick(TOPICS[type])}，结合本部门岗位风险和近年事故案例，进行现场提问与答疑。`,
      method, passMark: 80, hours, recorder: chineseName(rng, 'F'), accidentRelated: rng.chance(0.004),
    };
    const pool = (byDept.get(dept.id) ?? []).filter((p) => p.hireDate <= date && (!p.leftDate || p.leftDate > date));
    const n = Math.min(pool.length, rng.int(size.participants[0], size.participants[1]));
    const at0 = Date.parse(`${date}T${values.end}:00+08:00`);
    const participants = rng.shuffle(pool).slice(0, n).map((person): SeededSession['participants'][number] => {
      const mark = rng.weighted([['present', 90], ['late', 5], ['absent', 5]] as const);
      if (mark === 'absent') return { person, mark };
      const signedAt = at0 - rng.int(2, 4) * 3_600_000;
      const score = rng.chance(0.04) ? rng.int(45, 79) : rng.int(80, 100);
      const scores = method === 'practical' ? { practical: score } : { theory: score };
      return { person, mark, ...scores, signedAt, ...(score < 80 ? { retrainDate: iso(ms(date) + 30 * DAY) } : {}) };
    });
    if (method === 'written-practical') for (const p of participants) if (p.theory !== undefined) p.practical = p.theory >= 80 ? rng.int(80, 100) : rng.int(50, 90);
    const by = values.recorder as string;
    const steps: SeededSession['steps'] = [];
    const stage = open ? rng.weighted([['draft', 3], ['submitted', 3], ['returned', 1], ['reviewed', 1]] as const) : 'archived';
    if (stage !== 'draft') steps.push({ action: 'submit', at: at0 + rng.int(1, 20) * 3_600_000, by });
    if (stage === 'returned') steps.push({ action: 'return', at: steps[0]!.at + DAY, by: REVIEWERS[0]!, comment: '请补充现场照片和考核评分表' });
    if (stage === 'reviewed' || stage === 'archived') steps.push({ action: 'review', at: steps[0]!.at + rng.int(1, 3) * DAY, by: rng.pick(REVIEWERS) });
    let archive: SeededSession['archive'];
    if (stage === 'archived') {
      const at = steps[1]!.at + DAY;
      steps.push({ action: 'archive', at, by: steps[1]!.by });
      const group = `${date.slice(0, 4)}-${dept.code}-${TRAINING_TYPE_INFO[type].code}`;
      const seq = (seqs.get(group) ?? 0) + 1;
      seqs.set(group, seq);
      archive = { group, seq, at };
    }
    return { values, participants, steps, ...(archive ? { archive } : {}) };
  });
}
