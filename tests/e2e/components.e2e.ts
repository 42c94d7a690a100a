import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import jsQR from 'jsqr';
import type { Page } from 'playwright-core';
import { renderSVG } from 'uqr';
import { build } from 'vite';
import solid from 'vite-plugin-solid';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveDist, type DistServer } from '../../scripts/serve.mjs';
import { parseBadge } from '../../src/domain/person-badge';
import { addPersonAndWait, createWorkspace } from './app-helpers';
import type { Seen } from './components.page';
import { launchPeer, servedPeer, shot, type Peer } from './harness';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const seen = (page: Page) => page.evaluate(() => (window as unknown as { sl: Seen }).sl);

/** A QR code of `text` as PNG bytes, rasterised inside the page, with a white margin (as verify.e2e.ts does). */
async function qrPng(page: Page, text: string): Promise<Buffer> {
  const svg = renderSVG(text, { ecc: 'M', border: 4 });
  const bytes = await page.evaluate(async (svg) => {
    const img = new Image();
    img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = canvas.height = 480;
    const g = canvas.getContext('2d')!;
    g.fillStyle = '#fff';
    g.fillRect(0, 0, 480, 480);
    g.imageSmoothingEnabled = false;
    g.drawImage(img, 0, 0, 480, 480);
    const blob = await new Promise<Blob>((resolve) => canvas.toBlob((b) => resolve(b!), 'image/png'));
    return Array.from(new Uint8Array(await blob.arrayBuffer()));
  }, svg);
  return Buffer.from(bytes);
}

/** Draws a zigzag with the mouse from (x0, y0) to (x1, y1), in page pixels. */
async function sign(page: Page, x0: number, y0: number, x1: number, y1: number) {
  await page.mouse.move(x0, y0);
  await page.mouse.down();
  for (let i = 1; i <= 12; i++) await page.mouse.move(x0 + ((x1 - x0) * i) / 12, i % 2 ? y1 : y0, { steps: 3 });
  await page.mouse.up();
}

describe('sign-in and metrics components on a test page', () => {
  let dir: string;
  let server: DistServer;
  let peer: Peer;

  beforeAll(async () => {
    // A tiny page with the components bundled by Vite (Solid's JSX, CSS and the QR worker as in the app).
    await mkdir(path.join(repoRoot, '.tmp'), { recursive: true });
    dir = await mkdtemp(path.join(repoRoot, '.tmp', 'components-page-'));
    const html = path.join(dir, 'index.html');
    await writeFile(html, '<!doctype html><html lang="zh-CN"><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>components</title><div id="root"></div><script type="module" src="/tests/e2e/components.page.tsx"></script></html>');
    await build({
      configFile: false, root: repoRoot, logLevel: 'warn', plugins: [solid()],
      build: { outDir: path.join(dir, 'out'), emptyOutDir: true, target: 'es2022', rollupOptions: { input: html } },
    });
    server = await serveDist({ root: path.join(dir, 'out') });
    peer = await launchPeer();
  });
  afterAll(async () => {
    await peer?.close();
    await server?.close();
    await rm(dir, { recursive: true, force: true });
  });

  const open = async (page: Page) => {
    await page.goto(`${server.url}${path.relative(repoRoot, path.join(dir, 'index.html')).split(path.sep).join('/')}`);
    await page.getByTestId('signature-pad').waitFor();
  };

  it('signs with the mouse: a PNG trimmed to the ink, sharp on a 2× screen, null after 清除', async () => {
    const { page } = peer;
    await open(page);
    const pad = page.getByTestId('signature-pad');
    expect(await pad.getAttribute('aria-label')).toBe('孙电工 签名');
    expect(await pad.evaluate((c) => getComputedStyle(c).touchAction)).toBe('none');
    const box = (await pad.boundingBox())!;
    expect(Math.round(box.width)).toBe(480);

    // Nothing drawn: the clear button is disabled and nothing was reported.
    expect(await page.getByRole('button', { name: '清除' }).isDisabled()).toBe(true);
    await sign(page, box.x + 100, box.y + 60, box.x + 300, box.y + 120);
    await expect.poll(async () => (await seen(page)).signatures.length).toBe(1);
    let s = (await seen(page)).signatures[0]!;
    expect(s.type).toBe('image/png');
    // Ink spans 200 × 60 CSS px; plus line width and margins: the PNG is that box, not the whole 480 × 200 pad.
    expect(s.width).toBeGreaterThan(200);
    expect(s.width).toBeLessThan(230);
    expect(s.height).toBeGreaterThan(60);
    expect(s.height).toBeLessThan(90);
    expect(s.dark).toBeGreaterThan(200);
    expect(await page.locator('.signature-pad').getAttribute('data-signed')).toBe('true');
    await shot(page, 'components-signed');

    // A second stroke widens the box; each stroke reports the whole signature.
    await sign(page, box.x + 20, box.y + 150, box.x + 60, box.y + 170);
    await expect.poll(async () => (await seen(page)).signatures.length).toBe(2);
    s = (await seen(page)).signatures[1]!;
    expect(s.width).toBeGreaterThan(280);
    expect(s.height).toBeGreaterThan(110);

    await page.getByRole('button', { name: '清除' }).click();
    await expect.poll(async () => (await seen(page)).signatures.at(-1)).toBeNull();
    expect(await page.locator('.signature-pad').getAttribute('data-signed')).toBe('false');
    expect(await pad.evaluate((c: HTMLCanvasElement) => {
      const px = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
      return px.some((v, i) => i % 4 === 3 && v > 0);
    })).toBe(false);

    // On a phone (390 px wide, 2× pixels) the pad is shown smaller: strokes land where the finger is, and the PNG
    // has the screen's pixels (capped at 600 × 240).
    await page.setViewportSize({ width: 390, height: 844 });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setDeviceMetricsOverride', { width: 390, height: 844, deviceScaleFactor: 2, mobile: true });
    await open(page);
    const small = (await pad.boundingBox())!;
    expect(small.width).toBeLessThan(400);
    const k = 480 / small.width;
    await sign(page, small.x + 40, small.y + 30, small.x + 140, small.y + 60);
    await expect.poll(async () => (await seen(page)).signatures.length).toBe(1);
    s = (await seen(page)).signatures[0]!;
    // 100 page px = 100·k pad px = 200·k device px of ink, plus margins.
    expect(s.width).toBeGreaterThan(2 * 100 * k);
    expect(s.width).toBeLessThan(2 * (100 * k + 24));
    expect(await pad.evaluate((c: HTMLCanvasElement) => c.width)).toBe(960);
    await shot(page, 'components-phone');
    await sign(page, small.x + 5, small.y + 5, small.x + small.width - 5, small.y + small.height - 5);
    await expect.poll(async () => (await seen(page)).signatures.length).toBe(2);
    s = (await seen(page)).signatures[1]!;
    expect(s.width).toBeLessThanOrEqual(600);
    expect(s.height).toBeLessThanOrEqual(240);
    expect(s.width / s.height).toBeCloseTo(480 / 200, 0);
    await cdp.send('Emulation.clearDeviceMetricsOverride');
    await page.setViewportSize({ width: 1280, height: 720 });
  });

  it('draws a grouped bar chart with axis, legend, tooltips and a summary for screen readers', async () => {
    const { page } = peer;
    await open(page);
    const chart = page.getByRole('img', { name: /柱状图/ });
    expect(await chart.getAttribute('aria-label')).toBe('柱状图：完整率、及时率、规范率，2025-01 至 2025-06');
    // 6 months × 3 series, minus the 3 missing values of April.
    expect(await chart.locator('rect').count()).toBe(15);
    const titles = await chart.locator('rect title').allTextContents();
    expect(titles).toContain('2025-02 完整率：92.5%');
    expect(titles).toContain('2025-05 规范率：0%');
    expect(titles.some((x) => x.startsWith('2025-04'))).toBe(false);
    const axis = await chart.locator('text').allTextContents();
    for (const s of ['0%', '50%', '100%', '2025-01', '2025-06']) expect(axis).toContain(s);
    expect(await page.locator('figcaption').textContent()).toBe('完整率及时率规范率');
    // Bars scale to the axis: 100 % is twice as tall as 50 %.
    const h = async (title: string) => Number(await chart.locator('rect', { has: page.locator(`title:text-is("${title}")`) }).getAttribute('height'));
    expect(await h('2025-01 完整率：100%')).toBeCloseTo(2 * (await h('2025-05 及时率：50%')), 5);
    await page.locator('.bar-chart').scrollIntoViewIfNeeded();
    await shot(page, 'components-chart');
  });

  it('reads a badge QR from a photo or pasted text, and says so when a photo has no code', async () => {
    const { page } = peer;
    await open(page);
    const payload = 'SLB1.0192f3a4-5b6c-7d8e-9f01-23456789abcd.E001';
    await page.getByLabel('选择胸卡照片').setInputFiles({ name: 'badge.png', mimeType: 'image/png', buffer: await qrPng(page, payload) });
    await expect.poll(async () => (await seen(page)).texts).toEqual([payload]);
    expect(await page.getByTestId('last-scan').textContent()).toBe(payload);

    const blank = Buffer.from(await page.evaluate(async () => {
      const c = document.createElement('canvas');
      c.width = c.height = 300;
      const g = c.getContext('2d')!;
      g.fillStyle = '#fff';
      g.fillRect(0, 0, 300, 300);
      g.fillStyle = '#333';
      g.fillRect(100, 100, 100, 40);
      const b = await new Promise<Blob>((resolve) => c.toBlob((x) => resolve(x!), 'image/png'));
      return Array.from(new Uint8Array(await b.arrayBuffer()));
    }));
    await page.getByLabel('选择胸卡照片').setInputFiles({ name: 'blank.png', mimeType: 'image/png', buffer: blank });
    await expect.poll(async () => (await seen(page)).errors.length).toBe(1);
    expect(await page.getByRole('alert').textContent()).toContain('未能从照片中读出二维码');

    // No camera in this browser: a message, the other inputs keep working.
    await page.getByRole('button', { name: '打开摄像头扫码' }).click();
    await expect.poll(async () => (await seen(page)).errors.length).toBe(2);
    expect((await seen(page)).errors[1]).toMatch(/摄像头/);
    // One message at a time, and it names this scanner's photo button.
    expect(await page.getByRole('alert').textContent()).toContain('选择胸卡照片');

    await page.getByText('粘贴胸卡二维码文本').click();
    await page.getByRole('textbox', { name: '粘贴胸卡二维码文本' }).fill(`  ${payload}\n`);
    await page.getByRole('button', { name: '签到', exact: true }).click();
    await expect.poll(async () => (await seen(page)).texts).toEqual([payload, payload]);
    expect(await page.getByRole('alert').count()).toBe(0);
    await page.locator('.qr-scanner').scrollIntoViewIfNeeded();
    await shot(page, 'components-scanner');
  });
});

describe('打印胸卡 on the dossier, and 扫码核验 with the shared scanner', () => {
  const served = servedPeer();

  it('prints a badge PDF whose QR code names the person, which the verify page reads as not a card', async () => {
    const { page } = served.peer();
    await page.goto(served.server().url);
    await createWorkspace(page);
    await addPersonAndWait(page, { name: '孙电工', workNo: 'E-001', idNumber: '11010519491231002X' });
    const personId = /#\/people\/([0-9a-f-]{36})/.exec(page.url())![1]!;

    const out = mkdtempSync(path.join(os.tmpdir(), 'sl-badge-e2e-'));
    try {
      const [download] = await Promise.all([
        page.waitForEvent('download', { timeout: 60_000 }),
        page.getByRole('button', { name: '打印胸卡' }).click(),
      ]);
      expect(download.suggestedFilename()).toMatch(/^孙电工胸卡-\d{4}-\d{2}-\d{2}\.pdf$/);
      const pdf = path.join(out, 'badge.pdf');
      await download.saveAs(pdf);
      const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
      for (const s of ['人员胸卡', '孙电工', 'E-001', '苏州测试化工有限公司', '扫码签到']) expect(text).toContain(s);
      expect(text.replace(/\s+/g, ' ')).toContain('第 1 页/共 1 页');
      expect(text).not.toContain('11010519491231002X');
      // The first badge, rendered at 300 dpi and scanned: its QR names this person and 工号, nothing else.
      execFileSync('pdftoppm', ['-gray', '-r', '300', '-f', '1', '-l', '1', '-x', '0', '-y', '0', '-W', '1240', '-H', '1100', pdf, path.join(out, 'page')]);
      const pgm = readFileSync(path.join(out, 'page-1.pgm'));
      const m = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(pgm.subarray(0, 40).toString('latin1'))!;
      const [w, h] = [Number(m[1]), Number(m[2])];
      const grey = pgm.subarray(m[0].length);
      const rgba = new Uint8ClampedArray(w * h * 4);
      for (let i = 0; i < w * h; i++) rgba.set([grey[i]!, grey[i]!, grey[i]!, 255], i * 4);
      const qr = jsQR(rgba, w, h)?.data ?? '';
      expect(parseBadge(qr)).toEqual({ personId, workNo: 'E-001' });
      await shot(page, 'components-dossier-badge');

      // 扫码核验 now runs on the shared QrScanner: a badge is a QR code but not a certificate card.
      await page.getByRole('link', { name: '扫码核验' }).click();
      await page.getByRole('heading', { name: '扫码核验' }).waitFor();
      const png = execFileSync('pdftoppm', ['-png', '-r', '200', '-f', '1', '-l', '1', '-x', '0', '-y', '0', '-W', '830', '-H', '740', pdf]);
      await page.getByLabel('选择卡片照片').setInputFiles({ name: 'badge.png', mimeType: 'image/png', buffer: png });
      const result = page.getByTestId('verify-result');
      await result.waitFor();
      expect(await result.getAttribute('data-kind')).toBe('unknown');
      await shot(page, 'components-verify-badge');
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});
