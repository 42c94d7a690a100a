/**
 * Browser-test helpers: Debian Chromium (`/usr/bin/chromium`) driven by playwright-core, one fresh profile per peer.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cp, mkdir, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { serveDist, type DistServer } from '../../scripts/serve.mjs';

/** Debian's Chromium; tests never download a browser. */
export const CHROMIUM_PATH = '/usr/bin/chromium';

/** Flags known to work on this machine (DESIGN §4). */
export const CHROMIUM_FLAGS: readonly string[] = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--lang=zh-CN',
];

const TIMEZONE = 'Asia/Shanghai';
const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

/** Creates a fresh, empty Chromium profile directory under the OS temp dir. */
export function makeProfileDir(): Promise<string> {
  return mkdtemp(path.join(os.tmpdir(), 'safeledger-peer-'));
}

/** Deletes a profile directory (after its browser has exited). */
export function removeProfileDir(dir: string): Promise<void> {
  return rm(dir, { recursive: true, force: true, maxRetries: 3 });
}

/** A browser launched by playwright on its own profile. */
export interface Peer {
  context: BrowserContext;
  page: Page;
  userDataDir: string;
  /** Closes the browser; deletes the profile only if launchPeer created it. */
  close(): Promise<void>;
}

/**
 * Launches Chromium with a persistent profile. Pass `userDataDir` to reopen an existing profile
 * (e.g. to check what survived a restart); otherwise a fresh one is made and removed on close().
 */
export async function launchPeer(options: { userDataDir?: string } = {}): Promise<Peer> {
  const owned = options.userDataDir === undefined;
  const userDataDir = options.userDataDir ?? (await makeProfileDir());
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [...CHROMIUM_FLAGS],
    locale: 'zh-CN',
    timezoneId: TIMEZONE,
  });
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    context,
    page,
    userDataDir,
    async close() {
      await context.close();
      if (owned) await removeProfileDir(userDataDir);
    },
  };
}

/** A Chromium process we spawned ourselves, reached over CDP, so that it can be SIGKILLed mid-write. */
export interface SpawnedChromium {
  browser: Browser;
  /** The profile's default context (persistent storage lives here). */
  context: BrowserContext;
  pid: number;
  /** SIGKILLs the whole process group (browser, renderers, helpers) and waits for the browser to exit. */
  kill9(): Promise<void>;
  /** Graceful shutdown (CDP Browser.close), SIGKILL after 10 s. Leaves the profile in place. */
  close(): Promise<void>;
}

/** Spawns Chromium on `userDataDir` with a DevTools port and connects playwright over CDP. */
export async function spawnChromium(options: { userDataDir: string }): Promise<SpawnedChromium> {
  const child = spawn(
    CHROMIUM_PATH,
    [...CHROMIUM_FLAGS, `--user-data-dir=${options.userDataDir}`, '--remote-debugging-port=0', 'about:blank'],
    // Own process group, so kill9 reaches every Chromium process at once like a power cut would.
    { detached: true, stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, TZ: TIMEZONE } },
  );
  const pid = child.pid;
  if (pid === undefined) throw new Error('could not spawn Chromium');
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async (signal: NodeJS.Signals) => {
    if (!isRunning(child)) return exited;
    try {
      process.kill(-pid, signal);
    } catch {
      child.kill(signal);
    }
    await exited;
  };

  let browser: Browser;
  let context: BrowserContext | undefined;
  try {
    browser = await chromium.connectOverCDP(await devToolsEndpoint(child));
    context = browser.contexts()[0];
    if (!context) throw new Error('Chromium over CDP has no default context');
  } catch (err) {
    await stop('SIGKILL');
    throw err;
  }
  return {
    browser,
    context,
    pid,
    kill9: () => stop('SIGKILL'),
    async close() {
      const timer = setTimeout(() => void stop('SIGKILL'), 10_000);
      try {
        const cdp = await browser.newBrowserCDPSession();
        await cdp.send('Browser.close').catch(() => undefined);
      } catch {
        await stop('SIGTERM');
      }
      await exited;
      clearTimeout(timer);
    },
  };
}

function isRunning(child: ChildProcess): boolean {
  return child.exitCode === null && child.signalCode === null;
}

/** Reads `DevTools listening on ws://…` from stderr, then keeps draining it so Chromium never blocks on a full pipe. */
function devToolsEndpoint(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let seen = '';
    const timer = setTimeout(() => fail(new Error(`Chromium printed no DevTools endpoint in 30 s:\n${seen}`)), 30_000);
    const fail = (err: Error) => {
      clearTimeout(timer);
      reject(err);
    };
    child.stderr!.setEncoding('utf8').on('data', (chunk: string) => {
      seen = (seen + chunk).slice(-8000);
      const m = /DevTools listening on (ws:\/\/\S+)/.exec(seen);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!);
      }
    });
    child.once('exit', (code, signal) => fail(new Error(`Chromium exited (code ${code}, signal ${signal}):\n${seen}`)));
  });
}

/** The served build; `root` is the directory being served. */
export interface BuiltServer extends DistServer {
  root: string;
}

/**
 * Serves the production build in `dist/` on 127.0.0.1 at a free port. With `copy`, a private copy of `dist/`
 * is served (and removed on close) so a test may change files, e.g. to simulate a new deployment.
 */
export async function serveBuilt(options: { copy?: boolean } = {}): Promise<BuiltServer> {
  const dist = path.join(repoRoot, 'dist');
  const root = options.copy ? await mkdtemp(path.join(os.tmpdir(), 'safeledger-dist-')) : dist;
  if (options.copy) await cp(dist, root, { recursive: true });
  const server = await serveDist({ root, host: '127.0.0.1', port: 0 });
  return {
    ...server,
    root,
    async close() {
      await server.close();
      if (options.copy) await rm(root, { recursive: true, force: true });
    },
  };
}

/** Saves a full-page PNG to `.tmp/screenshots/<name>.png` and returns its path. */
export async function shot(page: Page, name: string): Promise<string> {
  const dir = path.join(repoRoot, '.tmp', 'screenshots');
  await mkdir(dir, { recursive: true });
  const file = path.join(dir, `${name.replace(/[^\w.-]+/g, '-')}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/**
 * For a describe block: the production build served on 127.0.0.1 and one browser with a fresh profile, started
 * before its tests and closed after them. Read them inside tests (`served.server()`, `served.peer()`).
 */
export function servedPeer(): { server: () => BuiltServer; peer: () => Peer } {
  let server: BuiltServer | undefined;
  let peer: Peer | undefined;
  beforeAll(async () => {
    server = await serveBuilt();
    peer = await launchPeer();
  });
  afterAll(async () => {
    await peer?.close();
    await server?.close();
  });
  return { server: () => server!, peer: () => peer! };
}
