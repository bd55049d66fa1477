/**
 * The workshop editor in the counselor's language (issue 16), real host from dist/ and real
 * Chromium at 1440×900: in Arabic it reads right to left (steps list on the right), its labels,
 * step kinds, the schema's inline slips, the leave guard and both previews are in Arabic, and axe
 * finds nothing serious or critical; Spanish likewise; back in English the words return.
 * Screenshots go to test-artifacts/console-languages/ for a human to look at.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  launchBrowser,
  removeDir,
  REPO_ROOT,
  seriousA11yViolations,
  startHost,
  tempDataDir,
  type HostProcess,
} from './participant-harness.js';
import { waitForDocumentLanguage } from './console-rig.js';
import { saveScreenshot } from './artifact-screenshot.js';

const ARTIFACTS = join(REPO_ROOT, 'test-artifacts/console-languages');
const WAIT = { timeout: 45_000 };

describe('the workshop editor in the counselor’s language', () => {
  let dataDir: string;
  let host: HostProcess;
  let browser: Browser;
  let page: Page;
  const problems: string[] = [];

  const shot = (name: string) =>
    saveScreenshot(page, { path: join(ARTIFACTS, `${name}.png`), animations: 'disabled' });
  const chooseLanguage = (tag: string) => page.getByTestId('console-language').selectOption(tag);
  const fill = (label: string, text: string) => page.getByLabel(label, { exact: true }).fill(text);

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    dataDir = tempDataDir();
    host = await startHost(dataDir);
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    page.on('pageerror', (e) => problems.push(e.message));
    await page.goto(`${host.consoleOrigin}/console/?token=${host.token}`);
    await page.getByRole('heading', { name: 'Workshop library' }).waitFor(WAIT);
  });

  afterAll(async () => {
    await browser?.close();
    await host?.kill();
    if (dataDir) removeDir(dataDir);
  });

  it('builds a step in Arabic, right to left, with Arabic previews and nothing serious for axe', async () => {
    await chooseLanguage('ar');
    await waitForDocumentLanguage(page, 'ar', 'rtl');
    await page.getByRole('button', { name: 'ورشة جديدة' }).click();
    await page.getByRole('heading', { name: /^تحرير «/ }).waitFor(WAIT);
    await page.getByRole('heading', { name: 'الخطوات' }).waitFor(WAIT);
    // The schema's own rule, worded in the counselor's language beside the empty summary.
    await page.getByText('اكتب شيئًا هنا.').first().waitFor(WAIT);

    await fill('العنوان', 'قول لا بلطف');
    await page.getByRole('button', { name: '+ إضافة خطوة' }).click();
    await page.getByRole('button', { name: /^اختيار/ }).click();
    await fill('عنوان الخطوة', 'تخمين أول');
    await fill('التوجيه على الهواتف', 'أيّها أصعب في الرفض؟');
    await fill('الخيارات', 'صديق\nأحد الوالدين\nمدير');
    await page.getByRole('heading', { name: 'على الهواتف' }).waitFor(WAIT);
    const phone = page.getByTestId('phone-preview');
    await phone.getByRole('radio', { name: 'أحد الوالدين' }).waitFor(WAIT);
    // The phone preview speaks the counselor's language too, not only the typed words.
    await phone.getByText('إرسال').waitFor(WAIT);
    await page
      .getByTestId('projector-preview')
      .getByRole('heading', { name: 'تخمين أول' })
      .waitFor(WAIT);
    await page.getByRole('button', { name: /تراجع/ }).first().waitFor(WAIT);

    // Right to left, the list of steps sits on the right of the form.
    const side = await page.locator('.editor-side').boundingBox();
    const main = await page.locator('.editor-main').boundingBox();
    expect(side!.x).toBeGreaterThan(main!.x);
    await shot('ar-editor');
    expect(await seriousA11yViolations(page)).toEqual([]);

    // Leaving with unsaved changes asks, in Arabic.
    await page.getByRole('button', { name: '→ المكتبة' }).click();
    await page.getByRole('heading', { name: 'المغادرة دون حفظ؟' }).waitFor(WAIT);
    await page.getByRole('button', { name: 'إلغاء' }).click();
    await page.getByRole('heading', { name: /^تحرير «/ }).waitFor(WAIT);
  });

  it('reads in Spanish, left to right, with nothing serious for axe', async () => {
    await chooseLanguage('es');
    await waitForDocumentLanguage(page, 'es', 'ltr');
    await page.getByRole('heading', { name: 'Editar «قول لا بلطف»' }).waitFor(WAIT);
    // The summary's slip, re-worded though its section is folded away now.
    await page
      .getByText('Escribe algo aquí.')
      .first()
      .waitFor({ state: 'attached', ...WAIT });
    await page.getByLabel('Consigna en los teléfonos', { exact: true }).waitFor(WAIT);
    await page.getByTestId('phone-preview').getByText('Enviar').waitFor(WAIT);
    const side = await page.locator('.editor-side').boundingBox();
    const main = await page.locator('.editor-main').boundingBox();
    expect(side!.x).toBeLessThan(main!.x);
    await shot('es-editor');
    expect(await seriousA11yViolations(page)).toEqual([]);
  });

  it('returns to English', async () => {
    await chooseLanguage('en');
    await waitForDocumentLanguage(page, 'en', 'ltr');
    await page.getByRole('heading', { name: 'Edit “قول لا بلطف”' }).waitFor(WAIT);
    await page.getByLabel('Prompt on the phones', { exact: true }).waitFor(WAIT);
    await page.getByTestId('phone-preview').getByText('Send').waitFor(WAIT);
    expect(problems).toEqual([]);
  });
});
