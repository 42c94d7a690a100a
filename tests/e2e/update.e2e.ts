import { appendFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { launchPeer, serveBuilt, shot } from './harness';
import { createWorkspace } from './app-helpers';

describe('update prompt', () => {
  let peer: Awaited<ReturnType<typeof launchPeer>> | undefined;
  let server: Awaited<ReturnType<typeof serveBuilt>> | undefined;
  afterAll(async () => {
    await peer?.close();
    await server?.close();
  });

  it('announces a new version and applies it only on the user’s word', async () => {
    server = await serveBuilt({ copy: true });
    peer = await launchPeer();
    const { page } = peer;
    await page.goto(server.url);
    await createWorkspace(page);
    await page.waitForFunction(() => !!navigator.serviceWorker.controller, undefined, { timeout: 30_000 });
    // A new deployment: the service worker script changes.
    await appendFile(join(server.root, 'sw.js'), '\n// next version\n');
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.update());
    const banner = page.getByRole('status').filter({ hasText: '新版本可用' });
    await banner.waitFor({ timeout: 30_000 });
    await shot(page, 'update-prompt');
    const reloaded = page.waitForEvent('load');
    await banner.getByRole('button', { name: '刷新' }).click();
    await reloaded;
    await page.locator('[data-ready="workbench"]').waitFor();
    expect(await page.getByText('新版本可用').count()).toBe(0);
  });
});
