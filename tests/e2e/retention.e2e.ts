import 'fake-indexeddb/auto';
import { execFileSync } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSignaling, type SignalingServer } from '../../scripts/signaling.mjs';
import { addDays, addYears } from '../../src/domain/certificates/date-math';
import { formatDate } from '../../src/domain/format-date';
import { newId } from '../../src/domain/ids';
import { SessionInput } from '../../src/domain/training/session';
import { trainingDocId } from '../../src/docs/doc-id';
import { writeArchiveClaim, writeSession } from '../../src/docs/training-doc';
import { decodeBackup } from '../../src/store/backup/decode-backup';
import { exportBackup } from '../../src/store/backup/export-backup';
import { restoreBackup } from '../../src/store/backup/restore-backup';
import { testWorkspace } from '../../src/store/test-db.testing';
import { appApi, createWorkspace, expectConsistent } from './app-helpers';
import { launchPeer, serveBuilt, shot, type BuiltServer, type Peer } from './harness';

type Api = { exportBytes(): Promise<Uint8Array>; restore(b: Uint8Array): Promise<unknown> };
const today = formatDate(Date.now());
const OLD = '2021年度全员安全复训';
const RECENT = '2025年消防应急演练';

/** Polls until `f` holds (sync is asynchronous; no timing is asserted). */
async function eventually(f: () => Promise<boolean>, what: string, ms = 40_000) {
  const end = Date.now() + ms;
  while (!(await f().catch(() => false))) {
    if (Date.now() > end) throw new Error(`timed out: ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

const join = (parts: Uint8Array[]) => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let o = 0;
  for (const p of parts) (out.set(p, o), (o += p.length));
  return out;
};

/**
 * Adds two training records to the workspace open in `page` (no training form is needed for this test): its backup
 * is restored into a Node database, the sessions are written there, and the result is restored back into the page.
 */
async function seedTrainings(page: Page, url: string) {
  const bytes = await page.evaluate(async () => [...(await (window as unknown as { __safeledger: Api }).__safeledger.exportBytes())]);
  const w = testWorkspace();
  await restoreBackup(w.db, await decodeBackup(new Uint8Array(bytes)));
  const add = async (name: string, date: string, number?: string) => {
    const id = newId();
    await w.docs.change(trainingDocId(id), (doc) => {
      writeSession(doc, id, SessionInput.parse({ name, type: 'refresher', date, place: '培训室', instructor: '王工' }), Date.now());
      if (number) writeArchiveClaim(doc, { group: number.slice(0, -4), seq: 1, device: 'seed', at: Date.now() }, number);
    });
  };
  await add(OLD, addDays(addYears(today, -3), -12), '2021-AQ-FX-001');
  await add(RECENT, addDays(today, -30));
  const file = join((await exportBackup(w.db, 'e2e')).parts);
  w.close();
  await page.evaluate((b) => (window as unknown as { __safeledger: Api }).__safeledger.restore(new Uint8Array(b)), [...file]);
  await page.goto(url);
  await page.locator('[data-ready="workbench"]').waitFor();
}

const trainings = async (page: Page) => ((await (await appApi(page)).dump()).trainings as { name: string }[]).map((t) => t.name).sort();
const orders = async (page: Page) => (await (await appApi(page)).dump()).destroyOrders as { approved: boolean }[];

async function setSignaling(page: Page, urls: string) {
  await page.goto(new URL('#/settings', page.url()).href);
  await page.getByLabel('信令服务器').fill(urls);
  await page.getByRole('button', { name: '保存同步设置' }).click();
}

async function openRetention(page: Page, url: string) {
  await page.goto(new URL('#/training/retention', url).href);
  await page.locator('[data-ready="retention"]').waitFor({ timeout: 30_000 });
}

describe('retention and destruction of training records on two devices', () => {
  let server: BuiltServer;
  let signaling: SignalingServer;
  let a: Peer;
  let b: Peer;

  beforeAll(async () => {
    server = await serveBuilt();
    signaling = await startSignaling({ host: '127.0.0.1', port: 0 });
    a = await launchPeer();
    b = await launchPeer();
  });
  afterAll(async () => {
    await a?.close();
    await b?.close();
    await signaling?.stop();
    await server?.close();
  });

  it('one person cannot approve twice; a second person on another device approves and the record is gone on both', async () => {
    await a.page.goto(server.url);
    await createWorkspace(a.page);
    await seedTrainings(a.page, server.url);
    expect(await trainings(a.page)).toEqual([RECENT, OLD].sort());

    // B joins as 管理员 used by 李主任.
    await setSignaling(a.page, signaling.url);
    await a.page.getByRole('button', { name: '生成邀请' }).click();
    const link = await a.page.getByLabel('邀请链接').inputValue();
    await b.page.goto(link);
    await b.page.getByRole('button', { name: '通过服务器连接' }).click();
    await b.page.getByTestId('join-fingerprint').waitFor({ timeout: 30_000 });
    await a.page.goto(new URL('#/settings', server.url).href);
    const req = a.page.getByTestId('join-request').first();
    await req.waitFor({ timeout: 30_000 });
    await req.getByLabel('管理员', { exact: true }).check();
    await req.getByLabel('使用人姓名（可选）').fill('李主任');
    await req.getByRole('button', { name: '批准' }).click();
    await b.page.locator('[data-ready="workbench"]').waitFor({ timeout: 30_000 });
    await eventually(async () => (await trainings(b.page)).length === 2, 'B receives the training records');

    // A: the overdue record is listed (the recent one is not); A requests its destruction.
    await openRetention(a.page, server.url);
    const rows = a.page.getByTestId('due-row');
    await rows.first().waitFor();
    expect(await rows.count()).toBe(1);
    expect(await rows.first().textContent()).toContain('2021-AQ-FX-001');
    // 12 days overdue by the test runner's calendar; the browser runs in Asia/Shanghai and may be a day ahead.
    expect(await rows.first().textContent()).toMatch(/已到期 1[23] 天/);
    expect(await a.page.locator('.retention').textContent()).toContain('未核实');
    await a.page.getByRole('button', { name: '申请销毁' }).isDisabled();
    await a.page.getByLabel(`选择 ${OLD}`).check();
    await a.page.getByLabel('销毁原因').fill('保管期满，经安全部审查无继续保存价值');
    await a.page.getByRole('button', { name: '申请销毁（已选 1 条）' }).click();
    const orderA = a.page.getByTestId('destroy-order').first();
    await orderA.waitFor();
    expect(await orderA.getAttribute('data-state')).toBe('pending');
    expect(await orderA.textContent()).toContain('待批准（1/2）');

    // The same person (this device) cannot approve a second time: a clear message, nothing changes.
    await orderA.getByRole('button', { name: '批准销毁' }).click();
    await expect.poll(() => orderA.getByRole('alert').textContent()).toContain('本设备已批准过');
    expect((await orders(a.page)).map((o) => o.approved)).toEqual([false]);
    expect(await trainings(a.page)).toEqual([RECENT, OLD].sort());
    await a.page.locator('#rt-due').scrollIntoViewIfNeeded();
    await shot(a.page, 'retention-a-requested');

    // B (李主任, another device) sees the order arrive and approves it.
    await eventually(async () => (await orders(b.page)).length === 1, 'the order reaches B');
    await openRetention(b.page, server.url);
    b.page.once('dialog', (d) => void d.accept());
    await b.page.getByTestId('destroy-order').getByRole('button', { name: '批准销毁' }).click();

    // Both devices delete the record; its order shows as executed; the due list is empty.
    for (const p of [b.page, a.page]) {
      await eventually(async () => JSON.stringify(await trainings(p)) === JSON.stringify([RECENT]), 'record destroyed');
      await p.locator('[data-testid="destroy-order"][data-state="executed"]').waitFor({ timeout: 30_000 });
      await p.getByTestId('due-empty').waitFor();
    }
    await b.page.locator('#rt-h').scrollIntoViewIfNeeded();
    await shot(b.page, 'retention-b-executed');
    await shot(a.page, 'retention-a-executed');

    // The 销毁确认单: a text PDF naming the record, the reason and both approvers.
    const [download] = await Promise.all([
      a.page.waitForEvent('download', { timeout: 60_000 }),
      a.page.getByRole('button', { name: '下载销毁确认单' }).click(),
    ]);
    const file = path.join(await mkdtemp(path.join(os.tmpdir(), 'sl-destroy-')), 'destroy.pdf');
    await download.saveAs(file);
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    for (const s of ['培训档案销毁确认单', '2021-AQ-FX-001', OLD, '保管期满', '李主任']) expect(text).toContain(s);
    execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', file, path.join(process.cwd(), '.tmp', 'screenshots', 'retention-pdf')]);

    await expectConsistent(a.page);
    await expectConsistent(b.page);
  });
});
