import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkTemplatesDir } from '../../main/templates/check-templates.js';
import { formatTemplateError } from '../../main/templates/format-template-error.js';
import { createTemplateLibrary } from '../../main/templates/template-library.js';
import { MAX_IMAGE_BYTES } from '../../main/templates/template-images.js';

const PNG = readFileSync(join(process.cwd(), 'templates', 'images', 'interdependence-circles.png'));
const JPEG = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46, 0]);

function workshop(id: string, imageLines: string): string {
  return `id: ${id}
title: Pictures
summary: A workshop with a picture.
audience: Anyone
minutes: 10
language: en
agreement: What is said here stays here.
steps:
  - id: picture
    kind: info
    title: A picture
    minutes: 2
    body: Look at this.
${imageLines}
`;
}

const withImage = (image: string, alt = 'Two circles that overlap a little.') =>
  `    image: ${JSON.stringify(image)}\n    imageAlt: ${JSON.stringify(alt)}`;

let root: string;
let dir: string;

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'circlework-images-'));
  dir = join(root, 'workshops');
  mkdirSync(join(dir, 'images'), { recursive: true });
  writeFileSync(join(dir, 'images', 'circles.png'), PNG);
  writeFileSync(join(dir, 'images', 'photo.jpg'), JPEG);
});

afterEach(() => rmSync(root, { recursive: true, force: true }));

/** The `file:line field — message` lines the check prints for one workshop file. */
function problemsOf(imageLines: string): string[] {
  writeFileSync(join(dir, 'pictures.yaml'), workshop('pictures', imageLines));
  return checkTemplatesDir(dir)
    .errors.filter((e) => e.fileName === 'pictures.yaml')
    .map(formatTemplateError);
}

describe('info-step images in the loader', () => {
  it('accepts a PNG or JPEG below the workshop folder', () => {
    expect(problemsOf(withImage('images/circles.png'))).toEqual([]);
    expect(problemsOf(withImage('images/photo.jpg'))).toEqual([]);
  });

  it('names the file, line and field for a missing file', () => {
    expect(problemsOf(withImage('images/nope.png'))).toEqual([
      'pictures.yaml:14 steps[0].image — image file "images/nope.png" not found next to the workshop',
    ]);
  });

  it('refuses paths that leave the folder, absolute paths and hidden files', () => {
    writeFileSync(join(root, 'outside.png'), PNG);
    for (const image of ['../outside.png', 'images/../../outside.png', join(root, 'outside.png')]) {
      const [problem] = problemsOf(withImage(image));
      expect(problem).toMatch(/^pictures\.yaml:14 steps\[0\]\.image — /);
      expect(problem).toMatch(/inside the workshop’s folder|relative to the workshop file/);
    }
    expect(problemsOf(withImage('images/.hidden.png'))[0]).toMatch(/no hidden files/);
    expect(problemsOf(withImage('images\\circles.png'))[0]).toMatch(/forward slashes/);
  });

  it('refuses a symlink that points out of the folder', () => {
    writeFileSync(join(root, 'outside.png'), PNG);
    symlinkSync(join(root, 'outside.png'), join(dir, 'images', 'link.png'));
    expect(problemsOf(withImage('images/link.png'))[0]).toMatch(/inside the workshop’s folder/);
  });

  it('refuses other file types by name and by content', () => {
    writeFileSync(join(dir, 'images', 'drawing.svg'), '<svg onload="alert(1)"/>');
    writeFileSync(join(dir, 'images', 'fake.png'), '<svg onload="alert(1)"/>');
    expect(problemsOf(withImage('images/drawing.svg'))).toEqual([
      'pictures.yaml:14 steps[0].image — use a PNG or JPEG file (.png, .jpg, .jpeg)',
    ]);
    expect(problemsOf(withImage('images/fake.png'))).toEqual([
      'pictures.yaml:14 steps[0].image — the file is not a PNG or JPEG image',
    ]);
  });

  it('refuses an image over 2 MB', () => {
    const big = Buffer.alloc(MAX_IMAGE_BYTES + 1);
    PNG.copy(big);
    writeFileSync(join(dir, 'images', 'big.png'), big);
    expect(problemsOf(withImage('images/big.png'))[0]).toMatch(/at most 2 MB/);
  });

  it('requires imageAlt with an image', () => {
    expect(problemsOf('    image: images/circles.png')).toEqual([
      'pictures.yaml:9 steps[0].imageAlt — an image needs imageAlt: a short description for people who cannot see it',
    ]);
    expect(problemsOf(withImage('images/circles.png', '  '))[0]).toMatch(
      /steps\[0\]\.imageAlt — must not be empty/,
    );
  });
});

describe('info-step images in the library', () => {
  it('resolves a step image and keeps it working in a duplicate', () => {
    writeFileSync(
      join(dir, 'pictures.yaml'),
      workshop('pictures', withImage('images/circles.png')),
    );
    const ownDir = join(root, 'own');
    const library = createTemplateLibrary({ shippedDir: dir, ownDir });
    const shipped = library.get('pictures')!;
    expect(library.stepImage(shipped, 'picture')).toMatchObject({ contentType: 'image/png' });
    expect(library.stepImage(shipped, 'nope')).toBeUndefined();

    const id = library.duplicate('pictures');
    const copy = library.get(id)!;
    const image = library.stepImage(copy, 'picture');
    expect(image?.path.startsWith(join(ownDir, `${id}-images`))).toBe(true);
    expect(readFileSync(image!.path)).toEqual(PNG);
    // A second copy gets its own picture folder, so removing one leaves the other whole.
    const second = library.duplicate('pictures');
    expect(library.remove(id)).toBe(true);
    expect(existsSync(join(ownDir, `${id}-images`))).toBe(false);
    expect(library.stepImage(library.get(second)!, 'picture')).toBeDefined();
  });

  it('refuses an import whose image is not in the own folder', () => {
    const library = createTemplateLibrary({ shippedDir: dir, ownDir: join(root, 'own') });
    const result = library.importFile('new.yaml', workshop('new', withImage('images/circles.png')));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map(formatTemplateError)).toEqual([
      'new.yaml:14 steps[0].image — image file "images/circles.png" not found next to the workshop',
    ]);
  });
});
