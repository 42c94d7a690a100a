import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { afterAll, describe, expect, it } from 'vitest';
import { launchPeer, serveBuilt, shot } from './harness';
import { appApi } from './app-helpers';

describe('backup and restore between browser profiles', () => {
  const peers: Awaited<ReturnType<typeof launchPeer>>[] = [];
  let server: Awaited<ReturnType<typeof serveBuilt>> | undefined;
  afterAll(async () => {
    await Promise.all(peers.map((p) => p.close()));
    await server?.close();
  });

  it('restores the demo workspace exported from one profile into an empty one with identical projections', async () => {
    server = await serveBuilt();
    const a = await launchPeer();
    peers.push(a);
    await a.page.goto(server.url);
    await a.page.getByRole('button', { name: '打开演示工作区' }).click();
    await a.page.locator('[data-ready="workbench"]').waitFor({ timeout: 60_000 });
    const apiA = await appApi(a.page);
    expect((await apiA.counts()).people).toBe(200);

    await a.page.goto(`${server.url}#/settings`);
    const [download] = await Promise.all([a.page.waitForEvent('download'), a.page.getByRole('button', { name: '导出备份文件' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^安全台账备份-.+-\d{4}-\d{2}-\d{2}\.slbk$/);
    const file = join(tmpdir(), `sl-backup-${Date.now()}.slbk`);
    await download.saveAs(file);
    await a.page.getByRole('status').filter({ hasText: '已导出' }).waitFor();
    await shot(a.page, 'backup-exported');

    const b = await launchPeer();
    peers.push(b);
    await b.page.goto(server.url);
    await b.page.getByLabel('备份文件', { exact: true }).setInputFiles(file);
    await b.page.locator('[data-ready="workbench"]').waitFor({ timeout: 60_000 });
    const apiB = await appApi(b.page);
    expect(await apiB.dump()).toEqual(await apiA.dump());
    expect(await apiB.verify()).toEqual([]);

    // A damaged copy and a foreign file are refused with a message; B's data stays exactly as it was.
    const before = await apiB.dump();
    const bytes = await readFile(file);
    const damaged = join(tmpdir(), `sl-damaged-${Date.now()}.slbk`);
    bytes.writeUInt8(bytes.readUInt8(bytes.length - 50) ^ 0xff, bytes.length - 50);
    await writeFile(damaged, bytes);
    const foreign = join(tmpdir(), `sl-foreign-${Date.now()}.xlsx`);
    await writeFile(foreign, 'PK\u0003\u0004 a spreadsheet, not a backup');
    await b.page.goto(`${server.url}#/settings`);
    b.page.on('dialog', (d) => void d.accept());
    for (const [f, msg] of [[damaged, /备份文件已损坏或不完整/], [foreign, /这不是安全台账的备份文件/]] as const) {
      await b.page.getByLabel('备份文件', { exact: true }).setInputFiles(f);
      await expect.poll(() => b.page.locator('.form-error').first().textContent()).toMatch(msg);
    }
    await shot(b.page, 'backup-refused');
    expect(await apiB.dump()).toEqual(before);
  });
});
