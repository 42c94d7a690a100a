/**
 * Makes sure Debian's Chromium is present for the browser tests (never a downloaded browser).
 * Prints its version; installs it with apt-get when missing and running as root; otherwise exits 1.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** Where the browser tests expect Chromium. */
export const CHROMIUM = '/usr/bin/chromium';

function version() {
  // The Debian wrapper prints shell noise on stderr from /etc/chromium.d; only stdout matters.
  return execFileSync(CHROMIUM, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
}

if (!existsSync(CHROMIUM)) {
  const isRoot = process.getuid?.() === 0;
  const aptGet = ['/usr/bin/apt-get', '/bin/apt-get'].find((p) => existsSync(p));
  if (!isRoot || !aptGet) {
    console.error(
      `Chromium 未安装 / Chromium not found at ${CHROMIUM}.\n` +
        'Install it with: sudo apt-get update && sudo apt-get install -y chromium poppler-utils',
    );
    process.exit(1);
  }
  console.log('Chromium not found; installing Debian packages chromium and poppler-utils…');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync(aptGet, ['update'], { stdio: 'inherit', env });
  execFileSync(aptGet, ['install', '-y', 'chromium', 'poppler-utils'], { stdio: 'inherit', env });
}
console.log(version());
