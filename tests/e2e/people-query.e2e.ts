import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { addCertificate, ago, createWorkspace, expectConsistent } from './app-helpers';
import { servedPeer, shot } from './harness';

/** A valid 18-digit ID number (GB 11643 check digit) born 1990-01-01 with sequence `seq`. */
function idNumber(seq: number): string {
  const body = `11010119900101${String(seq).padStart(3, '0')}`;
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const s = [...body].reduce((acc, ch, i) => acc + Number(ch) * weights[i]!, 0);
  return body + '10X98765432'[s % 11];
}

async function addDepartment(page: Page, name: string, code: string) {
  await page.goto(new URL('#/settings', page.url()).href);
  await page.getByRole('button', { name: '新增部门' }).click();
  await page.getByLabel('部门名称').fill(name);
  await page.getByLabel('部门代码').fill(code);
  await page.getByRole('button', { name: '保存' }).nth(1).click();
  await page.locator('.list li', { hasText: name }).waitFor();
}

async function addWorker(page: Page, p: { name: string; workNo: string; seq: number; dept: string }) {
  await page.goto(new URL('#/people/new', page.url()).href);
  await page.getByLabel('姓名').fill(p.name);
  await page.getByLabel('工号').fill(p.workNo);
  await page.getByLabel('身份证号').fill(idNumber(p.seq));
  await page.getByLabel('部门', { exact: true }).selectOption({ label: p.dept });
  await page.getByRole('button', { name: '保存' }).click();
  await page.locator('[data-ready="dossier"] h1', { hasText: p.name }).waitFor();
}

/** Polls with room for chunks loading on a busy machine (filters, certificate rules, the pinyin dictionary). */
const poll = <T>(fn: () => Promise<T> | T) => expect.poll(fn, { timeout: 10_000 });

describe('people query (P5): conditions, search, saved filters', () => {
  const served = servedPeer();

  it('filters by department and certificate state, searches pinyin and ID fragments, keeps saved filters', async () => {
    const { page } = served.peer();
    await page.goto(served.server().url);
    await createWorkspace(page);
    await addDepartment(page, '生产部', 'SC');
    await addDepartment(page, '仓储部', 'CC');

    const SC = '生产部（SC）';
    const CC = '仓储部（CC）';
    await addWorker(page, { name: '张三', workNo: 'P001', seq: 11, dept: SC });
    await addCertificate(page, { number: 'T-ZS', firstIssue: ago(1) }); // 有效
    await addWorker(page, { name: '李四', workNo: 'P002', seq: 12, dept: SC });
    await addCertificate(page, { number: 'T-LS', firstIssue: ago(7) }); // 已过期 (6-year validity)
    await addWorker(page, { name: '王五', workNo: 'P003', seq: 13, dept: CC });
    await addCertificate(page, { number: 'T-WW', firstIssue: ago(7), category: '2', item: '2.1' }); // 已过期, 焊接
    await addWorker(page, { name: '赵六', workNo: 'P004', seq: 14, dept: SC }); // 无证书
    await addWorker(page, { name: '周七', workNo: 'P005', seq: 15, dept: SC });
    await addCertificate(page, { number: 'T-ZQ', firstIssue: ago(3, -30) }); // 待复审 (review due in 30 days)
    await addCertificate(page, { number: 'T-ZQ2', firstIssue: ago(1), category: '2', item: '2.1' }); // 有效, 焊接

    await page.goto(new URL('#/people', page.url()).href);
    const rows = page.getByTestId('person-row');
    const names = async () => (await rows.locator('.c-name').allTextContents()).sort();
    const count = page.getByTestId('people-count');
    const filters = page.getByRole('search', { name: '筛选人员' });
    await poll(() => count.textContent()).toBe('共 5 人');

    // Department + certificate state (AND), reflected in the URL.
    await filters.getByLabel('部门', { exact: true }).selectOption({ label: '生产部' });
    await poll(names).toEqual(['周七', '张三', '李四', '赵六'].sort());
    await filters.getByLabel('证书状态').selectOption({ label: '已过期' });
    await poll(names).toEqual(['李四']);
    expect(await count.textContent()).toBe('共 1 人（筛选后）');
    expect(page.url()).toMatch(/#\/people\?dept=[^&]+&state=expired$/);
    await filters.getByLabel('证书状态').selectOption({ label: '无证书' });
    await poll(names).toEqual(['赵六']);
    await filters.getByLabel('证书状态').selectOption({ label: '待复审' });
    await poll(names).toEqual(['周七']);
    // Category and state hold for the same card: 周七's welding card is valid, not due for review.
    await filters.getByLabel('作业类别').selectOption({ label: '焊接与热切割作业' });
    await poll(names).toEqual([]);
    await filters.getByLabel('证书状态').selectOption({ label: '有效' });
    await poll(names).toEqual(['周七']);
    await filters.getByLabel('准操项目').selectOption({ label: '熔化焊接与热切割作业' });
    await poll(names).toEqual(['周七']);
    await shot(page, 'people-query-filters');

    // The back button undoes one step at a time.
    await page.goBack(); // item off
    await page.goBack(); // state 待复审 again
    await poll(() => filters.getByLabel('证书状态').inputValue()).toBe('review-due');
    await poll(names).toEqual([]);
    await page.goBack(); // category off
    await poll(names).toEqual(['周七']);

    // 清除筛选 returns to the default list (在职, everyone).
    await page.getByRole('button', { name: '清除筛选' }).click();
    await poll(() => count.textContent()).toBe('共 5 人');
    expect(await filters.getByLabel('部门', { exact: true }).inputValue()).toBe('');

    // Search: pinyin initials, full pinyin, ID-number fragment.
    const search = page.getByRole('searchbox', { name: '搜索人员' });
    for (const [q, who] of [['zs', ['张三']], ['zhou', ['周七']], ['wangw', ['王五']], ['0101013', ['王五']], ['P00', ['周七', '张三', '李四', '王五', '赵六']]] as const) {
      await search.fill(q);
      await poll(names).toEqual([...who].sort());
    }
    await search.fill('');

    // Save a filter, reload, apply it with one click.
    await filters.getByLabel('部门', { exact: true }).selectOption({ label: '生产部' });
    await filters.getByLabel('证书状态').selectOption({ label: '已过期' });
    await poll(names).toEqual(['李四']);
    const saved = page.getByRole('group', { name: '常用筛选' });
    await saved.getByRole('button', { name: '保存为常用筛选' }).click();
    await saved.getByLabel('常用筛选名称').fill('生产部过期证');
    await saved.getByRole('button', { name: '保存', exact: true }).click();
    await saved.getByRole('button', { name: '生产部过期证', exact: true }).waitFor();
    // A second filter of the same name is refused with a message at the field.
    await filters.getByLabel('证书状态').selectOption({ label: '无证书' });
    await saved.getByRole('button', { name: '保存为常用筛选' }).click();
    await saved.getByLabel('常用筛选名称').fill('生产部过期证');
    await saved.getByRole('button', { name: '保存', exact: true }).click();
    await poll(() => saved.getByRole('alert').textContent()).toBe('已有同名的常用筛选');
    await shot(page, 'people-query-name-taken');
    await saved.getByRole('button', { name: '取消' }).click();

    await page.goto(new URL('#/people', page.url()).href);
    await page.reload();
    await poll(() => count.textContent()).toBe('共 5 人');
    await saved.getByRole('button', { name: '生产部过期证', exact: true }).click();
    await poll(names).toEqual(['李四']);
    expect(await count.textContent()).toBe('共 1 人（筛选后）');
    expect(await saved.getByRole('button', { name: '生产部过期证', exact: true }).getAttribute('aria-pressed')).toBe('true');

    // A bookmarked filtered view opens filtered.
    const bookmark = page.url();
    await page.goto(new URL('#/people', page.url()).href);
    await page.goto(bookmark);
    await page.reload();
    await poll(names).toEqual(['李四']);

    // Rename, then delete.
    await saved.getByRole('button', { name: '重命名“生产部过期证”' }).click();
    await saved.getByLabel('常用筛选名称').fill('生产部·已过期');
    await saved.getByRole('button', { name: '保存', exact: true }).click();
    await saved.getByRole('button', { name: '生产部·已过期', exact: true }).waitFor();
    await shot(page, 'people-query-saved');
    await saved.getByRole('button', { name: '删除“生产部·已过期”' }).click();
    await poll(() => page.getByTestId('saved-query').count()).toBe(0);
    await expectConsistent(page);
  });
});
