import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { createWorkspace, expectConsistent, fieldMessage } from './app-helpers';
import { servedPeer, shot } from './harness';

/** A valid 18-digit ID number (GB 11643 check digit) born 1990-01-01 with sequence `seq`. */
function idNumber(seq: number): string {
  const body = `11010119900101${String(seq).padStart(3, '0')}`;
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const s = [...body].reduce((acc, ch, i) => acc + Number(ch) * weights[i]!, 0);
  return body + '10X98765432'[s % 11];
}

async function addWorker(page: Page, p: { name: string; workNo: string; seq: number; post?: string }) {
  await page.goto(new URL('#/people/new', page.url()).href);
  await page.getByLabel('姓名').fill(p.name);
  await page.getByLabel('工号').fill(p.workNo);
  await page.getByLabel('身份证号').fill(idNumber(p.seq));
  await page.getByLabel('部门', { exact: true }).selectOption({ label: '机修车间（JX）' });
  if (p.post) await page.getByLabel('岗位', { exact: true }).selectOption({ label: p.post });
  await page.getByRole('button', { name: '保存' }).click();
  await page.locator('[data-ready="dossier"] h1', { hasText: p.name }).waitFor();
}

describe('training plans', () => {
  const served = servedPeer();

  it('refuses a bad item with a Chinese message, stores two items, approves and flags a later edit', async () => {
    const { page } = served.peer();
    const pageErrors: string[] = [];
    page.on('pageerror', (e) => pageErrors.push(e.message));
    await page.goto(served.server().url);
    await createWorkspace(page);

    // A department, a post and two people: one on the post, one picked by name.
    await page.goto(new URL('#/settings', page.url()).href);
    await page.getByRole('button', { name: '新增部门' }).click();
    await page.getByLabel('部门名称').fill('机修车间');
    await page.getByLabel('部门代码').fill('JX');
    await page.getByRole('button', { name: '保存' }).nth(1).click();
    await page.getByText('机修车间').first().waitFor();
    await page.getByRole('button', { name: '新增岗位' }).click();
    const postForm = page.getByRole('form', { name: '新增岗位' });
    await postForm.getByLabel('岗位名称').fill('电焊工');
    await postForm.getByLabel('所属部门').selectOption({ label: '机修车间' });
    await postForm.getByRole('button', { name: '保存' }).click();
    await postForm.waitFor({ state: 'detached' });
    await addWorker(page, { name: '王建国', workNo: 'JX01', seq: 11, post: '电焊工' });
    await addWorker(page, { name: '李明', workNo: 'JX02', seq: 23 });

    const year = await page.evaluate(() => new Date().getFullYear());
    await page.goto(new URL('#/training/plans', page.url()).href);
    await page.getByRole('button', { name: `新建${year}年计划` }).click();
    const approval = page.getByTestId('plan-approval');
    await expect.poll(() => approval.textContent()).toContain('未审批');

    // Hours 0: refused at the field in Chinese, nothing stored.
    await page.getByRole('button', { name: '新增计划条目' }).click();
    let form = page.getByRole('form', { name: '新增计划条目' });
    await form.getByLabel('培训名称').fill('电焊工年度再培训');
    await form.getByLabel('培训类型').selectOption({ label: '定期复训' });
    await form.getByLabel('计划月份').selectOption({ label: '3月' });
    await form.getByLabel('计划学时').fill('0');
    await form.getByLabel('责任部门').selectOption({ label: '机修车间' });
    await form.getByRole('checkbox', { name: /电焊工/ }).check();
    await form.getByRole('button', { name: '保存' }).click();
    await expect.poll(() => fieldMessage(page, '计划学时')).toBe('学时应为 0.5–200，最多一位小数');
    await shot(page, 'training-plans-bad-hours');
    await form.getByRole('button', { name: '取消' }).click();
    await page.reload();
    await approval.waitFor();
    expect(await page.getByTestId('plan-item').count()).toBe(0);

    // Two valid items: an annual one for the post, a special one for a person picked by name.
    await page.getByRole('button', { name: '新增计划条目' }).click();
    form = page.getByRole('form', { name: '新增计划条目' });
    await form.getByLabel('培训名称').fill('电焊工年度再培训');
    await form.getByLabel('培训类型').selectOption({ label: '定期复训' });
    await form.getByLabel('计划月份').selectOption({ label: '3月' });
    await form.getByLabel('计划学时').fill('8');
    await form.getByLabel('责任部门').selectOption({ label: '机修车间' });
    await form.getByRole('checkbox', { name: /电焊工/ }).check();
    await form.getByRole('button', { name: '保存' }).click();
    await form.waitFor({ state: 'detached' });

    await page.getByRole('button', { name: '新增计划条目' }).click();
    form = page.getByRole('form', { name: '新增计划条目' });
    await form.getByLabel('培训名称').fill('检修前动火作业专项培训');
    await form.getByLabel('培训类型').selectOption({ label: '四新培训' });
    await form.getByLabel('计划类别').selectOption({ label: '专项计划' });
    await form.getByLabel('计划月份').selectOption({ label: '12月' });
    await form.getByLabel('计划学时').fill('2.5');
    await form.getByLabel('责任部门').selectOption({ label: '机修车间' });
    await form.getByLabel('按姓名或工号查找').fill('李');
    await form.getByRole('button', { name: '李明（JX02）' }).click();
    await form.getByRole('button', { name: '保存' }).click();
    await form.waitFor({ state: 'detached' });

    const items = page.getByTestId('plan-item');
    await expect.poll(() => items.count()).toBe(2);
    expect(await page.locator('.plan-month h3').allTextContents()).toEqual(['3月', '12月']);
    const first = items.filter({ hasText: '电焊工年度再培训' });
    expect(await first.textContent()).toContain('8 学时');
    expect(await first.getByTestId('plan-actual').textContent()).toContain('已培训 0/1 人');
    expect(await items.filter({ hasText: '检修前动火作业专项培训' }).textContent()).toContain('李明');
    const link = await first.getByRole('link', { name: '按此计划新建培训' }).getAttribute('href');
    expect(link).toMatch(new RegExp(`^#/training/new\\?plan=${year}:[0-9a-f-]{36}$`));

    // The 年度 / 专项 filter.
    await page.getByRole('button', { name: '专项计划' }).click();
    await expect.poll(() => items.count()).toBe(1);
    await page.getByRole('button', { name: '全部' }).click();
    await expect.poll(() => items.count()).toBe(2);

    // Approval, who and when; an edit afterwards keeps it but is flagged.
    await page.getByRole('button', { name: '审批', exact: true }).click();
    await expect.poll(() => approval.textContent()).toMatch(/已审批：.+，\d{4}-\d{2}-\d{2} \d{2}:\d{2}/);
    expect(await approval.textContent()).not.toContain('已审批后修改');
    await shot(page, 'training-plans');
    await first.getByRole('button', { name: '编辑 电焊工年度再培训' }).click();
    const edit = page.getByRole('form', { name: '编辑 电焊工年度再培训' });
    await edit.getByLabel('计划学时').fill('12');
    await edit.getByRole('button', { name: '保存' }).click();
    await edit.waitFor({ state: 'detached' });
    await expect.poll(() => approval.textContent()).toContain('已审批后修改');
    expect(await approval.textContent()).toContain('已审批：');

    // Stored: the same after a reload.
    await page.reload();
    await expect.poll(() => items.count(), { timeout: 15_000 }).toBe(2);
    expect(await approval.textContent()).toContain('已审批后修改');
    expect(await items.filter({ hasText: '电焊工年度再培训' }).textContent()).toContain('12 学时');
    await shot(page, 'training-plans-changed');
    await expectConsistent(page);
    expect(pageErrors).toEqual([]);
  });
});
