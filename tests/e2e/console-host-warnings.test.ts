/**
 * A problem on the laptop in the counselor's language, in real Chromium against the real host:
 * a session's file is damaged at its end while the app is stopped; on start the host reopens the
 * session and warns, and a Spanish console (1440×900) says what was lost in Spanish, keeping
 * only the system's own detail as it is. The screenshot goes to test-artifacts/console-warnings/.
 */
import { appendFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { closeConsoleRig, waitForDocumentLanguage, type ConsoleRig } from './console-rig.js';
import {
  ConsoleDriver,
  launchBrowser,
  removeDir,
  REPO_ROOT,
  startHost,
  tempDataDir,
  type HostProcess,
} from './participant-harness.js';

const ARTIFACTS = join(REPO_ROOT, 'test-artifacts/console-warnings');
const WAIT = { timeout: 45_000 };

describe('host warnings on a console in Spanish', () => {
  let rig: ConsoleRig | undefined;
  let firstHost: HostProcess | undefined;
  const dataDir = tempDataDir();

  afterAll(async () => {
    await firstHost?.kill();
    if (rig) await closeConsoleRig(rig);
    else removeDir(dataDir);
  });

  it('says in Spanish that the session file was damaged and what came back', async () => {
    firstHost = await startHost(dataDir);
    const driver = await ConsoleDriver.connect(firstHost);
    await driver.request('settings:set', { interfaceLanguage: 'es' });
    const { sessionId } = await driver.createSession('interdependence', false);
    driver.socket.close();
    await firstHost.kill();
    firstHost = undefined;
    // A record cut off as the laptop stopped: 11 bytes that hold no whole record.
    appendFileSync(
      join(dataDir, 'sessions', `${sessionId}.journal`),
      Buffer.from('\x00\x00\x01\x00garbage'),
    );

    const host = await startHost(dataDir);
    const browser = await launchBrowser();
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    rig = { dataDir, host, browser, context, page: await context.newPage() };
    const { page } = rig;
    await page.goto(`${host.consoleOrigin}/console/?token=${host.token}`);
    await waitForDocumentLanguage(page, 'es', 'ltr');
    const warnings = page.getByRole('alert', { name: 'Problemas en este portátil' });
    await warnings.waitFor(WAIT);
    const text = (await warnings.textContent()) ?? '';
    expect(text).toContain(`El archivo de la sesión ${sessionId} estaba dañado.`);
    expect(text).toMatch(/Sus últimos bytes están dañados \(.+, 11 bytes\)/);
    expect(text).toContain('Todo lo demás se ha recuperado.');
    expect(text).not.toMatch(/was damaged|everything else is back/i);
    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: join(ARTIFACTS, 'es-damaged-file.png'), animations: 'disabled' });
  });
});
