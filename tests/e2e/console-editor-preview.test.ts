/**
 * The workshop editor's previews and step list in real Chromium (1440×900) against a real host
 * from dist/, on a workshop with one step of every kind placed in the data folder:
 * - the phase switcher shows each moment of an exercise with the phone's own screens (before,
 *   open, closed, results), the results marked as a sample and shaped by the room's rules (too
 *   few answers are not shown); it works by keyboard, and in Arabic right to left;
 * - steps are reordered with a finger (touch events in a touch-enabled context), and by keyboard
 *   (Alt+↑/↓ and the ↑/↓ buttons), focus staying on the moved step.
 * Screenshots of the editor in each phase go to test-artifacts/console-editor-preview/.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { saveScreenshot } from './artifact-screenshot.js';
import { waitForDocumentLanguage } from './console-rig.js';
import { dragWithFinger } from './finger-drag.js';
import { ALL_KINDS_TEMPLATE_ID, ALL_KINDS_TEMPLATE_YAML } from './participant-fixture-template.js';
import {
  launchBrowser,
  removeDir,
  REPO_ROOT,
  seriousA11yViolations,
  startHost,
  tempDataDir,
  type HostProcess,
} from './participant-harness.js';

const ARTIFACTS = join(REPO_ROOT, 'test-artifacts/console-editor-preview');
const WAIT = { timeout: 45_000 };
const STEP_TITLES = [
  'Welcome',
  'A quiet minute',
  'A private look at the last weeks',
  'A quick question',
  'What helps you',
  'Which way does it lean?',
  'In a few words',
  'In your own words',
  'What matters most',
  'Right now',
  'My plan for the week',
];

describe('the editor previews each moment of an exercise, and steps move by touch and keys', () => {
  let dataDir: string;
  let host: HostProcess;
  let browser: Browser;
  const problems: string[] = [];

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    dataDir = tempDataDir();
    mkdirSync(join(dataDir, 'templates'), { recursive: true });
    writeFileSync(
      join(dataDir, 'templates', `${ALL_KINDS_TEMPLATE_ID}.yaml`),
      ALL_KINDS_TEMPLATE_YAML,
    );
    host = await startHost(dataDir);
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await host?.kill();
    if (dataDir) removeDir(dataDir);
  });

  const openEditor = async (page: Page) => {
    page.on('pageerror', (e) => problems.push(e.message));
    await page.goto(`${host.consoleOrigin}/console/?token=${host.token}`);
    await page
      .getByTestId(`template-${ALL_KINDS_TEMPLATE_ID}`)
      .getByRole('button', { name: 'Edit', exact: true })
      .click();
    await page.getByRole('heading', { name: /^Edit “/ }).waitFor(WAIT);
  };
  const shot = (page: Page, name: string) =>
    saveScreenshot(page, { path: join(ARTIFACTS, `${name}.png`), animations: 'disabled' });
  const stepNames = (page: Page) =>
    page
      .locator('.editor-step-list > li .editor-step-name')
      .evaluateAll((els) => els.map((el) => el.firstChild?.textContent ?? ''));

  it('shows the phone before, while and after responses are open, and sample results', async () => {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await openEditor(page);
    const phone = page.getByTestId('phone-preview');
    const projector = page.getByTestId('projector-preview');
    const phase = (name: string) => page.getByRole('radio', { name, exact: true });
    const sample = page.locator('.editor-sample-badge');

    // An information step has no moments to choose.
    await phone.getByRole('heading', { name: 'Welcome' }).waitFor(WAIT);
    expect(await page.getByRole('group', { name: 'Show the exercise' }).count()).toBe(0);

    await page.getByTestId('editor-step-4').locator('.editor-step-pick').click();
    await phone.getByRole('heading', { name: 'A quick question' }).waitFor(WAIT);
    // While responses are open (the first thing a counselor sees): the choices to tap.
    expect(await phase('Open').isChecked()).toBe(true);
    await phone.getByRole('radio', { name: 'Dropping your own friends' }).waitFor(WAIT);
    expect(await sample.count()).toBe(0);
    await shot(page, 'editor-phase-open');

    await phase('Before').check();
    await phone.getByText('Answers open when the counselor is ready.').waitFor(WAIT);
    expect(await phone.getByRole('radio').count()).toBe(0);
    await projector.getByText('Which of these is a sign of a balanced relationship?').waitFor(WAIT);
    await shot(page, 'editor-phase-before');

    await phase('Closed').check();
    await phone.getByRole('heading', { name: 'Answers are closed' }).waitFor(WAIT);
    // The preview's own imaginary person answered.
    await phone.getByText('Your answer was received.').waitFor(WAIT);
    await shot(page, 'editor-phase-closed');

    await phase('Results').check();
    await phone.getByRole('heading', { name: 'What the group said' }).waitFor(WAIT);
    await phone.getByText('12 people answered').waitFor(WAIT);
    // Both previews say the results are made up.
    expect(await sample.allTextContents()).toEqual(['Sample', 'Sample']);
    await page.getByText('made-up results from 12 people, not real answers').waitFor(WAIT);
    await projector.getByText('12 answers').waitFor(WAIT);
    await shot(page, 'editor-phase-results');
    expect(await seriousA11yViolations(page)).toEqual([]);

    // Below k_live, the phones say there are too few answers, as they would in the room.
    await page.getByLabel('If only 2 people answer').check();
    await phone.getByText(/too few/i).waitFor(WAIT);
    expect(await phone.getByRole('heading', { name: 'What the group said' }).count()).toBe(1);
    expect(await phone.getByText('12 people answered').count()).toBe(0);
    await projector.getByText('Too few answers to show').waitFor(WAIT);
    await shot(page, 'editor-phase-results-too-few');
    await page.getByLabel('If only 2 people answer').uncheck();

    // Free text: the sample shows only the texts offered and approved, and the phone's own one.
    await page.getByTestId('editor-step-8').locator('.editor-step-pick').click();
    await phone.getByRole('heading', { name: 'In your own words' }).waitFor(WAIT);
    expect(await phase('Results').isChecked()).toBe(true);
    await phone.getByText('A third sample answer.').waitFor(WAIT);
    await phone.getByRole('heading', { name: 'Your answer' }).waitFor(WAIT);
    await shot(page, 'editor-phase-results-open-text');

    // By keyboard: the chosen moment takes focus with Tab, the arrow keys move between them.
    await phase('Results').focus();
    await page.keyboard.press('ArrowLeft');
    expect(await phase('Closed').isChecked()).toBe(true);
    await phone.getByRole('heading', { name: 'Answers are closed' }).waitFor(WAIT);
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    expect(await phase('Before').isChecked()).toBe(true);
    await phone.getByText('Answers open when the counselor is ready.').waitFor(WAIT);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('reads right to left in Arabic, with the moments and the sample mark in Arabic', async () => {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await openEditor(page);
    await page.getByTestId('console-language').selectOption('ar');
    await waitForDocumentLanguage(page, 'ar', 'rtl');
    await page.getByTestId('editor-step-4').locator('.editor-step-pick').click();
    await page.getByRole('radio', { name: 'النتائج', exact: true }).check();
    await page.locator('.editor-sample-badge', { hasText: 'نموذج' }).first().waitFor(WAIT);
    await page.getByTestId('phone-preview').getByText('12').first().waitFor(WAIT);
    // Right to left, "before" comes first on the right.
    const before = await page.getByText('قبل', { exact: true }).boundingBox();
    const results = await page.getByText('النتائج', { exact: true }).boundingBox();
    expect(before!.x).toBeGreaterThan(results!.x);
    await shot(page, 'ar-editor-phase-results');
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.getByTestId('console-language').selectOption('en');
    await waitForDocumentLanguage(page, 'en', 'ltr');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('moves a step with a finger on its handle, in a touch-enabled window', async () => {
    const context = await browser.newContext({
      viewport: { width: 1440, height: 900 },
      hasTouch: true,
    });
    const page = await context.newPage();
    await openEditor(page);
    await page.getByTestId('editor-step-1').waitFor(WAIT);
    expect(await stepNames(page)).toEqual(STEP_TITLES);

    const handle = await page.getByTestId('editor-step-4').getByTestId('step-handle').boundingBox();
    const target = await page.getByTestId('editor-step-2').boundingBox();
    const start = { x: handle!.x + handle!.width / 2, y: handle!.y + handle!.height / 2 };
    const endY = target!.y + target!.height / 2 - 4;
    await dragWithFinger(page, start, endY, async () => {
      // Mid-drag: a placeholder where the step will land, the page itself not scrolled.
      await page.locator('.editor-step-placeholder').waitFor(WAIT);
      expect(await page.evaluate(() => window.scrollY)).toBe(0);
      await shot(page, 'editor-touch-drag-mid');
    });

    await expect
      .poll(() => stepNames(page))
      .toEqual([
        STEP_TITLES[0],
        STEP_TITLES[3],
        STEP_TITLES[1],
        STEP_TITLES[2],
        ...STEP_TITLES.slice(4),
      ]);
    // The moved step is the one being edited now.
    await expect
      .poll(() => page.getByLabel('Step title', { exact: true }).inputValue())
      .toBe('A quick question');
    expect(await page.locator('.editor-step-placeholder').count()).toBe(0);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('moves a step by keyboard: Alt+↑/↓ on the step, and the ↑/↓ buttons', async () => {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await openEditor(page);
    const focused = () =>
      page.evaluate(() => {
        const row = document.activeElement?.closest('[data-testid^="editor-step-"]');
        return `${row?.getAttribute('data-testid')} ${document.activeElement?.className}`;
      });
    const announcement = () => page.locator('.editor-steps [aria-live="polite"]').textContent();

    await page.getByTestId('editor-step-3').locator('.editor-step-pick').focus();
    await page.keyboard.press('Alt+ArrowDown');
    await expect
      .poll(() => stepNames(page))
      .toEqual([
        ...STEP_TITLES.slice(0, 2),
        STEP_TITLES[3],
        STEP_TITLES[2],
        ...STEP_TITLES.slice(4),
      ]);
    await expect.poll(focused).toBe('editor-step-4 editor-step-pick');
    await expect.poll(announcement).toBe('“A private look at the last weeks” is now step 4 of 11.');
    await page.keyboard.press('Alt+ArrowUp');
    await page.keyboard.press('Alt+ArrowUp');
    await expect.poll(focused).toBe('editor-step-2 editor-step-pick');
    await expect
      .poll(() => stepNames(page))
      .toEqual([STEP_TITLES[0], STEP_TITLES[2], STEP_TITLES[1], ...STEP_TITLES.slice(3)]);
    // The first step goes no higher.
    await page.keyboard.press('Alt+ArrowUp');
    await page.keyboard.press('Alt+ArrowUp');
    await expect.poll(focused).toBe('editor-step-1 editor-step-pick');
    await expect.poll(async () => (await stepNames(page))[0]).toBe(STEP_TITLES[2]);

    // The buttons, by keyboard: focus follows the step.
    await page.getByRole('button', { name: 'Move step 1 down' }).focus();
    await page.keyboard.press('Enter');
    await expect
      .poll(async () => (await stepNames(page)).slice(0, 2))
      .toEqual([STEP_TITLES[0], STEP_TITLES[2]]);
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label')))
      .toBe('Move step 2 down');
    expect(problems).toEqual([]);
    await page.close();
  });
});
