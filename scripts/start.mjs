/**
 * `npm start`: build the app, then serve it on 127.0.0.1 together with the y-webrtc signaling server.
 *
 * Env: PORT (default 5173), SIGNALING_PORT (default 4444).
 *
 * `npm start -- --lan`: additionally serves the app and the signaling server to the office network over HTTPS on
 * 0.0.0.0:LAN_PORT (default 5443), with a certificate made once by the `openssl` CLI and kept in
 * SAFELEDGER_LAN_DIR (default `.tmp/lan/`, git-ignored). Colleagues open https://<ip>:5443/ and enter
 * wss://<ip>:5443/signal under 设置 › 同步与设备 › 同步设置. The app and signaling servers themselves stay on 127.0.0.1.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { serveDist } from './serve.mjs';
import { startSignaling } from './signaling.mjs';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const host = '127.0.0.1';

const lanMode = process.argv.includes('--lan');

// LAN mode needs a certificate: check for openssl before the (slow) build, and make the certificate once.
// The LAN modules load only with --lan, so plain `npm start` runs exactly as before.
const lanMods = lanMode ? await import('./lan/index.mjs') : null;
let lanCert = null;
const lanIps = lanMods ? lanMods.lanAddresses() : [];
if (lanMods) {
  const { ensureLanCert, OPENSSL_MISSING, opensslVersion } = lanMods;
  if (!opensslVersion()) {
    console.error(OPENSSL_MISSING);
    process.exit(1);
  }
  if (!lanIps.length) console.log('未找到局域网 IPv4 地址，仅能在本机访问。 No LAN IPv4 address found: reachable from this machine only.');
  lanCert = ensureLanCert({ dir: process.env.SAFELEDGER_LAN_DIR || `${repoRoot}.tmp/lan`, ips: lanIps });
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

let lan = null;
if (lanMods && lanCert) {
  const { lanHelp, probeLan, startLanServer } = lanMods;
  lan = await startLanServer({
    host: '0.0.0.0',
    port: Number(process.env.LAN_PORT ?? 5443),
    certPem: lanCert.certPem,
    keyPem: lanCert.keyPem,
    caPem: lanCert.caPem,
    web: { host, port: web.port },
    signaling: { host, port: signaling.port },
  });
  console.log(lanHelp({ ips: lanIps, port: lan.port, ...lanCert }));
  // The same checks a colleague's browser makes: certificate chain, page, and a signaling round trip.
  await probeLan({ origin: `https://127.0.0.1:${lan.port}`, ca: lanCert.caPem }).then(
    () => console.log('\n自检通过：HTTPS 页面与 wss 信令均可用。 Self-check passed: HTTPS page and wss signaling work.'),
    (e) => console.log(`\n自检失败 / self-check failed: ${e instanceof Error ? e.message : e}`),
  );
}
console.log('按 Ctrl-C 停止 / press Ctrl-C to stop.');

let stopping = false;
const shutdown = async () => {
  if (stopping) return;
  stopping = true;
  await Promise.allSettled([web.close(), signaling.stop(), lan?.close()]);
  process.exit(0);
};
process.once('SIGINT', shutdown);
process.once('SIGTERM', shutdown);
