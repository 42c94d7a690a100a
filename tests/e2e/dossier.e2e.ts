import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { addCertificate, addPersonAndWait, createWorkspace, expectConsistent, fieldMessage } from './app-helpers';
import { servedPeer, shot } from './harness';

/** A PNG made by the browser itself (a 400×250 card-like picture), as bytes for a file input. */
async function pngBytes(page: Page): Promise<Buffer> {
  const bytes = await page.evaluate(async () => {
    const c = new OffscreenCanvas(400, 250);
    const g = c.getContext('2d')!;
    g.fillStyle = '#cfe8ff';
    g.fillRect(0, 0, 400, 250);
    g.fillStyle = '#0f5f54';
    g.fillRect(20, 20, 90, 120);
    g.font = '28px sans-serif';
    g.fillText('T110105', 130, 80);
    return [...new Uint8Array(await (await c.convertToBlob({ type: 'image/png' })).arrayBuffer())];
  });
  return Buffer.from(bytes);
}

async function addDose(page: Page, from: string, to: string, dose: string) {
  await page.getByRole('button', { name: '新增剂量记录' }).click();
  const form = page.getByRole('form', { name: '新增剂量记录' });
  await form.getByLabel('开始日期').fill(from);
  await form.getByLabel('结束日期').fill(to);
  await form.getByLabel('剂量（mSv）').fill(dose);
  await form.getByLabel('监测机构').fill('江苏省疾病预防控制中心');
  await form.getByLabel('报告编号').fill(`JS-${from}`);
  await form.getByRole('button', { name: '保存' }).click();
  await form.waitFor({ state: 'detached' });
}

describe('dossier records', () => {
  const served = servedPeer();

  it('keeps work history, doses with the annual sum, notes, operation items and certificate scans across a reload', async () => {
    const { page } = served.peer();
    await page.goto(served.server().url);
    await createWorkspace(page);
    await addPersonAndWait(page, { name: '周放射', workNo: 'R001', idNumber: '11010519491231002X' });
    await page.getByRole('navigation', { name: '档案目录' }).waitFor();

    // 作业经历: a reversed period is refused at its field and nothing is stored; then a good line.
    await page.getByRole('button', { name: '新增作业经历' }).click();
    const work = page.getByRole('form', { name: '新增作业经历' });
    await work.getByLabel('开始日期').fill('2015-03-01');
    await work.getByLabel('结束日期').fill('2014-12-31');
    await work.getByLabel('工作单位/作业场所').fill('苏州某化工厂 配电房');
    await work.getByLabel('作业内容/工种').fill('低压电工');
    await work.getByLabel('从事年限').fill('4.5');
    await work.getByRole('button', { name: '保存' }).click();
    expect(await fieldMessage(page, '结束日期')).toBe('结束日期不能早于开始日期');
    expect(await page.getByTestId('work-history').count()).toBe(0);
    await shot(page, 'dossier-work-form');
    await work.getByLabel('结束日期').fill('2019-06-30');
    await work.getByRole('button', { name: '保存' }).click();
    await work.waitFor({ state: 'detached' });
    await expect.poll(() => page.getByTestId('work-history').textContent()).toContain('2015-03-01 ～ 2019-06-30');

    // 个人剂量: two periods of one year summing above 20 mSv → the year is flagged.
    await page.getByRole('button', { name: '新增剂量记录' }).click();
    const bad = page.getByRole('form', { name: '新增剂量记录' });
    await bad.getByLabel('剂量（mSv）').fill('1.2345');
    await bad.getByRole('button', { name: '保存' }).click();
    expect(await fieldMessage(page, '剂量（mSv）')).toContain('最多 3 位小数');
    await bad.getByRole('button', { name: '取消' }).click();
    await addDose(page, '2024-01-01', '2024-06-30', '12.5');
    await addDose(page, '2024-07-01', '2024-12-31', '8.25');
    await addDose(page, '2025-01-01', '2025-03-31', '0.125');
    const year2024 = page.getByTestId('dose-year').filter({ hasText: '2024' });
    await expect.poll(() => year2024.textContent()).toContain('2024 年合计 20.750 mSv');
    expect(await year2024.textContent()).toContain('超过年限值 20 mSv');
    expect(await page.getByTestId('dose-year').filter({ hasText: '2025' }).getAttribute('data-over')).toBe('false');

    // 备注: several lines.
    await page.getByRole('button', { name: '修改备注' }).click();
    await page.getByRole('form', { name: '修改备注' }).getByLabel('备注').fill('2024 年起从事放射作业\n每季度送检剂量计');
    await page.getByRole('form', { name: '修改备注' }).getByRole('button', { name: '保存' }).click();
    await expect.poll(() => page.getByTestId('notes').textContent()).toBe('2024 年起从事放射作业\n每季度送检剂量计');

    // 操作项目 from the catalog, shown as code + name; the same item twice is refused.
    for (let i = 0; i < 2; i++) {
      await page.getByRole('button', { name: '登记操作项目' }).click();
      const ops = page.getByRole('form', { name: '登记操作项目' });
      await ops.getByLabel('作业类别').selectOption('1');
      await ops.getByLabel('操作项目').selectOption('1.2');
      await ops.getByRole('button', { name: '保存' }).click();
      if (i === 1) await shot(page, 'dossier-ops-form');
      if (i === 0) await ops.waitFor({ state: 'detached' });
      else {
        const id = await ops.getByLabel('操作项目').getAttribute('aria-describedby');
        expect(await page.locator(`#${id}`).textContent()).toBe('已登记过该操作项目');
        await ops.getByRole('button', { name: '取消' }).click();
      }
    }
    await expect.poll(() => page.getByTestId('operations').textContent()).toContain('1.2低压电工作业');
    expect(await page.getByTestId('operations').locator('li').count()).toBe(1);

    // 证书 with a scan: a picture is attached (downscaled, stored as a blob); a text file is refused.
    await addCertificate(page, { number: 'T11010519491231002X', firstIssue: '2024-05-01' });
    const upload = page.getByLabel('上传扫描件 T11010519491231002X');
    await upload.setInputFiles({ name: 'readme.txt', mimeType: 'text/plain', buffer: Buffer.from('not a scan') });
    await expect.poll(() => page.getByTestId('cert-scans').getByRole('alert').textContent()).toContain('只能上传图片或 PDF');
    await upload.setInputFiles({ name: '证书正面.png', mimeType: 'image/png', buffer: await pngBytes(page) });
    await page.getByTestId('cert-scans').getByRole('img', { name: '扫描件 1' }).waitFor();

    const check = async () => {
      await page.locator('[data-ready="dossier"]').waitFor();
      await expect.poll(() => page.getByTestId('work-history').textContent(), { timeout: 15_000 }).toContain('苏州某化工厂 配电房');
      expect(await page.getByTestId('work-history').textContent()).toContain('4.5');
      expect(await year2024.getByTestId('dose-over').count()).toBe(1);
      expect(await page.getByTestId('notes').textContent()).toBe('2024 年起从事放射作业\n每季度送检剂量计');
      expect(await page.getByTestId('operations').textContent()).toContain('电工作业');
      await page.getByTestId('cert-scans').getByRole('img', { name: '扫描件 1' }).waitFor();
      expect(await page.getByTestId('edit-history').textContent()).toContain('每季度送检剂量计');
    };
    await check();
    await page.reload();
    await check();
    await expectConsistent(page);

    await page.setViewportSize({ width: 1280, height: 2200 });
    await shot(page, 'dossier');

    // A scan is removed again (the certificate keeps its other data).
    page.once('dialog', (d) => void d.accept());
    await page.getByRole('button', { name: '删除 扫描件 1' }).click();
    await expect.poll(() => page.getByTestId('cert-scans').getByRole('img').count()).toBe(0);
    expect(await page.getByTestId('cert-row').count()).toBe(1);
  });
});
