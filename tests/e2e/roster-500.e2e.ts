import { readFileSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import * as XLSX from '@e965/xlsx';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { addPersonAndWait, appApi, createWorkspace, expectConsistent } from './app-helpers';
import { servedPeer, shot } from './harness';

// ── Dates: plain arithmetic on the calendar in the browser's time zone (the app's "today"). ──────────────────
const DAY = 86_400_000;
const TODAY = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
const ms = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
const iso = (t: number) => new Date(t).toISOString().slice(0, 10);
const plusDays = (d: string, n: number) => iso(ms(d) + n * DAY);
const plusYears = (d: string, n: number) => `${Number(d.slice(0, 4)) + n}${d.slice(4)}`.replace(/-02-29$/, '-02-28');
/** Dates as firms type them into ledgers. */
const typed = (d: string, i: number) => {
  const [y, m, dd] = d.split('-');
  return [`${y}.${m}.${dd}`, d, `${y}年${Number(m)}月${Number(dd)}日`, `${y}/${Number(m)}/${Number(dd)}`][i % 4]!;
};

// ── ID numbers (GB 11643 check digit), from an address code no one else in the test uses. ─────────────────────
const W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const withCheck = (b: string) => b + '10X98765432'[[...b].reduce((s, d, i) => s + Number(d) * W[i]!, 0) % 11];
const idOf = (k: number) => withCheck(`420111${iso(ms('1970-01-01') + k * 13 * DAY).replaceAll('-', '')}${String(k % 100).padStart(2, '0')}${k % 3 === 0 ? 2 : 1}`);
const sexOf = (id: string) => (Number(id[16]) % 2 === 1 ? '男' : '女');

// ── The roster: 500 rows, 480 people (the first 20 hold two certificates), states chosen to be unambiguous. ────
type State = 'valid' | 'review-due' | 'review-overdue' | 'expired';
const STATE_OF = (i: number): State => (['valid', 'valid', 'valid', 'valid', 'valid', 'review-due', 'review-due', 'review-overdue', 'review-overdue', 'expired'] as const)[i % 10]!;
/** First issue date of row i, far from any boundary of its intended state. */
function issueOf(i: number): string {
  const s = STATE_OF(i);
  if (s === 'valid') return plusDays(TODAY, -(200 + (i % 300)));
  if (s === 'review-due') return plusYears(plusDays(TODAY, 10 + (i % 40)), -3); // review due in 10–49 days
  if (s === 'review-overdue') return plusDays(plusYears(TODAY, -3), -(30 + (i % 300)));
  return plusDays(plusYears(TODAY, -6), -(30 + (i % 400))); // the 6 years ran out 30+ days ago
}
const DEPTS = ['生产一车间', '生产二车间', '机修车间'];
const POSTS = ['电工', '焊工'];
const HEADER = ['序号', '工号', '姓名', '性别', '身份证号码', '所属部门', '岗位', '作业类别', '准操项目', '证书编号', '初领日期', '有效期至', '发证机关', '备注'];
const C = Object.fromEntries(HEADER.map((h, i) => [h, i])) as Record<string, number>;
const FIRST = 4; // sheet row of data row 0 (title, 填报 line, header above)
const sheetRow = (i: number) => i + FIRST;

type Bad = { i: number; column: string; key: string; edit: (r: string[]) => void };
const STORED = { workNo: 'E0001', name: '张伟', idNumber: withCheck('11010119850312201') };
/** Twenty rows broken in twenty ways; each breaks exactly one rule. */
const BAD: Bad[] = [
  { i: 45, column: '身份证号码', key: 'v.id.check', edit: (r) => (r[C['身份证号码']!] = r[C['身份证号码']!]!.slice(0, 17) + (r[C['身份证号码']!]!.endsWith('1') ? '2' : '1')) },
  { i: 63, column: '身份证号码', key: 'v.id.format', edit: (r) => (r[C['身份证号码']!] = r[C['身份证号码']!]!.slice(0, 17)) },
  { i: 88, column: '身份证号码', key: 'v.id.date', edit: (r) => ((r[C['身份证号码']!] = withCheck('42011119990230031')), (r[C['性别']!] = '男')) },
  { i: 101, column: '所属部门', key: 'import.e.unknownDepartment', edit: (r) => (r[C['所属部门']!] = '后勤保障部') },
  { i: 120, column: '岗位', key: 'import.e.unknownPost', edit: (r) => (r[C['岗位']!] = '保安') },
  { i: 150, column: '工号', key: 'import.e.duplicateWorkNo', edit: (r) => (r[C['工号']!] = workNoOf(140)) },
  { i: 177, column: '工号', key: 'import.e.workNoOnFile', edit: (r) => (r[C['工号']!] = STORED.workNo) },
  { i: 199, column: '身份证号码', key: 'import.e.duplicateIdNumber', edit: (r) => ((r[C['身份证号码']!] = idOf(personOf(190))), (r[C['性别']!] = sexOf(idOf(personOf(190))))) },
  { i: 230, column: '初领日期', key: 'import.e.badDate', edit: (r) => (r[C['初领日期']!] = '2019.02.29') },
  { i: 256, column: '有效期至', key: 'import.e.badDate', edit: (r) => (r[C['有效期至']!] = '长期') },
  { i: 270, column: '初领日期', key: 'import.e.futureDate', edit: (r) => ((r[C['初领日期']!] = plusDays(TODAY, 100)), (r[C['有效期至']!] = plusYears(plusDays(TODAY, 100), 6))) },
  { i: 301, column: '有效期至', key: 'import.e.expiryBeforeIssue', edit: (r) => (r[C['有效期至']!] = plusYears(issueOf(301), -1)) },
  { i: 333, column: '作业类别', key: 'import.e.unknownCategory', edit: (r) => (r[C['作业类别']!] = '潜水作业') },
  { i: 350, column: '准操项目', key: 'import.e.unknownItem', edit: (r) => ((r[C['作业类别']!] = '电工作业'), (r[C['准操项目']!] = '登高架设作业')) },
  { i: 377, column: '姓名', key: 'import.e.required', edit: (r) => (r[C['姓名']!] = '') },
  { i: 402, column: '身份证号码', key: 'import.e.required', edit: (r) => (r[C['身份证号码']!] = '') },
  { i: 420, column: '证书编号', key: 'import.e.required', edit: (r) => (r[C['证书编号']!] = '') },
  { i: 444, column: '发证机关', key: 'import.e.required', edit: (r) => (r[C['发证机关']!] = '') },
  { i: 470, column: '性别', key: 'import.e.badSex', edit: (r) => (r[C['性别']!] = '未知') },
  { i: 499, column: '性别', key: 'import.e.sexMismatch', edit: (r) => (r[C['性别']!] = r[C['性别']!] === '男' ? '女' : '男') },
];
/** What each post requires: catalog category and item (电工 → 1.2 低压电工作业, 焊工 → 2.1 熔化焊接与热切割作业). */
const POST_REQUIRES: Record<string, [string, string]> = { 电工: ['1', '1.2'], 焊工: ['2', '2.1'] };
/** Item names of the roster's columns, as the catalog codes they stand for. */
const ITEM_CODE: Record<string, string> = { 低压电工作业: '1.2', 登高架设作业: '3.1', 熔化焊接与热切割作业: '2.1' };

/**
 * 无证上岗, worked out from the generated rows alone: people whose post's required item they hold on no card that
 * is 有效 or 待复审 today (复审逾期 and 已过期 do not count). Returns their 工号.
 */
function expectedUnlicensed(): string[] {
  const held = new Map<string, Set<string>>();
  const post = new Map<string, string>();
  for (let i = 0; i < 500; i++) {
    const r = dataRow(i);
    const issue = issueOf(i);
    const review = plusYears(issue, 3);
    const expiry = plusYears(issue, 6);
    const ok = !(TODAY > expiry || TODAY > review);
    post.set(r[C['工号']!]!, r[C['岗位']!]!);
    if (ok) (held.get(r[C['工号']!]!) ?? held.set(r[C['工号']!]!, new Set()).get(r[C['工号']!]!)!).add(ITEM_CODE[r[C['准操项目']!]!]!);
  }
  return [...post].filter(([w, p]) => !held.get(w)?.has(POST_REQUIRES[p]![1])).map(([w]) => w).sort();
}

/** Person k of data row i: rows 0–39 are 20 people with two certificates each. */
const personOf = (i: number) => (i < 40 ? Math.floor(i / 2) : i - 20);
const workNoOf = (i: number) => `G${String(personOf(i) + 1).padStart(4, '0')}`;

function dataRow(i: number): string[] {
  const k = personOf(i);
  const id = idOf(k);
  const second = i < 40 && i % 2 === 1;
  const [category, item] = second ? ['焊接与热切割作业', '熔化焊接与热切割作业'] : [['电工作业', '低压电工作业'], ['高处作业', '登高架设作业']][k % 2]!;
  const issue = issueOf(i);
  return [String(i + 1), workNoOf(i), `员工${k + 1}`, sexOf(id), id, DEPTS[Math.floor(i / 10) % DEPTS.length]!, POSTS[k % 2]!,
    category!, item!, second ? `H${id.slice(-10)}` : `T${id}`, typed(issue, i), typed(plusYears(issue, 6), i + 1), '武汉市应急管理局', i % 37 === 0 ? '已复审' : ''];
}

/** The roster as a firm keeps it: merged title and 填报 rows, 部门 merged down blocks of 10, a closing note. */
function roster(broken: boolean): Buffer {
  const data = Array.from({ length: 500 }, (_, i) => dataRow(i));
  if (broken) for (const b of BAD) b.edit(data[b.i]!);
  const badBlocks = new Set(BAD.map((b) => Math.floor(b.i / 10)));
  const merges: XLSX.Range[] = [{ s: { r: 0, c: 0 }, e: { r: 0, c: 13 } }, { s: { r: 1, c: 0 }, e: { r: 1, c: 13 } }];
  for (let blk = 0; blk < 50; blk++) {
    if (badBlocks.has(blk)) continue; // a broken department cell stays a cell of its own
    const r0 = FIRST - 1 + blk * 10;
    merges.push({ s: { r: r0, c: C['所属部门']! }, e: { r: r0 + 9, c: C['所属部门']! } });
    for (let j = 1; j < 10; j++) data[blk * 10 + j]![C['所属部门']!] = '';
  }
  const ws = XLSX.utils.aoa_to_sheet([
    ['武汉某化工有限公司特种作业人员台账（2026年）'], ['填报部门：安环部        填报日期：' + TODAY], HEADER, ...data, [], ['制表人：安环部 李工'],
  ]);
  ws['!merges'] = merges;
  // Every 7th issue date is a real date cell, as when typed into a date-formatted column.
  for (let i = 0; i < 500; i += 7) {
    const addr = XLSX.utils.encode_cell({ r: sheetRow(i) - 1, c: C['初领日期']! });
    if (!BAD.some((b) => b.i === i)) ws[addr] = { t: 'n', v: (ms(issueOf(i)) - Date.UTC(1899, 11, 30)) / DAY, z: 'yyyy-mm-dd' };
  }
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, ws, '特种作业人员台账');
  return XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }) as Buffer;
}

/** The state of each certificate of the clean roster today, computed from the generated dates. */
function expectedStates(): Record<State, number> {
  const out: Record<State, number> = { valid: 0, 'review-due': 0, 'review-overdue': 0, expired: 0 };
  for (let i = 0; i < 500; i++) {
    const issue = issueOf(i);
    const review = plusYears(issue, 3);
    const expiry = plusYears(issue, 6);
    const s: State = TODAY > expiry ? 'expired' : TODAY > review ? 'review-overdue' : TODAY >= plusDays(review, -60) ? 'review-due' : 'valid';
    out[s]++;
  }
  return out;
}

async function importFile(page: Page, file: string) {
  await page.getByLabel('选择 Excel 文件').setInputFiles(file);
  await expect.poll(() => page.getByTestId('import-header').textContent()).toContain('第 3 行');
  await page.getByRole('button', { name: '预检' }).click();
}

async function addOrg(page: Page) {
  await page.goto(new URL('#/settings', page.url()).href);
  for (const [name, code] of DEPTS.map((d, i) => [d, ['SA', 'SB', 'JX'][i]!])) {
    await page.getByRole('button', { name: '新增部门' }).click();
    const form = page.locator('form', { has: page.getByLabel('部门名称') });
    await form.getByLabel('部门名称').fill(name!);
    await form.getByLabel('部门代码').fill(code!);
    await form.getByRole('button', { name: '保存' }).click();
    await form.waitFor({ state: 'detached' });
  }
  for (const name of POSTS) {
    await page.getByRole('button', { name: '新增岗位' }).click();
    const form = page.getByRole('form', { name: '新增岗位' });
    await form.getByLabel('岗位名称').fill(name);
    // 电工 requires 1.2 低压电工作业, 焊工 requires 2.1 熔化焊接与热切割作业 (the 无证上岗 check below).
    const add = form.getByRole('group', { name: '添加资格要求' });
    await add.getByLabel('证书类型').selectOption({ label: '特种作业操作证' });
    const [category, item] = POST_REQUIRES[name]!;
    await add.getByLabel('作业类别').selectOption(category);
    await add.getByLabel('准操项目').selectOption(item);
    await add.getByRole('button', { name: '添加资格要求' }).click();
    await form.getByRole('button', { name: '保存' }).click();
    await form.waitFor({ state: 'detached' });
  }
}

describe('importing a 500-row roster with 20 bad rows (X1)', () => {
  const served = servedPeer();
  let dir = '';
  afterAll(() => (dir ? rm(dir, { recursive: true, force: true }) : undefined));

  it('lists exactly the 20 errors by row and column and writes nothing; the fixed file imports every row', async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'sl-roster500-'));
    const bad = path.join(dir, '特种作业人员台账-有错.xlsx');
    const good = path.join(dir, '特种作业人员台账.xlsx');
    writeFileSync(bad, roster(true));
    writeFileSync(good, roster(false));

    const { page } = served.peer();
    await page.goto(served.server().url);
    await createWorkspace(page);
    await addOrg(page);
    await addPersonAndWait(page, { name: STORED.name, workNo: STORED.workNo, idNumber: STORED.idNumber });
    const api = await appApi(page);
    /** Counts once the audit writer, which follows each commit, has caught up (two reads 500 ms apart agree). */
    const settled = async () => {
      for (let last = ''; ;) {
        const now = JSON.stringify(await api.counts());
        if (now === last) return JSON.parse(now) as Record<string, number>;
        last = now;
        await page.waitForTimeout(500);
      }
    };
    const before = await settled();
    expect(before.people).toBe(1);

    // 1–3: the broken file. Exactly twenty errors, each on its row and column, in Chinese.
    await page.goto(new URL('#/people/import', page.url()).href);
    await importFile(page, bad);
    await expect.poll(() => page.getByTestId('import-summary').textContent(), { timeout: 30_000 }).toBe('共 500 行，20 行有错误');
    const shown = await page.getByTestId('import-error').evaluateAll((trs) =>
      trs.map((tr) => ({ key: tr.getAttribute('data-key'), cells: [...tr.querySelectorAll('td')].map((td) => td.textContent ?? '') })));
    expect(shown.map((e) => [Number(e.cells[0]), e.cells[1], e.key])).toEqual(BAD.map((b) => [sheetRow(b.i), b.column, b.key]));
    for (const e of shown) expect(e.cells[2]).toMatch(/^[^a-z]*[\u4e00-\u9fa5][^]*$/); // a Chinese sentence, not a key
    const msg = (i: number) => shown.find((e) => Number(e.cells[0]) === sheetRow(i))!.cells[2];
    expect(msg(101)).toContain('后勤保障部');
    expect(msg(150)).toContain(`与第 ${sheetRow(140)} 行重复`);
    expect(msg(177)).toContain(STORED.name);
    expect(msg(230)).toContain('2019.02.29');
    expect(msg(377)).toBe('“姓名”不能为空');
    expect(await page.getByRole('button', { name: '导入', exact: true }).isDisabled()).toBe(true);
    await shot(page, 'roster-500-errors');

    // The error report as a spreadsheet: one line per error, with the row's cells to fix it by.
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: '导出预检结果' }).click();
    const report = await download;
    expect(report.suggestedFilename()).toBe('预检结果-特种作业人员台账-有错.xlsx');
    const reportRows = XLSX.utils.sheet_to_json<string[]>(XLSX.read(readFileSync((await report.path())!)).Sheets['预检结果']!, { header: 1, raw: false });
    expect(reportRows).toHaveLength(21);
    expect(reportRows[0]!.slice(0, 4)).toEqual(['行号', '列', '说明', '序号']);
    expect(reportRows.find((r) => r[0] === String(sheetRow(101)))?.slice(3, 9)).toEqual(['102', workNoOf(101), `员工${personOf(101) + 1}`, sexOf(idOf(personOf(101))), idOf(personOf(101)), '后勤保障部']);

    // Nothing was written by reading, checking or the refused import.
    expect(await settled()).toEqual(before);

    // 4: the fixed file. Every row passes and is written at once.
    await importFile(page, good);
    await expect.poll(() => page.getByTestId('import-summary').textContent(), { timeout: 30_000 }).toBe('共 500 行，0 行有错误');
    await page.getByRole('button', { name: '导入', exact: true }).click();
    await expect.poll(() => page.getByTestId('import-done').textContent(), { timeout: 60_000 }).toContain('新建 480 人，更新 0 人，写入证书 500 张');
    const after = await api.counts();
    expect(after.people).toBe(before.people! + 480);
    expect(after.certificates).toBe(before.certificates! + 500);
    expect(after.departments).toBe(before.departments);
    const states = await page.evaluate(() => (window as unknown as { __safeledger: { certificateStates(): Promise<Record<string, number>> } }).__safeledger.certificateStates());
    expect(states).toEqual(expectedStates());
    expect(Object.values(expectedStates()).every((n) => n > 0)).toBe(true);

    // Every imported person is in the list, and the list exports as shown: same rows, ID numbers masked.
    await page.getByRole('link', { name: '查看人员档案' }).click();
    await expect.poll(() => page.getByTestId('people-count').textContent(), { timeout: 20_000 }).toMatch(/481 人/);
    const people = page.waitForEvent('download');
    await page.getByRole('button', { name: '导出 Excel' }).click();
    const exported = XLSX.utils.sheet_to_json<string[]>(XLSX.read(readFileSync((await (await people).path())!)).Sheets['人员档案']!, { header: 1, raw: false });
    expect(exported).toHaveLength(482);
    // Row 315 sits inside a merged 所属部门 block: it takes the block's department.
    const k = personOf(315);
    const row = exported.find((r) => r[0] === workNoOf(315))!;
    expect(row.slice(0, 7)).toEqual([workNoOf(315), `员工${k + 1}`, sexOf(idOf(k)), '生产二车间', POSTS[k % 2], '在职', `${idOf(k).slice(0, 4)}**********${idOf(k).slice(-4)}`]);

    // 无证上岗: exactly the people the rows say (the person added by hand before has no post).
    const unlicensed = expectedUnlicensed();
    expect(unlicensed.length).toBeGreaterThan(100);
    await page.goto(new URL('#/certificates?tab=unlicensed', page.url()).href);
    await expect.poll(() => page.getByTestId('tab-count-unlicensed').textContent(), { timeout: 20_000 }).toBe(String(unlicensed.length));
    const shownWorkNos = await page.getByTestId('finding-row').locator('td:nth-child(2)').allTextContents();
    expect([...new Set(shownWorkNos.map((w) => w.trim()))].sort()).toEqual(unlicensed);
    await expectConsistent(page);
  });

  it('offers both templates on the import page, each with a 说明 sheet; a template imports as downloaded', async () => {
    const { page } = served.peer();
    await page.goto(new URL('#/people/import', page.url()).href);
    const files: string[] = [];
    for (const [button, file, sheets] of [['人员导入模板', '人员导入模板.xlsx', ['人员导入', '说明']], ['证书导入模板', '证书导入模板.xlsx', ['证书导入', '说明']]] as const) {
      const download = page.waitForEvent('download');
      await page.getByRole('button', { name: button }).click();
      const d = await download;
      expect(d.suggestedFilename()).toBe(file);
      files.push((await d.path())!);
      expect(XLSX.read(readFileSync(files.at(-1)!)).SheetNames).toEqual(sheets);
    }
    await shot(page, 'roster-500-import-page');

    // The people template's example row imports; the sheet picker offers both sheets, 说明 has no header row.
    const copy = path.join(dir, '人员导入模板.xlsx');
    writeFileSync(copy, readFileSync(files[0]!));
    await page.getByLabel('选择 Excel 文件').setInputFiles(copy);
    const sheet = page.getByLabel('工作表');
    await expect.poll(() => sheet.locator('option').allTextContents()).toEqual(['人员导入', '说明']);
    expect(await page.getByLabel('人员（每行一人，可同时带一张证书）').isChecked()).toBe(true);
    await page.getByRole('button', { name: '预检' }).click();
    await expect.poll(() => page.getByTestId('import-summary').textContent()).toBe('共 1 行，0 行有错误');
    await sheet.selectOption('说明');
    await expect.poll(() => page.getByRole('alert').first().textContent()).toContain('未找到表头行');
    await sheet.selectOption('人员导入');
    await page.getByRole('button', { name: '预检' }).click();
    await page.getByRole('button', { name: '导入', exact: true }).click();
    await expect.poll(() => page.getByTestId('import-done').textContent()).toContain('新建 1 人');

    // The certificates template is read as certificates for people on file: its example is for 工号 A0001.
    const certs = path.join(dir, '证书导入模板.xlsx');
    writeFileSync(certs, readFileSync(files[1]!));
    await page.getByLabel('选择 Excel 文件').setInputFiles(certs);
    await expect.poll(() => page.getByLabel('证书（为已在册人员添加，按工号或身份证号对应）').isChecked()).toBe(true);
    await page.getByRole('button', { name: '预检' }).click();
    await expect.poll(() => page.getByTestId('import-summary').textContent()).toBe('共 1 行，0 行有错误');
    await page.getByRole('button', { name: '导入', exact: true }).click();
    await expect.poll(() => page.getByTestId('import-done').textContent()).toContain('更新 1 人，写入证书 1 张');
    await expectConsistent(page);
  });
});
