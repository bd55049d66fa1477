import { readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import type { ConsoleLiveView, TemplateFileError } from '../../shared/protocol/views.js';
import type { Template } from '../../shared/template/template-schema.js';
import { parseTemplateFile } from '../../main/templates/parse-template-file.js';
import {
  ask,
  closeClients,
  connectConsole,
  everyKindTemplate,
  must,
  startTestHost,
  withTemplate,
  TEST_SETTINGS,
  type TestHost,
} from './host-test-kit.js';

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const hosts: TestHost[] = [];

afterEach(async () => {
  closeClients();
  for (const t of hosts.splice(0)) await t.stop();
});

async function consoleOnNewHost() {
  const t = await startTestHost();
  hosts.push(t);
  return { t, console: await connectConsole(t.host) };
}

type SaveReply = { saved: boolean; errors: TemplateFileError[] };
type Console = Parameters<typeof must>[0];

/** "New workshop", its summary and audience filled in, saved: now it has a file. */
async function createSaved(console: Console): Promise<string> {
  const { templateId } = await must<{ templateId: string }>(console, 'library:create', {});
  const { draft } = await must<{ draft: { workshop: Template } }>(console, 'library:draft:get', {
    templateId,
  });
  const workshop = { ...draft.workshop, summary: 'Evenings together.', audience: 'Adults.' };
  const reply = await must<SaveReply>(console, 'library:save', { templateId, workshop });
  expect(reply).toMatchObject({ saved: true, errors: [] });
  return templateId;
}

describe('console: editing workshops in the app', () => {
  it('creates, saves an edit, and the file on disk passes the loader', async () => {
    const { t, console } = await consoleOnNewHost();
    // A new workshop is a draft until its first save; summary and audience are asked for.
    const fresh = await must<{ templateId: string }>(console, 'library:create', {});
    const other = await must<{ templateId: string }>(console, 'library:create', {});
    expect([fresh.templateId, other.templateId]).toEqual(['my-workshop', 'my-workshop-2']);
    expect(await ask(console, 'library:get', fresh)).toMatchObject({ ok: false });
    const { drafts } = await must<{ drafts: { templateId: string }[] }>(
      console,
      'library:draft:unsavedNew',
      {},
    );
    expect(drafts.map((d) => d.templateId).sort()).toEqual(['my-workshop', 'my-workshop-2']);
    const { draft } = await must<{ draft: { workshop: Template } }>(
      console,
      'library:draft:get',
      fresh,
    );
    const unfilled = await must<SaveReply>(console, 'library:save', {
      ...fresh,
      workshop: draft.workshop,
    });
    expect(unfilled.errors.map((e) => e.field)).toEqual(['summary', 'audience']);
    await must(console, 'library:draft:discard', other);
    await must(console, 'library:draft:discard', fresh);

    const templateId = await createSaved(console);
    const { template } = await must<{ template: Template }>(console, 'library:get', { templateId });
    const edited = { ...template, title: 'Evening circle', steps: template.steps.slice(0, 1) };
    const reply = await must<SaveReply>(console, 'library:save', { templateId, workshop: edited });
    expect(reply).toMatchObject({ saved: true, errors: [] });
    const again = await must<{ template: Template }>(console, 'library:get', { templateId });
    expect(again.template.title).toBe('Evening circle');
    expect(again.template.steps).toHaveLength(1);
    const onDisk = parseTemplateFile(join(t.dataDir, 'templates', `${templateId}.yaml`));
    expect(onDisk.ok).toBe(true);
  });

  it('starts a new workshop in the counselor’s language, which becomes the workshop’s own', async () => {
    const { t, console } = await consoleOnNewHost();
    await must(console, 'settings:set', { interfaceLanguage: 'ar' });
    const { templateId } = await must<{ templateId: string }>(console, 'library:create', {});
    const { draft } = await must<{ draft: { workshop: Template } }>(console, 'library:draft:get', {
      templateId,
    });
    expect(draft.workshop.language).toBe('ar');
    expect(draft.workshop.title).toBe('ورشتي الجديدة');
    expect(draft.workshop.steps.map((s) => [s.id, s.title])).toEqual([['welcome', 'أهلًا بك']]);
    const workshop = { ...draft.workshop, summary: 'أمسيات معًا.', audience: 'البالغون.' };
    const reply = await must<SaveReply>(console, 'library:save', { templateId, workshop });
    expect(reply).toMatchObject({ saved: true, errors: [] });
    const onDisk = parseTemplateFile(join(t.dataDir, 'templates', `${templateId}.yaml`));
    expect(onDisk.ok && onDisk.template.language).toBe('ar');
  });

  it('refuses an invalid workshop with field paths and leaves the file as it was', async () => {
    const { t, console } = await consoleOnNewHost();
    const templateId = await createSaved(console);
    const path = join(t.dataDir, 'templates', `${templateId}.yaml`);
    const before = await readFile(path, 'utf8');
    const { template } = await must<{ template: Template }>(console, 'library:get', { templateId });
    const broken = {
      ...template,
      title: '',
      steps: [{ ...template.steps[0], minutes: -3 }, ...template.steps.slice(1)],
    };
    const reply = await must<SaveReply>(console, 'library:save', { templateId, workshop: broken });
    expect(reply.saved).toBe(false);
    const fields = reply.errors.map((e) => e.field);
    expect(fields).toContain('title');
    expect(fields).toContain('steps[0].minutes');
    for (const garbage of [null, 'text', [1, 2], { id: templateId }]) {
      const bad = await must<SaveReply>(console, 'library:save', { templateId, workshop: garbage });
      expect(bad.saved).toBe(false);
      expect(bad.errors.length).toBeGreaterThan(0);
    }
    expect(await readFile(path, 'utf8')).toBe(before);
  });

  it('refuses to save over a shipped workshop or change the id', async () => {
    const { console } = await consoleOnNewHost();
    const { templates } = await must<{ templates: { id: string; source: string }[] }>(
      console,
      'library:list',
      {},
    );
    const shipped = templates.find((x) => x.source === 'shipped')!;
    const { template } = await must<{ template: Template }>(console, 'library:get', {
      templateId: shipped.id,
    });
    const reply = await must<SaveReply>(console, 'library:save', {
      templateId: shipped.id,
      workshop: template,
    });
    expect(reply.saved).toBe(false);
    expect(reply.errors[0]!.message).toMatch(/read-only/);
  });

  it('refuses to save the workshop of the open session; the session keeps its version', async () => {
    const { console } = await consoleOnNewHost();
    const workshop = everyKindTemplate('edit-while-live');
    const { templateId } = await must<{ templateId: string }>(console, 'library:import', {
      fileName: 'edit-while-live.json',
      content: JSON.stringify(workshop),
    });
    const created = await must<{ view: ConsoleLiveView }>(console, 'session:create', {
      templateId,
      settings: TEST_SETTINGS,
    });
    const view = withTemplate(console, created.view);
    const { template } = await must<{ template: Template }>(console, 'library:get', { templateId });
    const refused = await ask(console, 'library:save', {
      templateId,
      workshop: { ...template, title: 'Changed mid-session' },
    });
    expect(refused).toMatchObject({ ok: false, error: { code: 'WORKSHOP_IN_USE' } });
    if (!refused.ok) expect(refused.error.message).toMatch(/Close the session/);
    expect(view.template.title).toBe(workshop.title);
    await must(console, 'session:close', {});
    const saved = await must<SaveReply>(console, 'library:save', {
      templateId,
      workshop: { ...template, title: 'Changed after' },
    });
    expect(saved.saved).toBe(true);
  });

  it('keeps a draft (even an invalid one), returns it, and discards it on save', async () => {
    const { console } = await consoleOnNewHost();
    const templateId = await createSaved(console);
    const none = await must<{ draft: unknown }>(console, 'library:draft:get', { templateId });
    expect(none.draft).toBeNull();
    const half = { id: templateId, title: 'Half typed', steps: [{ kind: 'info' }] };
    await must(console, 'library:draft:put', { templateId, workshop: half });
    const got = await must<{ draft: { workshop: unknown; savedAt: number } }>(
      console,
      'library:draft:get',
      { templateId },
    );
    expect(got.draft.workshop).toEqual(half);
    await must(console, 'library:draft:discard', { templateId });
    expect(
      (await must<{ draft: unknown }>(console, 'library:draft:get', { templateId })).draft,
    ).toBeNull();
    await must(console, 'library:draft:put', { templateId, workshop: half });
    const { template } = await must<{ template: Template }>(console, 'library:get', { templateId });
    await must(console, 'library:save', { templateId, workshop: template });
    expect(
      (await must<{ draft: unknown }>(console, 'library:draft:get', { templateId })).draft,
    ).toBeNull();
    const badId = await ask(console, 'library:draft:put', { templateId: '../x', workshop: half });
    expect(badId.ok).toBe(false);
  });

  it('exports a bundle and imports it on a second host: the same workshop comes back', async () => {
    const first = await consoleOnNewHost();
    const templateId = await createSaved(first.console);
    const { template } = await must<{ template: Template }>(first.console, 'library:get', {
      templateId,
    });
    const bundle = await must<{ fileName: string; content: string }>(
      first.console,
      'library:exportBundle',
      { templateId },
    );
    expect(bundle.fileName).toBe(`${templateId}.circlework`);
    const second = await consoleOnNewHost();
    const imported = await must<{ templateId: string }>(
      second.console,
      'library:importBundle',
      bundle,
    );
    const back = await must<{ template: Template }>(second.console, 'library:get', {
      templateId: imported.templateId,
    });
    expect({ ...back.template, id: templateId }).toEqual(template);
    const refused = await ask(second.console, 'library:importBundle', {
      fileName: 'x.circlework',
      content: 'not json',
    });
    expect(refused).toMatchObject({ ok: false, error: { code: 'INVALID_TEMPLATE' } });
  });

  it('saves each shipped workshop, duplicated and sent back unchanged, as the same bytes', async () => {
    const { t, console } = await consoleOnNewHost();
    const { templates } = await must<{ templates: { id: string; source: string }[] }>(
      console,
      'library:list',
      {},
    );
    const shipped = templates.filter((x) => x.source === 'shipped');
    expect(shipped.length).toBeGreaterThanOrEqual(4);
    for (const { id } of shipped) {
      const { templateId } = await must<{ templateId: string }>(console, 'library:duplicate', {
        templateId: id,
      });
      const path = join(t.dataDir, 'templates', `${templateId}.yaml`);
      const before = await readFile(path, 'utf8');
      const { template } = await must<{ template: Template }>(console, 'library:get', {
        templateId,
      });
      const reply = await must<SaveReply>(console, 'library:save', {
        templateId,
        workshop: template,
      });
      expect(reply, id).toMatchObject({ saved: true, errors: [] });
      expect(await readFile(path, 'utf8'), id).toBe(before);
    }
  });

  it('keeps translated facilitator notes through an edit; an edited note’s translation turns stale', async () => {
    const { t, console } = await consoleOnNewHost();
    const { templateId } = await must<{ templateId: string }>(console, 'library:duplicate', {
      templateId: 'interdependence',
    });
    const { template } = await must<{ template: Template }>(console, 'library:get', {
      templateId,
    });
    const notes = (w: Template, language: string, stepId: string) =>
      w.translations?.[language]?.steps?.[stepId]?.facilitatorNotes;
    const spanishWelcome = notes(template, 'es', 'welcome');
    expect(spanishWelcome?.text).toMatch(/^Abre la sala/);
    const steps = template.steps.map((step) =>
      step.id === 'welcome' ? { ...step, facilitatorNotes: 'Open the room early.' } : step,
    );
    const reply = await must<SaveReply>(console, 'library:save', {
      templateId,
      workshop: { ...template, steps },
    });
    expect(reply).toMatchObject({ saved: true, errors: [] });
    const onDisk = parseTemplateFile(join(t.dataDir, 'templates', `${templateId}.yaml`));
    if (!onDisk.ok) throw new Error('the edited workshop no longer loads');
    expect(notes(onDisk.template, 'es', 'welcome')).toEqual(spanishWelcome);
    expect(notes(onDisk.template, 'ar', 'agreement')).toEqual(notes(template, 'ar', 'agreement'));
    // (The copy's title changed too: "(copy)" makes its translations stale as well.)
    const stepWarnings = onDisk.warnings.filter((w) => w.field.includes('.steps.'));
    expect(stepWarnings.map((w) => `${w.field} ${w.message.split(':')[0]}`)).toEqual([
      'translations.es.steps.welcome.facilitatorNotes.source stale Spanish translation',
      'translations.ar.steps.welcome.facilitatorNotes.source stale Arabic translation',
    ]);
  });

  it('keeps a picture for an info step of an own workshop, checked by its bytes', async () => {
    const { t, console } = await consoleOnNewHost();
    const templateId = await createSaved(console);
    const png = await readFile(join(REPO_ROOT, 'templates/images/interdependence-circles.png'));
    const { image } = await must<{ image: string }>(console, 'library:image:put', {
      templateId,
      stepId: 'welcome',
      data: png.toString('base64'),
    });
    expect(image).toMatch(new RegExp(`^${templateId}-images/welcome-[0-9a-f]{10}\\.png$`));
    expect((await readFile(join(t.dataDir, 'templates', image))).equals(png)).toBe(true);
    const { template } = await must<{ template: Template }>(console, 'library:get', { templateId });
    const withPicture = {
      ...template,
      steps: [{ ...template.steps[0], image }, ...template.steps.slice(1)],
    };
    // The loader's own rule: a picture needs its description.
    const missingAlt = await must<SaveReply>(console, 'library:save', {
      templateId,
      workshop: withPicture,
    });
    expect(missingAlt.errors.map((e) => e.field)).toContain('steps[0].imageAlt');
    withPicture.steps[0] = { ...withPicture.steps[0]!, imageAlt: 'Two circles.' } as never;
    const saved = await must<SaveReply>(console, 'library:save', {
      templateId,
      workshop: withPicture,
    });
    expect(saved).toMatchObject({ saved: true, errors: [] });

    const refusals = [
      { templateId, stepId: 'welcome', data: Buffer.from('<svg></svg>').toString('base64') },
      { templateId, stepId: '../up', data: png.toString('base64') },
      { templateId: '../../x', stepId: 'welcome', data: png.toString('base64') },
      { templateId: 'interdependence', stepId: 'welcome', data: png.toString('base64') },
      { templateId, stepId: 'welcome', data: 'not base64!' },
    ];
    const reasons = [];
    for (const payload of refusals) {
      const reply = await ask(console, 'library:image:put', payload);
      expect(reply.ok, JSON.stringify(payload).slice(0, 80)).toBe(false);
      reasons.push(reply.ok ? undefined : reply.error.reason?.kind);
    }
    // The refusals a counselor can act on say why, for the console to word in their language.
    expect(reasons[0]).toBe('pictureNotImage');
    expect(reasons[3]).toBe('pictureNotOwnWorkshop');
  });
});
