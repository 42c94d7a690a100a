import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { renderSVG } from 'uqr';
import { addCertificate, addPersonAndWait, appApi, createWorkspace } from './app-helpers';
import { servedPeer, shot } from './harness';

type Api = { issueCard(certId: string): Promise<string>; dump(): Promise<{ certificates: { id: string }[] }> };

/** A QR code of `text` as PNG bytes, rasterised inside the page (SVG → image → canvas → PNG), with a white margin. */
async function qrPng(page: Page, text: string): Promise<Buffer> {
  const svg = renderSVG(text, { ecc: 'M', border: 4 });
  const bytes = await page.evaluate(async (svg) => {
    const img = new Image();
    img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = canvas.height = 600;
    const g = canvas.getContext('2d')!;
    g.fillStyle = '#fff';
    g.fillRect(0, 0, 600, 600);
    g.imageSmoothingEnabled = false;
    g.drawImage(img, 0, 0, 600, 600);
    const blob = await new Promise<Blob>((resolve) => canvas.toBlob((b) => resolve(b!), 'image/png'));
    return Array.from(new Uint8Array(await blob.arrayBuffer()));
  }, svg);
  return Buffer.from(bytes);
}

/** The card text with one character of the holder's name changed inside the signed JSON (signature kept). */
function alterName(text: string, from: string, to: string): string {
  const [prefix, body, sig] = text.split('.');
  const json = Buffer.from(body!, 'base64url').toString('utf8');
  expect(json).toContain(from);
  return `${prefix}.${Buffer.from(json.replace(from, to), 'utf8').toString('base64url')}.${sig}`;
}

/** Prints the dossier's cards (打印证书卡片) and returns the top-left quarter of page 1 as a 300 dpi PNG (first card). */
async function printedCardPng(page: Page): Promise<{ name: string; text: string; png: Buffer }> {
  const out = mkdtempSync(join(tmpdir(), 'sl-verify-e2e-'));
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 60_000 }),
    page.getByRole('button', { name: '打印证书卡片' }).click(),
  ]);
  const pdf = join(out, 'cards.pdf');
  await download.saveAs(pdf);
  execFileSync('pdftoppm', ['-png', '-r', '300', '-f', '1', '-l', '1', '-x', '0', '-y', '0', '-W', '1240', '-H', '1180', pdf, join(out, 'card')]);
  const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
  const png = readFileSync(join(out, 'card-1.png'));
  rmSync(out, { recursive: true, force: true });
  return { name: download.suggestedFilename(), text, png };
}

async function scanPhoto(page: Page, png: Buffer) {
  await page.getByLabel('选择卡片照片').setInputFiles({ name: 'card.png', mimeType: 'image/png', buffer: png });
  const result = page.getByTestId('verify-result');
  await result.waitFor();
  return result;
}

describe('扫码核验 of certificate cards', () => {
  const served = servedPeer();

  it('verifies a genuine card offline from a photo, and rejects an altered one and a foreign QR code', async () => {
    const { page, context } = served.peer();
    await page.goto(served.server().url);
    await createWorkspace(page);
    await addPersonAndWait(page, { name: '孙电工', workNo: 'E001', idNumber: '11010519491231002X' });
    await addCertificate(page, { number: 'T11010519491231002X', firstIssue: `${new Date().getFullYear() - 1}-03-01` });

    await appApi(page);
    const certId = (await page.evaluate(() => (window as unknown as { __safeledger: Api }).__safeledger.dump())).certificates[0]!.id;
    // The members log is founded just after the workspace (sync service, after first paint): retry until then.
    let qr = '';
    await expect.poll(async () => {
      qr = await page.evaluate((id) => (window as unknown as { __safeledger: Api }).__safeledger.issueCard(id), certId).catch(() => '');
      return qr;
    }, { timeout: 30_000 }).toMatch(/^SLC1\./);
    expect(qr).not.toContain('11010519491231002X');

    // The dossier prints the signed cards as a PDF (font fetched while online).
    await page.locator('#d-cert').scrollIntoViewIfNeeded();
    await shot(page, 'verify-dossier-print');
    const printed = await printedCardPng(page);
    expect(printed.name).toMatch(/^孙电工证书卡片-\d{4}-\d{2}-\d{2}\.pdf$/);
    expect(printed.text).toContain('孙电工');
    expect(printed.text).not.toContain('11010519491231002X');

    await page.waitForFunction(() => !!navigator.serviceWorker.controller, undefined, { timeout: 30_000 });
    await page.getByRole('link', { name: '扫码核验' }).click();
    await page.getByRole('heading', { name: '扫码核验' }).waitFor();
    const genuine = await qrPng(page, qr);
    const altered = await qrPng(page, alterName(qr, '孙电工', '孙电士'));
    const foreign = await qrPng(page, 'https://example.com/not-a-card?id=42');

    await context.setOffline(true);
    // No camera here: the refusal is a message, and the photo input still works.
    await page.getByRole('button', { name: '打开摄像头扫码' }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toMatch(/摄像头/);

    let result = await scanPhoto(page, genuine);
    expect(await result.getAttribute('data-kind')).toBe('valid');
    expect(await result.locator('.verdict').textContent()).toContain('有效');
    const text = (await result.textContent())!;
    for (const s of ['孙电工', '1101**********002X', 'T1101**********002X', '低压电工作业', '苏州测试化工有限公司']) expect(text).toContain(s);
    expect(await page.locator('.pill').first().textContent()).toBe('离线');
    await shot(page, 'verify-valid');
    await page.setViewportSize({ width: 390, height: 844 });
    await shot(page, 'verify-valid-phone');
    await page.setViewportSize({ width: 1280, height: 720 });

    // The card as printed in the PDF verifies too.
    result = await scanPhoto(page, printed.png);
    expect(await result.getAttribute('data-kind')).toBe('valid');

    result = await scanPhoto(page, altered);
    expect(await result.getAttribute('data-kind')).toBe('invalid');
    expect(await result.locator('.verdict').textContent()).toContain('签名无效');
    await shot(page, 'verify-altered');

    result = await scanPhoto(page, foreign);
    expect(await result.getAttribute('data-kind')).toBe('unknown');
    expect(await result.locator('.verdict').textContent()).toContain('无法识别');

    // The paste fallback reads the same texts.
    await page.getByText('粘贴二维码文本').click();
    await page.getByRole('textbox', { name: '粘贴二维码文本' }).fill(qr);
    await page.getByRole('button', { name: '核验', exact: true }).click();
    await expect.poll(() => page.getByTestId('verify-result').getAttribute('data-kind')).toBe('valid');
    await context.setOffline(false);
  });
});
