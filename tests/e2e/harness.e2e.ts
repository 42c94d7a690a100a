import { afterEach, describe, expect, it } from 'vitest';
import { launchPeer, type Peer } from './harness';

describe('browser harness', () => {
  let peer: Peer | undefined;
  afterEach(async () => {
    await peer?.close();
    peer = undefined;
  });

  it('launches Debian Chromium on a fresh profile and renders a page', async () => {
    peer = await launchPeer();
    await peer.page.goto('data:text/html;charset=utf-8,<title>安全台账 harness</title><p>ok</p>');
    expect(await peer.page.title()).toBe('安全台账 harness');
    expect(await peer.page.evaluate(() => navigator.language)).toBe('zh-CN');
  });
});
