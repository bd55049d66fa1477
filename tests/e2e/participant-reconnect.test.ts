/**
 * A phone comes back as the same participant with its answers: after the host is killed and
 * restarted mid-session (same data dir and port), and when a closed tab is opened again.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALL_KINDS_STEP_IDS } from './participant-fixture-template.js';
import {
  ConsoleDriver,
  launchBrowser,
  openPhone,
  PHONE,
  removeDir,
  screenshot,
  seriousA11yViolations,
  startHost,
  tempDataDir,
  type HostProcess,
  type Phone,
  joinAndAgree,
} from './participant-harness.js';

describe('resuming after the laptop restarts', () => {
  let dataDir: string;
  let host: HostProcess;
  let driver: ConsoleDriver;
  let browser: Browser;
  let phone: Phone;

  beforeAll(async () => {
    dataDir = tempDataDir();
    host = await startHost(dataDir);
    driver = await ConsoleDriver.connect(host);
    const { roomCode } = await driver.createSession(await driver.importTemplate());
    browser = await launchBrowser();
    phone = await openPhone(browser, PHONE);
    await phone.page.goto(`${host.participantUrl}/?code=${roomCode}`);
    await joinAndAgree(phone.page);
    await driver.act({ type: 'start' });
    await driver.act({ type: 'goto', index: ALL_KINDS_STEP_IDS.indexOf('quiz') });
    await driver.act({ type: 'open' });
  });

  afterAll(async () => {
    driver?.close();
    await browser?.close();
    await host?.kill();
    if (dataDir) removeDir(dataDir);
  });

  it('keeps an acknowledged answer through a host crash and restart', async () => {
    const { page } = phone;
    await page.getByRole('radio', { name: 'Both people can say what they need' }).check();
    await page.getByRole('button', { name: 'Send' }).click();
    await page.getByRole('button', { name: 'Sent ✓' }).waitFor();

    const port = host.participantPort;
    driver.close();
    await host.kill();
    await page.getByRole('status').getByText('Reconnecting…', { exact: true }).waitFor();
    await page.getByText('Your answer is safe with the counselor.', { exact: false }).waitFor();
    await screenshot(page, '43-host-gone');
    expect(await seriousA11yViolations(page)).toEqual([]);

    host = await startHost(dataDir, port);
    driver = await ConsoleDriver.connect(host);
    await page
      .getByRole('status')
      .getByText('Connected', { exact: true })
      .waitFor({ state: 'attached' });
    await page.getByRole('button', { name: 'Sent ✓' }).waitFor();
    expect(
      await page.getByRole('radio', { name: 'Both people can say what they need' }).isChecked(),
    ).toBe(true);
    await screenshot(page, '44-back-after-restart');

    // Still the same participant: a changed answer replaces the first, it does not add one.
    await page.getByRole('radio', { name: 'Dropping your own friends' }).check();
    await page.getByRole('button', { name: 'Send change' }).click();
    await page.getByRole('button', { name: 'Sent ✓' }).waitFor();
    const view = await driver.until(
      (v) => v.answered === 1 && v.joined === 1,
      'one person, one answer',
    );
    expect(view.answered).toBe(1);
  });

  it('resumes in a tab opened again without the join link', async () => {
    await phone.page.close();
    const page = await phone.context.newPage();
    await page.goto(host.participantUrl);
    await page.getByRole('heading', { name: 'A quick question' }).waitFor();
    await page.getByRole('button', { name: 'Sent ✓' }).waitFor();
    expect(await page.getByRole('radio', { name: 'Dropping your own friends' }).isChecked()).toBe(
      true,
    );
    expect(phone.problems).toEqual([]);
  });
});
