/**
 * Ranking by drag on a 390×844 phone against the real host: a mouse drag and a touch drag by
 * the row handles reorder the list (with a lifted row and a placeholder, and without moving
 * anything around the list), each move is announced, the arrow buttons still work from the
 * keyboard, and the order the host receives is the dragged one. Each test joins with a phone of
 * its own, so every test starts from the template's order and one failure cannot cascade.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { RankAggregate } from '../../shared/aggregate/aggregate-types.js';
import { ALL_KINDS_STEP_IDS } from './participant-fixture-template.js';
import {
  Bot,
  ConsoleDriver,
  joinAndAgree,
  launchBrowser,
  openPhone,
  overflowsSideways,
  PHONE,
  removeDir,
  screenshot,
  seriousA11yViolations,
  startHost,
  tempDataDir,
  type HostProcess,
} from './participant-harness.js';
import { dragWithFinger } from './finger-drag.js';

const RANK_INDEX = ALL_KINDS_STEP_IDS.indexOf('rank');

describe('ranking by dragging a row on a phone', () => {
  let dataDir: string;
  let host: HostProcess;
  let driver: ConsoleDriver;
  let browser: Browser;
  let roomCode: string;
  let phone: BrowserContext | undefined;
  let page: Page;
  let phonesJoined = 0;
  const bots: Bot[] = [];
  const TEMPLATE_ORDER = ['Trust', 'Respect', 'Space for myself', 'Having fun together'];

  const labels = () => page.locator('.rank-label').allTextContents();
  const announcement = () => page.locator('.rank-area + [aria-live="polite"]').textContent();
  const handle = (label: string) => page.getByRole('button', { name: `Drag to move ${label}` });
  const rowCenterY = async (label: string) => {
    const box = await page.locator('.rank-item', { hasText: label }).boundingBox();
    if (!box) throw new Error(`no row for ${label}`);
    return box.y + box.height / 2;
  };
  const centerOf = async (label: string) => {
    const box = await handle(label).boundingBox();
    if (!box) throw new Error(`no handle for ${label}`);
    return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  };
  /** A finger on a row's handle, moved to just above the middle of the row at `target`. */
  const dragRowWithFinger = async (label: string, target: string) =>
    dragWithFinger(page, await centerOf(label), (await rowCenterY(target)) - 8, () =>
      page.locator('.rank-placeholder').waitFor(),
    );
  /** Where things around the list sit; a drag must not move any of them. */
  const surroundings = () =>
    page.evaluate(() => {
      const top = (selector: string) => document.querySelector(selector)?.getBoundingClientRect();
      return {
        scrollY: window.scrollY,
        scrollHeight: document.documentElement.scrollHeight,
        list: JSON.stringify(top('.rank-area')),
        prompt: JSON.stringify(top('.exercise .prompt')),
        actions: JSON.stringify(top('.exercise > :last-child')),
      };
    });

  beforeAll(async () => {
    dataDir = tempDataDir();
    host = await startHost(dataDir);
    driver = await ConsoleDriver.connect(host);
    roomCode = (await driver.createSession(await driver.importTemplate(), false)).roomCode;
    browser = await launchBrowser();
    await driver.act({ type: 'start' });
    await driver.act({ type: 'goto', index: RANK_INDEX });
    await driver.act({ type: 'open' });
  });

  beforeEach(async () => {
    const opened = await openPhone(browser, PHONE);
    phone = opened.context;
    page = opened.page;
    phonesJoined += 1;
    await page.goto(`${host.participantUrl}/?code=${roomCode}`);
    await page.getByLabel(/First name or nickname/).fill(`Ari ${phonesJoined}`);
    await joinAndAgree(page);
    await page.getByText(`Part ${RANK_INDEX + 1} of ${ALL_KINDS_STEP_IDS.length}`).waitFor();
    await handle('Trust').waitFor();
    expect(await labels()).toEqual(TEMPLATE_ORDER);
  });

  afterEach(async (context) => {
    if (context.task.result?.state === 'fail' && page)
      await screenshot(page, `failed-rank-drag-${context.task.name.slice(0, 30)}`);
    await phone?.close();
    phone = undefined;
  });

  afterAll(async () => {
    for (const bot of bots) bot.close();
    driver?.close();
    await browser?.close();
    await host?.kill();
    if (dataDir) removeDir(dataDir);
  });

  it('drags a row down with the mouse, lifted over a placeholder, without shifting the page', async () => {
    expect(await seriousA11yViolations(page), 'axe before dragging').toEqual([]);
    await handle('Trust').scrollIntoViewIfNeeded();
    const before = await surroundings();
    const start = await centerOf('Trust');
    // Just past the middle of "Space for myself": Trust lands in place 3.
    const dy = (await rowCenterY('Space for myself')) - (await rowCenterY('Trust')) + 8;

    await page.mouse.move(start.x, start.y);
    await page.mouse.down();
    await page.mouse.move(start.x, start.y + dy / 2, { steps: 6 });
    await page.mouse.move(start.x + 3, start.y + dy, { steps: 6 });
    await expect.poll(() => page.locator('.rank-item--lifted').count()).toBe(1);
    await page.locator('.rank-placeholder').waitFor();
    // The lifted row follows the pointer while the list itself keeps its order until release.
    expect(await labels()).toEqual(['Trust', 'Respect', 'Space for myself', 'Having fun together']);
    // …but the numbers already say where each row will land.
    expect(await page.locator('.rank-position').allTextContents()).toEqual([
      '3.',
      '1.',
      '2.',
      '4.',
    ]);
    expect(await surroundings(), 'nothing around the list moves mid-drag').toEqual(before);
    expect(await overflowsSideways(page)).toBe(false);
    await screenshot(page, 'rank-drag-mid');
    await page.mouse.up();

    await expect
      .poll(labels)
      .toEqual(['Respect', 'Space for myself', 'Trust', 'Having fun together']);
    expect(await page.locator('.rank-item--lifted, .rank-placeholder').count()).toBe(0);
    await expect.poll(announcement).toBe('Trust moved to place 3 of 4');
    expect(await surroundings(), 'nothing around the list moves after the drop').toEqual(before);
    await screenshot(page, 'rank-drag-dropped');
    expect(await seriousA11yViolations(page), 'axe after dragging').toEqual([]);
  });

  it('drags a row to the top with a finger', async () => {
    // Only the handle claims the finger; a swipe anywhere else on a row still scrolls the page.
    const touchAction = (selector: string) =>
      page
        .locator(selector)
        .first()
        .evaluate((el) => getComputedStyle(el).touchAction);
    expect(await touchAction('.rank-handle')).toBe('none');
    expect(await touchAction('.rank-label')).toBe('auto');
    expect(await touchAction('.rank-item')).toBe('auto');
    await dragRowWithFinger('Having fun together', 'Trust');

    await expect
      .poll(labels)
      .toEqual(['Having fun together', 'Trust', 'Respect', 'Space for myself']);
    await expect.poll(announcement).toBe('Having fun together moved to place 1 of 4');
  });

  it('still moves rows with the arrow buttons from the keyboard, keeping focus', async () => {
    const down = page.getByRole('button', { name: 'Move “Respect” down' });
    await down.focus();
    await page.keyboard.press('Enter');
    await expect
      .poll(labels)
      .toEqual(['Trust', 'Space for myself', 'Respect', 'Having fun together']);
    await expect.poll(announcement).toBe('Respect moved to place 3 of 4');
    // Focus stays on the same button, so pressing again keeps moving the same row.
    await page.keyboard.press('Enter');
    await expect
      .poll(labels)
      .toEqual(['Trust', 'Space for myself', 'Having fun together', 'Respect']);
    // Now last, its down button is disabled: focus moves to its up button instead of the page.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(
      'Move “Respect” up',
    );
    await page.keyboard.press('Enter');
    await expect
      .poll(labels)
      .toEqual(['Trust', 'Space for myself', 'Respect', 'Having fun together']);
  });

  it('sends the dragged order to the host and keeps it after a reload', async () => {
    const expected = ['Having fun together', 'Trust', 'Respect', 'Space for myself'];
    await dragRowWithFinger('Having fun together', 'Trust');
    await expect.poll(labels).toEqual(expected);
    await page.getByRole('button', { name: 'Send' }).click();
    await page.getByRole('button', { name: 'Sent ✓' }).waitFor();
    // The console shows a distribution only from k_live answers (DESIGN.md §4.8): two bots give
    // the same order, so any other order from the phone would move the averages.
    for (const _ of [1, 2]) {
      const bot = await Bot.join(host, roomCode);
      bots.push(bot);
      await bot.answer('rank', { kind: 'rank', order: ['fun', 'trust', 'respect', 'space'] });
    }
    const view = await driver.until(
      (v) => v.liveAggregate?.kind === 'rank' && v.liveAggregate.respondents === 3,
      'the phone’s ranking in the live aggregate',
    );
    const live = view.liveAggregate as RankAggregate;
    expect(live.items.map((item) => [item.itemId, item.averagePosition])).toEqual([
      ['fun', 1],
      ['trust', 2],
      ['respect', 3],
      ['space', 4],
    ]);
    await page.reload();
    await page.getByRole('button', { name: 'Sent ✓' }).waitFor();
    expect(await labels()).toEqual(expected);
    expect(await seriousA11yViolations(page), 'axe after reload').toEqual([]);
  });
});
