/**
 * Issue 11: what someone on the room's Wi-Fi sees of a whole session. Every byte between the
 * phones and the participant door goes through a tap (a TCP proxy on loopback, tests/kits/
 * wire-capture.ts); WebSocket masking is undone, HTTP long-polling bodies and compression are
 * decoded, base64 runs are decoded; then no nickname, answer text, worksheet text or resume
 * token may be found in it. Replayed and altered envelopes are refused with a clear error.
 */
import { rm } from 'node:fs/promises';
import { io, type Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { JoinResult } from '../../shared/protocol/participant-events.js';
import type { ConsoleLiveView, ConsoleView, ParticipantView } from '../../shared/protocol/views.js';
import { checkPdf } from '../unit/exports-pdf-tools.js';
import {
  connectSealedPhone,
  PARTICIPANT_DOOR,
  REFUSED_EVENT,
  type SealedPhone,
} from '../kits/sealed-phone.js';
import {
  binaryFrames,
  decodePacket,
  DoorTap,
  eventNames,
  readableCapture,
} from '../kits/wire-capture.js';
import {
  closeClients,
  connectConsole,
  everyKindTemplate,
  must,
  openSession,
  startTestHost,
  tempDir,
  waitForEvent,
  waitForView,
  type TestHost,
} from './host-test-kit.js';

const PHONES = 5;
/** Phones 3 and 4 stay on HTTP long-polling, as behind a network that blocks WebSocket. */
const POLLING_FROM = 3;
const nickname = (i: number) => `Quillon${i}Nick`;
const openText = (i: number) => `Walking by the canal helps me, says lantern${i}zebra`;
const worksheet = (i: number) => `My marigold${i} boundary is saying no on Sundays`;
const PHONE_HEADERS = { 'accept-encoding': 'gzip, deflate' };

function fingerprintOf(view: ConsoleLiveView): string {
  const fingerprint = new URL(view.joinUrl).hash.replace(/^#k=/, '');
  expect(fingerprint).toMatch(/^[0-9a-f]{32}$/);
  return fingerprint;
}

function phoneThrough(tap: DoorTap, fingerprint: string | undefined, polling = false) {
  return connectSealedPhone(
    `${tap.url}/participant`,
    // (Node's long-polling client cannot read compressed replies, so it does not ask for them.)
    polling ? { transports: ['polling'] } : {},
    { expectedFingerprint: fingerprint },
  );
}

describe('the participant door on the wire (issue 11)', () => {
  let t: TestHost;
  let tap: DoorTap;
  let consoleSocket: Socket;
  let view: ConsoleView;
  const phones: SealedPhone[] = [];

  beforeAll(async () => {
    t = await startTestHost();
    tap = await DoorTap.start(t.host.participantPort);
    consoleSocket = await connectConsole(t.host);
    view = await openSession(consoleSocket);
  });

  afterAll(async () => {
    for (const phone of phones) phone.close();
    closeClients();
    await tap?.close();
    await t?.stop();
  });

  it('a whole session — page, joins, answers, views, a drop and resume, takeaways — shows no secret', async () => {
    const fingerprint = fingerprintOf(view);
    const page = await fetch(`${tap.url}/`, { headers: PHONE_HEADERS });
    await page.arrayBuffer();
    for (let i = 0; i < PHONES; i += 1) {
      phones.push(await phoneThrough(tap, fingerprint, i >= POLLING_FROM));
    }
    expect(phones[POLLING_FROM]!.socket.io.engine.transport.name).toBe('polling');
    const joins = await Promise.all(
      phones.map((phone, i) =>
        must<JoinResult>(phone, 'join', { roomCode: view.roomCode, nickname: nickname(i) }),
      ),
    );
    const tokens = joins.map((j) => j.resumeToken);

    const steps = view.template.steps;
    const act = (action: object) => must(consoleSocket, 'session:action', { action });
    await act({ type: 'start' });
    for (const stepId of ['story', 'plan', 'quiz']) {
      const index = steps.findIndex((s) => s.id === stepId);
      await act({ type: 'goto', index });
      await act({ type: 'open' });
      await Promise.all(
        phones.map((phone, i) => {
          const answer =
            stepId === 'story'
              ? { kind: 'open', text: openText(i), share: i % 2 === 0 }
              : stepId === 'plan'
                ? { kind: 'worksheet', fields: { boundary: worksheet(i), first: 'ask' } }
                : { kind: 'choice', optionIds: ['a'] };
          return must(phone, 'answer', { stepId, answer });
        }),
      );
      const closed = await must<{ view: ConsoleLiveView }>(consoleSocket, 'session:action', {
        action: { type: 'close' },
      });
      for (const item of closed.view.moderation) {
        await act({ type: 'moderate', stepId, ref: item.ref, decision: 'approved' });
      }
      const revealed = phones.map((phone) =>
        waitForView(phone, (v) => v.step?.id === stepId && v.phase === 'revealed'),
      );
      await act({ type: 'reveal' });
      await Promise.all(revealed);
    }

    // A phone drops and comes back with its token, on a new connection with new keys.
    phones[0]!.close();
    phones[0] = await phoneThrough(tap, fingerprint);
    const resumed = await must<JoinResult>(phones[0], 'resume', { resumeToken: tokens[0] });
    expect(resumed.view.myAnswer).toEqual({ kind: 'choice', optionIds: ['a'] });

    const ended = phones.map((phone) => waitForView(phone, (v) => v.status === 'ended'));
    await act({ type: 'end' });
    await Promise.all(ended);
    for (const [i, phone] of phones.entries()) {
      const takeaway = await phone.takeaway(tokens[i]!);
      if (!takeaway.ok) throw new Error(`takeaway ${i}: ${takeaway.error.message}`);
      // The private worksheet did travel to the phone — sealed.
      if (i < 2) expect(checkPdf(takeaway.pdf, `seal-capture-${i}`).flat).toContain(worksheet(i));
    }

    // Controls: a clear request (refused by the host) on each transport must show in the capture,
    // or the capture would prove nothing (WebSocket frames from a client are masked).
    for (const transport of ['websocket', 'polling'] as const) {
      const clear = io(`${tap.url}/participant`, {
        ...PARTICIPANT_DOOR,
        transports: [transport],
        forceNew: true,
      });
      await new Promise<void>((resolve) => clear.once('connect', () => resolve()));
      await clear.timeout(30_000).emitWithAck('join', { nickname: `Canary${transport}Nick` });
      clear.close();
    }

    const wire = readableCapture(tap.connections);
    expect(wire).toContain('CanarywebsocketNick');
    expect(wire).toContain('CanarypollingNick');
    // The capture is real and decoded: handshakes, envelopes, both transports.
    expect(wire).toContain('transport=websocket');
    expect(wire).toContain('transport=polling');
    const events = new Set(tap.connections.flatMap((c) => eventNames(c.toHost)));
    // Phones only ever say hello and send envelopes (the "join" is the controls' clear request).
    expect([...events].sort()).toEqual(['join', 'seal:hello', 'sealed']);
    const secrets = [
      ...Array.from({ length: PHONES }, (_, i) => [nickname(i), openText(i), worksheet(i)]).flat(),
      ...tokens,
      'lantern0zebra',
      'marigold1',
      '%PDF-',
    ];
    for (const secret of secrets) expect(wire, secret).not.toContain(secret);
    const bytes = tap.connections.reduce(
      (sum, c) => sum + [...c.toHost, ...c.toPhone].reduce((n, b) => n + b.length, 0),
      0,
    );
    console.log(
      `seal-capture: ${tap.connections.length} connections, ${(bytes / 1024).toFixed(0)} KiB ` +
        `captured; ${secrets.length} secrets looked for, none found`,
    );
  });

  it('refuses a replayed and an altered envelope with a clear error; the phone carries on', async () => {
    const fresh = await openSession(consoleSocket, everyKindTemplate('seal-capture-replay'));
    const phone = await phoneThrough(tap, fingerprintOf(fresh));
    phones.push(phone);
    const connection = tap.connections.at(-1)!;
    await must(phone, 'join', { roomCode: fresh.roomCode });
    await must(phone, 'pause', { on: true });
    // The pause request's envelope, as a listener recorded it (the last binary frame sent).
    const recorded = Buffer.from(
      decodePacket(binaryFrames(connection.toHost).at(-1)!)!.data[1] as Uint8Array,
    );
    expect(recorded.length).toBeGreaterThan(24);

    const send = (socket: Socket, envelope: Buffer) =>
      socket.timeout(30_000).emitWithAck('sealed', envelope) as Promise<{
        ok: boolean;
        error?: { code: string; message: string };
      }>;
    const replayed = await send(phone.socket, recorded);
    expect(replayed).toEqual({
      ok: false,
      error: { code: 'BAD_SEAL', message: expect.stringMatching(/sent a second time/) },
    });
    const altered = Buffer.from(recorded);
    altered.writeBigUInt64BE(altered.readBigUInt64BE(0) + 1000n, 0);
    altered[altered.length - 1] = altered[altered.length - 1]! ^ 0x01;
    expect(await send(phone.socket, altered)).toMatchObject({ error: { code: 'BAD_SEAL' } });
    // On another connection the recorded envelope opens nothing: its keys were that connection's.
    const other = await phoneThrough(tap, undefined);
    phones.push(other);
    expect(await send(other.socket, recorded)).toMatchObject({ error: { code: 'BAD_SEAL' } });

    expect((await phone.request('pause', { on: false })).ok).toBe(true);
    expect(t.warnings.filter((w) => w.startsWith('Refused a sealed message'))).toHaveLength(2);
  });

  it('a phone drops a push altered on the way and takes the next one', async () => {
    const fresh = await openSession(consoleSocket, everyKindTemplate('seal-capture-push'));
    const phone = await phoneThrough(tap, fingerprintOf(fresh));
    phones.push(phone);
    const connection = tap.connections.at(-1)!;
    await must(phone, 'join', { roomCode: fresh.roomCode });
    const altered = connection.alterNextBinaryFrame();
    const refused = waitForEvent<string>(phone, REFUSED_EVENT);
    await must(consoleSocket, 'session:action', { action: { type: 'start' } });
    await altered;
    expect(await refused).toMatch(/altered/);
    const next = waitForView(phone, (v: ParticipantView) => v.stepIndex === 1);
    await must(consoleSocket, 'session:action', { action: { type: 'goto', index: 1 } });
    expect((await next).status).toBe('running');
    expect(phone.connected).toBe(true);
  });

  it('takes nothing in the clear: requests before or without the seal get a clear refusal', async () => {
    const raw = io(`${tap.url}/participant`, {
      ...PARTICIPANT_DOOR,
      transports: ['websocket'],
      forceNew: true,
    });
    try {
      await new Promise<void>((resolve) => raw.once('connect', () => resolve()));
      const ask = (event: string, payload: unknown) =>
        raw.timeout(30_000).emitWithAck(event, payload) as Promise<{ error?: object }>;
      expect(await ask('join', { roomCode: view.roomCode })).toMatchObject({
        error: { code: 'BAD_REQUEST', message: expect.stringMatching(/only takes sealed/) },
      });
      expect(await ask('sealed', Buffer.alloc(40))).toMatchObject({
        error: { code: 'BAD_SEAL', message: expect.stringMatching(/not been sealed yet/) },
      });
      expect(await ask('seal:hello', Buffer.alloc(32))).toMatchObject({
        error: { code: 'BAD_SEAL' },
      });
    } finally {
      raw.close();
    }
  });

  it('a phone from the QR link will not talk to a laptop with another key', async () => {
    await expect(phoneThrough(tap, '0'.repeat(32))).rejects.toThrow(/WRONG_HOST/);
  });
});

describe('the door key: one per session, the same after a restart', () => {
  it('keeps a session’s key across a host restart, so its QR link still works; a new session gets a new one', async () => {
    const dataDir = await tempDir();
    const first = await startTestHost({ dataDir });
    let second: TestHost | undefined;
    try {
      const firstConsole = await connectConsole(first.host);
      const opened = await openSession(firstConsole);
      const fingerprint = fingerprintOf(opened);
      const firstTap = await DoorTap.start(first.host.participantPort);
      const phone = await phoneThrough(firstTap, fingerprint);
      const joined = await must<JoinResult>(phone, 'join', { roomCode: opened.roomCode });
      phone.close();
      await firstTap.close();
      await first.stop();

      second = await startTestHost({ dataDir });
      const secondTap = await DoorTap.start(second.host.participantPort);
      try {
        const back = await phoneThrough(secondTap, fingerprint);
        const resumed = await must<JoinResult>(back, 'resume', {
          resumeToken: joined.resumeToken,
        });
        expect(resumed.view.sessionId).toBe(opened.sessionId);
        back.close();
      } finally {
        await secondTap.close();
      }
      const secondConsole = await connectConsole(second.host);
      const next = await openSession(secondConsole, everyKindTemplate('seal-next-session'));
      expect(fingerprintOf(next)).not.toBe(fingerprint);
    } finally {
      closeClients();
      await second?.stop();
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});
