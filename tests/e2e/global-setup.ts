import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

/** vitest globalSetup for the browser tests: ensure Chromium, then build the app once (skip with SKIP_BUILD=1). */
export default function setup(): void {
  // vitest sets NODE_ENV=test, which would make Vite build with import.meta.env.PROD false (no service worker).
  const env = { ...process.env, NODE_ENV: 'production' };
  const run = (args: string[]) => execFileSync(process.execPath, args, { cwd: repoRoot, stdio: 'inherit', env });
  run(['scripts/ensure-chromium.mjs']);
  if (process.env.SKIP_BUILD === '1') return;
  const started = performance.now();
  run(['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'warn']);
  console.log(`e2e: production build ready in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}
