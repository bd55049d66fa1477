/**
 * Joining can fail in plain, fixable ways: a mistyped code, a room the counselor locked, a
 * laptop the phone cannot reach. Each gets a clear message on the join screen.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
} from './participant-harness.js';

// Once in ~5 full-suite runs on a loaded 2-core machine the removed-person test never saw the
// agreement after Join (cause not found; the failure message now includes what the phone showed).
// Its tests are independent, so one retry keeps CI honest without hiding a steady failure.
describe('joining a room that cannot be joined', { retry: 1 }, () => {
  let dataDir: string;
  let host: HostProcess;
  let driver: ConsoleDriver;
  let browser: Browser;
  let roomCode: string;

  beforeAll(async () => {
    dataDir = tempDataDir();
    host = await startHost(dataDir);
    driver = await ConsoleDriver.connect(host);
    roomCode = (await driver.createSession(await driver.importTemplate())).roomCode;
    browser = await launchBrowser();
  });

  afterAll(async () => {
    driver?.close();
    await browser?.close();
    await host?.kill();
    if (dataDir) removeDir(dataDir);
  });

  it('a wrong code says so and keeps what was typed', async () => {
    const { page } = await openPhone(browser, PHONE);
    await page.goto(host.participantUrl);
    const code = page.getByLabel('Room code');
    expect(await code.inputValue()).toBe('');
    await code.fill('zz zz-zz');
    expect(await code.inputValue()).toBe('ZZZZZZ');
    await page.getByRole('button', { name: 'Join' }).click();
    await page.getByRole('alert').getByText('That code doesn’t match a room').waitFor();
    expect(await code.getAttribute('aria-invalid')).toBe('true');
    await screenshot(page, '40-wrong-code');
    expect(await seriousA11yViolations(page)).toEqual([]);
    await code.fill('AB');
    await page.getByRole('button', { name: 'Join' }).click();
    await page.getByText('A room code is 6 letters and numbers.').waitFor();
  });

  it('a QR link whose key is not this laptop’s sends nothing and says what to do', async () => {
    const { page } = await openPhone(browser, PHONE);
    // As if someone on the Wi-Fi answered in the laptop's place: the key cannot match the link.
    await page.goto(`${host.participantUrl}/?code=${roomCode}#k=${'0'.repeat(32)}`);
    await page.getByRole('heading', { name: 'Checking the counselor’s laptop' }).waitFor();
    await page.getByText('scan the code on the screen again', { exact: false }).waitFor();
    expect(await page.getByRole('button', { name: 'Join' }).count()).toBe(0);
    await screenshot(page, '47-wrong-laptop-key');
    expect(await seriousA11yViolations(page)).toEqual([]);
  });

  it('a locked room turns new people away but lets a joined phone back in', async () => {
    const inside = await openPhone(browser, PHONE);
    await inside.page.goto(`${host.participantUrl}/?code=${roomCode}`);
    await inside.page.getByRole('button', { name: 'Join' }).click();
    await inside.page.getByRole('heading', { name: 'Our group agreement' }).waitFor();

    await driver.act({ type: 'lock', locked: true });
    const outside = await openPhone(browser, PHONE);
    await outside.page.goto(`${host.participantUrl}/?code=${roomCode}`);
    await outside.page.getByRole('button', { name: 'Join' }).click();
    await outside.page.getByText('This room is closed to new people at the moment.').waitFor();
    await screenshot(outside.page, '41-room-locked');
    expect(await seriousA11yViolations(outside.page)).toEqual([]);

    await inside.page.reload();
    await inside.page.getByRole('heading', { name: 'Our group agreement' }).waitFor();
    await driver.act({ type: 'lock', locked: false });
  });

  it('a person the counselor removed is told so kindly and can join again with a code', async () => {
    const phone = await openPhone(browser, PHONE);
    await phone.page.goto(`${host.participantUrl}/?code=${roomCode}`);
    await phone.page.getByLabel(/First name or nickname/).fill('Alex');
    await phone.page.getByRole('button', { name: 'Join' }).click();
    await phone.page
      .getByRole('heading', { name: 'Our group agreement' })
      .waitFor()
      .catch(async (error: unknown) => {
        throw new Error(
          `${String(error)}\nThe phone showed: ${await phone.page.locator('body').innerText()}`,
        );
      });
    const view = await driver.until((v) => v.people.some((p) => p.nickname === 'Alex'), 'Alex in');
    const alex = view.people.find((p) => p.nickname === 'Alex')!;
    await driver.act({ type: 'remove', participantId: alex.id });
    await phone.page.getByRole('heading', { name: 'You’ve left this session' }).waitFor();
    await screenshot(phone.page, '45-removed');
    expect(await seriousA11yViolations(phone.page)).toEqual([]);
    await phone.page.reload();
    await phone.page.getByRole('heading', { name: 'Join the group' }).waitFor();
  });

  it('an unreachable laptop gets advice about the Wi-Fi', async () => {
    const { page } = await openPhone(browser, PHONE);
    await page.goto(`${host.participantUrl}/?code=${roomCode}`);
    await page
      .getByRole('status')
      .getByText('Connected', { exact: true })
      .waitFor({ state: 'attached' });
    await host.kill();
    await page.getByRole('status').getByText('Reconnecting…', { exact: true }).waitFor();
    await page.getByRole('button', { name: 'Join' }).click();
    await page.getByText('Can’t reach the counselor’s laptop.', { exact: false }).waitFor();
    await screenshot(page, '42-unreachable');
    expect(await seriousA11yViolations(page)).toEqual([]);
  });
});
