/**
 * A whole workshop on a 390×844 phone against the real host: join from the QR link, read the
 * agreement, answer every exercise kind, pass, signal a pause, see each reveal, reload
 * mid-session, and finish with the takeaway. Every screen is checked with axe-core and saved
 * as a screenshot under test-artifacts/participant/.
 */
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Answer } from '../../shared/session/answer-schema.js';
import { checkPdf, pageCount } from '../unit/exports-pdf-tools.js';
import { ALL_KINDS_STEP_IDS } from './participant-fixture-template.js';
import {
  Bot,
  ConsoleDriver,
  launchBrowser,
  openPhone,
  qrLink,
  PHONE,
  removeDir,
  screenshot,
  seriousA11yViolations,
  startHost,
  tempDataDir,
  type HostProcess,
  type Phone,
} from './participant-harness.js';

const stepIndex = (id: (typeof ALL_KINDS_STEP_IDS)[number]) => ALL_KINDS_STEP_IDS.indexOf(id);

describe('a participant runs a whole workshop on a phone', () => {
  let dataDir: string;
  let host: HostProcess;
  let driver: ConsoleDriver;
  let browser: Browser;
  let phone: Phone;
  let page: Page;
  let roomCode: string;
  let joinLink: string;
  const bots: Bot[] = [];

  /** Screenshot (optionally scrolled to a heading) plus zero serious/critical axe violations. */
  const check = async (name: string, scrollTo?: string) => {
    if (scrollTo)
      await page
        .getByRole('heading', { name: scrollTo })
        .evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await screenshot(page, name);
    expect(await seriousA11yViolations(page), `axe on ${name}`).toEqual([]);
  };

  /** Opens a step on the console and waits until the phone shows its answer form. */
  const openStep = async (id: (typeof ALL_KINDS_STEP_IDS)[number]) => {
    await driver.act({ type: 'goto', index: stepIndex(id) });
    await driver.act({ type: 'open' });
    // Wait for this step's own form, not the previous step's.
    await page.getByText(`Part ${stepIndex(id) + 1} of ${ALL_KINDS_STEP_IDS.length}`).waitFor();
    await page.getByRole('button', { name: /^Pass/ }).waitFor();
  };

  const send = async (label: RegExp = /^(Send|Save)$/) => {
    await page.getByRole('button', { name: label }).click();
    await page.getByRole('button', { name: /^(Sent|Saved) ✓$/ }).waitFor();
  };

  /**
   * Bots answer, then close and reveal; waits for the phone's results. A phone that passed is
   * not counted as an answer (`phoneAnswered` false).
   */
  const revealWith = async (id: string, botAnswers: Answer[], phoneAnswered = true) => {
    await Promise.all(bots.map((bot, i) => bot.answer(id, botAnswers[i % botAnswers.length]!)));
    const expected = bots.length + (phoneAnswered ? 1 : 0);
    await driver.until((v) => v.answered >= expected, `${id}: every answer counted`);
    await driver.act({ type: 'close' });
    await driver.act({ type: 'reveal' });
  };

  beforeAll(async () => {
    dataDir = tempDataDir();
    host = await startHost(dataDir);
    driver = await ConsoleDriver.connect(host);
    const templateId = await driver.importTemplate();
    const view = await driver.createSession(templateId);
    roomCode = view.roomCode;
    joinLink = qrLink(host, view.joinUrl);
    browser = await launchBrowser();
    phone = await openPhone(browser, PHONE);
    page = phone.page;
  });

  afterEach(async (context) => {
    if (context.task.result?.state === 'fail' && page)
      await screenshot(page, `failed-${context.task.name.slice(0, 40)}`);
  });

  afterAll(async () => {
    for (const bot of bots) bot.close();
    driver?.close();
    await browser?.close();
    await host?.kill();
    if (dataDir) removeDir(dataDir);
  });

  it('joins from the QR link with the code already filled in', async () => {
    // The link carries the laptop's key fingerprint: the phone checks it before sending anything.
    expect(joinLink).toMatch(new RegExp(`\\?code=${roomCode}#k=[0-9a-f]{32}$`));
    await page.goto(joinLink);
    const code = page.getByLabel('Room code');
    await expect.poll(() => code.inputValue()).toBe(roomCode);
    await check('01-join-prefilled');
    await page.getByLabel(/First name or nickname/).fill('Robin');
    await page.getByRole('button', { name: 'Join' }).click();
    await page.getByRole('heading', { name: 'Our group agreement' }).waitFor();
    await page.getByText('What people share here stays here.').waitFor();
    await check('02-agreement');
    await driver.until((v) => v.joined === 1, 'one person joined');
    expect(driver.latest?.people.map((p) => p.nickname)).toEqual(['Robin']);
    const token = await page.evaluate(() => localStorage.getItem('circlework.resumeToken'));
    expect(token?.length).toBeGreaterThanOrEqual(16);
  });

  it('waits calmly in the lobby with the workshop title', async () => {
    await page.getByRole('button', { name: /I understand/ }).click();
    await page.getByText('The counselor will start soon', { exact: false }).waitFor();
    await page.getByRole('heading', { name: 'Close without losing yourself' }).waitFor();
    await check('03-waiting');
    for (let i = 0; i < 2; i += 1) bots.push(await Bot.join(host, roomCode));
    await driver.until((v) => v.joined === 3, 'three joined');
  });

  it('offers support and a private grounding exercise one tap away', async () => {
    await page.getByRole('button', { name: 'Support' }).click();
    const dialog = page.getByRole('dialog', { name: 'Support' });
    await dialog.getByText('Local crisis line: 0800 111 222', { exact: false }).waitFor();
    await check('04-support-sheet');
    await dialog.getByRole('button', { name: 'Close' }).click();
    await page.getByRole('button', { name: 'Grounding' }).click();
    const grounding = page.getByRole('dialog', { name: '5-4-3-2-1 grounding' });
    await grounding.getByText('Notice 5 things you can see').waitFor();
    await check('05-grounding-sheet');
    for (let i = 0; i < 5; i += 1) await grounding.getByRole('button', { name: 'Next' }).click();
    await grounding.getByText('Well done').waitFor();
    await grounding.getByRole('button', { name: 'Close' }).click();
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
  });

  it('sends a pause signal the counselor sees as a count only', async () => {
    await page.getByRole('button', { name: 'I need a pause' }).click();
    await driver.until((v) => v.pauseCount === 1, 'pause count 1');
    await page.getByRole('button', { name: 'Pause asked' }).waitFor();
    expect(
      await page.getByRole('button', { name: 'Pause asked' }).getAttribute('aria-pressed'),
    ).toBe('true');
    await check('06-pause-on');
    await page.getByRole('button', { name: 'Pause asked' }).click();
    await driver.until((v) => v.pauseCount === 0, 'pause count back to 0');
    await page.getByRole('button', { name: 'I need a pause' }).waitFor();
  });

  it('shows info and timer steps', async () => {
    await driver.act({ type: 'start' });
    await page.getByRole('heading', { name: 'Welcome' }).waitFor();
    await page.getByText('Part 1 of 11').waitFor();
    await check('07-info');
    await driver.act({ type: 'goto', index: stepIndex('breathe') });
    await driver.act({ type: 'timer', command: 'start' });
    await page.getByRole('timer').waitFor();
    await page.getByText('Time left').waitFor();
    await check('08-timer');
  });

  it('answers a scale one statement at a time after its content note, then sees a private reflection', async () => {
    await driver.act({ type: 'goto', index: stepIndex('lean') });
    await driver.act({ type: 'open' });
    await page.getByRole('heading', { name: 'A note before this exercise' }).waitFor();
    await check('09-content-note');
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByText('Statement 1 of 3').waitFor();
    await check('10-scale-one-by-one');
    // A tap on a rating moves on to the next statement by itself.
    await page.getByRole('radio', { name: '4: Mostly like me' }).click();
    await page.getByText('Statement 2 of 3').waitFor();
    await page.getByRole('radio', { name: '2: A little like me' }).click();
    await page.getByText('Statement 3 of 3').waitFor();
    await page.getByRole('radio', { name: '5: Very like me' }).click();
    await page.getByText('3 of 3 rated').waitFor();
    await page.getByRole('button', { name: 'All on one page' }).click();
    await check('11-scale-list');
    await send();
    await check('12-scale-sent');
    await revealWith('lean', [
      { kind: 'scale', values: { noticed: 2, 'said-no': 2, 'asked-help': 3 } },
      { kind: 'scale', values: { noticed: 3, 'said-no': 1, 'asked-help': 4 } },
    ]);
    await page.getByRole('heading', { name: 'What the group said' }).waitFor();
    await page.getByRole('heading', { name: 'Just for you' }).waitFor();
    // My compass: ratings 4 and 2 → leans to "Somewhat like me"; Give and take: 5.
    await page.getByText('Where your answers lean: Somewhat like me').waitFor();
    await page.getByText('Where your answers lean: Very like me').waitFor();
    await check('13-scale-revealed');
    await check('13b-scale-just-for-you', 'Just for you');
  });

  it('answers a single-choice quiz and sees the answer with its explanation', async () => {
    await openStep('quiz');
    await page.getByRole('radio', { name: 'Both people can say what they need' }).check();
    await check('14-choice-open');
    await send();
    await revealWith('quiz', [
      { kind: 'choice', optionIds: ['both-needs'] },
      { kind: 'choice', optionIds: ['always-yes'] },
    ]);
    await page.getByRole('heading', { name: 'The answer' }).waitFor();
    await page.getByText('keeps things fair for both', { exact: false }).first().waitFor();
    await page.getByText('3 people answered').waitFor();
    await check('15-choice-revealed');
    await check('15b-choice-answer', 'The answer');
  });

  it('passes on a multiple-choice question without any fuss', async () => {
    await openStep('helps');
    await page.getByRole('checkbox', { name: 'Time alone' }).check();
    await page.getByRole('checkbox', { name: 'Moving my body' }).check();
    await check('16-multi-choice-open');
    await page.getByRole('button', { name: 'Pass' }).click();
    await page.getByRole('button', { name: 'Passed ✓' }).waitFor();
    await page.getByText('You passed on this one').waitFor();
    await check('17-passed');
    await revealWith(
      'helps',
      [
        { kind: 'choice', optionIds: ['friends', 'alone'] },
        { kind: 'choice', optionIds: ['hobby'] },
      ],
      false,
    );
    await page.getByRole('heading', { name: 'What the group said' }).waitFor();
    await page.getByText('You passed on this one').waitFor();
  });

  it('sorts by tapping a category for each item, then sees the key', async () => {
    await openStep('sorting');
    await page
      .getByRole('group', { name: 'Both people can say what they need.' })
      .getByRole('radio', { name: 'More like interdependence' })
      .check();
    await page
      .getByRole('group', { name: 'Saying yes to keep the peace when you mean no.' })
      .getByRole('radio', { name: 'More like codependency' })
      .check();
    await page.getByText('2 of 3 placed').waitFor();
    await check('18-sort-open');
    await send();
    await revealWith('sorting', [
      {
        kind: 'sort',
        placements: {
          'say-need': 'interdependent',
          'yes-peace': 'codependent',
          'own-friends': 'interdependent',
        },
      },
      { kind: 'sort', placements: { 'say-need': 'interdependent', 'yes-peace': 'interdependent' } },
    ]);
    await page.getByRole('heading', { name: 'Where each one belongs' }).waitFor();
    await page.getByText("Small, kind no's are a good start.").waitFor();
    await check('19-sort-revealed');
    await check('19b-sort-key', 'Where each one belongs');
  });

  it('writes a few words and sees the word cloud', async () => {
    await openStep('words');
    await page.getByLabel('Word 1').fill('trust');
    await page.getByLabel('Word 2').fill('calm');
    await check('20-words-open');
    await send();
    await revealWith('words', [
      { kind: 'words', words: ['trust', 'warmth'] },
      { kind: 'words', words: ['trust'] },
    ]);
    await page.locator('.agg-cloud').getByText('trust').waitFor();
    await check('21-words-revealed');
  });

  it('writes a free text, chooses to share it, can withdraw it, and sees it once approved', async () => {
    await openStep('open');
    const text = 'Take a walk on my own on Sunday.';
    await page.getByRole('textbox', { name: /one small thing/ }).fill(text);
    await page.getByText(`${text.length} of 300 characters`).waitFor();
    const share = page.getByRole('checkbox', { name: 'OK to share anonymously' });
    expect(await share.isChecked()).toBe(false);
    await share.check();
    await check('22-open-written');
    await send();
    await Promise.all(
      bots.map((bot) => bot.answer('open', { kind: 'open', text: 'Sleep more.', share: false })),
    );
    await driver.until((v) => v.answered === 3, 'open: all answered');
    await driver.act({ type: 'close' });
    await page.getByRole('heading', { name: 'Answers are closed' }).waitFor();
    // Withdraw and opt in again while closed: the choice is the author's until it is shown.
    const closedShare = page.getByRole('checkbox', { name: 'OK to share anonymously' });
    await closedShare.uncheck();
    await page.getByText('Sharing choice saved ✓').waitFor();
    await check('23-open-closed-withdrawn');
    await closedShare.check();
    await page.getByText('Sharing choice saved ✓').waitFor();
    const withItem = await driver.until((v) => v.moderation.length === 1, 'one text to moderate');
    await driver.act({
      type: 'moderate',
      stepId: 'open',
      ref: withItem.moderation[0]!.ref,
      decision: 'approved',
    });
    await driver.act({ type: 'reveal' });
    await page.locator('.agg-quote', { hasText: text }).waitFor();
    await page.getByText('Your words have been shown to the group anonymously.').waitFor();
    expect(await page.getByRole('checkbox', { name: 'OK to share anonymously' }).isDisabled()).toBe(
      true,
    );
    await check('24-open-revealed');
  });

  it('ranks with up/down buttons and keeps the order after a reload', async () => {
    await openStep('rank');
    await page.getByRole('button', { name: 'Move “Space for myself” up' }).click();
    await page.getByRole('button', { name: 'Move “Space for myself” up' }).click();
    const labels = () => page.locator('.rank-label').allTextContents();
    expect(await labels()).toEqual(['Space for myself', 'Trust', 'Respect', 'Having fun together']);
    await check('25-rank-open');
    await send();
    await page.reload();
    await page.getByRole('button', { name: 'Sent ✓' }).waitFor();
    expect(await labels()).toEqual(['Space for myself', 'Trust', 'Respect', 'Having fun together']);
    await check('26-rank-after-reload');
    await revealWith('rank', [
      { kind: 'rank', order: ['trust', 'respect', 'space', 'fun'] },
      { kind: 'rank', order: ['respect', 'trust', 'fun', 'space'] },
    ]);
    await page.locator('.agg-rank').waitFor();
    await check('27-rank-revealed');
  });

  it('sets a slider, changes the answer while open, and sees where most of the group is', async () => {
    await openStep('slider');
    await page.getByText('Move the slider to choose.').waitFor();
    await check('28-slider-untouched');
    await page.getByRole('slider').fill('7');
    await send();
    await page.getByRole('button', { name: 'Lower, to 6' }).click();
    await page.getByRole('button', { name: 'Send change' }).waitFor();
    await check('29-slider-changed');
    await send(/^Send change$/);
    await revealWith('slider', [
      { kind: 'slider', value: 4 },
      { kind: 'slider', value: 8 },
    ]);
    // 4, 6 and 8 from three people: a bar of 1 would point at someone, and so would an
    // average; the room reads where most of the group is instead (issue 13).
    await page.getByText('Most of the group answered between 4 and 7.').waitFor();
    expect(await page.locator('.agg-histogram').count()).toBe(0);
    expect(await page.getByText('Average').count()).toBe(0);
    await check('30-slider-revealed');
  });

  it('fills a worksheet that is clearly private', async () => {
    await openStep('plan');
    await page.getByText('Only you see this').waitFor();
    await page
      .getByRole('textbox', { name: 'One small step I will take' })
      .fill('Say no once, kindly.');
    await check('31-worksheet');
    await send();
  });

  it('ends with a thank-you and a private takeaway download', async () => {
    await driver.act({ type: 'end' });
    await page.getByRole('heading', { name: 'Thank you for taking part' }).waitFor();
    await check('32-end');
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download my takeaway (PDF)' }).click();
    const file = await (await download).path();
    expect(readFileSync(file).subarray(0, 5).toString()).toBe('%PDF-');
    // The copy without private answers, for a phone that may be checked at home (issue 21).
    await page.getByText('If someone at home checks your phone or bag').waitFor();
    const bare = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download without my answers (PDF)' }).click();
    const bareFile = readFileSync(await (await bare).path());
    expect(bareFile.subarray(0, 5).toString()).toBe('%PDF-');
    expect(bareFile.length).toBeLessThan(readFileSync(file).length);
    // Large print, for someone with low vision (issue 20).
    await page.getByRole('checkbox', { name: /Large print/ }).check();
    await check('33-end-large-print');
    const large = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download my takeaway (PDF)' }).click();
    const largePath = await (await large).path();
    const { path: largeSaved } = checkPdf(readFileSync(largePath), 'phone-large');
    const { path: standardSaved } = checkPdf(readFileSync(file), 'phone-standard');
    expect(pageCount(largeSaved)).toBeGreaterThan(pageCount(standardSaved));
    expect(phone.problems).toEqual([]);
  });
});
