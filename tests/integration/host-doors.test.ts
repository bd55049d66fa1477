import { mkdir, symlink, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { join } from 'node:path';
import { io, type Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { JoinResult } from '../../shared/protocol/participant-events.js';
import { connectSealedPhone, PARTICIPANT_DOOR, type SealedPhone } from '../kits/sealed-phone.js';
import type { ConsoleLiveView, ProjectorView } from '../../shared/protocol/views.js';
import {
  ask,
  closeClients,
  connect,
  connectConsole,
  connectParticipant,
  everyKindTemplate,
  must,
  openSession,
  startTestHost,
  tempDir,
  waitForEvent,
  type TestHost,
} from './host-test-kit.js';

/** A raw GET that keeps the path exactly as written (fetch would normalise "..", "%2e"). */
function rawGet(
  port: number,
  path: string,
  headers: Record<string, string> = {},
): Promise<{
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, headers }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

async function fakeBuild(): Promise<{ participant: string; console: string; outside: string }> {
  const root = await tempDir('circlework-build-');
  const participant = join(root, 'participant');
  const consoleDir = join(root, 'console');
  await mkdir(join(participant, 'assets'), { recursive: true });
  await mkdir(join(consoleDir, 'console'), { recursive: true });
  await mkdir(join(consoleDir, 'projector'), { recursive: true });
  await writeFile(join(participant, 'index.html'), '<!doctype html><title>phone app</title>');
  await writeFile(join(participant, 'assets', 'app-Ab12Cd34.js'), 'console.log(1)');
  await writeFile(join(participant, 'assets', 'app-Ab12Cd34.js.map'), '{"mappings":""}');
  await writeFile(join(participant, '.env'), 'SECRET=1');
  await writeFile(join(root, 'outside.txt'), 'outside the build');
  await symlink(join(root, 'outside.txt'), join(participant, 'assets', 'link.txt'));
  await writeFile(
    join(consoleDir, 'console', 'index.html'),
    '<!doctype html><title>console</title>',
  );
  await writeFile(
    join(consoleDir, 'projector', 'index.html'),
    '<!doctype html><title>projector</title>',
  );
  return { participant, console: consoleDir, outside: join(root, 'outside.txt') };
}

/** A client on HTTP long-polling only, as a phone starts out before it upgrades. */
function connectPolling(url: string, auth?: object): Promise<Socket> {
  const socket = io(url, {
    transports: ['polling'],
    forceNew: true,
    reconnection: false,
    ...(auth ? { auth } : {}),
  });
  return new Promise((resolve, reject) => {
    socket.once('connect', () => resolve(socket));
    socket.once('connect_error', (error) => {
      socket.disconnect();
      reject(error);
    });
  });
}

describe('host: two doors', () => {
  let t: TestHost;

  beforeAll(async () => {
    const build = await fakeBuild();
    t = await startTestHost({ participantAppDir: build.participant, consoleAppDir: build.console });
  });

  afterAll(async () => {
    closeClients();
    await t.stop();
  });

  it('refuses the console namespace on the participant door, even with the right token', async () => {
    await expect(
      connect(
        `${t.host.participantUrl}/console`,
        { token: t.host.token },
        undefined,
        PARTICIPANT_DOOR,
      ),
    ).rejects.toThrow(/Invalid namespace/);
  });

  it('refuses the default namespace on both doors', async () => {
    await expect(
      connect(`${t.host.participantUrl}/`, undefined, undefined, PARTICIPANT_DOOR),
    ).rejects.toThrow(/nothing here/);
    await expect(connect(`${t.consoleBase}/`, { token: t.host.token })).rejects.toThrow(
      /nothing here/,
    );
  });

  it('refuses the participant namespace on the console door', async () => {
    await expect(connect(`${t.consoleBase}/participant`)).rejects.toThrow(/Invalid namespace/);
  });

  it('refuses a console without a token or with a wrong one', async () => {
    await expect(connect(`${t.consoleBase}/console`)).rejects.toThrow(/UNKNOWN_TOKEN/);
    await expect(connectConsole(t.host, 'not-the-token')).rejects.toThrow(/UNKNOWN_TOKEN/);
    await expect(connectConsole(t.host, t.host.token.slice(0, -1))).rejects.toThrow(
      /UNKNOWN_TOKEN/,
    );
    const ok = await connectConsole(t.host);
    expect(ok.connected).toBe(true);
  });

  it('gives a projector its view, and console requests only to the console role', async () => {
    const consoleSocket = await connectConsole(t.host);
    const projector = await connectConsole(t.host, t.host.token, 'projector');
    const viewed = waitForEvent<ProjectorView | null>(
      projector,
      'projector:view',
      (v) => v !== null,
    );
    await openSession(consoleSocket, everyKindTemplate('doors-test'));
    const view = await viewed;
    expect(view?.roomCode).toMatch(/^[A-Z0-9]{6}$/);
    expect(view).not.toHaveProperty('people');
    const settings = await must<{ settings: { kLive: number } }>(consoleSocket, 'settings:get', {});
    expect(settings.settings.kLive).toBe(3);
  });

  it('pages and blanks the projector: the projector counts pages, the console steps them', async () => {
    const consoleSocket = await connectConsole(t.host);
    const projector = await connectConsole(t.host, t.host.projectorToken, 'projector');
    await openSession(consoleSocket, everyKindTemplate('doors-pages'));
    const first = await waitForEvent<ProjectorView | null>(
      projector,
      'projector:view',
      (v) => v?.presentation !== undefined,
    );
    const screenKey = first!.presentation!.screenKey;
    const counted = waitForEvent<ConsoleLiveView | null>(
      consoleSocket,
      'console:view',
      (v) => v?.projector?.pages === 3,
    );
    await must(projector, 'projector:layout', { screenKey, pages: 3 });
    expect((await counted)!.projector).toMatchObject({ page: 0, pages: 3, blank: false });
    // A report about a screen that is no longer shown changes nothing.
    await must(projector, 'projector:layout', { screenKey: 'lobby:9:open', pages: 7 });

    const onPage = waitForEvent<ProjectorView | null>(
      projector,
      'projector:view',
      (v) => v?.presentation?.page === 2,
    );
    const paged = await must<{ view: ConsoleLiveView }>(consoleSocket, 'projector:show', {
      page: 5,
    });
    expect(paged.view.projector).toMatchObject({ page: 2, pages: 3 });
    await onPage;

    const blanked = waitForEvent<ProjectorView | null>(
      projector,
      'projector:view',
      (v) => v?.presentation?.blank === true,
    );
    await must(consoleSocket, 'projector:show', { blank: true });
    await blanked;
  });

  it('the projector link carries its own token, which only reads the projector view', async () => {
    expect(t.host.projectorUrl).toContain(`token=${t.host.projectorToken}`);
    expect(t.host.projectorUrl).not.toContain(t.host.token);
    // Announcing itself as the console changes nothing: it is a projector.
    const pretender = await connectConsole(t.host, t.host.projectorToken, 'console');
    for (const request of ['settings:get', 'session:close', 'history:list'] as const) {
      const reply = await ask(pretender, request, {});
      expect(reply.ok, request).toBe(false);
    }
    // It cannot blank itself or step pages either: those are the counselor's.
    const steer = await ask(pretender, 'projector:show', { blank: true });
    expect(steer.ok).toBe(false);
    // All it may say is how many pages its screen needs, and only as a small number.
    const tooMany = await ask(pretender, 'projector:layout', { screenKey: 'x', pages: 10_000 });
    expect(!tooMany.ok && tooMany.error.code).toBe('BAD_REQUEST');
    const port = t.host.consolePort;
    const asProjector = `token=${t.host.projectorToken}`;
    expect((await rawGet(port, `/api/projector-token?${asProjector}`)).status).toBe(401);
    expect(
      (await rawGet(port, `/api/exports/results/AAAAAAAAAAAAAAAA.pdf?${asProjector}`)).status,
    ).toBe(401);
    // The console gets the projector link's token from its own door.
    const link = await rawGet(port, `/api/projector-token?token=${t.host.token}`);
    expect(JSON.parse(link.body)).toEqual({ token: t.host.projectorToken });
  });

  it('sends strict security headers on both doors', async () => {
    for (const [port, path] of [
      [t.host.participantPort, '/'],
      [t.host.consolePort, '/console/'],
    ] as const) {
      const res = await rawGet(port, path);
      expect(res.status).toBe(200);
      const csp = String(res.headers['content-security-policy']);
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).not.toContain('unsafe-inline');
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toMatch(/connect-src 'self' ws:/);
      expect(csp).toContain("img-src 'self' data:");
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['referrer-policy']).toBe('no-referrer');
    }
  });

  it.each([
    '/../outside.txt',
    '/%2e%2e/outside.txt',
    '/..%2foutside.txt',
    '/assets/..%2f..%2foutside.txt',
    '/assets/link.txt',
    '/.env',
    '/assets/app-Ab12Cd34.js.map',
    '/assets/',
    '/assets',
    '/%00',
    '/..\\outside.txt',
    '/package.json',
  ])('serves nothing outside the build, no dotfiles, maps or listings: %s', async (path) => {
    const res = await rawGet(t.host.participantPort, path);
    expect([400, 404, 308]).toContain(res.status);
    expect(res.body).not.toContain('outside the build');
    expect(res.body).not.toContain('SECRET');
    expect(res.body).not.toContain('mappings');
    if (res.status === 308) {
      const next = await rawGet(t.host.participantPort, String(res.headers.location));
      expect(next.status).toBe(404);
    }
  });

  it('serves the phone app, its hashed assets and the network test page', async () => {
    expect((await rawGet(t.host.participantPort, '/')).body).toContain('phone app');
    const asset = await rawGet(t.host.participantPort, '/assets/app-Ab12Cd34.js');
    expect(asset.status).toBe(200);
    expect(asset.headers['content-type']).toContain('text/javascript');
    expect(asset.headers['cache-control']).toContain('immutable');
    const check = await rawGet(t.host.participantPort, '/check');
    expect(check.status).toBe(200);
    expect(check.body).toContain('This phone reaches the laptop');
    expect(check.body).not.toContain('<script');
    expect((await rawGet(t.host.participantPort, '/check.css')).status).toBe(200);
  });

  it('serves no console pages or exports on the participant door', async () => {
    expect((await rawGet(t.host.participantPort, '/console/')).status).toBe(404);
    const exported = await rawGet(
      t.host.participantPort,
      `/api/exports/handout/doors-test.pdf?token=${t.host.token}`,
    );
    expect(exported.status).toBe(404);
  });

  it('guards the export routes with the token and names what is missing', async () => {
    const path = '/api/exports/handout/doors-test.pdf';
    expect((await rawGet(t.host.consolePort, path)).status).toBe(401);
    expect((await rawGet(t.host.consolePort, `${path}?token=wrong`)).status).toBe(401);
    const byHeader = await rawGet(t.host.consolePort, path, { 'x-console-token': t.host.token });
    expect([200, 500]).toContain(byHeader.status);
    const missing = await rawGet(
      t.host.consolePort,
      `/api/exports/guide/no-such.pdf?token=${t.host.token}`,
    );
    expect(missing.status).toBe(404);
    expect(missing.body).toContain('no-such');
    const noSession = await rawGet(
      t.host.consolePort,
      `/api/exports/results/AAAAAAAAAAAAAAAA.pdf?token=${t.host.token}`,
    );
    expect(noSession.status).toBe(404);
    const weird = await rawGet(
      t.host.consolePort,
      `/api/exports/results/..%2fkey.pdf?token=${t.host.token}`,
    );
    expect(weird.status).toBe(404);
  });

  it('answers only to loopback host names on the console door (DNS rebinding)', async () => {
    const res = await rawGet(t.host.consolePort, '/console/', {
      host: `evil.example:${t.host.consolePort}`,
    });
    expect(res.status).toBe(421);
    await expect(
      connect(`${t.consoleBase}/console`, { token: t.host.token }).then(() => 'connected'),
    ).resolves.toBe('connected');
  });

  it.each([
    'http://evil.example',
    'http://192.168.1.20:8080',
    'null',
    'file://',
    'http://127.0.0.1:1',
    'https://127.0.0.1',
  ])('refuses requests and socket handshakes from another page (Origin %s)', async (origin) => {
    const port = t.host.consolePort;
    const page = await rawGet(port, `/api/templates?token=${t.host.token}`, { origin });
    expect(page.status).toBe(403);
    const handshake = await rawGet(port, '/socket.io/?EIO=4&transport=polling', { origin });
    expect(handshake.status).toBe(403);
    const upgrade = await rawGet(port, '/socket.io/?EIO=4&transport=websocket', {
      origin,
      connection: 'Upgrade',
      upgrade: 'websocket',
      'sec-websocket-version': '13',
      'sec-websocket-key': 'dGhlIHNhbXBsZSBub25jZQ==',
    }).catch(() => ({ status: 0 }));
    expect([0, 400, 403]).toContain(upgrade.status);
    // The console's own origin still works, token and all.
    const own = await rawGet(port, '/socket.io/?EIO=4&transport=polling', {
      origin: `http://127.0.0.1:${port}`,
    });
    expect(own.status).toBe(200);
  });

  // Regression: the host's own HTTP handler once answered /socket.io/ long-poll requests next to
  // engine.io (handlers attached after new Server(...)): ERR_HTTP_HEADERS_SENT, phones stuck.
  it('serves socket.io over HTTP long-polling on both doors, and keeps serving', async () => {
    const opened: (Socket | SealedPhone)[] = [];
    try {
      const consoleSocket = await connectPolling(`${t.consoleBase}/console`, {
        token: t.host.token,
        role: 'console',
      });
      opened.push(consoleSocket);
      expect(consoleSocket.io.engine.transport.name).toBe('polling');
      const view: ConsoleLiveView = await openSession(
        consoleSocket,
        everyKindTemplate('doors-poll'),
      );

      const phone = await connectSealedPhone(`${t.host.participantUrl}/participant`, {
        transports: ['polling'],
      });
      opened.push(phone);
      expect(phone.socket.io.engine.transport.name).toBe('polling');
      const joined = await must<JoinResult>(phone, 'join', { roomCode: view.roomCode });
      expect(joined.resumeToken.length).toBeGreaterThan(16);
      expect(joined.view.sessionId).toBe(view.sessionId);
      // More round trips on the same long-poll connection, both ways.
      await must(phone, 'pause', { on: true });
      const counted = await must<{ settings: { kLive: number } }>(
        consoleSocket,
        'settings:get',
        {},
      );
      expect(counted.settings.kLive).toBe(3);

      const page = await rawGet(t.host.participantPort, '/');
      expect(page.status).toBe(200);
      expect(page.body).toContain('phone app');
      const other = await connectParticipant(t.host);
      expect((await must<JoinResult>(other, 'join', { roomCode: view.roomCode })).ok).toBe(true);
      expect(t.warnings.filter((w) => w.includes('/socket.io/'))).toEqual([]);
    } finally {
      for (const socket of opened) socket.disconnect();
    }
  });

  it('says to run the build when the app pages are missing', async () => {
    const empty = await tempDir('circlework-nobuild-');
    const bare = await startTestHost({ participantAppDir: empty, consoleAppDir: empty });
    try {
      const phone = await rawGet(bare.host.participantPort, '/');
      expect(phone.status).toBe(503);
      expect(phone.body).toContain('npm run build');
      const consolePage = await rawGet(bare.host.consolePort, '/console/');
      expect(consolePage.body).toContain('npm run build');
      expect((await rawGet(bare.host.participantPort, '/check')).status).toBe(200);
    } finally {
      await bare.stop();
    }
  });
});
