/**
 * The counselor's interface language is a host setting like the others: validated, saved in the
 * settings store, and still there after the app restarts.
 */
import { rm } from 'node:fs/promises';
import { afterAll, describe, expect, it } from 'vitest';
import type { AppSettings } from '../../shared/protocol/console-events.js';
import {
  ask,
  closeClients,
  connectConsole,
  must,
  startTestHost,
  tempDir,
} from './host-test-kit.js';

describe('the interface language setting', () => {
  let dataDir = '';
  afterAll(async () => {
    closeClients();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  it('is absent until chosen, then kept across a restart; an unknown language is refused', async () => {
    dataDir = await tempDir();
    const first = await startTestHost({ dataDir });
    const consoleSocket = await connectConsole(first.host);
    const before = await must<{ settings: AppSettings }>(consoleSocket, 'settings:get', {});
    expect(before.settings.interfaceLanguage).toBeUndefined();

    const saved = await must<{ settings: AppSettings }>(consoleSocket, 'settings:set', {
      interfaceLanguage: 'ar',
    });
    expect(saved.settings.interfaceLanguage).toBe('ar');
    const refused = await ask(consoleSocket, 'settings:set', { interfaceLanguage: 'fr' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } });
    closeClients();
    await first.stop();

    const second = await startTestHost({ dataDir });
    const again = await connectConsole(second.host);
    const after = await must<{ settings: AppSettings }>(again, 'settings:get', {});
    expect(after.settings.interfaceLanguage).toBe('ar');
    closeClients();
    await second.stop();
  });
});
