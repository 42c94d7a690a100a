/** The office-LAN mode of `npm start -- --lan`: addresses, certificates, the HTTPS front, its help text and self-check. */
export { lanAddresses, isPrivateIpv4 } from './lan-addresses.mjs';
export { ensureLanCert, OPENSSL_MISSING, opensslVersion } from './lan-cert.mjs';
export { lanHelp } from './lan-help.mjs';
export { CA_PATH, SIGNAL_PATH, startLanServer } from './lan-server.mjs';
export { probeLan } from './probe-lan.mjs';
