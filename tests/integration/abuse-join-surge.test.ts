/**
 * A script floods the room with joins; the console is warned of the surge and removes everyone
 * who joined in it in one action. The real person who joined earlier stays, their seat and
 * their phone untouched, and the freed seats count for the room cap again.
 */
import { performance } from 'node:perf_hooks';
import type { Socket } from 'socket.io-client';
import { afterEach, describe, expect, test } from 'vitest';
import type { ConsoleLiveView, ParticipantView } from '../../shared/protocol/views.js';
import {
  ask,
  closeClients,
  connectConsole,
  connectParticipant,
  eventually,
  must,
  openSession,
  startTestHost,
  TEST_SETTINGS,
  waitForEvent,
  type TestHost,
} from './host-test-kit.js';

/** The host's clock, moved by the test: the real person and the script are minutes apart. */
function testClock() {
  let at = Date.UTC(2026, 10, 28, 10, 0, 0);
  return { now: () => at, advance: (ms: number) => (at += ms) };
}

/** Real people's phones; the script floods from SCRIPT_ADDRESS. */
const PEOPLE_ADDRESS = '127.0.0.31';
const SCRIPT_ADDRESS = '127.0.0.32';

async function join(host: TestHost, roomCode: string, nickname?: string) {
  const phone = await connectParticipant(host.host, PEOPLE_ADDRESS);
  const reply = await ask<{ resumeToken: string; view: ParticipantView }>(phone, 'join', {
    roomCode,
    nickname,
  });
  return { phone, reply };
}

/** Bytes the host sends a socket (engine.io frames as received), counted from now on. */
function countBytes(socket: Socket): { bytes: () => number } {
  let total = 0;
  socket.io.engine.on('packet', (packet: { data?: unknown }) => {
    if (typeof packet.data === 'string') total += Buffer.byteLength(packet.data);
  });
  return { bytes: () => total };
}

let t: TestHost | undefined;

afterEach(async () => {
  closeClients();
  await t?.stop();
  t = undefined;
});

describe('a join surge, warned of and removed in one action', () => {
  test('the console removes the burst; the real person stays and the room has room again', async () => {
    const clock = testClock();
    t = await startTestHost({ now: clock.now, roomCap: 80 });
    const consoleSocket = await connectConsole(t.host);
    const { roomCode } = await openSession(consoleSocket);

    const real = await join(t, roomCode, 'Robin');
    expect(real.reply.ok).toBe(true);
    clock.advance(5 * 60_000);

    // One connection per seat, as the host allows; the per-address limit lets ~60 through.
    const flood = await Promise.all(
      Array.from({ length: 120 }, () => connectParticipant(t!.host, SCRIPT_ADDRESS)),
    );
    const replies = await Promise.all(flood.map((s) => ask(s, 'join', { roomCode })));
    const seats = replies.filter((r) => r.ok).length;
    expect(seats).toBeGreaterThanOrEqual(10);

    const warned = await eventually<ConsoleLiveView>(
      consoleSocket,
      'console:view',
      (v) => v.joinSurge?.stillIn === seats,
    );
    expect(warned.joined).toBe(seats + 1);
    expect(warned.joinSurge).toMatchObject({ joined: seats, withinSeconds: 1 });

    const removed = await must<{ view: ConsoleLiveView }>(consoleSocket, 'session:action', {
      action: { type: 'removeSurge', surgeId: warned.joinSurge!.id },
    });
    expect(removed.view.joined).toBe(1);
    expect(removed.view.joinSurge).toBeUndefined();
    expect(removed.view.people).toEqual([{ id: expect.any(String) as unknown, nickname: 'Robin' }]);

    // The script's phones are told they were removed; the real phone is not.
    const removedPhone = flood[replies.findIndex((r) => r.ok)]!;
    await eventually<ParticipantView>(removedPhone, 'view', (v) => v.removed);
    clock.advance(60_000);
    const late = await join(t, roomCode, 'Sam');
    expect(late.reply.ok).toBe(true);
    const after = await eventually<ConsoleLiveView>(
      consoleSocket,
      'console:view',
      (v) => v.joined === 2,
    );
    expect(after.people.map((p) => p.nickname).sort()).toEqual(['Robin', 'Sam']);
    // Robin's phone comes back as Robin: the removal did not touch her.
    expect(real.reply.ok).toBe(true);
    const again = await connectParticipant(t.host, PEOPLE_ADDRESS);
    const robin = await ask<{ view: ParticipantView }>(again, 'resume', {
      resumeToken: real.reply.ok ? real.reply.resumeToken : '',
    });
    expect(robin.ok && robin.view).toMatchObject({ removed: false, nickname: 'Robin' });
  });

  test('"everyone who has not answered anything" keeps whoever answered or passed', async () => {
    const clock = testClock();
    t = await startTestHost({ now: clock.now });
    const consoleSocket = await connectConsole(t.host);
    const { roomCode, template } = await openSession(consoleSocket);
    const answering = await join(t, roomCode, 'Ana');
    const passing = await join(t, roomCode, 'Pat');
    const silent = await Promise.all([1, 2, 3].map(() => join(t!, roomCode)));
    const quiz = template.steps.findIndex((s) => s.kind === 'choice');
    for (const action of [{ type: 'start' }, { type: 'goto', index: quiz }, { type: 'open' }]) {
      await must(consoleSocket, 'session:action', { action });
    }
    const stepId = template.steps[quiz]!.id;
    await must(answering.phone, 'answer', {
      stepId,
      answer: {
        kind: 'choice',
        optionIds: [(template.steps[quiz] as { options: { id: string }[] }).options[0]!.id],
      },
    });
    await must(passing.phone, 'answer', { stepId, answer: { kind: 'pass' } });
    const counted = await eventually<ConsoleLiveView>(
      consoleSocket,
      'console:view',
      // The pass is not counted as an answer on the step, but it is something Pat did.
      (v) => v.answered === 1 && v.unanswered === 3,
    );
    expect(counted.unanswered).toBe(3);

    const removed = await must<{ view: ConsoleLiveView }>(consoleSocket, 'session:action', {
      action: { type: 'removeUnanswered' },
    });
    expect(removed.view.joined).toBe(2);
    expect(removed.view.unanswered).toBe(0);
    expect(removed.view.people.map((p) => p.nickname).sort()).toEqual(['Ana', 'Pat']);
    for (const { phone } of silent)
      await eventually<ParticipantView>(phone, 'view', (v) => v.removed);
  });

  test('a warning can be dismissed and everyone stays; unknown warnings get a clear error', async () => {
    t = await startTestHost({ now: testClock().now });
    const consoleSocket = await connectConsole(t.host);
    const { roomCode } = await openSession(consoleSocket, undefined, {
      ...TEST_SETTINGS,
      namesEnabled: false,
    });
    await Promise.all(Array.from({ length: 12 }, () => join(t!, roomCode)));
    const warned = await eventually<ConsoleLiveView>(consoleSocket, 'console:view', (v) =>
      Boolean(v.joinSurge),
    );
    const dismissed = await must<{ view: ConsoleLiveView }>(consoleSocket, 'session:action', {
      action: { type: 'dismissSurge', surgeId: warned.joinSurge!.id },
    });
    expect(dismissed.view.joinSurge).toBeUndefined();
    expect(dismissed.view.joined).toBe(12);
    for (const action of [
      { type: 'removeSurge', surgeId: 'surge-99' },
      { type: 'dismissSurge', surgeId: 'surge-99' },
    ]) {
      expect(await ask(consoleSocket, 'session:action', { action })).toMatchObject({
        ok: false,
        error: { code: 'NOT_FOUND' },
      });
    }
  });

  test('measured: removing a 500-seat surge in one action (time, bytes to the console)', async () => {
    const clock = testClock();
    t = await startTestHost({
      now: clock.now,
      participantJoinLimit: { burst: 1000, perSecond: 1, maxAddresses: 100 },
    });
    const consoleSocket = await connectConsole(t.host);
    const { roomCode } = await openSession(consoleSocket);
    await join(t, roomCode, 'Robin');
    clock.advance(60_000);
    const flood = await Promise.all(Array.from({ length: 500 }, () => connectParticipant(t!.host)));
    await Promise.all(flood.map((s) => must(s, 'join', { roomCode, nickname: 'bot' })));
    const warned = await eventually<ConsoleLiveView>(
      consoleSocket,
      'console:view',
      (v) => v.joinSurge?.stillIn === 500,
    );

    const received = countBytes(consoleSocket);
    const broadcast = waitForEvent<ConsoleLiveView>(
      consoleSocket,
      'console:view',
      (v) => v.joined === 1,
    );
    const started = performance.now();
    const removed = await must<{ view: ConsoleLiveView }>(consoleSocket, 'session:action', {
      action: { type: 'removeSurge', surgeId: warned.joinSurge!.id },
    });
    const acked = performance.now() - started;
    expect(removed.view.joined).toBe(1);
    await Promise.all(flood.map((s) => eventually<ParticipantView>(s, 'view', (v) => v.removed)));
    const allPhonesTold = performance.now() - started;
    await broadcast;
    console.log(
      `abuse-join-surge: removing 500 surge seats: ack ${acked.toFixed(0)} ms, ` +
        `all 500 phones told ${allPhonesTold.toFixed(0)} ms, ` +
        `console received ${received.bytes()} bytes (view before: ${JSON.stringify(warned).length} bytes)`,
    );
  });
});
