/**
 * The LAN server's TLS certificates, made once with the `openssl` CLI and cached (default `.tmp/lan/`, which git
 * ignores):
 *
 * - a small certificate authority (ca.crt, 10 years) that colleagues trust once. It is name-constrained to private
 *   addresses and localhost, so even a stolen ca.key cannot impersonate an internet site;
 * - a server certificate (server.crt, 397 days: Apple's limit is 825) signed by it, with subjectAltName for the
 *   current LAN addresses, 127.0.0.1 and localhost. It is re-issued silently when an address changes (DHCP) or
 *   it nears expiry: the CA stays, so nobody has to trust anything again.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { randomBytes, X509Certificate } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { inRange, PRIVATE_RANGES } from './lan-addresses.mjs';

const DAY = 86_400_000;
const RENEW_BEFORE = 30 * DAY;

/** The openssl binary: env OPENSSL, else `openssl` on PATH. */
export const opensslBin = () => process.env.OPENSSL || 'openssl';

/** The `openssl version` line, or null if the CLI cannot be run. */
export function opensslVersion(bin = opensslBin()) {
  const r = spawnSync(bin, ['version'], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : null;
}

/** The message printed when openssl is missing (nothing is downloaded). */
export const OPENSSL_MISSING = [
  '未找到 openssl 命令，无法生成局域网 HTTPS 证书。请先安装：',
  '  Debian/Ubuntu: sudo apt install openssl    macOS: 系统自带 (或 brew install openssl)',
  '  Windows: 安装 Git for Windows 后在 “Git Bash” 中运行，或把 openssl.exe 所在目录加入 PATH，或设置环境变量 OPENSSL=<openssl.exe 路径>',
  'The `openssl` command was not found, so no LAN HTTPS certificate can be made. Install it first:',
  '  Debian/Ubuntu: sudo apt install openssl    macOS: built in (or brew install openssl)',
  '  Windows: install Git for Windows and run from "Git Bash", or put openssl.exe on PATH, or set OPENSSL=<path to openssl.exe>',
].join('\n');

/**
 * Makes or reuses the CA and the server certificate for `ips`.
 *
 * @param {{ dir: string, ips: string[], now?: number, openssl?: string }} options
 * @returns {{ caPath: string, caPem: string, certPem: string, keyPem: string, caFingerprint: string,
 *   certFingerprint: string, createdCa: boolean, issuedCert: boolean, names: string[] }}
 */
export function ensureLanCert({ dir, ips, now = Date.now(), openssl = opensslBin() }) {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const f = (/** @type {string} */ name) => path.join(dir, name);
  const ipNames = [...new Set([...ips, '127.0.0.1'])];
  const run = (/** @type {string[]} */ args) => execFileSync(openssl, args, { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });

  // 1. The CA: reused while valid and while its name constraints cover every current address.
  let ca = readCert(f('ca.crt'));
  const permitted = permittedRanges(f('ca.cnf'));
  const caOk = ca && existsSync(f('ca.key')) && Date.parse(ca.validTo) - now > RENEW_BEFORE && ipNames.every((ip) => permitted.some(([n, m]) => inRange(ip, n, m)));
  if (!caOk) {
    const constraints = [
      ...PRIVATE_RANGES.map(([net, mask]) => `permitted;IP:${net}/${mask}`),
      'permitted;IP:127.0.0.0/255.0.0.0',
      // A LAN on public or test addresses: permit exactly those hosts.
      ...ipNames.filter((ip) => !ip.startsWith('127.') && !PRIVATE_RANGES.some(([n, m]) => inRange(ip, n, m))).map((ip) => `permitted;IP:${ip}/255.255.255.255`),
      'permitted;DNS:localhost',
    ];
    const host = os.hostname().replace(/[^A-Za-z0-9.-]/g, '').slice(0, 30) || 'host';
    writeFileSync(f('ca.cnf'), [
      '[req]', 'distinguished_name = dn', 'prompt = no', 'x509_extensions = v3_ca',
      '[dn]', 'O = SafeLedger', `CN = SafeLedger LAN CA ${host} ${new Date(now).toISOString().slice(0, 10)}`,
      '[v3_ca]', 'basicConstraints = critical,CA:TRUE,pathlen:0', 'keyUsage = critical,keyCertSign,cRLSign',
      'subjectKeyIdentifier = hash', `nameConstraints = critical,${constraints.join(',')}`, '',
    ].join('\n'));
    run(['req', '-x509', '-config', 'ca.cnf', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes',
      '-keyout', 'ca.key.new', '-out', 'ca.crt.new', '-days', '3650', '-sha256']);
    chmodSync(f('ca.key.new'), 0o600);
    renameSync(f('ca.key.new'), f('ca.key'));
    renameSync(f('ca.crt.new'), f('ca.crt'));
    rmSync(f('server.crt'), { force: true });
    ca = readCert(f('ca.crt'));
  }
  if (!ca) throw new Error(`lan-cert: could not read ${f('ca.crt')}`);

  // 2. The server certificate: reused while issued by this CA, valid, and naming every current address.
  let cert = readCert(f('server.crt'));
  const certOk = cert && existsSync(f('server.key')) && cert.checkIssued(ca) && cert.verify(ca.publicKey)
    && Date.parse(cert.validTo) - now > RENEW_BEFORE && ipNames.every((ip) => cert?.checkIP(ip)) && cert.checkHost('localhost');
  if (!certOk) {
    writeFileSync(f('server.cnf'), [
      '[req]', 'distinguished_name = dn', 'prompt = no',
      '[dn]', 'O = SafeLedger', 'CN = SafeLedger LAN server',
      '[v3_leaf]', 'basicConstraints = critical,CA:FALSE', 'keyUsage = critical,digitalSignature',
      'extendedKeyUsage = serverAuth', 'subjectKeyIdentifier = hash', 'authorityKeyIdentifier = keyid',
      `subjectAltName = ${[...ipNames.map((ip) => `IP:${ip}`), 'DNS:localhost'].join(',')}`, '',
    ].join('\n'));
    run(['req', '-new', '-config', 'server.cnf', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes',
      '-keyout', 'server.key.new', '-out', 'server.csr']);
    run(['x509', '-req', '-in', 'server.csr', '-CA', 'ca.crt', '-CAkey', 'ca.key', '-set_serial', `0x${randomBytes(16).toString('hex').replace(/^[89a-f]/, '1')}`,
      '-days', '397', '-sha256', '-extfile', 'server.cnf', '-extensions', 'v3_leaf', '-out', 'server.crt.new']);
    chmodSync(f('server.key.new'), 0o600);
    renameSync(f('server.key.new'), f('server.key'));
    renameSync(f('server.crt.new'), f('server.crt'));
    rmSync(f('server.csr'), { force: true });
    cert = readCert(f('server.crt'));
  }
  if (!cert) throw new Error(`lan-cert: could not read ${f('server.crt')}`);

  return {
    caPath: f('ca.crt'),
    caPem: readFileSync(f('ca.crt'), 'utf8'),
    certPem: readFileSync(f('server.crt'), 'utf8'),
    keyPem: readFileSync(f('server.key'), 'utf8'),
    caFingerprint: ca.fingerprint256,
    certFingerprint: cert.fingerprint256,
    createdCa: !caOk,
    issuedCert: !certOk,
    names: [...ipNames, 'localhost'],
  };
}

/** @param {string} file */
function readCert(file) {
  try {
    return new X509Certificate(readFileSync(file));
  } catch {
    return null;
  }
}

/**
 * The IP ranges the CA's name constraints permit. Node does not expose name constraints, so they are read back
 * from the cnf the CA was made with (kept next to it); none found means "make a new CA".
 *
 * @param {string} cnfFile
 * @returns {[string, string][]}
 */
function permittedRanges(cnfFile) {
  let cnf = '';
  try {
    cnf = readFileSync(cnfFile, 'utf8');
  } catch {
    return [];
  }
  return [...cnf.matchAll(/permitted;IP:([\d.]+)\/([\d.]+)/g)].map((m) => [m[1] ?? '', m[2] ?? '']);
}
