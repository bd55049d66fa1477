/**
 * The counselor's language (issue 16) in real Chromium against the real host: the console
 * switches to Arabic from its top bar, reads right to left with translated words, and the
 * projector window (same origin, another page) follows without a reload. axe finds nothing
 * serious or critical on the Arabic console (1440×900) or projector (1920×1080); switching back
 * restores English. Screenshots go to test-artifacts/console-languages/ for a human to look at.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Step } from '../../shared/template/step-schema.js';
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
import { waitForDocumentLanguage } from './console-rig.js';
import { localizedNotes } from '../../shared/template/localized-notes.js';
import type { Template } from '../../shared/template/template-schema.js';
import { saveScreenshot } from './artifact-screenshot.js';

const ARTIFACTS = join(REPO_ROOT, 'test-artifacts/console-languages');
const WAIT = { timeout: 45_000 };

async function waitForText(locator: Locator, pattern: RegExp): Promise<void> {
  await expect
    .poll(async () => (await locator.textContent().catch(() => '')) ?? '', WAIT)
    .toMatch(pattern);
}

describe('the console and projector in the counselor’s language', () => {
  let dataDir: string;
  let host: HostProcess;
  let browser: Browser;
  let context: BrowserContext;
  let con: Page;
  let projector: Page;
  let driver: ConsoleDriver;
  const bots: Bot[] = [];
  let steps: Step[] = [];
  let template: Template;
  let quizStep: Step;

  const shot = (page: Page, name: string) =>
    saveScreenshot(page, { path: join(ARTIFACTS, `${name}.png`), animations: 'disabled' });
  const chooseLanguage = (tag: string) => con.getByTestId('console-language').selectOption(tag);

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    dataDir = tempDataDir();
    host = await startHost(dataDir);
    browser = await launchBrowser();
    // One context: the projector window shares the console's origin and storage, as in the app.
    context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    con = await context.newPage();
    projector = await context.newPage();
    await projector.setViewportSize({ width: 1920, height: 1080 });
    driver = await ConsoleDriver.connect(host);
    await con.goto(`${host.consoleOrigin}/console/?token=${host.token}`);
    await con.getByRole('heading', { name: 'Workshop library' }).waitFor(WAIT);
    await projector.goto(`${host.consoleOrigin}/projector/?token=${host.token}`);
    await projector.getByText('The session will start soon.').waitFor(WAIT);
  });

  afterAll(async () => {
    for (const bot of bots) bot.close();
    driver?.close();
    await browser?.close();
    await host?.kill();
    if (dataDir) removeDir(dataDir);
  });

  it('switches the console to Arabic, right to left, and the projector follows without a reload', async () => {
    await waitForDocumentLanguage(con, 'en', 'ltr');
    await con.getByRole('button', { name: 'New session' }).click();
    await chooseLanguage('ar');
    await waitForDocumentLanguage(con, 'ar', 'rtl');
    await con.getByRole('heading', { name: 'جلسة جديدة' }).waitFor(WAIT);
    await con.getByRole('button', { name: 'المكتبة' }).waitFor(WAIT);
    await con.getByText('اتفاق المجموعة').waitFor(WAIT);
    // The language's own name stays in the picker, whatever the interface speaks.
    expect(await con.getByTestId('console-language').inputValue()).toBe('ar');
    await waitForDocumentLanguage(projector, 'ar', 'rtl');
    await projector.getByText('ستبدأ الجلسة قريبًا.').waitFor(WAIT);
    // Saved in the host's settings, so the next launch opens in Arabic too.
    const saved = await driver.request<{ settings: { interfaceLanguage?: string } }>(
      'settings:get',
      {},
    );
    expect(saved.settings.interfaceLanguage).toBe('ar');
    // The sidebar of a right-to-left page starts at the right: the form is on the right half.
    const form = await con.locator('.form-card').boundingBox();
    const network = await con.locator('.setup-layout .network').boundingBox();
    expect(form!.x).toBeGreaterThan(network!.x);
    await shot(con, 'ar-setup');
    expect(await seriousA11yViolations(con)).toEqual([]);
  });

  it('runs a workshop in Arabic on the console and the projector, with nothing serious for axe', async () => {
    const view = await driver.createSession('interdependence', false);
    template = view.template;
    steps = template.steps;
    for (let i = 0; i < 4; i += 1) bots.push(await Bot.join(host, view.roomCode));
    await projector.locator('.join-heading').waitFor(WAIT);
    await waitForText(projector.locator('.join-heading'), /انضم بهاتفك/);
    await shot(projector, 'ar-projector-join');
    expect(await seriousA11yViolations(projector)).toEqual([]);
    await waitForText(con.getByTestId('joined-count'), /^4$/);
    await shot(con, 'ar-lobby');
    expect(await seriousA11yViolations(con)).toEqual([]);

    await driver.act({ type: 'start' });
    const quiz = steps.findIndex((s) => s.kind === 'slider');
    const step = steps[quiz]!;
    if (step.kind !== 'slider') throw new Error('no slider step');
    quizStep = step;
    await driver.act({ type: 'goto', index: quiz });
    await driver.act({ type: 'open' });
    await Promise.all(
      bots.map((bot, n) =>
        bot.answer(step.id, { kind: 'slider', value: step.min + step.step * (n % 3) }),
      ),
    );
    await driver.until((v) => v.answered === bots.length, 'all answered');
    await driver.act({ type: 'close' });
    await driver.act({ type: 'reveal' });

    await con.getByRole('button', { name: /^الجلسة/ }).click();
    await waitForText(con.locator('.step-counter'), new RegExp(`الخطوة ${quiz + 1} من`));
    await waitForText(con.getByTestId('answered'), /من \d+ أجابوا/);
    await con.getByRole('button', { name: /التالي/ }).waitFor(WAIT);
    await con.locator('.room-card .agg').waitFor(WAIT);
    // The counselor's notes in the counselor's language, from the workshop's Arabic draft.
    const arabicNotes = localizedNotes(template, step, 'ar');
    expect(arabicNotes).not.toBe(step.facilitatorNotes);
    expect(await con.locator('.notes-text').textContent()).toBe(arabicNotes);
    await shot(con, 'ar-run');
    expect(await seriousA11yViolations(con)).toEqual([]);

    await projector.getByTestId('projector-aggregate').waitFor(WAIT);
    await waitForText(projector.locator('.step-footer'), /الخطوة \d+ من \d+ · رمز الغرفة/);
    await shot(projector, 'ar-projector-result');
    expect(await seriousA11yViolations(projector)).toEqual([]);

    // Right to left, the next step lies to the left: so does its arrow key.
    await con.keyboard.press('ArrowLeft');
    await waitForText(con.locator('.step-counter'), new RegExp(`الخطوة ${quiz + 2} من`));
    await con.keyboard.press('ArrowRight');
    await waitForText(con.locator('.step-counter'), new RegExp(`الخطوة ${quiz + 1} من`));
  });

  it('switches back to English on both screens', async () => {
    await chooseLanguage('en');
    await waitForDocumentLanguage(con, 'en', 'ltr');
    await con.getByRole('button', { name: 'New session' }).waitFor(WAIT);
    await waitForText(con.locator('.step-counter'), /^Step \d+ of \d+/);
    expect(await con.locator('.notes-text').textContent()).toBe(quizStep.facilitatorNotes);
    await waitForDocumentLanguage(projector, 'en', 'ltr');
    await waitForText(projector.locator('.step-footer'), /Step \d+ of \d+ · Room code/);
  });
});
