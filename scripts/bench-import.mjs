// Bench figure "Excel roster import, 5,000 rows, validated and written" (DESIGN §2, budget ≤ 5 s at R):
// builds a firm-like 特种作业人员台账 of 5,000 rows in Node, hands the bytes to the page, and lets the app's import
// service read → map → dry-run → write it all-or-nothing (window.__safeledger.importRoster). The page times it.
import * as XLSX from '@e965/xlsx';

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK = '10X98765432';
/** A valid GB 11643 ID number from its first 17 digits. */
const withCheck = (body) => body + CHECK[[...body].reduce((s, d, i) => s + Number(d) * WEIGHTS[i], 0) % 11];
const pad = (n, w = 2) => String(n).padStart(w, '0');
const DAY = 86_400_000;
const dotted = (ms) => { const d = new Date(ms); return `${d.getUTCFullYear()}.${pad(d.getUTCMonth() + 1)}.${pad(d.getUTCDate())}`; };

const DEPTS = ['生产一车间', '生产二车间', '生产三车间', '机修车间', '动力车间', '仓储部', '质检部', '安环部', '物流部', '包装车间'];
const POSTS = ['电工', '焊工', '架子工', '制冷工', '司炉工', '操作工'];
const ITEMS = [['电工作业', '低压电工作业'], ['电工作业', '高压电工作业'], ['焊接与热切割作业', '熔化焊接与热切割作业'],
  ['高处作业', '登高架设作业'], ['高处作业', '高处安装、维护、拆除作业'], ['制冷与空调作业', '制冷与空调设备运行操作作业']];

/** Address codes the seed never uses (so R's people do not clash), one per run: each run imports new people. */
const AREAS = ['420111', '420102', '420103', '420104', '420105', '420106', '420107', '420112', '420113', '420114'];

/**
 * A 特种作业人员台账 of `n` rows as .xlsx bytes: a merged title row, a 填报 line, the header, one person and one
 * certificate per row, text dates. `run` (0–9) gives other people (工号 and ID numbers), so repeated runs create.
 */
export function rosterXlsx(n, run = 0) {
  const header = ['序号', '工号', '姓名', '性别', '身份证号码', '所属部门', '岗位', '作业类别', '准操项目', '证书编号', '初领日期', '有效期至', '发证机关', '备注'];
  const rows = [['某某化工有限公司特种作业人员台账'], ['填报部门：安环部'], header];
  const born = Date.UTC(1970, 0, 1);
  for (let i = 0; i < n; i++) {
    const male = i % 3 !== 0;
    const id = withCheck(`${AREAS[run % AREAS.length]}${new Date(born + i * DAY).toISOString().slice(0, 10).replaceAll('-', '')}${pad(i % 50, 2)}${male ? 1 : 2}`);
    const [category, item] = ITEMS[i % ITEMS.length];
    const issue = Date.UTC(2019, 0, 1) + (i % 1500) * DAY;
    rows.push([String(i + 1), `IMP${run}-${pad(i + 1, 5)}`, `测试${i + 1}`, male ? '男' : '女', id, DEPTS[i % DEPTS.length], POSTS[i % POSTS.length],
      category, item, `T${id}`, dotted(issue), dotted(issue + 6 * 365 * DAY), '武汉市应急管理局', '']);
  }
  const ws = XLSX.utils.aoa_to_sheet(rows);
  ws['!merges'] = [{ s: { r: 0, c: 0 }, e: { r: 0, c: header.length - 1 } }];
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, ws, '特种作业人员台账');
  return new Uint8Array(XLSX.write(wb, { type: 'array', bookType: 'xlsx' }));
}

/**
 * Imports a generated 5,000-row roster into the workspace open in `page` (the app must be booted, with a
 * workspace) and returns the time the app took from the file's bytes to the committed write: read → detected
 * header and mapping → 预检 (missing departments and posts created) → one all-or-nothing write.
 * Pass a different `run` (0–9) for each repetition in the same workspace, so that each creates 5,000 people.
 */
export async function benchImport(page, run = 0) {
  const b64 = Buffer.from(rosterXlsx(5000, run)).toString('base64');
  const r = await page.evaluate(async (data) => {
    const bin = atob(data);
    const bytes = new Uint8Array(bin.length);
    for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
    return window.__safeledger.importRoster(bytes);
  }, b64);
  if (r.errors > 0 || r.written !== 5000) throw new Error(`roster import: ${r.errors} errors, ${r.written} certificates written`);
  return { import_5000_rows_ms: r.ms };
}
