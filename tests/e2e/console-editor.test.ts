/**
 * The workshop editor in the console (real host from dist/, real Chromium at 1440×900): a
 * counselor builds a six-step workshop through the forms only, saves it, and the file on disk
 * passes the loader; it is shared as a .circlework bundle and imported on a second data folder,
 * where the same workshop comes back. Clicks and keystrokes are counted; axe finds nothing
 * serious or critical in the editor. Screenshots go to test-artifacts/console/.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseTemplateFile } from '../../main/templates/parse-template-file.js';
import {
  launchBrowser,
  removeDir,
  REPO_ROOT,
  seriousA11yViolations,
  startHost,
  tempDataDir,
  type HostProcess,
} from './participant-harness.js';
import { saveScreenshot } from './artifact-screenshot.js';

const ARTIFACTS = join(REPO_ROOT, 'test-artifacts/console');
const WAIT = { timeout: 45_000 };

describe('building a workshop in the console editor', () => {
  let browser: Browser;
  const dirs: string[] = [];
  const hosts: HostProcess[] = [];
  let clicks = 0;
  let keys = 0;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
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

  const shot = async (page: Page, name: string) => {
    mkdirSync(ARTIFACTS, { recursive: true });
    await saveScreenshot(page, { path: join(ARTIFACTS, `${name}.png`), animations: 'disabled' });
  };

  it('builds six steps, saves a valid file, and a bundle brings the same workshop to another folder', async () => {
    const first = await newHost();
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    const problems: string[] = [];
    page.on('pageerror', (e) => problems.push(e.message));
    const click = async (name: string | RegExp) => {
      clicks++;
      await page.getByRole('button', { name, exact: typeof name === 'string' }).click();
    };
    let fields = 0;
    const type = async (label: string, text: string) => {
      // A person clicks into (or tabs to) each field: one more click per field filled.
      fields++;
      keys += text.length;
      await page.getByLabel(label, { exact: true }).fill(text);
    };
    const addStep = async (kind: string) => {
      await click('+ Add a step');
      await click(new RegExp(`^${kind}`));
    };

    await page.goto(`${first.host.consoleOrigin}/console/?token=${first.host.token}`);
    await click('New workshop');
    await page.getByRole('heading', { name: /^Edit “/ }).waitFor(WAIT);

    await type('Title', 'Saying no kindly');
    await type('Planned minutes', '40');
    // A new workshop asks for its summary and audience (the starter leaves them empty).
    await page.getByText('Write something here.').first().waitFor(WAIT);
    await type('Summary', 'Small ways of saying no, tried out together.');
    await type('Audience', 'Adults in a weekly group.');
    await type('Step title', 'Why we are here');
    await type('Text for the room', 'Tonight we try out small ways of saying no.');

    await addStep('Choice');
    // A new step shows what is still missing, field by field, before anything is typed.
    await page.getByText('Write something here.').first().waitFor(WAIT);
    await shot(page, 'editor-new-step-errors');
    await type('Step title', 'A first guess');
    await type('Prompt on the phones', 'Which feels hardest to refuse?');
    await type('Options', 'A friend\nA parent\nA boss');
    // Beside the form: the step as the phone's own components draw it, and the projector's.
    await page.getByTestId('phone-preview').getByRole('radio', { name: 'A parent' }).waitFor(WAIT);
    await page
      .getByTestId('projector-preview')
      .getByRole('heading', { name: 'A first guess' })
      .waitFor(WAIT);
    await shot(page, 'editor-previews-1440');

    await addStep('Open answer');
    await type('Step title', 'Your words');
    await type('Prompt on the phones', 'A sentence you could use next time.');

    await addStep('Self-check scale');
    await type('Step title', 'How it goes now');
    await type('Prompt on the phones', 'How true is this for you?');
    await type('Theme 1', 'Holding a line');
    await type('Private reflection when answers lean here', 'You may already hold lines well.');
    await type('Statements, one per line', 'I say no without a long excuse.');

    await addStep('Timed activity');
    await type('Step title', 'Pair practice');
    await type('Prompt on the phones', 'Try one refusal with a partner.');

    await addStep('Word cloud');
    await type('Step title', 'One word to keep');
    await type('Prompt on the phones', 'One word for how that felt.');

    await page.getByText('Ready to save').waitFor(WAIT);
    await shot(page, 'editor-1440');
    expect(await seriousA11yViolations(page)).toEqual([]);
    // The other states of the page: the workshop's own fields and the add-a-step menu open.
    await page.getByText('About this workshop').click();
    await page.getByRole('button', { name: '+ Add a step' }).click();
    await page.getByRole('group', { name: 'Add a step: choose its kind' }).waitFor(WAIT);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await shot(page, 'editor-about-and-add');
    await page.getByRole('button', { name: 'Cancel' }).click();
    await page.setViewportSize({ width: 1280, height: 800 });
    await shot(page, 'editor-1280');
    await page.setViewportSize({ width: 1440, height: 900 });

    // Moving a step by keyboard: focus the Up button and press Enter.
    keys++;
    await page.getByRole('button', { name: 'Move step 6 up' }).focus();
    await page.keyboard.press('Enter');
    const focused = () =>
      page.evaluate(
        () =>
          document.activeElement?.getAttribute('aria-label') ??
          document.activeElement?.textContent ??
          '',
      );
    await expect.poll(focused).toBe('Move step 5 up');
    // Delete and undo by keyboard: focus goes to Undo, then back to the restored step's title.
    await page.getByRole('button', { name: 'Delete', exact: true }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(focused).toBe('Undo');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-path')))
      .toBe('steps[4].title');
    keys += 2;
    await click('Save workshop');
    await page.getByText('All changes saved').waitFor(WAIT);

    const file = join(first.dir, 'templates', 'my-workshop.yaml');
    const saved = parseTemplateFile(file);
    expect(saved.ok).toBe(true);
    if (!saved.ok) return;
    expect(saved.template.title).toBe('Saying no kindly');
    expect(saved.template.steps.map((s) => s.kind)).toEqual([
      'info',
      'choice',
      'open',
      'scale',
      'words',
      'timer',
    ]);
    console.log(
      `six-step workshop: ${clicks + fields} clicks (${clicks} on buttons, ${fields} into fields), ${keys} keystrokes`,
    );

    await click('← Library');
    const card = page.getByTestId('template-my-workshop');
    await card.waitFor(WAIT);
    await shot(page, 'editor-library');
    const [download] = await Promise.all([
      page.waitForEvent('download', WAIT),
      card.getByRole('button', { name: 'Share…' }).click(),
    ]);
    const bundlePath = join(first.dir, 'shared.circlework');
    await download.saveAs(bundlePath);

    const second = await newHost();
    await page.goto(`${second.host.consoleOrigin}/console/?token=${second.host.token}`);
    await page.getByTestId('import-file').setInputFiles({
      name: 'shared.circlework',
      mimeType: 'application/json',
      buffer: readFileSync(bundlePath),
    });
    await page.getByText('“shared.circlework” was added to your own workshops.').waitFor(WAIT);
    const imported = parseTemplateFile(join(second.dir, 'templates', 'my-workshop.yaml'));
    expect(imported.ok && imported.template).toEqual(saved.template);
    expect(problems).toEqual([]);
  });

  it('keeps unsaved edits as a draft, guards leaving, and offers the draft when the workshop is opened again', async () => {
    const { host } = await newHost();
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    const consoleUrl = `${host.consoleOrigin}/console/?token=${host.token}`;
    await page.goto(consoleUrl);
    await page.getByRole('button', { name: 'New workshop' }).click();
    const title = page.getByLabel('Title', { exact: true });
    await title.fill('Half finished');
    // Undo and redo, by keyboard and by button.
    await title.focus();
    await page.keyboard.press('Control+z');
    await expect.poll(() => title.inputValue()).toBe('My new workshop');
    await page.keyboard.press('Control+Shift+z');
    await expect.poll(() => title.inputValue()).toBe('Half finished');
    await page.getByRole('button', { name: '↶ Undo' }).click();
    await expect.poll(() => title.inputValue()).toBe('My new workshop');
    await page.getByRole('button', { name: '↷ Redo' }).click();
    await expect.poll(() => title.inputValue()).toBe('Half finished');
    await page.getByText('Unsaved changes (draft kept)').waitFor(WAIT);

    // A top-bar tab asks too; staying keeps the editor, leaving goes to that page.
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('button', { name: 'History' })
      .click();
    await page.getByRole('heading', { name: 'Leave without saving?' }).waitFor(WAIT);
    await page.getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(() => title.inputValue()).toBe('Half finished');

    // Leaving the editor with unsaved changes asks first; staying keeps everything.
    await page.getByRole('button', { name: '← Library' }).click();
    await page.getByRole('heading', { name: 'Leave without saving?' }).waitFor(WAIT);
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.getByLabel('Title', { exact: true }).inputValue())
      .toBe('Half finished');

    // A second window (as after a crash): the new workshop was never saved, so the library
    // offers it to go on with; its summary and audience are still asked for.
    const again = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await again.goto(consoleUrl);
    await again.getByRole('button', { name: 'Go on editing' }).click();
    await expect
      .poll(() => again.getByLabel('Title', { exact: true }).inputValue())
      .toBe('Half finished');
    await again.getByLabel('Summary', { exact: true }).fill('A first try.');
    await again.getByLabel('Audience', { exact: true }).fill('Anyone.');
    await again.getByRole('button', { name: 'Save workshop' }).click();
    await again.getByText('All changes saved').waitFor(WAIT);

    // Once saved, an unsaved edit is offered back as a draft when the workshop is opened again.
    await again.getByLabel('Title', { exact: true }).fill('Half finished, again');
    await again.getByText('Unsaved changes (draft kept)').waitFor(WAIT);
    const third = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await third.goto(consoleUrl);
    await third.getByTestId('template-my-workshop').getByRole('button', { name: 'Edit' }).click();
    await third.getByRole('button', { name: 'Recover unsaved draft' }).click();
    await expect
      .poll(() => third.getByLabel('Title', { exact: true }).inputValue())
      .toBe('Half finished, again');
    await third.getByRole('button', { name: 'Save workshop' }).click();
    await third.getByText('All changes saved').waitFor(WAIT);
  });
});
