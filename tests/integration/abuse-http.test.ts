import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { io } from 'socket.io-client';
import { PARTICIPANT_DOOR } from '../kits/sealed-phone.js';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { repoRoot } from '../bench/child-process.js';
import { launchHost, type HostHandle } from '../bench/host-launcher.js';
import { rawGet } from '../bench/http-probe.js';
import { tempDataDir } from '../bench/test-room.js';

const buildDir = join(repoRoot, 'dist/renderer/participant');
/** Text that only appears in files outside the participant build. */
const outsideMarkers = [
  '"name": "circlework"',
  'root:x:0:0',
  '[core]',
  'startHost',
  'BEGIN PRIVATE',
];

const traversalPaths = [
  '/../package.json',
  '/..%2fpackage.json',
  '/..%2Fpackage.json',
  '/%2e%2e/package.json',
  '/%2e%2e%2fpackage.json',
  '/assets/..%2f..%2f..%2fpackage.json',
  '/assets/%2e%2e/%2e%2e/%2e%2e/package.json',
  '/assets/../../../package.json',
  '/..%5cpackage.json',
  '/..\\package.json',
  '/%252e%252e/package.json',
  '/%c0%ae%c0%ae/package.json',
  '/....//....//package.json',
  '/../../../../../../etc/passwd',
  '/%2e%2e/%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/passwd',
  '//etc/passwd',
  '/.git/config',
  '/.env',
  '/package.json',
  '/tsconfig.json',
  '/main/host/start-host.ts',
  '/dist/main/cli.js',
  '/node_modules/socket.io/package.json',
  '/index.html%00.js',
];

const consolePaths = [
  '/console/',
  '/console/index.html',
  '/projector/',
  '/projector/index.html',
  '/api/exports/results/x.pdf',
  '/api/exports/handout/interdependence.pdf',
  '/api/exports/guide/interdependence.pdf',
  '/socket.io/socket.io.js',
];

describe('HTTP hardening of the participant door', () => {
  let host: HostHandle;
  let dataDir: string;

  beforeAll(async () => {
    expect(existsSync(join(buildDir, 'index.html')), `participant build in ${buildDir}`).toBe(true);
    dataDir = tempDataDir();
    host = await launchHost({ dataDir, participantHostname: '127.0.0.1' });
  });

  afterAll(async () => {
    await host?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  test('the app page carries a strict CSP and the security headers', async () => {
    const page = await rawGet(host.participantPort, '/');
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    const csp = String(page.headers['content-security-policy']);
    for (const directive of [
      "default-src 'self'",
      "object-src 'none'",
      "frame-ancestors 'none'",
      "base-uri 'none'",
    ]) {
      expect(csp).toContain(directive);
    }
    const scriptSrc = /script-src ([^;]*)/.exec(csp)?.[1] ?? "default-src 'self'";
    expect(scriptSrc).not.toMatch(/unsafe-inline|unsafe-eval|\*|https?:/);
    expect(csp).not.toMatch(/https?:\/\//);
    expect(page.headers['x-content-type-options']).toBe('nosniff');
    expect(page.headers['referrer-policy']).toBe('no-referrer');
    expect(page.headers['x-frame-options']).toBe('DENY');
    expect(page.headers['x-powered-by']).toBeUndefined();
  });

  test('assets are served without source maps, and .map files are not served', async () => {
    const page = await rawGet(host.participantPort, '/');
    const assets = [...page.body.matchAll(/(?:src|href)="([^"]+\.(?:js|css))"/g)].map((m) =>
      (m[1] ?? '').replace(/^\.?\//, '/'),
    );
    expect(assets.length).toBeGreaterThan(0);
    for (const asset of assets) {
      const served = await rawGet(host.participantPort, asset);
      expect(served.status, asset).toBe(200);
      expect(served.headers['content-security-policy'], asset).toBeDefined();
      expect(served.body, asset).not.toMatch(/sourceMappingURL/);
      expect((await rawGet(host.participantPort, asset + '.map')).status, asset + '.map').toBe(404);
    }
    const mapsInBuild = readdirSync(buildDir, { recursive: true }).filter((f) =>
      String(f).endsWith('.map'),
    );
    expect(mapsInBuild).toEqual([]);
  });

  test('folders are never listed: a folder path gets 404, a redirect, or the app page itself', async () => {
    const index = readFileSync(join(buildDir, 'index.html'), 'utf8');
    for (const path of ['/assets/', '/assets', '/assets/?', '/.', '/./', '/assets/.']) {
      const res = await rawGet(host.participantPort, path);
      expect(res.status !== 200 || res.body === index, `${path} → ${res.status}`).toBe(true);
      if (res.body !== index) expect(res.body, path).not.toMatch(/index-[A-Za-z0-9_-]+\.js/);
    }
  });

  test(`no file outside the build is reachable (${traversalPaths.length} traversal tries)`, async () => {
    const index = readFileSync(join(buildDir, 'index.html'), 'utf8');
    for (const path of traversalPaths) {
      const res = await rawGet(host.participantPort, path);
      expect(res.status >= 300 || res.body === index, `${path} → ${res.status}`).toBe(true);
      for (const marker of outsideMarkers) expect(res.body, path).not.toContain(marker);
    }
  });

  test('no console page, export or console socket is served on the participant door', async () => {
    for (const path of consolePaths) {
      const res = await rawGet(host.participantPort, `${path}?token=${host.token}`);
      expect(res.status, path).toBeGreaterThanOrEqual(400);
      expect(res.body, path).not.toMatch(/<html|%PDF|socket\.io/i);
    }
    // Speaking the participant door's own parser, so it is the namespace that is refused.
    const sneaky = io(`http://127.0.0.1:${host.participantPort}/console`, {
      ...PARTICIPANT_DOOR,
      auth: { token: host.token },
      transports: ['websocket'],
      forceNew: true,
      reconnection: false,
    });
    const outcome = await new Promise<string>((resolve) => {
      sneaky.on('connect', () => resolve('connected'));
      sneaky.on('connect_error', (error) => resolve(`refused: ${error.message}`));
    });
    sneaky.close();
    expect(outcome).toMatch(/^refused/);
  });

  test('only GET and HEAD are accepted', async () => {
    for (const method of ['POST', 'PUT', 'DELETE', 'TRACE']) {
      const res = await rawGet(host.participantPort, '/', { method });
      expect(res.status, method).toBeGreaterThanOrEqual(400);
    }
  });
});
