import {
  copyFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseTemplateText } from '../../main/templates/parse-template-file.js';
import { shippedTemplatesDir } from '../../main/templates/shipped-templates-dir.js';
import { createTemplateLibrary } from '../../main/templates/template-library.js';
import type { TemplateLibrary } from '../../main/templates/template-library-types.js';
import type { Template } from '../../shared/template/template-schema.js';

const realShipped = shippedTemplatesDir();

let root: string;
let shippedDir: string;
let ownDir: string;
let library: TemplateLibrary;

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'circlework-library-'));
  shippedDir = join(root, 'shipped');
  ownDir = join(root, 'own');
  // A copy of two shipped workshops, so the test can also prove shipped files are never written.
  mkdirSync(shippedDir);
  for (const file of ['interdependence.yaml', 'boundaries.yaml']) {
    copyFileSync(join(realShipped, file), join(shippedDir, file));
  }
  cpSync(join(realShipped, 'images'), join(shippedDir, 'images'), { recursive: true });
  library = createTemplateLibrary({ shippedDir, ownDir });
});

afterEach(() => rmSync(root, { recursive: true, force: true }));

function snapshot(dir: string): Record<string, string> {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((f) =>
    f.isFile(),
  );
  return Object.fromEntries(
    files.map((f) => {
      const path = join(f.parentPath, f.name);
      return [path, readFileSync(path, 'base64')];
    }),
  );
}

/** A duplicate's images live in its own folder; everything else must be the same. */
function withoutImagePaths(steps: Template['steps'] | undefined) {
  return steps?.map((step) => (step.kind === 'info' ? { ...step, image: undefined } : step));
}

const brokenYaml = 'id: broken\ntitle: Broken\nsteps: not-a-list\n';

describe('template library', () => {
  it('lists shipped workshops with summaries when the own folder does not exist yet', () => {
    const { templates, errors } = library.list();
    expect(errors).toEqual([]);
    expect(templates.map((t) => [t.id, t.source, t.fileName])).toEqual([
      ['boundaries', 'shipped', 'boundaries.yaml'],
      ['interdependence', 'shipped', 'interdependence.yaml'],
    ]);
    const interdependence = templates.find((t) => t.id === 'interdependence');
    expect(interdependence).toMatchObject({ minutes: 90, language: 'en', stepCount: 17 });
    expect(library.get('boundaries')?.steps.length).toBeGreaterThan(5);
    expect(library.get('nope')).toBeUndefined();
  });

  it('lists an invalid file in errors and still loads the others', () => {
    writeFileSync(join(shippedDir, 'broken.yaml'), brokenYaml);
    const { templates, errors } = library.list();
    expect(templates.map((t) => t.id)).toEqual(['boundaries', 'interdependence']);
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.every((e) => e.fileName === 'broken.yaml')).toBe(true);
    expect(errors).toContainEqual(expect.objectContaining({ field: 'steps', line: 3 }));
  });

  it('reports an own file that reuses a shipped id, and keeps the shipped one', () => {
    const text = readFileSync(join(realShipped, 'boundaries.yaml'), 'utf8');
    mkdirSync(ownDir);
    writeFileSync(
      join(ownDir, 'my-boundaries.yaml'),
      text.replace('title: Boundaries', 'title: Mine'),
    );
    const { templates, errors } = library.list();
    expect(templates.filter((t) => t.id === 'boundaries')).toHaveLength(1);
    expect(library.get('boundaries')?.title).toBe('Boundaries and saying no');
    expect(errors).toEqual([
      expect.objectContaining({ fileName: 'my-boundaries.yaml', field: 'id' }),
    ]);
  });

  it('duplicates a shipped workshop into the own folder as "(copy)", leaving the original untouched', () => {
    const before = snapshot(shippedDir);
    const id = library.duplicate('interdependence');
    expect(id).toBe('interdependence-copy');
    const copy = library.get(id);
    expect(copy?.title).toBe('Interdependence: close without losing yourself (copy)');
    expect(withoutImagePaths(copy?.steps)).toEqual(
      withoutImagePaths(library.get('interdependence')?.steps),
    );
    const text = readFileSync(join(ownDir, `${id}.yaml`), 'utf8');
    expect(text.split('\n')[0]).toBe(
      '# yaml-language-server: $schema=./circlework-template.schema.json',
    );
    expect(existsSync(join(ownDir, 'circlework-template.schema.json'))).toBe(true);
    expect(library.duplicate('interdependence')).toBe('interdependence-copy-2');
    expect(library.duplicate(id)).toBe('interdependence-copy-3');
    expect(snapshot(shippedDir)).toEqual(before);
    const own = library.list().templates.filter((t) => t.source === 'own');
    expect(own.map((t) => t.id).sort()).toEqual([
      'interdependence-copy',
      'interdependence-copy-2',
      'interdependence-copy-3',
    ]);
  });

  it('refuses an invalid import with file:line errors and writes nothing', () => {
    const result = library.importFile('broken.yaml', brokenYaml);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toContainEqual(
      expect.objectContaining({ fileName: 'broken.yaml', line: 3, field: 'steps' }),
    );
    expect(existsSync(ownDir)).toBe(false);
  });

  it('imports a valid YAML file, keeping its comments, under a fresh id when the id is taken', () => {
    const text = readFileSync(join(realShipped, 'boundaries.yaml'), 'utf8');
    const result = library.importFile('from-a-colleague.yaml', `# shared by a colleague\n${text}`);
    expect(result).toEqual({ ok: true, templateId: 'boundaries-copy' });
    const stored = readFileSync(join(ownDir, 'boundaries-copy.yaml'), 'utf8');
    expect(stored).toContain('# shared by a colleague');
    expect(library.get('boundaries-copy')?.title).toBe('Boundaries and saying no');
  });

  it('imports a JSON file and stores it as YAML', () => {
    const parsed = parseTemplateText(
      'check-ins.yaml',
      readFileSync(join(realShipped, 'check-ins.yaml'), 'utf8'),
    );
    if (!parsed.ok) throw new Error('shipped file must be valid');
    const json = JSON.stringify({ $schema: './x.json', ...parsed.template }, null, 2);
    const result = library.importFile('check-ins.json', json);
    expect(result).toEqual({ ok: true, templateId: 'check-ins' });
    const stored = readFileSync(join(ownDir, 'check-ins.yaml'), 'utf8');
    expect(stored).toMatch(/^# yaml-language-server.*\nid: check-ins\n/);
    expect(stored).not.toContain('$schema:');
    expect(library.get('check-ins')).toEqual(parsed.template);
  });

  it('exports YAML text that imports back to the same workshop', () => {
    const exported = library.exportFile('interdependence');
    expect(exported?.fileName).toBe('interdependence.yaml');
    expect(exported?.content).toBe(readFileSync(join(realShipped, 'interdependence.yaml'), 'utf8'));
    const other = createTemplateLibrary({
      shippedDir: join(root, 'none'),
      ownDir: join(root, 'b'),
    });
    // The YAML names its images; they travel beside it, as in the shipped folder.
    cpSync(join(realShipped, 'images'), join(root, 'b', 'images'), { recursive: true });
    const result = other.importFile(exported!.fileName, exported!.content);
    expect(result).toEqual({ ok: true, templateId: 'interdependence' });
    expect(other.get('interdependence')).toEqual(library.get('interdependence'));
    expect(library.exportFile('unknown')).toBeUndefined();
  });

  it('removes own workshops only', () => {
    const id = library.duplicate('boundaries');
    expect(library.remove('boundaries')).toBe(false);
    expect(library.remove('unknown')).toBe(false);
    expect(library.remove(id)).toBe(true);
    expect(existsSync(join(ownDir, `${id}.yaml`))).toBe(false);
    expect(library.get(id)).toBeUndefined();
    expect(library.get('boundaries')).toBeDefined();
    expect(existsSync(join(shippedDir, 'boundaries.yaml'))).toBe(true);
  });

  it('picks up a file edited on disk on the next list', () => {
    const id = library.duplicate('boundaries');
    const path = join(ownDir, `${id}.yaml`);
    const text = readFileSync(path, 'utf8');
    writeFileSync(path, text.replace('(copy)', '(edited by hand, longer)'));
    expect(library.get(id)?.title).toBe('Boundaries and saying no (edited by hand, longer)');
  });
});
