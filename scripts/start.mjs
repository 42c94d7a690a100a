/**
 * `npm start`: build the app, then serve it on 127.0.0.1 together with the y-webrtc signaling server.
 *
 * Env: PORT (default 5173), SIGNALING_PORT (default 4444). `--lan` is not available yet.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { serveDist } from './serve.mjs';
import { startSignaling } from './signaling.mjs';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const host = '127.0.0.1';

if (process.argv.includes('--lan')) {
  console.log('局域网/TLS 模式将随同步功能提供，本次仅在本机 127.0.0.1 启动。');
  console.log('LAN/TLS mode comes with the sync issue; starting on 127.0.0.1 only for now.');
}

// The demo workspace is generated once; a checked-out repository may not have it yet.
const seedScript = `${repoRoot}scripts/seed.mjs`;
const demoFile = `${repoRoot}public/demo/demo-S.slbk`;
if (existsSync(seedScript) && !existsSync(demoFile)) {
  console.log('生成演示工作区 / generating the demo workspace (public/demo/demo-S.slbk)…');
  execFileSync(process.execPath, [seedScript, '--size', 'S', '--out', 'public/demo/demo-S.slbk'], {
    cwd: repoRoot,
    stdio: 'inherit',
  });
}

// Vite derives import.meta.env.PROD from NODE_ENV; a stray NODE_ENV=test|development would drop the service worker.
process.env.NODE_ENV = 'production';
console.log('构建中 / building (vite build)…');
await build({ root: repoRoot, logLevel: 'warn' });

const web = await serveDist({ root: `${repoRoot}dist`, host, port: Number(process.env.PORT ?? 5173) });
const signaling = await startSignaling({ host, port: Number(process.env.SIGNALING_PORT ?? 4444) });

console.log('');
console.log(`安全台账 SafeLedger 已启动: ${web.url}`);
console.log(`信令服务 (y-webrtc signaling): ${signaling.url}`);
console.log('欢迎页可打开「演示工作区」(200 人)。 The welcome screen offers the demo workspace (演示工作区, 200 people).');
console.log('按 Ctrl-C 停止 / press Ctrl-C to stop.');

let stopping = false;
const shutdown = async () => {
  if (stopping) return;
  stopping = true;
  await Promise.allSettled([web.close(), signaling.stop()]);
  process.exit(0);
};
process.once('SIGINT', shutdown);
process.once('SIGTERM', shutdown);
