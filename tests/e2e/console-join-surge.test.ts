/**
 * The console (Chromium, 1440×900) against the real host (`node dist/main/cli.js`): a script
 * floods the room with joins; the people panel says so plainly and removes them in one action
 * after a confirmation; during the workshop, everyone who has not answered anything can go in
 * one action; a warning can be dismissed. Screenshots go to test-artifacts/console/.
 * Bots all come from this machine's address, which the host lets take 60 seats at once: the
 * whole file stays below that.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  Bot,
  ConsoleDriver,
  launchBrowser,
  removeDir,
  REPO_ROOT,
  seriousA11yViolations,
  startHost,
  tempDataDir,
  type HostProcess,
} from './participant-harness.js';
import { saveScreenshot } from './artifact-screenshot.js';

const ARTIFACTS = join(REPO_ROOT, 'test-artifacts/console');
const WAIT = { timeout: 45_000 };

async function shot(page: Page, name: string): Promise<void> {
  mkdirSync(ARTIFACTS, { recursive: true });
  await saveScreenshot(page, { path: join(ARTIFACTS, `${name}.png`), animations: 'disabled' });
}

async function waitForText(locator: Locator, pattern: RegExp): Promise<void> {
  await expect
    .poll(async () => (await locator.textContent().catch(() => '')) ?? '', WAIT)
    .toMatch(pattern);
}

describe('the console warns of a join surge and clears it in one action', () => {
  let dataDir: string;
  let host: HostProcess;
  let driver: ConsoleDriver;
  let browser: Browser;
  let con: Page;
  let templateId: string;
  const bots: Bot[] = [];
  const problems: string[] = [];

  const flood = async (roomCode: string, count: number) => {
    const joined = await Promise.all(
      Array.from({ length: count }, (_, i) => Bot.join(host, roomCode, `Bot ${i + 1}`)),
    );
    bots.push(...joined);
    return joined;
  };
  const warning = () => con.getByRole('alert').filter({ hasText: /joined within/ });
  const dialog = () => con.getByRole('dialog');

  beforeAll(async () => {
    dataDir = tempDataDir();
    host = await startHost(dataDir);
    driver = await ConsoleDriver.connect(host);
    templateId = await driver.importTemplate();
    browser = await launchBrowser();
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    con = await context.newPage();
    con.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  });

  afterAll(async () => {
    for (const bot of bots) bot.close();
    driver?.close();
    await browser?.close();
    await host?.kill();
    if (dataDir) removeDir(dataDir);
  });

  it('in the lobby: 20 joins at once are named plainly and removed after a confirmation', async () => {
    const { roomCode } = await driver.createSession(templateId);
    await con.goto(`${host.consoleOrigin}/console/?token=${host.token}`);
    await con.getByTestId('room-code').waitFor(WAIT);
    await flood(roomCode, 20);

    await waitForText(warning(), /^20 people joined within \d+ seconds?/);
    await waitForText(warning(), /If these are not people in the room, remove them\./);
    await waitForText(con.getByTestId('joined-count'), /^20$/);
    // Nobody has answered anything in the lobby: that removal would empty the room.
    expect(
      await warning()
        .getByRole('button', { name: /has not answered anything/ })
        .count(),
    ).toBe(0);
    await shot(con, 'surge-10-lobby-warning');
    expect(await seriousA11yViolations(con)).toEqual([]);

    await warning()
      .getByRole('button', { name: 'Remove everyone who joined in that burst' })
      .click();
    await waitForText(
      dialog().getByRole('heading'),
      /Remove the 20 people who joined in that burst\?/,
    );
    await shot(con, 'surge-11-lobby-confirm');
    await dialog().getByRole('button', { name: 'Remove 20 people' }).click();

    await waitForText(con.getByTestId('joined-count'), /^0$/);
    await expect.poll(() => warning().count(), WAIT).toBe(0);
    await expect.poll(() => con.getByText('Bot 1', { exact: true }).count(), WAIT).toBe(0);
    await shot(con, 'surge-12-lobby-cleared');
  });

  it('a warning about people who are really there can be dismissed; everyone stays', async () => {
    const { roomCode } = await driver.createSession(templateId);
    await waitForText(con.getByTestId('room-code'), new RegExp(roomCode));
    await flood(roomCode, 12);
    await waitForText(warning(), /^12 people joined within/);
    await warning().getByRole('button', { name: 'They are here — dismiss' }).click();
    await expect.poll(() => warning().count(), WAIT).toBe(0);
    await waitForText(con.getByTestId('joined-count'), /^12$/);
  });

  it('during the workshop: everyone who has not answered anything goes; who answered stays', async () => {
    const { roomCode } = await driver.createSession(templateId);
    await waitForText(con.getByTestId('room-code'), new RegExp(roomCode));
    const [real] = await flood(roomCode, 1);
    await con.getByRole('button', { name: 'Start the workshop →' }).click();
    await driver.until((v) => v.status === 'running', 'running');
    const quiz = driver.latest!.template.steps.findIndex((s) => s.id === 'quiz');
    await driver.act({ type: 'goto', index: quiz });
    await driver.act({ type: 'open' });
    await real!.answer('quiz', { kind: 'choice', optionIds: ['both-needs'] });
    await flood(roomCode, 15);

    const silent = warning().getByRole('button', {
      name: 'Remove everyone who has not answered anything',
    });
    await silent.waitFor(WAIT);
    await shot(con, 'surge-20-run-warning');
    expect(await seriousA11yViolations(con)).toEqual([]);
    await silent.click();
    await waitForText(
      dialog().getByRole('heading'),
      /Remove the 15 people who have not answered anything\?/,
    );
    await shot(con, 'surge-21-run-confirm');
    await dialog().getByRole('button', { name: 'Remove 15 people' }).click();
    await driver.until((v) => v.joined === 1 && v.unanswered === 0, 'only the answerer left');
    await expect.poll(() => warning().count(), WAIT).toBe(0);
    expect(problems).toEqual([]);
  });
});
