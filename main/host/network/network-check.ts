import { request } from 'node:http';
import type { NetworkCheck } from '../../../shared/protocol/console-events.js';
import type { NetworkAdvice } from '../../../shared/protocol/network-advice.js';
import type { NetworkInterfaceInfo } from '../../../shared/protocol/views.js';
import { CHECK_PATH } from '../http/check-page.js';
import { checkFirewall, type FirewallVerdict } from './firewall-check.js';

const PROBE_TIMEOUT_MS = 1500;

function probe(address: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const req = request(
      { host: address, port, path: CHECK_PATH, method: 'GET', timeout: PROBE_TIMEOUT_MS },
      (res) => {
        res.resume();
        resolve(res.statusCode === 200);
      },
    );
    req.on('timeout', () => req.destroy());
    req.on('error', () => resolve(false));
    req.end();
  });
}

export function networkAdvice(
  interfaces: NetworkInterfaceInfo[],
  reachable: Record<string, boolean>,
  port: number,
): NetworkAdvice[] {
  const advice: NetworkAdvice[] = [];
  if (interfaces.length === 0) return [{ code: 'noAddress' }];
  const unreachable = interfaces.filter((i) => !reachable[i.address]);
  if (unreachable.length > 0) {
    const addresses = unreachable.map((i) => i.address).join(', ');
    advice.push({ code: 'unreachable', addresses, port });
  }
  if (interfaces.every((i) => i.kind === 'virtual')) advice.push({ code: 'virtualOnly' });
  advice.push({ code: 'guestWifi' });
  advice.push({ code: 'testPage', port, path: CHECK_PATH });
  return advice;
}

/** What is wrong with the address phones are told to open, if anything. */
export function joinAddressProblem(
  joinAddress: string,
  reachable: Record<string, boolean>,
): NetworkAdvice | null {
  if (joinAddress.startsWith('127.')) return { code: 'joinLoopback', address: joinAddress };
  if (reachable[joinAddress] === false) return { code: 'joinUnanswered', address: joinAddress };
  return null;
}

/**
 * Lists interfaces and asks the participant door on each address from this machine. The probe
 * does not cross the laptop's own firewall, so the firewall is asked too: when it keeps phones
 * out, no address counts as reachable and its fix comes first.
 */
export async function checkNetwork(
  interfaces: NetworkInterfaceInfo[],
  port: number,
  joinAddress: string,
  firewall: () => Promise<FirewallVerdict> = () => checkFirewall(),
): Promise<NetworkCheck> {
  const [results, wall] = await Promise.all([
    Promise.all(interfaces.map((i) => probe(i.address, port))),
    firewall(),
  ]);
  const blocked = wall.state === 'blocked';
  const reachable: Record<string, boolean> = {};
  interfaces.forEach((i, n) => (reachable[i.address] = !blocked && (results[n] ?? false)));
  const advice = networkAdvice(interfaces, reachable, port);
  const joinProblem = joinAddressProblem(joinAddress, reachable);
  if (joinProblem) advice.unshift(joinProblem);
  return {
    interfaces,
    port,
    reachable,
    joinAddress,
    advice: blocked ? [wall.advice, ...advice] : advice,
    testPath: CHECK_PATH,
  };
}
