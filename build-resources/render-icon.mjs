// Renders icon.svg to icon.png (1024×1024, transparent corners) with the system Chromium.
// Run once after changing the SVG: node build-resources/render-icon.mjs
import { readFile } from 'node:fs/promises';
import { chromium } from 'playwright-core';

const here = new URL('.', import.meta.url);
const svg = await readFile(new URL('icon.svg', here), 'utf8');
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu'],
});
const page = await browser.newPage({ viewport: { width: 1024, height: 1024 } });
await page.setContent(`<html><body style="margin:0;background:transparent">${svg}</body></html>`);
await page.screenshot({ path: new URL('icon.png', here).pathname, omitBackground: true });
await browser.close();
