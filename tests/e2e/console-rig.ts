/**
 * One counselor's console in real Chromium (1440×900) against a real host on a fresh data folder,
 * for the console's browser tests that need nothing more; and the wait for a page's language.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { expect } from 'vitest';
import {
  launchBrowser,
  removeDir,
  startHost,
  tempDataDir,
  type HostProcess,
} from './participant-harness.js';

export interface ConsoleRig {
  dataDir: string;
  host: HostProcess;
  browser: Browser;
  context: BrowserContext;
  page: Page;
}

export async function openConsoleRig(): Promise<ConsoleRig> {
  const dataDir = tempDataDir();
  const host = await startHost(dataDir);
  const browser = await launchBrowser();
  const context = await browser.newContext({
    viewport: { width: 1440, height: 900 },
    acceptDownloads: true,
  });
  return { dataDir, host, browser, context, page: await context.newPage() };
}

export async function closeConsoleRig(rig: ConsoleRig | undefined): Promise<void> {
  if (!rig) return;
  await rig.browser.close();
  await rig.host.kill();
  removeDir(rig.dataDir);
}

/** Waits until the page's `<html>` says this language and reading direction. */
export async function waitForDocumentLanguage(
  page: Page,
  lang: string,
  dir: string,
): Promise<void> {
  await expect
    .poll(
      () =>
        page.evaluate(() => ({
          lang: document.documentElement.lang,
          dir: document.documentElement.dir,
        })),
      { timeout: 45_000 },
    )
    .toEqual({ lang, dir });
}
