import { execFileSync } from 'node:child_process';
import { connect } from 'node:net';
import { networkInterfaces } from 'node:os';
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchHost, type HostHandle } from '../bench/host-launcher.js';
import { tempDataDir } from '../bench/test-room.js';

/**
 * Documentation prefixes (RFC 5737), never routed on the internet; the first one this machine does
 * not already use (its own LAN may be one of them) goes on our own veth pair, and nowhere else.
 */
const CANDIDATE_PREFIXES = ['198.51.100', '203.0.113', '192.0.2'];
const suffix = String(process.pid % 100_000);
const namespace = `cwtest${suffix}`;
const hostLink = `cwh${suffix}`;
const otherLink = `cwo${suffix}`;

type Reach = 'connected' | 'refused' | 'timeout' | string;

/** Runs in the other host's namespace: plain Node, no test code, reports what it could reach. */
const probeScript = (hostSide: string) => `
const net = require('node:net');
const [participantPort, consolePort] = process.argv.slice(1).map(Number);
const tcp = (host, port) => new Promise((resolve) => {
  const s = net.connect({ host, port });
  const done = (r) => { s.destroy(); resolve(r); };
  s.setTimeout(5000, () => done('timeout'));
  s.on('connect', () => done('connected'));
  s.on('error', (e) => done(e.code === 'ECONNREFUSED' ? 'refused' : e.code));
});
const get = async (url) => {
  try { const r = await fetch(url, { signal: AbortSignal.timeout(5000) }); return r.status + ' ' + (await r.text()).slice(0, 2); }
  catch (e) { return 'error ' + (e.cause?.code ?? e.message); }
};
(async () => {
  console.log(JSON.stringify({
    participantTcp: await tcp('${hostSide}', participantPort),
    participantPage: await get('http://${hostSide}:' + participantPort + '/'),
    participantHandshake: await get('http://${hostSide}:' + participantPort + '/socket.io/?EIO=4&transport=polling'),
    consoleTcp: await tcp('${hostSide}', consolePort),
    consolePage: await get('http://${hostSide}:' + consolePort + '/console/'),
    consoleViaOwnLoopback: await tcp('127.0.0.1', consolePort),
    consolePagesOnParticipantDoor: await get('http://${hostSide}:' + participantPort + '/console/'),
  }));
})();
`;

function run(command: string, args: string[]): string {
  return execFileSync(command, args, { encoding: 'utf8', timeout: 30_000, stdio: 'pipe' });
}

function tcpFrom(host: string, port: number): Promise<Reach> {
  return new Promise((resolve) => {
    const socket = connect({ host, port });
    const done = (result: Reach) => {
      socket.destroy();
      resolve(result);
    };
    socket.setTimeout(5000, () => done('timeout'));
    socket.on('connect', () => done('connected'));
    socket.on('error', (e: NodeJS.ErrnoException) =>
      done(e.code === 'ECONNREFUSED' ? 'refused' : (e.code ?? e.message)),
    );
  });
}

function unusedPrefix(): string | undefined {
  const inUse = run('ip', ['-4', '-o', 'addr']) + run('ip', ['-4', 'route']);
  return CANDIDATE_PREFIXES.find((prefix) => !inUse.includes(prefix + '.'));
}

/** Makes "another host": a namespace joined to this one by a veth pair with our own addresses. */
function makeOtherHost(): {
  addresses?: { hostSide: string; otherHost: string };
  problem?: string;
} {
  try {
    const prefix = unusedPrefix();
    if (!prefix) return { problem: 'every documentation prefix is already used on this machine' };
    const hostSide = `${prefix}.1`;
    const otherHost = `${prefix}.2`;
    run('ip', ['netns', 'add', namespace]);
    run('ip', ['link', 'add', hostLink, 'type', 'veth', 'peer', 'name', otherLink]);
    run('ip', ['link', 'set', otherLink, 'netns', namespace]);
    run('ip', ['addr', 'add', `${hostSide}/30`, 'dev', hostLink]);
    run('ip', ['link', 'set', hostLink, 'up']);
    run('ip', [
      'netns',
      'exec',
      namespace,
      'ip',
      'addr',
      'add',
      `${otherHost}/30`,
      'dev',
      otherLink,
    ]);
    run('ip', ['netns', 'exec', namespace, 'ip', 'link', 'set', otherLink, 'up']);
    run('ip', ['netns', 'exec', namespace, 'ip', 'link', 'set', 'lo', 'up']);
    return { addresses: { hostSide, otherHost } };
  } catch (error) {
    removeOtherHost();
    const stderr = (error as { stderr?: string }).stderr?.trim();
    return { problem: stderr || (error as Error).message };
  }
}

function removeOtherHost(): void {
  for (const args of [
    ['netns', 'del', namespace],
    ['link', 'del', hostLink],
  ]) {
    try {
      run('ip', args);
    } catch {
      // Already gone.
    }
  }
}

let host: HostHandle;
let dataDir: string;

beforeAll(async () => {
  dataDir = tempDataDir();
  host = await launchHost({ dataDir, participantHostname: '0.0.0.0' });
});

afterAll(async () => {
  removeOtherHost();
  await host?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

test('from another host on the network, the participant door answers and the console door refuses', async () => {
  expect(new URL(host.consoleUrl).hostname).toBe('127.0.0.1');
  expect(await tcpFrom('127.0.0.1', host.consolePort)).toBe('connected');

  const { addresses, problem } = makeOtherHost();
  if (!addresses) {
    console.warn(
      `abuse-netns: NOT tested from another host, network namespaces are not available here (${problem}). ` +
        'Checked instead: the console door listens on 127.0.0.1 only and refuses this machine’s LAN addresses.',
    );
    const lan = Object.values(networkInterfaces())
      .flat()
      .filter((a) => a && a.family === 'IPv4' && !a.internal)
      .map((a) => a!.address);
    for (const address of lan) {
      expect(await tcpFrom(address, host.consolePort), address).toBe('refused');
      expect(await tcpFrom(address, host.participantPort), address).toBe('connected');
    }
    return;
  }

  const output = run('ip', [
    'netns',
    'exec',
    namespace,
    process.execPath,
    '-e',
    probeScript(addresses.hostSide),
    String(host.participantPort),
    String(host.consolePort),
  ]);
  const seen = JSON.parse(output.trim().split('\n').at(-1) ?? '{}') as Record<string, string>;
  console.log(`abuse-netns: seen from ${addresses.otherHost}: ${JSON.stringify(seen)}`);
  expect(seen).toEqual({
    participantTcp: 'connected',
    participantPage: expect.stringMatching(/^200 /),
    participantHandshake: expect.stringMatching(/^200 0\{/),
    consoleTcp: 'refused',
    consolePage: expect.stringMatching(/^error /),
    consoleViaOwnLoopback: 'refused',
    consolePagesOnParticipantDoor: expect.stringMatching(/^404/),
  });
});
