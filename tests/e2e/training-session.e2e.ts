import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32, deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { appApi, createWorkspace, expectConsistent, fieldMessage } from './app-helpers';
import { servedPeer, shot } from './harness';

/** A valid 18-digit ID number (GB 11643 check digit) born 1990-01-01 with sequence `seq`. */
function idNumber(seq: number): string {
  const body = `11010119900101${String(seq).padStart(3, '0')}`;
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const s = [...body].reduce((acc, ch, i) => acc + Number(ch) * weights[i]!, 0);
  return body + '10X98765432'[s % 11];
}

/** A small RGB PNG of one colour with a diagonal stripe (a stand-in for a site photo). */
function png(w: number, h: number, rgb: [number, number, number]): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(td) >>> 0);
    return Buffer.concat([len, td, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(w, 0);
  ihdr.writeUInt32BE(h, 4);
  ihdr.set([8, 2, 0, 0, 0], 8);
  const raw = Buffer.alloc((w * 3 + 1) * h);
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      const o = y * (w * 3 + 1) + 1 + x * 3;
      const stripe = Math.abs(x - y) < 4;
      raw.set(stripe ? [255, 255, 255] : rgb, o);
    }
  }
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}

/** A minimal PDF (the store checks its header). */
const pdf = (title: string) => Buffer.from(`%PDF-1.4\n% ${title}\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n`);

const today = () => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};
const plusDays = (date: string, n: number) => {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
};

/** Polls with room for chunks loading on a busy machine. */
const poll = <T>(fn: () => Promise<T> | T) => expect.poll(fn, { timeout: 15_000 });

async function addDepartment(page: Page, name: string, code: string) {
  await page.goto(new URL('#/settings', page.url()).href);
  await page.getByRole('button', { name: '新增部门' }).click();
  await page.getByLabel('部门名称').fill(name);
  await page.getByLabel('部门代码').fill(code);
  await page.getByRole('button', { name: '保存' }).nth(1).click();
  await page.locator('.list li', { hasText: name }).waitFor();
}

async function addWorker(page: Page, p: { name: string; workNo: string; seq: number; dept: string; left?: boolean }) {
  await page.goto(new URL('#/people/new', page.url()).href);
  await page.getByLabel('姓名').fill(p.name);
  await page.getByLabel('工号').fill(p.workNo);
  await page.getByLabel('身份证号').fill(idNumber(p.seq));
  await page.getByLabel('部门', { exact: true }).selectOption({ label: p.dept });
  if (p.left) {
    await page.getByLabel('在职状态').selectOption({ label: '离职' });
    await page.getByLabel('状态变更日期').fill(plusDays(today(), -10));
  }
  await page.getByRole('button', { name: '保存' }).click();
  await page.locator('[data-ready="dossier"] h1', { hasText: p.name }).waitFor();
}

/** Draws a short zig-zag signature on the open pad. */
async function draw(page: Page, pad: Locator, seed: number) {
  const box = (await pad.boundingBox())!;
  const y = box.y + box.height / 2;
  await page.mouse.move(box.x + 40, y);
  await page.mouse.down();
  for (let i = 1; i <= 8; i++) await page.mouse.move(box.x + 40 + i * 30, y + (i % 2 ? -30 : 30) + seed, { steps: 3 });
  await page.mouse.up();
}

const NAMES = ['张伟', '王芳', '李娜', '刘洋', '陈静', '杨磊', '赵敏', '黄勇', '周杰', '吴霞'];
const SC = '生产部（SC）';

async function openNew(page: Page) {
  await page.goto(new URL('#/training/new', page.url()).href);
  await page.getByLabel('培训名称').waitFor();
}

describe('training session editor', () => {
  const served = servedPeer();

  it('records a full session: elements, 10 participants signed on the pad, scores, photos, documents, review and archive', async () => {
    const { page } = served.peer();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    // Tall enough that a screenshot shows the whole editor (the shell scrolls inside the window).
    await page.setViewportSize({ width: 1360, height: 2000 });
    await page.goto(served.server().url);
    await createWorkspace(page);
    await addDepartment(page, '生产部', 'SC');
    await addDepartment(page, '安全环保部', 'AQ');
    for (const [i, name] of NAMES.entries()) await addWorker(page, { name, workNo: `S${String(i + 1).padStart(3, '0')}`, seq: 100 + i, dept: SC });
    await addWorker(page, { name: '孙离职', workNo: 'S099', seq: 199, dept: SC, left: true });
    await addWorker(page, { name: '钱安全', workNo: 'A001', seq: 200, dept: '安全环保部（AQ）' });

    // 1. The form: completeness follows the keyboard before anything is saved.
    await openNew(page);
    const panel = page.getByTestId('completeness');
    await poll(() => panel.locator('h2').textContent()).toContain('完整性 1/12');
    await page.getByLabel('培训名称').fill('2025年新员工公司级安全教育');
    await page.getByLabel('培训类型').selectOption({ label: '三级教育·公司级' });
    await page.getByLabel('培训日期').fill(today());
    await page.getByLabel('开始时间').fill('09:00');
    await page.getByLabel('结束时间').fill('11:30');
    await page.getByLabel('培训地点').fill('三楼培训室');
    await page.getByLabel('授课人').fill('钱安全');
    await page.getByLabel('组织部门').selectOption({ label: SC });
    await page.getByLabel('记录人').fill('钱安全');
    await page.getByLabel('培训主题').fill('安全生产法律法规与本企业安全规章制度');
    await page.getByLabel('内容摘要').fill('讲解《安全生产法》从业人员权利义务、公司安全管理制度、危险源辨识与应急处置、劳动防护用品使用。');
    await page.getByLabel('考核方式').selectOption({ label: '笔试' });
    await page.getByLabel('学时').fill('8');
    await poll(() => panel.locator('h2').textContent()).toContain('完整性 10/12');
    expect(await panel.textContent()).toContain('缺少：参加人员（工号、部门）、考核结果');
    expect(await panel.textContent()).toContain('还缺必备材料：三级教育卡、考核评分表');
    await shot(page, 'training-session-1-new');
    await page.getByRole('button', { name: '创建草稿' }).click();
    await page.waitForURL(/#\/training\/[0-9a-f-]{36}$/);
    const sessionId = page.url().split('/').pop()!;
    await page.getByRole('heading', { name: /2025年新员工公司级安全教育/ }).waitFor();
    expect(await page.getByTestId('workflow').getAttribute('data-state')).toBe('draft');

    // 2. Participants: everyone active in 生产部 (the one who left is not offered).
    await page.getByRole('button', { name: '添加人员' }).click();
    await page.getByRole('checkbox', { name: '生产部' }).check();
    await page.getByRole('button', { name: '加入所选 10 人' }).click();
    const rows = page.getByTestId('participant');
    await poll(() => rows.count()).toBe(10);
    expect(await page.getByTestId('participants').textContent()).not.toContain('孙离职');
    // Nobody has attended yet: participants and results are still missing, and everyone is still to be marked.
    expect(await panel.textContent()).toContain('还有参加人员未标记出勤、迟到或缺勤');
    await shot(page, 'training-session-2-participants');

    // 3. Sign-in: one is late, then everyone signs on the pad.
    await page.getByRole('tab', { name: '签到' }).click();
    await page.getByRole('button', { name: '吴霞 迟到' }).click();
    await poll(() => page.locator('[data-testid="signin-row"][data-mark="late"]').count()).toBe(1);
    for (const [i, name] of NAMES.entries()) {
      await page.getByRole('button', { name: `${name} 签名`, exact: true }).click();
      const dialog = page.locator('dialog.ts-dialog');
      await dialog.waitFor();
      await draw(page, dialog.getByTestId('signature-pad'), i);
      await dialog.getByRole('button', { name: '确定' }).click();
      await dialog.waitFor({ state: 'detached' });
    }
    await poll(() => page.locator('[data-testid="signin-row"][data-signed="true"]').count()).toBe(10);
    expect(await page.locator('[data-testid="signin-row"][data-mark="late"]').count()).toBe(1);
    await poll(() => page.locator('[data-testid="signin-row"] img.ts-sig').count()).toBe(10);
    await poll(() => panel.textContent()).toContain('出勤人员均已签名');
    await poll(() => panel.textContent()).toContain('缺少：考核结果');
    await shot(page, 'training-session-3-signin');

    // 4. Scores: nine pass, one fails and gets the suggested re-training date (30 days after the session).
    await page.getByRole('tab', { name: '考核' }).click();
    for (const [i, name] of NAMES.entries()) await page.getByLabel(`${name} 理论成绩`).fill(i === 3 ? '62' : String(85 + i));
    await page.getByRole('button', { name: '保存 张伟 的成绩' }).click(); // one row alone
    await page.getByRole('button', { name: '保存全部成绩' }).click(); // the other nine
    const failed = page.locator('[data-testid="score-row"][data-passed="false"]');
    await poll(() => failed.count()).toBe(1);
    expect(await failed.textContent()).toContain('不合格');
    expect(await page.getByLabel('刘洋 补训日期').inputValue()).toBe(plusDays(today(), 30));
    await poll(async () => ((await appApi(page).then((a) => a.dump())).trainings as { attendance: { theory?: number }[] }[]).flatMap((r) => r.attendance).filter((a) => a.theory !== undefined).length).toBe(10);
    await poll(() => panel.locator('h2').textContent()).toContain('完整性 12/12');
    await shot(page, 'training-session-4-scores');

    // 5. Evidence: three photos and the type's two mandatory documents.
    await page.getByLabel('拍照/上传现场照片').setInputFiles([
      { name: '现场1.png', mimeType: 'image/png', buffer: png(160, 120, [30, 90, 160]) },
      { name: '现场2.png', mimeType: 'image/png', buffer: png(160, 120, [160, 60, 40]) },
      { name: '现场3.png', mimeType: 'image/png', buffer: png(160, 120, [40, 140, 70]) },
    ]);
    await poll(() => page.locator('[data-testid="photo"] img').count()).toBe(3);
    await page.getByLabel('材料类型').selectOption({ label: '三级教育卡（必备）' });
    await page.getByLabel('上传材料').setInputFiles({ name: '三级教育卡.pdf', mimeType: 'application/pdf', buffer: pdf('card') });
    await poll(() => page.getByTestId('document').count()).toBe(1);
    await page.getByLabel('材料类型').selectOption({ label: '考核评分表（必备）' });
    await page.getByLabel('上传材料').setInputFiles({ name: '考核评分表.pdf', mimeType: 'application/pdf', buffer: pdf('scores') });
    await poll(() => page.getByTestId('document').count()).toBe(2);
    await poll(() => panel.getAttribute('data-complete')).toBe('true');
    await poll(() => panel.locator('h2').textContent()).toContain('规范');
    await shot(page, 'training-session-5-evidence');

    // 6. Workflow: submit, review, archive; the number follows 年份-部门代码-培训类型-序号.
    const flow = page.getByTestId('workflow');
    await flow.getByRole('button', { name: '提交审核' }).click();
    await poll(() => flow.getAttribute('data-state')).toBe('submitted');
    await expect(page.getByLabel('培训名称').isDisabled()).resolves.toBe(true);
    // Returned: a comment is required; the officer fixes the record and submits again.
    await flow.getByRole('button', { name: '退回' }).click();
    await flow.getByRole('button', { name: '确认退回' }).click();
    await poll(() => flow.locator('.form-error').textContent()).toBe('退回时请填写需要修改的意见');
    expect(await flow.getAttribute('data-state')).toBe('submitted');
    await flow.getByLabel('退回意见（必填）').fill('培训地点请写明具体楼层和房间号');
    await flow.getByRole('button', { name: '确认退回' }).click();
    await poll(() => flow.getAttribute('data-state')).toBe('returned');
    expect(await flow.textContent()).toContain('退回意见：培训地点请写明具体楼层和房间号');
    await page.getByLabel('培训地点').fill('办公楼三楼 301 培训室');
    await page.getByRole('button', { name: '保存', exact: true }).click();
    await page.getByTestId('saved').waitFor();
    await flow.getByRole('button', { name: '提交审核' }).click();
    await poll(() => flow.getAttribute('data-state')).toBe('submitted');
    await flow.getByRole('button', { name: '审核通过' }).click();
    await poll(() => flow.getAttribute('data-state')).toBe('reviewed');
    await flow.getByRole('button', { name: '归档' }).click();
    await poll(() => flow.getAttribute('data-state')).toBe('archived');
    const number = (await page.getByTestId('archive-number').textContent({ timeout: 15_000 }))!;
    expect(number).toMatch(/^\d{4}-[A-Z0-9]{2,4}-[A-Z]{2}-\d{3,}$/);
    expect(number).toBe(`${today().slice(0, 4)}-SC-GS-001`);
    expect(await page.getByTestId('steps').locator('li').count()).toBe(5);
    await shot(page, 'training-session-6-archived');

    // The record PDF (wired by the PDF service) carries the number and every participant.
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), flow.getByRole('button', { name: '培训记录 PDF' }).click()]);
    const file = join(mkdtempSync(join(tmpdir(), 'sl-session-e2e-')), 'record.pdf');
    await download.saveAs(file);
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    expect(text).toContain(number);
    for (const name of NAMES) expect(text).toContain(name);
    // All 12 core elements, each with its value (pdftotext may wrap the long summary: check its start).
    const flat = text.replace(/\s+/g, '');
    const elements: [string, string][] = [
      ['培训名称', '2025年新员工公司级安全教育'], ['培训日期', today()], ['开始时间', '09:00'], ['结束时间', '11:30'],
      ['培训地点', '办公楼三楼301培训室'], ['授课人', '钱安全'], ['参加人员', '应到10人'], ['培训主题', '安全生产法律法规与本企业安全规章制度'],
      ['内容摘要', '讲解《安全生产法》从业人员权利义务'], ['考核方式', '笔试'], ['考核结果', '合格9人'], ['记录人', '钱安全'],
    ];
    for (const [label, value] of elements) {
      expect(flat, label).toContain(label);
      expect(flat, `${label}: ${value}`).toContain(value);
    }

    const dump = await appApi(page).then((a) => a.dump());
    const row = (dump.trainings as { id: string; archiveNumber: string; standard: boolean; attended: number; failed: number }[]).find((r) => r.id === sessionId)!;
    expect(row).toMatchObject({ archiveNumber: number, standard: true, attended: 10, failed: 1 });
    await expectConsistent(page);
    expect(errors).toEqual([]);
  });

  it('refuses bad input with a Chinese message and changes nothing', async () => {
    const { page } = served.peer();
    const api = await appApi(page);
    const before = (await api.counts()).trainings!;

    // End before start: refused at the field, nothing created.
    await openNew(page);
    await page.getByLabel('培训名称').fill('动火作业专项培训');
    await page.getByLabel('培训类型').selectOption({ label: '其他培训' });
    await page.getByLabel('开始时间').fill('14:00');
    await page.getByLabel('结束时间').fill('13:00');
    await page.getByRole('button', { name: '创建草稿' }).click();
    await poll(() => fieldMessage(page, '结束时间')).toBe('结束时间必须晚于开始时间');
    expect((await api.counts()).trainings).toBe(before);
    await page.getByLabel('结束时间').fill('16:00');
    await page.getByLabel('考核方式').selectOption({ label: '笔试' });
    await page.getByRole('button', { name: '创建草稿' }).click();
    await page.waitForURL(/#\/training\/[0-9a-f-]{36}$/);
    const sessionId = page.url().split('/').pop()!;
    await page.getByRole('heading', { name: /动火作业专项培训/ }).waitFor();

    // Someone who left: the service names them, nobody is added.
    await page.getByRole('button', { name: '添加人员' }).click();
    await page.getByLabel('输入姓名或工号').fill('孙');
    await page.getByRole('checkbox', { name: /孙离职/ }).check();
    await page.getByLabel('输入姓名或工号').fill('A001');
    await page.getByRole('checkbox', { name: /钱安全/ }).check();
    await page.getByRole('button', { name: '加入所选 2 人' }).click();
    await poll(() => page.locator('.ts-parts .form-error').textContent()).toBe('孙离职（工号 S099）已离职，不能加入本次培训');
    expect(await page.getByTestId('participant').count()).toBe(0);
    const mine = async () => ((await api.dump()).trainings as { id: string; attendance: { theory?: number }[] }[]).find((r) => r.id === sessionId)?.attendance ?? [];
    expect(await mine()).toEqual([]);
    await shot(page, 'training-session-7-left');

    // Score 105: refused at the input, nothing stored.
    await page.getByLabel('输入姓名或工号').fill('孙');
    await page.getByRole('checkbox', { name: /孙离职/ }).uncheck();
    await page.getByRole('button', { name: '加入所选 1 人' }).click();
    await poll(() => page.getByTestId('participant').count()).toBe(1);
    await page.getByRole('tab', { name: '签到' }).click();
    await page.getByRole('button', { name: '钱安全 迟到' }).click();
    await poll(() => page.locator('[data-testid="signin-row"][data-mark="late"]').count()).toBe(1);
    await page.getByRole('tab', { name: '考核' }).click();
    await page.getByLabel('钱安全 理论成绩').fill('105');
    await page.getByRole('button', { name: '保存 钱安全 的成绩' }).click();
    await poll(() => page.locator('[data-testid="score-row"] .ts-err').textContent()).toBe('成绩应为 0–100 之间的数字（最多一位小数）');
    expect(await page.getByTestId('score-row').getAttribute('data-passed')).toBe(''); // no 合格 for a score out of range
    expect((await mine())[0]!.theory).toBeUndefined();

    // 扫码签到 (the paste fallback of the scanner): a foreign code is refused; a colleague's badge adds and signs them in.
    await page.getByRole('tab', { name: '签到' }).click();
    await page.getByRole('button', { name: '扫码签到' }).click();
    await page.getByText('粘贴胸卡二维码文本').click();
    await page.getByLabel('粘贴胸卡二维码文本').fill('https://example.com/not-a-badge');
    await page.locator('.qr-scanner').getByRole('button', { name: '签到' }).click();
    await poll(() => page.locator('.ts-signin > .form-error').textContent()).toBe('无法识别该二维码：不是本系统的人员胸卡');
    expect(await mine()).toHaveLength(1);
    const zhang = ((await api.dump()).people as { id: string; name: string; workNo: string }[]).find((p) => p.name === '张伟')!;
    await page.getByLabel('粘贴胸卡二维码文本').fill(`SLB1.${zhang.id}.${zhang.workNo}`);
    await page.locator('.qr-scanner').getByRole('button', { name: '签到' }).click();
    await poll(() => page.getByTestId('scan-note').textContent()).toBe('张伟 已签到');
    await poll(() => page.locator('[data-testid="signin-row"][data-mark="present"]').count()).toBe(1);
    await page.getByRole('tab', { name: '考核' }).click();

    // A text file as a photo: refused, nothing attached.
    await page.getByLabel('拍照/上传现场照片').setInputFiles({ name: '说明.txt', mimeType: 'text/plain', buffer: Buffer.from('不是图片') });
    await poll(() => page.locator('.ts-evidence .form-error').textContent()).toBe('现场照片只能是图片文件（JPG、PNG 等），该文件不是图片，未保存');
    const row = (await api.dump()).trainings as { id: string; attachments: unknown[]; participants: number }[];
    expect(row.find((r) => r.id === sessionId)).toMatchObject({ attachments: [], participants: 2 });
    await shot(page, 'training-session-8-bad-input');
    await expectConsistent(page);
  });
});
