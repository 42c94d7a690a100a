#!/usr/bin/env node
// npm run bench: builds the reference workspace R, loads it in headless Debian Chromium and prints the
// DESIGN §2 figures that exist so far, as `name value unit` lines and one JSON object on the last line.
// Figures are medians (p95 for keystrokes) of repeated runs; they are measurements, never test assertions.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, statSync, copyFileSync, mkdirSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { benchImport } from './bench-import.mjs';
import { benchPdf } from './bench-pdf.mjs';
import { serveDist } from './serve.mjs';
import { startSignaling } from './signaling.mjs';

const ROOT = new URL('..', import.meta.url).pathname;
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const REPEAT = Number(process.env.BENCH_REPEAT ?? 5);
const args = new Set(process.argv.slice(2));

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const p95 = (xs) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil(xs.length * 0.95) - 1)];
const round = (x, d = 1) => Math.round(x * 10 ** d) / 10 ** d;
const log = (...a) => console.error('[bench]', ...a);

function run(cmd, argv) {
  execFileSync(cmd, argv, { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'] });
}

/** Sum of gzip sizes of the JS that index.html loads before anything lazy. */
function initialJsGzipKb(dist) {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const files = [...html.matchAll(/(?:src|href)="\/?(assets\/[^"]+\.js)"/g)].map((m) => m[1]);
  return files.reduce((n, f) => n + gzipSync(readFileSync(join(dist, f)), { level: 9 }).length, 0) / 1024;
}

async function launch(userDataDir) {
  return chromium.launchPersistentContext(userDataDir, { executablePath: '/usr/bin/chromium', args: FLAGS, viewport: { width: 1280, height: 800 } });
}

/** Invites an empty profile into the workspace open in `page` and times the initial sync and single edits. */
async function benchSync(page, url) {
  const signaling = await startSignaling({ host: '127.0.0.1', port: 0 });
  const profileB = mkdtempSync(join(tmpdir(), 'sl-bench-b-'));
  const ctxB = await launch(profileB);
  try {
    const pageB = ctxB.pages()[0] ?? (await ctxB.newPage());
    await page.evaluate((u) => window.__safeledger.sync.setSignaling([u]), signaling.url);
    const link = await page.evaluate(() => window.__safeledger.sync.invite());
    await pageB.goto(url);
    await pageB.waitForFunction(() => '__safeledger' in window);
    await pageB.evaluate((l) => void window.__safeledger.sync.join(l), link);
    let requests = [];
    for (let i = 0; !requests.length; i++) {
      await new Promise((r) => setTimeout(r, 20));
      const v = await page.evaluate(() => window.__safeledger.syncView());
      requests = v.requests;
      if (i % 250 === 249) log('waiting for the join request', JSON.stringify({ invites: v.invites.length, signaling: v.signaling, log: v.log.slice(0, 3) }));
      if (i > 3000) throw new Error('no join request');
    }
    const want = await page.evaluate(() => window.__safeledger.counts());
    const t0 = Date.now();
    await page.evaluate((id) => window.__safeledger.sync.approve(id), requests[0].id);
    let people = 0;
    for (let i = 0; ; i++) {
      const c = await pageB.evaluate(() => window.__safeledger.counts()).catch(() => ({ people: 0, trainings: 0 }));
      if (!people && c.people >= want.people) (people = Date.now() - t0), log(`  all ${want.people} dossiers after ${people} ms`);
      if (c.people >= want.people && c.trainings >= want.trainings) break;
      if (i % 100 === 99) log(`  ${c.people} people, ${c.trainings} of ${want.trainings} sessions after ${Date.now() - t0} ms`);
      if (Date.now() - t0 > 600_000) throw new Error(`initial sync incomplete after 600 s: ${JSON.stringify(c)} of ${JSON.stringify(want)}`);
      await new Promise((r) => setTimeout(r, 200));
    }
    const initial = Date.now() - t0;
    log(`R synced into an empty peer: ${want.people} people, ${want.trainings} sessions in ${initial} ms`);
    const ids = await page.evaluate(async () => (await window.__safeledger.dump()).people.slice(0, 50).map((p) => p.id));
    const edits = [];
    for (let i = 0; i < REPEAT * 2; i++) {
      const id = ids[i];
      const name = `同步测试${i}`;
      const seen = pageB.evaluate(async ([pid, nm]) => {
        while ((await window.__safeledger.personName(pid)) !== nm) await new Promise((r) => setTimeout(r, 2));
        return Date.now();
      }, [id, name]);
      const start = await page.evaluate(async ([pid, nm]) => {
        const t = Date.now();
        await window.__safeledger.rename(pid, nm);
        return t;
      }, [id, name]);
      edits.push((await seen) - start);
    }
    return { sync_initial_R_ms: initial, sync_people_R_ms: people, sync_edit_ms: median(edits) };
  } finally {
    await ctxB.close();
    await signaling.stop();
    rmSync(profileB, { recursive: true, force: true });
  }
}

async function main() {
  if (!existsSync('/usr/bin/chromium')) run('node', ['scripts/ensure-chromium.mjs']);
  if (!args.has('--no-build')) run('npx', ['vite', 'build', '--logLevel', 'warn']);
  const seedFile = join(ROOT, '.tmp', 'seed-R.slbk');
  // Reseed when the generator changed since the cached file was written (e.g. R gained certificates).
  const seedSources = readdirSync(join(ROOT, 'src', 'seed')).map((f) => statSync(join(ROOT, 'src', 'seed', f)).mtimeMs);
  const stale = existsSync(seedFile) && statSync(seedFile).mtimeMs < Math.max(...seedSources);
  if (!existsSync(seedFile) || stale || args.has('--reseed')) run('node', ['scripts/seed.mjs', '--size', 'R', '--out', seedFile]);
  const dist = join(ROOT, 'dist');
  mkdirSync(join(dist, 'bench'), { recursive: true });
  copyFileSync(seedFile, join(dist, 'bench', 'R.slbk'));
  const server = await serveDist({ root: dist, host: '127.0.0.1', port: 0 });
  const url = server.url.endsWith('/') ? server.url : `${server.url}/`;
  const profile = mkdtempSync(join(tmpdir(), 'sl-bench-'));
  const out = {};

  // 1. Load R into a fresh profile through the app's restore path.
  let ctx = await launch(profile);
  let page = ctx.pages()[0] ?? (await ctx.newPage());
  await page.goto(url);
  await page.waitForFunction(() => '__safeledger' in window);
  const restoreMs = await page.evaluate(async () => {
    const bytes = new Uint8Array(await (await fetch('bench/R.slbk')).arrayBuffer());
    const t0 = performance.now();
    await window.__safeledger.restore(bytes);
    return performance.now() - t0;
  });
  log(`R restored in ${round(restoreMs, 0)} ms`, await page.evaluate(() => window.__safeledger.counts()));
  await page.waitForFunction(() => !!navigator.serviceWorker.controller, undefined, { timeout: 30_000 }).catch(() => log('no service worker control'));
  await ctx.close();

  // 2. Cold starts: a new browser process each time, the app shell from the service worker.
  const cold = [];
  const paint = [];
  const heap = [];
  for (let i = 0; i < REPEAT; i++) {
    ctx = await launch(profile);
    page = ctx.pages()[0] ?? (await ctx.newPage());
    await page.goto(url);
    await page.locator('[data-ready="workbench"]').waitFor({ timeout: 60_000 });
    const m = await page.evaluate(() => ({
      ready: performance.getEntriesByName('sl:workbench-ready')[0]?.startTime,
      fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
      sw: !!navigator.serviceWorker.controller,
    }));
    cold.push(m.ready);
    if (m.fcp !== undefined && m.sw) paint.push(m.fcp);
    const cdp = await ctx.newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    heap.push((await cdp.send('Runtime.getHeapUsage')).usedSize / 1024 / 1024);
    if (i < REPEAT - 1) await ctx.close();
  }
  out.shell_first_paint_ms = round(median(paint));
  out.cold_start_workbench_ms = round(median(cold));
  out.heap_mb = round(median(heap));

  // 3. People list: one keystroke = input event → next frame painted.
  await page.goto(`${url}#/people`);
  await page.locator('[data-testid="person-row"]').first().waitFor();
  const searchbox = page.getByRole('searchbox', { name: '搜索人员' });
  await searchbox.fill('a'); // loads the pinyin dictionary once, as the first latin keystroke would
  await page.waitForTimeout(500);
  const keystrokes = await page.evaluate(async (queries) => {
    const input = document.querySelector('input[type="search"]');
    const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    const times = [];
    for (const q of queries) {
      for (let k = 1; k <= q.length; k++) {
        const t0 = performance.now();
        input.value = q.slice(0, k);
        input.dispatchEvent(new Event('input', { bubbles: true }));
        await frame();
        times.push(performance.now() - t0);
      }
    }
    return times;
  }, ['张', '王芳', 'SL01', 'zs', 'lj', '3201', '1985', '李', 'wang', '']);
  out.list_filter_p95_ms = round(p95(keystrokes));
  const cdpList = await ctx.newCDPSession(page);
  await cdpList.send('HeapProfiler.collectGarbage');
  out.heap_after_people_list_mb = round((await cdpList.send('Runtime.getHeapUsage')).usedSize / 1024 / 1024);

  // 4. Open a dossier (route change → all sections rendered) and 5. save an edit (→ projected row shown).
  const ids = await page.evaluate(async () => (await window.__safeledger.dump()).people.slice(0, 400).filter((_, i) => i % 37 === 0).map((p) => p.id));
  const opens = [];
  const saves = [];
  for (const [n, id] of ids.entries()) {
    opens.push(await page.evaluate(async (pid) => {
      const t0 = performance.now();
      location.hash = `#/people/${pid}`;
      await new Promise((resolve) => {
        const check = () => (document.querySelector(`[data-ready="dossier"][data-person="${pid}"]`) ? resolve() : requestAnimationFrame(check));
        check();
      });
      return performance.now() - t0;
    }, id));
    await page.getByRole('button', { name: '编辑', exact: true }).click();
    const name = `测试${n}号`;
    await page.getByLabel('姓名').fill(name);
    saves.push(await page.evaluate(async (nm) => {
      const t0 = performance.now();
      document.querySelector('form button[type="submit"]').click();
      await new Promise((resolve) => {
        const check = () => (document.querySelector('h1')?.textContent?.includes(nm) && document.querySelector('[data-testid="saved"]') ? resolve() : requestAnimationFrame(check));
        check();
      });
      return performance.now() - t0;
    }, name));
  }
  out.dossier_open_ms = round(median(opens));
  out.save_edit_ms = round(median(saves));

  // 6. PDF: 50 certificate cards (font cached after the warm-up run).
  Object.assign(out, await benchPdf(page));

  // 6b. Hours ledger (T9) of every person of R for the last full year of seeded training, median of repeats.
  const ledger = [];
  for (let i = 0; i < REPEAT; i++) {
    const r = await page.evaluate(() => window.__safeledger.hoursLedger(2025));
    if (i === 0) log(`hours ledger 2025: ${r.people} people, ${r.short} short, first run ${round(r.ms)} ms`);
    ledger.push(r.ms);
  }
  out.hours_ledger_R_ms = round(median(ledger));

  // 7. Sync: R into an empty peer over loopback WebRTC (invite → approval → all dossiers stored), then one edit.
  Object.assign(out, await benchSync(page, url));

  // 8. Excel roster import, 5,000 rows into R (last: it grows the workspace the figures above were taken on).
  Object.assign(out, await benchImport(page));

  out.initial_js_gzip_kb = round(initialJsGzipKb(dist));
  out.db_size_mb = round((await page.evaluate(() => navigator.storage.estimate())).usage / 1e6);
  out.restore_R_ms = round(restoreMs, 0);
  out.cores = cpus().length;
  await ctx.close();
  await server.close();
  rmSync(profile, { recursive: true, force: true });
  rmSync(join(dist, 'bench'), { recursive: true, force: true });

  const units = { cores: 'count', heap_mb: 'MB', heap_after_people_list_mb: 'MB', initial_js_gzip_kb: 'KB', db_size_mb: 'MB' };
  for (const [k, v] of Object.entries(out)) console.log(`${k} ${v} ${units[k] ?? 'ms'}`);
  console.log(JSON.stringify(out));
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
