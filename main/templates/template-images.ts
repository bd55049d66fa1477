import { closeSync, openSync, readSync, realpathSync, statSync } from 'node:fs';
import { isAbsolute, join, sep } from 'node:path';

/** An info step's picture must stay small: phones fetch it over the room's Wi-Fi. */
export const MAX_IMAGE_BYTES = 2 * 1024 * 1024;

export type ImageContentType = 'image/png' | 'image/jpeg';

export type TemplateImageCheck =
  | { ok: true; path: string; contentType: ImageContentType; size: number }
  | { ok: false; message: string };

const PNG_MAGIC = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG_MAGIC = [0xff, 0xd8, 0xff];

/** Where `image` may point: a relative path below the workshop's folder, no hidden parts. */
export function imagePathProblem(relativePath: string): string | null {
  const segments = relativePath.split('/');
  if (relativePath === '' || isAbsolute(relativePath) || /^[A-Za-z]:/.test(relativePath)) {
    return 'use a file name relative to the workshop file, e.g. images/circles.png';
  }
  if (relativePath.includes('\\') || relativePath.includes('\0')) {
    return 'use forward slashes, e.g. images/circles.png';
  }
  if (segments.some((s) => s === '' || s.startsWith('.'))) {
    return 'the image must be inside the workshop’s folder (no "..", no hidden files)';
  }
  if (!/\.(png|jpe?g)$/i.test(relativePath)) return 'use a PNG or JPEG file (.png, .jpg, .jpeg)';
  return null;
}

function contentTypeOf(head: Buffer): ImageContentType | null {
  if (PNG_MAGIC.every((byte, i) => head[i] === byte)) return 'image/png';
  if (JPEG_MAGIC.every((byte, i) => head[i] === byte)) return 'image/jpeg';
  return null;
}

/**
 * Checks an info step's image file below `dir`: the path, that it really is inside the folder
 * (also through symlinks), its size and its first bytes. The type comes from the bytes, never
 * from the name, so a renamed SVG or HTML file is refused. Used when loading and when serving.
 */
export function checkTemplateImage(dir: string, relativePath: string): TemplateImageCheck {
  const pathProblem = imagePathProblem(relativePath);
  if (pathProblem) return { ok: false, message: pathProblem };
  let path: string;
  let size: number;
  try {
    const realDir = realpathSync(dir);
    path = realpathSync(join(realDir, ...relativePath.split('/')));
    if (!path.startsWith(realDir + sep)) {
      return { ok: false, message: 'the image must be inside the workshop’s folder' };
    }
    const info = statSync(path);
    if (!info.isFile()) return { ok: false, message: `"${relativePath}" is not a file` };
    size = info.size;
  } catch {
    return { ok: false, message: `image file "${relativePath}" not found next to the workshop` };
  }
  if (size > MAX_IMAGE_BYTES) {
    const mb = (size / 1024 / 1024).toFixed(1);
    return { ok: false, message: `the image is ${mb} MB; at most 2 MB, please make it smaller` };
  }
  const head = Buffer.alloc(8);
  try {
    const fd = openSync(path, 'r');
    try {
      readSync(fd, head, 0, head.length, 0);
    } finally {
      closeSync(fd);
    }
  } catch {
    return { ok: false, message: `image file "${relativePath}" cannot be read` };
  }
  const contentType = contentTypeOf(head);
  if (!contentType) return { ok: false, message: 'the file is not a PNG or JPEG image' };
  return { ok: true, path, contentType, size };
}
