/**
 * Runs the real y-webrtc signaling server (`y-webrtc/bin/server.js`) bound to one interface.
 *
 * Usage: `node scripts/signaling.mjs` (env SIGNALING_HOST, default 127.0.0.1; SIGNALING_PORT or PORT, default 4444),
 * or `startSignaling()` from other scripts and tests.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const preload = fileURLToPath(new URL('./listen-host.mjs', import.meta.url));
const serverBin = fileURLToPath(new URL('../node_modules/y-webrtc/bin/server.js', import.meta.url));

/**
 * Starts the signaling server in a child process and resolves once it is listening.
 *
 * @param {{ host?: string, port?: number }} [options] host defaults to 127.0.0.1; port 0 picks a free port.
 * @returns {Promise<{ url: string, host: string, port: number, pid: number, stop: () => Promise<void> }>}
 */
export function startSignaling({ host = '127.0.0.1', port = 4444 } = {}) {
  const child = spawn(process.execPath, ['--import', preload, serverBin], {
    env: { ...process.env, PORT: String(port), SIGNALING_HOST: host, SIGNALING_EXIT_WITH_PARENT: '1' },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (chunk) => {
    stderr = (stderr + chunk).slice(-4000);
  });
  const exited = new Promise((resolve) => child.once('exit', resolve));

  /** Stops the server; resolves when the process has exited. */
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    await exited;
  };

  return new Promise((resolve, reject) => {
    let stdout = '';
    child.stdout.setEncoding('utf8').on('data', (chunk) => {
      stdout += chunk;
      const m = /^LISTENING (\S+) (\d+)$/m.exec(stdout);
      if (!m) return;
      stdout = '';
      const boundPort = Number(m[2]);
      const urlHost = host.includes(':') ? `[${host}]` : host;
      resolve({ url: `ws://${urlHost}:${boundPort}`, host, port: boundPort, pid: child.pid ?? -1, stop });
    });
    child.once('error', reject);
    child.once('exit', (code, signal) => {
      reject(new Error(`signaling server exited before listening (code ${code}, signal ${signal}): ${stderr.trim()}`));
    });
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const host = process.env.SIGNALING_HOST || '127.0.0.1';
  const port = Number(process.env.SIGNALING_PORT || process.env.PORT || 4444);
  const server = await startSignaling({ host, port });
  console.log(`信令服务 (y-webrtc signaling): ${server.url}`);
  const shutdown = () => server.stop().then(() => process.exit(0));
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
}
