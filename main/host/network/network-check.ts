import { request } from 'node:http';
import type { NetworkCheck } from '../../../shared/protocol/console-events.js';
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
): string[] {
  const advice: string[] = [];
  if (interfaces.length === 0) {
    advice.push(
      'This laptop has no local network address. Connect it to the room Wi-Fi, or turn on its own hotspot and let phones join that.',
    );
    return advice;
  }
  const unreachable = interfaces.filter((i) => !reachable[i.address]);
  if (unreachable.length > 0) {
    advice.push(
      `The participant page did not answer on ${unreachable.map((i) => i.address).join(', ')}. Your firewall may be blocking port ${port}: allow Circlework when the system asks, or add a rule for it.`,
    );
  }
  if (interfaces.every((i) => i.kind === 'virtual')) {
    advice.push(
      'Only virtual network adapters were found (VPN, containers). Phones usually cannot reach those; connect to the room Wi-Fi.',
    );
  }
  advice.push(
    'Guest Wi-Fi networks often keep devices from seeing each other ("client isolation"). If phones cannot open the test page, use a staff network or the laptop\'s own hotspot.',
  );
  advice.push(
    `To be sure, open the test page on one phone: http://<address>:${port}${CHECK_PATH}. If it loads, everyone can join.`,
  );
  return advice;
}

/** What is wrong with the address phones are told to open, if anything. */
export function joinAddressProblem(
  joinAddress: string,
  reachable: Record<string, boolean>,
): string | null {
  if (joinAddress.startsWith('127.'))
    return `Phones are told to open ${joinAddress}, which is each phone itself, not this laptop: connect the laptop to the room's network, then check again.`;
  if (reachable[joinAddress] === false)
    return `Phones are told to open ${joinAddress}, but the app did not answer there. Pick an address that answers, or see the fixes below.`;
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
