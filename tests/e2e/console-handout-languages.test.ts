/**
 * A translated workshop in the console (issue 16): the library names the languages phones can
 * read it in and says the drafts need a native speaker's review; the handout prints in the
 * language the counselor picks. Needs `npm run build`; screenshots go to test-artifacts/console/.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkPdf } from '../unit/exports-pdf-tools.js';
import { closeConsoleRig, openConsoleRig, type ConsoleRig } from './console-rig.js';
import { REPO_ROOT, type HostProcess } from './participant-harness.js';
import { saveScreenshot } from './artifact-screenshot.js';

const ARTIFACTS = join(REPO_ROOT, 'test-artifacts/console');
const WAIT = { timeout: 45_000 };

describe('the console with a translated workshop', () => {
  let rig: ConsoleRig;
  let host: HostProcess;
  let con: Page;

  beforeAll(async () => {
    rig = await openConsoleRig();
    ({ host, page: con } = rig);
  }, 120_000);

  afterAll(() => closeConsoleRig(rig));

  it('says in the library which languages phones get and that they need review', async () => {
    await con.goto(`${host.consoleOrigin}/console/?token=${host.token}`);
    const note = con.getByTestId('translations-interdependence');
    await note.waitFor(WAIT);
    expect(await note.innerText()).toBe(
      'Phones can also read it in Spanish and Arabic. They are draft translations; have a native-speaking counselor review them before use.',
    );
    mkdirSync(ARTIFACTS, { recursive: true });
    await saveScreenshot(con, { path: join(ARTIFACTS, 'library-translations.png') });
  });

  it('prints the handout in the language the counselor picks', async () => {
    const card = con.locator('.template-card').filter({
      has: con.getByRole('heading', { name: 'Interdependence: close without losing yourself' }),
    });
    await card.getByRole('button', { name: 'Preview' }).click(WAIT);
    const choice = con.getByRole('combobox', { name: 'Language of the handout' });
    await choice.waitFor(WAIT);
    expect(await choice.locator('option').allTextContents()).toEqual([
      'English',
      'Español',
      'العربية',
    ]);
    await choice.selectOption('ar');
    await saveScreenshot(con, { path: join(ARTIFACTS, 'handout-language-choice.png') });
    const [download] = await Promise.all([
      con.waitForEvent('download', WAIT),
      con.getByRole('button', { name: 'Handout PDF' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('interdependence-handout-ar.pdf');
    const { flat } = checkPdf(readFileSync(await download.path()), 'console-handout-ar');
    expect(flat.normalize('NFKC')).toContain('اتفاق مجموعتنا'.normalize('NFKC'));
  });
});
