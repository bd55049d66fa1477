import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  describeWriteError,
  writeFailureCause,
} from '../../main/templates/describe-write-error.js';
import { parseTemplateText } from '../../main/templates/parse-template-file.js';
import { shippedTemplatesDir } from '../../main/templates/shipped-templates-dir.js';
import { createTemplateLibrary } from '../../main/templates/template-library.js';
import { createWorkshopDrafts } from '../../main/templates/workshop-drafts.js';
import type { TemplateLibrary } from '../../main/templates/template-library-types.js';
import type { Template } from '../../shared/template/template-schema.js';

const shippedDir = shippedTemplatesDir();
const shippedIds = readdirSync(shippedDir)
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => f.replace(/\.yaml$/, ''));

let root: string;
let ownDir: string;
let library: TemplateLibrary;

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'circlework-edit-'));
  ownDir = join(root, 'own');
  library = createTemplateLibrary({ shippedDir, ownDir });
});

afterEach(() => rmSync(root, { recursive: true, force: true }));

const fileOf = (id: string) => readFileSync(join(ownDir, `${id}.yaml`), 'utf8');
const edit = (id: string, change: (t: Template) => void): Template => {
  const template = structuredClone(library.get(id)!);
  change(template);
  return template;
};
const changedLines = (a: string, b: string) => {
  const before = a.split('\n');
  const after = b.split('\n');
  return after.filter((line, i) => before[i] !== line);
};

/** An own workshop whose file a counselor has annotated by hand. */
function annotatedCopy(): string {
  const id = library.duplicate('interdependence');
  const annotated = fileOf(id)
    .replace(/^(steps:)$/m, '# Timing checked with the team in March.\n$1')
    .replace(/^( {2}- id: welcome)$/m, '  # Keep the welcome short.\n$1')
    .replace(/^( {4}minutes: \d+)$/m, '$1 # could be shorter');
  writeFileSync(join(ownDir, `${id}.yaml`), annotated);
  return id;
}

describe('saving a workshop edited in the app', () => {
  it.each(shippedIds)(
    '%s: a duplicate saved without changes is the same file, byte for byte',
    (id) => {
      const copy = library.duplicate(id);
      const before = fileOf(copy);
      expect(library.save(copy, library.get(copy)!)).toEqual({ ok: true, templateId: copy });
      expect(fileOf(copy)).toBe(before);
      expect(parseTemplateText(`${copy}.yaml`, before, ownDir).ok).toBe(true);
      expect(library.get(copy)!.steps.map((s) => s.id)).toEqual(
        library.get(id)!.steps.map((s) => s.id),
      );
    },
  );

  it('keeps hand-written comments when a step elsewhere changes, and rewrites only that line', () => {
    const id = annotatedCopy();
    const before = fileOf(id);
    const result = library.save(
      id,
      edit(id, (t) => {
        t.steps[3]!.title = 'A new title for the fourth step';
      }),
    );
    expect(result).toEqual({ ok: true, templateId: id });
    const after = fileOf(id);
    expect(after).toContain('# Timing checked with the team in March.');
    expect(after).toContain('# Keep the welcome short.');
    expect(after).toContain('# could be shorter');
    expect(changedLines(before, after)).toEqual(['    title: A new title for the fourth step']);
    expect(library.get(id)!.steps[3]!.title).toBe('A new title for the fourth step');
  });

  it('moves a step with its comment when steps are reordered', () => {
    const id = annotatedCopy();
    const template = edit(id, (t) => {
      const [welcome] = t.steps.splice(0, 1);
      t.steps.splice(2, 0, welcome!);
    });
    expect(library.save(id, template).ok).toBe(true);
    const after = fileOf(id);
    const comment = after.indexOf('# Keep the welcome short.');
    expect(comment).toBeGreaterThan(after.indexOf(`- id: ${template.steps[1]!.id}`));
    expect(after.slice(comment).split('\n')[1]).toBe('  - id: welcome');
    expect(library.get(id)!.steps.map((s) => s.id)).toEqual(template.steps.map((s) => s.id));
  });

  it('adds and deletes steps, and writes no default the file never spelled out', () => {
    const id = library.duplicate('boundaries');
    const template = edit(id, (t) => {
      t.steps.splice(1, 1);
      t.steps.push({
        id: 'one-more-thought',
        kind: 'open',
        title: 'One more thought',
        minutes: 3,
        prompt: 'What would you like to remember from today?',
        maxLength: 300,
        optional: false,
      });
    });
    const result = library.save(id, template);
    expect(result).toEqual({ ok: true, templateId: id });
    const saved = library.get(id)!;
    expect(saved.steps.map((s) => s.id)).toEqual(template.steps.map((s) => s.id));
    expect(saved.steps.at(-1)).toMatchObject({ id: 'one-more-thought', kind: 'open' });
    expect(fileOf(id)).not.toMatch(/^contentNotes: \[\]$/m);
  });

  it('refuses an invalid workshop with the checker’s own error and leaves the file alone', () => {
    const id = library.duplicate('boundaries');
    const before = fileOf(id);
    const result = library.save(
      id,
      edit(id, (t) => {
        t.title = '';
        t.steps[1]!.id = t.steps[0]!.id;
      }),
    );
    expect(result.ok).toBe(false);
    const errors = result.ok ? [] : result.errors;
    expect(errors.map((e) => e.field)).toEqual(expect.arrayContaining(['title']));
    expect(errors.some((e) => /duplicate step id/.test(e.message) && e.line !== null)).toBe(true);
    expect(fileOf(id)).toBe(before);
  });

  it('never writes a shipped workshop and never changes an id', () => {
    const shipped = readFileSync(join(shippedDir, 'boundaries.yaml'), 'utf8');
    const refused = library.save('boundaries', library.get('boundaries')!);
    expect(refused.ok).toBe(false);
    expect(JSON.stringify(refused)).toMatch(/read-only; duplicate it/);
    expect(refused).toMatchObject({ errors: [{ reason: { kind: 'shippedReadOnly' } }] });
    expect(readFileSync(join(shippedDir, 'boundaries.yaml'), 'utf8')).toBe(shipped);
    const id = library.duplicate('boundaries');
    const renamed = library.save(
      id,
      edit(id, (t) => void (t.id = 'another-id')),
    );
    expect(JSON.stringify(renamed)).toMatch(/id of a workshop cannot change/);
  });

  it('says plainly when the disk is full or the folder is locked', () => {
    const failure = (code: string) => Object.assign(new Error(code), { code });
    expect(describeWriteError(failure('ENOSPC'))).toBe(
      'the disk is full. Free some space and save again.',
    );
    expect(describeWriteError(failure('EACCES'))).toBe(
      'the workshops folder cannot be written to.',
    );
    expect(describeWriteError(failure('EIO'))).toBe('EIO.');
    // The same, as the cause the console words in the counselor's language.
    expect(
      ['ENOSPC', 'EDQUOT', 'EACCES', 'EROFS', 'EIO'].map((c) => writeFailureCause(failure(c))),
    ).toEqual(['diskFull', 'diskFull', 'readOnly', 'readOnly', 'other']);
  });
});

describe('a new workshop and its draft', () => {
  it('starts with the agreement written and summary and audience to fill in, and writes a file only when saved', () => {
    const first = library.create();
    expect(first.templateId).toBe('my-workshop');
    expect(library.create(new Set(['my-workshop'])).templateId).toBe('my-workshop-2');
    expect(first.workshop.agreement).toMatch(/stays here/);
    expect(first.workshop.agreement).toMatch(/pass on any question/);
    expect(first.workshop.summary).toBe('');
    expect(first.workshop.audience).toBe('');
    expect(library.get('my-workshop')).toBeUndefined();

    // Unfilled, the first save is refused with the checker's fields and writes nothing.
    const refused = library.save('my-workshop', first.workshop);
    expect(refused.ok || refused.errors.map((e) => e.field)).toEqual(['summary', 'audience']);
    expect(readdirSync(root)).not.toContain('own');

    const filled = { ...first.workshop, summary: 'Evenings on saying no.', audience: 'Adults.' };
    expect(library.save('my-workshop', filled)).toEqual({ ok: true, templateId: 'my-workshop' });
    expect(parseTemplateText('my-workshop.yaml', fileOf('my-workshop'), ownDir).ok).toBe(true);
    expect(library.list().templates.find((t) => t.id === 'my-workshop')?.source).toBe('own');
    expect(library.create().templateId).toBe('my-workshop-2');
    // A stray file of the same name is never saved over by a new workshop.
    writeFileSync(join(ownDir, 'stray.yaml'), 'not: a workshop');
    expect(library.save('stray', { ...filled, id: 'stray' }).ok).toBe(false);
    expect(readFileSync(join(ownDir, 'stray.yaml'), 'utf8')).toBe('not: a workshop');
  });

  it('keeps a half-typed draft, even an invalid one, until it is discarded', () => {
    const drafts = createWorkshopDrafts(join(root, 'drafts'));
    const half = { ...library.get('boundaries')!, title: '' };
    expect(drafts.put({ templateId: 'boundaries-copy', savedAt: 42, workshop: half })).toEqual({
      ok: true,
    });
    // A new process reads what the old one kept.
    const reopened = createWorkshopDrafts(join(root, 'drafts'));
    expect(reopened.list()).toEqual([{ templateId: 'boundaries-copy', savedAt: 42 }]);
    expect(reopened.get('boundaries-copy')?.workshop).toEqual(half);
    reopened.discard('boundaries-copy');
    expect(reopened.list()).toEqual([]);
    expect(reopened.get('../../etc/passwd')).toBeUndefined();
    expect(drafts.put({ templateId: '../x', savedAt: 1, workshop: {} }).ok).toBe(false);
    const huge = drafts.put({ templateId: 'big', savedAt: 1, workshop: 'x'.repeat(3_000_000) });
    expect(huge).toEqual({
      ok: false,
      message: 'This draft is too large to keep (over 2 MB).',
      reason: { kind: 'draftTooLarge', maxBytes: 2 * 1024 * 1024 },
    });
  });
});
