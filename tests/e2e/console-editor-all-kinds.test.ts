/**
 * Issue 15's "done means", in a browser against the real host (dist/): through the editor's
 * forms only, a counselor builds a workshop with all ten kinds of step and a picture chosen from
 * disk, saves it; `templates:check` (the real command) finds the saved folder valid; the
 * workshop runs with a console (real socket.io) and two real Chromium phones, which show every
 * step and the picture; it is shared as a .circlework file and imported into a second data
 * folder, where the same workshop, picture included, comes back.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseTemplateFile } from '../../main/templates/parse-template-file.js';
import type { Template } from '../../shared/template/template-schema.js';
import {
  ConsoleDriver,
  joinAndAgree,
  launchBrowser,
  openPhone,
  removeDir,
  REPO_ROOT,
  startHost,
  tempDataDir,
  type HostProcess,
  type Phone,
} from './participant-harness.js';
import { saveScreenshot } from './artifact-screenshot.js';

const ARTIFACTS = join(REPO_ROOT, 'test-artifacts/console');
const WAIT = { timeout: 45_000 };
const PICTURE = join(REPO_ROOT, 'templates/images/interdependence-circles.png');
const ALT = 'Two circles that overlap a little in the middle.';

const KINDS = [
  'info',
  'timer',
  'choice',
  'open',
  'scale',
  'sort',
  'words',
  'rank',
  'slider',
  'worksheet',
] as const;

/** The workshop with its pictures' paths left out: where a picture lives is the library's choice. */
function withoutPicturePaths(template: Template): unknown {
  return {
    ...template,
    steps: template.steps.map((s) => (s.kind === 'info' ? { ...s, image: '(picture)' } : s)),
  };
}

function pictureBytes(dataDir: string, template: Template): Buffer {
  const info = template.steps.find((s) => s.kind === 'info');
  if (info?.kind !== 'info' || !info.image) throw new Error('no picture in the workshop');
  return readFileSync(join(dataDir, 'templates', ...info.image.split('/')));
}

describe('a workshop of every kind, built in the editor, run, shared and imported', () => {
  let browser: Browser;
  const dirs: string[] = [];
  const hosts: HostProcess[] = [];
  let driver: ConsoleDriver | undefined;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    driver?.close();
    await browser?.close();
    for (const h of hosts) await h.kill();
    for (const d of dirs) removeDir(d);
  });

  const newHost = async () => {
    const dir = tempDataDir();
    dirs.push(dir);
    const host = await startHost(dir);
    hosts.push(host);
    return { dir, host };
  };

  it('builds all ten kinds and a picture through the forms, and the saved file passes the checker', async () => {
    const first = await newHost();
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    const problems: string[] = [];
    page.on('pageerror', (e) => problems.push(e.message));
    const click = (name: string | RegExp) =>
      page.getByRole('button', { name, exact: typeof name === 'string' }).click();
    const type = (label: string, text: string, nth = 0) =>
      page.getByLabel(label, { exact: true }).nth(nth).fill(text);
    const addStep = async (kind: string) => {
      await click('+ Add a step');
      await click(new RegExp(`^${kind}`));
    };

    await page.goto(`${first.host.consoleOrigin}/console/?token=${first.host.token}`);
    await click('New workshop');
    await page.getByRole('heading', { name: /^Edit “/ }).waitFor(WAIT);
    await type('Title', 'Ten ways to check in');
    await type('Planned minutes', '60');
    await type('Summary', 'One step of every kind, about checking in with each other.');
    await type('Audience', 'Groups who meet every week.');

    // 1 info, with a picture from disk: its description is asked for until it is written.
    await type('Step title', 'Welcome');
    await type(
      'Text for the room',
      'Tonight we look at small check-ins between friends.\n\n- how they sound\n- when they help',
    );
    await page.getByLabel('Choose a PNG or JPEG').setInputFiles(PICTURE);
    await page.getByText('Describe the picture for people who cannot see it.').waitFor(WAIT);
    await page.locator('img.editor-picture-thumb').waitFor(WAIT);
    mkdirSync(ARTIFACTS, { recursive: true });
    await type('What the picture shows', ALT);
    // The previews draw the picture the phones and the projector will show.
    for (const preview of ['phone-preview', 'projector-preview']) {
      await page.getByTestId(preview).getByRole('img', { name: ALT }).waitFor(WAIT);
      await expect
        .poll(() =>
          page
            .getByTestId(preview)
            .locator('img.info-image')
            .evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth),
        )
        .toBe(900);
    }
    await saveScreenshot(page, { path: join(ARTIFACTS, 'editor-picture-previews-1440.png') });

    await addStep('Timed activity');
    await type('Step title', 'A quiet minute');
    await type('Prompt on the phones', 'Think of the last time someone asked how you were.');
    await type('Countdown (seconds)', '60');

    await addStep('Choice');
    await type('Step title', 'A quick quiz');
    await type('Prompt on the phones', 'Which is a check-in?');
    await type('Options', 'How are you, really?\nPass the salt.');
    await page.getByRole('checkbox', { name: 'How are you, really?' }).check();
    await type('Explanation after the reveal', 'It leaves room for a real answer.');

    await addStep('Open answer');
    await type('Step title', 'Your words');
    await type('Prompt on the phones', 'A question you like to be asked.');

    await addStep('Self-check scale');
    await type('Step title', 'How it goes now');
    await type('Prompt on the phones', 'How true is this for you?');
    await type('Theme 1', 'Asking');
    await type('Private reflection when answers lean here', 'Asking may come easily to you.');
    await type('Statements, one per line', 'I ask friends how they are.\nI listen to the answer.');

    await addStep('Sort into groups');
    await type('Step title', 'Check-in or not');
    await type('Prompt on the phones', 'Put each line where it fits.');
    await type('Groups (2 to 4)', 'Check-in\nSmall talk');
    await type('Item 1', 'How did today feel?');
    await type('Note shown after the reveal', 'It asks about feelings.', 0);
    await type('Item 2', 'Nice weather.');
    await page.getByLabel('Belongs in').nth(1).selectOption({ label: 'Small talk' });
    await type('Note shown after the reveal', 'Friendly, but about the sky.', 1);

    await addStep('Word cloud');
    await type('Step title', 'One word');
    await type('Prompt on the phones', 'One word for a good check-in.');

    await addStep('Ranking');
    await type('Step title', 'What matters most');
    await type('Prompt on the phones', 'Put these in your order.');
    await type('Items to rank', 'Time\nAttention\nHonesty');

    await addStep('Slider');
    await type('Step title', 'How often');
    await type('Prompt on the phones', 'How often do you check in with a friend?');
    await type('Label at the left end', 'Rarely');
    await type('Label at the right end', 'Every day');
    await type('Step between values', '2');

    await addStep('Worksheet');
    await type('Step title', 'My plan');
    await type('Prompt on the phones', 'One small plan for this week.');
    await type('Fields to fill in', 'Who I will check in with\nWhat I will ask');
    await type('Hint under “What I will ask”', 'One question is enough.');
    await type('Lines for “What I will ask”', '2');

    // Dragging a step by its handle with the mouse to the top of step 2 moves it there (the row
    // lands where its middle passes another's); Ctrl+Z puts it back.
    const stepNames = () =>
      page
        .locator('.editor-step-list > li .editor-step-name')
        .evaluateAll((els) => els.map((el) => el.firstChild?.textContent ?? ''));
    await page
      .getByTestId('editor-step-10')
      .getByTestId('step-handle')
      .dragTo(page.getByTestId('editor-step-2'), { targetPosition: { x: 40, y: 4 } });
    await expect
      .poll(async () => (await stepNames()).slice(0, 3))
      .toEqual(['Welcome', 'My plan', 'A quiet minute']);
    await page.keyboard.press('Control+z');
    await expect
      .poll(async () => (await stepNames()).slice(0, 3))
      .toEqual(['Welcome', 'A quiet minute', 'A quick quiz']);
    await page.getByText('Ready to save').waitFor(WAIT);
    mkdirSync(ARTIFACTS, { recursive: true });
    await saveScreenshot(page, { path: join(ARTIFACTS, 'editor-all-kinds-1440.png') });
    await click('Save workshop');
    await page.getByText('All changes saved').waitFor(WAIT);
    expect(problems).toEqual([]);

    const file = join(first.dir, 'templates', 'my-workshop.yaml');
    const saved = parseTemplateFile(file);
    expect(saved.ok).toBe(true);
    if (!saved.ok) return;
    expect(saved.template.steps.map((s) => s.kind)).toEqual([...KINDS]);
    const info = saved.template.steps[0]!;
    expect(info.kind === 'info' && info.imageAlt).toBe(ALT);
    expect(saved.template.steps[8]).toMatchObject({ kind: 'slider', step: 2 });
    expect(saved.template.steps[9]).toMatchObject({
      kind: 'worksheet',
      fields: [
        { label: 'Who I will check in with', lines: 3 },
        { label: 'What I will ask', hint: 'One question is enough.', lines: 2 },
      ],
    });
    expect(pictureBytes(first.dir, saved.template).equals(readFileSync(PICTURE))).toBe(true);

    // The real checker, on the folder the app saved into.
    const checked = execFileSync(
      join(REPO_ROOT, 'node_modules/.bin/tsx'),
      ['main/templates/check-cli.ts', join(first.dir, 'templates')],
      { cwd: REPO_ROOT, encoding: 'utf8' },
    );
    expect(checked).toMatch(/^1 workshop valid \(10 steps, 60 minutes/);

    // Run it: a console over socket.io, two phones in Chromium; each step reaches both phones.
    driver = await ConsoleDriver.connect(first.host);
    const view = await driver.createSession('my-workshop', false);
    const phones: Phone[] = [];
    for (let i = 0; i < 2; i++) {
      const phone = await openPhone(browser);
      await phone.page.goto(`${first.host.participantUrl}/?code=${view.roomCode}`);
      await joinAndAgree(phone.page);
      await phone.page.getByText('The counselor will start soon', { exact: false }).waitFor(WAIT);
      phones.push(phone);
    }
    await driver.act({ type: 'start' });
    for (const [index, step] of saved.template.steps.entries()) {
      await driver.act({ type: 'goto', index });
      if (step.kind !== 'info' && step.kind !== 'timer') await driver.act({ type: 'open' });
      for (const { page: phonePage } of phones) {
        await phonePage.getByRole('heading', { name: step.title, exact: true }).waitFor(WAIT);
        if (step.kind === 'info') {
          await phonePage.getByRole('listitem').filter({ hasText: 'how they sound' }).waitFor(WAIT);
          await phonePage.getByRole('img', { name: ALT }).waitFor(WAIT);
          await phonePage.waitForFunction(() => {
            const img = document.querySelector<HTMLImageElement>('img.info-image');
            return img !== null && img.complete && img.naturalWidth > 0;
          });
        }
        if (step.kind === 'choice') {
          await phonePage.getByRole('radio', { name: 'How are you, really?' }).check();
          await phonePage.getByRole('button', { name: /^Send$/ }).click();
          await phonePage.getByRole('button', { name: /^Sent ✓$/ }).waitFor(WAIT);
        }
      }
      if (step.kind === 'choice') {
        await driver.until((v) => v.answered === 2, 'two answers to the quiz');
      }
    }
    await saveScreenshot(phones[0]!.page, { path: join(ARTIFACTS, 'editor-all-kinds-phone.png') });
    for (const phone of phones) expect(phone.problems).toEqual([]);
    await driver.request('session:close', {});

    // Share as .circlework from the library, import it on a second data folder.
    // The console page followed the session; it opens again on the library.
    await page.goto(`${first.host.consoleOrigin}/console/?token=${first.host.token}`);
    const card = page.getByTestId('template-my-workshop');
    await card.waitFor(WAIT);
    const [download] = await Promise.all([
      page.waitForEvent('download', WAIT),
      card.getByRole('button', { name: 'Share…' }).click(),
    ]);
    const bundlePath = join(first.dir, 'ten.circlework');
    await download.saveAs(bundlePath);

    const second = await newHost();
    await page.goto(`${second.host.consoleOrigin}/console/?token=${second.host.token}`);
    await page.getByTestId('import-file').setInputFiles(bundlePath);
    await page.getByText('“ten.circlework” was added to your own workshops.').waitFor(WAIT);
    const imported = parseTemplateFile(join(second.dir, 'templates', 'my-workshop.yaml'));
    expect(imported.ok).toBe(true);
    if (!imported.ok) return;
    expect(withoutPicturePaths(imported.template)).toEqual(withoutPicturePaths(saved.template));
    expect(pictureBytes(second.dir, imported.template).equals(readFileSync(PICTURE))).toBe(true);
    expect(problems).toEqual([]);
  });
});
