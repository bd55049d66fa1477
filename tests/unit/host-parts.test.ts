import { mkdtemp, readFile, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { createConfSettingsStore } from '../../main/settings/conf-settings-store.js';
import { DEFAULT_SETTINGS, settingsWithDefaults } from '../../main/settings/default-settings.js';
import {
  guessKind,
  isPrivateIPv4,
  listLanAddresses,
  pickJoinAddress,
} from '../../main/host/network/lan-addresses.js';
import { joinAddressProblem, networkAdvice } from '../../main/host/network/network-check.js';
import { newRoomCode, sameSecret } from '../../main/host/session/ids.js';
import { Broadcaster, type DirtyViews } from '../../main/host/sockets/broadcaster.js';
import { GuessLimiter, remoteAddressKey } from '../../main/host/sockets/guess-limiter.js';
import { RequestGate } from '../../main/host/sockets/request-gate.js';
import { TokenBucket } from '../../main/host/sockets/token-bucket.js';
import { ROOM_CODE_ALPHABET } from '../../shared/protocol/participant-events.js';

describe('settings store (conf)', () => {
  it('starts from the defaults and keeps what is set, across instances', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'circlework-settings-'));
    const store = createConfSettingsStore(dir);
    expect(store.get()).toEqual(DEFAULT_SETTINGS);
    expect(store.get()).toMatchObject({
      // Names are off by default (issue 13): turning them on is the counselor's choice.
      namesEnabled: false,
      kLive: 3,
      kExport: 5,
      retentionDays: 30,
      paperSize: 'A4',
    });
    store.set({ kLive: 4, paperSize: 'Letter', joinAddress: '192.168.1.20' });
    expect(createConfSettingsStore(dir).get()).toMatchObject({
      kLive: 4,
      paperSize: 'Letter',
      joinAddress: '192.168.1.20',
    });
    expect(() => store.set({ kLive: 1 })).toThrow();
    if (process.platform !== 'win32')
      expect((await stat(join(dir, 'settings.json'))).mode & 0o777).toBe(0o600);
    expect(JSON.parse(await readFile(join(dir, 'settings.json'), 'utf8')).kLive).toBe(4);
  });

  it('falls back to the default for each broken field only', () => {
    expect(settingsWithDefaults({ kLive: 'many', kExport: 7, bogus: 1 })).toEqual({
      ...DEFAULT_SETTINGS,
      kExport: 7,
    });
    expect(settingsWithDefaults(null)).toEqual(DEFAULT_SETTINGS);
  });

  it('has a warm agreement and support text', () => {
    expect(DEFAULT_SETTINGS.agreement).toMatch(/pass/);
    expect(DEFAULT_SETTINGS.support.length).toBeGreaterThan(40);
  });
});

describe('LAN addresses', () => {
  it('knows private ranges', () => {
    for (const a of ['10.0.0.5', '172.16.3.4', '172.31.255.1', '192.168.178.20', '100.64.0.9'])
      expect(isPrivateIPv4(a), a).toBe(true);
    for (const a of ['8.8.8.8', '172.32.0.1', '127.0.0.1', '169.254.1.1', '192.169.0.1', 'x.y.z.w'])
      expect(isPrivateIPv4(a), a).toBe(false);
  });

  it('guesses the kind from the interface name', () => {
    expect(guessKind('wlp2s0')).toBe('wifi');
    expect(guessKind('Wi-Fi')).toBe('wifi');
    expect(guessKind('enp3s0')).toBe('ethernet');
    expect(guessKind('eth0')).toBe('ethernet');
    expect(guessKind('docker0')).toBe('virtual');
    expect(guessKind('utun3')).toBe('virtual');
    expect(guessKind('bridge100')).toBe('hotspot');
    expect(guessKind('Local Area Connection* 2')).toBe('hotspot');
  });

  it('lists every usable IPv4 address, private Wi-Fi first, and honours the counselor’s pick', () => {
    const entry = (address: string, family = 'IPv4', internal = false) =>
      ({ address, family, internal, netmask: '', mac: '', cidr: null }) as never;
    const list = listLanAddresses({
      lo: [entry('127.0.0.1', 'IPv4', true)],
      docker0: [entry('172.17.0.1')],
      eth0: [entry('10.1.2.3'), entry('fe80::1', 'IPv6')],
      wlan0: [entry('192.168.1.7')],
      wan: [entry('203.0.113.9')],
      eth1: [entry('169.254.7.7')],
    });
    // A public address on the room's network is offered, after the private ones, before virtual.
    expect(list.map((i) => i.address)).toEqual([
      '192.168.1.7',
      '10.1.2.3',
      '203.0.113.9',
      '172.17.0.1',
    ]);
    expect(list.find((i) => i.address === '203.0.113.9')?.scope).toBe('public');
    expect(pickJoinAddress(undefined, list)).toBe('192.168.1.7');
    expect(pickJoinAddress('10.1.2.3', list)).toBe('10.1.2.3');
    expect(pickJoinAddress('10.9.9.9', list)).toBe('192.168.1.7');
    expect(pickJoinAddress(undefined, [])).toBe('127.0.0.1');
  });

  it('picks a public address when the laptop has no private one (campus networks)', () => {
    const entry = (address: string) =>
      ({ address, family: 'IPv4', internal: false, netmask: '', mac: '', cidr: null }) as never;
    const list = listLanAddresses({
      wlan0: [entry('141.20.5.77')],
      docker0: [entry('172.17.0.1')],
    });
    expect(pickJoinAddress(undefined, list)).toBe('141.20.5.77');
  });

  it('says when phones are told to open an address that cannot work', () => {
    expect(joinAddressProblem('127.0.0.1', {})).toEqual({
      code: 'joinLoopback',
      address: '127.0.0.1',
    });
    expect(joinAddressProblem('10.0.0.2', { '10.0.0.2': false })).toEqual({
      code: 'joinUnanswered',
      address: '10.0.0.2',
    });
    expect(joinAddressProblem('10.0.0.2', { '10.0.0.2': true })).toBeNull();
  });

  it('gives plain advice', () => {
    const wifi = [
      { name: 'wlan0', address: '192.168.1.7', kind: 'wifi' as const, scope: 'private' as const },
    ];
    const codes = (advice: { code: string }[]) => advice.map((a) => a.code);
    expect(codes(networkAdvice([], {}, 8080))).toEqual(['noAddress']);
    expect(networkAdvice(wifi, { '192.168.1.7': false }, 8080)[0]).toEqual({
      code: 'unreachable',
      addresses: '192.168.1.7',
      port: 8080,
    });
    expect(codes(networkAdvice(wifi, { '192.168.1.7': true }, 8080))).toEqual([
      'guestWifi',
      'testPage',
    ]);
  });
});

describe('room codes and secrets', () => {
  it('draws 6 characters from the unambiguous alphabet', () => {
    const codes = new Set(Array.from({ length: 500 }, () => newRoomCode()));
    for (const code of codes) {
      expect(code).toHaveLength(6);
      for (const ch of code) expect(ROOM_CODE_ALPHABET).toContain(ch);
    }
    expect(codes.size).toBeGreaterThan(495);
  });

  it('compares secrets of any length', () => {
    expect(sameSecret('abc', 'abc')).toBe(true);
    expect(sameSecret('abc', 'abcd')).toBe(false);
    expect(sameSecret('', 'abc')).toBe(false);
  });
});

describe('guess limiter (per remote address)', () => {
  const limit = { burst: 3, perSecond: 1, maxAddresses: 4 };

  it('lets an address miss a burst of times, then one try a second; others are untouched', () => {
    let now = 0;
    const reports: [string, number][] = [];
    const guesses = new GuessLimiter(
      limit,
      (a, n) => reports.push([a, n]),
      () => now,
    );
    const tries = (address: string, n: number) =>
      Array.from({ length: n }, () => guesses.mayTry(address) && guesses.missed(address));
    expect(tries('10.0.0.5', 5)).toEqual([true, true, true, false, false]);
    expect(guesses.mayTry('10.0.0.6')).toBe(true);
    now = 1_000;
    expect(tries('10.0.0.5', 2)).toEqual([true, false]);
    // One log line for the first refusal, then one sum a minute, however hard it tries.
    expect(reports).toEqual([['10.0.0.5', 1]]);
    now = 61_000;
    expect(Array.from({ length: 4 }, () => guesses.missed('10.0.0.5'))).toEqual([
      true,
      true,
      true,
      false,
    ]);
    expect(guesses.mayTry('10.0.0.5')).toBe(false);
    expect(reports).toEqual([
      ['10.0.0.5', 1],
      ['10.0.0.5', 3],
    ]);
  });

  it('costs nothing for tries that were right: only misses make an entry', () => {
    const guesses = new GuessLimiter(limit, undefined, () => 0);
    for (let i = 0; i < 100; i++) expect(guesses.mayTry('10.0.0.7')).toBe(true);
    expect(guesses.size).toBe(0);
  });

  it('remembers a bounded number of addresses, forgetting the least recently seen', () => {
    const guesses = new GuessLimiter(limit, undefined, () => 0);
    for (let i = 0; i < 3; i++) guesses.missed('10.0.0.1');
    expect(guesses.mayTry('10.0.0.1')).toBe(false);
    for (let i = 2; i <= 1000; i++) guesses.missed(`10.0.${i >> 8}.${i & 255}`);
    expect(guesses.size).toBe(limit.maxAddresses);
    expect(guesses.mayTry('10.0.0.1')).toBe(true);
  });

  it('treats an IPv4-mapped IPv6 address as the same device', () => {
    expect(remoteAddressKey('::ffff:192.168.1.20')).toBe('192.168.1.20');
    expect(remoteAddressKey('192.168.1.20')).toBe('192.168.1.20');
    expect(remoteAddressKey('fe80::1')).toBe('fe80::1');
    expect(remoteAddressKey(undefined)).toBe('unknown');
  });
});

describe('request gate (per connection)', () => {
  it('closes a connection after 50 refusals within 10 s, once, and then admits nothing', () => {
    let now = 0;
    const closes: number[] = [];
    const gate = new RequestGate(
      new TokenBucket(2, 1, () => now),
      { refusals: 50, withinMs: 10_000, close: (n) => closes.push(n) },
      () => now,
    );
    expect([gate.admit(), gate.admit(), gate.admit()]).toEqual([true, true, false]);
    for (let i = 0; i < 49; i++) gate.refused();
    expect(gate.open).toBe(true);
    gate.refused();
    expect(gate.open).toBe(false);
    expect(closes).toEqual([50]);
    now = 60_000;
    gate.refused();
    expect(gate.admit()).toBe(false);
    expect(closes).toEqual([50]);
  });

  it('closes at the 50th refusal on a clock far from zero too (a host running for hours)', () => {
    let now = 5 * 3600_000;
    const closes: number[] = [];
    const gate = new RequestGate(
      new TokenBucket(2, 1, () => now),
      { refusals: 50, withinMs: 10_000, close: (n) => closes.push(n) },
      () => now,
    );
    for (let i = 0; i < 49; i++) {
      now += 1;
      gate.refused();
    }
    expect(gate.open).toBe(true);
    gate.refused();
    expect(gate.open).toBe(false);
    expect(closes).toEqual([50]);
  });

  it('keeps a connection whose refusals are spread out (a slow, steady client)', () => {
    let now = 0;
    const gate = new RequestGate(
      new TokenBucket(1, 1, () => now),
      { refusals: 50, withinMs: 10_000, close: () => {} },
      () => now,
    );
    for (let i = 0; i < 500; i++) {
      now += 250;
      gate.refused();
    }
    expect(gate.open).toBe(true);
  });

  it('never closes without a drop policy (the console door)', () => {
    const gate = new RequestGate(new TokenBucket(1, 1, () => 0), undefined, () => 0);
    for (let i = 0; i < 1000; i++) gate.refused();
    expect(gate.open).toBe(true);
  });
});

describe('token bucket', () => {
  it('allows a burst, then refills over time', () => {
    let now = 0;
    const bucket = new TokenBucket(3, 2, () => now);
    expect([bucket.take(), bucket.take(), bucket.take(), bucket.take()]).toEqual([
      true,
      true,
      true,
      false,
    ]);
    now = 500;
    expect([bucket.take(), bucket.take()]).toEqual([true, false]);
    now = 60_000;
    expect([bucket.take(), bucket.take(), bucket.take(), bucket.take()]).toEqual([
      true,
      true,
      true,
      false,
    ]);
  });
});

describe('broadcaster', () => {
  it('coalesces any number of changes into one send per interval', async () => {
    const sends: DirtyViews[] = [];
    let wake: () => void = () => {};
    const broadcaster = new Broadcaster(
      (dirty) => {
        sends.push(dirty);
        wake();
      },
      50,
      (e) => {
        throw e;
      },
    );
    const sent = () => new Promise<void>((resolve) => (wake = resolve));

    let next = sent();
    for (let i = 0; i < 1000; i++)
      broadcaster.note({ scope: 'participant', participantId: `p${i}` });
    await next;
    expect(sends).toHaveLength(1);
    expect(sends[0]!.participants.size).toBe(1000);
    expect(sends[0]!.room).toBe(false);
    expect(sends[0]!.console).toBe(true);

    next = sent();
    broadcaster.note({ scope: 'participant', participantId: 'x' });
    broadcaster.note({ scope: 'room' });
    await next;
    expect(sends).toHaveLength(2);
    expect(sends[1]!.room).toBe(true);
    broadcaster.stop();
  });

  it("remembers which connection already has a participant's change, until another one makes one", async () => {
    const sends: DirtyViews[] = [];
    let wake: () => void = () => {};
    const broadcaster = new Broadcaster(
      (dirty) => {
        sends.push(dirty);
        wake();
      },
      50,
      (e) => {
        throw e;
      },
    );
    const next = new Promise<void>((resolve) => (wake = resolve));
    broadcaster.note({ scope: 'participant', participantId: 'a', knownTo: 'tab1' });
    broadcaster.note({ scope: 'participant', participantId: 'a', knownTo: 'tab1' });
    broadcaster.note({ scope: 'participant', participantId: 'b', knownTo: 'tab1' });
    broadcaster.note({ scope: 'participant', participantId: 'b', knownTo: 'tab2' });
    broadcaster.note({ scope: 'participant', participantId: 'c' });
    broadcaster.note({ scope: 'participant', participantId: 'c', knownTo: 'tab3' });
    await next;
    expect([...sends[0]!.participants]).toEqual([
      ['a', 'tab1'],
      ['b', undefined],
      ['c', undefined],
    ]);
    broadcaster.stop();
  });

  it('lets a pass that yields to the loop end before the next send, which takes all noted meanwhile', async () => {
    const sends: DirtyViews[] = [];
    let endPass: () => void = () => {};
    let started: () => void = () => {};
    const broadcaster = new Broadcaster(
      (dirty) => {
        sends.push(dirty);
        started();
        return new Promise<void>((resolve) => (endPass = resolve));
      },
      50,
      (e) => {
        throw e;
      },
      { minIntervalMs: 0 },
    );
    let next = new Promise<void>((resolve) => (started = resolve));
    broadcaster.note({ scope: 'room' });
    await next;
    broadcaster.note({ scope: 'participant', participantId: 'a' });
    broadcaster.note({ scope: 'participant', participantId: 'b' });
    // However long the pass takes, nothing else goes out while it runs.
    await new Promise<void>((resolve) => setImmediate(resolve));
    expect(sends).toHaveLength(1);
    next = new Promise<void>((resolve) => (started = resolve));
    endPass();
    await next;
    expect(sends).toHaveLength(2);
    expect([...sends[1]!.participants.keys()]).toEqual(['a', 'b']);
    expect(sends[1]!.room).toBe(false);
    endPass();
    broadcaster.stop();
  });

  it('waits after a send in proportion to what it cost, between the floor and the ceiling', () => {
    vi.useFakeTimers();
    try {
      let clock = 0;
      let cost = 0;
      const sends: number[] = [];
      const broadcaster = new Broadcaster(
        () => {
          sends.push(clock);
          clock += cost;
        },
        250,
        (e) => {
          throw e;
        },
        { minIntervalMs: 20, costFactor: 4, now: () => clock },
      );
      const noteAndRun = (ms: number) => {
        broadcaster.note({ scope: 'room' });
        clock += ms;
        vi.advanceTimersByTime(ms);
      };

      // A quiet room: the first change goes out at once.
      noteAndRun(0);
      expect(sends).toEqual([0]);
      // A cheap send (a small room): the next waits only the floor.
      expect(broadcaster.currentIntervalMs).toBe(20);
      noteAndRun(19);
      expect(sends).toHaveLength(1);
      noteAndRun(1);
      expect(sends).toHaveLength(2);

      // A send that costs 30 ms (a big room): the next waits 4 × 30 ms.
      cost = 30;
      noteAndRun(20);
      expect(sends).toHaveLength(3);
      expect(broadcaster.currentIntervalMs).toBe(120);
      cost = 0;
      noteAndRun(119);
      expect(sends).toHaveLength(3);
      noteAndRun(1);
      expect(sends).toHaveLength(4);

      // However costly a send, the wait never passes the ceiling.
      cost = 500;
      noteAndRun(20);
      expect(broadcaster.currentIntervalMs).toBe(250);
      broadcaster.stop();
    } finally {
      vi.useRealTimers();
    }
  });
});
