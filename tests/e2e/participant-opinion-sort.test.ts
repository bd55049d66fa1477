/**
 * An opinion sort on a 390×844 phone against the real host (issue 21): after the reveal the
 * phone shows how the group spread each item and a thought on each, never an answer key or a
 * share "placed where the key puts it".
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  Bot,
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

const OPINION_YAML = `
id: e2e-opinion-sort
title: An opinion sort
summary: One sort with no right answer.
audience: People testing the phone app.
minutes: 10
language: en
agreement: |-
  - What people share here stays here.
  - You can pass on any question.
steps:
  - id: lean
    kind: sort
    title: Which way does it lean?
    minutes: 5
    opinion: true
    prompt: Put each one where you think it fits best.
    categories:
      - { id: self, label: Leans toward losing yourself }
      - { id: balance, label: Leans toward balance }
      - { id: depends, label: It depends on the situation }
    items:
      - id: yes-peace
        label: Saying yes to keep the peace when you mean no.
        category: self
        explanation: Sometimes it keeps you safe, and that makes sense.
      - id: own-friends
        label: Having friends of your own.
        category: balance
        explanation: A life of your own brings energy back.
`;

describe('an opinion sort on a phone (issue 21)', () => {
  let dataDir: string;
  let host: HostProcess;
  let driver: ConsoleDriver;
  let browser: Browser;
  let page: Page;
  const bots: Bot[] = [];

  beforeAll(async () => {
    dataDir = tempDataDir();
    host = await startHost(dataDir);
    driver = await ConsoleDriver.connect(host);
    const view = await driver.createSession(await driver.importTemplate(OPINION_YAML));
    browser = await launchBrowser();
    page = (await openPhone(browser, PHONE)).page;
    await page.goto(`${host.participantUrl}/?code=${view.roomCode}`);
    await page.getByRole('button', { name: 'Join' }).click();
    await page.getByRole('button', { name: /I understand/ }).click();
    for (let i = 0; i < 5; i += 1) bots.push(await Bot.join(host, view.roomCode));
    await driver.until((v) => v.joined === 6, 'six joined');
  });

  afterAll(async () => {
    for (const bot of bots) bot.close();
    driver?.close();
    await browser?.close();
    await host?.kill();
    if (dataDir) removeDir(dataDir);
  });

  it('shows the spread and a thought on each item, never a key', async () => {
    await driver.act({ type: 'start' });
    await driver.act({ type: 'goto', index: 0 });
    await driver.act({ type: 'open' });
    await page
      .getByRole('group', { name: 'Saying yes to keep the peace when you mean no.' })
      .getByRole('radio', { name: 'It depends on the situation' })
      .check();
    await page.getByRole('button', { name: /^(Send|Save)$/ }).click();
    await page.getByRole('button', { name: /^(Sent|Saved) ✓$/ }).waitFor();
    // Six in the room, every share at least k_live (3), so the room sees the spread itself.
    await Promise.all(
      bots.map((bot, i) =>
        bot.answer('lean', {
          kind: 'sort',
          placements: { 'yes-peace': i < 3 ? 'self' : 'depends', 'own-friends': 'balance' },
        }),
      ),
    );
    await driver.until((v) => v.answered >= 6, 'every answer counted');
    await driver.act({ type: 'close' });
    await driver.act({ type: 'reveal' });
    await page.getByRole('heading', { name: 'A thought on each one' }).waitFor();
    await page.getByText('Where people placed each one. There is no right answer.').waitFor();
    await page.getByText('Sometimes it keeps you safe, and that makes sense.').waitFor();
    const body = await page.locator('body').innerText();
    expect(body).not.toContain('Where each one belongs');
    expect(body).not.toContain('→');
    expect(body).toMatch(/Leans toward losing yourself 50%/);
    await screenshot(page, 'opinion-sort-revealed');
    await page
      .getByRole('heading', { name: 'A thought on each one' })
      .evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await screenshot(page, 'opinion-sort-notes');
    expect(await seriousA11yViolations(page)).toEqual([]);
  });
});
