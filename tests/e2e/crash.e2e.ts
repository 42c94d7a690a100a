import { mkdtemp } from 'node:fs/promises';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { afterAll, describe, expect, it } from 'vitest';
import { serveBuilt, spawnChromium } from './harness';
import { appApi, createWorkspace } from './app-helpers';

const BATCH = 40;

describe('crash safety', () => {
  let server: Awaited<ReturnType<typeof serveBuilt>> | undefined;
  afterAll(async () => server?.close());

  it('after SIGKILL mid bulk write, every transaction is wholly there or wholly absent', async () => {
    server = await serveBuilt();
    const userDataDir = await mkdtemp(join(tmpdir(), 'sl-crash-'));
    const first = await spawnChromium({ userDataDir });
    const page = await (await first.browser.contexts()[0]!).newPage();
    await page.goto(server.url);
    await createWorkspace(page);
    const api = await appApi(page);
    // Start a long bulk write (each batch = one transaction of BATCH person docs) and kill Chromium mid-way.
    void page.evaluate((b) => (window as never as { __safeledger: { createPeople(n: number, b: number, p: string): Promise<unknown> } })
      .__safeledger.createPeople(4000, b, 'K').catch(() => undefined), BATCH).catch(() => undefined);
    await expect.poll(async () => (await api.counts()).people, { timeout: 60_000, interval: 50 }).toBeGreaterThan(BATCH * 3);
    await first.kill9();

    const second = await spawnChromium({ userDataDir });
    const page2 = await (await second.browser.contexts()[0]!).newPage();
    await page2.goto(server.url);
    await page2.locator('[data-ready="workbench"]').waitFor({ timeout: 60_000 });
    const after = (await (await appApi(page2)).counts()) as Record<'people' | 'docs' | 'updates', number>;
    expect(after.people).toBeGreaterThan(BATCH * 3);
    expect(after.people).toBeLessThan(4000);
    expect(after.people % BATCH).toBe(0);
    // One doc per person (plus org, members, audit docs); every doc has its update and its projection.
    const kinds = await page2.evaluate(() => (window as unknown as { __safeledger: { docKinds(): Promise<Record<string, number>> } }).__safeledger.docKinds());
    expect(kinds.person).toBe(after.people);
    expect(kinds.org).toBe(1);
    expect(after.updates).toBeGreaterThanOrEqual(after.docs);
    expect(await (await appApi(page2)).verify()).toEqual([]);
    await second.close();
  });
});
