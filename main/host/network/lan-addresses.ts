import { networkInterfaces } from 'node:os';
import type { NetworkInterfaceInfo } from '../../../shared/protocol/views.js';

type Kind = NetworkInterfaceInfo['kind'];

/** RFC 1918 ranges plus the carrier-grade NAT range some phone hotspots hand out. */
export function isPrivateIPv4(address: string): boolean {
  const parts = address.split('.').map(Number);
  if (parts.length !== 4 || parts.some((n) => !Number.isInteger(n) || n < 0 || n > 255)) {
    return false;
  }
  const [a, b] = parts as [number, number, number, number];
  return (
    a === 10 ||
    (a === 172 && b >= 16 && b <= 31) ||
    (a === 192 && b === 168) ||
    (a === 100 && b >= 64 && b <= 127)
  );
}

/** A guess from the interface name; good enough to order the list and word the advice. */
export function guessKind(name: string): Kind {
  const n = name.toLowerCase();
  if (
    /(docker|veth|virbr|vmnet|vbox|virtualbox|vethernet|hyper-v|utun|tun|tap|tailscale|zt|wg|lxc|br-)/.test(
      n,
    )
  ) {
    return 'virtual';
  }
  if (/(hotspot|ap\d|bridge\d|local area connection\*)/.test(n)) return 'hotspot';
  if (/(wi-?fi|wlan|wireless|^wl|airport)/.test(n)) return 'wifi';
  if (/(ethernet|^eth|^en[ops]|^enx|^em\d|^en\d)/.test(n)) return 'ethernet';
  return 'other';
}

const KIND_ORDER: Kind[] = ['wifi', 'ethernet', 'hotspot', 'other', 'virtual'];

/** Loopback, "this host" and self-assigned (no DHCP) addresses: no phone can use them. */
function isUnusable(address: string): boolean {
  return /^(127\.|0\.|169\.254\.)/.test(address);
}

/** Virtual adapters last; then private before public (most room networks); then by kind. */
function likelihood(i: NetworkInterfaceInfo): number {
  const virtual = i.kind === 'virtual' ? 100 : 0;
  const scope = i.scope === 'private' ? 0 : 10;
  return virtual + scope + KIND_ORDER.indexOf(i.kind);
}

/**
 * Every IPv4 address a phone could use, likeliest join address first. Public addresses count
 * too: many universities and companies hand them out on their own network (issue 14).
 */
export function listLanAddresses(
  interfaces: ReturnType<typeof networkInterfaces> = networkInterfaces(),
): NetworkInterfaceInfo[] {
  const found: NetworkInterfaceInfo[] = [];
  for (const [name, entries] of Object.entries(interfaces)) {
    for (const entry of entries ?? []) {
      if (entry.family !== 'IPv4' || entry.internal || isUnusable(entry.address)) continue;
      const scope = isPrivateIPv4(entry.address) ? 'private' : 'public';
      found.push({ name, address: entry.address, kind: guessKind(name), scope });
    }
  }
  return found.sort((x, y) => likelihood(x) - likelihood(y));
}

/**
 * The address the QR code uses: the counselor's pick while it still exists, else the likeliest.
 * Loopback only when the laptop has no network at all; the network check then says so.
 */
export function pickJoinAddress(
  preferred: string | undefined,
  list: NetworkInterfaceInfo[],
): string {
  if (preferred && list.some((i) => i.address === preferred)) return preferred;
  return list[0]?.address ?? '127.0.0.1';
}
