/**
 * The machine's LAN IPv4 addresses: every non-internal IPv4 address of every interface, private ranges first
 * (those are what colleagues on the office network reach).
 */
import os from 'node:os';

/** RFC 1918 private ranges and link-local, as [network, mask] pairs of dotted quads. */
export const PRIVATE_RANGES = /** @type {const} */ ([
  ['10.0.0.0', '255.0.0.0'],
  ['172.16.0.0', '255.240.0.0'],
  ['192.168.0.0', '255.255.0.0'],
  ['169.254.0.0', '255.255.0.0'],
]);

/** @param {string} ip dotted quad → unsigned 32-bit number */
export function ipv4ToInt(ip) {
  return ip.split('.').reduce((n, part) => (n * 256 + Number(part)) >>> 0, 0);
}

/** True if `ip` lies in network/mask. */
export function inRange(/** @type {string} */ ip, /** @type {string} */ network, /** @type {string} */ mask) {
  const m = ipv4ToInt(mask);
  return ((ipv4ToInt(ip) & m) >>> 0) === ((ipv4ToInt(network) & m) >>> 0);
}

/** True for a private (RFC 1918) or link-local address. */
export function isPrivateIpv4(/** @type {string} */ ip) {
  return PRIVATE_RANGES.some(([net, mask]) => inRange(ip, net, mask));
}

/**
 * @param {NodeJS.Dict<os.NetworkInterfaceInfo[]>} [interfaces] defaults to os.networkInterfaces()
 * @returns {string[]} unique addresses, private ones first
 */
export function lanAddresses(interfaces = os.networkInterfaces()) {
  const all = new Set();
  for (const list of Object.values(interfaces)) {
    for (const a of list ?? []) {
      // Node 18.0–18.3 reported family as the number 4.
      if ((a.family === 'IPv4' || /** @type {unknown} */ (a.family) === 4) && !a.internal) all.add(a.address);
    }
  }
  return [...all].sort((a, b) => Number(isPrivateIpv4(b)) - Number(isPrivateIpv4(a)));
}
