import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { appApi, expectConsistent } from './app-helpers';
import { servedPeer, shot } from './harness';

type Cert = { id: string; personId: string; departmentId: string; due: string; cancelled?: boolean };
type Person = { id: string; status: string };

/** Certificates the workbench should list, counted from the raw projection dump (not through the app's query). */
async function expectedDue(page: Page): Promise<{ total: number; byDept: Map<string, number> }> {
  const dump = (await (await appApi(page)).dump()) as unknown as { certificates: Cert[]; people: Person[] };
  // The browser's calendar day (its time zone is Asia/Shanghai, not the test runner's).
  const horizon = await page.evaluate(() => {
    const d = new Date();
    d.setDate(d.getDate() + 90);
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  });
  const left = new Set(dump.people.filter((p) => p.status === 'left').map((p) => p.id));
  const due = dump.certificates.filter((c) => c.due && c.due <= horizon && !left.has(c.personId));
  const byDept = new Map<string, number>();
  for (const c of due) byDept.set(c.departmentId, (byDept.get(c.departmentId) ?? 0) + 1);
  return { total: due.length, byDept };
}

const shownTotal = async (page: Page) => Number(await page.getByTestId('reminders').getAttribute('data-total'));

describe('certificate reminders on the workbench, and rule overrides in 设置 › 规则', () => {
  const served = servedPeer();

  it('counts due certificates by department; an audited override of the review interval re-dates them everywhere', async () => {
    const { page } = served.peer();
    await page.goto(served.server().url);
    await page.getByRole('button', { name: '打开演示工作区' }).click();
    await page.locator('[data-ready="workbench"]').waitFor();

    // 1. The reminder table: totals and per-department counts equal what the raw rows say.
    const expected = await expectedDue(page);
    expect(expected.total).toBeGreaterThan(5);
    await expect.poll(() => shownTotal(page)).toBe(expected.total);
    const rows = page.getByTestId('reminder-dept');
    expect(await rows.count()).toBe(expected.byDept.size);
    for (const [dept, n] of expected.byDept) {
      expect(await page.locator(`[data-testid="reminder-dept"][data-dept="${dept}"] td:last-child`).textContent()).toBe(String(n));
    }
    expect(await page.getByTestId('reminder-item').count()).toBe(Math.min(8, expected.total));
    await shot(page, 'workbench-reminders');

    // One department only (the department head's view).
    const [firstDept, firstCount] = [...expected.byDept].sort((a, b) => b[1] - a[1])[0]!;
    await page.getByTestId('reminders').getByLabel('部门').selectOption(firstDept);
    await expect.poll(() => shownTotal(page)).toBe(firstCount);
    await page.getByTestId('reminders').getByLabel('部门').selectOption('');

    // 2. 设置 › 规则: the shipped value with source and status; override it with a reason.
    await page.goto(new URL('#/settings', page.url()).href);
    const rule = page.locator('[data-testid="rule-row"][data-rule="special_operation_certificate.review_interval_years"]');
    await expect.poll(() => rule.getByTestId('rule-value').textContent()).toBe('3 年');
    await expect.poll(async () => (await rule.textContent()) ?? '').toContain('已核实');
    await rule.getByRole('button', { name: '覆盖' }).click();
    await page.locator('form.rule-form input[name="value"]').fill('0');
    await page.locator('form.rule-form input[name="reason"]').fill('测试');
    await page.locator('form.rule-form button[type="submit"]').click();
    await expect.poll(async () => (await page.locator('.rules .form-error').textContent()) ?? '').toContain('正整数');
    await page.locator('form.rule-form input[name="value"]').fill('2');
    await page.locator('form.rule-form input[name="reason"]').fill('');
    await page.locator('form.rule-form button[type="submit"]').click();
    await expect.poll(async () => (await page.locator('.rules .form-error').textContent()) ?? '').toContain('必填');
    await page.locator('form.rule-form input[name="reason"]').fill('市应急管理局2026年通知：复审周期按2年执行');
    await page.locator('form.rule-form button[type="submit"]').click();
    await expect.poll(() => rule.getByTestId('rule-value').textContent()).toBe('2 年');
    expect(await rule.getAttribute('data-overridden')).toBe('yes');
    expect(await rule.textContent()).toContain('已覆盖（原值 3 年）');
    await rule.scrollIntoViewIfNeeded();
    await page.locator('.rules').screenshot({ path: '.tmp/screenshots/settings-rules-card.png' });

    // The audit trail names the rule; the store is consistent (due dates equal a rebuild under the override).
    await expect.poll(async () => (await page.locator('.audit').textContent()) ?? '').toContain('复审周期');
    await expectConsistent(page);

    // 3. Back on the workbench, a shorter interval brings more certificates due; the counts follow the new dates.
    await page.goto(new URL('#/', page.url()).href);
    const after = await expectedDue(page);
    expect(after.total).toBeGreaterThan(expected.total);
    await expect.poll(() => shownTotal(page)).toBe(after.total);

    // 4. Restore the default: dates go back.
    await page.goto(new URL('#/settings', page.url()).href);
    await rule.getByRole('button', { name: '恢复默认' }).click();
    await page.locator('form.rule-form input[name="reason"]').fill('通知已废止');
    await page.locator('form.rule-form button[type="submit"]').click();
    await expect.poll(() => rule.getByTestId('rule-value').textContent()).toBe('3 年');
    expect(await page.locator('.rules').textContent()).toContain('覆盖记录（2）');
    await page.goto(new URL('#/', page.url()).href);
    await expect.poll(() => shownTotal(page)).toBe(expected.total);

    // 5. 其他证书种类: a kind with its own validity and reminder window; a duplicate name is refused.
    await page.goto(new URL('#/settings', page.url()).href);
    const kinds = page.locator('section[aria-labelledby="st-kinds"]');
    for (const name of ['急救员证', ' 急救员证 ']) {
      await kinds.getByRole('button', { name: '新增证书种类' }).click();
      const form = kinds.getByRole('form', { name: '新增证书种类' });
      await form.getByLabel('证书名称').fill(name);
      await form.getByLabel('有效期（年）').fill('3');
      await form.getByLabel('提前提醒（天）').fill('45');
      await form.getByRole('button', { name: '保存' }).click();
    }
    await expect.poll(async () => (await kinds.getByRole('alert').textContent()) ?? '').toContain('已有同名');
    expect(await kinds.getByTestId('cert-kind').allTextContents()).toEqual(['急救员证 有效期 3 年 · 到期前 45 天提醒']);
    await kinds.screenshot({ path: '.tmp/screenshots/settings-cert-kinds.png' });
    await expectConsistent(page);
  });
});
