import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createWorkspace, expectConsistent } from './app-helpers';
import { servedPeer, shot } from './harness';

/** The firm's own 特种作业人员台账: 60 people, title rows above the header, no 工号 column. */
const FIXTURE = fileURLToPath(new URL('../../src/reports/xlsx/__fixtures__/special-operations-roster-sample.xlsx', import.meta.url));

describe('importing the special-operations roster (X1)', () => {
  const served = servedPeer();

  it('maps columns, lists every row error in Chinese, then writes people and certificates all at once', async () => {
    const { page } = served.peer();
    const server = served.server();
    await page.goto(server.url);
    await createWorkspace(page);
    await page.goto(new URL('#/people', page.url()).href);
    await page.getByRole('link', { name: '导入 Excel' }).click();
    await page.getByLabel('选择 Excel 文件').setInputFiles(FIXTURE);

    // The header below the title rows is found and every column is mapped by its name in the ledger.
    await expect.poll(() => page.getByTestId('import-header').textContent()).toContain('第 3 行');
    expect(await page.getByLabel('姓名', { exact: true }).locator('option:checked').textContent()).toBe('姓名');
    expect(await page.getByLabel('部门', { exact: true }).locator('option:checked').textContent()).toBe('所属部门');
    expect(await page.getByLabel('工号', { exact: true }).locator('option:checked').textContent()).toBe('（不导入）');

    // 预检: none of the ledger's departments or posts exist yet — one error each per row, in Chinese.
    const importButton = page.getByRole('button', { name: '导入', exact: true });
    await page.getByRole('button', { name: '预检' }).click();
    await expect.poll(() => page.getByTestId('import-summary').textContent()).toBe('共 60 行，60 行有错误');
    const errors = page.getByTestId('import-error');
    expect(await errors.count()).toBe(120);
    expect(await page.locator('[data-key="import.e.unknownDepartment"]').count()).toBe(60);
    expect(await page.locator('[data-key="import.e.unknownPost"]').count()).toBe(60);
    expect(await errors.first().textContent()).toBe('4所属部门部门“生产一车间”不存在，请先在组织机构中添加，或改为已有部门');
    expect(await importButton.isDisabled()).toBe(true);
    await shot(page, 'roster-import-errors');

    // Create the missing departments and posts in the same write: 预检 again is clean.
    await page.getByLabel('自动新建缺少的部门和岗位').check();
    await page.getByRole('button', { name: '预检' }).click();
    await expect.poll(() => page.getByTestId('import-summary').textContent()).toBe('共 60 行，0 行有错误');
    expect(await errors.count()).toBe(0);
    await importButton.click();
    await expect.poll(() => page.getByTestId('import-done').textContent(), { timeout: 20_000 })
      .toContain('新建 60 人，更新 0 人，写入证书 60 张');

    await page.getByRole('link', { name: '查看人员档案' }).click();
    await expect.poll(() => page.getByTestId('people-count').textContent()).toBe('共 60 人');
    await page.getByTestId('person-row').first().click();
    await expect.poll(() => page.getByTestId('cert-row').count(), { timeout: 15_000 }).toBeGreaterThan(0);
    await expectConsistent(page);
  });
});
