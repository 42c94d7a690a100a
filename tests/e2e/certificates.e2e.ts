import { describe, expect, it } from 'vitest';
import { addCertificate, ago, addPersonAndWait, createWorkspace, expectConsistent, fieldMessage } from './app-helpers';
import { servedPeer, shot } from './harness';

describe('certificates on the dossier', () => {
  const served = servedPeer();

  it('records special-operations certificates and shows their state today; bad input is refused at the field', async () => {
    const { page } = served.peer();
    const server = served.server();
    await page.goto(server.url);
    await createWorkspace(page);
    await addPersonAndWait(page, { name: '孙电工', workNo: 'E001', idNumber: '11010519491231002X' });

    // Missing number: refused, nothing stored.
    await page.getByRole('button', { name: '新增证书' }).click();
    const form = page.getByRole('form', { name: '新增证书' });
    await form.getByLabel('作业类别').selectOption('1');
    await form.getByLabel('准操项目').selectOption('1.2');
    await form.getByLabel('发证机关').fill('苏州市应急管理局');
    await form.getByLabel('初领日期').fill(ago(1));
    await form.getByRole('button', { name: '保存' }).click();
    expect(await fieldMessage(page, '证号')).not.toBe('');
    await form.getByRole('button', { name: '取消' }).click();
    expect(await page.getByTestId('cert-row').count()).toBe(0);

    await addCertificate(page, { number: 'T11010519491231002X', firstIssue: ago(1) });
    await addCertificate(page, { number: 'T-REVIEW', firstIssue: ago(3, -30) }); // review due in 30 days
    await addCertificate(page, { number: 'T-OLD', firstIssue: ago(7) }); // 6-year validity passed
    const rows = page.getByTestId('cert-row');
    await expect.poll(() => rows.count()).toBe(3);
    const states = async () => Object.fromEntries(await Promise.all((await rows.all()).map(async (r) => [
      (await r.locator('.mono').textContent())!, await r.getAttribute('data-state'),
    ])));
    expect(await states()).toEqual({ T11010519491231002X: 'valid', 'T-REVIEW': 'review-due', 'T-OLD': 'expired' });
    await expect.poll(() => rows.filter({ hasText: 'T-REVIEW' }).textContent()).toContain('待复审');
    await shot(page, 'certificates');

    // A passed review moves the due date on; the state survives a reload (stored in the person doc, projected).
    await rows.filter({ hasText: 'T-REVIEW' }).getByRole('button', { name: '编辑 T-REVIEW' }).click();
    const edit = page.getByRole('form', { name: '编辑证书' });
    await edit.getByRole('button', { name: '添加复审记录' }).click();
    await edit.getByLabel('复审日期 1').fill(ago(0, 1));
    await edit.getByRole('button', { name: '保存' }).click();
    await edit.waitFor({ state: 'detached' }); // the form closes once the save is stored
    await page.reload();
    await expect.poll(async () => (await states())['T-REVIEW'], { timeout: 15_000 }).toBe('valid');
    await expectConsistent(page);
  });
});
