import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { addCertificate, addPersonAndWait, createWorkspace } from './app-helpers';
import { servedPeer, shot } from './harness';

const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
const out = mkdtempSync(join(tmpdir(), 'sl-pdf-e2e-'));

/** Clicks 导出档案 PDF and returns the downloaded file's name and text (pdftotext -layout). */
async function exportDossier(page: Page, n: number): Promise<{ name: string; text: string }> {
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 60_000 }),
    page.getByRole('button', { name: '导出档案 PDF' }).click(),
  ]);
  const file = join(out, `dossier-${n}.pdf`);
  await download.saveAs(file);
  return { name: download.suggestedFilename(), text: execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }) };
}

describe('dossier PDF (一人一档)', () => {
  const served = servedPeer();

  it('exports the dossier as a text PDF; the CJK font is fetched once, kept in Cache Storage and works offline', async () => {
    const { page, context } = served.peer();
    // Font downloads that reached the network and completed (an offline attempt fails and is not counted).
    const fontRequests: string[] = [];
    page.on('requestfinished', (r) => void (r.url().endsWith('.ttf') && fontRequests.push(r.url())));
    await page.goto(served.server().url);
    await createWorkspace(page);
    await addPersonAndWait(page, { name: '孙电工', workNo: 'E001', idNumber: '11010519491231002X' });
    await addCertificate(page, { number: 'T11010519491231002X', firstIssue: '2023-05-10' });
    await page.waitForFunction(() => !!navigator.serviceWorker.controller, undefined, { timeout: 30_000 });

    // Offline before the font was ever downloaded: a clear Chinese message, no download.
    await context.setOffline(true);
    await page.getByRole('button', { name: '导出档案 PDF' }).click();
    await expect.poll(() => page.getByRole('alert').textContent(), { timeout: 30_000 }).toContain('首次生成 PDF 需联网下载中文字体');
    await shot(page, 'pdf-offline-first');
    await context.setOffline(false);

    const first = await exportDossier(page, 1);
    expect(first.name).toMatch(/^孙电工（E001）人员档案-\d{4}-\d{2}-\d{2}\.pdf$/);
    for (const s of ['人员安全档案（一人一档）', '苏州测试化工有限公司', '孙电工', '11010519491231002X', 'T11010519491231002X', '低压电工作业', '第 1 页', '内部资料 注意保密']) {
      expect(first.text).toContain(s);
    }
    expect(await page.getByRole('alert').count()).toBe(0);
    await shot(page, 'pdf-dossier-header');

    // Second PDF: no new fetch. The font sits in Cache Storage `sl-fonts`, never in the service worker's precache.
    await exportDossier(page, 2);
    expect(fontRequests).toHaveLength(1);
    const cached = await page.evaluate(async () => (await (await caches.open('sl-fonts')).keys()).map((r) => r.url));
    expect(cached).toEqual(fontRequests);
    expect(readFileSync(join(dist, 'sw.js'), 'utf8')).not.toMatch(/\.ttf/);

    // After a reload, offline: the font comes from Cache Storage.
    await context.setOffline(true);
    await page.reload();
    await page.locator('[data-ready="dossier"]').waitFor();
    const offline = await exportDossier(page, 3);
    expect(offline.text).toContain('T11010519491231002X');
    expect(fontRequests).toHaveLength(1);
    await context.setOffline(false);
  });
});
