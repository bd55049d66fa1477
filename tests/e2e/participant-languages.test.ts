/**
 * Each phone in its own language (issue 16): one phone follows its English locale, one its
 * Arabic locale (right to left), one picks Spanish on the join screen. All three answer the same
 * choice, and the console counts the three together because answers carry option ids, not words.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChoiceAggregate } from '../../shared/aggregate/aggregate-types.js';
import { ALL_KINDS_STEP_IDS } from './participant-fixture-template.js';
import {
  ConsoleDriver,
  launchBrowser,
  PHONE,
  removeDir,
  screenshot,
  seriousA11yViolations,
  SMALL_PHONE,
  startHost,
  tempDataDir,
  type HostProcess,
} from './participant-harness.js';

interface LanguagePhone {
  context: BrowserContext;
  page: Page;
  join: string;
  agree: string;
  send: string;
  sent: string;
}

describe('phones in English, Spanish and Arabic', () => {
  let dataDir: string;
  let host: HostProcess;
  let driver: ConsoleDriver;
  let browser: Browser;
  let roomCode: string;
  const phones: Record<'en' | 'es' | 'ar', LanguagePhone> = {} as never;

  const openPhoneIn = async (locale: string) => {
    const context = await browser.newContext({
      viewport: PHONE,
      isMobile: true,
      hasTouch: true,
      deviceScaleFactor: 1,
      locale,
    });
    const page = await context.newPage();
    await page.goto(`${host.participantUrl}/?code=${roomCode}`);
    return { context, page };
  };

  beforeAll(async () => {
    dataDir = tempDataDir();
    host = await startHost(dataDir);
    driver = await ConsoleDriver.connect(host);
    roomCode = (await driver.createSession(await driver.importTemplate(), false)).roomCode;
    browser = await launchBrowser();
  });

  afterAll(async () => {
    for (const phone of Object.values(phones)) await phone.context.close();
    driver?.close();
    await browser?.close();
    await host?.kill();
    if (dataDir) removeDir(dataDir);
  });

  it('starts each phone in its own language, and the picker switches and is remembered', async () => {
    const en = await openPhoneIn('en-US');
    await en.page.getByRole('heading', { name: 'Join the group' }).waitFor();
    phones.en = { ...en, join: 'Join', agree: 'I understand', send: 'Send', sent: 'Sent ✓' };

    const ar = await openPhoneIn('ar-EG');
    await ar.page.getByRole('heading', { name: 'الانضمام إلى المجموعة' }).waitFor();
    expect(await ar.page.evaluate(() => [document.documentElement.lang, document.dir])).toEqual([
      'ar',
      'rtl',
    ]);
    phones.ar = { ...ar, join: 'انضمام', agree: 'فهمت', send: 'إرسال', sent: 'تم الإرسال ✓' };

    // A phone set to a language the app does not ship starts in English; its owner picks Spanish.
    const es = await openPhoneIn('fr-FR');
    await es.page.getByRole('heading', { name: 'Join the group' }).waitFor();
    await es.page.getByLabel('Language').selectOption({ label: 'Español' });
    await es.page.getByRole('heading', { name: 'Únete al grupo' }).waitFor();
    expect(await es.page.evaluate(() => document.documentElement.lang)).toBe('es');
    await es.page.reload();
    await es.page.getByRole('heading', { name: 'Únete al grupo' }).waitFor();
    phones.es = { ...es, join: 'Entrar', agree: 'Entendido', send: 'Enviar', sent: 'Enviado ✓' };

    await screenshot(ar.page, 'language-ar-join');
    await screenshot(es.page, 'language-es-join');
  });

  it('finds nothing serious for axe on the Arabic phone, at 390 and 320 px', async () => {
    const { page } = phones.ar;
    expect(await seriousA11yViolations(page), 'ar 390 join').toEqual([]);
    await page.setViewportSize(SMALL_PHONE);
    expect(await seriousA11yViolations(page), 'ar 320 join').toEqual([]);
    await screenshot(page, 'language-ar-join-320');
    await page.setViewportSize(PHONE);
  });

  it('joins all three, and the console counts their choice together', async () => {
    for (const phone of Object.values(phones)) {
      await phone.page.getByRole('button', { name: phone.join, exact: true }).click();
      await phone.page
        .getByRole('button', { name: new RegExp(phone.agree) })
        .waitFor({ timeout: 60_000 });
    }
    await screenshot(phones.ar.page, 'language-ar-agreement');
    await screenshot(phones.es.page, 'language-es-agreement');
    for (const phone of Object.values(phones)) {
      await phone.page.getByRole('button', { name: new RegExp(phone.agree) }).click();
    }
    await driver.act({ type: 'start' });
    await driver.act({ type: 'goto', index: ALL_KINDS_STEP_IDS.indexOf('quiz') });
    await driver.act({ type: 'open' });

    // The workshop's own words stay in the workshop's language on every phone.
    const option = 'Both people can say what they need';
    for (const phone of Object.values(phones)) {
      await phone.page.getByRole('radio', { name: option }).check();
      await phone.page.getByRole('button', { name: phone.send, exact: true }).click();
      await phone.page.getByText(phone.sent).first().waitFor();
    }
    await screenshot(phones.ar.page, 'language-ar-choice');
    await screenshot(phones.es.page, 'language-es-choice');

    const view = await driver.until(
      (v) => v.liveAggregate?.kind === 'choice' && v.liveAggregate.respondents === 3,
      'three answers to the quiz in the live aggregate',
    );
    const live = view.liveAggregate as ChoiceAggregate;
    expect(live.counts.find((cell) => cell.key === 'both-needs')?.count).toBe(3);

    const { page } = phones.ar;
    expect(await seriousA11yViolations(page), 'ar 390 choice').toEqual([]);
    await page.setViewportSize(SMALL_PHONE);
    expect(await seriousA11yViolations(page), 'ar 320 choice').toEqual([]);
    await screenshot(page, 'language-ar-choice-320');
  });
});
