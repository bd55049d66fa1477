/**
 * No projector screen of any shipped workshop clips (issue 14). Each workshop runs against the
 * real host with six bot phones answering; at 1920×1080 and 1280×720 every step is measured from the DOM in
 * each phase the room sees (before responses open, while open, revealed): nothing may overflow
 * its box or the screen, text stays readable from the back row, and a screen too long for one
 * page is split into pages the console steps through, which together show every item.
 * Screenshots go to test-artifacts/projector/.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Answer } from '../../shared/session/answer-schema.js';
import type { ConsoleView } from '../../shared/protocol/views.js';
import type { Step } from '../../shared/template/step-schema.js';
import { PAGE_ITEMS } from '../../renderer/projector/fit-screen.js';
import {
  Bot,
  ConsoleDriver,
  launchBrowser,
  removeDir,
  REPO_ROOT,
  startHost,
  tempDataDir,
  type HostProcess,
} from './participant-harness.js';
import { saveScreenshot } from './artifact-screenshot.js';

const ARTIFACTS = join(REPO_ROOT, 'test-artifacts/projector');
const SHIPPED = ['interdependence', 'boundaries', 'check-ins', 'keeping-yourself'];
const BOTS = 6;
/** The smallest text allowed: about 2.2 % of the screen's height (24 px at 1080 px). */
const MIN_TEXT_SHARE = 24 / 1080;
/** The usual projector, and the older 720p ones many rooms still have. */
const SCREENS = [
  { width: 1920, height: 1080 },
  { width: 1280, height: 720 },
];
const WORDS = ['calm', 'heard', 'tired', 'hopeful', 'seen', 'safe', 'curious', 'steady'];
const OPEN_TEXTS = [
  'I noticed that I say yes before I have even thought about what I want.',
  'Asking a friend for help last week felt strange at first and then it felt good.',
  'Taking a short walk on my own every evening.',
  'I want to practise saying how I feel in a few plain words, without rehearsing it.',
  'Keeping one evening a week for myself, whatever else is happening.',
  'Letting my sister make her own choice, even when I would have chosen differently and worried about it.',
];

/** A plausible answer from bot `n` (deterministic), so every result has a real shape. */
function answerFor(step: Step, n: number): Answer {
  switch (step.kind) {
    case 'scale': {
      const values: Record<string, number> = {};
      step.themes.forEach((theme, t) =>
        theme.statements.forEach((s, i) => (values[s.id] = ((n + t + i) % 5) + 1)),
      );
      return { kind: 'scale', values };
    }
    case 'choice': {
      const ids = step.options.map((o) => o.id);
      const first = ids[n % ids.length]!;
      const second = ids[(n + 1) % ids.length]!;
      return { kind: 'choice', optionIds: step.multiple ? [first, second] : [first] };
    }
    case 'sort':
      return {
        kind: 'sort',
        placements: Object.fromEntries(
          step.items.map((item, i) => [
            item.id,
            step.categories[(i + n) % step.categories.length]!.id,
          ]),
        ),
      };
    case 'words':
      return {
        kind: 'words',
        words: [WORDS[n % WORDS.length]!, WORDS[(n + 3) % WORDS.length]!].slice(0, step.maxWords),
      };
    case 'open':
      return {
        kind: 'open',
        text: OPEN_TEXTS[n % OPEN_TEXTS.length]!.slice(0, step.maxLength),
        share: true,
      };
    case 'rank': {
      const ids = step.items.map((i) => i.id);
      return { kind: 'rank', order: ids.map((_, i) => ids[(i + n) % ids.length]!) };
    }
    case 'slider': {
      const steps = Math.floor((step.max - step.min) / step.step);
      return { kind: 'slider', value: step.min + ((n * 3) % (steps + 1)) * step.step };
    }
    case 'worksheet':
      return {
        kind: 'worksheet',
        fields: Object.fromEntries(step.fields.map((f) => [f.id, 'Something for me.'])),
      };
    default:
      return { kind: 'pass' };
  }
}

interface Measure {
  problems: string[];
  smallestText: number;
  visibleItems: string[];
  totalItems: number;
  scale: number;
}

/** Reads the projector's DOM: what overflows, the smallest text, which pageable items show. */
function measure(page: Page): Promise<Measure> {
  return page.evaluate((itemSelector) => {
    const problems: string[] = [];
    const name = (el: Element) =>
      `${el.tagName.toLowerCase()}.${[...el.classList].join('.')} "${(el.textContent ?? '').trim().slice(0, 40)}"`;
    const box = document.querySelector<HTMLElement>('[data-testid="projector-fit"]')!;
    if (box.scrollHeight > box.clientHeight + 1 || box.scrollWidth > box.clientWidth + 1)
      problems.push(
        `content ${box.scrollWidth}×${box.scrollHeight} overflows its box ${box.clientWidth}×${box.clientHeight}`,
      );
    let smallestText = Number.POSITIVE_INFINITY;
    for (const el of document.querySelectorAll<HTMLElement>('main *')) {
      if (el.closest('.agg-visually-hidden')) continue;
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) continue;
      const style = getComputedStyle(el);
      if (style.visibility === 'hidden') continue;
      if (r.right > innerWidth + 1 || r.bottom > innerHeight + 1 || r.left < -1 || r.top < -1)
        problems.push(`${name(el)} reaches outside the screen`);
      const clips = style.overflowX !== 'visible' || style.overflowY !== 'visible';
      if (
        clips &&
        el !== box &&
        (el.scrollHeight > el.clientHeight + 1 || el.scrollWidth > el.clientWidth + 1)
      )
        problems.push(`${name(el)} clips its content`);
      const ownText = [...el.childNodes].some(
        (n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim() !== '',
      );
      if (ownText) smallestText = Math.min(smallestText, parseFloat(style.fontSize));
    }
    const items = [...document.querySelectorAll<HTMLElement>(itemSelector)];
    return {
      problems,
      smallestText,
      visibleItems: items
        .filter((item) => item.getBoundingClientRect().height > 0)
        .map((item) => (item.textContent ?? '').trim()),
      totalItems: items.length,
      scale: Number(box.dataset.fitScale),
    };
  }, PAGE_ITEMS);
}

describe.each(SCREENS)(
  'no projector screen of a shipped workshop clips at $width×$height',
  (screen) => {
    let dataDir: string;
    let host: HostProcess;
    let browser: Browser;
    let projector: Page;
    const pageErrors: string[] = [];
    const report: string[] = [];

    beforeAll(async () => {
      dataDir = tempDataDir();
      host = await startHost(dataDir);
      browser = await launchBrowser();
      const context = await browser.newContext({ viewport: screen });
      projector = await context.newPage();
      projector.on('pageerror', (error) => pageErrors.push(error.message));
      mkdirSync(ARTIFACTS, { recursive: true });
    });

    afterAll(async () => {
      console.log(report.join('\n'));
      await browser?.close();
      await host?.kill();
      if (dataDir) removeDir(dataDir);
    });

    for (const templateId of SHIPPED) {
      it(`fits every screen of "${templateId}"`, async () => {
        const driver = await ConsoleDriver.connect(host);
        const bots: Bot[] = [];
        try {
          const view = await driver.createSession(templateId, false);
          for (let i = 0; i < BOTS; i += 1) bots.push(await Bot.join(host, view.roomCode));
          await driver.act({ type: 'start' });
          await projector.goto(`${host.consoleOrigin}/projector/?token=${host.token}`);

          /** Measures every page of the screen the console says the room sees now. */
          const checkScreen = async (label: string) => {
            const key = driver.latest!.projector!.screenKey;
            const fitted = projector.locator(
              `[data-testid="projector-fit"][data-screen-key="${key}"][data-fitted="true"]`,
            );
            await fitted.waitFor({ timeout: 45_000 });
            const pages = Number(await fitted.getAttribute('data-pages'));
            // The projector tells the host its count; the console's page control shows it.
            await driver.until((v) => v.projector?.pages === pages, `${label}: ${pages} pages`);
            let shown = 0;
            let total = 0;
            for (let p = 0; p < pages; p += 1) {
              if (pages > 1) {
                await driver.request('projector:show', { page: p });
                await projector
                  .locator(
                    `[data-testid="projector-fit"][data-screen-key="${key}"][data-page="${p}"]`,
                  )
                  .waitFor({ timeout: 45_000 });
              }
              const m = await measure(projector);
              expect(m.problems, `${label} page ${p + 1}`).toEqual([]);
              expect(
                m.smallestText,
                `${label} page ${p + 1}: smallest text`,
              ).toBeGreaterThanOrEqual(Math.floor(MIN_TEXT_SHARE * screen.height));
              shown += m.visibleItems.length;
              total = m.totalItems;
              report.push(
                `${label} page ${p + 1}/${pages}: scale ${m.scale}, smallest text ${m.smallestText}px`,
              );
              await saveScreenshot(projector, {
                path: join(ARTIFACTS, `${label}${pages > 1 ? `-p${p + 1}` : ''}.png`),
                animations: 'disabled',
              });
            }
            if (pages > 1) {
              expect(shown, `${label}: every item on exactly one page`).toBe(total);
              await driver.request('projector:show', { page: 0 });
            }
          };

          const steps = driver.latest!.template.steps;
          for (const [index, step] of steps.entries()) {
            const label = `${screen.height}-${templateId}-${String(index + 1).padStart(2, '0')}-${step.kind}`;
            if (index > 0) await driver.act({ type: 'goto', index });
            if (step.kind === 'info' || step.kind === 'timer') {
              await checkScreen(label);
              continue;
            }
            await checkScreen(`${label}-pending`);
            await driver.act({ type: 'open' });
            await checkScreen(`${label}-open`);
            if (step.kind === 'worksheet') continue;
            await Promise.all(bots.map((bot, n) => bot.answer(step.id, answerFor(step, n))));
            await driver.until((v) => v.answered === BOTS, `${label}: all answered`);
            await driver.act({ type: 'close' });
            if (step.kind === 'open') {
              const items = (driver.latest as ConsoleView).moderation;
              for (const item of items)
                await driver.act({
                  type: 'moderate',
                  stepId: step.id,
                  ref: item.ref,
                  decision: 'approved',
                });
            }
            await driver.act({ type: 'reveal' });
            await checkScreen(`${label}-revealed`);
          }
          expect(pageErrors).toEqual([]);
        } finally {
          for (const bot of bots) bot.close();
          await driver.act({ type: 'end' }).catch(() => undefined);
          driver.close();
        }
      }, 600_000);
    }
  },
);
