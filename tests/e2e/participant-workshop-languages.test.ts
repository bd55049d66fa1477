/**
 * The workshop itself in each phone's language (issue 16): phones in English, Spanish and
 * Arabic run the shipped interdependence workshop together. Each reads the agreement, the
 * prompts and the options in its own language; they all answer, and the console counts every
 * answer together, because answers carry ids, never words. A phone that switches languages
 * mid-step gets the step in the new language at once.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SortAggregate, WordsAggregate } from '../../shared/aggregate/aggregate-types.js';
import {
  ConsoleDriver,
  launchBrowser,
  PHONE,
  removeDir,
  screenshot,
  startHost,
  tempDataDir,
  type HostProcess,
} from './participant-harness.js';

type Tag = 'en' | 'es' | 'ar';

interface Words {
  locale: string;
  join: string;
  agree: RegExp;
  send: string;
  sent: string;
  agreement: string;
  sortPrompt: string;
  item: string;
  category: string;
  wordsPrompt: string;
  word: string;
}

const WORDS: Record<Tag, Words> = {
  en: {
    locale: 'en-GB',
    join: 'Join',
    agree: /I understand/,
    send: 'Send',
    sent: 'Sent ✓',
    agreement: 'What people share here stays here.',
    sortPrompt: 'Put each one where you think it fits best.',
    item: 'Saying yes to keep the peace when you mean no.',
    category: 'It depends on the situation',
    wordsPrompt: 'In one word, what does a healthy relationship feel like?',
    word: 'Trust',
  },
  es: {
    locale: 'es-ES',
    join: 'Entrar',
    agree: /Entendido/,
    send: 'Enviar',
    sent: 'Enviado ✓',
    agreement: 'Lo que se comparte aquí se queda aquí.',
    sortPrompt: 'Pon cada frase donde creas que encaja mejor.',
    item: 'Decir que sí para mantener la paz cuando quieres decir que no.',
    category: 'Depende de la situación',
    wordsPrompt: 'En una palabra, ¿cómo se siente una relación sana?',
    word: 'Confianza',
  },
  ar: {
    locale: 'ar-EG',
    join: 'انضمام',
    agree: /فهمت/,
    send: 'إرسال',
    sent: 'تم الإرسال ✓',
    agreement: 'ما يُقال هنا يبقى هنا.',
    sortPrompt: 'ضع كل عبارة حيث ترى أنها تناسب أكثر.',
    item: 'أن تقول "نعم" حفاظًا على الهدوء وأنت تقصد "لا".',
    category: 'يعتمد على الموقف',
    wordsPrompt: 'بكلمة واحدة، كيف تبدو العلاقة الصحية من الداخل؟',
    word: 'ثقة',
  },
};
const TAGS: Tag[] = ['en', 'es', 'ar'];

describe('the interdependence workshop on phones in English, Spanish and Arabic', () => {
  let dataDir: string;
  let host: HostProcess;
  let driver: ConsoleDriver;
  let browser: Browser;
  let steps: string[];
  const phones = {} as Record<Tag, { context: BrowserContext; page: Page }>;

  beforeAll(async () => {
    dataDir = tempDataDir();
    host = await startHost(dataDir);
    driver = await ConsoleDriver.connect(host);
    // No agreement of the counselor's own: the workshop's (translated) agreement is shown.
    const view = await driver.createSession('interdependence', false, {
      agreement: '',
      support: 'Local crisis line: 0800 111 222 (free, day and night).',
    });
    steps = view.template.steps.map((s) => s.id);
    browser = await launchBrowser();
    for (const tag of TAGS) {
      const context = await browser.newContext({
        viewport: PHONE,
        isMobile: true,
        hasTouch: true,
        deviceScaleFactor: 1,
        locale: WORDS[tag].locale,
      });
      const page = await context.newPage();
      await page.goto(`${host.participantUrl}/?code=${view.roomCode}`);
      phones[tag] = { context, page };
    }
  });

  afterAll(async () => {
    for (const phone of Object.values(phones)) await phone.context.close();
    driver?.close();
    await browser?.close();
    await host?.kill();
    if (dataDir) removeDir(dataDir);
  });

  it('shows each phone the group agreement in its language', async () => {
    for (const tag of TAGS) {
      const { page } = phones[tag];
      await page.getByRole('button', { name: WORDS[tag].join, exact: true }).click();
      await page.getByText(WORDS[tag].agreement).waitFor({ timeout: 60_000 });
    }
    await screenshot(phones.ar.page, 'workshop-ar-agreement');
    for (const tag of TAGS) {
      await phones[tag].page.getByRole('button', { name: WORDS[tag].agree }).click();
    }
    await driver.until((v) => v.joined === 3, 'three phones joined');
  });

  it('each sorts in its own words; the console counts all three by category id', async () => {
    await driver.act({ type: 'start' });
    await driver.act({ type: 'goto', index: steps.indexOf('sort-patterns') });
    await driver.act({ type: 'open' });
    for (const tag of TAGS) {
      const { page } = phones[tag];
      await page.getByText(WORDS[tag].sortPrompt).waitFor();
      await page
        .getByRole('group', { name: WORDS[tag].item })
        .getByRole('radio', { name: WORDS[tag].category })
        .check();
      await page.getByRole('button', { name: WORDS[tag].send, exact: true }).click();
      await page.getByRole('button', { name: WORDS[tag].sent }).waitFor();
    }
    await screenshot(phones.ar.page, 'workshop-ar-sort');
    await screenshot(phones.es.page, 'workshop-es-sort');
    await driver.until((v) => v.answered === 3, 'three sorts counted');
    await driver.act({ type: 'close' });
    const view = await driver.act({ type: 'reveal' });
    const sort = view.roomAggregate as SortAggregate;
    expect(sort.kind).toBe('sort');
    expect(sort.respondents).toBe(3);
    const item = sort.items.find((i) => i.itemId === 'yes-to-keep-peace');
    expect(item?.counts.find((c) => c.key === 'it-depends')?.count).toBe(3);
  });

  it('puts every language’s word in one cloud, each readable', async () => {
    await driver.act({ type: 'goto', index: steps.indexOf('healthy-feels-like') });
    await driver.act({ type: 'open' });
    for (const tag of TAGS) {
      const { page } = phones[tag];
      await page.getByText(WORDS[tag].wordsPrompt).waitFor();
      await page.getByRole('textbox').first().fill(WORDS[tag].word);
      await page.getByRole('button', { name: WORDS[tag].send, exact: true }).click();
      await page.getByRole('button', { name: WORDS[tag].sent }).waitFor();
    }
    // The counselor's live cloud: the room sees only words given by two people or more.
    const view = await driver.until(
      (v) => v.liveAggregate?.kind === 'words' && v.liveAggregate.respondents === 3,
      'three words in the live cloud',
    );
    const cloud = view.liveAggregate as WordsAggregate;
    expect(cloud.words.map((w) => w.key).sort()).toEqual(['confianza', 'trust', 'ثقة']);
    await screenshot(phones.ar.page, 'workshop-ar-words');
  });

  it('a phone that switches languages gets the step in the new language at once', async () => {
    const { page } = phones.en;
    await page.getByLabel('Language').selectOption({ label: 'Español' });
    await page.getByText(WORDS.es.wordsPrompt).waitFor();
    expect(await page.getByText(WORDS.en.wordsPrompt).count()).toBe(0);
  });
});
