import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { shippedTemplatesDir } from '../../main/templates/shipped-templates-dir.js';
import { createTemplateLibrary } from '../../main/templates/template-library.js';
import type { TemplateLibrary } from '../../main/templates/template-library-types.js';

const shippedDir = shippedTemplatesDir();
const picture = readFileSync(join(shippedDir, 'images', 'interdependence-circles.png'));

let root: string;
let mine: TemplateLibrary;
let colleagues: TemplateLibrary;
let colleaguesDir: string;

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'circlework-bundle-'));
  colleaguesDir = join(root, 'colleague');
  mine = createTemplateLibrary({ shippedDir, ownDir: join(root, 'mine') });
  colleagues = createTemplateLibrary({ shippedDir: join(root, 'none'), ownDir: colleaguesDir });
});

afterEach(() => rmSync(root, { recursive: true, force: true }));

/** What a colleague's folder holds besides the schema file: no half-imported leftovers. */
const leftovers = () =>
  existsSync(colleaguesDir)
    ? readdirSync(colleaguesDir).filter((f) => f !== 'circlework-workshop.schema.json')
    : [];

const bundleOf = (change: (bundle: Record<string, unknown>) => void) => {
  const bundle = JSON.parse(mine.exportBundle('interdependence')!.content) as Record<
    string,
    unknown
  >;
  change(bundle);
  return JSON.stringify(bundle);
};

describe('a workshop handed to a colleague as one file', () => {
  it('carries its pictures and comes back as the same workshop', () => {
    const copy = mine.duplicate('interdependence');
    const exported = mine.exportBundle(copy)!;
    expect(exported.fileName).toBe(`${copy}.circlework`);
    const imported = colleagues.importBundle(exported.fileName, exported.content);
    expect(imported).toEqual({ ok: true, templateId: copy });
    expect(colleagues.get(copy)).toEqual(mine.get(copy));
    const step = colleagues.get(copy)!.steps.find((s) => s.kind === 'info' && s.image);
    const image = colleagues.stepImage(colleagues.get(copy)!, step!.id);
    expect(image?.contentType).toBe('image/png');
    expect(readFileSync(image!.path).equals(picture)).toBe(true);
    // Exporting again from the colleague's copy gives the very same file.
    expect(colleagues.exportBundle(copy)!.content).toBe(exported.content);
  });

  it('gets a free id when the colleague already has a workshop with that id', () => {
    const exported = mine.exportBundle('interdependence')!;
    expect(colleagues.importBundle('a.circlework', exported.content).ok).toBe(true);
    const again = colleagues.importBundle('a.circlework', exported.content);
    expect(again).toEqual({ ok: true, templateId: 'interdependence-copy' });
    const withImage = colleagues.get('interdependence-copy')!;
    const step = withImage.steps.find((s) => s.kind === 'info' && s.image)!;
    expect(colleagues.stepImage(withImage, step.id)).toBeDefined();
  });

  it('from a newer Circlework says so and imports nothing', () => {
    const result = colleagues.importBundle(
      'new.circlework',
      bundleOf((b) => void (b.version = 2)),
    );
    expect(JSON.stringify(result)).toContain(
      'made by a newer version of Circlework (file version 2; this one reads version 1)',
    );
    // The console words the same in the counselor's language from these values.
    expect(result).toMatchObject({
      ok: false,
      reason: { kind: 'bundleNewer', fileVersion: 2, readsVersion: 1 },
    });
    expect(leftovers()).toEqual([]);
  });

  it('with a field this version does not know says which one, rather than dropping it', () => {
    const outer = colleagues.importBundle(
      'x.circlework',
      bundleOf((b) => void (b.translations = {})),
    );
    expect(JSON.stringify(outer)).toMatch(/Unrecognized key.*translations/);
    const inner = colleagues.importBundle(
      'x.circlework',
      bundleOf((b) => void (b.workshop = `${b.workshop as string}\nmood: sunny\n`)),
    );
    expect(inner.ok).toBe(false);
    expect(JSON.stringify(inner)).toMatch(/unknown field \\"mood\\"/);
    expect(leftovers()).toEqual([]);
  });

  it('refuses a picture that is not one, or that points outside its folder', () => {
    const fake = colleagues.importBundle(
      'x.circlework',
      bundleOf((b) => {
        const images = b.images as Record<string, string>;
        for (const key of Object.keys(images))
          images[key] = Buffer.from('<svg/>').toString('base64');
      }),
    );
    expect(JSON.stringify(fake)).toMatch(/not a PNG or JPEG image/);
    const escaping = colleagues.importBundle(
      'x.circlework',
      bundleOf((b) => void (b.images = { '../outside.png': picture.toString('base64') })),
    );
    expect(JSON.stringify(escaping)).toMatch(
      /Image \\"..\/outside.png\\": the image must be inside/,
    );
    expect(leftovers()).toEqual([]);
    expect(existsSync(join(root, 'outside.png'))).toBe(false);
  });

  it('says plainly when a file is not a workshop at all', () => {
    expect(JSON.stringify(colleagues.importBundle('x.circlework', 'PK\u0003\u0004'))).toMatch(
      /not a Circlework workshop file \(it is not valid JSON\)/,
    );
    expect(JSON.stringify(colleagues.importBundle('x.circlework', '{"a":1}'))).toMatch(
      /not a Circlework workshop file/,
    );
    expect(colleagues.importBundle('x.circlework', '{"a":1}')).toMatchObject({
      reason: { kind: 'bundleNotWorkshop' },
    });
    expect(leftovers()).toEqual([]);
  });
});
