import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchHost, type HostHandle } from '../bench/host-launcher.js';
import { rawGet } from '../bench/http-probe.js';
import { rawConnect } from '../bench/raw-socket.js';
import { tempDataDir } from '../bench/test-room.js';

/** A page elsewhere can point a name it controls at 127.0.0.1 (DNS rebinding); the Host header gives it away. */
const foreignHosts = ['evil.example', 'evil.example:80', '192.168.1.20', 'attacker.localhost.evil'];

describe('the console door on this machine', () => {
  let host: HostHandle;
  let dataDir: string;

  beforeAll(async () => {
    dataDir = tempDataDir();
    host = await launchHost({ dataDir });
  });

  afterAll(async () => {
    await host?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  test('refuses requests that name another host (DNS rebinding), pages and socket alike', async () => {
    for (const name of foreignHosts) {
      const page = await rawGet(host.consolePort, `/console/?token=${host.token}`, {
        headers: { host: name },
      });
      expect(page.status, name).toBeGreaterThanOrEqual(400);
      expect(page.body, name).not.toMatch(/<html/i);
      const handshake = await rawGet(host.consolePort, '/socket.io/?EIO=4&transport=polling', {
        headers: { host: name },
      });
      expect(handshake.status, name).toBeGreaterThanOrEqual(400);
      const exportRoute = await rawGet(
        host.consolePort,
        `/api/exports/guide/bench-room.pdf?token=${host.token}`,
        { headers: { host: name } },
      );
      expect(exportRoute.status, name).toBeGreaterThanOrEqual(400);
      expect(exportRoute.body, name).not.toContain('%PDF');
    }
  });

  test('exports need the token', async () => {
    for (const query of ['', '?token=', '?token=wrong', `?token=${host.token.slice(1)}`]) {
      const res = await rawGet(host.consolePort, `/api/exports/results/anything.pdf${query}`);
      expect(res.status, query).toBe(401);
    }
  });

  test('the console socket needs the token', async () => {
    const outcome = await rawConnect(host.consoleOrigin + '/console', { token: 'guess' }).then(
      (socket) => {
        socket.close();
        return 'connected';
      },
      (error: Error) => `refused: ${error.message}`,
    );
    expect(outcome).toMatch(/^refused/);
  });

  test('serves no file outside its build', async () => {
    for (const path of [
      '/console/../../package.json',
      '/console/%2e%2e/%2e%2e/package.json',
      '/projector/..%2f..%2fpackage.json',
      '/console/.env',
      '/key',
      '/settings.json',
    ]) {
      const res = await rawGet(host.consolePort, path);
      expect(res.status, path).toBeGreaterThanOrEqual(400);
      expect(res.body, path).not.toContain('"name": "circlework"');
    }
  });
});
