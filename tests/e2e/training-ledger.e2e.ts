import { execFileSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { servedPeer, shot } from './harness';

/** The seed workspace S (200 people, 400 training sessions 2024–2026) as a backup file, restored on the welcome screen. */
let dir = '';
let seedFile = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sl-ledger-'));
  seedFile = join(dir, 'seed-S.slbk');
  execFileSync(process.execPath, ['scripts/seed.mjs', '--size', 'S', '--out', seedFile], { stdio: 'ignore' });
});
afterAll(() => rm(dir, { recursive: true, force: true }));

type Api = { hoursLedger(year: number): Promise<{ ms: number; people: number; short: number }> };

describe('training list, hours ledger and quality metrics', () => {
  const served = servedPeer();

  it('lists the year\'s sessions, shows who is short of hours, the rates by month and a person\'s history', async () => {
    const { page } = served.peer();
    await page.setViewportSize({ width: 1400, height: 900 });
    await page.goto(served.server().url);
    await page.getByLabel('备份文件', { exact: true }).setInputFiles(seedFile);
    await page.locator('[data-ready="workbench"]').waitFor({ timeout: 60_000 });
    const year = new Date().getFullYear();

    // 培训记录: this year's sessions, filtered by state and searched; the 待办 box lists open records.
    await page.goto(`${served.server().url}#/training`);
    const rows = page.getByTestId('training-row');
    await rows.first().waitFor({ timeout: 30_000 });
    const count = async () => Number((await page.getByTestId('training-count').textContent())!.replace(/\D/g, ''));
    await expect.poll(count).toBeGreaterThan(20);
    const all = await count();
    await page.getByLabel('状态').selectOption({ label: '已归档' });
    await expect.poll(count).toBeLessThan(all);
    expect(new Set(await Promise.all((await rows.all()).map((r) => r.getAttribute('data-state'))))).toEqual(new Set(['archived']));
    const archive = (await rows.first().locator('.c-archive').textContent())!.trim();
    expect(archive).toMatch(new RegExp(`^${year}-[A-Z0-9]{2,4}-[A-Z]{2}-\\d{3}$`));
    await page.getByLabel('搜索培训名称、主题、授课人或档案编号').fill(archive);
    await expect.poll(count).toBe(1);
    await page.getByLabel('搜索培训名称、主题、授课人或档案编号').fill('');
    await page.getByLabel('状态').selectOption({ label: '全部' });
    await expect.poll(count).toBe(all);
    const review = page.getByTestId('todo-review').locator('a');
    await expect.poll(() => review.count()).toBeGreaterThan(0);
    await shot(page, 'training-list');

    // 学时台账: every employed person against their rule; "only short" keeps exactly those the ledger finds short.
    await page.goto(`${served.server().url}#/training/ledger`);
    const summary = page.getByTestId('ledger-summary');
    await summary.waitFor({ timeout: 30_000 });
    const expected = await page.evaluate((y) => (window as unknown as { __safeledger: Api }).__safeledger.hoursLedger(y), year);
    expect(expected.people).toBeGreaterThan(100);
    expect(await summary.textContent()).toContain(`${year} 年在职 ${expected.people} 人，其中 ${expected.short} 人学时不足`);
    const ledgerCount = async () => Number((await page.getByTestId('ledger-count').textContent())!.replace(/\D/g, ''));
    expect(await ledgerCount()).toBe(expected.people);
    await page.getByLabel('只看学时不足').check();
    await expect.poll(ledgerCount).toBe(expected.short);
    const people = page.getByTestId('ledger-person');
    const shorts = await Promise.all((await people.all()).map((r) => r.getAttribute('data-short')));
    expect(shorts.length).toBeGreaterThan(0);
    expect(shorts.every((s) => Number(s) > 0)).toBe(true);
    await expect.poll(() => people.first().locator('.tl-short').count()).toBeGreaterThan(0);
    await shot(page, 'training-ledger');

    // The dossier of the person shortest of hours: sessions attended, this year's hours against the rule.
    await people.first().click();
    const history = page.getByTestId('training-history');
    await history.waitFor({ timeout: 30_000 });
    expect(await history.locator('tbody tr').count()).toBeGreaterThan(0);
    await expect.poll(() => page.getByTestId('history-hours').textContent()).toContain(`${year} 年学时`);
    await page.locator('#d-tr').scrollIntoViewIfNeeded();
    await shot(page, 'training-history');

    // 质量统计: the three rates per month, a chart and their definitions.
    await page.goto(`${served.server().url}#/training/metrics`);
    const total = page.getByTestId('metrics-total');
    await total.waitFor({ timeout: 30_000 });
    const cells = await total.locator('td').allTextContents();
    expect(Number(cells[0])).toBeGreaterThan(0);
    for (const c of cells.slice(1)) expect(c).toMatch(/^(\d+(\.\d)?%|—)$/);
    expect(await page.getByTestId('metrics-months').locator('tbody tr').count()).toBe(13);
    expect(await page.locator('svg[role="img"], [role="img"] svg').count()).toBeGreaterThan(0);
    await expect.poll(() => page.locator('.tl-defs').textContent()).toContain('24 小时内提交审核');
    await shot(page, 'training-metrics');
  });
});
