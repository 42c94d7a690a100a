import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchPeer, serveBuilt, shot } from './harness';
import { addPerson, appApi, createWorkspace, expectConsistent, fieldMessage } from './app-helpers';

describe('people: forms, bad input, list, second tab', () => {
  let server: Awaited<ReturnType<typeof serveBuilt>>;
  let peer: Awaited<ReturnType<typeof launchPeer>>;
  beforeAll(async () => {
    server = await serveBuilt();
    peer = await launchPeer();
    await peer.page.goto(server.url);
    await createWorkspace(peer.page);
  });
  afterAll(async () => {
    await peer?.close();
    await server?.close();
  });

  it('saves a valid person, derives birth date and sex, and shows the dossier', async () => {
    const { page } = peer;
    await addPerson(page, { name: '张三', workNo: 'A001', idNumber: '11010519491231002x', phone: '13800138000' });
    await page.locator('[data-ready="dossier"]').waitFor();
    await expect.poll(() => page.locator('.dossier').textContent()).toContain('1949-12-31');
    // The founding device is admin: it may see personal numbers in full (a 记录员 sees them masked, see sync.e2e).
    await expect.poll(() => page.locator('.dossier').textContent()).toContain('13800138000');
    await shot(page, 'dossier');
  });

  it('refuses bad input with a Chinese message at the field and stores nothing', async () => {
    const { page } = peer;
    const api = await appApi(page);
    const before = await api.counts();
    const cases: [Record<string, string>, string, RegExp][] = [
      [{ name: '李四', workNo: 'A002', idNumber: '110101200001010011' }, '身份证号', /校验位不正确/],
      [{ name: '李四', workNo: 'A002', idNumber: '110101199902300017' }, '身份证号', /出生日期无效/],
      [{ name: '', workNo: 'A002', idNumber: '110101200001010010' }, '姓名', /必填/],
      [{ name: '李'.repeat(31), workNo: 'A002', idNumber: '110101200001010010' }, '姓名', /不能超过 30 个字符/],
      [{ name: '<img src=x onerror=alert(1)>', workNo: 'A002', idNumber: '110101200001010010' }, '姓名', /HTML/],
      [{ name: '李四', workNo: 'A001', idNumber: '110101200001010010' }, '工号', /工号已被张三使用/],
    ];
    for (const [p, field, message] of cases) {
      await addPerson(page, p as never);
      await expect.poll(() => fieldMessage(page, field)).toMatch(message);
      expect(await page.locator('img[src="x"]').count()).toBe(0);
    }
    await shot(page, 'person-errors');
    expect(await api.counts()).toEqual(before);

    await page.goto(new URL('#/settings', page.url()).href);
    await page.getByLabel('统一社会信用代码').fill('914403001922038217');
    await page.getByRole('button', { name: '保存' }).first().click();
    await expect.poll(() => fieldMessage(page, '统一社会信用代码')).toMatch(/校验位不正确/);
    await page.getByRole('button', { name: '新增部门' }).click();
    await page.getByLabel('部门名称').fill('生产部');
    await page.getByLabel('部门代码').fill('S1');
    await page.getByRole('button', { name: '保存' }).nth(1).click();
    await expect.poll(() => fieldMessage(page, '部门代码')).toMatch(/2 个英文字母/);
    expect(await api.counts()).toEqual(before);
    await expectConsistent(page);
  });

  it('finds people by name, 工号, ID fragment and pinyin initials', async () => {
    const { page } = peer;
    await addPerson(page, { name: '王五', workNo: 'B007', idNumber: '110101200001010010' });
    await page.locator('[data-ready="dossier"]').waitFor();
    await page.goto(new URL('#/people', page.url()).href);
    const search = page.getByRole('searchbox', { name: '搜索人员' });
    const rows = page.locator('[data-testid="person-row"]');
    await expect.poll(() => rows.count()).toBe(2);
    for (const [q, name] of [['王', '王五'], ['A001', '张三'], ['1231002', '张三'], ['ww', '王五'], ['zs', '张三']]) {
      await search.fill(q!);
      await expect.poll(() => rows.allTextContents()).toEqual([expect.stringContaining(name!)]);
    }
    await shot(page, 'people-search');
  });

  it('shows an edit made in one tab in another tab', async () => {
    const { page, context } = peer;
    const id = await page.evaluate(async () => {
      const w = window as unknown as { __safeledger: { dump(): Promise<{ people: { id: string; workNo: string }[] }> } };
      return (await w.__safeledger.dump()).people.find((p) => p.workNo === 'A001')!.id;
    });
    const other = await context.newPage();
    await other.goto(`${server.url}#/people/${id}`);
    await other.locator('[data-ready="dossier"]').waitFor();
    await page.goto(`${server.url}#/people/${id}`);
    await page.getByRole('button', { name: '编辑', exact: true }).click();
    await page.getByLabel('姓名').fill('张三丰');
    await page.getByRole('button', { name: '保存' }).click();
    await page.getByTestId('saved').waitFor();
    await expect.poll(() => other.locator('h1').textContent()).toContain('张三丰');
    await other.close();
    // Going straight from one dossier to another shows the other person.
    const wang = await page.evaluate(async () => {
      const w = window as unknown as { __safeledger: { dump(): Promise<{ people: { id: string; workNo: string }[] }> } };
      return (await w.__safeledger.dump()).people.find((p) => p.workNo === 'B007')!.id;
    });
    await page.goto(`${server.url}#/people/${wang}`);
    await expect.poll(() => page.locator('h1').textContent()).toContain('王五');
    await expectConsistent(page);
  });
});
