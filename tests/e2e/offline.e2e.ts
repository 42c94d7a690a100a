import { afterAll, describe, expect, it } from 'vitest';
import { launchPeer, serveBuilt, shot } from './harness';
import { addPerson, createWorkspace, expectConsistent } from './app-helpers';

describe('PWA shell offline', () => {
  let peer: Awaited<ReturnType<typeof launchPeer>> | undefined;
  afterAll(async () => peer?.close());

  it('reloads with the workspace and its data after the network and the server are gone', async () => {
    const server = await serveBuilt();
    peer = await launchPeer();
    const { page, context } = peer;
    await page.goto(server.url);
    await createWorkspace(page);
    await addPerson(page, { name: '赵六', workNo: 'OFF1', idNumber: '110101200001010010' });
    await page.locator('[data-ready="dossier"]').waitFor();
    // clientsClaim: the first visit is controlled once the service worker activates.
    await page.waitForFunction(() => !!navigator.serviceWorker.controller, undefined, { timeout: 30_000 });
    const manifest = await page.evaluate(async () => (await fetch('manifest.webmanifest')).json());
    expect(manifest).toMatchObject({ name: '安全台账 SafeLedger', lang: 'zh-CN' });
    expect(manifest.icons.map((i: { purpose: string; sizes: string }) => `${i.purpose} ${i.sizes}`)).toEqual(
      expect.arrayContaining(['any 192x192', 'any 512x512', 'maskable 192x192', 'maskable 512x512']),
    );

    await server.close();
    await context.setOffline(true);
    await page.goto(`${server.url}#/people`);
    await page.locator('[data-testid="person-row"]').first().waitFor();
    expect(await page.locator('[data-testid="person-row"]').allTextContents()).toEqual([expect.stringContaining('赵六')]);
    expect(await page.locator('.pill').first().textContent()).toBe('离线');
    await page.goto(`${server.url}#/settings`);
    await page.getByRole('heading', { name: '企业信息' }).waitFor();
    await shot(page, 'offline-settings');
    await expectConsistent(page);
  });
});
