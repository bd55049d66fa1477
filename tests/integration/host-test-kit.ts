import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { io, type ManagerOptions, type Socket, type SocketOptions } from 'socket.io-client';
import type { Reply } from '../../shared/protocol/errors.js';
import type {
  ConsoleLiveView,
  ConsoleView,
  ParticipantView,
  SessionTemplate,
} from '../../shared/protocol/views.js';
import { withSessionTemplate } from '../../shared/protocol/with-session-template.js';
import type { TemplateInput } from '../../shared/template/template-schema.js';
import type { Logger } from '../../main/host/logger.js';
import { startHost, type HostOptions, type RunningHost } from '../../main/host/start-host.js';
import { connectSealedPhone, type SealedPhone } from '../kits/sealed-phone.js';

/** A console or projector socket, or a phone speaking the sealed protocol. */
export type Peer = Socket | SealedPhone;

export interface TestHost {
  host: RunningHost;
  dataDir: string;
  warnings: string[];
  consoleBase: string;
  stop(): Promise<void>;
}

export function collectingLogger(into: string[]): Logger {
  return { info() {}, warn: (m) => into.push(m), error: (m) => into.push(m) };
}

export async function tempDir(prefix = 'circlework-host-'): Promise<string> {
  return mkdtemp(join(tmpdir(), prefix));
}

export async function startTestHost(options: Partial<HostOptions> = {}): Promise<TestHost> {
  const dataDir = options.dataDir ?? (await tempDir());
  const warnings: string[] = [];
  const host = await startHost({
    participantPort: 0,
    consolePort: 0,
    participantHostname: '127.0.0.1',
    log: collectingLogger(warnings),
    ...options,
    dataDir,
  });
  return {
    host,
    dataDir,
    warnings,
    consoleBase: `http://127.0.0.1:${host.consolePort}`,
    async stop() {
      await host.close();
      if (!options.dataDir) await rm(dataDir, { recursive: true, force: true });
    },
  };
}

const clients: Peer[] = [];

/** Disconnects every client a test opened. */
export function closeClients(): void {
  for (const socket of clients.splice(0)) socket.disconnect();
}

const RECORDED_EVENTS = [
  'console:template',
  'console:view',
  'projector:view',
  'host:warnings',
  'view',
];
const latestEvents = new WeakMap<Peer, Map<string, unknown>>();

function record(peer: Peer): void {
  const seen = new Map<string, unknown>();
  latestEvents.set(peer, seen);
  for (const event of RECORDED_EVENTS)
    peer.on(event, (payload: unknown) => seen.set(event, payload));
}

/** The last payload of an event the host pushed (recorded from the moment of connecting). */
export function latest<T>(socket: Peer, event: string): T | undefined {
  return latestEvents.get(socket)?.get(event) as T | undefined;
}

/** A reply's view as the console page shows it: with the workshop the host sent before it. */
export function withTemplate(consoleSocket: Peer, live: ConsoleLiveView): ConsoleView {
  const sent = latest<SessionTemplate>(consoleSocket, 'console:template');
  const view = withSessionTemplate(live, sent);
  if (!view) throw new Error(`no workshop came before the view of session ${live.sessionId}`);
  return view;
}

/** Like waitForEvent, but also satisfied by the last payload already received. */
export function eventually<T>(
  socket: Peer,
  event: string,
  predicate: (payload: T) => boolean,
): Promise<T> {
  const seen = latest<T>(socket, event);
  if (seen !== undefined && predicate(seen)) return Promise.resolve(seen);
  return waitForEvent(socket, event, predicate);
}

/** `from`: the local address to connect from, so one test can play several devices or a script. */
export function connect(
  url: string,
  auth?: object,
  from?: string,
  door: Partial<ManagerOptions & SocketOptions> = {},
): Promise<Socket> {
  const socket = io(url, {
    transports: ['websocket'],
    forceNew: true,
    reconnection: false,
    ...door,
    ...(auth ? { auth } : {}),
    ...(from ? { localAddress: from } : {}),
  } as Parameters<typeof io>[1]);
  clients.push(socket);
  record(socket);
  return new Promise((resolve, reject) => {
    socket.once('connect', () => resolve(socket));
    socket.once('connect_error', (error) => reject(error));
  });
}

export function connectConsole(host: RunningHost, token = host.token, role?: string) {
  return connect(`http://127.0.0.1:${host.consolePort}/console`, { token, role });
}

/** A phone: connected and sealed (sealed-phone.ts), `from` a local address when given. */
export function connectParticipant(host: RunningHost, from?: string): Promise<SealedPhone> {
  return connectPhone(`${host.participantUrl}/participant`, from);
}

/** A phone on the participant namespace at `url`. */
export async function connectPhone(url: string, from?: string): Promise<SealedPhone> {
  const phone = await connectSealedPhone(url, from ? { localAddress: from } : {});
  clients.push(phone);
  record(phone);
  return phone;
}

/** Sends a request and waits for its ack (generous timeout: loaded CI machines). */
export async function ask<T = object>(
  socket: Peer,
  event: string,
  payload?: unknown,
): Promise<Reply<T>> {
  const reply = (await socket.timeout(30_000).emitWithAck(event, payload)) as Reply<T>;
  return reply;
}

/** Like ask, but fails the test with the host's message when the reply is not ok. */
export async function must<T = object>(
  socket: Peer,
  event: string,
  payload?: unknown,
): Promise<{ ok: true } & T> {
  const reply = await ask<T>(socket, event, payload);
  if (!reply.ok) throw new Error(`${event} failed: ${reply.error.code} ${reply.error.message}`);
  return reply;
}

/** Resolves with the first event payload that satisfies the predicate. */
export function waitForEvent<T>(
  socket: Peer,
  event: string,
  predicate: (payload: T) => boolean = () => true,
): Promise<T> {
  return new Promise((resolve) => {
    const listener = (payload: T) => {
      if (!predicate(payload)) return;
      socket.off(event, listener);
      resolve(payload);
    };
    socket.on(event, listener);
  });
}

export function waitForView(socket: Peer, predicate: (view: ParticipantView) => boolean) {
  return waitForEvent<ParticipantView>(socket, 'view', predicate);
}

export function waitForDisconnect(socket: Peer): Promise<string> {
  if (!socket.connected) return Promise.resolve('already disconnected');
  return new Promise((resolve) => socket.once('disconnect', (reason) => resolve(reason)));
}

export const TEST_SETTINGS = {
  namesEnabled: true,
  kLive: 3,
  kExport: 5,
  agreement: 'What is shared here stays here. You can pass on any question.',
  support: 'Talk to the counselor after the session, or call your local helpline.',
  retentionDays: 30,
};

/** A workshop with one step of every kind, written for these tests. */
export function everyKindTemplate(id = 'host-every-kind'): TemplateInput {
  const base = (stepId: string, title: string) => ({ id: stepId, title, minutes: 2 });
  return {
    id,
    title: 'Host test: every kind of step',
    summary: 'One step of every kind, so the host is tested with all of them.',
    audience: 'Tests',
    minutes: 30,
    language: 'en',
    agreement: 'What is shared here stays here.',
    steps: [
      { ...base('intro', 'Welcome'), kind: 'info', body: 'Welcome to the test workshop.' },
      { ...base('breathe', 'Breathe'), kind: 'timer', prompt: 'Breathe slowly.', seconds: 30 },
      {
        ...base('patterns', 'Patterns'),
        kind: 'scale',
        prompt: 'How often is this true for you?',
        labels: ['Never', 'Rarely', 'Sometimes', 'Often', 'Always'],
        themes: [
          {
            id: 'worth',
            title: 'Worth',
            reflection: 'When do you feel worthwhile?',
            statements: [
              { id: 'needed', text: 'I feel good mainly when needed.' },
              { id: 'guilt', text: 'I feel guilty resting.' },
            ],
          },
          {
            id: 'no',
            title: 'Saying no',
            reflection: 'What makes no easier?',
            statements: [{ id: 'yes', text: 'I say yes when I mean no.' }],
          },
        ],
      },
      {
        ...base('quiz', 'Quiz'),
        kind: 'choice',
        prompt: 'Which is a sign of interdependence?',
        options: [
          { id: 'a', label: 'Own friends' },
          { id: 'b', label: 'One decides' },
          { id: 'c', label: 'Never disagree' },
        ],
        correct: ['a'],
      },
      {
        ...base('sorting', 'Sorting'),
        kind: 'sort',
        prompt: 'Sort these.',
        categories: [
          { id: 'inter', label: 'Interdependent' },
          { id: 'co', label: 'Codependent' },
        ],
        items: [
          { id: 'own', label: 'Keeps own hobbies', category: 'inter', explanation: 'A self.' },
          { id: 'fix', label: 'Fixes everything', category: 'co', explanation: 'Over-care.' },
          { id: 'ask', label: 'Asks for help', category: 'inter', explanation: 'Mutual.' },
        ],
      },
      { ...base('cloud', 'Words'), kind: 'words', prompt: 'One word for care.', maxWords: 3 },
      { ...base('story', 'Open'), kind: 'open', prompt: 'What helps you?', maxLength: 300 },
      {
        ...base('priorities', 'Rank'),
        kind: 'rank',
        prompt: 'Order by importance.',
        items: [
          { id: 'time', label: 'Time alone' },
          { id: 'friends', label: 'Friends' },
          { id: 'rest', label: 'Rest' },
        ],
      },
      {
        ...base('energy', 'Slider'),
        kind: 'slider',
        prompt: 'How much energy do you have?',
        min: 0,
        max: 10,
        minLabel: 'None',
        maxLabel: 'Plenty',
      },
      {
        ...base('plan', 'Plan'),
        kind: 'worksheet',
        prompt: 'Plan one boundary.',
        fields: [
          { id: 'boundary', label: 'A boundary I want to set' },
          { id: 'first', label: 'My first small step' },
        ],
      },
    ],
  };
}

/** Creates a session from a template imported through the console; returns its room code. */
export async function openSession(
  consoleSocket: Socket,
  template: TemplateInput = everyKindTemplate(),
  settings: typeof TEST_SETTINGS & { roomCap?: number } = TEST_SETTINGS,
) {
  const imported = await must<{ templateId: string }>(consoleSocket, 'library:import', {
    fileName: `${template.id}.json`,
    content: JSON.stringify(template),
  });
  // A new session's workshop comes before the reply (listened for here: any socket will do).
  const workshop = waitForEvent<SessionTemplate>(consoleSocket, 'console:template');
  const created = await must<{ view: ConsoleLiveView }>(consoleSocket, 'session:create', {
    templateId: imported.templateId,
    settings,
  });
  const view = withSessionTemplate(created.view, await workshop);
  if (!view) throw new Error(`the workshop sent was not session ${created.view.sessionId}'s`);
  return view;
}
