/**
 * The console's run page during a real workshop (issue 14, point 6), against the real host with
 * bot phones: the step rail keeps the current step in sight with whole titles, "Up next" names
 * the next step, the count tells answers from passes, "Next" becomes the move after a reveal,
 * the counselor blanks the projector and steps through the pages of a long result on it.
 * Console at 1440×900, projector at 1920×1080; screenshots go to test-artifacts/console-run/.
 */
import { mkdirSync } from 'node:fs';
import { networkInterfaces } from 'node:os';
import { join } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Step } from '../../shared/template/step-schema.js';
import {
  Bot,
  ConsoleDriver,
  joinAndAgree,
  launchBrowser,
  openPhone,
  removeDir,
  REPO_ROOT,
  startHost,
  tempDataDir,
  type HostProcess,
} from './participant-harness.js';
import { saveScreenshot } from './artifact-screenshot.js';

const ARTIFACTS = join(REPO_ROOT, 'test-artifacts/console-run');
const WAIT = { timeout: 45_000 };

async function waitForText(locator: Locator, pattern: RegExp): Promise<void> {
  await expect
    .poll(async () => (await locator.textContent().catch(() => '')) ?? '', WAIT)
    .toMatch(pattern);
}

describe('the console run page steers a real workshop', () => {
  let dataDir: string;
  let host: HostProcess;
  let browser: Browser;
  let con: Page;
  let projector: Page;
  let driver: ConsoleDriver;
  const bots: Bot[] = [];
  let steps: Step[] = [];

  const shot = (page: Page, name: string) =>
    saveScreenshot(page, { path: join(ARTIFACTS, `${name}.png`), animations: 'disabled' });
  const indexOf = (kind: Step['kind'], from = 0) =>
    steps.findIndex((s, i) => i >= from && s.kind === kind);
  const gotoStep = async (index: number) => {
    await driver.act({ type: 'goto', index });
    await waitForText(con.locator('#stage-title'), new RegExp(steps[index]!.title.slice(0, 20)));
  };

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    dataDir = tempDataDir();
    host = await startHost(dataDir);
    browser = await launchBrowser();
    con = await (await browser.newContext({ viewport: { width: 1440, height: 900 } })).newPage();
    projector = await (
      await browser.newContext({ viewport: { width: 1920, height: 1080 } })
    ).newPage();
    driver = await ConsoleDriver.connect(host);
    const view = await driver.createSession('interdependence', false);
    steps = view.template.steps;
    for (let i = 0; i < 6; i += 1) bots.push(await Bot.join(host, view.roomCode));
    await driver.act({ type: 'start' });
    await con.goto(`${host.consoleOrigin}/console/?token=${host.token}`);
    await con.getByRole('button', { name: /^Session/ }).click();
    await con.locator('#stage-title').waitFor(WAIT);
    await projector.goto(`${host.consoleOrigin}/projector/?token=${host.token}`);
    await projector.locator('[data-fitted="true"]').waitFor(WAIT);
  });

  afterAll(async () => {
    for (const bot of bots) bot.close();
    driver?.close();
    await browser?.close();
    await host?.kill();
    if (dataDir) removeDir(dataDir);
  });

  it('keeps the current step in sight in the rail, with whole titles, and names what comes next', async () => {
    const last = steps.length - 2;
    await gotoStep(last);
    const rail = con.locator('.step-rail ol');
    const current = con.locator('.step-link[aria-current="step"]');
    await expect
      .poll(async () => {
        const [r, c] = await Promise.all([rail.boundingBox(), current.boundingBox()]);
        return !!r && !!c && c.y >= r.y - 1 && c.y + c.height <= r.y + r.height + 1;
      }, WAIT)
      .toBe(true);
    const cut = await con.$$eval('.step-name', (names) =>
      names.filter((n) => n.scrollWidth > n.clientWidth + 1).map((n) => n.textContent),
    );
    expect(cut).toEqual([]);
    await waitForText(con.getByTestId('up-next'), new RegExp(steps[last + 1]!.title));
    await shot(con, 'run-rail-late-step');
  });

  it('shows an info step’s lists as lists on the console and the projector', async () => {
    const info = steps.findIndex((s) => s.kind === 'info' && /\n\s*- /.test(s.body));
    await gotoStep(info);
    expect(await con.locator('.stage-info li').count()).toBeGreaterThan(1);
    expect(await con.locator('.stage-info').textContent()).not.toMatch(/(^|\n)- /);
    const clipped = await con.$eval('.stage-info', (el) => el.scrollHeight > el.clientHeight + 1);
    expect(clipped).toBe(false);
    await projector.locator('.info-blocks li').first().waitFor(WAIT);
    await shot(con, 'run-info-list');
    // A phone shows the same text as a list too, never raw "- " bullets.
    const phone = await openPhone(browser);
    await phone.page.goto(`${host.participantUrl}/?code=${driver.latest!.roomCode}`);
    await joinAndAgree(phone.page);
    await phone.page.locator('.info-list li').first().waitFor(WAIT);
    expect(await phone.page.locator('.info-list li').count()).toBeGreaterThan(1);
    expect(await phone.page.locator('.info-text').innerText()).not.toMatch(/(^|\n)- /);
    await saveScreenshot(phone.page, { path: join(ARTIFACTS, 'phone-info-list.png') });
    expect(phone.problems).toEqual([]);
    await phone.context.close();
  });

  it('counts a pass as no answer, and points to Next once the result is shown', async () => {
    const index = indexOf('slider');
    const step = steps[index]!;
    if (step.kind !== 'slider') throw new Error('no slider step');
    await gotoStep(index);
    await driver.act({ type: 'open' });
    await Promise.all(
      bots.map((bot, n) =>
        bot.answer(
          step.id,
          n === 0 ? { kind: 'pass' } : { kind: 'slider', value: step.min + step.step },
        ),
      ),
    );
    // Beside the chart's "5 answers", "6 responded" would tell that one person passed.
    await waitForText(
      con.getByTestId('answered'),
      /^5 of \d+ answered · passes are not counted, so nobody can tell who passed$/,
    );
    expect(await con.getByTestId('answered').innerText()).not.toMatch(/\b6\b|1 pass\b/);
    const next = con.getByRole('button', { name: /^Next →/ });
    expect(await next.getAttribute('class')).not.toMatch(/btn-primary/);
    await driver.act({ type: 'close' });
    await driver.act({ type: 'reveal' });
    await expect.poll(async () => next.getAttribute('class'), WAIT).toMatch(/btn-primary/);
    await shot(con, 'run-revealed-next');
  });

  it('steps through the pages of a long result on the projector from the console', async () => {
    const index = indexOf('sort');
    const step = steps[index]!;
    if (step.kind !== 'sort') throw new Error('no sort step');
    await gotoStep(index);
    await driver.act({ type: 'open' });
    await Promise.all(
      bots.map((bot, n) =>
        bot.answer(step.id, {
          kind: 'sort',
          placements: Object.fromEntries(
            step.items.map((item, i) => [
              item.id,
              step.categories[(i + n) % step.categories.length]!.id,
            ]),
          ),
        }),
      ),
    );
    await driver.act({ type: 'close' });
    await driver.act({ type: 'reveal' });
    const control = con.getByTestId('projector-page-control');
    await waitForText(control, /Projector page 1 of [2-9]/);
    const pages = Number(/of (\d+)/.exec((await control.textContent()) ?? '')![1]);
    await shot(con, 'run-projector-pages');
    await con.getByRole('button', { name: 'Next projector page' }).click();
    await waitForText(control, new RegExp(`Projector page 2 of ${pages}`));
    await waitForText(projector.getByTestId('projector-page'), new RegExp(`Page 2 of ${pages}`));
    await saveScreenshot(projector, { path: join(ARTIFACTS, 'projector-page-2.png') });
  });

  it('tells phones an address that reaches this laptop, and the network check agrees', async () => {
    const usable = Object.values(networkInterfaces())
      .flat()
      .filter((i) => i && i.family === 'IPv4' && !i.internal && !i.address.startsWith('169.254.'))
      .map((i) => i!.address);
    const joinUrl = new URL(driver.latest!.joinUrl);
    await con.getByRole('button', { name: 'Network check' }).click();
    const verdict = con.getByTestId('net-verdict');
    // What the room's privacy rests on, in the panel's own words (README says the same).
    await waitForText(con.getByTestId('net-privacy'), /only listens on the Wi-Fi cannot read/);
    await waitForText(con.getByTestId('net-privacy'), /change the page this laptop sends/);
    if (usable.length === 0) {
      await waitForText(verdict, /not connected to any network/);
      return;
    }
    // Never the phone's own loopback while the laptop has a network address (public ones too).
    expect(usable).toContain(joinUrl.hostname);
    await waitForText(verdict, new RegExp(`open ${joinUrl.host}, and the app answers there`));
    const page = await fetch(joinUrl);
    expect(page.status).toBe(200);
    await shot(con, 'network-check');
    await con.getByRole('button', { name: /^Session/ }).click();
  });

  it('runs a countdown on an exercise that closes responses when the time is up', async () => {
    const index = indexOf('rank');
    await gotoStep(index);
    await con.getByRole('button', { name: /^(Open|Reopen) responses/ }).click();
    await waitForText(con.getByTestId('phase'), /Responses open/);
    await con.getByText('Countdown for this exercise').click();
    await con.getByLabel('Length').selectOption('1');
    await con.getByRole('checkbox', { name: 'Close responses when the time is up' }).check();
    await con.getByRole('button', { name: 'Start timer' }).click();
    await driver.until(
      (v) => v.timer?.closesResponses === true && v.timer.durationMs === 60_000,
      'a one-minute countdown that closes responses',
    );
    await projector.getByTestId('projector-timer').waitFor(WAIT);
    await shot(con, 'run-exercise-countdown');
    // Phones show the time left above the exercise, quietly.
    const phone = await openPhone(browser);
    await phone.page.goto(`${host.participantUrl}/?code=${driver.latest!.roomCode}`);
    await joinAndAgree(phone.page);
    await waitForText(phone.page.getByTestId('exercise-countdown'), /Time left: [01]:\d\d/);
    await saveScreenshot(phone.page, { path: join(ARTIFACTS, 'phone-exercise-countdown.png') });
    await phone.context.close();
    await saveScreenshot(projector, { path: join(ARTIFACTS, 'projector-exercise-countdown.png') });
    // A short one, so the test sees the close happen; the host closes it, not the page.
    await driver.act({ type: 'timer', command: 'reset' });
    await driver.act({ type: 'timer', command: 'start', seconds: 10, closesResponses: true });
    await waitForText(con.getByTestId('phase'), /Responses closed/);
    expect(driver.latest!.phases[steps[index]!.id]).toBe('closed');
  });

  it('blanks the projector and brings it back', async () => {
    await con.keyboard.press('b');
    await projector.getByTestId('projector-blank').waitFor(WAIT);
    await con.getByTestId('projector-state').waitFor(WAIT);
    await shot(con, 'run-projector-blank');
    await con.getByRole('button', { name: /Show the projector again/ }).click();
    await projector.locator('[data-fitted="true"]').waitFor(WAIT);
    expect(await projector.getByTestId('projector-blank').count()).toBe(0);
  });
});
