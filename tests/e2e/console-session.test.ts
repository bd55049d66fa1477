/**
 * The counselor's whole session in a browser, against the real host (`node dist/main/cli.js`
 * after `npm run build`): the console at 1440×900 drives three real phone pages at 390×844
 * through every exercise kind, while a projector page (1920×1080, and a second one at 1280×720)
 * must never show anything the counselor has not revealed. Screenshots go to
 * test-artifacts/console/.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import { connectSealedPhone } from '../kits/sealed-phone.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withContentSecurityPolicy } from '../../main/electron/content-security-policy.js';
import { ALL_KINDS_TEMPLATE_YAML } from './participant-fixture-template.js';
import {
  launchBrowser,
  removeDir,
  REPO_ROOT,
  startHost,
  tempDataDir,
  type HostProcess,
} from './participant-harness.js';
import { saveScreenshot } from './artifact-screenshot.js';

const ARTIFACTS = join(REPO_ROOT, 'test-artifacts/console');
const WAIT = { timeout: 45_000 };

const BROKEN_TEMPLATE = `id: broken-one
title: A broken workshop
summary: It has a choice with one option.
audience: Nobody
minutes: 10
language: en
agreement: Be kind.
steps:
  - id: only
    kind: choice
    title: Only one option
    minutes: 2
    prompt: Pick one
    options:
      - { id: one, label: One }
`;

/** Text of a locator, polled until it matches: the UI updates from pushed views. */
async function waitForText(locator: Locator, pattern: RegExp): Promise<void> {
  await expect
    .poll(async () => (await locator.textContent().catch(() => '')) ?? '', WAIT)
    .toMatch(pattern);
}

async function bodyText(page: Page): Promise<string> {
  return page.evaluate(() => document.body.innerText);
}

async function shot(page: Page, name: string): Promise<void> {
  mkdirSync(ARTIFACTS, { recursive: true });
  await saveScreenshot(page, { path: join(ARTIFACTS, `${name}.png`), animations: 'disabled' });
}

describe('the counselor runs a whole session from the console', () => {
  let dataDir: string;
  let host: HostProcess;
  let browser: Browser;
  let con: Page;
  let projector: Page;
  let smallProjector: Page;
  const phones: Page[] = [];
  const problems: string[] = [];
  let roomCode = '';
  let sessionId = '';
  /** The end page's export preview, which History must tell again. */
  let endPreview = '';

  const rail = () => con.getByRole('navigation', { name: 'Workshop steps' });
  const answered = () => con.getByTestId('answered');

  /** Goes to a step from the step rail and waits for its title on the console. */
  const gotoStep = async (title: string) => {
    await rail()
      .getByRole('button', { name: new RegExp(`^\\d+ ${title}`) })
      .click();
    await waitForText(con.locator('#stage-title'), new RegExp(title));
  };

  const openResponses = async () => {
    await con.getByRole('button', { name: /^(Open|Reopen) responses$/ }).click();
    await waitForText(con.getByTestId('phase'), /Responses open/);
    for (const phone of phones)
      await phone.getByRole('button', { name: /^Pass/ }).first().waitFor(WAIT);
  };

  const closeAndReveal = async () => {
    await con.getByRole('button', { name: 'Close responses' }).click();
    await waitForText(con.getByTestId('phase'), /Responses closed/);
    await con.getByRole('button', { name: 'Reveal to the room' }).click();
    await waitForText(con.getByTestId('phase'), /Shown to the room/);
    await projector.getByTestId('projector-aggregate').waitFor(WAIT);
  };

  const send = async (phone: Page, label: RegExp = /^(Send|Save)$/) => {
    await phone.getByRole('button', { name: label }).click();
    await phone.getByRole('button', { name: /^(Sent|Saved) ✓$/ }).waitFor(WAIT);
  };

  beforeAll(async () => {
    dataDir = tempDataDir();
    // A broken file among the counselor's own workshops must be listed, not break the library.
    mkdirSync(join(dataDir, 'templates'), { recursive: true });
    writeFileSync(join(dataDir, 'templates', 'broken-workshop.yaml'), BROKEN_TEMPLATE);
    host = await startHost(dataDir);
    browser = await launchBrowser();

    const consoleContext = await browser.newContext({
      viewport: { width: 1440, height: 900 },
      acceptDownloads: true,
    });
    con = await consoleContext.newPage();
    const projectorContext = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
    projector = await projectorContext.newPage();
    const smallContext = await browser.newContext({ viewport: { width: 1280, height: 720 } });
    smallProjector = await smallContext.newPage();
    for (const page of [con, projector, smallProjector]) {
      page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
      page.on('console', (m) => {
        if (m.type() === 'error' && /Content Security Policy/i.test(m.text()))
          problems.push(`CSP: ${m.text()}`);
      });
    }
    for (let i = 0; i < 3; i += 1) {
      const context = await browser.newContext({
        viewport: { width: 390, height: 844 },
        isMobile: true,
        hasTouch: true,
      });
      phones.push(await context.newPage());
    }
  });

  afterAll(async () => {
    await browser?.close();
    await host?.kill();
    if (dataDir) removeDir(dataDir);
  });

  it('opens with the token taken out of the address bar and shows the library', async () => {
    await con.goto(`${host.consoleOrigin}/console/?token=${host.token}`);
    await con.getByRole('heading', { name: 'Workshop library' }).waitFor(WAIT);
    expect(con.url()).toBe(`${host.consoleOrigin}/console/`);
    expect(con.url()).not.toContain(host.token);
    await con.locator('.template-card').first().waitFor(WAIT);
    expect(await con.locator('.template-card').count()).toBeGreaterThanOrEqual(1);
    const errors = con.locator('.file-errors');
    await waitForText(errors, /broken-workshop\.yaml:\d+/);
    expect(await errors.textContent()).toMatch(/steps/);
    await shot(con, '01-library');
  });

  it('works under the Electron shell’s stricter CSP, with no violations', async () => {
    // Responses fulfilled by a route lose their loopback origin in Chromium's Local Network
    // Access checks, which would then block the websocket; the real shell loads 127.0.0.1 directly.
    const strictBrowser = await chromium.launch({
      executablePath: '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--no-first-run',
        '--disable-features=LocalNetworkAccessChecks',
      ],
    });
    const context = await strictBrowser.newContext({ viewport: { width: 1440, height: 900 } });
    // Serve every response with the header the shell sets (main/electron/content-security-policy.ts).
    await context.route('**/*', async (route) => {
      const response = await route.fetch();
      await route.fulfill({
        response,
        headers: withContentSecurityPolicy(response.headers()) as Record<string, string>,
      });
    });
    const page = await context.newPage();
    const violations: string[] = [];
    page.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
    });
    page.on('pageerror', (e) => violations.push(e.message));
    await page.goto(`${host.consoleOrigin}/console/?token=${host.token}`);
    await page.locator('.template-card').first().waitFor(WAIT);
    expect(await page.getByText('Lost the connection').count()).toBe(0);
    await page.goto(`${host.consoleOrigin}/projector/?token=${host.token}`);
    await page.getByText('The session will start soon.').waitFor(WAIT);
    expect(violations).toEqual([]);
    await strictBrowser.close();
  });

  it('imports a workshop file and previews every step as phones will show it', async () => {
    await con.getByTestId('import-file').setInputFiles({
      name: 'every-kind.yaml',
      mimeType: 'text/yaml',
      buffer: Buffer.from(ALL_KINDS_TEMPLATE_YAML),
    });
    await con.getByText('“every-kind.yaml” was added to your own workshops.').waitFor(WAIT);
    // Exact title: a shipped workshop has a similar one.
    const card = con.locator('.template-card').filter({
      has: con.getByRole('heading', { name: 'Close without losing yourself', exact: true }),
    });
    await waitForText(card, /11 steps/);
    await card.getByRole('button', { name: 'Preview' }).click();
    const steps = con.getByRole('list', { name: 'Steps' }).getByRole('button');
    await steps.first().waitFor(WAIT);
    expect(await steps.count()).toBe(11);
    for (let i = 0; i < 11; i += 1) {
      await steps.nth(i).click();
      const title = (await steps.nth(i).locator('.step-name').textContent()) ?? '';
      await waitForText(con.locator('.pv-title'), new RegExp(title.replace(/[?]/g, '\\?')));
      if (i === 2) await shot(con, '02-preview-scale');
    }
    await con.getByRole('button', { name: 'Use for a session' }).click();
  });

  it('sets up the session and opens the room with a join screen on the projector', async () => {
    await con.getByRole('heading', { name: 'New session' }).waitFor(WAIT);
    await waitForText(con.getByLabel('Workshop').locator('option:checked'), /Close without losing/);
    const names = con.getByRole('checkbox', { name: /Ask for a first name/ });
    if (!(await names.isChecked())) await names.check();
    await con.getByLabel('Minimum answers before the room sees a result').fill('3');
    // The room's seat limit: checked in setup, then enforced by the host (the lobby test).
    const cap = con.getByLabel('Most phones that may join');
    expect(await cap.inputValue()).toBe('3000');
    await cap.fill('1');
    await con.getByText('The room can seat from 2 to 8,000 phones.').waitFor(WAIT);
    await cap.fill('4');
    await con.getByText(/one Wi-Fi access point usually carries far fewer/).waitFor(WAIT);
    await cap.scrollIntoViewIfNeeded();
    await shot(con, '03a-setup-room-cap');
    // The generic default support text is no contact: the room cannot open until a real one.
    const open = con.getByRole('button', { name: 'Open the room' });
    await con.getByText(/Add at least one support contact/).waitFor(WAIT);
    expect(await open.isDisabled()).toBe(true);
    await con
      .getByLabel('Support resources')
      .fill('Campus counseling: 555 0100, https://example.org');
    await con.getByRole('checkbox', { name: /right support contacts for this room/ }).check();
    await shot(con, '03-setup');
    await open.click();
    await con.getByTestId('room-code').waitFor(WAIT);
    roomCode = ((await con.getByTestId('room-code').textContent()) ?? '').trim();
    expect(roomCode).toMatch(/^[A-Z0-9]{6}$/);
    await shot(con, '04-lobby-empty');

    await projector.goto(`${host.consoleOrigin}/projector/?token=${host.token}`);
    await smallProjector.goto(`${host.consoleOrigin}/projector/?token=${host.token}`);
    await projector.getByText(roomCode).first().waitFor(WAIT);
    await smallProjector.getByText(roomCode).first().waitFor(WAIT);
    expect(projector.url()).not.toContain(host.token);
    expect(await projector.locator('.qr-projector svg').count()).toBe(1);
  });

  it('counts phones joining, shows their names, removes one and locks the room', async () => {
    const names = ['Robin', 'Sam', 'Alex'];
    for (const [i, phone] of phones.entries()) {
      await phone.goto(`${host.participantUrl}/?code=${roomCode}`);
      await phone.getByLabel(/First name or nickname/).fill(names[i]!);
      await phone.getByRole('button', { name: 'Join' }).click();
      // The workshop's own agreement reaches phones, not a generic default.
      await phone
        .getByText('Talk about patterns and feelings, not graphic details', { exact: false })
        .waitFor(WAIT);
      await phone.getByRole('button', { name: /I understand/ }).click();
      await phone.getByText('The counselor will start soon', { exact: false }).waitFor(WAIT);
    }
    await waitForText(con.getByTestId('joined-count'), /^3$/);
    for (const name of names) await con.locator('.people-list').getByText(name).waitFor(WAIT);
    await waitForText(projector.getByTestId('projector-joined'), /3/);

    // A fourth person joins and is removed, after a confirmation.
    const extra = await connectSealedPhone(`${host.participantUrl}/participant`);
    const joined = await extra.request('join', { roomCode, nickname: 'Extra' });
    expect(joined.ok).toBe(true);
    await waitForText(con.getByTestId('joined-count'), /^4$/);
    // Four seats were set up: a fifth phone is told the room is full, and the console says so.
    await waitForText(con.getByTestId('room-cap'), /The room is full: all 4 seats are taken/);
    const fifth = await connectSealedPhone(`${host.participantUrl}/participant`);
    const full = await fifth.request('join', { roomCode });
    fifth.close();
    expect(full).toMatchObject({ ok: false, error: { code: 'ROOM_FULL' } });
    await shot(con, '05a-lobby-full');
    await con.getByRole('button', { name: 'Remove Extra' }).click();
    const dialog = con.getByRole('dialog', { name: 'Remove Extra?' });
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await waitForText(con.getByTestId('joined-count'), /^4$/);
    await con.getByRole('button', { name: 'Remove Extra' }).click();
    await dialog.getByRole('button', { name: 'Remove' }).click();
    await waitForText(con.getByTestId('joined-count'), /^3$/);
    await waitForText(con.getByTestId('room-cap'), /Seats up to 4 phones/);
    extra.close();

    await con.getByRole('button', { name: 'Lock the room' }).click();
    await con.getByRole('button', { name: /Room locked/ }).waitFor(WAIT);
    const late = await connectSealedPhone(`${host.participantUrl}/participant`);
    const refused = await late.request('join', { roomCode });
    late.close();
    expect(refused).toMatchObject({ ok: false, error: { code: 'ROOM_LOCKED' } });
    await shot(con, '05-lobby-three-joined-locked');
    await shot(projector, 'p01-lobby-1920');
    await shot(smallProjector, 'p02-lobby-1280');
  });

  it('starts the workshop and shows info and timer steps on the projector', async () => {
    await con.getByRole('button', { name: /Start the workshop/ }).click();
    await waitForText(con.locator('#stage-title'), /Welcome/);
    await projector.getByRole('heading', { name: 'Welcome' }).waitFor(WAIT);
    await phones[0]!.getByRole('heading', { name: 'Welcome' }).waitFor(WAIT);
    await shot(projector, 'p03-info-1920');

    await con.keyboard.press('ArrowRight');
    await waitForText(con.locator('#stage-title'), /A quiet minute/);
    await con.getByRole('button', { name: 'Start timer' }).click();
    await projector.getByTestId('projector-timer').waitFor(WAIT);
    await con.getByRole('button', { name: 'Pause timer' }).click();
    await con.getByRole('button', { name: /Resume timer/ }).waitFor(WAIT);
    await shot(con, '06-run-timer');
    await shot(projector, 'p04-timer-1920');
  });

  it('shows too few answers plainly when most people pass a scale', async () => {
    await gotoStep('A private look at the last weeks');
    await con.getByRole('button', { name: 'Open responses' }).click();
    const [first, ...others] = phones;
    await first!.getByRole('button', { name: 'Continue' }).click();
    await first!.getByRole('radio', { name: '4: Mostly like me' }).check();
    await first!.getByText('Statement 2 of 3').waitFor(WAIT);
    await first!.getByRole('radio', { name: '2: A little like me' }).check();
    await first!.getByText('Statement 3 of 3').waitFor(WAIT);
    await first!.getByRole('radio', { name: '5: Very like me' }).check();
    await send(first!);
    for (const phone of others) {
      await phone.getByRole('button', { name: 'Pass on this one' }).click();
      await phone.getByText(/You passed on this one/).waitFor(WAIT);
    }
    // Passes are not counted, so the count never tells how many passed.
    await waitForText(answered(), /1 of 3 answered/);
    await closeAndReveal();
    await waitForText(projector.getByTestId('projector-aggregate'), /Too few answers to show/);
    await waitForText(con.locator('.room-card'), /Too few answers to show/);
    await shot(projector, 'p05-suppressed-1920');
  });

  it('runs a quiz: live count on the projector while open, the result only after reveal', async () => {
    await gotoStep('A quick question');
    await openResponses();
    await waitForText(projector.getByTestId('projector-answered'), /0/);
    const picks = [
      'Both people can say what they need',
      'Both people can say what they need',
      'Always saying yes to keep the peace',
    ];
    for (const [i, phone] of phones.entries()) {
      await phone.getByRole('radio', { name: picks[i]! }).check();
      await send(phone);
      await waitForText(answered(), new RegExp(`${i + 1} of 3 answered`));
    }
    await waitForText(projector.getByTestId('projector-answered'), /3/);
    // Names are on: the counselor's split waits for the close, so no tap can be matched to a bar.
    await con.getByTestId('live-waits').waitFor(WAIT);
    expect(await con.locator('.result-card .agg-of-choice').count()).toBe(0);
    expect(await bodyText(projector)).not.toMatch(/Always saying yes/);
    await shot(con, '07-run-choice-open');
    await shot(projector, 'p06-choice-open-1920');
    await con.getByRole('button', { name: 'Close responses' }).click();
    await con.locator('.result-card .agg-of-choice').waitFor(WAIT);
    expect(await bodyText(projector)).not.toMatch(/Always saying yes/);
    await con.getByRole('button', { name: 'Reveal to the room' }).click();
    // Three people, 2 and 1: a bar of 1 would point at someone, so the room reads a sentence.
    const result = projector.getByTestId('projector-aggregate');
    await waitForText(result, /Most of the group chose “Both people can say what they need”/);
    expect(await result.innerText()).not.toMatch(/Always saying yes/);
    await shot(con, '08-run-choice-revealed');
    await shot(projector, 'p07-choice-revealed-1920');
    await shot(smallProjector, 'p08-choice-revealed-1280');
  });

  it('drives open, close and reveal from the keyboard, with a help overlay', async () => {
    await gotoStep('What helps you');
    await con.keyboard.press('?');
    await con.getByRole('dialog', { name: 'Keyboard shortcuts' }).waitFor(WAIT);
    await shot(con, '09-shortcut-help');
    await con.keyboard.press('Escape');
    await expect.poll(() => con.getByRole('dialog').count(), WAIT).toBe(0);
    await con.keyboard.press('o');
    await waitForText(con.getByTestId('phase'), /Responses open/);
    const picks = [['Time alone', 'Moving my body'], ['Time alone'], ['A hobby of my own']];
    for (const [i, phone] of phones.entries()) {
      for (const label of picks[i]!) await phone.getByRole('checkbox', { name: label }).check();
      await send(phone);
    }
    await waitForText(answered(), /3 of 3 answered/);
    await con.keyboard.press('c');
    await waitForText(con.getByTestId('phase'), /Responses closed/);
    await con.keyboard.press('r');
    await waitForText(con.getByTestId('phase'), /Shown to the room/);
    // Several picks from three people: every option is combined, so no count can be read; the
    // room learns what more than half picked.
    const result = projector.getByTestId('projector-aggregate');
    await waitForText(result, /More than half of the group picked “Time alone”/);
    expect(await result.innerText()).not.toMatch(/Moving my body|A hobby of my own/);
  });

  it('runs a sorting exercise', async () => {
    await gotoStep('Which way does it lean\\?');
    await openResponses();
    for (const phone of phones) {
      for (const [item, category] of [
        ['Both people can say what they need.', 'More like interdependence'],
        ['Saying yes to keep the peace when you mean no.', 'More like codependency'],
        ['Having friends of your own.', 'More like interdependence'],
      ] as const) {
        await phone
          .getByRole('group', { name: item })
          .getByRole('radio', { name: category })
          .check();
      }
      await send(phone);
    }
    await waitForText(answered(), /3 of 3 answered/);
    await closeAndReveal();
    await waitForText(projector.getByTestId('projector-aggregate'), /100%/);
    await shot(projector, 'p09-sort-revealed-1920');
  });

  it('keeps words off the projector until reveal and lets the counselor hide one', async () => {
    await gotoStep('In a few words');
    await openResponses();
    const words = [['trust', 'calm'], ['trust'], ['warmth', 'pineapple']];
    for (const [i, phone] of phones.entries()) {
      for (const [j, word] of words[i]!.entries())
        await phone.getByLabel(`Word ${j + 1}`).fill(word);
      await send(phone);
    }
    await waitForText(answered(), /3 of 3 answered/);
    const live = con.locator('.result-card').first();
    // Names are on: the words appear once responses are closed, still before the room sees them.
    await con.getByTestId('live-waits').waitFor(WAIT);
    expect(await live.innerText()).not.toMatch(/pineapple/);
    await con.getByRole('button', { name: 'Close responses' }).click();
    await waitForText(con.getByTestId('phase'), /Responses closed/);
    await waitForText(live, /pineapple/);
    expect(await bodyText(projector)).not.toMatch(/trust|warmth|pineapple/);
    await live.getByRole('button', { name: 'Hide the word “pineapple”' }).click();
    await con.getByRole('heading', { name: 'Hidden words' }).waitFor(WAIT);
    expect(await bodyText(projector)).not.toMatch(/trust|warmth|pineapple/);
    await shot(con, '10-run-words-closed');
    await con.getByRole('button', { name: 'Reveal to the room' }).click();
    // A small group's cloud lists words more than one person gave, without counts.
    await waitForText(projector.getByTestId('projector-aggregate'), /trust/);
    const shown = await bodyText(projector);
    expect(shown).toMatch(/Words more than one person gave/);
    expect(shown).not.toMatch(/warmth|calm|pineapple/);
    await shot(projector, 'p10-words-revealed-1920');
    await shot(smallProjector, 'p11-words-revealed-1280');
  });

  it('moderates shared free text without names; the room sees only what was approved', async () => {
    await gotoStep('In your own words');
    await openResponses();
    const texts = [
      { text: 'Take a walk on my own on Sunday.', share: true },
      { text: 'Phone my sister and ask how she is.', share: true },
      { text: 'Private plan nobody should see.', share: false },
    ];
    for (const [i, phone] of phones.entries()) {
      await phone.getByRole('textbox', { name: /one small thing/ }).fill(texts[i]!.text);
      if (texts[i]!.share)
        await phone.getByRole('checkbox', { name: 'OK to share anonymously' }).check();
      await send(phone);
    }
    await waitForText(answered(), /3 of 3 answered/);
    await con.getByRole('button', { name: 'Close responses' }).click();
    const queue = con.locator('.moderation');
    await waitForText(queue, /Take a walk/);
    await waitForText(queue, /Phone my sister/);
    const queueText = (await queue.textContent()) ?? '';
    expect(queueText).not.toMatch(/Private plan/);
    for (const name of ['Robin', 'Sam', 'Alex']) expect(queueText).not.toContain(name);
    await queue
      .locator('.moderation-item', { hasText: 'Take a walk' })
      .getByRole('button', { name: 'Approve' })
      .click();
    await queue
      .locator('.moderation-item', { hasText: 'Phone my sister' })
      .getByRole('button', { name: 'Hide' })
      .click();
    await waitForText(queue, /0 waiting/);
    await shot(con, '11-run-moderation');
    expect(await bodyText(projector)).not.toMatch(/Take a walk|Phone my sister|Private plan/);
    await con.getByRole('button', { name: 'Reveal to the room' }).click();
    await waitForText(
      projector.getByTestId('projector-aggregate'),
      /Take a walk on my own on Sunday/,
    );
    const shown = await bodyText(projector);
    expect(shown).not.toMatch(/Phone my sister|Private plan/);
    await shot(projector, 'p12-open-revealed-1920');
  });

  it('shows a pause signal as a gentle count and lets the counselor acknowledge it', async () => {
    await phones[1]!.getByRole('button', { name: 'I need a pause' }).click();
    const alert = con.getByTestId('pause-alert');
    await waitForText(alert, /Someone would like a pause/);
    expect((await alert.textContent()) ?? '').not.toMatch(/Robin|Sam|Alex/);
    await shot(con, '12-run-pause-signal');
    await alert.getByRole('button', { name: 'Acknowledge' }).click();
    await expect.poll(() => con.getByTestId('pause-alert').count(), WAIT).toBe(0);
  });

  it('runs a ranking and a slider', async () => {
    await gotoStep('What matters most');
    await openResponses();
    for (const phone of phones) await send(phone);
    await waitForText(answered(), /3 of 3 answered/);
    await closeAndReveal();
    await waitForText(projector.getByTestId('projector-aggregate'), /average place/);
    await shot(projector, 'p13-rank-revealed-1920');

    await gotoStep('Right now');
    await openResponses();
    for (const [i, phone] of phones.entries()) {
      await phone.getByRole('slider').fill(String([3, 7, 8][i]));
      await send(phone);
    }
    await waitForText(answered(), /3 of 3 answered/);
    await closeAndReveal();
    await waitForText(projector.getByTestId('projector-aggregate'), /3 answers/);
    await shot(con, '13-run-slider-revealed');
    await shot(projector, 'p14-slider-revealed-1920');
    await shot(smallProjector, 'p15-slider-revealed-1280');
  });

  it('keeps a worksheet private: no aggregate, no reveal', async () => {
    await gotoStep('My plan for the week');
    await openResponses();
    await phones[0]!
      .getByRole('textbox', { name: 'One small step I will take' })
      .fill('Say no once, kindly.');
    await send(phones[0]!);
    await waitForText(answered(), /1 of 3 answered/);
    expect(await con.getByRole('button', { name: 'Reveal to the room' }).count()).toBe(0);
    expect(await bodyText(con)).not.toMatch(/Say no once/);
    expect(await bodyText(projector)).not.toMatch(/Say no once/);
  });

  it('ends the session after a confirmation and saves the results PDF', async () => {
    await con.getByRole('button', { name: 'End session…' }).click();
    const dialog = con.getByRole('dialog', { name: 'End the session for everyone?' });
    await dialog.getByRole('button', { name: 'End session' }).click();
    await con.getByRole('heading', { name: 'The session has ended' }).waitFor(WAIT);
    await projector.getByRole('heading', { name: 'Thank you for taking part' }).waitFor(WAIT);
    const download = con.waitForEvent('download');
    await con.getByRole('button', { name: 'Save results PDF' }).click();
    const file = await (await download).path();
    expect(readFileSync(file).subarray(0, 5).toString()).toBe('%PDF-');
    // Before exporting, the counselor sees what the report withholds and why (issue 13).
    const preview = con.locator('.export-preview');
    await preview.getByText(/What the export shows/).waitFor(WAIT);
    expect(await preview.locator('li').count()).toBeGreaterThan(0);
    await waitForText(preview, /Withheld|Grouped|Shown/);
    endPreview = await preview.innerText();
    const csvDownload = con.waitForEvent('download');
    await con.getByRole('button', { name: 'Save results CSV' }).click();
    const csv = readFileSync(await (await csvDownload).path(), 'utf8');
    expect(csv).toContain('exercise,kind,respondents,row,category,count,note');
    await shot(con, '14-ended');
    await shot(projector, 'p16-ended-1920');
  });

  it('counts fetched takeaways and warns before "Done" while some phones lack theirs', async () => {
    const count = con.locator('.takeaway-count');
    await waitForText(count, /^0 of \d+ phones? ha(s|ve) downloaded their takeaway/);
    await phones[0]!.getByRole('button', { name: 'Download my takeaway (PDF)' }).click();
    await waitForText(count, /^1 of \d+/);
    await con.getByRole('button', { name: 'Done — back to the library' }).click();
    // A host warning (a loaded machine) can be a second alert on the page; read this one.
    const warning = con.getByRole('alert').filter({ hasText: /not downloaded/ });
    await waitForText(warning, /not downloaded their takeaway yet/);
    await shot(con, '14-ended-takeaway-warning');
  });

  it('lists the session in History and deletes it for real after a confirmation', async () => {
    await con.getByRole('button', { name: 'Done anyway — back to the library' }).click();
    await con.getByRole('heading', { name: 'Workshop library' }).waitFor(WAIT);
    await con.getByRole('button', { name: 'History', exact: true }).click();
    const row = con.locator('.history-table tbody tr', {
      hasText: 'Close without losing yourself',
    });
    await row.waitFor(WAIT);
    sessionId = ((await row.getAttribute('data-testid')) ?? '').replace(/^history-/, '');
    expect(sessionId).not.toBe('');
    const journals = () =>
      readdirSync(join(dataDir, 'sessions')).filter((f) => f.startsWith(sessionId));
    expect(journals().length).toBeGreaterThan(0);
    await shot(con, '15-history');
    // History tells the same as the end page did: what a report saved now would show (issue 13).
    await row.getByRole('button', { name: 'What it shows' }).click();
    const preview = con.getByTestId(`history-preview-${sessionId}`);
    await preview.getByText(/What the export shows/).waitFor(WAIT);
    expect(await preview.innerText()).toBe(endPreview);
    await shot(con, '15-history-preview');
    await row.getByRole('button', { name: 'What it shows' }).click();
    await preview.waitFor({ state: 'detached', ...WAIT });
    await row.getByRole('button', { name: 'Delete…' }).click();
    await con.getByRole('dialog').getByRole('button', { name: 'Delete for good' }).click();
    await con.getByText(/was deleted/).waitFor(WAIT);
    expect(await con.locator(`[data-testid="history-${sessionId}"]`).count()).toBe(0);
    expect(existsSync(join(dataDir, 'sessions')) ? journals() : []).toEqual([]);
    expect(problems).toEqual([]);
  });
});
