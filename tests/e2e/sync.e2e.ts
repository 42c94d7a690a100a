import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSignaling, type SignalingServer } from '../../scripts/signaling.mjs';
import { addPersonAndWait, appApi, createWorkspace, expectConsistent } from './app-helpers';
import { launchPeer, serveBuilt, shot, type BuiltServer, type Peer } from './harness';

type View = { peers: { phase: string; deviceId?: string }[]; devices: { id: string }[]; requests: unknown[] };
const syncView = (page: Page) => page.evaluate(() => (window as unknown as { __safeledger: { syncView(): Promise<View> } }).__safeledger.syncView());
const people = async (page: Page) =>
  ((await (await appApi(page)).dump()).people as { id: string; name: string; phone?: string; photoBlobId?: string }[])
    .map((p) => `${p.name}|${p.phone ?? ''}|${p.photoBlobId ?? ''}`).sort();

/** Polls until `f` holds (sync is asynchronous; no timing is asserted). */
async function eventually(f: () => Promise<boolean>, what: string, ms = 30_000) {
  const end = Date.now() + ms;
  while (!(await f().catch(() => false))) {
    if (Date.now() > end) throw new Error(`timed out: ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

const converged = async (a: Page, b: Page) => JSON.stringify(await people(a)) === JSON.stringify(await people(b));

async function setSignaling(page: Page, urls: string) {
  await page.goto(new URL('#/settings', page.url()).href);
  await page.getByLabel('信令服务器').fill(urls);
  await page.getByRole('button', { name: '保存同步设置' }).click();
}

async function approve(page: Page, fingerprint: string) {
  await page.goto(new URL('#/settings', page.url()).href);
  const req = page.getByTestId('join-request').first();
  await req.waitFor({ timeout: 30_000 });
  expect(await req.textContent()).toContain(fingerprint);
  await req.getByRole('button', { name: '批准' }).click();
}

async function shownFingerprint(page: Page): Promise<string> {
  const el = page.getByTestId('join-fingerprint');
  await el.waitFor({ timeout: 30_000 });
  return ((await el.textContent()) ?? '').trim();
}

describe('peer sync between two Chromium processes', () => {
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

  it('joins by invite through the signaling server; edits (with a photo) converge both ways', async () => {
    await a.page.goto(server.url);
    await createWorkspace(a.page);
    await addPersonAndWait(a.page, { name: '张三', workNo: 'A001', idNumber: '11010519491231002X' });
    await setSignaling(a.page, signaling.url);
    await a.page.getByRole('button', { name: '生成邀请' }).click();
    const link = await a.page.getByLabel('邀请链接').inputValue();
    expect(link).toContain('#/join/SLI1.');

    await b.page.goto(link);
    await b.page.getByRole('button', { name: '通过服务器连接' }).click();
    const fp = await shownFingerprint(b.page);
    await approve(a.page, fp);
    await b.page.locator('[data-ready="workbench"]').waitFor({ timeout: 30_000 });
    await eventually(async () => (await people(b.page)).length === 1, 'B receives the dossier');

    // Edits on both sides: a new person on A, a phone number and a photo on B.
    await addPersonAndWait(a.page, { name: '李四', workNo: 'A002', idNumber: '110105195001010039' });
    const zhang = ((await (await appApi(b.page)).dump()).people as { id: string }[])[0]!.id;
    await b.page.goto(new URL(`#/people/${zhang}`, server.url).href);
    // B was approved as 记录员: the ID number is masked on its dossier (脱敏); A, the admin, sees it in full.
    await eventually(async () => ((await b.page.locator('.identity').textContent()) ?? '').includes('1101**********002X'), 'ID masked on B');
    expect(await b.page.locator('.identity').textContent()).not.toContain('11010519491231002X');
    await b.page.getByLabel('上传照片').setInputFiles({ name: 'p.png', mimeType: 'image/png', buffer: await readFile('public/icons/icon-192.png') });
    await eventually(async () => (await people(b.page)).some((p) => p.split('|')[2]), 'photo stored on B');
    await eventually(() => converged(a.page, b.page), 'both converge');
    await eventually(async () => ((await (await appApi(a.page)).counts()).blobs ?? 0) >= 1, 'photo blob reached A');
    await a.page.goto(new URL('#/settings', server.url).href);
    await a.page.locator('[data-testid="peer-row"][data-phase="synced"]').first().waitFor({ timeout: 30_000 });
    await a.page.getByRole('heading', { name: '在线设备' }).scrollIntoViewIfNeeded();
    await shot(a.page, 'sync-a-settings');
    await expectConsistent(a.page);
    await expectConsistent(b.page);
  });

  it('one side goes offline, both edit, it returns: both converge', async () => {
    await setSignaling(b.page, '');
    await eventually(async () => (await syncView(a.page)).peers.every((p) => p.phase === 'closed'), 'A sees B gone');
    await addPersonAndWait(a.page, { name: '王五', workNo: 'A003', idNumber: '110105196001010041' });
    await addPersonAndWait(b.page, { name: '赵六', workNo: 'B001', idNumber: '110105197001010054' });
    expect(await converged(a.page, b.page)).toBe(false);
    await setSignaling(b.page, signaling.url);
    await eventually(() => converged(a.page, b.page), 'converge after reconnect');
    expect((await people(a.page)).length).toBe(4);
  });

  it('a sync file carries changes with no connection at all', async () => {
    await setSignaling(a.page, '');
    await setSignaling(b.page, '');
    await addPersonAndWait(a.page, { name: '孙七', workNo: 'A004', idNumber: '110105198001010067' });
    expect(await converged(a.page, b.page)).toBe(false);
    // B exports its state summary; A makes a sync file of what B lacks; B imports it.
    await b.page.goto(new URL('#/settings', server.url).href);
    const [summary] = await Promise.all([b.page.waitForEvent('download'), b.page.getByRole('button', { name: '导出本机状态摘要' }).click()]);
    await a.page.goto(new URL('#/settings', server.url).href);
    await a.page.getByLabel('同事的状态摘要').setInputFiles((await summary.path())!);
    const [bundle] = await Promise.all([a.page.waitForEvent('download'), a.page.getByRole('button', { name: '导出同步文件' }).click()]);
    await b.page.getByLabel('导入同步文件').setInputFiles((await bundle.path())!);
    await eventually(() => converged(a.page, b.page), 'converge by file');
  });
});

describe('pairing with no signaling server at all', () => {
  it('a new device joins and syncs by exchanging codes as text', async () => {
    const server = await serveBuilt();
    const a = await launchPeer();
    const c = await launchPeer();
    try {
      await a.page.goto(server.url);
      await createWorkspace(a.page);
      await addPersonAndWait(a.page, { name: '周八', workNo: 'P001', idNumber: '11010519491231002X' });
      await a.page.goto(new URL('#/settings', server.url).href);
      await a.page.getByLabel('同时允许新设备加入').check();
      await a.page.getByRole('button', { name: '生成配对码' }).click();
      const offer = await a.page.getByLabel('配对码', { exact: true }).inputValue();

      await c.page.goto(server.url);
      await c.page.getByLabel('粘贴对方的配对码').fill(offer);
      await c.page.getByRole('button', { name: '生成应答码' }).click();
      const answer = await c.page.getByLabel('应答码', { exact: true }).inputValue();
      await a.page.getByLabel('粘贴对方的应答码').fill(answer);
      await a.page.getByRole('button', { name: '连接' }).click();
      const fp = await shownFingerprint(c.page);
      await approve(a.page, fp);
      await c.page.locator('[data-ready="workbench"]').waitFor({ timeout: 30_000 });
      await eventually(() => converged(a.page, c.page), 'paired devices converge');
      await addPersonAndWait(a.page, { name: '吴九', workNo: 'P002', idNumber: '11010519900101007X' });
      await eventually(() => converged(a.page, c.page), 'a live edit crosses the paired link');
    } finally {
      await a.close();
      await c.close();
      await server.close();
    }
  });
});
