/**
 * An info step's picture (shipped "interdependence" workshop): the phone shows it under the
 * text with its alt text and axe stays clean; the projector shows it large beside the text.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
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
  type Phone,
  joinAndAgree,
} from './participant-harness.js';

const STEP_ID = 'what-is-interdependence';
const ALT = /^Two whole circles, one labelled Me and one labelled You/;

interface ImageFacts {
  alt: string;
  naturalWidth: number;
  top: number;
  width: number;
  height: number;
  textBottom: number;
}

describe('an info step with a picture', () => {
  let dataDir: string;
  let host: HostProcess;
  let driver: ConsoleDriver;
  let browser: Browser;
  let phone: Phone;

  beforeAll(async () => {
    dataDir = tempDataDir();
    host = await startHost(dataDir);
    driver = await ConsoleDriver.connect(host);
    const view = await driver.createSession('interdependence', false);
    browser = await launchBrowser();
    phone = await openPhone(browser, PHONE);
    const page = phone.page;
    await page.goto(`${host.participantUrl}/?code=${view.roomCode}`);
    await joinAndAgree(page);
    await page.getByText('The counselor will start soon', { exact: false }).waitFor();
    await driver.act({ type: 'start' });
    await driver.act({
      type: 'goto',
      index: view.template.steps.findIndex((s) => s.id === STEP_ID),
    });
  });

  afterAll(async () => {
    driver?.close();
    await browser?.close();
    await host?.kill();
    if (dataDir) removeDir(dataDir);
  });

  it('shows the picture under the text on the phone, described, with axe clean', async () => {
    const page = phone.page;
    const image = page.getByRole('img', { name: ALT });
    await image.waitFor();
    await page.waitForFunction(() => {
      const img = document.querySelector<HTMLImageElement>('img.info-image');
      return img !== null && img.complete && img.naturalWidth > 0;
    });
    const facts = await image.evaluate((img: HTMLImageElement): ImageFacts => {
      const box = img.getBoundingClientRect();
      const paragraphs = [...document.querySelectorAll('.prose p')];
      const last = paragraphs[paragraphs.length - 1]!.getBoundingClientRect();
      return {
        alt: img.alt,
        naturalWidth: img.naturalWidth,
        top: box.top + window.scrollY,
        width: box.width,
        height: box.height,
        textBottom: last.bottom + window.scrollY,
      };
    });
    expect(facts.naturalWidth).toBe(900);
    expect(facts.top).toBeGreaterThanOrEqual(facts.textBottom);
    expect(facts.width).toBeGreaterThan(PHONE.width * 0.8);
    expect(facts.height).toBeLessThanOrEqual(PHONE.height * 0.4 + 1);
    expect(await seriousA11yViolations(page)).toEqual([]);
    expect(phone.problems).toEqual([]);
    await image.scrollIntoViewIfNeeded();
    await screenshot(page, 'info-image-phone');
  });

  it('shows the picture large on the projector', async () => {
    const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
    const page = await context.newPage();
    await page.goto(`${host.consoleOrigin}/projector/?token=${host.token}`);
    const image = page.getByRole('img', { name: ALT });
    await image.waitFor();
    await page.waitForFunction(() => {
      const img = document.querySelector<HTMLImageElement>('img.info-image');
      return img !== null && img.complete && img.naturalWidth > 0;
    });
    const box = await image.boundingBox();
    expect(box!.width).toBeGreaterThan(600);
    await screenshot(page, 'info-image-projector');
    await context.close();
  });
});
