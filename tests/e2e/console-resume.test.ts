/**
 * The laptop's app stops mid-session and starts again on the same data dir (the real host,
 * `node dist/main/cli.js`, after `npm run build`). The counselor's console at 1440×900 must
 * come back to the running session at the same step with the same answers: by itself when the
 * host reopens it on start (auto-resume), or from the console's resume offer when it did not
 * (here: the session was last written more than the auto-resume window ago). Two socket.io
 * phones answer before the restart and come back with their resume tokens after it.
 * Screenshots go to test-artifacts/console/.
 */
import { mkdirSync, readdirSync, utimesSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Answer } from '../../shared/session/answer-schema.js';
import { ALL_KINDS_TEMPLATE_YAML } from './participant-fixture-template.js';
import {
  Bot,
  launchBrowser,
  openPhone,
  PHONE,
  removeDir,
  REPO_ROOT,
  startHost,
  tempDataDir,
  type HostProcess,
} from './participant-harness.js';
import { saveScreenshot } from './artifact-screenshot.js';

const ARTIFACTS = join(REPO_ROOT, 'test-artifacts/console');
const WAIT = { timeout: 45_000 };
const TITLE = 'Close without losing yourself';
const QUIZ = { id: 'quiz', index: 3, title: 'A quick question' };
const STEP_COUNTER = /^Step 4 of 11/;
const ANSWERS: Answer[] = [
  { kind: 'choice', optionIds: ['both-needs'] },
  { kind: 'choice', optionIds: ['always-yes'] },
];
/** Longer ago than the host's auto-resume window (12 hours). */
const STALE_MS = 13 * 60 * 60 * 1000;

async function waitForText(locator: Locator, pattern: RegExp): Promise<void> {
  await expect
    .poll(async () => (await locator.textContent().catch(() => '')) ?? '', WAIT)
    .toMatch(pattern);
}

async function shot(page: Page, name: string): Promise<void> {
  mkdirSync(ARTIFACTS, { recursive: true });
  await saveScreenshot(page, { path: join(ARTIFACTS, `${name}.png`), animations: 'disabled' });
}

/** Makes the session's files look last written long ago, as after a night with the laptop off. */
function ageSessionFiles(dataDir: string, ageMs: number): void {
  const dir = join(dataDir, 'sessions');
  const then = new Date(Date.now() - ageMs);
  for (const name of readdirSync(dir)) utimesSync(join(dir, name), then, then);
}

describe('the console after the app restarts mid-session', () => {
  let browser: Browser;
  let dataDir = '';
  let host: HostProcess | undefined;
  let con: Page;
  let problems: string[] = [];
  const bots: Bot[] = [];

  const openConsole = (at: HostProcess) =>
    con.goto(`${at.consoleOrigin}/console/?token=${at.token}`);
  const answered = () => con.getByTestId('answered');
  const resumeOffer = () => con.getByRole('region', { name: 'Unfinished session' });

  /** From the console UI: a session of the fixture workshop, two phones answering the quiz. */
  const runUntilTwoAnswered = async (at: HostProcess): Promise<string[]> => {
    await openConsole(at);
    await con.getByTestId('import-file').setInputFiles({
      name: 'every-kind.yaml',
      mimeType: 'text/yaml',
      buffer: Buffer.from(ALL_KINDS_TEMPLATE_YAML),
    });
    await con.getByText('“every-kind.yaml” was added to your own workshops.').waitFor(WAIT);
    await con
      .locator('.template-card')
      .filter({ has: con.getByRole('heading', { name: TITLE, exact: true }) })
      .getByRole('button', { name: 'Use for a session' })
      .click();
    await con.getByRole('heading', { name: 'New session' }).waitFor(WAIT);
    // Two phones are enough for the room to see a result.
    await con.getByLabel('Minimum answers before the room sees a result').fill('2');
    await con.getByLabel('Support resources').fill('Campus counseling: 555 0100');
    await con.getByRole('checkbox', { name: /right support contacts for this room/ }).check();
    await con.getByRole('button', { name: 'Open the room' }).click();
    await con.getByTestId('room-code').waitFor(WAIT);
    const roomCode = ((await con.getByTestId('room-code').textContent()) ?? '').trim();
    expect(roomCode).toMatch(/^[A-Z0-9]{6}$/);

    for (const name of ['Robin', 'Sam']) bots.push(await Bot.join(at, roomCode, name));
    await waitForText(con.getByTestId('joined-count'), /^2$/);
    await con.getByRole('button', { name: /Start the workshop/ }).click();
    await waitForText(con.locator('#stage-title'), /Welcome/);
    await con
      .getByRole('navigation', { name: 'Workshop steps' })
      .getByRole('button', { name: new RegExp(`^\\d+ ${QUIZ.title}`) })
      .click();
    await waitForText(con.locator('#stage-title'), new RegExp(QUIZ.title));
    await con.getByRole('button', { name: /^Open responses/ }).click();
    await waitForText(con.getByTestId('phase'), /Responses open/);
    await Promise.all(bots.map((bot, i) => bot.answer(QUIZ.id, ANSWERS[i]!)));
    await waitForText(answered(), /^2 of 2 answered\b/);

    const tokens = bots.map((bot) => bot.resumeToken);
    // The phones lose their connection with the host; they come back with their tokens.
    for (const bot of bots.splice(0)) bot.close();
    return tokens;
  };

  /** The running quiz, exactly as it was before the restart. */
  const expectSameStepAndCount = async () => {
    await waitForText(con.locator('#stage-title'), new RegExp(QUIZ.title));
    await waitForText(con.locator('.step-counter'), STEP_COUNTER);
    await waitForText(con.getByTestId('phase'), /Responses open/);
    await waitForText(answered(), /^2 of 2 answered\b/);
    await waitForText(con.locator('.tab-session'), /Session · Running/);
  };

  /** Each phone's token still works, and its answer is still its own. */
  const expectPhonesResume = async (at: HostProcess, tokens: string[]) => {
    for (const [i, token] of tokens.entries()) {
      const bot = await Bot.resume(at, token);
      bots.push(bot);
      expect(bot.view.stepIndex).toBe(QUIZ.index);
      expect(bot.view.step?.id).toBe(QUIZ.id);
      expect(bot.view.phase).toBe('open');
      expect(bot.view.myAnswer).toEqual(ANSWERS[i]);
    }
  };

  /** The answers given before the restart make it to the room. */
  const closeAndRevealBothAnswers = async () => {
    await con.getByRole('button', { name: /^Close responses/ }).click();
    await waitForText(con.getByTestId('phase'), /Responses closed/);
    await con.getByRole('button', { name: /^Reveal to the room/ }).click();
    await waitForText(con.getByTestId('phase'), /Shown to the room/);
    // The counselor's own chart counts both answers; the room needs three before it sees any.
    const live = con.locator('.result-card').first();
    await waitForText(live, /Both people can say what they need/);
    await waitForText(live, /Always saying yes to keep the peace/);
    await waitForText(con.locator('.room-card'), /Too few answers to show/);
  };

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  afterEach(async () => {
    for (const bot of bots.splice(0)) bot.close();
    await con?.context().close();
    await host?.kill();
    host = undefined;
    if (dataDir) removeDir(dataDir);
  });

  const freshConsole = async () => {
    dataDir = tempDataDir();
    problems = [];
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    con = await context.newPage();
    con.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  };

  it('reopens the running session by itself after SIGTERM (auto-resume)', async () => {
    await freshConsole();
    host = await startHost(dataDir);
    const tokens = await runUntilTwoAnswered(host);
    await shot(con, 'restart-01-before-sigterm');

    expect(await host.terminate()).toBe(0);
    await con.getByText('Lost the connection to the app. Reconnecting…').waitFor(WAIT);

    host = await startHost(dataDir);
    // A new launch has a new token (and here a new port): the counselor opens its Console link.
    await openConsole(host);
    await expectSameStepAndCount();
    expect(await resumeOffer().count()).toBe(0);
    await shot(con, 'restart-02-auto-resumed');

    await expectPhonesResume(host, tokens);
    await closeAndRevealBothAnswers();
    expect(problems).toEqual([]);
  });

  it('offers to resume after a crash (SIGKILL) the host did not reopen, and continues', async () => {
    await freshConsole();
    host = await startHost(dataDir);
    const tokens = await runUntilTwoAnswered(host);

    await host.kill();
    ageSessionFiles(dataDir, STALE_MS);
    host = await startHost(dataDir);
    await openConsole(host);

    const offer = resumeOffer();
    await waitForText(offer, new RegExp(TITLE));
    await waitForText(offer, /\([A-Z][a-z]+ \d{4}, 2 participants\)/);
    expect(await con.locator('.tab-session').count()).toBe(0);
    await con.getByRole('heading', { name: 'Workshop library' }).waitFor(WAIT);
    await shot(con, 'restart-03-resume-offer');

    await offer.getByRole('button', { name: 'Resume session' }).click();
    await expectSameStepAndCount();
    expect(await resumeOffer().count()).toBe(0);
    await shot(con, 'restart-04-resumed-from-offer');

    await expectPhonesResume(host, tokens);
    await closeAndRevealBothAnswers();
    expect(problems).toEqual([]);
  });

  it('keeps a phone that was open during the crash waiting, and brings it back once resumed', async () => {
    await freshConsole();
    host = await startHost(dataDir);
    const [robin] = await runUntilTwoAnswered(host);
    const phone = await openPhone(browser, PHONE);
    await phone.page.goto(host.participantUrl);
    await phone.page.evaluate(
      (token) => localStorage.setItem('circlework.resumeToken', token),
      robin!,
    );
    await phone.page.reload();
    // A phone new to this session reads the group agreement first.
    await phone.page.getByRole('heading', { name: 'Our group agreement' }).waitFor(WAIT);
    await phone.page.getByRole('button', { name: /I understand/ }).click();
    await phone.page.getByRole('heading', { name: QUIZ.title }).waitFor(WAIT);

    const port = host.participantPort;
    await host.kill();
    ageSessionFiles(dataDir, STALE_MS);
    // Same participant port, as the QR code on the wall still points there.
    host = await startHost(dataDir, port);
    await phone.page.getByRole('heading', { name: 'Waiting for the counselor' }).waitFor(WAIT);
    await saveScreenshot(phone.page, {
      path: join(REPO_ROOT, 'test-artifacts/participant/46-waiting-for-reopen.png'),
    });

    await openConsole(host);
    await resumeOffer().getByRole('button', { name: 'Resume session' }).click();
    await expectSameStepAndCount();
    await phone.page.getByRole('heading', { name: QUIZ.title }).waitFor(WAIT);
    expect(await phone.page.evaluate(() => localStorage.getItem('circlework.resumeToken'))).toBe(
      robin,
    );
    await waitForText(answered(), /^2 of 2 answered\b/);
    await phone.context.close();
    expect(problems).toEqual([]);
  });
});
