import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import {
  checkFirewall,
  macAppBundle,
  parseMacFirewall,
  parseWindowsFirewall,
  windowsFirewallScript,
} from '../../main/host/network/firewall-check.js';
import { checkNetwork } from '../../main/host/network/network-check.js';

const win = (allow: string, block: string, networks: string) =>
  parseWindowsFirewall(`allow=${allow}\r\nblock=${block}\r\nnetworks=${networks}\r\n`);

describe('the firewall check', () => {
  it('reads Windows Defender Firewall rules for the app and the network category', () => {
    expect(win('Private', 'Public', 'Private').state).toBe('open');
    expect(win('Any', '', 'Public').state).toBe('open');
    // "Cancel" on the Defender prompt leaves block rules behind.
    expect(win('', 'Private, Public', 'Private')).toMatchObject({
      state: 'blocked',
      advice: { code: 'windowsBlocked' },
    });
    // Allowed on private networks, but this Wi-Fi is public: change the network, not the rule.
    expect(win('Private', 'Public', 'Public')).toMatchObject({
      state: 'blocked',
      advice: { code: 'windowsPublic' },
    });
    expect(win('', '', 'Private').state).toBe('unknown');
    expect(win('Private', '', 'DomainAuthenticated').state).toBe('unknown');
    expect(parseWindowsFirewall('garbage').state).toBe('unknown');
  });

  it('quotes the program path for PowerShell', () => {
    expect(windowsFirewallScript("C:\\Users\\O'Neil\\Circlework.exe")).toContain(
      "-Program 'C:\\Users\\O''Neil\\Circlework.exe'",
    );
  });

  it('reads the macOS application firewall', () => {
    const on = 'Firewall is enabled. (State = 1)';
    const noBlockAll = 'Firewall has block all state set to disabled.';
    expect(parseMacFirewall('Firewall is disabled. (State = 0)', '', '').state).toBe('open');
    expect(
      parseMacFirewall(
        on,
        noBlockAll,
        'The application /Applications/Circlework.app is blocked from receiving incoming connections.',
      ),
    ).toMatchObject({
      state: 'blocked',
      advice: { code: 'macBlocked' },
    });
    expect(parseMacFirewall(on, noBlockAll, 'The application ... is permitted').state).toBe('open');
    expect(
      parseMacFirewall(
        'Firewall is blocking all non-essential incoming connections. (State = 2)',
        'Block all INCOMING connections!',
        '',
      ),
    ).toMatchObject({ state: 'blocked', advice: { code: 'macBlockAll' } });
    expect(macAppBundle('/Applications/Circlework.app/Contents/MacOS/Circlework')).toBe(
      '/Applications/Circlework.app',
    );
  });

  it('says "unknown" when it cannot ask, and on systems it does not read', async () => {
    const failing = () => Promise.reject(new Error('powershell.exe not found'));
    expect((await checkFirewall('win32', 'C:\\x.exe', failing)).state).toBe('unknown');
    expect((await checkFirewall('linux', '/usr/bin/node', failing)).state).toBe('unknown');
  });

  it('makes the network check count no address as reachable when the firewall blocks', async () => {
    const server = createServer((_req, res) => res.end('ok'));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    try {
      const lan = [
        { name: 'lo', address: '127.0.0.1', kind: 'other' as const, scope: 'private' as const },
      ];
      const open = await checkNetwork(lan, port, '127.0.0.1', () =>
        Promise.resolve({ state: 'open' }),
      );
      expect(open.reachable['127.0.0.1']).toBe(true);
      const blocked = await checkNetwork(lan, port, '127.0.0.1', () =>
        Promise.resolve({ state: 'blocked', advice: { code: 'macBlocked' } }),
      );
      expect(blocked.reachable['127.0.0.1']).toBe(false);
      expect(blocked.advice[0]).toEqual({ code: 'macBlocked' });
    } finally {
      server.close();
    }
  });
});
