import { io, type Socket } from 'socket.io-client';
import { afterEach, describe, expect, it } from 'vitest';
import type { JoinResult } from '../../shared/protocol/participant-events.js';
import type { ConsoleLiveView, SessionTemplate } from '../../shared/protocol/views.js';
import {
  closeClients,
  connectParticipant,
  everyKindTemplate,
  must,
  startTestHost,
  TEST_SETTINGS,
  waitForEvent,
  type TestHost,
} from './host-test-kit.js';

/** What one console socket received, in the order it arrived. */
type Pushed =
  | { event: 'console:template'; payload: SessionTemplate }
  | { event: 'console:view'; payload: ConsoleLiveView | null }
  | { event: 'other'; payload: unknown };

interface LoggedConsole {
  socket: Socket;
  log: Pushed[];
}

const hosts: TestHost[] = [];
const own: Socket[] = [];

afterEach(async () => {
  closeClients();
  for (const socket of own.splice(0)) socket.disconnect();
  for (const t of hosts.splice(0)) await t.stop();
});

async function newHost(): Promise<TestHost> {
  const t = await startTestHost();
  hosts.push(t);
  return t;
}

/** A console (or projector) whose every event is logged from before it connects. */
async function loggedConsole(
  t: TestHost,
  role: 'console' | 'projector' = 'console',
): Promise<LoggedConsole> {
  const socket = io(`${t.consoleBase}/console`, {
    transports: ['websocket'],
    forceNew: true,
    reconnection: false,
    autoConnect: false,
    auth: { token: t.host.token, role },
  });
  own.push(socket);
  const log: Pushed[] = [];
  socket.onAny((event: string, payload: unknown) => {
    if (event === 'console:template' || event === 'console:view') {
      log.push({ event, payload } as Pushed);
    } else log.push({ event: 'other', payload });
  });
  socket.connect();
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', () => resolve());
    socket.once('connect_error', reject);
  });
  return { socket, log };
}

const templatesIn = (log: Pushed[]) =>
  log.flatMap((p) => (p.event === 'console:template' ? [p.payload] : []));
const viewsIn = (log: Pushed[]) =>
  log.flatMap((p) => (p.event === 'console:view' && p.payload ? [p.payload] : []));

/**
 * The console's rule: each view is shown with the workshop last received. Every view must find
 * there its own session's workshop, never none and never another session's.
 */
function expectEveryViewAfterItsWorkshop(log: Pushed[]): void {
  let held: SessionTemplate | undefined;
  for (const pushed of log) {
    if (pushed.event === 'console:template') held = pushed.payload;
    if (pushed.event !== 'console:view' || !pushed.payload) continue;
    expect(held?.sessionId).toBe(pushed.payload.sessionId);
  }
}

async function importWorkshop(consoleSocket: Socket, id: string): Promise<string> {
  const imported = await must<{ templateId: string }>(consoleSocket, 'library:import', {
    fileName: `${id}.json`,
    content: JSON.stringify(everyKindTemplate(id)),
  });
  return imported.templateId;
}

/** A reply's view: the console that asked holds its workshop already, before the reply. */
function replied({ log }: LoggedConsole, view: ConsoleLiveView): ConsoleLiveView {
  expect(templatesIn(log).at(-1)?.sessionId).toBe(view.sessionId);
  expect(view).not.toHaveProperty('template');
  return view;
}

async function create(c: LoggedConsole, templateId: string): Promise<ConsoleLiveView> {
  const created = await must<{ view: ConsoleLiveView }>(c.socket, 'session:create', {
    templateId,
    settings: TEST_SETTINGS,
  });
  return replied(c, created.view);
}

/**
 * Resolves once this console was pushed a view that satisfies `accept`, counting only what
 * arrived from `since` (an index into its log) on.
 */
async function pushedView(
  { socket, log }: LoggedConsole,
  accept: (view: ConsoleLiveView) => boolean,
  since = 0,
): Promise<void> {
  if (viewsIn(log.slice(since)).some(accept)) return;
  await waitForEvent<ConsoleLiveView | null>(socket, 'console:view', (v) => !!v && accept(v));
}

describe('console: the workshop once, the views without it', () => {
  it('sends a session’s workshop once per connection, before its first view', async () => {
    const t = await newHost();
    const a = await loggedConsole(t);
    expect(templatesIn(a.log)).toEqual([]);

    const templateId = await importWorkshop(a.socket, 'template-once');
    const created = await create(a, templateId);
    // The reply is the last thing the create sends: its workshop is already here.
    expect(templatesIn(a.log)).toEqual([
      { sessionId: created.sessionId, template: expect.objectContaining({ id: templateId }) },
    ]);
    expect(created).not.toHaveProperty('template');

    // A running session: steps, a phone's answer, pushed views counting it.
    const phone = await connectParticipant(t.host);
    await must<JoinResult>(phone, 'join', { roomCode: created.roomCode });
    const action = (body: object) => must(a.socket, 'session:action', { action: body });
    await action({ type: 'start' });
    await action({ type: 'goto', index: 3 });
    await action({ type: 'open' });
    const counted = pushedView(a, (v) => v.answered === 1);
    await must(phone, 'answer', { stepId: 'quiz', answer: { kind: 'choice', optionIds: ['c'] } });
    await counted;
    await action({ type: 'close' });
    await action({ type: 'reveal' });

    // A second console (another window) gets it on connecting, before its first view.
    const b = await loggedConsole(t);
    expect(b.log[0]).toMatchObject({ event: 'console:template' });
    expect(b.log[1]).toMatchObject({ event: 'console:view' });

    await pushedView(a, (v) => v.phases['quiz'] === 'revealed');
    expect(templatesIn(a.log)).toHaveLength(1);
    // How many views the lane pushed depends on its pacing; these two were waited for above.
    expect(viewsIn(a.log).length).toBeGreaterThanOrEqual(2);
    for (const view of viewsIn(a.log)) {
      expect(view).not.toHaveProperty('template');
      // Nothing of the workshop's text rides along either.
      expect(JSON.stringify(view)).not.toContain('Welcome to the test workshop.');
    }
    expectEveryViewAfterItsWorkshop(a.log);

    // A console that comes back is a new connection: it gets the workshop again.
    a.socket.disconnect();
    const again = await loggedConsole(t);
    expect(templatesIn(again.log)).toEqual([
      { sessionId: created.sessionId, template: expect.objectContaining({ id: templateId }) },
    ]);
    expectEveryViewAfterItsWorkshop(again.log);
  });

  it('sends a new session’s workshop before any of its views, and a resumed one’s again', async () => {
    const t = await newHost();
    const a = await loggedConsole(t);
    // Another window that only watches: it learns of each session from pushes alone.
    const b = await loggedConsole(t);
    const first = await create(a, await importWorkshop(a.socket, 'first-workshop'));
    await must(a.socket, 'session:action', { action: { type: 'start' } });

    // A new session while one is open replaces it.
    const second = await create(a, await importWorkshop(a.socket, 'second-workshop'));
    await must(a.socket, 'session:action', { action: { type: 'start' } });
    await must(a.socket, 'session:action', { action: { type: 'end' } });
    // Ended, and then another one.
    const third = await create(a, await importWorkshop(a.socket, 'third-workshop'));
    await pushedView(b, (v) => v.sessionId === third.sessionId);
    await must(a.socket, 'session:close', {});
    // The first session again, from the history.
    const since = b.log.length;
    const resumed = await must<{ view: ConsoleLiveView }>(a.socket, 'session:resume', {
      sessionId: first.sessionId,
    });
    expect(replied(a, resumed.view).sessionId).toBe(first.sessionId);
    await pushedView(b, (v) => v.sessionId === first.sessionId, since);

    const expected = [
      [first.sessionId, 'first-workshop'],
      [second.sessionId, 'second-workshop'],
      [third.sessionId, 'third-workshop'],
      [first.sessionId, 'first-workshop'],
    ];
    for (const { log } of [a, b]) {
      expect(templatesIn(log).map((s) => [s.sessionId, s.template.id])).toEqual(expected);
      expectEveryViewAfterItsWorkshop(log);
    }
  });

  it('sends the projector no workshop', async () => {
    const t = await newHost();
    const c = await loggedConsole(t);
    await create(c, await importWorkshop(c.socket, 'projector-none'));
    const projector = await loggedConsole(t, 'projector');
    await must(c.socket, 'session:action', { action: { type: 'start' } });
    await waitForEvent<{ status: string } | null>(
      projector.socket,
      'projector:view',
      (v) => v?.status === 'running',
    );
    expect(projector.log.map((p) => p.event)).not.toContain('console:template');
    expect(projector.log.map((p) => p.event)).not.toContain('console:view');
  });
});
