import { describe, expect, it } from 'vitest';
import { createWorkspace, expectConsistent } from './app-helpers';
import { servedPeer, shot } from './harness';

describe('设置 › 工作日历', () => {
  const served = servedPeer();

  it('shows the data years, takes a 2027 holiday that moves a computed deadline, and removes it again', async () => {
    const { page } = served.peer();
    await page.goto(served.server().url);
    await createWorkspace(page);
    await page.goto(new URL('#/settings', page.url()).href);
    const card = page.locator('section.calendar');
    await card.getByTestId('calendar-data').waitFor();
    expect(await card.getByTestId('calendar-data').textContent()).toContain('节假日数据：2020–2026 年（chinese-days 1.5.7，国务院办公厅通知）');
    expect(await card.getByTestId('calendar-data').textContent()).toContain('版本 2026.1');

    // The browser's year decides which year is reported missing (2026 + 1 is not in the data).
    const year = await page.evaluate(() => new Date().getFullYear());
    const missing = card.getByTestId('calendar-missing');
    if (year === 2026) expect(await missing.textContent()).toContain('2027 年安排尚未收录，截止日期按周末推算，请在国务院发布通知后录入');
    expect(await card.getByText('暂无调整。').count()).toBe(1);

    // 计算截止日: 3 working days after 2026-12-30 run into 2027, which the data lacks: an estimate.
    const calc = card.getByRole('group', { name: '计算截止日' });
    await calc.getByLabel('起算日（当天不计）').fill('2026-12-30');
    await calc.getByLabel('工作日数').fill('3');
    const due = card.getByTestId('calendar-due');
    await expect.poll(() => due.textContent()).toBe('截止日：2027-01-04（周一）（推算）');
    await calc.getByLabel('工作日数').fill('x');
    await expect.poll(() => due.textContent()).toBe('请填 0–366 的整数');
    await calc.getByLabel('工作日数').fill('3');

    // Bad input changes nothing: a Saturday is already a day off.
    const form = card.getByRole('form', { name: '添加调整' });
    await form.getByLabel('日期').fill('2027-01-02');
    await form.getByRole('button', { name: '添加调整' }).click();
    await expect.poll(async () => (await form.textContent()) ?? '').toContain('2027-01-02 已是放假日，无需录入');
    expect(await card.getByTestId('calendar-override').count()).toBe(0);

    // 2027 元旦 entered: listed with who and when, the deadline moves a day and is no longer an estimate.
    await form.getByLabel('日期').fill('2027-01-01');
    await form.getByLabel('类型').selectOption({ label: '放假' });
    await form.getByLabel('说明（如通知文号）').fill('2027 年元旦（国务院办公厅通知）');
    await form.getByRole('button', { name: '添加调整' }).click();
    const row = card.locator('[data-testid="calendar-override"][data-date="2027-01-01"]');
    await row.waitFor();
    expect(await row.textContent()).toContain('2027-01-01 周五');
    expect(await row.textContent()).toContain('放假');
    expect(await row.textContent()).toContain('2027 年元旦（国务院办公厅通知）');
    await expect.poll(() => due.textContent()).toBe('截止日：2027-01-05（周二）');
    await expect.poll(() => missing.count()).toBe(0);
    expect(await card.getByTestId('calendar-data').textContent()).toContain('版本 2026.1+local');

    // A make-up workday on a Sunday counts as a working day.
    await form.getByLabel('日期').fill('2027-01-03');
    await form.getByLabel('类型').selectOption({ label: '调休上班' });
    await form.getByLabel('说明（如通知文号）').fill('元旦调休');
    await form.getByRole('button', { name: '添加调整' }).click();
    await expect.poll(() => card.getByTestId('calendar-override').count()).toBe(2);
    await expect.poll(() => due.textContent()).toBe('截止日：2027-01-04（周一）');
    await card.scrollIntoViewIfNeeded();
    await card.screenshot({ path: '.tmp/screenshots/settings-calendar-card.png' });
    await shot(page, 'settings-calendar');

    // Removing both brings the shipped data back (and the estimate).
    await card.getByRole('button', { name: '删除 2027-01-03 的调整' }).click();
    await card.getByRole('button', { name: '删除 2027-01-01 的调整' }).click();
    await expect.poll(() => card.getByTestId('calendar-override').count()).toBe(0);
    await expect.poll(() => due.textContent()).toBe('截止日：2027-01-04（周一）（推算）');
    // Each change is a signed edit of the catalog doc: the audit trail names the date.
    await expect.poll(async () => (await page.locator('.audit').textContent()) ?? '').toContain('2027-01-03');
    await expectConsistent(page);
  });
});
