import { describe, expect, it } from 'vitest';
import { addPersonAndWait, createWorkspace } from './app-helpers';
import { servedPeer, shot } from './harness';

describe('audit trail', () => {
  const served = servedPeer();

  it('signs the edits of every tab into one chain, lists them by person and verifies them', async () => {
    const { page, context } = served.peer();
    const server = served.server();
    await page.goto(server.url);
    await createWorkspace(page);
    await page.goto(new URL('#/settings', server.url).href);
    await page.getByRole('heading', { name: '无服务器配对' }).waitFor(); // the sync service (and its audit writer) is up
    await addPersonAndWait(page, { name: '钱一', workNo: 'Q001', idNumber: '11010519491231002X' });

    // An edit in a second tab (not the leader) is audited too.
    const other = await context.newPage();
    await other.goto(page.url());
    await other.getByRole('button', { name: '编辑', exact: true }).click();
    await other.getByLabel('姓名').fill('钱二');
    await other.getByRole('button', { name: '保存' }).click();
    await other.locator('[data-ready="dossier"] h1', { hasText: '钱二' }).waitFor();

    await page.goto(new URL('#/settings', server.url).href);
    const rows = page.locator('section[aria-labelledby="st-audit"] tbody tr');
    await expect.poll(() => rows.count(), { timeout: 20_000 }).toBeGreaterThanOrEqual(2);
    expect(await rows.first().textContent()).toContain('钱二');
    await page.getByRole('button', { name: '验证', exact: true }).click();
    await expect.poll(() => page.getByTestId('audit-summary').textContent()).toContain('全部审计记录验证通过');
    await shot(page, 'audit-verified');
  });
});
