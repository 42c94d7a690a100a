import type { NetworkInterfaceInfo } from 'node:os';

/** RFC 1918 private ranges and link-local, as [network, mask]. */
export declare const PRIVATE_RANGES: readonly (readonly [string, string])[];
export declare function ipv4ToInt(ip: string): number;
export declare function inRange(ip: string, network: string, mask: string): boolean;
export declare function isPrivateIpv4(ip: string): boolean;
/** Non-internal IPv4 addresses of this machine, private ones first. */
export declare function lanAddresses(interfaces?: NodeJS.Dict<NetworkInterfaceInfo[]>): string[];
