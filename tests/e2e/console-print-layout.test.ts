/**
 * The counselor chooses the handout's print layout in the console (issue 20): the choice sits
 * beside the export buttons, and the file the browser saves is the one chosen. Needs
 * `npm run build`; screenshots go to test-artifacts/console/.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkPdf, pageCount } from '../unit/exports-pdf-tools.js';
import { isTagged } from '../unit/exports-pdf-structure.js';
import { closeConsoleRig, openConsoleRig, type ConsoleRig } from './console-rig.js';
import { REPO_ROOT, type HostProcess } from './participant-harness.js';
import { saveScreenshot } from './artifact-screenshot.js';

const ARTIFACTS = join(REPO_ROOT, 'test-artifacts/console');
const WAIT = { timeout: 45_000 };

describe('the console prints handouts in the layout the counselor chooses', () => {
  let rig: ConsoleRig;
  let host: HostProcess;
  let con: Page;

  beforeAll(async () => {
    rig = await openConsoleRig();
    ({ host, page: con } = rig);
  }, 120_000);

  afterAll(() => closeConsoleRig(rig));

  /** Clicks an export button and returns the saved file's name and pages. */
  const save = async (label: string) => {
    const [download] = await Promise.all([
      con.waitForEvent('download', WAIT),
      con.getByRole('button', { name: label }).click(),
    ]);
    const path = await download.path();
    const { path: saved } = checkPdf(readFileSync(path), 'console-layout');
    return { name: download.suggestedFilename(), pages: pageCount(saved), tagged: isTagged(saved) };
  };

  it('offers standard, print-saver and large print beside the handout button', async () => {
    await con.goto(`${host.consoleOrigin}/console/?token=${host.token}`);
    const card = con.locator('.template-card').filter({
      has: con.getByRole('heading', { name: 'Interdependence: close without losing yourself' }),
    });
    await card.getByRole('button', { name: 'Preview' }).click(WAIT);
    const choice = con.getByRole('combobox', { name: 'Print layout of the handout' });
    await choice.waitFor(WAIT);
    expect(await choice.locator('option').allTextContents()).toEqual([
      'Standard',
      'Print-saver (fewer pages)',
      'Large print (16 pt)',
    ]);
    mkdirSync(ARTIFACTS, { recursive: true });
    await saveScreenshot(con, { path: join(ARTIFACTS, 'print-layout-choice.png') });

    const standard = await save('Handout PDF');
    expect(standard.name).toBe('interdependence-handout.pdf');
    expect(standard.tagged).toBe(true);

    await choice.selectOption('saver');
    const saver = await save('Handout PDF');
    expect(saver.name).toBe('interdependence-handout-saver.pdf');
    expect(saver.pages).toBeLessThan(standard.pages);

    await choice.selectOption('large');
    const large = await save('Handout PDF');
    expect(large.name).toBe('interdependence-handout-large.pdf');
    expect(large.pages).toBeGreaterThan(standard.pages);
  });

  it('asks in setup for what the safety page is pre-filled with', async () => {
    await con
      .getByRole('link', { name: 'New session' })
      .or(con.getByRole('button', { name: 'New session' }))
      .first()
      .click();
    const crisis = con.getByLabel('Crisis line (safety page)');
    await crisis.waitFor(WAIT);
    await crisis.fill('Samaritans 116 123');
    await con.getByLabel('Your contact (safety page)').fill('Sam Rivera, room 4');
    await crisis.scrollIntoViewIfNeeded();
    await saveScreenshot(con, { path: join(ARTIFACTS, 'setup-safety-page-fields.png') });
  });
});
