import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { addCertificate, ago, createWorkspace, expectConsistent } from './app-helpers';
import { servedPeer, shot } from './harness';

/** The date `days` days after the browser's today (its time zone, Asia/Shanghai, may differ from Node's). */
async function inDays(page: Page, days: number): Promise<string> {
  const today = await page.evaluate(() => new Date().toLocaleDateString('sv'));
  return new Date(Date.parse(`${today}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** A valid 18-digit ID number (GB 11643 check digit) born 1990-01-01 with sequence `seq`. */
function idNumber(seq: number): string {
  const body = `11010119900101${String(seq).padStart(3, '0')}`;
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const s = [...body].reduce((acc, ch, i) => acc + Number(ch) * weights[i]!, 0);
  return body + '10X98765432'[s % 11];
}

async function addWorker(page: Page, p: { name: string; workNo: string; seq: number }) {
  await page.goto(new URL('#/people/new', page.url()).href);
  await page.getByLabel('姓名').fill(p.name);
  await page.getByLabel('工号').fill(p.workNo);
  await page.getByLabel('身份证号').fill(idNumber(p.seq));
  await page.getByLabel('部门', { exact: true }).selectOption({ label: '机修车间（JX）' });
  await page.getByLabel('岗位', { exact: true }).selectOption({ label: '维修电工' });
  await page.getByRole('button', { name: '保存' }).click();
  await page.locator('[data-ready="dossier"] h1', { hasText: p.name }).waitFor();
}

describe('compliance: 无证上岗 and the certificate ledger', () => {
  const served = servedPeer();

  it('finds people working without the certificate their post requires, and the ledger filters narrow', async () => {
    const { page } = served.peer();
    const pageErrors: string[] = [];
    page.on('pageerror', (e) => pageErrors.push(e.message));
    await page.goto(served.server().url);
    await createWorkspace(page, '苏州测试机械有限公司');

    // A department and a post that requires 1.2 低压电工作业, picked from the catalog in the posts editor.
    await page.goto(new URL('#/settings', page.url()).href);
    await page.getByRole('button', { name: '新增部门' }).click();
    await page.getByLabel('部门名称').fill('机修车间');
    await page.getByLabel('部门代码').fill('JX');
    await page.getByRole('button', { name: '保存' }).nth(1).click();
    await page.getByText('机修车间').first().waitFor();
    await page.getByRole('button', { name: '新增岗位' }).click();
    const postForm = page.getByRole('form', { name: '新增岗位' });
    await postForm.getByLabel('岗位名称').fill('维修电工');
    await postForm.getByLabel('所属部门').selectOption({ label: '机修车间' });
    const add = postForm.getByRole('group', { name: '添加资格要求' });
    await add.getByLabel('证书类型').selectOption({ label: '特种作业操作证' });
    await add.getByLabel('作业类别').selectOption('1');
    await add.getByLabel('准操项目').selectOption('1.2');
    await add.getByRole('button', { name: '添加资格要求' }).click();
    await add.getByRole('button', { name: '添加资格要求' }).click(); // twice: refused as a duplicate
    await expect.poll(() => postForm.getByRole('alert').filter({ hasText: '该资格要求已添加' }).count()).toBe(1);
    expect(await page.getByTestId('qual-item').allTextContents()).toEqual([expect.stringContaining('特种作业：1.2 低压电工作业')]);
    await postForm.screenshot({ path: await shot(page, 'compliance-post-editor') });
    await postForm.getByRole('button', { name: '保存' }).click();
    await expect.poll(() => page.getByTestId('post-quals').allTextContents()).toEqual(['特种作业：1.2 低压电工作业']);

    // Three electricians: a valid card, an expired one (6-year validity passed), none.
    await addWorker(page, { name: '王建国', workNo: 'JX01', seq: 11 });
    await addCertificate(page, { number: 'T-VALID-01', firstIssue: ago(1) });
    await addWorker(page, { name: '李明', workNo: 'JX02', seq: 23 });
    await addCertificate(page, { number: 'T-OLD-02', firstIssue: ago(7) });
    await addWorker(page, { name: '张伟', workNo: 'JX03', seq: 35 });
    const zhangWei = page.url();

    await page.goto(new URL('#/certificates?tab=unlicensed', page.url()).href);
    const findings = page.getByTestId('finding-row');
    const read = async () => Promise.all((await findings.all()).map(async (r) => [
      (await r.locator('td').nth(2).textContent())!, await r.getAttribute('data-reason'), (await r.locator('td').nth(6).textContent())!,
    ]));
    await expect.poll(() => findings.count(), { timeout: 15_000 }).toBe(2);
    const rows = await read();
    expect(rows.map(([name, reason]) => [name, reason])).toEqual([['李明', 'expired'], ['张伟', 'none']]);
    expect(rows[0]![2]).toContain('证书已过期');
    expect(rows[0]![2]).toContain('T-OLD-02');
    expect(rows[1]![2]).toContain('未持证');
    expect(await page.getByTestId('dept-count').allTextContents()).toEqual(['机修车间 2 人']);
    expect(await page.getByTestId('tab-count-unlicensed').textContent()).toBe('2');

    // Selecting rows and the 整改通知书: the deadline defaults to a week ahead; the PDF downloads.
    await page.getByRole('checkbox', { name: /选择 李明/ }).check();
    await expect.poll(() => page.getByTestId('selected-count').textContent()).toBe('已选 1 项');
    expect(await page.getByLabel('整改期限').inputValue()).toBe(await inDays(page, 7));
    await page.getByLabel('整改期限').fill(await inDays(page, -1));
    await page.getByRole('button', { name: '生成整改通知书' }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: '整改期限须为今天或以后的日期' }).count()).toBe(1);
    await page.getByLabel('整改期限').fill(await inDays(page, 7));
    await shot(page, 'compliance-unlicensed');
    const download = page.waitForEvent('download', { timeout: 60_000 });
    await page.getByRole('button', { name: '生成整改通知书' }).click();
    const notice = await download;
    expect(notice.suggestedFilename()).toMatch(/^整改通知书-.*\.pdf$/);
    // The notice is text: its title, the selected finding (李明, his post and the missing qualification), no other.
    const text = execFileSync('pdftotext', ['-layout', (await notice.path())!, '-'], { encoding: 'utf8' });
    expect(text).toContain('整改通知书');
    expect(text).toContain('李明');
    expect(text).toContain('低压电工作业');
    expect(text).not.toContain('张伟');

    // 张伟 gets a valid card through the dossier: the list drops him.
    await page.goto(zhangWei);
    await page.locator('[data-ready="dossier"] h1', { hasText: '张伟' }).waitFor();
    await addCertificate(page, { number: 'T-NEW-03', firstIssue: ago(0) });
    await page.goto(new URL('#/certificates?tab=unlicensed', page.url()).href);
    await expect.poll(async () => (await read()).map(([name]) => name), { timeout: 15_000 }).toEqual(['李明']);

    // 证书台账: three certificates; the filters narrow.
    await page.getByRole('tab', { name: /证书台账/ }).click();
    const ledger = page.getByTestId('ledger-row');
    await expect.poll(() => ledger.count()).toBe(3);
    const numbers = async () => (await ledger.locator('.c-number').allTextContents()).sort();
    await page.getByLabel('状态').selectOption({ label: '已过期' });
    await expect.poll(numbers).toEqual(['T-OLD-02']);
    await page.getByLabel('状态').selectOption({ label: '有效' });
    await expect.poll(numbers).toEqual(['T-NEW-03', 'T-VALID-01']);
    const search = page.getByRole('searchbox', { name: '搜索证书' });
    await search.fill('jx03');
    await expect.poll(numbers).toEqual(['T-NEW-03']);
    await page.getByRole('button', { name: '清除筛选' }).click();
    await search.fill('lm'); // pinyin initials of 李明
    await expect.poll(numbers).toEqual(['T-OLD-02']);
    await search.fill('t-valid');
    await expect.poll(numbers).toEqual(['T-VALID-01']);
    await search.fill('');
    await page.getByLabel('证书种类').selectOption({ label: '危化品安全生产管理人员合格证' });
    await expect.poll(() => ledger.count()).toBe(0);
    await expect.poll(() => page.getByText('没有符合条件的证书。').count()).toBe(1);
    await page.getByLabel('证书种类').selectOption({ label: '特种作业操作证' });
    await page.getByLabel('作业类别').selectOption('1');
    await page.getByLabel('准操项目').selectOption('1.2');
    await page.getByLabel('部门').selectOption({ label: '机修车间' });
    await expect.poll(() => ledger.count()).toBe(3);
    await expect.poll(() => page.getByTestId('cert-count').textContent()).toBe('共 3 张');
    await shot(page, 'compliance-ledger');
    const xlsx = page.waitForEvent('download', { timeout: 60_000 });
    await page.getByRole('button', { name: '导出 Excel' }).click();
    expect((await xlsx).suggestedFilename()).toMatch(/^证书台账-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const XLSX = await import('@e965/xlsx');
    const sheet = XLSX.read(await readFile((await (await xlsx).path())!));
    const table = XLSX.utils.sheet_to_json<string[]>(sheet.Sheets[sheet.SheetNames[0]!]!, { header: 1 });
    expect(table[0]!.slice(0, 8)).toEqual(['工号', '姓名', '部门', '岗位', '证书种类', '作业类别', '准操项目', '证号']);
    expect(table.slice(1).map((r) => r[7]).sort()).toEqual(['T-NEW-03', 'T-OLD-02', 'T-VALID-01']);

    // A row opens the holder's dossier.
    await ledger.filter({ hasText: 'T-OLD-02' }).click();
    await page.locator('[data-ready="dossier"] h1', { hasText: '李明' }).waitFor();

    // A machinery firm: the hazchem safety-manager check does not apply, and says why.
    await page.goto(new URL('#/certificates?tab=managers', page.url()).href);
    await expect.poll(() => page.getByTestId('managers-na').textContent()).toContain('不适用');

    // As a hazchem firm with one certified safety manager, it is one short of two.
    await page.goto(new URL('#/settings', page.url()).href);
    await page.getByLabel('行业', { exact: true }).selectOption({ label: '危险化学品' });
    await page.getByRole('button', { name: '保存' }).first().click();
    await page.goto(new URL('#/people', page.url()).href);
    await page.getByTestId('person-row').filter({ hasText: '王建国' }).click();
    await page.locator('[data-ready="dossier"] h1', { hasText: '王建国' }).waitFor();
    await addCertificate(page, { number: 'AQ-2025-01', firstIssue: ago(0), kind: '危化品安全生产管理人员合格证' });
    await page.goto(new URL('#/certificates?tab=managers', page.url()).href);
    await expect.poll(() => page.getByTestId('managers-verdict').textContent(), { timeout: 15_000 }).toContain('还差 1 人');
    expect(await page.getByTestId('manager-counted').allTextContents()).toEqual([expect.stringContaining('王建国')]);
    await shot(page, 'compliance-managers');
    await expectConsistent(page);
    expect(pageErrors).toEqual([]);
  });
});
