import fc from 'fast-check';
import type { Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { consoleRequestSchemas } from '../../shared/protocol/console-events.js';
import { participantRequestSchemas } from '../../shared/protocol/participant-events.js';
import { consoleRequest, whenConsoleView } from '../bench/console-driver.js';
import { Crowd } from '../bench/crowd.js';
import { rawConnect, rawRequest, type RawReply } from '../bench/raw-socket.js';
import { connectSealedPhone, type SealedPhone } from '../kits/sealed-phone.js';
import { choiceAnswers, closeRoom, openRoom, type Room } from '../bench/test-room.js';

const LEGIT = 3;
const POOL = 15;

/** What the wire makes of a value (socket.io sends JSON): the host sees exactly this. */
function wire(value: unknown): unknown {
  const text = JSON.stringify(value);
  return text === undefined ? null : JSON.parse(text);
}

function withOwnKey(target: Record<string, unknown>, key: string, value: unknown) {
  const copy = { ...target };
  Object.defineProperty(copy, key, { value, enumerable: true, configurable: true, writable: true });
  return copy;
}

const pollution = fc.constantFrom<unknown>(
  JSON.parse('{"__proto__": {"polluted": "yes", "ok": true, "roomCode": "X"}}'),
  JSON.parse('{"constructor": {"prototype": {"polluted": "yes"}}}'),
  JSON.parse('{"__proto__": null}'),
  JSON.parse('{"toString": "boom", "valueOf": 1, "hasOwnProperty": []}'),
);

/** Anything a hostile client can put in a payload. */
const nasty: fc.Arbitrary<unknown> = fc.oneof(
  fc.anything({ maxDepth: 3, maxKeys: 6 }),
  fc.string({ minLength: 0, maxLength: 40 }),
  fc.string({ minLength: 17_000, maxLength: 30_000 }),
  fc.constantFrom(null, true, 0, -1, 1e308, '', [], {}, '\u0000', '../../etc/passwd'),
  pollution,
);

/** A valid-looking payload with one thing broken or added. */
function mutated(template: Record<string, unknown>): fc.Arbitrary<unknown> {
  const keys = [...Object.keys(template), '__proto__', 'constructor', 'extra'];
  return fc
    .record({
      op: fc.constantFrom('set', 'delete', 'wrap', 'stringify', 'nest'),
      key: fc.constantFrom(...keys),
      value: nasty,
    })
    .map(({ op, key, value }) => {
      switch (op) {
        case 'set':
          return withOwnKey(template, key, value);
        case 'delete': {
          const copy = { ...template };
          delete copy[key];
          return copy;
        }
        case 'wrap':
          return [template, value];
        case 'stringify':
          return JSON.stringify(template);
        default:
          return withOwnKey(template, key, withOwnKey(template, key, value));
      }
    });
}

function isErrorAnswer(reply: RawReply | 'NO_ACK'): boolean {
  return reply !== 'NO_ACK' && reply.ok === false && typeof reply.error?.code === 'string';
}

describe('fuzzing every inbound event on both doors', () => {
  let room: Room;
  let crowd: Crowd;
  const codes: Record<string, number> = {};
  const count = (reply: RawReply | 'NO_ACK') => {
    const code = reply === 'NO_ACK' ? 'NO_ACK' : reply.ok ? 'OK' : reply.error.code;
    codes[code] = (codes[code] ?? 0) + 1;
  };

  beforeAll(async () => {
    room = await openRoom();
    crowd = new Crowd({ url: room.participantOrigin, count: LEGIT });
    await crowd.join(room.roomCode);
    await crowd.answerAll(room.stepId, choiceAnswers, 0);
    await whenConsoleView(room.console, (v) => v.answered === LEGIT, 30_000);
  });

  afterAll(async () => {
    console.log(`abuse-fuzz: answers seen: ${JSON.stringify(codes)}`);
    crowd?.close();
    if (room) await closeRoom(room);
  });

  test('participant door: random and mutated payloads for every event always get an error answer', async () => {
    const wrongCode = room.roomCode === 'ZZZZZZ' ? 'YYYYYY' : 'ZZZZZZ';
    const templates: Record<keyof typeof participantRequestSchemas, Record<string, unknown>> = {
      join: { roomCode: wrongCode, nickname: 'Sam' },
      resume: { resumeToken: 'A'.repeat(43) },
      answer: { stepId: room.stepId, answer: choiceAnswers[0] },
      share: { stepId: room.stepId, share: true },
      pause: { on: true },
      language: { language: 'es' },
      takeaway: { resumeToken: 'A'.repeat(43), ownAnswers: true, layout: 'standard' },
    };
    const events = Object.keys(templates) as (keyof typeof templates)[];
    // Not joined, so no payload may change anything; a pool keeps each under the rate limit.
    // The payloads travel sealed, as from a phone: the fuzz reaches the handlers behind the seal.
    const pool: SealedPhone[] = await Promise.all(
      Array.from({ length: POOL }, () =>
        connectSealedPhone(room.participantOrigin + '/participant'),
      ),
    );
    let run = 0;
    try {
      await fc.assert(
        fc.asyncProperty(
          fc
            .constantFrom(...events)
            .chain((event) =>
              fc.tuple(fc.constant(event), fc.oneof(nasty, mutated(templates[event]))),
            ),
          async ([event, payload]) => {
            const socket = pool[run++ % POOL]!;
            const reply = await rawRequest(socket, event, [wire(payload)]);
            count(reply);
            expect(isErrorAnswer(reply), `${event} ${JSON.stringify(reply)}`).toBe(true);
            if (reply !== 'NO_ACK' && !reply.ok) expect(reply.error.code).not.toBe('INTERNAL');
          },
        ),
        { numRuns: 300 },
      );

      // Binary attachments, extra arguments and missing acks: tolerated, and the socket still works.
      for (const [index, event] of events.entries()) {
        const socket = pool[index]!;
        socket.emit(event, Buffer.from('not json at all'));
        socket.emit(event, templates[event], 'extra', 42);
        socket.emit(event);
        const after = await rawRequest(socket, event, [Buffer.alloc(64)]);
        count(after);
        expect(isErrorAnswer(after), event).toBe(true);
      }
      // Unknown events get no handler; the connection stays usable.
      for (const name of ['admin', 'session:action', 'console:view', '__proto__', 'constructor']) {
        pool[0]!.emit(name, { action: { type: 'end' } });
      }
      expect(isErrorAnswer(await rawRequest(pool[1]!, 'pause', [{ on: true }]))).toBe(true);
    } finally {
      for (const socket of pool) socket.close();
    }

    const { view } = await whenConsoleView(room.console, () => true, 10_000);
    expect(view.joined).toBe(LEGIT);
    expect(view.answered).toBe(LEGIT);
    expect(view.status).toBe('running');
    const storm = await crowd.storm(0);
    expect(storm.identical).toBe(LEGIT);
    expect(room.host.child.exitCode).toBeNull();
  });

  test('participant door, outside the seal: junk handshakes, envelopes and clear events get an error answer', async () => {
    const doorEvents = ['seal:hello', 'sealed', 'join', 'answer', 'resume'];
    const pool: Socket[] = await Promise.all(
      Array.from({ length: 5 }, () => rawConnect(room.participantOrigin + '/participant')),
    );
    let run = 0;
    try {
      await fc.assert(
        fc.asyncProperty(
          fc.constantFrom(...doorEvents),
          fc.oneof(
            nasty,
            fc.uint8Array({ minLength: 0, maxLength: 200 }).map((bytes) => Buffer.from(bytes)),
          ),
          async (event, payload) => {
            const socket = pool[run++ % pool.length]!;
            const sent = Buffer.isBuffer(payload) ? payload : wire(payload);
            const reply = await rawRequest(socket, event, [sent]);
            count(reply);
            expect(isErrorAnswer(reply), `${event} ${JSON.stringify(reply)}`).toBe(true);
            if (reply !== 'NO_ACK' && !reply.ok) expect(reply.error.code).not.toBe('INTERNAL');
          },
        ),
        { numRuns: 150 },
      );
    } finally {
      for (const socket of pool) socket.close();
    }
    const storm = await crowd.storm(0);
    expect(storm.identical).toBe(LEGIT);
    expect(room.host.child.exitCode).toBeNull();
  });

  test('a message over the size cap closes only that connection', async () => {
    const socket = await rawConnect(room.participantOrigin + '/participant');
    const closed = new Promise<string>((resolve) => socket.on('disconnect', resolve));
    socket.emit('join', { roomCode: 'X'.repeat(200_000) }, () => {});
    expect(await closed).toMatch(/transport close|transport error|ping timeout/);
    const storm = await crowd.storm(0);
    expect(storm.identical).toBe(LEGIT);
  });

  test('console door: payloads the schema refuses always get an error answer and change nothing', async () => {
    const before = {
      library: await consoleRequest(room.console, 'library:list', {}),
      settings: await consoleRequest(room.console, 'settings:get', {}),
      history: await consoleRequest(room.console, 'history:list', {}),
    };
    const templates: Record<keyof typeof consoleRequestSchemas, Record<string, unknown>> = {
      'library:list': {},
      'library:get': { templateId: 'bench-room' },
      'library:duplicate': { templateId: 'bench-room' },
      'library:import': { fileName: 'x.yaml', content: 'id: x' },
      'library:export': { templateId: 'bench-room' },
      'library:delete': { templateId: 'bench-room' },
      'library:create': {},
      'library:save': { templateId: 'bench-room', workshop: {} },
      'library:exportBundle': { templateId: 'bench-room' },
      'library:importBundle': { fileName: 'x.circlework', content: '{}' },
      'library:image:put': { templateId: 'bench-room', stepId: 'welcome', data: 'iVBORw0KGgo=' },
      'library:draft:put': { templateId: 'bench-room', workshop: {} },
      'library:draft:get': { templateId: 'bench-room' },
      'library:draft:discard': { templateId: 'bench-room' },
      'library:draft:unsavedNew': {},
      'settings:get': {},
      'settings:set': { kLive: 4, paperSize: 'Letter' },
      'network:check': {},
      'session:create': { templateId: 'bench-room', settings: before.settings.settings },
      'session:resume': { sessionId: room.view.sessionId },
      'session:action': { action: { type: 'end' } },
      'session:close': {},
      'history:list': {},
      'history:delete': { sessionId: room.view.sessionId },
      'history:preview': { sessionId: room.view.sessionId },
      'projector:show': { blank: true, page: 1 },
    };
    const events = Object.keys(templates) as (keyof typeof templates)[];
    const consoles: Socket[] = await Promise.all(
      Array.from({ length: 6 }, () =>
        rawConnect(room.host.consoleOrigin + '/console', { token: room.host.token }),
      ),
    );
    let run = 0;
    try {
      await fc.assert(
        fc.asyncProperty(
          fc.constantFrom(...events).chain((event) =>
            fc.tuple(
              fc.constant(event),
              fc
                .oneof(nasty, mutated(templates[event]))
                .map(wire)
                .filter((payload) => !consoleRequestSchemas[event].safeParse(payload).success),
            ),
          ),
          async ([event, payload]) => {
            const reply = await rawRequest(consoles[run++ % consoles.length]!, event, [payload]);
            count(reply);
            expect(isErrorAnswer(reply), `${event} ${JSON.stringify(reply)}`).toBe(true);
            if (reply !== 'NO_ACK' && !reply.ok) expect(reply.error.code).not.toBe('INTERNAL');
          },
        ),
        { numRuns: 300 },
      );
    } finally {
      for (const socket of consoles) socket.close();
    }
    expect(await consoleRequest(room.console, 'library:list', {})).toEqual(before.library);
    expect(await consoleRequest(room.console, 'settings:get', {})).toEqual(before.settings);
    expect(await consoleRequest(room.console, 'history:list', {})).toEqual(before.history);
    const { view } = await whenConsoleView(room.console, () => true, 10_000);
    expect(view.sessionId).toBe(room.view.sessionId);
    expect(view.status).toBe('running');
    expect(view.answered).toBe(LEGIT);
    expect(room.host.child.exitCode).toBeNull();
  });

  test('console door: no auth but the exact token gets in', async () => {
    const token = room.host.token;
    const near = [token + ' ', token.slice(1), token.toUpperCase(), `${token}\u0000`, ''];
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.anything({ maxDepth: 2 }).map((token) => ({ token })),
          fc.constantFrom(...near).map((token) => ({ token })),
          fc.constant({ token: [token] }),
          fc.constant({ token: { toString: token } }),
          pollution.map((p) => wire(p) as Record<string, unknown>),
        ),
        async (auth) => {
          const wired = wire(auth) as Record<string, unknown> | null;
          if (wired && typeof wired === 'object' && wired.token === token) return;
          const outcome = await rawConnect(room.host.consoleOrigin + '/console', wired ?? {}).then(
            (socket) => {
              socket.close();
              return 'connected';
            },
            (error: Error) => `refused: ${error.message}`,
          );
          expect(outcome, JSON.stringify(wired)).toMatch(/^refused/);
        },
      ),
      { numRuns: 60 },
    );
    expect(room.host.child.exitCode).toBeNull();
  });
});
