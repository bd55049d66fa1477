/**
 * Screenshots under test-artifacts/ are for a person to look at: no test reads them back. Each
 * costs about half a second to a second of a 2-core machine and the whole suite takes ~400, so
 * they are taken when `CIRCLEWORK_SCREENSHOTS` is `1`, which vitest.config.ts makes the default
 * for a run of chosen files (how one looks at a screen one changed) and not for the whole suite.
 */
import type { Page, PageScreenshotOptions } from 'playwright-core';

export const SCREENSHOTS = process.env.CIRCLEWORK_SCREENSHOTS === '1';

/** Saves a screenshot of the page to `options.path` when screenshots are asked for. */
export async function saveScreenshot(
  page: Page,
  options: PageScreenshotOptions & { path: string },
): Promise<void> {
  if (SCREENSHOTS) await page.screenshot(options);
}
