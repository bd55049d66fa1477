/**
 * The smallest phone we support (320×568): nothing scrolls sideways, every target is at least
 * 44 px, axe finds nothing serious, for every exercise kind, in light and dark mode.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALL_KINDS_STEP_IDS } from './participant-fixture-template.js';
import {
  Bot,
  ConsoleDriver,
  launchBrowser,
  openPhone,
  overflowsSideways,
  removeDir,
  screenshot,
  seriousA11yViolations,
  smallTouchTargets,
  SMALL_PHONE,
  startHost,
  tempDataDir,
  type HostProcess,
} from './participant-harness.js';

describe.each(['light', 'dark'] as const)('a 320 px phone in %s mode', (scheme) => {
  let dataDir: string;
  let host: HostProcess;
  let driver: ConsoleDriver;
  let browser: Browser;
  let page: Page;
  let roomCode: string;
  const bots: Bot[] = [];

  const fits = async (name: string) => {
    expect(await overflowsSideways(page), `${name}: sideways scroll`).toBe(false);
    expect(await smallTouchTargets(page), `${name}: small targets`).toEqual([]);
    expect(await seriousA11yViolations(page), `${name}: axe`).toEqual([]);
    await screenshot(page, `small-${scheme}-${name}`);
  };

  const open = async (id: (typeof ALL_KINDS_STEP_IDS)[number]) => {
    const index = ALL_KINDS_STEP_IDS.indexOf(id);
    await driver.act({ type: 'goto', index });
    await driver.act({ type: 'open' });
    // Wait for this step's own form, not the previous step's.
    await page.getByText(`Part ${index + 1} of ${ALL_KINDS_STEP_IDS.length}`).waitFor();
    await page.getByRole('button', { name: 'Pass' }).waitFor();
  };

  beforeAll(async () => {
    dataDir = tempDataDir();
    host = await startHost(dataDir);
    driver = await ConsoleDriver.connect(host);
    roomCode = (await driver.createSession(await driver.importTemplate(), false)).roomCode;
    browser = await launchBrowser();
    page = (await openPhone(browser, SMALL_PHONE, scheme)).page;
  });

  afterAll(async () => {
    for (const bot of bots) bot.close();
    driver?.close();
    await browser?.close();
    await host?.kill();
    if (dataDir) removeDir(dataDir);
  });

  it('joins, reads the agreement and waits', async () => {
    await page.goto(`${host.participantUrl}/?code=${roomCode}`);
    await fits('join');
    await page.getByLabel(/First name or nickname/).fill('Kim');
    await page.getByRole('button', { name: 'Join' }).click();
    await page.getByRole('heading', { name: 'Our group agreement' }).waitFor();
    // Names are off for this session: the phone says the nickname was not kept.
    await page.getByText('This group is fully anonymous').waitFor();
    await fits('agreement');
    await page.getByRole('button', { name: /I understand/ }).click();
    await page.getByText('The counselor will start soon', { exact: false }).waitFor();
    await fits('waiting');
    for (let i = 0; i < 2; i += 1) bots.push(await Bot.join(host, roomCode));
    await driver.act({ type: 'start' });
  });

  it('fits every exercise kind', async () => {
    await open('lean');
    await page.getByRole('button', { name: 'Continue' }).click();
    await fits('scale-one');
    await page.getByRole('button', { name: 'All on one page' }).click();
    await page.getByRole('radio', { name: '3: Somewhat like me' }).first().check();
    await fits('scale-list');

    await open('helps');
    await page.getByRole('checkbox', { name: 'Time alone' }).check();
    await fits('choice');

    await open('sorting');
    await page.getByRole('radio', { name: 'More like interdependence' }).first().check();
    await fits('sort');

    await open('words');
    await page.getByLabel('Word 1').fill('kindness');
    await fits('words');

    await open('open');
    await page.getByRole('textbox').fill('Something small and kind.');
    await fits('open');

    await open('rank');
    await fits('rank');

    await open('slider');
    await page.getByRole('button', { name: 'Higher, to 5' }).click();
    await fits('slider');

    await open('plan');
    await fits('worksheet');
  });

  it('shows a revealed chart without crowding', async () => {
    await open('quiz');
    await page.getByRole('radio', { name: 'Both people can say what they need' }).check();
    await page.getByRole('button', { name: 'Send' }).click();
    await page.getByRole('button', { name: 'Sent ✓' }).waitFor();
    await Promise.all(
      bots.map((bot) => bot.answer('quiz', { kind: 'choice', optionIds: ['always-yes'] })),
    );
    await driver.until((v) => v.answered === 3, 'three answers');
    await driver.act({ type: 'close' });
    await driver.act({ type: 'reveal' });
    await page.getByRole('heading', { name: 'What the group said' }).waitFor();
    await fits('choice-revealed');
    await driver.act({ type: 'end' });
    await page.getByRole('heading', { name: 'Thank you for taking part' }).waitFor();
    await fits('end');
  });
});
