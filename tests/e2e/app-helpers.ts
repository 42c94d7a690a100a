import { expect } from 'vitest';
import type { Page } from 'playwright-core';

/** The diagnostics API the app installs on window (src/app/debug-api.ts). */
type Api = {
  counts(): Promise<Record<string, number>>;
  dump(): Promise<Record<string, unknown[]>>;
  verifyProjections(): Promise<string[]>;
  createPeople(n: number, batch: number, prefix: string): Promise<string[]>;
  exportBytes(): Promise<Uint8Array>;
};

/** Waits for the app to boot and returns a caller for its diagnostics API. */
export async function appApi(page: Page) {
  await page.waitForFunction(() => '__safeledger' in window, undefined, { timeout: 30_000 });
  return {
    counts: () => page.evaluate(() => (window as unknown as { __safeledger: Api }).__safeledger.counts()),
    dump: () => page.evaluate(() => (window as unknown as { __safeledger: Api }).__safeledger.dump()),
    verify: () => page.evaluate(() => (window as unknown as { __safeledger: Api }).__safeledger.verifyProjections()),
  };
}

/** Creates a workspace from the welcome screen and waits for the workbench. */
export async function createWorkspace(page: Page, name = '苏州测试化工有限公司') {
  await page.getByLabel('企业名称').fill(name);
  await page.getByRole('button', { name: '创建' }).click();
  await page.locator('[data-ready="workbench"]').waitFor();
}

/** Fills the new-person form and saves. */
export async function addPerson(page: Page, p: { name: string; workNo: string; idNumber: string; phone?: string }) {
  await page.goto(new URL('#/people/new', page.url()).href);
  await page.getByLabel('姓名').fill(p.name);
  await page.getByLabel('工号').fill(p.workNo);
  await page.getByLabel('身份证号').fill(p.idNumber);
  if (p.phone) await page.getByLabel('手机/电话').fill(p.phone);
  await page.getByRole('button', { name: '保存' }).click();
}

/** addPerson, then waits until the new dossier is shown (the app navigates there once the save is stored). */
export async function addPersonAndWait(page: Page, p: { name: string; workNo: string; idNumber: string; phone?: string }) {
  await addPerson(page, p);
  await page.locator('[data-ready="dossier"] h1', { hasText: p.name }).waitFor();
}

/** The message shown under a labelled field. */
export async function fieldMessage(page: Page, label: string): Promise<string> {
  const id = await page.getByLabel(label).first().getAttribute('aria-describedby');
  return (await page.locator(`#${id}`).textContent()) ?? '';
}

/** Asserts the store is consistent: projections equal a rebuild from the update log. */
export async function expectConsistent(page: Page) {
  const api = await appApi(page);
  expect(await api.verify()).toEqual([]);
}

/** A date `years` years and `days` days before today (the test runner's calendar), as YYYY-MM-DD. */
export function ago(years: number, days = 0): string {
  const d = new Date();
  d.setFullYear(d.getFullYear() - years);
  d.setDate(d.getDate() - days);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/**
 * Adds a certificate on the open dossier through its form and waits for the form to close: a special-operations
 * card (category/item, default 1 电工作业 / 1.2 低压电工作业), or another kind chosen by its label.
 */
export async function addCertificate(page: Page, c: { number: string; firstIssue: string; category?: string; item?: string; kind?: string }) {
  await page.getByRole('button', { name: '新增证书' }).click();
  const form = page.getByRole('form', { name: '新增证书' });
  if (c.kind) await form.getByLabel('证书种类').selectOption({ label: c.kind });
  else {
    await form.getByLabel('作业类别').selectOption(c.category ?? '1');
    await form.getByLabel('准操项目').selectOption(c.item ?? '1.2');
  }
  await form.getByLabel('证号').fill(c.number);
  await form.getByLabel('发证机关').fill('苏州市应急管理局');
  await form.getByLabel('初领日期').fill(c.firstIssue);
  await form.getByRole('button', { name: '保存' }).click();
  await form.waitFor({ state: 'detached' });
}
