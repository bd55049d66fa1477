/**
 * A problem on the laptop in the counselor's language, in real Chromium against the real host:
 * a session's file is damaged at its end while the app is stopped; on start the host reopens the
 * session and warns, and a Spanish console (1440×900) says what was lost in Spanish, keeping
 * only the system's own detail as it is; History names a file this version cannot read and says
 * what to do, in Spanish too. Screenshots go to test-artifacts/console-warnings/.
 */
import { appendFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { es } from '../../renderer/console-and-projector/i18n/catalogs/es.js';
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
import { saveScreenshot } from './artifact-screenshot.js';

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
    // And a file in the sessions folder that is no session this version can read.
    writeFileSync(join(dataDir, 'sessions', 'not-a-session.journal'), 'something else entirely');

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
    await saveScreenshot(page, {
      path: join(ARTIFACTS, 'es-damaged-file.png'),
      animations: 'disabled',
    });

    await page.getByRole('button', { name: 'Historial' }).click();
    const row = page.getByTestId('history-not-a-session');
    await row.waitFor(WAIT);
    const rowText = (await row.textContent()) ?? '';
    expect(rowText).toContain('Sesión ilegible');
    expect(rowText).toContain(es['reply.reason.sessionFile.unknown']);
    // Nothing in it to preview or export: only Delete is offered.
    expect(await row.getByRole('button').allTextContents()).toEqual(['Eliminar…']);
    await saveScreenshot(page, { path: join(ARTIFACTS, 'es-history.png'), animations: 'disabled' });
  });
});
