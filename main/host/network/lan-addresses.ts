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

/** The machine's private IPv4 addresses, likeliest join address first. */
export function listLanAddresses(
  interfaces: ReturnType<typeof networkInterfaces> = networkInterfaces(),
): NetworkInterfaceInfo[] {
  const found: NetworkInterfaceInfo[] = [];
  for (const [name, entries] of Object.entries(interfaces)) {
    for (const entry of entries ?? []) {
      if (entry.family !== 'IPv4' || entry.internal || !isPrivateIPv4(entry.address)) continue;
      found.push({ name, address: entry.address, kind: guessKind(name) });
    }
  }
  return found.sort((x, y) => KIND_ORDER.indexOf(x.kind) - KIND_ORDER.indexOf(y.kind));
}

/** The address the QR code uses: the counselor's pick while it still exists, else the likeliest. */
export function pickJoinAddress(
  preferred: string | undefined,
  list: NetworkInterfaceInfo[],
): string {
  if (preferred && list.some((i) => i.address === preferred)) return preferred;
  return list[0]?.address ?? '127.0.0.1';
}
