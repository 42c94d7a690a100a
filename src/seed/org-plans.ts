import type { TrainingPlanSize } from './training-values';
import type { OrgProfile } from '../domain/org';

/** Required qualifications as stored codes (domain/compliance/qualification.ts): catalog items and certificate kinds. */
const se = (name: string) => `kind:other:特种设备作业人员证（${name}）`;
const Q = {
  hv: 'so:1:1.1',
  lv: 'so:1:1.2',
  ex: 'so:1:1.3',
  elecTest: 'so:1:电气试验作业',
  weld: 'so:2:2.1',
  pressWeld: 'so:2:2.2',
  scaffold: 'so:3:3.1',
  height: 'so:3:3.2',
  refrig: 'so:4:4.1',
  oxid: 'so:9:9.10',
  polym: 'so:9:9.14',
  instr: 'so:9:9.16',
  forklift: se('叉车司机'),
  crane: se('桥门式起重机司机'),
  craneCmd: se('起重机指挥'),
  boiler: se('工业锅炉司炉'),
  vessel: se('快开门式压力容器操作'),
  hazMgr: 'kind:hazchem-manager',
} as const;

/** A post: name, how common it is inside its department, required qualifications. */
export type PostPlan = readonly [name: string, weight: number, qualifications?: readonly string[]];
/** A department: office or plant (drives education and sex mix), share of the headcount, its posts. */
export type DeptPlan = { name: string; code: string; kind: 'office' | 'plant'; weight: number; posts: readonly PostPlan[] };
/** Everything that differs between the seed workspaces. */
export type OrgPlan = {
  seed: string;
  profile: Omit<OrgProfile, 'uscc' | 'logoBlobId'>;
  /** Administrative-division code embedded in the USCC (the enterprise's registration county). */
  usccArea: string;
  workNoPrefix: string;
  people: number;
  active: number;
  /** Certificates over all dossiers (DESIGN §2: R has 6,000). */
  certificates: number;
  /** Training sessions (DESIGN §2: R has 20,000 with ~200,000 attendance rows); the last `open` are not archived. */
  training: TrainingPlanSize;
  maleShare: { office: number; plant: number };
  departments: readonly DeptPlan[];
};

const S_DEPTS: DeptPlan[] = [
  { name: '生产一车间', code: 'SC', kind: 'plant', weight: 50, posts: [['车间主任', 1], ['班组长', 3], ['反应釜操作工', 12, [Q.polym]], ['中控操作工', 6, [Q.instr]], ['操作工', 15]] },
  { name: '仓储部', code: 'CC', kind: 'plant', weight: 22, posts: [['仓管员', 4], ['叉车司机', 3, [Q.forklift]], ['危化品装卸工', 5]] },
  { name: '设备部', code: 'SB', kind: 'plant', weight: 16, posts: [['设备工程师', 2], ['压力容器操作工', 3, [Q.vessel]]] },
  { name: '安环部', code: 'AH', kind: 'office', weight: 8, posts: [['安全员', 3, [Q.hazMgr]], ['环保专员', 1]] },
  { name: '质检部', code: 'ZJ', kind: 'office', weight: 14, posts: [['化验员', 4], ['质检员', 3]] },
  { name: '机修车间', code: 'JX', kind: 'plant', weight: 22, posts: [['维修工', 5, [Q.height]], ['焊工', 2, [Q.weld]], ['起重工', 1, [Q.crane, Q.craneCmd]]] },
  { name: '电仪车间', code: 'DY', kind: 'plant', weight: 18, posts: [['电工', 3, [Q.lv, Q.ex]], ['仪表工', 2, [Q.instr]]] },
  { name: '办公室', code: 'BG', kind: 'office', weight: 14, posts: [['行政文员', 1]] },
];

const lead: PostPlan = ['班组长', 1];
const crane: PostPlan = ['行车工', 2, [Q.crane]];
const machining = (n: number): PostPlan[] =>
  ([['车工', 6], ['铣工', 4], ['数控操作工', 8], ['钳工', 3], ['磨工', 3], lead, crane] as PostPlan[]).slice(0, n);
const welding = (n: number): PostPlan[] =>
  ([['电焊工', 8, [Q.weld]], ['氩弧焊工', 4, [Q.weld]], ['气割工', 2, [Q.weld]], ['点焊工', 2, [Q.pressWeld]], ['铆工', 3], lead] as PostPlan[]).slice(0, n);
const assembly = (n: number): PostPlan[] =>
  ([['装配钳工', 6], ['装配工', 10], ['调试工', 3], lead, crane, ['检验员', 2]] as PostPlan[]).slice(0, n);

const R_DEPTS: DeptPlan[] = [
  { name: '总经理办公室', code: 'ZB', kind: 'office', weight: 8, posts: [['总经理助理', 1], ['行政文员', 2]] },
  { name: '行政部', code: 'XZ', kind: 'office', weight: 30, posts: [['行政专员', 2], ['门卫', 3], ['食堂厨师', 3], ['驾驶员', 2], ['保洁员', 2]] },
  { name: '人力资源部', code: 'RL', kind: 'office', weight: 12, posts: [['人事专员', 2], ['培训专员', 1]] },
  { name: '财务部', code: 'CW', kind: 'office', weight: 12, posts: [['会计', 2], ['出纳', 1]] },
  { name: '采购部', code: 'CG', kind: 'office', weight: 14, posts: [['采购员', 4], ['采购主管', 1]] },
  { name: '销售部', code: 'XS', kind: 'office', weight: 30, posts: [['销售代表', 5], ['销售内勤', 1]] },
  { name: '安环部', code: 'AH', kind: 'office', weight: 12, posts: [['安全工程师', 2], ['专职安全员', 3], ['环保专员', 1], ['职业卫生管理员', 1]] },
  { name: '质量部', code: 'ZL', kind: 'office', weight: 14, posts: [['质量工程师', 3], ['体系专员', 1]] },
  { name: '质检部', code: 'ZJ', kind: 'plant', weight: 50, posts: [['质检员', 6], ['理化检验员', 2], ['无损检测员', 1], ['计量员', 1]] },
  { name: '技术部', code: 'JS', kind: 'office', weight: 30, posts: [['工艺工程师', 3], ['机械设计工程师', 3]] },
  { name: '研发中心', code: 'YF', kind: 'office', weight: 40, posts: [['研发工程师', 5], ['试制钳工', 1]] },
  { name: '设备部', code: 'SB', kind: 'office', weight: 14, posts: [['设备工程师', 2], ['设备管理员', 1], ['特种设备管理员', 1]] },
  { name: '生产管理部', code: 'SG', kind: 'office', weight: 16, posts: [['生产计划员', 2], ['调度员', 1]] },
  { name: '仓储部', code: 'CC', kind: 'plant', weight: 40, posts: [['仓管员', 4], ['叉车司机', 2, [Q.forklift]], ['搬运工', 3]] },
  { name: '储运部', code: 'CY', kind: 'plant', weight: 40, posts: [['叉车司机', 3, [Q.forklift]], ['货车司机', 2], ['起重工', 2, [Q.crane, Q.craneCmd]], ['装卸工', 3]] },
  { name: '信息中心', code: 'XX', kind: 'office', weight: 8, posts: [['网络管理员', 1], ['软件工程师', 1]] },
  { name: '动力车间', code: 'DL', kind: 'plant', weight: 40, posts: [['司炉工', 2, [Q.boiler]], ['空压站值班员', 2], ['配电工', 2, [Q.hv]], ['制冷工', 1, [Q.refrig]], ['水处理工', 1]] },
  { name: '机修车间', code: 'JX', kind: 'plant', weight: 50, posts: [['机修钳工', 4], ['维修电工', 3, [Q.lv]], ['维修焊工', 2, [Q.weld]], ['高处作业维修工', 1, [Q.height]], lead] },
  { name: '电仪车间', code: 'DY', kind: 'plant', weight: 30, posts: [['高压电工', 2, [Q.hv]], ['低压电工', 3, [Q.lv]], ['仪表工', 2], ['电气试验工', 1, [Q.elecTest]]] },
  { name: '铸造车间', code: 'ZZ', kind: 'plant', weight: 110, posts: [['熔炼工', 3], ['浇注工', 3], ['造型工', 4], ['清理工', 3], crane, lead] },
  { name: '锻造车间', code: 'DZ', kind: 'plant', weight: 70, posts: [['锻工', 5], ['加热炉工', 2], crane, lead] },
  { name: '热处理车间', code: 'RC', kind: 'plant', weight: 50, posts: [['热处理工', 4], ['淬火工', 2], crane, lead] },
  { name: '涂装车间', code: 'TZ', kind: 'plant', weight: 70, posts: [['涂装工', 5], ['喷砂工', 2], ['调漆工', 1], ['烘干炉工', 1], lead] },
  { name: '包装车间', code: 'BZ', kind: 'plant', weight: 50, posts: [['包装工', 6], ['叉车司机', 1, [Q.forklift]], ['打包员', 2]] },
  { name: '机加工一车间', code: 'JA', kind: 'plant', weight: 120, posts: machining(7) },
  { name: '机加工二车间', code: 'JB', kind: 'plant', weight: 110, posts: machining(6) },
  { name: '机加工三车间', code: 'JC', kind: 'plant', weight: 90, posts: machining(5) },
  { name: '焊接一车间', code: 'HA', kind: 'plant', weight: 110, posts: welding(6) },
  { name: '焊接二车间', code: 'HB', kind: 'plant', weight: 90, posts: welding(5) },
  { name: '焊接三车间', code: 'HC', kind: 'plant', weight: 70, posts: welding(4) },
  { name: '装配一车间', code: 'PA', kind: 'plant', weight: 120, posts: assembly(6) },
  { name: '装配二车间', code: 'PB', kind: 'plant', weight: 110, posts: assembly(5) },
  { name: '装配三车间', code: 'PC', kind: 'plant', weight: 100, posts: assembly(5) },
  { name: '装配四车间', code: 'PD', kind: 'plant', weight: 80, posts: assembly(4) },
  { name: '冲压车间', code: 'CP', kind: 'plant', weight: 70, posts: [['冲压工', 6], ['模具工', 2], crane, lead] },
  { name: '钣金车间', code: 'BJ', kind: 'plant', weight: 60, posts: [['钣金工', 5], ['折弯工', 2], ['激光切割操作工', 2], lead] },
  { name: '电镀车间', code: 'DD', kind: 'plant', weight: 40, posts: [['电镀工', 5], ['化验员', 1], ['废水处理工', 1], lead] },
  { name: '试验中心', code: 'SY', kind: 'plant', weight: 20, posts: [['试验员', 3], ['试车员', 1]] },
  { name: '售后服务部', code: 'SH', kind: 'office', weight: 30, posts: [['售后服务工程师', 4], ['现场安装工', 2, [Q.scaffold, Q.height]]] },
  { name: '工程部', code: 'GC', kind: 'office', weight: 10, posts: [['基建管理员', 1], ['电工', 1, [Q.lv]]] },
];

/** The two seed workspaces: S (demo, hazardous chemicals) and R (reference scale, machinery; DESIGN §2). */
export const ORG_PLANS: Record<'S' | 'R', OrgPlan> = {
  S: {
    seed: 'safeledger-seed-S-v1',
    profile: {
      name: '苏州示例精细化工有限公司',
      industry: 'hazchem',
      highRisk: true,
      address: '江苏省张家港市扬子江国际化学工业园示范路8号',
      contact: '陈卫东 0512-56781234',
    },
    usccArea: '320582',
    workNoPrefix: 'SL',
    people: 200,
    active: 180,
    certificates: 320,
    training: { sessions: 140, from: '2025-01-02', to: '2026-10-31', open: 12, openFrom: '2026-11-02', openTo: '2026-11-20', participants: [12, 30] },
    maleShare: { office: 0.45, plant: 0.75 },
    departments: S_DEPTS,
  },
  R: {
    seed: 'safeledger-seed-R-v1',
    profile: {
      name: '江苏参照机械制造集团有限公司',
      industry: 'manufacturing',
      highRisk: false,
      address: '江苏省常州市新北区参照路1号',
      contact: '周建华 0519-85123456',
    },
    usccArea: '320411',
    workNoPrefix: 'JC',
    people: 2000,
    active: 1800,
    certificates: 6000,
    training: { sessions: 20000, from: '2023-01-02', to: '2026-10-31', open: 60, openFrom: '2026-11-02', openTo: '2026-11-20', participants: [5, 15] },
    maleShare: { office: 0.5, plant: 0.82 },
    departments: R_DEPTS,
  },
};
