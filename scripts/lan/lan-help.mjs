/**
 * What `npm start -- --lan` prints: where colleagues open the app, the signaling URL for 设置 › 同步与设备, the
 * certificate fingerprints, and how to trust the certificate on each kind of device (Chinese, then English).
 */
import { CA_PATH, SIGNAL_PATH } from './lan-server.mjs';

/**
 * @param {{ ips: string[], port: number, caPath: string, caFingerprint: string, certFingerprint: string,
 *   createdCa: boolean }} o
 * @returns {string}
 */
export function lanHelp(o) {
  const hosts = o.ips.length ? o.ips : ['127.0.0.1'];
  const origin = (/** @type {string} */ ip) => `https://${ip}:${o.port}`;
  const first = origin(hosts[0] ?? '127.0.0.1');
  return [
    '',
    '━━ 局域网 HTTPS 模式 / LAN HTTPS mode ━━',
    ...hosts.map((ip) => `同事在浏览器中打开 / colleagues open:        ${origin(ip)}/`),
    ...hosts.map((ip) => `设置 › 同步与设备 › 同步设置 › 信令服务器 / signaling URL: wss://${ip}:${o.port}${SIGNAL_PATH}`),
    `证书 (CA) SHA-256 指纹 / CA certificate SHA-256:`,
    `  ${o.caFingerprint}`,
    `服务器证书 SHA-256 (浏览器警告页显示) / server certificate SHA-256 (shown on the browser's warning page):`,
    `  ${o.certFingerprint}`,
    `CA 证书文件 / CA file: ${o.caPath}`,
    `  也可在同事的设备上下载 / or download it on each device: ${first}${CA_PATH}`,
    o.createdCa
      ? '  这是新生成的证书：每台设备需信任一次。 This CA is new: each device trusts it once.'
      : '  与上次相同的证书：已信任的设备无需再操作。 Same CA as before: devices that trust it need nothing.',
    '',
    '如何信任此证书（每台设备一次，核对上面的 CA 指纹）:',
    '  Windows (Chrome/Edge)：双击 safeledger-lan-ca.crt → 安装证书 → 当前用户 → “将所有的证书都放入下列存储” →',
    '    浏览 → 受信任的根证书颁发机构 → 完成 → 在安全警告中核对指纹后点“是”；然后重启浏览器。',
    '  macOS：双击证书，加入“登录”钥匙串 → 在“钥匙串访问”中双击 “SafeLedger LAN CA …” → 信任 →',
    '    “使用此证书时” 选 “始终信任”。',
    '  Android：下载证书 → 设置 › 安全 › 加密与凭据 › 安装证书 › CA 证书（各品牌菜单名称略有不同）。',
    '  iPhone/iPad：用 Safari 下载 → 设置 › 已下载描述文件 › 安装 → 设置 › 通用 › 关于本机 › 证书信任设置 中打开。',
    '  或者：在浏览器警告页点“高级 › 继续前往”（先核对服务器证书指纹）。可以使用，但浏览器不会为此网站',
    '    安装离线功能（Service Worker），所以更推荐信任证书。',
    '  此 CA 只能用于局域网内部地址、本机地址和 localhost，不能冒充互联网网站。Windows 防火墙询问时请允许“专用网络”。',
    '',
    'How to trust it (once per device; compare the CA fingerprint above):',
    '  Windows (Chrome/Edge): double-click safeledger-lan-ca.crt → Install Certificate → Current User →',
    '    "Place all certificates in the following store" → Trusted Root Certification Authorities → Finish; restart the browser.',
    '  macOS: double-click it into the "login" keychain → in Keychain Access open "SafeLedger LAN CA …" → Trust →',
    '    "When using this certificate: Always Trust".',
    '  Android: download it → Settings › Security › Encryption & credentials › Install a certificate › CA certificate.',
    '  iPhone/iPad: download with Safari → Settings › Profile Downloaded › Install → Settings › General › About ›',
    '    Certificate Trust Settings: turn it on.',
    '  Or: on the browser warning choose "Advanced › Proceed" (check the server fingerprint first). That works, but the',
    '    browser will not install the offline service worker for the site, so trusting the CA is better.',
    '  The CA is limited to private addresses, this server’s addresses and localhost: it cannot impersonate internet sites. If Windows',
    '    Firewall asks, allow "Private networks".',
  ].join('\n');
}
