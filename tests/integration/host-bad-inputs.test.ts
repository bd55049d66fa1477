import type { Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { JoinResult } from '../../shared/protocol/participant-events.js';
import type { ConsoleLiveView } from '../../shared/protocol/views.js';
import type { SealedPhone } from '../kits/sealed-phone.js';
import {
  ask,
  closeClients,
  connectConsole,
  connectParticipant,
  everyKindTemplate,
  must,
  openSession,
  startTestHost,
  TEST_SETTINGS,
  waitForDisconnect,
  type TestHost,
} from './host-test-kit.js';

const QUIZ_INDEX = 3;

type Row = [label: string, event: string, payload: () => unknown, code: string];

describe('host: bad input from phones gets a clear error and the host keeps serving', () => {
  let t: TestHost;
  let consoleSocket: Socket;
  let phone: SealedPhone;
  let roomCode = '';

  beforeAll(async () => {
    // The table sends more than a phone's burst; the limit itself has its own test below.
    t = await startTestHost({ participantRateLimit: { burst: 1000, perSecond: 1000 } });
    consoleSocket = await connectConsole(t.host);
    const view: ConsoleLiveView = await openSession(consoleSocket);
    roomCode = view.roomCode;
    phone = await connectParticipant(t.host);
    await must<JoinResult>(phone, 'join', { roomCode });
    await must(consoleSocket, 'session:action', { action: { type: 'start' } });
    await must(consoleSocket, 'session:action', { action: { type: 'goto', index: QUIZ_INDEX } });
    await must(consoleSocket, 'session:action', { action: { type: 'open' } });
  });

  afterAll(async () => {
    closeClients();
    await t.stop();
  });

  const wrongCode = () => (roomCode === 'ZZZZZZ' ? 'YYYYYY' : 'ZZZZZZ');
  const answer = (stepId: string, a: unknown) => ({ stepId, answer: a });
  const rows: Row[] = [
    ['join without payload', 'join', () => undefined, 'BAD_REQUEST'],
    ['join with null', 'join', () => null, 'BAD_REQUEST'],
    ['join with a string', 'join', () => 'hello', 'BAD_REQUEST'],
    ['join with an array', 'join', () => [roomCode], 'BAD_REQUEST'],
    ['join with an empty object', 'join', () => ({}), 'BAD_REQUEST'],
    ['join with a numeric code', 'join', () => ({ roomCode: 123456 }), 'BAD_REQUEST'],
    ['join with a short code', 'join', () => ({ roomCode: 'AB' }), 'BAD_REQUEST'],
    ['join with symbols', 'join', () => ({ roomCode: '!!!!!!' }), 'BAD_REQUEST'],
    // This phone has joined: one participant per connection comes before the code is looked at.
    ['join again on a joined phone', 'join', () => ({ roomCode: wrongCode() }), 'ALREADY_JOINED'],
    [
      'join with a long nickname',
      'join',
      () => ({ roomCode, nickname: 'x'.repeat(31) }),
      'BAD_REQUEST',
    ],
    [
      'join with an object nickname',
      'join',
      () => ({ roomCode, nickname: { a: 1 } }),
      'BAD_REQUEST',
    ],
    ['resume without token', 'resume', () => ({}), 'BAD_REQUEST'],
    ['resume with a short token', 'resume', () => ({ resumeToken: 'short' }), 'BAD_REQUEST'],
    ['resume with a huge token', 'resume', () => ({ resumeToken: 'x'.repeat(200) }), 'BAD_REQUEST'],
    [
      'resume with an unknown token',
      'resume',
      () => ({ resumeToken: 'y'.repeat(43) }),
      'UNKNOWN_TOKEN',
    ],
    ['answer without payload', 'answer', () => undefined, 'BAD_REQUEST'],
    ['answer without answer', 'answer', () => ({ stepId: 'quiz' }), 'BAD_REQUEST'],
    ['answer of an unknown kind', 'answer', () => answer('quiz', { kind: 'nope' }), 'BAD_REQUEST'],
    [
      'choice with no option',
      'answer',
      () => answer('quiz', { kind: 'choice', optionIds: [] }),
      'BAD_REQUEST',
    ],
    [
      'choice of an unknown option',
      'answer',
      () => answer('quiz', { kind: 'choice', optionIds: ['zz'] }),
      'INVALID_ANSWER',
    ],
    [
      'two options on a single choice',
      'answer',
      () => answer('quiz', { kind: 'choice', optionIds: ['a', 'b'] }),
      'INVALID_ANSWER',
    ],
    [
      'the same option twice',
      'answer',
      () => answer('quiz', { kind: 'choice', optionIds: ['a', 'a'] }),
      'INVALID_ANSWER',
    ],
    [
      'a slider answer to a choice',
      'answer',
      () => answer('quiz', { kind: 'slider', value: 3 }),
      'INVALID_ANSWER',
    ],
    [
      'a slider value that is text',
      'answer',
      () => answer('quiz', { kind: 'slider', value: 'NaN' }),
      'BAD_REQUEST',
    ],
    [
      'an answer to an unknown step',
      'answer',
      () => answer('nope', { kind: 'pass' }),
      'UNKNOWN_STEP',
    ],
    [
      'an answer to an info step',
      'answer',
      () => answer('intro', { kind: 'pass' }),
      'NOT_AN_EXERCISE',
    ],
    [
      'an answer to a step not open',
      'answer',
      () => answer('story', { kind: 'pass' }),
      'STEP_NOT_OPEN',
    ],
    [
      'an open text over 2000 chars',
      'answer',
      () => answer('quiz', { kind: 'open', text: 'x'.repeat(2001), share: false }),
      'BAD_REQUEST',
    ],
    [
      'a word over 32 chars',
      'answer',
      () => answer('quiz', { kind: 'words', words: ['a'.repeat(33)] }),
      'BAD_REQUEST',
    ],
    [
      'six words',
      'answer',
      () => answer('quiz', { kind: 'words', words: ['a', 'b', 'c', 'd', 'e', 'f'] }),
      'BAD_REQUEST',
    ],
    [
      'a step id over 60 chars',
      'answer',
      () => answer('x'.repeat(61), { kind: 'pass' }),
      'BAD_REQUEST',
    ],
    [
      'a scale rating of 9',
      'answer',
      () => answer('quiz', { kind: 'scale', values: { needed: 9 } }),
      'BAD_REQUEST',
    ],
    [
      'a 20 KB worksheet',
      'answer',
      () =>
        answer('quiz', {
          kind: 'worksheet',
          fields: Object.fromEntries(
            Array.from({ length: 30 }, (_, i) => [`f${i}`, 'w'.repeat(700)]),
          ),
        }),
      'PAYLOAD_TOO_LARGE',
    ],
    ['sharing a choice', 'share', () => ({ stepId: 'quiz', share: true }), 'NOT_AN_EXERCISE'],
    ['share with a text flag', 'share', () => ({ stepId: 'story', share: 'yes' }), 'BAD_REQUEST'],
    [
      'sharing a text never written',
      'share',
      () => ({ stepId: 'story', share: true }),
      'UNKNOWN_ANSWER',
    ],
    ['pause without flag', 'pause', () => ({}), 'BAD_REQUEST'],
    ['pause with a number', 'pause', () => ({ on: 1 }), 'BAD_REQUEST'],
    [
      'a prototype-polluting placement',
      'answer',
      () => answer('quiz', JSON.parse('{"kind":"sort","placements":{"__proto__":"inter"}}')),
      'INVALID_ANSWER',
    ],
  ];

  it(`has a table of at least 30 bad inputs (${rows.length})`, () => {
    expect(rows.length).toBeGreaterThanOrEqual(30);
  });

  it.each(rows)('%s → %s %s', async (_label, event, payload, code) => {
    const reply = await ask(phone, event, payload());
    expect(reply.ok).toBe(false);
    if (reply.ok) return;
    expect(reply.error.code).toBe(code);
    expect(reply.error.message.length).toBeGreaterThan(10);
    if (code === 'BAD_REQUEST') expect(reply.error.message).toMatch(/not understood/);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses requests from a phone that has not joined', async () => {
    const stranger = await connectParticipant(t.host);
    const reply = await ask(stranger, 'answer', answer('quiz', { kind: 'pass' }));
    expect(reply).toMatchObject({ ok: false, error: { code: 'UNKNOWN_PARTICIPANT' } });
  });

  it('ignores unknown events and requests without an ack, then still answers', async () => {
    phone.emit('hack', { rm: '-rf' });
    phone.emit('answer', answer('quiz', { kind: 'choice', optionIds: ['a'] }));
    phone.emit('join');
    phone.emit('__proto__', {});
    const reply = await ask(phone, 'answer', answer('quiz', { kind: 'choice', optionIds: ['b'] }));
    expect(reply.ok).toBe(true);
  });

  it('answers an unknown request that waits for a reply, exactly once, on both doors', async () => {
    const unknown = (name: string) => ({
      ok: false,
      error: { code: 'BAD_REQUEST', message: `Unknown request "${name}".` },
    });
    const ackIds: number[] = [];
    const countAcks = (packet: { type: number; id?: number }) => {
      if (packet.type === 3) ackIds.push(packet.id!);
    };
    phone.socket.io.on('packet', countAcks);
    try {
      expect(await ask(phone, 'hack', { rm: '-rf' })).toEqual(unknown('hack'));
      expect(await ask(phone, 'y'.repeat(100))).toEqual(unknown('y'.repeat(40)));
      expect(await ask(phone, '__proto__', {})).toEqual(unknown('__proto__'));
      expect(await ask(phone, 'session:action', { action: { type: 'end' } })).toEqual(
        unknown('session:action'),
      );
      // A last argument that is not a function is no ack: nothing to answer, nothing breaks.
      phone.emit('hack', { rm: '-rf' }, 'not a function');
      // Known requests are answered by their own handler only, once.
      const known = answer('quiz', { kind: 'choice', optionIds: ['a'] });
      expect((await ask(phone, 'answer', known)).ok).toBe(true);
      expect(await ask(phone, 'pause', { on: 'maybe' })).toMatchObject({
        error: { code: 'BAD_REQUEST', message: expect.stringMatching(/not understood/) },
      });
      expect(await ask(phone, 'hack')).toEqual(unknown('hack'));
      expect(ackIds).toHaveLength(7);
      expect(new Set(ackIds).size).toBe(7);
    } finally {
      phone.socket.io.off('packet', countAcks);
    }

    expect(await ask(consoleSocket, 'library:nuke', {})).toEqual(unknown('library:nuke'));
    expect((await ask(consoleSocket, 'library:list', {})).ok).toBe(true);
    const projector = await connectConsole(t.host, t.host.token, 'projector');
    expect(await ask(projector, 'session:action', { action: { type: 'end' } })).toEqual(
      unknown('session:action'),
    );
  });

  it('closes a connection whose message is over the size cap, and serves others', async () => {
    const big = await connectParticipant(t.host);
    const gone = waitForDisconnect(big);
    big.emit(
      'answer',
      answer('quiz', { kind: 'open', text: 'x'.repeat(100_000), share: false }),
      () => {},
    );
    expect(await gone).toBeTruthy();
    const next = await connectParticipant(t.host);
    expect((await ask<JoinResult>(next, 'join', { roomCode })).ok).toBe(true);
  });

  it('drops a connection that sends a malformed socket.io packet, and serves others', async () => {
    // The door speaks msgpack: a cut-off packet, and a packet in socket.io's text format.
    const truncated = Buffer.from([0x83, 0xa4, 0x74, 0x79, 0x70, 0x65, 0x02, 0xa3, 0x6e]);
    for (const malformed of [truncated, '42/participant,["answer",{"stepId":']) {
      const raw = await connectParticipant(t.host);
      const gone = waitForDisconnect(raw);
      const engine = (raw.socket.io as unknown as { engine: { write(data: unknown): void } })
        .engine;
      engine.write(malformed);
      expect(await gone).toBeTruthy();
    }
    const next = await connectParticipant(t.host);
    expect((await ask<JoinResult>(next, 'join', { roomCode })).ok).toBe(true);
  });

  it('rate-limits a phone that floods the host', async () => {
    const strict = await startTestHost();
    const flood = await connectParticipant(strict.host);
    // 20 admitted, 40 refused: under the 50 refusals that close the connection (abuse-flood).
    const replies = await Promise.all(
      Array.from({ length: 60 }, () => ask(flood, 'pause', { on: true })),
    );
    const limited = replies.filter((r) => !r.ok && r.error.code === 'RATE_LIMITED');
    expect(limited.length).toBeGreaterThan(0);
    expect(limited[0]).toMatchObject({ error: { message: expect.stringMatching(/wait/i) } });
    await strict.stop();
  });

  it('refuses new phones in a locked room and after the room is full', async () => {
    await must(consoleSocket, 'session:action', { action: { type: 'lock', locked: true } });
    const late = await connectParticipant(t.host);
    expect(await ask(late, 'join', { roomCode })).toMatchObject({
      ok: false,
      error: { code: 'ROOM_LOCKED' },
    });
    await must(consoleSocket, 'session:action', { action: { type: 'lock', locked: false } });
    expect((await ask(late, 'join', { roomCode })).ok).toBe(true);

    const small = await startTestHost({ roomCap: 2 });
    try {
      const smallConsole = await connectConsole(small.host);
      const view = await openSession(smallConsole);
      const phones = await Promise.all([1, 2, 3].map(() => connectParticipant(small.host)));
      expect((await ask(phones[0]!, 'join', { roomCode: view.roomCode })).ok).toBe(true);
      expect((await ask(phones[1]!, 'join', { roomCode: view.roomCode })).ok).toBe(true);
      expect(await ask(phones[2]!, 'join', { roomCode: view.roomCode })).toMatchObject({
        ok: false,
        error: { code: 'ROOM_FULL' },
      });
    } finally {
      await small.stop();
    }
  });

  it('seats as many phones as the session was set up for, and says the room is full after that', async () => {
    const host = await startTestHost();
    try {
      const consoleSocket2 = await connectConsole(host.host);
      const view = await openSession(consoleSocket2, everyKindTemplate(), {
        ...TEST_SETTINGS,
        roomCap: 3,
      });
      expect(view.settings.roomCap).toBe(3);
      const phones = await Promise.all([1, 2, 3, 4].map(() => connectParticipant(host.host)));
      for (const phone of phones.slice(0, 3)) {
        expect((await ask(phone, 'join', { roomCode: view.roomCode })).ok).toBe(true);
      }
      expect(await ask(phones[3]!, 'join', { roomCode: view.roomCode })).toMatchObject({
        ok: false,
        error: { code: 'ROOM_FULL', message: 'The room is full. Please ask the counselor.' },
      });
    } finally {
      await host.stop();
    }
  });

  it('refuses a room cap outside 2 to 8,000 and gives a new session the default of 3,000', async () => {
    const host = await startTestHost();
    try {
      const consoleSocket2 = await connectConsole(host.host);
      const imported = await must<{ templateId: string }>(consoleSocket2, 'library:import', {
        fileName: 'cap.json',
        content: JSON.stringify(everyKindTemplate('cap')),
      });
      for (const roomCap of [1, 8001, 2.5]) {
        expect(
          await ask(consoleSocket2, 'session:create', {
            templateId: imported.templateId,
            settings: { ...TEST_SETTINGS, roomCap },
          }),
        ).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } });
      }
      const created = await must<{ view: ConsoleLiveView }>(consoleSocket2, 'session:create', {
        templateId: imported.templateId,
        settings: TEST_SETTINGS,
      });
      expect(created.view.settings.roomCap).toBe(3000);
    } finally {
      await host.stop();
    }
  });

  it('answers bad console requests with clear errors too', async () => {
    const cases: [string, unknown, string][] = [
      ['session:action', { action: { type: 'explode' } }, 'BAD_REQUEST'],
      ['session:action', { action: { type: 'goto', index: 99 } }, 'UNKNOWN_STEP'],
      ['session:action', { action: { type: 'reveal' } }, 'ILLEGAL_TRANSITION'],
      ['session:create', { templateId: 'nope', settings: {} }, 'BAD_REQUEST'],
      ['session:resume', { sessionId: '../../etc' }, 'NOT_FOUND'],
      ['library:get', { templateId: 'no-such' }, 'NOT_FOUND'],
      ['library:import', { fileName: 'x.yaml', content: 'title: [' }, 'INVALID_TEMPLATE'],
      ['history:delete', { sessionId: 'AAAAAAAA' }, 'NOT_FOUND'],
      ['settings:set', { kLive: 1 }, 'BAD_REQUEST'],
    ];
    for (const [event, payload, code] of cases) {
      const reply = await ask(consoleSocket, event, payload);
      expect(reply, event).toMatchObject({ ok: false, error: { code } });
    }
  });

  it('still serves a fresh phone after all of that', async () => {
    const fresh = await connectParticipant(t.host);
    const joined = await must<JoinResult>(fresh, 'join', { roomCode });
    expect(joined.view.step?.id).toBe('quiz');
    expect(
      (await ask(fresh, 'answer', answer('quiz', { kind: 'choice', optionIds: ['a'] }))).ok,
    ).toBe(true);
  });
});
